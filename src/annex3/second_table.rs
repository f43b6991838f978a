//! Laws over a campaign with another statistics table (a copy of the embedded one
//! with its table replaced: three columns in two other groups with other units, one
//! cross-field rule, no combined cell, no free-text column), and over a campaign
//! with none.

use serde_json::json;

use super::sheet::{column_of, read_rows, read_values, Column, Locator, TableReader};
use super::*;
use crate::campaign::{CrossRule, Named};

/// The other table: 讲座场数(场), 听众人数(人) under 线下活动, 发稿篇数(篇) (also
/// 稿件) under 媒体传播; when 听众人数 > 0, 讲座场数 must be too (a warning).
fn other_campaign() -> Campaign {
    let mut c = Campaign::embedded().clone();
    // Its own clauses: none given for the table's rules (they cite the table's).
    c.clauses = std::mem::take(&mut c.clauses)
        .into_iter()
        .filter(|(k, _)| !k.starts_with("A3-"))
        .collect();
    let named = |key: &str, zh: &str, en: &str| Named {
        key: key.into(),
        name: Text::new(zh, en),
        aliases: vec![],
    };
    let column = |key: &str, group: &str, zh: &str, en: &str, unit: &str, bound: u64| ColumnDef {
        key: key.into(),
        group: group.into(),
        name: Text::new(zh, en),
        units: vec![unit.into()],
        bound,
        aliases: vec![],
    };
    let mut articles = column("articles", "media", "发稿篇数", "articles", "篇", 50);
    articles.aliases = vec!["稿件".into()];
    c.statistics_table = Some(TableDef {
        key: "results".into(),
        name: Text::new("宣传成效表", "results table"),
        title: "宣传成效统计表".into(),
        clause: "附件2".into(),
        material: None,
        blank_rule: None,
        notes: vec!["说明:每个单位填写一行。".into()],
        groups: vec![
            named("events", "线下活动", "events"),
            named("media", "媒体传播", "media"),
        ],
        columns: vec![
            column("lectures", "events", "讲座场数", "lectures", "场", 100),
            column("audience", "events", "听众人数", "audience", "人", 10_000),
            articles,
        ],
        combined: vec![],
        other: None,
        cross_rules: vec![CrossRule {
            id: RuleId::of("X2-AUDIENCE"),
            title: Text::new("听众与讲座", "Audience and lectures"),
            clause: "附件2 说明".into(),
            severity: Severity::Warning,
            if_positive: "audience".into(),
            then_positive: "lectures".into(),
            hint: None,
        }],
        ledger: None,
    });
    c
}

/// Every word the 2021 table prints: its columns' labels, its groups', its
/// free-text column's, its combined cell's, its clause.
fn words_of_2021() -> Vec<String> {
    let t = table_of(Campaign::embedded()).unwrap();
    let mut words: Vec<String> = t.columns.iter().map(|c| c.name.zh.clone()).collect();
    words.extend(t.groups.iter().map(|g| g.name.zh.clone()));
    words.extend(t.combined.iter().map(|m| m.header.clone()));
    words.extend(t.other.iter().map(|o| o.name.zh.clone()));
    words.push(t.clause.clone());
    words.push(t.title.clone());
    words
}

/// No word of the 2021 table in `text`.
fn assert_no_2021(what: &str, text: &str) {
    for w in words_of_2021() {
        assert!(
            !text.contains(&w),
            "{what} says the 2021 table's {w:?}: {text}"
        );
    }
}

#[test]
fn cells_follow_the_other_table() {
    let c = other_campaign();
    let t = table_of(&c).unwrap();
    let lectures = Field::of(t, "lectures").unwrap();
    let check = check_cell(&c, lectures, " １２场 ");
    assert_eq!(check.value, Some(12));
    assert_eq!(check.findings[0].rule, RuleId::A3_NUMBER);
    assert_eq!(check.findings[0].clause, "附件2");
    assert!(check.findings[0].message.zh.starts_with("讲座场数"));
    // Another column's unit, and the 2021 units that are none of this table's.
    assert_eq!(
        parse_count(t, lectures, "12人"),
        Err(CellError::WrongUnit { unit: "人".into() })
    );
    assert_eq!(
        parse_count(t, lectures, "12条"),
        Err(CellError::WrongUnit { unit: "条".into() }),
        "a common measure word"
    );
    // The column's bound.
    let over = check_cell(&c, lectures, "101");
    assert_eq!(over.findings[0].rule, RuleId::A3_RANGE);
    assert!(over.is_valid());
    assert!(check_cell(&c, lectures, "100").findings.is_empty());
    // A blank: the library's instruction (the table quotes none), the table's clause.
    let blank = check_cell(&c, lectures, "");
    assert_eq!(blank.findings[0].rule, RuleId::A3_BLANK);
    assert_eq!(
        blank.findings[0].message.zh,
        "讲座场数未填写:未开展的项目请填写“0”"
    );
    assert_eq!(blank.findings[0].clause, "附件2");
    for check in [check, over, blank] {
        let text = serde_json::to_string(&check).unwrap();
        assert_no_2021("a cell", &text);
    }
    // Field names are the table's.
    assert!(Field::of(t, "qijin_sessions").is_none());
    assert!(check_field(&c, "qijin_sessions", &json!(1)).is_err());
    assert!(check_field(&c, "other_methods", &json!("快闪")).is_err());
    let f = check_field(&c, "articles", &json!("3篇")).unwrap();
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn forms_follow_the_other_table() {
    let c = other_campaign();
    let good = json!({"unit": "市教育局", "lectures": "3", "audience": "120人", "articles": 2});
    let check = validate_form(&c, &Form::from_json(&good));
    assert!(check.is_valid(), "{:#?}", check.findings);
    let table = check.table.unwrap();
    assert_eq!(table.count("audience"), Some(120));
    assert_eq!(table.count("qijin_sessions"), None);
    assert_eq!(
        serde_json::to_value(&table).unwrap(),
        json!({"unit": "市教育局", "lectures": 3, "audience": 120, "articles": 2}),
        "no free-text column"
    );
    assert!(validate_table(&c, &table).is_empty());
    // The cross rule: a warning, with its id, clause and a message from the names.
    let v = json!({"unit": "市教育局", "lectures": 0, "audience": 50, "articles": 0});
    let check = validate_form(&c, &Form::from_json(&v));
    assert!(check.is_valid());
    let f = &check.findings[0];
    assert_eq!(f.rule, "X2-AUDIENCE");
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.clause, "附件2 说明");
    assert_eq!(f.path, "audience");
    assert_eq!(f.message.zh, "讲座场数为0,听众人数却为50人");
    assert_eq!(f.message.en, "50 audience but 0 lectures");
    // A 2021 key and a free-text list are no fields here; a missing column is blank.
    let v = json!({"unit": "市教育局", "lectures": 1, "audience": 1, "qijin_sessions": 1, "other_methods": ["快闪"]});
    let check = validate_form(&c, &Form::from_json(&v));
    let rules: Vec<(String, String)> = check
        .findings
        .iter()
        .map(|f| (f.rule.to_string(), f.path.to_string()))
        .collect();
    assert_eq!(
        rules,
        [
            ("A3-BLANK".into(), "articles".into()),
            ("INPUT".into(), "other_methods".into()),
            ("INPUT".into(), "qijin_sessions".into()),
        ]
    );
    assert!(check.findings[1]
        .message
        .zh
        .contains("不是宣传成效表的栏目"));
    assert_no_2021("a form's findings", &serde_json::to_string(&check).unwrap());
}

#[test]
fn sheets_and_totals_follow_the_other_table() {
    let c = other_campaign();
    let t = table_of(&c).unwrap();
    assert_eq!(
        column_of(t, "稿件"),
        Some(Column::Count(Field::of(t, "articles").unwrap()))
    );
    assert_eq!(column_of(t, "活动场次(次)"), None);
    assert_eq!(column_of(t, "其他"), None);
    let row = |cells: &[&str]| cells.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    // The table's own two-row header, as a template prints it.
    let rows = vec![
        (1, row(&["宣传成效统计表"])),
        (2, row(&["填报单位", "线下活动", "", "媒体传播"])),
        (
            3,
            row(&["", "讲座场数(场)", "听众人数(人)", "发稿篇数(篇)"]),
        ),
        (4, row(&["市教育局", "3", "120", "2"])),
        (5, row(&["南街街道", "1场", "30", "0"])),
        (6, row(&["外地单位", "1", "1", "1"])),
        (7, row(&["合计", "4", "150", "3"])),
        (8, row(&["说明:每个单位填写一行。"])),
    ];
    let batch = read_rows(&c, &Locator::Sheet("成效".into()), &rows);
    assert_eq!(batch.counts(), (3, 0), "{:#?}", batch.rows);
    let sums: Vec<(&str, Option<u64>)> =
        batch.totals.columns.iter().map(|(k, v)| (k, *v)).collect();
    assert_eq!(
        sums,
        [
            ("lectures", Some(4)),
            ("audience", Some(150)),
            ("articles", Some(2))
        ]
    );
    assert_eq!(batch.totals.outside.by_key("articles"), Some(&Some(1)));
    // The stated total differs in one column: a warning naming it.
    let f: Vec<&Finding> = batch.findings.iter().collect();
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(
        (f[0].rule, f[0].path.to_string()),
        (RuleId::A3_TOTAL, "total.articles".into())
    );
    assert_eq!(f[0].message.zh, "表中合计行发稿篇数为3,各行相加为2");
    assert_eq!(f[0].clause, "附件2");
    // A 2021 header is no column of this table; its missing column is named.
    let rows = vec![
        (
            1,
            row(&["填报单位", "活动场次(次)", "讲座场数", "听众人数"]),
        ),
        (2, row(&["市教育局", "1", "1", "1"])),
    ];
    let batch = read_rows(&c, &Locator::Csv, &rows);
    let messages: Vec<&str> = batch
        .findings
        .iter()
        .map(|f| f.message.zh.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "表头“活动场次(次)”不是宣传成效表的栏目,该列数据无法读取",
            "表头缺少“发稿篇数(篇)”列:请按宣传成效表的栏目填写(fangfei annex3 template 可生成空白表)",
        ]
    );
    assert_eq!(batch.counts(), (0, 1));
    // JSON forms, and a 2021 table's header: no header of this table.
    let batch = read_values(
        &c,
        &[json!({"unit": "市教育局", "lectures": 1, "audience": 2, "articles": 3})],
        |n| format!("#{n}"),
    );
    assert_eq!(batch.totals.columns.by_key("articles"), Some(&Some(3)));
    assert_no_2021("a batch", &serde_json::to_string(&batch).unwrap());
    let header: Vec<String> = Field::all(table_of(Campaign::embedded()).unwrap())
        .map(|f| f.def().header_zh())
        .collect();
    let batch = read_rows(&c, &Locator::Csv, &[(1, header)]);
    assert!(
        batch.findings[0].message.zh.starts_with("找不到表头"),
        "{:#?}",
        batch.findings
    );
    assert!(batch.findings[0]
        .message
        .zh
        .contains("(如“讲座场数(场)”或lectures)"));
}

#[test]
fn the_schema_follows_the_other_table() {
    let c = other_campaign();
    let s = json_schema(&c, true).unwrap();
    assert_eq!(s["title"], "宣传成效统计表");
    let props: Vec<&str> = s["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(props, ["articles", "audience", "lectures", "unit"]);
    assert_eq!(
        s["required"],
        json!(["unit", "lectures", "audience", "articles"])
    );
    assert_eq!(s["properties"]["lectures"]["title"], "讲座场数(场)");
    assert_eq!(s["properties"]["lectures"]["maximum"], 100);
    assert_no_2021("the schema", &s.to_string());
}

/// A campaign with no statistics table: every entry point refuses with the one
/// finding that says so, never a panic.
#[test]
fn no_table_is_refused_everywhere() {
    let mut c = Campaign::embedded().clone();
    c.statistics_table = None;
    let refused = |f: &Finding| f.rule == RuleId::INPUT && f.path == "statistics_table";
    let embedded = table_of(Campaign::embedded()).unwrap();
    let field = Field::of(embedded, "sms_sent").unwrap();
    let cell = check_cell(&c, field, "12");
    assert!(cell.value.is_none() && refused(&cell.findings[0]));
    assert!(refused(&check_number(&c, field, 1).unwrap()));
    assert!(check_field(&c, "sms_sent", &json!(1)).is_err());
    assert!(check_field(&c, "unit", &json!("市教育局")).is_err());
    let form = validate_form(&c, &Form::from_json(&json!({"unit": "市教育局"})));
    assert!(form.table.is_none() && refused(&form.findings[0]));
    assert!(refused(&validate_table(&c, &Annex3::default())[0]));
    let batch = read_rows(
        &c,
        &Locator::Csv,
        &[(1, vec!["unit".into(), "sms_sent".into()])],
    );
    assert!(batch.rows.is_empty() && refused(&batch.findings[0]));
    let batch = read_values(&c, &[json!({"unit": "市教育局"})], |n| format!("#{n}"));
    assert!(refused(&batch.findings[0]));
    let batch = sheet::read_forms(&c, &[("a".into(), Form::default())]);
    assert!(refused(&batch.findings[0]));
    let mut reader = TableReader::new(&c, Locator::Csv);
    reader.push(1, &["unit", "sms_sent"]);
    assert_eq!(reader.take_rows().count(), 0);
    assert!(refused(&reader.finish().findings[0]));
    assert!(refused(&total(&c, &mut []).findings[0]));
    assert!(refused(&json_schema(&c, false).unwrap_err()));
}
