//! Submissions against their windows (rules **D-***).
//!
//! For one unit's submissions and an "as of" instant passed in (the library never reads
//! the clock), each submission rule of the campaign yields a finding: on time, late (by
//! how much), missing, pending (its deadline is still ahead), or not applicable to the
//! unit's roles. A late or missing submission carries the evaluation effect the plan
//! names (二(三)2: 年度考评减分); a promoted progress report earns 加分 (二(三)1).
//!
//! Interpretations (RULES.md §2): a progress report names its node, and one sent after
//! its node's deadline is late for that node and does not count for the next; a
//! summary lacking one of its parts is a finding per missing part (`D-SUMMARY-PARTS`),
//! not late; a submission before its window opens does not count.
//!
//! ```
//! use fangfei::{Campaign, Outcome, campaign::{Role, SubmissionKind}, deadline::{check_submissions, Submission}, time::Instant, rule::RuleId};
//! let c = Campaign::embedded();
//! let at = |s| Instant::parse(s).unwrap();
//! let plan = Submission::new(SubmissionKind::Plan, at("2021-06-10T17:00:01+08:00"));
//! let findings = check_submissions(c, &[Role::MemberUnit], None, &[plan], at("2021-07-10"));
//! let f = findings.iter().find(|f| f.rule == RuleId::DPlan).unwrap();
//! assert_eq!(f.outcome, Outcome::Fail);
//! assert!(f.message.en.contains("1s late"));
//! ```

use chrono::NaiveDate;
use serde::Serialize;

use crate::campaign::{
    Campaign, Role, StatedField, StatementCondition, SubmissionKind, SubmissionRule, SummaryPart,
};
use crate::path::Path;
use crate::report::{Effect, Finding, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::time::{human_duration, Instant};

/// What a work plan states about a self-organised or street activity
/// (D-PLAN-SELFORG: 时间、地点、宣传方式; D-PLAN-STREET-TIME: 时间).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stated {
    /// 时间, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// 地点.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// 宣传方式.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}

impl Stated {
    fn has(&self, field: StatedField) -> bool {
        let v = match field {
            StatedField::Time => &self.time,
            StatedField::Place => &self.place,
            StatedField::Method => &self.method,
        };
        v.as_deref().is_some_and(|s| !s.trim().is_empty())
    }
}

/// One thing a unit sent the office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Submission {
    /// What was sent.
    pub kind: SubmissionKind,
    /// When the office received it (Beijing time, or any offset).
    pub submitted_at: Instant,
    /// For a progress report: the node it is for (2021-06-16 or 2021-06-24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node: Option<NaiveDate>,
    /// For a summary: the parts it includes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<SummaryPart>,
    /// For a plan: what it states about the 06-15 activity.
    #[serde(default, skip_serializing_if = "is_default")]
    pub stated: Stated,
    /// Whether the office promoted it as good practice (二(三)1).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub promoted: bool,
}

fn is_default(s: &Stated) -> bool {
    *s == Stated::default()
}

impl Submission {
    /// A submission of `kind` at `at`, with nothing else stated.
    pub fn new(kind: SubmissionKind, at: Instant) -> Submission {
        Submission {
            kind,
            submitted_at: at,
            node: None,
            parts: Vec::new(),
            stated: Stated::default(),
            promoted: false,
        }
    }
}

fn cutoff_text(rule: &SubmissionRule) -> String {
    let (cut, inclusive) = rule.due.cutoff();
    if inclusive {
        format!("{}(含)", cut.as_deadline())
    } else {
        cut.as_deadline()
    }
}

fn cutoff_text_en(rule: &SubmissionRule) -> String {
    let (cut, inclusive) = rule.due.cutoff();
    if inclusive {
        format!("{} inclusive", cut.as_deadline())
    } else {
        cut.as_deadline()
    }
}

/// The state of one submission rule for one unit.
struct Judged<'s> {
    counted: Option<(usize, &'s Submission)>,
    finding: Finding,
}

/// Checks one unit's submissions against every submission rule of `campaign`.
///
/// `roles` are the unit's roles; `self_organises` says whether the unit organises its
/// own concentrated publicity (D-PLAN-SELFORG; `None` when the record does not say).
/// Findings' paths index into `submissions` (`submissions[2]`). Submissions dated after
/// `as_of` are not yet known at that instant: each is reported and not counted.
pub fn check_submissions(
    campaign: &Campaign,
    roles: &[Role],
    self_organises: Option<bool>,
    submissions: &[Submission],
    as_of: Instant,
) -> Vec<Finding> {
    check_submissions_at(
        campaign,
        roles,
        self_organises,
        submissions,
        as_of,
        &|i, field| with_field(Path::key("submissions").at(i), field),
    )
}

/// `base`, then `field` unless it is empty (the submission as a whole).
pub(crate) fn with_field(base: Path, field: &'static str) -> Path {
    if field.is_empty() {
        base
    } else {
        base.field(field)
    }
}

/// Where field `field` of submission `i` of the list being judged sits in the input
/// (a submission may be a reported new-media work: `media_works[j].reported_at`).
pub(crate) type Place<'a> = &'a dyn Fn(usize, &'static str) -> Path;

/// [`check_submissions`] with each submission's findings placed by `place`.
pub(crate) fn check_submissions_at(
    campaign: &Campaign,
    roles: &[Role],
    self_organises: Option<bool>,
    submissions: &[Submission],
    as_of: Instant,
    place: Place<'_>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let issued = Instant::start_of(campaign.issued_on);
    // A submission's date in question: reported, and (after `as_of`) not counted.
    let questioned = |i: usize, zh: String, en: String| {
        Finding::new(
            RuleId::Input,
            Severity::Warning,
            Outcome::CannotJudge,
            place(i, "submitted_at"),
            Text::new(zh, en),
        )
    };
    for (i, s) in submissions.iter().enumerate() {
        let when = s.submitted_at.as_clock();
        // Before the plan existed: a typed year, most likely (2012 for 2021); said,
        // never taken silently as "on time".
        if s.submitted_at < issued {
            out.push(questioned(
                i,
                format!(
                    "报送时间{when}早于方案印发日{}:请核对日期",
                    campaign.issued_on
                ),
                format!(
                    "submitted at {when}, before the plan was issued on {}: check the date",
                    campaign.issued_on
                ),
            ));
        }
        if s.submitted_at > as_of {
            out.push(questioned(
                i,
                format!(
                    "报送时间{when}晚于核查时点{},本次核查不计入",
                    as_of.as_clock()
                ),
                format!(
                    "submitted at {when}, after the as-of instant {}: not counted in this check",
                    as_of.as_clock()
                ),
            ));
        }
        if s.kind == SubmissionKind::Progress
            && !campaign
                .submissions
                .iter()
                .any(|r| r.kind == s.kind && r.node == s.node)
        {
            let nodes: Vec<String> = campaign
                .submissions
                .iter()
                .filter_map(|r| r.node)
                .map(|n| n.to_string())
                .collect();
            out.push(Finding::error(
                RuleId::Input,
                place(i, "node"),
                Text::new(
                    format!("进展动态须注明所属节点({})", nodes.join("、")),
                    format!(
                        "a progress report must name its node (one of {})",
                        nodes.join(", ")
                    ),
                ),
            ));
        }
    }
    let mut plan = None;
    let judged: Vec<Judged<'_>> = campaign
        .submissions
        .iter()
        .map(|rule| judge(rule, roles, submissions, as_of, place))
        .collect();
    let judged = one_deduction_per_delivery(campaign, judged);
    for (rule, judged) in campaign.submissions.iter().zip(judged) {
        if rule.kind == SubmissionKind::Plan {
            plan = Some((judged.counted, judged.finding.outcome));
        }
        let counted = judged.counted;
        out.push(judged.finding);
        if let (Some((i, s)), Some(parts_rule)) = (counted, rule.parts_rule) {
            out.extend(check_parts(
                rule,
                parts_rule,
                i,
                s,
                submissions,
                as_of,
                place,
            ));
        } else if let (None, Some(parts_rule)) = (counted, rule.parts_rule) {
            if rule.who.applies(roles) {
                out.push(Finding::new(
                    parts_rule,
                    Severity::Info,
                    Outcome::CannotJudge,
                    "",
                    Text::new(
                        format!("未收到{},无法核对其组成部分", rule.name.zh),
                        format!(
                            "no {} received, so its parts cannot be checked",
                            rule.name.en
                        ),
                    ),
                ));
            }
        }
        if let (Some((i, s)), Effect::Bonus) = (counted, rule.effect_if_promoted) {
            if s.promoted {
                out.push(
                    Finding::pass(
                        rule.rule,
                        place(i, "promoted"),
                        Text::new(
                            "好做法被市处非办推广,列入年底考评加分",
                            "good practice promoted by the office: evaluation bonus",
                        ),
                    )
                    .with_clause(&rule.clause)
                    .with_effect(Effect::Bonus),
                );
            }
        }
    }
    out.extend(check_statements(campaign, roles, self_organises, plan));
    out
}

/// One late or missing delivery is one deduction (二(三)2; RULES.md §2): a material that
/// is a part of another's package (the statistics table of the summary) and failed
/// *with* that package — sent inside it late, or missing with it — is reported failed,
/// and the deduction is the package's; the part's finding says so and carries none.
/// Sent on its own, late or not at all while the package came, it is a delivery of its
/// own and keeps its effect.
fn one_deduction_per_delivery<'s>(
    campaign: &Campaign,
    mut judged: Vec<Judged<'s>>,
) -> Vec<Judged<'s>> {
    let failed_packages: Vec<(SummaryPart, &SubmissionRule, bool)> = campaign
        .submissions
        .iter()
        .zip(&judged)
        .filter(|(r, j)| j.finding.outcome == Outcome::Fail && r.effect_if_missed != Effect::None)
        .flat_map(|(r, j)| r.parts.iter().map(move |&p| (p, r, j.counted.is_none())))
        .collect();
    for (rule, j) in campaign.submissions.iter().zip(&mut judged) {
        let Some(part) = rule.delivered_as_part else {
            continue;
        };
        let Some(&(_, package, package_missing)) =
            failed_packages.iter().find(|(p, _, _)| *p == part)
        else {
            continue;
        };
        let with_package = match j.counted {
            Some((_, s)) => s.kind == package.kind,
            None => package_missing,
        };
        if j.finding.outcome != Outcome::Fail || j.finding.effect == Effect::None || !with_package {
            continue;
        }
        let (zh, en) = if package_missing {
            ("一并未报送", "missing with")
        } else {
            ("一并逾期", "late with")
        };
        j.finding.effect = Effect::None;
        let name = &package.name;
        j.finding
            .message
            .zh
            .push_str(&format!(";随{}{zh},减分计入{}", name.zh, name.zh));
        j.finding.message.en.push_str(&format!(
            "; {en} the {}, whose deduction covers it",
            name.en
        ));
    }
    judged
}

fn matches_rule(rule: &SubmissionRule, s: &Submission) -> bool {
    (s.kind == rule.kind && (rule.node.is_none() || s.node == rule.node))
        || rule
            .delivered_as_part
            .is_some_and(|part| s.kind == SubmissionKind::Summary && s.parts.contains(&part))
}

fn judge<'s>(
    rule: &SubmissionRule,
    roles: &[Role],
    subs: &'s [Submission],
    as_of: Instant,
    place: Place<'_>,
) -> Judged<'s> {
    let name = &rule.name;
    let finding = |sev, outcome, path: Path, zh: String, en: String| {
        Finding::new(rule.rule, sev, outcome, path, Text::new(zh, en)).with_clause(&rule.clause)
    };
    if !rule.who.applies(roles) {
        return Judged {
            counted: None,
            finding: finding(
                Severity::Info,
                Outcome::NotApplicable,
                Path::root(),
                format!("{}不适用于本单位", name.zh),
                format!("{} does not apply to this unit", name.en),
            ),
        };
    }
    let known: Vec<(usize, &Submission)> = subs
        .iter()
        .enumerate()
        .filter(|(_, s)| matches_rule(rule, s) && s.submitted_at <= as_of)
        .collect();
    let opened = |s: &Submission| rule.opens.is_none_or(|o| o <= s.submitted_at);
    if let Some(&(i, s)) = known
        .iter()
        .find(|(_, s)| opened(s) && rule.due.met_by(s.submitted_at))
    {
        return Judged {
            counted: Some((i, s)),
            finding: finding(
                Severity::Info,
                Outcome::Pass,
                place(i, ""),
                format!(
                    "{}已于{}按时报送(截止{})",
                    name.zh,
                    s.submitted_at.as_clock(),
                    cutoff_text(rule)
                ),
                format!(
                    "{} sent on time at {} (due {})",
                    name.en,
                    s.submitted_at.as_clock(),
                    cutoff_text_en(rule)
                ),
            ),
        };
    }
    if let Some(&(i, s)) = known.iter().find(|(_, s)| !rule.due.met_by(s.submitted_at)) {
        let late = rule.due.lateness(s.submitted_at).unwrap_or_default();
        let (zh, en) = human_duration(late);
        return Judged {
            counted: Some((i, s)),
            finding: finding(
                Severity::Error,
                Outcome::Fail,
                place(i, "submitted_at"),
                format!(
                    "{}于{}报送,逾期{}(截止{})",
                    name.zh,
                    s.submitted_at.as_clock(),
                    zh,
                    cutoff_text(rule)
                ),
                format!(
                    "{} sent at {}, {} late (due {})",
                    name.en,
                    s.submitted_at.as_clock(),
                    en,
                    cutoff_text_en(rule)
                ),
            )
            .with_effect(rule.effect_if_missed),
        };
    }
    // What was sent before the window opened (the finding is the rule's, at the root:
    // the note says when, not where).
    let early_note = match (known.first(), rule.opens) {
        (Some((_, s)), Some(opens)) => (
            format!(
                ";{}报送的一份早于报送窗口开始({}),不计入",
                s.submitted_at.as_clock(),
                opens.as_clock()
            ),
            format!(
                "; the one sent at {} came before the window opened ({}) and does not count",
                s.submitted_at.as_clock(),
                opens.as_clock()
            ),
        ),
        _ => (String::new(), String::new()),
    };
    if rule.due.met_by(as_of) {
        Judged {
            counted: None,
            finding: finding(
                if known.is_empty() {
                    Severity::Info
                } else {
                    Severity::Warning
                },
                Outcome::Pending,
                Path::root(),
                format!(
                    "{}尚未报送,截止{}{}",
                    name.zh,
                    cutoff_text(rule),
                    early_note.0
                ),
                format!(
                    "{} not yet sent; due {}{}",
                    name.en,
                    cutoff_text_en(rule),
                    early_note.1
                ),
            ),
        }
    } else {
        Judged {
            counted: None,
            finding: finding(
                Severity::Error,
                Outcome::Fail,
                Path::root(),
                format!(
                    "未报送{}(截止{}){}",
                    name.zh,
                    cutoff_text(rule),
                    early_note.0
                ),
                format!(
                    "{} missing (due {}){}",
                    name.en,
                    cutoff_text_en(rule),
                    early_note.1
                ),
            )
            .with_effect(rule.effect_if_missed),
        }
    }
}

fn check_parts(
    rule: &SubmissionRule,
    parts_rule: RuleId,
    i: usize,
    summary: &Submission,
    subs: &[Submission],
    as_of: Instant,
    place: Place<'_>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for &part in &rule.parts {
        // The statistics table may also come on its own (D-STATS).
        let separately = subs.iter().any(|s| {
            s.submitted_at <= as_of
                && s.kind == SubmissionKind::StatisticsTable
                && part == SummaryPart::StatisticsTable
        });
        let label = part.label();
        if summary.parts.contains(&part) || separately {
            out.push(
                Finding::pass(
                    parts_rule,
                    place(i, "parts"),
                    Text::new(
                        format!("总结含{}", label.zh),
                        format!("the summary includes {}", label.en),
                    ),
                )
                .with_clause(&rule.clause),
            );
        } else {
            out.push(
                Finding::error(
                    parts_rule,
                    place(i, "parts"),
                    Text::new(
                        format!("{}缺少{}", rule.name.zh, label.zh),
                        format!("the {} lacks {}", rule.name.en, label.en),
                    ),
                )
                .with_clause(&rule.clause),
            );
        }
    }
    out
}

fn check_statements(
    campaign: &Campaign,
    roles: &[Role],
    self_organises: Option<bool>,
    plan: Option<(Option<(usize, &Submission)>, Outcome)>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for st in &campaign.plan_statements {
        let info = st.rule.info();
        let f = |sev, outcome, path: Path, zh: String, en: String| {
            Finding::new(st.rule, sev, outcome, path, Text::new(zh, en)).with_clause(&st.clause)
        };
        if !st.who.applies(roles) {
            out.push(f(
                Severity::Info,
                Outcome::NotApplicable,
                Path::root(),
                format!("{}不适用于本单位", info.title_zh),
                format!("{} does not apply to this unit", info.title_en),
            ));
            continue;
        }
        if st.condition == StatementCondition::SelfOrganisesConcentratedDay {
            match self_organises {
                Some(false) => {
                    out.push(f(
                        Severity::Info,
                        Outcome::NotApplicable,
                        Path::root(),
                        "本单位未自行组织集中宣传".into(),
                        "the unit does not organise its own concentrated publicity".into(),
                    ));
                    continue;
                }
                None => {
                    out.push(f(
                        Severity::Warning,
                        Outcome::CannotJudge,
                        "self_organises_concentrated_day".into(),
                        "记录未说明本单位是否自行组织集中宣传,无法判断".into(),
                        "the record does not say whether the unit organises its own concentrated publicity".into(),
                    ));
                    continue;
                }
                Some(true) => {}
            }
        }
        let needed: Vec<StatedField> = st.requires.clone();
        match plan {
            Some((Some((i, p)), _)) => {
                let missing: Vec<StatedField> = needed
                    .iter()
                    .copied()
                    .filter(|&fld| !p.stated.has(fld))
                    .collect();
                if missing.is_empty() {
                    out.push(f(
                        Severity::Info,
                        Outcome::Pass,
                        Path::key("submissions").at(i).field("stated"),
                        format!("计划已明确{}", join_zh(&needed)),
                        format!("the plan states {}", join_en(&needed)),
                    ));
                } else {
                    out.push(
                        f(
                            Severity::Error,
                            Outcome::Fail,
                            Path::key("submissions").at(i).field("stated"),
                            format!("计划未明确{}", join_zh(&missing)),
                            format!("the plan does not state the {}", join_en(&missing)),
                        )
                        .with_effect(st.effect_if_missed),
                    );
                }
            }
            Some((None, Outcome::Pending)) => out.push(f(
                Severity::Info,
                Outcome::Pending,
                Path::root(),
                "活动计划尚未报送".into(),
                "the work plan is not yet due".into(),
            )),
            _ => out.push(f(
                Severity::Error,
                Outcome::Fail,
                Path::root(),
                format!("未报送活动计划,未能明确{}", join_zh(&needed)),
                format!(
                    "no work plan was sent, so the {} were not stated",
                    join_en(&needed)
                ),
            )),
        }
    }
    out
}

fn join_zh(fields: &[StatedField]) -> String {
    fields
        .iter()
        .map(|f| f.label().zh)
        .collect::<Vec<_>>()
        .join("、")
}

fn join_en(fields: &[StatedField]) -> String {
    fields
        .iter()
        .map(|f| f.label().en)
        .collect::<Vec<_>>()
        .join(", ")
}

crate::json::read_struct!(Stated {
    time: opt,
    place: opt,
    method: opt
});
crate::json::read_struct!(Submission {
    kind: req,
    submitted_at: req,
    node: opt,
    parts: or_default,
    stated: or_default,
    promoted: or_default,
});
