//! Annex 3: cells, forms, rows, batches, totals.

use super::*;

/// One unit's statistics table: counts keyed by the columns' keys.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Table {
    /// 填报单位.
    pub unit: String,
    /// The counts, in the table's order, by column key.
    pub counts: ByColumn<Count>,
    /// The free-text column's methods (其他).
    pub other_methods: Vec<String>,
}

/// Values by column as counts for JavaScript.
fn counts<V: Copy>(c: &ByColumn<V>, f: impl Fn(V) -> Option<u64>) -> ByColumn<Option<Count>> {
    ByColumn::from_parts(
        c.keys().clone(),
        c.values().iter().map(|v| f(*v).map(Count)).collect(),
    )
}

impl From<Annex3> for Table {
    fn from(t: Annex3) -> Self {
        Table {
            counts: ByColumn::from_parts(
                t.counts.keys().clone(),
                t.counts.values().iter().copied().map(Count).collect(),
            ),
            unit: super::shown(t.unit),
            other_methods: t.other_methods.into_iter().map(super::shown).collect(),
        }
    }
}

/// One cell's check.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Cell<'c> {
    /// The field's key.
    pub field: &'c str,
    /// The count, when the cell holds one.
    pub value: Option<Count>,
    /// Whether no finding is an error.
    pub valid: bool,
    /// Every finding.
    pub findings: Vec<Finding>,
}

impl<'c> From<CellCheck<'c>> for Cell<'c> {
    fn from(c: CellCheck<'c>) -> Self {
        Cell {
            field: c.field.key(),
            value: c.value.map(Count),
            valid: c.is_valid(),
            findings: findings(c.findings),
        }
    }
}

/// A form's check.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Form {
    /// Whether no finding is an error.
    pub valid: bool,
    /// The normalised table, when valid.
    pub table: Option<Table>,
    /// Every finding.
    pub findings: Vec<Finding>,
}

impl From<FormCheck> for Form {
    fn from(c: FormCheck) -> Self {
        Form {
            valid: c.is_valid(),
            table: c.table.map(Into::into),
            findings: findings(c.findings),
        }
    }
}

/// One row of a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Row {
    /// The 1-based data row.
    pub row: usize,
    /// Where the row is (`Sheet1!A7`, `line 7`, `#3`).
    pub place: String,
    /// The unit, when the row names one.
    pub unit: Option<String>,
    /// Whether the row counts toward the total.
    pub accepted: bool,
    /// Every finding of the row.
    pub findings: Vec<Finding>,
    /// The normalised table, when the row could be read.
    pub table: Option<Table>,
}

impl From<RowOutcome> for Row {
    fn from(r: RowOutcome) -> Self {
        Row {
            row: r.row,
            place: r.place,
            unit: r.unit.map(super::shown),
            accepted: r.accepted,
            findings: findings(r.findings),
            table: r.table.map(Into::into),
        }
    }
}

/// A city total: `null` for a column that overflowed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Totals {
    /// Each column's sum, in the table's order.
    pub counts: ByColumn<Option<Count>>,
    /// The units summed.
    pub units: Vec<String>,
    /// Findings about the total (overflow).
    pub findings: Vec<Finding>,
    /// Units not on the roster, totalled apart (absent when there are none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outside: Option<Outside>,
}

/// The tables of units off the roster, totalled apart from the city total.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Outside {
    /// Each column's sum.
    pub counts: ByColumn<Option<Count>>,
    /// The units.
    pub units: Vec<String>,
}

impl From<CoreTotals> for Totals {
    fn from(t: CoreTotals) -> Self {
        Totals {
            counts: counts(&t.columns, |v| v),
            units: t.units,
            findings: findings(t.findings),
            outside: (!t.outside_units.is_empty()).then(|| Outside {
                counts: counts(&t.outside, |v| v),
                units: t.outside_units,
            }),
        }
    }
}

/// A batch of forms or table rows, with its total.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Batch {
    /// Every row, in order.
    pub rows: Vec<Row>,
    /// How many rows count toward the total.
    pub accepted: usize,
    /// How many were sent back.
    pub rejected: usize,
    /// The total of the accepted rows.
    pub totals: Totals,
    /// Findings about the table as a whole (its header).
    pub findings: Vec<Finding>,
}

impl From<CoreBatch> for Batch {
    fn from(b: CoreBatch) -> Self {
        let (accepted, rejected) = b.counts();
        Batch {
            rows: b.rows.into_iter().map(Into::into).collect(),
            accepted,
            rejected,
            totals: b.totals.into(),
            findings: findings(b.findings),
        }
    }
}

/// One file's batch, for a command that reads several.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileBatch {
    /// The file, as named.
    pub file: String,
    /// Its rows and its own total.
    #[serde(flatten)]
    pub batch: Batch,
}

/// Several files' batches and their common total
/// ([`total_files`](crate::annex3::sheet::total_files)).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Files {
    /// Each readable file's batch, in order.
    pub files: Vec<FileBatch>,
    /// Files that could not be read: one INPUT finding each, placed at the file.
    pub unreadable: Vec<Finding>,
    /// Rows accepted over every file.
    pub accepted: usize,
    /// Rows sent back over every file.
    pub rejected: usize,
    /// The total over every file.
    pub totals: Totals,
}

impl Files {
    /// The view of several files' batches with their common total.
    pub fn new(
        files: Vec<(String, CoreBatch)>,
        unreadable: Vec<CoreFinding>,
        totals: CoreTotals,
    ) -> Files {
        let files: Vec<FileBatch> = files
            .into_iter()
            .map(|(file, b)| FileBatch {
                file,
                batch: b.into(),
            })
            .collect();
        Files {
            accepted: files
                .iter()
                .fold(0, |n, f| n.saturating_add(f.batch.accepted)),
            rejected: files
                .iter()
                .fold(0, |n, f| n.saturating_add(f.batch.rejected)),
            files,
            unreadable: findings(unreadable),
            totals: totals.into(),
        }
    }
}
