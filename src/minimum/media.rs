//! M-MEDIA-3: media works published during the campaign (三(三)).

use super::*;

/// Appends the rule's findings to `out`.
pub(super) fn check(cx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let Ctx {
        m,
        roles,
        record,
        as_of,
        ongoing,
        ..
    } = *cx;
    let in_span = |t: Instant| cx.in_span(t);
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
            ("宣传月期间发布的媒体宣传作品", "个"),
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
}
