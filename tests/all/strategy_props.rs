//! Our own laws, stated over the strategies the crate exports (feature `proptest`):
//! one property per capability at least.

use fangfei::annex3::{check_cell, validate_form, Form};
use fangfei::audit::check_unit;
use fangfei::quiz::{register, Registration, Scorer, Sheet};
use fangfei::record::UnitRecord;
use fangfei::strategies::*;
use fangfei::{Campaign, Outcome};
use proptest::prelude::*;

proptest! {
    #[test]
    fn valid_cells_mean_their_count((field, text, v) in valid_cell()) {
        prop_assert_eq!(check_cell(Campaign::embedded(), field, &text).value, Some(v));
    }

    #[test]
    fn invalid_cells_break_their_rule((field, text, rule) in invalid_cell()) {
        let check = check_cell(Campaign::embedded(), field, &text);
        prop_assert_eq!(check.value, None);
        prop_assert!(check.findings.iter().any(|f| f.rule == rule), "{:?} → {:?}", text, check.findings);
    }

    #[test]
    fn valid_forms_are_accepted_with_their_counts((form, counts) in valid_form(Campaign::embedded())) {
        let check = validate_form(Campaign::embedded(), &Form::from_json(&form));
        prop_assert!(check.is_valid(), "{:?}", check.findings);
        let t = check.table.unwrap();
        for (f, v) in fangfei::annex3::Field::ALL.iter().zip(counts) {
            prop_assert_eq!(t.counts.get(*f), v);
        }
    }

    #[test]
    fn unit_checks_never_panic_and_are_deterministic(record in unit_record(Campaign::embedded()), at in instant_near_boundaries(Campaign::embedded())) {
        let r = UnitRecord::from_json(&record.to_string()).unwrap();
        let a = check_unit(Campaign::embedded(), &r, at);
        prop_assert_eq!(&a, &check_unit(Campaign::embedded(), &r, at));
        // A rule that passes has no error.
        for f in &a.findings {
            prop_assert!(!(f.outcome == Outcome::Pass && f.severity == fangfei::Severity::Error));
        }
    }

    #[test]
    fn registrations_are_valid_or_say_why(reg in registration()) {
        let r: Registration = serde_json::from_value(reg).unwrap();
        let (p, findings) = register(&r);
        prop_assert_eq!(p.is_none(), findings.iter().any(|f| f.severity == fangfei::Severity::Error));
        // No finding shows a whole phone number.
        if let Some(phone) = r.phone.as_deref() {
            let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
            if digits.len() >= 11 {
                for f in &findings {
                    prop_assert!(!f.message.zh.contains(&digits[digits.len() - 11..]));
                }
            }
        }
    }

    #[test]
    fn sheets_are_scored_or_refused_with_a_reason(sheets in proptest::collection::vec(sheet(Campaign::embedded()), 1..20)) {
        let c = Campaign::embedded();
        let mut s = Scorer::new(c, &crate::quiz::all_papers()).unwrap();
        for (i, v) in sheets.iter().enumerate() {
            let sheet: Sheet = serde_json::from_value(v.clone()).unwrap();
            // The command line's serde path and the browser's reader agree.
            prop_assert_eq!(&fangfei::json::from_value::<Sheet>(v).unwrap(), &sheet);
            let out = s.sheet(i + 1, &sheet);
            prop_assert!(out.counted || out.findings.iter().any(|f| f.severity == fangfei::Severity::Error));
            if let Some(score) = out.score {
                prop_assert!(score <= 100 && score % 10 == 0);
            }
        }
    }

    #[test]
    fn instants_near_boundaries_agree_with_the_timeline(t in instant_near_boundaries(Campaign::embedded())) {
        let c = Campaign::embedded();
        let m = c.moment(t);
        prop_assert_eq!(m.in_campaign, c.span.window().unwrap().contains(t));
        prop_assert_eq!(m.quiz_open, c.quiz.window.contains(t));
    }

    #[test]
    fn valid_campaigns_load(json in valid_campaign()) {
        prop_assert!(Campaign::from_json(&json).is_ok());
    }

    #[test]
    fn broken_campaigns_are_refused_with_their_problem((json, how) in broken_campaign()) {
        let err = Campaign::from_json(&json).unwrap_err();
        prop_assert!(!err.problems().is_empty(), "{:?}", how);
    }
}
