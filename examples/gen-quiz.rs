//! Writes the synthetic quiz of `examples/quiz/`: the 11 daily papers of the 2021
//! window and one day (06-15) of answer sheets from participants in every region, some
//! invalid on purpose. Seeded and deterministic.
//!
//! ```sh
//! cargo run --example gen-quiz -- [--seed 2021] [--per-region 10] [--out examples/quiz]
//! ```
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

mod quizgen;

use std::io::Write;

fn main() {
    let mut seed = 2021u64;
    let mut per_region = 10usize;
    let mut out = std::path::PathBuf::from("examples/quiz");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seed" => seed = args.next().and_then(|v| v.parse().ok()).expect("--seed N"),
            "--per-region" => {
                per_region = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--per-region N")
            }
            "--out" => out = args.next().expect("--out DIR").into(),
            other => {
                eprintln!("unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    let campaign = fangfei::Campaign::embedded();
    let w = campaign
        .quiz
        .as_ref()
        .expect("the 2021 campaign has a quiz")
        .window;
    let mut rng = quizgen::Rng::new(seed);
    let papers = quizgen::papers(&mut rng, w.start.date(), w.dates().count());
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(
        out.join("papers.json"),
        serde_json::to_string_pretty(&papers).unwrap() + "\n",
    )
    .unwrap();
    let first = &papers[0];
    let sheets = quizgen::sheets(&mut rng, first, per_region, true);
    let path = out.join(format!("sheets-{}.jsonl", first["date"].as_str().unwrap()));
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for s in &sheets {
        writeln!(f, "{}", serde_json::to_string(s).unwrap()).unwrap();
    }
    println!(
        "wrote {} papers and {} sheets to {}",
        papers.as_array().unwrap().len(),
        sheets.len(),
        out.display()
    );
}
