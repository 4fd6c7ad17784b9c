//! `edgemt`: translate text offline with an Optimum-exported Marian model.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};
use edgemt::search::{self, SearchBuffers, StepModel};
use edgemt::{Backend, EarlyStopping, Error, LoadOptions, Precision, ShortlistChoice, TranslateOptions, Translator};

/// Counts heap allocations so that `bench` can report allocations per decoder step.
struct CountingAlloc;
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

// SAFETY: every method forwards to `System`, which upholds GlobalAlloc's contract; counting does not touch the memory.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator under the caller's GlobalAlloc guarantees for the layout.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged: `ptr` was allocated by System with this layout (every allocation goes through this allocator).
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged: `ptr` was allocated by System with this layout; the caller guarantees the new size.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

#[derive(Parser)]
#[command(name = "edgemt", version, about = "Offline machine translation with Marian models exported by Optimum")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct ModelArgs {
    /// Model directory in the Optimum layout (config.json, *.onnx, source.spm, target.spm,
    /// vocab.json). Default: $EDGEMT_MODEL, else the bundled English→Spanish model
    /// (models/en-es-small, looked up from the current directory and from the executable's).
    #[arg(long, short)]
    model: Option<PathBuf>,
    /// Weight precision to load: f32, int8 or fp16 (default: int8, f32, fp16, whichever exists).
    #[arg(long)]
    precision: Option<String>,
    /// Do not fold constants over tract's 4 MiB budget after optimisation (for measurements only).
    #[arg(long)]
    no_fold: bool,
    /// Decoder backend: native (our engine), tract, or auto (native when the graph is supported).
    #[arg(long, default_value = "auto")]
    backend: String,
    /// Most beams a translation may use (also bounds generation_config.json's num_beams).
    #[arg(long, default_value_t = edgemt::Limits::DEFAULT_MAX_BEAMS)]
    max_beams: usize,
    /// Most memory one sentence's buffers may take (KV caches, search), checked before they
    /// are allocated: bytes, or with a K, M or G suffix (powers of 1024).
    #[arg(long, default_value = "1G", value_parser = parse_size)]
    max_memory: usize,
    /// Threads for the native engine's matrix products (default: the number of cores, at most
    /// 4; 1 = the calling thread only).
    #[arg(long)]
    threads: Option<usize>,
    /// Binary vocabulary shortlist (Marian/Bergamot `lex.*.s2t.bin`) for the native decoder
    /// (default: the model directory's lex.s2t.bin, when it has one).
    #[arg(long, conflicts_with = "no_shortlist")]
    shortlist: Option<PathBuf>,
    /// Score the whole vocabulary at every step, even when the model has a shortlist.
    #[arg(long)]
    no_shortlist: bool,
    /// How 4-bit (q4) models compute: int8 (activations quantised to int8 per 32 values, an
    /// f32 output projection quantised to int8 per row at load: fastest) or f32 (as the file
    /// says, as onnxruntime computes it).
    #[arg(long, default_value = "int8")]
    q4_compute: String,
}

/// `123`, `64K`, `512M`, `2G` → bytes.
fn parse_size(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let (digits, shift) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 10),
        Some((i, 'm' | 'M')) => (&s[..i], 20),
        Some((i, 'g' | 'G')) => (&s[..i], 30),
        _ => (s, 0),
    };
    let n: usize = digits.parse().map_err(|e| format!("{s:?} is not a size: {e}"))?;
    n.checked_mul(1usize << shift).ok_or_else(|| format!("{s:?} is too large"))
}

impl ModelArgs {
    fn load(&self) -> Result<Translator, Error> {
        let precision = self.precision.as_deref().map(str::parse::<Precision>).transpose()?;
        let backend = self.backend.parse::<Backend>()?;
        let limits = edgemt::Limits { max_beams: self.max_beams, max_memory: self.max_memory };
        let mut opts = LoadOptions { precision, backend, limits, threads: self.threads, ..Default::default() };
        opts.tract.fold_large_constants = !self.no_fold;
        opts.q4_compute = self.q4_compute.parse()?;
        opts.shortlist = match (&self.shortlist, self.no_shortlist) {
            (_, true) => ShortlistChoice::Off,
            (Some(f), false) => ShortlistChoice::File(f.clone()),
            (None, false) => ShortlistChoice::Auto,
        };
        let dir = match &self.model {
            Some(dir) => dir.clone(),
            None => edgemt::model::default_model_dir()?,
        };
        let t = Translator::load(&dir, &opts)?;
        // A graph the native engine cannot take is said once on stderr, without RUST_LOG.
        for note in t.fallbacks() {
            report(&format!("note: {note}"));
        }
        Ok(t)
    }
}

#[derive(Args)]
struct SearchArgs {
    /// Beam size (default: generation_config.json's num_beams; 1 = greedy).
    #[arg(long)]
    beam: Option<usize>,
    /// Hypotheses to print per input (≤ beam).
    #[arg(long)]
    n_best: Option<usize>,
    /// Longest output, decoder start token included (default: generation_config.json).
    #[arg(long)]
    max_len: Option<usize>,
    /// Shortest output before </s> is allowed, start token included.
    #[arg(long)]
    min_len: Option<usize>,
    /// Beam length penalty exponent.
    #[arg(long)]
    length_penalty: Option<f32>,
    /// Beam stopping rule: heuristic (transformers' False), eager (True) or never.
    #[arg(long)]
    early_stopping: Option<String>,
    /// Translate each input as one piece (split only where it is longer than the model's
    /// positions) instead of sentence by sentence.
    #[arg(long)]
    no_split: bool,
    /// Divide the score of every token already in the output by this (multiply when negative)
    /// before choosing the next: > 1 discourages loops (transformers' repetition_penalty;
    /// default: generation_config.json, else 1 = off).
    #[arg(long)]
    repetition_penalty: Option<f32>,
    /// Never repeat an n-gram of this many tokens (transformers' no_repeat_ngram_size;
    /// default: generation_config.json, else 0 = off).
    #[arg(long)]
    no_repeat_ngram_size: Option<usize>,
    /// Let the model write digits as it likes. By default every number of a translation is
    /// one of its source sentence's, digit for digit (separators may change: 1,000.5 → 1.000,5).
    #[arg(long)]
    free_numbers: bool,
    /// Most copies in a row of one piece that has a letter (default 2; 0 = no limit, as
    /// transformers' generate): cuts the loops of a model spelling a word it does not know.
    #[arg(long)]
    max_piece_run: Option<usize>,
}

impl SearchArgs {
    fn options(&self) -> Result<TranslateOptions, Error> {
        let early_stopping = match self.early_stopping.as_deref() {
            None => None,
            Some("heuristic" | "false") => Some(EarlyStopping::Heuristic),
            Some("eager" | "true") => Some(EarlyStopping::Eager),
            Some("never") => Some(EarlyStopping::Never),
            Some(o) => {
                return Err(Error::InvalidOptions(format!(
                    "unknown --early-stopping {o:?}: heuristic (or false), eager (or true) or never"
                )));
            }
        };
        Ok(TranslateOptions {
            num_beams: self.beam,
            n_best: self.n_best,
            max_length: self.max_len,
            min_length: self.min_len,
            length_penalty: self.length_penalty,
            early_stopping,
            repetition_penalty: self.repetition_penalty,
            no_repeat_ngram_size: self.no_repeat_ngram_size,
            no_split: self.no_split,
            keep_numbers: Some(!self.free_numbers),
            max_piece_run: self.max_piece_run,
        })
    }
}

/// How stdin is translated line by line.
#[derive(Args)]
struct BatchArgs {
    /// Stop at the first line that cannot be translated (default: report it on stderr with its
    /// line number, print an empty line in its place, go on, and exit with status 1 at the end).
    #[arg(long)]
    fail_fast: bool,
    /// Longest input line (or argument text) accepted, in bytes; a longer line is an error for
    /// that line: bytes, or with a K, M or G suffix.
    #[arg(long, default_value = "64K", value_parser = parse_size)]
    max_line_bytes: usize,
    /// Sentences translated at once from stdin, each on its own thread with its own run state;
    /// output stays in input order. With more than one job `--threads` defaults to 1.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    jobs: u16,
    /// Print each word as soon as it is decided (greedy; with beam search each sentence when
    /// its search ends).
    #[arg(long)]
    stream: bool,
    /// Translate the lines of this file instead of stdin (a progress bar on a terminal, the
    /// rates on stderr at the end).
    #[arg(long, short)]
    input: Option<PathBuf>,
    /// Write the translations to this file instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Translate the given text, or each line of stdin when no text is given.
    Translate {
        #[command(flatten)]
        model: ModelArgs,
        #[command(flatten)]
        search: SearchArgs,
        #[command(flatten)]
        batch: BatchArgs,
        /// Text to translate (all arguments joined by spaces); stdin line by line when absent.
        text: Vec<String>,
    },
    /// Translate and show which source words each output word looked at: the translation, then
    /// the word alignment in Pharaoh format (`source-target` word indices from 0), and an SVG
    /// heatmap of the encoder–decoder attention with --svg.
    Explain {
        #[command(flatten)]
        model: ModelArgs,
        #[command(flatten)]
        search: SearchArgs,
        /// Decoder layer whose attention is read, from 0 (default: the last).
        #[arg(long)]
        layer: Option<usize>,
        /// Attention head, from 0 (default: the mean over the heads).
        #[arg(long)]
        head: Option<usize>,
        /// Write the attention heatmap (source pieces across, output pieces down) to this SVG file.
        #[arg(long)]
        svg: Option<PathBuf>,
        /// Write a small HTML page (translation, alignment table, heatmap) to this file.
        #[arg(long)]
        html: Option<PathBuf>,
        /// Text to translate (all arguments joined by spaces).
        #[arg(required = true)]
        text: Vec<String>,
    },
    /// Describe a model: architecture, precision, sizes, vocabulary.
    Info {
        #[command(flatten)]
        model: ModelArgs,
    },
    /// Measure load time, encoder time, per-step latency and allocations per step (greedy).
    Bench {
        #[command(flatten)]
        model: ModelArgs,
        /// Sentences to translate, one per line (default: a few built-in ones).
        #[arg(long)]
        file: Option<PathBuf>,
        /// Beam size for the measured search (default 1: greedy).
        #[arg(long, default_value_t = 1)]
        beam: usize,
        /// Longest output, start token included (default: generation_config.json).
        #[arg(long)]
        max_len: Option<usize>,
        /// Before each timed decoder step, write a buffer of this many MB (allocated once, up to
        /// 8192) so that the step finds the weights in DRAM, not in the caches: the step time of a
        /// device whose caches are far smaller than the model (a Raspberry Pi has 1–2 MB of L2 and
        /// no L3). Use a size well above the L3 (`lscpu`); the writes are not timed.
        #[arg(long, value_name = "MB", value_parser = clap::value_parser!(u32).range(1..=8192))]
        cold_cache: Option<u32>,
    },
}

fn print_translation(out: &mut impl Write, t: &edgemt::Translation, n_best: bool) -> std::io::Result<()> {
    if n_best {
        for (i, h) in t.hypotheses.iter().enumerate() {
            writeln!(out, "{i}\t{:.4}\t{}", h.score, h.text)?;
        }
        Ok(())
    } else {
        writeln!(out, "{}", t.best())
    }
}

/// Writing to stdout failed: a closed pipe ends the program quietly (status 0), any other
/// error is reported.
fn stdout_error(e: std::io::Error) -> Error {
    Error::Io { path: "<stdout>".into(), source: e }
}

/// Writes a line to `$o`, returning from the function on a write error.
macro_rules! outln {
    ($o:expr) => { writeln!($o).map_err(stdout_error)? };
    ($o:expr, $($t:tt)*) => { writeln!($o, $($t)*).map_err(stdout_error)? };
}

/// Reads the next line of `input` (without its `\n`) into `buf`, at most `max` bytes of it:
/// `Some(true)` for a line that fits, `Some(false)` for one that was longer (the rest of it is
/// skipped without being held), `None` at the end.
fn read_line_bounded(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Option<bool>> {
    buf.clear();
    let (mut fits, mut any) = (true, false);
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            return Ok(any.then_some(fits));
        }
        any = true;
        let (line, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], Some(i + 1)),
            None => (chunk, None),
        };
        if fits && buf.len() + line.len() <= max {
            buf.extend_from_slice(line);
        } else {
            fits = false;
            buf.clear();
        }
        let used = done.unwrap_or(chunk.len());
        input.consume(used);
        if done.is_some() {
            return Ok(Some(fits));
        }
    }
}

/// Translates one line of text; errors are the line's own.
fn translate_line(
    t: &Translator,
    line: &[u8],
    fits: bool,
    max: usize,
    opts: &TranslateOptions,
) -> Result<edgemt::Translation, Error> {
    if !fits {
        return Err(Error::LimitExceeded(format!("the line is longer than --max-line-bytes {max}")));
    }
    let line = std::str::from_utf8(line).map_err(|e| Error::InvalidInput(format!("not valid UTF-8: {e}")))?;
    t.translate(line.strip_suffix('\r').unwrap_or(line), opts)
}

/// Where the lines to translate come from.
#[derive(Clone)]
enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// "stdin" or the file, for messages.
    fn label(&self) -> String {
        match self {
            Input::Stdin => "stdin".into(),
            Input::File(p) => p.display().to_string(),
        }
    }

    fn io_error(&self, e: std::io::Error) -> Error {
        let path = match self {
            Input::Stdin => PathBuf::from("<stdin>"),
            Input::File(p) => p.clone(),
        };
        Error::Io { path, source: e }
    }

    /// Opens the input on the calling thread (stdin's lock stays on it).
    fn open(&self) -> Result<Box<dyn BufRead>, Error> {
        match self {
            Input::Stdin => Ok(Box::new(std::io::stdin().lock())),
            Input::File(p) => {
                let f = std::fs::File::open(p).map_err(|e| self.io_error(e))?;
                Ok(Box::new(std::io::BufReader::new(f)))
            }
        }
    }

    /// Lines in a file input (a last line without `\n` counted), for the progress bar.
    fn count_lines(&self) -> Result<Option<u64>, Error> {
        let Input::File(_) = self else { return Ok(None) };
        let mut r = self.open()?;
        let (mut n, mut last) = (0u64, b'\n');
        loop {
            let buf = r.fill_buf().map_err(|e| self.io_error(e))?;
            if buf.is_empty() {
                break;
            }
            n += buf.iter().filter(|&&b| b == b'\n').count() as u64;
            last = buf[buf.len() - 1];
            let len = buf.len();
            r.consume(len);
        }
        Ok(Some(n + u64::from(last != b'\n')))
    }
}

/// Where translations go: stdout or `--output FILE`; write errors name it (a closed stdout
/// ends the program quietly, see `main`).
struct Output {
    w: Box<dyn Write>,
    path: PathBuf,
}

impl Output {
    fn open(path: Option<&PathBuf>) -> Result<Output, Error> {
        match path {
            None => Ok(Output { w: Box::new(std::io::stdout().lock()), path: "<stdout>".into() }),
            Some(p) => {
                let f = std::fs::File::create(p).map_err(|e| Error::Io { path: p.clone(), source: e })?;
                Ok(Output { w: Box::new(std::io::BufWriter::new(f)), path: p.clone() })
            }
        }
    }

    fn err(&self, e: std::io::Error) -> Error {
        Error::Io { path: self.path.clone(), source: e }
    }

    fn line(&mut self, text: &str) -> Result<(), Error> {
        writeln!(self.w, "{text}").and_then(|_| self.w.flush()).map_err(|e| self.err(e))
    }
}

/// Lines done, output tokens and elapsed time of a file translation; a progress bar on a
/// terminal (none when stderr is not one), and the rates at the end.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    start: Instant,
    lines: u64,
    tokens: u64,
    summary: bool,
}

impl Progress {
    fn new(input: &Input) -> Result<Progress, Error> {
        use std::io::IsTerminal;
        let total = input.count_lines()?;
        let bar = match total {
            Some(n) if std::io::stderr().is_terminal() => {
                let bar = indicatif::ProgressBar::new(n);
                if let Ok(style) = indicatif::ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} lines, {per_sec}, {elapsed_precise} (ETA {eta})",
                ) {
                    bar.set_style(style);
                }
                Some(bar)
            }
            _ => None,
        };
        Ok(Progress { bar, start: Instant::now(), lines: 0, tokens: 0, summary: total.is_some() })
    }

    fn done(&mut self, tokens: usize) {
        self.lines += 1;
        self.tokens += tokens as u64;
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    /// An error line on stderr, above the bar.
    fn report(&self, msg: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| report(msg)),
            None => report(msg),
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        if self.summary {
            let secs = self.start.elapsed().as_secs_f64().max(1e-9);
            report(&format!(
                "{} lines in {secs:.2} s: {:.1} sentences/s, {:.0} tokens/s",
                self.lines,
                self.lines as f64 / secs,
                self.tokens as f64 / secs
            ));
        }
    }
}

fn translate(model: &ModelArgs, search: &SearchArgs, batch: &BatchArgs, text: &[String]) -> Result<bool, Error> {
    let opts = search.options()?;
    let n_best = opts.n_best.unwrap_or(1) > 1;
    if batch.stream && n_best {
        return Err(Error::InvalidOptions(
            "--stream prints the best translation as it is decided; --n-best needs the whole search".into(),
        ));
    }
    if batch.stream && batch.jobs > 1 {
        return Err(Error::InvalidOptions(
            "--stream prints one line at a time; it cannot be combined with --jobs".into(),
        ));
    }
    if !text.is_empty() && batch.input.is_some() {
        return Err(Error::InvalidOptions("give the text to translate or --input FILE, not both".into()));
    }
    let input = batch.input.clone().map_or(Input::Stdin, Input::File);
    // Open the input before loading: a missing file is reported at once.
    drop(input.open()?);
    let t = if batch.jobs > 1 && model.threads.is_none() {
        // Sentence-level parallelism: each job single-threaded unless asked otherwise.
        ModelArgs { threads: Some(1), ..model.clone() }.load()?
    } else {
        model.load()?
    };
    t.search_params(&opts)?;
    let mut out = Output::open(batch.output.as_ref())?;
    if !text.is_empty() {
        let text = text.join(" ");
        let fits = text.len() <= batch.max_line_bytes;
        if batch.stream {
            return translate_streamed(&t, text.as_bytes(), fits, batch.max_line_bytes, &opts, &mut out).map(|_| true);
        }
        let tr = translate_line(&t, text.as_bytes(), fits, batch.max_line_bytes, &opts)?;
        print_translation(&mut out.w, &tr, n_best).and_then(|_| out.w.flush()).map_err(|e| out.err(e))?;
        return Ok(true);
    }
    let mut progress = Progress::new(&input)?;
    let ok = if batch.jobs > 1 {
        translate_jobs(&t, &opts, batch, &input, n_best, &mut out, &mut progress)?
    } else {
        translate_serial(&t, &opts, batch, &input, n_best, &mut out, &mut progress)?
    };
    progress.finish();
    Ok(ok)
}

/// Translates one line, printing each piece of text as soon as its token is decided (greedy;
/// with beam search each sentence's best hypothesis when its search ends), then a newline.
/// Returns the output tokens.
fn translate_streamed(
    t: &Translator,
    line: &[u8],
    fits: bool,
    max: usize,
    opts: &TranslateOptions,
    out: &mut Output,
) -> Result<usize, Error> {
    if !fits {
        return Err(Error::LimitExceeded(format!("the line is longer than --max-line-bytes {max}")));
    }
    let line = std::str::from_utf8(line).map_err(|e| Error::InvalidInput(format!("not valid UTF-8: {e}")))?;
    let mut failed = None;
    let w = &mut out.w;
    let mut observer = |e: edgemt::TokenEvent<'_>| match w.write_all(e.text.as_bytes()).and_then(|_| w.flush()) {
        Ok(()) => edgemt::Flow::Continue,
        Err(err) => {
            failed = Some(err);
            edgemt::Flow::Stop
        }
    };
    let r = t.translate_observed(line.strip_suffix('\r').unwrap_or(line), opts, &mut observer);
    if let Some(e) = failed {
        return Err(out.err(e));
    }
    // End the line whatever happened: the next one starts on its own.
    out.line("")?;
    Ok(r?.hypotheses.first().map_or(0, |h| h.tokens.len()))
}

/// `translate` over the input, one line at a time.
fn translate_serial(
    t: &Translator,
    opts: &TranslateOptions,
    batch: &BatchArgs,
    input: &Input,
    n_best: bool,
    out: &mut Output,
    progress: &mut Progress,
) -> Result<bool, Error> {
    let mut reader = input.open()?;
    let mut line = Vec::new();
    let mut all_ok = true;
    let mut n = 0usize;
    while let Some(fits) =
        read_line_bounded(&mut reader, &mut line, batch.max_line_bytes).map_err(|e| input.io_error(e))?
    {
        n += 1;
        if fits && line.iter().all(u8::is_ascii_whitespace) {
            // Keep the output aligned with the input: an empty line stays an empty line.
            out.line("")?;
            progress.done(0);
            continue;
        }
        let r = if batch.stream {
            translate_streamed(t, &line, fits, batch.max_line_bytes, opts, out)
        } else {
            translate_line(t, &line, fits, batch.max_line_bytes, opts).and_then(|tr| {
                print_translation(&mut out.w, &tr, n_best).and_then(|_| out.w.flush()).map_err(|e| out.err(e))?;
                Ok(tr.hypotheses.first().map_or(0, |h| h.tokens.len()))
            })
        };
        match r {
            Ok(tokens) => progress.done(tokens),
            Err(e @ Error::Io { .. }) => return Err(e),
            Err(e) if batch.fail_fast => {
                return Err(Error::InvalidInput(format!("line {n} of {}: {e}", input.label())));
            }
            Err(e) => {
                progress.report(&format!("error: line {n} of {}: {e}", input.label()));
                all_ok = false;
                // One output line per input line, also for a line that failed.
                if !batch.stream {
                    out.line("")?;
                }
                progress.done(0);
            }
        }
    }
    Ok(all_ok)
}

/// One input line's outcome, in input order: its number and the text to print with its
/// output token count (or the error).
type Done = (usize, Result<(String, usize), Error>);

/// `translate` over the input with `batch.jobs` sentences in flight: a reader thread, `jobs`
/// workers sharing the (Sync) translator, and this thread printing results in input order.
/// At most `4 × jobs` lines are read ahead of the output.
fn translate_jobs(
    t: &Translator,
    opts: &TranslateOptions,
    batch: &BatchArgs,
    input: &Input,
    n_best: bool,
    out: &mut Output,
    progress: &mut Progress,
) -> Result<bool, Error> {
    use std::sync::mpsc::{Receiver, sync_channel};
    use std::sync::{Condvar, Mutex};
    let jobs = batch.jobs as usize;
    let ahead = 4 * jobs;
    // Lines read but not printed yet, and whether to stop (fail-fast, write error).
    let window = (Mutex::new((0usize, false)), Condvar::new());
    let (job_tx, job_rx) = sync_channel::<(usize, Vec<u8>, bool)>(ahead);
    let (done_tx, done_rx) = sync_channel::<Done>(ahead);
    let job_rx: Mutex<Receiver<(usize, Vec<u8>, bool)>> = Mutex::new(job_rx);
    let window = &window;
    let label = input.label();
    std::thread::scope(|s| {
        // `move`: the reader owns the sender, so the workers see the channel close at the end.
        let reader = s.spawn(move || -> Result<(), Error> {
            let mut reader = input.open()?;
            let mut n = 0usize;
            loop {
                {
                    let (lock, cv) = window;
                    let mut w = lock.lock().unwrap_or_else(|e| e.into_inner());
                    while w.0 >= ahead && !w.1 {
                        w = cv.wait(w).unwrap_or_else(|e| e.into_inner());
                    }
                    if w.1 {
                        return Ok(());
                    }
                    w.0 += 1;
                }
                let mut line = Vec::new();
                let Some(fits) =
                    read_line_bounded(&mut reader, &mut line, batch.max_line_bytes).map_err(|e| input.io_error(e))?
                else {
                    return Ok(());
                };
                n += 1;
                if job_tx.send((n, line, fits)).is_err() {
                    return Ok(());
                }
            }
        });
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let job_rx = &job_rx;
            s.spawn(move || {
                loop {
                    let next = job_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok((n, line, fits)) = next else { return };
                    let r = if fits && line.iter().all(u8::is_ascii_whitespace) {
                        Ok((String::new(), 0))
                    } else {
                        translate_line(t, &line, fits, batch.max_line_bytes, opts).map(|tr| {
                            let mut text = Vec::new();
                            // Writing into a Vec cannot fail.
                            let _ = print_translation(&mut text, &tr, n_best);
                            let tokens = tr.hypotheses.first().map_or(0, |h| h.tokens.len());
                            (String::from_utf8_lossy(&text).trim_end_matches('\n').to_string(), tokens)
                        })
                    };
                    if done_tx.send((n, r)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        // Print in input order.
        let mut pending = std::collections::BTreeMap::new();
        let (mut next, mut all_ok) = (1usize, true);
        let mut result = Ok(());
        for (n, r) in done_rx.iter() {
            pending.insert(n, r);
            while let Some(r) = pending.remove(&next) {
                let printed = match r {
                    Ok((text, tokens)) => {
                        progress.done(tokens);
                        out.line(&text)
                    }
                    Err(e) if batch.fail_fast => Err(Error::InvalidInput(format!("line {next} of {label}: {e}"))),
                    Err(e) => {
                        progress.report(&format!("error: line {next} of {label}: {e}"));
                        all_ok = false;
                        progress.done(0);
                        out.line("")
                    }
                };
                let (lock, cv) = window;
                let mut w = lock.lock().unwrap_or_else(|e| e.into_inner());
                w.0 -= 1;
                if let Err(e) = printed {
                    // Stop reading; the workers finish what they hold and the channels close.
                    w.1 = true;
                    result = Err(e);
                }
                cv.notify_all();
                drop(w);
                next += 1;
                if result.is_err() {
                    break;
                }
            }
            if result.is_err() {
                break;
            }
        }
        drop(done_rx);
        let read = reader.join().unwrap_or(Ok(()));
        result?;
        read?;
        Ok(all_ok)
    })
}

fn explain(
    model: &ModelArgs,
    search: &SearchArgs,
    spec: edgemt::AlignmentSpec,
    (svg, html): (Option<&PathBuf>, Option<&PathBuf>),
    text: &[String],
) -> Result<bool, Error> {
    let opts = search.options()?;
    let t = model.load()?;
    let text = text.join(" ");
    let (tr, sentences) = t.explain(&text, &opts, spec)?;
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    outln!(o, "{}", tr.best());
    outln!(o, "{}", edgemt::explain::pharaoh(&sentences));
    if let Some(path) = svg {
        let title = format!("{text} → {}", tr.best());
        std::fs::write(path, edgemt::explain::svg_document(&sentences, &title))
            .map_err(|e| Error::Io { path: path.clone(), source: e })?;
    }
    if let Some(path) = html {
        std::fs::write(path, edgemt::explain::html_document(&text, tr.best(), &sentences))
            .map_err(|e| Error::Io { path: path.clone(), source: e })?;
    }
    Ok(true)
}

fn info(model: &ModelArgs) -> Result<bool, Error> {
    let t = model.load()?;
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    let c = t.config();
    let d = t.model_dir();
    let g = t.generation_config();
    outln!(o, "model directory   {}", d.dir.display());
    outln!(
        o,
        "architecture      {} encoder-decoder Transformer",
        if c.model_type.is_empty() { "?" } else { &c.model_type }
    );
    outln!(o, "d_model           {}", c.d_model);
    outln!(o, "layers            {} encoder, {} decoder", c.encoder_layers, c.decoder_layers);
    outln!(o, "attention heads   {} encoder, {} decoder", c.encoder_attention_heads, c.decoder_attention_heads);
    outln!(o, "feed-forward      {} ({})", c.decoder_ffn_dim, c.activation_function);
    outln!(o, "max positions     {}", c.max_position_embeddings);
    outln!(o, "vocabulary        {} logits, {} vocab.json ids", c.vocab_size, t.tokenizer().vocab_size());
    outln!(o, "precision         {} ({} files in {})", d.precision, d.files.suffix, d.onnx_dir.display());
    let mut total = 0;
    for p in d.files.all() {
        let size = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        total += size;
        outln!(o, "  {:<38} {:>8.2} MB", p.file_name().unwrap_or_default().to_string_lossy(), size as f64 / 1e6);
    }
    outln!(o, "onnx total        {:.2} MB", total as f64 / 1e6);
    outln!(o, "variants present  (backend that runs each with --backend auto)");
    let mut seen = std::collections::HashSet::new();
    for (p, files) in d.available.iter().filter(|(_, f)| seen.insert(f.suffix)) {
        let runs = if !p.supported() {
            "not run by edgemt (recognised only)".to_string()
        } else {
            match edgemt::engine::check_native(files, c) {
                Ok(()) => "native".to_string(),
                Err(e) if files.tract_decoders().is_some() => format!("tract: {e}"),
                Err(e) => format!("none: {e}"),
            }
        };
        let names: Vec<String> =
            d.available.iter().filter(|(_, f)| f.suffix == files.suffix).map(|(q, _)| q.to_string()).collect();
        let names = names.join(", ");
        outln!(o, "  {:<16} {:<14} {runs}", names, format!("*{}.onnx", files.suffix));
    }
    let or_default = |v: Option<String>, default: &str| v.unwrap_or_else(|| format!("{default} (default)"));
    let bad_words = g.bad_words_ids.as_ref().map(|b| {
        let seqs: Vec<String> = b.iter().map(|s| s.iter().map(u32::to_string).collect::<Vec<_>>().join(" ")).collect();
        seqs.join(", ")
    });
    outln!(
        o,
        "generation        num_beams {}, max_length {}, bad words (token ids) {}",
        or_default(g.num_beams.map(|v| v.to_string()), "1"),
        or_default(g.max_length.map(|v| v.to_string()), "20"),
        bad_words.unwrap_or_else(|| "none".into())
    );
    match t.native_encoder() {
        Some(n) => outln!(o, "encoder backend   native ({:.2} MB of weights)", n.weight_bytes() as f64 / 1e6),
        None => outln!(o, "encoder backend   tract"),
    }
    match t.native() {
        Some(n) => outln!(
            o,
            "decoder backend   native ({} kernels, {:.2} MB of weights, {} threads)",
            n.kernels().name,
            n.weight_bytes() as f64 / 1e6,
            t.threads()
        ),
        None => outln!(o, "decoder backend   tract"),
    }
    match t.shortlist() {
        Some(s) => outln!(
            o,
            "shortlist         {} (the {} most frequent ids + up to {} per source token)",
            s.path().display(),
            s.frequent(),
            s.best()
        ),
        None => outln!(o, "shortlist         none (every step scores the whole vocabulary)"),
    }
    if t.native_encoder().is_none() || t.native().is_none() {
        outln!(o, "folded constants  {:?} (encoder, decoder, decoder_with_past)", t.tract().folded_nodes);
    }
    outln!(o, "load time         {:.2?}", t.load_time());
    Ok(true)
}

/// Wraps a backend to time each step and count the allocations it makes.
struct Measured<'a> {
    inner: &'a mut dyn StepModel,
    steps: &'a mut Vec<(Duration, u64)>,
    /// `--cold-cache`: written through before each step (not timed) to push the weights out of
    /// the caches.
    evict: &'a mut [u64],
}

impl StepModel for Measured<'_> {
    fn vocab_size(&self) -> usize {
        self.inner.vocab_size()
    }
    fn output_ids(&self) -> Option<&[u32]> {
        self.inner.output_ids()
    }
    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> edgemt::Result<()> {
        for x in self.evict.iter_mut() {
            *x = x.wrapping_add(1);
        }
        std::hint::black_box(&mut *self.evict);
        let a0 = ALLOCATIONS.load(Ordering::Relaxed);
        let t0 = Instant::now();
        let r = self.inner.step(tokens, logits);
        let dt = t0.elapsed();
        let allocs = ALLOCATIONS.load(Ordering::Relaxed) - a0;
        self.steps.push((dt, allocs));
        r
    }
    fn reorder(&mut self, parents: &[usize]) -> edgemt::Result<()> {
        self.inner.reorder(parents)
    }
}

const BENCH_SENTENCES: [&str; 5] = [
    "In the beginning God created the heavens and the earth.",
    "The animal didn't cross the street because it was too tired.",
    "Open the file and save your changes before closing the window.",
    "He said that the people would come back to the city in the morning.",
    "Please enter a valid email address.",
];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn bench(
    model: &ModelArgs,
    file: Option<&PathBuf>,
    beam: usize,
    max_len: Option<usize>,
    cold_cache_mb: Option<u32>,
) -> Result<bool, Error> {
    let t = model.load()?;
    let mut evict = vec![0u64; cold_cache_mb.map_or(0, |mb| mb as usize * (1 << 20) / 8)];
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    let sentences: Vec<String> = match file {
        Some(f) => std::fs::read_to_string(f)
            .map_err(|source| Error::Io { path: f.clone(), source })?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        None => BENCH_SENTENCES.iter().map(|s| s.to_string()).collect(),
    };
    let opts = TranslateOptions { num_beams: Some(beam), max_length: max_len, ..Default::default() };
    let params = t.search_params(&opts)?;
    let mut enc_ms = Vec::new();
    let mut search_ms = Vec::new();
    let mut steps = Vec::new();
    let mut tokens = 0usize;
    let mut candidates = 0usize;
    let mut sentence_ms = Vec::new();
    let wall = Instant::now();
    for s in &sentences {
        let ids = t.tokenizer().encode(s);
        let t0 = Instant::now();
        let hidden = t.encode(&ids)?;
        enc_ms.push(t0.elapsed().as_secs_f64() * 1e3);
        let mut bufs = SearchBuffers::new(params.num_beams, t.vocab_size(), params.max_length);
        // As `translate` searches: with the sentence's numbers guard.
        let params = t.sentence_params(&params, &opts, s);
        let t1 = Instant::now();
        let out = t.decode_sentence(&ids, &hidden, &params, |m| {
            // Logits per step: the shortlist's candidates for this sentence, or the vocabulary.
            candidates += m.vocab_size();
            search::generate(&mut Measured { inner: m, steps: &mut steps, evict: &mut evict }, &params, &mut bufs)
        })?;
        search_ms.push(t1.elapsed().as_secs_f64() * 1e3);
        sentence_ms.push(t0.elapsed().as_secs_f64() * 1e3);
        tokens += out[0].tokens.len();
    }
    let wall = wall.elapsed().as_secs_f64();
    sentence_ms.sort_by(f64::total_cmp);
    let mut ms: Vec<f64> = steps.iter().map(|s| s.0.as_secs_f64() * 1e3).collect();
    ms.sort_by(f64::total_cmp);
    let step_total: f64 = ms.iter().sum();
    let allocs: u64 = steps.iter().map(|s| s.1).sum();
    let d = t.model_dir();
    outln!(
        o,
        "model {} precision {} fold_large_constants {} beam {}",
        d.dir.display(),
        d.precision,
        !model.no_fold,
        beam
    );
    outln!(
        o,
        "backend {} kernels {} threads {}",
        if t.native().is_some() { "native" } else { "tract" },
        t.native().map_or("-", |n| n.kernels().name),
        t.threads()
    );
    outln!(
        o,
        "shortlist {} logits_per_step_mean {:.0} of {}",
        t.shortlist().map_or("off".into(), |s| s.path().display().to_string()),
        candidates as f64 / sentences.len().max(1) as f64,
        t.vocab_size()
    );
    outln!(o, "load_ms {:.1}", t.load_time().as_secs_f64() * 1e3);
    outln!(o, "cold_cache_mb {}", cold_cache_mb.unwrap_or(0));
    outln!(o, "sentences {} generated_tokens {} decoder_steps {}", sentences.len(), tokens, steps.len());
    outln!(o, "encoder_ms_mean {:.3}", enc_ms.iter().sum::<f64>() / enc_ms.len().max(1) as f64);
    outln!(
        o,
        "step_ms_p50 {:.3} step_ms_p95 {:.3} step_ms_mean {:.3}",
        percentile(&ms, 0.5),
        percentile(&ms, 0.95),
        step_total / ms.len().max(1) as f64
    );
    outln!(
        o,
        "tokens_per_s_steps {:.1} tokens_per_s_wall {:.1}",
        tokens as f64 / (step_total / 1e3),
        tokens as f64 / wall
    );
    outln!(o, "search_ms_total {:.1} step_ms_total {:.1}", search_ms.iter().sum::<f64>(), step_total);
    outln!(
        o,
        "sentence_ms_p50 {:.3} sentence_ms_p95 {:.3} sentences_per_s {:.2}",
        percentile(&sentence_ms, 0.5),
        percentile(&sentence_ms, 0.95),
        sentences.len() as f64 / wall
    );
    if let Some(n) = t.native() {
        let logits = candidates as f64 / sentences.len().max(1) as f64;
        let bytes = n.step_weight_bytes(logits.round() as usize);
        // Weight traffic of the steps (each beam's step reads the weights once: batched).
        outln!(
            o,
            "decoder_weight_bytes_per_step {bytes} weight_gb_per_s {:.2}",
            bytes as f64 * ms.len() as f64 / (step_total / 1e3) / 1e9
        );
    }
    outln!(o, "allocations_per_step {:.1}", allocs as f64 / steps.len().max(1) as f64);
    outln!(o, "peak_rss_mb {:.1}", peak_rss_kb() as f64 / 1024.0);
    Ok(true)
}

/// Peak resident set size of this process (VmHWM), in kB; 0 where /proc is not available.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Says `msg` on stderr (`edgemt: msg`); a failing stderr is ignored rather than panicking.
fn report(msg: &str) {
    let _ = writeln!(std::io::stderr(), "edgemt: {msg}");
}

/// Whether stdout can take the output. std replaces a closed stdout with `/dev/null` opened
/// read-write before `main` (and drops writes to a closed one): on Linux that descriptor is
/// recognised (a shell's `> /dev/null` opens it write-only) and refused, so that `>&-` is
/// an error rather than silently lost output.
fn stdout_is_open() -> bool {
    #[cfg(target_os = "linux")]
    {
        let target = std::fs::read_link("/proc/self/fd/1").ok();
        let flags = std::fs::read_to_string("/proc/self/fdinfo/1").ok().and_then(|s| {
            s.lines().find_map(|l| l.strip_prefix("flags:")).and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
        });
        const O_ACCMODE: u32 = 3;
        const O_RDWR: u32 = 2;
        if target.is_some_and(|t| t.as_os_str() == "/dev/null") && flags.is_some_and(|f| f & O_ACCMODE == O_RDWR) {
            return false;
        }
    }
    true
}

fn main() -> ExitCode {
    if !stdout_is_open() {
        report("error: stdout is closed: the output would be lost");
        return ExitCode::FAILURE;
    }
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let r = match &cli.command {
        Command::Translate { model, search, batch, text } => translate(model, search, batch, text),
        Command::Explain { model, search, layer, head, svg, html, text } => explain(
            model,
            search,
            edgemt::AlignmentSpec { layer: *layer, head: *head },
            (svg.as_ref(), html.as_ref()),
            text,
        ),
        Command::Info { model } => info(model),
        Command::Bench { model, file, beam, max_len, cold_cache } => {
            bench(model, file.as_ref(), *beam, *max_len, *cold_cache)
        }
    };
    match r {
        Ok(true) => ExitCode::SUCCESS,
        // Some lines failed (each reported on stderr).
        Ok(false) => ExitCode::FAILURE,
        // The reader of our output went away (`| head`): nothing more to do.
        Err(Error::Io { path, source })
            if path.as_os_str() == "<stdout>" && source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            report(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}
