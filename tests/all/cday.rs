//! The concentrated day (二(二)2 五是), from the table in `data/concentrated-day.tsv`.

use fangfei::audit::check_unit;
use fangfei::record::UnitRecord;
use fangfei::time::Instant;
use fangfei::{Campaign, RuleId};
use serde_json::json;

#[test]
fn table_of_cases() {
    let c = Campaign::embedded();
    let table = crate::data("concentrated-day.tsv");
    let rows = crate::rows(&table);
    assert!(rows.len() >= 30);
    for (line, cells) in rows {
        let [unit, own, as_of, sites, rule, expected] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let mut v = json!({ "unit": unit });
        if sites != "-" {
            v["concentrated_day"] = serde_json::from_str(sites).unwrap();
        }
        if own != "-" {
            v["self_organises_concentrated_day"] = (own == "yes").into();
        }
        let record = UnitRecord::from_json(fangfei::Campaign::embedded(), &v.to_string()).unwrap();
        let report = check_unit(c, &record, Instant::parse(as_of).unwrap());
        let rule: RuleId = rule.parse().unwrap();
        let got = report.outcome(rule).unwrap();
        assert_eq!(
            got.as_str(),
            expected,
            "line {line}: {cells:?}\n{:#?}",
            report
                .findings
                .iter()
                .filter(|f| f.rule == rule)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn messages_say_what_decided() {
    let c = Campaign::embedded();
    let check = |v: serde_json::Value, at: &str, rule: RuleId| {
        let record = UnitRecord::from_json(fangfei::Campaign::embedded(), &v.to_string()).unwrap();
        let report = check_unit(c, &record, Instant::parse(at).unwrap());
        let f = report
            .findings
            .into_iter()
            .find(|f| f.rule == rule)
            .unwrap();
        f.message.zh
    };
    let late = check(
        json!({"unit": "市教育局", "concentrated_day": [{"venue": "市政府前广场", "staff": 2, "arrived_at": "2021-06-15T09:00:01"}]}),
        "2021-07-10",
        RuleId::of("M-CDAY-STAFF"),
    );
    assert!(late.contains("09:00:01到场,晚于09:00"), "{late}");
    let noon = check(
        json!({"unit": "城关镇街道", "concentrated_day": []}),
        "2021-06-15T12:00",
        RuleId::of("M-CDAY-VENUE"),
    );
    assert!(!noon.contains("尚未到来"), "{noon}");
    let after_nine = check(
        json!({"unit": "市教育局"}),
        "2021-06-15T09:30",
        RuleId::of("M-CDAY-STAFF"),
    );
    assert!(after_nine.contains("已过"), "{after_nine}");
    let other_day = check(
        json!({"unit": "城关镇街道", "concentrated_day": [{"venue": "八里堡市场", "arrived_at": "2021-06-16T08:00"}]}),
        "2021-07-10",
        RuleId::of("M-CDAY-VENUE"),
    );
    assert!(
        other_day.contains("2021-06-16,不是集中宣传日"),
        "{other_day}"
    );
}
