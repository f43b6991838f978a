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
