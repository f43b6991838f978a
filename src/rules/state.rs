//! *state*: what a material sent must state (2021: D-PLAN-SELFORG, a town organising
//! its own concentrated day states its time, place and method in its plan;
//! D-PLAN-STREET-TIME, the assigned streets state their time).
//!
//! The material read is the one counted for the first delivery duty of it that binds
//! the unit; a duty limited to units answering yes to a flag asks the record first.

use crate::campaign::{Duty, State};
use crate::path::Path;
use crate::report::{Finding, Outcome, Severity, Text};

use super::deliver::Deliveries;
use super::{found, Ctx};

pub(super) fn check(cx: &Ctx<'_>, duty: &Duty, x: &State, deliveries: &Deliveries<'_>) -> Finding {
    let f = |sev, outcome, path: Path, zh: String, en: String| {
        Finding::new(duty.id, sev, outcome, path, Text::new(zh, en)).with_clause(&duty.clause)
    };
    if !cx.binds(duty) {
        return super::not_applicable(duty);
    }
    if let Some(flag) = x.when_flag.as_deref().and_then(|k| cx.campaign.flag(k)) {
        match cx.record.flag(&flag.key) {
            Some(false) => {
                return f(
                    Severity::Info,
                    Outcome::NotApplicable,
                    Path::root(),
                    format!("本单位未{}", flag.name.zh),
                    format!("the record answers no to: {}", flag.name.en),
                )
            }
            None => {
                return f(
                    Severity::Warning,
                    Outcome::CannotJudge,
                    Path::key(flag.key.clone()),
                    format!("记录未说明本单位是否{},无法判断", flag.name.zh),
                    format!("the record does not say whether the unit {}", flag.name.en),
                )
            }
            Some(true) => {}
        }
    }
    let material = cx.campaign.material(&x.material);
    let name_of = |key: &String| {
        material
            .and_then(|m| m.statement(key))
            .map_or_else(|| Text::new(key.clone(), key.clone()), |n| n.name.clone())
    };
    // The statements, after what they are of when the duty says (which time is meant).
    let list = |keys: &[&String]| {
        let l = crate::text::join(keys.iter().map(|k| name_of(k)));
        match &x.about {
            Some(a) => Text::new(
                format!("{}的{}", a.zh, l.zh),
                format!("{} of {}", l.en, a.en),
            ),
            None => l,
        }
    };
    let needed: Vec<&String> = x.requires.iter().collect();
    let what = cx.campaign.material_name(&x.material);
    match deliveries.of_material(&x.material) {
        Some((Some((s, path)), _)) => {
            let missing: Vec<&String> = needed.iter().copied().filter(|k| !s.states(k)).collect();
            let at = path.field("stated");
            if missing.is_empty() {
                let l = list(&needed);
                f(
                    Severity::Info,
                    Outcome::Pass,
                    at,
                    format!("{}已明确{}", what.zh, l.zh),
                    format!("the {} states {}", what.en, l.en),
                )
            } else {
                let l = list(&missing);
                found(
                    duty,
                    Outcome::Fail,
                    at,
                    format!("{}未明确{}", what.zh, l.zh),
                    format!("the {} does not state the {}", what.en, l.en),
                )
            }
        }
        Some((None, Outcome::Pending)) => f(
            Severity::Info,
            Outcome::Pending,
            Path::root(),
            format!("{}尚未报送", what.zh),
            format!("the {} is not yet due", what.en),
        ),
        _ => {
            let l = list(&needed);
            found(
                duty,
                Outcome::Fail,
                Path::root(),
                format!("未报送{},未能明确{}", what.zh, l.zh),
                format!("no {} was sent, so the {} were not stated", what.en, l.en),
            )
        }
    }
}
