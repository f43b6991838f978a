//! Annex 3 cells: never a panic; deterministic; a count prints and parses back to
//! itself; a refused cell names one rule and its message displays.
#![no_main]
use fangfei::annex3::{check_cell, parse_count, table_of, Field};
use fangfei::{Campaign, Lang, Severity};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let c = Campaign::embedded();
    let table = table_of(c).expect("the embedded campaign has a table");
    let Some(field) = Field::at(table, usize::from(pick) % table.columns.len()) else {
        return;
    };
    let a = check_cell(c, field, text);
    assert_eq!(a, check_cell(c, field, text), "not deterministic");
    match a.value {
        Some(v) => assert_eq!(
            parse_count(table, field, &v.to_string()).map(|(x, _)| x),
            Ok(v)
        ),
        None => assert_eq!(
            a.findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count(),
            1
        ),
    }
    for f in &a.findings {
        let _ = (f.line(Lang::Zh), f.line(Lang::En), f.to_string());
    }
});
