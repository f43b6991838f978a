//! The machine format: serialize-only views of the library's results, written by the
//! command line's `--format json` and returned by every function of the npm package —
//! one shape for the same call, whichever front end makes it.
//!
//! - **Keys are camelCase** (`onRoster`, `nextDeadlines`), as JavaScript reads them;
//!   data keys stay as the spec names them: rule ids (`"D-PLAN"`), Annex 3 field names
//!   (`"qijin_sessions"`), region keys (`"21"`), and enum values are snake_case
//!   strings (`"not_applicable"`, `"sum_of_daily_scores"`).
//! - **Counts above 2^53 − 1 are strings** of their decimal digits ([`Count`]): a count
//!   never silently loses digits in a JavaScript number.
//! - **Every finding has one shape** ([`Finding`]): `rule`, `severity`, `outcome`,
//!   `path` (its text, `rows[3].qijin_sessions`), `place` and `unit` when known,
//!   `message` in both languages, `clause`, `effect`.
//! - Personal data is masked: names and phone numbers never appear whole.
//!
//! Views are built from the core results by value (their strings move, nothing is
//! copied) and are serialised straight to text.
//!
//! ```
//! use fangfei::{wire, Campaign};
//! let c = Campaign::embedded();
//! let cell = fangfei::annex3::check_cell(c, fangfei::annex3::Field::SmsSent, "1,200条");
//! let json = serde_json::to_string(&wire::Cell::from(cell)).unwrap();
//! assert!(json.starts_with(r#"{"field":"sms_sent","value":1200,"valid":true"#));
//! ```

use chrono::NaiveDate;
use serde::Serialize;

use crate::annex3::sheet::Batch as CoreBatch;
use crate::annex3::{Annex3, CellCheck, Field, FormCheck, RowOutcome, Totals as CoreTotals};
use crate::audit::{judged_rules, Audit as CoreAudit, UnitReport as CoreUnitReport};
use crate::campaign::{Campaign, TeamStrategy};
use crate::quiz::{
    mask_name, top_individuals, Individual as CoreIndividual, Participant, QuestionScore,
    SheetOutcome, Tally, TeamStanding,
};
use crate::report::{Effect, Finding as CoreFinding, Outcome, Text};
use crate::rule::RuleInfo;
use crate::timeline::Event as CoreEvent;

/// A count for JavaScript: a number while it is exact there (≤ 2^53 − 1), else its
/// decimal digits as a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub u64);

/// The largest integer a JavaScript number holds exactly.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

impl Serialize for Count {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 <= MAX_SAFE_INTEGER {
            s.serialize_u64(self.0)
        } else {
            s.collect_str(&self.0)
        }
    }
}

/// A finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Finding {
    /// The rule's stable id.
    pub rule: &'static str,
    /// `error`, `warning` or `info`.
    pub severity: &'static str,
    /// `pass`, `fail`, `pending`, `not_applicable` or `cannot_judge`.
    pub outcome: &'static str,
    /// Where in the input (`submissions[2].submitted_at`); empty for the whole input.
    pub path: crate::Path,
    /// The physical place, for tables (`附件3!C7`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The reporting unit concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What was found, in both languages.
    pub message: Text,
    /// The plan's clause.
    pub clause: String,
    /// `none`, `deduction` or `bonus`.
    pub effect: &'static str,
}

/// By value: the strings move (a keystroke check spent a tenth of its time copying
/// them).
impl From<CoreFinding> for Finding {
    fn from(f: CoreFinding) -> Self {
        Finding {
            rule: f.rule.as_str(),
            severity: f.severity.as_str(),
            outcome: f.outcome.as_str(),
            path: f.path,
            place: f.place,
            unit: f.unit,
            message: f.message,
            clause: f.clause,
            effect: match f.effect {
                Effect::None => "none",
                Effect::Deduction => "deduction",
                Effect::Bonus => "bonus",
            },
        }
    }
}

/// The views of a list of findings.
pub fn findings(fs: Vec<CoreFinding>) -> Vec<Finding> {
    fs.into_iter().map(Into::into).collect()
}

/// What holds at an instant, and a window open then: the core's own types, which
/// serialise in this format (camelCase keys, instants as text) — no view needed.
pub use crate::timeline::{Moment, OpenWindow as Window};

/// A dated event of the calendar.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Event {
    /// The day.
    pub date: String,
    /// The instant, when the event has a time.
    pub at: Option<String>,
    /// What kind of event (`phase_start`, `deadline`, …).
    pub kind: String,
    /// The rule it comes from.
    pub rule: String,
    /// What happens, in both languages.
    pub label: Text,
    /// Whether the day is a working day.
    pub working_day: bool,
    /// A note (a deadline on a day off).
    pub note: Option<Text>,
}

impl From<&CoreEvent> for Event {
    fn from(e: &CoreEvent) -> Self {
        Event {
            date: e.date.to_string(),
            at: e.at.map(|t| t.to_string()),
            kind: e.kind.as_str().to_owned(),
            rule: e.rule.to_string(),
            label: e.label.clone(),
            working_day: e.day_kind.is_working(),
            note: e.note.clone(),
        }
    }
}

/// A campaign's calendar: its dated events and, when asked, what holds at an instant.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Calendar {
    /// The campaign's id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Its document number (文号).
    pub document_number: String,
    /// Every dated event, in order.
    pub events: Vec<Event>,
    /// What holds at the instant asked about.
    pub moment: Option<Moment>,
}

impl Calendar {
    /// The calendar of `campaign` (its events, from [`Campaign::events`]) and the
    /// moment asked about.
    pub fn new(campaign: &Campaign, events: &[CoreEvent], moment: Option<Moment>) -> Self {
        Calendar {
            id: campaign.id.clone(),
            name: campaign.name.clone(),
            document_number: campaign.document_number.clone(),
            events: events.iter().map(Into::into).collect(),
            moment,
        }
    }
}

/// A JSON object written in the order its entries were given (fields in the table's
/// order): no sorting and no tree, for size and speed.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyed<K, V>(pub Vec<(K, V)>);

impl<K, V> FromIterator<(K, V)> for Keyed<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Keyed(iter.into_iter().collect())
    }
}

impl<K: Serialize, V: Serialize> Serialize for Keyed<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// One unit's Annex 3 table: counts keyed by field name.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Table {
    /// 填报单位.
    pub unit: String,
    /// The eleven counts, in the table's order.
    pub counts: Keyed<&'static str, Count>,
    /// 其他.
    pub other_methods: Vec<String>,
}

impl From<Annex3> for Table {
    fn from(t: Annex3) -> Self {
        Table {
            counts: Field::ALL
                .iter()
                .map(|f| (f.name(), Count(t.counts.get(*f))))
                .collect(),
            unit: t.unit,
            other_methods: t.other_methods,
        }
    }
}

/// One cell's check.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Cell {
    /// The field.
    pub field: &'static str,
    /// The count, when the cell holds one.
    pub value: Option<Count>,
    /// Whether no finding is an error.
    pub valid: bool,
    /// Every finding.
    pub findings: Vec<Finding>,
}

impl From<CellCheck> for Cell {
    fn from(c: CellCheck) -> Self {
        Cell {
            field: c.field.name(),
            value: c.value.map(Count),
            valid: c.is_valid(),
            findings: findings(c.findings),
        }
    }
}

/// A form's check.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Form {
    /// Whether no finding is an error.
    pub valid: bool,
    /// The normalised table, when valid.
    pub table: Option<Table>,
    /// Every finding.
    pub findings: Vec<Finding>,
}

impl From<FormCheck> for Form {
    fn from(c: FormCheck) -> Self {
        Form {
            valid: c.is_valid(),
            table: c.table.map(Into::into),
            findings: findings(c.findings),
        }
    }
}

/// One row of a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Row {
    /// The 1-based data row.
    pub row: usize,
    /// Where the row is (`附件3!A7`, `line 7`, `#3`).
    pub place: String,
    /// The unit, when the row names one.
    pub unit: Option<String>,
    /// Whether the row counts toward the total.
    pub accepted: bool,
    /// Every finding of the row.
    pub findings: Vec<Finding>,
    /// The normalised table, when the row could be read.
    pub table: Option<Table>,
}

impl From<RowOutcome> for Row {
    fn from(r: RowOutcome) -> Self {
        Row {
            row: r.row,
            place: r.place,
            unit: r.unit,
            accepted: r.accepted,
            findings: findings(r.findings),
            table: r.table.map(Into::into),
        }
    }
}

/// A city total: `null` for a column that overflowed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Totals {
    /// Each column's sum, in the table's order.
    pub counts: Keyed<&'static str, Option<Count>>,
    /// The units summed.
    pub units: Vec<String>,
    /// Findings about the total (overflow).
    pub findings: Vec<Finding>,
}

impl From<CoreTotals> for Totals {
    fn from(t: CoreTotals) -> Self {
        Totals {
            counts: t
                .columns
                .iter()
                .map(|(f, v)| (f.name(), v.map(Count)))
                .collect(),
            units: t.units,
            findings: findings(t.findings),
        }
    }
}

/// A batch of forms or table rows, with its total.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Batch {
    /// Every row, in order.
    pub rows: Vec<Row>,
    /// How many rows count toward the total.
    pub accepted: usize,
    /// How many were sent back.
    pub rejected: usize,
    /// The total of the accepted rows.
    pub totals: Totals,
    /// Findings about the table as a whole (its header).
    pub findings: Vec<Finding>,
}

impl From<CoreBatch> for Batch {
    fn from(b: CoreBatch) -> Self {
        let (accepted, rejected) = b.counts();
        Batch {
            rows: b.rows.into_iter().map(Into::into).collect(),
            accepted,
            rejected,
            totals: b.totals.into(),
            findings: findings(b.findings),
        }
    }
}

/// One file's batch, for a command that reads several.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileBatch {
    /// The file, as named.
    pub file: String,
    /// Its rows and its own total.
    #[serde(flatten)]
    pub batch: Batch,
}

/// Several files' batches and their common total
/// ([`total_files`](crate::annex3::sheet::total_files)).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Files {
    /// Each readable file's batch, in order.
    pub files: Vec<FileBatch>,
    /// Files that could not be read: one INPUT finding each, placed at the file.
    pub unreadable: Vec<Finding>,
    /// Rows accepted over every file.
    pub accepted: usize,
    /// Rows sent back over every file.
    pub rejected: usize,
    /// The total over every file.
    pub totals: Totals,
}

impl Files {
    /// The view of several files' batches with their common total.
    pub fn new(
        files: Vec<(String, CoreBatch)>,
        unreadable: Vec<CoreFinding>,
        totals: CoreTotals,
    ) -> Files {
        let files: Vec<FileBatch> = files
            .into_iter()
            .map(|(file, b)| FileBatch {
                file,
                batch: b.into(),
            })
            .collect();
        Files {
            accepted: files
                .iter()
                .fold(0, |n, f| n.saturating_add(f.batch.accepted)),
            rejected: files
                .iter()
                .fold(0, |n, f| n.saturating_add(f.batch.rejected)),
            files,
            unreadable: findings(unreadable),
            totals: totals.into(),
        }
    }
}

/// One unit's report, with each judged rule's overall outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnitReport {
    /// The unit (its roster name when known).
    pub unit: String,
    /// Whether the unit is on the campaign's roster.
    pub on_roster: bool,
    /// Its roles.
    pub roles: Vec<String>,
    /// Every finding.
    pub findings: Vec<Finding>,
    /// Each judged rule's overall outcome (`null`: not judged).
    pub outcomes: Keyed<String, Option<&'static str>>,
}

impl UnitReport {
    /// The view of `r`, with the outcome of every rule `campaign` judges.
    pub fn new(campaign: &Campaign, r: CoreUnitReport) -> Self {
        let outcomes = judged_rules(campaign)
            .into_iter()
            .map(|rule| (rule.to_string(), r.outcome(rule).map(Outcome::as_str)))
            .collect();
        UnitReport {
            on_roster: r.on_roster,
            roles: r.roles.iter().map(|x| x.as_str().to_owned()).collect(),
            unit: r.unit,
            findings: findings(r.findings),
            outcomes,
        }
    }
}

/// One record of an audit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AuditedUnit {
    /// The record's source (a file name); empty for a unit that sent nothing.
    pub source: String,
    /// Whether this record is the one audited (a second record of a unit is not).
    pub counted: bool,
    /// The unit's report.
    #[serde(flatten)]
    pub report: UnitReport,
}

/// A city audit: every unit's report, the findings about the set of records, the
/// evaluation effects and the Annex 3 total.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Audit {
    /// The instant audited.
    pub as_of: String,
    /// How many records were given.
    pub inputs: usize,
    /// Findings about the set (unreadable records, two records of a unit, missing
    /// returns).
    pub findings: Vec<Finding>,
    /// Each unit, in roster order, then units off the roster.
    pub units: Vec<AuditedUnit>,
    /// The units that sent nothing.
    pub missing_units: Vec<String>,
    /// Every 年度考评减分 finding of a counted record.
    pub deductions: Vec<Finding>,
    /// Every 年度考评加分 finding of a counted record.
    pub bonuses: Vec<Finding>,
    /// The Annex 3 tables of the records, when any has one.
    pub annex3: Option<Batch>,
}

impl Audit {
    /// The view of `a`.
    pub fn new(campaign: &Campaign, a: CoreAudit) -> Self {
        let effect =
            |e| -> Vec<Finding> { a.effects(e).into_iter().cloned().map(Into::into).collect() };
        let deductions = effect(Effect::Deduction);
        let bonuses = effect(Effect::Bonus);
        let missing_units = a
            .units
            .iter()
            .filter(|u| u.source.is_empty())
            .map(|u| u.report.unit.clone())
            .collect();
        Audit {
            as_of: a.as_of.to_string(),
            inputs: a.inputs,
            findings: findings(a.findings),
            units: a
                .units
                .into_iter()
                .map(|u| AuditedUnit {
                    source: u.source,
                    counted: u.counted,
                    report: UnitReport::new(campaign, u.report),
                })
                .collect(),
            missing_units,
            deductions,
            bonuses,
            annex3: a.annex3.map(Into::into),
        }
    }
}

/// A catalogue entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Rule {
    /// The stable id.
    pub id: &'static str,
    /// The plan's clause.
    pub clause: &'static str,
    /// Its title.
    pub title: Text,
    /// What it says.
    pub text: Text,
}

impl From<&RuleInfo> for Rule {
    fn from(r: &RuleInfo) -> Self {
        Rule {
            id: r.id.as_str(),
            clause: r.clause,
            title: Text::new(r.title_zh, r.title_en),
            text: Text::new(r.text_zh, r.text_en),
        }
    }
}

/// The whole rule catalogue.
pub fn rules() -> Vec<Rule> {
    crate::rule::CATALOGUE.iter().map(Rule::from).collect()
}

/// A question's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Question {
    /// The question's id.
    pub id: String,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max: u32,
    /// `right`, `wrong`, `blank` or `subset`.
    pub class: String,
}

impl From<&QuestionScore> for Question {
    fn from(q: &QuestionScore) -> Self {
        Question {
            id: q.id.clone(),
            points: q.points,
            max: q.max,
            class: q.class.as_str().to_owned(),
        }
    }
}

/// One sheet's outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Sheet {
    /// Its 1-based position (the line of a JSON Lines or CSV file).
    pub line: usize,
    /// The platform's id of the participant (empty when the sheet could not be read).
    pub participant: String,
    /// The team's region key.
    pub region: Option<&'static str>,
    /// The Beijing day (empty when the sheet could not be read).
    pub day: String,
    /// Its score, when it could be scored.
    pub score: Option<u32>,
    /// Whether it counts toward the standings.
    pub counted: bool,
    /// Per question.
    pub questions: Vec<Question>,
    /// Every finding.
    pub findings: Vec<Finding>,
}

impl From<SheetOutcome> for Sheet {
    fn from(s: SheetOutcome) -> Self {
        Sheet {
            line: s.line,
            region: s.region.map(|r| r.key()),
            day: s.day.to_string(),
            score: s.score,
            counted: s.counted,
            questions: s.questions.iter().map(Into::into).collect(),
            participant: s.participant,
            findings: findings(s.findings),
        }
    }
}

impl Sheet {
    /// The outcome of the sheet at `line` that could not be read (`why`: an INPUT
    /// finding, from [`crate::quiz::unreadable`]).
    pub fn unreadable(line: usize, why: CoreFinding) -> Sheet {
        Sheet {
            line,
            participant: String::new(),
            region: None,
            day: String::new(),
            score: None,
            counted: false,
            questions: Vec::new(),
            findings: vec![why.into()],
        }
    }
}

/// A team's line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Team {
    /// 1-based rank (ties share one).
    pub rank: usize,
    /// The region key.
    pub region: &'static str,
    /// The region's name.
    pub name: &'static str,
    /// The value ranked by (the strategy's).
    pub value: f64,
    /// Participants who counted.
    pub participants: u64,
    /// Sheets that counted.
    pub sheets: u64,
    /// The sum of the scores.
    pub total: u64,
    /// The best day's sum.
    pub best_day: u64,
}

impl From<&TeamStanding> for Team {
    fn from(t: &TeamStanding) -> Self {
        Team {
            rank: t.rank,
            region: t.region.key(),
            name: t.region.name(),
            value: t.value,
            participants: t.participants,
            sheets: t.sheets,
            total: t.total,
            best_day: t.best_day,
        }
    }
}

/// A participant's line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Individual {
    /// The platform's id.
    pub participant: String,
    /// The name, masked (`张**`), when the caller kept it (the tally keeps none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The region key.
    pub region: &'static str,
    /// Days with a counted sheet.
    pub days: u32,
    /// The sum of the scores.
    pub total: u64,
}

impl From<&CoreIndividual> for Individual {
    fn from(p: &CoreIndividual) -> Self {
        Individual {
            participant: p.id.clone(),
            name: None,
            region: p.region.key(),
            days: p.days,
            total: p.total,
        }
    }
}

/// Which standings to rank: each `None` takes the campaign's default (its team
/// strategy, every day, its top N).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct StandingsQuery {
    /// How a team's value is computed.
    pub strategy: Option<TeamStrategy>,
    /// The last day counted.
    pub through: Option<NaiveDate>,
    /// How many teams (and individuals) make the top.
    pub top: Option<usize>,
}

impl StandingsQuery {
    /// A query with these choices.
    pub fn new(
        strategy: Option<TeamStrategy>,
        through: Option<NaiveDate>,
        top: Option<usize>,
    ) -> Self {
        StandingsQuery {
            strategy,
            through,
            top,
        }
    }
}

/// Team standings and the top individuals.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Standings {
    /// The strategy ranked by ([`TeamStrategy::name`]).
    pub strategy: &'static str,
    /// The last day counted, when not every day is.
    pub through: Option<String>,
    /// Every team, ranked.
    pub standings: Vec<Team>,
    /// The top N teams (优秀战队).
    pub top: Vec<Team>,
    /// The top N individuals.
    pub individuals: Vec<Individual>,
}

impl Standings {
    /// The standings of `tally` asked for by `q`.
    pub fn new(campaign: &Campaign, tally: &Tally, q: StandingsQuery) -> Standings {
        let strategy = q.strategy.unwrap_or(campaign.quiz.team_strategy);
        let top = q
            .top
            .unwrap_or_else(|| usize::try_from(campaign.quiz.top_n).unwrap_or(usize::MAX));
        let standings: Vec<Team> = tally
            .standings(strategy, q.through)
            .iter()
            .map(Into::into)
            .collect();
        Standings {
            strategy: strategy.name(),
            through: q.through.map(|d| d.to_string()),
            top: standings.get(..top).unwrap_or(&standings).to_vec(),
            standings,
            individuals: top_individuals(tally.individuals(q.through), top)
                .iter()
                .map(Into::into)
                .collect(),
        }
    }
}

/// Scored sheets with the standings.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Scored {
    /// Each sheet's outcome, in input order.
    pub outcomes: Vec<Sheet>,
    /// How many sheets count.
    pub counted: usize,
    /// How many were refused or did not count.
    pub refused: usize,
    /// The standings.
    #[serde(flatten)]
    pub standings: Standings,
}

impl Scored {
    /// The outcomes with the standings of `tally` asked for by `q`.
    pub fn new(
        campaign: &Campaign,
        outcomes: Vec<Sheet>,
        tally: &Tally,
        q: StandingsQuery,
    ) -> Scored {
        let counted = outcomes.iter().filter(|o| o.counted).count();
        Scored {
            refused: outcomes.len().saturating_sub(counted),
            counted,
            standings: Standings::new(campaign, tally, q),
            outcomes,
        }
    }
}

/// A registration's check: the participant, masked, or `null`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Registered {
    /// The participant, when the registration is valid.
    pub participant: Option<RegisteredParticipant>,
    /// Every finding.
    pub findings: Vec<Finding>,
    /// The phone as given, masked.
    pub phone_masked: Option<String>,
}

/// A valid participant, masked.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RegisteredParticipant {
    /// The name, masked (`张**`).
    pub name: String,
    /// The region key.
    pub region: &'static str,
    /// The region's name.
    pub region_name: &'static str,
    /// The normalised phone, masked.
    pub phone: Option<String>,
    /// The work unit.
    pub unit: Option<String>,
}

impl Registered {
    /// The view of [`crate::quiz::register`]'s result for a registration whose phone
    /// was `phone`.
    pub fn new(
        participant: Option<Participant>,
        found: Vec<CoreFinding>,
        phone: Option<&str>,
    ) -> Self {
        Registered {
            participant: participant.map(|p| RegisteredParticipant {
                name: mask_name(&p.name),
                region: p.region.key(),
                region_name: p.region.name(),
                phone: p.phone.map(|x| x.to_string()),
                unit: p.unit,
            }),
            findings: findings(found),
            phone_masked: phone.map(crate::quiz::mask),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_map_every_field() {
        let f = CoreFinding::error(
            crate::RuleId::A3Blank,
            crate::Path::key("rows").at(1).field("sms_sent"),
            Text::new("中", "en"),
        )
        .with_unit("市教育局")
        .at("Sheet1!H2".into())
        .with_effect(Effect::Deduction);
        let v = serde_json::to_value(Finding::from(f)).unwrap_or_default();
        assert_eq!(v["rule"], "A3-BLANK");
        assert_eq!(v["severity"], "error");
        assert_eq!(v["outcome"], "fail");
        assert_eq!(v["path"], "rows[1].sms_sent");
        assert_eq!(v["place"], "Sheet1!H2");
        assert_eq!(v["effect"], "deduction");
        assert_eq!(v["message"]["zh"], "中");
        assert_eq!(v["clause"], "附件3 填表说明2");
    }

    /// The snake_case name serde gives a unit enum value (`"sum_of_daily_scores"`).
    fn name_of<T: Serialize>(v: &T) -> String {
        serde_json::to_value(v)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    #[test]
    fn enum_names_are_serdes() {
        use crate::campaign::Role;
        use crate::quiz::Class;
        use crate::timeline::EventKind::*;
        for s in TeamStrategy::ALL {
            assert_eq!(name_of(&s), s.name());
            assert_eq!(TeamStrategy::from_name(s.name()), Some(s));
        }
        for k in [
            CampaignStart,
            CampaignEnd,
            PhaseStart,
            PhaseEnd,
            ConcentratedDay,
            QuizOpens,
            QuizCloses,
            WindowOpens,
            Deadline,
        ] {
            assert_eq!(name_of(&k), k.as_str());
        }
        for r in [
            Role::MemberUnit,
            Role::TownStreet,
            Role::AssignedStreet,
            Role::PropagandaDepartment,
            Role::FinancialCoordinator,
            Role::FinancialInstitution,
        ] {
            assert_eq!(name_of(&r), r.as_str());
        }
        for c in [Class::Right, Class::Wrong, Class::Blank, Class::Subset] {
            assert_eq!(name_of(&c), c.as_str());
        }
    }

    #[test]
    fn tables_key_counts_by_field_name() {
        let mut t = Annex3 {
            unit: "市教育局".into(),
            ..Annex3::default()
        };
        assert_eq!(
            serde_json::to_value(Count(MAX_SAFE_INTEGER)).unwrap_or_default(),
            MAX_SAFE_INTEGER
        );
        t.counts.set(Field::SmsSent, 7);
        let v = serde_json::to_value(Table::from(t.clone())).unwrap_or_default();
        assert_eq!(v["counts"]["sms_sent"], 7);
        t.counts.set(Field::OnlineViews, u64::MAX);
        let v = serde_json::to_value(Table::from(t)).unwrap_or_default();
        assert_eq!(v["counts"]["online_views"], "18446744073709551615");
        assert_eq!(v["counts"].as_object().map(serde_json::Map::len), Some(11));
        assert!(v.get("otherMethods").is_some());
    }
}
