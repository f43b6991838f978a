//! The submission windows of the plan, from the table in `data/deadlines.tsv`.

use crate::check_submissions;
use fangfei::record::Submission;
use fangfei::time::{parse_date, Instant};
use fangfei::{Campaign, Effect, Outcome, RuleId};

fn at(s: &str) -> Instant {
    Instant::parse(s).unwrap()
}

/// The finding of `rule` the table speaks of: its failure when there is one (a summary
/// has one D-SUMMARY-PARTS finding per part), else its first.
fn finding_of(findings: &[fangfei::Finding], rule: RuleId) -> &fangfei::Finding {
    findings
        .iter()
        .find(|f| f.rule == rule && f.outcome == Outcome::Fail)
        .or_else(|| findings.iter().find(|f| f.rule == rule))
        .unwrap_or_else(|| panic!("no finding for {rule}: {findings:#?}"))
}

/// `kind@instant`, `progress:NODE@instant`, `summary-without:PART@instant`.
fn submission(text: &str) -> Submission {
    let (what, when) = text.split_once('@').unwrap();
    let (k, arg) = what.split_once(':').unwrap_or((what, ""));
    let mut s = Submission::new(k.trim_end_matches("-without"), at(when));
    if s.kind == "progress" {
        s.node = Some(parse_date(arg, None).unwrap());
    }
    if s.kind == "summary" {
        s.parts = [
            "leader_approved_documents",
            "statistics_table",
            "pictures",
            "audio_video",
        ]
        .into_iter()
        .filter(|p| *p != arg)
        .map(str::to_owned)
        .collect();
    }
    s
}

#[test]
fn table_of_boundaries() {
    let c = Campaign::embedded();
    let table = crate::data("deadlines.tsv");
    let rows = crate::rows(&table);
    assert!(rows.len() >= 45);
    for (line, cells) in rows {
        let [rule, sent, outcome, effect] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let subs: Vec<Submission> = match sent.as_str() {
            "-" => Vec::new(),
            list => list.split(" ; ").map(submission).collect(),
        };
        let findings = check_submissions(c, &["member_unit"], None, &subs, at("2021-07-10T00:00"));
        let rule: RuleId = rule.parse().unwrap();
        let f = finding_of(&findings, rule);
        assert_eq!(
            (f.outcome.as_str(), f.effect.as_str()),
            (outcome.as_str(), effect.as_str()),
            "line {line}: {cells:?}\n{findings:#?}"
        );
    }
}

#[test]
fn lateness_is_measured() {
    let c = Campaign::embedded();
    let f = check_submissions(
        c,
        &["town_street"],
        None,
        &[Submission::new("summary", at("2021-07-05T02:03:00"))],
        at("2021-07-10"),
    );
    let s = f
        .iter()
        .find(|f| f.rule == RuleId::of("D-SUMMARY"))
        .unwrap();
    assert_eq!(s.outcome, Outcome::Fail);
    assert!(
        s.message.zh.contains("逾期1天2小时3分钟"),
        "{}",
        s.message.zh
    );
    assert!(s.message.en.contains("1d 2h 3m late"), "{}", s.message.en);
    // RULES.md §8: never "0 seconds late"; the instant as exact as what decides.
    for (when, shown) in [
        ("2021-06-10T17:00:00.001", "2021-06-10 17:00:00.001"),
        ("2021-06-10T17:00:00.5", "2021-06-10 17:00:00.500"),
    ] {
        let f = check_submissions(
            c,
            &["town_street"],
            None,
            &[Submission::new("plan", at(when))],
            at("2021-07-10"),
        );
        let p = finding_of(&f, RuleId::of("D-PLAN"));
        assert_eq!(p.outcome, Outcome::Fail);
        assert!(
            p.message.zh.contains(&format!("于{shown}报送,逾期不足1秒")),
            "{}",
            p.message.zh
        );
    }
    let f = check_submissions(
        c,
        &["town_street"],
        None,
        &[{
            let mut s = Submission::new("progress", at("2021-06-17T00:00:00"));
            s.node = Some(fangfei::time::parse_date("2021-06-16", None).unwrap());
            s
        }],
        at("2021-07-10"),
    );
    let p = finding_of(&f, RuleId::of("D-PROGRESS-1"));
    assert!(
        p.message
            .zh
            .contains("于2021-06-17 00:00:00报送,逾期不足1秒(截止2021-06-16 24:00)"),
        "{}",
        p.message.zh
    );
}

#[test]
fn pending_before_the_deadline_missing_after() {
    let c = Campaign::embedded();
    let f = check_submissions(c, &["member_unit"], None, &[], at("2021-06-10T17:00:00"));
    assert_eq!(
        finding_of(&f, RuleId::of("D-PLAN")).outcome,
        Outcome::Pending
    );
    let f = check_submissions(c, &["member_unit"], None, &[], at("2021-06-10T17:00:01"));
    assert_eq!(finding_of(&f, RuleId::of("D-PLAN")).outcome, Outcome::Fail);
    assert_eq!(
        finding_of(&f, RuleId::of("D-SUMMARY")).outcome,
        Outcome::Pending
    );
}

#[test]
fn submissions_after_as_of_are_reported_not_counted() {
    let c = Campaign::embedded();
    let f = check_submissions(
        c,
        &["member_unit"],
        None,
        &[Submission::new("plan", at("2021-06-09"))],
        at("2021-06-08"),
    );
    assert_eq!(
        finding_of(&f, RuleId::of("D-PLAN")).outcome,
        Outcome::Pending
    );
    // Said under the material's own rule, after its finding (issue 29, item 16).
    let note = f
        .iter()
        .position(|f| f.rule == RuleId::of("D-PLAN") && f.path == "submissions[0].submitted_at")
        .unwrap();
    assert_eq!(f[note].outcome, Outcome::Reported);
    assert_eq!(f[note - 1].rule, RuleId::of("D-PLAN"));
    assert!(!f.iter().any(|f| f.rule == RuleId::INPUT));
}

#[test]
fn summary_parts_each_a_finding() {
    // 二(三)2: 领导阅批活动文件、统计表、图片、音视频.
    let c = Campaign::embedded();
    let mut s = Submission::new("summary", at("2021-07-02T10:00"));
    s.parts = vec!["pictures".to_owned()];
    let f = check_submissions(c, &["member_unit"], None, &[s], at("2021-07-10"));
    let missing: Vec<_> = f
        .iter()
        .filter(|f| f.rule == RuleId::of("D-SUMMARY-PARTS") && f.outcome == Outcome::Fail)
        .collect();
    assert_eq!(missing.len(), 3, "{missing:#?}");
    assert_eq!(
        finding_of(&f, RuleId::of("D-SUMMARY")).outcome,
        Outcome::Pass,
        "missing parts do not make it late"
    );
    // The statistics table is missing too (D-STATS), being neither a part nor sent alone.
    assert_eq!(finding_of(&f, RuleId::of("D-STATS")).outcome, Outcome::Fail);
}

#[test]
fn statistics_table_as_summary_part_counts() {
    let c = Campaign::embedded();
    let mut s = Submission::new("summary", at("2021-07-02T10:00"));
    s.parts = vec!["statistics_table".to_owned()];
    let f = check_submissions(c, &["member_unit"], None, &[s], at("2021-07-10"));
    assert_eq!(finding_of(&f, RuleId::of("D-STATS")).outcome, Outcome::Pass);
}

#[test]
fn promoted_progress_earns_a_bonus() {
    // 二(三)1: 好做法……列入年底考评加分.
    let c = Campaign::embedded();
    let mut s = Submission::new("progress", at("2021-06-16T09:00"));
    s.node = Some(parse_date("2021-06-16", None).unwrap());
    s.promoted = true;
    let f = check_submissions(c, &["town_street"], None, &[s], at("2021-07-10"));
    assert!(f
        .iter()
        .any(|f| f.rule == RuleId::of("D-PROGRESS-1") && f.effect == Effect::Bonus));
}

#[test]
fn progress_without_node_is_refused() {
    let c = Campaign::embedded();
    let s = Submission::new("progress", at("2021-06-16T09:00"));
    let f = check_submissions(c, &["town_street"], None, &[s], at("2021-07-10"));
    assert!(f
        .iter()
        .any(|f| f.rule == RuleId::INPUT && f.path == "submissions[0].node"));
    assert_eq!(
        finding_of(&f, RuleId::of("D-PROGRESS-1")).outcome,
        Outcome::Fail
    );
}

/// A plan stating `(statement key, text)`.
fn plan_with(stated: &[(&str, &str)]) -> Submission {
    let mut s = Submission::new("plan", at("2021-06-09T10:00"));
    s.stated = stated
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    s
}

#[test]
fn self_organising_town_states_time_place_method() {
    // 二(二)2 五是: 自行组织集中宣传的乡镇街在上报宣传计划时要明确活动时间、地点、宣传方式.
    let c = Campaign::embedded();
    let roles = ["town_street"];
    let full = [
        ("time", "6月15日8:30"),
        ("place", "镇政府广场"),
        ("method", "设咨询台"),
    ];
    let f = check_submissions(c, &roles, Some(true), &[plan_with(&full)], at("2021-07-10"));
    assert_eq!(
        finding_of(&f, RuleId::of("D-PLAN-SELFORG")).outcome,
        Outcome::Pass
    );
    let partial = [("time", "6月15日"), ("place", "  ")];
    let f = check_submissions(
        c,
        &roles,
        Some(true),
        &[plan_with(&partial)],
        at("2021-07-10"),
    );
    let s = f
        .iter()
        .find(|f| f.rule == RuleId::of("D-PLAN-SELFORG"))
        .unwrap();
    assert_eq!(s.outcome, Outcome::Fail);
    assert!(s.message.zh.contains("地点、宣传方式"), "{}", s.message.zh);
    // Not self-organising: not applicable; unknown: cannot judge, never a pass.
    let f = check_submissions(c, &roles, Some(false), &[plan_with(&[])], at("2021-07-10"));
    assert_eq!(
        finding_of(&f, RuleId::of("D-PLAN-SELFORG")).outcome,
        Outcome::NotApplicable
    );
    let f = check_submissions(c, &roles, None, &[plan_with(&[])], at("2021-07-10"));
    assert_eq!(
        finding_of(&f, RuleId::of("D-PLAN-SELFORG")).outcome,
        Outcome::CannotJudge
    );
    // A member unit or an assigned street is exempt.
    let f = check_submissions(
        c,
        &["town_street", "assigned_street"],
        Some(true),
        &[plan_with(&[])],
        at("2021-07-10"),
    );
    assert_eq!(
        finding_of(&f, RuleId::of("D-PLAN-SELFORG")).outcome,
        Outcome::NotApplicable
    );
}

#[test]
fn assigned_street_states_its_time() {
    // 二(二)2 五是: 具体时间要告知市处非办.
    let c = Campaign::embedded();
    let roles = ["town_street", "assigned_street"];
    let f = check_submissions(
        c,
        &roles,
        None,
        &[plan_with(&[("time", "6月15日9:00-11:30")])],
        at("2021-07-10"),
    );
    assert_eq!(
        finding_of(&f, RuleId::of("D-PLAN-STREET-TIME")).outcome,
        Outcome::Pass
    );
    let f = check_submissions(c, &roles, None, &[plan_with(&[])], at("2021-07-10"));
    assert_eq!(
        finding_of(&f, RuleId::of("D-PLAN-STREET-TIME")).outcome,
        Outcome::Fail
    );
    let f = check_submissions(
        c,
        &["member_unit"],
        None,
        &[plan_with(&[])],
        at("2021-07-10"),
    );
    assert_eq!(
        finding_of(&f, RuleId::of("D-PLAN-STREET-TIME")).outcome,
        Outcome::NotApplicable
    );
}

#[test]
fn every_message_has_both_languages() {
    let c = Campaign::embedded();
    let subs = [plan_with(&[]), Submission::new("summary", at("2021-07-09"))];
    for roles in [
        &["member_unit"][..],
        &["town_street"],
        &["town_street", "assigned_street"],
    ] {
        for so in [None, Some(true), Some(false)] {
            for f in check_submissions(c, roles, so, &subs, at("2021-07-10")) {
                assert!(
                    !f.message.zh.is_empty() && !f.message.en.is_empty(),
                    "{f:?}"
                );
                assert!(
                    f.message
                        .zh
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{f:?}"
                );
            }
        }
    }
}

#[test]
fn a_submission_before_the_plan_existed_is_questioned() {
    // Issue 14, item 10: a plan dated decades before the plan was issued (06-07).
    let c = Campaign::embedded();
    let f = check_submissions(
        c,
        &["member_unit"],
        None,
        &[Submission::new("plan", at("2001-06-09T10:00"))],
        at("2021-07-10"),
    );
    let q = f
        .iter()
        .find(|f| f.rule == RuleId::INPUT && f.path == "submissions[0].submitted_at")
        .unwrap();
    assert!(
        q.message.zh.contains("早于方案印发日2021-06-07"),
        "{}",
        q.message.zh
    );
}
