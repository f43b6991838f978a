//! Laws of time, windows, deadlines, phases and campaign loading (proptest).

use crate::check_submissions;
use chrono::{Duration, NaiveDate};
use fangfei::campaign::DutyRule;
use fangfei::record::Submission;
use fangfei::time::{Deadline, Due, Instant, Window};
use fangfei::timeline::PhaseAt;
use fangfei::{Campaign, Outcome, RuleId};
use proptest::prelude::*;

fn base() -> Instant {
    Instant::parse("2021-06-01T00:00:00").unwrap()
}

/// Instants from 2021-05-01 to 2021-08-01, with weight on whole hours and days
/// (where the plan's boundaries are) and on their neighbouring seconds.
fn instant() -> impl Strategy<Value = Instant> {
    let start = Instant::parse("2021-05-01T00:00:00").unwrap();
    prop_oneof![
        (0i64..92 * 86_400).prop_map(move |s| s),
        (0i64..92 * 24).prop_map(|h| h * 3600),
        (0i64..92 * 24, -1i64..=1).prop_map(|(h, d)| (h * 3600 + d).max(0)),
    ]
    .prop_map(move |secs| Instant::from_beijing(start.beijing() + Duration::seconds(secs)))
}

fn phase_index(c: &Campaign, t: Instant) -> (u8, usize) {
    // (before, in a phase i, after the phases) ordered.
    match c.phase_at(t) {
        PhaseAt::Phase(p) => (1, c.phases.iter().position(|q| q == p).unwrap()),
        PhaseAt::NoPhase => (2, 0),
        PhaseAt::Outside if t < c.span.window().unwrap().start => (0, 0),
        PhaseAt::Outside => (3, 0),
    }
}

proptest! {
    #[test]
    fn phases_never_overlap_and_keep_their_order(a in instant(), b in instant()) {
        let c = Campaign::embedded();
        let (t1, t2) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(phase_index(c, t1) <= phase_index(c, t2));
        let holding = c.phases.iter().filter(|p| p.first <= t1.date() && t1.date() <= p.last).count();
        prop_assert!(holding <= 1);
    }

    #[test]
    fn deadline_check_is_monotone(a in instant(), b in instant(), inclusive: bool, day: bool) {
        let (t1, t2) = if a <= b { (a, b) } else { (b, a) };
        let due = if day { Due::Day(NaiveDate::from_ymd_opt(2021, 6, 16).unwrap()) } else { Due::At(Instant::parse("2021-06-10T17:00").unwrap()) };
        let d = Deadline { due, inclusive };
        prop_assert!(!d.met_by(t2) || d.met_by(t1));
        // The half-open window [base, close) is exactly the on-time instants.
        let w = Window { start: base(), end: d.close() };
        if t1 >= base() {
            prop_assert_eq!(w.contains(t1), d.met_by(t1));
        }
    }

    #[test]
    fn a_later_submission_is_never_better(a in instant(), b in instant()) {
        let c = Campaign::embedded();
        let (t1, t2) = if a <= b { (a, b) } else { (b, a) };
        let as_of = Instant::parse("2021-07-10").unwrap();
        let outcome = |t| {
            let f = check_submissions(c, &["member_unit"], None, &[Submission::new("summary", t)], as_of);
            f.iter().find(|f| f.rule == RuleId::of("D-SUMMARY")).unwrap().outcome
        };
        prop_assert!(!(outcome(t2) == Outcome::Pass && outcome(t1) != Outcome::Pass));
    }

    #[test]
    fn windows_are_half_open(a in instant(), b in instant(), t in instant()) {
        if let Some(w) = Window::new(a.min(b), a.max(b)) {
            prop_assert!(w.contains(w.start));
            prop_assert!(!w.contains(w.end));
            prop_assert_eq!(w.contains(t), w.start <= t && t < w.end);
        } else {
            prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn instants_print_and_parse_back(t in instant(), nanos in 0u32..1_000_000_000, offset_min in -720i64..=840) {
        let t = Instant::from_beijing(t.beijing() + Duration::nanoseconds(i64::from(nanos)));
        prop_assert_eq!(Instant::parse(&t.to_string()).unwrap(), t);
        // The same instant written at another offset is the same instant.
        let shifted = t.beijing() - Duration::hours(8) + Duration::minutes(offset_min);
        let sign = if offset_min < 0 { '-' } else { '+' };
        let text = format!("{}{}{:02}:{:02}", shifted.format("%Y-%m-%dT%H:%M:%S%.f"), sign, offset_min.abs() / 60, offset_min.abs() % 60);
        prop_assert_eq!(Instant::parse(&text).unwrap(), t, "{}", text);
    }

    #[test]
    fn instant_parsing_never_panics(s in "\\PC{0,40}") {
        let _ = Instant::parse(&s);
        let _ = Instant::parse_in_year(&s, 2021);
    }

    #[test]
    fn campaign_loading_never_panics(s in "\\PC{0,200}") {
        let _ = Campaign::from_json(&s);
    }

    #[test]
    fn campaign_loading_survives_mutations(pos in 0usize..20_000, byte in any::<u8>()) {
        let mut text = fangfei::campaign::LINGYUAN_2021_JSON.as_bytes().to_vec();
        let i = pos % text.len();
        text[i] = byte;
        if let Ok(s) = std::str::from_utf8(&text) {
            if let Ok(c) = Campaign::from_json(s) {
                prop_assert!(c.check().is_empty());
            }
        }
    }

    #[test]
    fn campaign_survives_a_json_round_trip(min in 0u64..10, bound in 1u64..u64::MAX, shift in 0i64..5, inclusive: bool) {
        let mut c = Campaign::lingyuan_2021();
        for d in &mut c.duties {
            match &mut d.rule {
                DutyRule::Count(x) => x.min = min.min(3),
                DutyRule::Deliver(x) => {
                    if let Some(due) = &mut x.due {
                        due.inclusive = inclusive;
                    }
                }
                _ => {}
            }
        }
        c.statistics_table.as_mut().unwrap().columns[6].bound = bound;
        c.phases[0].last -= Duration::days(shift);
        let back = Campaign::from_json(&c.to_json());
        prop_assert_eq!(back.unwrap(), c);
    }
}

fn field() -> impl Strategy<Value = fangfei::annex3::Field<'static>> {
    let t = fangfei::annex3::table_of(Campaign::embedded()).unwrap();
    (0usize..t.columns.len()).prop_map(move |i| fangfei::annex3::Field::at(t, i).unwrap())
}

proptest! {
    #[test]
    fn no_string_panics_the_cell_parser(s in "\\PC{0,40}", f in field()) {
        let c = Campaign::embedded();
        let a = fangfei::annex3::check_cell(c, f, &s);
        // …and validation is deterministic.
        prop_assert_eq!(a, fangfei::annex3::check_cell(c, f, &s));
    }

    #[test]
    fn digits_mixed_with_anything_never_panic(s in "[0-9,，.\\-/eE次份人篇条 　０-９十万]{0,24}", f in field()) {
        let t = fangfei::annex3::table_of(Campaign::embedded()).unwrap();
        let _ = fangfei::annex3::parse_count(t, f, &s);
    }

    #[test]
    fn totals_equal_column_sums_or_report_overflow(values in proptest::collection::vec(any::<u64>(), 1..6), small in proptest::collection::vec(0u64..1_000_000, 1..6)) {
        use fangfei::annex3::sheet::{read_rows, Locator};
        use fangfei::annex3::Field;
        let c = Campaign::embedded();
        let units: Vec<&str> = c.units.iter().map(|u| u.name.as_str()).collect();
        let t = fangfei::annex3::table_of(c).unwrap();
        let header: Vec<String> = std::iter::once("unit".to_owned()).chain(Field::all(t).map(|f| f.key().to_owned())).collect();
        let mut rows = vec![(1usize, header)];
        // Column online_views gets arbitrary u64s (may overflow); the others small values.
        let n = values.len().min(small.len());
        for i in 0..n {
            let mut r = vec![units[i].to_owned()];
            for f in Field::all(t) {
                r.push(if f.key() == "online_views" { values[i].to_string() } else { small[i].to_string() });
            }
            rows.push((i + 2, r));
        }
        let batch = read_rows(c, &Locator::Csv, &rows);
        let (accepted, rejected) = batch.counts();
        prop_assert_eq!(accepted + rejected, n);
        let sum: Option<u64> = values[..n].iter().try_fold(0u64, |a, v| a.checked_add(*v));
        let accepted_rows: Vec<_> = batch.rows.iter().filter(|r| r.accepted).collect();
        if accepted == n {
            prop_assert_eq!(batch.totals.columns.by_key("online_views"), Some(&sum));
            prop_assert_eq!(sum.is_none(), batch.totals.findings.iter().any(|f| f.path == "total.online_views"));
            prop_assert_eq!(batch.totals.columns.by_key("sms_sent"), Some(&Some(small[..n].iter().sum::<u64>())));
        } else {
            // Only the cross-field rule (0 sessions with participants) can reject here.
            prop_assert!(accepted_rows.len() < n);
        }
    }
}

/// A unit name as people write it: a name or alias of the roster (white space and
/// full-width letters added, the city's name or an official full form around it), or
/// a string of the roster's own characters that may name no unit.
fn written_unit() -> impl Strategy<Value = String> {
    let c = Campaign::embedded();
    let names: Vec<String> = c
        .units
        .iter()
        .flat_map(|u| std::iter::once(u.name.clone()).chain(u.aliases.iter().cloned()))
        .collect();
    let chars: Vec<char> = names.iter().flat_map(|n| n.chars()).collect();
    let known = (
        proptest::sample::select(names),
        proptest::collection::vec(
            (
                0usize..12,
                prop_oneof![Just(' '), Just('\u{3000}'), Just('\t')],
            ),
            0..3,
        ),
        0usize..4,
        0usize..3,
    )
        .prop_map(|(name, spaces, around, suffix)| {
            let mut s: Vec<char> = name.chars().collect();
            for (at, space) in spaces {
                s.insert(at.min(s.len()), space);
            }
            let s: String = s.into_iter().collect();
            let s = match around {
                1 => format!("凌源市{s}"),
                2 => format!("市{s}"),
                3 => format!(" {s} "),
                _ => s,
            };
            match suffix {
                1 => format!("{s}人民政府"),
                2 => format!("{s}办事处"),
                _ => s,
            }
        });
    let made_up = proptest::collection::vec(proptest::sample::select(chars), 1..8)
        .prop_map(|cs| cs.into_iter().collect::<String>());
    prop_oneof![3 => known, 1 => made_up]
}

proptest! {
    /// The roster's index (built once, for many rows) resolves every name as the
    /// campaign's own look-up (which compares name by name) does.
    #[test]
    fn the_roster_index_resolves_as_the_campaign_does(w in written_unit()) {
        let c = Campaign::embedded();
        let by_index = c.roster().resolve(&w).map(|u| u.name.as_str());
        let by_name = c.resolve_unit(&w).map(|u| u.name.as_str());
        prop_assert_eq!(by_index, by_name, "{:?}", w);
    }
}
