//! A ledger cell's value, read as a clerk writes it.

use super::*;

/// A cell's value, read by its column's kind.
pub(super) enum Value {
    None,
    Text(String),
    Count(u64),
    YesNo(bool),
    Channel(Channel),
    Material(SubmissionKind),
    Parts(Vec<SummaryPart>),
    Programme(bool),
    Instant(Instant),
    Date(NaiveDate),
}

impl Value {
    pub(super) fn text(&self) -> Option<String> {
        match self {
            Value::Text(t) => Some(t.clone()),
            _ => None,
        }
    }
    pub(super) fn count(&self) -> Option<u64> {
        match self {
            Value::Count(n) => Some(*n),
            _ => None,
        }
    }
    pub(super) fn yes_no(&self) -> Option<bool> {
        match self {
            Value::YesNo(b) => Some(*b),
            _ => None,
        }
    }
    pub(super) fn instant(&self) -> Option<Instant> {
        match self {
            Value::Instant(t) => Some(*t),
            _ => None,
        }
    }
    pub(super) fn date(&self) -> Option<NaiveDate> {
        match self {
            Value::Date(d) => Some(*d),
            Value::Instant(t) => Some(t.date()),
            _ => None,
        }
    }
}

pub(super) fn both(t: &Text) -> Bad {
    (t.zh.clone(), t.en.clone())
}

pub(super) fn clip(s: &str) -> String {
    let shown: String = s.chars().take(24).collect();
    fangfei::printable(&fangfei::quiz::mask_digits(&shown)).into_owned()
}

/// A whole number as a clerk writes it: digits, with thousands separators; `1.2万` is
/// refused with what to write instead.
pub(super) fn count(text: &str) -> Result<u64, Bad> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '\u{ff0c}' | ' '))
        .collect();
    if let Ok(n) = digits.parse::<u64>() {
        return Ok(n);
    }
    if digits.ends_with('万') {
        if let Some(n) = fangfei::annex3::ten_thousands(&digits) {
            return Err((
                format!("“{}”请写成数字{n}", clip(text)),
                format!("write {:?} as the number {n}", clip(text)),
            ));
        }
    }
    Err((
        format!("“{}”不是整数", clip(text)),
        format!("{:?} is not a whole number", clip(text)),
    ))
}

pub(super) fn yes_no(text: &str) -> Result<bool, Bad> {
    match text.to_lowercase().as_str() {
        "是" | "有" | "√" | "✓" | "y" | "yes" | "true" | "1" => Ok(true),
        "否" | "无" | "×" | "✗" | "n" | "no" | "false" | "0" => Ok(false),
        _ => Err((
            format!("“{}”应为“是”或“否”", clip(text)),
            format!("{:?} is neither yes nor no", clip(text)),
        )),
    }
}

/// What the office received, by the names a clerk writes.
pub(super) fn material(text: &str) -> Option<SubmissionKind> {
    const NAMES: [(&str, SubmissionKind); 20] = [
        ("宣传活动计划", SubmissionKind::Plan),
        ("活动计划", SubmissionKind::Plan),
        ("宣传计划", SubmissionKind::Plan),
        ("工作方案", SubmissionKind::Plan),
        ("实施方案", SubmissionKind::Plan),
        ("计划", SubmissionKind::Plan),
        ("方案", SubmissionKind::Plan),
        ("进展动态", SubmissionKind::Progress),
        ("动态", SubmissionKind::Progress),
        ("简报", SubmissionKind::Progress),
        ("进展情况", SubmissionKind::Progress),
        ("工作动态", SubmissionKind::Progress),
        ("活动总结", SubmissionKind::Summary),
        ("总结", SubmissionKind::Summary),
        ("工作总结", SubmissionKind::Summary),
        ("统计表", SubmissionKind::StatisticsTable),
        ("附件3", SubmissionKind::StatisticsTable),
        ("统计表(附件3)", SubmissionKind::StatisticsTable),
        ("新媒体作品", SubmissionKind::NewMediaWork),
        ("新媒体", SubmissionKind::NewMediaWork),
    ];
    let w: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    NAMES.iter().find(|(n, _)| *n == w).map(|(_, k)| *k)
}

pub(super) fn part(text: &str) -> Option<SummaryPart> {
    const NAMES: [(&str, SummaryPart); 10] = [
        ("领导阅批活动文件", SummaryPart::LeaderApprovedDocuments),
        ("领导阅批", SummaryPart::LeaderApprovedDocuments),
        ("领导签批", SummaryPart::LeaderApprovedDocuments),
        ("阅批文件", SummaryPart::LeaderApprovedDocuments),
        ("统计表", SummaryPart::StatisticsTable),
        ("附件3", SummaryPart::StatisticsTable),
        ("图片", SummaryPart::Pictures),
        ("照片", SummaryPart::Pictures),
        ("音视频", SummaryPart::AudioVideo),
        ("视频", SummaryPart::AudioVideo),
    ];
    NAMES.iter().find(|(n, _)| *n == text).map(|(_, p)| *p)
}
