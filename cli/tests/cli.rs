//! The `fangfei` command line, end to end: JSON output and exit codes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// `--as-of` and `--at` as clerks write them (issue 29).
#[path = "cli/as_of.rs"]
mod as_of;
/// Every command under another campaign, read for the 2021 campaign's words.
#[path = "cli/leak.rs"]
mod leak;
/// The quiz standings' ranks (ties share one) and heading (issue 29).
#[path = "cli/quiz_ranks.rs"]
mod quiz_ranks;
/// The quiz export's 提交时间 as clerks write it (issue 29, item 17).
#[path = "cli/quiz_times.rs"]
mod quiz_times;
/// The office's reports as a clerk and an Excel user meet them (issue 29, 19 and 23).
#[path = "cli/reports.rs"]
mod reports;
/// The workbooks the office fills, read back: validation and print setup.
#[path = "cli/templates.rs"]
mod templates;
/// The clerk's words, quoted exactly (issue 29, items 16, 18, 20).
#[path = "cli/words.rs"]
mod words;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// Runs the binary; returns (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fangfei"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn json(args: &[&str]) -> (i32, Value) {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    let v = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, v)
}

/// Every finding of a batch (`fangfei::wire::Batch`): the table's and each row's.
fn batch_findings(v: &Value) -> Vec<&Value> {
    let rows = v["rows"].as_array().unwrap();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .chain(rows.iter().flat_map(|r| r["findings"].as_array().unwrap()))
        .chain(v["totals"]["findings"].as_array().unwrap())
        .collect()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fangfei-cli-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn timeline_json_at_an_instant() {
    for (at, in_campaign, phase, cday, quiz) in [
        (
            "2021-06-15T10:00:00+08:00",
            true,
            Value::from("implementation"),
            true,
            true,
        ),
        ("2021-07-05", true, Value::Null, false, false),
        ("2021-07-10", false, Value::Null, false, false),
        ("6月3日0:00", true, Value::from("preparation"), false, false),
        (
            "2021-06-30T16:00:00Z",
            true,
            Value::from("summary"),
            false,
            false,
        ),
    ] {
        let (code, v) = json(&["timeline", "--at", at]);
        assert_eq!(code, 0);
        let m = &v["moment"];
        assert_eq!(m["inCampaign"], in_campaign, "{at}");
        assert_eq!(m["phase"], phase, "{at}");
        let is_cday = m["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["key"] == "concentrated_day");
        assert_eq!(Value::from(is_cday), cday, "{at}");
        assert_eq!(m["quizOpen"], quiz, "{at}");
        assert!(v["events"].as_array().unwrap().len() > 5);
    }
}

#[test]
fn bad_instant_is_unusable_input() {
    let (code, v) = json(&["timeline", "--at", "tomorrow"]);
    assert_eq!(code, 2);
    assert_eq!(v["error"]["code"], "TIME-TZ");
}

#[test]
fn broken_campaign_file_is_unusable_input() {
    let path = tmp("broken-campaign.json");
    std::fs::write(&path, "{\"id\": 1}").unwrap();
    let (code, _, err) = run(&["--campaign", path.to_str().unwrap(), "timeline"]);
    assert_eq!(code, 2);
    // In Chinese the message, without its code at the head (issue 29, item 18).
    assert!(err.contains("活动方案文件有误"), "{err}");
}

/// A fixture campaign or units file of the library's tests.
fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/campaigns")
        .join(name)
        .to_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_units_file_adds_to_the_campaigns_roster() {
    let campaign = fixture("county-2024.json");
    let units = fixture("county-2024.units.synthetic.json");
    let record = tmp("town.json");
    std::fs::write(&record, r#"{"unit": "合成镇甲", "concentrated_day": []}"#).unwrap();
    let record = record.to_str().unwrap();
    let check = |extra: &[&str], as_of: &str| {
        let mut args = vec!["--campaign", campaign.as_str()];
        args.extend_from_slice(extra);
        args.extend(["check", record, "--as-of", as_of]);
        json(&args)
    };
    // On the roster from the units file: a town that held nothing on 06-15 fails
    // once the day is over (四).
    let (code, v) = check(&["--units", units.as_str()], "2024-06-16T00:00");
    assert_eq!(code, 1);
    assert_eq!(v["onRoster"], true);
    assert_eq!(v["outcomes"]["M-CDAY-VOICE"], "fail");
    let (code, v) = check(&["--units", units.as_str()], "2024-06-15T23:59:59");
    assert_eq!(
        (code, &v["outcomes"]["M-CDAY-VOICE"]),
        (0, &Value::from("pending"))
    );
    // Without it, the town is on no roster.
    let (_, v) = check(&[], "2024-06-16T00:00");
    assert_eq!(v["onRoster"], false);
    // A units file naming a role the campaign lacks is refused, at the file's path.
    let bad = tmp("bad-units.json");
    std::fs::write(
        &bad,
        r#"{"source": "synthetic", "units": [{"name": "合成镇乙", "roles": ["village"]}]}"#,
    )
    .unwrap();
    let (code, _, err) = run(&[
        "--campaign",
        &campaign,
        "--units",
        bad.to_str().unwrap(),
        "rules",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("单位名单文件有误"), "{err}");
    assert!(err.contains("units[0].roles[0]"), "{err}");
}

#[test]
fn svg_is_written() {
    let path = tmp("campaign.svg");
    let (code, _, _) = run(&["timeline", "--svg", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    let svg = std::fs::read_to_string(&path).unwrap();
    // Marked as ours on its first line (issue 28), then the picture.
    let svg = svg.strip_prefix("<!-- fangfei ").unwrap();
    let svg = &svg[svg.find("-->\n").unwrap() + 4..];
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
}

#[test]
fn rules_lists_every_id() {
    let (code, v) = json(&["rules"]);
    assert_eq!(code, 0);
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for id in ["D-PLAN", "M-QIJIN-3", "A3-BLANK", "Q-SCORE", "T-QUIZ"] {
        assert!(ids.contains(&id), "{id}");
    }
}

#[test]
fn csv_in_three_encodings_reads_the_same() {
    let (code, utf8) = json(&["annex3", "check", data("annex3-utf8.csv").to_str().unwrap()]);
    assert_eq!(code, 1, "the fixture has errors");
    for other in ["annex3-utf8-bom.csv", "annex3-gb18030.csv"] {
        let (c, mut v) = json(&["annex3", "check", data(other).to_str().unwrap()]);
        assert_eq!(c, 1);
        // A file that is not UTF-8 says which encoding was assumed, first; the rest
        // reads the same.
        if other.contains("gb18030") {
            let note = v["findings"].as_array_mut().unwrap().remove(0);
            assert!(
                note["message"]["zh"].as_str().unwrap().contains("GB18030"),
                "{note}"
            );
        }
        assert_eq!(v, utf8, "{other}");
    }
    assert_eq!(utf8["accepted"], 4);
    assert_eq!(utf8["rejected"], 2);
    // Every finding has the one shape of the machine format.
    for f in batch_findings(&utf8) {
        for k in [
            "rule", "severity", "outcome", "path", "message", "clause", "effect",
        ] {
            assert!(f.get(k).is_some(), "{k} missing in {f}");
        }
    }
    let blank = batch_findings(&utf8)
        .into_iter()
        .find(|f| f["rule"] == "A3-BLANK")
        .unwrap();
    assert_eq!(blank["path"], "rows[3].qijin_participants");
    assert_eq!(blank["place"], "line 4, 参与群众(人次)");
    assert_eq!(utf8["totals"]["counts"]["qijin_sessions"], 26);
}

#[test]
fn undecodable_csv_is_unusable() {
    let (code, v) = json(&[
        "annex3",
        "check",
        data("annex3-latin1.csv").to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert_eq!(v["error"]["code"], "INPUT");
}

#[test]
fn total_catches_a_unit_in_two_files() {
    let (code, v) = json(&[
        "annex3",
        "total",
        data("annex3-utf8.csv").to_str().unwrap(),
        data("annex3-gb18030.csv").to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        v["accepted"], 4,
        "the second file's valid rows repeat the first's units"
    );
    let files = v["files"].as_array().unwrap();
    assert_eq!(
        files
            .iter()
            .map(|f| f["rows"].as_array().unwrap().len())
            .sum::<usize>(),
        12,
        "12 rows in, 12 outcomes out"
    );
    let dup = files
        .iter()
        .flat_map(batch_findings)
        .find(|f| f["rule"] == "A3-TOTAL")
        .unwrap();
    assert!(
        dup["message"]["zh"]
            .as_str()
            .unwrap()
            .contains("annex3-utf8.csv"),
        "{dup}"
    );
    assert_eq!(v["totals"]["counts"]["qijin_sessions"], 26);
}

/// `--summary` and `--errors` read a CSV as it streams by, keeping no rows: their counts
/// and problems are those of the whole batch the JSON report holds.
#[test]
fn a_big_tables_counts_and_problems_file_are_the_batchs() {
    // A table with a header problem, a unit twice, a bad cell, a warning, and a row
    // after the notes: every kind of finding a streamed reader must not lose.
    let mut text = std::fs::read_to_string(data("annex3-utf8.csv")).unwrap();
    let header = text.lines().next().unwrap().to_owned();
    let wider = format!("{header},备注");
    text = text.replacen(&header, &wider, 1);
    text.push_str("市教育局,1,2,3,4,5,6,7,8,9,10,11,,\n");
    text.push_str("填表说明:1.按月填报\n市财政局,1,2,3,4,5,6,7,8,9,10,11,,\n");
    let file = tmp("streamed.csv");
    std::fs::write(&file, &text).unwrap();
    let file = file.to_str().unwrap();
    let (code, v) = json(&["annex3", "check", file]);
    assert_eq!(code, 1);
    // The JSON is written row by row as the file is read: the bytes of the whole
    // batch read at once.
    let whole = fangfei::annex3::sheet::read_rows(
        fangfei::Campaign::embedded(),
        &fangfei::annex3::sheet::Locator::Csv,
        &fangfei_cli::tables::csv_rows(&text).unwrap(),
    );
    let (_, out, _) = run(&["--format", "json", "annex3", "check", file]);
    assert_eq!(
        out.trim_end(),
        serde_json::to_string(&fangfei::wire::Batch::from(whole)).unwrap()
    );
    let rows = v["rows"].as_array().unwrap().len();
    let all = batch_findings(&v);
    let count = |severity: &str, with_totals: bool| {
        let n = all.iter().filter(|f| f["severity"] == severity).count();
        let total: usize = v["totals"]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["severity"] == severity)
            .count();
        if with_totals {
            n
        } else {
            n - total
        }
    };
    let (errors, warnings) = (count("error", false), count("warning", false));
    assert!(errors > 2 && rows > 5, "{v}");
    let line = format!(
        "{file}: 共 {rows} 行, 通过 {}, 退回 {}; 错误 {errors}, 警告 {warnings}",
        v["accepted"], v["rejected"]
    );
    let (code, listed, _) = run(&["annex3", "check", file]);
    assert_eq!((code, listed.lines().next()), (1, Some(line.as_str())));
    let (code, summary, _) = run(&["annex3", "check", file, "--summary"]);
    assert_eq!((code, summary.lines().next()), (1, Some(line.as_str())));
    assert!(summary.contains("全市合计"), "{summary}");

    let problems = tmp("streamed-problems.csv");
    let (code, out, _) = run(&[
        "annex3",
        "check",
        file,
        "--errors",
        problems.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    let written = count("error", true) + count("warning", true);
    assert!(out.contains(&format!("已写出 {written} 条问题到")), "{out}");
    let csv = std::fs::read_to_string(&problems).unwrap();
    // The mark (`# fangfei …`, issue 28), the header, then one line per problem.
    let lines: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(lines.len(), written + 1, "{csv}");
    // Each row's problems, in row order, then the table's.
    let messages: Vec<&str> = all
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| f["message"]["zh"].as_str().unwrap())
        .collect();
    assert!(messages
        .iter()
        .all(|m| csv.contains(m.split('"').next().unwrap())));
    assert!(
        lines
            .last()
            .unwrap()
            .contains("表头“备注”不是附件3活动情况统计表的栏目")
            || lines.last().unwrap().contains("填表说明"),
        "{csv}"
    );
}

#[test]
fn total_reports_unreadable_files_and_goes_on() {
    let dir = tmp("total-dir");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(data("annex3-utf8.csv"), dir.join("a.csv")).unwrap();
    std::fs::copy(data("annex3-latin1.csv"), dir.join("b.csv")).unwrap();
    std::fs::write(dir.join("c.json"), "{not json").unwrap();
    let (code, v) = json(&["annex3", "total", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    let unreadable: Vec<&str> = v["unreadable"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["place"].as_str().unwrap())
        .collect();
    assert_eq!(unreadable.len(), 2, "{v}");
    assert!(unreadable
        .iter()
        .all(|p| p.ends_with("b.csv") || p.ends_with("c.json")));
    assert_eq!(v["accepted"], 4);
}

#[test]
fn json_forms() {
    let path = tmp("forms.json");
    std::fs::write(
        &path,
        r#"[{"unit":"市教育局","qijin_sessions":"12","qijin_participants":1500,"print_broadcast":0,"online_original_works":3,"online_views":5200,"online_interactive_reach":0,"sms_sent":0,"outdoor_posters_boards":40,"outdoor_screens_ads":0,"outdoor_leaflets_gifts":2000,"news_reports":2},
            {"unit":"市公安局","qijin_sessions":-1}]"#,
    )
    .unwrap();
    let (code, v) = json(&["annex3", "check", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(v["accepted"], 1);
    assert_eq!(v["rows"][0]["table"]["counts"]["qijin_participants"], 1500);
    assert_eq!(v["rows"][1]["place"], "#2");
    let neg = batch_findings(&v)
        .into_iter()
        .find(|f| f["rule"] == "A3-NUMBER")
        .unwrap();
    assert_eq!(neg["path"], "rows[2].qijin_sessions");
}

/// A campaign whose statistics table is another: three columns in two other groups,
/// no free-text column. Its template, schema, check and total are that table's, and
/// no 2021 header is written.
#[test]
fn another_campaigns_table_is_its_own() {
    let mut c = serde_json::to_value(fangfei::Campaign::embedded()).unwrap();
    c["statistics_table"] = serde_json::json!({
        "key": "results",
        "name": {"zh": "宣传成效表", "en": "results table"},
        "title": "宣传成效统计表",
        "clause": "附件2",
        "notes": ["1. 每个单位填写一行。", "2. 未开展的项目填0。"],
        "groups": [
            {"key": "events", "name": {"zh": "线下活动", "en": "events"}},
            {"key": "media", "name": {"zh": "媒体传播", "en": "media"}}
        ],
        "columns": [
            {"key": "lectures", "group": "events", "name": {"zh": "讲座场数", "en": "lectures"}, "units": ["场"], "bound": 100},
            {"key": "audience", "group": "events", "name": {"zh": "听众人数", "en": "audience"}, "units": ["人"], "bound": 10000},
            {"key": "articles", "group": "media", "name": {"zh": "发稿篇数", "en": "articles"}, "units": ["篇"], "bound": 50}
        ],
        "cross_rules": [{
            "id": "X2-AUDIENCE", "title": {"zh": "听众与讲座", "en": "Audience and lectures"},
            "clause": "附件2", "severity": "warning",
            "if_positive": "audience", "then_positive": "lectures"
        }]
    });
    // The 2021 duties over its table's columns, and its clauses of the table's rules.
    c["duties"]
        .as_array_mut()
        .unwrap()
        .retain(|d| d["kind"] != "table");
    c["clauses"]
        .as_object_mut()
        .unwrap()
        .retain(|k, _| !k.starts_with("A3-"));
    let file = tmp("other-table-campaign.json");
    std::fs::write(&file, c.to_string()).unwrap();
    let campaign = fangfei::Campaign::from_json(&c.to_string()).unwrap();
    let words_2021: Vec<String> = {
        let t = fangfei::annex3::table_of(fangfei::Campaign::embedded()).unwrap();
        let mut w: Vec<String> = t.columns.iter().map(|c| c.name.zh.clone()).collect();
        w.extend(t.groups.iter().map(|g| g.name.zh.clone()));
        w.extend([t.clause.clone(), t.title.clone()]);
        w
    };
    let no_2021 = |what: &str, text: &str| {
        for w in &words_2021 {
            assert!(!text.contains(w.as_str()), "{what} says {w:?}: {text}");
        }
    };

    // The template: the table's title, groups, headers and notes, on a sheet named
    // after it; read back, its header is found and no row is read.
    let template = tmp("other-template.xlsx");
    let f = file.to_str().unwrap();
    let (code, _, err) = run(&[
        "--campaign",
        f,
        "annex3",
        "template",
        template.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (rows, sheet) = fangfei_cli::tables::read_workbook(&template, None).unwrap();
    assert_eq!(sheet, "宣传成效表");
    let cells = |r: usize| rows.iter().find(|(line, _)| *line == r).unwrap().1.clone();
    assert_eq!(cells(1)[0], "宣传成效统计表");
    assert_eq!(cells(2), ["填报单位", "线下活动", "", "媒体传播"]);
    assert_eq!(
        cells(3),
        ["", "讲座场数(场)", "听众人数(人)", "发稿篇数(篇)"]
    );
    let text: Vec<String> = rows.iter().flat_map(|(_, c)| c.clone()).collect();
    assert!(
        text.contains(&"填表说明:1. 每个单位填写一行。".to_owned()),
        "{text:?}"
    );
    assert!(
        text.contains(&"2. 未开展的项目填0。".to_owned()),
        "{text:?}"
    );
    no_2021("the template", &text.join("|"));
    let batch = fangfei::annex3::sheet::read_rows(
        &campaign,
        &fangfei::annex3::sheet::Locator::Sheet(sheet),
        &rows,
    );
    assert!(
        batch
            .findings
            .iter()
            .all(|f| f.severity == fangfei::Severity::Info),
        "{:#?}",
        batch.findings
    );
    assert_eq!(batch.rows.len(), 0);

    // The schema.
    let (code, out, _) = run(&["--campaign", f, "annex3", "schema"]);
    assert_eq!(code, 0);
    let schema: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(schema["title"], "宣传成效统计表");
    assert_eq!(
        schema["required"],
        serde_json::json!(["unit", "lectures", "audience", "articles"])
    );

    // A table checked and totalled: the total lists the table's columns.
    let csv = tmp("other-table.csv");
    std::fs::write(
        &csv,
        "填报单位,讲座场数,听众人数,发稿篇数\n市教育局,2场,80,1\n南街街道,0,30,0\n",
    )
    .unwrap();
    let (code, out, _) = run(&["--campaign", f, "annex3", "check", csv.to_str().unwrap()]);
    assert_eq!(code, 0, "a warning is no error: {out}");
    assert!(out.contains("提醒 — 讲座场数为0,听众人数却为30人"), "{out}");
    assert!(out.contains("讲座场数(场)") && out.contains("110"), "{out}");
    no_2021("the check", &out);
    let (code, v) = json(&["--campaign", f, "annex3", "total", csv.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(
        v["totals"]["counts"],
        serde_json::json!({"lectures": 2, "audience": 110, "articles": 1})
    );
}

/// A workbook of several sheets: `annex3 check` reads the one named after the campaign's
/// table (2021: 附件3), whichever campaign it runs under, else the first visible one.
#[test]
fn a_workbooks_table_sheet_is_the_campaigns() {
    use rust_xlsxwriter::Workbook;
    let campaign = fixture("synthetic-table-2023.json");
    let units = fixture("synthetic-table-2023.units.json");
    let path = tmp("two-tables.xlsx");
    let mut wb = Workbook::new();
    let sheets: [(&str, &[&str], &str); 3] = [
        ("说明", &["填表说明"], "说明"),
        (
            "附件3",
            &[
                "填报单位",
                "活动场次(次)",
                "参与群众(人次)",
                "被新闻媒体报道(次)",
            ],
            "市教育局",
        ),
        (
            "合成活动统计表",
            &["填报单位", "宣讲场次(场)", "受众人数(人)", "发放资料(份)"],
            "合成填报单位甲",
        ),
    ];
    for (name, header, unit) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        for (c, h) in header.iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        ws.write_string(1, 0, unit).unwrap();
        for c in 1..header.len() {
            ws.write_number(1, c as u16, 1.0).unwrap();
        }
    }
    wb.save(&path).unwrap();
    let file = path.to_str().unwrap();
    let (_, v) = json(&[
        "--campaign",
        &campaign,
        "--units",
        &units,
        "annex3",
        "check",
        file,
    ]);
    assert_eq!(v["rows"][0]["unit"], "合成填报单位甲", "{v}");
    assert_eq!(v["rows"][0]["place"], "合成活动统计表!A2", "{v}");
    let (_, v) = json(&["annex3", "check", file]);
    assert_eq!(v["rows"][0]["unit"], "市教育局", "{v}");
    // --sheet still chooses.
    let (_, v) = json(&["annex3", "check", file, "--sheet", "附件3"]);
    assert_eq!(v["rows"][0]["unit"], "市教育局", "{v}");
}

/// A table named with characters a sheet's name cannot hold, and too long for one: the
/// reports and the template are written all the same, with sheet names Excel takes.
#[test]
fn any_table_name_gives_sheets_excel_takes() {
    let mut c: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("synthetic-table-2023.json")).unwrap(),
    )
    .unwrap();
    let name = "'各单位[线上/线下]宣传活动情况统计表:第一批*?汇总(含各乡镇、街道及市直各部门)'";
    c["statistics_table"]["name"]["zh"] = Value::from(name);
    c["statistics_table"]["clause"] = Value::from("附件四:宣传活动情况统计表(第一批)");
    c["materials"][0]["name"]["zh"] = Value::from(name);
    let file = tmp("odd-table-name.json");
    std::fs::write(&file, c.to_string()).unwrap();
    let dir = tmp("odd-table-records");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.json"),
        r#"{"unit": "合成填报单位甲", "stats_table": {"unit": "合成填报单位甲", "talks": 0, "audience": 30, "leaflets": 1}}"#,
    )
    .unwrap();
    let (xlsx, html, template) = (tmp("odd.xlsx"), tmp("odd.html"), tmp("odd-template.xlsx"));
    let units = fixture("synthetic-table-2023.units.json");
    let base = [
        "--campaign",
        file.to_str().unwrap(),
        "--units",
        units.as_str(),
    ];
    let (code, _, err) = run(&[
        &base[..],
        &[
            "audit",
            dir.to_str().unwrap(),
            "--xlsx",
            xlsx.to_str().unwrap(),
            "--html",
            html.to_str().unwrap(),
        ],
    ]
    .concat());
    assert_eq!(code, 1, "{err}");
    let (code, _, err) = run(&[
        &base[..],
        &["annex3", "template", template.to_str().unwrap()],
    ]
    .concat());
    assert_eq!(code, 0, "{err}");
    let valid = |n: &str| {
        !n.is_empty()
            && n.encode_utf16().count() <= 31
            && !n.contains(['[', ']', ':', '*', '?', '/', '\\'])
            && !n.starts_with('\'')
            && !n.ends_with('\'')
    };
    let names: Vec<String> = fangfei_cli::tables::read_workbook_sheets(&xlsx)
        .unwrap()
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert!(names.iter().all(|n| valid(n)), "{names:?}");
    // Neither its clause nor its name is short: the narrow column and the sheet of
    // tables sent back say 统计表.
    assert!(names.contains(&"统计表退回".to_owned()), "{names:?}");
    let (_, sheet) = fangfei_cli::tables::read_workbook(&template, None).unwrap();
    assert!(valid(&sheet), "{sheet}");
    // The page says the name as it is, escaped.
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<h2>&apos;各单位[线上/线下]"), "{page}");
}

#[test]
fn xlsx_template_filled_and_read_back() {
    use rust_xlsxwriter::Workbook;
    let template = tmp("template.xlsx");
    let (code, _, err) = run(&["annex3", "template", template.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // The blank template reads as a table with its header found and no data rows.
    let (rows, sheet) = fangfei_cli::tables::read_workbook(&template, None).unwrap();
    assert_eq!(sheet, "附件3");
    let batch = fangfei::annex3::sheet::read_rows(
        fangfei::Campaign::embedded(),
        &fangfei::annex3::sheet::Locator::Sheet(sheet.clone()),
        &rows,
    );
    // Only a note that the signature lines (填报单位(盖章)、填表人 …) are no unit.
    assert!(
        batch
            .findings
            .iter()
            .all(|f| f.severity == fangfei::Severity::Info),
        "{:#?}",
        batch.findings
    );
    assert_eq!(batch.rows.len(), 0);
    let xml = xlsx_part(&template, "xl/worksheets/sheet1.xml");
    assert!(xml.contains(r#"orientation="landscape""#) && xml.contains(r#"fitToPage="1""#));
    assert!(
        xlsx_part(&template, "xl/workbook.xml").contains("附件3!$2:$3"),
        "the two header rows repeat"
    );

    // Fill it programmatically: the template's rows, then two units under the header.
    let filled = tmp("filled.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(&sheet).unwrap();
    let header_row = rows
        .iter()
        .position(|(_, cells)| cells.iter().any(|c| c == "活动场次(次)"))
        .unwrap();
    for (r, (_, cells)) in rows.iter().take(header_row + 1).enumerate() {
        for (c, text) in cells.iter().enumerate() {
            ws.write_string(r as u32, c as u16, text).unwrap();
        }
    }
    let first = header_row as u32 + 1;
    ws.write_string(first, 0, "市教育局").unwrap();
    ws.write_string(first + 1, 0, "南街街道").unwrap();
    for c in 1..=11u16 {
        ws.write_number(first, c, f64::from(c) * 10.0).unwrap();
        ws.write_number(first + 1, c, f64::from(c)).unwrap();
    }
    ws.write_string(first + 1, 2, "无").unwrap(); // a blank in C
    ws.write_string(first, 12, "快闪、微视频").unwrap();
    wb.save(&filled).unwrap();

    let (code, v) = json(&["annex3", "check", filled.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(v["accepted"], 1);
    assert_eq!(v["rows"][0]["table"]["counts"]["qijin_sessions"], 10);
    assert_eq!(
        v["rows"][0]["table"]["otherMethods"],
        serde_json::json!(["快闪", "微视频"])
    );
    let blank = batch_findings(&v)
        .into_iter()
        .find(|f| f["rule"] == "A3-BLANK")
        .unwrap();
    assert_eq!(blank["place"], format!("{}!C{}", sheet, first + 2));
    assert_eq!(blank["path"], "rows[2].qijin_participants");

    // A batch workbook of the accepted rows with a city total reads back to the same total.
    let out = tmp("batch.xlsx");
    let (code, v1) = json(&[
        "annex3",
        "total",
        filled.to_str().unwrap(),
        "--xlsx",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    let (code, v2) = json(&["annex3", "check", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{v2}");
    assert_eq!(v2["totals"], v1["totals"]);
    assert!(
        batch_findings(&v2).iter().all(|f| f["rule"] != "A3-TOTAL"),
        "the stated 合计 row matches"
    );
}

#[test]
fn schema_is_draft_2020_12() {
    let (code, v) = json(&["annex3", "schema"]);
    assert_eq!(code, 0);
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let (_, bounded) = json(&["annex3", "schema", "--bounds"]);
    assert_eq!(bounded["properties"]["qijin_sessions"]["maximum"], 5000);
}

/// Every finding of an audit (`fangfei::wire::Audit`): the set's and each audited
/// record's.
fn audit_findings(v: &Value) -> Vec<&Value> {
    let units = v["units"].as_array().unwrap();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .chain(
            units
                .iter()
                .filter(|u| u["counted"] == true)
                .flat_map(|u| u["findings"].as_array().unwrap()),
        )
        .collect()
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/lingyuan-2021")
}

#[test]
fn audit_of_the_examples() {
    let (code, v) = json(&["audit", examples().to_str().unwrap()]);
    assert_eq!(code, 1, "the examples break rules on purpose");
    assert_eq!(v["inputs"], 49);
    assert_eq!(
        v["units"].as_array().unwrap().len(),
        52,
        "the whole roster (24 member units, 27 towns and streets) but three missing returns, and one town off it"
    );
    assert_eq!(
        v["missingUnits"],
        serde_json::json!(["市林业和草原局", "佛爷洞乡", "河坎子乡"])
    );
    // Only the four materials of 二(三)2 are deducted, one deduction per delivery.
    let deductions = v["deductions"].as_array().unwrap();
    assert_eq!(
        deductions.len(),
        17,
        "9, and 4 for each town that sent nothing (市自然资源局's table is held, its receipt not: 无法判断)"
    );
    for d in deductions {
        let rule = d["rule"].as_str().unwrap();
        assert!(
            [
                "D-PLAN",
                "D-PROGRESS-1",
                "D-PROGRESS-2",
                "D-STATS",
                "D-SUMMARY"
            ]
            .contains(&rule),
            "{d}"
        );
    }
    assert_eq!(v["bonuses"].as_array().unwrap().len(), 2);
    for f in audit_findings(&v) {
        for k in ["rule", "severity", "unit", "message"] {
            assert!(!f[k].is_null(), "{k} missing in {f}");
        }
    }
    let late = audit_findings(&v)
        .into_iter()
        .find(|f| f["unit"] == "市科技局" && f["rule"] == "D-PLAN")
        .unwrap();
    assert_eq!(late["outcome"], "fail");
    assert_eq!(late["effect"], "deduction");
    assert_eq!(v["annex3"]["accepted"], 48);
    // Both languages in every message; --lang chooses the terminal's, not the JSON's.
    assert!(
        late["message"]["en"].as_str().unwrap().contains("20m late"),
        "{late}"
    );
    let (_, en) = json(&["--lang", "en", "audit", examples().to_str().unwrap()]);
    assert_eq!(en, v);
}

#[test]
fn audit_as_of_mid_campaign_shows_pending() {
    let (_, v) = json(&[
        "audit",
        examples().to_str().unwrap(),
        "--as-of",
        "2021-06-20T12:00",
    ]);
    let edu = v["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == "市教育局")
        .unwrap();
    assert_eq!(edu["outcomes"]["D-SUMMARY"], "pending");
    assert_eq!(edu["outcomes"]["D-PLAN"], "pass");
}

#[test]
fn check_one_unit() {
    let (code, v) = json(&["check", examples().join("市教育局.json").to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["unit"], "市教育局");
    assert_eq!(v["outcomes"]["M-QIJIN-3"], "pass");
    assert_eq!(v["outcomes"]["M-GRID"], "not_applicable");
    let (code, v) = json(&["check", examples().join("市科技局.json").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(v["outcomes"]["D-PLAN"], "fail");
    let (code, out, _) = run(&["check", examples().join("市科技局.json").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("逾期20分钟"), "{out}");
    // An activity of a kind outside 七进 is listed with why it is not counted; only
    // rules that do not apply to the unit at all are left out, and counted.
    let mut r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(examples().join("市教育局.json")).unwrap())
            .unwrap();
    r["outreach"][0]["kind"] = "进商场".into();
    let path = tmp("outreach-outside.json");
    std::fs::write(&path, r.to_string()).unwrap();
    let (_, out, _) = run(&["check", path.to_str().unwrap()]);
    assert!(out.contains("“进商场”不在“七进”之列"), "{out}");
    assert!(out.contains("项规则不适用(未列出)"), "{out}");
}

#[test]
fn malformed_record_says_where() {
    let path = tmp("bad-record.json");
    std::fs::write(
        &path,
        "{\n  \"unit\": \"市教育局\",\n  \"media_works\": [{\"title\": 1}]\n}",
    )
    .unwrap();
    let (code, _, err) = run(&["--lang", "en", "check", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    // Every problem, each at its path.
    assert!(
        err.contains("media_works[0].title: expected a string"),
        "{err}"
    );
    assert!(
        err.contains("media_works[0].channel: missing field"),
        "{err}"
    );
    // In Chinese by default, each place named as the ledger heads it, no path
    // (issue 29, item 19).
    let (_, _, zh) = run(&["check", path.to_str().unwrap()]);
    assert!(
        zh.contains("单位记录不予接受:媒体宣传作品第1条的标题:应为字符串,实为数字;媒体宣传作品第1条的渠道:缺少此字段"),
        "{zh}"
    );
    std::fs::write(
        &path,
        "{\n  \"unit\": \"市教育局\",\n  \"media_works\": [\n}",
    )
    .unwrap();
    let (code, _, err) = run(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("第4行"), "{err}");
    // A key given twice would lose its first value: refused at its line.
    std::fs::write(
        &path,
        "{\"unit\": \"市教育局\",\n\"media_works\": [],\n\"media_works\": []}",
    )
    .unwrap();
    let (code, _, err) = run(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("(\"media_works\")") && err.contains("第3行"),
        "{err}"
    );
}

#[test]
fn audit_reports_every_file() {
    let dir = tmp("audit-dir");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(examples().join("市教育局.json"), dir.join("a.json")).unwrap();
    std::fs::copy(examples().join("市教育局.json"), dir.join("b.json")).unwrap();
    std::fs::write(
        dir.join("c.json"),
        "{\"unit\": \"市公安局\", \"colour\": 1}",
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "hello").unwrap();
    std::fs::write(dir.join("d.json"), "{\"unit\": \"市交通部\"}").unwrap();
    let (code, v) = json(&["audit", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(v["inputs"], 5);
    // Each message after its place (the file it is about).
    let msgs: Vec<String> = audit_findings(&v)
        .iter()
        .map(|f| {
            let place = f["place"].as_str().unwrap_or("");
            format!("{place}: {}", f["message"]["en"].as_str().unwrap_or(""))
        })
        .collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("two records") && m.contains("a.json") && m.contains("b.json")),
        "{msgs:#?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.contains("c.json") && m.contains("unknown field")),
        "{msgs:#?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.contains("notes.txt") && m.contains("not a unit record")),
        "{msgs:#?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.contains("市交通部") && m.contains("市交通局")),
        "closest name suggested: {msgs:#?}"
    );
}

/// Every finding of scored sheets (`fangfei::wire::Scored`), with its sheet's line.
fn sheet_findings(v: &Value) -> Vec<(u64, &Value)> {
    v["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|o| {
            let line = o["line"].as_u64().unwrap();
            o["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |f| (line, f))
        })
        .collect()
}

fn quiz(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/quiz")
        .join(name)
        .to_str()
        .unwrap()
        .to_owned()
}

#[test]
fn quiz_score_of_the_example_day() {
    let (code, v) = json(&[
        "quiz",
        "score",
        &quiz("sheets-2021-06-15.jsonl"),
        "--papers",
        &quiz("papers.json"),
    ]);
    assert_eq!(code, 1, "the example day has refused sheets on purpose");
    // The sheet with a malformed optional phone counts (a warning): 6 refused.
    assert_eq!(v["refused"], 6);
    let rules: Vec<&str> = sheet_findings(&v)
        .iter()
        .map(|(_, f)| f["rule"].as_str().unwrap())
        .collect();
    for r in [
        "Q-WINDOW",
        "Q-ONCE-A-DAY",
        "Q-REG-REGION",
        "Q-REG-NAME",
        "Q-REG-PHONE",
        "Q-SCORE",
    ] {
        assert!(rules.contains(&r), "{r} missing: {rules:?}");
    }
    for (_, f) in sheet_findings(&v) {
        for k in ["rule", "severity", "path", "message"] {
            assert!(!f[k].is_null(), "{k} in {f}");
        }
    }
    assert_eq!(
        v["outcomes"].as_array().unwrap().len(),
        327,
        "327 sheets in, 327 outcomes out"
    );
    assert_eq!(v["counted"], 321);
    assert_eq!(v["standings"].as_array().unwrap().len(), 32);
    let first = &v["outcomes"][1];
    assert_eq!(first["questions"].as_array().unwrap().len(), 8);
}

/// A stream out of time order: an account's 12:00 sheet read before its 10:30 sheet of
/// the same day. The earlier one counts; the text report says the later one no longer
/// does, and counts it refused, as the JSON does (it was lost from both once).
#[test]
fn quiz_score_says_a_sheet_an_earlier_one_replaced() {
    let paper =
        &serde_json::from_str::<Value>(&std::fs::read_to_string(quiz("papers.json")).unwrap())
            .unwrap()[0];
    let answers: serde_json::Map<String, Value> = paper["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| (q["id"].as_str().unwrap().to_owned(), q["key"].clone()))
        .collect();
    let path = tmp("out-of-order.jsonl");
    let lines: Vec<String> = ["2021-06-15T12:00:00+08:00", "2021-06-15T10:30:00+08:00"]
        .iter()
        .map(|at| {
            serde_json::json!({"participant": "u1", "name": "张三", "region": "北京",
                "submitted_at": at, "answers": answers})
            .to_string()
        })
        .collect();
    std::fs::write(&path, lines.join("\n")).unwrap();
    let args = [
        "quiz",
        "score",
        path.to_str().unwrap(),
        "--papers",
        &quiz("papers.json"),
    ];
    let (code, out, _) = run(&args);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("out-of-order.jsonl:1 u1"), "{out}");
    assert!(out.contains("不予受理 1"), "{out}");
    let (_, v) = json(&args);
    assert_eq!(v["refused"], 1);
    assert_eq!(v["outcomes"][0]["counted"], false);

    // Over two files, the replaced sheets are placed by file and line: a later file
    // replaces sheets of the first, and one of its own sheets is replaced in turn
    // (u2's 11:00, then 10:20 in the second file). The JSON reads the sheets twice and
    // settles each; the text report reads them once: the same refusals.
    let sheet = |who: &str, at: &str| {
        serde_json::json!({"participant": who, "name": "张三", "region": "北京",
            "submitted_at": at, "answers": answers})
        .to_string()
    };
    let first = tmp("replaced-a.jsonl");
    let second = tmp("replaced-b.jsonl");
    std::fs::write(
        &first,
        [
            sheet("u1", "2021-06-15T12:00:00+08:00"),
            String::new(),
            sheet("u2", "2021-06-16T11:00:00+08:00"),
            sheet("u3", "2021-06-16T11:00:00+08:00"),
        ]
        .join("\n"),
    )
    .unwrap();
    std::fs::write(
        &second,
        [
            sheet("u2", "2021-06-16T10:50:00+08:00"),
            sheet("u1", "2021-06-15T10:30:00+08:00"),
            sheet("u2", "2021-06-16T10:20:00+08:00"),
        ]
        .join("\n"),
    )
    .unwrap();
    let args = [
        "quiz",
        "score",
        first.to_str().unwrap(),
        second.to_str().unwrap(),
        "--papers",
        &quiz("papers.json"),
    ];
    let (_, out, _) = run(&args);
    let told: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("不再计分"))
        .map(|l| l.split(" — ").next().unwrap())
        .map(|l| l.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        told,
        [
            "replaced-a.jsonl:1 u1",
            "replaced-a.jsonl:3 u2",
            "replaced-b.jsonl:1 u2"
        ],
        "{out}"
    );
    assert!(out.contains("不予受理 3"), "{out}");
    let (_, v) = json(&args);
    assert_eq!(v["refused"], 3);
}

#[test]
fn quiz_standings_mask_names_unless_asked() {
    let (code, v) = json(&[
        "quiz",
        "standings",
        &quiz("sheets-2021-06-15.jsonl"),
        "--papers",
        &quiz("papers.json"),
        "--day",
        "6月15日",
        "--strategy",
        "mean_per_participant",
        "--top",
        "5",
    ]);
    // The example day has refused sheets on purpose: said, and the status says so.
    assert_eq!(code, 1);
    assert_eq!(
        (v["notCounted"].as_u64(), v["unreadable"].as_u64()),
        (Some(6), Some(0))
    );
    assert_eq!(v["top"].as_array().unwrap().len(), 5);
    assert_eq!(v["strategy"], "mean_per_participant");
    let names: Vec<&str> = v["individuals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(names.iter().all(|n| n.contains('*')), "{names:?}");
    let (_, v) = json(&[
        "quiz",
        "standings",
        &quiz("sheets-2021-06-15.jsonl"),
        "--papers",
        &quiz("papers.json"),
        "--unmask",
    ]);
    assert!(v["individuals"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| !p["name"].as_str().unwrap().contains('*')));
    // No phone number ever appears in the output.
    let (_, out, _) = run(&[
        "--format",
        "json",
        "quiz",
        "score",
        &quiz("sheets-2021-06-15.jsonl"),
        "--papers",
        &quiz("papers.json"),
    ]);
    let sheets = std::fs::read_to_string(quiz("sheets-2021-06-15.jsonl")).unwrap();
    for line in sheets.lines().take(50) {
        let s: Value = serde_json::from_str(line).unwrap();
        if let Some(p) = s["phone"].as_str() {
            assert!(!out.contains(p), "phone {p} leaked");
        }
    }
}

#[test]
fn quiz_from_csv() {
    let path = tmp("sheets.csv");
    std::fs::write(
        &path,
        "participant,name,region,phone,unit,submitted_at,1,2,3,4,5,6,7,8\n\
         u1,张三,辽宁,,,2021-06-15T11:00:00+08:00,A,A,A,对,错,对,AB,BC\n\
         u2,李四,台湾,,,2021-06-15T11:00:00+08:00,A,A,A,对,错,对,AB,BC\n\
         u3,王五,北京,,,not a time,A,A,A,对,错,对,AB,BC\n",
    )
    .unwrap();
    let (code, v) = json(&[
        "quiz",
        "score",
        path.to_str().unwrap(),
        "--papers",
        &quiz("papers.json"),
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["refused"], 2);
    let lines: Vec<u64> = sheet_findings(&v)
        .iter()
        .filter(|(_, f)| f["severity"] == "error")
        .map(|(line, _)| *line)
        .collect();
    assert!(lines.contains(&3) && lines.contains(&4), "{lines:?}");
    assert_eq!(v["outcomes"][0]["counted"], true);
}

#[test]
fn quiz_score_refuses_a_sheet_that_repeats_a_key() {
    // The browser has always refused it; JSON Lines went through serde's derive, which
    // kept the last of the two answers to question 1 without a word.
    let first = std::fs::read_to_string(quiz("sheets-2021-06-15.jsonl"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned();
    let repeated = first.replacen("\"answers\":{", "\"answers\":{\"1\":\"A\",", 1);
    assert_ne!(repeated, first, "the example line has answers");
    let path = tmp("repeated-key.jsonl");
    std::fs::write(&path, format!("{first}\n{repeated}\n")).unwrap();
    let (code, v) = json(&[
        "quiz",
        "score",
        path.to_str().unwrap(),
        "--papers",
        &quiz("papers.json"),
    ]);
    assert_eq!(code, 1);
    let input: Vec<(u64, &Value)> = sheet_findings(&v)
        .into_iter()
        .filter(|(_, f)| f["rule"] == "INPUT")
        .collect();
    assert_eq!(input.len(), 1, "{v}");
    assert_eq!(input[0].0, 2);
    let msg = input[0].1["message"]["en"].as_str().unwrap();
    assert!(msg.contains("repeated key \"1\""), "{msg}");
}

/// One wire format: the command line's `--format json` and the npm package's function
/// give the same bytes for the same call.
#[test]
fn cli_json_is_the_npm_packages_json() {
    use fangfei_wasm::api;
    let stdout = |args: &[&str]| {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        let (_, out, err) = run(&all);
        assert!(
            out.ends_with('\n') && out.lines().count() == 1,
            "{out}{err}"
        );
        out.trim_end().to_owned()
    };
    let read = |p: &Path| fangfei::json::parse(&std::fs::read_to_string(p).unwrap()).unwrap();

    // A unit record, as of the end of the campaign.
    let record = examples().join("市科技局.json");
    assert_eq!(
        stdout(&["check", record.to_str().unwrap()]),
        api::check_unit(&read(&record), None, None).unwrap()
    );
    // Annex 3 forms.
    let forms = tmp("wire-forms.json");
    std::fs::write(
        &forms,
        r#"[{"unit":"市教育局","qijin_sessions":"12次","qijin_participants":1500,"print_broadcast":0,"online_original_works":3,"online_views":"5,200","online_interactive_reach":0,"sms_sent":0,"outdoor_posters_boards":40,"outdoor_screens_ads":0,"outdoor_leaflets_gifts":2000,"news_reports":2},
            {"unit":"市公安局","qijin_sessions":-1}, {"unit":"市教育局"}]"#,
    )
    .unwrap();
    assert_eq!(
        stdout(&["annex3", "check", forms.to_str().unwrap()]),
        api::validate_forms(&read(&forms), fangfei::Campaign::embedded()).unwrap()
    );
    // Quiz sheets with their papers (every line of the example day, as an array).
    let sheets_file = quiz("sheets-2021-06-15.jsonl");
    let sheets: Vec<Value> = std::fs::read_to_string(&sheets_file)
        .unwrap()
        .lines()
        .map(|l| fangfei::json::parse(l).unwrap())
        .collect();
    let papers = read(Path::new(&quiz("papers.json")));
    let input = serde_json::json!({ "papers": papers, "sheets": sheets, "strategy": "best_single_day", "top": 3 });
    assert_eq!(
        stdout(&[
            "quiz",
            "score",
            &sheets_file,
            "--papers",
            &quiz("papers.json"),
            "--strategy",
            "best_single_day",
            "--top",
            "3"
        ]),
        api::score_sheets(&input, None).unwrap()
    );
    // The catalogue.
    assert_eq!(stdout(&["rules"]), api::rules(None).unwrap());
    // The timeline: the calendar holds the events and the moment the npm package gives.
    let cal: Value =
        serde_json::from_str(&stdout(&["timeline", "--at", "2021-06-15T10:00"])).unwrap();
    let moment: Value =
        serde_json::from_str(&api::timeline("2021-06-15T10:00", None).unwrap()).unwrap();
    let events: Value = serde_json::from_str(&api::events(None).unwrap()).unwrap();
    assert_eq!((&cal["moment"], &cal["events"]), (&moment, &events));
}

#[test]
fn a_workbook_that_breaks_the_spreadsheet_reader_is_refused() {
    // Found by the fuzzer: a cell reference of too many letters overflows inside
    // calamine. A refusal with exit status 2, never a crash.
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/seeds/annex3_xlsx/overflowing-cell-reference.xlsx");
    let bytes = std::fs::read(&seed).unwrap();
    let result = fangfei_cli::tables::read_workbook_bytes(bytes, None);
    assert!(result.is_err());
    let path = tmp("overflowing.xlsx");
    std::fs::copy(&seed, &path).unwrap();
    let (code, v) = json(&["annex3", "check", path.to_str().unwrap()]);
    assert_eq!(code, 2, "{v}");
    assert_eq!(v["error"]["code"], "INPUT");
}

#[test]
fn help_and_usage_errors_in_the_chosen_language() {
    // RULES.md §8: help, usage and errors in Chinese by default.
    for args in [
        vec!["--help"],
        vec!["quiz", "score", "--help"],
        vec!["annex3", "total", "--help"],
    ] {
        let (code, out, _) = run(&args);
        assert_eq!(code, 0, "{args:?}");
        assert!(
            out.contains("用法:fangfei") && out.contains("显示帮助"),
            "{out}"
        );
        for english in [
            "Usage",
            "Options",
            "Print help",
            "[OPTIONS]",
            "default:",
            "possible values",
        ] {
            assert!(!out.contains(english), "{english} in {args:?}:\n{out}");
        }
    }
    for (args, says) in [
        (vec!["nonsense"], "不认识的命令“nonsense”"),
        (vec!["audit"], "缺少必需的参数"),
        (vec!["--format", "xml", "rules"], "可用:text、json"),
        (vec!["rules", "--bogus"], "不认识的参数"),
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains(says) && err.contains("用法:"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("error:"), "{err}");
    }
    let (code, out, _) = run(&["--lang", "en", "--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Usage:") && out.contains("Print help"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn only_regular_files_are_read_and_never_past_their_limit() {
    // A pipe named x.json would block forever, a link to /dev/zero read forever.
    let dir = tmp("devices");
    std::fs::create_dir_all(&dir).unwrap();
    let zero = dir.join("zero.json");
    let _ = std::fs::remove_file(&zero);
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let fifo = dir.join("pipe.json");
    let _ = std::fs::remove_file(&fifo);
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    for args in [
        vec!["check", fifo.to_str().unwrap()],
        vec!["check", zero.to_str().unwrap()],
        vec!["--campaign", zero.to_str().unwrap(), "rules"],
        vec![
            "quiz",
            "score",
            zero.to_str().unwrap(),
            "--papers",
            zero.to_str().unwrap(),
        ],
        vec!["annex3", "check", zero.to_str().unwrap()],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("不是普通文件"), "{args:?}: {err}");
    }
    // In an audit the pipe is one refused input among the others, and nothing blocks.
    std::fs::copy(examples().join("市教育局.json"), dir.join("市教育局.json")).unwrap();
    std::fs::remove_file(&zero).unwrap();
    let (_, v) = json(&["audit", dir.to_str().unwrap()]);
    assert_eq!(v["inputs"], 2);
    assert!(
        v["findings"].to_string().contains("pipe.json"),
        "{}",
        v["findings"]
    );
}

#[test]
fn a_bom_is_dropped_from_every_json_input() {
    let path = tmp("bom-record.json");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(examples().join("市教育局.json")).unwrap());
    std::fs::write(&path, bytes).unwrap();
    let (code, v) = json(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    let lines = tmp("bom-sheets.jsonl");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(quiz("sheets-2021-06-15.jsonl")).unwrap());
    std::fs::write(&lines, bytes).unwrap();
    let (_, v) = json(&[
        "quiz",
        "score",
        lines.to_str().unwrap(),
        "--papers",
        &quiz("papers.json"),
    ]);
    assert_eq!(v["refused"], 6, "the first line is read like the others");
}

#[test]
fn an_endless_line_is_one_refused_sheet() {
    let path = tmp("long-line.jsonl");
    let mut text = std::fs::read_to_string(quiz("sheets-2021-06-15.jsonl")).unwrap();
    text.push_str(&"x".repeat((1 << 20) + 5));
    text.push('\n');
    std::fs::write(&path, text).unwrap();
    let (_, v) = json(&[
        "quiz",
        "score",
        path.to_str().unwrap(),
        "--papers",
        &quiz("papers.json"),
    ]);
    assert_eq!(
        v["outcomes"].as_array().unwrap().len(),
        328,
        "327 sheets and the long line"
    );
    assert!(
        v.to_string().contains("超过上限"),
        "the line is refused, said why"
    );
}

#[test]
fn control_characters_never_reach_the_terminal() {
    // A unit name with a newline and an escape sequence: it may not forge a line of the
    // report ("市财政局 ✓ 全部符合") or clear the screen.
    let dir = tmp("injection");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.json"),
        "{\"unit\": \"市财政局\\n市财政局 ✓ 全部符合\\u001b[2J\", \"annex3\": {\"unit\": \"x\\u001b]0;title\\u0007\"}}",
    )
    .unwrap();
    let (_, out, err) = run(&["audit", dir.to_str().unwrap()]);
    let all = format!("{out}{err}");
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all:?}");
    assert!(
        !all.lines().any(|l| l.starts_with("市财政局 ✓")),
        "a forged line: {all}"
    );
    assert!(all.contains("含控制字符"), "{all}");
}

#[test]
fn excel_cells_are_read_for_what_they_hold() {
    // Issue 14, items 7 and 8: a hidden first sheet is not what the clerk filled in; a
    // date, a 17-digit number Excel rounded, and -0.0 in count cells.
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let header = [
        "填报单位",
        "活动场次(次)",
        "参与群众(人次)",
        "刊印份数、播放次数",
        "发布原创作品数(篇)",
        "点击量、阅读量、转发量(次)",
        "互动宣传覆盖人数(人次)",
        "发送短信(条)",
        "海报、展板(份)",
        "电子显示屏、公共交通广告、楼宇电梯广告等(次)",
        "传单、手册、赠品等(份)",
        "被新闻媒体报道(次)",
    ];
    let path = tmp("cells.xlsx");
    let mut wb = Workbook::new();
    // A hidden first sheet with a plausible table of its own.
    let hidden = wb.add_worksheet();
    hidden.set_name("旧表").unwrap();
    for (c, h) in header.iter().enumerate() {
        hidden.write_string(0, c as u16, *h).unwrap();
    }
    hidden.write_string(1, 0, "市财政局").unwrap();
    hidden.set_hidden(true);
    let ws = wb.add_worksheet();
    ws.set_name("附件3").unwrap();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "市教育局").unwrap();
    for c in 1..=11u16 {
        ws.write_number(1, c, 5.0).unwrap();
    }
    let date = Format::new().set_num_format("yyyy-mm-dd");
    ws.write_datetime_with_format(1, 2, ExcelDateTime::from_ymd(2021, 6, 15).unwrap(), &date)
        .unwrap();
    ws.write_number(1, 3, 12_345_678_901_234_567.0).unwrap();
    ws.write_number(1, 4, -0.0).unwrap();
    wb.save(&path).unwrap();

    let (_, v) = json(&["annex3", "check", path.to_str().unwrap()]);
    let row = &v["rows"][0];
    assert_eq!(
        row["unit"], "市教育局",
        "the visible 附件3, not the hidden first sheet"
    );
    assert_eq!(row["accepted"], false);
    let findings = batch_findings(&v);
    let at = |cell: &str| {
        findings
            .iter()
            .find(|f| f["place"] == cell)
            .unwrap_or_else(|| panic!("nothing at {cell}: {findings:#?}"))
    };
    assert!(at("附件3!C2")["message"]["zh"]
        .as_str()
        .unwrap()
        .contains("2021-06-15"));
    assert!(at("附件3!D2")["message"]["zh"]
        .as_str()
        .unwrap()
        .contains("超15位精度"));
    assert!(
        findings.iter().all(|f| f["place"] != "附件3!E2"),
        "-0.0 is 0: {findings:#?}"
    );
}

#[test]
fn a_cell_far_outside_the_table_is_refused_not_allocated() {
    // Issue 14, item 1: one cell at XFD1048576 made the reader allocate the whole
    // rectangle (512 GiB) and abort. It is refused by its position, at once.
    use rust_xlsxwriter::Workbook;
    let path = tmp("far-cell.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "填报单位").unwrap();
    ws.write_string(1_048_575, 16_383, "x").unwrap();
    wb.save(&path).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 10_000);
    let (code, _, err) = run(&["annex3", "check", path.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("XFD1048576") && err.contains("超出统计表的范围"),
        "{err}"
    );
}

#[test]
fn a_papers_file_with_an_unknown_key_is_refused() {
    let path = tmp("papers-extra.json");
    let papers: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(quiz("papers.json")).unwrap()).unwrap();
    std::fs::write(
        &path,
        serde_json::json!({"papers": papers, "paperz": []}).to_string(),
    )
    .unwrap();
    let (code, _, err) = run(&[
        "quiz",
        "score",
        &quiz("sheets-2021-06-15.jsonl"),
        "--papers",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("paperz"), "{err}");
}

#[test]
fn the_audit_counts_each_units_quiz_participants() {
    // Q-UNIT (二(二)1 四是) in the audit, from the sheets' 工作单位, when sheets are given.
    let (_, v) = json(&[
        "audit",
        examples().to_str().unwrap(),
        "--quiz",
        &quiz("sheets-2021-06-15.jsonl"),
        "--papers",
        &quiz("papers.json"),
    ]);
    let t = v["quizTurnout"].as_array().unwrap();
    assert_eq!(t.len(), 51, "every unit of the roster");
    let edu = t.iter().find(|u| u["unit"] == "市教育局").unwrap();
    assert_eq!(edu["participants"], 1, "written 凌源市教育局 on the sheet");
    let (_, plain) = json(&["audit", examples().to_str().unwrap()]);
    assert!(plain.get("quizTurnout").is_none());
}

// ---------------------------------------------------------------------------------
// The ledger (台账)

/// An audit's JSON without where its records came from (a file name per record, or the
/// ledger's one name).
fn without_sources(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| *k != "source")
                .map(|(k, v)| match (k.as_str(), v.as_str()) {
                    ("place", Some(p))
                        if [".json", ".xlsx", ".csv"].iter().any(|e| p.contains(e)) =>
                    {
                        (k.clone(), Value::Null)
                    }
                    _ => (k.clone(), without_sources(v)),
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_sources).collect()),
        other => other.clone(),
    }
}

/// The XML of one part of a written workbook.
fn xlsx_part(path: &Path, part: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name(part).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn a_ledger_made_from_the_examples_audits_as_their_records() {
    // The generator's ledger (scripts/gen-lingyuan-examples.py) is the one the
    // records make today, byte for byte.
    let fresh = tmp("台账.xlsx");
    let (code, out, err) = run(&[
        "ledger",
        "template",
        fresh.to_str().unwrap(),
        "--from",
        examples().to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let ledger = examples().join("../台账-lingyuan-2021.xlsx");
    assert!(
        std::fs::read(&ledger).unwrap() == std::fs::read(&fresh).unwrap(),
        "examples/台账-lingyuan-2021.xlsx is stale: run python3 scripts/gen-lingyuan-examples.py"
    );
    let (_, from_json) = json(&["audit", examples().to_str().unwrap()]);
    let (code, from_ledger) = json(&["audit", ledger.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(from_ledger["units"][0]["source"], "台账-lingyuan-2021.xlsx");
    assert_eq!(without_sources(&from_ledger), without_sources(&from_json));

    // The same sheets saved as CSV, one of them in GBK as Excel on Chinese Windows
    // saves it: the same audit again.
    let dir = tmp("ledger-csv");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, rows) in fangfei_cli::tables::read_workbook_sheets(&ledger).unwrap() {
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        for (_, cells) in rows {
            w.write_record(&cells).unwrap();
        }
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let bytes = if name == "材料报送" {
            encoding_rs::GBK.encode(&text).0.into_owned()
        } else {
            text.into_bytes()
        };
        std::fs::write(dir.join(format!("台账-{name}.csv")), bytes).unwrap();
    }
    let (_, from_csv) = json(&["audit", dir.to_str().unwrap()]);
    assert_eq!(without_sources(&from_csv), without_sources(&from_json));
}

#[test]
fn a_ledger_kept_before_the_campaign_became_data_reads_as_it_did() {
    // Issue 27: the ledger an office kept with the template of v0.1 (sheets in
    // another order, the 集中宣传日 sheet's figures headed 咨询人次 and 收录举报, the
    // statements headed 活动时间 …) reads into the same records.
    let old = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/ledgers/台账-lingyuan-2021-v0.1.xlsx");
    let (_, from_json) = json(&["audit", examples().to_str().unwrap()]);
    let (code, from_ledger) = json(&["audit", old.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(without_sources(&from_ledger), without_sources(&from_json));
}

#[test]
fn the_ledger_template_has_lists_validation_notes_and_print_setup() {
    let ledger = tmp("空白台账.xlsx");
    assert_eq!(run(&["ledger", "template", ledger.to_str().unwrap()]).0, 0);
    let sheets: Vec<String> = fangfei_cli::tables::read_workbook_sheets(&ledger)
        .unwrap()
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        sheets,
        [
            "填表说明",
            "单位名单",
            "材料报送",
            "媒体作品",
            "七进活动",
            "访谈与报道",
            "集中宣传日",
            "网格与提示牌",
            "实地抽查",
            "附件3"
        ],
        "the lists' sheet is hidden"
    );
    let read = fangfei_cli::tables::read_workbook_sheets(&ledger).unwrap();
    let (_, units) = read.iter().find(|(n, _)| n == "单位名单").unwrap();
    assert_eq!(units.len(), 1 + 51, "the header and the roster");
    let (_, subs) = read.iter().find(|(n, _)| n == "材料报送").unwrap();
    assert_eq!(subs[0].1[..4], ["单位", "材料", "节点", "收到时间"]);
    let (_, notes) = read.iter().find(|(n, _)| n == "填表说明").unwrap();
    let text: String = notes.iter().flat_map(|(_, c)| c.clone()).collect();
    assert!(
        text.contains("2021-06-10 17:00"),
        "the plan's deadlines: {text}"
    );
    // 材料报送 is the third sheet: drop-down lists from the hidden sheet, date-time
    // validation, header notes, A4 landscape one page wide, the header repeated.
    let xml = xlsx_part(&ledger, "xl/worksheets/sheet3.xml");
    assert!(
        xml.contains("<formula1>选项!$A$2:$A$52</formula1>"),
        "{xml}"
    );
    assert!(xml.contains(r#"type="date""#));
    assert!(xml.contains(r#"orientation="landscape""#) && xml.contains(r#"paperSize="9""#));
    assert!(xml.contains(r#"fitToHeight="0""#));
    let book = xlsx_part(&ledger, "xl/workbook.xml");
    assert!(book.contains("_xlnm.Print_Titles"), "{book}");
    assert!(
        book.contains(r#"name="选项" sheetId="11" state="hidden""#),
        "{book}"
    );
    assert!(xlsx_part(&ledger, "xl/comments1.xml").contains("名单上的单位"));
}

#[test]
fn a_ledger_as_a_clerk_types_it() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let path = tmp("手填台账.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("材料报送").unwrap();
    for (j, h) in ["单位", "材料", "节点", "收到时间", "备注"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    let rows: [[&str; 4]; 4] = [
        ["教育局", "工作方案", "", "6月9日 15:10"],
        ["凌源市公安局", "动态", "6月16日", ""],
        ["市教肓局", "方案", "", "2021/6/9 10:00"],
        ["市司法局", "总结", "", "6月31日 9:00"],
    ];
    for (i, row) in rows.iter().enumerate() {
        for (j, c) in row.iter().enumerate() {
            ws.write_string(i as u32 + 1, j as u16, *c).unwrap();
        }
    }
    // "6/16 15:00" typed in Excel in 2026 is stored as 2026-06-16 15:00.
    let when = ExcelDateTime::from_ymd(2026, 6, 16)
        .unwrap()
        .and_hms(15, 0, 0)
        .unwrap();
    ws.write_datetime_with_format(2, 3, &when, &Format::new().set_num_format("m/d hh:mm"))
        .unwrap();
    ws.write_string(6, 0, "填表人:张三 联系电话:13812345678")
        .unwrap();
    let ws = wb.add_worksheet().set_name("七进活动").unwrap();
    for (j, h) in ["单位", "类别", "日期", "地点", "参加人数"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    for (j, c) in ["市司法局", "学校", "6月11日", "第一中学", "1.2万"]
        .iter()
        .enumerate()
    {
        ws.write_string(1, j as u16, *c).unwrap();
    }
    let ws = wb.add_worksheet().set_name("媒体作品").unwrap();
    for (j, h) in ["单位", "标题", "渠道", "发布时间"].iter().enumerate() {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    for (i, ch) in ["抖音号", "新闻头条", "微信"].iter().enumerate() {
        for (j, c) in ["市教育局", "防非宣传", ch, "2021-06-11 10:00"]
            .iter()
            .enumerate()
        {
            ws.write_string(i as u32 + 1, j as u16, *c).unwrap();
        }
    }
    wb.save(&path).unwrap();

    let (code, out, _) = run(&["audit", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        !out.contains("13812345678"),
        "a footer's phone number is never echoed"
    );
    let (_, v) = json(&["audit", path.to_str().unwrap()]);
    let findings = v["findings"].as_array().unwrap();
    let at = |place: &str| {
        findings
            .iter()
            .find(|f| f["place"] == place)
            .unwrap_or_else(|| panic!("no finding at {place}: {findings:#?}"))
    };
    let bad_day = at("材料报送!D5");
    assert_eq!(bad_day["rule"], "INPUT");
    assert!(bad_day["message"]["zh"]
        .as_str()
        .unwrap()
        .contains("本行未计入市司法局的记录"));
    let unknown = at("材料报送!A4");
    assert_eq!(unknown["rule"], "UNITS");
    assert!(
        unknown["message"]["zh"]
            .as_str()
            .unwrap()
            .contains("是否为“市教育局”"),
        "{unknown}"
    );
    assert!(at("七进活动!E2")["message"]["zh"]
        .as_str()
        .unwrap()
        .contains("请写成数字12000"));
    let year = findings.iter().find(|f| f["severity"] == "info").unwrap();
    // Only the Excel cell of 2026: 6月9日, 6月16日 and 6月11日 typed without a year are
    // the campaign's, as the template says, and not remarked.
    assert!(
        year["message"]["zh"].as_str().unwrap().contains("1处"),
        "{year}"
    );
    assert!(year["message"]["zh"]
        .as_str()
        .unwrap()
        .contains("按活动年度2021年"));
    // Besides those: no return from the units the ledger has no row of.
    let others: Vec<&Value> = findings
        .iter()
        .filter(|f| f["place"].is_null() && f["severity"] != "info")
        .collect();
    assert_eq!(others.len(), 51 - 3, "{others:#?}");
    assert!(others
        .iter()
        .all(|f| f["message"]["zh"].as_str().unwrap().starts_with("未收到")));

    // One unit of it: its plan on time, its three media works counted.
    let (_, c) = json(&["check", path.to_str().unwrap(), "--unit", "教育局"]);
    let outcome = |rule: &str| {
        c["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule)
            .map(|f| f["outcome"].clone())
    };
    assert_eq!(outcome("D-PLAN"), Some("pass".into()));
    assert_eq!(outcome("M-MEDIA-3"), Some("pass".into()));
    let (code, _, err) = run(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("--unit"), "{err}");
}

// ---------------------------------------------------------------------------------
// The office's reports

#[test]
fn the_audit_report_workbook_reads_back() {
    let xlsx = tmp("核查报告.xlsx");
    let (code, _, err) = run(&[
        "audit",
        examples().to_str().unwrap(),
        "--as-of",
        "2021-06-16 09:00",
        "--xlsx",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("已写出核查报告"), "{err}");
    let sheets = fangfei_cli::tables::read_workbook_sheets(&xlsx).unwrap();
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "总表",
            "考评",
            "问题清单",
            "未报单位",
            "附件3退回",
            "全市合计",
            "日程",
            "催报"
        ]
    );
    let sheet = |name: &str| &sheets.iter().find(|(n, _)| n == name).unwrap().1;
    // The matrix: roster order grouped by type, the rules numbered, an Annex 3 column.
    let matrix = sheet("总表");
    let header = &matrix
        .iter()
        .find(|(_, c)| c.first().is_some_and(|c| c == "单位"))
        .unwrap()
        .1;
    // The table's column, then whether the unit sent anything (its cell is its name
    // alone, issue 29, item 23).
    assert_eq!(header[header.len() - 2..], ["附件3", "未报"]);
    let a3 = header.len() - 2;
    let row = |unit: &str| {
        &matrix
            .iter()
            .find(|(_, c)| c.first().is_some_and(|c| c == unit))
            .unwrap()
            .1
    };
    assert_eq!(
        row("成员单位(24)").len(),
        1,
        "a group's heading spans the row"
    );
    assert_eq!(row("市委宣传部")[1], "✓");
    assert_eq!(row("市林业和草原局")[1], "✗");
    assert_eq!(row("市林业和草原局").last().unwrap(), "未报");
    assert_eq!(row("市市场监管局")[a3], "✗", "its table was sent back");
    let units: Vec<&str> = matrix
        .iter()
        .filter_map(|(_, c)| c.first().map(String::as_str))
        .collect();
    let at = |u: &str| units.iter().position(|x| *x == u).unwrap();
    assert!(
        at("市委宣传部") < at("市法院")
            && at("市法院") < at("乡镇街道(27)")
            && at("乡镇街道(27)") < at("城关镇街道")
    );
    // No JSON path anywhere: the office's words.
    for (name, rows) in &sheets {
        for (_, cells) in rows {
            for c in cells {
                assert!(
                    !c.contains("submissions[") && !c.contains("media_works"),
                    "{name}: {c}"
                );
            }
        }
    }
    // 催报: what falls due within the day and has not come in.
    assert!(sheet("催报")
        .iter()
        .any(|(_, c)| c.get(1).is_some_and(|m| m == "6月16日节点动态")));
    let total = sheet("全市合计");
    assert!(
        total.iter().any(
            |(_, c)| c.first().is_some_and(|c| c.starts_with("活动场次"))
                && c.get(1).is_some_and(|v| v == "334")
        ),
        "{total:?}"
    );
    // Print setup: A4 landscape, one page wide, the header row on every page.
    let xml = xlsx_part(&xlsx, "xl/worksheets/sheet1.xml");
    assert!(xml.contains(r#"orientation="landscape""#) && xml.contains(r#"paperSize="9""#));
    assert!(
        xml.contains(r#"fitToHeight="0""#) && xml.contains(r#"fitToPage="1""#),
        "{xml}"
    );
    assert!(xlsx_part(&xlsx, "xl/workbook.xml").contains("总表!$4:$4"));
}

#[test]
fn notices_go_to_the_units_with_something_to_send_or_redo() {
    let dir = tmp("通知");
    let (code, _, err) = run(&[
        "audit",
        examples().to_str().unwrap(),
        "--notices",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("份通知"), "{err}");
    let read = |unit: &str| {
        let bytes = std::fs::read(dir.join(format!("{unit}.txt"))).unwrap();
        assert!(
            bytes.starts_with("\u{feff}".as_bytes()),
            "a BOM, for Notepad and WPS"
        );
        String::from_utf8(bytes).unwrap()
    };
    // A unit that sent nothing: each material, its clause, past its deadline.
    let none = read("市林业和草原局");
    assert!(none.contains("\r\n"), "Windows line ends");
    assert!(none.contains("1. 宣传活动计划(电子版)未报送(依据:二(一))。截止时间2021年6月10日17时已过,请尽快补报。"), "{none}");
    assert!(none.contains("6. "));
    // A table sent back, with the reason.
    let market = read("市市场监管局");
    assert!(
        market.starts_with("\u{feff}关于退回统计表的通知"),
        "{market}"
    );
    assert!(market.contains("发送短信"), "{market}");
    // Participants without sessions is the library's plausibility warning: the table
    // is not sent back for it (RULES.md A3-PARTICIPANTS).
    assert!(!dir.join("市法院.txt").exists());
    // Units with nothing to do get no notice; a late plan is not asked for again.
    assert!(!dir.join("市委宣传部.txt").exists());
    assert!(!dir.join("市科技局.txt").exists());
    // A table held without its receipt is not asked for (issue 29, item 20).
    assert!(!dir.join("市自然资源局.txt").exists());
    // The notices, and the manifest that marks them as ours (issue 28).
    let files = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(files, 9 + 1);
    assert!(dir.join(".fangfei-notices").exists());
}

#[test]
fn the_city_total_workbook_is_print_ready_and_keeps_units_off_the_roster_apart() {
    let header = "填报单位,活动场次(次),参与群众(人次),刊印份数、播放次数(份/次),发布原创作品数(篇),点击量、阅读量、转发量(次),互动宣传覆盖人数(人次),发送短信(条),海报、展板(份),电子显示屏、公共交通广告、楼宇电梯广告等(次),传单、手册、赠品等(份),被新闻媒体报道(次),其他创新宣传方式(列举)";
    let csv = format!(
        "{header}\n市教育局,1,2,3,4,5,6,7,8,9,10,11,\n市教肓局,1,2,3,4,5,6,7,8,9,10,11,\n南街街道,1,1.2万,3,4,5,6,7,8,9,10,11,\n填表人:张三 联系电话:13812345678,,,,,,,,,,,,\n"
    );
    let input = tmp("returns.csv");
    std::fs::write(&input, csv).unwrap();
    let out = tmp("全市合计.xlsx");
    let (code, text, _) = run(&[
        "annex3",
        "total",
        input.to_str().unwrap(),
        "--xlsx",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{text}");
    assert!(
        !text.contains("13812345678"),
        "the signature line is no unit and is not echoed: {text}"
    );
    assert!(text.contains("落款"), "{text}");
    assert!(text.contains("请写成数字12000"), "{text}");
    assert!(text.contains("名单外单位未计入全市合计:市教肓局"), "{text}");
    let (_, v) = json(&["annex3", "total", input.to_str().unwrap()]);
    assert_eq!(v["totals"]["units"], serde_json::json!(["市教育局"]));
    assert_eq!(
        v["totals"]["outside"]["units"],
        serde_json::json!(["市教肓局"])
    );
    assert_eq!(v["totals"]["outside"]["counts"]["qijin_sessions"], 1);
    assert!(
        v.to_string()
            .contains("填报单位“市教肓局”不在本次活动的单位名单中;是否为:市教育局"),
        "the nearest roster name is suggested"
    );

    let sheets = fangfei_cli::tables::read_workbook_sheets(&out).unwrap();
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["附件3", "名单外单位", "退回", "未报"]);
    let sheet = |name: &str| &sheets.iter().find(|(n, _)| n == name).unwrap().1;
    let table = sheet("附件3");
    let total = table
        .iter()
        .find(|(_, c)| c.first().is_some_and(|c| c == "合计"))
        .unwrap();
    assert_eq!(total.1[1], "1", "the cached value of the formula");
    assert!(table
        .iter()
        .any(|(_, c)| c.first().is_some_and(|c| c.starts_with("填报单位(盖章)"))));
    assert!(table.iter().any(|(_, c)| c.iter().any(|c| c == "填表人:")));
    let xml = xlsx_part(&out, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("<f>SUM(B4:B4)</f><v>1</v>"), "{xml}");
    assert!(
        xml.contains(r#"orientation="landscape""#)
            && xml.contains(r#"paperSize="9""#)
            && xml.contains(r#"fitToHeight="0""#)
    );
    assert!(xlsx_part(&out, "xl/workbook.xml").contains("附件3!$2:$3"));
    assert_eq!(sheet("名单外单位")[1].1[..2], ["市教肓局", "市教育局"]);
    let returned = &sheet("退回")[1].1;
    assert_eq!(returned[1], "南街街道");
    assert!(returned[2].contains("12000"), "{returned:?}");
    assert_eq!(
        sheet("未报").len(),
        1 + 49,
        "the roster but 市教育局 and 南街街道 (its table sent back is on 退回)"
    );
    // The total workbook reads back to its own total, the signature lines noted.
    let (code, back) = json(&["annex3", "check", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{back}");
    assert_eq!(back["totals"]["counts"], v["totals"]["counts"]);
}

#[test]
fn quiz_exports_with_chinese_headers_score_as_json_lines() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let jsonl =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/quiz/sheets-2021-06-15.jsonl");
    let papers = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/quiz/papers.json");
    // A sheet with an answer missing (no key) has no table form (a blank cell is a
    // blank answer): the example's sheets but that one, as JSON Lines too.
    let lines: Vec<String> = std::fs::read_to_string(&jsonl)
        .unwrap()
        .lines()
        .filter(|l| {
            serde_json::from_str::<Value>(l).unwrap()["answers"]
                .as_object()
                .unwrap()
                .len()
                == 8
        })
        .map(str::to_owned)
        .collect();
    let jsonl = tmp("sheets.jsonl");
    std::fs::write(&jsonl, lines.join("\n")).unwrap();
    let sheets: Vec<Value> = lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let header = ["账号", "姓名", "地区", "手机号", "工作单位", "提交时间"];
    let questions: Vec<String> = (1..=8).map(|n| format!("第{n}题")).collect();
    let text = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "对" } else { "错" }.to_owned(),
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        other => other.to_string(),
    };
    let row = |s: &Value| -> Vec<String> {
        let mut r: Vec<String> = fangfei::quiz::Columns::FIXED
            .iter()
            .map(|k| text(&s[*k]))
            .collect();
        r.extend((1..=8).map(|n| text(&s["answers"][n.to_string()])));
        r
    };
    // CSV as the platform exports it (GBK, as Excel on Chinese Windows saves it).
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(
        header
            .iter()
            .map(|h| h.to_string())
            .chain(questions.iter().cloned()),
    )
    .unwrap();
    for s in &sheets {
        w.write_record(row(s)).unwrap();
    }
    let csv_path = tmp("答卷.csv");
    let utf8 = String::from_utf8(w.into_inner().unwrap()).unwrap();
    std::fs::write(&csv_path, encoding_rs::GBK.encode(&utf8).0).unwrap();
    // XLSX with the submission time as an Excel date cell.
    let xlsx_path = tmp("答卷.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (j, h) in header
        .iter()
        .map(|h| h.to_string())
        .chain(questions.iter().cloned())
        .enumerate()
    {
        ws.write_string(0, j as u16, h).unwrap();
    }
    for (i, s) in sheets.iter().enumerate() {
        let r = i as u32 + 1;
        for (j, c) in row(s).iter().enumerate() {
            ws.write_string(r, j as u16, c).unwrap();
        }
        let t = fangfei::Instant::parse(s["submitted_at"].as_str().unwrap()).unwrap();
        let clock = t.as_clock();
        let (d, hms) = clock.split_once(' ').unwrap();
        let mut hms = hms.split(':').map(|p| p.parse::<u8>().unwrap());
        let mut ymd = d.split('-').map(|p| p.parse::<u16>().unwrap());
        let when = ExcelDateTime::from_ymd(
            ymd.next().unwrap(),
            ymd.next().unwrap() as u8,
            ymd.next().unwrap() as u8,
        )
        .unwrap()
        .and_hms(
            u16::from(hms.next().unwrap()),
            hms.next().unwrap(),
            hms.next().unwrap(),
        )
        .unwrap();
        ws.write_datetime_with_format(
            r,
            5,
            &when,
            &Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
        )
        .unwrap();
    }
    wb.save(&xlsx_path).unwrap();

    let score = |p: &Path| {
        json(&[
            "quiz",
            "score",
            p.to_str().unwrap(),
            "--papers",
            papers.to_str().unwrap(),
        ])
    };
    let (code, from_jsonl) = score(&jsonl);
    // Lines are the file's own: a table's header is its line 1.
    fn strip(v: Value) -> Value {
        match v {
            Value::Object(m) => Value::Object(
                m.into_iter()
                    .filter(|(k, _)| k != "line" && k != "findings")
                    .map(|(k, v)| (k, strip(v)))
                    .collect(),
            ),
            Value::Array(a) => Value::Array(a.into_iter().map(strip).collect()),
            other => other,
        }
    }
    for p in [&csv_path, &xlsx_path] {
        let (c, v) = score(p);
        assert_eq!(c, code, "{p:?}");
        assert_eq!(strip(v), strip(from_jsonl.clone()), "{p:?}");
    }
}

#[test]
fn a_record_that_is_no_json_shows_its_line_with_a_caret() {
    let bad = tmp("市教育局-坏.json");
    std::fs::write(
        &bad,
        "{\n  \"unit\": \"市教育局\",\n  \"media_works\": [],\n}\n",
    )
    .unwrap();
    let (code, _, err) = run(&["check", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("4 | }"), "{err}");
    assert!(err.contains("^ 多余的逗号:最后一项后面不要加逗号"), "{err}");
    assert!(err.contains("第4行第1列"), "{err}");
    let (_, err) = {
        let (c, _, e) = run(&["--lang", "en", "check", bad.to_str().unwrap()]);
        (c, e)
    };
    assert!(err.contains("a trailing comma"), "{err}");
    // In an audit, the record's finding says the same in words.
    let dir = tmp("records-with-a-bad-one");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("市教育局.json"), "{\"unit\": “市教育局”}").unwrap();
    let (_, v) = json(&["audit", dir.to_str().unwrap()]);
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "INPUT")
        .unwrap();
    assert!(
        f["message"]["zh"]
            .as_str()
            .unwrap()
            .contains("用了中文引号"),
        "{f}"
    );
}

/// `campaign show` prints the campaign file in use, as it is: the embedded one, or
/// the one given with --campaign.
#[test]
fn campaign_show_prints_the_file_in_use() {
    let (code, out, _) = run(&["campaign", "show"]);
    assert_eq!(code, 0);
    assert_eq!(out, fangfei::campaign::LINGYUAN_2021_JSON);
    let mine = tmp("shown-campaign.json");
    let text = fangfei::campaign::LINGYUAN_2021_JSON.replace(
        "\"theme\"",
        "\"$schema\": \"campaign.schema.json\",\n  \"theme\"",
    );
    std::fs::write(&mine, &text).unwrap();
    let (code, out, _) = run(&["--campaign", mine.to_str().unwrap(), "campaign", "show"]);
    assert_eq!(code, 0);
    assert_eq!(out, text);
}

/// `campaign schema` prints the library's schema, which every campaign file is valid
/// by and which refuses a misspelt key.
#[test]
fn campaign_schema_is_the_librarys() {
    let (code, out, _) = run(&["campaign", "schema"]);
    assert_eq!(code, 0);
    let schema: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(schema, fangfei::campaign::json_schema());
    let v = jsonschema::validator_for(&schema).unwrap();
    let mut c: Value = serde_json::from_str(fangfei::campaign::LINGYUAN_2021_JSON).unwrap();
    assert!(v.is_valid(&c));
    c["phases"][0]["nmae"] = "x".into();
    assert!(!v.is_valid(&c));
}

/// `campaign check`: a refused file lists every problem with its field and its line
/// and column (an unknown key at the key, a missing one at the object lacking it),
/// exit 2; a file that loads shows its timeline, its rules and what is worth a look.
#[test]
fn campaign_check_places_each_problem_in_the_file() {
    let text = fangfei::campaign::LINGYUAN_2021_JSON
        .replacen("\"theme\"", "\"themee\"", 1)
        .replacen("\"clause\": \"二\"\n", "\"clauze\": \"二\"\n", 1)
        .replacen("\"kind\": \"deliver\"", "\"kind\": \"delivr\"", 1);
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let file = tmp("broken-campaign-to-check.json");
    std::fs::write(&file, &text).unwrap();
    let f = file.to_str().unwrap();
    let (code, out, err) = run(&["campaign", "check", f]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("活动方案文件有误,共4处"), "{out}");
    assert!(
        out.contains(&format!("{f}:{}:3: themee:未知字段", line_of("\"themee\""))),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{f}:{}:5: span.clauze:未知字段",
            line_of("\"clauze\"")
        )),
        "{out}"
    );
    // Missing: at the `{` of the span.
    let span = line_of("\"span\": {");
    assert!(
        out.contains(&format!("{f}:{span}:11: span.clause:缺少此字段")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{f}:{}:7: duties[0].kind:“delivr”不是规则种类",
            line_of("delivr")
        )),
        "{out}"
    );
    assert!(err.contains("活动方案文件有误"), "{err}");
    // In English, and as JSON (one object, nothing after it).
    let (_, out, _) = run(&["--lang", "en", "campaign", "check", f]);
    assert!(out.contains("themee: unknown field (misspelt?)"), "{out}");
    let (code, out, _) = run(&["--format", "json", "campaign", "check", f]);
    assert_eq!(code, 2);
    assert_eq!(out.lines().count(), 1, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["problems"][0]["path"], "themee");
    assert_eq!(v["problems"][0]["line"], line_of("\"themee\""));
    // Not JSON at all: the place and the cause in a clerk's words.
    std::fs::write(&file, "{\n  \"id\": “x”\n}").unwrap();
    let (code, out, _) = run(&["campaign", "check", f]);
    assert_eq!(code, 2);
    assert!(out.contains(":2:9") && out.contains("中文引号"), "{out}");
    // A file that loads: its timeline, its catalogue, and a quote from another year.
    let moved =
        fangfei::campaign::LINGYUAN_2021_JSON.replace("7月3日前报市处非办", "7月4日前报市处非办");
    std::fs::write(&file, &moved).unwrap();
    let (code, out, _) = run(&["campaign", "check", f]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("可以载入"), "{out}");
    assert!(out.contains("T-CDAY") && out.contains("M-QIJIN-3"), "{out}");
    assert!(
        out.contains("写有“7月4日”,本方案的日期字段中没有这一天"),
        "{out}"
    );
    let (_, v) = json(&["campaign", "check", f]);
    assert_eq!(v["ok"], true);
    assert_eq!(v["notes"].as_array().unwrap().len(), 1, "{v}");
    assert!(v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "D-PLAN"));
    // The embedded file has nothing to look at.
    std::fs::write(&file, fangfei::campaign::LINGYUAN_2021_JSON).unwrap();
    let (_, v) = json(&["campaign", "check", f]);
    assert_eq!(v["notes"], serde_json::json!([]));
    // An empty file says so, with no empty caret block.
    let empty = tmp("empty-campaign.json");
    std::fs::write(&empty, " \n").unwrap();
    let (code, out, _) = run(&["campaign", "check", empty.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(out.contains("第1行第1列:文件是空的"), "{out}");
    assert!(!out.contains('^'), "{out}");
    let (_, _, err) = run(&["--lang", "en", "campaign", "check", empty.to_str().unwrap()]);
    assert!(err.contains("refused: 1 problem (above)"), "{err}");
}

/// `campaign new --from lingyuan-2021 --year 2025`: a file that loads, every date
/// moved by whole weeks (06-15 kept), each listed, each day off flagged, the quiz's
/// working days recounted, the old document's facts taken out.
#[test]
fn campaign_new_moves_the_plan_to_another_year() {
    let out = tmp("campaign-2025.json");
    let o = out.to_str().unwrap();
    let (code, report, err) = run(&[
        "campaign",
        "new",
        "--from",
        "lingyuan-2021",
        "--year",
        "2025",
        "-o",
        o,
    ]);
    assert_eq!(code, 0, "{report}{err}");
    let text = std::fs::read_to_string(&out).unwrap();
    let c = fangfei::Campaign::from_json(&text).unwrap();
    assert!(text.starts_with("{\n  \"$schema\": \"campaign.schema.json\",\n"));
    assert_eq!((c.year, c.id.as_str()), (2025, "lingyuan-2025"));
    let d = |s: &str| fangfei::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    // 209 weeks: the same days of the week; the concentrated day keeps 06-15.
    assert_eq!(
        (c.span.first, c.span.last),
        (d("2025-06-05"), d("2025-07-11"))
    );
    assert_eq!(c.events[0].date, d("2025-06-15"));
    let q = c.quiz.as_ref().unwrap();
    assert_eq!(q.window.start.to_string(), "2025-06-15T10:00:00+08:00");
    assert_eq!(q.window.end.to_string(), "2025-06-28T00:00:00+08:00");
    assert_eq!(q.stated_working_days, Some(10));
    assert!(c.document_number.is_none() && c.issued_on.is_none());
    assert!(report.contains("日期整体移动209周(1463天)"), "{report}");
    assert!(
        report.contains(
            "events[0].date *     2021-06-15        二    2025-06-15        日    非工作日 !"
        ),
        "{report}"
    );
    assert!(report.contains("由9个改为10个"), "{report}");
    assert!(report.contains("duties[0].quote:6月10日"), "{report}");
    assert!(
        report.contains("document_number(原为:凌处非办〔2021〕9号)"),
        "{report}"
    );
    // The machine's list: every date field of the source is there, each day off
    // flagged with the nearest working days. (A new file: a campaign file, edited by
    // people, is never replaced without --force, issue 28.)
    let again = tmp("campaign-2025-again.json");
    let (code, v) = json(&[
        "campaign",
        "new",
        "--from",
        "lingyuan-2021",
        "--year",
        "2025",
        "-o",
        again.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["loads"], true);
    let moved = v["moved"].as_array().unwrap();
    let source: Value = serde_json::from_str(fangfei::campaign::LINGYUAN_2021_JSON).unwrap();
    let dated = |k: &str| {
        source["duties"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x.get(k).is_some())
            .count()
    };
    let fields = 2
        + 2 * source["phases"].as_array().unwrap().len()
        + source["events"].as_array().unwrap().len()
        + 2
        + dated("node")
        + dated("opens")
        + dated("due");
    assert_eq!(moved.len(), fields);
    let off: Vec<&str> = moved
        .iter()
        .filter(|m| m["dayKind"] == "weekend" || m["dayKind"] == "holiday")
        .map(|m| m["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        off,
        [
            "phases[2].last",
            "events[0].date",
            "quiz.window.start",
            "duties[6].due.due",
            "duties[7].due.due"
        ]
    );
    for m in moved {
        let day = d(m["to"].as_str().unwrap().get(..10).unwrap());
        let working = c.calendar().is_working_day(day).unwrap();
        assert_eq!(m["nearestWorkingDays"].is_array(), !working, "{m}");
    }
    // Without -o: the file on standard output, the report on standard error.
    let (code, file, report) = run(&[
        "campaign",
        "new",
        "--from",
        "lingyuan-2021",
        "--year",
        "2025",
    ]);
    assert_eq!(code, 0);
    assert_eq!(file, text);
    assert!(report.contains("须由人决定"), "{report}");
}

/// A year with no holiday table is said, never guessed; a file moved from a file.
#[test]
fn campaign_new_says_when_a_year_has_no_holiday_table() {
    let out = tmp("campaign-2027.json");
    let o = out.to_str().unwrap();
    let (code, report, _) = run(&[
        "campaign",
        "new",
        "--from",
        "lingyuan-2021",
        "--year",
        "2027",
        "-o",
        o,
        "--fixed-day",
        "none",
    ]);
    assert_eq!(code, 0, "{report}");
    assert!(report.contains("没有2027年的国务院节假日安排"), "{report}");
    assert!(
        report.contains("quiz.stated_working_days(原为9个)已删去"),
        "{report}"
    );
    let c = fangfei::Campaign::from_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(c.quiz.as_ref().unwrap().stated_working_days, None);
    // With no fixed day, the concentrated day keeps its day of the week (a Tuesday).
    assert_eq!(c.events[0].date.to_string(), "2027-06-15");
    let (_, v) = json(&[
        "campaign",
        "new",
        "--from",
        o,
        "--year",
        "2026",
        "-o",
        tmp("campaign-2026.json").to_str().unwrap(),
    ]);
    assert_eq!(v["loads"], true);
    assert_eq!(v["yearsWithoutTable"], serde_json::json!([]));
    // Refused: a name that is neither a file nor the embedded campaign, a bad day.
    let (code, _, err) = run(&[
        "campaign",
        "new",
        "--from",
        "nowhere-2021",
        "--year",
        "2025",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("找不到文件“nowhere-2021”"), "{err}");
    let (code, _, err) = run(&[
        "campaign",
        "new",
        "--from",
        "lingyuan-2021",
        "--year",
        "2025",
        "--fixed-day",
        "6月15日",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--fixed-day"), "{err}");
}

/// A plan of whole calendar months ("2022年6月全月") keeps its months when moved; its
/// concentrated day keeps 06-15 and is flagged when it falls on a Sunday.
#[test]
fn campaign_new_keeps_a_whole_month_a_whole_month() {
    let whole_june = serde_json::json!({
        "id": "whole-june-2022",
        "name": { "zh": "2022年防范非法集资宣传月活动", "en": "2022 publicity month" },
        "year": 2022,
        "span": { "first": "2022-06-01", "last": "2022-06-30", "clause": "一(二)" },
        "phases": [{ "key": "month", "id": "T-MONTH", "name": { "zh": "宣传月", "en": "month" },
                     "first": "2022-06-01", "last": "2022-06-30", "clause": "一(二)" }],
        "events": [{ "key": "concentrated_day", "id": "T-CDAY",
                     "name": { "zh": "集中宣传日", "en": "concentrated day" },
                     "date": "2022-06-15", "clause": "一(二)" }],
        "roles": [{ "key": "member_unit", "name": { "zh": "成员单位", "en": "member unit" } }],
        "units": [],
        "duties": [{ "id": "M-CDAY", "kind": "attend", "title": { "zh": "集中发声", "en": "Speaking out" },
                     "clause": "一(二)", "quote": "6月15日为集中宣传日,各成员单位要集中发声。",
                     "who": { "roles": ["member_unit"] }, "event": "concentrated_day", "venue": "own_choice" }]
    });
    let from = tmp("whole-june-2022.json");
    std::fs::write(&from, whole_june.to_string()).unwrap();
    let out = tmp("whole-june-2025.json");
    let (code, v) = json(&[
        "campaign",
        "new",
        "--from",
        from.to_str().unwrap(),
        "--year",
        "2025",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{v}");
    let c = fangfei::Campaign::from_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(
        (c.span.first.to_string(), c.span.last.to_string()),
        ("2025-06-01".into(), "2025-06-30".into())
    );
    assert_eq!(c.phases[0].last.to_string(), "2025-06-30");
    assert_eq!(c.events[0].date.to_string(), "2025-06-15");
    let fixed: Vec<&str> = v["moved"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["fixed"] == true)
        .map(|m| m["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        fixed,
        [
            "span.first",
            "span.last",
            "phases[0].first",
            "phases[0].last",
            "events[0].date"
        ]
    );
    let cday = v["moved"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["path"] == "events[0].date")
        .unwrap();
    assert_eq!(cday["dayKind"], "weekend");
    assert_eq!(
        cday["nearestWorkingDays"],
        serde_json::json!(["06-13(五)", "06-16(一)"])
    );
    // The quote keeps its words, listed all the same: the new plan's own are to be
    // copied in.
    assert_eq!(
        v["texts"],
        serde_json::json!([["duties[0].quote", "6月15日"]])
    );
    // A plan with no event on 06-15 keeps no day there by default: its two phases
    // (06-01–06-15, 06-16–06-30 around a 06-16 day) move together, by weeks.
    let mut county = whole_june.clone();
    county["span"]["last"] = "2022-06-29".into();
    county["events"][0]["date"] = "2022-06-16".into();
    let p = |first: &str, last: &str, key: &str| {
        serde_json::json!({ "key": key, "id": format!("T-{}", key.to_uppercase()),
                            "name": { "zh": key, "en": key },
                            "first": first, "last": last, "clause": "一" })
    };
    county["phases"] = serde_json::json!([
        p("2022-06-01", "2022-06-15", "a"),
        p("2022-06-16", "2022-06-29", "b")
    ]);
    let from = tmp("county-june-2022.json");
    std::fs::write(&from, county.to_string()).unwrap();
    let out = tmp("county-june-2023.json");
    let (code, v) = json(&[
        "campaign",
        "new",
        "--from",
        from.to_str().unwrap(),
        "--year",
        "2023",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["loads"], true, "{v}");
    assert!(
        v["moved"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["fixed"] == false),
        "{v}"
    );
    let c = fangfei::Campaign::from_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(c.phases[0].last.to_string(), "2023-06-14");
    assert_eq!(c.phases[1].first.to_string(), "2023-06-15");
    assert_eq!(c.events[0].date.to_string(), "2023-06-15");
}

/// A campaign of a year with no holiday table loads, and `campaign check` says its
/// days cannot be told working or not (exit 1), its rules still listed.
#[test]
fn campaign_check_says_when_the_calendar_has_no_table() {
    let out = tmp("campaign-2027-to-check.json");
    let o = out.to_str().unwrap();
    let (code, _, _) = run(&[
        "campaign",
        "new",
        "--from",
        "lingyuan-2021",
        "--year",
        "2027",
        "-o",
        o,
    ]);
    assert_eq!(code, 0);
    let (code, text, _) = run(&["campaign", "check", o]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("可以载入") && text.contains("[CALENDAR] 没有2027年的国务院节假日安排"),
        "{text}"
    );
    assert!(text.contains("D-PLAN"), "{text}");
    let (code, v) = json(&["campaign", "check", o]);
    assert_eq!(code, 1);
    assert_eq!(v["calendar"], Value::Null);
    assert_eq!(v["calendarProblem"]["code"], "CALENDAR");
}

/// Issue 29, item 19: the quiz's file errors in Chinese hold no API key and no bare
/// extension list in English (`(只应有papers)`, `(可用jsonl、csv、xlsx)`).
#[test]
fn quiz_file_errors_are_said_in_chinese() {
    let papers = tmp("papers-extra.json");
    std::fs::write(&papers, r#"{"papers": [], "备注": 1}"#).unwrap();
    let sheets = quiz("sheets-2021-06-15.jsonl");
    let (code, _, err) = run(&[
        "quiz",
        "score",
        &sheets,
        "--papers",
        papers.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("试卷文件中有未知的键“备注”:文件只应有试卷列表"),
        "{err}"
    );
    let txt = tmp("答卷.txt");
    std::fs::write(&txt, "").unwrap();
    let (code, _, err) = run(&[
        "quiz",
        "score",
        txt.to_str().unwrap(),
        "--papers",
        &quiz("papers.json"),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("不认识的答卷文件类型“.txt”(可用.jsonl、.json、.csv、.xlsx、.xls、.ods文件)"),
        "{err}"
    );
}
