//! Our own laws, stated over the strategies the crate exports (feature `proptest`):
//! one property per capability at least.

use fangfei::annex3::{check_cell, table_of, validate_form, Field, Form};
use fangfei::audit::check_unit;
use fangfei::quiz::{register, Registration, Scorer, Sheet};
use fangfei::record::UnitRecord;
use fangfei::strategies::*;
use fangfei::{Campaign, Outcome};
use proptest::prelude::*;

proptest! {
    #[test]
    fn valid_cells_mean_their_count((field, text, v) in valid_cell(Campaign::embedded())) {
        let c = Campaign::embedded();
        let field = Field::at(table_of(c).unwrap(), field).unwrap();
        prop_assert_eq!(check_cell(c, field, &text).value, Some(v));
    }

    #[test]
    fn invalid_cells_break_their_rule((field, text, rule) in invalid_cell(Campaign::embedded())) {
        let c = Campaign::embedded();
        let field = Field::at(table_of(c).unwrap(), field).unwrap();
        let check = check_cell(c, field, &text);
        prop_assert_eq!(check.value, None);
        prop_assert!(check.findings.iter().any(|f| f.rule == rule), "{:?} → {:?}", text, check.findings);
    }

    #[test]
    fn valid_forms_are_accepted_with_their_counts((form, counts) in valid_form(Campaign::embedded())) {
        let check = validate_form(Campaign::embedded(), &form);
        prop_assert!(check.is_valid(), "{:?}", check.findings);
        let t = check.table.unwrap();
        prop_assert_eq!(t.counts.values(), &counts[..]);
    }

    #[test]
    fn unit_checks_never_panic_and_are_deterministic(r in any::<UnitRecord>(), at in any::<fangfei::Instant>()) {
        let a = check_unit(Campaign::embedded(), &r, at);
        prop_assert_eq!(&a, &check_unit(Campaign::embedded(), &r, at));
        // A rule that passes has no error.
        for f in &a.findings {
            prop_assert!(!(f.outcome == Outcome::Pass && f.severity == fangfei::Severity::Error));
        }
    }

    #[test]
    fn registrations_are_valid_or_say_why(r in any::<Registration>()) {
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

    /// One reader for every front end: the command line's JSON Lines path (the line's
    /// fields streamed into the reader), the browser's (a parsed value, read) and
    /// serde's all agree — on valid sheets and on broken ones (a repeated key, a value
    /// of the wrong type, a missing field), which each refuses with the same problems.
    #[test]
    fn every_reading_of_a_sheet_agrees(v in sheet_json(Campaign::embedded()), how in 0..4u8, key in 0..6usize) {
        let keys = ["participant", "name", "region", "submitted_at", "answers", "phone"];
        let key = keys[key];
        let text = match how {
            0 => v.to_string(),
            // The same key twice: serde_json alone would keep the last silently.
            1 => {
                let body = v.to_string();
                format!("{{\"{key}\": \"x\", {}", &body[1..])
            }
            2 => {
                let mut w = v.clone();
                w[key] = serde_json::json!(12);
                w.to_string()
            }
            _ => {
                let mut w = v.clone();
                w.as_object_mut().unwrap().remove(key);
                w.to_string()
            }
        };
        let by_serde = serde_json::from_str::<Sheet>(&text).map_err(|e| e.to_string());
        let by_lines = Sheet::from_json_text(&text).map_err(|t| t.en);
        let by_browser = fangfei::json::parse(&text)
            .map_err(|e| e.to_string())
            .and_then(|v| fangfei::json::from_value::<Sheet>(&v).map_err(|p| fangfei::json::list(&p)));
        prop_assert_eq!(by_browser.is_ok(), by_lines.is_ok());
        if let (Ok(a), Ok(b)) = (&by_browser, &by_lines) {
            prop_assert_eq!(a, b);
        }
        // The same problems, each at its path (parse errors name their column).
        if let (Err(a), Err(b)) = (&by_browser, &by_lines) {
            if how != 1 {
                prop_assert_eq!(a, b);
            }
        }
        prop_assert_eq!(by_serde.is_ok(), by_lines.is_ok());
        if let (Ok(a), Ok(b)) = (&by_serde, &by_lines) {
            prop_assert_eq!(a, b);
        }
        // Which inputs must be refused: a repeated key, a value of the wrong type (a
        // number is not even a phone), a missing required field.
        let refused = match how {
            0 => false,
            1 => v.get(key).is_some(),
            2 => true,
            _ => matches!(key, "participant" | "submitted_at" | "answers"),
        };
        prop_assert_eq!(by_lines.is_err(), refused, "{} → {:?}", text, by_lines);
    }

    /// A form has one JSON shape: serde reads the flat object as `Form::from_json`
    /// does, and writes it back so that it reads the same.
    #[test]
    fn forms_have_one_json_shape((form, _) in valid_form_json(Campaign::embedded())) {
        let direct = Form::from_json(&form);
        let by_serde: Form = serde_json::from_value(form.clone()).unwrap();
        prop_assert_eq!(&by_serde, &direct);
        let again = Form::from_json(&serde_json::to_value(&direct).unwrap());
        prop_assert_eq!(again, direct);
    }

    #[test]
    fn sheets_are_scored_or_refused_with_a_reason(sheets in proptest::collection::vec(any::<Sheet>(), 1..20)) {
        let c = Campaign::embedded();
        let mut s = Scorer::new(c, &crate::quiz::all_papers()).unwrap();
        for (i, sheet) in sheets.iter().enumerate() {
            let out = s.sheet(i + 1, sheet);
            prop_assert!(out.counted || out.findings.iter().any(|f| f.severity == fangfei::Severity::Error));
            if let Some(score) = out.score {
                prop_assert!(score <= 100 && score.is_multiple_of(10));
            }
        }
    }

    #[test]
    fn instants_near_boundaries_agree_with_the_timeline(t in instant_near_boundaries(Campaign::embedded())) {
        let c = Campaign::embedded();
        let m = c.moment(t);
        prop_assert_eq!(m.in_campaign, c.span.window().unwrap().contains(t));
        prop_assert_eq!(m.quiz_open, c.quiz.as_ref().unwrap().window.contains(t));
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
