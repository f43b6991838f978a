//! One cell of the table: what people really type, parsed into a count.
//!
//! A3-NUMBER accepts and normalises surrounding spaces, full-width digits (０-９),
//! thousands separators (`,` `，`) in their proper places, leading zeros, and a trailing
//! unit word that matches the column (`12次`, `300 人次`: the column's declared units).
//! A3-BLANK refuses a blank cell, `无`, `-` and `/`, quoting the table's instruction
//! for items not carried out when the plan gives one (its `blank_rule`). Negatives,
//! decimals, fractions, scientific notation, Chinese numerals, digits of other scripts,
//! a unit word of another column and other text are refused with the reason; a value
//! beyond 64 bits is an A3-RANGE error, and one above the column's plausibility bound
//! an A3-RANGE warning.

use std::borrow::Cow;

use serde::Serialize;

use super::Field;
use crate::campaign::TableDef;
use crate::path::Path;
use crate::report::{Finding, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::text::Lang;
use crate::Campaign;

/// Longest cell text looked at; a longer one is refused unread (A3-NUMBER).
pub const MAX_CELL_CHARS: usize = 256;

/// What a workbook reader writes after a formula's text for a formula cell with no
/// value cached (`=SUM(B2:B5)(公式未计算)`): what tools that write workbooks without
/// calculating them give. Such a cell is no blank (A3-BLANK) but a formula Excel has not
/// calculated yet ([`CellError::Uncalculated`], issue 28).
pub const UNCALCULATED: &str = "(公式未计算)";

/// Why a cell is not a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[non_exhaustive]
pub enum CellError {
    /// Blank, `无`, `-`, `/` (A3-BLANK).
    #[error("blank")]
    Blank,
    /// A minus sign (A3-NUMBER).
    #[error("negative")]
    Negative,
    /// A decimal point (A3-NUMBER).
    #[error("decimal")]
    Decimal,
    /// `a/b` (A3-NUMBER).
    #[error("fraction")]
    Fraction,
    /// `1e3` (A3-NUMBER).
    #[error("scientific notation")]
    Scientific,
    /// 十二, 三万 … (A3-NUMBER).
    #[error("Chinese numerals")]
    ChineseNumerals,
    /// Digits of another script (A3-NUMBER).
    #[error("digits of another script")]
    OtherScriptDigits,
    /// A separator in the wrong place: `1,20` (A3-NUMBER).
    #[error("misplaced thousands separator")]
    Separator,
    /// A unit word of another column, e.g. `人次` in a `次` column (A3-NUMBER).
    #[error("unit {unit} belongs to another column")]
    WrongUnit {
        /// The unit written.
        unit: String,
    },
    /// Anything else (A3-NUMBER).
    #[error("not a whole number")]
    NotANumber,
    /// A count in 万 (ten thousands), `1.2万`: the whole number to write instead
    /// (A3-NUMBER).
    #[error("in ten thousands: write {value}")]
    TenThousands {
        /// The number meant (`1.2万` → 12000).
        value: u64,
    },
    /// Longer than [`MAX_CELL_CHARS`] (A3-NUMBER).
    #[error("too long")]
    TooLong,
    /// Does not fit in 64 bits (A3-RANGE).
    #[error("beyond 64 bits")]
    Overflow,
    /// A formula with no value cached: the workbook was written by a tool that does
    /// not calculate, and Excel has not opened it since (A3-NUMBER).
    #[error("a formula not calculated yet")]
    Uncalculated,
}

impl CellError {
    /// The rule the error breaks.
    pub fn rule(&self) -> RuleId {
        match self {
            CellError::Blank => RuleId::A3_BLANK,
            CellError::Overflow => RuleId::A3_RANGE,
            _ => RuleId::A3_NUMBER,
        }
    }

    /// The stable code (the rule id).
    pub fn code(&self) -> RuleId {
        self.rule()
    }

    /// What to tell the person who typed `raw` into `field` of `table`.
    pub fn message(&self, table: &TableDef, field: Field<'_>, raw: &str) -> Text {
        self.message_in(table, field, raw, None)
    }

    /// [`CellError::message`] in one language alone, or both for `None` (see
    /// [`Text::in_lang`]).
    pub fn message_in(
        &self,
        table: &TableDef,
        field: Field<'_>,
        raw: &str,
        lang: Option<Lang>,
    ) -> Text {
        let shown = shown(raw);
        let def = field.def();
        let col = def.name.zh.as_str();
        let en = def.name.en.as_str();
        match self {
            CellError::Blank => {
                let typed = shown.trim();
                Text::in_lang(
                    lang,
                    || {
                        // The plan's instruction quoted as written (2021: 表中项目未开展的
                        // 填写"0"), else the library's.
                        let rule = table
                            .blank_rule
                            .as_ref()
                            .map_or("未开展的项目请填写“0”", |q| q.text.as_str());
                        if typed.is_empty() {
                            format!("{col}未填写:{rule}")
                        } else {
                            format!("{col}填写了“{typed}”:{rule}")
                        }
                    },
                    || {
                        if typed.is_empty() {
                            format!("{en} is blank: an item not carried out is filled with \"0\"")
                        } else {
                            format!(
                                "{en} is \"{typed}\": an item not carried out is filled with \"0\""
                            )
                        }
                    },
                )
            }
            CellError::Negative => Text::in_lang(
                lang,
                || format!("{col}“{shown}”为负数:请填写非负整数"),
                || format!("{en} \"{shown}\" is negative: write a whole number ≥ 0"),
            ),
            CellError::Decimal => Text::in_lang(
                lang,
                || format!("{col}“{shown}”含小数:请填写整数"),
                || format!("{en} \"{shown}\" has a decimal point: write a whole number"),
            ),
            CellError::Fraction => Text::in_lang(
                lang,
                || format!("{col}“{shown}”为分数:请填写整数"),
                || format!("{en} \"{shown}\" is a fraction: write a whole number"),
            ),
            CellError::Scientific => Text::in_lang(
                lang,
                || format!("{col}“{shown}”为科学计数法:请写出完整整数"),
                || format!("{en} \"{shown}\" is in scientific notation: write the whole number"),
            ),
            CellError::ChineseNumerals => Text::in_lang(
                lang,
                || format!("{col}“{shown}”含汉字数字:请用阿拉伯数字填写"),
                || format!("{en} \"{shown}\" uses Chinese numerals: write Arabic digits"),
            ),
            CellError::TenThousands { value } => Text::in_lang(
                lang,
                || format!("{col}“{shown}”以“万”为单位:请写成数字{value}"),
                || format!("{en} \"{shown}\" is in 万 (ten thousands): write {value}"),
            ),
            CellError::OtherScriptDigits => Text::in_lang(
                lang,
                || format!("{col}“{shown}”含其他文字的数字:请用阿拉伯数字填写"),
                || format!("{en} \"{shown}\" uses digits of another script: write 0-9"),
            ),
            CellError::Separator => Text::in_lang(
                lang,
                || format!("{col}“{shown}”的千位分隔符位置不对"),
                || format!("{en} \"{shown}\" has a misplaced thousands separator"),
            ),
            CellError::WrongUnit { unit } => Text::in_lang(
                lang,
                || {
                    format!(
                        "{col}“{shown}”的单位“{unit}”不是本栏单位({})",
                        def.unit_label()
                    )
                },
                || {
                    format!(
                        "{en} \"{shown}\": the unit \"{unit}\" is not this column's ({})",
                        def.unit_label()
                    )
                },
            ),
            CellError::NotANumber => Text::in_lang(
                lang,
                || format!("{col}“{shown}”不是整数"),
                || format!("{en} \"{shown}\" is not a whole number"),
            ),
            CellError::TooLong => Text::in_lang(
                lang,
                || format!("{col}内容过长(超过{MAX_CELL_CHARS}个字符)"),
                || format!("{en} is longer than {MAX_CELL_CHARS} characters"),
            ),
            CellError::Uncalculated => {
                let formula = raw.strip_suffix(UNCALCULATED).unwrap_or(raw);
                let formula = shown_formula(formula);
                Text::in_lang(
                    lang,
                    || format!("{col}是公式“{formula}”,公式尚未计算:请在Excel中打开并保存后再报"),
                    || {
                        format!("{en} is the formula \"{formula}\", not calculated yet: open and save the workbook in Excel, then send it again")
                    },
                )
            }
            CellError::Overflow => Text::in_lang(
                lang,
                || format!("{col}“{shown}”超出可表示范围(64位整数)"),
                || format!("{en} \"{shown}\" does not fit in 64 bits"),
            ),
        }
    }
}

/// A formula as shown in a message: at most 40 characters, control characters visible.
pub(crate) fn shown_formula(formula: &str) -> String {
    let clipped: String = formula.chars().take(40).collect();
    crate::text::printable(&clipped).into_owned()
}

/// What was normalised on the way to a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Normalised {
    /// Surrounding spaces removed.
    Spaces,
    /// Full-width digits or separators folded.
    FullWidth,
    /// Thousands separators removed.
    Separators,
    /// Leading zeros dropped.
    LeadingZeros,
    /// The column's unit word removed.
    Unit,
}

impl Normalised {
    fn text(self) -> (&'static str, &'static str) {
        match self {
            Normalised::Spaces => ("首尾空格", "surrounding spaces"),
            Normalised::FullWidth => ("全角字符", "full-width characters"),
            Normalised::Separators => ("千位分隔符", "thousands separators"),
            Normalised::LeadingZeros => ("前导零", "leading zeros"),
            Normalised::Unit => ("单位", "the unit word"),
        }
    }
}

const BLANKS: [&str; 9] = ["", "无", "-", "/", "－", "／", "—", "——", "--"];
const CHINESE_NUMERALS: &str = "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟";
/// Measure words a count is written with in any table: after a number, one that is not
/// the column's own is told as another column's unit (as is any unit the table declares
/// for another column).
pub(crate) const COMMON_UNITS: [&str; 6] = ["人次", "次", "份", "篇", "条", "人"];

/// Full-width characters folded (`１２，０００` → `12,000`), and the minus sign `−`
/// read as `-`.
fn fold_full_width(c: char) -> char {
    match crate::util::half_width(c) {
        '−' => '-',
        other => other,
    }
}

/// The common case of a count cell: plain ASCII digits, no leading zero, at most 19
/// digits (always within u64), read without allocating; `None` for anything else
/// (which [`parse_count`] reads, normalises or refuses).
pub(crate) fn plain_count(raw: &str) -> Option<u64> {
    let b = raw.as_bytes();
    (!b.is_empty()
        && b.len() <= 19
        && b.iter().all(u8::is_ascii_digit)
        && (b.len() == 1 || b.first() != Some(&b'0')))
    .then(|| {
        b.iter().fold(0u64, |v, d| {
            v.wrapping_mul(10)
                .wrapping_add(u64::from(d.wrapping_sub(b'0')))
        })
    })
}

/// Parses a cell of `field` (a column of `table`) into a count, saying what it
/// normalised: the column's own unit words are taken off, another column's are refused.
///
/// # Errors
///
/// [`CellError`] with the reason; [`CellError::rule`] names the rule.
pub fn parse_count(
    table: &TableDef,
    field: Field<'_>,
    raw: &str,
) -> Result<(u64, Vec<Normalised>), CellError> {
    let units = &field.def().units;
    let others = |u: &str| {
        COMMON_UNITS.contains(&u) || table.columns.iter().any(|c| c.units.iter().any(|w| w == u))
    };
    parse_number(raw, units, &others)
}

/// The one reader of a count as people type it, for the statistics table's cells
/// ([`parse_count`]) and the ledger's count cells ([`crate::ledger::count`]) alike
/// (issue 28: one number reader): `own` are the measure words taken off after the
/// number (`12次`), `other` says which words belong to another column (refused as
/// [`CellError::WrongUnit`]). Full-width digits are folded, thousands separators
/// accepted in valid groups of three only (`1,500`, never `1,2,3` or `12,5`), a space
/// inside the number refused (`1 2`).
///
/// # Errors
///
/// [`CellError`] with the reason.
pub(crate) fn parse_number(
    raw: &str,
    own: &[String],
    other: &dyn Fn(&str) -> bool,
) -> Result<(u64, Vec<Normalised>), CellError> {
    if let Some(v) = plain_count(raw) {
        return Ok((v, Vec::new()));
    }
    if raw.ends_with(UNCALCULATED) {
        return Err(CellError::Uncalculated);
    }
    if raw.chars().count() > MAX_CELL_CHARS {
        return Err(CellError::TooLong);
    }
    let mut notes = Vec::new();
    let trimmed = raw.trim();
    if trimmed.len() != raw.len() {
        notes.push(Normalised::Spaces);
    }
    if BLANKS.contains(&trimmed) {
        return Err(CellError::Blank);
    }
    let folded: Cow<'_, str> = if trimmed.chars().any(|c| fold_full_width(c) != c) {
        notes.push(Normalised::FullWidth);
        Cow::Owned(trimmed.chars().map(fold_full_width).collect())
    } else {
        Cow::Borrowed(trimmed)
    };
    let s = &*folded;

    // `1.2万`, `3万人次`: the number it means, to say what to write.
    let units = own;
    let without_unit = units
        .iter()
        .find_map(|u| s.strip_suffix(u.as_str()))
        .unwrap_or(s);
    if let Some(value) = ten_thousands(without_unit.trim_end()) {
        return Err(CellError::TenThousands { value });
    }
    // Split into the number part (digits and separators) and what follows.
    let num_len = s
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .unwrap_or(s.len());
    let (num, rest) = s.split_at(num_len);
    let rest_trim = rest.trim_start();

    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(classify_other(s));
    }
    // What follows the digits decides decimals, fractions, exponents and units.
    if let Some(after) = rest.strip_prefix('.') {
        return Err(
            if after.starts_with(|c: char| c.is_ascii_digit()) || after.is_empty() {
                CellError::Decimal
            } else {
                CellError::NotANumber
            },
        );
    }
    if rest.starts_with('/')
        && rest
            .get(1..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Err(CellError::Fraction);
    }
    if let Some(exp) = rest.strip_prefix(['e', 'E']) {
        let exp = exp.strip_prefix(['+', '-']).unwrap_or(exp);
        if !exp.is_empty() && exp.chars().all(|c| c.is_ascii_digit()) {
            return Err(CellError::Scientific);
        }
    }
    if !rest_trim.is_empty() {
        if units.iter().any(|u| u == rest_trim) {
            notes.push(Normalised::Unit);
        } else if other(rest_trim) {
            return Err(CellError::WrongUnit {
                unit: rest_trim.to_owned(),
            });
        } else if rest_trim.chars().any(|c| CHINESE_NUMERALS.contains(c)) {
            return Err(CellError::ChineseNumerals);
        } else {
            return Err(classify_other(s));
        }
    }
    // Thousands separators: a first group of 1-3 digits, then groups of exactly 3.
    if num.contains(',') {
        let mut groups = num.split(',');
        let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
        if !first_ok || !groups.all(|g| g.len() == 3) {
            return Err(CellError::Separator);
        }
        notes.push(Normalised::Separators);
    }
    let digits = num.bytes().filter(u8::is_ascii_digit);
    if num.starts_with('0') && digits.clone().nth(1).is_some() {
        notes.push(Normalised::LeadingZeros);
    }
    let mut value: u64 = 0;
    for d in digits {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d.wrapping_sub(b'0'))))
            .ok_or(CellError::Overflow)?;
    }
    Ok((value, notes))
}

/// The whole number a count written in 万 means: `1.2万` → 12000, `3万` → 30000;
/// `None` when the text is no such count (or is not whole: `1.23456万`).
///
/// ```
/// use fangfei::annex3::ten_thousands;
/// assert_eq!(ten_thousands("1.2万"), Some(12_000));
/// assert_eq!(ten_thousands("3万"), Some(30_000));
/// assert_eq!(ten_thousands("1.23456万"), None);
/// assert_eq!(ten_thousands("12000"), None);
/// ```
pub fn ten_thousands(text: &str) -> Option<u64> {
    let num = text.trim().strip_suffix('万')?.trim_end();
    let (whole, frac) = num.split_once('.').unwrap_or((num, ""));
    if whole.is_empty()
        || frac.len() > 4
        || !whole
            .bytes()
            .chain(frac.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut value: u64 = whole.parse().ok()?;
    value = value.checked_mul(10_000)?;
    let mut scale: u64 = 1_000;
    for d in frac.bytes() {
        value = value.checked_add(u64::from(d.wrapping_sub(b'0')).checked_mul(scale)?)?;
        scale /= 10;
    }
    Some(value)
}

/// Names what a text that does not start with a digit is.
fn classify_other(s: &str) -> CellError {
    let first = s.chars().next();
    if (first == Some('-') || first == Some('+'))
        && s.chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit() || c == '.')
    {
        return if first == Some('-') {
            CellError::Negative
        } else {
            CellError::NotANumber
        };
    }
    if s.starts_with('.') && s.chars().nth(1).is_some_and(|c| c.is_ascii_digit()) {
        return CellError::Decimal;
    }
    if s.chars().any(|c| CHINESE_NUMERALS.contains(c)) {
        return CellError::ChineseNumerals;
    }
    if s.chars().any(|c| c.is_numeric() && !c.is_ascii_digit()) {
        return CellError::OtherScriptDigits;
    }
    CellError::NotANumber
}

/// The outcome of one cell: its value if it is a count, and every finding
/// (normalisations as info, problems as errors or warnings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CellCheck<'c> {
    /// The field (serialised as its key).
    pub field: Field<'c>,
    /// The count, when the cell holds one (even one above the plausibility bound).
    pub value: Option<u64>,
    /// What was found.
    pub findings: Vec<Finding>,
}

impl CellCheck<'_> {
    /// Whether the cell has no error.
    pub fn is_valid(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Checks one cell as typed, against the column's plausibility bound; works on a
/// half-filled form whatever the other cells hold. The findings' path is the field's
/// key, and they cite the campaign's clauses. A campaign with no statistics table
/// gives the one finding that says so.
pub fn check_cell<'c>(campaign: &Campaign, field: Field<'c>, raw: &str) -> CellCheck<'c> {
    check_cell_in(campaign, field, raw, None)
}

/// [`check_cell`] with the findings' messages in one language alone (the other
/// language's text empty, never formatted), or in both for `None`: a form shown in one
/// language formats and carries half per keystroke.
pub fn check_cell_in<'c>(
    campaign: &Campaign,
    field: Field<'c>,
    raw: &str,
    lang: Option<Lang>,
) -> CellCheck<'c> {
    let table = match super::table_of(campaign) {
        Ok(t) => t,
        Err(f) => {
            return CellCheck {
                field,
                value: None,
                findings: vec![*f],
            }
        }
    };
    check_cell_bounded(table, field, raw, lang, super::Cite::Campaign(campaign))
}

/// At most the first 24 characters of a cell as typed, for a message.
fn shown(raw: &str) -> String {
    crate::text::clipped(raw, 24)
}

/// [`check_cell_in`] of a column of `table`, its findings citing the clauses `cite`
/// gives.
pub(crate) fn check_cell_bounded<'c>(
    table: &TableDef,
    field: Field<'c>,
    raw: &str,
    lang: Option<Lang>,
    cite: super::Cite<'_>,
) -> CellCheck<'c> {
    let def = field.def();
    match parse_count(table, field, raw) {
        Ok((value, notes)) => {
            let mut findings = Vec::new();
            if !notes.is_empty() {
                let shown = shown(raw);
                let list = |sep: &str, pick: fn((&'static str, &'static str)) -> &'static str| {
                    let mut out = String::new();
                    for (i, n) in notes.iter().enumerate() {
                        if i > 0 {
                            out.push_str(sep);
                        }
                        out.push_str(pick(n.text()));
                    }
                    out
                };
                findings.push(cite.finding(
                    RuleId::A3_NUMBER,
                    Severity::Info,
                    Outcome::Pass,
                    Path::key(field.key().to_owned()),
                    Text::in_lang(
                        lang,
                        || {
                            format!(
                                "{}“{shown}”已规范为{value}(去除{})",
                                def.name.zh,
                                list("、", |(zh, _)| zh)
                            )
                        },
                        || {
                            format!(
                                "{} \"{shown}\" read as {value} (normalised {})",
                                def.name.en,
                                list(", ", |(_, en)| en)
                            )
                        },
                    ),
                ));
            }
            findings.extend(over_bound(field, value, lang, cite));
            CellCheck {
                field,
                value: Some(value),
                findings,
            }
        }
        Err(e) => CellCheck {
            field,
            value: None,
            findings: vec![cite.finding(
                e.rule(),
                Severity::Error,
                Outcome::Fail,
                Path::key(field.key().to_owned()),
                e.message_in(table, field, raw, lang),
            )],
        },
    }
}

/// The plausibility check of a count already parsed (an A3-RANGE warning above the
/// column's bound, citing the campaign's clause); the finding that refuses it for a
/// campaign with no statistics table.
pub fn check_number(campaign: &Campaign, field: Field<'_>, value: u64) -> Option<Finding> {
    if let Err(f) = super::table_of(campaign) {
        return Some(*f);
    }
    over_bound(field, value, None, super::Cite::Campaign(campaign))
}

pub(crate) fn over_bound(
    field: Field<'_>,
    value: u64,
    lang: Option<Lang>,
    cite: super::Cite<'_>,
) -> Option<Finding> {
    let def = field.def();
    let bound = def.bound;
    (value > bound).then(|| {
        cite.finding(
            RuleId::A3_RANGE,
            Severity::Warning,
            Outcome::Fail,
            Path::key(field.key().to_owned()),
            Text::in_lang(
                lang,
                || format!("{}{value}超过合理上限{bound},请核实", def.name.zh),
                || {
                    format!(
                        "{} {value} is above the plausibility bound {bound}: please check",
                        def.name.en
                    )
                },
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 28, class 2: a formula with no value cached is said to be one, at its
    /// cell, never reported as a blank (A3-BLANK).
    #[test]
    fn a_formula_not_calculated_is_no_blank() {
        let c = Campaign::embedded();
        let t = super::super::table_of(c).unwrap();
        let f = Field::of(t, "qijin_sessions").unwrap();
        let raw = format!("=SUM(B2:B5){UNCALCULATED}");
        assert_eq!(parse_count(t, f, &raw), Err(CellError::Uncalculated));
        let check = check_cell(c, f, &raw);
        let m = &check.findings[0];
        assert_eq!(m.rule, RuleId::A3_NUMBER);
        assert!(
            m.message
                .zh
                .contains("公式“=SUM(B2:B5)”,公式尚未计算:请在Excel中打开并保存后再报"),
            "{m:?}"
        );
        assert!(crate::ledger::count(&raw)
            .unwrap_err()
            .0
            .contains("尚未计算"));
    }

    #[test]
    fn basics() {
        let t = super::super::table_of(Campaign::embedded()).unwrap();
        let f = |k: &str| Field::of(t, k).unwrap();
        assert_eq!(
            parse_count(t, f("sms_sent"), "20条"),
            Ok((20, vec![Normalised::Unit]))
        );
        assert_eq!(
            parse_count(t, f("qijin_sessions"), "300人次"),
            Err(CellError::WrongUnit {
                unit: "人次".into()
            })
        );
        assert_eq!(
            parse_count(t, f("qijin_sessions"), "18446744073709551615"),
            Ok((u64::MAX, vec![]))
        );
        assert_eq!(
            parse_count(t, f("qijin_sessions"), "18446744073709551616"),
            Err(CellError::Overflow)
        );
    }

    /// A unit the table declares for another column is told as such; a word that is
    /// no unit of the table is not a number.
    #[test]
    fn units_come_from_the_table() {
        let mut t = super::super::table_of(Campaign::embedded())
            .unwrap()
            .clone();
        t.columns[0].units = vec!["场".into()];
        t.columns[1].units = vec!["棵".into()];
        let sessions = Field::at(&t, 0).unwrap();
        assert_eq!(
            parse_count(&t, sessions, "12场"),
            Ok((12, vec![Normalised::Unit]))
        );
        assert_eq!(
            parse_count(&t, sessions, "12棵"),
            Err(CellError::WrongUnit { unit: "棵".into() })
        );
        assert_eq!(
            parse_count(&t, sessions, "12只"),
            Err(CellError::NotANumber)
        );
    }

    /// A3-BLANK quotes the table's instruction, or the library's when it has none.
    #[test]
    fn the_blank_rule_is_the_tables() {
        let c = Campaign::embedded();
        let t = super::super::table_of(c).unwrap();
        let f = Field::of(t, "sms_sent").unwrap();
        let zh = CellError::Blank.message(t, f, "").zh;
        assert_eq!(zh, "发送短信未填写:表中项目未开展的填写“0”");
        let mut bare = t.clone();
        bare.blank_rule = None;
        let f = Field::of(&bare, "sms_sent").unwrap();
        assert_eq!(
            CellError::Blank.message(&bare, f, "无").zh,
            "发送短信填写了“无”:未开展的项目请填写“0”"
        );
        let check = check_cell(c, Field::of(t, "sms_sent").unwrap(), "");
        assert_eq!(check.findings[0].clause, "附件3 填表说明2");
    }
}
