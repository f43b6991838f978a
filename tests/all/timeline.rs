//! The timeline at an instant (T-*), and the dated events.

use fangfei::time::Instant;
use fangfei::timeline::{EventKind, PhaseAt};
use fangfei::{Campaign, RuleId};

fn at(s: &str) -> Instant {
    Instant::parse(s).unwrap()
}

fn phase(s: &str) -> Option<String> {
    match Campaign::embedded().phase_at(at(s)) {
        PhaseAt::Outside => Some("outside".into()),
        PhaseAt::NoPhase => None,
        PhaseAt::Phase(p) => Some(p.key.clone()),
    }
}

#[test]
fn phases_at_their_boundaries() {
    // 二: 6月3日至7月9日; 二(一) 6月3-9日; 二(二) 6月10-30日; 二(三) 7月1-3日.
    for (t, want) in [
        ("2021-06-02T23:59:59", Some("outside")),
        ("2021-06-03T00:00:00", Some("preparation")),
        ("2021-06-09T23:59:59", Some("preparation")),
        ("2021-06-10T00:00:00", Some("implementation")),
        ("2021-06-30T23:59:59", Some("implementation")),
        ("2021-07-01T00:00:00", Some("summary")),
        ("2021-07-03T23:59:59", Some("summary")),
        ("2021-07-04T00:00:00", None),
        ("2021-07-09T23:59:59", None),
        ("2021-07-10T00:00:00", Some("outside")),
        ("2021-07-09T16:00:00Z", Some("outside")),
        ("2021-06-02T16:00:00Z", Some("preparation")),
    ] {
        assert_eq!(phase(t).as_deref(), want, "{t}");
    }
}

#[test]
fn quiz_window_and_concentrated_day() {
    // 二(二)1 四是 / 附件2 一: 6月15日10:00至25日24:00; 二: 6月15日为集中宣传日.
    let c = Campaign::embedded();
    for (t, quiz, cday) in [
        ("2021-06-15T09:59:59", false, true),
        ("2021-06-15T10:00:00", true, true),
        ("2021-06-25T23:59:59", true, false),
        ("2021-06-26T00:00:00", false, false),
        ("2021-06-15T02:00:00Z", true, true),
    ] {
        let m = c.moment(at(t));
        let is_cday = m.events.iter().any(|e| e.key == "concentrated_day");
        assert_eq!((m.quiz_open, is_cday), (quiz, cday), "{t}");
    }
}

#[test]
fn open_windows_and_next_deadlines() {
    let c = Campaign::embedded();
    let m = c.moment(at("2021-06-12T12:00"));
    let open: Vec<_> = m.open_windows.iter().map(|w| w.rule).collect();
    assert!(
        open.contains(&RuleId::of("D-PROGRESS-1"))
            && open.contains(&RuleId::of("D-NEWMEDIA-WEEK1"))
            && open.contains(&RuleId::of("D-SUMMARY"))
    );
    assert!(!open.contains(&RuleId::of("D-PLAN")) && !open.contains(&RuleId::of("D-PROGRESS-2")));
    assert_eq!(
        m.next_deadlines.first().map(|w| w.rule),
        Some(RuleId::of("D-NEWMEDIA-WEEK1"))
    );
    let m = c.moment(at("2021-07-04T00:00"));
    assert!(m.open_windows.is_empty() && m.next_deadlines.is_empty());
    assert!(m.in_campaign && m.phase.is_none());
}

#[test]
fn every_dated_event_is_listed() {
    let events = Campaign::embedded().events().unwrap();
    for kind in [
        EventKind::CampaignStart,
        EventKind::CampaignEnd,
        EventKind::PhaseStart,
        EventKind::PhaseEnd,
        EventKind::Event,
        EventKind::QuizOpens,
        EventKind::QuizCloses,
        EventKind::WindowOpens,
        EventKind::Deadline,
    ] {
        assert!(events.iter().any(|e| e.kind == kind), "{kind:?}");
    }
    let deadlines: Vec<_> = events
        .iter()
        .filter(|e| e.kind == EventKind::Deadline)
        .map(|e| (e.rule, e.date.to_string(), e.note.is_some()))
        .collect();
    assert_eq!(
        deadlines,
        vec![
            (RuleId::of("D-PLAN"), "2021-06-10".into(), false),
            (RuleId::of("D-NEWMEDIA-WEEK1"), "2021-06-16".into(), false),
            (RuleId::of("D-PROGRESS-1"), "2021-06-16".into(), false),
            (RuleId::of("D-PROGRESS-2"), "2021-06-24".into(), false),
            (RuleId::of("D-SUMMARY"), "2021-07-03".into(), true),
            (RuleId::of("D-STATS"), "2021-07-03".into(), true),
        ]
    );
    let close = events
        .iter()
        .find(|e| e.kind == EventKind::QuizCloses)
        .unwrap();
    assert_eq!(close.date.to_string(), "2021-06-25");
}
