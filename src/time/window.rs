//! Windows and deadlines (TIME-2400): half-open windows, deadlines with their
//! inclusivity.

use super::*;

/// A half-open window `[start, end)` of instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Window {
    /// First instant inside the window.
    pub start: Instant,
    /// First instant after the window.
    pub end: Instant,
}

impl Window {
    /// The window `[start, end)`; `None` unless `start < end`.
    pub fn new(start: Instant, end: Instant) -> Option<Window> {
        (start < end).then_some(Window { start, end })
    }

    /// The window of whole Beijing days `first ..= last` (from `first 00:00` to
    /// `last 24:00`); `None` when `last < first`.
    pub fn days(first: NaiveDate, last: NaiveDate) -> Option<Window> {
        Window::new(Instant::start_of(first), Instant::end_of(last)?)
    }

    /// Whether `t` is inside: `start <= t < end`.
    pub fn contains(&self, t: Instant) -> bool {
        self.start <= t && t < self.end
    }

    /// Whether `other` lies wholly inside this window.
    pub fn covers(&self, other: &Window) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Every Beijing calendar day the window touches, in order.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let last = self.last_date();
        self.start
            .date()
            .iter_days()
            .take_while(move |d| *d <= last)
    }

    /// The last calendar day with an instant inside the window.
    pub fn last_date(&self) -> NaiveDate {
        // end is exclusive: the last instant inside is one nanosecond before it.
        let end = self.end.beijing();
        if end.time() == NaiveTime::MIN {
            end.date().pred_opt().unwrap_or(end.date())
        } else {
            end.date()
        }
    }
}

/// When a deadline falls: by the end of a day ("6月16日前") or at a clock time
/// ("6月10日17:00前").
///
/// Serialises as `"2021-07-03"` (a day) or `"2021-06-10T17:00"` (a clock time, Beijing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Due {
    /// By a calendar day.
    Day(NaiveDate),
    /// At an instant.
    At(Instant),
}

impl Due {
    /// The calendar day the deadline names (for `D 24:00`, day D).
    pub fn day(&self) -> NaiveDate {
        match *self {
            Due::Day(d) => d,
            Due::At(t) if t.beijing().time() == NaiveTime::MIN => {
                t.date().pred_opt().unwrap_or(t.date())
            }
            Due::At(t) => t.date(),
        }
    }
}

impl Serialize for Due {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Due::Day(d) => s.collect_str(&ymd(*d)),
            Due::At(t) => s.collect_str(t),
        }
    }
}

impl Due {
    /// A deadline as written: a day alone (`2021-06-16`: met before the next day's
    /// 00:00) or an instant (`2021-06-10T17:00:00+08:00`).
    ///
    /// # Errors
    ///
    /// [`TimeError`](super::TimeError) when the text is neither.
    pub fn parse(s: &str) -> Result<Due, super::TimeError> {
        let parts = parse_parts(s, None)?;
        match parts.time {
            None if parts.offset.is_none() => Ok(Due::Day(parts.date)),
            _ => parts.instant(s).map(Due::At),
        }
    }
}

impl<'de> Deserialize<'de> for Due {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Due::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A deadline of the plan, with its inclusivity (TIME-2400).
///
/// - `Day(D)`, inclusive ("D日前", the 2021 reading): met by any instant `< D+1 00:00`;
///   exclusive: `< D 00:00`.
/// - `At(T)`, inclusive ("17:00前"): met by any instant `<= T`; exclusive: `< T`.
///
/// ```
/// use fangfei::time::{Deadline, Due, Instant};
/// let plan = Deadline { due: Due::At(Instant::parse("2021-06-10 17:00").unwrap()), inclusive: true };
/// assert!(plan.met_by(Instant::parse("2021-06-10 17:00:00").unwrap()));
/// assert!(!plan.met_by(Instant::parse("2021-06-10 17:00:01").unwrap()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Deadline {
    /// The day or instant named.
    pub due: Due,
    /// Whether the named day or instant itself is still on time.
    pub inclusive: bool,
}

impl Deadline {
    /// The instant the deadline turns on, and whether that instant itself is on time.
    pub fn cutoff(&self) -> (Instant, bool) {
        match (self.due, self.inclusive) {
            (Due::Day(d), true) => (Instant::end_of(d).unwrap_or(Instant::start_of(d)), false),
            (Due::Day(d), false) => (Instant::start_of(d), false),
            (Due::At(t), inclusive) => (t, inclusive),
        }
    }

    /// Whether a submission at `t` meets the deadline.
    pub fn met_by(&self, t: Instant) -> bool {
        let (cut, inclusive) = self.cutoff();
        t < cut || (inclusive && t == cut)
    }

    /// How late a submission at `t` is; `None` when on time. An inclusive `At`
    /// deadline of 17:00 makes 17:00:01 one second late.
    pub fn lateness(&self, t: Instant) -> Option<Duration> {
        if self.met_by(t) {
            None
        } else {
            Some(t.since(self.cutoff().0))
        }
    }

    /// The first instant that no longer meets the deadline, as a window end: the
    /// half-open window `[opens, close)` is exactly the on-time instants. For an
    /// inclusive clock time the cutoff is followed to the next nanosecond.
    pub fn close(&self) -> Instant {
        let (cut, inclusive) = self.cutoff();
        if inclusive {
            cut.0
                .checked_add_signed(Duration::nanoseconds(1))
                .map(Instant)
                .unwrap_or(cut)
        } else {
            cut
        }
    }
}

// Hand-written formatting: chrono's `format()` brings its strftime machinery into
// the browser build (tens of KB) for a handful of fixed shapes.
