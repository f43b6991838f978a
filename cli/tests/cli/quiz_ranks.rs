//! The quiz standings' ranks and heading (issue 29, walk of D2 item 4): teams tied on
//! everything the standings rank by share one rank (standard competition ranking,
//! 1-2-2-4); the top N takes in every team tied at N; one day's standings before the
//! close are "截至X日", never 全程/final (附件2 五, RULES.md Q-TEAM).

use super::{json, quiz, run};

fn score(extra: &[&str]) -> Vec<String> {
    let sheets = quiz("sheets-2021-06-15.jsonl");
    let papers = quiz("papers.json");
    let mut args = vec![
        "quiz",
        "score",
        sheets.as_str(),
        "--papers",
        papers.as_str(),
    ];
    args.extend_from_slice(extra);
    let (code, out, err) = run(&args);
    assert!(code <= 1, "{err}");
    out.lines().map(str::to_owned).collect()
}

/// Rank and team of each line of the printed top table, after its heading.
fn ranks(lines: &[String], heading: &str) -> Vec<(String, String)> {
    let at = lines
        .iter()
        .position(|l| l == heading)
        .unwrap_or_else(|| panic!("{heading}\n{}", lines.join("\n")));
    lines
        .iter()
        .skip(at.saturating_add(3))
        .take_while(|l| !l.trim().is_empty())
        .map(|l| {
            let mut w = l.split_whitespace();
            (w.next().unwrap().to_owned(), w.next().unwrap().to_owned())
        })
        .collect()
}

#[test]
fn tied_teams_share_a_rank_and_the_heading_says_the_day() {
    let lines = score(&[]);
    let got = ranks(&lines, "截至6月15日前10名战队(各日得分之和)");
    let want = [
        ("1", "山西省"),
        ("2", "江苏省"),
        ("3", "北京市"),
        ("4", "吉林省"),
        ("4", "重庆市"),
        ("4", "甘肃省"),
        ("7", "上海市"),
        ("7", "江西省"),
        ("7", "广东省"),
        ("10", "湖北省"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(r, t)| ((*r).to_owned(), (*t).to_owned()))
        .collect();
    assert_eq!(got, want);
    assert!(
        !lines.iter().any(|l| l.contains("全程")),
        "{}",
        lines.join("\n")
    );
    // The top 8 cuts through the three teams tied at 7th: all three are in, and said.
    let lines = score(&["--top", "8"]);
    let got = ranks(&lines, "截至6月15日前8名战队(各日得分之和;含并列,共9队)");
    assert_eq!(got.len(), 9);
    assert_eq!(got.last().map(|(r, _)| r.as_str()), Some("7"));
    // English: no "final" for one day's sheets.
    let sheets = quiz("sheets-2021-06-15.jsonl");
    let papers = quiz("papers.json");
    let (_, out, _) = run(&[
        "--lang", "en", "quiz", "score", &sheets, "--papers", &papers,
    ]);
    assert!(
        out.contains("top 10 teams through 2021-06-15 (sum of daily scores)"),
        "{out}"
    );
    assert!(!out.contains("final"), "{out}");
    // JSON: the same ranks, the whole tie in `top`.
    let (_, v) = json(&["quiz", "score", &sheets, "--papers", &papers, "--top", "8"]);
    let top: Vec<(u64, &str)> = v["top"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["rank"].as_u64().unwrap(), t["name"].as_str().unwrap()))
        .collect();
    assert_eq!(
        top.get(3..6),
        Some(&[(4, "吉林省"), (4, "重庆市"), (4, "甘肃省")][..])
    );
    assert_eq!(top.len(), 9);
    assert_eq!(v["topTitle"]["zh"], "截至6月15日前8名战队");
    assert_eq!(v["tieNote"]["zh"], "含并列,共9队");
    let (_, v) = json(&["quiz", "score", &sheets, "--papers", &papers]);
    assert_eq!(v["tieNote"], serde_json::Value::Null);
}
