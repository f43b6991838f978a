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

/// A campaign opened once is used by handle, and refused once closed.
#[test]
fn campaigns_open_by_handle() {
    let mut c: Value = serde_json::from_str(&api::campaign().unwrap()).unwrap();
    c["quiz"]["window"]["end"] = "2021-06-24T00:00:00+08:00".into();
    c["quiz"]["stated_working_days"] = 7.into();
    let h: Value = serde_json::from_str(&api::open_campaign(&c.to_string()).unwrap()).unwrap();
    assert_eq!(h["id"], "lingyuan-2021");
    let open = |h: &Value| api::call("timeline", &[json!("2021-06-24T10:00"), h.clone()]);
    assert_eq!(open(&h).unwrap()["quizOpen"], false);
    assert_eq!(
        api::call("timeline", &[json!("2021-06-24T10:00")]).unwrap()["quizOpen"],
        true
    );
    assert_eq!(api::close_campaign(&h).unwrap(), "true");
    assert_eq!(api::close_campaign(&h).unwrap(), "false");
    assert_eq!(open(&h).unwrap_err().code, "CAMPAIGN");
    assert_eq!(open(&json!({"handle": 99})).unwrap_err().code, "CAMPAIGN");
}
