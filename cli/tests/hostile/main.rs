//! The hostile-input suite (issue 28): inputs an attacker or a careless clerk makes —
//! crafted workbooks, CSVs, records, unit names, outputs over inputs — each run
//! through the `fangfei` binary with its expected clear refusal or correct result.
//! One module per class of the issue; the slow cases (bombs, million-row files) are
//! `#[ignore]`d here and run by `scripts/hostile-slow`, which records their time and
//! peak memory.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run of the binary gave: its exit code, stdout and stderr (lossy UTF-8).
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub out: String,
    pub err: String,
}

impl Run {
    /// Stdout and stderr together, for "is this said anywhere" checks.
    pub fn all(&self) -> String {
        format!("{}\n{}", self.out, self.err)
    }
}

/// Runs the binary in `dir` with `args`; never panics on a non-zero exit, but a
/// crash (exit 101, a signal) fails the test at once: no hostile input may crash it.
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_fangfei"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&out.stdout).into_owned(),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        run.code != 101 && run.code != -1 && !run.err.contains("panicked"),
        "fangfei {args:?} crashed: {run:?}"
    );
    run
}

/// A fresh, empty folder for one test (`name` must be unique in the suite).
pub fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("fangfei-hostile-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A file of the repository's test data (`cli/tests/data/NAME`).
pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

mod limits;
mod mask;
mod out;
mod read;
mod refusals;
mod typo;
