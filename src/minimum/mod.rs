//! A unit's activity against the minimum counts (rules **M-***).
//!
//! Every rule reads its minimum, its clause and who it binds from
//! [`crate::campaign::Minimums`]; "N个以上" is `>= N` (NUM-YISHANG). A rule that does
//! not bind the unit's roles answers *not applicable*; one whose data the record does
//! not give answers *cannot judge*, never *pass*; a count still short while the
//! campaign (or phase) is under way answers *pending*.

use chrono::NaiveDate;

use crate::campaign::{Campaign, Material, Requirement, Role};
use crate::path::Path;
use crate::record::UnitRecord;
use crate::report::{Finding, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::time::Instant;
use crate::util::same_name;

/// A finding for a requirement.
fn found(
    req: &Requirement,
    outcome: Outcome,
    path: impl Into<Path>,
    zh: String,
    en: String,
) -> Finding {
    let severity = match outcome {
        Outcome::Fail => req.severity,
        Outcome::CannotJudge => Severity::Warning,
        _ => Severity::Info,
    };
    Finding::new(req.rule, severity, outcome, path, Text::new(zh, en)).with_clause(&req.clause)
}

fn not_applicable(req: &Requirement) -> Finding {
    let info = req.rule.info();
    found(
        req,
        Outcome::NotApplicable,
        "",
        format!("{}不适用于本单位", info.title_zh),
        format!("{} does not apply to this unit", info.title_en),
    )
}

fn cannot_judge(req: &Requirement, field: &'static str, what_zh: &str, what_en: &str) -> Finding {
    found(
        req,
        Outcome::CannotJudge,
        field,
        format!("记录中没有{what_zh},无法判断"),
        format!("the record gives no {what_en}, so this cannot be judged"),
    )
}

/// A count against its minimum: pass, pending while `ongoing`, else fail; `measure` is
/// the plan's measure word (3个以上作品, 3项以上“七进”, 1次以上报道).
fn count_finding(
    req: &Requirement,
    path: &'static str,
    count: u64,
    ongoing: bool,
    (what_zh, measure): (&str, &str),
    what_en: &str,
) -> Finding {
    let min = req.min;
    if count >= min {
        found(
            req,
            Outcome::Pass,
            path,
            format!("{what_zh}{count}{measure},不少于{min}{measure}"),
            format!("{count} {what_en}, at least {min}"),
        )
    } else if ongoing {
        found(
            req,
            Outcome::Pending,
            path,
            format!("{what_zh}目前{count}{measure},活动期内须达到{min}{measure}"),
            format!("{count} {what_en} so far; {min} needed by the end"),
        )
    } else {
        found(
            req,
            Outcome::Fail,
            path,
            format!("{what_zh}{count}{measure},少于要求的{min}{measure}"),
            format!("only {count} {what_en}; at least {min} required"),
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

mod bank;
mod cday;
mod grid;
mod media;
mod outdoor;
mod propaganda;
mod qijin;
mod weekly;

/// What every M-* rule of one unit is judged against: the campaign, the unit's roles
/// and record, the instant asked about, and the campaign's span (computed once).
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    campaign: &'a Campaign,
    m: &'a crate::campaign::Minimums,
    roles: &'a [Role],
    record: &'a UnitRecord,
    as_of: Instant,
    span: Option<crate::time::Window>,
    /// Whether the campaign is still running at `as_of` (a shortfall is then pending).
    ongoing: bool,
}

impl Ctx<'_> {
    /// Whether `t` falls inside the campaign.
    fn in_span(&self, t: Instant) -> bool {
        self.span.is_some_and(|w| w.contains(t))
    }

    /// Whether `d` is one of the campaign's days.
    fn in_span_day(&self, d: NaiveDate) -> bool {
        self.campaign.span.contains_day(d)
    }
}

/// Checks a unit's record against every M-* rule of `campaign`, one rule a file.
pub fn check_minimums(
    campaign: &Campaign,
    roles: &[Role],
    record: &UnitRecord,
    as_of: Instant,
) -> Vec<Finding> {
    let span = campaign.span.window();
    let cx = Ctx {
        campaign,
        m: &campaign.minimums,
        roles,
        record,
        as_of,
        span,
        ongoing: span.is_some_and(|w| as_of < w.end),
    };
    let mut out = Vec::new();
    media::check(&cx, &mut out);
    qijin::check(&cx, &mut out);
    propaganda::check(&cx, &mut out);
    out.extend(cday::check_concentrated_day(&cx));
    bank::check(&cx, &mut out);
    grid::check(&cx, &mut out);
    outdoor::check(&cx, &mut out);
    out.push(weekly::check_weekly(&cx));
    out
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
