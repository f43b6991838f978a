//! The office's reports as a clerk and an Excel user meet them (issue 29, items 19 and
//! 23): each thing said once, lists Excel can filter, units named alike everywhere,
//! every deadline with its time, and the terminal's 催报 first.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::cmp_owned
)]

use super::{examples, run};
use std::path::{Path, PathBuf};

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fangfei-report-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// A part of a written workbook (its XML).
fn xlsx_part(path: &Path, part: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name(part).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// The sheets of a workbook, by name, as calamine reads them (cells with their types).
fn sheets(path: &Path) -> Vec<(String, calamine::Range<calamine::Data>)> {
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let names = wb.sheet_names().to_vec();
    names
        .into_iter()
        .map(|n| {
            let range = wb.worksheet_range(&n).unwrap();
            (n, range)
        })
        .collect()
}

/// The examples with `unit`'s statistics table written under another name.
fn examples_with_table_unit(dir: &str, unit: &str, written: &str) -> PathBuf {
    let out = tmp(dir);
    std::fs::create_dir_all(&out).unwrap();
    for e in std::fs::read_dir(examples()).unwrap() {
        let p = e.unwrap().path();
        let mut text = std::fs::read_to_string(&p).unwrap();
        if p.file_stem().is_some_and(|s| s == unit) {
            let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
            v["annex3"]["unit"] = serde_json::json!(written);
            text = v.to_string();
        }
        std::fs::write(out.join(p.file_name().unwrap()), text).unwrap();
    }
    out
}

#[test]
fn every_list_sheet_of_the_report_workbook_has_a_filter_and_plain_unit_cells() {
    let xlsx = tmp("核查报告-筛选.xlsx");
    let (code, _, err) = run(&[
        "audit",
        examples().to_str().unwrap(),
        "--as-of",
        "2021-06-16 09:00",
        "--xlsx",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let all = sheets(&xlsx);
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
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
    // Every sheet, the matrix included, has Excel's filter on its header row.
    for (i, name) in names.iter().enumerate() {
        let xml = xlsx_part(&xlsx, &format!("xl/worksheets/sheet{}.xml", i + 1));
        assert!(xml.contains("<autoFilter ref=\"A4:"), "{name}: no filter");
    }
    // The matrix: a unit's cell is its name alone, whether it sent anything in a
    // column of its own (VLOOKUP and filters find 市林业和草原局).
    let matrix = &all[0].1;
    let header: Vec<String> = matrix
        .rows()
        .nth(3)
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header.last().unwrap(), "未报", "{header:?}");
    let row = |unit: &str| -> Vec<String> {
        matrix
            .rows()
            .find(|r| r.first().is_some_and(|c| c.to_string() == unit))
            .unwrap_or_else(|| panic!("no row of {unit}"))
            .iter()
            .map(|c| c.to_string())
            .collect()
    };
    assert_eq!(row("市林业和草原局").last().unwrap(), "未报");
    assert_eq!(row("市委宣传部").last().unwrap(), "");
    for r in matrix.rows() {
        assert!(!r.iter().any(|c| c.to_string().contains("(未报)")), "{r:?}");
    }
    // The calendar: every deadline at the day's end with its time, and the
    // timeline's note that 07-03 is a Saturday.
    let days = &all[6].1;
    let day = |what: &str| -> Vec<String> {
        days.rows()
            .find(|r| r.get(2).is_some_and(|c| c.to_string() == what))
            .unwrap_or_else(|| panic!("no {what}"))
            .iter()
            .map(|c| c.to_string())
            .collect()
    };
    assert_eq!(day("6月16日节点动态截止")[..2], ["2021-06-16", "24:00"]);
    assert_eq!(
        day("宣传月活动总结截止"),
        [
            "2021-07-03",
            "24:00",
            "宣传月活动总结截止",
            "7月3日为星期六(非工作日),截止日期不顺延"
        ]
    );
}

#[test]
fn a_table_sent_back_is_under_the_matrixs_name_of_its_unit() {
    let records = examples_with_table_unit("records-alias", "市市场监管局", "市场监督管理局");
    let xlsx = tmp("核查报告-退回.xlsx");
    let html = tmp("核查报告-退回.html");
    let (code, _, err) = run(&[
        "audit",
        records.to_str().unwrap(),
        "--xlsx",
        xlsx.to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let all = sheets(&xlsx);
    let returned = &all.iter().find(|(n, _)| n == "附件3退回").unwrap().1;
    assert_eq!(
        returned.rows().nth(4).unwrap()[0].to_string(),
        "市市场监管局"
    );
    let page = std::fs::read_to_string(&html).unwrap();
    let section = page.split("附件3活动情况统计表退回(1)").nth(1).unwrap();
    assert!(
        section.contains("<tr><td>市市场监管局</td>"),
        "{}",
        &section[..400.min(section.len())]
    );
    assert!(!page.contains("市场监督管理局"), "one name for one unit");
}

#[test]
fn the_html_report_keeps_its_legend_with_the_matrix_and_numbers_its_pages() {
    let html = tmp("核查报告-图例.html");
    let (code, _, err) = run(&[
        "audit",
        examples().to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    // The matrix's section holds the marks' legend and the rules' titles, in the
    // table's foot (printed under the matrix on each of its pages).
    let start = page.find("<section class=\"matrix-page\">").unwrap();
    let end = start + page[start..].find("</section>").unwrap();
    let matrix = &page[start..end];
    let foot = &matrix[matrix.find("<tfoot>").unwrap()..matrix.find("</tfoot>").unwrap()];
    for words in [
        "不符合",
        "无法判断",
        "<span>1 活动计划</span>",
        "<span>22 实地抽查</span>",
    ] {
        assert!(
            foot.contains(words),
            "{words} not in the matrix's foot: {foot}"
        );
    }
    assert!(
        !page[end..].contains("活动计划</li>"),
        "no legend after the matrix"
    );
    // Page numbers in print.
    assert!(page.contains(
        "@bottom-center { content: \"第 \" counter(page) \" 页,共 \" counter(pages) \" 页\""
    ));
    // The deductions by unit: the three units that sent nothing share one list.
    let ded = &page
        [page.find("<h2>年度考评减分(17项)</h2>").unwrap()..page.find("<h2>年度考评加分").unwrap()];
    assert!(
        ded.contains("<td class=\"unit\" rowspan=\"4\">市林业和草原局、佛爷洞乡、河坎子乡</td>"),
        "{ded}"
    );
    assert_eq!(
        ded.matches("未报送6月16日节点动态(截止2021-06-16 24:00)")
            .count(),
        1,
        "{ded}"
    );
    // Each unit's problems: the two towns that sent nothing, whose twelve items read
    // the same, under one heading.
    assert!(
        page.contains("<h3>佛爷洞乡、河坎子乡(各12项)</h3>"),
        "{page}"
    );
    assert_eq!(page.matches("<h3>佛爷洞乡").count(), 1);
    assert!(!page.contains("<h3>河坎子乡"));
    // The calendar: 24:00 deadlines with their time, the Saturday noted.
    assert!(page.contains(
        "<tr><td>2021-06-16</td><td>24:00</td><td>6月16日节点动态截止</td><td></td></tr>"
    ));
    assert!(page.contains(
        "<tr><td>2021-07-03</td><td>24:00</td><td>宣传月活动总结截止</td><td>7月3日为星期六(非工作日),截止日期不顺延</td></tr>"
    ));
}

/// A statistics tables' CSV of the 2021 columns with `rows` under its header.
fn returns(name: &str, rows: &str) -> PathBuf {
    let header = "填报单位,活动场次(次),参与群众(人次),刊印份数、播放次数(份/次),发布原创作品数(篇),点击量、阅读量、转发量(次),互动宣传覆盖人数(人次),发送短信(条),海报、展板(份),电子显示屏、公共交通广告、楼宇电梯广告等(次),传单、手册、赠品等(份),被新闻媒体报道(次),其他创新宣传方式(列举)";
    let path = tmp(name);
    std::fs::write(&path, format!("{header}\n{rows}")).unwrap();
    path
}

#[test]
fn a_total_with_every_row_sent_back_says_none_was_accepted() {
    let input = returns(
        "all-returned.csv",
        "市教育局,1,无,3,4,5,6,7,8,9,10,11,\n南街街道,1,1.2万,3,4,5,6,7,8,9,10,11,\n",
    );
    let (code, text, err) = run(&["annex3", "total", input.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        text.contains("全市合计:没有通过的附件3活动情况统计表,无从合计"),
        "{text}"
    );
    assert!(!text.contains("全市合计(0"), "no table of zeros: {text}");
    assert!(!text.contains("活动场次(次)  0"), "{text}");
}

/// `annex3 total --xlsx` with every row sent back: the table's sheet says none was
/// accepted, in a note under it, not a 合计 row of zeros (issue 29, item 19); and the
/// workbook, read back by `annex3 check`, is a table with no rows and no warnings.
#[test]
fn a_total_workbook_with_every_row_sent_back_says_none_was_accepted() {
    let input = returns(
        "all-returned-xlsx.csv",
        "市教育局,1,无,3,4,5,6,7,8,9,10,11,\n南街街道,1,1.2万,3,4,5,6,7,8,9,10,11,\n",
    );
    let out = tmp("全市合计-全部退回.xlsx");
    let (code, text, err) = run(&[
        "annex3",
        "total",
        input.to_str().unwrap(),
        "--xlsx",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{text}{err}");
    let all = sheets(&out);
    let (name, table) = all.first().unwrap();
    assert_eq!(name, "附件3");
    let firsts: Vec<String> = table
        .rows()
        .map(|r| r.first().map(ToString::to_string).unwrap_or_default())
        .collect();
    assert!(
        !firsts.contains(&"合计".to_owned()),
        "no total of zeros: {firsts:?}"
    );
    assert!(
        firsts.contains(&"说明:没有通过的附件3活动情况统计表,无从合计".to_owned()),
        "{firsts:?}"
    );
    let (code, text, err) = run(&["annex3", "check", out.to_str().unwrap()]);
    assert!(
        text.contains("共 0 行, 通过 0, 退回 0; 错误 0, 警告 0"),
        "{text}{err}"
    );
    assert!(
        text.contains("全市合计:没有通过的附件3活动情况统计表,无从合计"),
        "{text}{err}"
    );
    assert_eq!(code, 0, "{text}{err}");
}

#[test]
fn the_off_roster_sheet_of_the_total_holds_numbers_under_a_filter() {
    let input = returns(
        "off-roster.csv",
        "市教育局,1,2,3,4,5,6,7,8,9,10,11,\n市教肓局,1,2,3,4,5,6,7,8,9,10,1100,\n",
    );
    let out = tmp("全市合计-名单外.xlsx");
    let (code, text, err) = run(&[
        "annex3",
        "total",
        input.to_str().unwrap(),
        "--xlsx",
        out.to_str().unwrap(),
    ]);
    assert!(code == 0 || code == 1, "{text}{err}");
    let all = sheets(&out);
    let outside = &all.iter().find(|(n, _)| n == "名单外单位").unwrap().1;
    let row: Vec<&calamine::Data> = outside.rows().nth(1).unwrap().iter().collect();
    assert_eq!(row[0], &calamine::Data::String("市教肓局".into()));
    assert_eq!(row[2], &calamine::Data::Float(1.0), "{row:?}");
    assert_eq!(row[12], &calamine::Data::Float(1100.0), "{row:?}");
    let sum: Vec<&calamine::Data> = outside.rows().nth(2).unwrap().iter().collect();
    assert_eq!(sum[0], &calamine::Data::String("另行合计".into()));
    assert_eq!(sum[2], &calamine::Data::Float(1.0), "{sum:?}");
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    for list in ["名单外单位", "退回", "未报"] {
        let i = names.iter().position(|n| *n == list).unwrap();
        let xml = xlsx_part(&out, &format!("xl/worksheets/sheet{}.xml", i + 1));
        // 退回 is empty here ("无"): no filter on an empty list.
        if list != "退回" {
            assert!(xml.contains("<autoFilter ref=\"A1:"), "{list}: no filter");
        }
    }
}

#[test]
fn the_terminal_says_what_is_due_first_wrapped_to_its_width() {
    let (code, text, err) = run(&[
        "audit",
        examples().to_str().unwrap(),
        "--as-of",
        "2021-06-16 09:00",
    ]);
    assert_eq!(code, 1, "{err}");
    let due = text.find("催报:一天内到期尚未收到(57)").expect(&text);
    let matrix = text.find("[成员单位]").unwrap();
    assert!(due < matrix, "催报 before the matrix");
    assert!(text.contains(
        "  6月16日节点动态(截止2021-06-16 24:00,依据二(三)1),尚未收到52个单位:\n    市委宣传部、"
    ));
    for line in text[due..matrix].lines() {
        let width = unicode_width::UnicodeWidthStr::width(line);
        assert!(width <= 100, "{width} columns: {line}");
    }
}

#[test]
fn the_text_deductions_name_each_unit_once() {
    let (_, text, _) = run(&["audit", examples().to_str().unwrap()]);
    let ded = &text[text.find("年度考评减分(17项)").unwrap()..text.find("年度考评加分").unwrap()];
    assert_eq!(ded.matches("佛爷洞乡").count(), 1, "{ded}");
    assert_eq!(ded.matches("市林业和草原局").count(), 1, "{ded}");
    assert!(
        !ded.contains("年度考评减分  "),
        "the heading says it: {ded}"
    );
}

#[test]
fn a_gbk_note_is_a_reminder_not_a_pass() {
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/annex3-gb18030.csv");
    let (_, text, _) = run(&["annex3", "check", csv.to_str().unwrap()]);
    let line = text
        .lines()
        .find(|l| l.contains("文件不是UTF-8"))
        .expect(&text);
    assert!(line.contains("提醒") && !line.contains("符合"), "{line}");
}

#[test]
fn clap_s_did_you_mean_survives_in_chinese() {
    let (code, _, err) = run(&["audti"]);
    assert_eq!(code, 2);
    assert!(err.contains("不认识的命令“audti”;是否为“audit”?"), "{err}");
    let (_, _, err) = run(&["audit", "--as-off", "6月16日"]);
    assert!(
        err.contains("不认识的参数“--as-off”;是否为“--as-of”?"),
        "{err}"
    );
    // The help named is the command's own.
    let (code, _, err) = run(&["audit"]);
    assert_eq!(code, 2);
    assert!(err.ends_with("查看帮助:fangfei audit --help\n"), "{err}");
}

#[test]
fn the_timeline_shows_titles_and_every_24_00_deadline_with_its_time() {
    let (code, text, err) = run(&["timeline"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains("2021-06-16  三    24:00  工作日    6月16日节点动态截止"),
        "{text}"
    );
    assert!(text.contains("2021-06-10  四    17:00  工作日    宣传活动计划(电子版)截止"));
    for id in [
        "D-PLAN",
        "D-PROGRESS-1",
        "T-CAMPAIGN",
        "T-PHASE-PREP",
        "规则",
    ] {
        assert!(!text.contains(id), "{id} shown: {text}");
    }
}

#[test]
fn a_ledger_row_refused_names_its_unit_in_the_unit_cell() {
    use rust_xlsxwriter::Workbook;
    let path = tmp("台账-名单外.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("材料报送").unwrap();
    for (j, h) in ["单位", "材料", "节点", "收到时间", "备注"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    for (i, row) in [
        ["市教肓局", "工作方案", "", "6月9日 15:10"],
        ["市司法局", "总结", "", "6月31日 9:00"],
    ]
    .iter()
    .enumerate()
    {
        for (j, c) in row.iter().enumerate() {
            ws.write_string(i as u32 + 1, j as u16, *c).unwrap();
        }
    }
    wb.save(&path).unwrap();
    let xlsx = tmp("核查报告-名单外.xlsx");
    let (code, text, err) = run(&[
        "audit",
        path.to_str().unwrap(),
        "--xlsx",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    // The terminal's 材料问题 and the workbook's 问题清单: the unit in its cell.
    let line = |needle: &str| {
        text.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no {needle}: {text}"))
            .to_owned()
    };
    assert!(line("不在单位名单上").starts_with("市教肓局"), "{text}");
    assert!(line("没有这一天").starts_with("市司法局"), "{text}");
    let all = sheets(&xlsx);
    let problems = &all.iter().find(|(n, _)| n == "问题清单").unwrap().1;
    let unit_of = |needle: &str| -> String {
        problems
            .rows()
            .find(|r| r.get(3).is_some_and(|c| c.to_string().contains(needle)))
            .unwrap_or_else(|| panic!("no {needle}"))[0]
            .to_string()
    };
    assert_eq!(unit_of("不在单位名单上"), "市教肓局");
    assert_eq!(unit_of("本行未计入"), "市司法局");
}

#[test]
fn an_audit_with_every_table_sent_back_says_none_was_accepted() {
    let records = tmp("records-all-returned");
    std::fs::create_dir_all(&records).unwrap();
    for unit in ["市教育局", "南街街道"] {
        let src = std::fs::read_to_string(examples().join(format!("{unit}.json"))).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&src).unwrap();
        v["annex3"]["sms_sent"] = serde_json::json!("无");
        std::fs::write(records.join(format!("{unit}.json")), v.to_string()).unwrap();
    }
    let html = tmp("核查报告-全部退回.html");
    let xlsx = tmp("核查报告-全部退回.xlsx");
    let (_, _, err) = run(&[
        "audit",
        records.to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
        "--xlsx",
        xlsx.to_str().unwrap(),
    ]);
    let page = std::fs::read_to_string(&html).unwrap_or_else(|_| panic!("{err}"));
    assert!(
        page.contains("<h2>附件3全市合计</h2><p>没有通过的附件3活动情况统计表,无从合计</p>"),
        "{page}"
    );
    assert!(!page.contains("全市合计(0个单位)"));
    let all = sheets(&xlsx);
    let total = &all.iter().find(|(n, _)| n == "全市合计").unwrap().1;
    let cells: Vec<String> = total.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(
        cells.contains(&"没有通过的附件3活动情况统计表,无从合计".to_owned()),
        "{cells:?}"
    );
    assert!(!cells.iter().any(|c| c.contains("(0个单位)")), "{cells:?}");
}
