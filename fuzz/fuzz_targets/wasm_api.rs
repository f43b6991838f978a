//! The wasm API's JSON layer (what the browser calls): never a panic on any function
//! with any JSON arguments, in each message language `setLanguage` sets (chosen by the
//! input too, so that an input reproduces alone); the same call gives the same answer;
//! `checkCell`'s text for its JavaScript wrapper is its result (its JSON, or its fields
//! separated: three, then eight per finding).
#![no_main]
use fangfei_wasm::api::{call, check_cell, check_cell_for_js, FIELD, FINDING};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 17] = [
    "campaign",
    "loadCampaign",
    "timeline",
    "events",
    "timelineSvg",
    "checkSubmissions",
    "checkCell",
    "checkField",
    "validateForm",
    "validateForms",
    "checkUnit",
    "register",
    "scoreSheets",
    "rules",
    "annex3Schema",
    "units",
    "setLanguage",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let Ok(serde_json::Value::Array(args)) = serde_json::from_str(text) else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let lang = match usize::from(pick) / NAMES.len() % 3 {
        0 => serde_json::Value::Null,
        1 => "zh".into(),
        _ => "en".into(),
    };
    let _ = call("setLanguage", &[lang]);
    let a = call(name, &args);
    assert_eq!(a, call(name, &args), "{name} not deterministic");
    if let (Some(serde_json::Value::String(field)), Some(cell)) = (args.first(), args.get(1)) {
        let c = fangfei::Campaign::embedded();
        if let (Ok(text), Ok(json)) = (
            check_cell_for_js(field, cell, c),
            check_cell(field, cell, c),
        ) {
            if text.starts_with('{') {
                assert_eq!(text, json);
            } else {
                let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
                let n = v["findings"].as_array().map_or(0, Vec::len);
                assert_eq!(text.matches(FINDING).count(), n, "{text:?}");
                assert_eq!(text.matches(FIELD).count(), 2 + 7 * n, "{text:?}");
            }
        }
    }
});
