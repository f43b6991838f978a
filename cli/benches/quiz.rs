//! Quiz speed, with floors measured in the same run:
//!
//! - score and tally 10 million in-memory sheets (answers already parsed, ids already
//!   the tally's) into team standings, on one core, against the once-a-day floors: one
//!   `min` per sheet into a participants × days table (participant-major as before,
//!   day-major as the tally keeps it) and one bit per participant and day (the floor
//!   of a stream in time order), days and scores precomputed; and a bare loop that only
//!   adds precomputed scores by region;
//! - score a JSON Lines file of 1 million sheets end to end (parse, registration,
//!   answers, score, once a day, tally) against parsing the same lines with serde_json
//!   alone into a `#[derive(Deserialize)]` struct of the same fields (fangfei reads
//!   each line borrowed, as `quiz score` does, with every problem at its path).
//!
//! Run: `cargo bench -p fangfei-cli --bench quiz`. Figures go in BENCHMARKS.md.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

#[path = "../../examples/quizgen/mod.rs"]
mod quizgen;

#[path = "common/machine.rs"]
mod machine;
use std::hint::black_box;
use std::time::Instant as Clock;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use fangfei::campaign::TeamStrategy;
use fangfei::quiz::{
    check_paper, parse_answers, CheckedPaper, Given, Paper, Region, Scorer, Sheet, SheetRef, Tally,
};
use fangfei::{Campaign, Instant};

const IN_MEMORY: usize = 10_000_000;
const JSONL: usize = 1_000_000;

/// The sheet's fields as serde's derive reads them: the floor.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct PeerSheet {
    participant: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    region: String,
    phone: Option<String>,
    unit: Option<String>,
    submitted_at: String,
    answers: std::collections::BTreeMap<String, serde_json::Value>,
}

struct Compact {
    participant: u32,
    region: Region,
    at: Instant,
    answers: [Given; 8],
}

fn setup(c: &Campaign) -> (Vec<CheckedPaper>, Vec<Sheet>) {
    let mut rng = quizgen::Rng::new(7);
    let w = c.quiz.as_ref().unwrap().window;
    let papers: Vec<Paper> =
        serde_json::from_value(quizgen::papers(&mut rng, w.start.date(), w.dates().count()))
            .unwrap();
    let checked = papers.iter().map(|p| check_paper(c, p).unwrap()).collect();
    // One day's worth of varied sheets, reused as a template pool.
    let pool: Vec<Sheet> = quizgen::sheets(
        &mut rng,
        &serde_json::to_value(&papers[0]).unwrap(),
        100,
        false,
    )
    .into_iter()
    .map(|v| serde_json::from_value(v).unwrap())
    .collect();
    (checked, pool)
}

fn bench(c: &mut Criterion) {
    eprintln!("{}", machine::describe());
    let campaign = Campaign::embedded();
    let (papers, pool) = setup(campaign);
    let policy = campaign.quiz.as_ref().unwrap().policy();
    let regions: Vec<Region> = Region::all().collect();
    // 10M sheets from ~1M participants over 11 days, in time order per day.
    let participants = IN_MEMORY / 10;
    let mut rng = quizgen::Rng::new(11);
    let t0 = Clock::now();
    let sheets: Vec<Compact> = (0..IN_MEMORY)
        .map(|i| {
            let day = i * 11 / IN_MEMORY;
            let tpl = &pool[i % pool.len()];
            let answers: Vec<Given> = parse_answers(&papers[0], &tpl.answers).unwrap();
            let p = rng.below(participants as u64) as u32;
            let secs = 36_000 + (i % 50_000) as i64;
            let at = Instant::from_beijing(
                papers[day].date.and_hms_opt(0, 0, 0).unwrap() + chrono::Duration::seconds(secs),
            );
            Compact {
                participant: p,
                region: regions[p as usize % 32],
                at,
                answers: answers.try_into().unwrap(),
            }
        })
        .collect();
    let distinct = sheets
        .iter()
        .map(|s| s.participant)
        .collect::<std::collections::HashSet<_>>()
        .len();
    eprintln!(
        "generated {IN_MEMORY} sheets of {distinct} participants in {:?}",
        t0.elapsed()
    );
    let scores: Vec<u32> = sheets
        .iter()
        .map(|s| papers[0].score(&s.answers, policy))
        .collect();

    // The participants' ids interned into a fresh tally, as the platform gives them.
    let intern = || {
        let mut tally = Tally::new(campaign);
        tally.reserve(participants);
        let ids: Vec<u32> = (0..participants)
            .map(|p| tally.participant(&p.to_string()))
            .collect();
        (tally, ids)
    };
    // The sheets carry the tally's number of their participant, as the floors' do: a
    // fresh tally numbers the same ids the same way (checked here, once), so the timed
    // loop looks nothing up.
    let (_, ids) = intern();
    assert_eq!(ids, intern().1);
    let sheets: Vec<Compact> = sheets
        .into_iter()
        .map(|s| Compact {
            participant: ids[s.participant as usize],
            ..s
        })
        .collect();
    let mut g = c.benchmark_group("quiz_10m_in_memory");
    g.sample_size(10);
    g.throughput(Throughput::Elements(IN_MEMORY as u64));
    // The participants are interned before the timed part (criterion's batched setup):
    // the sheets come with their ids, as the floors' do; interning is timed on its own
    // below.
    g.bench_function(BenchmarkId::new("fangfei", "score_tally_standings"), |b| {
        b.iter_batched(
            intern,
            |(mut tally, _)| {
                // Score in chunks, then tally each chunk with one add_many call.
                let mut batch = Vec::with_capacity(4096);
                let mut results = Vec::with_capacity(4096);
                for chunk in sheets.chunks(4096) {
                    batch.clear();
                    results.clear();
                    for s in chunk {
                        // The stamp is worked out once: its day picks the paper.
                        if let Some(stamp) = tally.stamp(s.at) {
                            let score = papers[stamp.day()].score(&s.answers, policy);
                            batch.push((s.participant, stamp, score, s.region));
                        }
                    }
                    tally.add_many(&batch, &mut results);
                    black_box(&results);
                }
                black_box(tally.standings(TeamStrategy::SumOfDailyScores, None))
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function(
        BenchmarkId::new("fangfei", "intern_participants_only"),
        |b| {
            b.iter(|| {
                let (_, ids) = intern();
                black_box(ids.len())
            })
        },
    );
    g.bench_function(
        BenchmarkId::new("bare_loop", "add_precomputed_by_region"),
        |b| {
            b.iter(|| {
                let mut sums = [0u64; 32];
                for (s, score) in sheets.iter().zip(&scores) {
                    sums[s.region.index()] += u64::from(*score);
                }
                black_box(sums)
            })
        },
    );
    // The memory floor of once-a-day itself: one min() per sheet into a
    // participants × days table, day and score precomputed, no scoring, no interning.
    let days: Vec<usize> = {
        let t = Tally::new(campaign);
        sheets.iter().map(|s| t.day_of(s.at).unwrap()).collect()
    };
    g.bench_function(BenchmarkId::new("bare_loop", "once_a_day_table"), |b| {
        b.iter(|| {
            let mut slots = vec![u64::MAX; participants * 11];
            for ((s, score), day) in sheets.iter().zip(&scores).zip(&days) {
                let slot = &mut slots[s.participant as usize * 11 + day];
                *slot = (*slot).min(u64::from(*score));
            }
            black_box(slots.len())
        })
    });
    // The same table day-major (one column of participants per day), as the tally
    // now keeps it: the floor for a stream that comes day by day.
    g.bench_function(BenchmarkId::new("bare_loop", "once_a_day_day_major"), |b| {
        b.iter(|| {
            let mut slots = vec![u64::MAX; participants * 11];
            for ((s, score), day) in sheets.iter().zip(&scores).zip(&days) {
                let slot = &mut slots[day * participants + s.participant as usize];
                *slot = (*slot).min(u64::from(*score));
            }
            black_box(slots.len())
        })
    });
    // One bit per participant and day, day-major: the floor for a stream in
    // time order (the first sheet of a day is the earliest; no time kept).
    g.bench_function(BenchmarkId::new("bare_loop", "once_a_day_bits"), |b| {
        b.iter(|| {
            let mut bits = vec![0u64; (participants * 11).div_ceil(64)];
            let mut kept = 0u64;
            for ((s, score), day) in sheets.iter().zip(&scores).zip(&days) {
                let i = day * participants + s.participant as usize;
                let (word, bit) = (i / 64, 1u64 << (i % 64));
                let new = bits[word] & bit == 0;
                bits[word] |= bit;
                kept += u64::from(new) * u64::from(*score);
            }
            black_box(kept)
        })
    });
    g.finish();
    drop(sheets);
    drop(scores);

    // 1M sheets as JSON Lines, from 100k participants over the 11 days.
    let mut text = String::new();
    let mut rng = quizgen::Rng::new(13);
    for i in 0..JSONL {
        let day = i * 11 / JSONL;
        // An account answers under one region, as on the platform: its sheet comes
        // from the pool by its id (the participant is the account, Q-ONCE-A-DAY).
        let id = rng.below(100_000) as usize;
        let mut v = serde_json::to_value(&pool[id % pool.len()]).unwrap();
        v["participant"] = format!("wx{id:06}").into();
        let secs = 36_000 + (i % 40_000);
        v["submitted_at"] = format!(
            "{}T{:02}:{:02}:{:02}+08:00",
            papers[day].date,
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )
        .into();
        // The pool answers day 1's paper; give each day's sheet the same ids.
        text.push_str(&serde_json::to_string(&v).unwrap());
        text.push('\n');
    }
    let distinct = text
        .lines()
        .map(|l| serde_json::from_str::<PeerSheet>(l).unwrap().participant)
        .collect::<std::collections::HashSet<_>>()
        .len();
    eprintln!(
        "JSON Lines: {} MB, {JSONL} sheets of {distinct} participants",
        text.len() >> 20
    );
    let raw_papers: Vec<Paper> = {
        let mut rng = quizgen::Rng::new(7);
        let w = campaign.quiz.as_ref().unwrap().window;
        serde_json::from_value(quizgen::papers(&mut rng, w.start.date(), w.dates().count()))
            .unwrap()
    };
    let mut g = c.benchmark_group("quiz_1m_jsonl");
    g.sample_size(10);
    g.throughput(Throughput::Elements(JSONL as u64));
    g.bench_function(BenchmarkId::new("fangfei", "parse_score_tally"), |b| {
        b.iter(|| {
            let mut scorer = Scorer::new(campaign, &raw_papers)
                .unwrap()
                .with_breakdown(false);
            let mut counted = 0usize;
            for (i, line) in text.lines().enumerate() {
                // Borrowed from the line, as `quiz score` reads JSON Lines.
                let sheet = SheetRef::from_json_text(line).unwrap();
                counted += usize::from(scorer.sheet_ref(i + 1, &sheet).counted);
            }
            black_box((
                counted,
                scorer
                    .tally()
                    .standings(TeamStrategy::SumOfDailyScores, None),
            ))
        })
    });
    // The borrowed reader alone, against the same floor.
    g.bench_function(BenchmarkId::new("fangfei", "read_only"), |b| {
        b.iter(|| {
            let mut n = 0usize;
            for line in text.lines() {
                n += SheetRef::from_json_text(line).unwrap().answers.len();
            }
            black_box(n)
        })
    });
    g.bench_function(BenchmarkId::new("serde_json", "parse_only"), |b| {
        b.iter(|| {
            let mut n = 0usize;
            for line in text.lines() {
                let sheet: PeerSheet = serde_json::from_str(line).unwrap();
                n += sheet.answers.len();
            }
            black_box(n)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
