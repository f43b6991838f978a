//! *table*: a figure of the unit's statistics table at least N (2021: M-OUTDOOR,
//! 二(二)2 四是, at least one kind of outdoor publicity: posters and boards, screens and
//! transport or lift ads, text messages — the table's columns that hold them).

use crate::campaign::{Duty, DutyRule, TableMeasure, TableThreshold};
use crate::path::Path;
use crate::report::{Finding, Outcome, Text};

use super::{cannot_judge, count_finding, found, not_applicable, Ctx};

pub(super) fn check(cx: &Ctx<'_>, duty: &Duty, x: &TableThreshold) -> Finding {
    if !cx.binds(duty) {
        return not_applicable(duty);
    }
    let Some(def) = cx.campaign.statistics_table.as_ref() else {
        return not_applicable(duty);
    };
    let table = cx
        .record
        .annex3_form()
        .and_then(|f| crate::annex3::validate_form(cx.campaign, &f).table);
    let Some(t) = table else {
        // Before the table is due the figure is not yet owed: 未到期, as the duty that
        // delivers the table answers (RULES.md §6: M-OUTDOOR reads the unit's table).
        let due = cx.campaign.duties.iter().find_map(|d| match &d.rule {
            DutyRule::Deliver(x)
                if def.material.as_deref() == Some(x.material.as_str()) && cx.binds(d) =>
            {
                Some(cx.campaign.due_of(x))
            }
            _ => None,
        });
        if let Some(due) = due.filter(|due| due.met_by(cx.as_of)) {
            let cut = due.cutoff().0.as_deadline();
            return found(
                duty,
                Outcome::Pending,
                Path::key(def.key.clone()),
                format!("{}尚未报送(截止{cut}),届时据表判断", def.name.zh),
                format!(
                    "the {} is not yet sent (due {cut}): judged from it then",
                    def.name.en
                ),
            );
        }
        return cannot_judge(
            duty,
            Path::key(def.key.clone()),
            &Text::new(
                format!("可用的{}", def.name.zh),
                format!("usable {}", def.name.en),
            ),
        );
    };
    let values: Vec<(&crate::campaign::ColumnDef, u64)> = x
        .columns
        .iter()
        .filter_map(|k| def.column(k))
        .map(|c| (c, t.count(&c.key).unwrap_or(0)))
        .collect();
    let used: Vec<&(&crate::campaign::ColumnDef, u64)> =
        values.iter().filter(|(_, n)| *n > 0).collect();
    let value = match x.measure {
        TableMeasure::ColumnsUsed => used.len() as u64,
        TableMeasure::Sum => values.iter().fold(0u64, |s, (_, n)| s.saturating_add(*n)),
    };
    let mut f = count_finding(
        duty,
        Path::key(def.key.clone()),
        value,
        x.min,
        cx.ongoing,
        &x.counted,
        &x.measure_word,
    );
    if !used.is_empty() {
        let zh: Vec<String> = used
            .iter()
            .map(|(c, n)| format!("{}{n}{}", c.name.zh, c.unit_label()))
            .collect();
        let en: Vec<String> = used
            .iter()
            .map(|(c, n)| format!("{} {n}", c.name.en))
            .collect();
        f.message.zh.push_str(&format!("({})", zh.join("、")));
        f.message.en.push_str(&format!(" ({})", en.join(", ")));
    }
    f
}
