//! Instants: never a panic; parse → print → parse gives the same instant; errors
//! display and carry a code.
#![no_main]
use fangfei::time::{parse_date, Instant};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for r in [Instant::parse(text), Instant::parse_in_year(text, 2021)] {
        match r {
            Ok(t) => {
                let printed = t.to_string();
                assert_eq!(Instant::parse(&printed), Ok(t), "{printed}");
                let _ = t.as_deadline();
            }
            Err(e) => {
                assert!(["TIME-TZ", "TIME-2400"].contains(&e.code()));
                let _ = e.to_string();
            }
        }
    }
    let _ = parse_date(text, Some(2021));
});
