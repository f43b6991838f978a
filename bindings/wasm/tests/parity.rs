//! The parity corpus: every call of `corpus.json` run natively through `api::call`,
//! compared with its expected result, one small file per call in `expected/`
//! (`07-checkCell.json`), so that a changed message is a diff a person can read. The
//! Node tests run the same corpus through the wasm build and compare with the same
//! files, after key sorting: identical JSON, or the native and browser builds disagree.
//! Arguments name the project's fixtures instead of copying them: `{"$file": path}` is
//! that JSON file, `{"$lines": path}` the values of a JSON Lines file (paths from the
//! repository's root). Regenerate with `UPDATE_GOLDEN=1 cargo test -p fangfei-wasm
//! --test parity` after a deliberate change.
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

/// The repository's root.
fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// `v` with every `{"$file": path}` and `{"$lines": path}` replaced by the fixture.
fn resolve(v: &Value) -> Value {
    match v {
        Value::Object(o) if o.len() == 1 && o.contains_key("$file") => {
            let path = root().join(o["$file"].as_str().unwrap());
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
        }
        Value::Object(o) if o.len() == 1 && o.contains_key("$lines") => {
            let path = root().join(o["$lines"].as_str().unwrap());
            let text = std::fs::read_to_string(&path).unwrap();
            Value::Array(
                text.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| serde_json::from_str(l).unwrap())
                    .collect(),
            )
        }
        Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), resolve(v))).collect()),
        Value::Array(a) => Value::Array(a.iter().map(resolve).collect()),
        other => other.clone(),
    }
}

fn run(call: &Value) -> Value {
    let name = call["name"].as_str().unwrap();
    let args: Vec<Value> = call["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(resolve)
        .collect();
    match api::call(name, &args) {
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
    let expected_dir = dir.join("expected");
    let file = |i: usize| {
        expected_dir.join(format!(
            "{i:02}-{}.json",
            corpus[i]["name"].as_str().unwrap()
        ))
    };
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let _ = std::fs::remove_dir_all(&expected_dir);
        std::fs::create_dir_all(&expected_dir).unwrap();
        for (i, r) in results.iter().enumerate() {
            std::fs::write(file(i), serde_json::to_string_pretty(r).unwrap() + "\n").unwrap();
        }
    }
    let stored = std::fs::read_dir(&expected_dir).unwrap().count();
    assert_eq!(stored, results.len(), "expected/ is stale");
    for (i, got) in results.iter().enumerate() {
        let want: Value = serde_json::from_str(&std::fs::read_to_string(file(i)).unwrap()).unwrap();
        assert_eq!(got, &want, "call {i} ({}) differs", corpus[i]["name"]);
    }
    // Every rule id that findings or errors can carry occurs outside `rules()`.
    let mut seen = BTreeSet::new();
    for (c, r) in corpus.iter().zip(&results) {
        if c["name"] != "rules" {
            ids(r, &mut seen);
        }
    }
    // Interpretations and aggregates that no single finding carries.
    let silent = ["NUM-YISHANG", "CALENDAR", "Q-TEAM", "Q-MAX", "Q-UNIT"];
    let c = fangfei::Campaign::embedded();
    for r in c.catalogue() {
        let id = r.id.as_str();
        // Duties listed only (仅记录, nothing to report) are judged for no unit.
        let listed_only = c.duty(id).is_some_and(|d| !d.is_judged());
        assert!(
            seen.contains(id) || silent.contains(&id) || listed_only,
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
