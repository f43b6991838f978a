//! M-OUTDOOR: outdoor facilities used for publicity (二(二)2 四是), read from the
//! unit's Annex 3 table: 各乡镇街、市人民银行、市工信局、市商务局、市城市综合执法局、市文广新局、
//! 市交通运输局等重点部门 … 运用对外电子显示屏、海报、展板、公共交通广告、手机短信、楼宇电梯广告等
//! 进行全行业宣传.

use super::*;
use crate::annex3::Field;

/// The Annex 3 columns holding what the clause lists: posters and boards; screens,
/// transport and lift ads; text messages.
const OUTDOOR: [Field; 3] = [
    Field::OutdoorPostersBoards,
    Field::OutdoorScreensAds,
    Field::SmsSent,
];

/// Appends the rule's finding to `out` (none when the campaign has no such duty).
pub(super) fn check(cx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let Some(req) = &cx.m.outdoor else {
        return;
    };
    if !req.who.applies(cx.roles) {
        out.push(not_applicable(req));
        return;
    }
    let table = cx
        .record
        .annex3_form()
        .and_then(|f| crate::annex3::validate_form(cx.campaign, &f).table);
    let Some(t) = table else {
        out.push(cannot_judge(
            req,
            "annex3",
            "可用的附件3统计表(户外设施宣传数据)",
            "usable Annex 3 table (the outdoor figures)",
        ));
        return;
    };
    let used: Vec<(Field, u64)> = OUTDOOR
        .iter()
        .map(|f| (*f, t.counts.get(*f)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut f = count_finding(
        req,
        "annex3",
        used.len() as u64,
        cx.ongoing,
        ("运用的户外设施宣传方式", "种"),
        "kinds of outdoor publicity used",
    );
    if !used.is_empty() {
        let zh: Vec<String> = used
            .iter()
            .map(|(f, n)| format!("{}{n}{}", f.label_zh(), f.unit_label()))
            .collect();
        let en: Vec<String> = used
            .iter()
            .map(|(f, n)| format!("{} {n}", f.label_en()))
            .collect();
        f.message.zh.push_str(&format!("({})", zh.join("、")));
        f.message.en.push_str(&format!(" ({})", en.join(", ")));
    }
    out.push(f);
}
