//! An Annex 3 CSV read streamed — record by record into `TableReader`, as `annex3
//! check` reads it — gives exactly the batch of the same rows read whole
//! (`read_rows` on `csv_rows`): random tables with every kind of row a return holds.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use fangfei::annex3::sheet::{read_rows, Locator};
use fangfei::annex3::{table_of, Field};
use fangfei::strategies::{invalid_cell, valid_cell};
use fangfei::Campaign;
use fangfei_cli::tables::{csv_rows, csv_table, csv_table_each};
use proptest::prelude::*;
use proptest::sample::select;

/// A cell as people fill it in: valid, invalid or blank.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => valid_cell(Campaign::embedded()).prop_map(|(_, s, _)| s),
        2 => invalid_cell(Campaign::embedded()).prop_map(|(_, s, _)| s),
        1 => Just(String::new()),
        1 => select(vec!["30;5;800", "1,200", "\"12\"", "１２"]).prop_map(str::to_owned),
    ]
}

/// A unit cell: on the roster (some twice), off it, blank, or a stated total.
fn unit() -> impl Strategy<Value = String> {
    let roster: Vec<String> = Campaign::embedded()
        .units
        .iter()
        .map(|u| u.name.clone())
        .collect();
    prop_oneof![
        6 => select(roster),
        1 => (0u8..5).prop_map(|i| format!("外地单位{i}")),
        1 => select(vec!["", "合计", "总计"]).prop_map(str::to_owned),
    ]
}

/// A line under the header: a clean data row (counted unless its unit came before),
/// a data row as people fill it in (sometimes with a cell too many), a blank line,
/// the notes, a signature line.
fn line() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        6 => (unit(), prop::collection::vec(valid_cell(Campaign::embedded()).prop_map(|(_, s, _)| s), 11)).prop_map(|(u, cells)| {
            let mut row = vec![u];
            row.extend(cells);
            row
        }),
        4 => (unit(), prop::collection::vec(cell(), 11..=13), any::<bool>()).prop_map(|(u, cells, other)| {
            let mut row = vec![u];
            row.extend(cells);
            if other {
                row.push("快闪、直播".to_owned());
            }
            row
        }),
        1 => Just(vec![String::new(); 3]),
        1 => select(vec!["填表说明:1.", "2.表中项目如无填0", "填表人:张三 联系电话:13812345678"])
            .prop_map(|s| vec![s.to_owned()]),
    ]
}

/// A header: the plan's Chinese labels or the field names, with 填报单位 as a column
/// or named above, sometimes with a 序号 or an unknown column, or no header at all.
fn table() -> impl Strategy<Value = (Vec<Vec<String>>, bool)> {
    (
        0u8..4,
        any::<bool>(),
        prop::collection::vec(line(), 0..30),
        any::<bool>(),
    )
        .prop_map(|(layout, chinese, lines, crlf)| {
            let mut rows = Vec::new();
            let labels: Vec<String> = Field::all(table_of(Campaign::embedded()).unwrap())
                .map(|f| {
                    if chinese {
                        f.def().header_zh()
                    } else {
                        f.key().to_owned()
                    }
                })
                .collect();
            let mut header = vec!["填报单位".to_owned()];
            match layout {
                0 => {}
                1 => {
                    rows.push(vec!["填报单位:市教育局".to_owned()]);
                    header.clear();
                }
                2 => header.push("备注".to_owned()),
                _ => {
                    rows.push(vec!["附件3".to_owned()]);
                    header.insert(0, "序号".to_owned());
                }
            }
            header.extend(labels);
            header.push("其他".to_owned());
            if layout != 3 || chinese {
                rows.push(header);
            }
            rows.extend(lines);
            (rows, crlf)
        })
}

fn write_csv(rows: &[Vec<String>], crlf: bool) -> String {
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn streamed_equals_read_whole((rows, crlf) in table()) {
        let c = Campaign::embedded();
        let text = write_csv(&rows, crlf);
        let streamed = csv_table(&c.roster(), &text).unwrap();
        let whole = read_rows(c, &Locator::Csv, &csv_rows(&text).unwrap());
        prop_assert_eq!(&streamed, &whole);
        // Each row handed out as soon as it is read (the total taken as they go):
        // the same rows, total and findings.
        let mut taken = Vec::new();
        let mut rest = csv_table_each(&c.roster(), &text, |r| {
            taken.push(r);
            Ok(())
        })
        .unwrap();
        prop_assert!(rest.rows.is_empty());
        rest.rows = taken;
        prop_assert_eq!(&rest, &whole);
    }
}
