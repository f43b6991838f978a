//! Times as a clerk writes them in a ledger (issue 29, item 17): `6月9日15时10分`,
//! `2021.6.9 15:10`, `6月9日下午3:10`, `6/9 15:10`, `6月15日  12:00` — the forms the
//! strict reader ([`super::Instant::parse_in_year`]) does not take, read into their
//! parts so that the ledger can read them, never guessed: a part of the day that does
//! not fit its hour (`上午15:10`, `晚上2点`) and a day that does not exist (`6月31日`)
//! are refused with why.
//!
//! Readings (docs/interpretations.md, "Times a clerk writes"):
//! - a slash or dot date without a year is month then day, as written in China
//!   (`6/9` is 6月9日, never 6 September);
//! - `时`/`点` and `分` are hour and minute, `半` is half past; `整` is nothing;
//! - 上午 1–11 and 凌晨 0–6 are as written; 上午12 is refused (noon or midnight?);
//!   中午 11–12 as written, 中午1–2 is 13–14 o'clock; 下午 and 傍晚 1–11 are 13–23
//!   o'clock, 下午12 is noon; 晚上/夜里 6–11 are 18–23 o'clock and 晚上12点 is the
//!   day's 24:00 (the plan's own end of a day); an hour already past 12 is read as
//!   written after any word whose half of the day it is in (`下午15:10` is 15:10).

use chrono::NaiveDate;

use crate::text::Text;
use crate::time::Instant;
use crate::util::half_width;

/// A time as written, read into its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Written {
    /// The year, when written.
    pub year: Option<i32>,
    /// The day (in the year written, or the year the caller gave).
    pub date: NaiveDate,
    /// Hour (0–24, 24 only as 24:00), minute and second, when written.
    pub time: Option<(u32, u32, u32)>,
}

impl Written {
    /// The text the strict reader takes for it: `2021-06-09 15:10:00`, or
    /// `6月9日 15:10:00` without a year (read in the campaign's).
    pub fn canonical(&self) -> String {
        let day = match self.year {
            Some(_) => crate::time::ymd(self.date),
            None => crate::time::md_zh(self.date),
        };
        match self.time {
            Some((h, m, s)) => format!("{day} {h:02}:{m:02}:{s:02}"),
            None => day,
        }
    }
}

struct Cursor {
    chars: Vec<char>,
    at: usize,
}

impl Cursor {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }
    fn eat(&mut self, cs: &[char]) -> Option<char> {
        let c = self.peek().filter(|c| cs.contains(c))?;
        self.at = self.at.saturating_add(1);
        Some(c)
    }
    fn eat_word(&mut self, w: &str) -> bool {
        let n = w.chars().count();
        let end = self.at.saturating_add(n);
        match self.chars.get(self.at..end) {
            Some(s) if s.iter().copied().eq(w.chars()) => {
                self.at = end;
                true
            }
            _ => false,
        }
    }
    fn spaces(&mut self) {
        while self.peek() == Some(' ') {
            self.at = self.at.saturating_add(1);
        }
    }
    /// One to `max` digits.
    fn number(&mut self, max: usize) -> Option<(u32, usize)> {
        let mut n = 0u32;
        let mut k = 0usize;
        while k < max {
            let Some(d) = self.peek().and_then(|c| c.to_digit(10)) else {
                break;
            };
            n = n.saturating_mul(10).saturating_add(d);
            k = k.saturating_add(1);
            self.at = self.at.saturating_add(1);
        }
        (k > 0).then_some((n, k))
    }
    fn done(&self) -> bool {
        self.at >= self.chars.len()
    }
}

/// The parts of the day a clerk writes before the hour.
const PERIODS: [&str; 10] = [
    "凌晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "夜里", "夜间",
];

/// The 24-hour clock of `hour` written after `period`, or `None` when they do not fit.
fn on_the_clock(period: &str, hour: u32) -> Option<u32> {
    match (period, hour) {
        ("下午" | "傍晚" | "晚上" | "夜里" | "夜间", 13..=24) | ("中午", 13..=14) => {
            Some(hour)
        }
        ("凌晨", 0..=6) | ("早上" | "早晨", 4..=11) | ("上午", 0..=11) => Some(hour),
        ("中午", 11..=12) => Some(hour),
        ("中午", 1..=2) => Some(hour.saturating_add(12)),
        ("下午", 12) => Some(12),
        ("下午", 1..=11) | ("傍晚", 4..=8) => Some(hour.saturating_add(12)),
        ("晚上" | "夜里" | "夜间", 6..=11) => Some(hour.saturating_add(12)),
        ("晚上" | "夜里" | "夜间", 12) => Some(24),
        _ => None,
    }
}

/// Reads `text` as a clerk's time: `Ok(None)` when it has no clerk's shape (the
/// caller's own reader then says what it is not), an error when it has one but names
/// no time that exists. A year-less day is checked in `year`.
///
/// # Errors
///
/// Why the text, read as a clerk's time, is none: a day that does not exist, an hour
/// its part of the day does not have.
pub(crate) fn read(text: &str, year: i32) -> Result<Option<Written>, Text> {
    if text.chars().count() > super::MAX_TIME_TEXT {
        return Ok(None);
    }
    let chars: Vec<char> = text
        .trim()
        .chars()
        .map(|c| {
            if c.is_whitespace() {
                ' '
            } else {
                half_width(c)
            }
        })
        .collect();
    let mut s = Cursor { chars, at: 0 };
    let shown = crate::text::clipped(text.trim(), super::MAX_TIME_TEXT);

    // The day: [YYYY(年|.|/|-)]M(月|.|/|-)D[日|号].
    let Some((first, n)) = s.number(4) else {
        return Ok(None);
    };
    let (y, m) = if n == 4 {
        let Some(sep) = s.eat(&['年', '.', '/', '-']) else {
            return Ok(None);
        };
        let Some((m, _)) = s.number(2) else {
            return Ok(None);
        };
        let want: &[char] = if sep == '年' { &['月'] } else { &[sep] };
        if s.eat(want).is_none() {
            return Ok(None);
        }
        (i32::try_from(first).ok(), m)
    } else if n <= 2 {
        if s.eat(&['月', '.', '/', '-']).is_none() {
            return Ok(None);
        }
        (None, first)
    } else {
        return Ok(None);
    };
    let Some((d, _)) = s.number(2) else {
        return Ok(None);
    };
    s.eat(&['日', '号']);
    let Some(date) = NaiveDate::from_ymd_opt(y.unwrap_or(year), m, d) else {
        return Err(Text::new(
            format!("没有这一天:“{shown}”({m}月没有{d}日)"),
            format!("no such day: {shown:?} (month {m} has no day {d})"),
        ));
    };
    s.spaces();
    s.eat(&['T']);
    s.spaces();
    if s.done() {
        return Ok(Some(Written {
            year: y,
            date,
            time: None,
        }));
    }

    // The time: [period] H(:|时|点)[MM[分]][:SS|SS秒] | H(时|点)半.
    let period = PERIODS.iter().copied().find(|p| s.eat_word(p));
    s.spaces();
    let Some((h, _)) = s.number(2) else {
        return Ok(None);
    };
    let (mut mi, mut sec) = (0u32, 0u32);
    if s.eat(&[':']).is_some() {
        let Some((m, 2)) = s.number(2) else {
            return Ok(None);
        };
        mi = m;
        if s.eat(&[':']).is_some() {
            let Some((x, 2)) = s.number(2) else {
                return Ok(None);
            };
            sec = x;
        }
    } else if s.eat(&['时', '点']).is_some() {
        if s.eat(&['半']).is_some() {
            mi = 30;
        } else if let Some((m, _)) = s.number(2) {
            mi = m;
            s.eat(&['分']);
            if let Some((x, _)) = s.number(2) {
                sec = x;
                if s.eat(&['秒']).is_none() {
                    return Ok(None);
                }
            }
        }
        s.eat(&['整']);
    } else {
        return Ok(None);
    }
    s.spaces();
    if !s.done() {
        return Ok(None);
    }
    let hour = match period {
        None => h,
        Some(p) => on_the_clock(p, h).ok_or_else(|| {
            Text::new(
                format!("“{shown}”中的“{p}{h}点”说不清是几点:请用24小时制写钟点(如“15:10”)"),
                format!("{shown:?}: {p} and hour {h} do not fit; write the hour on the 24-hour clock (e.g. 15:10)"),
            )
        })?,
    };
    if hour > 24 || mi > 59 || sec > 59 || (hour == 24 && (mi, sec) != (0, 0)) {
        return Err(Text::new(
            format!("没有这个时间:“{shown}”(时、分或秒超出范围)"),
            format!("no such time: {shown:?} (hour, minute or second out of range)"),
        ));
    }
    Ok(Some(Written {
        year: y,
        date,
        time: Some((hour, mi, sec)),
    }))
}

/// Where a day written alone, with no time of day, falls when it is read as an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayAlone {
    /// Its first instant, 00:00 (a moment to look at: `timeline --at 6月15日`).
    Start,
    /// Its 24:00, the next day's 00:00 (TIME-2400): an as-of `6月16日` means the end of
    /// that day, the day's own reports included, as a clerk means it.
    End,
}

/// Reads an instant as a clerk writes it on the command line (`--as-of`, `--at`): the
/// strict forms, and what the ledger reads (`read`: `6月16日24时`, `6.16 24:00`,
/// `6月16日下午3:10`), in the campaign's `year` — one reader for the ledger and the
/// options. A day alone falls at `alone`. A text of no shape is refused with an example
/// in the clerk's form, `example` written as `6月16日24:00` (issue 29).
///
/// # Errors
///
/// The rule the text fails (`TIME-TZ` for no time, `TIME-2400` for one out of range)
/// and why, in both languages.
pub fn read_instant(
    text: &str,
    year: i32,
    alone: DayAlone,
    example: Instant,
) -> Result<Instant, (&'static str, Text)> {
    let at_day = |d: NaiveDate| match alone {
        DayAlone::Start => Some(Instant::start_of(d)),
        DayAlone::End => Instant::end_of(d),
    };
    // Past chrono's last day: no instant.
    let out_of_range = |_: NaiveDate| {
        let e = super::TimeError::OutOfRange {
            text: super::clip(text),
            reason: "month or day",
        };
        (e.code(), e.text())
    };
    if let Ok(d) = super::parse_date(text, Some(year)) {
        return at_day(d).ok_or_else(|| out_of_range(d));
    }
    match Instant::parse_in_year(text, year) {
        Ok(t) => return Ok(t),
        // A strict form with a field out of range (`6月25日24:30`) says which.
        Err(e @ super::TimeError::OutOfRange { .. }) => return Err((e.code(), e.text())),
        Err(_) => {}
    }
    match read(text, year) {
        Ok(Some(w)) => match w.time {
            None => at_day(w.date).ok_or_else(|| out_of_range(w.date)),
            Some((24, _, _)) => Instant::end_of(w.date).ok_or_else(|| out_of_range(w.date)),
            Some((h, m, sec)) => w
                .date
                .and_hms_opt(h, m, sec)
                .map(Instant::from_beijing)
                .ok_or_else(|| out_of_range(w.date)),
        },
        Err(t) => Err(("TIME-2400", t)),
        Ok(None) => {
            let shown = super::clip(text);
            let (md, ymd) = clerks(example);
            let day = super::md_zh(example_day(example));
            let edge = match alone {
                DayAlone::Start => "0:00",
                DayAlone::End => "24:00",
            };
            Err((
                "TIME-TZ",
                Text::new(
                    format!("“{shown}”不是时间,请写作“{md}”(或“{ymd}”;只写日期如“{day}”,即该日{edge})"),
                    format!("{shown:?} is no time: write {md} (or {ymd}; a date alone, as {day}, is its {edge})"),
                ),
            ))
        }
    }
}

/// The day an example instant is written on: a day's end is that day's 24:00.
fn example_day(t: Instant) -> NaiveDate {
    let d = t.date();
    if t.beijing().time() == chrono::NaiveTime::MIN {
        d.pred_opt().unwrap_or(d)
    } else {
        d
    }
}

/// `example` in the clerk's forms: `6月16日24:00` and `2021-06-16 24:00`.
fn clerks(example: Instant) -> (String, String) {
    use chrono::Timelike;
    let d = example_day(example);
    let (h, m) = if example.beijing().time() == chrono::NaiveTime::MIN {
        (24, 0)
    } else {
        (example.beijing().hour(), example.beijing().minute())
    };
    (
        format!("{}{h}:{m:02}", super::md_zh(d)),
        format!("{} {h:02}:{m:02}", super::ymd(d)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 29 (walk, D2 item 3): an option's instant is read as the ledger reads a
    /// time; a day alone as an as-of is its 24:00 (TIME-2400), as a moment its 00:00.
    #[test]
    fn an_options_instant_is_read_as_a_clerk_writes_it() {
        let ex = Instant::parse("2021-06-17T00:00:00+08:00").unwrap();
        let end = |t: &str| read_instant(t, 2021, DayAlone::End, ex).map(|i| i.as_deadline());
        let day_end = Ok("2021-06-16 24:00".to_owned());
        for t in [
            "6月16日",
            "2021-06-16",
            "6月16日24时",
            "6.16 24:00",
            "6月16日24:00",
            "6/16",
            "6月16日晚上12点",
        ] {
            assert_eq!(end(t), day_end, "{t}");
        }
        assert_eq!(end("6月16日9:00"), Ok("2021-06-16 09:00:00".to_owned()));
        assert_eq!(end("6月16日下午3:10"), Ok("2021-06-16 15:10:00".to_owned()));
        assert_eq!(
            end("2021-06-16T09:30:00+08:00"),
            Ok("2021-06-16 09:30:00".to_owned())
        );
        let start = read_instant("6月15日", 2021, DayAlone::Start, ex).map(|i| i.as_deadline());
        assert_eq!(start, Ok("2021-06-14 24:00".to_owned()));
        assert_eq!(
            read_instant("下周三", 2021, DayAlone::End, ex).map_err(|(c, t)| (c, t.zh)),
            Err(("TIME-TZ", "“下周三”不是时间,请写作“6月16日24:00”(或“2021-06-16 24:00”;只写日期如“6月16日”,即该日24:00)".to_owned()))
        );
        assert_eq!(
            read_instant("6月31日", 2021, DayAlone::End, ex).map_err(|(c, t)| (c, t.zh)),
            Err((
                "TIME-2400",
                "没有这个时间:“6月31日”(月或日超出范围)".to_owned()
            ))
        );
    }

    fn at(text: &str) -> Option<String> {
        read(text, 2021).ok().flatten().map(|w| w.canonical())
    }

    /// Issue 29, item 17: every form the issue quotes, and the parts of the day.
    #[test]
    fn a_clerks_forms_read_as_meant() {
        for (text, want) in [
            ("6月9日15时10分", "6月9日 15:10:00"),
            ("2021.6.9 15:10", "2021-06-09 15:10:00"),
            ("6月9日下午3:10", "6月9日 15:10:00"),
            ("6/9 15:10", "6月9日 15:10:00"),
            ("6月15日 12:00", "6月15日 12:00:00"),
            ("6月15日  12:00", "6月15日 12:00:00"),
            ("6月15日\u{3000}12:00", "6月15日 12:00:00"),
            ("6月15日\u{a0}12:00", "6月15日 12:00:00"),
            ("2021/6/9 15:10", "2021-06-09 15:10:00"),
            ("2021-6-9 15:10", "2021-06-09 15:10:00"),
            ("2021年6月9日15时10分", "2021-06-09 15:10:00"),
            ("6.9 15:10", "6月9日 15:10:00"),
            ("6月9号 15:10", "6月9日 15:10:00"),
            ("6月9日 15点", "6月9日 15:00:00"),
            ("6月9日15点10", "6月9日 15:10:00"),
            ("6月9日下午3点半", "6月9日 15:30:00"),
            ("6月9日 下午 3:10", "6月9日 15:10:00"),
            ("6月9日下午15:10", "6月9日 15:10:00"),
            ("6月9日晚上8点", "6月9日 20:00:00"),
            ("6月9日晚上12点", "6月9日 24:00:00"),
            ("6月9日中午12点", "6月9日 12:00:00"),
            ("6月9日中午1点", "6月9日 13:00:00"),
            ("6月9日下午12:30", "6月9日 12:30:00"),
            ("6月9日上午9:05", "6月9日 09:05:00"),
            ("6月9日凌晨0:30", "6月9日 00:30:00"),
            ("６月９日１５：１０", "6月9日 15:10:00"),
            ("6月9日15时10分30秒", "6月9日 15:10:30"),
            ("6月15日", "6月15日"),
            ("6/15", "6月15日"),
        ] {
            assert_eq!(at(text).as_deref(), Some(want), "{text}");
        }
        for no_shape in ["abc", "15:10", "6月", "2021", "6月9日 15", "6月9日 下午"] {
            assert_eq!(read(no_shape, 2021), Ok(None), "{no_shape}");
        }
        for (impossible, why) in [
            ("6月31日 10:00", "没有这一天:“6月31日 10:00”(6月没有31日)"),
            ("2021.2.29", "没有这一天:“2021.2.29”(2月没有29日)"),
            (
                "6月9日上午12:30",
                "“6月9日上午12:30”中的“上午12点”说不清是几点:请用24小时制写钟点(如“15:10”)",
            ),
            (
                "6月9日上午15:10",
                "“6月9日上午15:10”中的“上午15点”说不清是几点:请用24小时制写钟点(如“15:10”)",
            ),
            (
                "6月9日晚上2点",
                "“6月9日晚上2点”中的“晚上2点”说不清是几点:请用24小时制写钟点(如“15:10”)",
            ),
            (
                "6月9日15:70",
                "没有这个时间:“6月9日15:70”(时、分或秒超出范围)",
            ),
            (
                "6月9日24:30",
                "没有这个时间:“6月9日24:30”(时、分或秒超出范围)",
            ),
        ] {
            assert_eq!(
                read(impossible, 2021).map_err(|t| t.zh),
                Err(why.to_owned()),
                "{impossible}"
            );
        }
    }
}
