//! Classes 6 and 7: personal numbers and control characters in free-text fields of a
//! ledger, an Annex 3 table and the records never reach an output whole or raw — not
//! the terminal, `--format json`, `--html`, `--xlsx` nor the notices — and each output
//! that masked something says so once.

use std::path::Path;

use super::{folder, run_in};

/// What must never appear in an output: the numbers whole (in each writing the inputs
/// use), an escape character, and a forged line (a newline inside one value).
const LEAKS: [&str; 10] = [
    "13812345678",
    "1234-5678",
    "1234 5678",
    "13987654321",
    "110101199003071234",
    "6222 0212 3456 7890",
    "6222021234567890",
    "\u{1b}",
    "\n市财政局 ✓ 通过",
    "\r",
];

/// The note an output carries when it masked a number.
const NOTE_ZH: &str = "部分电话、身份证号或银行卡号已隐去";

fn assert_clean(what: &str, text: &str) {
    for leak in LEAKS {
        assert!(!text.contains(leak), "{what} shows {leak:?} raw:\n{text}");
    }
}

/// A ledger as a careless clerk keeps it: a unit added to 单位名单 with a forged line
/// and an escape sequence in its name, another with a phone number in it, a signature
/// line under 材料报送, an ID number as a place, a card number as a 七进 kind, a phone
/// in a spot-check's notes, an Annex 3 row of the added unit.
fn hostile_ledger(path: &Path) {
    use rust_xlsxwriter::Workbook;
    let mut wb = Workbook::new();
    let sheet = |wb: &mut Workbook, name: &str, rows: &[&[&str]]| {
        let ws = wb.add_worksheet().set_name(name).unwrap();
        for (i, row) in rows.iter().enumerate() {
            for (j, c) in row.iter().enumerate() {
                ws.write_string(i as u32, j as u16, *c).unwrap();
            }
        }
    };
    let forged = "某某协会\n市财政局 ✓ 通过\u{1b}[2J";
    let phoned = "张三13987654321工作室";
    sheet(
        &mut wb,
        "单位名单",
        &[
            &["单位", "类型"],
            &[forged, "成员单位"],
            &[phoned, "成员单位"],
        ],
    );
    sheet(
        &mut wb,
        "材料报送",
        &[
            &["单位", "材料", "节点", "收到时间", "备注"],
            &[
                forged,
                "工作方案",
                "",
                "6月9日 15:10",
                "联系人 138 1234 5678",
            ],
            &[phoned, "工作方案", "", "6月9日 15:10", ""],
            &["市教育局", "工作方案", "", "6月9日 15:10", ""],
            &[],
            &["制表:张三 138-1234-5678"],
        ],
    );
    sheet(
        &mut wb,
        "七进活动",
        &[
            &["单位", "类别", "日期", "地点", "参加人数"],
            &[
                "市教育局",
                "学校",
                "6月11日",
                "身份证110101199003071234",
                "30",
            ],
            &[
                "市教育局",
                "卡号6222 0212 3456 7890",
                "6月12日",
                "第一中学",
                "30",
            ],
        ],
    );
    sheet(
        &mut wb,
        "实地抽查",
        &[
            &["单位", "日期", "与计划一致", "记录"],
            &[
                "市教育局",
                "6月15日",
                "否",
                "联系人13812345678\u{1b}[31m未到场",
            ],
        ],
    );
    sheet(
        &mut wb,
        "附件3",
        &[
            &["单位", "活动场次(次)", "参与群众(人次)"],
            &[forged, "3", "1,2"],
            &[phoned, "x", "5"],
        ],
    );
    wb.save(path).unwrap();
}

#[test]
fn a_ledgers_free_text_is_masked_in_every_output() {
    let dir = folder("mask-ledger");
    hostile_ledger(&dir.join("台账.xlsx"));

    let run = run_in(&dir, &["audit", "台账.xlsx", "--as-of", "2021-06-16 09:00"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_clean("the terminal", &run.all());
    assert_eq!(run.all().matches(NOTE_ZH).count(), 1, "{run:?}");

    let run = run_in(&dir, &["audit", "台账.xlsx", "--format", "json"]);
    assert_clean("--format json", &run.out);
    let v: serde_json::Value = serde_json::from_str(&run.out).unwrap();
    // The JSON quotes its strings: a raw control character would be escaped there, so
    // look for the escapes too.
    assert!(
        !run.out.contains("\\u001b") && !run.out.contains("通过\\u001b"),
        "{}",
        run.out
    );
    assert!(!run.out.contains("\\n市财政局"), "{}", run.out);
    // The machine format is the npm package's, byte for byte: it carries the masked
    // forms, and no note.
    assert!(v.to_string().contains("139****4321"), "{}", run.out);

    let run = run_in(
        &dir,
        &[
            "audit",
            "台账.xlsx",
            "--html",
            "报告.html",
            "--xlsx",
            "报告.xlsx",
            "--notices",
            "通知",
        ],
    );
    assert!(run.code == 1, "{run:?}");
    let html = std::fs::read_to_string(dir.join("报告.html")).unwrap();
    assert_clean("the HTML report", &html);
    assert!(
        !html.contains("&#27;") && !html.contains("&#x1b;"),
        "{html}"
    );
    assert_eq!(html.matches(NOTE_ZH).count(), 1, "{html}");

    let sheets = fangfei_cli::tables::read_workbook_sheets(&dir.join("报告.xlsx")).unwrap();
    let mut cells = String::new();
    for (name, rows) in &sheets {
        for (_, row) in rows {
            for c in row {
                cells.push_str(name);
                cells.push('|');
                cells.push_str(c);
                cells.push('\u{1f}');
            }
        }
    }
    assert_clean("the XLSX report", &cells.replace('\u{1f}', "\t"));
    assert!(cells.contains(NOTE_ZH), "{cells}");

    let mut notices = String::new();
    let mut names = Vec::new();
    for e in std::fs::read_dir(dir.join("通知")).unwrap() {
        let e = e.unwrap();
        names.push(e.file_name().to_string_lossy().into_owned());
        notices.push_str(
            &std::fs::read_to_string(e.path())
                .unwrap()
                .replace("\r\n", "\n"),
        );
        notices.push('\n');
    }
    assert!(!names.is_empty());
    assert_clean("the notices", &notices);
    assert_clean("the notices' names", &names.join("\n"));
    // The added units' salutations: controls visible, the number masked.
    assert!(
        notices.contains("某某协会␊市财政局 ✓ 通过␛[2J:"),
        "{notices}"
    );
    assert!(notices.contains("张三139****4321工作室:"), "{notices}");
}

#[test]
fn an_annex3_tables_row_headings_are_shown_masked() {
    let dir = folder("mask-annex3");
    let rows = [
        "\"某某协会\n市财政局 ✓ 通过\u{1b}[2J\",3,x",
        "制表:张三 138-1234-5678,x,5",
        "市教育局,3,5",
    ];
    let other = ",\"身份证110101199003071234、卡号6222 0212 3456 7890\"";
    std::fs::write(dir.join("t.csv"), annex3_csv(&rows, other)).unwrap();
    let run = run_in(&dir, &["annex3", "check", "t.csv"]);
    assert_clean("annex3 check", &run.all());
    assert!(run.all().contains("138****5678"), "{run:?}");
    assert_eq!(run.all().matches(NOTE_ZH).count(), 1, "{run:?}");

    let run = run_in(&dir, &["annex3", "check", "t.csv", "--format", "json"]);
    assert_clean("annex3 check --format json", &run.out);
    assert!(!run.out.contains("\\u001b"), "{}", run.out);

    let run = run_in(&dir, &["annex3", "total", "t.csv"]);
    assert_clean("annex3 total", &run.all());
}

#[test]
fn nothing_masked_says_nothing_and_figures_read_whole() {
    let dir = folder("mask-none");
    // A figure the tool reads is a number, never masked: 12345678 people reads whole.
    let rows = ["市教育局,3,12345678"];
    std::fs::write(dir.join("t.csv"), annex3_csv(&rows, ",校园广播")).unwrap();
    let run = run_in(&dir, &["annex3", "check", "t.csv"]);
    assert!(!run.all().contains(NOTE_ZH), "{run:?}");
    assert!(run.out.contains("12345678"), "{run:?}");
}

/// An Annex 3 table of the plan's columns: `rows` give the first three cells of each
/// row, the other counts 0, then `other` (the 其他 cell, with its comma).
fn annex3_csv(rows: &[&str], other: &str) -> String {
    let header = std::fs::read_to_string(super::data("annex3-utf8.csv")).unwrap();
    let header = header.lines().next().unwrap();
    // The counts, then 其他 (free text): an ID number and a card number in it.
    let rest = ",0".repeat(header.split(',').count() - 4);
    let mut text = format!("{header}\n");
    for r in rows {
        text.push_str(r);
        text.push_str(&rest);
        text.push_str(other);
        text.push('\n');
    }
    text
}

/// A unit's record (JSON) with a phone number and an escape sequence in a venue, an
/// ID number in a spot check's notes and a card number as an outreach kind: `check`
/// and `audit` quote them masked, in text and in JSON.
#[test]
fn a_records_free_text_is_masked() {
    let dir = folder("mask-record");
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/lingyuan-2021/东城街道.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example).unwrap()).unwrap();
    v["concentrated_day"][0]["venue"] = "花卉市场 联系人138-1234-5678\u{1b}[2J".into();
    v["concentrated_day"][0]["banners"] = false.into();
    v["spot_checks"][0]["note"] = "身份证110101199003071234".into();
    v["outreach"][0]["kind"] = "卡号6222 0212 3456 7890".into();
    std::fs::write(dir.join("东城街道.json"), v.to_string()).unwrap();

    let run = run_in(&dir, &["check", "东城街道.json"]);
    assert_clean("check", &run.all());
    assert!(run.all().contains("138****5678"), "{run:?}");
    assert_eq!(run.all().matches(NOTE_ZH).count(), 1, "{run:?}");
    let run = run_in(&dir, &["check", "东城街道.json", "--format", "json"]);
    assert_clean("check --format json", &run.out);
    assert!(!run.out.contains("\\u001b"), "{}", run.out);
    let run = run_in(&dir, &["audit", "."]);
    assert_clean("audit", &run.all());
}
