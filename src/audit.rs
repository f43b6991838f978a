//! One unit's compliance, and the city office's audit of every unit.
//!
//! [`check_unit`] runs every D-* and M-* rule on a unit's record (and validates its
//! Annex 3 table, if any); [`audit`] does so for a folder's worth of records, finds
//! duplicate and missing returns, and totals the Annex 3 tables.
//!
//! ```
//! use fangfei::{Campaign, Instant, Outcome, RuleId};
//! use fangfei::record::UnitRecord;
//! let c = Campaign::embedded();
//! let record = UnitRecord::from_json(r#"{"unit": "市文广新局", "media_works": []}"#).unwrap();
//! let report = fangfei::audit::check_unit(c, &record, Instant::parse("2021-07-10").unwrap());
//! assert_eq!(report.unit, "市文广局"); // the alias resolved
//! assert_eq!(report.outcome(RuleId::MMedia3), Some(Outcome::Fail)); // none published
//! assert_eq!(report.outcome(RuleId::MQijin3), Some(Outcome::CannotJudge)); // not reported
//! assert_eq!(report.outcome(RuleId::MPropTv), Some(Outcome::NotApplicable));
//! assert_eq!(report.outcome(RuleId::DPlan), Some(Outcome::Fail)); // no plan received
//! ```

use serde::Serialize;

use crate::annex3::sheet::{read_forms, Batch};
use crate::annex3::validate_form;
use crate::campaign::{Campaign, Role, SubmissionKind};
use crate::deadline::{check_submissions_at, with_field, Submission};
use crate::minimum::check_minimums;
use crate::path::Path;
use crate::record::{RecordError, UnitRecord};
use crate::report::{Effect, Finding, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::time::Instant;

/// One unit's report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct UnitReport {
    /// The unit's name on the roster (or as written, for a unit not on it).
    pub unit: String,
    /// Whether the unit is on the campaign's roster.
    pub on_roster: bool,
    /// The roles the rules were judged for.
    pub roles: Vec<Role>,
    /// Every finding, each with its rule, path and the unit.
    pub findings: Vec<Finding>,
}

impl UnitReport {
    /// The rule's overall outcome for the unit: fail if any finding fails, else cannot
    /// judge, else pending, else pass, else not applicable; `None` when no finding has
    /// the rule.
    pub fn outcome(&self, rule: RuleId) -> Option<Outcome> {
        let outcomes: Vec<Outcome> = self
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.outcome)
            .collect();
        [
            Outcome::Fail,
            Outcome::CannotJudge,
            Outcome::Pending,
            Outcome::Pass,
            Outcome::Reported,
            Outcome::NotApplicable,
        ]
        .into_iter()
        .find(|o| outcomes.contains(o))
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// The D-*, M-* and E-* rules a unit report judges, in catalogue order.
pub fn judged_rules(campaign: &Campaign) -> Vec<RuleId> {
    let mut rules: Vec<RuleId> = campaign.submissions.iter().map(|s| s.rule).collect();
    rules.extend(campaign.submissions.iter().filter_map(|s| s.parts_rule));
    rules.extend(campaign.plan_statements.iter().map(|s| s.rule));
    rules.extend(campaign.minimums.all().iter().map(|r| r.rule));
    rules.push(RuleId::ESpotcheck);
    rules.sort();
    rules.dedup();
    rules
}

/// New-media works reported to the office count as D-NEWMEDIA-WEEK1 submissions: a
/// work published before the window opened is dated by its publication (and so does
/// not count); otherwise by its report.
fn media_submissions(campaign: &Campaign, record: &UnitRecord) -> Vec<(usize, Submission)> {
    let opens = campaign
        .submissions
        .iter()
        .find(|s| s.kind == SubmissionKind::NewMediaWork)
        .and_then(|s| s.opens);
    record
        .media_works
        .iter()
        .flatten()
        .enumerate()
        .filter(|(_, w)| w.is_new_media())
        .filter_map(|(i, w)| {
            let reported = w.reported_at?;
            let before_window = opens.is_some_and(|o| w.published_at < o);
            let at = if before_window {
                w.published_at
            } else {
                reported.max(w.published_at)
            };
            Some((i, Submission::new(SubmissionKind::NewMediaWork, at)))
        })
        .collect()
}

/// Runs every D-* and M-* rule of `campaign` on `record`, as of `as_of`.
pub fn check_unit(campaign: &Campaign, record: &UnitRecord, as_of: Instant) -> UnitReport {
    let mut findings = Vec::new();
    let written = record.unit.trim();
    // A name with a newline or an escape sequence would forge or drive a report: it is
    // no unit's name, refused, and shown with its controls visible.
    if written.chars().any(char::is_control) {
        findings.push(Finding::error(
            RuleId::Units,
            "unit",
            Text::new(
                format!(
                    "单位名称“{}”含控制字符(换行、转义序列等),不是有效的单位名称",
                    crate::text::printable(written)
                ),
                format!(
                    "the unit name {:?} holds control characters (line breaks, escape sequences): no unit's name",
                    crate::text::printable(written)
                ),
            ),
        ));
    }
    let known = campaign.resolve_unit(written);
    let unit = known.map_or_else(|| written.to_owned(), |u| u.name.clone());
    let roles: Vec<Role> = match (known, &record.roles) {
        (Some(u), _) => {
            if u.name != written {
                findings.push(Finding::new(
                    RuleId::Units,
                    Severity::Info,
                    Outcome::Pass,
                    "unit",
                    Text::new(
                        format!("“{written}”即“{}”", u.name),
                        format!("{written:?} is {:?}", u.name),
                    ),
                ));
            }
            u.roles.clone()
        }
        (None, roles) => {
            let near = campaign.suggest_units(written, 3);
            let (zh, en) = if near.is_empty() {
                (String::new(), String::new())
            } else {
                (
                    format!(";是否为:{}", near.join("、")),
                    format!("; did you mean {}", near.join(", ")),
                )
            };
            match roles {
                Some(r) if !r.is_empty() => {
                    findings.push(Finding::new(
                        RuleId::Units,
                        Severity::Warning,
                        Outcome::Fail,
                        "unit",
                        Text::new(format!("“{written}”不在本次活动的单位名单中,按记录所列角色核查{zh}"), format!("{written:?} is not on the campaign's roster; judged by the roles the record gives{en}")),
                    ));
                    r.clone()
                }
                _ => {
                    findings.push(Finding::error(
                        RuleId::Units,
                        "unit",
                        Text::new(format!("“{written}”不在本次活动的单位名单中,记录也未写明角色,无法核查{zh}"), format!("{written:?} is not on the campaign's roster and the record gives no roles, so nothing can be judged{en}")),
                    ));
                    for rule in judged_rules(campaign) {
                        findings.push(Finding::new(
                            rule,
                            Severity::Warning,
                            Outcome::CannotJudge,
                            "unit",
                            Text::new("单位不明,无法判断", "unknown unit: cannot judge"),
                        ));
                    }
                    return finish(unit, false, Vec::new(), findings);
                }
            }
        }
    };

    // Submissions, with reported new-media works among them: each judged with its own
    // path (`media_works[j].reported_at`), never a `submissions[k]` that is not there.
    let explicit = record.submissions.len();
    let media = media_submissions(campaign, record);
    let mut subs = record.submissions.clone();
    subs.extend(media.iter().map(|(_, s)| s.clone()));
    let place = |i: usize, field: &'static str| -> Path {
        let (base, field) = match i.checked_sub(explicit).and_then(|k| media.get(k)) {
            Some((j, _)) => (
                Path::key("media_works").at(*j),
                if field == "submitted_at" {
                    "reported_at"
                } else {
                    field
                },
            ),
            None => (Path::key("submissions").at(i), field),
        };
        with_field(base, field)
    };
    findings.extend(check_submissions_at(
        campaign,
        &roles,
        record.self_organises_concentrated_day,
        &subs,
        as_of,
        &place,
    ));
    findings.extend(check_minimums(campaign, &roles, record, as_of));
    findings.extend(crate::spotcheck::check(record));
    if let Some(form) = record.annex3_form() {
        for f in validate_form(campaign, &form).findings {
            findings.push(Finding {
                path: Path::key("annex3").join(&f.path),
                ..f
            });
        }
        if let Some(other) = other_units_table(campaign, record, &form) {
            findings.push(Finding::error(
                RuleId::A3Unit,
                Path::key("annex3").field("unit"),
                Text::new(
                    format!("统计表的填报单位是“{other}”,不是本记录的“{unit}”:不计入合计,请核对"),
                    format!("the table's unit is {other:?}, not this record's {unit:?}: not counted in the total; check it"),
                ),
            ));
        }
    }
    finish(unit, known.is_some(), roles, findings)
}

/// The unit a record's Annex 3 table names, when that is another unit of the roster
/// than the record's own: such a table would take the other unit's place in a total.
fn other_units_table(
    campaign: &Campaign,
    record: &UnitRecord,
    form: &crate::annex3::Form,
) -> Option<String> {
    let named = campaign.resolve_unit(form.unit.as_deref()?.trim())?;
    let own = campaign.resolve_unit(record.unit.trim())?;
    (!std::ptr::eq(named, own)).then(|| named.name.clone())
}

fn finish(unit: String, on_roster: bool, roles: Vec<Role>, findings: Vec<Finding>) -> UnitReport {
    let findings = findings.into_iter().map(|f| f.with_unit(&unit)).collect();
    UnitReport {
        unit,
        on_roster,
        roles,
        findings,
    }
}

/// One record's place in an audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AuditedUnit {
    /// Where the record came from (a file name), or empty for a unit with no record.
    pub source: String,
    /// The report.
    pub report: UnitReport,
    /// Whether this record counts (a second record of the same unit does not).
    pub counted: bool,
}

/// The audit of many units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Audit {
    /// The instant audited.
    pub as_of: Instant,
    /// Every readable record's report, then a report for each roster unit with no
    /// record (its submissions judged as none received).
    pub units: Vec<AuditedUnit>,
    /// Audit-level findings: unreadable records, duplicates, missing returns.
    pub findings: Vec<Finding>,
    /// The Annex 3 tables of the counted records, validated and totalled.
    pub annex3: Option<Batch>,
    /// How many inputs were given; every one is accounted for in `units` or `findings`.
    pub inputs: usize,
}

impl Audit {
    /// Every finding, audit-level first.
    pub fn all_findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().chain(
            self.units
                .iter()
                .filter(|u| u.counted)
                .flat_map(|u| &u.report.findings),
        )
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.all_findings().any(|f| f.severity == Severity::Error)
            || self.annex3.as_ref().is_some_and(Batch::has_errors)
    }

    /// The findings carrying `effect`, of counted units.
    pub fn effects(&self, effect: Effect) -> Vec<&Finding> {
        self.all_findings().filter(|f| f.effect == effect).collect()
    }
}

/// Audits records: each input is (source, parsed record or why it could not be read).
/// Every input ends in the audit — as a unit report, or as a finding that says why not;
/// two records of one unit are an error naming both sources (the first counts); every
/// roster unit with no record is a finding, and is judged as having sent nothing.
pub fn audit(
    campaign: &Campaign,
    inputs: &[(String, Result<UnitRecord, RecordError>)],
    as_of: Instant,
) -> Audit {
    let mut findings = Vec::new();
    let mut units: Vec<AuditedUnit> = Vec::new();
    for (source, parsed) in inputs {
        match parsed {
            Err(e) => {
                let why = e.message();
                findings.push(
                    Finding::error(
                        RuleId::Input,
                        Path::key(source.clone()),
                        Text::new(
                            format!("{source}:记录无法读取({})", why.zh),
                            format!("{source}: the record cannot be read ({})", why.en),
                        ),
                    )
                    .at(source.clone()),
                )
            }
            Ok(record) => {
                let report = check_unit(campaign, record, as_of);
                let first = units
                    .iter()
                    .find(|u| u.counted && u.report.unit == report.unit)
                    .map(|u| u.source.clone());
                if let Some(first) = &first {
                    findings.push(
                        Finding::error(
                            RuleId::Units,
                            Path::key(source.clone()),
                            Text::new(format!("“{}”有两份记录:{first} 与 {source};只核查前者", report.unit), format!("two records for {:?}: {first} and {source}; only the first is audited", report.unit)),
                        )
                        .with_unit(&report.unit)
                        .at(source.clone()),
                    );
                }
                units.push(AuditedUnit {
                    source: source.clone(),
                    report,
                    counted: first.is_none(),
                });
            }
        }
    }
    for u in &campaign.units {
        if units.iter().any(|a| a.report.unit == u.name) {
            continue;
        }
        findings.push(
            Finding::error(
                RuleId::Units,
                "",
                Text::new(
                    format!("未收到“{}”的材料", u.name),
                    format!("no return from {:?}", u.name),
                ),
            )
            .with_unit(&u.name),
        );
        let empty = UnitRecord {
            unit: u.name.clone(),
            ..UnitRecord::default()
        };
        units.push(AuditedUnit {
            source: String::new(),
            report: check_unit(campaign, &empty, as_of),
            counted: true,
        });
    }
    // Roster order (the plan's: member units, then towns and streets), units off the
    // roster after them in input order, whatever order the inputs came in.
    let roster = campaign.roster();
    let order = |unit: &str| roster.resolve_index(unit).unwrap_or(usize::MAX);
    units.sort_by_key(|u| order(&u.report.unit));
    let mut forms: Vec<(usize, String, crate::annex3::Form)> = inputs
        .iter()
        .filter_map(|(source, parsed)| {
            let record = parsed.as_ref().ok()?;
            let counted = units.iter().any(|u| u.counted && &u.source == source);
            let form = record.annex3_form()?;
            // A table naming another unit is reported in its record's report and left
            // out: it must not take that unit's place.
            (counted && other_units_table(campaign, record, &form).is_none())
                .then(|| (order(&record.unit), source.clone(), form))
        })
        .collect();
    forms.sort_by_key(|(i, _, _)| *i);
    let forms: Vec<(String, crate::annex3::Form)> =
        forms.into_iter().map(|(_, s, f)| (s, f)).collect();
    let annex3 = (!forms.is_empty()).then(|| read_forms(campaign, &forms));
    Audit {
        as_of,
        units,
        findings,
        annex3,
        inputs: inputs.len(),
    }
}
