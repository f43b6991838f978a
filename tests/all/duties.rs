//! Duties are data (issue 27): a copy of the 2021 file with a new role, a new unit, a
//! new material, a new activity kind and a duty of every rule kind under new ids gets
//! right verdicts with no code change.

use fangfei::audit::check_unit;
use fangfei::record::UnitRecord;
use fangfei::{Campaign, Instant, Outcome};
use serde_json::{json, Value};

fn at(s: &str) -> Instant {
    Instant::parse(s).unwrap()
}

/// The embedded campaign with a 开发区 role and unit, a 专项报告 material, a 进商超 kind,
/// and one duty of every kind bound to the new role.
fn extended() -> Campaign {
    let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
    v["roles"]
        .as_array_mut()
        .unwrap()
        .push(json!({"key": "dev_zone", "name": {"zh": "开发区管委会", "en": "development zone"}}));
    v["units"].as_array_mut().unwrap().push(json!({
        "name": "经济开发区管委会", "aliases": ["开发区"], "roles": ["dev_zone"]
    }));
    v["materials"].as_array_mut().unwrap().push(json!({
        "key": "special_report", "name": {"zh": "专项报告", "en": "special report"},
        "aliases": ["专报"],
        "statements": [{"key": "figures", "name": {"zh": "数据", "en": "figures"}}]
    }));
    let outreach = v["lists"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|l| l["key"] == "outreach")
        .unwrap();
    outreach["kinds"]["kinds"]
        .as_array_mut()
        .unwrap()
        .push(json!({"key": "malls", "name": "商超", "aliases": ["商圈"]}));
    let who = json!({"roles": ["dev_zone"]});
    let duty = |id: &str, kind: &str, params: Value| {
        let mut d = json!({"id": id, "kind": kind, "title": {"zh": id, "en": id},
                           "clause": "测试", "who": who.clone()});
        for (k, x) in params.as_object().unwrap() {
            d[k] = x.clone();
        }
        d
    };
    let duties = v["duties"].as_array_mut().unwrap();
    duties.extend([
        duty(
            "X-REPORT",
            "deliver",
            json!({"material": "special_report", "due": {"due": "2021-06-20", "inclusive": true},
                   "name": {"zh": "{due}专项报告", "en": "special report of {due}"}, "effect": "deduction"}),
        ),
        duty(
            "X-STATE",
            "state",
            json!({"material": "special_report", "requires": ["figures"]}),
        ),
        duty(
            "X-MALLS",
            "count",
            json!({"list": "outreach", "distinct": "kinds", "min": 2, "measure": "项", "within": "implementation"}),
        ),
        duty(
            "X-OWN-VENUE",
            "attend",
            json!({"event": "concentrated_day", "venue": "own_choice", "staff": 3, "arrive_by": "08:30"}),
        ),
        duty(
            "X-GRID-90",
            "cover",
            json!({"figures": "grid", "shares": [{"name": {"zh": "知晓率", "en": "aware"},
                   "part": "workers_aware", "whole": "workers_total", "min_percent": 90}]}),
        ),
        duty(
            "X-WEEKLY",
            "spread",
            json!({"phase": "preparation", "lists": ["media_works"], "min": 1}),
        ),
        duty(
            "X-NEWS",
            "table",
            json!({"columns": ["news_reports", "print_broadcast"], "measure": "sum", "min": 5,
                   "counted": {"zh": "新闻报道与刊播", "en": "news reports and prints"}, "measure_word": "次"}),
        ),
        duty(
            "X-CONSULT",
            "record",
            json!({"reports": {"event": "concentrated_day", "figures": ["consultations"]}}),
        ),
        duty("X-SPOT", "spot_check", json!({})),
    ]);
    Campaign::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn report(c: &Campaign, record: Value, as_of: &str) -> fangfei::audit::UnitReport {
    let r = UnitRecord::from_value(c, &record).unwrap_or_else(|e| panic!("{e}"));
    check_unit(c, &r, at(as_of))
}

#[test]
fn a_duty_of_every_kind_added_as_data_is_judged() {
    let c = extended();
    let full = json!({
        "unit": "开发区",
        "submissions": [{"kind": "专报", "submitted_at": "2021-06-20T23:59:59",
                         "stated": {"figures": "共30场"}}],
        "outreach": [{"kind": "进商圈", "date": "2021-06-11"}, {"kind": "进企业", "date": "2021-06-12"}],
        "media_works": [{"title": "t", "channel": "wechat", "published_at": "2021-06-05T10:00"},
                        {"title": "u", "channel": "douyin", "published_at": "2021-06-08T10:00"}],
        "concentrated_day": [{"venue": "开发区广场", "staff": 3, "arrived_at": "2021-06-15T08:30:00",
                              "consultations": 12}],
        "grid": {"workers_aware": 9, "workers_total": 10, "compounds_with_slogans": 1, "compounds_total": 1},
        "annex3": {"unit": "开发区", "qijin_sessions": 1, "qijin_participants": 1, "print_broadcast": 2,
                   "online_original_works": 0, "online_views": 0, "online_interactive_reach": 0,
                   "sms_sent": 0, "outdoor_posters_boards": 0, "outdoor_screens_ads": 0,
                   "outdoor_leaflets_gifts": 0, "news_reports": 3},
        "spot_checks": [{"date": "2021-06-18", "consistent": true}]
    });
    let r = report(&c, full.clone(), "2021-07-10");
    assert_eq!(r.unit, "经济开发区管委会");
    assert_eq!(r.roles, ["dev_zone"]);
    for (id, want) in [
        ("X-REPORT", Outcome::Pass),
        ("X-STATE", Outcome::Pass),
        ("X-MALLS", Outcome::Pass),
        ("X-OWN-VENUE", Outcome::Pass),
        ("X-GRID-90", Outcome::Pass),
        ("X-WEEKLY", Outcome::Pass),
        ("X-NEWS", Outcome::Pass),
        ("X-CONSULT", Outcome::Reported),
        ("X-SPOT", Outcome::Pass),
        // The 2021 duties bind none of the new role.
        ("D-PLAN", Outcome::NotApplicable),
        ("M-QIJIN-3", Outcome::NotApplicable),
    ] {
        assert_eq!(r.outcome(id), Some(want), "{id}: {:#?}", r.findings);
    }
    let said = |r: &fangfei::audit::UnitReport, id: &str| {
        r.findings
            .iter()
            .filter(|f| f.rule == id)
            .map(|f| f.message.zh.clone())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    assert!(
        said(&r, "X-REPORT").contains("6月20日专项报告已于"),
        "{}",
        said(&r, "X-REPORT")
    );
    assert!(
        said(&r, "X-MALLS").contains("(企业、商超)"),
        "{}",
        said(&r, "X-MALLS")
    );
    assert!(
        said(&r, "X-CONSULT").contains("现场咨询12人次"),
        "{}",
        said(&r, "X-CONSULT")
    );

    // Each broken at its boundary.
    let mut bad = full;
    bad["submissions"][0]["submitted_at"] = "2021-06-21T00:00:00".into();
    bad["submissions"][0]["stated"] = json!({});
    bad["outreach"] =
        json!([{"kind": "进商圈", "date": "2021-06-09"}, {"kind": "进企业", "date": "2021-06-12"}]);
    bad["concentrated_day"][0]["arrived_at"] = "2021-06-15T08:30:01".into();
    bad["grid"]["workers_aware"] = 8.into();
    bad["media_works"][0]["published_at"] = "2021-06-10T10:00".into();
    bad["annex3"]["news_reports"] = 2.into();
    bad["spot_checks"][0]["consistent"] = false.into();
    let r = report(&c, bad, "2021-07-10");
    for id in [
        "X-REPORT",
        "X-STATE",
        "X-MALLS",
        "X-OWN-VENUE",
        "X-GRID-90",
        "X-WEEKLY",
        "X-NEWS",
        "X-SPOT",
    ] {
        assert_eq!(r.outcome(id), Some(Outcome::Fail), "{id}: {}", said(&r, id));
    }
    // A late delivery carries the duty's effect; the report says by how much.
    let late = r.findings.iter().find(|f| f.rule == "X-REPORT").unwrap();
    assert_eq!(late.effect, fangfei::Effect::Deduction);
    assert!(
        late.message.zh.contains("逾期不足1秒"),
        "{}",
        late.message.zh
    );
    assert!(
        said(&r, "X-OWN-VENUE").contains("晚于08:30"),
        "{}",
        said(&r, "X-OWN-VENUE")
    );

    // Before its deadline the report is pending, and the catalogue lists every new id
    // with the campaign's words.
    let r = report(&c, json!({"unit": "开发区"}), "2021-06-19T12:00");
    assert_eq!(r.outcome("X-REPORT"), Some(Outcome::Pending));
    let ids: Vec<String> = c.catalogue().iter().map(|r| r.id.to_string()).collect();
    for id in ["X-REPORT", "X-STATE", "X-MALLS", "X-OWN-VENUE", "X-SPOT"] {
        assert!(ids.contains(&id.to_owned()), "{id}");
    }
    let title = c.title_of("X-REPORT".parse().unwrap());
    assert_eq!(title.zh, "X-REPORT");
    let fangfei::campaign::DutyRule::Deliver(x) = &c.duty("X-REPORT").unwrap().rule else {
        panic!("X-REPORT is a delivery")
    };
    assert_eq!(c.delivery_name(x).zh, "6月20日专项报告");
}

#[test]
fn a_duty_naming_what_the_campaign_does_not_declare_is_refused_at_its_path() {
    let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
    v["duties"].as_array_mut().unwrap().push(json!({
        "id": "X-BAD", "kind": "count", "title": {"zh": "x", "en": "x"}, "clause": "测试",
        "who": {"roles": ["nobody"]}, "list": "no_such_list", "min": 1, "measure": "个"
    }));
    v["duties"].as_array_mut().unwrap().push(json!({
        "id": "D-PLAN", "kind": "spot_check", "title": {"zh": "x", "en": "x"}, "clause": "测试",
        "who": {"roles": ["member_unit"]}
    }));
    v["duties"].as_array_mut().unwrap().push(json!({
        "id": "X-KIND", "kind": "juggle", "title": {"zh": "x", "en": "x"}, "clause": "测试",
        "who": {"roles": ["member_unit"]}, "balls": 3
    }));
    let e = Campaign::from_json(&v.to_string()).unwrap_err();
    let paths: Vec<String> = e.problems().iter().map(|p| p.path.to_string()).collect();
    let n = v["duties"].as_array().unwrap().len();
    assert_eq!(paths, [format!("duties[{}].kind", n - 1)], "{e}");
    v["duties"].as_array_mut().unwrap().pop();
    let e = Campaign::from_json(&v.to_string()).unwrap_err();
    let paths: Vec<String> = e.problems().iter().map(|p| p.path.to_string()).collect();
    for want in [
        format!("duties[{}].who.roles[0]", n - 3),
        format!("duties[{}].list", n - 3),
        format!("duties[{}].id", n - 2),
    ] {
        assert!(paths.contains(&want), "{want} not in {paths:?}");
    }
}
