//! The whole table: typed ([`Annex3`]) and as typed into a form ([`Form`]).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use super::total::Resolved;
use super::{cross_checks, ByColumn, Clauses, Cross, Field, Keys};
use crate::campaign::TableDef;
use crate::path::Path;
use crate::report::{Finding, Lang, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::Campaign;

/// Most methods the free-text column (其他) may list (A3-OTHER).
pub const MAX_OTHER_METHODS: usize = 50;
/// Longest one method of the free-text column may be, in characters (A3-OTHER).
pub const MAX_OTHER_METHOD_CHARS: usize = 200;

/// The counts of one unit's table, by column (see [`ByColumn`]).
pub type Counts = ByColumn<u64>;

/// One unit's filled table, normalised: serialised as one object, `unit`, each
/// column's key and count, and the free-text column's key and methods when the table
/// has one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annex3 {
    /// 填报单位: the campaign's name for the unit when it is known, else as written.
    pub unit: String,
    /// The counts.
    pub counts: Counts,
    /// The free-text column's methods (其他: innovative methods not listed).
    pub other_methods: Vec<String>,
}

impl Annex3 {
    /// The count of the column with `key` (snake_case or camelCase).
    pub fn count(&self, key: &str) -> Option<u64> {
        self.counts.by_key(key).copied()
    }
}

impl Serialize for Annex3 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("unit", &self.unit)?;
        for (k, v) in self.counts.iter() {
            m.serialize_entry(k, v)?;
        }
        if let Some(k) = self.counts.keys().other() {
            m.serialize_entry(k, &self.other_methods)?;
        }
        m.end()
    }
}

/// A form as typed: every cell as given, possibly half filled.
///
/// Read from a JSON object with [`Form::from_json`] — the one shape a form has in
/// JSON, read and written (`serde` goes through it too): `unit`, and each column's
/// cell under its key (numbers and strings both accepted), the free-text column's
/// methods as a list or one text. The keys are matched to the campaign's table when
/// the form is validated, so a form is read without a campaign.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    /// 填报单位, as typed.
    pub unit: Option<String>,
    /// Every other entry as given, under its key as written (`qijin_sessions` or, as
    /// JavaScript forms write it, `qijinSessions`): a column's cell, the free-text
    /// column's methods, or a key that is no field of the table (reported by
    /// [`validate_form`], never dropped silently).
    pub cells: BTreeMap<String, serde_json::Value>,
    /// Input that is no form at all: `""` when the value read was not an object
    /// (reported by [`validate_form`]; not written back).
    pub unknown_keys: Vec<String>,
}

impl Serialize for Form {
    /// The flat object [`Form::from_json`] reads: `unit`, then every entry as given.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        if let Some(unit) = &self.unit {
            m.serialize_entry("unit", unit)?;
        }
        for (key, v) in &self.cells {
            m.serialize_entry(key, v)?;
        }
        m.end()
    }
}

impl crate::json::FromJson for Form {
    /// Never fails: what is not a field is kept for the validation to report.
    fn read(_: &mut crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
        Some(Form::from_json(v))
    }
}
crate::json::deserialize_via_value!(Form);

impl Form {
    /// A form from a JSON object: `{"unit": "市教育局", "qijin_sessions": "12次",
    /// "online_views": 3000, "other_methods": ["…"] or "a、b"}` (keys also in camelCase,
    /// `qijinSessions`, as JavaScript forms write them). A number stays a number (`3.5`
    /// is refused as a decimal when validated). A value that is not an object gives an
    /// empty form with the one key `""` unknown.
    pub fn from_json(value: &serde_json::Value) -> Form {
        let Some(obj) = value.as_object() else {
            return Form {
                unknown_keys: vec![String::new()],
                ..Form::default()
            };
        };
        let mut form = Form::default();
        for (key, v) in obj {
            if key == "unit" {
                form.unit = Some(cell_text(v).into_owned());
            } else {
                form.cells.insert(key.clone(), v.clone());
            }
        }
        form
    }
}

/// A cell's text as a JSON form gives it: a string as it is, `null` blank, anything
/// else (a number) its JSON text — `3.5` stays `3.5` and is refused as a decimal.
pub fn cell_text(v: &serde_json::Value) -> Cow<'_, str> {
    match v {
        serde_json::Value::String(s) => Cow::Borrowed(s.as_str()),
        serde_json::Value::Null => Cow::Borrowed(""),
        // A whole number that JSON carried as a float (1e3, 2^64, -0.0) is written as
        // the whole number it is, so that its cell is judged for what it is (1000, a
        // count beyond 64 bits, 0) and not as a decimal.
        // (An integer cast, not float formatting, which the browser build has no room
        // for: a whole f64 below 2^128 is exactly a u128. Beyond, JSON's own text.)
        serde_json::Value::Number(n) => match n.as_f64() {
            Some(f) if n.as_u64().is_none() && f.is_finite() && f.fract() == 0.0 => {
                if f == 0.0 {
                    Cow::Borrowed("0")
                } else if f > 0.0 && f < 3.4e38 {
                    Cow::Owned((f as u128).to_string())
                } else {
                    Cow::Owned(n.to_string())
                }
            }
            _ => Cow::Owned(n.to_string()),
        },
        // Compact JSON text (serde_json's writer, not `Value`'s Display, which brings
        // a pretty-printer into the browser build).
        other => Cow::Owned(serde_json::to_string(other).unwrap_or_default()),
    }
}

/// One field of the form alone, as a form checks it while it is typed: a count cell,
/// `unit` or the free-text column (names also in camelCase, `smsSent`); the value as a
/// JSON form gives it (see [`cell_text`]; the free-text column's also as a list). The
/// findings are the ones [`validate_form`] gives for that field.
///
/// # Errors
///
/// The name, when it is no field of the table, or the campaign has no table.
///
/// ```
/// use fangfei::{annex3::check_field, Campaign};
/// let c = Campaign::embedded();
/// assert!(check_field(c, "smsSent", &serde_json::json!("1,200条")).unwrap().iter().all(|f| f.severity != fangfei::Severity::Error));
/// assert_eq!(check_field(c, "unit", &serde_json::json!("市气象局")).unwrap()[0].rule, fangfei::RuleId::A3_UNIT);
/// assert!(check_field(c, "sms", &serde_json::json!(1)).is_err());
/// ```
pub fn check_field(
    campaign: &Campaign,
    name: &str,
    value: &serde_json::Value,
) -> Result<Vec<Finding>, crate::json::Problem> {
    check_field_in(campaign, name, value, None)
}

/// [`check_field`] with the findings' messages in one language alone (the other
/// language's text empty), or in both for `None`; a count cell's are formatted in that
/// language only ([`check_cell_in`](super::check_cell_in)).
///
/// # Errors
///
/// As [`check_field`]: `name` is no field of the form, or the campaign has no table.
pub fn check_field_in(
    campaign: &Campaign,
    name: &str,
    value: &serde_json::Value,
    lang: Option<Lang>,
) -> Result<Vec<Finding>, crate::json::Problem> {
    let table = super::table_of(campaign).map_err(|f| crate::json::Problem {
        path: f.path.clone(),
        message: f.message.clone(),
    })?;
    let snake = super::snake_case(name);
    let mut findings: Vec<Finding> = if snake == "unit" {
        let form = Form {
            unit: Some(cell_text(value).into_owned()),
            ..Form::default()
        };
        let unit = Path::key("unit");
        validate_form(campaign, &form)
            .findings
            .into_iter()
            .filter(|f| f.path == unit)
            .collect()
    } else if table.other.as_ref().is_some_and(|o| o.key == *snake) {
        let list = match value {
            serde_json::Value::Array(items) => {
                items.iter().map(|i| cell_text(i).into_owned()).collect()
            }
            other => split_other_methods(&cell_text(other)),
        };
        check_other_methods(table, &list)
            .into_iter()
            .map(|f| campaign.cite(f))
            .collect()
    } else {
        let field = Field::of(table, &snake).ok_or_else(|| crate::json::Problem {
            path: Path::root(),
            message: Text::new(
                format!("“{}”不是{}的栏目", clip(name), table.name.zh),
                format!("{:?} is no field of the {}", clip(name), table.name.en),
            ),
        })?;
        return Ok(super::check_cell_in(campaign, field, &cell_text(value), lang).findings);
    };
    for f in &mut findings {
        f.message.keep(lang);
    }
    Ok(findings)
}

/// Longest reporting unit a table row is read for, in characters (a unit's full
/// official name is well under it).
const MAX_UNIT_CHARS: usize = 100;

/// At most 40 characters of a name, for a message.
fn clip(name: &str) -> String {
    crate::text::clipped(name, 40)
}

/// Splits a 其他 cell into methods at `、` `;` `；` `，` `,` and line breaks; a cell
/// of `无`, `-`, `/` or `0` lists none.
pub fn split_other_methods(text: &str) -> Vec<String> {
    let t = text.trim();
    if ["", "无", "-", "/", "0", "—", "－", "／"].contains(&t) {
        return Vec::new();
    }
    t.split(['、', ';', '；', '，', ',', '\n', '\r'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The outcome of validating a form: the normalised table when nothing is an error,
/// and every finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FormCheck {
    /// The table, when the form has no error.
    pub table: Option<Annex3>,
    /// Every finding, each at its field path.
    pub findings: Vec<Finding>,
}

impl FormCheck {
    /// Whether no finding is an error.
    pub fn is_valid(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// The 填报单位 check (A3-UNIT): required; a known unit (an alias resolves to its
/// name, with an info finding); an unknown one is a warning naming the closest names.
/// Returns the name to record.
fn check_unit(
    units: &[crate::campaign::UnitDef],
    resolve: &dyn Fn(&str) -> Option<usize>,
    near: &dyn Fn(&str) -> Vec<String>,
    written: Option<&str>,
    out: &mut Vec<Finding>,
) -> Option<(String, Resolved)> {
    let w = written.map(str::trim).filter(|s| !s.is_empty());
    let Some(w) = w else {
        out.push(Finding::error(
            RuleId::A3_UNIT,
            "unit",
            Text::new("未填写填报单位", "填报单位 (the reporting unit) is missing"),
        ));
        return None;
    };
    // A unit's name, not a page of text: refused before it is looked up or compared
    // with every roster name, and said in part.
    let chars = w.chars().count();
    if chars > MAX_UNIT_CHARS {
        out.push(Finding::error(
            RuleId::A3_UNIT,
            "unit",
            Text::new(
                format!(
                    "填报单位“{}…”有{chars}个字,不是单位名称(至多{MAX_UNIT_CHARS}个字)",
                    clip(w)
                ),
                format!(
                    "the unit \"{}…\" is {chars} characters long: no unit's name (at most {MAX_UNIT_CHARS})",
                    clip(w)
                ),
            ),
        ));
        return None;
    }
    match resolve(w).and_then(|i| Some((i, units.get(i)?))) {
        Some((i, u)) if u.name == w => Some((u.name.clone(), Resolved::Roster(i))),
        Some((i, u)) => {
            out.push(Finding::new(
                RuleId::A3_UNIT,
                Severity::Info,
                Outcome::Pass,
                "unit",
                Text::new(
                    format!("填报单位“{}”即“{}”", crate::text::shown(w), u.name),
                    format!("the unit {:?} is {:?}", crate::text::shown(w).text, u.name),
                ),
            ));
            Some((u.name.clone(), Resolved::Roster(i)))
        }
        None => {
            let near = near(w);
            let (zh, en) = if near.is_empty() {
                (String::new(), String::new())
            } else {
                (
                    format!(";是否为:{}", near.join("、")),
                    format!("; did you mean {}", near.join(", ")),
                )
            };
            out.push(Finding::new(
                RuleId::A3_UNIT,
                Severity::Warning,
                Outcome::Fail,
                "unit",
                Text::new(
                    format!(
                        "填报单位“{}”不在本次活动的单位名单中{zh}",
                        crate::text::shown(w)
                    ),
                    format!(
                        "the unit {:?} is not on the campaign's roster{en}",
                        crate::text::shown(w).text
                    ),
                ),
            ));
            Some((w.to_owned(), Resolved::Outside))
        }
    }
}

/// Up to three roster names closest to an unknown unit's.
fn suggestions(campaign: &Campaign, written: &str) -> Vec<String> {
    campaign
        .suggest_units(written, 3)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// The free-text column's check (A3-OTHER): each method non-blank and at most
/// [`MAX_OTHER_METHOD_CHARS`] characters, at most [`MAX_OTHER_METHODS`] methods; any
/// method at all is an error in a table with no such column. The findings cite the
/// library's clause ([`Campaign::cite`] gives the campaign's).
pub fn check_other_methods(table: &TableDef, methods: &[String]) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(other) = &table.other else {
        if !methods.is_empty() {
            out.push(Finding::error(
                RuleId::A3_OTHER,
                Path::root(),
                Text::new(
                    format!(
                        "{}没有列举其他方式的栏目,列举的{}种方式无处填写",
                        table.name.zh,
                        methods.len()
                    ),
                    format!(
                        "the {} has no column of other methods: the {} listed have nowhere to go",
                        table.name.en,
                        methods.len()
                    ),
                ),
            ));
        }
        return out;
    };
    let (name, en) = (&other.name.zh, &other.name.en);
    if methods.len() > MAX_OTHER_METHODS {
        out.push(Finding::error(
            RuleId::A3_OTHER,
            Path::key(other.key.clone()),
            Text::new(
                format!(
                    "“{name}”列举了{}种方式,最多{MAX_OTHER_METHODS}种",
                    methods.len()
                ),
                format!(
                    "{en} lists {} entries; at most {MAX_OTHER_METHODS}",
                    methods.len()
                ),
            ),
        ));
    }
    for (i, m) in methods.iter().enumerate() {
        let n = m.chars().count();
        if m.trim().is_empty() {
            out.push(Finding::error(
                RuleId::A3_OTHER,
                Path::key(other.key.clone()).at(i),
                Text::new(
                    format!("“{name}”中的方式不能为空"),
                    format!("an entry of {en} is blank"),
                ),
            ));
        } else if n > MAX_OTHER_METHOD_CHARS {
            out.push(Finding::error(
                RuleId::A3_OTHER,
                Path::key(other.key.clone()).at(i),
                Text::new(
                    format!("“{name}”中的方式过长({n}字,最多{MAX_OTHER_METHOD_CHARS}字)"),
                    format!(
                        "an entry of {en} is {n} characters long; at most {MAX_OTHER_METHOD_CHARS}"
                    ),
                ),
            ));
        }
    }
    out
}

/// Validates a whole or half-filled form: every problem at once, each at its field
/// path, citing the campaign's clauses. A missing cell is A3-BLANK; a cell typed so
/// far is checked whatever the others hold, and a cross-field rule of the table runs
/// once both of its cells hold counts. A campaign with no statistics table gives the
/// one finding that says so.
pub fn validate_form(campaign: &Campaign, form: &Form) -> FormCheck {
    match Validator::new(campaign) {
        Ok(v) => v.check(&form.view(&v.index)),
        Err(f) => FormCheck {
            table: None,
            findings: vec![*f],
        },
    }
}

/// A form's cells borrowed from wherever they are (a [`Form`], a JSON object, a row
/// of a table), one slot per column.
pub(crate) struct FormView<'a> {
    pub unit: Option<Cow<'a, str>>,
    pub cells: Vec<Option<CellIn<'a>>>,
    pub other_methods: Cow<'a, [String]>,
    pub unknown_keys: Cow<'a, [String]>,
}

/// A cell as given: text to parse, or a JSON whole number already a count.
pub(crate) enum CellIn<'a> {
    Text(Cow<'a, str>),
    Count(u64),
}

/// What a validator looks a form's keys up in: the columns' keys and the free-text
/// column's.
pub(crate) struct KeyIndex<'c> {
    columns: Vec<&'c str>,
    /// Each column key's [`tag`], so that a key is compared with the one column it
    /// may be (a form's every key is looked up: a batch's hot path).
    tags: Vec<u64>,
    other: Option<&'c str>,
}

/// A key's length and first bytes in one word: keys that differ in it differ.
fn tag(key: &str) -> u64 {
    let mut first = [0u8; 4];
    for (slot, b) in first.iter_mut().zip(key.bytes()) {
        *slot = b;
    }
    (u64::from(u32::from_le_bytes(first)) << 32) | (key.len() as u64 & 0xffff_ffff)
}

impl<'c> KeyIndex<'c> {
    fn of(table: &'c TableDef) -> Self {
        let columns: Vec<&str> = table.columns.iter().map(|c| c.key.as_str()).collect();
        KeyIndex {
            tags: columns.iter().map(|k| tag(k)).collect(),
            columns,
            other: table.other.as_ref().map(|o| o.key.as_str()),
        }
    }

    /// The column of a snake_case key.
    pub(crate) fn column(&self, key: &str) -> Option<usize> {
        let t = tag(key);
        self.tags
            .iter()
            .zip(&self.columns)
            .position(|(tag, k)| *tag == t && *k == key)
    }

    /// Whether `key` (snake_case) names a field of the form.
    fn is_field(&self, key: &str) -> bool {
        key == "unit" || Some(key) == self.other || self.column(key).is_some()
    }

    pub(crate) fn width(&self) -> usize {
        self.columns.len()
    }
}

impl Form {
    pub(crate) fn view(&self, index: &KeyIndex<'_>) -> FormView<'_> {
        self.view_in(index, Vec::new())
    }

    /// [`Form::view`] in the slots of `cells` (see [`FormView::reusing`]).
    pub(crate) fn view_in(
        &self,
        index: &KeyIndex<'_>,
        cells: Vec<Option<CellIn<'static>>>,
    ) -> FormView<'_> {
        let mut view = FormView::reusing(cells, index.width());
        view.unit = self.unit.as_deref().map(Cow::Borrowed);
        let mut unknown = self.unknown_keys.clone();
        for (key, v) in &self.cells {
            view.take(index, key, v, &mut unknown);
        }
        if !unknown.is_empty() {
            view.unknown_keys = Cow::Owned(unknown);
        }
        view
    }
}

impl<'a> FormView<'a> {
    /// An empty view of `width` cells in the slots of `cells` (a row's, recycled:
    /// [`FormView::recycle`]), so that a table's rows share one allocation.
    pub(crate) fn reusing(mut cells: Vec<Option<CellIn<'static>>>, width: usize) -> FormView<'a> {
        // Emptied, then collected in place (nothing to map: one allocation kept): the
        // slots hold nothing, so any lifetime fits them.
        cells.clear();
        let mut cells: Vec<Option<CellIn<'a>>> = cells.into_iter().map(|_| None).collect();
        cells.resize_with(width, || None);
        FormView {
            unit: None,
            cells,
            other_methods: Cow::Borrowed(&[]),
            unknown_keys: Cow::Borrowed(&[]),
        }
    }

    /// The view's slots, emptied, for the next row's view.
    pub(crate) fn recycle(self) -> Vec<Option<CellIn<'static>>> {
        let mut cells = self.cells;
        cells.clear();
        cells.into_iter().map(|_| None).collect()
    }

    /// A view of a JSON object (see [`Form::from_json`]), borrowing its strings, in
    /// the slots of `cells` (see [`FormView::reusing`]).
    pub(crate) fn from_json(
        index: &KeyIndex<'_>,
        value: &'a serde_json::Value,
        cells: Vec<Option<CellIn<'static>>>,
    ) -> FormView<'a> {
        let mut view = FormView::reusing(cells, index.width());
        let Some(obj) = value.as_object() else {
            view.unknown_keys = Cow::Owned(vec![String::new()]);
            return view;
        };
        let mut unknown = Vec::new();
        for (key, v) in obj {
            if key == "unit" {
                view.unit = Some(cell_text(v));
            } else {
                view.take(index, key, v, &mut unknown);
            }
        }
        if !unknown.is_empty() {
            view.unknown_keys = Cow::Owned(unknown);
        }
        view
    }

    /// Takes the entry `key` of a form: a column's cell, the free-text column, or a
    /// key kept as unknown. A key already given in the other spelling
    /// (`qijinSessions` beside `qijin_sessions`) is kept as unknown, never
    /// overwritten: the check names it.
    #[inline]
    fn take(
        &mut self,
        index: &KeyIndex<'_>,
        key: &str,
        v: &'a serde_json::Value,
        unknown: &mut Vec<String>,
    ) {
        // A key as the table writes it is found as it is; only another is spelt
        // again (camelCase → snake_case) and looked up once more.
        if !self.take_as(index, key, v) {
            let snake = super::snake_case(key);
            if matches!(snake, Cow::Borrowed(_)) || !self.take_as(index, &snake, v) {
                unknown.push(key.to_owned());
            }
        }
    }

    /// Takes `v` as the entry of the snake_case `key`: `false` when `key` is no field
    /// of the table or its field was given already.
    #[inline]
    fn take_as(&mut self, index: &KeyIndex<'_>, key: &str, v: &'a serde_json::Value) -> bool {
        if Some(key) == index.other {
            if self.other_given() {
                return false;
            }
            self.other_methods = Cow::Owned(match v {
                serde_json::Value::Array(items) => {
                    items.iter().map(|i| cell_text(i).into_owned()).collect()
                }
                _ => split_other_methods(&cell_text(v)),
            });
            return true;
        }
        match index.column(key).and_then(|i| self.cells.get_mut(i)) {
            Some(slot) if slot.is_none() => {
                *slot = Some(
                    v.as_u64()
                        .map_or_else(|| CellIn::Text(cell_text(v)), CellIn::Count),
                );
                true
            }
            _ => false,
        }
    }

    /// Whether the free-text column was given already (an owned list, even empty).
    fn other_given(&self) -> bool {
        matches!(self.other_methods, Cow::Owned(_))
    }
}

/// Validation with what a batch looks up once: the table's columns, cross-field rules
/// and clauses, and the roster's name index.
pub(crate) struct Validator<'c> {
    campaign: &'c Campaign,
    table: &'c TableDef,
    pub(crate) index: KeyIndex<'c>,
    keys: Keys,
    cross: Vec<Cross<'c>>,
    clauses: Clauses,
    /// The roster's name index, for a batch; one form's unit is looked up by scanning
    /// the campaign's units (no index to build for one name).
    roster: Option<Cow<'c, crate::campaign::Roster<'c>>>,
    /// The closest roster names of each unknown unit met so far: computed once per
    /// distinct name, not per row (a batch of one town's rows off the roster).
    near: std::cell::RefCell<crate::util::FnvMap<String, Vec<String>>>,
}

impl<'c> Validator<'c> {
    /// A validator for one form.
    pub(crate) fn new(campaign: &'c Campaign) -> Result<Self, Box<Finding>> {
        let table = super::table_of(campaign)?;
        Ok(Validator {
            campaign,
            table,
            index: KeyIndex::of(table),
            keys: Keys::of(table),
            cross: Cross::of(table),
            clauses: Clauses::of(campaign, table),
            roster: None,
            near: std::cell::RefCell::default(),
        })
    }

    /// A validator for many forms: the roster indexed once.
    pub(crate) fn batch(campaign: &'c Campaign) -> Result<Self, Box<Finding>> {
        Ok(Validator {
            roster: Some(Cow::Owned(campaign.roster())),
            ..Validator::new(campaign)?
        })
    }

    /// A validator for many forms with a roster index built before (once for many
    /// tables).
    pub(crate) fn with_roster(
        roster: &'c crate::campaign::Roster<'c>,
    ) -> Result<Self, Box<Finding>> {
        Ok(Validator {
            roster: Some(Cow::Borrowed(roster)),
            ..Validator::new(roster.campaign())?
        })
    }

    /// The campaign validated against.
    pub(crate) fn campaign(&self) -> &'c Campaign {
        self.campaign
    }

    /// The table validated against.
    pub(crate) fn table(&self) -> &'c TableDef {
        self.table
    }

    /// The table's keys.
    pub(crate) fn keys(&self) -> &Keys {
        &self.keys
    }

    /// `f` citing the campaign's clause for its rule.
    pub(crate) fn cite(&self, f: Finding) -> Finding {
        self.clauses.cite(f)
    }

    /// The campaign's clause of A3-TOTAL.
    pub(crate) fn total_clause(&self) -> String {
        self.clauses
            .get(RuleId::A3_TOTAL)
            .unwrap_or_default()
            .to_owned()
    }

    /// The index in the campaign's units of the unit `written` names.
    fn resolve(&self, written: &str) -> Option<usize> {
        match &self.roster {
            Some(r) => r.resolve_index(written),
            None => {
                let unit = self.campaign.resolve_unit(written)?;
                self.campaign
                    .units
                    .iter()
                    .position(|u| std::ptr::eq(u, unit))
            }
        }
    }

    /// The city total of `rows` (see [`super::total`]), with this validator's index.
    pub(crate) fn total(&self, rows: &mut [super::total::RowOutcome]) -> super::Totals {
        let mut totaller = super::total::Totaller::new(self);
        for r in rows {
            self.add_to(&mut totaller, r);
        }
        totaller.finish()
    }

    /// Adds a checked row to a total taken row by row, with this validator's index.
    pub(crate) fn add_to(
        &self,
        totaller: &mut super::total::Totaller,
        row: &mut super::total::RowOutcome,
    ) {
        match &self.roster {
            Some(r) => totaller.add(r, row),
            None => totaller.add(&self.campaign.roster(), row),
        }
    }

    /// The closest roster names of `written`, once per distinct name.
    fn near(&self, written: &str) -> Vec<String> {
        if let Some(found) = self.near.borrow().get(written) {
            return found.clone();
        }
        let found = suggestions(self.campaign, written);
        self.near
            .borrow_mut()
            .insert(written.to_owned(), found.clone());
        found
    }

    /// Validates one form view: see [`validate_form`].
    pub(crate) fn check(&self, form: &FormView<'_>) -> FormCheck {
        self.check_resolved(form).0
    }

    /// Validates one form view, with what its unit resolved to (for the total).
    pub(crate) fn check_resolved(&self, form: &FormView<'_>) -> (FormCheck, Resolved) {
        let mut findings = Vec::new();
        let unit = check_unit(
            &self.campaign.units,
            &|w| self.resolve(w),
            &|w| self.near(w),
            form.unit.as_deref(),
            &mut findings,
        );
        let cite = super::Cite::Cached(&self.clauses);
        let mut known: Vec<Option<u64>> = Vec::with_capacity(form.cells.len());
        for (field, raw) in Field::all(self.table).zip(&form.cells) {
            // A number, or a cell of plain digits (the common case), is its value,
            // checked against the bound alone; any other cell is read in full.
            let plain = match raw {
                Some(CellIn::Count(v)) => Some(*v),
                Some(CellIn::Text(t)) => super::cell::plain_count(t),
                None => None,
            };
            let value = match plain {
                Some(v) => {
                    if v > field.def().bound {
                        findings.extend(super::cell::over_bound(field, v, None, cite));
                    }
                    Some(v)
                }
                None => {
                    let text = match raw {
                        Some(CellIn::Text(t)) => t,
                        _ => "",
                    };
                    let cell = super::cell::check_cell_bounded(self.table, field, text, None, cite);
                    findings.extend(cell.findings);
                    cell.value
                }
            };
            known.push(value);
        }
        findings.extend(cross_checks(&self.cross, |f| {
            known.get(f.index()).copied().flatten()
        }));
        findings.extend(check_other_methods(self.table, &form.other_methods));
        for key in form.unknown_keys.iter() {
            let snake = super::snake_case(key);
            findings.push(Finding::error(
                RuleId::INPUT,
                Path::key(key.clone()),
                if !key.is_empty() && self.index.is_field(&snake) {
                    Text::new(
                        format!("“{key}”再次填写了栏目{snake}(另一种写法已填写),不予采用"),
                        format!("{key:?} gives the column {snake} again (already given in another spelling): not used"),
                    )
                } else {
                    Text::new(
                        format!("“{key}”不是{}的栏目", self.table.name.zh),
                        format!("{key:?} is not a field of the {}", self.table.name.en),
                    )
                },
            ));
        }
        let valid = !findings.iter().any(super::is_error);
        let resolved = unit.as_ref().map_or(Resolved::Unknown, |(_, r)| *r);
        let table = match (valid, unit) {
            (true, Some((unit, _))) => Some(Annex3 {
                unit,
                // The counts where the cells were (every cell holds one: the form is
                // valid).
                counts: ByColumn::from_parts(
                    self.keys.clone(),
                    known.into_iter().map(|v| v.unwrap_or(0)).collect(),
                ),
                other_methods: form
                    .other_methods
                    .iter()
                    .map(|m| m.trim().to_owned())
                    .collect(),
            }),
            _ => None,
        };
        if !findings.is_empty() {
            findings = findings.into_iter().map(|f| self.cite(f)).collect();
        }
        (FormCheck { table, findings }, resolved)
    }
}

/// Validates a typed table (e.g. from JSON numbers) against the campaign's: A3-UNIT,
/// a count for every column (A3-BLANK) and no other key (INPUT), A3-RANGE warnings,
/// the cross-field rules and A3-OTHER, citing the campaign's clauses.
pub fn validate_table(campaign: &Campaign, table: &Annex3) -> Vec<Finding> {
    let validator = match Validator::new(campaign) {
        Ok(v) => v,
        Err(f) => return vec![*f],
    };
    let def = validator.table;
    let mut findings = Vec::new();
    check_unit(
        &campaign.units,
        &|w| validator.resolve(w),
        &|w| suggestions(campaign, w),
        Some(&table.unit),
        &mut findings,
    );
    let counts: Vec<Option<u64>> = Field::all(def).map(|f| table.count(f.key())).collect();
    for (field, v) in Field::all(def).zip(&counts) {
        match v {
            Some(v) => findings.extend(super::cell::over_bound(
                field,
                *v,
                None,
                super::Cite::Cached(&validator.clauses),
            )),
            None => findings.push(Finding::error(
                RuleId::A3_BLANK,
                Path::key(field.key().to_owned()),
                super::CellError::Blank.message(def, field, ""),
            )),
        }
    }
    for (key, _) in table.counts.iter() {
        if Field::of(def, key).is_none() {
            findings.push(Finding::error(
                RuleId::INPUT,
                Path::key(key.to_owned()),
                Text::new(
                    format!("“{key}”不是{}的栏目", def.name.zh),
                    format!("{key:?} is not a field of the {}", def.name.en),
                ),
            ));
        }
    }
    findings.extend(cross_checks(&validator.cross, |f| {
        counts.get(f.index()).copied().flatten()
    }));
    findings.extend(check_other_methods(def, &table.other_methods));
    findings.into_iter().map(|f| validator.cite(f)).collect()
}
