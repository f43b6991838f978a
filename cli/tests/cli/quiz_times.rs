//! The quiz export's 提交时间 as the platform and clerks write it (issue 29, item 17),
//! through the CSV and the XLSX export readers, and its refusal in Chinese only.

use serde_json::Value;

use super::{json, quiz, tmp};

/// (提交时间 as written, the day it is read into, or the Q-WINDOW refusal it gets).
const FORMS: [(&str, &str); 9] = [
    ("6月15日 12:00", "2021-06-15"),
    ("2021/6/15 12:00:00", "2021-06-15"),
    ("6月16日15时10分", "2021-06-16"),
    ("2021.6.17 15:10", "2021-06-17"),
    ("6月18日下午3:10", "2021-06-18"),
    ("6/19 15:10", "2021-06-19"),
    ("6月20日晚上8点半", "2021-06-20"),
    (
        "6月15日上午9:50",
        "提交时间2021-06-15 09:50:00不在答题时间2021-06-15 10:00:00至2021-06-25 24:00内,不予受理",
    ),
    (
        "6月9日下午3:10",
        "提交时间2021-06-09 15:10:00不在答题时间2021-06-15 10:00:00至2021-06-25 24:00内,不予受理",
    ),
];

const NOT_A_TIME: &str = "第11行的答卷无法读取:“提交时间”:“下周三”不是时间,请写作“6月15日10:00”(或“2021-06-15 10:00”“6月15日上午10:00”,也可用Excel日期单元格)";

/// The export's rows: header, one row per form (a participant each), then a row whose
/// 提交时间 is no time.
fn rows() -> Vec<Vec<String>> {
    let mut rows = vec![[
        "账号",
        "姓名",
        "地区",
        "手机号",
        "工作单位",
        "提交时间",
        "第1题",
        "第2题",
        "第3题",
        "第4题",
        "第5题",
        "第6题",
        "第7题",
        "第8题",
    ]
    .map(str::to_owned)
    .to_vec()];
    let forms = FORMS.iter().map(|(t, _)| *t).chain(["下周三"]);
    for (i, when) in forms.enumerate() {
        let mut r = vec![
            format!("u{i}"),
            "张三".to_owned(),
            "辽宁".to_owned(),
            String::new(),
            String::new(),
            when.to_owned(),
        ];
        r.extend(["A", "A", "A", "对", "错", "对", "AB", "BC"].map(str::to_owned));
        rows.push(r);
    }
    rows
}

fn score(path: &std::path::Path) -> Value {
    let (code, v) = json(&[
        "quiz",
        "score",
        path.to_str().unwrap(),
        "--papers",
        &quiz("papers.json"),
    ]);
    assert_eq!(code, 1, "{v}");
    v
}

/// What became of each row: its day when counted, else its refusals' Chinese.
fn outcomes(v: &Value) -> Vec<String> {
    v["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            if o["counted"] == true {
                o["day"].as_str().unwrap().to_owned()
            } else {
                let zh: Vec<&str> = o["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|f| f["severity"] == "error")
                    .map(|f| f["message"]["zh"].as_str().unwrap())
                    .collect();
                zh.join(";")
            }
        })
        .collect()
}

fn want() -> Vec<String> {
    FORMS
        .iter()
        .map(|(_, w)| (*w).to_owned())
        .chain([NOT_A_TIME.to_owned()])
        .collect()
}

/// Issue 29, item 17: each quoted form of 提交时间 through the CSV export (UTF-8 and
/// GBK, as Excel saves it): the year-less ones in the campaign's year, 上午/下午/晚上
/// as meant (09:50 before the opening is refused by Q-WINDOW, not misread as 21:50).
#[test]
fn the_csv_exports_submission_times_read_as_clerks_write_them() {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows() {
        w.write_record(r).unwrap();
    }
    let utf8 = String::from_utf8(w.into_inner().unwrap()).unwrap();
    let path = tmp("提交时间.csv");
    std::fs::write(&path, &utf8).unwrap();
    assert_eq!(outcomes(&score(&path)), want());
    let gbk = tmp("提交时间-gbk.csv");
    std::fs::write(&gbk, encoding_rs::GBK.encode(&utf8).0).unwrap();
    assert_eq!(outcomes(&score(&gbk)), want());
}

/// Issue 29, item 17: the same forms typed as text cells of the XLSX export.
#[test]
fn the_xlsx_exports_submission_times_read_as_clerks_write_them() {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (i, r) in rows().iter().enumerate() {
        for (j, c) in r.iter().enumerate() {
            if !c.is_empty() {
                ws.write_string(i as u32, j as u16, c).unwrap();
            }
        }
    }
    let path = tmp("提交时间.xlsx");
    wb.save(&path).unwrap();
    assert_eq!(outcomes(&score(&path)), want());
}

/// Issue 29, item 17: the refusal in the terminal, Chinese only, at its line.
#[test]
fn a_refused_submission_time_is_said_in_chinese_at_its_line() {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows() {
        w.write_record(r).unwrap();
    }
    let path = tmp("提交时间-text.csv");
    std::fs::write(&path, w.into_inner().unwrap()).unwrap();
    let (_, out, _) = super::run(&[
        "quiz",
        "score",
        path.to_str().unwrap(),
        "--papers",
        &quiz("papers.json"),
    ]);
    let line = out
        .lines()
        .find(|l| l.contains("下周三"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains(":11 "), "{line}");
    assert!(line.ends_with(NOT_A_TIME), "{line}");
    // No English but the name of the program a clerk keeps the export in.
    let zh = line.rsplit_once(" — ").unwrap().1.replace("Excel", "");
    assert!(!zh.bytes().any(|b| b.is_ascii_alphabetic()), "{zh}");
}
