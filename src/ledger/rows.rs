//! The rows the template writes for records already held (an office moving its JSON
//! records into a ledger): what a clerk would have typed, cell by cell.

use chrono::NaiveDate;
use serde_json::Value as Json;

use crate::campaign::{Campaign, ItemField};
use crate::record::UnitRecord;
use crate::time::Instant;

use super::{Holds, Sheet, Target};

/// A cell the template writes.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing.
    Blank,
    /// Text.
    Text(String),
    /// A whole number.
    Number(u64),
    /// An instant (an Excel date-time cell).
    Instant(Instant),
    /// A day (an Excel date cell).
    Date(NaiveDate),
}

fn text(t: &str) -> Cell {
    if t.is_empty() {
        Cell::Blank
    } else {
        Cell::Text(t.to_owned())
    }
}

fn opt_text(t: Option<&str>) -> Cell {
    t.map_or(Cell::Blank, text)
}

fn yes(b: Option<bool>) -> Cell {
    b.map_or(Cell::Blank, |b| {
        Cell::Text(if b { "是" } else { "否" }.into())
    })
}

fn num(n: Option<u64>) -> Cell {
    n.map_or(Cell::Blank, Cell::Number)
}

/// A table cell of a JSON form as its text.
fn form_text(form: &serde_json::Map<String, Json>, key: &str) -> Cell {
    match form.get(key) {
        Some(Json::String(s)) => text(s),
        Some(Json::Array(a)) => text(
            &a.iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect::<Vec<_>>()
                .join("、"),
        ),
        Some(Json::Null) | None => Cell::Blank,
        Some(v) => Cell::Text(v.to_string()),
    }
}

/// The units in the ledger's order: the roster's, then records of units off it (with
/// their roles). Each with its records; rows name the unit as its record does.
fn listed<'r>(
    campaign: &Campaign,
    records: &'r [UnitRecord],
) -> Vec<(String, Vec<String>, Vec<&'r UnitRecord>)> {
    let roster = campaign.roster();
    let of_unit: Vec<Option<usize>> = records
        .iter()
        .map(|r| roster.resolve_index(&r.unit))
        .collect();
    let mut out: Vec<(String, Vec<String>, Vec<&UnitRecord>)> = campaign
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let recs: Vec<&UnitRecord> = records
                .iter()
                .zip(&of_unit)
                .filter(|(_, x)| **x == Some(i))
                .map(|(r, _)| r)
                .collect();
            let written = recs.first().map_or(u.name.clone(), |r| r.unit.clone());
            (written, u.roles.clone(), recs)
        })
        .collect();
    out.extend(
        records
            .iter()
            .zip(&of_unit)
            .filter(|(_, i)| i.is_none())
            .map(|(r, _)| (r.unit.clone(), r.roles.clone().unwrap_or_default(), vec![r])),
    );
    out
}

/// The rows of `sheet` for `records` (the 单位名单 sheet lists every unit of the
/// roster, with or without a record).
pub fn rows(campaign: &Campaign, sheet: &Sheet, records: &[UnitRecord]) -> Vec<Vec<Cell>> {
    let mut out = Vec::new();
    for (written, roles, recs) in listed(campaign, records) {
        let name = || Cell::Text(written.clone());
        let row = |f: &dyn Fn(&Target) -> Cell| -> Vec<Cell> {
            sheet
                .columns
                .iter()
                .map(|c| match c.target {
                    Target::Unit => name(),
                    _ => f(&c.target),
                })
                .collect()
        };
        match &sheet.holds {
            Holds::Units => {
                let role_names: Vec<String> =
                    roles.iter().map(|r| campaign.role_name(r).zh).collect();
                out.push(row(&|t| match t {
                    Target::Nothing if sheet.columns.iter().any(|c| c.head == "类型") => {
                        Cell::Blank
                    }
                    Target::Flag(k) => yes(recs.iter().find_map(|r| r.flag(k))),
                    _ => Cell::Blank,
                }));
                if let (Some(last), Some(i)) = (out.last_mut(), sheet.column("类型")) {
                    if let Some(c) = last.get_mut(i) {
                        *c = text(&role_names.join("、"));
                    }
                }
            }
            Holds::Submissions => {
                for s in recs.iter().flat_map(|r| &r.submissions) {
                    out.push(row(&|t| match t {
                        Target::Material => Cell::Text(campaign.material_name(&s.kind).zh),
                        Target::Node => s.node.map_or(Cell::Blank, Cell::Date),
                        Target::Received => Cell::Instant(s.submitted_at),
                        Target::Parts => text(
                            &s.parts
                                .iter()
                                .map(|p| campaign.part_name(&s.kind, p).zh)
                                .collect::<Vec<_>>()
                                .join("、"),
                        ),
                        Target::Statement(k) => opt_text(s.stated.get(k).map(String::as_str)),
                        Target::Promoted if s.promoted => Cell::Text("是".into()),
                        _ => Cell::Blank,
                    }));
                }
            }
            Holds::Lists(lists) => {
                for (key, types) in lists {
                    for item in recs.iter().filter_map(|r| r.list(key)).flatten() {
                        out.push(row(&|t| match t {
                            Target::Type => opt_text(types.first().map(String::as_str)),
                            Target::Field(f) => match f {
                                ItemField::Title => opt_text(item.title.as_deref()),
                                ItemField::Kind => opt_text(item.kind.as_deref()),
                                ItemField::Place => opt_text(item.place.as_deref()),
                                ItemField::Channel => item
                                    .channel
                                    .as_deref()
                                    .and_then(|k| campaign.channel(k))
                                    .map_or(Cell::Blank, |c| Cell::Text(c.name.zh.clone())),
                                ItemField::Date => item.date.map_or(Cell::Blank, Cell::Date),
                                ItemField::PublishedAt => {
                                    item.published_at.map_or(Cell::Blank, Cell::Instant)
                                }
                                ItemField::ReportedAt => {
                                    item.reported_at.map_or(Cell::Blank, Cell::Instant)
                                }
                                ItemField::Participants => num(item.participants),
                                ItemField::NewMedia => yes(item.new_media),
                            },
                            _ => Cell::Blank,
                        }));
                    }
                }
            }
            Holds::Sites(key) => {
                for s in recs.iter().filter_map(|r| r.sites(key)).flatten() {
                    out.push(row(&|t| match t {
                        Target::Venue => text(&s.venue),
                        Target::Staff => num(s.staff),
                        Target::Arrived => s.arrived_at.map_or(Cell::Blank, Cell::Instant),
                        Target::Item(k) => yes(s.items.get(k).copied()),
                        Target::SiteFigure(k) => num(s.figures.get(k).copied()),
                        _ => Cell::Blank,
                    }));
                }
            }
            Holds::Figures(groups) => {
                for r in &recs {
                    if !groups.iter().any(|g| r.figures.contains_key(g)) {
                        continue;
                    }
                    out.push(row(&|t| match t {
                        Target::Figure(g, k) => {
                            num(r.figures.get(g).and_then(|f| f.get(k)).copied())
                        }
                        _ => Cell::Blank,
                    }));
                }
            }
            Holds::SpotChecks => {
                for c in recs.iter().flat_map(|r| r.spot_checks.iter().flatten()) {
                    out.push(row(&|t| match t {
                        Target::CheckDate => Cell::Date(c.date),
                        Target::Consistent => yes(Some(c.consistent)),
                        Target::CheckNote => opt_text(c.note.as_deref()),
                        _ => Cell::Blank,
                    }));
                }
            }
            Holds::Table => {
                let other = campaign
                    .statistics_table
                    .as_ref()
                    .and_then(|t| t.other.as_ref())
                    .map(|o| o.key.clone())
                    .unwrap_or_default();
                for r in &recs {
                    let Some((_, Json::Object(form))) = &r.table else {
                        continue;
                    };
                    out.push(
                        sheet
                            .columns
                            .iter()
                            .map(|c| match &c.target {
                                Target::Unit => form_text(form, "unit"),
                                Target::TableCell(k) => form_text(form, k),
                                Target::TableOther => form_text(form, &other),
                                _ => Cell::Blank,
                            })
                            .collect(),
                    );
                }
            }
        }
    }
    out
}
