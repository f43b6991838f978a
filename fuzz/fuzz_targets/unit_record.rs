//! Unit records: never a panic; a record that parses prints and parses back equal; its
//! check is deterministic at any instant.
#![no_main]
use fangfei::audit::check_unit;
use fangfei::record::UnitRecord;
use fangfei::{Campaign, Instant};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let c = Campaign::embedded();
    let Ok(record) = UnitRecord::from_json(c, text) else {
        return;
    };
    let printed = serde_json::to_string(&record).expect("a record serialises");
    assert_eq!(UnitRecord::from_json(c, &printed).as_ref(), Ok(&record));
    for at in ["2021-06-12T12:00:00+08:00", "2021-07-10T00:00:00+08:00"] {
        let at = Instant::parse(at).unwrap();
        assert_eq!(check_unit(c, &record, at), check_unit(c, &record, at));
    }
});
