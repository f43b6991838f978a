//! The concentrated publicity day (二(二)2 五是): M-CDAY-STAFF, M-CDAY-VENUE,
//! M-CDAY-MATERIALS.
//!
//! 五是: 6月15日为集中宣传日 … 各成员单位宣传地点为市政府前广场; 城关镇街道负责在八里堡
//! 市场的宣传 … 宣传活动场所要有条幅、图版及相关宣传资料 … 市处非领导小组各成员单位至少
//! 安排2人,携带各自宣传册、图板、宣传资料等,于6月15日9:00准时在政府前广场参加 … 城关、
//! 南街、北街、东城四个街道要在15日当天 … 开展活动 … 其余自行组织集中宣传的乡镇街 ….

use super::*;
use crate::record::Attendance;

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

/// Not yet decided at `as_of`: before the day, "the day has not come"; on the day,
/// what is still awaited and until when.
fn pending(cx: &Ctx<'_>, req: &Requirement, until: Instant, what: Text) -> Finding {
    let day = cx.campaign.concentrated_day.date;
    if cx.as_of.date() < day {
        found(
            req,
            Outcome::Pending,
            "concentrated_day",
            format!("集中宣传日{day}尚未到来"),
            format!("the concentrated day {day} has not come yet"),
        )
    } else {
        found(
            req,
            Outcome::Pending,
            "concentrated_day",
            format!("{}前{}", until.as_deadline(), what.zh),
            format!("{} by {}", what.en, until.as_deadline()),
        )
    }
}

/// M-CDAY-STAFF, M-CDAY-VENUE, M-CDAY-MATERIALS, M-CDAY-CONSULT.
pub(super) fn check_concentrated_day(cx: &Ctx<'_>) -> Vec<Finding> {
    let mut out = vec![staff(cx), venues(cx)];
    out.extend(materials(cx));
    out.extend(consult(cx));
    out
}

/// M-CDAY-CONSULT: the advice given and the reports taken at the square (现场为群众提供
/// 咨询服务,收录举报信息). The plan sets no number: the figures are reported, not
/// judged. `None` when the campaign has no such duty.
fn consult(cx: &Ctx<'_>) -> Option<Finding> {
    let req = cx.m.cday_consult.as_ref()?;
    if !req.who.applies(cx.roles) {
        return Some(not_applicable(req));
    }
    let cday = &cx.campaign.concentrated_day;
    let sites = cx.record.concentrated_day.as_deref().unwrap_or_default();
    let Some(i) = sites
        .iter()
        .position(|a| venue_is(cx.campaign, &a.venue, &cday.member_venue))
    else {
        return Some(cannot_judge(
            req,
            "concentrated_day",
            "本单位在集中宣传日广场的记录",
            "attendance at the square",
        ));
    };
    let a = sites.get(i)?;
    let shown = |n: Option<u64>, measure: &str| {
        n.map_or_else(|| "未记录".to_owned(), |n| format!("{n}{measure}"))
    };
    let shown_en = |n: Option<u64>| n.map_or_else(|| "not recorded".to_owned(), |n| n.to_string());
    Some(found(
        req,
        Outcome::Reported,
        Path::key("concentrated_day").at(i),
        format!(
            "现场咨询{},收录举报信息{}(方案未定数量,仅记录)",
            shown(a.consultations, "人次"),
            shown(a.reports_collected, "条")
        ),
        format!(
            "advice given: {}; reports taken: {} (no number set: reported, not judged)",
            shown_en(a.consultations),
            shown_en(a.reports_collected)
        ),
    ))
}

/// M-CDAY-STAFF: a member unit has at least `min` persons at the square by the
/// arrival time; once that time has passed with no attendance recorded, it has failed.
fn staff(cx: &Ctx<'_>) -> Finding {
    let (campaign, req) = (cx.campaign, &cx.m.cday_staff);
    let cday = &campaign.concentrated_day;
    let by = cday.arrive_by;
    if !req.who.applies(cx.roles) {
        return not_applicable(req);
    }
    let sites = cx.record.concentrated_day.as_deref().unwrap_or_default();
    let Some(i) = sites
        .iter()
        .position(|a| venue_is(campaign, &a.venue, &cday.member_venue))
    else {
        return if cx.as_of <= by {
            pending(
                cx,
                req,
                by,
                Text::new(
                    format!("到{}(尚未记录到场)", cday.member_venue),
                    format!("at {} (no attendance recorded yet)", cday.member_venue),
                ),
            )
        } else {
            found(
                req,
                Outcome::Fail,
                "concentrated_day",
                format!(
                    "{}已过,记录中没有本单位到{}参加集中宣传日",
                    by.as_deadline(),
                    cday.member_venue
                ),
                format!(
                    "{} has passed and no attendance at {} is recorded",
                    by.as_deadline(),
                    cday.member_venue
                ),
            )
        };
    };
    let path = Path::key("concentrated_day").at(i);
    let a = sites.get(i);
    match (a.and_then(|a| a.staff), a.and_then(|a| a.arrived_at)) {
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
            path.field("arrived_at"),
            format!("到场时间{}不在集中宣传日{}", t.as_clock(), cday.date),
            format!(
                "arrival {} is not on the concentrated day {}",
                t.as_clock(),
                cday.date
            ),
        ),
        (Some(n), Some(_)) if n < req.min => found(
            req,
            Outcome::Fail,
            path.field("staff"),
            format!("到场{n}人,少于要求的{}人", req.min),
            format!("{n} persons present; at least {} required", req.min),
        ),
        (Some(n), Some(t)) if t > by => found(
            req,
            Outcome::Fail,
            path.field("arrived_at"),
            format!(
                "{n}人于{}到场,晚于{}(迟到)",
                t.time_of_day(),
                by.time_of_day()
            ),
            format!(
                "{n} persons arrived at {}, after {} (late)",
                t.time_of_day(),
                by.time_of_day()
            ),
        ),
        (Some(n), Some(t)) => found(
            req,
            Outcome::Pass,
            &path,
            format!("{n}人于{}到达{}", t.time_of_day(), cday.member_venue),
            format!(
                "{n} persons at {} by {}",
                cday.member_venue,
                t.time_of_day()
            ),
        ),
    }
}

/// M-CDAY-VENUE: an assigned street holds its activity at every assigned venue on the
/// concentrated day itself ("15日当天", a Beijing day); a site on another day does not
/// count, and a site with no time cannot show its day.
fn venues(cx: &Ctx<'_>) -> Finding {
    let (campaign, req) = (cx.campaign, &cx.m.cday_venues);
    let cday = &campaign.concentrated_day;
    if !req.who.applies(cx.roles) {
        return not_applicable(req);
    }
    let Some(unit) = campaign.resolve_unit(&cx.record.unit) else {
        return found(
            req,
            Outcome::CannotJudge,
            "unit",
            "本单位不在名单中,无指定地点".into(),
            "the unit is not on the roster, so it has no assigned venues".into(),
        );
    };
    let sites = cx.record.concentrated_day.as_deref().unwrap_or_default();
    let mut missing = Vec::new();
    let mut undated = Vec::new();
    let mut other_day = Vec::new();
    for v in &unit.venues {
        // The times of the sites at this venue (`None`: a site with no time).
        let times: Vec<Option<Instant>> = sites
            .iter()
            .filter(|a| venue_is(campaign, &a.venue, v))
            .map(|a| a.arrived_at)
            .collect();
        if times.iter().flatten().any(|t| t.date() == cday.date) {
            continue;
        }
        if times.contains(&None) {
            undated.push(v.as_str());
        } else if let Some(t) = times.iter().flatten().next() {
            other_day.push((v.as_str(), t.date()));
        } else {
            missing.push(v.as_str());
        }
    }
    let end = Instant::end_of(cday.date);
    if missing.is_empty() && undated.is_empty() && other_day.is_empty() {
        return found(
            req,
            Outcome::Pass,
            "concentrated_day",
            format!(
                "{}在指定地点{}均开展了宣传",
                cday.date,
                unit.venues.join("、")
            ),
            format!(
                "held on {} at every assigned venue: {}",
                cday.date,
                unit.venues.join(", ")
            ),
        );
    }
    if let Some(end) = end.filter(|&end| cx.as_of < end) {
        let left: Vec<&str> = missing
            .iter()
            .chain(&undated)
            .copied()
            .chain(other_day.iter().map(|(v, _)| *v))
            .collect();
        return pending(
            cx,
            req,
            end,
            Text::new(
                format!("在{}开展宣传(尚未记录)", left.join("、")),
                format!("activity at {} (not recorded yet)", left.join(", ")),
            ),
        );
    }
    let mut zh = Vec::new();
    let mut en = Vec::new();
    if !missing.is_empty() {
        zh.push(format!("未在指定地点{}开展宣传", missing.join("、")));
        en.push(format!(
            "nothing held at the assigned venue(s) {}",
            missing.join(", ")
        ));
    }
    for (v, d) in &other_day {
        zh.push(format!("{v}的活动在{d},不是集中宣传日{}当天", cday.date));
        en.push(format!(
            "the activity at {v} was on {d}, not on the concentrated day {}",
            cday.date
        ));
    }
    let outcome = if missing.is_empty() && other_day.is_empty() {
        Outcome::CannotJudge
    } else {
        Outcome::Fail
    };
    if !undated.is_empty() {
        zh.push(format!(
            "{}的活动未写明时间,无法确认是否在当天",
            undated.join("、")
        ));
        en.push(format!(
            "the activity at {} gives no time, so its day cannot be checked",
            undated.join(", ")
        ));
    }
    found(
        req,
        outcome,
        "concentrated_day",
        zh.join(";"),
        en.join("; "),
    )
}

/// M-CDAY-MATERIALS: every 06-15 site has banners, boards and materials; a member unit
/// at the square carries its own brochures, boards and materials. The sites of a town
/// that organises its own day are checked too; a town that does not has none. One
/// finding per site.
fn materials(cx: &Ctx<'_>) -> Vec<Finding> {
    let (campaign, req) = (cx.campaign, &cx.m.cday_materials);
    let cday = &campaign.concentrated_day;
    if !req.who.applies(cx.roles) {
        return vec![not_applicable(req)];
    }
    let own_day = cx.roles.contains(&Role::MemberUnit)
        || cx.roles.contains(&Role::AssignedStreet)
        || cx.record.self_organises_concentrated_day == Some(true);
    let one = match cx.record.concentrated_day.as_deref() {
        None | Some([]) if !own_day => found(
            req,
            Outcome::NotApplicable,
            "",
            "本单位未自行组织集中宣传,无现场".into(),
            "the unit holds no concentrated-day site of its own".into(),
        ),
        None => cannot_judge(
            req,
            "concentrated_day",
            "集中宣传日现场物料情况",
            "concentrated-day sites",
        ),
        Some([]) => match Instant::end_of(cday.date).filter(|&end| cx.as_of < end) {
            Some(end) => pending(
                cx,
                req,
                end,
                Text::new("记录集中宣传日现场", "a concentrated-day site recorded"),
            ),
            None => found(
                req,
                Outcome::Fail,
                "concentrated_day",
                "没有集中宣传日现场记录".into(),
                "no concentrated-day site recorded".into(),
            ),
        },
        Some(sites) => {
            return sites
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let at_square = venue_is(campaign, &a.venue, &cday.member_venue);
                    let (needed, whose) = if at_square && cx.roles.contains(&Role::MemberUnit) {
                        (&cday.carried, ("本单位携带的", "the unit's own "))
                    } else {
                        (&cday.materials, ("", ""))
                    };
                    site_materials(req, Path::key("concentrated_day").at(i), a, needed, whose)
                })
                .collect()
        }
    };
    vec![one]
}

/// One site against the materials it needs.
fn site_materials(
    req: &Requirement,
    path: Path,
    a: &Attendance,
    needed: &[Material],
    (whose_zh, whose_en): (&str, &str),
) -> Finding {
    let has = |m: Material| match m {
        Material::Banners => a.banners,
        Material::Boards => a.boards,
        Material::Materials => a.materials,
        Material::Brochures => a.brochures,
    };
    let list = |v: &[Material]| {
        let labels: Vec<Text> = v.iter().map(|m| m.label()).collect();
        (
            labels
                .iter()
                .map(|t| t.zh.as_str())
                .collect::<Vec<_>>()
                .join("、"),
            labels
                .iter()
                .map(|t| t.en.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    let missing: Vec<Material> = needed
        .iter()
        .copied()
        .filter(|m| has(*m) == Some(false))
        .collect();
    let unknown: Vec<Material> = needed
        .iter()
        .copied()
        .filter(|m| has(*m).is_none())
        .collect();
    if !missing.is_empty() {
        let (zh, en) = list(&missing);
        found(
            req,
            Outcome::Fail,
            path,
            format!("{}现场缺少{whose_zh}{zh}", a.venue),
            format!("{}: no {whose_en}{en}", a.venue),
        )
    } else if !unknown.is_empty() {
        let (zh, en) = list(&unknown);
        found(
            req,
            Outcome::CannotJudge,
            path,
            format!("{}现场未记录是否有{whose_zh}{zh}", a.venue),
            format!(
                "{}: the record does not say whether there were {whose_en}{en}",
                a.venue
            ),
        )
    } else {
        let (zh, en) = list(needed);
        found(
            req,
            Outcome::Pass,
            path,
            format!("{}现场有{whose_zh}{zh}", a.venue),
            format!("{} had {whose_en}{en}", a.venue),
        )
    }
}
