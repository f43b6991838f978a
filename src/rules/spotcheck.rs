//! *spot_check*: the office's spot checks of a unit against its plan (2021, 二(一): 市处
//! 非办将依据宣传计划进行实地抽查,相关结果计入年末考评). The plan sets no points: each
//! check is reported with its result, one at odds with the plan as a warning, and no
//! effect is invented. A check dated after the as-of instant is not counted (and says
//! so); one outside the campaign is questioned.

use crate::campaign::Duty;
use crate::path::Path;
use crate::report::{Finding, Outcome};

use super::{found, not_applicable, Ctx};

pub(super) fn check(cx: &Ctx<'_>, duty: &Duty, out: &mut Vec<Finding>) {
    if !cx.binds(duty) {
        out.push(not_applicable(duty));
        return;
    }
    let checks = cx.record.spot_checks.as_deref().unwrap_or_default();
    if checks.is_empty() {
        out.push(found(
            duty,
            Outcome::NotApplicable,
            "spot_checks",
            "未被实地抽查".into(),
            "not spot-checked".into(),
        ));
        return;
    }
    for (i, c) in checks.iter().enumerate() {
        let path = Path::key("spot_checks").at(i);
        let note_zh = c
            .note
            .as_deref()
            .map(|n| format!("({})", crate::text::shown(n)))
            .unwrap_or_default();
        let note_en = c
            .note
            .as_deref()
            .map(|n| format!(" ({})", crate::text::shown(n)))
            .unwrap_or_default();
        let f = if c.date > cx.as_of.date() {
            found(
                duty,
                Outcome::NotApplicable,
                path.field("date"),
                format!("{}的实地抽查晚于核查时点,本次不计", c.date),
                format!(
                    "the spot check on {} is after the as-of instant: not counted",
                    c.date
                ),
            )
        } else if !cx.in_span_day(c.date) {
            found(
                duty,
                Outcome::CannotJudge,
                path.field("date"),
                format!("{}的实地抽查不在宣传月内,请核对日期", c.date),
                format!(
                    "the spot check on {} is outside the campaign: check the date",
                    c.date
                ),
            )
        } else if c.consistent {
            found(
                duty,
                Outcome::Pass,
                path,
                format!("{}实地抽查:与宣传计划相符{note_zh}", c.date),
                format!("spot check on {}: as planned{note_en}", c.date),
            )
        } else {
            found(
                duty,
                Outcome::Fail,
                path,
                format!("{}实地抽查:与宣传计划不符{note_zh}", c.date),
                format!("spot check on {}: not as planned{note_en}", c.date),
            )
        };
        out.push(f);
    }
}
