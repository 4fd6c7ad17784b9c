//! `edgemt`: translate text offline with an Optimum-exported Marian model.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};
use edgemt::search::{self, SearchBuffers, StepModel};
use edgemt::{Backend, EarlyStopping, Error, LoadOptions, Precision, TranslateOptions, Translator};

/// Counts heap allocations so that `bench` can report allocations per decoder step.
struct CountingAlloc;
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
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
}

impl ModelArgs {
    fn load(&self) -> Result<Translator, Error> {
        let precision = self.precision.as_deref().map(str::parse::<Precision>).transpose()?;
        let backend = self.backend.parse::<Backend>()?;
        let mut opts = LoadOptions { precision, backend, ..Default::default() };
        opts.tract.fold_large_constants = !self.no_fold;
        let dir = match &self.model {
            Some(dir) => dir.clone(),
            None => edgemt::model::default_model_dir()?,
        };
        let t = Translator::load(&dir, &opts)?;
        // A graph the native engine cannot take is said once on stderr, without RUST_LOG.
        for note in t.fallbacks() {
            eprintln!("edgemt: note: {note}");
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
}

impl SearchArgs {
    fn options(&self) -> Result<TranslateOptions, Error> {
        let early_stopping = match self.early_stopping.as_deref() {
            None => None,
            Some("heuristic" | "false") => Some(EarlyStopping::Heuristic),
            Some("eager" | "true") => Some(EarlyStopping::Eager),
            Some("never") => Some(EarlyStopping::Never),
            Some(o) => {
                return Err(Error::InvalidOptions(format!("unknown --early-stopping {o:?}")));
            }
        };
        Ok(TranslateOptions {
            num_beams: self.beam,
            n_best: self.n_best,
            max_length: self.max_len,
            min_length: self.min_len,
            length_penalty: self.length_penalty,
            early_stopping,
        })
    }
}

#[derive(Subcommand)]
enum Command {
    /// Translate the given text, or each line of stdin when no text is given.
    Translate {
        #[command(flatten)]
        model: ModelArgs,
        #[command(flatten)]
        search: SearchArgs,
        /// Text to translate (all arguments joined by spaces); stdin line by line when absent.
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

fn translate(model: &ModelArgs, search: &SearchArgs, text: &[String]) -> Result<(), Error> {
    let opts = search.options()?;
    let t = model.load()?;
    t.search_params(&opts)?;
    let n_best = opts.n_best.unwrap_or(1) > 1;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let io_err = |e: std::io::Error| Error::Io { path: "<stdout>".into(), source: e };
    if !text.is_empty() {
        let tr = t.translate(&text.join(" "), &opts)?;
        return print_translation(&mut out, &tr, n_best).map_err(io_err);
    }
    let stdin = std::io::stdin();
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| Error::Io { path: "<stdin>".into(), source: e })?;
        let line = String::from_utf8(line)
            .map_err(|e| Error::InvalidInput(format!("line {} of stdin is not valid UTF-8: {e}", n + 1)))?;
        let line = line.strip_suffix('\r').unwrap_or(&line);
        if line.trim().is_empty() {
            // Keep the output aligned with the input: an empty line stays an empty line.
            writeln!(out).map_err(io_err)?;
            continue;
        }
        let tr = t.translate(line, &opts)?;
        print_translation(&mut out, &tr, n_best).map_err(io_err)?;
        out.flush().map_err(io_err)?;
    }
    Ok(())
}

fn info(model: &ModelArgs) -> Result<(), Error> {
    let t = model.load()?;
    let c = t.config();
    let d = t.model_dir();
    let g = t.generation_config();
    println!("model directory   {}", d.dir.display());
    println!(
        "architecture      {} encoder-decoder Transformer",
        if c.model_type.is_empty() { "?" } else { &c.model_type }
    );
    println!("d_model           {}", c.d_model);
    println!("layers            {} encoder, {} decoder", c.encoder_layers, c.decoder_layers);
    println!("attention heads   {} encoder, {} decoder", c.encoder_attention_heads, c.decoder_attention_heads);
    println!("feed-forward      {} ({})", c.decoder_ffn_dim, c.activation_function);
    println!("max positions     {}", c.max_position_embeddings);
    println!("vocabulary        {} logits, {} vocab.json ids", c.vocab_size, t.tokenizer().vocab_size());
    println!("precision         {} ({} files in {})", d.precision, d.files.suffix, d.onnx_dir.display());
    let mut total = 0;
    for p in d.files.all() {
        let size = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        total += size;
        println!("  {:<38} {:>8.2} MB", p.file_name().unwrap_or_default().to_string_lossy(), size as f64 / 1e6);
    }
    println!("onnx total        {:.2} MB", total as f64 / 1e6);
    println!("variants present  (backend that runs each with --backend auto)");
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
        println!("  {:<16} {:<14} {runs}", names, format!("*{}.onnx", files.suffix));
    }
    println!(
        "generation        num_beams {:?}, max_length {:?}, bad_words_ids {:?}",
        g.num_beams, g.max_length, g.bad_words_ids
    );
    match t.native_encoder() {
        Some(n) => println!("encoder backend   native ({:.2} MB of weights)", n.weight_bytes() as f64 / 1e6),
        None => println!("encoder backend   tract"),
    }
    match t.native() {
        Some(n) => println!(
            "decoder backend   native ({} kernels, {:.2} MB of weights)",
            n.kernels().name,
            n.weight_bytes() as f64 / 1e6
        ),
        None => println!("decoder backend   tract"),
    }
    if t.native_encoder().is_none() || t.native().is_none() {
        println!("folded constants  {:?} (encoder, decoder, decoder_with_past)", t.tract().folded_nodes);
    }
    println!("load time         {:.2?}", t.load_time());
    Ok(())
}

/// Wraps a backend to time each step and count the allocations it makes.
struct Measured<'a> {
    inner: &'a mut dyn StepModel,
    steps: &'a mut Vec<(Duration, u64)>,
}

impl StepModel for Measured<'_> {
    fn vocab_size(&self) -> usize {
        self.inner.vocab_size()
    }
    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> edgemt::Result<()> {
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

fn bench(model: &ModelArgs, file: Option<&PathBuf>, beam: usize, max_len: Option<usize>) -> Result<(), Error> {
    let t = model.load()?;
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
    let wall = Instant::now();
    for s in &sentences {
        let ids = t.tokenizer().encode(s);
        let t0 = Instant::now();
        let hidden = t.encode(&ids)?;
        enc_ms.push(t0.elapsed().as_secs_f64() * 1e3);
        let mut bufs = SearchBuffers::new(params.num_beams, t.vocab_size(), params.max_length);
        let t1 = Instant::now();
        let out = t.decode_with(&hidden, params.num_beams, params.max_length, |m| {
            search::generate(&mut Measured { inner: m, steps: &mut steps }, &params, &mut bufs)
        })?;
        search_ms.push(t1.elapsed().as_secs_f64() * 1e3);
        tokens += out[0].tokens.len();
    }
    let wall = wall.elapsed().as_secs_f64();
    let mut ms: Vec<f64> = steps.iter().map(|s| s.0.as_secs_f64() * 1e3).collect();
    ms.sort_by(f64::total_cmp);
    let step_total: f64 = ms.iter().sum();
    let allocs: u64 = steps.iter().map(|s| s.1).sum();
    let d = t.model_dir();
    println!(
        "model {} precision {} fold_large_constants {} beam {}",
        d.dir.display(),
        d.precision,
        !model.no_fold,
        beam
    );
    println!(
        "backend {} kernels {}",
        if t.native().is_some() { "native" } else { "tract" },
        t.native().map_or("-", |n| n.kernels().name)
    );
    println!("load_ms {:.1}", t.load_time().as_secs_f64() * 1e3);
    println!("sentences {} generated_tokens {} decoder_steps {}", sentences.len(), tokens, steps.len());
    println!("encoder_ms_mean {:.3}", enc_ms.iter().sum::<f64>() / enc_ms.len().max(1) as f64);
    println!(
        "step_ms_p50 {:.3} step_ms_p95 {:.3} step_ms_mean {:.3}",
        percentile(&ms, 0.5),
        percentile(&ms, 0.95),
        step_total / ms.len().max(1) as f64
    );
    println!(
        "tokens_per_s_steps {:.1} tokens_per_s_wall {:.1}",
        tokens as f64 / (step_total / 1e3),
        tokens as f64 / wall
    );
    println!("search_ms_total {:.1} step_ms_total {:.1}", search_ms.iter().sum::<f64>(), step_total);
    println!("allocations_per_step {:.1}", allocs as f64 / steps.len().max(1) as f64);
    println!("peak_rss_mb {:.1}", peak_rss_kb() as f64 / 1024.0);
    Ok(())
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

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let r = match &cli.command {
        Command::Translate { model, search, text } => translate(model, search, text),
        Command::Info { model } => info(model),
        Command::Bench { model, file, beam, max_len } => bench(model, file.as_ref(), *beam, *max_len),
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("edgemt: error: {e}");
            ExitCode::FAILURE
        }
    }
}
