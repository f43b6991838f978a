//! The campaign as data: what a plan asks of whom, by when, in its own words.
//!
//! RULES.md §7: a campaign file declares its plan's duties, and the library's few rule
//! kinds ([`DutyRule`]) judge them; no duty, date, place, role or title of any one
//! plan is written in code. The 2021 Lingyuan plan is the embedded default
//! ([`Campaign::lingyuan_2021`], from `campaign/data/lingyuan-2021.json`); another
//! county's or year's plan is a file of the same shape ([`Campaign::from_json`]), checked
//! on load with **every** problem reported at its path. `docs/campaign.md` is the field
//! reference; `fangfei campaign schema` prints the JSON Schema.
//!
//! What a file declares:
//!
//! - the span, its **phases** (0..n: a plan that names none, as a one-day notice or a
//!   "6月全月" plan, has none) and **events** (0..n: a
//!   concentrated day, with its venues, the items a site shows and the figures it
//!   reports); an optional **quiz**, **statistics table** and **evaluation**;
//! - open vocabularies: **roles**, **units** (the roster), **flags** a unit's record
//!   states, **materials** sent to the office (with their parts and what they state),
//!   media **channels**, activity **lists** (with their kinds, "七进" in 2021) and
//!   **figures** (grid counts, premises);
//! - its **duties**, each an id, a title, its clause, whom it binds, a severity, an
//!   evaluation effect and one rule kind with that kind's parameters.
//!
//! ```
//! use fangfei::Campaign;
//! let c = Campaign::embedded();
//! assert_eq!(c.document_number.as_deref(), Some("凌处非办〔2021〕9号"));
//! let qijin = c.duty("M-QIJIN-3").unwrap();
//! assert_eq!(qijin.title.zh, "“七进”活动");
//! // A broken copy is refused with every problem listed.
//! let mut broken = serde_json::to_value(c).unwrap();
//! broken["phases"][0]["first"] = "2021-05-01".into();
//! broken["quiz"]["paper"]["total"] = 90.into();
//! let err = Campaign::from_json(&broken.to_string()).unwrap_err();
//! assert_eq!(err.code(), fangfei::RuleId::CAMPAIGN);
//! assert_eq!(err.problems().len(), 2);
//! ```

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::json::{self, read_struct, FromJson, Reader};
use crate::keyed::Keyed;
use crate::path::Path;
use crate::util::fold_word;

use crate::calendar::{Calendar, HolidayYear};
use crate::report::{Effect, Severity, Text};
use crate::rule::RuleId;
use crate::time::{Clock, Deadline, Instant, Window};
use crate::util::Seen;

/// The 2021 Lingyuan campaign, as shipped: the data file as written, for people
/// (`fangfei campaign show`).
pub static LINGYUAN_2021_JSON: &str = include_str!("data/lingyuan-2021.json");

/// The same file without the white space between its tokens, made at compile time:
/// what [`Campaign::lingyuan_2021`] reads and the browser build carries (38% fewer
/// bytes than the file as written).
pub static LINGYUAN_2021_COMPACT: &str = match std::str::from_utf8(&COMPACT) {
    Ok(s) => s,
    // Never: only ASCII white space between tokens is dropped, so the text stays UTF-8.
    Err(_) => "",
};

static COMPACT: [u8; compact_json(LINGYUAN_2021_JSON.as_bytes(), None)] = {
    let mut out = [0; compact_json(LINGYUAN_2021_JSON.as_bytes(), None)];
    compact_json(LINGYUAN_2021_JSON.as_bytes(), Some(&mut out));
    out
};

/// JSON text without the white space between its tokens, written into `out` when
/// given; its length. At compile time only (an index out of bounds there is a build
/// error, never a panic at run time).
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn compact_json(text: &[u8], mut out: Option<&mut [u8]>) -> usize {
    let (mut n, mut in_string, mut escaped) = (0, false, false);
    let mut rest = text;
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        let keep = if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            true
        } else {
            in_string = b == b'"';
            !matches!(b, b' ' | b'\n' | b'\r' | b'\t')
        };
        if keep {
            if let Some(out) = &mut out {
                out[n] = b;
            }
            n += 1;
        }
    }
    n
}

/// Largest campaign file [`Campaign::from_json`] reads (1 MiB).
pub const MAX_CAMPAIGN_JSON: usize = 1 << 20;

/// Longest quiz window a campaign may set, in answering days (a year): a tally keeps
/// a slot per participant and day.
pub const MAX_QUIZ_DAYS: usize = 366;

/// The largest daily quiz total a campaign may set (`quiz.paper.total`): the quiz's
/// tally holds a day's score in 16 bits, so a larger total is refused on load rather
/// than clipped when scoring.
pub const MAX_DAY_SCORE: u32 = 65_535;

/// A whole campaign plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Campaign {
    /// A short stable key, e.g. `lingyuan-2021`.
    pub id: String,
    /// The plan's title.
    pub name: Text,
    /// The campaign's theme slogan, when the plan gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// The issuing office, when the source names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// The office's contact for the units (联系人, 电话, 邮箱), when the plan gives it:
    /// the notices end with it (2021: 市处非办联系人:罗淑华, after 三(五)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// The document number (文号), when the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
    /// The day the plan was issued, when the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::time::schema::Date>")
    )]
    pub issued_on: Option<NaiveDate>,
    /// The year the plan's year-less dates ("6月10日") are read in.
    pub year: i32,
    /// Where the file's facts come from: the plan's title, its address, what was
    /// left blank (for a reader checking the file against its source).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// The campaign span, whole days (T-CAMPAIGN).
    pub span: DaySpan,
    /// The named phases, in order; none when the plan names none (every day of the
    /// span is then in no phase, [`crate::timeline::PhaseAt::NoPhase`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// Dated events: a concentrated publicity day and its like (0..n).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventDef>,
    /// The knowledge quiz (T-QUIZ, Q-*), when the plan holds one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz: Option<QuizSetup>,
    /// What units can be (成员单位, 乡镇街道 …): the duties' `who` names them.
    pub roles: Vec<Named>,
    /// The reporting units (UNITS); none when the plan names its units by kind and
    /// leaves its roster to a units file ([`UnitsFile`], [`Campaign::with_units`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<UnitDef>,
    /// Where the roster comes from when the plan does not list it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub roster_source: String,
    /// The city whose name begins its units' official full names (`凌源市公安局` is
    /// `市公安局`, `中共凌源市委宣传部` is `市委宣传部`: the rule of UNITS in
    /// `roster.rs`); empty when there is none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
    /// The province the city is in (`辽宁省`), a region of the quiz: a quiz sheet whose
    /// 工作单位 is a bare short name (`公安局`) is placed in a unit only when its region
    /// is this one (Q-UNIT); empty when there is none (then any region's is placed).
    /// Its name may also stand before the city's in a unit's official full name
    /// (`辽宁省凌源市人民法院`, UNITS).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub province: String,
    /// Yes/no facts a unit's record states (自行组织集中宣传).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<Named>,
    /// What units send the office.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub materials: Vec<MaterialDef>,
    /// Where media works appear.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<ChannelDef>,
    /// Lists of dated activities a unit's record holds (media works, "七进" …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lists: Vec<ListDef>,
    /// Groups of figures a unit's record gives (grid workers, premises …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<FiguresDef>,
    /// What the plan asks, duty by duty.
    pub duties: Vec<Duty>,
    /// The statistics table units fill (附件3 in 2021), when the plan has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics_table: Option<TableDef>,
    /// Points per evaluation effect, when the plan names an evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<Evaluation>,
    /// The clause the plan gives a library rule (`UNITS`, `Q-PAPER` …), by id.
    #[serde(default, skip_serializing_if = "Keyed::is_empty")]
    pub clauses: Keyed<String, String>,
    /// Holiday tables for years the library does not ship (CALENDAR).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_holidays: Vec<HolidayYear>,
}

/// Whole Beijing days `first ..= last`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DaySpan {
    /// First day.
    #[cfg_attr(feature = "schema", schemars(with = "crate::time::schema::Date"))]
    pub first: NaiveDate,
    /// Last day (inclusive: it ends at its 24:00).
    #[cfg_attr(feature = "schema", schemars(with = "crate::time::schema::Date"))]
    pub last: NaiveDate,
    /// The plan's clause.
    pub clause: String,
}

impl DaySpan {
    /// The half-open window `[first 00:00, last 24:00)`; `None` when empty.
    pub fn window(&self) -> Option<Window> {
        Window::days(self.first, self.last)
    }

    /// Whether `day` is one of the span's days.
    pub fn contains_day(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }
}

/// A phase of the campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Phase {
    /// Stable key (`preparation`, `implementation` …), what duties name.
    pub key: String,
    /// Its rule id (`T-PHASE-PREP`).
    pub id: RuleId,
    /// Its name, e.g. 筹备阶段.
    pub name: Text,
    /// First day.
    #[cfg_attr(feature = "schema", schemars(with = "crate::time::schema::Date"))]
    pub first: NaiveDate,
    /// Last day (inclusive).
    #[cfg_attr(feature = "schema", schemars(with = "crate::time::schema::Date"))]
    pub last: NaiveDate,
    /// The plan's clause.
    pub clause: String,
}

/// A dated event of the plan: a concentrated publicity day, a launch ceremony ….
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EventDef {
    /// Stable key; a unit's record lists its sites under it (`concentrated_day`).
    pub key: String,
    /// Its rule id (`T-CDAY`).
    pub id: RuleId,
    /// Its name (集中宣传日).
    pub name: Text,
    /// The day.
    #[cfg_attr(feature = "schema", schemars(with = "crate::time::schema::Date"))]
    pub date: NaiveDate,
    /// When it starts, if the plan says (`08:30`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<Clock>,
    /// When it ends, if the plan says (`11:00`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<Clock>,
    /// The plan's clause.
    pub clause: String,
    /// Where it is held for everyone it gathers (市政府前广场); empty when each unit
    /// chooses or is assigned its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub venues: Vec<Venue>,
    /// What a site may be asked to show (条幅, 图版 …): keys a record's site answers
    /// yes or no to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Named>,
    /// Figures a site reports (咨询人次 …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Measured>,
    /// The flag by which a unit says it holds the event on its own (a town's own
    /// concentrated day): such a unit has sites to judge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_flag: Option<String>,
}

impl EventDef {
    /// The venue a written name means (its name or an alias, compared as unit names
    /// are).
    pub fn venue(&self, written: &str) -> Option<&Venue> {
        self.venues.iter().find(|v| v.is(written))
    }
}

/// A place, with the other names the plan uses for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Venue {
    /// The name as the plan writes it.
    pub name: String,
    /// Other names of the same place (政府前广场).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl Venue {
    /// Whether `written` names this venue.
    pub fn is(&self, written: &str) -> bool {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .any(|n| crate::util::same_name(n, written))
    }
}

/// A key and its name in both languages: a role, a flag, an item, a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Named {
    /// Stable key, as records and duties write it.
    pub key: String,
    /// Its name.
    pub name: Text,
    /// Other names for it (a ledger column's other headers: 活动时间 for 时间).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl Named {
    /// Whether `written` (trimmed) is its key, name or an alias.
    pub fn answers_to(&self, written: &str) -> bool {
        let w = written.trim();
        self.key == w || self.name.zh == w || self.aliases.iter().any(|a| a == w)
    }
}

/// A figure with its measure word (`人次`, `条`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Measured {
    /// Stable key.
    pub key: String,
    /// Its name.
    pub name: Text,
    /// The measure word a count of it is written with.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub measure: String,
    /// Other names for it (a ledger column's other headers).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

mod catalogue;
mod check;
#[cfg(test)]
mod codegen;
#[cfg(any(test, feature = "compiled-campaign"))]
#[rustfmt::skip]
mod compiled;
mod duty;
mod quiz_setup;
mod read;
mod roster;
#[cfg(feature = "schema")]
pub(crate) mod schema;
mod table;
mod vocab;

pub use catalogue::RuleInfo;
pub use duty::{
    Attend, Count, Cover, Deliver, Distinct, Duty, DutyRule, PartOf, Parts, Record, ReportedIn,
    Reports, Share, Spread, State, TableMeasure, TableThreshold, VenueRule, Who,
};
pub use quiz_setup::{
    MultipleChoicePolicy, PaperSection, PaperSpec, QuestionKind, QuizSetup, TeamRegion,
    TeamStrategy,
};
pub use roster::{Roster, UnitsFile};
#[cfg(feature = "schema")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub use schema::{field_reference, json_schema};
pub use table::{ColumnDef, Combined, CrossRule, OtherDef, Quote, TableDef};
pub use vocab::{
    ChannelDef, FiguresDef, ItemField, KindDef, KindList, LedgerPlace, ListDef, MaterialDef, Need,
    UnitDef,
};

/// Whom the units call or write to at the office, as the plan gives it: each part
/// only when the plan gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Contact {
    /// The contact person (联系人).
    pub name: String,
    /// The telephone (电话).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The fax (传真); the same number as `phone` is said once, 电话(传真).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fax: Option<String>,
    /// The e-mail address (邮箱).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl Contact {
    /// The line a notice ends with: `联系人:罗淑华,电话(传真):0421-6826220,邮箱:…`.
    ///
    /// ```
    /// use fangfei::campaign::Contact;
    /// let c = fangfei::Campaign::embedded().contact.as_ref().unwrap();
    /// assert_eq!(c.line(), "联系人:罗淑华,电话(传真):0421-6826220,邮箱:lyscfbgs@163.com");
    /// ```
    pub fn line(&self) -> String {
        let mut parts = vec![format!("联系人:{}", self.name)];
        match (&self.phone, &self.fax) {
            (Some(p), Some(f)) if p == f => parts.push(format!("电话(传真):{p}")),
            (p, f) => {
                if let Some(p) = p {
                    parts.push(format!("电话:{p}"));
                }
                if let Some(f) = f {
                    parts.push(format!("传真:{f}"));
                }
            }
        }
        if let Some(e) = &self.email {
            parts.push(format!("邮箱:{e}"));
        }
        parts.join(",")
    }
}

/// Points per evaluation effect (RULES.md §6: unset in 2021).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Evaluation {
    /// Points deducted per deduction finding; `None` when the plan names none.
    pub deduction_points: Option<u32>,
    /// Points added per bonus finding; `None` when the plan names none.
    pub bonus_points: Option<u32>,
    /// The plan's clause.
    pub clause: String,
}

pub use crate::error::{InputError, Problem};

/// Why a campaign could not be loaded: an [`InputError`] of code `CAMPAIGN`.
pub type CampaignError = InputError;

/// `活动方案` / `campaign`: what [`Campaign::from_json`] names in its errors.
fn refused(problems: Vec<Problem>) -> InputError {
    InputError::new(
        RuleId::CAMPAIGN,
        Text::new("活动方案", "campaign"),
        problems,
    )
}

impl Campaign {
    /// Whether the plan ties its duties to a year-end evaluation (年度考评): it names
    /// one (`evaluation`). Only then may a duty carry an effect — a deduction (减分)
    /// when it fails, a bonus (加分) for a promoted delivery ([`Campaign::check`]
    /// refuses one otherwise); without one, reports show no evaluation column, count
    /// or section.
    ///
    /// ```
    /// let mut c = fangfei::Campaign::embedded().clone();
    /// assert!(c.evaluates());
    /// c.evaluation = None;
    /// assert!(!c.evaluates());
    /// assert!(c.check().iter().any(|p| p.path.to_string() == "duties[0].effect"));
    /// ```
    pub fn evaluates(&self) -> bool {
        self.evaluation.is_some()
    }

    /// The instant a check is asked about when none is given: the end of the campaign
    /// (its last day's 24:00), or the 24:00 of its last deadline's day when a delivery
    /// is due after the campaign (a summary due days after the month), so that nothing
    /// is still pending. `None` only for a campaign whose span is empty (which
    /// [`Campaign::check`] refuses).
    ///
    /// ```
    /// let c = fangfei::Campaign::embedded();
    /// assert_eq!(c.default_as_of().unwrap().to_string(), "2021-07-10T00:00:00+08:00");
    /// ```
    pub fn default_as_of(&self) -> Option<Instant> {
        let end = self.span.window()?.end;
        let dues = self.duties.iter().filter_map(|d| match &d.rule {
            DutyRule::Deliver(x) => x.due.map(|due| {
                // The first instant the deadline no longer holds, as a whole day's end.
                let close = due.close();
                if close.beijing().time() == chrono::NaiveTime::MIN {
                    close
                } else {
                    Instant::end_of(close.beijing().date()).unwrap_or(close)
                }
            }),
            _ => None,
        });
        Some(dues.fold(end, Instant::max))
    }

    /// The instant a clerk is shown as an example of an as-of to write (issue 29): the
    /// end of the campaign's first deadline that runs to a day's 24:00, so the example
    /// is written in the plan's own form (`6月16日24:00`); else the campaign's first
    /// day's 24:00.
    ///
    /// ```
    /// let c = fangfei::Campaign::embedded();
    /// assert_eq!(c.as_of_example().as_deadline(), "2021-06-16 24:00");
    /// ```
    pub fn as_of_example(&self) -> Instant {
        let day_ends = self.duties.iter().filter_map(|d| match &d.rule {
            DutyRule::Deliver(x) => Some(self.due_of(x).cutoff().0),
            _ => None,
        });
        day_ends
            .filter(|t| t.beijing().time() == chrono::NaiveTime::MIN)
            .min()
            .or_else(|| Instant::end_of(self.span.first))
            .unwrap_or_else(|| Instant::start_of(self.span.first))
    }

    /// Parses and checks a campaign.
    ///
    /// # Errors
    ///
    /// An [`InputError`] of code `CAMPAIGN`: for text that is not JSON (or over
    /// [`MAX_CAMPAIGN_JSON`]), that one problem with its line and column; else every
    /// problem of its shape (a missing or mistyped field, an unknown field — so a
    /// misspelt key is not silently ignored), or else every problem of
    /// [`Campaign::check`].
    pub fn from_json(json: &str) -> Result<Campaign, CampaignError> {
        if json.len() > MAX_CAMPAIGN_JSON {
            return Err(refused(vec![Problem::too_large(
                json.len(),
                MAX_CAMPAIGN_JSON,
            )]));
        }
        let v = json::parse(json).map_err(|e| refused(vec![Problem::not_json(&e)]))?;
        let campaign: Campaign = json::from_value(&v).map_err(refused)?;
        let problems = campaign.check();
        if problems.is_empty() {
            Ok(campaign)
        } else {
            Err(refused(problems))
        }
    }

    /// The campaign as pretty JSON (loads back with [`Campaign::from_json`]).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The 2021 Lingyuan plan (凌处非办〔2021〕9号), freshly built from its data file
    /// [`LINGYUAN_2021_JSON`].
    ///
    /// # Panics
    ///
    /// Never in a released build: the embedded file is checked by the test suite.
    #[allow(clippy::expect_used)]
    pub fn lingyuan_2021() -> Campaign {
        Campaign::from_json(LINGYUAN_2021_COMPACT)
            .expect("the embedded 2021 campaign is valid (tested)")
    }

    /// The embedded 2021 Lingyuan campaign, built once ([`Campaign::lingyuan_2021`]).
    pub fn embedded() -> &'static Campaign {
        static CAMPAIGN: OnceLock<Campaign> = OnceLock::new();
        CAMPAIGN.get_or_init(Campaign::lingyuan_2021)
    }

    /// The part of the embedded 2021 campaign the statistics table's checks use — its
    /// names, span, roles, roster, city and province, table and clauses; no phases,
    /// events, quiz or duties — built once from Rust data compiled in (`compiled.rs`, held equal to the
    /// data file by a test), so that a build which checks tables against it alone (the
    /// browser's forms module) carries no campaign reader. Feature `compiled-campaign`.
    #[cfg(feature = "compiled-campaign")]
    pub fn embedded_forms() -> &'static Campaign {
        static CAMPAIGN: OnceLock<Campaign> = OnceLock::new();
        CAMPAIGN.get_or_init(compiled::lingyuan_2021_forms)
    }

    /// The campaign's working-day calendar: the official tables plus
    /// [`Campaign::extra_holidays`].
    pub fn calendar(&self) -> Calendar {
        Calendar::official().with_years(&self.extra_holidays)
    }

    /// The phase with `key`.
    pub fn phase(&self, key: &str) -> Option<&Phase> {
        self.phases.iter().find(|p| p.key == key)
    }

    /// The event with `key`.
    pub fn event(&self, key: &str) -> Option<&EventDef> {
        self.events.iter().find(|e| e.key == key)
    }

    /// The duty with id `id`.
    pub fn duty(&self, id: impl AsRef<str>) -> Option<&Duty> {
        let id = id.as_ref();
        self.duties.iter().find(|d| d.id == id)
    }

    /// The role with `key`.
    pub fn role(&self, key: &str) -> Option<&Named> {
        self.roles.iter().find(|r| r.key == key)
    }

    /// The material with `key`.
    pub fn material(&self, key: &str) -> Option<&MaterialDef> {
        self.materials.iter().find(|m| m.key == key)
    }

    /// The list with `key`.
    pub fn list(&self, key: &str) -> Option<&ListDef> {
        self.lists.iter().find(|l| l.key == key)
    }

    /// The figures group with `key`.
    pub fn figures_def(&self, key: &str) -> Option<&FiguresDef> {
        self.figures.iter().find(|f| f.key == key)
    }

    /// The channel with `key`.
    pub fn channel(&self, key: &str) -> Option<&ChannelDef> {
        self.channels.iter().find(|c| c.key == key)
    }

    /// The channel a written name means: its key, its name, or one of its aliases;
    /// spaces and letter case ignored.
    ///
    /// ```
    /// let c = fangfei::Campaign::embedded();
    /// assert_eq!(c.resolve_channel(" 抖音号 ").map(|c| c.key.as_str()), Some("douyin"));
    /// assert_eq!(c.resolve_channel("WeChat").map(|c| c.key.as_str()), Some("wechat"));
    /// assert!(c.resolve_channel("飞鸽传书").is_none());
    /// ```
    pub fn resolve_channel(&self, written: &str) -> Option<&ChannelDef> {
        let w = fold_word(written);
        self.channels.iter().find(|c| c.answers_to(&w))
    }

    /// The material a written name means: its key, its name, or an alias; white
    /// space, full-width forms and the quotes or title marks a clerk copies from the
    /// plan (`“防范非法集资宣传月活动计划”`, `《…》`) ignored.
    pub fn resolve_material(&self, written: &str) -> Option<&MaterialDef> {
        let w: String = written
            .chars()
            .filter_map(crate::util::fold)
            .filter(|c| !"“”‘’\"'《》〈〉「」".contains(*c))
            .collect();
        self.materials
            .iter()
            .find(|m| m.key == w || m.name.zh == w || m.aliases.contains(&w))
    }

    /// The flag with `key`.
    pub fn flag(&self, key: &str) -> Option<&Named> {
        self.flags.iter().find(|f| f.key == key)
    }

    /// The campaign's quiz, or the finding that it has none (for a call that scores
    /// sheets on a campaign without a quiz).
    ///
    /// # Errors
    ///
    /// A `T-QUIZ` finding when the campaign holds no quiz.
    pub fn the_quiz(&self) -> Result<&QuizSetup, Box<crate::report::Finding>> {
        self.quiz.as_ref().ok_or_else(|| {
            Box::new(crate::report::Finding::error(
                RuleId::T_QUIZ,
                "quiz",
                Text::new(
                    format!("活动方案“{}”没有知识竞赛,无法计分", self.name.zh),
                    format!(
                        "the campaign {:?} holds no quiz: nothing to score",
                        self.name.en
                    ),
                ),
            ))
        })
    }

    /// The plausibility bound of a statistics table's column (A3-RANGE).
    pub fn annex3_bound(&self, column: &str) -> Option<u64> {
        self.statistics_table
            .as_ref()
            .and_then(|t| t.column(column))
            .map(|c| c.bound)
    }

    /// The name of role `key` (the key itself for an undeclared one).
    pub fn role_name(&self, key: &str) -> Text {
        self.role(key)
            .map_or_else(|| Text::new(key, key), |r| r.name.clone())
    }
}

impl Default for Campaign {
    /// The embedded 2021 Lingyuan campaign.
    fn default() -> Campaign {
        Campaign::embedded().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compact_file_is_the_file_without_its_white_space() {
        let file: Value = serde_json::from_str(LINGYUAN_2021_JSON).unwrap();
        let compact: Value = serde_json::from_str(LINGYUAN_2021_COMPACT).unwrap();
        assert_eq!(compact, file);
        assert!(!LINGYUAN_2021_COMPACT.contains("\n  "));
        assert!(LINGYUAN_2021_COMPACT.len() < LINGYUAN_2021_JSON.len() * 2 / 3);
        // Strings keep their spaces and escapes.
        let tricky = br#"{ "a b": "c \" d\\", "e":[ 1 , "\n " ] }"#;
        let mut out = [0; 64];
        let n = compact_json(tricky, Some(&mut out));
        assert_eq!(&out[..n], br#"{"a b":"c \" d\\","e":[1,"\n "]}"#);
        assert_eq!(compact_json(tricky, None), n);
    }

    #[test]
    fn embedded_campaign_is_valid() {
        let c = Campaign::from_json(LINGYUAN_2021_JSON).unwrap();
        assert_eq!(c.check(), vec![]);
        assert_eq!(c.quiz.as_ref().unwrap().answering_days(), 11);
        assert_eq!(c.units.iter().filter(|u| u.has("member_unit")).count(), 24);
        assert_eq!(
            c.units.iter().filter(|u| u.has("assigned_street")).count(),
            4
        );
    }

    #[test]
    fn round_trip() {
        let c = Campaign::lingyuan_2021();
        assert_eq!(Campaign::from_json(&c.to_json()).unwrap(), c);
    }

    #[test]
    fn every_problem_is_reported() {
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
        v["phases"][1]["first"] = "2021-06-08".into(); // overlaps preparation
        v["units"][1]["name"] = "市委宣传部".into(); // duplicate name
        v["duties"][0]["due"]["due"] = "2021-06-01".into(); // before the campaign
        v["statistics_table"]["columns"][0]["bound"] = (-1).into();
        let err = Campaign::from_json(&v.to_string()).unwrap_err();
        let paths: Vec<_> = err.problems().iter().map(|p| p.path.to_string()).collect();
        assert_eq!(paths, ["statistics_table.columns[0].bound"], "{err}");
        v["statistics_table"]["columns"][0]["bound"] = 5.into();
        let err = Campaign::from_json(&v.to_string()).unwrap_err();
        let paths: Vec<_> = err.problems().iter().map(|p| p.path.to_string()).collect();
        for want in ["phases[1].first", "units[1].name", "duties[0].due"] {
            assert!(paths.contains(&want.to_owned()), "{want} not in {paths:?}");
        }
    }

    /// A summary due days after the month (a county's 7月4日 for a June campaign)
    /// is a deadline like any other, and the default as-of waits for it.
    #[test]
    fn a_delivery_may_be_due_after_the_campaign() {
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
        v["span"]["last"] = "2021-06-30".into(); // the summary stays due 07-03
        v["phases"].as_array_mut().unwrap().truncate(2); // no 总结 phase in July
        v["phases"][1]["last"] = "2021-06-30".into();
        let c = Campaign::from_json(&v.to_string()).unwrap();
        assert_eq!(
            c.default_as_of().unwrap().to_string(),
            "2021-07-04T00:00:00+08:00"
        );
        v["duties"][0]["due"]["due"] = "2021-06-03".into(); // D-PLAN at the first 00:00
        v["duties"][0]["due"]["inclusive"] = false.into();
        let err = Campaign::from_json(&v.to_string()).unwrap_err();
        let paths: Vec<_> = err.problems().iter().map(|p| p.path.to_string()).collect();
        assert_eq!(paths, ["duties[0].due"], "{err}");
    }

    #[test]
    fn a_day_total_beyond_what_a_tally_holds_is_refused() {
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
        v["quiz"]["paper"]["sections"][2]["points"] = 32_753.into(); // 60 + 2 × 32,753 = 65,566
        v["quiz"]["paper"]["total"] = 65_566.into();
        let paths: Vec<_> = Campaign::from_json(&v.to_string())
            .unwrap_err()
            .problems()
            .iter()
            .map(|p| p.path.to_string())
            .collect();
        assert_eq!(paths, vec!["quiz.paper.total"]);
    }

    #[test]
    fn malformed_json_has_a_place() {
        let e = Campaign::from_json("{\n  \"id\": 3").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
    }

    #[test]
    fn a_wrong_shape_lists_every_problem_with_its_path() {
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
        v["idd"] = 1.into();
        v["year"] = "2021".into();
        v["phases"][1]["first"] = "6月".into();
        v["quiz"].as_object_mut().unwrap().remove("window");
        v["duties"][0]["who"]["except"] = "town_street".into();
        v["quiz"]["multiple_choice"] = serde_json::json!({ "policy": "half" });
        let err = Campaign::from_json(&v.to_string()).unwrap_err();
        assert_eq!(err.code().as_str(), "CAMPAIGN");
        let paths: Vec<_> = err.problems().iter().map(|p| p.path.to_string()).collect();
        assert_eq!(
            paths,
            [
                "idd",
                "year",
                "phases[1].first",
                "quiz.window",
                "quiz.multiple_choice",
                "duties[0].who.except"
            ]
        );
        let e = Campaign::from_json(r#"{"year": 2021}"#).unwrap_err();
        assert!(e.to_string().contains("id: missing field"), "{e}");
    }

    #[test]
    fn optional_parts_may_be_left_out() {
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
        let o = v.as_object_mut().unwrap();
        for k in [
            "theme",
            "issuer",
            "contact",
            "document_number",
            "issued_on",
            "quiz",
            "evaluation",
        ] {
            o.remove(k);
        }
        // Without an evaluation, no duty deducts or adds.
        for d in v["duties"].as_array_mut().unwrap() {
            let d = d.as_object_mut().unwrap();
            d.remove("effect");
            d.remove("promoted");
        }
        let c = Campaign::from_json(&v.to_string()).unwrap();
        assert!(c.quiz.is_none() && c.document_number.is_none());
        // A quiz given by its days alone (its paper, scoring and standings left out),
        // no phases, and a roster left to a units file.
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
        let o = v.as_object_mut().unwrap();
        for k in ["phases", "units"] {
            o.remove(k);
        }
        v["duties"] = serde_json::json!([]);
        let q = v["quiz"].as_object_mut().unwrap();
        for k in [
            "paper",
            "multiple_choice",
            "team_strategy",
            "team_region",
            "top_n",
        ] {
            q.remove(k);
        }
        let c = Campaign::from_json(&v.to_string()).unwrap();
        let q = c.quiz.as_ref().unwrap();
        assert!(q.paper.is_none() && q.top_n.is_none() && q.multiple_choice.is_none());
        assert!(c.phases.is_empty() && c.units.is_empty());
        assert_eq!(Campaign::from_json(&c.to_json()).unwrap(), c);
    }

    #[test]
    fn a_paper_with_multiple_choice_needs_its_scoring() {
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap();
        v["quiz"].as_object_mut().unwrap().remove("multiple_choice");
        let paths: Vec<_> = Campaign::from_json(&v.to_string())
            .unwrap_err()
            .problems()
            .iter()
            .map(|p| p.path.to_string())
            .collect();
        assert_eq!(paths, ["quiz.multiple_choice"]);
        // Without multiple-choice questions, none is needed.
        let sections = v["quiz"]["paper"]["sections"].as_array_mut().unwrap();
        sections.retain(|s| s["kind"] != "multiple_choice");
        v["quiz"]["paper"]["total"] = 60.into();
        assert!(Campaign::from_json(&v.to_string()).is_ok());
    }
}
