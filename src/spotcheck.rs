//! E-SPOTCHECK: the office's spot checks of a unit against its plan (二(一): 市处非办
//! 将依据宣传计划进行实地抽查,相关结果计入年末考评). The plan says the results count in
//! the year-end evaluation and sets no points: each check is reported with its result,
//! a finding at odds with the plan as a warning, and no effect is invented.

use crate::path::Path;
use crate::record::UnitRecord;
use crate::report::{Finding, Outcome, Severity, Text};
use crate::rule::RuleId;

/// One finding per spot check of `record`, or one saying it was not checked.
pub(crate) fn check(record: &UnitRecord) -> Vec<Finding> {
    let checks = record.spot_checks.as_deref().unwrap_or_default();
    if checks.is_empty() {
        return vec![Finding::new(
            RuleId::ESpotcheck,
            Severity::Info,
            Outcome::NotApplicable,
            "spot_checks",
            Text::new("未被实地抽查", "not spot-checked"),
        )];
    }
    checks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let path = Path::key("spot_checks").at(i);
            let note_zh = c.note.as_deref().map(|n| format!("({n})")).unwrap_or_default();
            let note_en = c.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
            if c.consistent {
                Finding::pass(
                    RuleId::ESpotcheck,
                    path,
                    Text::new(
                        format!("{}实地抽查:与宣传计划相符{note_zh},结果计入年末考评", c.date),
                        format!("spot check on {}: as planned{note_en}; counts in the year-end evaluation", c.date),
                    ),
                )
            } else {
                Finding::new(
                    RuleId::ESpotcheck,
                    Severity::Warning,
                    Outcome::Fail,
                    path,
                    Text::new(
                        format!("{}实地抽查:与宣传计划不符{note_zh},结果计入年末考评", c.date),
                        format!("spot check on {}: not as planned{note_en}; counts in the year-end evaluation", c.date),
                    ),
                )
            }
        })
        .collect()
}
