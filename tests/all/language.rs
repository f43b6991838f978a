//! Chinese output is Chinese throughout (RULES.md §8): every kind of message the
//! library writes, rendered as a person reads it, holds no English severity word, no
//! Rust value or name, no regular expression and no empty quotes.

use fangfei::annex3::{check_cell, check_cell_in, check_field_in, table_of, Field};

/// The embedded table's column `key` (`sms_sent` for a key it has not).
fn column(key: &str) -> Field<'static> {
    let t = table_of(Campaign::embedded()).unwrap();
    Field::of(t, key)
        .or_else(|| Field::of(t, "sms_sent"))
        .unwrap()
}
use fangfei::audit::audit;
use fangfei::quiz::{Scorer, Sheet};
use fangfei::record::UnitRecord;
use fangfei::time::Instant;
use fangfei::{Campaign, Finding, Lang};

/// What a Chinese text must not hold, and why.
fn faults(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for (word, why) in [
        ("error", "an English severity word"),
        ("warning", "an English severity word"),
        ("some(", "a Rust Option"),
        ("none", "a Rust Option"),
        ("“”", "empty quotes"),
    ] {
        if lower.contains(word) {
            out.push(why);
        }
    }
    // English prose: two ASCII words in a row, one space apart ("unknown variant").
    let tokens: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == ' ' || c == '_'))
        .collect();
    for t in tokens {
        let words: Vec<&str> = t.split(' ').collect();
        if words.windows(2).any(|w| {
            w.iter()
                .all(|x| x.len() >= 2 && x.chars().all(|c| c.is_ascii_alphabetic()))
        }) {
            out.push("English prose");
        }
    }
    // A character class of a regular expression: [3-9], [0-9], [a-z].
    let b = text.as_bytes();
    if b.windows(5)
        .any(|w| w[0] == b'[' && w[2] == b'-' && w[4] == b']' && w[1].is_ascii_alphanumeric())
    {
        out.push("a regular expression");
    }
    // A Rust name: an ASCII word of two capitalised parts (SingleChoice, NotFirstOfDay).
    for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
        let caps = word.chars().filter(char::is_ascii_uppercase).count();
        let lowers = word.chars().filter(char::is_ascii_lowercase).count();
        if caps >= 2 && lowers >= 2 && word.starts_with(|c: char| c.is_ascii_uppercase()) {
            out.push("a Rust name");
        }
    }
    out
}

fn assert_chinese(what: &str, texts: impl IntoIterator<Item = String>) {
    let mut seen = 0;
    for t in texts {
        seen += 1;
        let f = faults(&t);
        assert!(f.is_empty(), "{what}: {f:?} in {t:?}");
    }
    assert!(seen > 0, "{what}: nothing rendered");
}

fn lines(findings: &[Finding]) -> Vec<String> {
    findings.iter().map(|f| f.line(Lang::Zh)).collect()
}

#[test]
fn the_checker_itself_catches_each_fault() {
    for bad in [
        "[D-PLAN] error 不符合",
        "warning 不符合",
        "Some(3)",
        "填写了“”",
        "须为1[3-9]开头",
        "题型SingleChoice",
        "取值不对:unknown variant `plann`",
    ] {
        assert!(!faults(bad).is_empty(), "{bad}");
    }
    assert!(faults("[D-PLAN] 不符合 — 未报送宣传活动计划(截止2021-06-10 17:00:00(含))").is_empty());
}

#[test]
fn audits_at_every_stage_of_the_campaign() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("examples/lingyuan-2021"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut inputs: Vec<_> = files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                UnitRecord::from_json(
                    fangfei::Campaign::embedded(),
                    &std::fs::read_to_string(p).unwrap(),
                ),
            )
        })
        .collect();
    // Broken records of every kind, as the office receives them.
    for (name, text) in [
        (
            "bad-kind.json",
            r#"{"unit": "市教育局", "submissions": [{"kind": "plann", "submitted_at": "2021-06-09"}]}"#,
        ),
        (
            "bad-time.json",
            r#"{"unit": "市教育局", "submissions": [{"kind": "plan", "submitted_at": "6月32日"}]}"#,
        ),
        (
            "bad-channel.json",
            r#"{"unit": "市教育局", "media_works": [{"title": "t", "channel": "飞鸽", "published_at": "2021-06-11"}]}"#,
        ),
        ("bad-type.json", r#"{"unit": 7, "outreach": {}}"#),
        ("unknown-key.json", r#"{"unit": "市教育局", "media": []}"#),
        ("not-json.json", r#"{"unit": "#),
        (
            "repeated.json",
            r#"{"unit": "市教育局", "unit": "市财政局"}"#,
        ),
        (
            "bad-date.json",
            r#"{"unit": "市教育局", "outreach": [{"kind": "进机关", "date": "2021-13-01"}], "roles": ["mayor"]}"#,
        ),
        (
            "bad-hour.json",
            r#"{"unit": "市教育局", "submissions": [{"kind": "plan", "submitted_at": "2021-06-09T25:00"}]}"#,
        ),
    ] {
        inputs.push((
            name.into(),
            UnitRecord::from_json(fangfei::Campaign::embedded(), text),
        ));
    }
    let c = Campaign::embedded();
    for at in [
        "2021-06-01",
        "2021-06-15T09:30",
        "2021-06-15T12:00",
        "2021-06-20",
        "2021-07-10",
    ] {
        let a = audit(c, &inputs, Instant::parse(at).unwrap());
        let all: Vec<Finding> = a.all_findings().cloned().collect();
        assert_chinese(&format!("audit as of {at}"), lines(&all));
    }
}

#[test]
fn annex3_cells_of_every_kind() {
    let c = Campaign::embedded();
    let table = crate::data("annex3-cells.tsv");
    let texts = crate::rows(&table).into_iter().flat_map(|(_, cells)| {
        let field = column(&cells[0]);
        lines(&check_cell(c, field, cells.get(1).map_or("", String::as_str)).findings)
    });
    assert_chinese("annex3 cells", texts);
    assert_chinese(
        "annex3 blanks",
        ["", "无", "-", "/", "  "]
            .into_iter()
            .flat_map(|raw| lines(&check_cell(c, column("sms_sent"), raw).findings)),
    );
}

#[test]
fn quiz_sheets_of_every_kind() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let c = Campaign::embedded();
    let papers: Vec<fangfei::quiz::Paper> = serde_json::from_str(
        &std::fs::read_to_string(root.join("examples/quiz/papers.json")).unwrap(),
    )
    .unwrap();
    let mut s = Scorer::new(c, &papers).unwrap();
    let text = std::fs::read_to_string(root.join("examples/quiz/sheets-2021-06-15.jsonl")).unwrap();
    let mut texts = Vec::new();
    for (i, line) in text.lines().enumerate() {
        match Sheet::from_json_text(line) {
            Ok(sheet) => texts.extend(lines(&s.sheet(i + 1, &sheet).findings)),
            Err(why) => texts.push(why.zh),
        }
    }
    for bad in [
        r#"{"participant": 7}"#,
        r#"{"participant": "a", "participant": "b"}"#,
        "not json",
    ] {
        texts.push(Sheet::from_json_text(bad).unwrap_err().zh);
    }
    assert_chinese("quiz", texts);
}

#[test]
fn the_rule_catalogue() {
    let catalogue = Campaign::embedded().catalogue();
    assert_chinese(
        "catalogue",
        catalogue
            .iter()
            .map(|r| format!("{}:{}", r.title.zh, r.text.zh)),
    );
    for r in &catalogue {
        // `rules` prints "title:text": the text must not repeat "title:".
        assert!(
            !r.text.zh.starts_with(&format!("{}:", r.title.zh)),
            "{}: title printed twice",
            r.id
        );
    }
}

#[test]
fn the_calendar_of_events() {
    let c = Campaign::embedded();
    assert_chinese(
        "events",
        c.events().unwrap().into_iter().map(|e| e.label.zh),
    );
    assert_chinese(
        "phases",
        ["2021-06-05", "2021-06-20", "2021-07-02", "2021-07-05"]
            .into_iter()
            .filter_map(|t| c.moment(Instant::parse(t).unwrap()).phase_name)
            .map(|t| t.zh),
    );
}

#[test]
fn a_huge_key_is_not_repeated_into_a_message() {
    // Issue 14, item 14: the messages quote a bounded part of the input.
    let key = "x".repeat(1 << 20);
    let e = UnitRecord::from_json(
        fangfei::Campaign::embedded(),
        &format!("{{\"unit\": \"市教育局\", \"{key}\": 1}}"),
    )
    .unwrap_err();
    let m = e.message();
    assert!(
        m.zh.len() < 1000 && m.en.len() < 1000,
        "{} bytes",
        m.zh.len()
    );
}

/// A cell (or field) checked in one language is the same check as in both, the other
/// language's text empty: `check_cell_in` formats only the language asked for, and
/// leaves out nothing else.
fn one_language_is_both_minus_the_other(c: &Campaign, field: Field, raw: &str) {
    let both = check_cell(c, field, raw);
    for lang in [Lang::Zh, Lang::En] {
        let mut want = both.clone();
        for f in &mut want.findings {
            f.message.keep(Some(lang));
            assert!(!f.message.get(lang).is_empty(), "{raw:?}: {f:?}");
        }
        assert_eq!(
            check_cell_in(c, field, raw, Some(lang)),
            want,
            "{raw:?} in {lang:?}"
        );
        let value = serde_json::Value::String(raw.to_owned());
        assert_eq!(
            check_field_in(c, field.key(), &value, Some(lang)).unwrap(),
            want.findings,
            "{raw:?} in {lang:?}"
        );
    }
    assert_eq!(check_cell_in(c, field, raw, None), both);
}

#[test]
fn a_cell_checked_in_one_language_is_the_check_in_both_minus_the_other() {
    let c = Campaign::embedded();
    let table = crate::data("annex3-cells.tsv");
    for (_, cells) in crate::rows(&table) {
        let field = column(&cells[0]);
        one_language_is_both_minus_the_other(c, field, cells.get(1).map_or("", String::as_str));
    }
    // Blanks, a count over its plausibility bound, a cell too long to read.
    let long = "9".repeat(300);
    for raw in ["", "无", "  ", "99999999999", " １２次 ", long.as_str()] {
        one_language_is_both_minus_the_other(c, column("qijin_sessions"), raw);
    }
    // The unit and the other methods: their findings kept in one language.
    for (name, value) in [
        ("unit", serde_json::json!("市教育厅")),
        ("other_methods", serde_json::json!(["快闪", " "])),
    ] {
        let both = fangfei::annex3::check_field(c, name, &value).unwrap();
        assert!(!both.is_empty(), "{name}");
        let zh = check_field_in(c, name, &value, Some(Lang::Zh)).unwrap();
        assert_eq!(zh.len(), both.len());
        for (one, two) in zh.iter().zip(&both) {
            assert_eq!(
                (one.message.zh.as_str(), one.message.en.as_str()),
                (two.message.zh.as_str(), "")
            );
        }
    }
}

proptest::proptest! {
    #[test]
    fn any_cell_checked_in_one_language_is_the_check_in_both_minus_the_other(raw in "[0-9０-９,，.万次人条份 -]{0,12}|.{0,30}") {
        one_language_is_both_minus_the_other(Campaign::embedded(), column("qijin_participants"), &raw);
    }
}

/// Issue 29, item 16: a material received after the as-of instant is not known then;
/// it is said once, under the material's own rule as a note (仅记录), never as an
/// input fault (“输入格式(无法判断)”).
#[test]
fn a_material_received_after_the_as_of_is_a_note_under_its_own_rule() {
    use fangfei::record::Submission;
    use fangfei::{Outcome, RuleId, Severity};
    let c = Campaign::embedded();
    let at = |s| Instant::parse(s).unwrap();
    let plan = Submission::new("plan", at("2021-06-20T09:00:00+08:00"));
    let f = crate::check_submissions(c, &["member_unit"], None, &[plan], at("2021-06-16"));
    assert!(!f.iter().any(|f| f.rule == RuleId::INPUT), "{f:#?}");
    let note = f
        .iter()
        .find(|f| f.rule == RuleId::of("D-PLAN") && f.outcome == Outcome::Reported)
        .unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(
        note.message.zh,
        "宣传活动计划(电子版)核查时点后收到,本次不计(收到时间2021-06-20 09:00:00)"
    );
    assert_eq!(note.verdict(Lang::Zh), "仅记录");
    assert_eq!(note.severity, Severity::Warning);
    assert_eq!(note.clause, "二(一)");
    // Not counted: as of 06-16 the plan is missing.
    let plan = f
        .iter()
        .find(|f| f.rule == RuleId::of("D-PLAN") && f.outcome == Outcome::Fail)
        .unwrap();
    assert!(plan.message.zh.contains("未报送"), "{}", plan.message.zh);
    assert_chinese("note", [note.message.zh.clone()]);
}

/// Issue 29, item 18: an activity of a kind outside 七进 is 仅记录 (reported), not
/// 不适用 — the rule applies to the unit; the activity is just not counted — and the
/// message names the rule by its title, not its id.
#[test]
fn an_activity_outside_the_list_of_kinds_is_reported_not_inapplicable() {
    use fangfei::{Outcome, RuleId};
    let c = Campaign::embedded();
    let json = r#"{"unit": "市教育局", "outreach": [
        {"kind": "进地铁", "date": "2021-06-23"},
        {"kind": "进社区", "date": "2021-06-11"}]}"#;
    let r = UnitRecord::from_json(c, json).unwrap();
    let report = fangfei::audit::check_unit(c, &r, Instant::parse("2021-07-10").unwrap());
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::of("M-QIJIN-3") && f.path == "outreach[0].kind")
        .unwrap();
    assert_eq!(f.outcome, Outcome::Reported);
    assert_eq!(f.verdict(Lang::Zh), "仅记录");
    assert_eq!(
        f.message.zh,
        "“进地铁”不在“七进”之列,仅记录,不计入“七进”活动"
    );
    assert_chinese("outside kind", [f.message.zh.clone()]);
}

/// Issue 29, item 18: a plan that does not state its time is told which time — the
/// campaign's `about` of the duty (二(二)2 五是: 15日当天 …具体时间要告知市处非办).
#[test]
fn a_missing_statement_says_which_time_is_meant() {
    use fangfei::{Outcome, RuleId};
    let c = Campaign::embedded();
    let json = r#"{"unit": "东城街道", "submissions": [
        {"kind": "plan", "submitted_at": "2021-06-09T10:00:00+08:00"}]}"#;
    let r = UnitRecord::from_json(c, json).unwrap();
    let report = fangfei::audit::check_unit(c, &r, Instant::parse("2021-07-10").unwrap());
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::of("D-PLAN-STREET-TIME"))
        .unwrap();
    assert_eq!(f.outcome, Outcome::Fail);
    assert_eq!(
        f.message.zh,
        "活动计划未明确6月15日集中宣传日当天的活动时间"
    );
    assert_chinese("statement", [f.message.zh.clone()]);
}

/// Issue 29, item 18: the calendar says the quiz's 24:00 once — in its time, not again
/// in its label.
#[test]
fn the_calendar_says_the_quiz_closing_time_once() {
    let c = Campaign::embedded();
    let events = c.events().unwrap();
    let close = events
        .iter()
        .find(|e| {
            e.label.get(Lang::Zh).starts_with("知识竞赛") && e.clock().as_deref() == Some("24:00")
        })
        .unwrap();
    assert_eq!(close.label.get(Lang::Zh), "知识竞赛截止");
    for e in events.iter() {
        assert!(
            !e.label.get(Lang::Zh).contains("24:00"),
            "{}",
            e.label.get(Lang::Zh)
        );
    }
}

/// Issue 29, item 19: a refused record's Chinese message, its places named by
/// `record::field_zh` as the command line names them, holds no key and no path:
/// every field of every example record replaced by a wrong value, one at a time.
/// Left: the clerk's own words in “…”, and JSON's literals (true, false, null),
/// which a record's author writes as they are.
#[test]
fn a_refused_records_places_are_chinese() {
    use serde_json::{json, Value};
    let c = Campaign::embedded();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut bad = std::collections::BTreeSet::new();
    let mut seen = 0;
    let wrong = [
        json!(42),
        json!("x"),
        json!([]),
        json!({}),
        json!(true),
        json!(-1.5),
    ];
    let mut check = |v: &Value| {
        let Err(e) = UnitRecord::from_value(c, v) else {
            return;
        };
        let zh = e
            .with_places_zh(|p| fangfei::record::field_zh(c, p))
            .message()
            .zh;
        seen += 1;
        let mut bare = String::new();
        let mut quoted = false;
        for ch in zh.chars() {
            match ch {
                '“' => quoted = true,
                '”' => quoted = false,
                _ if !quoted => bare.push(ch),
                _ => {}
            }
        }
        for literal in ["true", "false", "null", "T09", "+08", "UTC"] {
            bare = bare.replace(literal, "");
        }
        if bare.chars().any(|ch| ch.is_ascii_alphabetic()) {
            bad.insert(zh);
        }
    };
    for entry in std::fs::read_dir(root.join("examples/lingyuan-2021")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let record: Value = serde_json::from_str(&text).unwrap();
        let Value::Object(top) = &record else {
            continue;
        };
        for (k, v) in top {
            for w in &wrong {
                let mut r = top.clone();
                r.insert(k.clone(), w.clone());
                check(&Value::Object(r));
            }
            // One level in: each item's fields, each figure.
            let inner: Vec<(Option<usize>, &serde_json::Map<String, Value>)> = match v {
                Value::Array(a) => a
                    .iter()
                    .enumerate()
                    .filter_map(|(i, x)| x.as_object().map(|o| (Some(i), o)))
                    .take(2)
                    .collect(),
                Value::Object(o) => vec![(None, o)],
                _ => Vec::new(),
            };
            for (i, o) in inner {
                for f in o.keys().chain(["colour".to_owned()].iter()) {
                    for w in &wrong {
                        let mut item = o.clone();
                        item.insert(f.clone(), w.clone());
                        let mut r = top.clone();
                        let new = match (i, v) {
                            (Some(i), Value::Array(a)) => {
                                let mut a = a.clone();
                                a[i] = Value::Object(item);
                                Value::Array(a)
                            }
                            _ => Value::Object(item),
                        };
                        r.insert(k.clone(), new);
                        check(&Value::Object(r));
                    }
                }
            }
        }
    }
    assert!(seen > 500, "{seen} refused records");
    assert!(
        bad.is_empty(),
        "{} of {seen}:\n{}",
        bad.len(),
        bad.into_iter().take(30).collect::<Vec<_>>().join("\n")
    );
}
