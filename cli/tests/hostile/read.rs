//! Class 2: workbooks read right — the 1904 date system, hidden, very hidden, deleted
//! and copied ledger sheets, the same unit twice, counts, formulas with no value
//! cached, quiz rows wider than their header. Each workbook is crafted here: written
//! with rust_xlsxwriter, then its XML edited in the zip where Excel's options are
//! needed (`date1904`, a sheet's `state`, a formula without its `<v>`).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Workbook};
use serde_json::Value;

use super::{folder, run_in};

/// The example ledger of the 2021 campaign (every sheet filled).
fn example_ledger() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/台账-lingyuan-2021.xlsx")
}

fn quiz_papers() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/quiz/papers.json")
        .to_str()
        .unwrap()
        .to_owned()
}

/// Copies the workbook `from` to `to`, each XML part passed through `edit(name, xml)`.
fn rezip(from: &Path, to: &Path, edit: impl Fn(&str, String) -> String) {
    let mut zin = zip::ZipArchive::new(std::fs::File::open(from).unwrap()).unwrap();
    let mut zout = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        let bytes = if name.ends_with(".xml") {
            edit(&name, String::from_utf8(bytes).unwrap()).into_bytes()
        } else {
            bytes
        };
        zout.start_file(name, opts).unwrap();
        zout.write_all(&bytes).unwrap();
    }
    zout.finish().unwrap();
}

/// Marks a workbook as using the 1904 date system (what Excel's option writes).
fn to_1904(name: &str, xml: String) -> String {
    if name != "xl/workbook.xml" {
        return xml;
    }
    let edited = if xml.contains("<workbookPr") {
        xml.replacen("<workbookPr", r#"<workbookPr date1904="1""#, 1)
    } else {
        xml.replacen("<bookViews>", r#"<workbookPr date1904="1"/><bookViews>"#, 1)
    };
    assert!(edited.contains("date1904"), "{xml}");
    edited
}

fn audit(dir: &Path, ledger: &str) -> Value {
    let run = run_in(dir, &["--format", "json", "audit", ledger]);
    serde_json::from_str(&run.out).unwrap_or_else(|e| panic!("{e}: {run:?}"))
}

/// Every finding of an audit: its own and each unit's.
fn all_findings(v: &Value) -> Vec<&Value> {
    let mut all: Vec<&Value> = v["findings"].as_array().unwrap().iter().collect();
    for u in v["units"].as_array().unwrap() {
        all.extend(u["findings"].as_array().unwrap());
    }
    all
}

fn zh(f: &Value) -> &str {
    f["message"]["zh"].as_str().unwrap_or("")
}

/// A 1904 serial: days since 1904-01-01 (2021-06-10 is 1900's 44357, less 1462).
fn serial_1904(serial_1900_day: f64, h: f64, m: f64) -> f64 {
    serial_1900_day - 1462.0 + (h * 60.0 + m) / 1440.0
}

/// A plan received 20 minutes late in a 1904 workbook is late: read with the 1900
/// epoch it was 2017-06-09 17:20, "corrected" to 2021-06-09 — a day early, on time.
#[test]
fn a_1904_ledger_reads_its_dates_with_the_1904_epoch() {
    let dir = folder("read-1904-ledger");
    let plain = dir.join("plain.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("材料报送").unwrap();
    for (j, h) in ["单位", "材料", "节点", "收到时间"].iter().enumerate() {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "市教育局").unwrap();
    ws.write_string(1, 1, "工作方案").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    ws.write_number_with_format(1, 3, serial_1904(44357.0, 17.0, 20.0), &date)
        .unwrap();
    wb.save(&plain).unwrap();
    rezip(&plain, &dir.join("台账.xlsx"), to_1904);

    let run = run_in(
        &dir,
        &[
            "--format",
            "json",
            "check",
            "台账.xlsx",
            "--unit",
            "市教育局",
        ],
    );
    let v: Value = serde_json::from_str(&run.out).unwrap_or_else(|e| panic!("{e}: {run:?}"));
    let plan = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "D-PLAN")
        .unwrap_or_else(|| panic!("{v:#}"));
    assert_eq!(plan["outcome"], "fail", "{plan:#}");
    assert!(zh(plan).contains("2021-06-10 17:20"), "{plan:#}");
}

/// The quiz export has the same fault: a sheet submitted on 2021-06-15 in a 1904
/// workbook is that day's, not 2017-06-14's.
#[test]
fn a_1904_quiz_export_reads_its_times_with_the_1904_epoch() {
    let dir = folder("read-1904-quiz");
    let plain = dir.join("plain.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let header = ["账号", "姓名", "地区", "手机号", "工作单位", "提交时间"];
    let answers = ["A", "A", "A", "对", "错", "对", "AB", "BC"];
    for (j, h) in header.iter().enumerate() {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    for n in 1..=8u16 {
        ws.write_string(0, 5 + n, format!("第{n}题")).unwrap();
        ws.write_string(1, 5 + n, answers[usize::from(n) - 1])
            .unwrap();
    }
    ws.write_string(1, 0, "u1").unwrap();
    ws.write_string(1, 1, "张三").unwrap();
    ws.write_string(1, 2, "辽宁").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    ws.write_number_with_format(1, 5, serial_1904(44362.0, 11.0, 0.0), &date)
        .unwrap();
    wb.save(&plain).unwrap();
    rezip(&plain, &dir.join("答卷.xlsx"), to_1904);

    let papers = quiz_papers();
    let run = run_in(
        &dir,
        &[
            "--format",
            "json",
            "quiz",
            "score",
            "答卷.xlsx",
            "--papers",
            &papers,
        ],
    );
    let v: Value = serde_json::from_str(&run.out).unwrap_or_else(|e| panic!("{e}: {run:?}"));
    assert_eq!(v["refused"], 0, "{v:#}");
    assert_eq!(v["outcomes"][0]["counted"], true, "{v:#}");
    assert!(
        v.to_string().contains("2021-06-15"),
        "the sheet's day is 2021-06-15: {v:#}"
    );
}

/// The example ledger with its 材料报送 sheet hidden, very hidden, or deleted from the
/// workbook: hidden ones are read (the same deductions) with a note that says so; a
/// deleted one is said once, naming the sheet.
#[test]
fn a_hidden_very_hidden_or_deleted_submissions_sheet_is_said() {
    let dir = folder("read-hidden");
    let original = audit(&dir, example_ledger().to_str().unwrap());
    let deductions = |v: &Value| v["deductions"].as_array().unwrap().len();
    let base = deductions(&original);
    for state in ["hidden", "veryHidden"] {
        let path = dir.join(format!("{state}.xlsx"));
        rezip(&example_ledger(), &path, |name, xml| {
            if name != "xl/workbook.xml" {
                return xml;
            }
            let edited = xml.replacen(
                r#"<sheet name="材料报送" sheetId="3""#,
                &format!(r#"<sheet name="材料报送" sheetId="3" state="{state}""#),
                1,
            );
            assert_ne!(edited, xml);
            edited
        });
        let v = audit(&dir, path.to_str().unwrap());
        assert_eq!(deductions(&v), base, "{state}: read as it was");
        assert!(
            all_findings(&v)
                .iter()
                .any(|f| zh(f).contains("工作表“材料报送”已隐藏,仍已读取")),
            "{state}: {:#}",
            v["findings"]
        );
    }
    let path = dir.join("deleted.xlsx");
    rezip(&example_ledger(), &path, |name, xml| {
        if name != "xl/workbook.xml" {
            return xml;
        }
        let edited = xml.replacen(r#"<sheet name="材料报送" sheetId="3" r:id="rId3"/>"#, "", 1);
        assert_ne!(edited, xml);
        edited
    });
    let v = audit(&dir, path.to_str().unwrap());
    let said: Vec<&Value> = all_findings(&v)
        .into_iter()
        .filter(|f| zh(f).contains("没有“材料报送”表"))
        .collect();
    assert_eq!(said.len(), 1, "{:#}", v["findings"]);
    assert_eq!(said[0]["severity"], "error");
    assert!(
        deductions(&v) > base,
        "the missing returns remain, said to come from the missing sheet"
    );
}

fn submissions_sheet(wb: &mut Workbook, name: &str, received: &str) {
    let ws = wb.add_worksheet().set_name(name).unwrap();
    for (j, h) in ["单位", "材料", "节点", "收到时间"].iter().enumerate() {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    for (j, c) in ["市教育局", "工作方案", "", received].iter().enumerate() {
        ws.write_string(1, j as u16, *c).unwrap();
    }
}

/// A copied sheet (Excel's Move or Copy: `材料报送 (2)`; also `材料报送(2)`,
/// `Copy of 材料报送`) whose time differs is not merged: the original's late plan stays
/// late, and the copy is refused naming both sheets.
#[test]
fn a_copied_sheet_is_not_merged_and_names_both() {
    let dir = folder("read-copy");
    for copy in ["材料报送 (2)", "材料报送(2)", "Copy of 材料报送"] {
        let mut wb = Workbook::new();
        submissions_sheet(&mut wb, "材料报送", "2021-06-10 18:00");
        submissions_sheet(&mut wb, copy, "2021-06-09 10:00");
        wb.save(dir.join("台账.xlsx")).unwrap();
        let run = run_in(
            &dir,
            &[
                "--format",
                "json",
                "check",
                "台账.xlsx",
                "--unit",
                "市教育局",
            ],
        );
        let v: Value = serde_json::from_str(&run.out).unwrap_or_else(|e| panic!("{e}: {run:?}"));
        let found = v["findings"].as_array().unwrap();
        let plan = found.iter().find(|f| f["rule"] == "D-PLAN").unwrap();
        assert_eq!(plan["outcome"], "fail", "{copy}: {plan:#}");
        let audit = audit(&dir, "台账.xlsx");
        let refusal = all_findings(&audit)
            .into_iter()
            .find(|f| zh(f).contains("副本"))
            .unwrap_or_else(|| panic!("{copy}: {:#}", audit["findings"]));
        assert_eq!(refusal["severity"], "error");
        assert!(
            zh(refusal).contains(&format!("“{copy}”")) && zh(refusal).contains("“材料报送”"),
            "{refusal:#}"
        );
    }
}

/// The same unit twice on sheets that keep one value per unit: the first row counts
/// (as the statistics table's duplicate rule keeps it), both cells are named, and the
/// city total is the first row's.
#[test]
fn the_same_unit_twice_names_both_cells_and_keeps_the_first() {
    let dir = folder("read-twice");
    let mut wb = Workbook::new();
    submissions_sheet(&mut wb, "材料报送", "2021-06-09 10:00");
    let ws = wb.add_worksheet().set_name("网格与提示牌").unwrap();
    for (i, row) in [
        [
            "单位",
            "知晓网格员",
            "网格员总数",
            "张贴标语小区",
            "小区总数",
        ],
        ["城关镇街道", "64", "64", "19", "19"],
        ["城关镇街道", "60", "64", "12", "19"],
    ]
    .iter()
    .enumerate()
    {
        for (j, c) in row.iter().enumerate() {
            ws.write_string(i as u32, j as u16, *c).unwrap();
        }
    }
    let ws = wb.add_worksheet().set_name("附件3").unwrap();
    annex3_head(ws, "单位");
    for (i, first) in [334.0, 327.0].iter().enumerate() {
        ws.write_string(i as u32 + 1, 0, "市教育局").unwrap();
        for j in 1..ANNEX3_COLUMNS {
            let v = if j == 1 { *first } else { 0.0 };
            ws.write_number(i as u32 + 1, j as u16, v).unwrap();
        }
    }
    wb.save(dir.join("台账.xlsx")).unwrap();
    let v = audit(&dir, "台账.xlsx");
    let findings = all_findings(&v);
    for (later, first) in [
        ("网格与提示牌!A3", "网格与提示牌!A2"),
        ("附件3!A3", "附件3!A2"),
    ] {
        let dup = findings
            .iter()
            .find(|f| f["place"] == later)
            .unwrap_or_else(|| panic!("nothing at {later}: {findings:#?}"));
        assert_eq!(dup["severity"], "error");
        assert!(
            zh(dup).contains(first) && zh(dup).contains("未计入"),
            "{dup:#}"
        );
        assert!(
            findings.iter().any(|f| f["place"] == first),
            "nothing at {first}"
        );
    }
    assert_eq!(
        v["annex3"]["totals"]["counts"]["qijin_sessions"], 334,
        "{:#}",
        v["annex3"]["totals"]
    );
}

/// Counts in the ledger are read by the statistics table's reader: `1,2,3`, `12,5`
/// and `1 2` are refused at their cells (they were 123, 125 and 12), full-width `１２`
/// and `1,500` are read.
#[test]
fn ledger_counts_are_read_as_annex3_reads_them() {
    let dir = folder("read-counts");
    let mut wb = Workbook::new();
    submissions_sheet(&mut wb, "材料报送", "2021-06-09 10:00");
    let ws = wb.add_worksheet().set_name("七进活动").unwrap();
    for (j, h) in ["单位", "类别", "日期", "地点", "参加人数"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    let counts = ["1,2,3", "12,5", "1 2", "１２", "1,500"];
    for (i, n) in counts.iter().enumerate() {
        for (j, c) in ["市司法局", "学校", "2021-06-11", "第一中学", n]
            .iter()
            .enumerate()
        {
            ws.write_string(i as u32 + 1, j as u16, *c).unwrap();
        }
    }
    wb.save(dir.join("台账.xlsx")).unwrap();
    let v = audit(&dir, "台账.xlsx");
    let findings = all_findings(&v);
    let at = |place: &str| findings.iter().find(|f| f["place"] == place).copied();
    for (row, n) in [(2, "1,2,3"), (3, "12,5"), (4, "1 2")] {
        let f = at(&format!("七进活动!E{row}")).unwrap_or_else(|| panic!("{n}: {findings:#?}"));
        assert_eq!(f["rule"], "INPUT");
        assert!(zh(f).contains("不是整数"), "{f:#}");
    }
    for row in [5, 6] {
        assert!(at(&format!("七进活动!E{row}")).is_none(), "{findings:#?}");
    }
}

/// A formula with no value cached (what tools that do not calculate write) is said to
/// be one at its cell, never 未填写 (A3-BLANK).
#[test]
fn a_formula_without_its_value_is_said_to_be_one() {
    let dir = folder("read-formula");
    let plain = dir.join("plain.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("附件3").unwrap();
    annex3_head(ws, "填报单位");
    ws.write_string(1, 0, "市教育局").unwrap();
    ws.write_formula(1, 1, "=SUM(M2:N2)").unwrap();
    for j in 2..ANNEX3_COLUMNS {
        ws.write_number(1, j as u16, 1.0).unwrap();
    }
    wb.save(&plain).unwrap();
    rezip(&plain, &dir.join("t.xlsx"), |name, xml| {
        if !name.starts_with("xl/worksheets/") {
            return xml;
        }
        // The cached value rust_xlsxwriter writes, taken out.
        let start = xml.find("</f>").unwrap() + 4;
        let end = start + xml[start..].find("</c>").unwrap();
        let mut edited = xml.clone();
        edited.replace_range(start..end, "");
        edited
    });
    let run = run_in(&dir, &["--format", "json", "annex3", "check", "t.xlsx"]);
    let all = run.all();
    assert!(
        all.contains("公式尚未计算:请在Excel中打开并保存后再报"),
        "{run:?}"
    );
    assert!(all.contains("附件3!B2"), "{run:?}");
    assert!(!all.contains("未填写"), "{run:?}");
}

/// A quiz CSV row with more filled cells than its header is refused with its line,
/// never counted with its extras dropped.
#[test]
fn a_quiz_row_wider_than_its_header_is_refused() {
    let dir = folder("read-quiz-wide");
    std::fs::write(
        dir.join("sheets.csv"),
        "participant,name,region,phone,unit,submitted_at,1,2,3,4,5,6,7,8\n\
         u1,张三,辽宁,,,2021-06-15T11:00:00+08:00,A,A,A,对,错,对,AB,BC\n\
         u2,李四,辽宁,,,2021-06-15T11:00:00+08:00,A,A,A,A,对,错,对,AB,BC\n",
    )
    .unwrap();
    let papers = quiz_papers();
    let run = run_in(
        &dir,
        &[
            "--format",
            "json",
            "quiz",
            "score",
            "sheets.csv",
            "--papers",
            &papers,
        ],
    );
    let v: Value = serde_json::from_str(&run.out).unwrap_or_else(|e| panic!("{e}: {run:?}"));
    assert_eq!(v["refused"], 1, "{v:#}");
    let text = v.to_string();
    assert!(
        text.contains("第3行的答卷无法读取:这一行有15格,表头只有14格"),
        "{v:#}"
    );
}

// ---------------------------------------------------------------------------------
// Class 8: XLSX bombs. The workbooks are written part by part (no `r=` attributes,
// one shared string repeated, forged counts), as an attacker's tool would.

/// Writes a minimal XLSX: `sheets` named in order, each part streamed by `sheet(i, w)`
/// between `<sheetData>` and `</sheetData>`, and the shared strings part by `shared`.
fn raw_xlsx(
    path: &Path,
    sheets: &[&str],
    shared: impl FnOnce(&mut dyn Write),
    mut sheet: impl FnMut(usize, &mut dyn Write),
) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
        .large_file(true);
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
    let mut types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#,
    );
    let mut book = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>"#
    );
    let mut rels =
        format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">"#);
    for (i, name) in sheets.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
        book.push_str(&format!(
            r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#
        ));
        rels.push_str(&format!(
            r#"<Relationship Id="rId{n}" Type="{rel}/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        ));
    }
    types.push_str("</Types>");
    book.push_str("</sheets></workbook>");
    let k = sheets.len() + 1;
    rels.push_str(&format!(r#"<Relationship Id="rId{k}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#));
    let part = |z: &mut zip::ZipWriter<std::fs::File>, name: &str, text: &str| {
        z.start_file(name, opts).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    };
    part(&mut z, "[Content_Types].xml", &types);
    part(
        &mut z,
        "_rels/.rels",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        ),
    );
    part(&mut z, "xl/workbook.xml", &book);
    part(&mut z, "xl/_rels/workbook.xml.rels", &rels);
    z.start_file("xl/sharedStrings.xml", opts).unwrap();
    shared(&mut z);
    for i in 0..sheets.len() {
        z.start_file(format!("xl/worksheets/sheet{}.xml", i + 1), opts)
            .unwrap();
        write!(
            z,
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>"#
        )
        .unwrap();
        sheet(i, &mut z);
        z.write_all(b"</sheetData></worksheet>").unwrap();
    }
    z.finish().unwrap();
}

/// A shared strings part of `strings`, declaring `declared` of them.
fn sst<'a>(strings: &'a [&'a str], declared: u64) -> impl FnOnce(&mut dyn Write) + 'a {
    move |w: &mut dyn Write| {
        write!(w, r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{declared}" uniqueCount="{declared}">"#).unwrap();
        for s in strings {
            write!(w, "<si><t>{s}</t></si>").unwrap();
        }
        w.write_all(b"</sst>").unwrap();
    }
}

/// A forged `uniqueCount` (4,000,000,000 strings declared, one written): the
/// spreadsheet library reserved room for all of them before reading one (96 GB, an
/// abort); the count is refused first, with the limit named.
#[test]
fn a_forged_shared_strings_count_is_refused_before_it_is_reserved() {
    let dir = folder("bomb-forged-count");
    raw_xlsx(
        &dir.join("t.xlsx"),
        &["附件3"],
        sst(&["填报单位"], 4_000_000_000),
        |_, w| w.write_all(br#"<row><c t="s"><v>0</v></c></row>"#).unwrap(),
    );
    let run = run_in(&dir, &["annex3", "check", "t.xlsx"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.err.contains("共享字符串") && run.err.contains("4000000000"),
        "{run:?}"
    );
}

/// A ledger sheet of 200,000 rows (the 4 MB ledger of 8 sheets × 1,000,000 rows ran
/// past 120 s, every sheet read whole): refused at its row 100,101, the limit named.
#[test]
fn a_ledger_sheet_of_too_many_rows_is_refused_early() {
    let dir = folder("bomb-ledger-rows");
    raw_xlsx(
        &dir.join("台账.xlsx"),
        &["材料报送"],
        sst(&["单位", "市教育局"], 2),
        |_, w| {
            w.write_all(br#"<row><c t="s"><v>0</v></c></row>"#).unwrap();
            for _ in 0..200_000 {
                w.write_all(br#"<row><c t="s"><v>1</v></c></row>"#).unwrap();
            }
        },
    );
    let started = std::time::Instant::now();
    let run = run_in(&dir, &["audit", "台账.xlsx"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.err.contains("A100101") && run.err.contains("100100行"),
        "{run:?}"
    );
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
}

/// 100,000 rows × 200 cells of one shared string, no `r=` attributes (20,000,000
/// cells in a 3 MB file; the issue's 11 MB file of 1,000,000 rows aborted at a 4 GB
/// cap): refused at the cell limit, naming it. Slow (scripts/hostile-slow).
#[test]
#[ignore = "slow: a cell bomb (scripts/hostile-slow)"]
fn a_cell_bomb_is_refused_at_the_cell_limit() {
    let dir = folder("bomb-cells");
    let row = format!("<row>{}</row>", r#"<c t="s"><v>0</v></c>"#.repeat(200));
    raw_xlsx(
        &dir.join("t.xlsx"),
        &["附件3"],
        sst(&["市教育局"], 1),
        |_, w| {
            for _ in 0..100_000 {
                w.write_all(row.as_bytes()).unwrap();
            }
        },
    );
    let run = run_in(&dir, &["annex3", "check", "t.xlsx"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("单元格超过16000000个"), "{run:?}");
}

/// 40,000,000 one-letter shared strings (a 1.6 MB file that took 2.1 GB and 25 s):
/// refused from the zip's directory by the part's uncompressed size, before any is
/// loaded. Slow to write (scripts/hostile-slow).
#[test]
#[ignore = "slow: a shared strings bomb (scripts/hostile-slow)"]
fn a_shared_strings_bomb_is_refused_by_its_size() {
    let dir = folder("bomb-strings");
    raw_xlsx(
        &dir.join("t.xlsx"),
        &["附件3"],
        |w: &mut dyn Write| {
            w.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#).unwrap();
            let chunk = "<si><t>a</t></si>".repeat(10_000);
            for _ in 0..4_000 {
                w.write_all(chunk.as_bytes()).unwrap();
            }
            w.write_all(b"</sst>").unwrap();
        },
        |_, w| w.write_all(br#"<row><c t="s"><v>0</v></c></row>"#).unwrap(),
    );
    let started = std::time::Instant::now();
    let run = run_in(&dir, &["annex3", "check", "t.xlsx"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.err.contains("共享字符串") && run.err.contains("MiB"),
        "{run:?}"
    );
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}

/// The 2021 statistics table's columns: the unit and eleven counts.
const ANNEX3_COLUMNS: usize = 12;

/// The 2021 statistics table's header on row 1 of `ws`, its first column `unit`.
fn annex3_head(ws: &mut rust_xlsxwriter::Worksheet, unit: &str) {
    let head = [
        unit,
        "活动场次(次)",
        "参与群众(人次)",
        "刊印份数、播放次数(份/次)",
        "发布原创作品数(篇)",
        "点击量、阅读量、转发量(次)",
        "互动宣传覆盖人数(人次)",
        "发送短信(条)",
        "海报、展板(份)",
        "电子显示屏、公共交通广告、楼宇电梯广告等(次)",
        "传单、手册、赠品等(份)",
        "被新闻媒体报道(次)",
    ];
    for (j, h) in head.iter().enumerate() {
        ws.write_string(0, j as u16, *h).unwrap();
    }
}
