//! The machine format: serialize-only views of the library's results, written by the
//! command line's `--format json` and returned by every function of the npm package —
//! one shape for the same call, whichever front end makes it.
//!
//! - **Keys are camelCase** (`onRoster`, `nextDeadlines`), as JavaScript reads them;
//!   data keys stay as the data names them: rule ids (`"D-PLAN"`), the statistics
//!   table's column keys (`"qijin_sessions"`), region keys (`"21"`), and enum values are snake_case
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
//! let table = fangfei::annex3::table_of(c).unwrap();
//! let sms = fangfei::annex3::Field::of(table, "sms_sent").unwrap();
//! let cell = fangfei::annex3::check_cell(c, sms, "1,200条");
//! let json = serde_json::to_string(&wire::Cell::from(cell)).unwrap();
//! assert!(json.starts_with(r#"{"field":"sms_sent","value":1200,"valid":true"#));
//! ```

use chrono::NaiveDate;
use serde::Serialize;

use crate::annex3::sheet::Batch as CoreBatch;
use crate::annex3::{Annex3, ByColumn, CellCheck, FormCheck, RowOutcome, Totals as CoreTotals};
use crate::audit::{judged_rules, Audit as CoreAudit, UnitReport as CoreUnitReport};
use crate::campaign::RuleInfo;
use crate::campaign::{Campaign, TeamStrategy};
use crate::quiz::{
    mask_name, top_individuals, Individual as CoreIndividual, Participant, QuestionScore,
    SheetOutcome, Tally, TeamStanding,
};
use crate::report::{Effect, Finding as CoreFinding, Outcome, Text};
use crate::rule::RuleId;
use crate::timeline::Event as CoreEvent;

mod annex3;
mod quiz;
mod units;

pub use annex3::{Batch, Cell, FileBatch, Files, Form, Row, Table, Totals};
pub use quiz::{
    Individual, Question, Registered, RegisteredParticipant, Scored, Sheet, Standings,
    StandingsQuery, Team, UnitTurnout,
};
pub use units::{roster, Audit, AuditedUnit, Unit, UnitReport};

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
    pub rule: RuleId,
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

/// Text from an input as the machine format carries it ([`crate::shown`]: numbers
/// masked, controls visible; issue 28), moved when nothing changes.
pub(crate) fn shown(s: String) -> String {
    match crate::text::shown(&s).text {
        std::borrow::Cow::Owned(o) => o,
        std::borrow::Cow::Borrowed(_) => s,
    }
}

/// By value: the strings move (a keystroke check spent a tenth of its time copying
/// them). The unit, a name from an input, is [`shown`](crate::shown); messages quote inputs shown
/// where they are made (a whole message is not: its own figures and limits, such as
/// 1000000, must read as they are).
impl From<CoreFinding> for Finding {
    fn from(f: CoreFinding) -> Self {
        Finding {
            rule: f.rule,
            severity: f.severity.as_str(),
            outcome: f.outcome.as_str(),
            path: f.path,
            place: f.place,
            unit: f.unit.map(shown),
            message: f.message,
            clause: f.clause,
            effect: f.effect.as_str(),
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
    /// Its document number (文号), when the source gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
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

/// A catalogue entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Rule {
    /// The stable id.
    pub id: RuleId,
    /// `library`, `phase`, `event`, or a duty's kind (`deliver`, `count` …).
    pub kind: &'static str,
    /// The plan's clause.
    pub clause: String,
    /// Its title.
    pub title: Text,
    /// What it requires, from the campaign's data.
    pub text: Text,
    /// The plan's own words, when the campaign quotes them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

impl From<RuleInfo> for Rule {
    fn from(r: RuleInfo) -> Self {
        Rule {
            id: r.id,
            kind: r.kind,
            clause: r.clause,
            title: r.title,
            text: r.text,
            quote: r.quote,
        }
    }
}

/// The rule catalogue of `campaign` ([`Campaign::catalogue`]).
pub fn rules(campaign: &Campaign) -> Vec<Rule> {
    campaign.catalogue().into_iter().map(Rule::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_map_every_field() {
        let f = CoreFinding::error(
            crate::RuleId::A3_BLANK,
            crate::Path::key("rows").at(1).field("sms_sent"),
            Text::new("中", "en"),
        )
        .with_unit("市教育局")
        .at("Sheet1!H2".into())
        .with_effect(Effect::Deduction);
        // The campaign cites its clause for the library's rule.
        let f = Campaign::embedded().cite(f);
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
            Event,
            QuizOpens,
            QuizCloses,
            WindowOpens,
            Deadline,
        ] {
            assert_eq!(name_of(&k), k.as_str());
        }
        for c in [Class::Right, Class::Wrong, Class::Blank, Class::Subset] {
            assert_eq!(name_of(&c), c.as_str());
        }
        use crate::calendar::DayKind;
        use crate::report::Severity;
        for o in [
            Outcome::Pass,
            Outcome::Fail,
            Outcome::Pending,
            Outcome::NotApplicable,
            Outcome::CannotJudge,
            Outcome::Reported,
        ] {
            assert_eq!(name_of(&o), o.as_str());
        }
        for s in [Severity::Info, Severity::Warning, Severity::Error] {
            assert_eq!(name_of(&s), s.as_str());
        }
        for e in [Effect::None, Effect::Deduction, Effect::Bonus] {
            assert_eq!(name_of(&e), e.as_str());
        }
        for d in [
            DayKind::Workday,
            DayKind::MakeupWorkday,
            DayKind::Weekend,
            DayKind::Holiday,
        ] {
            assert_eq!(name_of(&d), d.as_str());
        }
        for f in crate::campaign::ItemField::VARIANTS {
            assert_eq!(name_of(f), f.as_str());
        }
    }

    #[test]
    fn tables_key_counts_by_field_name() {
        let table =
            crate::annex3::table_of(Campaign::embedded()).unwrap_or_else(|_| unreachable!());
        let field = |k: &str| crate::annex3::Field::of(table, k).unwrap_or_else(|| unreachable!());
        let mut t = Annex3 {
            unit: "市教育局".into(),
            counts: ByColumn::filled(crate::annex3::Keys::of(table), 0),
            ..Annex3::default()
        };
        assert_eq!(
            serde_json::to_value(Count(MAX_SAFE_INTEGER)).unwrap_or_default(),
            MAX_SAFE_INTEGER
        );
        assert!(t.counts.set(field("sms_sent"), 7));
        let v = serde_json::to_value(Table::from(t.clone())).unwrap_or_default();
        assert_eq!(v["counts"]["sms_sent"], 7);
        assert!(t.counts.set(field("online_views"), u64::MAX));
        let v = serde_json::to_value(Table::from(t)).unwrap_or_default();
        assert_eq!(v["counts"]["online_views"], "18446744073709551615");
        assert_eq!(v["counts"].as_object().map(serde_json::Map::len), Some(11));
        assert!(v.get("otherMethods").is_some());
    }
}
