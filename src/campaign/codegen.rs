//! Writes the embedded campaign as Rust (`compiled.rs`): the data file
//! (`data/lingyuan-2021.json`) stays the source, and the test below holds the two
//! equal — regenerate with `FANGFEI_BLESS=1 cargo test -p fangfei --lib compiled`
//! after changing the data file. (If a campaign type changed so that `compiled.rs`
//! no longer compiles, fix its few lines by hand first, then regenerate.)

use std::fmt::Write;

use chrono::{Datelike, NaiveDate, Timelike};

use super::*;
use crate::calendar::Holiday;
use crate::keyed::Keyed;
use crate::time::Due;

/// A value written as a Rust expression that builds it (with the helpers of
/// `compiled.rs`: `s`, `t`, `d`, `at`).
trait Code {
    fn code(&self, out: &mut String, indent: usize);

    /// A list of these: `vec![…]` of each one's expression, unless the type writes
    /// its lists more compactly.
    fn code_list(items: &[Self], out: &mut String, indent: usize)
    where
        Self: Sized,
    {
        if items.is_empty() {
            out.push_str("Vec::new()");
            return;
        }
        out.push_str("vec![");
        for v in items {
            line(out, indent.saturating_add(1));
            v.code(out, indent.saturating_add(1));
            out.push(',');
        }
        line(out, indent);
        out.push(']');
    }
}

fn line(out: &mut String, indent: usize) {
    out.push('\n');
    out.extend(std::iter::repeat_n("    ", indent));
}

impl Code for String {
    fn code(&self, out: &mut String, _: usize) {
        let _ = write!(out, "s({self:?})");
    }

    /// `v(&["a", "b"])`: one call over a static slice, not code per string.
    fn code_list(items: &[Self], out: &mut String, _: usize) {
        if items.is_empty() {
            out.push_str("Vec::new()");
            return;
        }
        out.push_str("v(");
        str_slice(items, out);
        out.push(')');
    }
}

impl Code for Text {
    fn code(&self, out: &mut String, _: usize) {
        let _ = write!(out, "t({:?}, {:?})", self.zh, self.en);
    }
}

impl Code for NaiveDate {
    fn code(&self, out: &mut String, _: usize) {
        let _ = write!(out, "d({}, {}, {})", self.year(), self.month(), self.day());
    }
}

impl Code for Instant {
    fn code(&self, out: &mut String, _: usize) {
        let b = self.beijing();
        let _ = write!(
            out,
            "at({}, {}, {}, {}, {}, {}, {})",
            b.year(),
            b.month(),
            b.day(),
            b.hour(),
            b.minute(),
            b.second(),
            b.nanosecond()
        );
    }
}

impl Code for Clock {
    fn code(&self, out: &mut String, _: usize) {
        let _ = write!(out, "clock({:?})", self.to_string());
    }
}

impl Code for RuleId {
    fn code(&self, out: &mut String, _: usize) {
        let _ = write!(out, "RuleId::of({:?})", self.as_str());
    }
}

impl Code for Due {
    fn code(&self, out: &mut String, indent: usize) {
        match self {
            Due::Day(d) => {
                out.push_str("Due::Day(");
                d.code(out, indent);
            }
            Due::At(t) => {
                out.push_str("Due::At(");
                t.code(out, indent);
            }
        }
        out.push(')');
    }
}

macro_rules! literal {
    ($($t:ty),*) => {$(
        impl Code for $t {
            fn code(&self, out: &mut String, _: usize) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
literal!(u32, u64, i32, bool);

/// Enums whose `Debug` is the variant as Rust writes it.
macro_rules! variants {
    ($($t:ident),*) => {$(
        impl Code for $t {
            fn code(&self, out: &mut String, _: usize) {
                let _ = write!(out, "{}::{self:?}", stringify!($t));
            }
        }
    )*};
}
variants!(
    Effect,
    Severity,
    QuestionKind,
    MultipleChoicePolicy,
    TeamStrategy,
    TeamRegion,
    ItemField,
    Need,
    Distinct,
    VenueRule,
    TableMeasure
);

impl<T: Code> Code for Option<T> {
    fn code(&self, out: &mut String, indent: usize) {
        match self {
            Some(v) => {
                out.push_str("Some(");
                v.code(out, indent);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

/// Strings as a static slice's items: `&["a", "b"]`.
fn str_slice(items: &[String], out: &mut String) {
    out.push_str("&[");
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{s:?}");
    }
    out.push(']');
}

impl Code for UnitDef {
    fn code(&self, out: &mut String, indent: usize) {
        Self::code_list(std::slice::from_ref(self), out, indent);
        out.push_str(".remove(0)");
    }

    /// The roster as one static table, a row a unit: `units(&[(name, &[aliases],
    /// &[roles], &[venues]), …])`.
    fn code_list(items: &[Self], out: &mut String, indent: usize) {
        out.push_str("units(&[");
        for u in items {
            line(out, indent.saturating_add(1));
            let _ = write!(out, "({:?}, ", u.name);
            for (i, list) in [&u.aliases, &u.roles, &u.venues].into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                str_slice(list, out);
            }
            out.push_str("),");
        }
        line(out, indent);
        out.push_str("])");
    }
}

impl<T: Code> Code for Vec<T> {
    fn code(&self, out: &mut String, indent: usize) {
        T::code_list(self, out, indent);
    }
}

impl<K: Code, V: Code> Code for Keyed<K, V> {
    fn code(&self, out: &mut String, indent: usize) {
        if self.is_empty() {
            out.push_str("Keyed::new()");
            return;
        }
        out.push_str("Keyed::from([");
        for (k, v) in self {
            line(out, indent.saturating_add(1));
            out.push('(');
            k.code(out, indent.saturating_add(1));
            out.push_str(", ");
            v.code(out, indent.saturating_add(1));
            out.push_str("),");
        }
        line(out, indent);
        out.push_str("])");
    }
}

impl Code for DutyRule {
    fn code(&self, out: &mut String, indent: usize) {
        let (name, inner): (&str, Option<&dyn Code>) = match self {
            DutyRule::Deliver(x) => ("Deliver", Some(x)),
            DutyRule::State(x) => ("State", Some(x)),
            DutyRule::Count(x) => ("Count", Some(x)),
            DutyRule::Attend(x) => ("Attend", Some(x)),
            DutyRule::Cover(x) => ("Cover", Some(x)),
            DutyRule::Spread(x) => ("Spread", Some(x)),
            DutyRule::Table(x) => ("Table", Some(x)),
            DutyRule::Record(x) => ("Record", Some(x)),
            DutyRule::SpotCheck => ("SpotCheck", None),
        };
        let _ = write!(out, "DutyRule::{name}");
        if let Some(x) = inner {
            out.push('(');
            x.code(out, indent);
            out.push(')');
        }
    }
}

/// Structs, field by field: a field left out here is a compile error in the code
/// written (a missing field), and a value written wrong fails the test below.
macro_rules! fields {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl Code for $t {
            fn code(&self, out: &mut String, indent: usize) {
                out.push_str(concat!(stringify!($t), " {"));
                $(
                    line(out, indent.saturating_add(1));
                    out.push_str(concat!(stringify!($f), ": "));
                    self.$f.code(out, indent.saturating_add(1));
                    out.push(',');
                )*
                line(out, indent);
                out.push('}');
            }
        }
    )*};
}
fields! {
    Campaign {
        id, name, theme, issuer, contact, document_number, issued_on, year, sources, span, phases,
        events, quiz, roles, units, roster_source, city, province, flags, materials, channels, lists,
        figures, duties, statistics_table, evaluation, clauses, extra_holidays,
    }
    DaySpan { first, last, clause }
    Phase { key, id, name, first, last, clause }
    EventDef { key, id, name, date, starts_at, ends_at, clause, venues, items, figures, own_flag }
    Venue { name, aliases }
    Named { key, name, aliases }
    Measured { key, name, measure, aliases }
    QuizSetup { name, window, stated_working_days, clause, paper, multiple_choice, team_strategy, team_region, top_n }
    Window { start, end }
    PaperSpec { sections, total }
    PaperSection { kind, count, points }
    Deadline { due, inclusive }
    MaterialDef { key, name, aliases, parts, statements }
    KindDef { key, name, en, aliases }
    ChannelDef { key, name, aliases, tags }
    KindList { name, clause, prefix, kinds }
    LedgerPlace { sheet, type_values }
    ListDef { key, name, fields, kinds, ledger }
    FiguresDef { key, name, fields, ledger }
    Duty { id, title, clause, quote, who, severity, effect, rule }
    Who { roles, units, except }
    Deliver { material, name, node, opens, due, promoted, parts, part_of, reported_in }
    Parts { id, title, require }
    PartOf { material, part }
    ReportedIn { list, channels }
    State { material, requires, when_flag, about }
    Count { list, min, distinct, channels, within, counted, measure, on_theme }
    Attend { event, venue, place, staff, arrive_by, items, carried }
    Cover { figures, shares }
    Share { name, part, whole, min_percent }
    Spread { phase, lists, events, min }
    TableThreshold { columns, measure, min, counted, measure_word }
    Record { reports }
    Reports { event, figures }
    TableDef {
        key, name, title, clause, material, blank_rule, notes, groups, columns, combined,
        other, cross_rules, ledger,
    }
    ColumnDef { key, group, name, units, bound, aliases }
    Combined { header, columns }
    OtherDef { key, name, aliases, group }
    CrossRule { id, title, clause, severity, if_positive, then_positive, hint }
    Quote { text, clause }
    Contact { name, phone, fax, email }
    Evaluation { deduction_points, bonus_points, clause }
    HolidayYear { year, notice, holidays, makeup_workdays }
    Holiday { name, first, last }
}

/// The head of `compiled.rs`: what it is, and the helpers its expressions call.
const HEADER: &str = r#"//! The embedded 2021 Lingyuan campaign as Rust data, written from
//! `data/lingyuan-2021.json` by `codegen.rs`: do not edit, regenerate with
//! `FANGFEI_BLESS=1 cargo test -p fangfei --lib compiled` (a test holds the two equal).
//! Built at start instead of read from JSON, so that a build which reads no other
//! campaign (the browser's forms module) carries no campaign reader.

// Which of these a campaign needs depends on its data (2021 has no extra holidays).
#![allow(unused_imports, dead_code)]

use chrono::NaiveDate;

use super::*;
use crate::keyed::Keyed;
use crate::calendar::Holiday;
use crate::time::Due;

fn s(text: &str) -> String {
    text.to_owned()
}

fn v(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

type UnitRow<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [&'a str]);

fn units(rows: &[UnitRow<'_>]) -> Vec<UnitDef> {
    rows.iter()
        .map(|(name, aliases, roles, venues)| UnitDef {
            name: s(name),
            aliases: v(aliases),
            roles: v(roles),
            venues: v(venues),
        })
        .collect()
}

fn t(zh: &str, en: &str) -> Text {
    Text::new(zh, en)
}

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

fn at(year: i32, month: u32, day: u32, hour: u32, min: u32, sec: u32, nano: u32) -> Instant {
    let time = d(year, month, day).and_hms_nano_opt(hour, min, sec, nano);
    Instant::from_beijing(time.unwrap_or_default())
}

fn clock(text: &str) -> Clock {
    text.parse().unwrap_or(Clock::MIDNIGHT)
}
"#;

/// `compiled.rs` for `campaign`.
fn source(campaign: &Campaign) -> String {
    let mut out = String::from(HEADER);
    out.push_str("\n/// The 2021 Lingyuan plan (凌处非办〔2021〕9号): its roster and statistics table.\npub(super) fn lingyuan_2021_forms() -> Campaign {\n    ");
    campaign.code(&mut out, 1);
    out.push_str("\n}\n");
    out
}

#[test]
#[allow(clippy::unwrap_used, clippy::panic)]
fn compiled_campaign_is_the_data_file() {
    let parsed = forms_part(&Campaign::from_json(LINGYUAN_2021_JSON).unwrap());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/campaign/compiled.rs");
    let written = source(&parsed);
    if std::env::var_os("FANGFEI_BLESS").is_some() {
        std::fs::write(path, &written).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap();
    if committed != written {
        panic!(
            "src/campaign/compiled.rs is not what the data file gives: run \
             FANGFEI_BLESS=1 cargo test -p fangfei --lib compiled"
        );
    }
    // What it builds is what the data file reads as, field for field.
    assert_eq!(super::compiled::lingyuan_2021_forms(), parsed);
}

/// The part of the campaign the statistics table's checks use (the forms module's
/// whole campaign): its names, year and span, roles, roster, city and province (a
/// unit's official full forms are built from them), table and clauses; no phases,
/// events, quiz, vocabularies or duties.
fn forms_part(c: &Campaign) -> Campaign {
    Campaign {
        id: c.id.clone(),
        name: c.name.clone(),
        theme: None,
        issuer: None,
        contact: None,
        document_number: None,
        issued_on: None,
        year: c.year,
        sources: Vec::new(),
        span: c.span.clone(),
        phases: Vec::new(),
        events: Vec::new(),
        quiz: None,
        roles: c.roles.clone(),
        units: c.units.clone(),
        roster_source: c.roster_source.clone(),
        city: c.city.clone(),
        province: c.province.clone(),
        flags: Vec::new(),
        materials: Vec::new(),
        channels: Vec::new(),
        lists: Vec::new(),
        figures: Vec::new(),
        duties: Vec::new(),
        statistics_table: c.statistics_table.clone(),
        evaluation: None,
        clauses: c.clauses.clone(),
        extra_holidays: Vec::new(),
    }
}
