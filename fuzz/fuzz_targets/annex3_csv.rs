//! CSV tables: never a panic, whatever the bytes; the table streamed record by record
//! (what `annex3 check` does), kept or each row handed out as read (`--summary`,
//! `--errors`), gives the batch of its rows read whole; every data row
//! ends accepted or rejected; the city total is the sum of the accepted rows of roster
//! units whenever it fits, and the units off the roster are totalled apart.
#![no_main]
use fangfei::annex3::sheet::{read_rows, Locator};
use fangfei::annex3::{table_of, Field};
use fangfei::Campaign;
use fangfei_cli::tables::{csv_rows, csv_table, csv_table_each, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((text, _)) = decode(data.to_vec()) else { return };
    let Ok(rows) = csv_rows(&text) else { return };
    let batch = read_rows(Campaign::embedded(), &Locator::Csv, &rows);
    let streamed = csv_table(&Campaign::embedded().roster(), &text).expect("the same CSV, streamed");
    assert_eq!(streamed, batch);
    let mut taken = Vec::new();
    let mut handed = csv_table_each(&Campaign::embedded().roster(), &text, |r| {
        taken.push(r);
        Ok(())
    })
    .expect("the same CSV, each row handed out");
    assert!(handed.rows.is_empty());
    handed.rows = taken;
    assert_eq!(handed, batch);
    let (accepted, rejected) = batch.counts();
    assert_eq!(accepted + rejected, batch.rows.len());
    let roster = Campaign::embedded().roster();
    for f in Field::all(table_of(Campaign::embedded()).expect("a table")) {
        let sum = |on: bool| {
            batch
                .rows
                .iter()
                .filter(|r| r.accepted)
                .filter_map(|r| r.table.as_ref())
                .filter(|t| roster.resolve(&t.unit).is_some() == on)
                .try_fold(0u64, |s, t| s.checked_add(t.counts.get(f)?))
        };
        assert_eq!(batch.totals.columns.get(f), Some(sum(true)), "{f}");
        assert_eq!(batch.totals.outside.get(f), Some(sum(false)), "{f} apart");
    }
});
