//! M-GRID: grid workers' awareness and compounds with slogans.

use super::*;

/// Appends the rule's findings to `out`.
pub(super) fn check(cx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let Ctx {
        m, roles, record, ..
    } = *cx;
    // M-GRID: awareness and slogans, two findings under one rule — one finding when
    // the rule does not apply or the record has no grid figures.
    if !m.grid_awareness.who.applies(roles) && !m.compound_slogans.who.applies(roles) {
        out.push(not_applicable(&m.grid_awareness));
        return;
    }
    let Some(g) = &record.grid else {
        out.push(cannot_judge(
            &m.grid_awareness,
            "grid",
            "网格化宣传数据",
            "grid figures",
        ));
        return;
    };
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
        if !req.who.applies(roles) {
            out.push(not_applicable(req));
            continue;
        }
        let (part, whole) = figures(g);
        out.push(if whole == 0 || part > whole {
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
        });
    }
}
