//! A unit's activity against the minimum counts (rules **M-***).
//!
//! Every rule reads its minimum, its clause and who it binds from
//! [`crate::campaign::Minimums`]; "N个以上" is `>= N` (NUM-YISHANG). A rule that does
//! not bind the unit's roles answers *not applicable*; one whose data the record does
//! not give answers *cannot judge*, never *pass*; a count still short while the
//! campaign (or phase) is under way answers *pending*.

use chrono::{Datelike, NaiveDate};

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

/// The concentrated day is still ahead.
fn before_the_day(req: &Requirement, day: chrono::NaiveDate) -> Finding {
    found(
        req,
        Outcome::Pending,
        "concentrated_day",
        format!("{day}尚未到来"),
        format!("{day} has not come yet"),
    )
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

/// A count against its minimum: pass, pending while `ongoing`, else fail.
fn count_finding(
    req: &Requirement,
    path: &'static str,
    count: u64,
    ongoing: bool,
    what_zh: &str,
    what_en: &str,
) -> Finding {
    let min = req.min;
    if count >= min {
        found(
            req,
            Outcome::Pass,
            path,
            format!("{what_zh}{count}个,不少于{min}个"),
            format!("{count} {what_en}, at least {min}"),
        )
    } else if ongoing {
        found(
            req,
            Outcome::Pending,
            path,
            format!("{what_zh}目前{count}个,活动期内须达到{min}个"),
            format!("{count} {what_en} so far; {min} needed by the end"),
        )
    } else {
        found(
            req,
            Outcome::Fail,
            path,
            format!("{what_zh}{count}个,少于要求的{min}个"),
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

/// Checks a unit's record against every M-* rule of `campaign`.
pub fn check_minimums(
    campaign: &Campaign,
    roles: &[Role],
    record: &UnitRecord,
    as_of: Instant,
) -> Vec<Finding> {
    let m = &campaign.minimums;
    let span = campaign.span.window();
    let in_span = |t: Instant| span.is_some_and(|w| w.contains(t));
    let in_span_day = |d: NaiveDate| campaign.span.contains_day(d);
    let ongoing = span.is_some_and(|w| as_of < w.end);
    let mut out = Vec::new();

    // M-MEDIA-3: media works published during the campaign (and known by as_of).
    let req = &m.media_works;
    out.push(if !req.who.applies(roles) {
        not_applicable(req)
    } else if let Some(works) = &record.media_works {
        let n = works
            .iter()
            .filter(|w| in_span(w.published_at) && w.published_at <= as_of)
            .count();
        let mut f = count_finding(
            req,
            "media_works",
            n as u64,
            ongoing,
            "宣传月期间发布的媒体宣传作品",
            "media works published during the campaign",
        );
        let outside = works.len().saturating_sub(n);
        if outside > 0 {
            f.message
                .zh
                .push_str(&format!("(另有{outside}个不在宣传月内或晚于核查时点,不计)"));
            f.message.en.push_str(&format!(
                " ({outside} more outside the campaign or after the as-of instant, not counted)"
            ));
        }
        f
    } else {
        cannot_judge(req, "media_works", "媒体宣传作品", "media works")
    });

    // M-QIJIN-3: distinct outreach kinds of the campaign's list.
    let req = &m.qijin_kinds;
    if !req.who.applies(roles) {
        out.push(not_applicable(req));
    } else if let Some(acts) = &record.outreach {
        // Which of the campaign's kinds were held, listed in the plan's order.
        let list = &campaign.outreach.kinds;
        let mut held = vec![false; list.len()];
        for (i, a) in acts.iter().enumerate() {
            match campaign.outreach.resolve(&a.kind) {
                Some(k) if in_span_day(a.date) && Instant::start_of(a.date) <= as_of => {
                    if let Some(h) = list
                        .iter()
                        .position(|x| std::ptr::eq(x, k))
                        .and_then(|p| held.get_mut(p))
                    {
                        *h = true;
                    }
                }
                Some(_) => {}
                None => out.push(found(
                    req,
                    Outcome::Pass,
                    Path::key("outreach").at(i).field("kind"),
                    format!(
                        "“{}”不在“{}”之列,予以记录,不计入{}",
                        a.kind, campaign.outreach.name, req.rule
                    ),
                    format!(
                        "{:?} is not one of the {} kinds: kept, not counted toward {}",
                        a.kind, campaign.outreach.name, req.rule
                    ),
                )),
            }
        }
        let names: Vec<&str> = list
            .iter()
            .zip(&held)
            .filter(|(_, h)| **h)
            .map(|(k, _)| k.name.as_str())
            .collect();
        let mut f = count_finding(
            req,
            "outreach",
            names.len() as u64,
            ongoing,
            &format!("开展的“{}”种类", campaign.outreach.name),
            &format!("kinds of {}", campaign.outreach.name),
        );
        if !names.is_empty() {
            f.message.zh.push_str(&format!("({})", names.join("、")));
            f.message.en.push_str(&format!(" ({})", names.join(", ")));
        }
        out.push(f);
    } else {
        out.push(cannot_judge(
            req,
            "outreach",
            "“七进”活动记录",
            "outreach activities",
        ));
    }

    // M-PROP-TV, M-PROP-REPORT: the propaganda department's programmes and reports.
    for (req, list, field, zh, en) in [
        (
            &m.tv_interviews,
            &record.tv_interviews,
            "tv_interviews",
            "主题电视(广播)访谈节目",
            "TV/radio interview programmes",
        ),
        (
            &m.media_reports,
            &record.media_reports,
            "media_reports",
            "媒体宣传报道",
            "media publicity reports",
        ),
    ] {
        out.push(if !req.who.applies(roles) {
            not_applicable(req)
        } else if let Some(items) = list {
            let n = items
                .iter()
                .filter(|b| in_span_day(b.date) && Instant::start_of(b.date) <= as_of)
                .count();
            count_finding(req, field, n as u64, ongoing, zh, en)
        } else {
            cannot_judge(req, field, zh, en)
        });
    }

    out.extend(check_concentrated_day(campaign, roles, record, as_of));

    // M-BANK-SIGN.
    let req = &m.bank_signs;
    out.push(if !req.who.applies(roles) {
        not_applicable(req)
    } else {
        match &record.premises {
            None => cannot_judge(req, "premises", "营业网点提示牌情况", "premises figures"),
            Some(p) if p.total == 0 || p.with_sign > p.total => found(
                req,
                Outcome::CannotJudge,
                "premises",
                format!("营业网点数据不成立(设牌{}/共{})", p.with_sign, p.total),
                format!(
                    "the premises figures do not add up ({} with a sign of {})",
                    p.with_sign, p.total
                ),
            ),
            Some(p) if rate_ok(p.with_sign, p.total, req.min) => found(
                req,
                Outcome::Pass,
                "premises",
                format!("{}个营业网点均已设立提示牌", p.total),
                format!("all {} premises have a warning sign", p.total),
            ),
            Some(p) => found(
                req,
                Outcome::Fail,
                Path::key("premises").field("with_sign"),
                format!(
                    "{}个营业网点中{}个设立提示牌({}),要求{}%",
                    p.total,
                    p.with_sign,
                    percent(p.with_sign, p.total),
                    req.min
                ),
                format!(
                    "{} of {} premises have a warning sign ({}); {}% required",
                    p.with_sign,
                    p.total,
                    percent(p.with_sign, p.total),
                    req.min
                ),
            ),
        }
    });

    // M-GRID: awareness and slogans, two findings under one rule.
    type Figures = fn(&crate::record::Grid) -> (u64, u64);
    let aware: Figures = |g| (g.workers_aware, g.workers_total);
    let slogans: Figures = |g| (g.compounds_with_slogans, g.compounds_total);
    for (req, path, figures, zh, en) in [
        (
            &m.grid_awareness,
            Path::key("grid").field("workers_aware"),
            aware,
            "网格员知晓率",
            "grid-worker awareness",
        ),
        (
            &m.compound_slogans,
            Path::key("grid").field("compounds_with_slogans"),
            slogans,
            "小区宣传标语覆盖率",
            "compounds with a slogan",
        ),
    ] {
        out.push(if !req.who.applies(roles) {
            not_applicable(req)
        } else {
            match &record.grid {
                None => cannot_judge(req, "grid", "网格化宣传数据", "grid figures"),
                Some(g) => {
                    let (part, whole) = figures(g);
                    if whole == 0 || part > whole {
                        found(
                            req,
                            Outcome::CannotJudge,
                            path,
                            format!("{zh}数据不成立({part}/{whole})"),
                            format!("{en}: the figures do not add up ({part} of {whole})"),
                        )
                    } else if rate_ok(part, whole, req.min) {
                        found(
                            req,
                            Outcome::Pass,
                            path,
                            format!("{zh}{}({part}/{whole})", percent(part, whole)),
                            format!("{en} {} ({part} of {whole})", percent(part, whole)),
                        )
                    } else {
                        found(
                            req,
                            Outcome::Fail,
                            path,
                            format!(
                                "{zh}{}({part}/{whole}),要求{}%",
                                percent(part, whole),
                                req.min
                            ),
                            format!(
                                "{en} {} ({part} of {whole}); {}% required",
                                percent(part, whole),
                                req.min
                            ),
                        )
                    }
                }
            }
        });
    }

    out.push(check_weekly(campaign, roles, record, as_of));
    out
}

/// Whether a written venue is `venue` (names compared as unit names are), counting the
/// member venue's other names.
fn venue_is(campaign: &Campaign, written: &str, venue: &str) -> bool {
    same_name(written, venue)
        || (venue == campaign.concentrated_day.member_venue
            && campaign
                .concentrated_day
                .member_venue_aliases
                .iter()
                .any(|a| same_name(a, written)))
}

/// M-CDAY-STAFF, M-CDAY-VENUE, M-CDAY-MATERIALS.
fn check_concentrated_day(
    campaign: &Campaign,
    roles: &[Role],
    record: &UnitRecord,
    as_of: Instant,
) -> Vec<Finding> {
    let m = &campaign.minimums;
    let cday = &campaign.concentrated_day;
    let day_over = Instant::end_of(cday.date).is_some_and(|end| as_of >= end);
    let mut out = Vec::new();
    let sites = record.concentrated_day.as_deref();

    // Member units: at least `min` persons at the square by the arrival time.
    let req = &m.cday_staff;
    out.push(if !req.who.applies(roles) {
        not_applicable(req)
    } else if let Some(sites) = sites {
        match sites
            .iter()
            .position(|a| venue_is(campaign, &a.venue, &cday.member_venue))
        {
            None if !day_over => before_the_day(req, cday.date),
            None => found(
                req,
                Outcome::Fail,
                "concentrated_day",
                format!(
                    "记录中没有本单位在{}参加集中宣传日的情况",
                    cday.member_venue
                ),
                format!(
                    "no attendance at {} on the concentrated day",
                    cday.member_venue
                ),
            ),
            Some(i) => {
                let a = sites.get(i);
                let staff = a.and_then(|a| a.staff);
                let arrived = a.and_then(|a| a.arrived_at);
                let path = Path::key("concentrated_day").at(i);
                let by = cday.arrive_by;
                match (staff, arrived) {
                    (None, _) | (_, None) => found(
                        req,
                        Outcome::CannotJudge,
                        &path,
                        "记录未写明到场人数或到场时间,无法判断".into(),
                        "the record gives no staff count or arrival time".into(),
                    ),
                    (Some(_), Some(t)) if t.date() != cday.date => found(
                        req,
                        Outcome::Fail,
                        path.clone().field("arrived_at"),
                        format!("到场时间{t}不在集中宣传日{}", cday.date),
                        format!("arrival {t} is not on the concentrated day {}", cday.date),
                    ),
                    (Some(n), Some(_)) if n < req.min => found(
                        req,
                        Outcome::Fail,
                        path.clone().field("staff"),
                        format!("到场{n}人,少于要求的{}人", req.min),
                        format!("{n} persons present; at least {} required", req.min),
                    ),
                    (Some(n), Some(t)) if t > by => found(
                        req,
                        Outcome::Fail,
                        path.clone().field("arrived_at"),
                        format!(
                            "{n}人于{}到场,晚于{}(迟到)",
                            crate::time::hm(t.beijing()),
                            crate::time::hm(by.beijing())
                        ),
                        format!(
                            "{n} persons arrived at {}, after {} (late)",
                            crate::time::hm(t.beijing()),
                            crate::time::hm(by.beijing())
                        ),
                    ),
                    (Some(n), Some(t)) => found(
                        req,
                        Outcome::Pass,
                        &path,
                        format!(
                            "{n}人于{}到达{}",
                            crate::time::hm(t.beijing()),
                            cday.member_venue
                        ),
                        format!(
                            "{n} persons at {} by {}",
                            cday.member_venue,
                            crate::time::hm(t.beijing())
                        ),
                    ),
                }
            }
        }
    } else {
        cannot_judge(
            req,
            "concentrated_day",
            "集中宣传日参加情况",
            "concentrated-day attendance",
        )
    });

    // Assigned streets: every assigned venue covered.
    let req = &m.cday_venues;
    let unit = campaign.resolve_unit(&record.unit);
    out.push(if !req.who.applies(roles) {
        not_applicable(req)
    } else {
        match (sites, unit) {
            (None, _) => cannot_judge(
                req,
                "concentrated_day",
                "集中宣传日各地点情况",
                "concentrated-day sites",
            ),
            (Some(_), None) => found(
                req,
                Outcome::CannotJudge,
                "unit",
                "本单位不在名单中,无指定地点".into(),
                "the unit is not on the roster, so it has no assigned venues".into(),
            ),
            (Some(sites), Some(u)) => {
                let missing: Vec<&str> = u
                    .venues
                    .iter()
                    .filter(|v| !sites.iter().any(|a| venue_is(campaign, &a.venue, v)))
                    .map(String::as_str)
                    .collect();
                let covered = u.venues.len().saturating_sub(missing.len()) as u64;
                if rate_ok(covered, u.venues.len() as u64, req.min) {
                    found(
                        req,
                        Outcome::Pass,
                        "concentrated_day",
                        format!("在指定地点{}均开展了宣传", u.venues.join("、")),
                        format!("held at every assigned venue: {}", u.venues.join(", ")),
                    )
                } else if !day_over {
                    before_the_day(req, cday.date)
                } else {
                    found(
                        req,
                        Outcome::Fail,
                        "concentrated_day",
                        format!("未在指定地点{}开展宣传", missing.join("、")),
                        format!(
                            "nothing held at the assigned venue(s) {}",
                            missing.join(", ")
                        ),
                    )
                }
            }
        }
    });

    // Every site: banners, boards, materials.
    let req = &m.cday_materials;
    if !req.who.applies(roles) {
        out.push(not_applicable(req));
    } else {
        match sites {
            None => out.push(cannot_judge(
                req,
                "concentrated_day",
                "集中宣传日现场物料情况",
                "concentrated-day sites",
            )),
            Some([]) if !day_over => out.push(before_the_day(req, cday.date)),
            Some([]) => out.push(found(
                req,
                Outcome::Fail,
                "concentrated_day",
                "没有集中宣传日现场记录".into(),
                "no concentrated-day site recorded".into(),
            )),
            Some(sites) => {
                for (i, a) in sites.iter().enumerate() {
                    let path = Path::key("concentrated_day").at(i);
                    let has = |mat: Material| match mat {
                        Material::Banners => a.banners,
                        Material::Boards => a.boards,
                        Material::Materials => a.materials,
                    };
                    let label = |mat: Material| match mat {
                        Material::Banners => ("条幅", "banners"),
                        Material::Boards => ("图版", "boards"),
                        Material::Materials => ("宣传资料", "publicity materials"),
                    };
                    let unknown: Vec<Material> = cday
                        .materials
                        .iter()
                        .copied()
                        .filter(|mat| has(*mat).is_none())
                        .collect();
                    let missing: Vec<Material> = cday
                        .materials
                        .iter()
                        .copied()
                        .filter(|mat| has(*mat) == Some(false))
                        .collect();
                    let zh = |v: &[Material]| {
                        v.iter().map(|x| label(*x).0).collect::<Vec<_>>().join("、")
                    };
                    let en = |v: &[Material]| {
                        v.iter().map(|x| label(*x).1).collect::<Vec<_>>().join(", ")
                    };
                    out.push(if !missing.is_empty() {
                        found(
                            req,
                            Outcome::Fail,
                            &path,
                            format!("{}现场缺少{}", a.venue, zh(&missing)),
                            format!("{}: no {}", a.venue, en(&missing)),
                        )
                    } else if !unknown.is_empty() {
                        found(
                            req,
                            Outcome::CannotJudge,
                            &path,
                            format!("{}现场未记录是否有{}", a.venue, zh(&unknown)),
                            format!(
                                "{}: the record does not say whether there were {}",
                                a.venue,
                                en(&unknown)
                            ),
                        )
                    } else {
                        found(
                            req,
                            Outcome::Pass,
                            &path,
                            format!("{}现场有{}", a.venue, zh(&cday.materials)),
                            format!("{} had {}", a.venue, en(&cday.materials)),
                        )
                    });
                }
            }
        }
    }
    out
}

/// M-MONTH-NOT-DAY: at least `min` activities in each ISO week of the implementation
/// phase (三(四): 克服宣传月淡化成"活动日""活动周"). A warning. Activities are outreach,
/// media works and concentrated-day sites. Weeks not yet over by `as_of` are not judged.
fn check_weekly(
    campaign: &Campaign,
    roles: &[Role],
    record: &UnitRecord,
    as_of: Instant,
) -> Finding {
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
