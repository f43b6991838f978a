//! The wasm API's JSON layer (what the browser calls): never a panic on any function
//! with any JSON arguments, in each message language `setLanguage` sets (chosen by the
//! input too, so that an input reproduces alone); the same call gives the same answer.
#![no_main]
use fangfei_wasm::api::call;
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
});
