//! The office's workflow at its sizes, each with its peer measured in the same run:
//!
//! - `ledger_5000`: a month's ledger of 51 units (5,100 entries across its sheets)
//!   read from XLSX and audited, against reading the same workbook's cells alone (the
//!   floor: calamine, every sheet);
//! - `progress`: `fangfei annex3 check` of 1,000,000 CSV rows with the progress
//!   status line drawn (`FANGFEI_PROGRESS=1`, as on a terminal) against the same run
//!   without it (`FANGFEI_PROGRESS=0`): it must not slow the work.
//!
//! Run: `cargo bench -p fangfei-cli --bench office`. Figures go in BENCHMARKS.md.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

#[path = "common/machine.rs"]
mod machine;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use criterion::{criterion_group, criterion_main, Criterion};
use fangfei::record::{Item, Site, Submission, UnitRecord};
use fangfei::{Campaign, Instant};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join("fangfei-bench-office");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// A month of entries for each roster unit: 100 rows each across the ledger's sheets.
fn month_of_records(c: &Campaign) -> Vec<UnitRecord> {
    let at = |day: u32, h: u32| {
        Instant::parse(&format!(
            "2021-06-{day:02}T{h:02}:{:02}:00+08:00",
            (day * 7 + h) % 60
        ))
        .unwrap()
    };
    let kinds = [
        "进机关",
        "进学校",
        "进企业",
        "进社区",
        "进村组",
        "进家庭",
        "进网点",
    ];
    let channels: Vec<String> = c.channels.iter().map(|ch| ch.key.clone()).collect();
    c.units
        .iter()
        .map(|u| {
            let days = 1..=30u32;
            let mut r = UnitRecord::of(u.name.clone());
            r.submissions = vec![
                Submission::new("plan", at(9, 15)),
                Submission::new("summary", at(30, 10)),
            ];
            r.lists.insert(
                "media_works".into(),
                days.clone()
                    .map(|d| Item {
                        title: Some(format!("{}防非宣传第{d}期", u.name)),
                        channel: channels.get(d as usize % channels.len()).cloned(),
                        published_at: Some(at(d, 10)),
                        reported_at: Some(at(d, 16)),
                        ..Item::default()
                    })
                    .collect(),
            );
            r.lists.insert(
                "outreach".into(),
                days.clone()
                    .flat_map(|d| {
                        (0..2).map(move |k| Item {
                            kind: Some(kinds[(d as usize + k) % kinds.len()].to_owned()),
                            date: fangfei::NaiveDate::from_ymd_opt(2021, 6, d),
                            place: Some(format!("第{k}会场")),
                            participants: Some(u64::from(d) * 10),
                            ..Item::default()
                        })
                    })
                    .collect(),
            );
            r.sites.insert(
                "concentrated_day".into(),
                (0..8)
                    .map(|k| Site {
                        venue: format!("宣传点{k}"),
                        staff: Some(3),
                        arrived_at: Some(at(15, 8)),
                        items: ["banners", "boards", "materials", "brochures"]
                            .map(|i| (i.to_owned(), true))
                            .into(),
                        figures: [
                            ("consultations".to_owned(), 20),
                            ("reports_collected".to_owned(), 0),
                        ]
                        .into(),
                    })
                    .collect(),
            );
            r
        })
        .collect()
}

fn ledger(c: &mut Criterion) {
    eprintln!("{}", machine::describe());
    let campaign = Campaign::embedded();
    let path = scratch("台账-5000.xlsx");
    let records = month_of_records(campaign);
    fangfei_cli::ledger::write(&path, campaign, &records).unwrap();
    let parts = fangfei_cli::ledger::read_parts(&path).unwrap();
    let entries: usize = parts.iter().map(|p| p.rows.len().saturating_sub(1)).sum();
    eprintln!("ledger_5000: {entries} rows in {} sheets", parts.len());
    let as_of = campaign.default_as_of().unwrap();
    let mut g = c.benchmark_group("ledger_5000");
    g.sample_size(20);
    g.bench_function("fangfei: read and audit", |b| {
        b.iter(|| {
            let parts = fangfei_cli::ledger::read_parts(&path).unwrap();
            let ledger = fangfei::ledger::read(campaign, &parts);
            let inputs: Vec<_> = ledger
                .records
                .into_iter()
                .map(|(s, r)| (s, Ok(r)))
                .collect();
            black_box(fangfei::audit::audit(campaign, &inputs, as_of))
        })
    });
    g.bench_function("floor: calamine reads every sheet", |b| {
        b.iter(|| black_box(fangfei_cli::tables::read_workbook_sheets(&path).unwrap()))
    });
    g.finish();
}

fn million_rows(path: &Path) {
    if path.exists() {
        return;
    }
    let names: Vec<String> = Campaign::embedded()
        .units
        .iter()
        .map(|u| u.name.clone())
        .collect();
    let mut s = String::from("填报单位");
    for c in &fangfei::annex3::table_of(Campaign::embedded())
        .unwrap()
        .columns
    {
        s.push(',');
        s.push_str(&c.header_zh());
    }
    s.push_str(",其他\n");
    for i in 0..1_000_000usize {
        s.push_str(&names[i % names.len()]);
        for k in 0..11 {
            s.push(',');
            s.push_str(&((i * 7 + k) % 500).to_string());
        }
        s.push_str(",\n");
    }
    std::fs::write(path, s).unwrap();
}

fn progress(c: &mut Criterion) {
    let path = scratch("annex3-1m.csv");
    million_rows(&path);
    let run = |progress: &str| {
        let status = Command::new(env!("CARGO_BIN_EXE_fangfei"))
            .args(["annex3", "check", path.to_str().unwrap(), "--summary"])
            .env("FANGFEI_PROGRESS", progress)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(1), "every unit 51 rows on: duplicates");
    };
    let mut g = c.benchmark_group("progress");
    g.sample_size(10);
    // Without first: the machine's first minutes of a bench run are its slowest, and
    // that spell should not be charged to the status line.
    g.bench_function("annex3 check 1M rows, no status line", |b| {
        b.iter(|| run("0"))
    });
    g.bench_function("annex3 check 1M rows, status line drawn", |b| {
        b.iter(|| run("1"))
    });
    g.finish();
}

criterion_group!(benches, ledger, progress);
criterion_main!(benches);
