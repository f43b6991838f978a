//! One unit's compliance, and the city office's audit of every unit.
//!
//! [`check_unit`] judges every duty of the campaign on a unit's record (and validates
//! its statistics table, if any); [`audit`] does so for a folder's worth of records,
//! finds duplicate and missing returns, and totals the tables.
//!
//! ```
//! use fangfei::{Campaign, Instant, Outcome};
//! use fangfei::record::UnitRecord;
//! let c = Campaign::embedded();
//! let record = UnitRecord::from_json(c, r#"{"unit": "市文广新局", "media_works": []}"#).unwrap();
//! let report = fangfei::audit::check_unit(c, &record, Instant::parse("2021-07-10").unwrap());
//! assert_eq!(report.unit, "市文广局"); // the alias resolved
//! assert_eq!(report.outcome("M-MEDIA-3"), Some(Outcome::Fail)); // none published
//! assert_eq!(report.outcome("M-QIJIN-3"), Some(Outcome::CannotJudge)); // not reported
//! assert_eq!(report.outcome("M-PROP-TV"), Some(Outcome::NotApplicable));
//! assert_eq!(report.outcome("D-PLAN"), Some(Outcome::Fail)); // no plan received
//! ```

use serde::Serialize;

use crate::annex3::sheet::{read_forms, Batch};
use crate::annex3::validate_form;
use crate::campaign::{Campaign, Deliver, DutyRule};
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
    pub roles: Vec<String>,
    /// Every finding, each with its rule, path and the unit.
    pub findings: Vec<Finding>,
}

impl UnitReport {
    /// The rule's overall outcome for the unit: fail if any finding fails, else cannot
    /// judge, else pending, else pass, else not applicable; `None` when no finding has
    /// the rule.
    pub fn outcome(&self, rule: impl AsRef<str>) -> Option<Outcome> {
        let rule = rule.as_ref();
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

/// The rules a unit report judges: the campaign's duties (a delivery's parts rule
/// after it), in the campaign's order; duties listed only (仅记录 with nothing to
/// report) are not among them.
pub fn judged_rules(campaign: &Campaign) -> Vec<RuleId> {
    let mut rules = Vec::new();
    for d in campaign.duties.iter().filter(|d| d.is_judged()) {
        rules.push(d.id);
        if let DutyRule::Deliver(Deliver { parts: Some(p), .. }) = &d.rule {
            rules.push(p.id);
        }
    }
    rules
}

/// What a unit of `roles` (answering `flags`) sent the office, judged against every
/// delivery duty of `campaign` and what its materials must state, as of `as_of`: a
/// form's quick check of the submissions alone. Findings' paths index into
/// `submissions` (`submissions[2]`); submissions dated after `as_of` are not yet known
/// then, each reported and not counted.
///
/// ```
/// use fangfei::{audit::check_submissions, record::Submission, Campaign, Instant, Outcome};
/// let c = Campaign::embedded();
/// let at = |s| Instant::parse(s).unwrap();
/// let plan = Submission::new("plan", at("2021-06-10T17:00:01+08:00"));
/// let roles = ["member_unit".to_owned()];
/// let findings = check_submissions(c, &roles, &Default::default(), &[plan], at("2021-07-10"));
/// let f = findings.iter().find(|f| f.rule == "D-PLAN").unwrap();
/// assert_eq!(f.outcome, Outcome::Fail);
/// assert!(f.message.en.contains("1s late"));
/// ```
pub fn check_submissions(
    campaign: &Campaign,
    roles: &[String],
    flags: &crate::Keyed<String, bool>,
    submissions: &[crate::record::Submission],
    as_of: Instant,
) -> Vec<Finding> {
    let record = UnitRecord {
        roles: Some(roles.to_vec()),
        flags: flags.clone(),
        submissions: submissions.to_vec(),
        ..UnitRecord::default()
    };
    let cx = crate::rules::Ctx::new(campaign, "", roles, &record, as_of);
    let which =
        |d: &crate::campaign::Duty| matches!(d.rule, DutyRule::Deliver(_) | DutyRule::State(_));
    crate::rules::judge(&cx, &which)
        .into_iter()
        .map(|f| campaign.cite(f))
        .collect()
}

/// Judges every duty of `campaign` on `record`, as of `as_of`.
pub fn check_unit(campaign: &Campaign, record: &UnitRecord, as_of: Instant) -> UnitReport {
    let mut findings = Vec::new();
    // The name as every output shows it: a number in it masked, controls visible
    // (issue 28: a unit off the roster is text from an input like any other).
    let raw = record.unit.trim();
    let written_shown = crate::text::shown(raw).text;
    let written = written_shown.as_ref();
    // A name with a newline or an escape sequence would forge or drive a report: it is
    // no unit's name, refused, and shown with its controls visible.
    if raw.chars().any(char::is_control) {
        findings.push(Finding::error(
            RuleId::UNITS,
            "unit",
            Text::new(
                format!(
                    "单位名称“{}”含控制字符(换行、转义序列等),不是有效的单位名称",
                    written
                ),
                format!(
                    "the unit name {:?} holds control characters (line breaks, escape sequences): no unit's name",
                    written
                ),
            ),
        ));
    }
    let known = campaign.resolve_unit(raw);
    let unit = known.map_or_else(|| written.to_owned(), |u| u.name.clone());
    let roles: Vec<String> = match (known, &record.roles) {
        (Some(u), _) => {
            if u.name != raw {
                findings.push(Finding::new(
                    RuleId::UNITS,
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
            let near = campaign.suggest_units(raw, 3);
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
                        RuleId::UNITS,
                        Severity::Warning,
                        Outcome::Fail,
                        "unit",
                        Text::new(format!("“{written}”不在本次活动的单位名单中,按记录所列角色核查{zh}"), format!("{written:?} is not on the campaign's roster; judged by the roles the record gives{en}")),
                    ));
                    r.clone()
                }
                _ => {
                    findings.push(Finding::error(
                        RuleId::UNITS,
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
                    return finish(
                        unit,
                        false,
                        Vec::new(),
                        findings.into_iter().map(|f| campaign.cite(f)).collect(),
                    );
                }
            }
        }
    };

    let cx = crate::rules::Ctx::new(campaign, &unit, &roles, record, as_of);
    findings.extend(crate::rules::judge(&cx, &|_| true));
    if let Some(form) = record.annex3_form() {
        for f in validate_form(campaign, &form).findings {
            let key = campaign
                .statistics_table
                .as_ref()
                .map_or("annex3", |t| t.key.as_str());
            findings.push(Finding {
                path: Path::key(key.to_owned()).join(&f.path),
                ..f
            });
        }
        if let Some(other) = other_units_table(campaign, record, &form) {
            let key = campaign
                .statistics_table
                .as_ref()
                .map_or("annex3", |t| t.key.as_str());
            findings.push(Finding::error(
                RuleId::A3_UNIT,
                Path::key(key.to_owned()).field("unit"),
                Text::new(
                    format!("统计表的填报单位是“{other}”,不是本记录的“{unit}”:不计入合计,请核对"),
                    format!("the table's unit is {other:?}, not this record's {unit:?}: not counted in the total; check it"),
                ),
            ));
        }
    }
    let findings = findings.into_iter().map(|f| campaign.cite(f)).collect();
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

fn finish(unit: String, on_roster: bool, roles: Vec<String>, findings: Vec<Finding>) -> UnitReport {
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
    /// record (its submissions judged as none received; every rule cannot be judged
    /// when the unit's record was sent but refused, its `source` that record's).
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

/// The report of a unit whose record was sent but refused: every rule that applies to
/// it cannot be judged (the record's refusal is the audit's finding), none passes or
/// fails, none carries an evaluation effect.
fn unreadable_report(mut report: UnitReport) -> UnitReport {
    for f in &mut report.findings {
        if f.outcome != Outcome::NotApplicable {
            f.outcome = Outcome::CannotJudge;
            f.severity = Severity::Warning;
            f.effect = Effect::None;
            f.path = Path::root();
            f.message = Text::new(
                "本单位的记录无法读取,无法判断",
                "the unit's record cannot be read: cannot judge",
            );
        }
    }
    // One finding a rule: the same words said twice say nothing more.
    let mut seen: Vec<RuleId> = Vec::new();
    report.findings.retain(|f| {
        let first = !seen.contains(&f.rule);
        seen.push(f.rule);
        first
    });
    report
}

/// Audits records: each input is (source, parsed record or why it could not be read).
/// Every input ends in the audit — as a unit report, or as a finding that says why not;
/// two records of one unit are an error naming both sources (the first counts); a
/// refused record whose `unit` reads ([`InputError::unit`](crate::InputError::unit))
/// names that unit, and a roster unit whose only record was refused cannot be judged on
/// any rule (it did send something); every other roster unit with no record is a
/// finding, and is judged as having sent nothing.
pub fn audit(
    campaign: &Campaign,
    inputs: &[(String, Result<UnitRecord, RecordError>)],
    as_of: Instant,
) -> Audit {
    let mut findings = Vec::new();
    let mut units: Vec<AuditedUnit> = Vec::new();
    let roster = campaign.roster();
    // Roster units whose record was sent but refused (by index), with its source.
    let mut unreadable: Vec<(usize, &str)> = Vec::new();
    for (source, parsed) in inputs {
        match parsed {
            Err(e) => {
                let why = e.message();
                let mut f = Finding::error(
                    RuleId::INPUT,
                    Path::key(source.clone()),
                    Text::new(
                        format!("记录无法读取({})", why.zh),
                        format!("the record cannot be read ({})", why.en),
                    ),
                )
                .at(source.clone());
                if let Some(written) = e.unit() {
                    let on = roster.resolve_index(written);
                    let name = on.and_then(|i| campaign.units.get(i)).map_or_else(
                        || crate::text::shown(written).text.into_owned(),
                        |u| u.name.clone(),
                    );
                    f = f.with_unit(&name);
                    if let Some(i) = on.filter(|i| !unreadable.iter().any(|(j, _)| j == i)) {
                        unreadable.push((i, source.as_str()));
                    }
                }
                findings.push(f);
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
                            RuleId::UNITS,
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
    for (i, u) in campaign.units.iter().enumerate() {
        if units.iter().any(|a| a.report.unit == u.name) {
            continue;
        }
        // A record sent but refused: its rules cannot be judged (it is not "none
        // received"; the refusal above says why).
        if let Some((_, source)) = unreadable.iter().find(|(j, _)| *j == i) {
            let empty = UnitRecord::of(u.name.clone());
            units.push(AuditedUnit {
                source: (*source).to_owned(),
                report: unreadable_report(check_unit(campaign, &empty, as_of)),
                counted: true,
            });
            continue;
        }
        findings.push(
            Finding::error(
                RuleId::UNITS,
                "",
                Text::new(
                    format!("未收到“{}”的材料", u.name),
                    format!("no return from {:?}", u.name),
                ),
            )
            .with_unit(&u.name),
        );
        let empty = UnitRecord::of(u.name.clone());
        units.push(AuditedUnit {
            source: String::new(),
            report: check_unit(campaign, &empty, as_of),
            counted: true,
        });
    }
    // Roster order (the plan's: member units, then towns and streets), units off the
    // roster after them in input order, whatever order the inputs came in.
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
        findings: findings.into_iter().map(|f| campaign.cite(f)).collect(),
        annex3,
        inputs: inputs.len(),
    }
}
