//! What the units must do: roles, submission rules, plan statements, minimums, the
//! roster and the 七进 kinds.

use super::*;

/// What a unit is, for deciding which rules apply to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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
    /// A key department named for outdoor publicity (M-OUTDOOR: 市人民银行、市工信局、
    /// 市商务局、市城市综合执法局、市文广新局、市交通运输局).
    OutdoorDepartment,
}

crate::text::snake_names!(Role {
    MemberUnit => "member_unit",
    TownStreet => "town_street",
    AssignedStreet => "assigned_street",
    PropagandaDepartment => "propaganda_department",
    FinancialCoordinator => "financial_coordinator",
    FinancialInstitution => "financial_institution",
    OutdoorDepartment => "outdoor_department",
});

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
            Role::OutdoorDepartment => ("户外宣传重点部门", "key department for outdoor publicity"),
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
#[non_exhaustive]
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

crate::text::snake_names!(SubmissionKind {
    Plan => "plan",
    NewMediaWork => "new_media_work",
    Progress => "progress",
    Summary => "summary",
    StatisticsTable => "statistics_table",
});

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

crate::text::snake_names!(SummaryPart {
    LeaderApprovedDocuments => "leader_approved_documents",
    StatisticsTable => "statistics_table",
    Pictures => "pictures",
    AudioVideo => "audio_video",
});

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
    /// M-OUTDOOR: kinds of outdoor publicity used (from the Annex 3 table); absent in a
    /// campaign whose plan names no such duty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outdoor: Option<Requirement>,
    /// M-CDAY-CONSULT: consultation and reports taken at the square, reported without
    /// a bar (`min` unused); absent in a campaign whose plan names no such duty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cday_consult: Option<Requirement>,
}

impl Minimums {
    /// Every requirement with its key in the campaign file, in catalogue order.
    pub fn named(&self) -> Vec<(&'static str, &Requirement)> {
        let mut out = vec![
            ("media_works", &self.media_works),
            ("qijin_kinds", &self.qijin_kinds),
            ("tv_interviews", &self.tv_interviews),
            ("media_reports", &self.media_reports),
            ("cday_staff", &self.cday_staff),
            ("cday_venues", &self.cday_venues),
            ("cday_materials", &self.cday_materials),
        ];
        out.extend(self.cday_consult.as_ref().map(|r| ("cday_consult", r)));
        out.extend([
            ("bank_signs", &self.bank_signs),
            ("grid_awareness", &self.grid_awareness),
            ("compound_slogans", &self.compound_slogans),
        ]);
        out.extend(self.outdoor.as_ref().map(|r| ("outdoor", r)));
        out.push(("weekly_activity", &self.weekly_activity));
        out
    }

    /// Every requirement, for checks over all of them.
    pub fn all(&self) -> Vec<&Requirement> {
        self.named().into_iter().map(|(_, r)| r).collect()
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
