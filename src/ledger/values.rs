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

/// A whole number as a clerk writes it: digits, with thousands separators; `1.2万` is
/// refused with what to write instead.
///
/// # Errors
///
/// Why the text is no whole number, in Chinese and English.
pub fn count(text: &str) -> Result<u64, (String, String)> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '\u{ff0c}' | ' '))
        .collect();
    if let Ok(n) = digits.parse::<u64>() {
        return Ok(n);
    }
    if digits.ends_with('万') {
        if let Some(n) = crate::annex3::ten_thousands(&digits) {
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

/// A time or a day, from text or an Excel date cell (which the table reader writes
/// with the suffix `(日期)`); whether the campaign's year was assumed for it (no year
/// written, or Excel's year of typing for a day typed without one).
pub(crate) fn when(
    text: &str,
    year: i32,
    day_only: bool,
) -> Result<(Option<Instant>, Option<NaiveDate>, bool), Bad> {
    let (written, from_excel) = match text.strip_suffix("(日期)") {
        Some(t) => (t, true),
        None => (text, false),
    };
    let (mut written, mut assumed) = (written.to_owned(), false);
    if from_excel {
        // Excel stores "6/9" typed in 2026 as 2026-06-09: the campaign's year is meant.
        if let Some(y) = written.get(..4).and_then(|y| y.parse::<i32>().ok()) {
            if y != year {
                written.replace_range(..4, &format!("{year:04}"));
                assumed = true;
            }
        }
    } else {
        assumed =
            crate::time::parse_date(&written, None).is_err() && Instant::parse(&written).is_err();
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
