//! M-PROP-TV, M-PROP-REPORT: the propaganda department's programmes and reports.

use chrono::NaiveDate;

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
    let in_span_day = |d: NaiveDate| cx.in_span_day(d);
    // M-PROP-TV, M-PROP-REPORT: the propaganda department's programmes and reports.
    // M-PROP-TV counts only a programme on television or radio (a newspaper piece is
    // no interview programme); M-PROP-REPORT any report.
    for (req, list, field, broadcast_only, zh, en) in [
        (
            &m.tv_interviews,
            &record.tv_interviews,
            "tv_interviews",
            true,
            ("主题电视(广播)访谈节目", "次"),
            "TV/radio interview programmes",
        ),
        (
            &m.media_reports,
            &record.media_reports,
            "media_reports",
            false,
            ("媒体宣传报道", "次"),
            "media publicity reports",
        ),
    ] {
        out.push(if !req.who.applies(roles) {
            not_applicable(req)
        } else if let Some(items) = list {
            let n = items
                .iter()
                .filter(|b| !broadcast_only || b.channel.is_broadcast())
                .filter(|b| in_span_day(b.date) && Instant::start_of(b.date) <= as_of)
                .count();
            count_finding(req, field, n as u64, ongoing, zh, en)
        } else {
            cannot_judge(req, field, zh.0, en)
        });
    }
}
