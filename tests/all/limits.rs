//! Every documented limit of the library (issue 14): the input at the limit is taken,
//! the one above it refused with its code — never a crash or a wrong value.

use fangfei::annex3::{
    check_cell, table_of, Field, MAX_CELL_CHARS, MAX_OTHER_METHODS, MAX_OTHER_METHOD_CHARS,
};
use fangfei::campaign::{MAX_CAMPAIGN_JSON, MAX_QUIZ_DAYS};
use fangfei::quiz::{register, Registration, MAX_NAME_CHARS};
use fangfei::record::{UnitRecord, MAX_RECORD_JSON};
use fangfei::{Campaign, RuleId, Severity};
use serde_json::json;

/// `json` padded with spaces to exactly `len` bytes (spaces are JSON whitespace).
fn padded(json: &str, len: usize) -> String {
    format!("{json}{}", " ".repeat(len - json.len()))
}

#[test]
fn record_and_campaign_sizes() {
    let record = r#"{"unit": "市教育局"}"#;
    assert!(UnitRecord::from_json(
        fangfei::Campaign::embedded(),
        &padded(record, MAX_RECORD_JSON)
    )
    .is_ok());
    let e = UnitRecord::from_json(
        fangfei::Campaign::embedded(),
        &padded(record, MAX_RECORD_JSON + 1),
    )
    .unwrap_err();
    assert_eq!(e.code(), RuleId::INPUT);
    let campaign = fangfei::campaign::LINGYUAN_2021_JSON.trim_end();
    assert!(Campaign::from_json(&padded(campaign, MAX_CAMPAIGN_JSON)).is_ok());
    let e = Campaign::from_json(&padded(campaign, MAX_CAMPAIGN_JSON + 1)).unwrap_err();
    assert_eq!(e.code(), RuleId::CAMPAIGN);
}

#[test]
fn cell_length() {
    let c = Campaign::embedded();
    let sms = Field::of(table_of(c).unwrap(), "sms_sent").unwrap();
    let at = format!("{}1", " ".repeat(MAX_CELL_CHARS - 1));
    assert!(check_cell(c, sms, &at)
        .findings
        .iter()
        .all(|f| f.severity != Severity::Error));
    let over = format!("{}1", " ".repeat(MAX_CELL_CHARS));
    let f = check_cell(c, sms, &over);
    assert_eq!(f.findings[0].rule, RuleId::A3_NUMBER, "{f:?}");
}

#[test]
fn other_methods() {
    let c = Campaign::embedded();
    let check = |methods: Vec<String>| {
        fangfei::annex3::check_field(c, "other_methods", &json!(methods)).unwrap()
    };
    let errors = |f: &[fangfei::Finding]| f.iter().any(|f| f.severity == Severity::Error);
    assert!(!errors(&check(vec!["快闪".into(); MAX_OTHER_METHODS])));
    assert!(errors(&check(vec!["快闪".into(); MAX_OTHER_METHODS + 1])));
    assert!(!errors(&check(vec!["快".repeat(MAX_OTHER_METHOD_CHARS)])));
    assert!(errors(&check(
        vec!["快".repeat(MAX_OTHER_METHOD_CHARS + 1)]
    )));
}

#[test]
fn a_participants_name() {
    let reg = |name: String| {
        register(&Registration {
            name,
            region: "北京".into(),
            phone: None,
            unit: None,
        })
    };
    assert!(reg("张".repeat(MAX_NAME_CHARS)).0.is_some());
    let (p, f) = reg("张".repeat(MAX_NAME_CHARS + 1));
    assert!(p.is_none());
    assert_eq!(f[0].rule, RuleId::Q_REG_NAME);
}

#[test]
fn quiz_window_days() {
    let window = |days: usize| {
        let mut v: serde_json::Value =
            serde_json::from_str(fangfei::campaign::LINGYUAN_2021_JSON).unwrap();
        // A campaign of two years, so that only the window's length decides.
        v["span"]["last"] = "2022-12-31".into();
        v["quiz"]["stated_working_days"] = serde_json::Value::Null;
        let end = fangfei::time::parse_date("2021-06-15", None).unwrap()
            + chrono::Duration::days(days as i64);
        v["quiz"]["window"]["end"] = format!("{end}T00:00:00+08:00").into();
        Campaign::from_json(&v.to_string())
    };
    let paths = |r: Result<Campaign, fangfei::InputError>| match r {
        Ok(_) => Vec::new(),
        Err(e) => e
            .problems()
            .iter()
            .map(|p| p.path.to_string())
            .collect::<Vec<_>>(),
    };
    assert!(!paths(window(MAX_QUIZ_DAYS)).contains(&"quiz.window".to_owned()));
    assert!(paths(window(MAX_QUIZ_DAYS + 1)).contains(&"quiz.window".to_owned()));
}

#[test]
fn instants_stay_within_four_digit_years() {
    // Issue 14, item 10: an instant is printed and read back the same; 9999-12-31T24:00
    // (year 10000) is refused, not printed as a year the parser refuses.
    use fangfei::time::Instant;
    for ok in ["9999-12-31T23:59:59", "0001-01-01T08:00:00+08:00"] {
        let t = Instant::parse(ok).unwrap();
        assert_eq!(Instant::parse(&t.to_string()).unwrap(), t, "{ok}");
    }
    for bad in ["9999-12-31T24:00", "9999-12-31T23:00:00-08:00"] {
        assert!(Instant::parse(bad).is_err(), "{bad}");
    }
}
