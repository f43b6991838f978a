//! `fangfei campaign new --from FILE --year YEAR`: the same plan moved to another year,
//! and the list of what a person must decide.
//!
//! The rule (docs/campaign.md):
//!
//! - every date and instant of the file moves by one number of whole weeks — the one
//!   that brings the campaign's first day nearest its month-day in the new year — so
//!   each keeps its day of the week, and the plan's intervals (a 10-day quiz, a
//!   deadline a week after a node) stay as they were;
//! - a fixed national date (`--fixed-day`; by default 06-15, the national 6·15
//!   concentrated publicity day, when the plan holds an event on it) keeps its month
//!   and day, and so does
//!   every instant on it; times of day never change;
//! - a span or phase of whole calendar months ("6月全月": a month's 1st to a month's
//!   last day) keeps its months;
//! - an instant at 00:00 that ends something (a window's end, a deadline) is the
//!   previous day's 24:00 and moves with that day; one that starts something moves
//!   with its own day;
//! - each moved day is checked against the working-day calendar of the new year; a
//!   year with no holiday table is said, never guessed;
//! - the facts of the old document (文号, issue date, sources) are taken out, not
//!   carried over; the title's year is rewritten; the plan's own words (quotes,
//!   titles, names) are never rewritten: those holding old dates are listed.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use fangfei::calendar::{weekday_name, Calendar, DayKind};
use fangfei::campaign::DutyRule;
use fangfei::time::{Deadline, Due};
use fangfei::{Campaign, Instant, Lang};
use serde::Serialize;
use serde_json::Value;

use super::dates;
use crate::out::Style;
use crate::Unusable;

/// What `campaign new` is asked.
pub struct NewArgs<'a> {
    /// A campaign file, or the embedded campaign's name.
    pub from: &'a str,
    /// The year to move it to.
    pub year: i32,
    /// Where to write the new file (standard output when none).
    pub out: Option<&'a Path>,
    /// Month-days that keep their month and day (`06-15`); `none` for none.
    pub fixed_days: &'a [String],
}

/// One date or instant moved.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Move {
    /// Its field (`duties[3].due.due`).
    path: String,
    /// As it was and as it is (`2021-06-25 24:00`).
    from: String,
    to: String,
    /// The day the plan means (an end at 00:00 is the day before's 24:00).
    #[serde(skip)]
    day: NaiveDate,
    /// It kept its month and day.
    fixed: bool,
    /// What kind of day it now is: `workday`, `weekend`, `holiday` …; `None` when the
    /// year has no holiday table.
    day_kind: Option<String>,
    /// Its holiday's name, when it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    holiday: Option<String>,
    /// The nearest working days before and after it, when it is not one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    nearest_working_days: Vec<String>,
}

/// Moves the campaign's dates.
struct Mover {
    delta: Duration,
    year: i32,
    fixed: Vec<(u32, u32)>,
    moves: Vec<Move>,
}

/// How an instant is read when it falls at 00:00.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Edge {
    /// It starts something: its own day's 00:00.
    Start,
    /// It ends something: the day before's 24:00.
    End,
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `2021-06-10 17:00` (seconds when they matter), `2021-06-25 24:00` for an end.
fn shown(day: NaiveDate, time: NaiveTime, end_of_day: bool) -> String {
    if end_of_day {
        return format!("{} 24:00", ymd(day));
    }
    use chrono::Timelike;
    let (h, m, s) = (time.hour(), time.minute(), time.second());
    if s == 0 {
        format!("{} {h:02}:{m:02}", ymd(day))
    } else {
        format!("{} {h:02}:{m:02}:{s:02}", ymd(day))
    }
}

impl Mover {
    /// The day `d` moves to, and whether it kept its month and day.
    fn map(&self, d: NaiveDate) -> (NaiveDate, bool) {
        if self.fixed.contains(&(d.month(), d.day())) {
            if let Some(kept) = NaiveDate::from_ymd_opt(self.year, d.month(), d.day()) {
                return (kept, true);
            }
        }
        (d.checked_add_signed(self.delta).unwrap_or(d), false)
    }

    fn record(&mut self, path: String, from: String, to: String, day: NaiveDate, fixed: bool) {
        self.moves.push(Move {
            path,
            from,
            to,
            day,
            fixed,
            day_kind: None,
            holiday: None,
            nearest_working_days: Vec::new(),
        });
    }

    fn day(&mut self, path: &str, d: NaiveDate) -> NaiveDate {
        let (new, fixed) = self.map(d);
        self.record(path.to_owned(), ymd(d), ymd(new), new, fixed);
        new
    }

    /// A period's first and last days: whole calendar months ("6月全月": from a
    /// month's 1st to a month's last day) keep their months; any other period moves
    /// as its days do.
    fn period(&mut self, path: &str, first: NaiveDate, last: NaiveDate) -> (NaiveDate, NaiveDate) {
        let months = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
        let whole = first.day() == 1 && last.succ_opt().is_some_and(|n| n.day() == 1);
        let shift = i64::from(self.year) * 12 - i64::from(first.year()) * 12;
        let kept = |d: NaiveDate, end: bool| -> Option<NaiveDate> {
            let m = months(d).checked_add(shift)?;
            let (y, m0) = (
                i32::try_from(m.div_euclid(12)).ok()?,
                u32::try_from(m.rem_euclid(12)).ok()?,
            );
            let start = NaiveDate::from_ymd_opt(y, m0 + 1, 1)?;
            if end {
                let next = start.checked_add_months(chrono::Months::new(1))?;
                next.pred_opt()
            } else {
                Some(start)
            }
        };
        if whole {
            if let (Some(a), Some(b)) = (kept(first, false), kept(last, true)) {
                self.record(format!("{path}.first"), ymd(first), ymd(a), a, true);
                self.record(format!("{path}.last"), ymd(last), ymd(b), b, true);
                return (a, b);
            }
        }
        (
            self.day(&format!("{path}.first"), first),
            self.day(&format!("{path}.last"), last),
        )
    }

    fn instant(&mut self, path: &str, t: Instant, edge: Edge) -> Instant {
        let b = t.beijing();
        let end_of_day = edge == Edge::End && b.time() == NaiveTime::MIN;
        let plan_day = if end_of_day {
            b.date().pred_opt().unwrap_or(b.date())
        } else {
            b.date()
        };
        let (new_day, fixed) = self.map(plan_day);
        let new_date = if end_of_day {
            new_day.succ_opt().unwrap_or(new_day)
        } else {
            new_day
        };
        let moved = Instant::from_beijing(new_date.and_time(b.time()));
        self.record(
            path.to_owned(),
            shown(plan_day, b.time(), end_of_day),
            shown(new_day, b.time(), end_of_day),
            new_day,
            fixed,
        );
        moved
    }

    fn deadline(&mut self, path: &str, d: Deadline) -> Deadline {
        let due = match d.due {
            Due::Day(day) => Due::Day(self.day(path, day)),
            Due::At(t) => Due::At(self.instant(path, t, Edge::End)),
        };
        Deadline { due, ..d }
    }
}

/// What a person must decide about the new file.
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct Decisions {
    /// Each date and instant moved.
    moved: Vec<Move>,
    /// The quiz's stated working days, as it was and as the new year's calendar counts
    /// them (`None`: no table to count with).
    #[serde(skip_serializing_if = "Option::is_none")]
    working_days: Option<(u32, Option<u32>)>,
    /// Holidays within the old span and within the new one.
    holidays_before: Vec<String>,
    holidays_after: Vec<String>,
    /// Years the new dates fall in that have no holiday table.
    years_without_table: Vec<i32>,
    /// Texts holding old dates or the old year: (field, what they hold).
    texts: Vec<(String, String)>,
    /// Fields taken out: (field, what it was).
    removed: Vec<(String, String)>,
    /// Fields rewritten: (field, from, to).
    rewritten: Vec<(String, String, String)>,
    /// Problems of the new file, when it does not load.
    problems: Vec<(String, String, String)>,
}

/// The holidays of `cal` within `first ..= last`, as `端午节 06-12—06-14`.
fn holidays_within(cal: &Calendar, first: NaiveDate, last: NaiveDate) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for y in cal.years() {
        for h in &y.holidays {
            if h.first <= last && first <= h.last {
                let s = format!("{} {}—{}", h.name, ymd(h.first), ymd(h.last));
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
    }
    out
}

/// The national concentrated publicity day, 6·15 (全国防范非法集资“6·15”集中宣传日),
/// held on that month-day every year.
const NATIONAL_DAY: (u32, u32) = (6, 15);

/// The month-days of `--fixed-day` (`06-15`), or why one is none. Without the option:
/// 06-15 when the campaign holds an event on that day (the national 6·15 day), else
/// none — a plan with no event on it keeps no date on 06-15 from moving.
fn fixed_days(given: &[String], old: &Campaign) -> Result<Vec<(u32, u32)>, Unusable> {
    if given.is_empty() {
        let on_it = old
            .events
            .iter()
            .any(|e| (e.date.month(), e.date.day()) == NATIONAL_DAY);
        return Ok(if on_it {
            vec![NATIONAL_DAY]
        } else {
            Vec::new()
        });
    }
    let mut out = Vec::new();
    for g in given {
        if g.eq_ignore_ascii_case("none") {
            continue;
        }
        // Read in a leap year, so that 02-29 is a day.
        let d =
            NaiveDate::parse_from_str(&format!("2000-{}", g.trim()), "%Y-%m-%d").map_err(|_| {
                Unusable::new(
                    "INPUT",
                    format!("--fixed-day 的值“{g}”不是月-日(如 06-15)"),
                    format!("--fixed-day {g:?} is no month-day (as 06-15)"),
                )
            })?;
        out.push((d.month(), d.day()));
    }
    Ok(out)
}

/// The text of the campaign `--from` names: a file, or the embedded campaign.
fn source(from: &str) -> Result<(String, String), Unusable> {
    let path = Path::new(from);
    if path.exists() {
        let text = crate::files::read_text(path, fangfei::campaign::MAX_CAMPAIGN_JSON)?;
        return Ok((text, path.display().to_string()));
    }
    if from == super::EMBEDDED {
        return Ok((
            fangfei::campaign::LINGYUAN_2021_JSON.to_owned(),
            super::EMBEDDED.to_owned(),
        ));
    }
    Err(Unusable::new(
        "INPUT",
        format!(
            "找不到文件“{from}”,它也不是内置方案的名称(可用:{})",
            super::EMBEDDED
        ),
        format!(
            "{from}: no such file, nor the name of the embedded campaign ({})",
            super::EMBEDDED
        ),
    ))
}

/// `campaign new`: writes the moved file (or prints it) and the list of decisions.
pub fn new(args: &NewArgs, style: Style) -> Result<bool, Unusable> {
    let (text, from_name) = source(args.from)?;
    let old = Campaign::from_json(&text).map_err(|e| {
        let lines: String = e
            .problems()
            .iter()
            .map(|p| format!("\n  {}: {}", p.path, p.message.zh))
            .collect();
        let lines_en: String = e
            .problems()
            .iter()
            .map(|p| format!("\n  {}: {}", p.path, p.message.en))
            .collect();
        Unusable::new(
            "CAMPAIGN",
            format!("{from_name}:活动方案文件有误(先用 fangfei campaign check 检查){lines}"),
            format!(
                "{from_name}: the campaign file is refused (see fangfei campaign check){lines_en}"
            ),
        )
    })?;
    if !(1..=9999).contains(&args.year) {
        return Err(Unusable::new(
            "INPUT",
            format!("年份“{}”无效", args.year),
            format!("{} is no year", args.year),
        ));
    }
    let fixed = fixed_days(args.fixed_days, &old)?;
    // One shift in whole weeks: the one nearest the first day's month-day.
    let first = old.span.first;
    let anchor = NaiveDate::from_ymd_opt(args.year, first.month(), first.day())
        .or_else(|| NaiveDate::from_ymd_opt(args.year, first.month(), 28))
        .unwrap_or(first);
    let days = anchor.signed_duration_since(first).num_days();
    let weeks = days.saturating_add(3).div_euclid(7);
    let mut m = Mover {
        delta: Duration::days(weeks.saturating_mul(7)),
        year: args.year,
        fixed: fixed.clone(),
        moves: Vec::new(),
    };
    let mut c = old.clone();
    let mut d = Decisions::default();
    let (old_year, new_year) = (old.year.to_string(), args.year.to_string());
    c.year = args.year;

    // The dates and instants.
    (c.span.first, c.span.last) = m.period("span", c.span.first, c.span.last);
    for (i, p) in c.phases.iter_mut().enumerate() {
        (p.first, p.last) = m.period(&format!("phases[{i}]"), p.first, p.last);
    }
    for (i, e) in c.events.iter_mut().enumerate() {
        e.date = m.day(&format!("events[{i}].date"), e.date);
    }
    if let Some(q) = c.quiz.as_mut() {
        q.window.start = m.instant("quiz.window.start", q.window.start, Edge::Start);
        q.window.end = m.instant("quiz.window.end", q.window.end, Edge::End);
    }
    for (i, duty) in c.duties.iter_mut().enumerate() {
        if let DutyRule::Deliver(x) = &mut duty.rule {
            let at = format!("duties[{i}]");
            x.node = x.node.map(|n| m.day(&format!("{at}.node"), n));
            x.opens = x
                .opens
                .map(|t| m.instant(&format!("{at}.opens"), t, Edge::Start));
            x.due = x.due.map(|due| m.deadline(&format!("{at}.due.due"), due));
        }
    }

    // The facts of the old document: taken out.
    if let Some(n) = c.document_number.take() {
        d.removed.push(("document_number".into(), n));
    }
    if let Some(day) = c.issued_on.take() {
        d.removed.push(("issued_on".into(), ymd(day)));
    }
    if !c.sources.is_empty() {
        d.removed.push(("sources".into(), c.sources.join(" ")));
    }
    c.sources = vec![format!(
        "由《{}》({})经 fangfei campaign new 移至{}年:日期按整周移动(固定日期保持月日),须逐项对照{}年的方案核对;文号、印发日期和出处待按新方案填写。",
        old.name.zh, from_name, args.year, args.year
    )];
    // The title's and the id's year.
    if old.year != args.year {
        for (field, t) in [
            ("id", &mut c.id),
            ("name.zh", &mut c.name.zh),
            ("name.en", &mut c.name.en),
        ] {
            if t.contains(&old_year) {
                let was = t.clone();
                *t = t.replace(&old_year, &new_year);
                d.rewritten.push((field.to_owned(), was, t.clone()));
            }
        }
    }

    // The working-day calendar of the new year.
    let cal = c.calendar();
    let mut no_table: BTreeSet<i32> = BTreeSet::new();
    for mv in &mut m.moves {
        match cal.day_kind(mv.day) {
            Ok(kind) => {
                mv.day_kind = Some(kind.as_str().to_owned());
                mv.holiday = (kind == DayKind::Holiday)
                    .then(|| cal.holiday_name(mv.day).map(str::to_owned))
                    .flatten();
                if !kind.is_working() {
                    mv.nearest_working_days = nearest_working(&cal, mv.day);
                }
            }
            Err(_) => {
                no_table.insert(mv.day.year());
            }
        }
    }
    d.years_without_table = no_table.into_iter().collect();
    if let Some(q) = c.quiz.as_mut() {
        if let Some(stated) = q.stated_working_days {
            let (first, last) = (q.window.dates().next(), q.window.dates().last());
            let counted = match (first, last) {
                (Some(a), Some(b)) => cal.working_days(a, b).ok(),
                _ => None,
            };
            q.stated_working_days = counted;
            d.working_days = Some((stated, counted));
        }
    }
    let old_cal = old.calendar();
    d.holidays_before = holidays_within(&old_cal, old.span.first, old.span.last);
    d.holidays_after = holidays_within(&cal, c.span.first, c.span.last);

    // The plan's words holding old dates or the old year.
    let value = serde_json::to_value(&c).unwrap_or(Value::Null);
    for (path, t) in dates::strings(&value) {
        if ["sources", "extra_holidays", "roster_source"]
            .iter()
            .any(|p| path.starts_with(p))
            || fangfei::time::parse_date(t, None).is_ok()
            || Instant::parse(t).is_ok()
        {
            continue;
        }
        let mut found: Vec<String> = dates::dates_in(t).into_iter().map(|w| w.text).collect();
        if old.year != args.year
            && t.contains(&old_year)
            && !found.iter().any(|f| f.contains(&old_year))
        {
            found.push(old_year.clone());
        }
        if !found.is_empty() {
            d.texts.push((path, found.join("、")));
        }
    }
    d.moved = m.moves;

    // The new file: it must load.
    let mut json = c.to_json();
    if let Some(rest) = json.strip_prefix("{\n") {
        json = format!("{{\n  \"$schema\": \"campaign.schema.json\",\n{rest}");
    }
    json.push('\n');
    if let Err(e) = Campaign::from_json(&json) {
        d.problems = e
            .problems()
            .iter()
            .map(|p| {
                (
                    p.path.to_string(),
                    p.message.zh.clone(),
                    p.message.en.clone(),
                )
            })
            .collect();
    }
    let loads = d.problems.is_empty();
    if let Some(out) = args.out {
        crate::write::file(out, crate::write::Kind::Plain, json.as_bytes())?;
    }
    if style.json {
        let mut v = serde_json::to_value(&d).unwrap_or(Value::Null);
        if let Some(o) = v.as_object_mut() {
            o.insert("from".into(), Value::from(from_name.clone()));
            o.insert("year".into(), Value::from(args.year));
            o.insert("shiftDays".into(), Value::from(weeks.saturating_mul(7)));
            o.insert("loads".into(), Value::from(loads));
            match args.out {
                Some(p) => {
                    o.insert("file".into(), Value::from(p.display().to_string()));
                }
                None => {
                    o.insert(
                        "campaign".into(),
                        fangfei::json::parse(&json).unwrap_or(Value::Null),
                    );
                }
            }
        }
        crate::out::print_json(&v);
        return Ok(!loads);
    }
    // Text: the file to standard output when no -o, and the report to standard error.
    let report = report(&old, &c, &d, &from_name, args, weeks, &fixed, style);
    match args.out {
        Some(_) => crate::out!("{report}"),
        None => {
            crate::out!("{json}");
            {
                use std::io::Write as _;
                let _ = write!(std::io::stderr().lock(), "{report}");
            }
        }
    }
    Ok(!loads)
}

/// The nearest working days before and after `day` (within two weeks), as `06-13(五)`.
fn nearest_working(cal: &Calendar, day: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    for step in [-1i64, 1] {
        let mut d = day;
        for _ in 0..14 {
            let Some(next) = d.checked_add_signed(Duration::days(step)) else {
                break;
            };
            d = next;
            if cal.is_working_day(d) == Ok(true) {
                out.push(format!(
                    "{:02}-{:02}({})",
                    d.month(),
                    d.day(),
                    weekday_name(d, Lang::Zh)
                ));
                break;
            }
        }
    }
    out
}

/// The report for people.
#[allow(clippy::too_many_arguments)]
fn report(
    old: &Campaign,
    new: &Campaign,
    d: &Decisions,
    from: &str,
    args: &NewArgs,
    weeks: i64,
    fixed: &[(u32, u32)],
    style: Style,
) -> String {
    let zh = style.lang == Lang::Zh;
    let mut s = String::new();
    let t = |zh_text: String, en_text: String| if zh { zh_text } else { en_text };
    let whither = match args.out {
        Some(p) => t(
            format!("已写入 {}", p.display()),
            format!("written to {}", p.display()),
        ),
        None => t(
            "已输出到标准输出".into(),
            "printed to standard output".into(),
        ),
    };
    s.push_str(&style.bold(&t(
        format!(
            "《{}》({}年,{from})移至{}年:{whither}",
            old.name.zh, old.year, args.year
        ),
        format!(
            "{} ({}, {from}) moved to {}: {whither}",
            old.name.en, old.year, args.year
        ),
    )));
    s.push('\n');
    let fixed_list: Vec<String> = fixed
        .iter()
        .map(|(m, d)| format!("{m:02}-{d:02}"))
        .collect();
    let days = weeks.saturating_mul(7);
    s.push_str(&t(
        format!(
            "规则:日期整体移动{weeks}周({days}天),星期几不变;固定日期{}保持月日不变;钟点不变。\n",
            if fixed_list.is_empty() { "(无)".to_owned() } else { fixed_list.join("、") }
        ),
        format!(
            "Rule: every date moves by {weeks} weeks ({days} days), keeping its day of the week; the fixed days {} keep their month and day; times of day stay.\n",
            if fixed_list.is_empty() { "(none)".to_owned() } else { fixed_list.join(", ") }
        ),
    ));
    s.push('\n');
    s.push_str(&style.bold(&t(
        format!("移动的日期(共{}个)", d.moved.len()),
        format!("Dates moved ({})", d.moved.len()),
    )));
    s.push('\n');
    let lang = style.lang;
    let rows: Vec<Vec<String>> = d
        .moved
        .iter()
        .map(|mv| {
            let was = NaiveDate::parse_from_str(mv.from.get(..10).unwrap_or(""), "%Y-%m-%d").ok();
            let kind = match (&mv.day_kind, &mv.holiday) {
                (_, Some(h)) => t(format!("非工作日({h})"), format!("off ({h})")),
                (Some(k), None) => DayKind::VARIANTS
                    .iter()
                    .find(|v| v.as_str() == k)
                    .map_or_else(String::new, |v| v.label(lang).to_owned()),
                (None, None) => t("(无节假日安排)".into(), "(no table)".into()),
            };
            let warn = if mv
                .day_kind
                .as_deref()
                .is_some_and(|k| k == "weekend" || k == "holiday")
            {
                " !"
            } else {
                ""
            };
            vec![
                if mv.fixed {
                    format!("{} *", mv.path)
                } else {
                    mv.path.clone()
                },
                mv.from.clone(),
                was.map(|w| weekday_name(w, lang).to_owned())
                    .unwrap_or_default(),
                mv.to.clone(),
                weekday_name(mv.day, lang).to_owned(),
                format!("{kind}{warn}"),
            ]
        })
        .collect();
    let header: Vec<&str> = if zh {
        vec!["字段", "原来", "星期", "现在", "星期", "日类"]
    } else {
        vec!["field", "was", "day", "now", "day", "kind"]
    };
    s.push_str(&crate::out::table(&header, &rows));
    s.push_str(&t(
        "(* 固定日期,保持月日;! 非工作日)\n".into(),
        "(* a fixed day, its month and day kept; ! not a working day)\n".into(),
    ));
    s.push('\n');
    s.push_str(&style.bold(&t("须由人决定".into(), "To decide".into())));
    s.push('\n');
    let mut n = 0;
    let mut item = |s: &mut String, text: String| {
        n += 1;
        s.push_str(&format!("{n}. {text}\n"));
    };
    for y in &d.years_without_table {
        item(&mut s, t(
            format!("没有{y}年的国务院节假日安排:无法判断这些日期是否工作日,也无法重算答题工作日数;请按国务院办公厅的通知在 extra_holidays 中补充(本库已有2021—2026年)。"),
            format!("no holiday table for {y}: whether these days are working days is unknown, and the quiz's working days cannot be counted; add the State Council's notice to extra_holidays (the library has 2021–2026)."),
        ));
    }
    let off: Vec<&Move> = d
        .moved
        .iter()
        .filter(|mv| {
            mv.day_kind
                .as_deref()
                .is_some_and(|k| k == "weekend" || k == "holiday")
        })
        .collect();
    if !off.is_empty() {
        let mut text = t(
            format!(
                "落在非工作日的日期({}个):保持不动,还是改到工作日?",
                off.len()
            ),
            format!(
                "dates on a day off ({}): keep them, or move them to a working day?",
                off.len()
            ),
        );
        for mv in off {
            let what = match &mv.holiday {
                Some(h) => h.clone(),
                None => t(
                    format!("星期{}", weekday_name(mv.day, Lang::Zh)),
                    weekday_name(mv.day, Lang::En).to_owned(),
                ),
            };
            text.push_str(&t(
                format!(
                    "\n   - {} {}({what}),最近的工作日:{}",
                    mv.path,
                    mv.to,
                    mv.nearest_working_days.join("、")
                ),
                format!(
                    "\n   - {} {} ({what}); nearest working days: {}",
                    mv.path,
                    mv.to,
                    mv.nearest_working_days.join(", ")
                ),
            ));
        }
        item(&mut s, text);
    }
    if let Some((stated, counted)) = d.working_days {
        item(&mut s, match counted {
            Some(c) if c == stated => t(
                format!("答题工作日数 quiz.stated_working_days 仍为{c}个(按{}年节假日安排重算);须与新方案写明的一致。", args.year),
                format!("quiz.stated_working_days stays {c} (recounted with {}'s holidays); it must be what the new plan states.", args.year),
            ),
            Some(c) => t(
                format!("答题工作日数 quiz.stated_working_days 由{stated}个改为{c}个(按{}年节假日安排重算);须与新方案写明的一致。", args.year),
                format!("quiz.stated_working_days {stated} → {c} (recounted with {}'s holidays); it must be what the new plan states.", args.year),
            ),
            None => t(
                format!("答题工作日数 quiz.stated_working_days(原为{stated}个)已删去:无法按{}年的节假日安排计算;按新方案填写。", args.year),
                format!("quiz.stated_working_days (was {stated}) taken out: it cannot be counted for {}; write the new plan's.", args.year),
            ),
        });
    }
    let none = t("无".into(), "none".into());
    let list = |h: &[String]| {
        if h.is_empty() {
            none.clone()
        } else {
            h.join(t("、".into(), ", ".into()).as_str())
        }
    };
    item(
        &mut s,
        t(
            format!(
                "活动期间的假期:原方案({}年){};新方案({}年){}。",
                old.year,
                list(&d.holidays_before),
                args.year,
                list(&d.holidays_after)
            ),
            format!(
                "holidays within the campaign: {} {}; {} {}.",
                old.year,
                list(&d.holidays_before),
                args.year,
                list(&d.holidays_after)
            ),
        ),
    );
    if !d.texts.is_empty() {
        let mut text = t(
            format!(
                "文字中的旧日期、旧年份({}处):按新方案的原文改写",
                d.texts.len()
            ),
            format!(
                "texts holding old dates or the old year ({}): rewrite them from the new plan",
                d.texts.len()
            ),
        );
        for (path, found) in &d.texts {
            text.push_str(&format!("\n   - {path}:{}", fangfei::printable(found)));
        }
        item(&mut s, text);
    }
    if !d.removed.is_empty() {
        let mut text = t(
            "已删去,须按新方案填写:".into(),
            "taken out, to write from the new plan:".into(),
        );
        for (field, was) in &d.removed {
            let cut = was.chars().nth(60).is_some();
            let mut was: String = was.chars().take(60).collect();
            if cut {
                was.push('…');
            }
            text.push_str(&t(
                format!("\n   - {field}(原为:{})", fangfei::printable(&was)),
                format!("\n   - {field} (was: {})", fangfei::printable(&was)),
            ));
        }
        text.push_str(&t(
            "\n   sources 已改为一句说明本文件来历的话。".into(),
            "\n   sources now says where this file comes from.".into(),
        ));
        item(&mut s, text);
    }
    for (field, was, now) in &d.rewritten {
        item(
            &mut s,
            t(
                format!("已改 {field}:“{was}”→“{now}”,请核对。"),
                format!("rewritten {field}: {was:?} → {now:?}; check it."),
            ),
        );
    }
    if !new.extra_holidays.is_empty() {
        let years: Vec<String> = new
            .extra_holidays
            .iter()
            .map(|y| y.year.to_string())
            .collect();
        item(
            &mut s,
            t(
                format!(
                    "extra_holidays 中的节假日安排({}年)原样保留,请核对。",
                    years.join("、")
                ),
                format!(
                    "extra_holidays ({}) kept as they were; check them.",
                    years.join(", ")
                ),
            ),
        );
    }
    if !d.problems.is_empty() {
        let mut text = t(
            format!("新文件还不能使用,有{}处问题:", d.problems.len()),
            format!(
                "the new file does not load yet: {}:",
                crate::out::problems_en(d.problems.len())
            ),
        );
        for (path, zh_m, en_m) in &d.problems {
            text.push_str(&format!("\n   - {path}: {}", if zh { zh_m } else { en_m }));
        }
        item(&mut s, text);
    } else {
        s.push_str(&t(
            "\n新文件可以载入。改好后用 fangfei campaign check 检查,再用 --campaign 使用。\n".into(),
            "\nThe new file loads. Once edited, check it with fangfei campaign check, then use it with --campaign.\n".into(),
        ));
    }
    s
}
