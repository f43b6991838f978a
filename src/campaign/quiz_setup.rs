//! The quiz's settings (附件2): the daily paper, scoring of multiple choice, team
//! standings.

use super::*;

/// The kinds of quiz question (附件2 四).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuestionKind {
    /// 单选.
    SingleChoice,
    /// 判断.
    TrueFalse,
    /// 多选.
    MultipleChoice,
}

crate::text::labels!(QuestionKind {
    SingleChoice => "single_choice", "单选题", "single-choice";
    TrueFalse => "true_false", "判断题", "true/false";
    MultipleChoice => "multiple_choice", "多选题", "multiple-choice";
});

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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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

crate::text::labels!(TeamStrategy {
    SumOfDailyScores => "sum_of_daily_scores", "各日得分之和", "sum of daily scores";
    MeanPerParticipant => "mean_per_participant", "人均总分", "mean per participant";
    ParticipationCount => "participation_count", "参与人数", "participants";
    BestSingleDay => "best_single_day", "单日最高", "best single day";
    ParticipationWeighted => "participation_weighted", "得分加参与分", "score plus participation";
});

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
        self.as_str()
    }

    /// The strategy of this name, if any.
    pub fn from_name(name: &str) -> Option<TeamStrategy> {
        TeamStrategy::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// Which region a participant's team is, when one platform account answers under
/// more than one (Q-ONCE-A-DAY, Q-TEAM: the participant is the account).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TeamRegion {
    /// The region of their first counted sheet (the 2021 reading: 选择同一个地区的用户
    /// 自动组成同一战队, and a choice once made stays).
    #[default]
    FirstCountedSheet,
    /// The region of their latest counted sheet.
    LatestCountedSheet,
}

crate::text::labels!(TeamRegion {
    FirstCountedSheet => "first_counted_sheet", "首份计分答卷的地区", "the region of the first counted sheet";
    LatestCountedSheet => "latest_counted_sheet", "最近一份计分答卷的地区", "the region of the latest counted sheet";
});

/// One section of the daily paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PaperSpec {
    /// Sections in paper order.
    pub sections: Vec<PaperSection>,
    /// The stated total (100).
    pub total: u32,
}

/// The knowledge quiz (二(二)1 四是, 附件2).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QuizSetup {
    /// The quiz's name as the plan gives it (全国防范非法集资线上知识答题赛); 知识竞赛,
    /// "quiz", when it gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// When sheets are accepted (T-QUIZ, Q-WINDOW).
    pub window: Window,
    /// The working days the plan states for the window (附件2 一: 共9个工作日), checked
    /// against the calendar by the tests.
    pub stated_working_days: Option<u32>,
    /// The plan's clause.
    pub clause: String,
    /// The daily paper's composition, when the plan gives it (Q-PAPER). A plan that
    /// names only the quiz's days ("自6月15日起,为期7天") gives none: its papers cannot be
    /// checked nor its sheets scored, and [`crate::quiz::check_paper`] says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper: Option<PaperSpec>,
    /// Multiple-choice scoring, when the plan says (required with a paper that has
    /// multiple-choice questions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple_choice: Option<MultipleChoicePolicy>,
    /// Team formula (the library's default reading, [`TeamStrategy::default`], when
    /// the plan gives none).
    #[serde(default)]
    pub team_strategy: TeamStrategy,
    /// A participant's team when they answer under more than one region.
    #[serde(default)]
    pub team_region: TeamRegion,
    /// How many teams are published daily and honoured at the close, when the plan
    /// says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_n: Option<u32>,
}

impl QuizSetup {
    /// The quiz's name: the plan's, or 知识竞赛 ("quiz").
    pub fn name(&self) -> Text {
        self.name
            .clone()
            .unwrap_or_else(|| Text::new("知识竞赛", "quiz"))
    }

    /// The Beijing days on which sheets can be submitted (11 in 2021: 06-15 ..= 06-25).
    pub fn answering_days(&self) -> u32 {
        u32::try_from(self.window.dates().count()).unwrap_or(u32::MAX)
    }

    /// How a multiple-choice answer scores: the plan's policy; all or nothing when it
    /// gives none, which matters only for a paper without multiple-choice questions
    /// ([`Campaign::check`] requires the policy with a paper that has them).
    pub fn policy(&self) -> MultipleChoicePolicy {
        self.multiple_choice
            .unwrap_or(MultipleChoicePolicy::AllOrNothing)
    }
}
