//! The statistics table of the embedded campaign (附件3): cells, forms, totals and
//! tables of rows.

use fangfei::annex3::sheet::{read_rows, Locator};
use fangfei::annex3::{check_cell, json_schema, parse_count, table_of, validate_form, Field, Form};
use fangfei::campaign::TableDef;
use fangfei::{Campaign, Outcome, RuleId, Severity};

/// The embedded campaign's table.
fn table() -> &'static TableDef {
    table_of(Campaign::embedded()).unwrap()
}

/// The embedded table's column `key`.
fn field(key: &str) -> Field<'static> {
    Field::of(table(), key).unwrap_or_else(|| panic!("no column {key}"))
}

#[test]
fn table_of_cells() {
    let c = Campaign::embedded();
    let text = crate::data("annex3-cells.tsv");
    let rows = crate::rows(&text);
    assert!(rows.len() >= 60, "{} rows", rows.len());
    for (line, cells) in rows {
        let [field, input, expected] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let field =
            Field::of(table(), field).unwrap_or_else(|| panic!("line {line}: field {field}"));
        let input: String =
            serde_json::from_str(input).unwrap_or_else(|e| panic!("line {line}: {e}"));
        let check = check_cell(c, field, &input);
        match expected.parse::<u64>() {
            Ok(v) => {
                assert_eq!(
                    check.value,
                    Some(v),
                    "line {line}: {input:?} → {:#?}",
                    check.findings
                );
                assert!(
                    check.is_valid(),
                    "line {line}: {input:?} {:#?}",
                    check.findings
                );
                // Anything normalised says so with an info finding.
                if input != v.to_string() {
                    assert!(
                        check
                            .findings
                            .iter()
                            .any(|f| f.severity == Severity::Info && f.rule == RuleId::A3_NUMBER),
                        "line {line}: {input:?} normalised silently"
                    );
                }
            }
            Err(_) => {
                let rule: RuleId = expected.parse().unwrap();
                assert_eq!(
                    check.value, None,
                    "line {line}: {input:?} should be refused"
                );
                let errors: Vec<_> = check
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .collect();
                assert_eq!(errors.len(), 1, "line {line}: {input:?} {errors:#?}");
                assert_eq!(errors[0].rule, rule, "line {line}: {input:?} {errors:#?}");
                assert!(!errors[0].message.zh.is_empty() && !errors[0].message.en.is_empty());
            }
        }
    }
}

#[test]
fn blank_message_says_fill_zero() {
    let f = &check_cell(Campaign::embedded(), field("sms_sent"), "无").findings[0];
    assert!(
        f.message.zh.contains("表中项目未开展的填写“0”"),
        "{}",
        f.message.zh
    );
    // One kind of quotation mark in a sentence (issue 29, item 18).
    assert_eq!(f.message.zh, "发送短信填写了“无”:表中项目未开展的填写“0”");
}

#[test]
fn plausibility_bound_is_a_warning() {
    let c = Campaign::embedded();
    let bound = c.annex3_bound("qijin_sessions").unwrap();
    let check = check_cell(c, field("qijin_sessions"), &(bound + 1).to_string());
    assert_eq!(check.value, Some(bound + 1));
    assert!(check.is_valid());
    assert_eq!(check.findings[0].rule, RuleId::A3_RANGE);
    assert_eq!(check.findings[0].severity, Severity::Warning);
    assert!(check_cell(c, field("qijin_sessions"), &bound.to_string())
        .findings
        .is_empty());
}

fn full_form() -> serde_json::Value {
    serde_json::json!({
        "unit": "市教育局",
        "qijin_sessions": "12", "qijin_participants": "1,500人次", "print_broadcast": 300,
        "online_original_works": "3篇", "online_views": "5200", "online_interactive_reach": "800",
        "sms_sent": "0", "outdoor_posters_boards": "40", "outdoor_screens_ads": "6",
        "outdoor_leaflets_gifts": "2000", "news_reports": "2",
        "other_methods": "校园广播、家长会宣讲"
    })
}

#[test]
fn whole_form_valid() {
    let check = validate_form(Campaign::embedded(), &Form::from_json(&full_form()));
    assert!(check.is_valid(), "{:#?}", check.findings);
    let t = check.table.unwrap();
    assert_eq!(
        (
            t.unit.as_str(),
            t.count("qijin_participants").unwrap(),
            t.count("print_broadcast").unwrap()
        ),
        ("市教育局", 1500, 300)
    );
    assert_eq!(t.other_methods, vec!["校园广播", "家长会宣讲"]);
}

#[test]
fn camel_case_keys_are_read_and_a_column_given_twice_is_refused() {
    let mut v = full_form();
    let o = v.as_object_mut().unwrap();
    o.insert("qijinSessions".into(), "12".into());
    o.remove("qijin_sessions");
    o.insert("otherMethods".into(), o["other_methods"].clone());
    o.remove("other_methods");
    let check = validate_form(Campaign::embedded(), &Form::from_json(&v));
    assert!(check.is_valid(), "{:#?}", check.findings);
    assert_eq!(check.table.unwrap().count("qijin_sessions"), Some(12));
    // Both spellings of one column: the first read is used, the second refused by name.
    v["qijin_sessions"] = "99".into();
    let check = validate_form(Campaign::embedded(), &Form::from_json(&v));
    assert!(!check.is_valid());
    let f = check
        .findings
        .iter()
        .find(|f| f.rule == RuleId::INPUT)
        .unwrap();
    assert_eq!(f.path, "qijin_sessions");
    assert!(
        f.message
            .en
            .contains("gives the column qijin_sessions again"),
        "{}",
        f.message.en
    );
}

#[test]
fn whole_form_reports_every_problem_at_its_path() {
    let mut v = full_form();
    v["unit"] = "".into();
    v["qijin_sessions"] = "0".into(); // participants 1500 with 0 sessions
    v["online_original_works"] = "0".into(); // views with no original works
    v["sms_sent"] = "无".into();
    v["print_broadcast"] = serde_json::json!(3.5);
    v["other_methods"] = serde_json::json!(["快闪", "  "]);
    v["colour"] = "blue".into();
    let check = validate_form(Campaign::embedded(), &Form::from_json(&v));
    assert!(check.table.is_none());
    let got: Vec<(String, &str, &str)> = check
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| (f.path.to_string(), f.rule.as_str(), f.severity.as_str()))
        .collect();
    for want in [
        ("unit", "A3-UNIT", "error"),
        ("print_broadcast", "A3-NUMBER", "error"),
        ("sms_sent", "A3-BLANK", "error"),
        // The library's own plausibility rule: a warning (RULES.md A3-PARTICIPANTS).
        ("qijin_participants", "A3-PARTICIPANTS", "warning"),
        ("online_views", "A3-VIEWS", "warning"),
        ("other_methods[1]", "A3-OTHER", "error"),
        ("colour", "INPUT", "error"),
    ] {
        assert!(
            got.iter()
                .any(|(p, r, s)| p == want.0 && *r == want.1 && *s == want.2),
            "missing {want:?} in {got:#?}"
        );
    }
    assert_eq!(got.len(), 7, "{got:#?}");
}

#[test]
fn half_filled_form_checks_what_is_there() {
    // A form checks each field as it is typed, whatever the others hold.
    let c = Campaign::embedded();
    let form = Form::from_json(
        &serde_json::json!({ "unit": "南街", "qijin_sessions": "0", "qijin_participants": "12" }),
    );
    let check = validate_form(c, &form);
    let rules: Vec<&str> = check
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.rule.as_str())
        .collect();
    let participants = check
        .findings
        .iter()
        .find(|f| f.rule.as_str() == "A3-PARTICIPANTS")
        .unwrap();
    assert_eq!(participants.severity, Severity::Warning);
    assert_eq!(participants.clause, "—", "the library's rule, not 附件3's");
    assert!(participants.message.zh.contains("方案未作此规定"));
    assert_eq!(
        rules.iter().filter(|r| **r == "A3-BLANK").count(),
        9,
        "{rules:?}"
    );
    // The alias resolved to the plan's name, with an info finding.
    assert!(check.findings.iter().any(|f| f.rule == RuleId::A3_UNIT
        && f.outcome == Outcome::Pass
        && f.message.zh.contains("南街街道")));
}

#[test]
fn unknown_unit_is_a_warning_with_suggestions() {
    let mut v = full_form();
    v["unit"] = "市教育厅".into();
    let check = validate_form(Campaign::embedded(), &Form::from_json(&v));
    assert!(check.is_valid());
    let f = check
        .findings
        .iter()
        .find(|f| f.rule == RuleId::A3_UNIT)
        .unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.zh.contains("市教育局"), "{}", f.message.zh);
}

fn csv_rows(text: &str) -> Vec<(usize, Vec<String>)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split(',').map(str::to_owned).collect()))
        .collect()
}

#[test]
fn rows_are_located_and_totalled() {
    let c = Campaign::embedded();
    let header = "填报单位,活动场次(次),参与群众(人次),刊印份数、播放次数,发布原创作品数(篇),点击量、阅读量、转发量(次),互动宣传覆盖人数(人次),发送短信(条),海报、展板(份),电子显示屏、公共交通广告、楼宇电梯广告等(次),传单、手册、赠品等(份),被新闻媒体报道(次),其他";
    let text = format!(
        "{header}\n市教育局,12,1500,300,3,5200,800,0,40,6,2000,2,校园广播\n市公安局,5,无,0,1,10,0,0,3,0,100,0,\n\n南街街道,3,200,0,2,300,0,1000,10,0,500,1,\n市教育局,1,1,1,1,1,1,1,1,1,1,1,\n合计,15,1700,300,5,5500,800,1000,50,6,2500,3,\n"
    );
    let batch = read_rows(c, &Locator::Csv, &csv_rows(&text));
    assert!(batch.findings.is_empty(), "{:#?}", batch.findings);
    assert_eq!(
        batch.rows.len(),
        4,
        "the empty line holds no data; the 合计 row is a stated total"
    );
    assert_eq!(batch.counts(), (2, 2));
    // 市公安局: 无 is blank, placed by line and column header.
    let police = &batch.rows[1];
    assert!(!police.accepted);
    assert_eq!(police.findings[0].rule, RuleId::A3_BLANK);
    assert_eq!(
        police.findings[0].place.as_deref(),
        Some("line 3, 参与群众(人次)")
    );
    assert_eq!(police.findings[0].path, "rows[2].qijin_participants");
    // The same unit twice: an error naming both rows; only the first counts.
    let dup = &batch.rows[3];
    assert!(!dup.accepted);
    assert!(dup.findings.iter().any(|f| f.rule == RuleId::A3_TOTAL
        && f.message.zh.contains("第1行")
        && f.message.zh.contains("第4行")));
    assert_eq!(
        batch.totals.columns.by_key("qijin_sessions"),
        Some(&Some(15))
    );
    assert_eq!(batch.totals.columns.by_key("sms_sent"), Some(&Some(1000)));
    assert_eq!(batch.totals.units, vec!["市教育局", "南街街道"]);
}

#[test]
fn sheet_places_and_stated_totals() {
    let c = Campaign::embedded();
    let header = "unit,qijin_sessions,qijin_participants,print_broadcast,online_original_works,online_views,online_interactive_reach,sms_sent,outdoor_posters_boards,outdoor_screens_ads,outdoor_leaflets_gifts,news_reports,other_methods";
    let text = format!(
        "{header}\n市教育局,12,-5,300,3,5200,800,0,40,6,2000,2,\n合计,99,0,0,0,0,0,0,0,0,0,0,\n"
    );
    let batch = read_rows(c, &Locator::Sheet("Sheet1".into()), &csv_rows(&text));
    assert_eq!(
        batch.rows[0].findings[0].place.as_deref(),
        Some("Sheet1!C2")
    );
    // The stated 合计 row disagrees with the (empty) computed total.
    assert!(batch
        .findings
        .iter()
        .any(|f| f.rule == RuleId::A3_TOTAL && f.place.as_deref() == Some("Sheet1!B3")));
}

#[test]
fn missing_header_and_unknown_columns_are_reported() {
    let c = Campaign::embedded();
    let batch = read_rows(c, &Locator::Csv, &csv_rows("a,b,c\n1,2,3\n"));
    assert_eq!(batch.findings[0].rule, RuleId::INPUT);
    let header = "填报单位,活动场次,参与群众,刊印份数、播放次数,备注";
    let batch = read_rows(
        c,
        &Locator::Csv,
        &csv_rows(&format!("{header}\n市教育局,1,1,1,note\n")),
    );
    let rules: Vec<&str> = batch.findings.iter().map(|f| f.rule.as_str()).collect();
    assert!(
        rules.contains(&"INPUT"),
        "the 备注 column is reported: {rules:?}"
    );
    assert_eq!(
        rules.iter().filter(|r| **r == "INPUT").count(),
        9,
        "备注, and 8 count columns missing (a header problem, not a blank cell): {rules:?}"
    );
    assert_eq!(
        batch.counts(),
        (0, 1),
        "a row under a faulty header is rejected, not lost"
    );
}

#[test]
fn single_unit_layout_of_the_plan() {
    // The plan's 附件3: 填报单位: above a two-row grouped header, one data row.
    let c = Campaign::embedded();
    let rows: Vec<(usize, Vec<String>)> = vec![
        (1, vec!["2021 年防范非法集资宣传月活动情况统计表".into()]),
        (2, vec!["填报单位:".into(), "北街街道".into()]),
        (
            3,
            [
                "“七进”等宣传活动",
                "",
                "报刊、杂志、广播、电视等",
                "网络宣传",
                "",
                "",
                "",
                "户外广告、宣传品",
                "",
                "",
                "其他",
                "",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        ),
        (
            4,
            table()
                .columns
                .iter()
                .map(|c| c.header_zh())
                .chain(["其他创新宣传方式".to_string()])
                .collect(),
        ),
        (
            5,
            vec![
                "4", "600", "0", "2", "900", "0", "0", "12", "0", "800", "1", "快闪",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
        ),
        (6, vec!["填表说明: 1. …".into()]),
    ];
    let batch = read_rows(c, &Locator::Sheet("附件3".into()), &rows);
    assert!(batch.findings.is_empty(), "{:#?}", batch.findings);
    assert_eq!(batch.counts(), (1, 0), "{:#?}", batch.rows);
    assert_eq!(batch.rows[0].table.as_ref().unwrap().unit, "北街街道");
    assert_eq!(batch.rows[0].place, "附件3!A5");
}

#[test]
fn overflowing_total_is_reported_not_wrapped() {
    let c = Campaign::embedded();
    let header = "unit,qijin_sessions,qijin_participants,print_broadcast,online_original_works,online_views,online_interactive_reach,sms_sent,outdoor_posters_boards,outdoor_screens_ads,outdoor_leaflets_gifts,news_reports";
    let text = format!("{header}\n市教育局,1,1,1,1,18446744073709551615,1,1,1,1,1,1\n市公安局,1,1,1,1,1,1,1,1,1,1,1\n");
    let batch = read_rows(c, &Locator::Csv, &csv_rows(&text));
    assert_eq!(batch.counts(), (2, 0));
    assert_eq!(batch.totals.columns.by_key("online_views"), Some(&None));
    assert_eq!(
        batch.totals.columns.by_key("qijin_sessions"),
        Some(&Some(2))
    );
    assert!(batch
        .totals
        .findings
        .iter()
        .any(|f| f.rule == RuleId::A3_TOTAL && f.path == "total.online_views"));
}

#[test]
fn schema_shape() {
    let s = json_schema(Campaign::embedded(), false).unwrap();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["required"].as_array().unwrap().len(), 12);
    assert_eq!(s["properties"]["qijin_sessions"]["type"], "integer");
    assert!(s["properties"]["qijin_sessions"].get("maximum").is_none());
    let bounded = json_schema(Campaign::embedded(), true).unwrap();
    assert_eq!(bounded["properties"]["qijin_sessions"]["maximum"], 5000);
}

#[test]
fn parse_count_reports_what_it_normalised() {
    let (v, notes) = parse_count(table(), field("qijin_participants"), " １,２００人次").unwrap();
    assert_eq!(v, 1200);
    assert_eq!(notes.len(), 4, "{notes:?}");
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn exported_schema_accepts_a_valid_table_and_rejects_bad_ones() {
    let schema = json_schema(Campaign::embedded(), false).unwrap();
    let v = jsonschema::validator_for(&schema).expect("the schema compiles");
    let check = validate_form(Campaign::embedded(), &Form::from_json(&full_form()));
    let good = serde_json::to_value(check.table.unwrap()).unwrap();
    assert!(v.is_valid(&good), "{good}");
    for (key, bad) in [
        ("qijin_sessions", serde_json::json!(-1)),
        ("qijin_sessions", serde_json::json!(1.5)),
        ("qijin_sessions", serde_json::json!("12")),
        ("unit", serde_json::json!("   ")),
        ("other_methods", serde_json::json!([""])),
        ("colour", serde_json::json!("blue")),
    ] {
        let mut t = good.clone();
        t[key] = bad.clone();
        assert!(!v.is_valid(&t), "{key} = {bad} accepted");
    }
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("news_reports");
    assert!(!v.is_valid(&missing));
}

#[test]
fn the_plans_own_layout() {
    let c = Campaign::embedded();
    let table = crate::data("annex3-plan-layout.tsv");
    for (line, cells) in crate::rows(&table) {
        let [outdoor, accepted, rule, total] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let rows = vec![
            (1, row(&["2021 年防范非法集资宣传月活动情况统计表"])),
            (2, row(&["填报单位:南街街道"])),
            (3, row(&["\"七进\"等宣传活动", "", "报刊、杂志播、电视等", "网络宣传(网站、微信、微博、抖音、快手、短信等)", "", "", "", "户外广告、宣传品", "其他"])),
            (4, row(&["活动场次(次)", "参与群众 (人次)", "刊印份数、播放次数", "发布原创作品数(篇)", "点击量、阅读量、转发量(次)", "互动宣传覆盖人数(人次)", "发送短信 (条)", "海报、展板(份); 电子显示屏、公共交通广告、楼宇电梯广告等(次); 传单、手册、赠品等(份)", "被新闻媒体报道 (次)"])),
            (5, row(&["12", "800", "0", "5", "3000", "1200", "5000", outdoor, "2"])),
        ];
        let batch = read_rows(c, &Locator::Sheet("附件3".into()), &rows);
        assert!(
            batch.findings.is_empty(),
            "line {line}: {:#?}",
            batch.findings
        );
        let r = &batch.rows[0];
        assert_eq!(r.unit.as_deref(), Some("南街街道"), "line {line}");
        assert_eq!(
            r.accepted,
            accepted == "yes",
            "line {line}: {:#?}",
            r.findings
        );
        match rule.as_str() {
            "-" => assert!(r.findings.is_empty(), "line {line}: {:#?}", r.findings),
            rule => {
                let f = &r.findings[0];
                assert_eq!(f.rule.as_str(), rule, "line {line}: {f:#?}");
                assert_eq!(f.place.as_deref(), Some("附件3!H5"), "line {line}");
                assert!(
                    r.findings
                        .iter()
                        .all(|f| f.rule != RuleId::A3_BLANK || rule == "A3-BLANK"),
                    "line {line}"
                );
            }
        }
        if total != "-" {
            let t = &batch.totals.columns;
            let sum: u64 = [
                "outdoor_posters_boards",
                "outdoor_screens_ads",
                "outdoor_leaflets_gifts",
            ]
            .iter()
            .map(|k| t.by_key(k).unwrap().unwrap())
            .sum();
            assert_eq!(sum.to_string(), *total, "line {line}");
        }
    }
}

#[test]
fn a_missing_column_is_a_header_problem_not_a_blank_cell() {
    let c = Campaign::embedded();
    let text = "填报单位,活动场次(次),参与群众(人次),刊印份数、播放次数\n市教育局,1,2,3\n";
    let batch = read_rows(c, &Locator::Csv, &csv_rows(text));
    let missing: Vec<_> = batch
        .findings
        .iter()
        .filter(|f| f.path.to_string().starts_with("header."))
        .collect();
    assert_eq!(missing.len(), 8, "{missing:#?}");
    assert!(missing
        .iter()
        .all(|f| f.rule == RuleId::INPUT && f.message.zh.contains("template")));
}

#[test]
fn rows_that_would_be_lost_or_shifted_are_reported() {
    // Issue 14, item 6: nothing silently dropped, no shifted number accepted.
    let c = Campaign::embedded();
    let header = "填报单位,活动场次(次),参与群众(人次),刊印份数、播放次数,发布原创作品数(篇),点击量、阅读量、转发量(次),互动宣传覆盖人数(人次),发送短信(条),海报、展板(份),电子显示屏、公共交通广告、楼宇电梯广告等(次),传单、手册、赠品等(份),被新闻媒体报道(次),其他";
    let ok = "市教育局,12,1500,300,3,5200,800,0,40,6,2000,2,";
    for (rows, rule, says) in [
        // An unquoted 1,200 shifts every later cell: the row is refused.
        (
            "市教育局,12,1,200,300,3,5200,800,0,40,6,2000,2,",
            "A3-NUMBER",
            "多1格",
        ),
        // A data row after the notes is reported, not dropped.
        (&*format!("填表说明:1.\n{ok}"), "INPUT", "填表说明之后"),
        // A second total row is reported, not silently replacing the first.
        (
            &*format!(
                "{ok}\n合计,12,1500,300,3,5200,800,0,40,6,2000,2,\n合计,1,1,1,1,1,1,1,1,1,1,1,"
            ),
            "A3-TOTAL",
            "第二个合计行",
        ),
    ] {
        let batch = read_rows(c, &Locator::Csv, &csv_rows(&format!("{header}\n{rows}\n")));
        let all: Vec<_> = batch
            .findings
            .iter()
            .chain(batch.rows.iter().flat_map(|r| &r.findings))
            .collect();
        assert!(
            all.iter()
                .any(|f| f.rule.as_str() == rule && f.message.zh.contains(says)),
            "{rows}: {all:#?}"
        );
        assert!(batch
            .rows
            .iter()
            .all(|r| r.accepted || !r.findings.is_empty()));
    }
    // A unit whose name starts with 说明 is a unit, not the notes.
    let batch = read_rows(
        c,
        &Locator::Csv,
        &csv_rows(&format!(
            "{header}\n{ok}\n说明书编辑部,1,1,1,1,1,1,1,1,1,1,1,\n"
        )),
    );
    assert_eq!(batch.rows.len(), 2);
}

#[test]
fn json_numbers_are_judged_for_what_they_are() {
    // Issue 14, item 14: 2^64 is beyond range (A3-RANGE), not "a decimal"; a whole
    // number carried as a float (1e3, -0.0) is that whole number.
    let c = Campaign::embedded();
    for (n, rule, value) in [
        ("18446744073709551616", Some("A3-RANGE"), None),
        ("1e30", Some("A3-RANGE"), None),
        ("1e3", None, Some(1000)),
        ("-0.0", None, Some(0)),
        ("1.5", Some("A3-NUMBER"), None),
        ("-3", Some("A3-NUMBER"), None),
    ] {
        let v: serde_json::Value = serde_json::from_str(n).unwrap();
        let check = fangfei::annex3::check_field(c, "sms_sent", &v).unwrap();
        let errors: Vec<_> = check
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        match rule {
            Some(r) => assert!(
                errors.iter().any(|f| f.rule.as_str() == r),
                "{n}: {check:#?}"
            ),
            None => assert!(errors.is_empty(), "{n}: {check:#?}"),
        }
        if let Some(value) = value {
            let text = fangfei::annex3::cell_text(&v);
            assert_eq!(
                parse_count(table(), field("sms_sent"), &text).unwrap().0,
                value,
                "{n}"
            );
        }
    }
}

/// A reporting unit of a page of text is refused at once, said in part: not looked up,
/// not compared with every roster name, not echoed whole (a 10 MB unit took seconds
/// and came back twice in the messages).
#[test]
fn a_unit_of_a_page_of_text_is_refused_in_a_line() {
    let c = Campaign::embedded();
    let long = "局".repeat(1_000_000);
    let check = fangfei::annex3::check_field(c, "unit", &serde_json::json!(long)).unwrap();
    assert_eq!(check.len(), 1, "{:?}", check.first().map(|f| &f.message.zh));
    let f = &check[0];
    assert_eq!((f.rule.as_str(), f.severity), ("A3-UNIT", Severity::Error));
    assert!(
        f.message.zh.contains("有1000000个字,不是单位名称"),
        "{}",
        f.message.zh
    );
    assert!(f.message.zh.chars().count() < 100 && f.message.en.len() < 300);
    // A name of 100 characters is still looked up (and is not on the roster).
    let check =
        fangfei::annex3::check_field(c, "unit", &serde_json::json!("局".repeat(100))).unwrap();
    assert!(
        check.iter().all(|f| !f.message.zh.contains("不是单位名称")),
        "{check:?}"
    );
}
