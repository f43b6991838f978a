//! *deliver*: a material sent to the office in its window (2021: D-PLAN, D-PROGRESS-*,
//! D-SUMMARY, D-STATS, D-NEWMEDIA-WEEK1).
//!
//! For one unit's submissions and an "as of" instant passed in (the library never reads
//! the clock), each delivery duty yields a finding: on time, late (by how much),
//! missing, pending (its deadline is still ahead), or not applicable to the unit. A
//! late or missing delivery carries the duty's evaluation effect (2021, 二(三)2:
//! 年度考评减分); a promoted delivery earns the duty's `promoted` effect (二(三)1: 加分).
//!
//! Readings (RULES.md §2): a report names its node, and one sent after its node's
//! deadline is late for that node and does not count for the next; a material lacking a
//! part is a finding per missing part under the duty's parts rule, not late; a
//! submission before its window opens does not count; one late or missing delivery is
//! one deduction — a material that is a part of another's package and failed *with*
//! that package carries none of its own.

use crate::campaign::{Campaign, Deliver, Duty, DutyRule, Parts};
use crate::path::Path;
use crate::record::Submission;
use crate::report::{Effect, Finding, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::time::{human_duration, Deadline, Instant};

use super::Ctx;

/// Where a delivery came from: a submission, or a list's item reported to the office.
#[derive(Clone)]
struct Source {
    /// The submission (made from the item, for a reported item).
    sub: Submission,
    /// `submissions[i]`, or `media_works[j]` for a reported item.
    path: Path,
    /// Whether it is a reported item (its time is its `reported_at`).
    item: bool,
}

impl Source {
    /// The place of field `field` of the delivery (`""`: the delivery as a whole).
    fn at(&self, field: &'static str) -> Path {
        let field = match (self.item, field) {
            (true, "submitted_at") => "reported_at",
            (_, f) => f,
        };
        if field.is_empty() {
            self.path.clone()
        } else {
            self.path.clone().field(field)
        }
    }
}

/// One delivery duty judged.
struct Judged<'c> {
    duty: &'c Duty,
    x: &'c Deliver,
    /// The delivery's name in messages.
    name: Text,
    /// The delivery counted (an index into the sources).
    counted: Option<usize>,
    finding: Finding,
}

/// Every delivery duty of the campaign judged for one unit.
pub(crate) struct Deliveries<'c> {
    campaign: &'c Campaign,
    as_of: Instant,
    sources: Vec<Source>,
    judged: Vec<Judged<'c>>,
    /// Findings about the submissions themselves (dates in question, a node missing).
    pub questioned: Vec<Finding>,
    /// The statistics table's material, when the record holds the table's figures
    /// (issue 29, item 20: received, at a time not recorded).
    table_held: Option<&'c str>,
    /// Notes of deliveries received after the as-of instant, each under its duty's
    /// rule (see [`after_as_of`]): listed after the duty's own finding.
    after: Vec<Finding>,
}

impl<'c> Deliveries<'c> {
    pub(crate) fn judge(cx: &Ctx<'c>) -> Deliveries<'c> {
        let campaign = cx.campaign;
        let mut sources: Vec<Source> = cx
            .record
            .submissions
            .iter()
            .enumerate()
            .map(|(i, s)| Source {
                sub: s.clone(),
                path: Path::key("submissions").at(i),
                item: false,
            })
            .collect();
        // Items of a list reported to the office are deliveries too: one published
        // before the window opened is dated by its publication (and so does not count);
        // otherwise by its report.
        for d in &campaign.duties {
            let DutyRule::Deliver(x) = &d.rule else {
                continue;
            };
            let Some(r) = &x.reported_in else {
                continue;
            };
            for (j, item) in cx
                .record
                .list(&r.list)
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                let (Some(reported), Some(published)) = (item.reported_at, item.when()) else {
                    continue;
                };
                if !item.on(campaign, &r.channels) {
                    continue;
                }
                let before_window = x.opens.is_some_and(|o| published < o);
                let at = if before_window {
                    published
                } else {
                    reported.max(published)
                };
                sources.push(Source {
                    sub: Submission::new(x.material.clone(), at),
                    path: Path::key(r.list.clone()).at(j),
                    item: true,
                });
            }
        }
        let (after, questioned): (Vec<Finding>, Vec<Finding>) = questioned(cx, &sources)
            .into_iter()
            .partition(|f| f.rule != RuleId::INPUT);
        let judged = campaign
            .duties
            .iter()
            .filter_map(|d| match &d.rule {
                DutyRule::Deliver(x) => Some(judge_one(cx, d, x, &sources)),
                _ => None,
            })
            .collect();
        let mut all = Deliveries {
            campaign,
            as_of: cx.as_of,
            sources,
            judged,
            questioned,
            after,
            table_held: campaign
                .statistics_table
                .as_ref()
                .and_then(|t| t.material.as_deref())
                .filter(|_| cx.record.table.is_some()),
        };
        all.one_deduction_per_delivery();
        all
    }

    /// For the first delivery duty of `material` that binds the unit: the submission
    /// counted (with its place) and the duty's outcome; `None` when none binds it.
    pub(crate) fn of_material(
        &self,
        material: &str,
    ) -> Option<(Option<(&Submission, Path)>, Outcome)> {
        let j = self.binding(material)?;
        let counted = j
            .counted
            .and_then(|i| self.sources.get(i))
            .map(|s| (&s.sub, s.path.clone()));
        Some((counted, j.finding.outcome))
    }

    fn binding(&self, material: &str) -> Option<&Judged<'c>> {
        self.judged
            .iter()
            .find(|j| j.x.material == material && j.finding.outcome != Outcome::NotApplicable)
    }

    /// Appends `duty`'s findings: the delivery, its parts, its promotion.
    pub(crate) fn findings_of(&self, duty: &Duty, out: &mut Vec<Finding>) {
        let Some(j) = self.judged.iter().find(|j| j.duty.id == duty.id) else {
            return;
        };
        out.push(j.finding.clone());
        out.extend(self.after.iter().filter(|f| f.rule == duty.id).cloned());
        let counted = j.counted.and_then(|i| self.sources.get(i));
        if let Some(parts) = &j.x.parts {
            match counted {
                Some(s) => out.extend(self.parts(j, parts, s)),
                None if j.finding.outcome != Outcome::NotApplicable => out.push(
                    Finding::new(
                        parts.id,
                        Severity::Info,
                        Outcome::CannotJudge,
                        "",
                        Text::new(
                            format!("未收到{},无法核对其组成部分", j.name.zh),
                            format!("no {} received, so its parts cannot be checked", j.name.en),
                        ),
                    )
                    .with_clause(&duty.clause),
                ),
                None => {}
            }
        }
        if let (Some(s), Effect::Bonus) = (counted, j.x.promoted) {
            if s.sub.promoted {
                out.push(
                    Finding::pass(
                        duty.id,
                        s.at("promoted"),
                        Text::new(
                            "好做法被推广,列入年度考评加分",
                            "good practice promoted: evaluation bonus",
                        ),
                    )
                    .with_clause(&duty.clause)
                    .with_effect(Effect::Bonus),
                );
            }
        }
    }

    /// One finding per required part of the counted delivery.
    fn parts(&self, j: &Judged<'_>, parts: &Parts, s: &Source) -> Vec<Finding> {
        let material = self.campaign.material_name(&j.x.material);
        parts
            .require
            .iter()
            .map(|part| {
                // A part may also come on its own (the statistics table: D-STATS).
                let separately = self.judged.iter().any(|other| {
                    other
                        .x
                        .part_of
                        .as_ref()
                        .is_some_and(|p| p.material == j.x.material && p.part == *part)
                        && self.sources.iter().any(|o| {
                            o.sub.submitted_at <= self.as_of && o.sub.kind == other.x.material
                        })
                });
                // The part is the statistics table and its figures are held: it came,
                // with the package or not is not known (issue 29, item 20).
                let held = self.judged.iter().any(|other| {
                    other
                        .x
                        .part_of
                        .as_ref()
                        .is_some_and(|p| p.material == j.x.material && p.part == *part)
                        && self.table_held == Some(other.x.material.as_str())
                });
                let label = self.campaign.part_name(&j.x.material, part);
                if held && !s.sub.parts.contains(part) && !separately {
                    return Finding::new(
                        parts.id,
                        Severity::Warning,
                        Outcome::CannotJudge,
                        s.at("parts"),
                        Text::new(
                            format!(
                                "{}未登记含{};{}已填,无法判断是否随{}报送",
                                j.name.zh, label.zh, label.zh, j.name.zh
                            ),
                            format!(
                                "the {} is not recorded with {}; the {} is filled in, so whether it came with the {} cannot be judged",
                                j.name.en, label.en, label.en, j.name.en
                            ),
                        ),
                    )
                    .with_clause(&j.duty.clause);
                }
                if s.sub.parts.contains(part) || separately {
                    Finding::pass(
                        parts.id,
                        s.at("parts"),
                        Text::new(
                            format!("{}含{}", material.zh, label.zh),
                            format!("the {} includes {}", material.en, label.en),
                        ),
                    )
                    .with_clause(&j.duty.clause)
                } else {
                    Finding::error(
                        parts.id,
                        s.at("parts"),
                        Text::new(
                            format!("{}缺少{}", j.name.zh, label.zh),
                            format!("the {} lacks {}", j.name.en, label.en),
                        ),
                    )
                    .with_clause(&j.duty.clause)
                }
            })
            .collect()
    }

    /// One late or missing delivery is one deduction (二(三)2; RULES.md §2): a material
    /// that is a part of another's package (the statistics table of the summary) and
    /// failed *with* that package — sent inside it late, or missing with it — is
    /// reported failed, and the deduction is the package's; the part's finding says so
    /// and carries none. Sent on its own, late or not at all while the package came,
    /// it is a delivery of its own and keeps its effect.
    fn one_deduction_per_delivery(&mut self) {
        // (package material, part, package name, whether the package is missing)
        let failed: Vec<(String, String, Text, bool)> = self
            .judged
            .iter()
            .filter(|j| j.finding.outcome == Outcome::Fail && j.duty.effect != Effect::None)
            .flat_map(|j| {
                j.x.parts.iter().flat_map(move |p| {
                    p.require.iter().map(move |part| {
                        (
                            j.x.material.clone(),
                            part.clone(),
                            j.name.clone(),
                            j.counted.is_none(),
                        )
                    })
                })
            })
            .collect();
        let sources = &self.sources;
        for j in &mut self.judged {
            let Some(part_of) = &j.x.part_of else {
                continue;
            };
            let Some((package, _, name, package_missing)) = failed
                .iter()
                .find(|(m, p, _, _)| *m == part_of.material && *p == part_of.part)
            else {
                continue;
            };
            let with_package = match j.counted.and_then(|i| sources.get(i)) {
                Some(s) => s.sub.kind == *package,
                None => *package_missing,
            };
            if j.finding.outcome != Outcome::Fail
                || j.finding.effect == Effect::None
                || !with_package
            {
                continue;
            }
            let (zh, en) = if *package_missing {
                ("一并未报送", "missing with")
            } else {
                ("一并逾期", "late with")
            };
            j.finding.effect = Effect::None;
            j.finding
                .message
                .zh
                .push_str(&format!(";随{}{zh},减分计入{}", name.zh, name.zh));
            j.finding.message.en.push_str(&format!(
                "; {en} the {}, whose deduction covers it",
                name.en
            ));
        }
    }
}

/// Submissions whose date is in question: before the plan was issued (a typed year,
/// most likely: 2012 for 2021), said, never taken silently as "on time"; after the
/// as-of instant, not yet known then, each reported and not counted; and a report
/// that names no node of its material's.
fn questioned(cx: &Ctx<'_>, sources: &[Source]) -> Vec<Finding> {
    let campaign = cx.campaign;
    let mut out = Vec::new();
    let first_day = campaign.issued_on.unwrap_or_else(|| {
        chrono::NaiveDate::from_ymd_opt(campaign.year, 1, 1).unwrap_or(campaign.span.first)
    });
    let issued = Instant::start_of(first_day);
    let question = |s: &Source, zh: String, en: String| {
        Finding::new(
            RuleId::INPUT,
            Severity::Warning,
            Outcome::CannotJudge,
            s.at("submitted_at"),
            Text::new(zh, en),
        )
    };
    for s in sources {
        let when = s.sub.submitted_at.as_clock();
        if s.sub.submitted_at < issued {
            let (zh, en) = match campaign.issued_on {
                Some(d) => (
                    format!("报送时间{when}早于方案印发日{d}:请核对日期"),
                    format!(
                        "submitted at {when}, before the plan was issued on {d}: check the date"
                    ),
                ),
                None => (
                    format!("报送时间{when}早于{}年:请核对日期", campaign.year),
                    format!(
                        "submitted at {when}, before {}: check the date",
                        campaign.year
                    ),
                ),
            };
            out.push(question(s, zh, en));
        }
        if s.sub.submitted_at > cx.as_of {
            out.push(after_as_of(cx, s));
        }
        if s.item {
            continue;
        }
        // A material delivered by node: the submission must name one of its nodes.
        let nodes: Vec<chrono::NaiveDate> = deliver_duties(campaign)
            .filter(|x| x.material == s.sub.kind)
            .filter_map(|x| x.node)
            .collect();
        if !nodes.is_empty() && !s.sub.node.is_some_and(|n| nodes.contains(&n)) {
            let name = campaign.material_name(&s.sub.kind);
            let list: Vec<String> = nodes.iter().map(|n| n.to_string()).collect();
            out.push(Finding::error(
                RuleId::INPUT,
                s.at("node"),
                Text::new(
                    format!("{}须注明所属节点({})", name.zh, list.join("、")),
                    format!(
                        "a {} must name its node (one of {})",
                        name.en,
                        list.join(", ")
                    ),
                ),
            ));
        }
    }
    out
}

/// A delivery received after the as-of instant: not known then, so not counted — said
/// under the material's own rule (the first delivery duty it is a delivery of, one that
/// binds the unit first) as a note (仅记录), for a clerk reads it under the material's
/// name, not as a fault of the input (issue 29, item 16). A submission of no duty's
/// material stays a question of the input.
fn after_as_of(cx: &Ctx<'_>, s: &Source) -> Finding {
    let campaign = cx.campaign;
    let when = s.sub.submitted_at.as_clock();
    let of = |d: &&Duty| match &d.rule {
        DutyRule::Deliver(x) => delivers(x, &s.sub),
        _ => false,
    };
    let duty = campaign
        .duties
        .iter()
        .filter(of)
        .find(|d| cx.binds(d))
        .or_else(|| campaign.duties.iter().find(of));
    let Some(duty) = duty else {
        return Finding::new(
            RuleId::INPUT,
            Severity::Warning,
            Outcome::CannotJudge,
            s.at("submitted_at"),
            Text::new(
                format!(
                    "报送时间{when}晚于核查时点{},本次核查不计入",
                    cx.as_of.as_clock()
                ),
                format!(
                    "submitted at {when}, after the as-of instant {}: not counted in this check",
                    cx.as_of.as_clock()
                ),
            ),
        );
    };
    let name = match &duty.rule {
        DutyRule::Deliver(x) => campaign.delivery_name(x),
        _ => campaign.material_name(&s.sub.kind),
    };
    Finding::new(
        duty.id,
        Severity::Warning,
        Outcome::Reported,
        s.at("submitted_at"),
        Text::new(
            format!("{}核查时点后收到,本次不计(收到时间{when})", name.zh),
            format!(
                "{} received at {when}, after the as-of instant {}: not counted in this check",
                name.en,
                cx.as_of.as_clock()
            ),
        ),
    )
    .with_clause(&duty.clause)
}

fn deliver_duties(c: &Campaign) -> impl Iterator<Item = &Deliver> {
    c.duties.iter().filter_map(|d| match &d.rule {
        DutyRule::Deliver(x) => Some(x),
        _ => None,
    })
}

/// Whether submission `s` is a delivery of `x`: its material (for its node), or the
/// package `x` is a part of, holding that part.
fn delivers(x: &Deliver, s: &Submission) -> bool {
    (s.kind == x.material && (x.node.is_none() || s.node == x.node))
        || x.part_of
            .as_ref()
            .is_some_and(|p| s.kind == p.material && s.parts.contains(&p.part))
}

fn cutoff_text(d: &Deadline) -> (String, String) {
    let (cut, inclusive) = d.cutoff();
    if inclusive {
        (
            format!("{}(含)", cut.as_deadline()),
            format!("{} inclusive", cut.as_deadline()),
        )
    } else {
        (cut.as_deadline(), cut.as_deadline())
    }
}

fn judge_one<'c>(cx: &Ctx<'c>, duty: &'c Duty, x: &'c Deliver, sources: &[Source]) -> Judged<'c> {
    let name = cx.campaign.delivery_name(x);
    let due = cx.campaign.due_of(x);
    let (cut_zh, cut_en) = cutoff_text(&due);
    let judged = |counted, finding| Judged {
        duty,
        x,
        name: name.clone(),
        counted,
        finding,
    };
    let finding = |sev, outcome, path: Path, zh: String, en: String| {
        Finding::new(duty.id, sev, outcome, path, Text::new(zh, en)).with_clause(&duty.clause)
    };
    if !cx.binds(duty) {
        return judged(
            None,
            finding(
                Severity::Info,
                Outcome::NotApplicable,
                Path::root(),
                format!("{}不适用于本单位", name.zh),
                format!("{} does not apply to this unit", name.en),
            ),
        );
    }
    let known: Vec<(usize, &Source)> = sources
        .iter()
        .enumerate()
        .filter(|(_, s)| delivers(x, &s.sub) && s.sub.submitted_at <= cx.as_of)
        .collect();
    let opened = |s: &Source| x.opens.is_none_or(|o| o <= s.sub.submitted_at);
    let on_time = |s: &Source| due.met_by(s.sub.submitted_at);
    // On time inside the window; else, for a node's report, on time but before its
    // window opened: it still counts for that node, with a note — the plan deducts for
    // late, never for early (二(三)1; RULES.md D-PROGRESS-2).
    let counted = known
        .iter()
        .find(|(_, s)| opened(s) && on_time(s))
        .map(|found| (found, None))
        .or_else(|| {
            let opens = x.opens.filter(|_| x.node.is_some())?;
            known
                .iter()
                .find(|(_, s)| on_time(s))
                .map(|found| (found, Some(opens)))
        });
    if let Some((&(i, s), early)) = counted {
        let at = s.sub.submitted_at.as_clock();
        let (zh, en) = match early {
            None => (
                format!("{}已于{at}按时报送(截止{cut_zh})", name.zh),
                format!("{} sent on time at {at} (due {cut_en})", name.en),
            ),
            Some(opens) => (
                format!(
                    "{}已于{at}报送,早于本节点报送期({}起),计入本节点",
                    name.zh,
                    opens.as_clock()
                ),
                format!(
                    "{} sent at {at}, before the node's window ({}): counted for this node",
                    name.en,
                    opens.as_clock()
                ),
            ),
        };
        return judged(
            Some(i),
            finding(Severity::Info, Outcome::Pass, s.at(""), zh, en),
        );
    }
    if let Some(&(i, s)) = known.iter().find(|(_, s)| !due.met_by(s.sub.submitted_at)) {
        let late = due.lateness(s.sub.submitted_at).unwrap_or_default();
        let (lzh, len) = human_duration(late);
        let at = s.sub.submitted_at.as_clock();
        return judged(
            Some(i),
            finding(
                duty.severity,
                Outcome::Fail,
                s.at("submitted_at"),
                format!("{}于{at}报送,逾期{lzh}(截止{cut_zh})", name.zh),
                format!("{} sent at {at}, {len} late (due {cut_en})", name.en),
            )
            .with_effect(duty.effect),
        );
    }
    // The statistics table's figures held with no receipt of it (the ledger's 附件3
    // sheet filled, no row on 材料报送): the table was received, when is not known —
    // never 未报送 beside the table's own checks (issue 29, item 20; RULES.md D-STATS).
    let table_held = cx
        .campaign
        .statistics_table
        .as_ref()
        .is_some_and(|t| t.material.as_deref() == Some(x.material.as_str()))
        && cx.record.table.is_some();
    if known.is_empty() && table_held && due.met_by(cx.as_of) {
        // Not due yet: nothing to judge, and the note says what to register.
        return judged(
            None,
            finding(
                Severity::Info,
                Outcome::Pending,
                Path::root(),
                format!("{}已填但未登记收到时间,截止{cut_zh}", name.zh),
                format!(
                    "the {} is filled in but its receipt is not recorded; due {cut_en}",
                    name.en
                ),
            ),
        );
    }
    if known.is_empty() && table_held {
        return judged(
            None,
            finding(
                Severity::Warning,
                Outcome::CannotJudge,
                Path::root(),
                format!(
                    "{}已填但未登记收到时间,无法判断是否按时报送(截止{cut_zh})",
                    name.zh
                ),
                format!(
                    "the {} is filled in but its receipt is not recorded: whether it came on time cannot be judged (due {cut_en})",
                    name.en
                ),
            ),
        );
    }
    // What was sent before the window opened (the finding is the duty's, at the root:
    // the note says when, not where).
    // A reported item before the window is dated by its publication, never called 报送.
    let (note_zh, note_en) = match (known.first(), x.opens) {
        (Some((_, s)), Some(opens)) => (
            format!(
                ";{}{}的一份早于{}({}),不计入",
                s.sub.submitted_at.as_clock(),
                if s.item { "发布" } else { "报送" },
                if s.item {
                    "起算时间"
                } else {
                    "报送窗口开始"
                },
                opens.as_clock()
            ),
            format!(
                "; the one {} at {} came before {} ({}) and does not count",
                if s.item { "published" } else { "sent" },
                s.sub.submitted_at.as_clock(),
                if s.item {
                    "counting starts"
                } else {
                    "the window opened"
                },
                opens.as_clock()
            ),
        ),
        _ => (String::new(), String::new()),
    };
    if due.met_by(cx.as_of) {
        let sev = if known.is_empty() {
            Severity::Info
        } else {
            Severity::Warning
        };
        judged(
            None,
            finding(
                sev,
                Outcome::Pending,
                Path::root(),
                format!("{}尚未报送,截止{cut_zh}{note_zh}", name.zh),
                format!("{} not yet sent; due {cut_en}{note_en}", name.en),
            ),
        )
    } else {
        judged(
            None,
            finding(
                duty.severity,
                Outcome::Fail,
                Path::root(),
                format!("未报送{}(截止{cut_zh}){note_zh}", name.zh),
                format!("{} missing (due {cut_en}){note_en}", name.en),
            )
            .with_effect(duty.effect),
        )
    }
}
