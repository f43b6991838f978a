//! A ledger cell's value, read as a clerk writes it.

use chrono::NaiveDate;

use crate::text::Text;
use crate::time::Instant;
use crate::util::fold_word;

/// A cell's value could not be read: why, in both languages.
pub(crate) type Bad = (String, String);

/// A cell shown in a message: at most 24 characters, digit runs that could be a phone
/// number masked, control characters visible.
pub(crate) fn clip(s: &str) -> String {
    crate::text::clipped(s, 24)
}

pub(crate) fn both(t: &Text) -> Bad {
    (t.zh.clone(), t.en.clone())
}

/// A whole number as a clerk writes it, read by the statistics table's own cell reader
/// (issue 28, one number reader): digits, full-width digits folded, thousands separators
/// only in valid groups of three (`1,500`; `1,2,3`, `12,5` and `1 2` are refused, never
/// read as 123, 125 or 12), a measure word after it (`12次`, `300人次`); `1.2万` is
/// refused with what to write instead.
///
/// # Errors
///
/// Why the text is no whole number, in Chinese and English.
pub fn count(text: &str) -> Result<u64, (String, String)> {
    use crate::annex3::CellError as E;
    let own: Vec<String> = crate::annex3::cell::COMMON_UNITS
        .iter()
        .map(|u| (*u).to_owned())
        .collect();
    let shown = clip(text);
    match crate::annex3::cell::parse_number(text, &own, &|_| false) {
        Ok((n, _)) => Ok(n),
        Err(e) => Err(match e {
            E::TenThousands { value } => (
                format!("“{shown}”请写成数字{value}"),
                format!("write {shown:?} as the number {value}"),
            ),
            E::Separator => (
                format!("“{shown}”的千位分隔符位置不对,不是整数"),
                format!("{shown:?} has a misplaced thousands separator: not a whole number"),
            ),
            E::Negative => (
                format!("“{shown}”为负数,应为非负整数"),
                format!("{shown:?} is negative: write a whole number ≥ 0"),
            ),
            E::Decimal => (
                format!("“{shown}”含小数,应为整数"),
                format!("{shown:?} has a decimal point: write a whole number"),
            ),
            E::ChineseNumerals => (
                format!("“{shown}”含汉字数字,请用阿拉伯数字填写"),
                format!("{shown:?} uses Chinese numerals: write Arabic digits"),
            ),
            E::Uncalculated => uncalculated(text),
            E::Overflow => (
                format!("“{shown}”过大,超出可表示范围(64位整数)"),
                format!("{shown:?} is too large (beyond 64 bits)"),
            ),
            _ => (
                format!("“{shown}”不是整数"),
                format!("{shown:?} is not a whole number"),
            ),
        }),
    }
}

/// A formula cell with no value cached (the reader's [`crate::annex3::UNCALCULATED`]):
/// what to say, at its cell, instead of "empty" or "not a number" (issue 28).
pub(crate) fn uncalculated(text: &str) -> Bad {
    let formula = text
        .strip_suffix(crate::annex3::UNCALCULATED)
        .unwrap_or(text);
    let formula = crate::annex3::cell::shown_formula(formula);
    (
        format!("公式“{formula}”尚未计算:请在Excel中打开并保存后再报"),
        format!("the formula {formula:?} is not calculated yet: open and save the workbook in Excel, then send it again"),
    )
}

/// 是 or 否, as a clerk writes it (有/无, √/×, yes/no, 1/0).
///
/// # Errors
///
/// Why the text is neither, in Chinese and English.
pub fn yes_no(text: &str) -> Result<bool, (String, String)> {
    match fold_word(text).as_str() {
        "是" | "有" | "√" | "✓" | "y" | "yes" | "true" | "1" => Ok(true),
        "否" | "无" | "×" | "✗" | "n" | "no" | "false" | "0" => Ok(false),
        _ => Err((
            format!("“{}”应为“是”或“否”", clip(text)),
            format!("{:?} is neither yes nor no", clip(text)),
        )),
    }
}

/// The time a clerk is shown as the example of a time to write, in the clerk's own
/// forms: the campaign's first deadline that has a time of day (the plan's
/// `6月10日17:00`), else its first day at 15:10 — never the wire's
/// `2021-06-10T17:00:00+08:00` (issue 29, item 17).
pub(crate) fn example(campaign: &crate::Campaign) -> Instant {
    use chrono::Timelike;
    let timed = campaign
        .duties
        .iter()
        .filter_map(|d| match &d.rule {
            crate::campaign::DutyRule::Deliver(x) => Some(campaign.due_of(x).cutoff().0),
            _ => None,
        })
        .filter(|t| (t.beijing().hour(), t.beijing().minute()) != (0, 0))
        .min();
    timed.unwrap_or_else(|| {
        Instant::from_beijing(
            campaign
                .span
                .first
                .and_hms_opt(15, 10, 0)
                .unwrap_or_default(),
        )
    })
}

/// What to write instead of `text`, which is no time (or no day), in the clerk's
/// forms around `example`.
fn write_as(text: &str, example: Instant, day_only: bool) -> Bad {
    use chrono::Timelike;
    let shown = clip(text);
    let d = example.date();
    let (md, ymd) = (crate::time::md_zh(d), crate::time::ymd(d));
    if day_only {
        return (
            format!("“{shown}”不是日期,请写作“{md}”(或“{ymd}”,也可用Excel日期单元格)"),
            format!("{shown:?} is no day: write {md} (or {ymd}, or an Excel date cell)"),
        );
    }
    let (h, m) = (example.beijing().hour(), example.beijing().minute());
    let (half, h12) = if h > 12 {
        ("下午", h.saturating_sub(12))
    } else {
        ("上午", h)
    };
    (
        format!("“{shown}”不是时间,请写作“{md}{h}:{m:02}”(或“{ymd} {h:02}:{m:02}”“{md}{half}{h12}:{m:02}”,也可用Excel日期单元格)"),
        format!("{shown:?} is no time: write {md}{h}:{m:02} (or {ymd} {h:02}:{m:02}, or an Excel date cell)"),
    )
}

/// A time or a day, from text or an Excel date cell (which the table reader writes
/// with the suffix `(日期)`); whether the campaign's year replaced another (Excel's year
/// of typing, for a day typed without one; a year left out of typed text is simply the
/// campaign's). Besides the strict
/// forms, what clerks write ([`crate::time::written`]: `6月9日15时10分`,
/// `2021.6.9 15:10`, `6月9日下午3:10`, `6/9 15:10`); a text of neither is refused with
/// an example in the clerk's form around `example` (issue 29, item 17).
pub(crate) fn when(
    text: &str,
    year: i32,
    day_only: bool,
    example: Instant,
) -> Result<(Option<Instant>, Option<NaiveDate>, bool), Bad> {
    let (written, from_excel) = match text.strip_suffix("(日期)") {
        Some(t) => (t, true),
        None => (text, false),
    };
    let (mut written, mut assumed) = (written.to_owned(), false);
    if from_excel {
        // Excel stores "6/9" typed in 2026 as 2026-06-09: the campaign's year is meant.
        // Only a LATER year is such a typing year: a year before the campaign's is no
        // date typed without a year (nobody keeps the ledger before the campaign) but a
        // wrong one — a workbook of the 1904 date system read with 1900's is 4 years
        // and a day early — and is refused, never silently moved into the campaign's
        // year (issue 28).
        if let Some(y) = written.get(..4).and_then(|y| y.parse::<i32>().ok()) {
            if y < year {
                let shown = clip(&written);
                return Err((
                    format!("日期“{shown}”早于活动年度{year}年:请核对(工作簿是否使用1904日期系统?)"),
                    format!("the date {shown:?} is before the campaign's year {year}: check it (does the workbook use the 1904 date system?)"),
                ));
            }
            if y > year {
                written.replace_range(..4, &format!("{year:04}"));
                assumed = true;
            }
        }
    } else {
        let strict = crate::time::parse_date(&written, Some(year)).is_ok()
            || Instant::parse_in_year(&written, year).is_ok();
        // A year left out of a typed date is the campaign's, as the template's notes
        // tell a clerk to write it: nothing to say (issue 29, a clerk's walk).
        if !strict {
            // A clerk's form, rewritten in the strict one; or what to write instead.
            match crate::time::written::read(&written, year) {
                Ok(Some(w)) => written = w.canonical(),
                Ok(None) => {
                    // Out of range in a strict form (`2021-06-31`) says so; anything
                    // else is shown how to write a time.
                    let range = match Instant::parse_in_year(&written, year) {
                        Err(e @ crate::time::TimeError::OutOfRange { .. }) => Some(e),
                        _ => None,
                    };
                    return Err(match range {
                        Some(e) => both(&e.text()),
                        None => write_as(&written, example, day_only),
                    });
                }
                Err(t) => return Err(both(&t)),
            }
        }
    }
    if day_only {
        let d = crate::time::parse_date(&written, Some(year))
            .or_else(|_| Instant::parse_in_year(&written, year).map(Instant::date))
            .map_err(|e| both(&e.text()))?;
        Ok((None, Some(d), assumed))
    } else {
        let t = Instant::parse_in_year(&written, year).map_err(|e| both(&e.text()))?;
        Ok((Some(t), None, assumed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annex3::{parse_count, Field};

    fn ex() -> Instant {
        example(crate::Campaign::embedded())
    }

    /// Issue 28, class 2 (counts): the ledger's count cells and the statistics table's
    /// read every form alike — one number reader. `1,2,3`, `12,5` and `1 2` were 123,
    /// 125 and 12 in the ledger; full-width `１２` was refused there and read by Annex 3.
    #[test]
    fn the_ledger_and_annex3_read_every_count_form_alike() {
        let t = crate::annex3::table_of(crate::Campaign::embedded()).unwrap();
        let sessions = Field::of(t, "qijin_sessions").unwrap();
        let forms: [(&str, Option<u64>); 16] = [
            ("12", Some(12)),
            (" 12 ", Some(12)),
            ("012", Some(12)),
            ("1,500", Some(1500)),
            ("12,000,000", Some(12_000_000)),
            ("１２", Some(12)),
            ("１，５００", Some(1500)),
            ("12次", Some(12)),
            ("1,2,3", None),
            ("12,5", None),
            ("1 2", None),
            ("1.5", None),
            ("-3", None),
            ("十二", None),
            ("1.2万", None),
            ("abc", None),
        ];
        for (text, want) in forms {
            assert_eq!(count(text).ok(), want, "ledger {text:?}");
            assert_eq!(
                parse_count(t, sessions, text).ok().map(|(n, _)| n),
                want,
                "annex3 {text:?}"
            );
        }
        assert!(count("1,2,3").unwrap_err().0.contains("千位分隔符"));
        assert!(count("1.2万").unwrap_err().0.contains("12000"));
        assert_eq!(count("300人次"), Ok(300));
    }

    /// Issue 28, class 2 (1904): an Excel date of a year before the campaign's is
    /// refused, never moved into the campaign's year; a later year (Excel's year of
    /// typing) is, with the year assumed.
    #[test]
    fn an_excel_date_years_early_is_refused_not_corrected() {
        let early = when("2017-06-08 15:10(日期)", 2021, false, ex());
        assert!(early.is_err(), "{early:?}");
        assert!(early.unwrap_err().0.contains("1904"));
        let (t, _, assumed) = when("2026-06-09 15:10(日期)", 2021, false, ex()).unwrap();
        assert!(t.unwrap().to_string().starts_with("2021-06-09T15:10"));
        assert!(assumed);
    }
}
