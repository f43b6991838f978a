//! `checkCell`'s result as the module hands it to its JavaScript wrapper
//! (`api::check_cell_for_js`): read as the wrapper reads it (`cellResult`, written by
//! bindings/wasm/npm/entries.mjs; mirrored by `read` below), it is the JSON of
//! `api::check_cell`, for every cell and language. The Node parity tests hold the
//! wrapper itself to the same JSON over the corpus.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use fangfei::annex3::{table_of, Field};
use fangfei::Campaign;
use fangfei_wasm::api;
use proptest::prelude::*;
use serde_json::{json, Value};

/// The result object as the wrapper builds it.
fn read(text: &str) -> Value {
    if text.starts_with('{') {
        return serde_json::from_str(text).unwrap();
    }
    let mut records = text.split(api::FINDING);
    let head: Vec<&str> = records.next().unwrap().split(api::FIELD).collect();
    let findings: Vec<Value> = records
        .map(|f| {
            let p: Vec<&str> = f.split(api::FIELD).collect();
            assert_eq!(p.len(), 8, "a finding of 8 texts: {f:?}");
            json!({"rule": p[0], "severity": p[1], "outcome": p[2], "path": p[3],
                   "message": {"zh": p[4], "en": p[5]}, "clause": p[6], "effect": p[7]})
        })
        .collect();
    assert_eq!(head.len(), 3, "field, value, validity: {text:?}");
    json!({
        "field": head[0],
        "value": if head[1].is_empty() { Value::Null } else { json!(head[1].parse::<u64>().unwrap()) },
        "valid": head[2] == "1",
        "findings": findings,
    })
}

/// Both texts of a cell, in `lang` (`None`: both languages), the language reset after.
fn both(field: &str, cell: &str, lang: Option<&str>) -> (String, String) {
    let c = Campaign::embedded();
    let cell = Value::String(cell.to_owned());
    api::set_language(lang).unwrap();
    let out = (
        api::check_cell_for_js(field, &cell, c).unwrap(),
        api::check_cell(field, &cell, c).unwrap(),
    );
    api::set_language(None).unwrap();
    out
}

#[test]
fn the_separated_text_reads_as_the_json() {
    // (cell, separated rather than JSON)
    for (cell, separated) in [
        ("12", true),
        (" １２次 ", true),
        ("1,200", true),
        ("无", true),
        ("3.5", true),
        ("", true),
        ("99,999,999", true), // a note and a bound's warning: two findings
        ("9007199254740991", true),
        // A count JavaScript does not hold exactly crosses as a string: JSON.
        ("9007199254740992", false),
        // A cell typed with a separator: its message quotes it shown as a picture
        // (␟, fangfei::shown), so no separator reaches the text.
        ("1\u{1f}2", true),
        ("\u{1e}", true),
    ] {
        for lang in [None, Some("zh"), Some("en")] {
            let (text, json) = both("qijin_sessions", cell, lang);
            assert_eq!(!text.starts_with('{'), separated, "{cell:?}: {text:?}");
            assert_eq!(
                read(&text),
                serde_json::from_str::<Value>(&json).unwrap(),
                "{cell:?} in {lang:?}"
            );
        }
    }
    let (text, _) = both("qijin_sessions", "99,999,999", None);
    assert_eq!(text.matches(api::FINDING).count(), 2, "{text:?}");
}

proptest! {
    #[test]
    fn every_cell_reads_as_its_json(
        field in proptest::sample::select(
            Field::all(table_of(Campaign::embedded()).unwrap()).map(Field::key).collect::<Vec<_>>()
        ),
        cell in "[0-9０-９,，. 　次人条份\u{1e}\u{1f}a-z十无-]{0,14}",
        lang in proptest::sample::select(vec![None, Some("zh"), Some("en")]),
    ) {
        let (text, json) = both(field, &cell, lang);
        prop_assert_eq!(read(&text), serde_json::from_str::<Value>(&json).unwrap());
    }
}
