//! M-MONTH-NOT-DAY: activity spread over the month (三(四)).

use chrono::Datelike;

use super::*;

/// M-MONTH-NOT-DAY: at least `min` activities in each ISO week of the implementation
/// phase (三(四): 克服宣传月淡化成"活动日""活动周"). A warning. Activities are outreach,
/// media works and concentrated-day sites. Weeks not yet over by `as_of` are not judged.
pub(super) fn check_weekly(cx: &Ctx<'_>) -> Finding {
    let Ctx {
        campaign,
        roles,
        record,
        as_of,
        ..
    } = *cx;
    let req = &campaign.minimums.weekly_activity;
    if !req.who.applies(roles) {
        return not_applicable(req);
    }
    let Some(phase) = campaign
        .phases
        .iter()
        .find(|p| p.rule == RuleId::TPhaseImpl)
    else {
        return found(
            req,
            Outcome::CannotJudge,
            "",
            "活动方案没有实施阶段".into(),
            "the campaign has no implementation phase".into(),
        );
    };
    if record.outreach.is_none() && record.media_works.is_none() {
        return cannot_judge(req, "outreach", "活动记录", "activity records");
    }
    let mut days: Vec<NaiveDate> = Vec::new();
    days.extend(record.outreach.iter().flatten().map(|a| a.date));
    days.extend(
        record
            .media_works
            .iter()
            .flatten()
            .map(|w| w.published_at.date()),
    );
    if record
        .concentrated_day
        .as_ref()
        .is_some_and(|s| !s.is_empty())
    {
        days.push(campaign.concentrated_day.date);
    }
    days.retain(|d| phase.first <= *d && *d <= phase.last && Instant::start_of(*d) <= as_of);
    // ISO weeks (year, week) that overlap the phase, with the part of the phase in each.
    let mut weeks: Vec<((i32, u32), NaiveDate, NaiveDate)> = Vec::new();
    for d in phase.first.iter_days().take_while(|d| *d <= phase.last) {
        let w = d.iso_week();
        match weeks.last_mut() {
            Some((key, _, last)) if *key == (w.year(), w.week()) => *last = d,
            _ => weeks.push(((w.year(), w.week()), d, d)),
        }
    }
    let mut empty = Vec::new();
    let mut judged = 0usize;
    for (_, first, last) in &weeks {
        if Instant::end_of(*last).is_none_or(|end| as_of < end) {
            continue; // this week of the phase is not over yet
        }
        judged = judged.saturating_add(1);
        let n = days.iter().filter(|d| first <= *d && *d <= last).count() as u64;
        if n < req.min {
            empty.push(format!(
                "{}–{}",
                crate::time::md(*first),
                crate::time::md(*last)
            ));
        }
    }
    if !empty.is_empty() {
        found(
            req,
            Outcome::Fail,
            "outreach",
            format!(
                "以下各周没有宣传活动:{}(宣传不应集中于个别日子)",
                empty.join("、")
            ),
            format!(
                "no activity in the week(s) {} (spread publicity over the month)",
                empty.join(", ")
            ),
        )
    } else if judged < weeks.len() {
        found(
            req,
            Outcome::Pending,
            "outreach",
            format!("已过去的{judged}周均有活动"),
            format!("activity in each of the {judged} week(s) so far"),
        )
    } else {
        found(
            req,
            Outcome::Pass,
            "outreach",
            format!("实施阶段{}周每周均有活动", weeks.len()),
            format!(
                "activity in each of the {} weeks of implementation",
                weeks.len()
            ),
        )
    }
}
