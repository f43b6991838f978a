//! Many units' tables summed into a city total (A3-TOTAL).

use serde::Serialize;

use super::form::Validator;
use super::{Annex3, ByColumn, Keys};
use crate::campaign::{Roster, TableDef};
use crate::path::Path;
use crate::report::{Finding, Severity, Text};
use crate::rule::RuleId;
use crate::util::{normalise_name, FnvMap};
use crate::Campaign;

/// What became of one input row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RowOutcome {
    /// The 1-based data row.
    pub row: usize,
    /// Where the row is: `Sheet1!A7`, `line 7`, or a file name.
    pub place: String,
    /// The unit, when the row names one.
    pub unit: Option<String>,
    /// Whether the row counts toward the total.
    pub accepted: bool,
    /// Every finding of the row (paths like `rows[3].online_views`).
    pub findings: Vec<Finding>,
    /// The normalised table, when the row could be read.
    pub table: Option<Annex3>,
    /// What the unit resolved to when the row was checked, carried into the total so
    /// it is not looked up again.
    #[serde(skip)]
    pub(crate) resolved: Resolved,
}

/// What a row's unit resolved to against the roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Resolved {
    /// Not looked up (the total looks it up).
    #[default]
    Unknown,
    /// The unit at this index of the campaign's units.
    Roster(usize),
    /// No unit of the roster.
    Outside,
}

/// A city total, column by column.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Totals {
    /// The sum of each column over the accepted rows, in the table's order; `None`
    /// where it does not fit in 64 bits (reported as an A3-TOTAL error, never wrapped).
    pub columns: ByColumn<Option<u64>>,
    /// The accepted rows' units.
    pub units: Vec<String>,
    /// Every 其他 method with its unit.
    pub other_methods: Vec<(String, String)>,
    /// The tables of units not on the campaign's roster, totalled apart: never added
    /// to the city total unseen (A3-UNIT names the closest roster names). Empty when
    /// the campaign has no roster (every unit then counts).
    pub outside: ByColumn<Option<u64>>,
    /// Those units, in order.
    pub outside_units: Vec<String>,
    /// Findings about the total itself (overflow).
    pub findings: Vec<Finding>,
}

/// Sums the rows that passed validation, column by column of the campaign's table. A
/// unit met twice is an error naming both rows: the first row counts and the later
/// one is rejected. Each `RowOutcome` given is updated in place (duplicates become
/// rejected). A campaign with no statistics table gives an empty total with the
/// finding that says so.
pub fn total(campaign: &Campaign, rows: &mut [RowOutcome]) -> Totals {
    match Validator::batch(campaign) {
        Ok(v) => v.total(rows),
        Err(f) => Totals {
            findings: vec![*f],
            ..Totals::default()
        },
    }
}

/// A city total taken row by row, in the rows' order, so a table is totalled as it is
/// read and its rows need not be kept: each row is final once added (a unit's second
/// row is rejected then and there). What it holds grows with the units, not the rows.
#[derive(Debug)]
pub(crate) struct Totaller<'c> {
    /// The table totalled.
    table: &'c TableDef,
    /// Its keys, for the sums.
    keys: Keys,
    /// The campaign's clause of A3-TOTAL.
    clause: String,
    /// What the campaign calls its total ([`Campaign::total_label`]: 全市合计 in 2021).
    label: Text,
    /// The first row of each unit of the roster, by its index on the roster (grown as
    /// needed: a table names a few units or all of them).
    first_on: Vec<Option<First>>,
    /// The first row of each unit off the roster, by its normalised name.
    first_off: FnvMap<String, Option<First>>,
    /// The first rows' places, end to end (one allocation, not one per unit).
    places: String,
    sums: Vec<Option<u64>>,
    apart: Vec<Option<u64>>,
    has_roster: bool,
    units: Vec<String>,
    other_methods: Vec<(String, String)>,
    outside_units: Vec<String>,
}

/// A unit's first row: its number and where its place is in [`Totaller::places`].
#[derive(Debug, Clone, Copy)]
struct First {
    row: usize,
    place: (usize, usize),
}

impl<'c> Totaller<'c> {
    /// An empty total of the units of the campaign `validator` checks against.
    pub(crate) fn new(validator: &Validator<'c>) -> Totaller<'c> {
        let table = validator.table();
        let n = table.columns.len();
        Totaller {
            table,
            keys: validator.keys().clone(),
            clause: validator.total_clause(),
            label: validator.campaign().total_label(),
            first_on: Vec::new(),
            first_off: FnvMap::default(),
            places: String::new(),
            sums: vec![Some(0); n],
            apart: vec![Some(0); n],
            has_roster: !validator.campaign().units.is_empty(),
            units: Vec::new(),
            other_methods: Vec::new(),
            outside_units: Vec::new(),
        }
    }

    /// Adds a row, if accepted: a unit met before makes it rejected, with a finding
    /// naming both rows (the first counts); a unit off the roster is totalled apart,
    /// and said.
    pub(crate) fn add(&mut self, roster: &Roster<'_>, r: &mut RowOutcome) {
        let Some(table) = r.table.as_ref().filter(|_| r.accepted) else {
            return;
        };
        // The unit as it was resolved when the row was checked, or looked up now.
        let index = match r.resolved {
            Resolved::Roster(i) => Some(i),
            Resolved::Outside => None,
            Resolved::Unknown => roster.resolve_index(&table.unit),
        };
        let first = match index {
            Some(i) => {
                if self.first_on.len() <= i {
                    self.first_on.resize(i.saturating_add(1), None);
                }
                self.first_on.get_mut(i)
            }
            None => Some(
                self.first_off
                    .entry(normalise_name(&table.unit))
                    .or_insert(None),
            ),
        };
        if let Some(first) = first {
            if let Some(First {
                row: first_row,
                place,
            }) = first
            {
                let first_place = self.places.get(place.0..place.1).unwrap_or("");
                let finding = Finding::error(
                    RuleId::A3_TOTAL,
                    Path::key("rows").at(r.row).field("unit"),
                    Text::new(
                        format!("“{}”重复报送:第{}行({})与第{}行({})为同一单位,只计第{}行", crate::text::shown(&table.unit), first_row, first_place, r.row, r.place, first_row),
                        format!("{:?} appears twice: row {} ({}) and row {} ({}) are the same unit; only row {} counts", crate::text::shown(&table.unit).text, first_row, first_place, r.row, r.place, first_row),
                    ),
                )
                .with_clause(&self.clause);
                r.accepted = false;
                r.findings.push(finding);
                return;
            }
            let start = self.places.len();
            self.places.push_str(&r.place);
            *first = Some(First {
                row: r.row,
                place: (start, self.places.len()),
            });
        }
        let on_roster = !self.has_roster || index.is_some();
        let into = if on_roster {
            &mut self.sums
        } else {
            &mut self.apart
        };
        for (slot, v) in into.iter_mut().zip(table.counts.values()) {
            *slot = slot.and_then(|s| s.checked_add(*v));
        }
        if !on_roster {
            // Shown as every output shows input text (issue 28): numbers masked.
            self.outside_units
                .push(crate::text::shown(&table.unit).text.into_owned());
            let finding = Finding::new(
                RuleId::A3_TOTAL,
                Severity::Info,
                crate::Outcome::Reported,
                Path::key("rows").at(r.row).field("unit"),
                Text::new(
                    format!(
                        "“{}”不在单位名单中:未计入{},另行合计",
                        crate::text::shown(&table.unit),
                        self.label.zh
                    ),
                    format!(
                        "{:?} is not on the roster: totalled apart, not in the {}",
                        crate::text::shown(&table.unit).text,
                        self.label.en.to_ascii_lowercase()
                    ),
                ),
            )
            .with_clause(&self.clause);
            r.findings.push(finding);
            return;
        }
        // Lists for the reports: shown as input text is (issue 28), numbers masked.
        let unit = crate::text::shown(&table.unit).text.into_owned();
        self.other_methods.extend(
            table
                .other_methods
                .iter()
                .map(|m| (unit.clone(), crate::text::shown(m).text.into_owned())),
        );
        self.units.push(unit);
    }

    /// The total of the rows added.
    pub(crate) fn finish(self) -> Totals {
        let Totaller {
            table,
            keys,
            clause,
            sums,
            apart,
            units,
            other_methods,
            outside_units,
            ..
        } = self;
        let findings = table
            .columns
            .iter()
            .zip(&sums)
            .filter(|(_, v)| v.is_none())
            .map(|(c, _)| {
                Finding::new(
                    RuleId::A3_TOTAL,
                    Severity::Error,
                    crate::Outcome::Fail,
                    Path::key("total").field(c.key.clone()),
                    Text::new(
                        format!("{}合计超出64位整数范围,无法相加", c.name.zh),
                        format!("the total of {} does not fit in 64 bits", c.name.en),
                    ),
                )
                .with_clause(&clause)
            })
            .collect();
        Totals {
            columns: ByColumn::from_parts(keys.clone(), sums),
            units,
            other_methods,
            findings,
            outside: ByColumn::from_parts(keys, apart),
            outside_units,
        }
    }
}
