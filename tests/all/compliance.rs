//! Unit compliance: a passing and a failing case for every M-* and D-* rule, each
//! citing its clause; the audit of examples/lingyuan-2021 pinned; the SVG picture.

use std::collections::BTreeMap;

use fangfei::audit::{audit, check_unit};
use fangfei::record::UnitRecord;
use fangfei::{Campaign, Effect, Instant, Outcome, RuleId, Severity};
use serde_json::{json, Value};

fn at(s: &str) -> Instant {
    Instant::parse(s).unwrap()
}

/// A member unit that complies with every rule that binds it.
fn member() -> Value {
    json!({
        "unit": "市教育局",
        "submissions": [
            {"kind": "plan", "submitted_at": "2021-06-09T10:00:00+08:00"},
            {"kind": "progress", "node": "2021-06-16", "submitted_at": "2021-06-16T10:00:00+08:00"},
            {"kind": "progress", "node": "2021-06-24", "submitted_at": "2021-06-24T10:00:00+08:00"},
            {"kind": "summary", "submitted_at": "2021-07-02T10:00:00+08:00", "parts": ["leader_approved_documents", "statistics_table", "pictures", "audio_video"]}
        ],
        "media_works": [
            {"title": "a", "channel": "wechat", "published_at": "2021-06-11T10:00:00+08:00", "reported_at": "2021-06-11T15:00:00+08:00"},
            {"title": "b", "channel": "douyin", "published_at": "2021-06-18T10:00:00+08:00"},
            {"title": "c", "channel": "newspaper", "published_at": "2021-06-25T10:00:00+08:00"}
        ],
        "outreach": [
            {"kind": "进机关", "date": "2021-06-11"}, {"kind": "进学校", "date": "2021-06-17"},
            {"kind": "进企业", "date": "2021-06-23"}, {"kind": "进家庭", "date": "2021-06-29"}
        ],
        "concentrated_day": [{"venue": "市政府前广场", "staff": 3, "arrived_at": "2021-06-15T08:45:00+08:00", "brochures": true, "boards": true, "materials": true}]
    })
}

/// An Annex 3 table with these outdoor figures (posters and boards, screens and ads,
/// text messages) and ordinary others.
fn annex3_with_outdoor(posters: u64, screens: u64, sms: u64) -> Value {
    json!({
        "unit": "南街街道", "qijin_sessions": 4, "qijin_participants": 300, "print_broadcast": 0,
        "online_original_works": 3, "online_views": 1000, "online_interactive_reach": 100,
        "sms_sent": sms, "outdoor_posters_boards": posters, "outdoor_screens_ads": screens,
        "outdoor_leaflets_gifts": 500, "news_reports": 1
    })
}

/// An assigned street that complies.
fn street() -> Value {
    let mut v = member();
    v["unit"] = "南街街道".into();
    v["submissions"][0]["stated"] = json!({"time": "6月15日8:30-11:30"});
    v["concentrated_day"] = json!([
        {"venue": "凌源公园", "staff": 6, "arrived_at": "2021-06-15T08:20:00+08:00", "banners": true, "boards": true, "materials": true},
        {"venue": "凌河广场", "staff": 5, "arrived_at": "2021-06-15T08:20:00+08:00", "banners": true, "boards": true, "materials": true}
    ]);
    v["grid"] = json!({"workers_aware": 120, "workers_total": 120, "compounds_with_slogans": 40, "compounds_total": 40});
    v
}

fn outcome(record: &Value, rule: RuleId) -> Outcome {
    let r = UnitRecord::from_json(fangfei::Campaign::embedded(), &record.to_string()).unwrap();
    let report = check_unit(Campaign::embedded(), &r, at("2021-07-10T00:00:00+08:00"));
    report
        .outcome(rule)
        .unwrap_or_else(|| panic!("no finding for {rule}"))
}

type Edit = fn(&mut Value);
/// (rule, clause, a record that passes, an edit that makes it fail).
type Case = (RuleId, &'static str, fn() -> Value, Edit);

/// (rule, clause, base record, edit that breaks it). The base passes; the edit fails.
fn cases() -> Vec<Case> {
    vec![
        (
            RuleId::of("D-PLAN"),
            "二(一) 6月10日17:00前",
            member,
            |v| v["submissions"][0]["submitted_at"] = "2021-06-10T17:00:01+08:00".into(),
        ),
        (
            RuleId::of("D-PLAN-SELFORG"),
            "二(二)2 五是 明确活动时间、地点、宣传方式",
            || {
                let mut v = member();
                v["unit"] = "三十家子镇".into();
                v["roles"] = json!(["town_street"]);
                v["self_organises_concentrated_day"] = true.into();
                v["submissions"][0]["stated"] =
                    json!({"time": "6月15日9:00", "place": "镇政府广场", "method": "咨询台"});
                v
            },
            |v| v["submissions"][0]["stated"] = json!({"time": "6月15日9:00"}),
        ),
        (
            RuleId::of("D-PLAN-STREET-TIME"),
            "二(二)2 五是 具体时间要告知市处非办",
            street,
            |v| {
                v["submissions"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("stated");
            },
        ),
        (
            RuleId::of("D-NEWMEDIA-WEEK1"),
            "二(二)2 二是 实施一周内……迅速报市处非办",
            member,
            |v| v["media_works"][0]["reported_at"] = "2021-06-17T08:00:00+08:00".into(),
        ),
        (
            RuleId::of("D-PROGRESS-1"),
            "二(三)1 6月16日节点",
            member,
            |v| v["submissions"][1]["submitted_at"] = "2021-06-17T00:00:00+08:00".into(),
        ),
        (
            RuleId::of("D-PROGRESS-2"),
            "二(三)1 24日节点",
            member,
            |v| {
                v["submissions"].as_array_mut().unwrap().remove(2);
            },
        ),
        (
            RuleId::of("D-SUMMARY"),
            "二(三)2 7月3日前",
            member,
            |v| v["submissions"][3]["submitted_at"] = "2021-07-04T00:00:00+08:00".into(),
        ),
        (
            RuleId::of("D-SUMMARY-PARTS"),
            "二(三)2 领导阅批活动文件、统计表、图片、音视频",
            member,
            |v| v["submissions"][3]["parts"] = json!(["statistics_table", "pictures"]),
        ),
        (RuleId::of("D-STATS"), "二(三)2 统计表", member, |v| {
            v["submissions"][3]["parts"] =
                json!(["leader_approved_documents", "pictures", "audio_video"])
        }),
        (
            RuleId::of("M-MEDIA-3"),
            "二(二)2 二是 至少发布3个以上媒体宣传作品",
            member,
            |v| {
                v["media_works"].as_array_mut().unwrap().pop();
            },
        ),
        (
            RuleId::of("M-QIJIN-3"),
            "二(二)2 三是 “七进”活动至少开展3项以上",
            member,
            |v| v["outreach"] = json!([{"kind": "进机关", "date": "2021-06-11"}, {"kind": "机关", "date": "2021-06-17"}, {"kind": "进地铁", "date": "2021-06-23"}, {"kind": "工厂", "date": "2021-06-29"}]),
        ),
        (
            RuleId::of("M-PROP-TV"),
            "二(二)2 一是 1次……电视(广播)访谈节目",
            || {
                let mut v = member();
                v["unit"] = "市委宣传部".into();
                v["tv_interviews"] =
                    json!([{"title": "访谈", "channel": "tv", "date": "2021-06-20"}]);
                v["media_reports"] =
                    json!([{"title": "报道", "channel": "newspaper", "date": "2021-06-21"}]);
                v
            },
            |v| v["tv_interviews"][0]["date"] = "2021-07-12".into(),
        ),
        (
            RuleId::of("M-PROP-REPORT"),
            "二(二)2 一是 1次以上媒体宣传报道",
            || {
                let mut v = member();
                v["unit"] = "市委宣传部".into();
                v["tv_interviews"] =
                    json!([{"title": "访谈", "channel": "radio", "date": "2021-06-20"}]);
                v["media_reports"] =
                    json!([{"title": "报道", "channel": "newspaper", "date": "2021-06-21"}]);
                v
            },
            |v| v["media_reports"] = json!([]),
        ),
        (
            RuleId::of("M-CDAY-STAFF"),
            "二(二)2 五是 至少安排2人……9:00准时",
            member,
            |v| v["concentrated_day"][0]["arrived_at"] = "2021-06-15T09:00:01+08:00".into(),
        ),
        (
            RuleId::of("M-CDAY-VENUE"),
            "二(二)2 五是 南街街道负责在凌源公园、凌河广场",
            street,
            |v| {
                v["concentrated_day"].as_array_mut().unwrap().pop();
            },
        ),
        (
            RuleId::of("M-CDAY-STAFF"),
            "二(二)2 五是 携带各自宣传册、图板、宣传资料",
            member,
            |v| v["concentrated_day"][0]["brochures"] = false.into(),
        ),
        (
            RuleId::of("M-CDAY-MATERIALS"),
            "二(二)2 五是 宣传活动场所要有条幅、图版及相关宣传资料",
            street,
            |v| v["concentrated_day"][0]["banners"] = false.into(),
        ),
        (
            RuleId::of("M-BANK-SIGN"),
            "二(二)2 一是 营业场所明显位置设立提示牌",
            || {
                let mut v = member();
                v["unit"] = "人民银行凌源支行".into();
                v["premises"] = json!({"with_sign": 48, "total": 48});
                v
            },
            |v| v["premises"]["with_sign"] = 47.into(),
        ),
        (
            RuleId::of("M-GRID"),
            "二(二)2 三是 网格员知晓率100%",
            street,
            |v| v["grid"]["compounds_with_slogans"] = 39.into(),
        ),
        (
            RuleId::of("M-OUTDOOR"),
            "二(二)2 四是 运用对外电子显示屏、海报、展板……手机短信",
            || {
                let mut v = street();
                v["annex3"] = annex3_with_outdoor(30, 5, 2000);
                v
            },
            |v| v["annex3"] = annex3_with_outdoor(0, 0, 0),
        ),
        (
            RuleId::of("E-SPOTCHECK"),
            "二(一) 依据宣传计划进行实地抽查,相关结果计入年末考评",
            || {
                let mut v = member();
                v["spot_checks"] = json!([{"date": "2021-06-22", "consistent": true}]);
                v
            },
            |v| v["spot_checks"][0]["consistent"] = false.into(),
        ),
        (
            RuleId::of("M-MONTH-NOT-DAY"),
            "三(四) 克服宣传月淡化成“活动日”“活动周”",
            member,
            |v| {
                v["outreach"] = json!([{"kind": "进机关", "date": "2021-06-15"}, {"kind": "进学校", "date": "2021-06-16"}, {"kind": "进企业", "date": "2021-06-17"}]);
                v["media_works"] = json!([]);
            },
        ),
    ]
}

#[test]
fn every_rule_passes_and_fails() {
    let judged = fangfei::audit::judged_rules(Campaign::embedded());
    let cases = cases();
    // M-CDAY-CONSULT sets no bar: its figures are reported, never passed or failed.
    for rule in judged
        .iter()
        .filter(|r| **r != RuleId::of("M-CDAY-CONSULT"))
    {
        assert!(cases.iter().any(|(r, ..)| r == rule), "no case for {rule}");
    }
    let mut v = member();
    assert_eq!(outcome(&v, RuleId::of("M-CDAY-CONSULT")), Outcome::Reported);
    v["concentrated_day"][0]["consultations"] = 35.into();
    v["concentrated_day"][0]["reports_collected"] = 2.into();
    let r = UnitRecord::from_json(fangfei::Campaign::embedded(), &v.to_string()).unwrap();
    let report = check_unit(Campaign::embedded(), &r, at("2021-07-10T00:00:00+08:00"));
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::of("M-CDAY-CONSULT"))
        .unwrap();
    assert_eq!(f.outcome, Outcome::Reported);
    assert!(
        f.message.zh.contains("现场咨询35人次,收录举报信息2条"),
        "{}",
        f.message.zh
    );
    for (rule, clause, base, edit) in cases {
        let mut v = base();
        assert_eq!(
            outcome(&v, rule),
            Outcome::Pass,
            "{rule} ({clause}): the base should pass"
        );
        edit(&mut v);
        assert_eq!(
            outcome(&v, rule),
            Outcome::Fail,
            "{rule} ({clause}): the edit should fail"
        );
    }
}

#[test]
fn missing_data_cannot_be_judged_and_other_roles_are_not_applicable() {
    let mut v = member();
    v.as_object_mut().unwrap().remove("outreach");
    assert_eq!(outcome(&v, RuleId::of("M-QIJIN-3")), Outcome::CannotJudge);
    v.as_object_mut().unwrap().remove("concentrated_day");
    // 06-15 09:00 has passed with no attendance recorded: failed, not unknown.
    assert_eq!(outcome(&v, RuleId::of("M-CDAY-STAFF")), Outcome::Fail);
    // A member unit holds no site of its own on the day (the square's materials are its
    // organiser's): the same verdict with or without a record (issue 29).
    assert_eq!(
        outcome(&v, RuleId::of("M-CDAY-MATERIALS")),
        Outcome::NotApplicable
    );
    // A member unit is not bound by the street, grid, bank or propaganda rules.
    for rule in [
        RuleId::of("M-CDAY-VENUE"),
        RuleId::of("M-GRID"),
        RuleId::of("M-BANK-SIGN"),
        RuleId::of("M-PROP-TV"),
        RuleId::of("D-PLAN-STREET-TIME"),
        RuleId::of("D-PLAN-SELFORG"),
    ] {
        assert_eq!(outcome(&member(), rule), Outcome::NotApplicable, "{rule}");
    }
}

#[test]
fn weekly_spread_is_a_warning() {
    let mut v = member();
    (cases()
        .into_iter()
        .find(|c| c.0 == RuleId::of("M-MONTH-NOT-DAY"))
        .unwrap()
        .3)(&mut v);
    let report = check_unit(
        Campaign::embedded(),
        &UnitRecord::from_json(fangfei::Campaign::embedded(), &v.to_string()).unwrap(),
        at("2021-07-10"),
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::of("M-MONTH-NOT-DAY"))
        .unwrap();
    assert_eq!((f.outcome, f.severity), (Outcome::Fail, Severity::Warning));
}

#[test]
fn minimums_are_pending_while_the_campaign_runs() {
    let mut v = member();
    v["media_works"] = json!([]);
    let r = UnitRecord::from_json(fangfei::Campaign::embedded(), &v.to_string()).unwrap();
    let report = check_unit(Campaign::embedded(), &r, at("2021-06-20T12:00"));
    assert_eq!(
        report.outcome(RuleId::of("M-MEDIA-3")),
        Some(Outcome::Pending)
    );
    assert_eq!(
        report.outcome(RuleId::of("D-SUMMARY")),
        Some(Outcome::Pending)
    );
}

fn finding_of(v: &Value, rule: &str, when: &str) -> fangfei::Finding {
    let r = UnitRecord::from_json(Campaign::embedded(), &v.to_string()).unwrap();
    check_unit(Campaign::embedded(), &r, at(when))
        .findings
        .into_iter()
        .find(|f| f.rule == RuleId::of(rule))
        .unwrap()
}

/// 二(三)1 deducts for a late progress report, never an early one: a report for the
/// 06-24 node sent on 06-16 counts for that node, with a note (RULES.md D-PROGRESS-2).
#[test]
fn an_early_progress_report_counts_for_its_node() {
    let mut v = member();
    v["submissions"][2]["submitted_at"] = "2021-06-16T11:00:00+08:00".into();
    let f = finding_of(&v, "D-PROGRESS-2", "2021-07-10");
    assert_eq!(
        (f.outcome, f.effect),
        (Outcome::Pass, fangfei::Effect::None)
    );
    assert_eq!(
        f.message.zh,
        "6月24日节点动态已于2021-06-16 11:00:00报送,早于本节点报送期(2021-06-17 00:00:00起),计入本节点"
    );
}

/// 二(二)2 二是 "实施一周内…迅速报": one week sets a latest time, not an earliest. A
/// work published 06-05 and reported two hours later counts (from the campaign's start,
/// 06-03); one published before the start is dated by its publication, never "报送".
#[test]
fn new_media_works_count_from_the_campaigns_start() {
    let mut v = member();
    v["media_works"][0]["published_at"] = "2021-06-05T10:00:00+08:00".into();
    v["media_works"][0]["reported_at"] = "2021-06-05T12:00:00+08:00".into();
    let f = finding_of(&v, "D-NEWMEDIA-WEEK1", "2021-07-10");
    assert_eq!(f.outcome, Outcome::Pass, "{}", f.message.zh);
    v["media_works"][0]["published_at"] = "2021-06-01T10:00:00+08:00".into();
    let f = finding_of(&v, "D-NEWMEDIA-WEEK1", "2021-07-10");
    assert_eq!(f.outcome, Outcome::Fail, "{}", f.message.zh);
    assert!(
        f.message
            .zh
            .contains("2021-06-01 10:00:00发布的一份早于起算时间"),
        "{}",
        f.message.zh
    );
    assert!(
        !f.message.zh.contains("06-01 10:00报送"),
        "{}",
        f.message.zh
    );
}

/// 二(二)2 二是 "编辑播发文字、短片、小视频": an SMS blast is no 宣传作品 (it is Annex 3's
/// 发送短信), and the same title, channel and time listed twice is one work (RULES.md
/// M-MEDIA-3).
#[test]
fn sms_and_repeated_rows_are_not_media_works() {
    let mut v = member();
    v["media_works"] = json!([
        {"title": "a", "channel": "wechat", "published_at": "2021-06-11T10:00:00+08:00"},
        {"title": "a", "channel": "wechat", "published_at": "2021-06-11T10:00:00+08:00"},
        {"title": "短信提醒", "channel": "sms", "published_at": "2021-06-12T10:00:00+08:00"},
        {"title": "b", "channel": "douyin", "published_at": "2021-06-18T10:00:00+08:00"}
    ]);
    let f = finding_of(&v, "M-MEDIA-3", "2021-07-10");
    assert_eq!(f.outcome, Outcome::Fail, "{}", f.message.zh);
    assert_eq!(
        f.message.zh,
        "宣传月期间发布的媒体宣传作品2个,少于要求的3个(另有1条重复登记,同一标题、渠道和时间只计一个)"
    );
    // The same title on another channel, or at another time, is another work.
    v["media_works"][1]["channel"] = "toutiao".into();
    assert_eq!(
        finding_of(&v, "M-MEDIA-3", "2021-07-10").outcome,
        Outcome::Pass
    );
}

/// A site recorded under another venue's name (人民广场) fails M-CDAY-STAFF, and says
/// which venue it named and which the plan names (issue 29 item 13: not in silence).
#[test]
fn another_venue_is_named_beside_the_plans() {
    let mut v = member();
    v["concentrated_day"][0]["venue"] = "人民广场".into();
    let f = finding_of(&v, "M-CDAY-STAFF", "2021-07-10");
    assert_eq!(f.outcome, Outcome::Fail);
    assert!(
        f.message
            .zh
            .ends_with("(记录的地点为“人民广场”,不是市政府前广场:是否写错?)"),
        "{}",
        f.message.zh
    );
}

/// RULES.md §6: M-OUTDOOR reads the unit's statistics table, so before that table's
/// deadline (07-03 24:00, 二(三)2) a street with no table is 未到期, as D-STATS is;
/// after it, with still no table, the figure cannot be judged.
#[test]
fn outdoor_is_pending_until_the_table_is_due() {
    let mut v = street();
    v.as_object_mut().unwrap().remove("annex3");
    let r = UnitRecord::from_json(Campaign::embedded(), &v.to_string()).unwrap();
    for (when, outdoor) in [
        ("2021-06-20T12:00", Outcome::Pending),
        ("2021-07-03T23:59:59", Outcome::Pending),
        ("2021-07-04T00:00", Outcome::CannotJudge),
    ] {
        let report = check_unit(Campaign::embedded(), &r, at(when));
        assert_eq!(
            report.outcome(RuleId::of("M-OUTDOOR")),
            Some(outdoor),
            "{when}"
        );
    }
    let report = check_unit(Campaign::embedded(), &r, at("2021-06-20T12:00"));
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::of("M-OUTDOOR"))
        .unwrap();
    assert_eq!(
        f.message.zh,
        "附件3活动情况统计表尚未报送(截止2021-07-03 24:00),届时据表判断"
    );
}

#[test]
fn unknown_unit_suggests_names_and_judges_nothing() {
    let mut v = member();
    v["unit"] = "市教育厅".into();
    let r = UnitRecord::from_json(fangfei::Campaign::embedded(), &v.to_string()).unwrap();
    let report = check_unit(Campaign::embedded(), &r, at("2021-07-10"));
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::UNITS)
        .unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message.zh.contains("市教育局"), "{}", f.message.zh);
    assert_eq!(
        report.outcome(RuleId::of("D-PLAN")),
        Some(Outcome::CannotJudge)
    );
}

#[test]
fn audit_accounts_for_every_input() {
    let c = Campaign::embedded();
    let good = UnitRecord::from_json(fangfei::Campaign::embedded(), &member().to_string());
    let inputs = vec![
        ("a.json".to_owned(), good.clone()),
        ("b.json".to_owned(), good),
        (
            "c.json".to_owned(),
            UnitRecord::from_json(fangfei::Campaign::embedded(), "{\"unit\": 3}"),
        ),
        (
            "notes.txt".to_owned(),
            Err(UnitRecord::refused(vec![fangfei::Problem {
                path: fangfei::Path::root(),
                message: fangfei::Text::new("不是单位记录(.json)", "not a unit record (.json)"),
            }])),
        ),
    ];
    let a = audit(c, &inputs, at("2021-07-10"));
    assert_eq!(a.inputs, 4);
    let sources: Vec<&str> = a
        .findings
        .iter()
        .filter_map(|f| f.place.as_deref())
        .collect();
    assert!(
        sources.contains(&"b.json")
            && sources.contains(&"c.json")
            && sources.contains(&"notes.txt"),
        "{sources:?}"
    );
    let dup = a
        .findings
        .iter()
        .find(|f| f.place.as_deref() == Some("b.json"))
        .unwrap();
    assert!(dup.message.zh.contains("a.json") && dup.message.zh.contains("b.json"));
    // Every other roster unit is missing: 27 = 28 - 1.
    assert_eq!(
        a.findings
            .iter()
            .filter(|f| f.message.en.starts_with("no return"))
            .count(),
        c.units.len() - 1
    );
}

/// A unit whose record was sent but refused (one misspelt material) is named by the
/// refusal and cannot be judged on any rule: not "none received", not failed, no
/// deduction; a refused record naming a unit off the roster, or none, names no unit.
#[test]
fn a_refused_record_is_its_units_and_judges_nothing() {
    let c = Campaign::embedded();
    let mut typo = member();
    typo["submissions"][0]["kind"] = "plam".into();
    let unit = typo["unit"].as_str().unwrap().to_owned();
    let refused = UnitRecord::from_json(c, &typo.to_string());
    assert_eq!(refused.as_ref().unwrap_err().unit(), Some(unit.as_str()));
    let mut stranger = typo.clone();
    stranger["unit"] = "名单外单位".into();
    let inputs = vec![
        ("typo.json".to_owned(), refused),
        (
            "stranger.json".to_owned(),
            UnitRecord::from_json(c, &stranger.to_string()),
        ),
        (
            "nameless.json".to_owned(),
            UnitRecord::from_json(c, "{\"unit\": 3}"),
        ),
    ];
    let a = audit(c, &inputs, at("2021-07-10"));
    let of = |source: &str| {
        a.findings
            .iter()
            .find(|f| f.place.as_deref() == Some(source))
            .unwrap()
            .unit
            .clone()
    };
    assert_eq!(of("typo.json").as_deref(), Some(unit.as_str()));
    assert_eq!(of("stranger.json").as_deref(), Some("名单外单位"));
    assert_eq!(of("nameless.json"), None);
    assert!(
        !a.findings
            .iter()
            .any(|f| f.unit.as_deref() == Some(unit.as_str()) && f.rule == RuleId::UNITS),
        "{unit} sent a record: it is not missing"
    );
    let u = a.units.iter().find(|u| u.report.unit == unit).unwrap();
    assert_eq!(u.source, "typo.json");
    assert!(u.counted);
    let judged: Vec<&fangfei::Finding> = u
        .report
        .findings
        .iter()
        .filter(|f| f.outcome != Outcome::NotApplicable)
        .collect();
    assert!(!judged.is_empty());
    for f in &judged {
        assert_eq!(f.outcome, Outcome::CannotJudge, "{f:?}");
        assert_eq!(f.effect, fangfei::Effect::None, "{f:?}");
    }
    assert_eq!(a.inputs, 3);
}

/// The audit of the examples, pinned: unit → rule → outcome. Regenerate with
/// `UPDATE_GOLDEN=1 cargo test audit_of_examples_is_pinned` after a deliberate change.
#[test]
fn audit_of_examples_is_pinned() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("examples/lingyuan-2021");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let inputs: Vec<_> = files
        .iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                UnitRecord::from_json(
                    fangfei::Campaign::embedded(),
                    &std::fs::read_to_string(p).unwrap(),
                ),
            )
        })
        .collect();
    let c = Campaign::embedded();
    let a = audit(c, &inputs, c.span.window().unwrap().end);
    let rules = fangfei::audit::judged_rules(c);
    let mut table: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for u in &a.units {
        table.insert(
            u.report.unit.clone(),
            rules
                .iter()
                .map(|r| {
                    (
                        r.to_string(),
                        u.report
                            .outcome(*r)
                            .map_or("none", Outcome::as_str)
                            .to_owned(),
                    )
                })
                .collect(),
        );
    }
    let pinned = json!({
        "outcomes": table,
        "deductions": a.effects(Effect::Deduction).len(),
        "bonuses": a.effects(Effect::Bonus).len(),
        "annex3_totals": a.annex3.as_ref().unwrap().totals.columns,
        "audit_findings": a.findings.iter().map(|f| f.message.en.clone()).collect::<Vec<_>>(),
    });
    let golden = root.join("tests/data/audit-lingyuan-2021.json");
    let text = serde_json::to_string_pretty(&pinned).unwrap() + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &text).unwrap();
    }
    assert_eq!(
        text,
        std::fs::read_to_string(&golden).unwrap(),
        "the audit of examples/ changed; see the doc comment"
    );
    // Every M-* and D-* rule is broken at least once in the examples, and met at least
    // once where more than one unit is bound by it (only 市委宣传部 is bound by M-PROP-*).
    for r in &rules {
        let outs: Vec<&str> = table.values().map(|row| row[r.as_str()].as_str()).collect();
        if *r == RuleId::of("M-CDAY-CONSULT") {
            // No bar: its figures are reported, never broken or met.
            assert!(
                outs.contains(&"reported"),
                "{r} is never reported in examples/"
            );
            continue;
        }
        assert!(outs.contains(&"fail"), "{r} is never broken in examples/");
        if outs.iter().filter(|o| **o != "not_applicable").count() > 1 {
            assert!(outs.contains(&"pass"), "{r} is never met in examples/");
        }
    }
}

#[test]
fn svg_is_well_formed_and_names_every_phase_and_deadline() {
    let c = Campaign::embedded();
    for lang in [fangfei::Lang::Zh, fangfei::Lang::En] {
        let svg = fangfei::timeline::svg(c, lang).unwrap();
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        assert_eq!(doc.root_element().tag_name().name(), "svg");
        let text: String = doc
            .descendants()
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join("\n");
        for p in &c.phases {
            assert!(text.contains(p.name.get(lang)), "{:?} missing", p.name);
        }
        for d in c
            .duties
            .iter()
            .filter(|d| matches!(d.rule, fangfei::campaign::DutyRule::Deliver(_)))
        {
            // Each deadline by its title, in the office's words, never its rule id
            // (issue 29, item 19).
            let title = c.title_of(d.id);
            assert!(text.contains(title.get(lang)), "{} missing", d.id);
            assert!(!text.contains(d.id.as_str()), "{} shown", d.id);
        }
        assert!(!text.contains("T-CDAY") && !text.contains("T-QUIZ"));
        assert!(!text.contains("T-PHASE"), "no phase id");
    }
}

#[test]
fn a_kind_outside_the_seven_is_kept_not_passed() {
    // 二(二)2 三是: only the seven kinds count; 进商超 is kept and reported.
    let mut v = member();
    v["outreach"] = json!([
        {"kind": "进商超", "date": "2021-06-12"},
        {"kind": "进机关", "date": "2021-06-15"},
        {"kind": "进学校", "date": "2021-06-22"}
    ]);
    let r = UnitRecord::from_json(fangfei::Campaign::embedded(), &v.to_string()).unwrap();
    let report = check_unit(Campaign::embedded(), &r, at("2021-07-10T00:00:00+08:00"));
    let note = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::of("M-QIJIN-3") && f.path == "outreach[0].kind")
        .unwrap();
    assert_ne!(note.outcome, Outcome::Pass, "{note:?}");
    assert!(note.message.zh.contains("不计入"), "{}", note.message.zh);
    assert_eq!(
        report.outcome(RuleId::of("M-QIJIN-3")),
        Some(Outcome::Fail),
        "2 kinds"
    );
}

#[test]
fn the_roster_as_written() {
    let c = Campaign::embedded();
    let roster = c.roster();
    let table = crate::data("roster.tsv");
    let rows = crate::rows(&table);
    assert!(rows.len() >= 40);
    for (line, cells) in rows {
        let (written, unit) = match &cells[..] {
            [w, u] => (w.as_str(), u.as_str()),
            _ => panic!("line {line}: {cells:?}"),
        };
        let want = (unit != "-").then_some(unit);
        assert_eq!(
            c.resolve_unit(written).map(|u| u.name.as_str()),
            want,
            "line {line}"
        );
        assert_eq!(
            roster.resolve(written).map(|u| u.name.as_str()),
            want,
            "line {line}"
        );
    }
}

#[test]
fn a_record_whose_table_names_another_unit() {
    // Issue 14, item 10: reported, and kept out of the total (it would take the other
    // unit's place, and get that unit's real table refused as its duplicate).
    let mut mine = member();
    mine["annex3"] = json!({"unit": "市公安局", "qijin_sessions": 4, "qijin_participants": 300, "print_broadcast": 0,
        "online_original_works": 3, "online_views": 1000, "online_interactive_reach": 100, "sms_sent": 0,
        "outdoor_posters_boards": 1, "outdoor_screens_ads": 0, "outdoor_leaflets_gifts": 0, "news_reports": 1});
    let mut police = member();
    police["unit"] = "市公安局".into();
    police["annex3"] = mine["annex3"].clone();
    let inputs: Vec<_> = [("edu.json", &mine), ("police.json", &police)]
        .into_iter()
        .map(|(s, v)| {
            (
                s.to_owned(),
                UnitRecord::from_json(fangfei::Campaign::embedded(), &v.to_string()),
            )
        })
        .collect();
    let a = fangfei::audit::audit(
        Campaign::embedded(),
        &inputs,
        at("2021-07-10T00:00:00+08:00"),
    );
    let edu = a
        .units
        .iter()
        .find(|u| u.report.unit == "市教育局")
        .unwrap();
    assert!(edu.report.findings.iter().any(|f| f.rule == RuleId::A3_UNIT
        && f.path == "annex3.unit"
        && f.message.zh.contains("市公安局")));
    let t = a.annex3.unwrap();
    assert_eq!(
        t.totals.units,
        vec!["市公安局".to_owned()],
        "only the police's own table counts"
    );
    assert!(
        t.rows.iter().all(|r| r.accepted),
        "and it is not refused as a duplicate"
    );
}

/// Issue 29, item 20: a unit whose statistics table's figures are held (the ledger's
/// 附件3 sheet) but whose receipt is not (no 统计表 row on 材料报送, no summary with it)
/// sent the table: D-STATS cannot say when — 无法判断, never 未报送, so no notice both
/// asks for the table and sends it back (RULES.md D-STATS).
#[test]
fn a_table_held_without_its_receipt_is_received_at_an_unknown_time() {
    let mut v = member();
    v["annex3"] = annex3_with_outdoor(30, 5, 2000);
    v["annex3"]["unit"] = "市教育局".into();
    v["submissions"][3]["parts"] = json!(["leader_approved_documents", "pictures", "audio_video"]);
    let r = UnitRecord::from_json(Campaign::embedded(), &v.to_string()).unwrap();
    let report = check_unit(Campaign::embedded(), &r, at("2021-07-10"));
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::of("D-STATS"))
        .unwrap();
    assert_eq!(f.outcome, Outcome::CannotJudge, "{f:#?}");
    assert_eq!(f.effect, Effect::None);
    assert_eq!(
        f.message.zh,
        "附件3活动情况统计表已填但未登记收到时间,无法判断是否按时报送(截止2021-07-03 24:00)"
    );
    // Before the table is due, it is 未到期, saying what to register.
    let early = check_unit(Campaign::embedded(), &r, at("2021-06-20"));
    let f = early
        .findings
        .iter()
        .find(|f| f.rule == RuleId::of("D-STATS"))
        .unwrap();
    assert_eq!(f.outcome, Outcome::Pending);
    assert_eq!(
        f.message.zh,
        "附件3活动情况统计表已填但未登记收到时间,截止2021-07-03 24:00"
    );
    // Nor does the summary lack it: it was not recorded with it.
    let part = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::of("D-SUMMARY-PARTS") && f.message.zh.contains("统计表"))
        .unwrap();
    assert_eq!(part.outcome, Outcome::CannotJudge);
    assert_eq!(
        part.message.zh,
        "宣传月活动总结未登记含统计表;统计表已填,无法判断是否随宣传月活动总结报送"
    );
    // Without the figures it is missing, as before.
    v.as_object_mut().unwrap().remove("annex3");
    let r = UnitRecord::from_json(Campaign::embedded(), &v.to_string()).unwrap();
    let report = check_unit(Campaign::embedded(), &r, at("2021-07-10"));
    assert_eq!(report.outcome(RuleId::of("D-STATS")), Some(Outcome::Fail));
}

/// 二(二)2 三是 writes the kinds 进机关、进学校、进企业、进网点、进社区、进村组、进家庭 and
/// speaks of 村屯 and 校园 beside them: a clerk's 进村 and 进校 are the plan's 村组 and 学校
/// (aliases in the campaign's list of kinds), and count toward the three.
#[test]
fn a_clerks_short_kinds_of_outreach_count() {
    let mut v = member();
    v["outreach"] = json!([
        {"kind": "进村", "date": "2021-06-11"}, {"kind": "进校", "date": "2021-06-17"},
        {"kind": "进社区", "date": "2021-06-23"}
    ]);
    let f = finding_of(&v, "M-QIJIN-3", "2021-07-10");
    assert_eq!(f.outcome, Outcome::Pass, "{}", f.message.zh);
}
