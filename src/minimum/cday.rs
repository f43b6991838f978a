//! The concentrated publicity day (二(二)2 五是): M-CDAY-STAFF, M-CDAY-VENUE,
//! M-CDAY-MATERIALS.

use super::*;

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
pub(super) fn check_concentrated_day(cx: &Ctx<'_>) -> Vec<Finding> {
    let Ctx {
        campaign,
        roles,
        record,
        as_of,
        ..
    } = *cx;
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
