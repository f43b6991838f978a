//! Campaign JSON: never a panic; a campaign that loads prints and loads back equal;
//! every refusal lists its problems and displays.
#![no_main]
use fangfei::Campaign;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Campaign::from_json(text) {
        Ok(c) => {
            let again = Campaign::from_json(&c.to_json()).expect("a loaded campaign loads again");
            assert_eq!(again, c, "print → parse changed the campaign");
            assert!(c.check().is_empty());
        }
        Err(e) => {
            assert!(!e.problems().is_empty());
            assert_eq!(e.code().as_str(), "CAMPAIGN");
            let _ = e.to_string();
        }
    }
});
