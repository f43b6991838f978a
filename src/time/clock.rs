//! A time of day as a plan writes it (`09:00`, `8:30`, `24:00`), on no day in
//! particular: an event's day gives it its date, so that moving the event moves it.

use std::fmt;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Instant, TimeError};

/// A time of day, to the second: `09:00`, `17:30:15`, or `24:00` (the day's end,
/// TIME-2400).
///
/// ```
/// use fangfei::time::{Clock, Instant};
/// let c: Clock = "9:00".parse().unwrap();
/// assert_eq!(c.to_string(), "09:00");
/// let day = fangfei::NaiveDate::from_ymd_opt(2021, 6, 15).unwrap();
/// assert_eq!(c.on(day), Some(Instant::parse("2021-06-15 09:00").unwrap()));
/// let end: Clock = "24:00".parse().unwrap();
/// assert_eq!(end.on(day), Some(Instant::parse("2021-06-16 00:00").unwrap()));
/// assert!("25:00".parse::<Clock>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Clock {
    /// Seconds since the day's 00:00, at most 86,400 (24:00).
    seconds: u32,
}

impl Clock {
    /// 00:00, the day's start.
    pub const MIDNIGHT: Clock = Clock { seconds: 0 };

    /// The time `hour:minute:second`; `None` past 24:00.
    pub fn new(hour: u32, minute: u32, second: u32) -> Option<Clock> {
        let seconds = hour
            .checked_mul(3600)?
            .checked_add(minute.checked_mul(60)?)?;
        let seconds = seconds.checked_add(second)?;
        (minute < 60 && second < 60 && seconds <= 86_400).then_some(Clock { seconds })
    }

    /// The instant this time falls on day `day` (`24:00` is the next day's 00:00).
    pub fn on(self, day: NaiveDate) -> Option<Instant> {
        let start = Instant::start_of(day).beijing();
        let t = start.checked_add_signed(chrono::Duration::seconds(i64::from(self.seconds)))?;
        Some(Instant::from_beijing(t))
    }

    /// The time of an instant on its own day.
    pub fn of(t: Instant) -> Clock {
        let secs = t.beijing().time().signed_duration_since(NaiveTime::MIN);
        Clock {
            seconds: u32::try_from(secs.num_seconds()).unwrap_or(0),
        }
    }
}

impl fmt::Display for Clock {
    /// `09:00`, or `09:00:15` when the seconds matter.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m, s) = (
            self.seconds / 3600,
            self.seconds / 60 % 60,
            self.seconds % 60,
        );
        if s == 0 {
            write!(f, "{h:02}:{m:02}")
        } else {
            write!(f, "{h:02}:{m:02}:{s:02}")
        }
    }
}

impl std::str::FromStr for Clock {
    type Err = TimeError;
    fn from_str(text: &str) -> Result<Clock, TimeError> {
        let bad = || TimeError::NotClock {
            text: text.chars().take(super::MAX_TIME_TEXT).collect(),
        };
        let t = text.trim().replace('\u{ff1a}', ":");
        let mut parts = t.split(':');
        let mut next = |required: bool| -> Result<u32, TimeError> {
            match parts.next() {
                Some(p)
                    if !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    p.parse().map_err(|_| bad())
                }
                None if !required => Ok(0),
                _ => Err(bad()),
            }
        };
        let (h, m, s) = (next(true)?, next(true)?, next(false)?);
        if parts.next().is_some() {
            return Err(bad());
        }
        Clock::new(h, m, s).ok_or_else(bad)
    }
}

impl Serialize for Clock {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Clock {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_read_and_print() {
        for (text, shown) in [
            ("9:00", "09:00"),
            ("08:30", "08:30"),
            ("24:00", "24:00"),
            ("17:00:01", "17:00:01"),
            ("0:00", "00:00"),
            ("9：30", "09:30"),
        ] {
            assert_eq!(text.parse::<Clock>().unwrap().to_string(), shown, "{text}");
        }
        for bad in [
            "", "9", "24:01", "12:60", "1:2:3:4", "ab:cd", "-1:00", "123:00",
        ] {
            assert!(bad.parse::<Clock>().is_err(), "{bad:?}");
        }
        let t = Instant::parse("2021-06-15 09:00:05").unwrap();
        assert_eq!(Clock::of(t).to_string(), "09:00:05");
    }
}
