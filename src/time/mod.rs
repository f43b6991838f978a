//! Beijing-time instants, calendar days, half-open windows and deadlines.
//!
//! Rules **TIME-TZ** and **TIME-2400** (RULES.md §0): every time in the plan is Beijing
//! time, UTC+08:00, which has had no daylight-saving time since 1991. Because the offset
//! never changes, an [`Instant`] is stored as the Beijing wall-clock reading: two
//! instants compare, subtract and name their calendar day exactly as a person in
//! Lingyuan would read them, and no time-zone database is needed (it would cost the
//! browser build ~100 KB for one fixed number).
//!
//! ```
//! use fangfei::time::Instant;
//! # fn main() -> Result<(), fangfei::time::TimeError> {
//! // An offset is converted to Beijing time…
//! let z = Instant::parse("2021-06-10T09:00:00Z")?;
//! // …a timestamp without one is read as Beijing time…
//! let local = Instant::parse("2021-06-10 17:00")?;
//! assert_eq!(z, local);
//! // …and the plan's own form "D日24:00" is the next day's 00:00.
//! let end = Instant::parse_in_year("6月25日24:00", 2021)?;
//! assert_eq!(end, Instant::parse("2021-06-26T00:00:00+08:00")?);
//! # Ok(()) }
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Beijing's offset from UTC, in seconds (+08:00).
pub const BEIJING_OFFSET_SECONDS: i64 = 8 * 3600;

/// Longest text the parsers look at; longer input is refused before any work is done.
pub const MAX_TIME_TEXT: usize = 64;

/// Why a text is not an instant, a date or a deadline.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimeError {
    /// The text has none of the accepted shapes.
    #[error("not a time: {text:?} (expected e.g. 2024-05-20T09:30:00+08:00, 2024-05-20 09:30, 2024-05-20 or 5月20日9:30)")]
    Malformed {
        /// The offending text (cut to [`MAX_TIME_TEXT`] characters).
        text: String,
    },
    /// The text is no time of day (a field that takes one: an event's start, an
    /// arrival time).
    #[error("not a time of day: {text:?} (expected e.g. 09:00, 8:30 or 17:30:15)")]
    NotClock {
        /// The offending text (cut to [`MAX_TIME_TEXT`] characters).
        text: String,
    },
    /// The shape is right but a field is out of range (month 13, 25:00, 24:30 …).
    #[error("no such time: {text:?} ({reason})")]
    OutOfRange {
        /// The offending text.
        text: String,
        /// Which field is wrong.
        reason: &'static str,
    },
    /// A plan-style date ("6月10日") needs the campaign's year, and none was given.
    #[error("{text:?} names no year; write it in full, as 2024-05-20 09:30")]
    NoYear {
        /// The offending text.
        text: String,
    },
}

impl TimeError {
    /// The stable code of this error: the rule it enforces.
    pub fn code(&self) -> &'static str {
        match self {
            TimeError::Malformed { .. } | TimeError::NotClock { .. } | TimeError::NoYear { .. } => {
                "TIME-TZ"
            }
            TimeError::OutOfRange { .. } => "TIME-2400",
        }
    }

    /// The message in both languages (the English is [`Display`](std::fmt::Display)'s).
    pub fn text(&self) -> crate::text::Text {
        let zh = match self {
            TimeError::Malformed { text } => format!(
                "“{text}”不是时间(可写作2024-05-20T09:30:00+08:00、2024-05-20 09:30、2024-05-20或5月20日9:30)"
            ),
            TimeError::NotClock { text } => {
                format!("“{text}”不是钟点(可写作09:00、8:30或17:30:15)")
            }
            TimeError::OutOfRange { text, reason } => {
                let why = match *reason {
                    "month or day" => "月或日超出范围",
                    "hour, minute or second" => "时、分或秒超出范围",
                    "24 is only allowed as 24:00" => "24时只能写作24:00",
                    "offset" => "时区偏移超出范围",
                    _ => "日期超出范围",
                };
                format!("没有这个时间:“{text}”({why})")
            }
            TimeError::NoYear { text } => {
                format!("“{text}”没有写年份,请写全(如2024-05-20 09:30)")
            }
        };
        crate::text::Text::new(zh, self.to_string())
    }
}

fn clip(text: &str) -> String {
    crate::text::clipped(text, MAX_TIME_TEXT)
}

/// An instant, held as its Beijing (UTC+08:00) wall-clock reading.
///
/// Ordering is chronological. Serialises as RFC 3339 with the `+08:00` offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(NaiveDateTime);

impl Instant {
    /// The instant whose Beijing wall-clock reading is `local`.
    pub const fn from_beijing(local: NaiveDateTime) -> Instant {
        Instant(local)
    }

    /// The first instant (00:00) of a Beijing calendar day.
    pub fn start_of(day: NaiveDate) -> Instant {
        Instant(day.and_time(NaiveTime::MIN))
    }

    /// The instant `D 24:00` = `D+1 00:00` (TIME-2400); `None` past chrono's last date.
    pub fn end_of(day: NaiveDate) -> Option<Instant> {
        day.succ_opt().map(Instant::start_of)
    }

    /// The Beijing wall-clock reading.
    pub const fn beijing(self) -> NaiveDateTime {
        self.0
    }

    /// The Beijing calendar day this instant falls on.
    pub fn date(self) -> NaiveDate {
        self.0.date()
    }

    /// The reading an event (a submission, an arrival) is written with, exact to what
    /// decides: `2021-06-10 17:00:00`, with the fraction of a second when there is one
    /// (`17:00:00.001`, late, is never shown as `17:00:00`, on time). Midnight is the
    /// day's `00:00:00`; `24:00` is for deadlines only ([`Instant::as_deadline`]).
    pub fn as_clock(self) -> String {
        // One formatting call, not one per part: refused quiz sheets say it by the
        // hundred thousand.
        let t = self.0;
        let mut s = format!(
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        );
        s.push_str(&fraction(t.nanosecond()));
        s
    }

    /// The time of day as a report says it: `09:00` on the minute, else to the second
    /// (`09:00:01`) or its fraction (`09:00:00.5` is after 09:00, and says so).
    pub fn time_of_day(self) -> String {
        if self.0.second() == 0 && self.0.nanosecond() == 0 {
            hm(self.0)
        } else {
            hms_exact(self.0)
        }
    }

    /// The reading a deadline is written with: `2021-06-10 17:00:00`, and a midnight
    /// end written as the previous day's `24:00` (`2021-06-16 24:00`, TIME-2400).
    pub fn as_deadline(self) -> String {
        if self.0.time() == NaiveTime::MIN {
            if let Some(prev) = self.0.date().pred_opt() {
                return format!("{} 24:00", ymd(prev));
            }
        }
        ymd_hms(self.0)
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix_seconds(self) -> i64 {
        self.0
            .and_utc()
            .timestamp()
            .saturating_sub(BEIJING_OFFSET_SECONDS)
    }

    /// The signed time from `earlier` to `self`.
    pub fn since(self, earlier: Instant) -> Duration {
        self.0.signed_duration_since(earlier.0)
    }

    /// Parses an instant. Accepted, all converted to Beijing time (TIME-TZ):
    ///
    /// - RFC 3339 / ISO 8601 with an offset: `2021-06-10T09:00:00Z`, `…+08:00`, `…-0500`;
    /// - the same without an offset, read as Beijing time: `2021-06-10T17:00`,
    ///   `2021-06-10 17:00:00.5`;
    /// - a date alone, meaning its 00:00: `2021-06-10`, `2021/6/10`, `2021年6月10日`;
    /// - the plan's forms with a year: `2021年6月10日17:00`;
    /// - `24:00` (optionally `:00`), meaning the next day's 00:00 (TIME-2400).
    ///
    /// # Errors
    ///
    /// [`TimeError`] when the text is no instant; plan forms without a year
    /// (`6月10日`) need [`Instant::parse_in_year`].
    pub fn parse(text: &str) -> Result<Instant, TimeError> {
        parse_instant(text, None)
    }

    /// Like [`Instant::parse`], and also accepts the plan's year-less forms
    /// (`6月10日17:00`, `6月25日24:00`, `6月15日`), read in `year`.
    ///
    /// # Errors
    ///
    /// [`TimeError`] when the text is no instant.
    pub fn parse_in_year(text: &str, year: i32) -> Result<Instant, TimeError> {
        parse_instant(text, Some(year))
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0;
        write!(
            f,
            "{}T{:02}:{:02}:{:02}",
            ymd(t.date()),
            t.hour(),
            t.minute(),
            t.second()
        )?;
        write!(f, "{}+08:00", fraction(t.nanosecond()))
    }
}

impl FromStr for Instant {
    type Err = TimeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Instant::parse(s)
    }
}

impl Serialize for Instant {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Instant {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Instant::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Parses a Beijing calendar day: `2021-06-10`, `2021/6/10`, `2021年6月10日`, and with
/// `year` also the plan's `6月10日`.
///
/// # Errors
///
/// [`TimeError`] when the text is no date (a time of day is refused too).
pub fn parse_date(text: &str, year: Option<i32>) -> Result<NaiveDate, TimeError> {
    let parsed = parse_parts(text, year)?;
    if parsed.time.is_some() || parsed.offset.is_some() {
        return Err(TimeError::Malformed { text: clip(text) });
    }
    Ok(parsed.date)
}

mod clock;
mod parse;
#[cfg(feature = "schema")]
pub(crate) mod schema;
mod window;
pub(crate) mod written;
pub use written::{read_instant, DayAlone};

pub use clock::Clock;
use parse::{parse_instant, parse_parts};
pub use window::{Deadline, Due, Window};

/// `2021-06-10`.
pub(crate) fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `6月20日`.
pub(crate) fn md_zh(d: NaiveDate) -> String {
    format!("{}月{}日", d.month(), d.day())
}

/// Days `first ..= last` as each language writes them: `6月10日至13日`,
/// `6月28日至7月4日` / `06-10 to 06-13` — never `06-10–06-13` in Chinese (issue 29).
pub(crate) fn days(first: NaiveDate, last: NaiveDate) -> crate::report::Text {
    let zh = if first == last {
        md_zh(first)
    } else if first.month() == last.month() {
        format!("{}至{}日", md_zh(first), last.day())
    } else {
        format!("{}至{}", md_zh(first), md_zh(last))
    };
    crate::report::Text::new(zh, format!("{} to {}", md(first), md(last)))
}

/// `06-10`.
pub(crate) fn md(d: NaiveDate) -> String {
    format!("{:02}-{:02}", d.month(), d.day())
}

/// `17:00`.
pub(crate) fn hm(t: NaiveDateTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// `.5`, `.001`, `.000001`: like chrono's `%.f` (3, 6 or 9 digits, as few as show
/// the value, none for a whole second).
fn fraction(nanos: u32) -> String {
    if nanos.is_multiple_of(1_000_000_000) {
        String::new()
    } else if nanos.is_multiple_of(1_000_000) {
        format!(".{:03}", nanos / 1_000_000)
    } else if nanos.is_multiple_of(1_000) {
        format!(".{:06}", nanos / 1_000)
    } else {
        format!(".{nanos:09}")
    }
}

/// `17:00:05`, `17:00:00.001`.
fn hms_exact(t: NaiveDateTime) -> String {
    format!(
        "{:02}:{:02}:{:02}{}",
        t.hour(),
        t.minute(),
        t.second(),
        fraction(t.nanosecond())
    )
}

/// `2021-06-10 17:00:00`.
pub(crate) fn ymd_hms(t: NaiveDateTime) -> String {
    format!(
        "{} {:02}:{:02}:{:02}",
        ymd(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Writes a duration the way a report reads it: `2天3小时5分钟` / `2d 3h 5m`; seconds
/// show only under a minute.
pub(crate) fn human_duration(d: Duration) -> (String, String) {
    let secs = d.num_seconds().unsigned_abs();
    let (days, hours, mins, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let mut zh = String::new();
    let mut en = Vec::new();
    if days > 0 {
        zh.push_str(&format!("{days}天"));
        en.push(format!("{days}d"));
    }
    if hours > 0 {
        zh.push_str(&format!("{hours}小时"));
        en.push(format!("{hours}h"));
    }
    if mins > 0 {
        zh.push_str(&format!("{mins}分钟"));
        en.push(format!("{mins}m"));
    }
    if secs == 0 {
        // Late by a fraction of a second, or at the very instant a deadline closes:
        // late, and never "0 seconds" late.
        return ("不足1秒".into(), "less than a second".into());
    }
    if secs < 60 {
        zh.push_str(&format!("{s}秒"));
        en.push(format!("{s}s"));
    }
    (zh, en.join(" "))
}

// ---------------------------------------------------------------------------
// The parser: one hand-written scanner for every accepted shape, so that the plan's
// forms, ISO forms and "24:00" share one set of range checks.

/// Reads a time as text with `parse`, the problem in both languages.
fn read_time<T>(
    r: &mut crate::json::Reader,
    v: &serde_json::Value,
    parse: fn(&str) -> Result<T, TimeError>,
) -> Option<T> {
    let text = <String as crate::json::FromJson>::read(r, v)?;
    match parse(&text) {
        Ok(t) => Some(t),
        Err(e) => {
            let t = e.text();
            r.problem(t.zh, t.en);
            None
        }
    }
}

impl crate::json::FromJson for Instant {
    fn read(r: &mut crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
        read_time(r, v, Instant::parse)
    }
}

impl crate::json::FromJson for Clock {
    fn read(r: &mut crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
        read_time(r, v, str::parse)
    }
}

impl crate::json::FromJson for Due {
    fn read(r: &mut crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
        read_time(r, v, Due::parse)
    }
}

impl crate::json::FromJson for chrono::NaiveDate {
    /// `2021-06-10` (also `2021/6/10` and `2021年6月10日`, as everywhere else).
    fn read(r: &mut crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
        read_time(r, v, |s| parse_date(s, None))
    }
}

crate::json::read_struct!(Window {
    start: req,
    end: req
});
crate::json::read_struct!(Deadline {
    due: req,
    inclusive: req
});

#[cfg(test)]
mod tests {
    #[test]
    fn errors_speak_both_languages() {
        for text in ["tomorrow", "2021-13-01", "6月10日"] {
            let e = if text.contains('月') {
                Instant::parse(text).unwrap_err()
            } else {
                Instant::parse_in_year(text, 2021).unwrap_err()
            };
            let t = e.text();
            assert_eq!(t.en, e.to_string());
            assert!(t.zh.contains(text), "{}", t.zh);
            assert!(!t.zh.contains("not a time"), "{}", t.zh);
        }
    }

    use super::*;

    fn t(s: &str) -> Instant {
        Instant::parse(s).unwrap()
    }

    #[test]
    fn offsets_are_converted() {
        assert_eq!(t("2021-06-10T09:00:00Z"), t("2021-06-10T17:00:00+08:00"));
        assert_eq!(t("2021-06-10T04:00:00-05:00"), t("2021-06-10 17:00"));
        assert_eq!(t("2021-06-10T17:00:00+0800"), t("2021-06-10 17:00:00"));
        assert_eq!(t("2021-06-10T10:00+01"), t("2021-06-10 17:00"));
    }

    #[test]
    fn plan_forms() {
        assert_eq!(
            Instant::parse_in_year("6月10日17:00", 2021).unwrap(),
            t("2021-06-10 17:00")
        );
        assert_eq!(
            Instant::parse_in_year("6月25日24:00", 2021).unwrap(),
            t("2021-06-26")
        );
        assert_eq!(t("2021年6月15日9:00"), t("2021-06-15 09:00"));
        assert!(matches!(
            Instant::parse("6月10日"),
            Err(TimeError::NoYear { .. })
        ));
    }

    #[test]
    fn refusals() {
        for bad in [
            "",
            "2021-6-10",
            "2021-06-10T",
            "2021-06-10T24:01",
            "2021-13-01",
            "2021-02-30",
            "2021-06-10T17",
            "2021-06-10T17:00:00+24:00",
            "2021-06-10Z",
            "tomorrow",
            "2021-06-10T17:00:00.1234567891",
            "2021-06-10 17:00 extra",
            "99999-01-01",
        ] {
            assert!(Instant::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn display_round_trips() {
        for s in ["2021-06-10T17:00:00+08:00", "2021-06-10T17:00:00.500+08:00"] {
            assert_eq!(t(s).to_string(), s);
            assert_eq!(t(&t(s).to_string()), t(s));
        }
    }

    #[test]
    fn deadlines() {
        let day = Deadline {
            due: Due::Day(parse_date("2021-06-16", None).unwrap()),
            inclusive: true,
        };
        assert!(day.met_by(t("2021-06-16T23:59:59")));
        assert!(!day.met_by(t("2021-06-17T00:00:00")));
        let excl = Deadline {
            inclusive: false,
            ..day
        };
        assert!(!excl.met_by(t("2021-06-16T00:00:00")));
        let at = Deadline {
            due: Due::At(t("2021-06-10 17:00")),
            inclusive: true,
        };
        assert_eq!(
            at.lateness(t("2021-06-10 17:00:01")),
            Some(Duration::seconds(1))
        );
        assert_eq!(at.close(), t("2021-06-10 17:00:00.000000001"));
    }

    #[test]
    fn windows_are_half_open() {
        let w = Window::days(
            parse_date("2021-06-03", None).unwrap(),
            parse_date("2021-07-09", None).unwrap(),
        )
        .unwrap();
        assert!(w.contains(t("2021-06-03")));
        assert!(w.contains(t("2021-07-09 23:59:59")));
        assert!(!w.contains(t("2021-07-10")));
        assert_eq!(w.dates().count(), 37);
    }
}
