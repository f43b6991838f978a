//! M-QIJIN-3: kinds of "七进" outreach held (二(二)2 三是).

use chrono::NaiveDate;

use super::*;

/// Appends the rule's findings to `out`.
pub(super) fn check(cx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let Ctx {
        campaign,
        m,
        roles,
        record,
        as_of,
        ongoing,
        ..
    } = *cx;
    let in_span_day = |d: NaiveDate| cx.in_span_day(d);
    // M-QIJIN-3: distinct outreach kinds of the campaign's list.
    let req = &m.qijin_kinds;
    if !req.who.applies(roles) {
        out.push(not_applicable(req));
    } else if let Some(acts) = &record.outreach {
        // Which of the campaign's kinds were held, listed in the plan's order.
        let list = &campaign.outreach.kinds;
        let mut held = vec![false; list.len()];
        let mut outside = 0usize;
        for (i, a) in acts.iter().enumerate() {
            let counts = in_span_day(a.date) && Instant::start_of(a.date) <= as_of;
            match campaign.outreach.resolve(&a.kind) {
                Some(_) if !counts => outside = outside.saturating_add(1),
                Some(k) => {
                    if let Some(h) = list
                        .iter()
                        .position(|x| std::ptr::eq(x, k))
                        .and_then(|p| held.get_mut(p))
                    {
                        *h = true;
                    }
                }
                // Kept and reported, not counted: "does not count" is no pass.
                None => out.push(found(
                    req,
                    Outcome::NotApplicable,
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
            (&format!("开展的“{}”", campaign.outreach.name), "项"),
            &format!("kinds of {}", campaign.outreach.name),
        );
        if !names.is_empty() {
            f.message.zh.push_str(&format!("({})", names.join("、")));
            f.message.en.push_str(&format!(" ({})", names.join(", ")));
        }
        // Said, as M-MEDIA-3 says it: activities dated outside the campaign (or after
        // the as-of instant) are not counted.
        if outside > 0 {
            f.message.zh.push_str(&format!(
                "(另有{outside}次活动不在宣传月内或晚于核查时点,不计)"
            ));
            f.message.en.push_str(&format!(
                " ({outside} more activities outside the campaign or after the as-of instant, not counted)"
            ));
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
}
