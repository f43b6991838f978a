//! Class 8: memory and time bounded by what the input justifies. The fast cases run
//! here; the big ones are `#[ignore]`d and run by `scripts/hostile-slow` on the release
//! build, which also records their seconds and peak memory.

use super::{data, folder, run_in};

/// The Annex 3 table's header, as the plan prints it.
const HEADER: &str = "填报单位,活动场次(次),参与群众(人次),刊印份数、播放次数(份/次),发布原创作品数(篇),点击量、阅读量、转发量(次),互动宣传覆盖人数(人次),发送短信(条),海报、展板(份),电子显示屏、公共交通广告、楼宇电梯广告等(次),传单、手册、赠品等(份),被新闻媒体报道(次),其他创新宣传方式(列举)";

/// The text report of `annex3 check`, now streamed (its rows rendered as they are read,
/// never all held), is byte for byte what the report over the whole batch printed
/// before (`tests/data/report/FILE.LANG.txt`, written by the release before the change,
/// 2026-12, for every table fixture, in both languages). `FANGFEI_BLESS=1` rewrites
/// them after a deliberate change of wording.
#[test]
fn streamed_text_report_is_the_report_of_before() {
    let dir = data("");
    let bless = std::env::var_os("FANGFEI_BLESS").is_some();
    for file in [
        "annex3-utf8.csv",
        "annex3-utf8-bom.csv",
        "annex3-gb18030.csv",
        "annex3-mixed.csv",
        "annex3-forms.json",
    ] {
        for lang in ["zh", "en"] {
            let run = run_in(&dir, &["--lang", lang, "annex3", "check", file]);
            assert_eq!(run.code, 1, "{file} {lang}: {run:?}");
            let expected = dir.join("report").join(format!("{file}.{lang}.txt"));
            if bless {
                std::fs::write(&expected, &run.out).unwrap();
            }
            let want = std::fs::read_to_string(&expected).unwrap();
            assert!(
                run.out == want,
                "{file} {lang}: the report changed\n--- before\n{want}\n--- now\n{}",
                run.out
            );
        }
    }
}

/// A report longer than what is kept in memory (4 MiB) goes through the temporary
/// file: every row once, in order, the counts first, the total last.
#[test]
fn long_text_report_keeps_every_row_in_order() {
    let dir = folder("long-report");
    let rows = 16_000;
    let mut csv = format!("{HEADER}\n");
    for _ in 0..rows {
        csv.push_str("x,1,1,1,1,1,1,1,1,1,1,1,\n");
    }
    std::fs::write(dir.join("t.csv"), csv).unwrap();
    let run = run_in(&dir, &["annex3", "check", "t.csv"]);
    assert_eq!(run.code, 1, "{}", run.err);
    assert!(run.out.len() > 4 << 20, "{} bytes only", run.out.len());
    assert!(
        run.out
            .starts_with(&format!("t.csv: 共 {rows} 行, 通过 1, 退回 {}", rows - 1)),
        "{}",
        &run.out[..200]
    );
    let headings: Vec<usize> = run
        .out
        .lines()
        .filter_map(|l| l.strip_prefix("  第")?.split_once("行 x")?.0.parse().ok())
        .collect();
    // In Chinese a CSV row is headed by its line (issue 29, item 18): the header is
    // line 1.
    assert_eq!(headings, (2..=rows + 1).collect::<Vec<_>>());
    assert!(
        run.out.trim_end().ends_with("名单外单位未计入全市合计:x"),
        "{}",
        &run.out[run.out.len() - 300..]
    );
}

/// The row bomb of the issue (25 MB of 25-byte rows): one row over the limit is
/// refused with the limit named, the rest not read, in bounded memory (the report is
/// streamed). A million rows take a few seconds in a release build: run by
/// `scripts/hostile-slow` (`cargo test --release … -- --ignored limits::`).
#[test]
#[ignore = "a million rows: run by scripts/hostile-slow"]
fn row_bomb_refused_past_the_limit() {
    let dir = folder("row-bomb");
    let max = fangfei::annex3::sheet::MAX_ROWS;
    let mut csv = format!("{HEADER}\n");
    csv.push_str(&"x,1,1,1,1,1,1,1,1,1,1,1,\n".repeat(max + 1));
    std::fs::write(dir.join("bomb.csv"), csv).unwrap();
    for args in [
        &["annex3", "check", "bomb.csv", "--summary"][..],
        &["--lang", "en", "annex3", "check", "bomb.csv", "--summary"][..],
    ] {
        let run = run_in(&dir, args);
        assert_eq!(run.code, 1, "{run:?}");
        assert!(
            run.out.contains(&format!("共 {max} 行"))
                || run.out.contains(&format!(": {max} rows,")),
            "{}",
            run.out
        );
    }
    let run = run_in(&dir, &["annex3", "check", "bomb.csv"]);
    assert!(
        run.out
            .contains(&format!("数据超过{max}行,第{}行起未读取", max + 2)),
        "{}",
        &run.out[..500]
    );
}

/// `annex3 total --xlsx` of units off the roster: the lists that grow with the rows
/// are written row by row (constant memory) and read back whole, the sum row last.
#[test]
fn total_workbook_lists_every_unit_off_the_roster() {
    let dir = folder("total-xlsx");
    let mut csv = format!("{HEADER}\n市教育局,1,10,0,0,0,0,0,0,0,0,0,\n");
    for i in 1..=300 {
        csv.push_str(&format!("名单外单位{i},1,10,0,0,0,0,0,0,0,0,0,\n"));
    }
    csv.push_str(",1,10,0,0,0,0,0,0,0,0,0,\n");
    std::fs::write(dir.join("t.csv"), csv).unwrap();
    let run = run_in(&dir, &["annex3", "total", "t.csv", "--xlsx", "total.xlsx"]);
    assert_eq!(run.code, 1, "{run:?}");
    let sheets = fangfei_cli::tables::read_workbook_sheets(&dir.join("total.xlsx")).unwrap();
    let sheet = |name: &str| {
        sheets
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, rows)| rows.clone())
            .unwrap_or_else(|| panic!("no sheet {name}"))
    };
    let outside = sheet("名单外单位");
    let units: Vec<&str> = outside
        .iter()
        .skip(1)
        .filter_map(|(_, cells)| cells.first().map(String::as_str))
        .collect();
    let mut want: Vec<String> = (1..=300).map(|i| format!("名单外单位{i}")).collect();
    want.push("另行合计".to_owned());
    assert_eq!(units, want);
    // The sum row: 300 sessions, 3000 participants.
    let sum = &outside.last().unwrap().1;
    assert_eq!(
        sum.get(2..4),
        Some(&["300".to_owned(), "3000".to_owned()][..])
    );
    let returned = sheet("退回");
    assert_eq!(returned.len(), 2, "{returned:?}");
    let missing = sheet("未报");
    assert!(missing
        .iter()
        .all(|(_, c)| c.first().map(String::as_str) != Some("市教育局")));
    assert!(missing.len() > 10, "{missing:?}");
}

/// The npm package's batch calls count the array's items in the JSON text before
/// anything is built: one over the limit is refused at once, with the limit named.
#[test]
fn npm_batch_over_the_limit_refused_before_it_is_read() {
    use fangfei_wasm::api;
    let max = api::MAX_BATCH;
    let campaign = fangfei::Campaign::embedded();
    let forms = format!(
        "[{}]",
        vec![r#"{"unit":"x","a":[1,{"b":"],"}]}"#; max + 1].join(",")
    );
    let started = std::time::Instant::now();
    let e = api::validate_forms_text(&forms, campaign).unwrap_err();
    assert_eq!(e.code, "INPUT");
    assert!(e.message.contains(&format!("{} forms", max + 1)), "{e:?}");
    assert!(e.message.contains(&format!("the limit is {max}")), "{e:?}");
    assert!(e.message_zh.contains(&format!("超过上限{max}份")), "{e:?}");
    // Counting the text, never converting the items (5.8 s before, in a browser).
    assert!(
        started.elapsed().as_secs_f64() < 1.0,
        "{:?}",
        started.elapsed()
    );

    let sheets = format!(
        r#"{{"papers": [], "note": {{"sheets": [1]}}, "sheets": [{}]}}"#,
        vec![r#"{"participant":"p","answers":{"1":"A"}}"#; max + 1].join(",")
    );
    let e = api::score_sheets_text(&sheets, None).unwrap_err();
    assert!(e.message.contains(&format!("{} sheets", max + 1)), "{e:?}");
    assert!(e.message_zh.contains("答卷"), "{e:?}");

    // At the limit, the count lets the batch through to be read.
    let forms = format!("[{}]", ["{}"; 3].join(","));
    assert!(api::validate_forms_text(&forms, campaign).is_ok());
}

/// The count of a batch's items, from the text alone.
#[test]
fn npm_batch_items_counted_from_the_text() {
    use fangfei_wasm::api::count_items;
    for (text, key, n) in [
        ("[]", None, 0),
        (" [ ] ", None, 0),
        ("[1]", None, 1),
        (r#"[1, "a,b", {"c": [2, 3]}, [4, 5], null]"#, None, 5),
        (r#"["\"]", "\\", "x"]"#, None, 3),
        (r#"{"a": 1}"#, None, 0),
        ("\"[1,2]\"", None, 0),
        (r#"{"sheets": [1, 2, {"sheets": [3]}]}"#, Some("sheets"), 3),
        (
            r#"{"x": {"sheets": [1, 2]}, "sheets": []}"#,
            Some("sheets"),
            0,
        ),
        (
            r#"{"papers": ["sheets"], "sheets": [[1], [2]]}"#,
            Some("sheets"),
            2,
        ),
        (r#"["sheets", [1, 2]]"#, Some("sheets"), 0),
        ("[1, 2", None, 2),
    ] {
        assert_eq!(count_items(text, key), n, "{text} {key:?}");
    }
}

/// The npm package's batch calls at the limit, natively: their seconds printed for
/// `scripts/hostile-slow`, and the refusal of one more timed.
#[test]
#[ignore = "100,000 forms and sheets: run by scripts/hostile-slow"]
fn npm_batches_at_the_limit() {
    use fangfei_wasm::api;
    let max = api::MAX_BATCH;
    let campaign = fangfei::Campaign::embedded();
    let form = |i: usize| {
        format!(
            r#"{{"unit":"名单外单位{i}","qijin_sessions":1,"qijin_participants":10,"print_broadcast":0,"online_original_works":0,"online_views":0,"online_interactive_reach":0,"sms_sent":0,"outdoor_posters_boards":0,"outdoor_screens_ads":0,"outdoor_leaflets_gifts":0,"news_reports":0}}"#
        )
    };
    let papers = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/quiz/papers.json"),
    )
    .unwrap();
    let lines = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../examples/quiz/sheets-2021-06-15.jsonl"),
    )
    .unwrap();
    let lines: Vec<serde_json::Value> = lines
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let sheet = |i: usize| {
        let mut s = lines[i % lines.len()].clone();
        s["participant"] = format!("p{i:07}").into();
        s.to_string()
    };
    for n in [max, max + 1] {
        let forms = format!("[{}]", (0..n).map(form).collect::<Vec<_>>().join(","));
        // As the package did before (issue 28): every form parsed, then counted.
        let started = std::time::Instant::now();
        let before = api::parse_arg(&forms).and_then(|v| api::validate_forms(&v, campaign));
        println!(
            "npm validateForms {n:>7} forms, parsed first (before): {:.2} s, {}",
            started.elapsed().as_secs_f64(),
            if before.is_ok() { "checked" } else { "refused" }
        );
        drop(before);
        let started = std::time::Instant::now();
        let r = api::validate_forms_text(&forms, campaign);
        println!(
            "npm validateForms {n:>7} forms: {:.2} s, {}",
            started.elapsed().as_secs_f64(),
            if r.is_ok() { "checked" } else { "refused" }
        );
        assert_eq!(r.is_ok(), n <= max);
        let input = format!(
            r#"{{"papers": {papers}, "sheets": [{}]}}"#,
            (0..n).map(sheet).collect::<Vec<_>>().join(",")
        );
        let started = std::time::Instant::now();
        let before = api::parse_arg(&input).and_then(|v| api::score_sheets(&v, None));
        println!(
            "npm scoreSheets   {n:>7} sheets, parsed first (before): {:.2} s, {}",
            started.elapsed().as_secs_f64(),
            if before.is_ok() { "scored" } else { "refused" }
        );
        drop(before);
        let started = std::time::Instant::now();
        let r = api::score_sheets_text(&input, None);
        println!(
            "npm scoreSheets   {n:>7} sheets: {:.2} s, {}",
            started.elapsed().as_secs_f64(),
            if r.is_ok() { "scored" } else { "refused" }
        );
        assert_eq!(r.is_ok(), n <= max, "{:?}", r.err());
    }
}
