//! The parity corpus: every call of `corpus.json` run natively through `api::call`,
//! compared with `expected.json`. The Node tests run the same corpus through the wasm
//! build and compare with the same file, after key sorting: identical JSON, or the
//! native and browser builds disagree. Regenerate with `UPDATE_GOLDEN=1 cargo test -p
//! fangfei-wasm --test parity` after a deliberate change.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;
use std::path::Path;

use fangfei_wasm::api;
use serde_json::{json, Value};

fn run(call: &Value) -> Value {
    let name = call["name"].as_str().unwrap();
    let args = call["args"].as_array().unwrap();
    match api::call(name, args) {
        Ok(v) => json!({ "ok": v }),
        Err(e) => json!({ "error": { "code": e.code, "message": e.message } }),
    }
}

/// Every `"rule"` and error `"code"` in a value.
fn ids(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                if (k == "rule" || k == "code") && x.is_string() {
                    out.insert(x.as_str().unwrap().to_owned());
                }
                ids(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| ids(x, out)),
        _ => {}
    }
}

#[test]
fn corpus_matches_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let corpus: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("corpus.json")).unwrap()).unwrap();
    let results: Vec<Value> = corpus.iter().map(run).collect();
    let text = serde_json::to_string_pretty(&Value::Array(results.clone())).unwrap() + "\n";
    let path = dir.join("expected.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let expected: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(expected.len(), results.len(), "expected.json is stale");
    for (i, (got, want)) in results.iter().zip(&expected).enumerate() {
        assert_eq!(got, want, "call {i} ({}) differs", corpus[i]["name"]);
    }
    // Every rule id that findings or errors can carry occurs outside `rules()`.
    let mut seen = BTreeSet::new();
    for (c, r) in corpus.iter().zip(&results) {
        if c["name"] != "rules" {
            ids(r, &mut seen);
        }
    }
    // Interpretations and aggregates that no single finding carries.
    let silent = ["NUM-YISHANG", "CALENDAR", "Q-TEAM", "Q-MAX"];
    for r in fangfei::rule::CATALOGUE {
        let id = r.id.as_str();
        assert!(
            seen.contains(id) || silent.contains(&id),
            "no corpus call produces {id}"
        );
    }
}
