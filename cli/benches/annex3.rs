//! Annex 3 validation speed, with peers measured in the same run:
//!
//! - 100,000 CSV rows end to end (CSV records streamed into the table's reader →
//!   header mapping → every cell parsed and checked → cross-field rules → totals),
//!   what `annex3 check` does, against deserialising the same text with the `csv`
//!   crate alone into a struct of the same fields (the floor);
//! - the same rows as JSON objects through fangfei's form validation against the
//!   `jsonschema` crate with a schema of the constraints it can express.
//!
//! Run: `cargo bench -p fangfei-cli --bench annex3`. Figures go in BENCHMARKS.md.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

#[path = "common/machine.rs"]
mod machine;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use fangfei::annex3::sheet::read_values_in;
use fangfei::annex3::{json_schema, table_of, Field};
use fangfei::Campaign;
use serde::Deserialize;
use std::hint::black_box;

const ROWS: usize = 100_000;

/// The 2021 campaign with `n` more towns (`单位0` …), so every row's unit is known
/// and distinct: a province-sized collection, not Lingyuan's 28 units.
fn big_campaign(n: usize) -> Campaign {
    let mut c = Campaign::embedded().clone();
    c.units.extend((0..n).map(|i| fangfei::campaign::UnitDef {
        name: format!("单位{i}"),
        aliases: vec![],
        roles: vec!["town_street".to_owned()],
        venues: vec![],
    }));
    c
}

/// The embedded campaign's columns, in order.
fn fields() -> Vec<Field<'static>> {
    Field::all(table_of(Campaign::embedded()).unwrap()).collect()
}

/// The plan's header row: 填报单位, the eleven counts with their units, 其他.
fn header() -> String {
    let mut s = String::from("填报单位");
    for f in fields() {
        s.push(',');
        s.push_str(&f.def().header_zh());
    }
    s.push_str(",其他\n");
    s
}

/// A deterministic table with clean cells: plain whole numbers, as `csv` + serde can
/// read into `u64` fields.
fn clean_csv(rows: usize) -> String {
    let mut s = header();
    let mut x: u64 = 2021;
    for i in 0..rows {
        s.push_str(&format!("单位{i}"));
        for _ in fields() {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.push_str(&format!(",{}", (x >> 40) % 5000 + 1));
        }
        s.push_str(if i % 50 == 0 {
            ",校园广播、快闪\n"
        } else {
            ",\n"
        });
    }
    s
}

/// The same table as people type it: one cell in seven with a thousands separator,
/// one in seven with its unit word (each normalised with an info finding).
fn csv_text(rows: usize) -> String {
    let mut s = header();
    let mut x: u64 = 2021;
    for i in 0..rows {
        s.push_str(&format!("单位{i}"));
        for (j, f) in fields().iter().enumerate() {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let v = (x >> 40) % 5000 + 1;
            s.push(',');
            match (i + j) % 7 {
                0 => s.push_str(&format!("\"{},{:03}\"", v / 1000 + 1, v % 1000)),
                1 => s.push_str(&format!("{v}{}", f.def().units[0])),
                _ => s.push_str(&v.to_string()),
            }
        }
        s.push_str(if i % 50 == 0 {
            ",校园广播、快闪\n"
        } else {
            ",\n"
        });
    }
    s
}

/// The same fields as `fangfei::annex3::Annex3`, for the csv + serde floor.
#[derive(Deserialize)]
#[allow(dead_code)]
struct Row {
    #[serde(rename = "填报单位")]
    unit: String,
    #[serde(rename = "活动场次(次)")]
    qijin_sessions: u64,
    #[serde(rename = "参与群众(人次)")]
    qijin_participants: u64,
    #[serde(rename = "刊印份数、播放次数(份/次)")]
    print_broadcast: u64,
    #[serde(rename = "发布原创作品数(篇)")]
    online_original_works: u64,
    #[serde(rename = "点击量、阅读量、转发量(次)")]
    online_views: u64,
    #[serde(rename = "互动宣传覆盖人数(人次)")]
    online_interactive_reach: u64,
    #[serde(rename = "发送短信(条)")]
    sms_sent: u64,
    #[serde(rename = "海报、展板(份)")]
    outdoor_posters_boards: u64,
    #[serde(rename = "电子显示屏、公共交通广告、楼宇电梯广告等(次)")]
    outdoor_screens_ads: u64,
    #[serde(rename = "传单、手册、赠品等(份)")]
    outdoor_leaflets_gifts: u64,
    #[serde(rename = "被新闻媒体报道(次)")]
    news_reports: u64,
    #[serde(rename = "其他")]
    other: String,
}

fn bench(c: &mut Criterion) {
    eprintln!("{}", machine::describe());
    let big = big_campaign(ROWS);
    let campaign = &big;
    let clean = clean_csv(ROWS);
    let text = csv_text(ROWS);
    // The roster's index is built once per campaign, out of the timed calls (as
    // jsonschema's compile is).
    let roster = campaign.roster();
    let mut g = c.benchmark_group("annex3_csv_100k");
    g.sample_size(10);
    g.throughput(Throughput::Elements(ROWS as u64));
    g.bench_function(BenchmarkId::new("fangfei", "clean"), |b| {
        b.iter(|| {
            let batch = fangfei_cli::tables::csv_table(&roster, black_box(&clean)).unwrap();
            assert_eq!(batch.counts(), (ROWS, 0));
            black_box(batch.totals.columns.len())
        })
    });
    // The same rows streamed, as `annex3 check --summary` reads them: each row checked,
    // totalled, handed out and dropped (the floor keeps no row either).
    g.bench_function(BenchmarkId::new("fangfei", "clean_streamed"), |b| {
        b.iter(|| {
            let mut accepted = 0usize;
            let batch = fangfei_cli::tables::csv_table_each(&roster, black_box(&clean), |row| {
                accepted += usize::from(row.accepted);
                Ok(())
            })
            .unwrap();
            assert_eq!(accepted, ROWS);
            black_box(batch.totals.columns.len())
        })
    });
    g.bench_function(BenchmarkId::new("fangfei", "as_typed"), |b| {
        b.iter(|| {
            let batch = fangfei_cli::tables::csv_table(&roster, black_box(&text)).unwrap();
            assert_eq!(batch.rows.len(), ROWS);
            black_box(batch.totals.columns.len())
        })
    });
    g.bench_function(BenchmarkId::new("csv_serde", "clean"), |b| {
        b.iter(|| {
            let mut r = csv::Reader::from_reader(black_box(clean.as_bytes()));
            let (mut n, mut sum) = (0usize, 0u64);
            for row in r.deserialize::<Row>() {
                let row = row.unwrap();
                n += 1;
                sum = sum.wrapping_add(row.qijin_sessions);
            }
            assert_eq!(n, ROWS);
            black_box(sum)
        })
    });
    g.finish();

    // The same rows as JSON objects (already parsed), clean integers.
    let values: Vec<serde_json::Value> = (0..ROWS)
        .map(|i| {
            let mut o = serde_json::Map::new();
            o.insert("unit".into(), format!("单位{i}").into());
            for (j, f) in fields().iter().enumerate() {
                o.insert(
                    f.key().into(),
                    (((i * 31 + j * 7) % 5000) as u64 + 1).into(),
                );
            }
            o.insert("other_methods".into(), serde_json::json!([]));
            serde_json::Value::Object(o)
        })
        .collect();
    let schema = json_schema(campaign, true).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut g = c.benchmark_group("annex3_json_100k");
    g.sample_size(10);
    g.throughput(Throughput::Elements(ROWS as u64));
    g.bench_function(BenchmarkId::new("fangfei", "read_values"), |b| {
        b.iter(|| {
            let batch = read_values_in(&roster, black_box(&values), |n| format!("#{n}"));
            assert_eq!(batch.counts(), (ROWS, 0));
            black_box(batch.rows.len())
        })
    });
    g.bench_function(BenchmarkId::new("jsonschema", "iter_errors"), |b| {
        b.iter(|| {
            let errors: usize = values
                .iter()
                .map(|v| validator.iter_errors(v).count())
                .sum();
            black_box(errors)
        })
    });
    g.finish();
}

/// Hostile sizes (issue 7): one cell of 1 MB, and a table of 1,000,000 rows — linear,
/// never quadratic (compare the 100k-row figures above).
fn limits(c: &mut Criterion) {
    let campaign = Campaign::embedded();
    let mut g = c.benchmark_group("annex3_limits");
    g.sample_size(10);
    let big = "1".repeat(1 << 20);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("one_mb_cell", |b| {
        b.iter(|| {
            black_box(fangfei::annex3::check_cell(
                campaign,
                Field::of(table_of(campaign).unwrap(), "sms_sent").unwrap(),
                black_box(&big),
            ))
        })
    });
    let rows = 1_000_000;
    let big_campaign = big_campaign(rows);
    let text = clean_csv(rows);
    let big_roster = big_campaign.roster();
    g.throughput(Throughput::Elements(rows as u64));
    g.bench_function("million_rows_clean_csv", |b| {
        b.iter(|| {
            let batch = fangfei_cli::tables::csv_table(&big_roster, black_box(&text)).unwrap();
            assert_eq!(batch.counts(), (rows, 0));
            black_box(batch.totals.columns.len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench, limits);
criterion_main!(benches);
