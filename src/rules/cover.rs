//! *cover*: shares of a figures group at least their percentages (2021: M-GRID, 二(二)2
//! 三是, every grid worker aware and every compound with a slogan; M-BANK-SIGN, 一是, a
//! warning sign at every premises). Shares are exact (no floating point); figures that
//! do not add up (a part above its whole, a whole of 0) cannot be judged.

use crate::campaign::{Cover, Duty};
use crate::path::Path;
use crate::report::{Finding, Outcome};

use super::{cannot_judge, found, not_applicable, percent, rate_ok, Ctx};

pub(super) fn check(cx: &Ctx<'_>, duty: &Duty, x: &Cover, out: &mut Vec<Finding>) {
    if !cx.binds(duty) {
        out.push(not_applicable(duty));
        return;
    }
    let group = cx.campaign.figures_def(&x.figures);
    let Some(figures) = cx.record.figures.get(&x.figures) else {
        let name = group.map(|g| g.name.clone()).unwrap_or_default();
        out.push(cannot_judge(duty, Path::key(x.figures.clone()), &name));
        return;
    };
    for s in &x.shares {
        let path = Path::key(x.figures.clone()).field(s.part.clone());
        let (part, whole) = (
            figures.get(&s.part).copied().unwrap_or(0),
            figures.get(&s.whole).copied().unwrap_or(0),
        );
        let (zh, en) = (&s.name.zh, &s.name.en);
        out.push(if whole == 0 || part > whole {
            found(
                duty,
                Outcome::CannotJudge,
                path,
                format!("{zh}数据不成立({part}/{whole})"),
                format!("{en}: the figures do not add up ({part} of {whole})"),
            )
        } else if rate_ok(part, whole, s.min_percent) {
            found(
                duty,
                Outcome::Pass,
                path,
                format!("{zh}{}({part}/{whole})", percent(part, whole)),
                format!("{en} {} ({part} of {whole})", percent(part, whole)),
            )
        } else {
            found(
                duty,
                Outcome::Fail,
                path,
                format!(
                    "{zh}{}({part}/{whole}),要求{}%",
                    percent(part, whole),
                    s.min_percent
                ),
                format!(
                    "{en} {} ({part} of {whole}); {}% required",
                    percent(part, whole),
                    s.min_percent
                ),
            )
        });
    }
}
