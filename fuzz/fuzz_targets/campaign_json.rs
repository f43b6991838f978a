//! Campaign JSON: never a panic; a campaign that loads prints and loads back equal, and
//! everything it drives — its catalogue, calendar, ledger layout, and every duty judged
//! for an empty record of each of its first units — runs without a panic; every
//! refusal lists its problems and displays.
#![no_main]
use fangfei::record::UnitRecord;
use fangfei::{Campaign, Instant};
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
            assert!(!c.catalogue().is_empty());
            let _ = c.events();
            let _ = fangfei::ledger::layout(&c);
            let ends = c.span.window().map(|w| vec![w.start, w.end]).unwrap_or_default();
            for at in ends.into_iter().chain(Instant::parse("2021-06-15T09:00:01").ok()) {
                let _ = c.moment(at);
                for u in c.units.iter().take(3) {
                    let r = UnitRecord::of(u.name.clone());
                    let report = fangfei::audit::check_unit(&c, &r, at);
                    assert!(report.findings.iter().all(|f| !f.message.zh.is_empty()));
                }
            }
        }
        Err(e) => {
            assert!(!e.problems().is_empty());
            assert_eq!(e.code().as_str(), "CAMPAIGN");
            let _ = e.to_string();
        }
    }
});
