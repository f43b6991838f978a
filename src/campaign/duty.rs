//! Duties: what a plan asks, each one of the library's rule kinds with its parameters.
//!
//! A duty is data ([`Duty`]): its id, title, clause, whom it binds, its severity and
//! evaluation effect, and its rule ([`DutyRule`]) — deliver a material by a deadline,
//! state something in a material, count activities, attend an event, cover a share,
//! spread activity over a phase, reach a figure of the statistics table, report a
//! figure, or the office's spot checks. The kinds are the library's
//! ([`crate::rules`], one file each); which duties a plan has, and their numbers,
//! dates and words, are the campaign's.

use super::*;

/// Whom a duty binds: a unit holding any of `roles` or named in `units`, unless it
/// holds one of `except`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Who {
    /// Roles (keys of the campaign's `roles`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Units by name (on the roster).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<String>,
    /// Roles whose holders are exempt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except: Vec<String>,
}

impl Who {
    /// Whether the duty binds a unit named `unit` (its roster name) with `roles`.
    pub fn binds(&self, unit: &str, roles: &[String]) -> bool {
        let named = self.units.iter().any(|u| crate::util::same_name(u, unit));
        let by_role = roles.iter().any(|r| self.roles.contains(r));
        (named || by_role) && !roles.iter().any(|r| self.except.contains(r))
    }
}

/// One duty of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duty {
    /// Its rule id (`D-PLAN`), unique in the campaign.
    pub id: RuleId,
    /// Short title (活动计划).
    pub title: Text,
    /// The plan's clause (二(一)).
    pub clause: String,
    /// The plan's own words for the duty, quoted, when worth showing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Whom it binds.
    pub who: Who,
    /// How serious a failure is: `error` by default, `warning` for a reminder.
    #[serde(default, skip_serializing_if = "is_error")]
    pub severity: Severity,
    /// The year-end evaluation effect of a failure (减分), `none` by default.
    #[serde(default, skip_serializing_if = "is_none_effect")]
    pub effect: Effect,
    /// Its kind and the kind's parameters.
    #[serde(flatten)]
    pub rule: DutyRule,
}

fn is_error(s: &Severity) -> bool {
    *s == Severity::Error
}

pub(super) fn is_none_effect(e: &Effect) -> bool {
    *e == Effect::None
}

/// A duty's rule kind and its parameters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DutyRule {
    /// Send a material by a deadline.
    Deliver(Deliver),
    /// State something in a material sent.
    State(State),
    /// Hold at least N activities, or N distinct kinds of them.
    Count(Count),
    /// Be present at an event.
    Attend(Attend),
    /// Reach a share of a whole (every outlet a sign, 100% of grid workers aware).
    Cover(Cover),
    /// Hold activities in every week of a phase.
    Spread(Spread),
    /// Reach a figure of the statistics table.
    Table(TableThreshold),
    /// Report figures the plan sets no bar on, or nothing at all: the duty is listed
    /// (仅记录).
    Record(Record),
    /// The office's spot checks of units against their plans.
    SpotCheck,
}

impl DutyRule {
    /// The kind's name, as files write it.
    pub fn kind(&self) -> &'static str {
        match self {
            DutyRule::Deliver(_) => "deliver",
            DutyRule::State(_) => "state",
            DutyRule::Count(_) => "count",
            DutyRule::Attend(_) => "attend",
            DutyRule::Cover(_) => "cover",
            DutyRule::Spread(_) => "spread",
            DutyRule::Table(_) => "table",
            DutyRule::Record(_) => "record",
            DutyRule::SpotCheck => "spot_check",
        }
    }

    /// Every kind's name.
    pub const KINDS: [&'static str; 9] = [
        "deliver",
        "state",
        "count",
        "attend",
        "cover",
        "spread",
        "table",
        "record",
        "spot_check",
    ];
}

/// *deliver*: send a material to the office in a window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Deliver {
    /// The material (a key of the campaign's `materials`).
    pub material: String,
    /// The delivery's name in messages, when not the material's
    /// (`{node}节点动态`; `{node}` and `{due}` are filled from the dates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// For a report of a node: the node it is for (a submission names it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::time::schema::Date>")
    )]
    pub node: Option<NaiveDate>,
    /// The first instant a delivery counts; none: any time before the deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<Instant>,
    /// The deadline; none: due by the campaign's end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Deadline>,
    /// The effect of a delivery the office promotes as good practice (加分).
    #[serde(default, skip_serializing_if = "is_none_effect")]
    pub promoted: Effect,
    /// The parts the material must include, checked under a rule of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<Parts>,
    /// Another material that also delivers this one as its part (the statistics
    /// table inside the summary).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<PartOf>,
    /// A list whose reported items are deliveries too (new-media works reported to
    /// the office).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_in: Option<ReportedIn>,
}

/// The parts a delivered material must include, under their own rule id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Parts {
    /// The rule id of a missing part (`D-SUMMARY-PARTS`).
    pub id: RuleId,
    /// Its title.
    pub title: Text,
    /// The parts (keys of the material's `parts`).
    pub require: Vec<String>,
}

/// A material that delivers another as its part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PartOf {
    /// The enclosing material (`summary`).
    pub material: String,
    /// Its part that is this delivery (`statistics_table`).
    pub part: String,
}

/// A list whose items, when reported to the office, are deliveries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReportedIn {
    /// The list (a key of the campaign's `lists`).
    pub list: String,
    /// Only items on these channels (keys or tags); all when empty. An item's
    /// `new_media` answer decides the `new_media` tag for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
}

/// *state*: a material sent must state something (a plan's time, place, method).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct State {
    /// The material (its first on-time delivery is read).
    pub material: String,
    /// What it must state (keys of the material's `statements`).
    pub requires: Vec<String>,
    /// Only for units whose record answers yes to this flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_flag: Option<String>,
    /// What the statements are of, in the plan's words, said before their names so a
    /// unit knows which time is meant (集中宣传日当天 →
    /// "未明确集中宣传日当天的活动时间"); none: the names alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<Text>,
}

/// What a count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Distinct {
    /// Every item.
    #[default]
    Items,
    /// Distinct kinds of the list's kinds.
    Kinds,
}

/// *count*: at least `min` activities of a list, or distinct kinds of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Count {
    /// The list (a key of the campaign's `lists`).
    pub list: String,
    /// The least acceptable count ("N个以上" is ≥ N, NUM-YISHANG).
    pub min: u64,
    /// Items, or distinct kinds.
    #[serde(default, skip_serializing_if = "is_items")]
    pub distinct: Distinct,
    /// Only items on these channels (keys or tags); all when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
    /// Only items in this phase (a key); the whole campaign when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
    /// What is counted, as messages say it (宣传月期间发布的媒体宣传作品); by default
    /// from the list or its kinds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<Text>,
    /// The measure word of the count (个, 项, 次).
    pub measure: String,
    /// Whether the items are to be on the campaign's `theme` (以“…”为主题, 2021:
    /// M-PROP-TV, 二(二)2 一是): an item whose title holds the theme's words records
    /// it. The message names the theme only then, and says 主题未记录 otherwise; the
    /// item counts either way (RULES.md M-PROP-TV).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub on_theme: bool,
}

fn is_items(d: &Distinct) -> bool {
    *d == Distinct::Items
}

/// Where a unit attends an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VenueRule {
    /// At the event's own venue (市政府前广场), with everyone it gathers.
    Event,
    /// At every venue the roster assigns the unit, on the event's day.
    Assigned,
    /// At a venue of the unit's own choosing (集中发声): at least one site that day.
    OwnChoice,
    /// Wherever the unit has sites: each site it recorded is judged.
    Sites,
}

/// *attend*: presence at an event, with staff, on time, showing items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attend {
    /// The event (a key of the campaign's `events`).
    pub event: String,
    /// Where.
    pub venue: VenueRule,
    /// Where a unit of its own choosing holds it, as the plan words it (`own_choice`:
    /// 各金融机构网点, "the institution's outlets"); "a venue of its choosing" when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    /// At least this many persons at the site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<u64>,
    /// There by this time of the event's day (arriving after it is late; once it
    /// has passed with nothing recorded, the duty has failed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrive_by: Option<Clock>,
    /// Items every site shows (keys of the event's `items`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// Items a unit carries to the event's own venue (its own brochures …), judged with
    /// its attendance (`venue: event`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carried: Vec<String>,
}

impl Attend {
    /// Where a unit of its own choosing holds the event: the plan's words, or
    /// "a venue of its choosing".
    pub fn own_place(&self) -> Text {
        self.place
            .clone()
            .unwrap_or_else(|| Text::new("自选地点", "a venue of the unit's choosing"))
    }
}

/// One share of a *cover* duty: `part / whole ≥ min_percent %`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Share {
    /// What the share is called (网格员知晓率).
    pub name: Text,
    /// The figure counted (a field of the figures group).
    pub part: String,
    /// The whole it is a share of.
    pub whole: String,
    /// The least acceptable percentage (100: every one).
    pub min_percent: u64,
}

/// *cover*: shares of a figures group at least their percentages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cover {
    /// The figures group (a key of the campaign's `figures`).
    pub figures: String,
    /// The shares, each judged.
    pub shares: Vec<Share>,
}

/// *spread*: at least `min` activities in every calendar week (Monday to Sunday) of a
/// phase, from lists and events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Spread {
    /// The phase (a key).
    pub phase: String,
    /// Lists whose items count as activity.
    pub lists: Vec<String>,
    /// Events whose sites count as activity on the event's day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// The least activities a week.
    pub min: u64,
}

/// What a *table* duty measures over its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TableMeasure {
    /// How many of the columns are above 0.
    ColumnsUsed,
    /// The columns' sum.
    Sum,
}

/// *table*: a figure of the unit's statistics table at least `min`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TableThreshold {
    /// The columns (keys of the table's `columns`).
    pub columns: Vec<String>,
    /// Columns used, or their sum.
    pub measure: TableMeasure,
    /// The least acceptable value.
    pub min: u64,
    /// What is measured, as messages say it (运用的户外设施宣传方式).
    pub counted: Text,
    /// Its measure word (种).
    pub measure_word: String,
}

/// Figures of a site at an event, reported without a bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reports {
    /// The event (a key); the unit's site at its venue is read.
    pub event: String,
    /// The figures (keys of the event's `figures`).
    pub figures: Vec<String>,
}

/// *record*: reported only (仅记录): figures with no bar, or a duty the plan states
/// without a measure (listed in the catalogue, judged for no unit).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Record {
    /// The figures reported, when the duty has any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reports: Option<Reports>,
}

impl Duty {
    /// Whether the duty is judged for units (a *record* duty with nothing to report
    /// is listed only).
    pub fn is_judged(&self) -> bool {
        !matches!(&self.rule, DutyRule::Record(Record { reports: None }))
    }
}
