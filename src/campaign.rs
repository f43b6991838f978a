//! The campaign as data: every date, window, minimum, unit and setting a rule reads.
//!
//! RULES.md §7: the 2021 Lingyuan plan is the embedded default
//! ([`Campaign::lingyuan_2021`], from `campaign/lingyuan-2021.json`), so that next
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
//! assert_eq!(err.code(), "CAMPAIGN");
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
use crate::report::{Effect, Lang, Severity, Text};
use crate::rule::RuleId;
use crate::time::{Deadline, Instant, Window};
use crate::util::Seen;

/// The 2021 Lingyuan campaign, as shipped.
pub static LINGYUAN_2021_JSON: &str = include_str!("campaign/lingyuan-2021.json");

/// Largest campaign file [`Campaign::from_json`] reads (1 MiB).
pub const MAX_CAMPAIGN_JSON: usize = 1 << 20;

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
    /// What every site must have: banners, boards, materials.
    pub materials: Vec<Material>,
}

/// Things a 06-15 site must have (M-CDAY-MATERIALS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Material {
    /// 条幅.
    Banners,
    /// 图版 / 图板.
    Boards,
    /// 宣传资料 / 宣传册.
    Materials,
}

/// The kinds of quiz question (附件2 四).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// 单选.
    SingleChoice,
    /// 判断.
    TrueFalse,
    /// 多选.
    MultipleChoice,
}

/// How a multiple-choice answer scores (Q-SCORE).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "policy")]
pub enum MultipleChoicePolicy {
    /// Full points only when the chosen set equals the key (多选题少选、错选均不得分).
    AllOrNothing,
    /// Full points for the exact set; `subset_points` for a non-empty proper subset of
    /// the key with no wrong option; nothing otherwise.
    PartialCredit {
        /// Points for a correct but incomplete choice (a multiple of 10 keeps Q-SCORE's
        /// "multiple of 10" law).
        subset_points: u32,
    },
}

/// How team results are computed (Q-TEAM); the organiser's 2021 formula is unpublished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamStrategy {
    /// The sum of every counted daily score of the team's participants.
    #[default]
    SumOfDailyScores,
    /// The mean total score per participant.
    MeanPerParticipant,
    /// The number of distinct participants.
    ParticipationCount,
    /// The best single-day team sum.
    BestSingleDay,
    /// Sum of scores weighted by participation (documented with the quiz module).
    ParticipationWeighted,
}

impl TeamStrategy {
    /// Every strategy, in the order they are offered.
    pub const ALL: [TeamStrategy; 5] = [
        TeamStrategy::SumOfDailyScores,
        TeamStrategy::MeanPerParticipant,
        TeamStrategy::ParticipationCount,
        TeamStrategy::BestSingleDay,
        TeamStrategy::ParticipationWeighted,
    ];

    /// Its one name everywhere: campaign files, the command line's `--strategy`, the
    /// npm package and the machine format (`sum_of_daily_scores`).
    pub fn name(self) -> &'static str {
        self.names().0
    }

    /// What it ranks by, in `lang` (`各日得分之和`).
    pub fn label(self, lang: Lang) -> &'static str {
        let (_, zh, en) = self.names();
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The strategy of this name, if any.
    pub fn from_name(name: &str) -> Option<TeamStrategy> {
        TeamStrategy::ALL.into_iter().find(|s| s.name() == name)
    }

    fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            TeamStrategy::SumOfDailyScores => {
                ("sum_of_daily_scores", "各日得分之和", "sum of daily scores")
            }
            TeamStrategy::MeanPerParticipant => {
                ("mean_per_participant", "人均总分", "mean per participant")
            }
            TeamStrategy::ParticipationCount => ("participation_count", "参与人数", "participants"),
            TeamStrategy::BestSingleDay => ("best_single_day", "单日最高", "best single day"),
            TeamStrategy::ParticipationWeighted => (
                "participation_weighted",
                "得分加参与分",
                "score plus participation",
            ),
        }
    }
}

/// One section of the daily paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PaperSection {
    /// The kind of question.
    pub kind: QuestionKind,
    /// How many questions of it.
    pub count: u32,
    /// Points per question.
    pub points: u32,
}

/// The daily paper's composition (Q-PAPER).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaperSpec {
    /// Sections in paper order.
    pub sections: Vec<PaperSection>,
    /// The stated total (100).
    pub total: u32,
}

/// The knowledge quiz (二(二)1 四是, 附件2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizSetup {
    /// When sheets are accepted (T-QUIZ, Q-WINDOW).
    pub window: Window,
    /// The working days the plan states for the window (附件2 一: 共9个工作日), checked
    /// against the calendar by the tests.
    pub stated_working_days: Option<u32>,
    /// The plan's clause.
    pub clause: String,
    /// The paper.
    pub paper: PaperSpec,
    /// Multiple-choice scoring.
    pub multiple_choice: MultipleChoicePolicy,
    /// Team formula.
    pub team_strategy: TeamStrategy,
    /// How many teams are published daily and honoured at the close.
    pub top_n: u32,
}

impl QuizSetup {
    /// The Beijing days on which sheets can be submitted (11 in 2021: 06-15 ..= 06-25).
    pub fn answering_days(&self) -> u32 {
        u32::try_from(self.window.dates().count()).unwrap_or(u32::MAX)
    }
}

/// What a unit is, for deciding which rules apply to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A member unit of the leading group (附件1).
    MemberUnit,
    /// A town (乡镇) or street (街道).
    TownStreet,
    /// One of the streets with an assigned 06-15 venue.
    AssignedStreet,
    /// 市委宣传部 (M-PROP-*).
    PropagandaDepartment,
    /// Coordinates the banks' publicity (人民银行凌源支行).
    FinancialCoordinator,
    /// A financial institution with business premises (M-BANK-SIGN).
    FinancialInstitution,
}

impl Role {
    /// The role in Chinese and English.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            Role::MemberUnit => ("成员单位", "member unit"),
            Role::TownStreet => ("乡镇街道", "town/street"),
            Role::AssignedStreet => ("指定地点街道", "assigned street"),
            Role::PropagandaDepartment => ("市委宣传部", "propaganda department"),
            Role::FinancialCoordinator => ("金融协调单位", "financial coordinator"),
            Role::FinancialInstitution => ("金融机构", "financial institution"),
        };
        Text::new(zh, en)
    }
}

/// Who a rule applies to: any of `applies_to`, none of `except`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Applicability {
    /// The rule applies to a unit holding any of these roles…
    pub applies_to: Vec<Role>,
    /// …unless it holds one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except: Vec<Role>,
}

impl Applicability {
    /// Whether the rule applies to a unit with `roles`.
    pub fn applies(&self, roles: &[Role]) -> bool {
        roles.iter().any(|r| self.applies_to.contains(r))
            && !roles.iter().any(|r| self.except.contains(r))
    }
}

/// The kinds of material a unit sends the office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionKind {
    /// 宣传活动计划 (D-PLAN).
    Plan,
    /// A new-media work reported to the office (D-NEWMEDIA-WEEK1).
    NewMediaWork,
    /// 动态 / 简报 for a node (D-PROGRESS-*).
    Progress,
    /// 活动总结 (D-SUMMARY).
    Summary,
    /// 附件3 统计表 (D-STATS).
    StatisticsTable,
}

impl SubmissionKind {
    /// The kind in Chinese and English.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            SubmissionKind::Plan => ("宣传活动计划", "work plan"),
            SubmissionKind::NewMediaWork => ("新媒体作品", "new-media work"),
            SubmissionKind::Progress => ("进展动态", "progress report"),
            SubmissionKind::Summary => ("活动总结", "summary"),
            SubmissionKind::StatisticsTable => ("统计表", "statistics table"),
        };
        Text::new(zh, en)
    }
}

/// The parts of the summary (二(三)2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SummaryPart {
    /// 领导阅批活动文件.
    LeaderApprovedDocuments,
    /// 统计表 (附件3).
    StatisticsTable,
    /// 图片.
    Pictures,
    /// 音视频.
    AudioVideo,
}

impl SummaryPart {
    /// The part in Chinese and English.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            SummaryPart::LeaderApprovedDocuments => {
                ("领导阅批活动文件", "leader-approved documents")
            }
            SummaryPart::StatisticsTable => ("统计表", "statistics table"),
            SummaryPart::Pictures => ("图片", "pictures"),
            SummaryPart::AudioVideo => ("音视频", "audio/video"),
        };
        Text::new(zh, en)
    }
}

/// One submission and its window (D-*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubmissionRule {
    /// Its rule id.
    pub rule: RuleId,
    /// What is submitted.
    pub kind: SubmissionKind,
    /// For a progress report: the node it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node: Option<NaiveDate>,
    /// Its name.
    pub name: Text,
    /// The plan's clause.
    pub clause: String,
    /// The first instant a submission counts; `None`: any time before the deadline.
    pub opens: Option<Instant>,
    /// The deadline.
    pub due: Deadline,
    /// Who must submit.
    #[serde(flatten)]
    pub who: Applicability,
    /// The effect of a late or missing submission (二(三)2: 减分).
    pub effect_if_missed: Effect,
    /// The effect of a submission the office promotes (二(三)1: 加分).
    #[serde(default, skip_serializing_if = "is_none_effect")]
    pub effect_if_promoted: Effect,
    /// For the summary: the parts it must include, checked under `parts_rule`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<SummaryPart>,
    /// The rule a missing part is reported under (D-SUMMARY-PARTS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts_rule: Option<RuleId>,
    /// For the statistics table: the summary part that also delivers it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_as_part: Option<SummaryPart>,
}

fn is_none_effect(e: &Effect) -> bool {
    *e == Effect::None
}

impl SubmissionRule {
    /// The on-time window `[opens, deadline]`, as a half-open window (`None` when the
    /// rule has no opening instant and `since` is not given).
    pub fn window(&self, since: Instant) -> Option<Window> {
        Window::new(self.opens.unwrap_or(since), self.due.close())
    }
}

/// A field a plan must state (D-PLAN-SELFORG: 时间、地点、宣传方式).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatedField {
    /// 时间.
    Time,
    /// 地点.
    Place,
    /// 宣传方式.
    Method,
}

impl StatedField {
    /// The field in Chinese and English.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            StatedField::Time => ("时间", "time"),
            StatedField::Place => ("地点", "place"),
            StatedField::Method => ("宣传方式", "method"),
        };
        Text::new(zh, en)
    }
}

/// When a plan statement is required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementCondition {
    /// Always, for the roles it applies to.
    Always,
    /// Only when the unit organises its own concentrated publicity.
    SelfOrganisesConcentratedDay,
}

/// Something the work plan must state, for some units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanStatement {
    /// Its rule id.
    pub rule: RuleId,
    /// The plan's clause.
    pub clause: String,
    /// Who.
    #[serde(flatten)]
    pub who: Applicability,
    /// When.
    pub condition: StatementCondition,
    /// What must be stated.
    pub requires: Vec<StatedField>,
    /// The effect when it is missing.
    pub effect_if_missed: Effect,
}

/// A minimum count and who it binds (M-*). "N个以上" is `>= N` (NUM-YISHANG).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Requirement {
    /// Its rule id.
    pub rule: RuleId,
    /// The plan's clause.
    pub clause: String,
    /// The least acceptable value (a count, or a percentage for the rate rules).
    pub min: u64,
    /// Who.
    #[serde(flatten)]
    pub who: Applicability,
    /// The severity of a shortfall: error, or warning for M-MONTH-NOT-DAY.
    pub severity: Severity,
}

/// The minimum counts of RULES.md §3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Minimums {
    /// M-MEDIA-3: media works during the campaign.
    pub media_works: Requirement,
    /// M-QIJIN-3: distinct outreach kinds.
    pub qijin_kinds: Requirement,
    /// M-PROP-TV: TV or radio interview programmes.
    pub tv_interviews: Requirement,
    /// M-PROP-REPORT: media publicity reports.
    pub media_reports: Requirement,
    /// M-CDAY-STAFF: persons at the square on the concentrated day.
    pub cday_staff: Requirement,
    /// M-CDAY-VENUE: percentage of assigned venues covered.
    pub cday_venues: Requirement,
    /// M-CDAY-MATERIALS: every site has every material (percentage of sites).
    pub cday_materials: Requirement,
    /// M-BANK-SIGN: percentage of premises with a warning sign.
    pub bank_signs: Requirement,
    /// M-GRID: percentage of grid workers aware.
    pub grid_awareness: Requirement,
    /// M-GRID: percentage of compounds with a slogan.
    pub compound_slogans: Requirement,
    /// M-MONTH-NOT-DAY: activities in each ISO week of implementation.
    pub weekly_activity: Requirement,
}

impl Minimums {
    /// Every requirement, for checks over all of them.
    pub fn all(&self) -> [&Requirement; 11] {
        [
            &self.media_works,
            &self.qijin_kinds,
            &self.tv_interviews,
            &self.media_reports,
            &self.cday_staff,
            &self.cday_venues,
            &self.cday_materials,
            &self.bank_signs,
            &self.grid_awareness,
            &self.compound_slogans,
            &self.weekly_activity,
        ]
    }
}

/// A reporting unit of the campaign (UNITS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnitDef {
    /// The name as the plan writes it.
    pub name: String,
    /// Other names of the same unit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// What it is.
    pub roles: Vec<Role>,
    /// Its assigned 06-15 venues (assigned streets).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub venues: Vec<String>,
}

impl UnitDef {
    /// Whether the unit holds `role`.
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// One kind of outreach ("进机关" …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutreachKind {
    /// Stable key, e.g. `schools`.
    pub key: String,
    /// The name in the plan, e.g. 学校.
    pub name: String,
    /// Other names of the same kind (校园 …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// The outreach list ("七进" in 2021).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outreach {
    /// What the list is called: 七进.
    pub name: String,
    /// The plan's clause.
    pub clause: String,
    /// The kinds.
    pub kinds: Vec<OutreachKind>,
}

impl Outreach {
    /// The kind a written name means: its name or an alias, with or without the
    /// leading 进, ignoring white space. `None` for a kind outside the list.
    ///
    /// ```
    /// let o = &fangfei::Campaign::embedded().outreach;
    /// assert_eq!(o.resolve("进工厂").map(|k| k.key.as_str()), Some("enterprises"));
    /// assert_eq!(o.resolve("村屯"), o.resolve("进村组"));
    /// assert!(o.resolve("进地铁").is_none());
    /// ```
    pub fn resolve(&self, written: &str) -> Option<&OutreachKind> {
        let w: String = written.chars().filter(|c| !c.is_whitespace()).collect();
        let w = w.strip_prefix('进').unwrap_or(&w);
        self.kinds
            .iter()
            .find(|k| k.name == w || k.aliases.iter().any(|a| a == w))
    }
}

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

pub use crate::json::Problem;

/// Why a campaign could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CampaignError {
    /// The text is not JSON.
    #[error("campaign JSON, line {line} column {column}: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The file is larger than [`MAX_CAMPAIGN_JSON`].
    #[error("campaign JSON is {size} bytes; the limit is {limit}")]
    TooLarge {
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The campaign is not of the campaign's shape, or inconsistent: every problem.
    #[error("campaign refused: {}", crate::json::list(.0))]
    Invalid(Vec<Problem>),
}

impl CampaignError {
    /// The stable code: `CAMPAIGN`.
    pub fn code(&self) -> &'static str {
        RuleId::Campaign.as_str()
    }

    /// The problems found (one for a JSON or size error).
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            CampaignError::Invalid(p) => p.clone(),
            other => vec![Problem {
                path: Path::root(),
                message: Text::new(format!("活动方案文件无法读取:{other}"), other.to_string()),
            }],
        }
    }
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
    /// [`CampaignError::Json`] for text that is not JSON; [`CampaignError::Invalid`]
    /// with every problem of its shape (a missing or mistyped field, an unknown field —
    /// so a misspelt key is not silently ignored), or else every problem of
    /// [`Campaign::check`].
    pub fn from_json(json: &str) -> Result<Campaign, CampaignError> {
        if json.len() > MAX_CAMPAIGN_JSON {
            return Err(CampaignError::TooLarge {
                size: json.len(),
                limit: MAX_CAMPAIGN_JSON,
            });
        }
        let v = json::parse(json).map_err(|e| CampaignError::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        let campaign: Campaign = json::from_value(&v).map_err(CampaignError::Invalid)?;
        let problems = campaign.check();
        if problems.is_empty() {
            Ok(campaign)
        } else {
            Err(CampaignError::Invalid(problems))
        }
    }

    /// The campaign as pretty JSON (loads back with [`Campaign::from_json`]).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The 2021 Lingyuan plan (凌处非办〔2021〕9号), freshly parsed.
    ///
    /// # Panics
    ///
    /// Never in a released build: the embedded file is checked by the test suite.
    #[allow(clippy::expect_used)]
    pub fn lingyuan_2021() -> Campaign {
        Campaign::from_json(LINGYUAN_2021_JSON)
            .expect("the embedded 2021 campaign is valid (tested)")
    }

    /// The embedded 2021 Lingyuan campaign, parsed once.
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

    /// Every inconsistency, each with its path; empty when the campaign is sound.
    pub fn check(&self) -> Vec<Problem> {
        let mut c = Checker::default();
        self.check_into(&mut c);
        c.problems
    }

    fn check_into(&self, c: &mut Checker) {
        let span = &self.span;
        c.require(
            span.first <= span.last,
            "span",
            "活动结束日早于开始日",
            "the campaign ends before it starts",
        );
        for (field, text) in [
            ("id", &self.id),
            ("theme", &self.theme),
            ("issuer", &self.issuer),
            ("document_number", &self.document_number),
        ] {
            c.require(
                !text.trim().is_empty(),
                field,
                "不能为空",
                "must not be blank",
            );
        }
        let year_ok = chrono::Datelike::year(&span.first) == self.year;
        c.require(
            year_ok,
            "year",
            "年份与活动开始日不一致",
            "the year is not the year the campaign starts",
        );

        // Phases: inside the span, each non-empty, in order, not overlapping.
        let mut keys = Seen::default();
        let mut previous: Option<&Phase> = None;
        for (i, p) in self.phases.iter().enumerate() {
            let at = Path::key("phases").at(i);
            c.require(
                keys.insert(&p.key),
                at.clone().field("key"),
                "阶段键重复",
                "duplicate phase key",
            );
            c.require(
                p.first <= p.last,
                at.clone().field("last"),
                "阶段结束日早于开始日",
                "the phase ends before it starts",
            );
            c.require(
                span.contains_day(p.first),
                at.clone().field("first"),
                "阶段开始日不在活动期内",
                "the phase starts outside the campaign",
            );
            c.require(
                span.contains_day(p.last),
                at.clone().field("last"),
                "阶段结束日不在活动期内",
                "the phase ends outside the campaign",
            );
            if let Some(prev) = previous {
                c.require(
                    prev.last < p.first,
                    at.clone().field("first"),
                    "阶段与前一阶段重叠或顺序颠倒",
                    "the phase overlaps or precedes the one before it",
                );
            }
            previous = Some(p);
        }

        let cday = &self.concentrated_day;
        c.require(
            span.contains_day(cday.date),
            Path::key("concentrated_day").field("date"),
            "集中宣传日不在活动期内",
            "the concentrated day is outside the campaign",
        );
        c.require(
            cday.arrive_by.date() == cday.date,
            Path::key("concentrated_day").field("arrive_by"),
            "到场时间不在集中宣传日当天",
            "the arrival time is not on the concentrated day",
        );
        c.require(
            !cday.member_venue.trim().is_empty(),
            Path::key("concentrated_day").field("member_venue"),
            "不能为空",
            "must not be blank",
        );

        self.check_quiz(c);
        self.check_submissions(c);
        self.check_units(c);
        self.check_outreach(c);

        for (i, s) in self.plan_statements.iter().enumerate() {
            let at = Path::key("plan_statements").at(i);
            c.require(
                !s.requires.is_empty(),
                at.clone().field("requires"),
                "未列出须说明的内容",
                "lists nothing to state",
            );
            c.require(
                !s.who.applies_to.is_empty(),
                at.clone().field("applies_to"),
                "未指定适用单位",
                "applies to nobody",
            );
        }
        for (name, r) in [
            ("media_works", &self.minimums.media_works),
            ("qijin_kinds", &self.minimums.qijin_kinds),
            ("tv_interviews", &self.minimums.tv_interviews),
            ("media_reports", &self.minimums.media_reports),
            ("cday_staff", &self.minimums.cday_staff),
            ("cday_venues", &self.minimums.cday_venues),
            ("cday_materials", &self.minimums.cday_materials),
            ("bank_signs", &self.minimums.bank_signs),
            ("grid_awareness", &self.minimums.grid_awareness),
            ("compound_slogans", &self.minimums.compound_slogans),
            ("weekly_activity", &self.minimums.weekly_activity),
        ] {
            let at = Path::key("minimums").field(name);
            c.require(
                r.rule.as_str().starts_with("M-"),
                at.clone().field("rule"),
                "须为M-类规则",
                "must be an M- rule",
            );
            c.require(
                !r.who.applies_to.is_empty(),
                at.clone().field("applies_to"),
                "未指定适用单位",
                "applies to nobody",
            );
            let percent = matches!(
                name,
                "cday_venues"
                    | "cday_materials"
                    | "bank_signs"
                    | "grid_awareness"
                    | "compound_slogans"
            );
            c.require(
                !percent || r.min <= 100,
                at.clone().field("min"),
                "百分比不能超过100",
                "a percentage cannot exceed 100",
            );
        }
        let kinds = u64::try_from(self.outreach.kinds.len()).unwrap_or(u64::MAX);
        c.require(
            self.minimums.qijin_kinds.min <= kinds,
            Path::key("minimums").field("qijin_kinds").field("min"),
            "要求的种类数多于清单中的种类",
            "requires more kinds than the list has",
        );

        for name in self.annex3_bounds.keys() {
            c.require(
                ANNEX3_FIELDS.contains(&name.as_str()),
                Path::key("annex3_bounds").field(name.clone()),
                "不是附件3的字段",
                "is not an Annex 3 field",
            );
        }
        for name in ANNEX3_FIELDS {
            c.require(
                self.annex3_bounds.contains_key(name),
                Path::key("annex3_bounds").field(name),
                "缺少合理范围上限",
                "has no plausibility bound",
            );
        }
    }

    fn check_quiz(&self, c: &mut Checker) {
        let q = &self.quiz;
        let w = q.window;
        c.require(
            w.start < w.end,
            Path::key("quiz").field("window"),
            "答题开始时间不早于结束时间",
            "the quiz window is empty",
        );
        if let Some(span) = self.span.window() {
            c.require(
                span.covers(&w),
                Path::key("quiz").field("window"),
                "答题时间不在活动期内",
                "the quiz window is outside the campaign",
            );
        }
        let mut sum: u64 = 0;
        let mut seen = Vec::new();
        for (i, s) in q.paper.sections.iter().enumerate() {
            let at = Path::key("quiz").field("paper").field("sections").at(i);
            c.require(
                insert_new(&mut seen, s.kind),
                at.clone().field("kind"),
                "题型重复",
                "duplicate question kind",
            );
            c.require(
                s.count > 0 && s.points > 0,
                &at,
                "题数和分值须大于0",
                "count and points must be above 0",
            );
            sum = sum.saturating_add(u64::from(s.count).saturating_mul(u64::from(s.points)));
        }
        c.require(
            sum == u64::from(q.paper.total),
            Path::key("quiz").field("paper").field("total"),
            &format!("各题分值之和为{sum},与总分{}不符", q.paper.total),
            &format!(
                "the questions add up to {sum}, not the stated total {}",
                q.paper.total
            ),
        );
        c.require(
            q.paper.total <= MAX_DAY_SCORE,
            Path::key("quiz").field("paper").field("total"),
            &format!("每日总分不能超过{}", MAX_DAY_SCORE),
            &format!("a day's total cannot exceed {}", MAX_DAY_SCORE),
        );
        if let MultipleChoicePolicy::PartialCredit { subset_points } = q.multiple_choice {
            let full = q
                .paper
                .sections
                .iter()
                .find(|s| s.kind == QuestionKind::MultipleChoice)
                .map_or(0, |s| s.points);
            c.require(
                subset_points < full,
                Path::key("quiz")
                    .field("multiple_choice")
                    .field("subset_points"),
                "部分得分须小于该题满分",
                "partial credit must be below the question's points",
            );
        }
        c.require(
            q.top_n > 0,
            Path::key("quiz").field("top_n"),
            "须大于0",
            "must be above 0",
        );
    }

    fn check_submissions(&self, c: &mut Checker) {
        let mut rules = Vec::new();
        let span = self.span.window();
        for (i, s) in self.submissions.iter().enumerate() {
            let at = Path::key("submissions").at(i);
            c.require(
                insert_new(&mut rules, s.rule),
                at.clone().field("rule"),
                "规则重复",
                "duplicate rule",
            );
            c.require(
                s.rule.as_str().starts_with("D-"),
                at.clone().field("rule"),
                "须为D-类规则",
                "must be a D- rule",
            );
            c.require(
                !s.who.applies_to.is_empty(),
                at.clone().field("applies_to"),
                "未指定适用单位",
                "applies to nobody",
            );
            let (cutoff, _) = s.due.cutoff();
            if let Some(opens) = s.opens {
                c.require(
                    opens < s.due.close(),
                    at.clone().field("opens"),
                    "开始时间不早于截止时间",
                    "opens at or after its deadline",
                );
            }
            if let Some(span) = span {
                c.require(
                    span.start < cutoff && cutoff <= span.end,
                    at.clone().field("due"),
                    "截止时间不在活动期内",
                    "the deadline is outside the campaign",
                );
                if let Some(opens) = s.opens {
                    c.require(
                        span.contains(opens),
                        at.clone().field("opens"),
                        "开始时间不在活动期内",
                        "opens outside the campaign",
                    );
                }
            }
            c.require(
                (s.kind == SubmissionKind::Progress) == s.node.is_some(),
                at.clone().field("node"),
                "进展动态须指明节点,其他材料不应有节点",
                "a progress report names its node; nothing else does",
            );
            c.require(
                s.parts.is_empty() == s.parts_rule.is_none(),
                at.clone().field("parts_rule"),
                "列出组成部分时须给出对应规则",
                "parts and parts_rule go together",
            );
        }
        // Two progress rules for the same node would make a report count twice.
        let mut nodes = Seen::default();
        for (i, s) in self.submissions.iter().enumerate() {
            if let Some(node) = s.node {
                c.require(
                    nodes.insert(&crate::time::ymd(node)),
                    Path::key("submissions").at(i).field("node"),
                    "节点重复",
                    "duplicate node",
                );
            }
        }
    }

    fn check_units(&self, c: &mut Checker) {
        let mut names = Seen::default();
        for (i, u) in self.units.iter().enumerate() {
            let at = Path::key("units").at(i);
            c.require(
                !u.roles.is_empty(),
                at.clone().field("roles"),
                "未指定角色",
                "has no role",
            );
            c.require(
                u.has(Role::AssignedStreet) != u.venues.is_empty(),
                at.clone().field("venues"),
                "指定地点街道须有宣传地点,其他单位不应有",
                "an assigned street has venues, and only it",
            );
            for (j, name) in std::iter::once(&u.name).chain(&u.aliases).enumerate() {
                let path = if j == 0 {
                    at.clone().field("name")
                } else {
                    at.clone().field("aliases").at(j.saturating_sub(1))
                };
                let key = crate::util::normalise_name(name);
                c.require(
                    !key.is_empty(),
                    &path,
                    "单位名称不能为空",
                    "a unit name must not be blank",
                );
                if let Some(first) = names.repeat(&key, &path.to_string()) {
                    c.push(
                        &path,
                        &format!("单位名称“{name}”与{first}重复"),
                        &format!("the unit name {name:?} repeats {first}"),
                    );
                }
            }
        }
    }

    fn check_outreach(&self, c: &mut Checker) {
        let mut keys = Seen::default();
        let mut names = Seen::default();
        for (i, k) in self.outreach.kinds.iter().enumerate() {
            let at = Path::key("outreach").field("kinds").at(i);
            c.require(
                keys.insert(&k.key),
                at.clone().field("key"),
                "键重复",
                "duplicate key",
            );
            for name in std::iter::once(&k.name).chain(&k.aliases) {
                c.require(
                    !name.trim().is_empty(),
                    &at,
                    "名称不能为空",
                    "a name must not be blank",
                );
                if let Some(first) = names.repeat(name, &at.to_string()) {
                    c.push(
                        &at,
                        &format!("名称“{name}”与{first}重复"),
                        &format!("the name {name:?} repeats {first}"),
                    );
                }
            }
        }
    }
}

/// Adds `x` unless present; whether it was new (for keys of a few values: kinds, rules).
fn insert_new<T: PartialEq>(seen: &mut Vec<T>, x: T) -> bool {
    let new = !seen.contains(&x);
    if new {
        seen.push(x);
    }
    new
}

impl Default for Campaign {
    /// The embedded 2021 Lingyuan campaign.
    fn default() -> Campaign {
        Campaign::embedded().clone()
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: impl Into<Path>, zh: &str, en: &str) {
        self.problems.push(Problem {
            path: path.into(),
            message: Text::new(zh, en),
        });
    }
    fn require(&mut self, ok: bool, path: impl Into<Path>, zh: &str, en: &str) {
        if !ok {
            self.push(path, zh, en);
        }
    }
}

// Reading (see `crate::json`): one small function per struct.
read_struct!(Campaign {
    id: req,
    name: req,
    theme: req,
    issuer: req,
    document_number: req,
    issued_on: req,
    year: req,
    span: req,
    phases: req,
    concentrated_day: req,
    quiz: req,
    submissions: req,
    plan_statements: req,
    minimums: req,
    units: req,
    outreach: req,
    annex3_bounds: req,
    evaluation: req,
    extra_holidays: or_default,
});
read_struct!(DaySpan {
    first: req,
    last: req,
    clause: req
});
read_struct!(Phase {
    key: req,
    rule: req,
    name: req,
    first: req,
    last: req,
    clause: req
});
read_struct!(ConcentratedDay {
    date: req,
    clause: req,
    member_venue: req,
    member_venue_aliases: or_default,
    arrive_by: req,
    materials: req,
});
read_struct!(PaperSection {
    kind: req,
    count: req,
    points: req
});
read_struct!(PaperSpec {
    sections: req,
    total: req
});
read_struct!(QuizSetup {
    window: req,
    stated_working_days: opt,
    clause: req,
    paper: req,
    multiple_choice: req,
    team_strategy: req,
    top_n: req,
});
read_struct!(Applicability {
    applies_to: req,
    except: or_default
});
read_struct!(Minimums {
    media_works: req,
    qijin_kinds: req,
    tv_interviews: req,
    media_reports: req,
    cday_staff: req,
    cday_venues: req,
    cday_materials: req,
    bank_signs: req,
    grid_awareness: req,
    compound_slogans: req,
    weekly_activity: req,
});
read_struct!(UnitDef {
    name: req,
    aliases: or_default,
    roles: req,
    venues: or_default
});
read_struct!(OutreachKind {
    key: req,
    name: req,
    aliases: or_default
});
read_struct!(Outreach {
    name: req,
    clause: req,
    kinds: req
});
read_struct!(Evaluation {
    deduction_points: opt,
    bonus_points: opt,
    clause: req
});
json::leaf!(
    Material,
    QuestionKind,
    TeamStrategy,
    Role,
    SubmissionKind,
    SummaryPart,
    StatedField,
    StatementCondition,
);

/// The keys of a flattened [`Applicability`].
const WHO: [&str; 2] = ["applies_to", "except"];

impl Applicability {
    /// The `applies_to` and `except` keys of an enclosing object (`#[serde(flatten)]`).
    fn read_in(r: &mut Reader, o: &Map<String, Value>) -> Option<Applicability> {
        match (r.req(o, WHO[0]), r.or_default(o, WHO[1])) {
            (Some(applies_to), Some(except)) => Some(Applicability { applies_to, except }),
            _ => None,
        }
    }
}

impl FromJson for SubmissionRule {
    #[inline(never)]
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        const KEYS: [&str; 13] = [
            "rule",
            "kind",
            "node",
            "name",
            "clause",
            "opens",
            "due",
            "effect_if_missed",
            "effect_if_promoted",
            "parts",
            "parts_rule",
            "delivered_as_part",
            WHO[0],
        ];
        let o = r.object(v, Some(&[&KEYS[..], &WHO[1..]].concat()))?;
        match (
            r.req(o, "rule"),
            r.req(o, "kind"),
            r.opt(o, "node"),
            r.req(o, "name"),
            r.req(o, "clause"),
            r.opt(o, "opens"),
            r.req(o, "due"),
            Applicability::read_in(r, o),
            r.req(o, "effect_if_missed"),
            r.or_default(o, "effect_if_promoted"),
            r.or_default(o, "parts"),
            r.opt(o, "parts_rule"),
            r.opt(o, "delivered_as_part"),
        ) {
            (
                Some(rule),
                Some(kind),
                Some(node),
                Some(name),
                Some(clause),
                Some(opens),
                Some(due),
                Some(who),
                Some(effect_if_missed),
                Some(effect_if_promoted),
                Some(parts),
                Some(parts_rule),
                Some(delivered_as_part),
            ) => Some(SubmissionRule {
                rule,
                kind,
                node,
                name,
                clause,
                opens,
                due,
                who,
                effect_if_missed,
                effect_if_promoted,
                parts,
                parts_rule,
                delivered_as_part,
            }),
            _ => None,
        }
    }
}

impl FromJson for PlanStatement {
    #[inline(never)]
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        let keys = [
            "rule",
            "clause",
            "condition",
            "requires",
            "effect_if_missed",
            WHO[0],
            WHO[1],
        ];
        let o = r.object(v, Some(&keys))?;
        match (
            r.req(o, "rule"),
            r.req(o, "clause"),
            Applicability::read_in(r, o),
            r.req(o, "condition"),
            r.req(o, "requires"),
            r.req(o, "effect_if_missed"),
        ) {
            (
                Some(rule),
                Some(clause),
                Some(who),
                Some(condition),
                Some(requires),
                Some(effect_if_missed),
            ) => Some(PlanStatement {
                rule,
                clause,
                who,
                condition,
                requires,
                effect_if_missed,
            }),
            _ => None,
        }
    }
}

impl FromJson for Requirement {
    #[inline(never)]
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        let o = r.object(
            v,
            Some(&["rule", "clause", "min", "severity", WHO[0], WHO[1]]),
        )?;
        match (
            r.req(o, "rule"),
            r.req(o, "clause"),
            r.req(o, "min"),
            Applicability::read_in(r, o),
            r.req(o, "severity"),
        ) {
            (Some(rule), Some(clause), Some(min), Some(who), Some(severity)) => Some(Requirement {
                rule,
                clause,
                min,
                who,
                severity,
            }),
            _ => None,
        }
    }
}

impl FromJson for MultipleChoicePolicy {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        let o = r.object(v, Some(&["policy", "subset_points"]))?;
        match r.req::<String>(o, "policy")?.as_str() {
            "all_or_nothing" => Some(MultipleChoicePolicy::AllOrNothing),
            "partial_credit" => Some(MultipleChoicePolicy::PartialCredit {
                subset_points: r.req(o, "subset_points")?,
            }),
            other => {
                r.problem(
                    format!("policy 应为 all_or_nothing 或 partial_credit,实为 {other:?}"),
                    format!("policy must be all_or_nothing or partial_credit, not {other:?}"),
                );
                None
            }
        }
    }
}

json::deserialize_via_value!(SubmissionRule);
json::deserialize_via_value!(PlanStatement);
json::deserialize_via_value!(Requirement);
json::deserialize_via_value!(MultipleChoicePolicy);

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
        let paths: Vec<_> = err
            .problems()
            .into_iter()
            .map(|p| p.path.to_string())
            .collect();
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
            .into_iter()
            .map(|p| p.path.to_string())
            .collect();
        assert_eq!(paths, vec!["quiz.paper.total"]);
    }

    #[test]
    fn malformed_json_has_a_place() {
        match Campaign::from_json("{\n  \"id\": 3") {
            Err(CampaignError::Json { line: 2, .. }) => {}
            other => panic!("{other:?}"),
        }
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
        assert_eq!(err.code(), "CAMPAIGN");
        let paths: Vec<_> = err
            .problems()
            .into_iter()
            .map(|p| p.path.to_string())
            .collect();
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
