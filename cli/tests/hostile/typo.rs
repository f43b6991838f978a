//! Class 1: the most ordinary typos in a record never crash the caret diagnostics.

use super::{folder, run_in};

/// A tab-indented record with one missing comma: the caret is drawn under the right
/// character though a tab (or any control character) precedes it on its line.
#[test]
fn tab_indented_record_missing_a_comma() {
    let dir = folder("tab-missing-comma");
    std::fs::write(
        dir.join("r.json"),
        "{\n\t\"unit\": \"市教育局\"\n\t\"submissions\": []\n}\n",
    )
    .unwrap();
    let run = run_in(&dir, &["check", "r.json"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("r.json"), "{run:?}");
}

/// A refusal whose stderr is closed or full (`2>&1 | true`, `2>/dev/full`) exits with
/// its code, never 101 (found by a fresh-eyes trial).
#[cfg(unix)]
#[test]
fn a_closed_stderr_is_no_crash() {
    let dir = folder("closed-stderr");
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fangfei"))
        .args(["annex3", "check", "nothere.csv"])
        .current_dir(&dir)
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}
