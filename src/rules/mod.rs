//! The rule kinds: each duty a campaign declares is judged by one of these, one file a
//! kind, over one unit's context.
//!
//! | kind | file | judges |
//! |---|---|---|
//! | `deliver` | [`deliver`] | a material sent by its deadline (and its parts, its promotion) |
//! | `state` | [`state`] | what a material sent states |
//! | `count` | [`count`] | activities of a list, or distinct kinds of them |
//! | `attend` | [`attend`] | presence at an event: venue, staff, time, items |
//! | `cover` | [`cover`] | shares of a figures group |
//! | `spread` | [`spread`] | activity in every week of a phase |
//! | `table` | [`table`] | a figure of the statistics table |
//! | `record` | [`record`] | figures reported without a bar |
//! | `spot_check` | [`spotcheck`] | the office's spot checks |
//!
//! Every kind reads its numbers, dates and words from the duty and the campaign, and
//! writes its messages through its own templates: no plan's words are in this code.
//! A duty that does not bind the unit answers *not applicable*; one whose data the
//! record does not give answers *cannot judge*, never *pass*; a shortfall while the
//! campaign (or the day) is under way answers *pending*.

use chrono::NaiveDate;

use crate::campaign::{Campaign, Duty, DutyRule};
use crate::path::Path;
use crate::record::UnitRecord;
use crate::report::{Finding, Outcome, Severity, Text};
use crate::time::Instant;

mod attend;
mod count;
mod cover;
pub(crate) mod deliver;
mod record;
mod spotcheck;
mod spread;
mod state;
mod table;

/// One unit as the rules see it: the campaign, the unit's roster name and roles, its
/// record and the instant asked about.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub campaign: &'a Campaign,
    /// The unit's name on the roster (or as written, off it).
    pub unit: &'a str,
    pub roles: &'a [String],
    pub record: &'a UnitRecord,
    pub as_of: Instant,
    /// Whether the campaign is still running at `as_of` (a shortfall is then pending).
    pub ongoing: bool,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(
        campaign: &'a Campaign,
        unit: &'a str,
        roles: &'a [String],
        record: &'a UnitRecord,
        as_of: Instant,
    ) -> Ctx<'a> {
        Ctx {
            campaign,
            unit,
            roles,
            record,
            as_of,
            ongoing: campaign.span.window().is_some_and(|w| as_of < w.end),
        }
    }

    /// Whether `duty` binds the unit.
    pub(crate) fn binds(&self, duty: &Duty) -> bool {
        duty.who.binds(self.unit, self.roles)
    }

    /// Whether `d` is one of the campaign's days.
    fn in_span_day(&self, d: NaiveDate) -> bool {
        self.campaign.span.contains_day(d)
    }
}

/// Every duty of the campaign judged for one unit, in the campaign's order, after the
/// findings about the submissions themselves (dates in question).
pub(crate) fn judge(cx: &Ctx<'_>, which: &dyn Fn(&Duty) -> bool) -> Vec<Finding> {
    let deliveries = deliver::Deliveries::judge(cx);
    let mut out = deliveries.questioned.clone();
    for duty in cx.campaign.duties.iter().filter(|d| which(d)) {
        match &duty.rule {
            DutyRule::Deliver(_) => deliveries.findings_of(duty, &mut out),
            DutyRule::State(x) => out.push(state::check(cx, duty, x, &deliveries)),
            DutyRule::Count(x) => count::check(cx, duty, x, &mut out),
            DutyRule::Attend(x) => attend::check(cx, duty, x, &mut out),
            DutyRule::Cover(x) => cover::check(cx, duty, x, &mut out),
            DutyRule::Spread(x) => out.push(spread::check(cx, duty, x)),
            DutyRule::Table(x) => out.push(table::check(cx, duty, x)),
            DutyRule::Record(x) => out.extend(record::check(cx, duty, x)),
            DutyRule::SpotCheck => spotcheck::check(cx, duty, &mut out),
        }
    }
    out
}

/// A finding of `duty`: its severity for a failure, a warning when it cannot be
/// judged, information otherwise; its clause; its effect on a failure.
fn found(duty: &Duty, outcome: Outcome, path: impl Into<Path>, zh: String, en: String) -> Finding {
    let severity = match outcome {
        Outcome::Fail => duty.severity,
        Outcome::CannotJudge => Severity::Warning,
        _ => Severity::Info,
    };
    let f =
        Finding::new(duty.id, severity, outcome, path, Text::new(zh, en)).with_clause(&duty.clause);
    if outcome == Outcome::Fail {
        f.with_effect(duty.effect)
    } else {
        f
    }
}

fn not_applicable(duty: &Duty) -> Finding {
    // Titles with placeholders are deliveries', which say it in their own words.
    found(
        duty,
        Outcome::NotApplicable,
        "",
        format!("{}不适用于本单位", duty.title.zh),
        format!("{} does not apply to this unit", duty.title.en),
    )
}

fn cannot_judge(duty: &Duty, field: impl Into<Path>, what: &Text) -> Finding {
    found(
        duty,
        Outcome::CannotJudge,
        field,
        format!("记录中没有{},无法判断", what.zh),
        format!("the record gives no {}, so this cannot be judged", what.en),
    )
}

/// A count against its minimum: pass, pending while `ongoing`, else fail; `measure` is
/// the plan's measure word (3个以上作品, 3项以上“七进”, 1次以上报道).
fn count_finding(
    duty: &Duty,
    path: impl Into<Path>,
    count: u64,
    min: u64,
    ongoing: bool,
    what: &Text,
    measure: &str,
) -> Finding {
    if count >= min {
        found(
            duty,
            Outcome::Pass,
            path,
            format!("{}{count}{measure},不少于{min}{measure}", what.zh),
            format!("{count} {}, at least {min}", what.en),
        )
    } else if ongoing {
        found(
            duty,
            Outcome::Pending,
            path,
            format!(
                "{}目前{count}{measure},活动期内须达到{min}{measure}",
                what.zh
            ),
            format!("{count} {} so far; {min} needed by the end", what.en),
        )
    } else {
        found(
            duty,
            Outcome::Fail,
            path,
            format!("{}{count}{measure},少于要求的{min}{measure}", what.zh),
            format!("only {count} {}; at least {min} required", what.en),
        )
    }
}

/// `part / whole >= min %`, exactly (no floating point).
fn rate_ok(part: u64, whole: u64, min_percent: u64) -> bool {
    u128::from(part).saturating_mul(100)
        >= u128::from(whole).saturating_mul(u128::from(min_percent))
}

fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "—".to_owned();
    }
    // Tenths of a percent, rounded down, in 64 bits (a 128-bit division would bring
    // its software routine into the browser build): whole part, then the remainder's
    // share, exact unless `whole` exceeds u64::MAX / 1000, where the share is computed
    // from `whole / 1000` (off by at most a tenth; such counts are implausible anyway).
    let (q, r) = (
        part.checked_div(whole).unwrap_or(0),
        part.checked_rem(whole).unwrap_or(0),
    );
    let share = match r.checked_mul(1000) {
        Some(x) => x.checked_div(whole),
        None => r.checked_div(whole / 1000),
    }
    .unwrap_or(0);
    let tenths = q.saturating_mul(1000).saturating_add(share);
    format!("{}.{}%", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percents_are_tenths_rounded_down_in_64_bits() {
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(2, 3), "66.6%");
        assert_eq!(percent(5, 1000), "0.5%");
        assert_eq!(percent(7, 7), "100.0%");
        assert_eq!(percent(3, 0), "—");
        assert_eq!(percent(u64::MAX, u64::MAX), "100.0%");
        // Beyond u64::MAX / 1000 the share is within a tenth (49.99…% here).
        assert!(["49.9%", "50.0%"].contains(&percent(u64::MAX / 4, u64::MAX / 2).as_str()));
    }
}
