//! A unit's report and the city audit.

use super::*;

/// A unit of the campaign's roster, as a form lists them (a choice of 填报单位).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Unit {
    /// The roster name.
    pub name: String,
    /// Other names the unit is known by (resolved to `name`).
    pub aliases: Vec<String>,
    /// Its roles (`member_unit`, `town_street` …).
    pub roles: Vec<String>,
}

/// The roster, in the campaign's order.
pub fn roster(campaign: &Campaign) -> Vec<Unit> {
    campaign
        .units
        .iter()
        .map(|u| Unit {
            name: u.name.clone(),
            aliases: u.aliases.clone(),
            roles: u.roles.clone(),
        })
        .collect()
}

/// One unit's report, with each judged rule's overall outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnitReport {
    /// The unit (its roster name when known).
    pub unit: String,
    /// Whether the unit is on the campaign's roster.
    pub on_roster: bool,
    /// Its roles.
    pub roles: Vec<String>,
    /// Every finding.
    pub findings: Vec<Finding>,
    /// Each judged rule's overall outcome (`null`: not judged).
    pub outcomes: Keyed<String, Option<&'static str>>,
}

impl UnitReport {
    /// The view of `r`, with the outcome of every rule `campaign` judges.
    pub fn new(campaign: &Campaign, r: CoreUnitReport) -> Self {
        let outcomes = judged_rules(campaign)
            .into_iter()
            .map(|rule| (rule.to_string(), r.outcome(rule).map(Outcome::as_str)))
            .collect();
        UnitReport {
            on_roster: r.on_roster,
            roles: r.roles.iter().map(|x| x.as_str().to_owned()).collect(),
            unit: r.unit,
            findings: findings(r.findings),
            outcomes,
        }
    }
}

/// One record of an audit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AuditedUnit {
    /// The record's source (a file name); empty for a unit that sent nothing.
    pub source: String,
    /// Whether this record is the one audited (a second record of a unit is not).
    pub counted: bool,
    /// The unit's report.
    #[serde(flatten)]
    pub report: UnitReport,
}

/// A city audit: every unit's report, the findings about the set of records, the
/// evaluation effects and the Annex 3 total.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Audit {
    /// The instant audited.
    pub as_of: String,
    /// How many records were given.
    pub inputs: usize,
    /// Findings about the set (unreadable records, two records of a unit, missing
    /// returns).
    pub findings: Vec<Finding>,
    /// Each unit, in roster order, then units off the roster.
    pub units: Vec<AuditedUnit>,
    /// The units that sent nothing.
    pub missing_units: Vec<String>,
    /// Every 年度考评减分 finding of a counted record.
    pub deductions: Vec<Finding>,
    /// Every 年度考评加分 finding of a counted record.
    pub bonuses: Vec<Finding>,
    /// The Annex 3 tables of the records, when any has one.
    pub annex3: Option<Batch>,
}

impl Audit {
    /// The view of `a`.
    pub fn new(campaign: &Campaign, a: CoreAudit) -> Self {
        let effect =
            |e| -> Vec<Finding> { a.effects(e).into_iter().cloned().map(Into::into).collect() };
        let deductions = effect(Effect::Deduction);
        let bonuses = effect(Effect::Bonus);
        let missing_units = a
            .units
            .iter()
            .filter(|u| u.source.is_empty())
            .map(|u| u.report.unit.clone())
            .collect();
        Audit {
            as_of: a.as_of.to_string(),
            inputs: a.inputs,
            findings: findings(a.findings),
            units: a
                .units
                .into_iter()
                .map(|u| AuditedUnit {
                    source: u.source,
                    counted: u.counted,
                    report: UnitReport::new(campaign, u.report),
                })
                .collect(),
            missing_units,
            deductions,
            bonuses,
            annex3: a.annex3.map(Into::into),
        }
    }
}
