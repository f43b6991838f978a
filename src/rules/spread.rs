//! *spread*: activity spread over a phase (2021: M-MONTH-NOT-DAY, 三(四): 克服宣传月淡化
//! 成“活动日”“活动周”现象): at least N activities in each calendar week (Monday to
//! Sunday, ISO) of the phase, from the duty's lists and the days of its events the
//! unit has sites at. A week not yet over at the as-of instant is not judged.

use chrono::{Datelike, NaiveDate};

use crate::campaign::{Duty, Spread};
use crate::path::Path;
use crate::report::{Finding, Outcome, Text};
use crate::time::Instant;

use super::{cannot_judge, found, not_applicable, Ctx};

/// `6月14日至20日`, `6月28日至7月4日` / `06-14 to 06-20`.
fn week(first: NaiveDate, last: NaiveDate) -> Text {
    crate::time::days(first, last)
}

pub(super) fn check(cx: &Ctx<'_>, duty: &Duty, x: &Spread) -> Finding {
    if !cx.binds(duty) {
        return not_applicable(duty);
    }
    let campaign = cx.campaign;
    let Some(phase) = campaign.phase(&x.phase) else {
        return not_applicable(duty);
    };
    let first_list = x.lists.first().cloned().unwrap_or_default();
    if x.lists.iter().all(|l| cx.record.list(l).is_none()) {
        return cannot_judge(
            duty,
            Path::key(first_list),
            &Text::new("活动记录", "activity records"),
        );
    }
    let mut days: Vec<NaiveDate> = x
        .lists
        .iter()
        .filter_map(|l| cx.record.list(l))
        .flatten()
        .filter_map(|i| i.day())
        .collect();
    for e in x.events.iter().filter_map(|e| campaign.event(e)) {
        if cx.record.sites(&e.key).is_some_and(|s| !s.is_empty()) {
            days.push(e.date);
        }
    }
    days.retain(|d| phase.first <= *d && *d <= phase.last && Instant::start_of(*d) <= cx.as_of);
    // ISO weeks (year, week) that overlap the phase, with the part of the phase in each.
    let mut weeks: Vec<((i32, u32), NaiveDate, NaiveDate)> = Vec::new();
    for d in phase.first.iter_days().take_while(|d| *d <= phase.last) {
        let w = d.iso_week();
        match weeks.last_mut() {
            Some((key, _, last)) if *key == (w.year(), w.week()) => *last = d,
            _ => weeks.push(((w.year(), w.week()), d, d)),
        }
    }
    let mut empty: Vec<Text> = Vec::new();
    let mut judged = 0usize;
    for (_, first, last) in &weeks {
        if Instant::end_of(*last).is_none_or(|end| cx.as_of < end) {
            continue; // this week of the phase is not over yet
        }
        judged = judged.saturating_add(1);
        let n = days.iter().filter(|d| first <= *d && *d <= last).count() as u64;
        if n < x.min {
            empty.push(week(*first, *last));
        }
    }
    let path = Path::key(first_list);
    if !empty.is_empty() {
        let l = crate::text::join(empty);
        found(
            duty,
            Outcome::Fail,
            path,
            format!("以下各周没有宣传活动:{}(宣传不应集中于个别日子)", l.zh),
            format!(
                "no activity in the week(s) {} (spread publicity over the month)",
                l.en
            ),
        )
    } else if judged < weeks.len() {
        found(
            duty,
            Outcome::Pending,
            path,
            format!("已过去的{judged}周均有活动"),
            format!("activity in each of the {judged} week(s) so far"),
        )
    } else {
        found(
            duty,
            Outcome::Pass,
            path,
            format!("{}{}周每周均有活动", phase.name.zh, weeks.len()),
            format!(
                "activity in each of the {} weeks of the {} phase",
                weeks.len(),
                phase.name.en
            ),
        )
    }
}
