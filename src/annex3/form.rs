//! The whole table: typed ([`Annex3`]) and as typed into a form ([`Form`]).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use super::total::Resolved;
use super::{check_number, Field};
use crate::path::Path;
use crate::report::{Finding, Lang, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::Campaign;

/// Most methods the 其他 list may hold (A3-OTHER).
pub const MAX_OTHER_METHODS: usize = 50;
/// Longest one method of the 其他 list may be, in characters (A3-OTHER).
pub const MAX_OTHER_METHOD_CHARS: usize = 200;

macro_rules! counts {
    ($($name:ident => $field:ident),* $(,)?) => {
        /// The eleven counts, by their RULES.md names.
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
        #[serde(deny_unknown_fields)]
        pub struct Counts {
            $(
                #[doc = concat!("See [`Field::", stringify!($field), "`].")]
                pub $name: u64,
            )*
        }

        impl Counts {
            /// The count of `field`.
            pub fn get(&self, field: Field) -> u64 {
                match field { $( Field::$field => self.$name, )* }
            }

            /// Sets the count of `field`.
            pub fn set(&mut self, field: Field, value: u64) {
                match field { $( Field::$field => self.$name = value, )* }
            }
        }
    };
}

counts! {
    qijin_sessions => QijinSessions,
    qijin_participants => QijinParticipants,
    print_broadcast => PrintBroadcast,
    online_original_works => OnlineOriginalWorks,
    online_views => OnlineViews,
    online_interactive_reach => OnlineInteractiveReach,
    sms_sent => SmsSent,
    outdoor_posters_boards => OutdoorPostersBoards,
    outdoor_screens_ads => OutdoorScreensAds,
    outdoor_leaflets_gifts => OutdoorLeafletsGifts,
    news_reports => NewsReports,
}

/// One unit's filled table (附件3), normalised.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Annex3 {
    /// 填报单位: the campaign's name for the unit when it is known, else as written.
    pub unit: String,
    /// The counts.
    #[serde(flatten)]
    pub counts: Counts,
    /// 其他: innovative methods not listed above.
    #[serde(default)]
    pub other_methods: Vec<String>,
}

impl Annex3 {
    /// The count of the column with `key`.
    pub fn count(&self, key: &str) -> Option<u64> {
        Field::from_name(key).map(|f| self.counts.get(f))
    }
}

/// A form as typed: every cell as text, possibly half filled.
///
/// Build it field by field, or from a JSON object whose keys are the RULES.md field
/// names (numbers and strings both accepted as cells) with [`Form::from_json`] — the
/// one shape a form has in JSON, read and written (`serde` goes through it too).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    /// 填报单位, as typed.
    pub unit: Option<String>,
    /// The count cells typed so far.
    pub cells: BTreeMap<Field, String>,
    /// The 其他 methods, as listed (one entry each).
    pub other_methods: Vec<String>,
    /// Keys of the input that are no field of the table (reported by
    /// [`validate_form`], never dropped silently; not written back).
    pub unknown_keys: Vec<String>,
}

impl Serialize for Form {
    /// The flat object [`Form::from_json`] reads: `unit`, one key per typed cell, and
    /// `other_methods` when any is listed.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        if let Some(unit) = &self.unit {
            m.serialize_entry("unit", unit)?;
        }
        for (field, text) in &self.cells {
            m.serialize_entry(field, text)?;
        }
        if !self.other_methods.is_empty() {
            m.serialize_entry("other_methods", &self.other_methods)?;
        }
        m.end()
    }
}

impl crate::json::FromJson for Form {
    /// Never fails: what is not a field is kept in [`Form::unknown_keys`] for the
    /// validation to report.
    fn read(_: &mut crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
        Some(Form::from_json(v))
    }
}
crate::json::deserialize_via_value!(Form);

impl Form {
    /// A form from a JSON object: `{"unit": "市教育局", "qijin_sessions": "12次",
    /// "online_views": 3000, "other_methods": ["…"] or "a、b"}` (keys also in camelCase,
    /// `qijinSessions`, as JavaScript forms write them). A number becomes its
    /// text (`3.5` stays `3.5` and is refused as a decimal); keys that are no field are
    /// kept in [`Form::unknown_keys`]. A value that is not an object gives an empty form
    /// with the one key `""` unknown.
    pub fn from_json(value: &serde_json::Value) -> Form {
        let view = FormView::from_json(value);
        Form {
            unit: view.unit.map(Cow::into_owned),
            cells: Field::ALL
                .into_iter()
                .zip(view.cells)
                .filter_map(|(f, c)| {
                    let text = match c? {
                        CellIn::Text(t) => t.into_owned(),
                        CellIn::Count(v) => v.to_string(),
                    };
                    Some((f, text))
                })
                .collect(),
            other_methods: view.other_methods.into_owned(),
            unknown_keys: view.unknown_keys.into_owned(),
        }
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
/// `unit` or `other_methods` (names also in camelCase, `smsSent`); the value as a
/// JSON form gives it (see [`cell_text`]; `other_methods` also as a list). The
/// findings are the ones [`validate_form`] gives for that field.
///
/// # Errors
///
/// The name, when it is no field of the table.
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
/// As [`check_field`]: `name` is no field of the form.
pub fn check_field_in(
    campaign: &Campaign,
    name: &str,
    value: &serde_json::Value,
    lang: Option<Lang>,
) -> Result<Vec<Finding>, crate::json::Problem> {
    let mut findings: Vec<Finding> = match &*super::snake_case(name) {
        "unit" => {
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
        }
        "other_methods" => {
            let list = match value {
                serde_json::Value::Array(items) => {
                    items.iter().map(|i| cell_text(i).into_owned()).collect()
                }
                other => split_other_methods(&cell_text(other)),
            };
            check_other_methods(&list)
        }
        other => {
            let field = other.parse::<Field>().map_err(|()| crate::json::Problem {
                path: Path::root(),
                message: Text::new(
                    format!("“{}”不是附件3的栏目", clip(name)),
                    format!("{:?} is no Annex 3 field", clip(name)),
                ),
            })?;
            return Ok(super::check_cell_in(campaign, field, &cell_text(value), lang).findings);
        }
    };
    for f in &mut findings {
        f.message.keep(lang);
    }
    Ok(findings)
}

/// At most 40 characters of a name, for a message.
fn clip(name: &str) -> String {
    name.chars().take(40).collect()
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
    match resolve(w).and_then(|i| Some((i, units.get(i)?))) {
        Some((i, u)) if u.name == w => Some((u.name.clone(), Resolved::Roster(i))),
        Some((i, u)) => {
            out.push(Finding::new(
                RuleId::A3_UNIT,
                Severity::Info,
                Outcome::Pass,
                "unit",
                Text::new(
                    format!("填报单位“{w}”即“{}”", u.name),
                    format!("the unit {w:?} is {:?}", u.name),
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
                    format!("填报单位“{w}”不在本次活动的单位名单中{zh}"),
                    format!("the unit {w:?} is not on the campaign's roster{en}"),
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

/// The 其他 list check (A3-OTHER): each method non-blank and at most
/// [`MAX_OTHER_METHOD_CHARS`] characters, at most [`MAX_OTHER_METHODS`] methods.
pub fn check_other_methods(methods: &[String]) -> Vec<Finding> {
    let mut out = Vec::new();
    if methods.len() > MAX_OTHER_METHODS {
        out.push(Finding::error(
            RuleId::A3_OTHER,
            "other_methods",
            Text::new(
                format!(
                    "“其他”列举了{}种方式,最多{MAX_OTHER_METHODS}种",
                    methods.len()
                ),
                format!(
                    "其他 lists {} methods; at most {MAX_OTHER_METHODS}",
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
                Path::key("other_methods").at(i),
                Text::new("“其他”中的方式不能为空", "a method of 其他 is blank"),
            ));
        } else if n > MAX_OTHER_METHOD_CHARS {
            out.push(Finding::error(
                RuleId::A3_OTHER,
                Path::key("other_methods").at(i),
                Text::new(
                    format!("“其他”中的方式过长({n}字,最多{MAX_OTHER_METHOD_CHARS}字)"),
                    format!(
                        "a method of 其他 is {n} characters long; at most {MAX_OTHER_METHOD_CHARS}"
                    ),
                ),
            ));
        }
    }
    out
}

/// The cross-field rules on counts known so far (A3-PARTICIPANTS, A3-VIEWS).
fn cross_checks(get: impl Fn(Field) -> Option<u64>) -> Vec<Finding> {
    let mut out = Vec::new();
    if let (Some(0), Some(p)) = (get(Field::QijinSessions), get(Field::QijinParticipants)) {
        if p > 0 {
            out.push(Finding::error(
                RuleId::of("A3-PARTICIPANTS"),
                Field::QijinParticipants.name(),
                Text::new(
                    format!("活动场次为0,参与群众却为{p}人次"),
                    format!("{p} participants but 0 sessions"),
                ),
            ));
        }
    }
    if let (Some(0), Some(v)) = (get(Field::OnlineOriginalWorks), get(Field::OnlineViews)) {
        if v > 0 {
            out.push(Finding::new(
                RuleId::of("A3-VIEWS"),
                Severity::Warning,
                Outcome::Fail,
                Field::OnlineViews.name(),
                Text::new(
                    format!("原创作品数为0,点击量等却为{v}次(仅为转发?)"),
                    format!("{v} views but 0 original works (reposts only?)"),
                ),
            ));
        }
    }
    out
}

/// Validates a whole or half-filled form: every problem at once, each at its field
/// path. A missing cell is A3-BLANK; a cell typed so far is checked whatever the
/// others hold, and a cross-field rule runs once both of its cells hold counts.
pub fn validate_form(campaign: &Campaign, form: &Form) -> FormCheck {
    Validator::new(campaign).check(&form.view())
}

/// A form's cells borrowed from wherever they are (a [`Form`], a row of a table).
pub(crate) struct FormView<'a> {
    pub unit: Option<Cow<'a, str>>,
    pub cells: [Option<CellIn<'a>>; 11],
    pub other_methods: Cow<'a, [String]>,
    pub unknown_keys: Cow<'a, [String]>,
}

/// A cell as given: text to parse, or a JSON whole number already a count.
pub(crate) enum CellIn<'a> {
    Text(Cow<'a, str>),
    Count(u64),
}

impl Form {
    pub(crate) fn view(&self) -> FormView<'_> {
        FormView {
            unit: self.unit.as_deref().map(Cow::Borrowed),
            cells: Field::ALL.map(|f| {
                self.cells
                    .get(&f)
                    .map(|t| CellIn::Text(Cow::Borrowed(t.as_str())))
            }),
            other_methods: Cow::Borrowed(&self.other_methods),
            unknown_keys: Cow::Borrowed(&self.unknown_keys),
        }
    }
}

impl<'a> FormView<'a> {
    /// A view of a JSON object (see [`Form::from_json`]), borrowing its strings.
    pub(crate) fn from_json(value: &'a serde_json::Value) -> FormView<'a> {
        let mut view = FormView {
            unit: None,
            cells: Default::default(),
            other_methods: Cow::Borrowed(&[]),
            unknown_keys: Cow::Borrowed(&[]),
        };
        let Some(obj) = value.as_object() else {
            view.unknown_keys = Cow::Owned(vec![String::new()]);
            return view;
        };
        let text = cell_text;
        // A key already given in the other spelling (`qijinSessions` beside
        // `qijin_sessions`) is kept as unknown, never overwritten: the check names it.
        let mut unknown = Vec::new();
        let mut methods_given = false;
        for (key, v) in obj {
            match &*super::snake_case(key) {
                "unit" if view.unit.is_some() => unknown.push(key.clone()),
                "unit" => view.unit = Some(text(v)),
                "other_methods" if methods_given => unknown.push(key.clone()),
                "other_methods" => {
                    methods_given = true;
                    view.other_methods = Cow::Owned(match v {
                        serde_json::Value::Array(items) => {
                            items.iter().map(|i| text(i).into_owned()).collect()
                        }
                        _ => split_other_methods(&text(v)),
                    })
                }
                k => match k
                    .parse::<Field>()
                    .ok()
                    .and_then(|f| view.cells.get_mut(f.index()))
                {
                    Some(slot) if slot.is_none() => {
                        *slot = Some(
                            v.as_u64()
                                .map_or_else(|| CellIn::Text(text(v)), CellIn::Count),
                        )
                    }
                    _ => unknown.push(key.clone()),
                },
            }
        }
        if !unknown.is_empty() {
            view.unknown_keys = Cow::Owned(unknown);
        }
        view
    }
}

/// Validation with what a batch looks up once: the roster's name index and the
/// columns' plausibility bounds.
pub(crate) struct Validator<'c> {
    campaign: &'c Campaign,
    /// The roster's name index, for a batch; one form's unit is looked up by scanning
    /// the campaign's units (no index to build for one name).
    roster: Option<std::borrow::Cow<'c, crate::campaign::Roster<'c>>>,
    bounds: [Option<u64>; 11],
    /// The closest roster names of each unknown unit met so far: computed once per
    /// distinct name, not per row (a batch of one town's rows off the roster).
    near: std::cell::RefCell<crate::util::FnvMap<String, Vec<String>>>,
}

impl<'c> Validator<'c> {
    /// A validator for one form.
    pub(crate) fn new(campaign: &'c Campaign) -> Self {
        Validator {
            campaign,
            roster: None,
            bounds: Field::ALL.map(|f| campaign.annex3_bound(f.name())),
            near: std::cell::RefCell::default(),
        }
    }

    /// A validator for many forms: the roster indexed once.
    pub(crate) fn batch(campaign: &'c Campaign) -> Self {
        Validator {
            roster: Some(std::borrow::Cow::Owned(campaign.roster())),
            ..Validator::new(campaign)
        }
    }

    /// The campaign validated against.
    pub(crate) fn campaign(&self) -> &'c Campaign {
        self.campaign
    }

    /// A validator for many forms with a roster index built before (once for many
    /// tables).
    pub(crate) fn with_roster(roster: &'c crate::campaign::Roster<'c>) -> Self {
        Validator {
            roster: Some(std::borrow::Cow::Borrowed(roster)),
            ..Validator::new(roster.campaign())
        }
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
        match &self.roster {
            Some(r) => super::total::total_with(r, rows),
            None => super::total(self.campaign, rows),
        }
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
        let mut counts = Counts::default();
        let mut known: [Option<u64>; 11] = [None; 11];
        for ((field, raw), (slot, bound)) in Field::ALL
            .iter()
            .zip(&form.cells)
            .zip(known.iter_mut().zip(&self.bounds))
        {
            // A number, or a cell of plain digits (the common case), is its value,
            // checked against the bound alone; any other cell is read in full.
            let plain = match raw {
                Some(CellIn::Count(v)) => Some(*v),
                Some(CellIn::Text(t)) => super::cell::plain_count(t),
                None => None,
            };
            let value = match plain {
                Some(v) => {
                    if bound.is_some_and(|b| v > b) {
                        findings.extend(super::cell::over_bound(*field, v, *bound, None));
                    }
                    Some(v)
                }
                None => {
                    let text = match raw {
                        Some(CellIn::Text(t)) => t,
                        _ => "",
                    };
                    let cell = super::cell::check_cell_bounded(*field, text, *bound, None);
                    findings.extend(cell.findings);
                    cell.value
                }
            };
            if let Some(v) = value {
                counts.set(*field, v);
                *slot = Some(v);
            }
        }
        findings.extend(cross_checks(|f| known.get(f.index()).copied().flatten()));
        findings.extend(check_other_methods(&form.other_methods));
        for key in form.unknown_keys.iter() {
            let snake = super::snake_case(key);
            let known =
                snake == "unit" || snake == "other_methods" || snake.parse::<Field>().is_ok();
            findings.push(Finding::error(
                RuleId::INPUT,
                Path::key(key.clone()),
                if known {
                    Text::new(
                        format!("“{key}”再次填写了栏目{snake}(另一种写法已填写),不予采用"),
                        format!("{key:?} gives the column {snake} again (already given in another spelling): not used"),
                    )
                } else {
                    Text::new(
                        format!("“{key}”不是附件3的栏目"),
                        format!("{key:?} is not a field of the Annex 3 table"),
                    )
                },
            ));
        }
        let valid = !findings.iter().any(|f| f.severity == Severity::Error);
        let resolved = unit.as_ref().map_or(Resolved::Unknown, |(_, r)| *r);
        let table = match (valid, unit) {
            (true, Some((unit, _))) => Some(Annex3 {
                unit,
                counts,
                other_methods: form
                    .other_methods
                    .iter()
                    .map(|m| m.trim().to_owned())
                    .collect(),
            }),
            _ => None,
        };
        (FormCheck { table, findings }, resolved)
    }
}

/// Validates a typed table (e.g. from JSON numbers): A3-UNIT, A3-RANGE warnings,
/// the cross-field rules and A3-OTHER.
pub fn validate_table(campaign: &Campaign, table: &Annex3) -> Vec<Finding> {
    let mut findings = Vec::new();
    let validator = Validator::new(campaign);
    check_unit(
        &campaign.units,
        &|w| validator.resolve(w),
        &|w| suggestions(campaign, w),
        Some(&table.unit),
        &mut findings,
    );
    for field in Field::ALL {
        findings.extend(check_number(campaign, field, table.counts.get(field)));
    }
    findings.extend(cross_checks(|f| Some(table.counts.get(f))));
    findings.extend(check_other_methods(&table.other_methods));
    findings
}
