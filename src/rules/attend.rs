//! *attend*: presence at an event (2021, 二(二)2 五是: M-CDAY-STAFF, member units at the
//! square by 09:00 with at least 2 persons; M-CDAY-VENUE, the assigned streets at every
//! assigned venue on the day itself; M-CDAY-MATERIALS, every site with its banners,
//! boards and materials).
//!
//! The venue rule decides which sites are judged: the event's own venue (`event`), the
//! venues the roster assigns the unit (`assigned`, each one), a venue of the unit's
//! choosing (`own_choice`, one site that day), or every site the unit recorded
//! (`sites`, for what each must show). A site counts only on the event's own Beijing
//! day; once the time it was due has passed with nothing recorded, the duty has failed.

use crate::campaign::{Attend, Duty, DutyRule, EventDef, VenueRule};
use crate::path::Path;
use crate::record::Site;
use crate::report::{Finding, Outcome, Text};
use crate::time::Instant;
use crate::util::same_name;

use super::{cannot_judge, found, not_applicable, Ctx};

pub(super) fn check(cx: &Ctx<'_>, duty: &Duty, x: &Attend, out: &mut Vec<Finding>) {
    if !cx.binds(duty) {
        out.push(not_applicable(duty));
        return;
    }
    let Some(event) = cx.campaign.event(&x.event) else {
        return;
    };
    match x.venue {
        VenueRule::Event | VenueRule::OwnChoice => {
            out.extend(presence(cx, duty, x, event));
            out.extend(carried(cx, duty, x, event));
        }
        VenueRule::Assigned => out.push(assigned(cx, duty, event)),
        VenueRule::Sites => out.extend(items(cx, duty, x, event)),
    }
}

/// Not yet decided at `as_of`: before the day, "the day has not come"; on the day,
/// what is still awaited and until when.
fn pending(cx: &Ctx<'_>, duty: &Duty, event: &EventDef, until: Instant, what: Text) -> Finding {
    let day = event.date;
    if cx.as_of.date() < day {
        found(
            duty,
            Outcome::Pending,
            Path::key(event.key.clone()),
            format!("{}{day}尚未到来", event.name.zh),
            format!("the {} {day} has not come yet", event.name.en),
        )
    } else {
        found(
            duty,
            Outcome::Pending,
            Path::key(event.key.clone()),
            format!("{}前{}", until.as_deadline(), what.zh),
            format!("{} by {}", what.en, until.as_deadline()),
        )
    }
}

/// Whether a site had happened at the instant asked about: one recorded with a later
/// arrival is ahead of it and not counted then (a site with no time is taken as
/// recorded).
pub(super) fn happened(cx: &Ctx<'_>, site: &Site) -> bool {
    site.arrived_at.is_none_or(|t| t <= cx.as_of)
}

/// The end of the event's day (24:00), or its end time.
fn day_end(event: &EventDef) -> Option<Instant> {
    match event.ends_at {
        Some(t) => t.on(event.date),
        None => Instant::end_of(event.date),
    }
}

/// `event` and `own_choice`: one site — at the event's venue, or any that day — with
/// the staff, there in time; once that time has passed with none recorded, failed.
fn presence(cx: &Ctx<'_>, duty: &Duty, x: &Attend, event: &EventDef) -> Vec<Finding> {
    let at_event = x.venue == VenueRule::Event;
    let by = x
        .arrive_by
        .or(event.starts_at)
        .and_then(|t| t.on(event.date));
    let deadline = by.or_else(|| day_end(event));
    let venue_name = event.venues.first().map_or("", |v| v.name.as_str());
    let sites = cx.record.sites(&event.key).unwrap_or_default();
    let chosen = if at_event {
        sites
            .iter()
            .position(|s| happened(cx, s) && event.venue(&s.venue).is_some())
    } else {
        // The unit's own venue: the first site on the day, else any (its day is then
        // said to be wrong).
        sites
            .iter()
            .position(|s| happened(cx, s) && s.arrived_at.is_some_and(|t| t.date() == event.date))
            .or_else(|| sites.iter().position(|s| happened(cx, s)))
    };
    let Some(i) = chosen else {
        let place = if at_event {
            Text::new(format!("到{venue_name}"), format!("at {venue_name}"))
        } else {
            let p = x.own_place();
            Text::new(format!("在{}", p.zh), format!("at {}", p.en))
        };
        // An arrival time is on time to the second it names; the day itself ends at
        // its 24:00 (or the event's end), and at that instant nothing more can happen
        // on it.
        let still_open = |d: Instant| match by {
            Some(_) => cx.as_of <= d,
            None => cx.as_of < d,
        };
        return vec![match deadline {
            Some(d) if still_open(d) => pending(
                cx,
                duty,
                event,
                d,
                Text::new(
                    format!("{}(尚未记录到场)", place.zh),
                    format!("{} (no attendance recorded yet)", place.en),
                ),
            ),
            _ => {
                let past = deadline.map_or_else(|| event.date.to_string(), Instant::as_deadline);
                let mut f = found(
                    duty,
                    Outcome::Fail,
                    Path::key(event.key.clone()),
                    format!(
                        "{past}已过,记录中没有本单位{}参加{}",
                        place.zh, event.name.zh
                    ),
                    format!(
                        "{past} has passed and no attendance {} is recorded",
                        place.en
                    ),
                );
                // A site recorded under another venue's name (人民广场): the venue is
                // suggested, as unit names are, rather than failing in silence.
                if let Some(s) = sites
                    .iter()
                    .find(|s| at_event && happened(cx, s) && !s.venue.trim().is_empty())
                {
                    let written = crate::text::clipped(&s.venue, 40);
                    f.message.zh.push_str(&format!(
                        "(记录的地点为“{written}”,不是{venue_name}:是否写错?)"
                    ));
                    f.message.en.push_str(&format!(
                        " (the record names the venue \"{written}\", not {venue_name}: a typo?)"
                    ));
                }
                f
            }
        }];
    };
    let path = Path::key(event.key.clone()).at(i);
    let Some(site) = sites.get(i) else {
        return vec![cannot_judge(duty, path, &event.name)];
    };
    // A venue the record names is text from an input: shown (issue 28).
    let shown_venue = if at_event {
        std::borrow::Cow::Borrowed(venue_name)
    } else {
        crate::text::shown(&site.venue).text
    };
    let staff_missing = x.staff.is_some() && site.staff.is_none();
    // Who was there, as the messages say it: "3人" / "3 persons", or nothing.
    let who = site
        .staff
        .map(|n| (format!("{n}人"), format!("{n} persons")))
        .unwrap_or_default();
    let who_en = |none: &'static str| {
        if who.1.is_empty() {
            none
        } else {
            who.1.as_str()
        }
    };
    let Some(t) = site.arrived_at.filter(|_| !staff_missing) else {
        return vec![found(
            duty,
            Outcome::CannotJudge,
            &path,
            "记录未写明到场人数或到场时间,无法判断".into(),
            "the record gives no staff count or arrival time".into(),
        )];
    };
    if t.date() != event.date {
        return vec![found(
            duty,
            Outcome::Fail,
            path.field("arrived_at"),
            format!(
                "到场时间{}不在{}{}",
                t.as_clock(),
                event.name.zh,
                event.date
            ),
            format!(
                "arrival {} is not on the {} {}",
                t.as_clock(),
                event.name.en,
                event.date
            ),
        )];
    }
    // Every fault of the duty is said, each on its own line: too few persons AND late
    // are two faults (二(二)2 五是: 至少2人 … 9:00准时; issue 29).
    let mut faults = Vec::new();
    if let Some((min, n)) = x.staff.zip(site.staff).filter(|(min, n)| n < min) {
        faults.push(found(
            duty,
            Outcome::Fail,
            path.clone().field("staff"),
            format!("到场{n}人,少于要求的{min}人"),
            format!("{n} persons present; at least {min} required"),
        ));
    } else if site.staff == Some(0) {
        // No number set, but nobody there is no attendance (and nobody was late).
        return vec![found(
            duty,
            Outcome::Fail,
            path.clone().field("staff"),
            "记录的到场人数为0".into(),
            "0 persons present".into(),
        )];
    }
    if let Some(by) = by.filter(|by| t > *by) {
        let by = by.time_of_day();
        faults.push(found(
            duty,
            Outcome::Fail,
            path.clone().field("arrived_at"),
            format!("{}于{}到场,晚于{by}(迟到)", who.0, t.time_of_day()),
            format!(
                "{} arrived at {}, after {by} (late)",
                who_en("staff"),
                t.time_of_day()
            ),
        ));
    }
    if !faults.is_empty() {
        return faults;
    }
    vec![found(
        duty,
        Outcome::Pass,
        &path,
        format!("{}于{}到达{shown_venue}", who.0, t.time_of_day()),
        format!(
            "{} at {shown_venue} by {}",
            who_en("present"),
            t.time_of_day()
        ),
    )]
}

/// What the unit carries to the event's own venue (二(二)2 五是: 携带各自宣传册、图板、
/// 宣传资料), judged at its site there under the attendance duty (RULES.md
/// M-CDAY-STAFF): one finding, or none when it carries nothing or was not there.
fn carried(cx: &Ctx<'_>, duty: &Duty, x: &Attend, event: &EventDef) -> Option<Finding> {
    if x.carried.is_empty() || x.venue != VenueRule::Event {
        return None;
    }
    let sites = cx.record.sites(&event.key)?;
    let i = sites
        .iter()
        .position(|s| happened(cx, s) && event.venue(&s.venue).is_some())?;
    let site = sites.get(i)?;
    let at = Path::key(event.key.clone()).at(i);
    Some(site_items(
        duty,
        event,
        at,
        site,
        &x.carried,
        ("本单位携带的", "the unit's own "),
    ))
}

/// Whether a written venue is `venue` (names compared as unit names are), counting
/// the other names the event gives one of its own venues.
fn venue_is(event: &EventDef, written: &str, venue: &str) -> bool {
    same_name(written, venue) || event.venue(venue).is_some_and(|v| v.is(written))
}

/// `assigned`: the unit holds its activity at every venue the roster assigns it, on
/// the event's day itself (2021: "15日当天", a Beijing day); a site on another day does
/// not count, and a site with no time cannot show its day.
fn assigned(cx: &Ctx<'_>, duty: &Duty, event: &EventDef) -> Finding {
    let Some(unit) = cx.campaign.resolve_unit(&cx.record.unit) else {
        return found(
            duty,
            Outcome::CannotJudge,
            "unit",
            "本单位不在名单中,无指定地点".into(),
            "the unit is not on the roster, so it has no assigned venues".into(),
        );
    };
    let sites = cx.record.sites(&event.key).unwrap_or_default();
    let mut missing = Vec::new();
    let mut undated = Vec::new();
    let mut other_day = Vec::new();
    for v in &unit.venues {
        // The times of the sites at this venue (`None`: a site with no time).
        let times: Vec<Option<Instant>> = sites
            .iter()
            .filter(|a| happened(cx, a) && venue_is(event, &a.venue, v))
            .map(|a| a.arrived_at)
            .collect();
        if times.iter().flatten().any(|t| t.date() == event.date) {
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
    let at = Path::key(event.key.clone());
    if missing.is_empty() && undated.is_empty() && other_day.is_empty() {
        return found(
            duty,
            Outcome::Pass,
            at,
            format!(
                "{}在指定地点{}均开展了宣传",
                event.date,
                unit.venues.join("、")
            ),
            format!(
                "held on {} at every assigned venue: {}",
                event.date,
                unit.venues.join(", ")
            ),
        );
    }
    if let Some(end) = day_end(event).filter(|&end| cx.as_of < end) {
        let left: Vec<&str> = missing
            .iter()
            .chain(&undated)
            .copied()
            .chain(other_day.iter().map(|(v, _)| *v))
            .collect();
        return pending(
            cx,
            duty,
            event,
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
        zh.push(format!(
            "{v}的活动在{d},不是{}{}当天",
            event.name.zh, event.date
        ));
        en.push(format!(
            "the activity at {v} was on {d}, not on the {} {}",
            event.name.en, event.date
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
    found(duty, outcome, at, zh.join(";"), en.join("; "))
}

/// Whether some attend duty of `event` binds the unit to hold a site of its own (an
/// assigned venue, or one of its choosing), or (`shared`) to attend the event's own
/// venue, whose site is its organiser's.
fn expected_at(cx: &Ctx<'_>, event: &EventDef, shared: bool) -> bool {
    cx.campaign.duties.iter().any(|d| match &d.rule {
        DutyRule::Attend(a) if a.event == event.key => {
            // `shared`: attends the event's own venue; else holds a site of its own
            // (an assigned venue, or one of its choosing).
            let fits = if shared {
                a.venue == VenueRule::Event
            } else {
                matches!(a.venue, VenueRule::Assigned | VenueRule::OwnChoice)
            };
            fits && cx.binds(d)
        }
        _ => false,
    })
}

/// `sites`: every site the unit recorded shows the items. The event's own venue is
/// not the unit's site when an attendance duty brings it there: what it carries is
/// that duty's (M-CDAY-STAFF), the venue's banners its organiser's. A unit that holds
/// no site of its own (no venue duty binds it, and it does not say it holds the event
/// itself) has none to judge. One finding per site.
fn items(cx: &Ctx<'_>, duty: &Duty, x: &Attend, event: &EventDef) -> Vec<Finding> {
    let own_flag = event.own_flag.as_deref().and_then(|f| cx.campaign.flag(f));
    let hosts = expected_at(cx, event, false)
        || own_flag.is_some_and(|f| cx.record.flag(&f.key) == Some(true));
    let at = Path::key(event.key.clone());
    let venue = event.venues.first().map_or("", |v| v.name.as_str());
    // A unit whose only duty on the day is to attend the event's own venue holds no
    // site: the square's banners are its organiser's, what the unit carries is judged
    // with its attendance (RULES.md M-CDAY-MATERIALS, 二(二)2 五是). One verdict,
    // whatever its record holds of the square — nothing, no site, or its site there.
    let organisers = Text::new(
        format!("{venue}的现场物料由活动组织方布置;本单位携带的物料另见到场要求"),
        format!("the materials at {venue} are its organiser's; what the unit carries is judged with its attendance"),
    );
    let attends = expected_at(cx, event, true);
    // The sites as of the instant asked about, each with its place in the record.
    let recorded: Option<Vec<(usize, &Site)>> = cx.record.sites(&event.key).map(|s| {
        s.iter()
            .enumerate()
            .filter(|(_, s)| happened(cx, s))
            .collect()
    });
    let one = match recorded.as_deref() {
        None | Some([]) if !hosts && attends => found(
            duty,
            Outcome::NotApplicable,
            "",
            organisers.zh,
            organisers.en,
        ),
        None | Some([]) if !hosts => {
            let (zh, en) = match own_flag {
                Some(f) => (
                    format!("本单位未{},无现场", f.name.zh),
                    format!("the unit holds no {} site of its own", event.name.en),
                ),
                None => (
                    format!("本单位无{}现场", event.name.zh),
                    format!("the unit holds no {} site", event.name.en),
                ),
            };
            found(duty, Outcome::NotApplicable, "", zh, en)
        }
        None => cannot_judge(
            duty,
            at,
            &Text::new(
                format!("{}现场物料情况", event.name.zh),
                format!("{} sites", event.name.en),
            ),
        ),
        Some([]) => match day_end(event).filter(|&end| cx.as_of < end) {
            Some(end) => pending(
                cx,
                duty,
                event,
                end,
                Text::new(
                    format!("记录{}现场", event.name.zh),
                    format!("a {} site recorded", event.name.en),
                ),
            ),
            None => found(
                duty,
                Outcome::Fail,
                at,
                format!("没有{}现场记录", event.name.zh),
                format!("no {} site recorded", event.name.en),
            ),
        },
        Some(sites) => {
            let own: Vec<Finding> = sites
                .iter()
                .filter(|(_, s)| !(attends && event.venue(&s.venue).is_some()))
                .map(|&(i, s)| site_items(duty, event, at.clone().at(i), s, &x.items, ("", "")))
                .collect();
            if !own.is_empty() {
                return own;
            }
            found(
                duty,
                Outcome::NotApplicable,
                at,
                organisers.zh,
                organisers.en,
            )
        }
    };
    vec![one]
}

/// One site against the items it needs.
fn site_items(
    duty: &Duty,
    event: &EventDef,
    path: Path,
    s: &Site,
    needed: &[String],
    (whose_zh, whose_en): (&str, &str),
) -> Finding {
    let label = |k: &String| {
        event
            .items
            .iter()
            .find(|n| n.key == *k)
            .map_or_else(|| Text::new(k.clone(), k.clone()), |n| n.name.clone())
    };
    let list = |v: &[&String]| crate::text::join(v.iter().map(|k| label(k)));
    let missing: Vec<&String> = needed
        .iter()
        .filter(|k| s.items.get(*k) == Some(&false))
        .collect();
    let unknown: Vec<&String> = needed
        .iter()
        .filter(|k| !s.items.contains_key(*k))
        .collect();
    if !missing.is_empty() {
        let l = list(&missing);
        found(
            duty,
            Outcome::Fail,
            path,
            format!("{}现场缺少{whose_zh}{}", crate::text::shown(&s.venue), l.zh),
            format!("{}: no {whose_en}{}", crate::text::shown(&s.venue), l.en),
        )
    } else if !unknown.is_empty() {
        let l = list(&unknown);
        found(
            duty,
            Outcome::CannotJudge,
            path,
            format!(
                "{}现场未记录是否有{whose_zh}{}",
                crate::text::shown(&s.venue),
                l.zh
            ),
            format!(
                "{}: the record does not say whether there were {whose_en}{}",
                crate::text::shown(&s.venue),
                l.en
            ),
        )
    } else {
        let all: Vec<&String> = needed.iter().collect();
        let l = list(&all);
        found(
            duty,
            Outcome::Pass,
            path,
            format!("{}现场有{whose_zh}{}", crate::text::shown(&s.venue), l.zh),
            format!("{} had {whose_en}{}", crate::text::shown(&s.venue), l.en),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::audit::check_unit;
    use crate::record::UnitRecord;
    use crate::report::Outcome;
    use crate::{Campaign, Instant};

    /// The 2021 campaign with its square duty read as "at a venue of its own", in the
    /// words `place`, with no arrival time.
    fn own_venue() -> Campaign {
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
        let duties = v["duties"].as_array_mut().unwrap();
        let d = duties
            .iter_mut()
            .find(|d| d["id"] == "M-CDAY-STAFF")
            .unwrap();
        let o = d.as_object_mut().unwrap();
        o.remove("staff");
        o.remove("arrive_by");
        o.remove("carried");
        o.insert("venue".into(), "own_choice".into());
        o.insert(
            "place".into(),
            serde_json::json!({"zh": "本单位网点", "en": "its own outlets"}),
        );
        Campaign::from_json(&v.to_string()).unwrap()
    }

    #[test]
    fn a_day_with_no_time_is_over_at_its_24_00() {
        let c = own_venue();
        let record =
            UnitRecord::from_json(&c, r#"{"unit": "市教育局", "concentrated_day": []}"#).unwrap();
        let f = |at: Instant| {
            check_unit(&c, &record, at)
                .findings
                .into_iter()
                .find(|f| f.rule == "M-CDAY-STAFF")
                .unwrap()
        };
        // The day's 24:00, and the second before it.
        let day = c.event("concentrated_day").unwrap().date;
        let end = Instant::end_of(day).unwrap();
        let before = Instant::parse(&format!("{day}T23:59:59")).unwrap();
        assert_eq!(f(before).outcome, Outcome::Pending);
        let over = f(end);
        assert_eq!(over.outcome, Outcome::Fail);
        assert!(
            over.message.zh.contains("在本单位网点"),
            "{}",
            over.message.zh
        );
        assert!(
            over.message.en.contains("at its own outlets"),
            "{}",
            over.message.en
        );
        let info = c.rule_info("M-CDAY-STAFF".parse().unwrap()).unwrap();
        assert!(
            info.text.zh.contains("当天在本单位网点开展活动"),
            "{}",
            info.text.zh
        );
    }

    /// 二(二)2 五是 "于6月15日9:00准时在政府前广场参加宣传日活动" with "至少2人": a unit
    /// that came with one person at 9:30 is faulted for both, each said (issue 29, walk
    /// of D2 item 1); 09:00:00 is on time, 09:00:01 late (RULES.md M-CDAY-STAFF).
    #[test]
    fn every_fault_of_the_square_duty_is_said() {
        let c = Campaign::embedded();
        let faults = |staff: u32, at: &str| -> Vec<(Outcome, String)> {
            let json = format!(
                r#"{{"unit": "市公安局", "concentrated_day": [{{"venue": "市政府前广场", "staff": {staff}, "arrived_at": "2021-06-15T{at}+08:00", "brochures": true, "boards": true, "materials": true}}]}}"#
            );
            let record = UnitRecord::from_json(c, &json).unwrap();
            let end = Instant::parse("2021-07-04T00:00:00+08:00").unwrap();
            check_unit(c, &record, end)
                .findings
                .into_iter()
                .filter(|f| f.rule == "M-CDAY-STAFF")
                .map(|f| (f.outcome, f.message.zh.to_string()))
                .collect()
        };
        let carried = (
            Outcome::Pass,
            "市政府前广场现场有本单位携带的宣传册、图版、宣传资料".to_owned(),
        );
        assert_eq!(
            faults(1, "09:30:00"),
            [
                (Outcome::Fail, "到场1人,少于要求的2人".to_owned()),
                (Outcome::Fail, "1人于09:30到场,晚于09:00(迟到)".to_owned()),
                carried.clone(),
            ]
        );
        assert_eq!(
            faults(2, "09:00:01"),
            [
                (
                    Outcome::Fail,
                    "2人于09:00:01到场,晚于09:00(迟到)".to_owned()
                ),
                carried.clone(),
            ]
        );
        assert_eq!(
            faults(2, "09:00:00"),
            [
                (Outcome::Pass, "2人于09:00到达市政府前广场".to_owned()),
                carried,
            ]
        );
    }

    /// RULES.md M-CDAY-MATERIALS (二(二)2 五是 "宣传活动场所要有条幅、图版及相关宣传资料"):
    /// a member unit whose only duty on 06-15 is to attend the square holds no site, so
    /// the rule is 不适用 for it alike whether its record has its site at the square, no
    /// site, or nothing of the day (the walk found 不适用, 不符合 and 无法判断).
    #[test]
    fn a_member_unit_at_the_square_has_one_materials_verdict() {
        let c = Campaign::embedded();
        let end = Instant::parse("2021-07-04T00:00:00+08:00").unwrap();
        let verdict = |json: &str| {
            let record = UnitRecord::from_json(c, json).unwrap();
            check_unit(c, &record, end)
                .findings
                .into_iter()
                .filter(|f| f.rule == "M-CDAY-MATERIALS")
                .map(|f| (f.outcome, f.message.zh.to_string()))
                .collect::<Vec<_>>()
        };
        let want = [(
            Outcome::NotApplicable,
            "市政府前广场的现场物料由活动组织方布置;本单位携带的物料另见到场要求".to_owned(),
        )];
        for json in [
            r#"{"unit": "市公安局", "concentrated_day": [{"venue": "市政府前广场", "staff": 2, "arrived_at": "2021-06-15T08:30:00+08:00"}]}"#,
            r#"{"unit": "市公安局", "concentrated_day": []}"#,
            r#"{"unit": "市公安局"}"#,
        ] {
            assert_eq!(verdict(json), want, "{json}");
        }
        // A site of its own elsewhere is a site, and judged.
        let own = verdict(
            r#"{"unit": "市公安局", "concentrated_day": [{"venue": "凌源公园", "staff": 2, "arrived_at": "2021-06-15T08:30:00+08:00", "banners": true, "boards": true, "materials": true}]}"#,
        );
        assert_eq!(own.first().map(|f| f.0), Some(Outcome::Pass), "{own:?}");
    }

    #[test]
    fn a_place_in_words_is_for_an_own_venue_only() {
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
        let i = v["duties"]
            .as_array()
            .unwrap()
            .iter()
            .position(|d| d["id"] == "M-CDAY-STAFF")
            .unwrap();
        v["duties"][i]["place"] = serde_json::json!({"zh": "网点", "en": "outlets"});
        let err = Campaign::from_json(&v.to_string()).unwrap_err();
        let paths: Vec<String> = err.problems().iter().map(|p| p.path.to_string()).collect();
        assert_eq!(paths, [format!("duties[{i}].place")]);
    }
}
