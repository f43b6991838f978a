//! M-BANK-SIGN: warning signs at the banks' premises.

use super::*;

/// Appends the rule's findings to `out`.
pub(super) fn check(cx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let Ctx {
        m, roles, record, ..
    } = *cx;
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
}
