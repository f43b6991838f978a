//! The campaign as data: every date, window, minimum, unit and setting a rule reads.
//!
//! RULES.md §7: the 2021 Lingyuan plan is the embedded default
//! ([`Campaign::lingyuan_2021`], from `campaign/data/lingyuan-2021.json`), so that next
//! year's plan, or another city's, is a JSON file and not a code change. Loading a
//! campaign ([`Campaign::from_json`]) checks it and reports **every** problem with its
//! path.
//!
//! ```
//! use fangfei::Campaign;
//! let c = Campaign::embedded();
//! assert_eq!(c.document_number, "凌处非办〔2021〕9号");
//! assert_eq!(c.minimums.qijin_kinds.min, 3);
//! // A broken copy is refused with every problem listed.
//! let mut broken = serde_json::to_value(c).unwrap();
//! broken["phases"][0]["first"] = "2021-05-01".into();
//! broken["quiz"]["paper"]["total"] = 90.into();
//! let err = Campaign::from_json(&broken.to_string()).unwrap_err();
//! assert_eq!(err.code(), fangfei::RuleId::Campaign);
//! assert_eq!(err.problems().len(), 2);
//! ```

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::json::{self, read_struct, FromJson, Reader};
use crate::path::Path;

use crate::calendar::{Calendar, HolidayYear};
use crate::report::{Effect, Severity, Text};
use crate::rule::RuleId;
use crate::time::{Deadline, Instant, Window};
use crate::util::Seen;

/// The 2021 Lingyuan campaign, as shipped.
pub static LINGYUAN_2021_JSON: &str = include_str!("data/lingyuan-2021.json");

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
pub struct Campaign {
    /// A short stable key, e.g. `lingyuan-2021`.
    pub id: String,
    /// The plan's title.
    pub name: Text,
    /// The campaign's theme slogan.
    pub theme: String,
    /// The issuing office.
    pub issuer: String,
    /// The document number.
    pub document_number: String,
    /// The day the plan was issued.
    pub issued_on: NaiveDate,
    /// The year the plan's year-less dates ("6月10日") are read in.
    pub year: i32,
    /// The campaign span, whole days (T-CAMPAIGN).
    pub span: DaySpan,
    /// The named phases, in order (T-PHASE-*).
    pub phases: Vec<Phase>,
    /// The concentrated publicity day (T-CDAY) and its arrangements.
    pub concentrated_day: ConcentratedDay,
    /// The knowledge quiz (T-QUIZ, Q-*).
    pub quiz: QuizSetup,
    /// Every submission to the office with its window (D-*).
    pub submissions: Vec<SubmissionRule>,
    /// What a plan must state, for whom (D-PLAN-SELFORG, D-PLAN-STREET-TIME).
    pub plan_statements: Vec<PlanStatement>,
    /// Minimum counts (M-*).
    pub minimums: Minimums,
    /// The units: member units and towns/streets (UNITS).
    pub units: Vec<UnitDef>,
    /// Where the roster of towns and streets comes from (the plan does not list them).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub roster_source: String,
    /// The city whose name begins its units' official full names (`凌源市公安局` is
    /// `市公安局`); empty when there is none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
    /// The outreach kinds ("七进") and their aliases.
    pub outreach: Outreach,
    /// Plausibility bounds of the Annex 3 counts, by field name (A3-RANGE).
    pub annex3_bounds: BTreeMap<String, u64>,
    /// Evaluation effects and their points (E).
    pub evaluation: Evaluation,
    /// Holiday tables for years the library does not ship (CALENDAR).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_holidays: Vec<HolidayYear>,
}

/// Whole Beijing days `first ..= last`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DaySpan {
    /// First day.
    pub first: NaiveDate,
    /// Last day (inclusive: it ends at its 24:00).
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
pub struct Phase {
    /// Stable key: `preparation`, `implementation`, `summary` in 2021.
    pub key: String,
    /// The rule id that defines it.
    pub rule: RuleId,
    /// Its name, e.g. 筹备阶段.
    pub name: Text,
    /// First day.
    pub first: NaiveDate,
    /// Last day (inclusive).
    pub last: NaiveDate,
    /// The plan's clause.
    pub clause: String,
}

/// The concentrated publicity day (二(二)2 五是).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConcentratedDay {
    /// The day.
    pub date: NaiveDate,
    /// The plan's clause.
    pub clause: String,
    /// Where member units gather (市政府前广场).
    pub member_venue: String,
    /// Other names of the same venue (the plan also writes 政府前广场).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_venue_aliases: Vec<String>,
    /// When member units' staff must be there; arriving after it is late.
    pub arrive_by: Instant,
    /// What every site must have: banners, boards, materials (宣传活动场所要有条幅、
    /// 图版及相关宣传资料).
    pub materials: Vec<Material>,
    /// What each member unit's staff carry to the square: their own brochures, boards
    /// and materials (携带各自宣传册、图板、宣传资料); the square's banners are the
    /// site's, not each unit's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carried: Vec<Material>,
}

/// Things a 06-15 site must have (M-CDAY-MATERIALS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Material {
    /// 条幅.
    Banners,
    /// 图版 / 图板.
    Boards,
    /// 宣传资料.
    Materials,
    /// 宣传册, a unit's own brochures.
    Brochures,
}

impl Material {
    /// The material in Chinese and English.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            Material::Banners => ("条幅", "banners"),
            Material::Boards => ("图版", "boards"),
            Material::Materials => ("宣传资料", "publicity materials"),
            Material::Brochures => ("宣传册", "brochures"),
        };
        Text::new(zh, en)
    }
}

mod check;
#[cfg(test)]
mod codegen;
#[cfg(any(test, feature = "compiled-campaign"))]
#[rustfmt::skip]
mod compiled;
mod duties;
mod quiz_setup;
mod read;
mod roster;

pub use duties::{
    Applicability, Minimums, Outreach, OutreachKind, PlanStatement, Requirement, Role, StatedField,
    StatementCondition, SubmissionKind, SubmissionRule, SummaryPart, UnitDef,
};
pub use quiz_setup::{
    MultipleChoicePolicy, PaperSection, PaperSpec, QuestionKind, QuizSetup, TeamRegion,
    TeamStrategy,
};
pub use roster::Roster;

/// Points per evaluation effect (RULES.md §6: unset in 2021).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    /// Points deducted per deduction finding; `None` when the plan names none.
    pub deduction_points: Option<u32>,
    /// Points added per bonus finding; `None` when the plan names none.
    pub bonus_points: Option<u32>,
    /// The plan's clause.
    pub clause: String,
}

/// The Annex 3 count fields, by their RULES.md names (A3-*).
pub const ANNEX3_FIELDS: [&str; 11] = [
    "qijin_sessions",
    "qijin_participants",
    "print_broadcast",
    "online_original_works",
    "online_views",
    "online_interactive_reach",
    "sms_sent",
    "outdoor_posters_boards",
    "outdoor_screens_ads",
    "outdoor_leaflets_gifts",
    "news_reports",
];

pub use crate::error::{InputError, Problem};

/// Why a campaign could not be loaded: an [`InputError`] of code `CAMPAIGN`.
pub type CampaignError = InputError;

/// `活动方案` / `campaign`: what [`Campaign::from_json`] names in its errors.
fn refused(problems: Vec<Problem>) -> InputError {
    InputError::new(
        RuleId::Campaign,
        Text::new("活动方案", "campaign"),
        problems,
    )
}

impl Campaign {
    /// The instant a check is asked about when none is given: the end of the campaign
    /// (its last day's 24:00), after every deadline, so nothing is still pending. `None`
    /// only for a campaign whose span is empty (which [`Campaign::check`] refuses).
    pub fn default_as_of(&self) -> Option<Instant> {
        self.span.window().map(|w| w.end)
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
    /// [`LINGYUAN_2021_JSON`]: read from the JSON, or, with the feature
    /// `compiled-campaign`, from the same data compiled into Rust (a test holds the two
    /// equal), so that no campaign reader is needed.
    ///
    /// # Panics
    ///
    /// Never in a released build: the embedded file is checked by the test suite.
    #[allow(clippy::expect_used)]
    pub fn lingyuan_2021() -> Campaign {
        #[cfg(feature = "compiled-campaign")]
        return compiled::lingyuan_2021();
        #[cfg(not(feature = "compiled-campaign"))]
        Campaign::from_json(LINGYUAN_2021_JSON)
            .expect("the embedded 2021 campaign is valid (tested)")
    }

    /// The embedded 2021 Lingyuan campaign, built once ([`Campaign::lingyuan_2021`]).
    pub fn embedded() -> &'static Campaign {
        static CAMPAIGN: OnceLock<Campaign> = OnceLock::new();
        CAMPAIGN.get_or_init(Campaign::lingyuan_2021)
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

    /// The submission rule with id `rule`.
    pub fn submission(&self, rule: RuleId) -> Option<&SubmissionRule> {
        self.submissions.iter().find(|s| s.rule == rule)
    }

    /// The plausibility bound of an Annex 3 field.
    pub fn annex3_bound(&self, field: &str) -> Option<u64> {
        self.annex3_bounds.get(field).copied()
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
    fn embedded_campaign_is_valid() {
        let c = Campaign::from_json(LINGYUAN_2021_JSON).unwrap();
        assert_eq!(c.check(), vec![]);
        assert_eq!(c.quiz.answering_days(), 11);
        assert_eq!(
            c.units.iter().filter(|u| u.has(Role::MemberUnit)).count(),
            24
        );
        assert_eq!(
            c.units
                .iter()
                .filter(|u| u.has(Role::AssignedStreet))
                .count(),
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
        v["submissions"][0]["due"]["due"] = "2021-08-01".into(); // outside
        v["annex3_bounds"]["bogus"] = 1.into();
        let err = Campaign::from_json(&v.to_string()).unwrap_err();
        let paths: Vec<_> = err.problems().iter().map(|p| p.path.to_string()).collect();
        assert!(paths.contains(&"phases[1].first".to_owned()), "{paths:?}");
        assert!(paths.contains(&"units[1].name".to_owned()), "{paths:?}");
        assert!(
            paths.contains(&"submissions[0].due".to_owned()),
            "{paths:?}"
        );
        assert!(
            paths.contains(&"annex3_bounds.bogus".to_owned()),
            "{paths:?}"
        );
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
        v["quiz"].as_object_mut().unwrap().remove("top_n");
        v["minimums"]["media_works"]["except"] = "town_street".into();
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
                "quiz.multiple_choice",
                "quiz.top_n",
                "minimums.media_works.except"
            ]
        );
        let e = Campaign::from_json(r#"{"year": 2021}"#).unwrap_err();
        assert_eq!(e.problems().len(), 17, "{e}");
        assert!(e.to_string().contains("id: missing field"), "{e}");
    }
}
