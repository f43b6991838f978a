//! Working days, from the State Council's yearly holiday notices (rule **CALENDAR**).
//!
//! A day is a working day when it is Monday–Friday and not a listed holiday, or when it
//! is a listed make-up working day (调休上班). The official tables for 2021–2026 ship in
//! [`Calendar::official`], each citing its notice; a campaign can add further years as
//! data ([`crate::Campaign::extra_holidays`]). A question about a year with no table is
//! an error ([`CalendarError::NoTable`]), never a guess.
//!
//! ```
//! use fangfei::calendar::Calendar;
//! use chrono::NaiveDate;
//! let cal = Calendar::official();
//! let d = |m, d| NaiveDate::from_ymd_opt(2021, m, d).unwrap();
//! // The quiz window: the plan says "共9个工作日" (附件2 一); the 端午 holiday is 06-12..=06-14.
//! assert_eq!(cal.working_days(d(6, 15), d(6, 25)), Ok(9));
//! assert_eq!(cal.is_working_day(d(7, 3)), Ok(false)); // the summary deadline, a Saturday
//! ```

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

/// A question the calendar cannot answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// No official holiday table is known for this year.
    #[error("no official holiday table for {year} (known: {known}); add one to the campaign's extra_holidays")]
    NoTable {
        /// The year asked about.
        year: i32,
        /// The years that have tables, e.g. `2021–2026`.
        known: String,
    },
}

impl CalendarError {
    /// The stable code of this error.
    pub fn code(&self) -> &'static str {
        "CALENDAR"
    }

    /// The message in both languages (the English is [`Display`](std::fmt::Display)'s).
    pub fn text(&self) -> crate::text::Text {
        let zh = match self {
            CalendarError::NoTable { year, known } => format!(
                "没有{year}年的国务院节假日安排(已有:{known});请在活动方案的extra_holidays中补充"
            ),
        };
        crate::text::Text::new(zh, self.to_string())
    }
}

/// An inclusive run of days off with the holiday's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Holiday {
    /// The holiday's name, e.g. `端午节`.
    pub name: String,
    /// First day off.
    #[cfg_attr(feature = "schema", schemars(with = "crate::time::schema::Date"))]
    pub first: NaiveDate,
    /// Last day off (inclusive).
    #[cfg_attr(feature = "schema", schemars(with = "crate::time::schema::Date"))]
    pub last: NaiveDate,
}

/// One year's official schedule (节假日安排).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HolidayYear {
    /// The year the notice arranges.
    pub year: i32,
    /// The notice, cited: e.g. `国办发明电〔2021〕11号`.
    pub notice: String,
    /// Days off (may start in the previous year, as 2023's 元旦 does).
    pub holidays: Vec<Holiday>,
    /// Weekend days that are working days (调休上班).
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::time::schema::Date>"))]
    pub makeup_workdays: Vec<NaiveDate>,
}

/// What kind of day a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DayKind {
    /// An ordinary Monday–Friday.
    Workday,
    /// A weekend day that is a make-up working day.
    MakeupWorkday,
    /// An ordinary Saturday or Sunday.
    Weekend,
    /// A listed holiday.
    Holiday,
}

impl DayKind {
    /// Whether people work that day.
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::MakeupWorkday)
    }
}

crate::text::labels!(DayKind {
    Workday => "workday", "工作日", "working";
    MakeupWorkday => "makeup_workday", "工作日(调休)", "working (make-up)";
    Weekend => "weekend", "非工作日", "off";
    Holiday => "holiday", "非工作日(节假日)", "off (holiday)";
});

/// The day of the week of `day`: `一` … `日` (as in 星期一), `Mon` … `Sun`.
///
/// ```
/// use fangfei::{calendar::weekday_name, Lang};
/// let d = chrono::NaiveDate::from_ymd_opt(2021, 7, 3).unwrap();
/// assert_eq!((weekday_name(d, Lang::Zh), weekday_name(d, Lang::En)), ("六", "Sat"));
/// ```
pub fn weekday_name(day: NaiveDate, lang: crate::text::Lang) -> &'static str {
    const ZH: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];
    const EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let i = day.weekday().num_days_from_monday() as usize;
    let names = match lang {
        crate::text::Lang::Zh => ZH,
        crate::text::Lang::En => EN,
    };
    names.get(i).copied().unwrap_or("")
}

/// The working-day calendar: a set of yearly tables.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Calendar {
    years: Vec<HolidayYear>,
}

type Ymd = (i32, u32, u32);
/// (year, notice, holidays as (name, first, last), make-up working days).
type YearRow = (
    i32,
    &'static str,
    &'static [(&'static str, Ymd, Ymd)],
    &'static [Ymd],
);

/// The official tables (../shared/reference/holidays-cn.md, from the notices cited).
/// Each holiday row is (name, first, last); make-up days follow.
#[rustfmt::skip]
const OFFICIAL: &[YearRow] = &[
    (2021, "国务院办公厅关于2021年部分节假日安排的通知(2020年11月25日)",
     &[("元旦", (2021, 1, 1), (2021, 1, 3)), ("春节", (2021, 2, 11), (2021, 2, 17)),
       ("清明节", (2021, 4, 3), (2021, 4, 5)), ("劳动节", (2021, 5, 1), (2021, 5, 5)),
       ("端午节", (2021, 6, 12), (2021, 6, 14)), ("中秋节", (2021, 9, 19), (2021, 9, 21)),
       ("国庆节", (2021, 10, 1), (2021, 10, 7))],
     &[(2021, 2, 7), (2021, 2, 20), (2021, 4, 25), (2021, 5, 8), (2021, 9, 18), (2021, 9, 26), (2021, 10, 9)]),
    (2022, "国办发明电〔2021〕11号",
     &[("元旦", (2022, 1, 1), (2022, 1, 3)), ("春节", (2022, 1, 31), (2022, 2, 6)),
       ("清明节", (2022, 4, 3), (2022, 4, 5)), ("劳动节", (2022, 4, 30), (2022, 5, 4)),
       ("端午节", (2022, 6, 3), (2022, 6, 5)), ("中秋节", (2022, 9, 10), (2022, 9, 12)),
       ("国庆节", (2022, 10, 1), (2022, 10, 7))],
     &[(2022, 1, 29), (2022, 1, 30), (2022, 4, 2), (2022, 4, 24), (2022, 5, 7), (2022, 10, 8), (2022, 10, 9)]),
    (2023, "国办发明电〔2022〕16号",
     &[("元旦", (2022, 12, 31), (2023, 1, 2)), ("春节", (2023, 1, 21), (2023, 1, 27)),
       ("清明节", (2023, 4, 5), (2023, 4, 5)), ("劳动节", (2023, 4, 29), (2023, 5, 3)),
       ("端午节", (2023, 6, 22), (2023, 6, 24)), ("中秋节、国庆节", (2023, 9, 29), (2023, 10, 6))],
     &[(2023, 1, 28), (2023, 1, 29), (2023, 4, 23), (2023, 5, 6), (2023, 6, 25), (2023, 10, 7), (2023, 10, 8)]),
    (2024, "国办发明电〔2023〕7号",
     &[("元旦", (2024, 1, 1), (2024, 1, 1)), ("春节", (2024, 2, 10), (2024, 2, 17)),
       ("清明节", (2024, 4, 4), (2024, 4, 6)), ("劳动节", (2024, 5, 1), (2024, 5, 5)),
       ("端午节", (2024, 6, 10), (2024, 6, 10)), ("中秋节", (2024, 9, 15), (2024, 9, 17)),
       ("国庆节", (2024, 10, 1), (2024, 10, 7))],
     &[(2024, 2, 4), (2024, 2, 18), (2024, 4, 7), (2024, 4, 28), (2024, 5, 11), (2024, 9, 14), (2024, 9, 29), (2024, 10, 12)]),
    (2025, "国办发明电〔2024〕12号",
     &[("元旦", (2025, 1, 1), (2025, 1, 1)), ("春节", (2025, 1, 28), (2025, 2, 4)),
       ("清明节", (2025, 4, 4), (2025, 4, 6)), ("劳动节", (2025, 5, 1), (2025, 5, 5)),
       ("端午节", (2025, 5, 31), (2025, 6, 2)), ("国庆节、中秋节", (2025, 10, 1), (2025, 10, 8))],
     &[(2025, 1, 26), (2025, 2, 8), (2025, 4, 27), (2025, 9, 28), (2025, 10, 11)]),
    (2026, "国务院办公厅关于2026年部分节假日安排的通知(2025年11月4日)",
     &[("元旦", (2026, 1, 1), (2026, 1, 3)), ("春节", (2026, 2, 15), (2026, 2, 23)),
       ("清明节", (2026, 4, 4), (2026, 4, 6)), ("劳动节", (2026, 5, 1), (2026, 5, 5)),
       ("端午节", (2026, 6, 19), (2026, 6, 21)), ("中秋节", (2026, 9, 25), (2026, 9, 27)),
       ("国庆节", (2026, 10, 1), (2026, 10, 7))],
     &[(2026, 1, 4), (2026, 2, 14), (2026, 2, 28), (2026, 5, 9), (2026, 9, 20), (2026, 10, 10)]),
];

fn ymd((y, m, d): Ymd) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

impl Calendar {
    /// The official tables for 2021–2026, each citing its notice.
    pub fn official() -> Calendar {
        let years = OFFICIAL
            .iter()
            .map(|&(year, notice, holidays, makeup)| HolidayYear {
                year,
                notice: notice.to_owned(),
                // The table above is checked by a test: every date exists.
                holidays: holidays
                    .iter()
                    .filter_map(|&(name, a, b)| {
                        Some(Holiday {
                            name: name.to_owned(),
                            first: ymd(a)?,
                            last: ymd(b)?,
                        })
                    })
                    .collect(),
                makeup_workdays: makeup.iter().filter_map(|&d| ymd(d)).collect(),
            })
            .collect();
        Calendar { years }
    }

    /// This calendar with `extra` years added; a year already present is replaced.
    pub fn with_years(mut self, extra: &[HolidayYear]) -> Calendar {
        for y in extra {
            self.years.retain(|have| have.year != y.year);
            self.years.push(y.clone());
        }
        self.years.sort_by_key(|y| y.year);
        self
    }

    /// The yearly tables, in year order.
    pub fn years(&self) -> &[HolidayYear] {
        &self.years
    }

    fn no_table(&self, year: i32) -> CalendarError {
        let known = match (self.years.first(), self.years.last()) {
            (Some(a), Some(b)) => format!("{}–{}", a.year, b.year),
            _ => "none".to_owned(),
        };
        CalendarError::NoTable { year, known }
    }

    /// What kind of day `day` is.
    ///
    /// # Errors
    ///
    /// [`CalendarError::NoTable`] when no table covers `day`'s year.
    pub fn day_kind(&self, day: NaiveDate) -> Result<DayKind, CalendarError> {
        if !self.years.iter().any(|y| y.year == day.year()) {
            return Err(self.no_table(day.year()));
        }
        // A notice may list days of the neighbouring year (2023's 元旦 starts on
        // 2022-12-31), so every table is consulted.
        if self.years.iter().any(|y| y.makeup_workdays.contains(&day)) {
            return Ok(DayKind::MakeupWorkday);
        }
        if self
            .years
            .iter()
            .flat_map(|y| &y.holidays)
            .any(|h| h.first <= day && day <= h.last)
        {
            return Ok(DayKind::Holiday);
        }
        Ok(match day.weekday() {
            Weekday::Sat | Weekday::Sun => DayKind::Weekend,
            _ => DayKind::Workday,
        })
    }

    /// The name of the holiday `day` falls in, if any.
    pub fn holiday_name(&self, day: NaiveDate) -> Option<&str> {
        self.years
            .iter()
            .flat_map(|y| &y.holidays)
            .find(|h| h.first <= day && day <= h.last)
            .map(|h| h.name.as_str())
    }

    /// Whether `day` is a working day.
    ///
    /// # Errors
    ///
    /// [`CalendarError::NoTable`] when no table covers `day`'s year.
    pub fn is_working_day(&self, day: NaiveDate) -> Result<bool, CalendarError> {
        self.day_kind(day).map(DayKind::is_working)
    }

    /// The number of working days in `first ..= last` (0 when `last < first`).
    ///
    /// # Errors
    ///
    /// [`CalendarError::NoTable`] when a day of the range has no table.
    pub fn working_days(&self, first: NaiveDate, last: NaiveDate) -> Result<u32, CalendarError> {
        let mut n: u32 = 0;
        for day in first.iter_days().take_while(|d| *d <= last) {
            if self.is_working_day(day)? {
                n = n.saturating_add(1);
            }
        }
        Ok(n)
    }
}

crate::json::read_struct!(Holiday {
    name: req,
    first: req,
    last: req
});
crate::json::read_struct!(HolidayYear {
    year: req,
    notice: req,
    holidays: req,
    makeup_workdays: req,
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_table_is_whole() {
        let cal = Calendar::official();
        for (&(year, _, holidays, makeup), built) in OFFICIAL.iter().zip(cal.years()) {
            assert_eq!(built.year, year);
            assert_eq!(
                built.holidays.len(),
                holidays.len(),
                "{year}: a holiday date does not exist"
            );
            assert_eq!(
                built.makeup_workdays.len(),
                makeup.len(),
                "{year}: a make-up date does not exist"
            );
            for d in &built.makeup_workdays {
                assert!(
                    matches!(d.weekday(), Weekday::Sat | Weekday::Sun),
                    "{d} is a make-up day but not a weekend"
                );
            }
            for h in &built.holidays {
                assert!(h.first <= h.last);
            }
        }
        assert_eq!(cal.years().len(), 6);
    }

    #[test]
    fn no_table_is_an_error() {
        let cal = Calendar::official();
        let d = NaiveDate::from_ymd_opt(2020, 6, 1).unwrap();
        assert_eq!(cal.is_working_day(d).unwrap_err().code(), "CALENDAR");
        assert!(cal
            .is_working_day(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap())
            .is_err());
    }

    #[test]
    fn cross_year_holiday() {
        let cal = Calendar::official();
        assert_eq!(
            cal.day_kind(NaiveDate::from_ymd_opt(2022, 12, 31).unwrap()),
            Ok(DayKind::Holiday)
        );
        assert_eq!(
            cal.day_kind(NaiveDate::from_ymd_opt(2023, 1, 2).unwrap()),
            Ok(DayKind::Holiday)
        );
        assert_eq!(
            cal.day_kind(NaiveDate::from_ymd_opt(2023, 1, 28).unwrap()),
            Ok(DayKind::MakeupWorkday)
        );
    }
}
