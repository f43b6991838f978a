//! The statistics table a plan has units fill (附件3 活动情况统计表 in 2021): its
//! columns, their groups, units and plausibility bounds, and its cross-field rules.
//! The cell rules (A3-BLANK, A3-NUMBER, A3-RANGE …) are the library's; the columns and
//! the cross-field rules are the campaign's.

use super::*;

/// One count column of the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ColumnDef {
    /// Stable key; a form's field (`qijin_sessions`).
    pub key: String,
    /// The group of the two-row header it sits under (a key of `groups`).
    pub group: String,
    /// Its label as the plan prints it, without the unit (活动场次).
    pub name: Text,
    /// Its unit words; the first is printed (`份/次` accepts both).
    pub units: Vec<String>,
    /// The plausibility bound: a count above it is a warning (A3-RANGE).
    pub bound: u64,
    /// Other headers a filled table may give the column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl ColumnDef {
    /// The unit as printed in the header: `次`, `人次`, `份/次` ….
    pub fn unit_label(&self) -> String {
        self.units.join("/")
    }

    /// The header the plan prints: `活动场次(次)`.
    pub fn header_zh(&self) -> String {
        if self.units.is_empty() {
            self.name.zh.clone()
        } else {
            format!("{}({})", self.name.zh, self.unit_label())
        }
    }
}

/// Several columns the printed table gives one cell (the 2021 户外 cell holding its
/// three items, `30;5;800`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Combined {
    /// The cell's header.
    pub header: String,
    /// The columns it holds, in order (keys).
    pub columns: Vec<String>,
}

/// The free-text column of methods not listed (其他).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OtherDef {
    /// Stable key; a form's field (`other_methods`).
    pub key: String,
    /// Its header (其他创新宣传方式).
    pub name: Text,
    /// Other headers a filled table may give the column (其他).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The group of the two-row header it is printed under, when one (a key of
    /// `groups`; 2021: 其他); else its header spans both rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

/// A cross-field rule of the table: when `if_positive` is above 0, `then_positive`
/// must be too (participants need sessions; views need original works).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CrossRule {
    /// Its rule id (`A3-PARTICIPANTS`).
    pub id: RuleId,
    /// Its title.
    pub title: Text,
    /// The clause it comes from, or the library's reading when the plan says
    /// nothing (`—`).
    pub clause: String,
    /// Error, or warning.
    pub severity: Severity,
    /// The column that is above 0.
    pub if_positive: String,
    /// The column that must then be above 0.
    pub then_positive: String,
    /// A remark the message ends with (仅为转发?).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
}

/// The statistics table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TableDef {
    /// The unit record's field holding the table (`annex3`).
    pub key: String,
    /// What the plan calls it (附件3活动情况统计表).
    pub name: Text,
    /// The title printed above it.
    pub title: String,
    /// The plan's clause (附件3).
    pub clause: String,
    /// The material that delivers the table (its deadline is the table's), when a
    /// duty delivers it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub material: Option<String>,
    /// The plan's instruction for items not carried out, quoted in A3-BLANK's
    /// messages (表中项目未开展的填写“0”), with its clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blank_rule: Option<Quote>,
    /// The notes printed under the table (填表说明), line by line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The header's groups, in order.
    pub groups: Vec<Named>,
    /// The count columns, in order.
    pub columns: Vec<ColumnDef>,
    /// Columns the printed table gives one cell.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub combined: Vec<Combined>,
    /// The free-text column, when the table has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<OtherDef>,
    /// Cross-field rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cross_rules: Vec<CrossRule>,
    /// Its sheet in the ledger, when not one named after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ledger: Option<LedgerPlace>,
}

/// The plan's own words, with their clause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Quote {
    /// The words, as the plan writes them.
    pub text: String,
    /// The clause.
    pub clause: String,
}

impl TableDef {
    /// The column with `key`.
    pub fn column(&self, key: &str) -> Option<&ColumnDef> {
        self.columns.iter().find(|c| c.key == key)
    }

    /// The index of the column with `key`.
    pub fn column_index(&self, key: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.key == key)
    }

    /// The group with `key`.
    pub fn group(&self, key: &str) -> Option<&Named> {
        self.groups.iter().find(|g| g.key == key)
    }
}
