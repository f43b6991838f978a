//! The statistics table a campaign declares (its `statistics_table`; rules **A3-***).
//!
//! Reporting units fill one row of the table's counts, its free-text column when it
//! has one, and the 填报单位. The columns — keys, names, units, plausibility bounds,
//! other headers — the two-row header's groups, the cells the printed table combines,
//! and the cross-field rules are the campaign's data ([`TableDef`]); the cell rules
//! (A3-UNIT, A3-BLANK, A3-NUMBER, A3-RANGE, A3-OTHER, A3-TOTAL) are the library's, and
//! their findings cite the clauses the campaign gives them.
//!
//! This module parses what people really type into a cell ([`check_cell`]), validates
//! a whole or half-filled form ([`validate_form`]), reads tables of rows with their
//! places ([`sheet`]), sums many units' tables into a city total with checked
//! arithmetic ([`total`]), and exports a JSON Schema ([`json_schema`]). A campaign
//! without a statistics table is refused by each of them, with a finding that says so.
//!
//! ```
//! use fangfei::annex3::{check_cell, table_of, Field};
//! let c = fangfei::Campaign::embedded();
//! let table = table_of(c).unwrap();
//! let participants = Field::of(table, "qijin_participants").unwrap();
//! assert_eq!(check_cell(c, participants, " １,２００人次 ").value, Some(1200));
//! let blank = check_cell(c, Field::of(table, "qijinSessions").unwrap(), "无");
//! assert_eq!(blank.value, None);
//! assert_eq!(blank.findings[0].rule, fangfei::RuleId::A3_BLANK); // 未开展的项目请填写0
//! ```

pub(crate) mod cell;
mod form;
mod schema;
#[cfg(test)]
mod second_table;
pub mod sheet;
mod total;

use std::borrow::Cow;
use std::sync::Arc;

use serde::Serialize;

use crate::campaign::{ColumnDef, TableDef};
use crate::report::{Finding, Severity, Text};
use crate::rule::RuleId;
use crate::Campaign;

pub use cell::{
    check_cell, check_cell_in, check_number, parse_count, ten_thousands, CellCheck, CellError,
    Normalised, MAX_CELL_CHARS, UNCALCULATED,
};
pub use form::{
    cell_text, check_field, check_field_in, check_other_methods, split_other_methods,
    validate_form, validate_table, Annex3, Counts, Form, FormCheck, MAX_OTHER_METHODS,
    MAX_OTHER_METHOD_CHARS,
};
pub use schema::json_schema;
pub use total::{total, RowOutcome, Totals};

/// The campaign's statistics table, or the finding that refuses a call about one: the
/// campaign declares none.
///
/// # Errors
///
/// An INPUT finding at `statistics_table` naming the campaign, when it has no table.
pub fn table_of(campaign: &Campaign) -> Result<&TableDef, Box<Finding>> {
    campaign
        .statistics_table
        .as_ref()
        .ok_or_else(|| Box::new(no_table(campaign)))
}

/// The finding of a call about the statistics table of a campaign that has none.
pub(crate) fn no_table(campaign: &Campaign) -> Finding {
    Finding::error(
        RuleId::INPUT,
        "statistics_table",
        Text::new(
            format!("活动方案“{}”没有统计表(statistics_table)", campaign.name.zh),
            format!(
                "the campaign {:?} has no statistics table (statistics_table)",
                campaign.name.en
            ),
        ),
    )
}

/// A count column of a campaign's statistics table: its place in
/// [`TableDef::columns`] and its declaration. Small and `Copy`; found by key with
/// [`Field::of`], or every one in order with [`Field::all`].
///
/// Fields compare by position (and declaration): a field of one table is no field of
/// another, and every function given one of another table reads it by its own
/// declaration, never out of bounds.
#[derive(Debug, Clone, Copy)]
pub struct Field<'c> {
    index: usize,
    def: &'c ColumnDef,
}

impl<'c> Field<'c> {
    /// The column whose key is `name`, in either spelling: `sms_sent` or, as
    /// JavaScript forms write it, `smsSent`.
    ///
    /// ```
    /// use fangfei::annex3::{table_of, Field};
    /// let t = table_of(fangfei::Campaign::embedded()).unwrap();
    /// assert_eq!(Field::of(t, "qijinSessions"), Field::of(t, "qijin_sessions"));
    /// assert_eq!(Field::of(t, "qijin_sessions").unwrap().index(), 0);
    /// assert!(Field::of(t, "sessions").is_none());
    /// ```
    pub fn of(table: &'c TableDef, name: &str) -> Option<Field<'c>> {
        let key = snake_case(name);
        table
            .columns
            .iter()
            .enumerate()
            .find(|(_, c)| c.key == *key)
            .map(|(index, def)| Field { index, def })
    }

    /// The column at `index` (0-based, in the table's order).
    pub fn at(table: &'c TableDef, index: usize) -> Option<Field<'c>> {
        table.columns.get(index).map(|def| Field { index, def })
    }

    /// Every column of `table`, in order.
    pub fn all(
        table: &'c TableDef,
    ) -> impl ExactSizeIterator<Item = Field<'c>> + DoubleEndedIterator + Clone + 'c {
        table
            .columns
            .iter()
            .enumerate()
            .map(|(index, def)| Field { index, def })
    }

    /// The column's position, 0-based.
    pub const fn index(self) -> usize {
        self.index
    }

    /// The column's declaration.
    pub const fn def(self) -> &'c ColumnDef {
        self.def
    }

    /// The column's key: a form's field, the path of its findings.
    pub fn key(self) -> &'c str {
        &self.def.key
    }
}

impl PartialEq for Field<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index && std::ptr::eq(self.def, other.def)
    }
}

impl Eq for Field<'_> {}

impl std::hash::Hash for Field<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.index.hash(state);
    }
}

impl std::fmt::Display for Field<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl Serialize for Field<'_> {
    /// The column's key.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

/// The keys of a statistics table's columns and of its free-text column, shared by
/// every table and total read against it: a clone is a reference count.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Keys(Arc<KeyList>);

#[derive(Debug, Default, PartialEq, Eq, Hash)]
struct KeyList {
    columns: Vec<String>,
    other: Option<String>,
}

impl Keys {
    /// The keys of `table`.
    pub fn of(table: &TableDef) -> Keys {
        Keys(Arc::new(KeyList {
            columns: table.columns.iter().map(|c| c.key.clone()).collect(),
            other: table.other.as_ref().map(|o| o.key.clone()),
        }))
    }

    /// The count columns' keys, in order.
    pub fn columns(&self) -> &[String] {
        &self.0.columns
    }

    /// The free-text column's key, when the table has one.
    pub fn other(&self) -> Option<&str> {
        self.0.other.as_deref()
    }

    /// The position of the column `key` (snake_case).
    pub fn index(&self, key: &str) -> Option<usize> {
        self.0.columns.iter().position(|k| k == key)
    }
}

/// One value per count column, in the table's order, with the columns' keys:
/// serialised as an object from key to value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ByColumn<V> {
    keys: Keys,
    values: Vec<V>,
}

impl<V> ByColumn<V> {
    /// The values of `keys`'s columns, in order; `None` unless there is one per column.
    pub fn new(keys: Keys, values: Vec<V>) -> Option<ByColumn<V>> {
        (values.len() == keys.columns().len()).then_some(ByColumn { keys, values })
    }

    /// Built by the module, where the lengths agree by construction.
    pub(crate) fn from_parts(keys: Keys, values: Vec<V>) -> ByColumn<V> {
        ByColumn { keys, values }
    }

    /// The columns' keys.
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// The values, in the columns' order.
    pub fn values(&self) -> &[V] {
        &self.values
    }

    /// How many columns.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether there are no columns.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The value at position `index`.
    pub fn at(&self, index: usize) -> Option<&V> {
        self.values.get(index)
    }

    /// The value of the column with `key` (snake_case or camelCase).
    pub fn by_key(&self, key: &str) -> Option<&V> {
        let key = snake_case(key);
        self.keys.index(&key).and_then(|i| self.values.get(i))
    }

    /// Each column's key and value, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &V)> + '_ {
        self.keys
            .columns()
            .iter()
            .map(String::as_str)
            .zip(&self.values)
    }
}

impl<V: Clone> ByColumn<V> {
    /// `value` in every column of `keys`.
    pub fn filled(keys: Keys, value: V) -> ByColumn<V> {
        let values = vec![value; keys.columns().len()];
        ByColumn { keys, values }
    }
}

impl<V> ByColumn<V> {
    /// Whether `field` is this table's column at its position.
    fn has(&self, field: Field<'_>) -> bool {
        self.keys.columns().get(field.index()).map(String::as_str) == Some(field.key())
    }

    /// Sets the value of `field`; `false`, and nothing set, for a column this table
    /// does not have.
    pub fn set(&mut self, field: Field<'_>, value: V) -> bool {
        let has = self.has(field);
        match self.values.get_mut(field.index()).filter(|_| has) {
            Some(slot) => {
                *slot = value;
                true
            }
            None => false,
        }
    }
}

impl<V: Copy> ByColumn<V> {
    /// The value of `field` (`None` for a column this table does not have).
    pub fn get(&self, field: Field<'_>) -> Option<V> {
        self.values
            .get(field.index())
            .copied()
            .filter(|_| self.has(field))
    }
}

impl<V: Serialize> Serialize for ByColumn<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

/// The clauses a campaign gives the rules a table's checks report, looked up once
/// (the library's A3 rules, INPUT and the table's cross-field rules).
#[derive(Debug, Clone)]
pub(crate) struct Clauses(Vec<(RuleId, String)>);

impl Clauses {
    pub(crate) fn of(campaign: &Campaign, table: &TableDef) -> Clauses {
        let ids = [
            RuleId::A3_UNIT,
            RuleId::A3_BLANK,
            RuleId::A3_NUMBER,
            RuleId::A3_RANGE,
            RuleId::A3_OTHER,
            RuleId::A3_TOTAL,
            RuleId::INPUT,
        ]
        .into_iter()
        .chain(table.cross_rules.iter().map(|r| r.id));
        Clauses(ids.map(|id| (id, campaign.clause_of(id))).collect())
    }

    /// `f` citing the campaign's clause for its rule, when the campaign gives one and
    /// the finding cites none of its own (as [`Campaign::cite`]).
    pub(crate) fn cite(&self, mut f: Finding) -> Finding {
        let default = f.rule.library().map_or("", |r| r.clause);
        if f.clause.is_empty() || f.clause == default {
            if let Some((_, c)) = self.0.iter().find(|(id, _)| *id == f.rule) {
                if !c.is_empty() {
                    c.clone_into(&mut f.clause);
                }
            }
        }
        f
    }

    /// The clause of `rule`, when looked up.
    pub(crate) fn get(&self, rule: RuleId) -> Option<&str> {
        self.0
            .iter()
            .find(|(id, _)| *id == rule)
            .map(|(_, c)| c.as_str())
    }
}

/// Where the findings of a cell take their clause from: the campaign, asked per
/// finding (one cell checked alone), or its clauses looked up once (a batch).
#[derive(Clone, Copy)]
pub(crate) enum Cite<'a> {
    Campaign(&'a Campaign),
    Cached(&'a Clauses),
}

impl Cite<'_> {
    /// A finding citing its rule's clause (built with it: no other clause is written
    /// first).
    pub(crate) fn finding(
        self,
        rule: RuleId,
        severity: Severity,
        outcome: crate::report::Outcome,
        path: crate::path::Path,
        message: Text,
    ) -> Finding {
        let clause = match self {
            Cite::Campaign(c) => c.clause_of(rule),
            Cite::Cached(c) => c.get(rule).map_or_else(
                || rule.library().map_or("", |r| r.clause).to_owned(),
                str::to_owned,
            ),
        };
        Finding {
            rule,
            severity,
            outcome,
            path,
            place: None,
            unit: None,
            message,
            clause,
            effect: crate::report::Effect::None,
        }
    }
}

/// A cross-field rule with its two columns found: when `if_positive` is above 0,
/// `then_positive` must be too.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cross<'c> {
    pub rule: &'c crate::campaign::CrossRule,
    pub if_positive: Field<'c>,
    pub then_positive: Field<'c>,
}

impl<'c> Cross<'c> {
    /// The table's cross-field rules whose columns it declares (a checked campaign
    /// declares them all).
    pub(crate) fn of(table: &'c TableDef) -> Vec<Cross<'c>> {
        table
            .cross_rules
            .iter()
            .filter_map(|rule| {
                Some(Cross {
                    rule,
                    if_positive: Field::of(table, &rule.if_positive)?,
                    then_positive: Field::of(table, &rule.then_positive)?,
                })
            })
            .collect()
    }

    /// The finding when `then_positive` is 0 and `if_positive` is `value` > 0: "活动场次
    /// 为0,参与群众却为1200人次", then the rule's hint.
    pub(crate) fn finding(&self, value: u64) -> Finding {
        let (a, b) = (self.if_positive.def(), self.then_positive.def());
        let (mut zh, mut en) = (
            format!(
                "{}为0,{}却为{value}{}",
                b.name.zh,
                a.name.zh,
                a.unit_label()
            ),
            format!("{value} {} but 0 {}", a.name.en, b.name.en),
        );
        if let Some(h) = &self.rule.hint {
            zh.push_str(&format!("({})", h.zh));
            en.push_str(&format!(" ({})", h.en));
        }
        let outcome = crate::report::Outcome::Fail;
        Finding::new(
            self.rule.id,
            self.rule.severity,
            outcome,
            crate::path::Path::key(self.if_positive.key().to_owned()),
            Text::new(zh, en),
        )
        .with_clause(&self.rule.clause)
    }
}

/// The cross-field rules over the counts known so far.
pub(crate) fn cross_checks(
    rules: &[Cross<'_>],
    get: impl Fn(Field<'_>) -> Option<u64>,
) -> Vec<Finding> {
    rules
        .iter()
        .filter_map(|r| match (get(r.then_positive), get(r.if_positive)) {
            (Some(0), Some(v)) if v > 0 => Some(r.finding(v)),
            _ => None,
        })
        .collect()
}

/// Whether a finding is an error.
pub(crate) fn is_error(f: &Finding) -> bool {
    f.severity == Severity::Error
}

/// A key as the table names it: `qijinSessions` → `qijin_sessions` (JavaScript forms
/// use camelCase; both spellings are accepted). Borrowed when already snake_case.
pub(crate) fn snake_case(name: &str) -> Cow<'_, str> {
    if !name.bytes().any(|b| b.is_ascii_uppercase()) {
        return Cow::Borrowed(name);
    }
    let mut s = String::with_capacity(name.len().saturating_add(4));
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            s.push('_');
            s.push(c.to_ascii_lowercase());
        } else {
            s.push(c);
        }
    }
    Cow::Owned(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_the_campaigns_columns() {
        let table = table_of(Campaign::embedded()).unwrap();
        let keys: Vec<&str> = Field::all(table).map(Field::key).collect();
        let declared: Vec<&str> = table.columns.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, declared);
        for (i, f) in Field::all(table).enumerate() {
            assert_eq!(f.index(), i);
            assert_eq!(Field::of(table, f.key()), Some(f));
            assert_eq!(Field::at(table, i), Some(f));
            assert_eq!(serde_json::to_value(f).unwrap(), f.key());
        }
        assert_eq!(Field::at(table, table.columns.len()), None);
        let mut other = table.clone();
        other.columns.reverse();
        let a = Field::of(table, "sms_sent").unwrap();
        let b = Field::of(&other, "sms_sent").unwrap();
        assert_ne!(a, b, "a field of one table is no field of another");
    }

    #[test]
    fn no_table_is_refused_with_a_finding() {
        let mut c = Campaign::embedded().clone();
        c.statistics_table = None;
        let f = table_of(&c).unwrap_err();
        assert_eq!(f.rule, RuleId::INPUT);
        assert_eq!(f.path, "statistics_table");
        assert!(f.message.zh.contains("没有统计表"), "{}", f.message.zh);
    }

    #[test]
    fn by_column_reads_by_field_and_key() {
        let table = table_of(Campaign::embedded()).unwrap();
        let keys = Keys::of(table);
        let n = keys.columns().len();
        assert!(ByColumn::new(keys.clone(), vec![0u64; n + 1]).is_none());
        let v = ByColumn::new(keys, (0..n as u64).collect()).unwrap();
        let sms = Field::of(table, "sms_sent").unwrap();
        assert_eq!(v.get(sms), Some(sms.index() as u64));
        assert_eq!(v.by_key("smsSent"), Some(&(sms.index() as u64)));
        assert_eq!(v.by_key("sms"), None);
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["sms_sent"], sms.index());
        let mut other = table.clone();
        other.columns.truncate(2);
        other.columns[1].key = "x".into();
        assert_eq!(v.get(Field::at(&other, 1).unwrap()), None);
    }
}
