//! The README's command-line examples, run as printed: every `edgemt …` line of its `sh` blocks
//! (with `DIR` standing for a fixture model, `"..."` for a sentence, `[optional]` arguments
//! left out) exits 0 and prints something.

mod common;

fn readme_commands() -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut out = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        match line.trim() {
            "```sh" => in_sh = true,
            "```" => in_sh = false,
            l if in_sh && (l.starts_with("edgemt ") || l.contains("| edgemt ")) => out.push(l.to_string()),
            _ => {}
        }
    }
    out
}

/// The line as a shell command: its comment dropped, placeholders filled in, optional
/// arguments left out.
fn runnable(line: &str) -> String {
    let code = line.split(" # ").next().unwrap().trim();
    let mut s = String::new();
    let mut depth = 0;
    for c in code.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => s.push(c),
            _ => {}
        }
    }
    // The q4 variant is in the transformers.js-layout fixture; the rest use the Optimum one.
    let dir = if s.contains("--precision q4") { "tiny-marian-js" } else { "tiny-marian" };
    let dir = common::fixtures().join(dir);
    let s = s.replace("DIR", dir.to_str().unwrap()).replace("\"...\"", "\"Hello, world!\"");
    if s.contains("edgemt bench") { format!("{s} --max-len 8") } else { s }
}

#[test]
fn readme_command_lines_run_as_printed() {
    let commands = readme_commands();
    assert!(commands.len() >= 9, "{commands:?}");
    let bin = env!("CARGO_BIN_EXE_edgemt");
    let runner = std::env::var("EDGEMT_CLI_RUNNER").unwrap_or_default();
    for line in commands {
        let cmd = runnable(&line);
        // `edgemt` is the binary built with the tests (through qemu under emulation).
        let script = format!("edgemt() {{ {runner} '{bin}' \"$@\"; }}\n{cmd}");
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(&script)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "{line}\n  ran as: {cmd}\n  {stderr}");
        assert!(!stdout.trim().is_empty(), "{line}: no output");
        assert!(!stderr.contains("panicked"), "{line}: {stderr}");
    }
}
