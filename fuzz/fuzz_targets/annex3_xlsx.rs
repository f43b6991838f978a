//! Workbooks: never a panic on any bytes given as a workbook; a readable sheet's rows
//! go through the table reader, every row accounted for.
#![no_main]
use fangfei::annex3::sheet::{read_rows, Locator};
use fangfei::Campaign;
use fangfei_cli::tables::read_workbook_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((rows, name)) = read_workbook_bytes(data.to_vec(), None) else {
        return;
    };
    let batch = read_rows(Campaign::embedded(), &Locator::Sheet(name), &rows);
    let (a, r) = batch.counts();
    assert_eq!(a + r, batch.rows.len());
});
