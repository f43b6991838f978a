//! *record*: figures the plan asks for and sets no bar on, reported (仅记录) — 2021:
//! M-CDAY-CONSULT, the advice given and the reports taken at the square (二(二)2 五是:
//! 现场为群众提供咨询服务,收录举报信息). A record duty with nothing to report is in the
//! catalogue only and gives no finding.

use crate::campaign::{Duty, Record};
use crate::path::Path;
use crate::report::{Finding, Outcome, Text};

use super::attend::happened;
use super::{cannot_judge, found, not_applicable, Ctx};

pub(super) fn check(cx: &Ctx<'_>, duty: &Duty, x: &Record) -> Option<Finding> {
    let r = x.reports.as_ref()?;
    if !cx.binds(duty) {
        return Some(not_applicable(duty));
    }
    let event = cx.campaign.event(&r.event)?;
    let sites = cx.record.sites(&event.key).unwrap_or_default();
    // The unit's site at the event's own venue, else its first site (a unit at a
    // venue of its own).
    let at = sites
        .iter()
        .position(|s| happened(cx, s) && event.venue(&s.venue).is_some())
        .or_else(|| sites.iter().position(|s| happened(cx, s)));
    let venue = event.venues.first().map_or("", |v| v.name.as_str());
    let Some((i, site)) = at.and_then(|i| sites.get(i).map(|s| (i, s))) else {
        return Some(cannot_judge(
            duty,
            Path::key(event.key.clone()),
            &Text::new(
                format!("本单位在{}{venue}的记录", event.name.zh),
                format!("attendance at the {} {venue}", event.name.en),
            ),
        ));
    };
    let (zh, en): (Vec<String>, Vec<String>) = r
        .figures
        .iter()
        .filter_map(|k| event.figures.iter().find(|f| f.key == *k))
        .map(|f| match site.figures.get(&f.key) {
            Some(n) => (
                format!("{}{n}{}", f.name.zh, f.measure),
                format!("{}: {n}", f.name.en),
            ),
            None => (
                format!("{}未记录", f.name.zh),
                format!("{}: not recorded", f.name.en),
            ),
        })
        .unzip();
    Some(found(
        duty,
        Outcome::Reported,
        Path::key(event.key.clone()).at(i),
        format!("{}(方案未定数量,仅记录)", zh.join(",")),
        format!("{} (no number set: reported, not judged)", en.join("; ")),
    ))
}
