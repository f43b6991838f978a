//! The wasm API's JSON layer (what the browser calls): never a panic on any function
//! with any JSON arguments; the same call gives the same answer.
#![no_main]
use fangfei_wasm::api::call;
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 15] = [
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
    let a = call(name, &args);
    assert_eq!(a, call(name, &args), "{name} not deterministic");
});
