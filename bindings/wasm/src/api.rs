//! Every exported operation as a pure function from JSON values to JSON text, so the
//! native test suite runs exactly what the browser runs (the `js` module only turns
//! `JsValue` arguments into `serde_json::Value`s and hands the text results to the
//! engine's `JSON.parse`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use fangfei::annex3::sheet::read_values;
use fangfei::annex3::{
    cell_text, check_cell_in as core_cell, check_field_in as core_field, json_schema, table_of,
    validate_form as core_form, Field, Form,
};
use fangfei::audit::check_submissions as core_submissions;
use fangfei::audit::check_unit as core_unit;
use fangfei::json::{FromJson, Problem};
use fangfei::quiz::{register as core_register, Paper, Registration, Scorer, Sheet};
use fangfei::record::Submission;
use fangfei::record::UnitRecord;
use fangfei::{Campaign, Instant, Lang};
use fangfei_wasm_json as results;
use serde::Serialize;
use serde_json::{json, Value};

use fangfei::wire;

/// An error for JavaScript: a stable `code` and a message in both languages.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiError {
    pub code: String,
    pub message: String,
    pub message_zh: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Value>,
}

impl ApiError {
    /// A result that could not be written as JSON (a library fault, never expected).
    pub fn unwritten(e: impl std::fmt::Display) -> ApiError {
        ApiError::input(e, "结果无法写成JSON(程序问题,请报告)")
    }

    /// An argument that must be a string and is not.
    pub fn not_text(what: &str) -> ApiError {
        ApiError::input(
            format!("{what} must be a string"),
            format!("{}须是文字", argument_zh(what)),
        )
    }

    /// A required argument not given.
    pub fn missing(what: &str) -> ApiError {
        ApiError::input(
            format!("{what} is required"),
            format!("缺少{}", argument_zh(what)),
        )
    }

    /// An INPUT error: what is wrong with an argument, in English and in Chinese.
    pub fn input(en: impl std::fmt::Display, zh: impl std::fmt::Display) -> ApiError {
        ApiError {
            code: "INPUT".into(),
            message: format!("malformed input: {en}"),
            message_zh: format!("输入格式不对:{zh}"),
            problems: Vec::new(),
        }
    }
}

pub type Result<T> = std::result::Result<T, ApiError>;

/// The Chinese name of an argument of the JS API (`record` → 单位记录): a Chinese
/// message names what the clerk gave, never the API's identifier (issue 29, item 19;
/// RULES.md §8: Chinese messages contain no English). An unknown name reads "参数".
pub fn argument_zh(what: &str) -> &'static str {
    match what {
        "json" => "活动方案文件的文字",
        "handle" => "已打开的活动方案",
        "at" => "时点",
        "lang" => "语言",
        "input" => "输入",
        "field" => "栏目名",
        "form" => "表单",
        "forms" => "表单列表",
        "record" => "单位记录",
        "asOf" => "核查时点",
        "registration" => "报名信息",
        "sheets" => "答卷列表",
        "top" => "名次数",
        _ => "参数",
    }
}

/// Most forms or sheets one call takes (100,000 forms take a few seconds and some
/// hundreds of megabytes; 350,000 exhausted the module's memory): a larger batch is
/// refused with code `INPUT`, to be split, and the module stays usable.
pub const MAX_BATCH: usize = 100_000;

/// Largest JSON text of one argument (64 MiB), checked before it is parsed.
pub const MAX_ARG_BYTES: usize = 64 << 20;

impl ApiError {
    /// `n` items of `what` in one call, over `limit`.
    pub fn too_many(what: &str, what_zh: &str, n: usize, limit: usize) -> ApiError {
        ApiError {
            code: "INPUT".into(),
            message: format!("{n} {what} in one call; the limit is {limit}: split the batch"),
            message_zh: format!("一次调用{n}份{what_zh},超过上限{limit}份:请分批调用"),
            problems: Vec::new(),
        }
    }
}

/// How many items the JSON `text`'s top-level array holds (`key` `None`), or the array
/// under `key` of its top-level object: counted by scanning the bytes, nothing built,
/// so an over-long batch is refused at once (issue 28, class 8: 100,001 sheets were
/// refused after 5.8 s, every one converted first). Text that is no such JSON counts
/// 0 (the parser says what is wrong with it); an array given twice under `key` counts
/// its first.
pub fn count_items(text: &str, key: Option<&str>) -> usize {
    let b = text.as_bytes();
    let mut depth = 0usize;
    // The depth inside the counted array once it is open; whether an item may begin.
    let mut counting: Option<usize> = None;
    let mut expect = false;
    let mut count = 0usize;
    // At depth 1 of the top object: the last key was `key`, and its `:` followed.
    let (mut is_key, mut colon) = (false, false);
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        if c.is_ascii_whitespace() {
            i = i.saturating_add(1);
            continue;
        }
        if counting == Some(depth) && c != b',' && c != b']' && expect {
            count = count.saturating_add(1);
            expect = false;
        }
        match c {
            b'"' => {
                let start = i.saturating_add(1);
                let mut j = start;
                loop {
                    match b.get(j) {
                        None => return count,
                        Some(b'\\') => j = j.saturating_add(2),
                        Some(b'"') => break,
                        Some(_) => j = j.saturating_add(1),
                    }
                }
                if depth == 1 && counting.is_none() {
                    is_key = key.is_some() && text.get(start..j) == key;
                    colon = false;
                }
                i = j;
            }
            b':' if depth == 1 => colon = is_key,
            b',' if counting == Some(depth) => expect = true,
            b'[' | b'{' => {
                let opens = match key {
                    None => depth == 0 && c == b'[',
                    Some(_) => depth == 1 && colon && c == b'[',
                };
                depth = depth.saturating_add(1);
                if opens && counting.is_none() {
                    counting = Some(depth);
                    expect = true;
                } else if depth == 1 && key.is_none() {
                    return 0;
                }
                colon = false;
            }
            b']' | b'}' => {
                if counting == Some(depth) {
                    return count;
                }
                depth = depth.saturating_sub(1);
            }
            _ => {
                if depth == 0 {
                    return 0;
                }
                if depth == 1 {
                    colon = false;
                }
            }
        }
        i = i.saturating_add(1);
    }
    count
}

/// Refuses the JSON text of a batch whose array ([`count_items`]) holds more than
/// [`MAX_BATCH`] items, before it is parsed.
fn batch_text(text: &str, key: Option<&str>, what: &str, what_zh: &str) -> Result<()> {
    let n = count_items(text, key);
    if n > MAX_BATCH {
        return Err(ApiError::too_many(what, what_zh, n, MAX_BATCH));
    }
    Ok(())
}

/// An argument's JSON text parsed (the text of one argument, as the exports get it
/// from `JSON.stringify`).
pub fn parse_arg(text: &str) -> Result<Value> {
    fangfei::json::parse(text).map_err(|e| ApiError::input(e, "参数不是合法的JSON"))
}

/// `list`, when it is no longer than [`MAX_BATCH`].
fn batch<'a>(list: &'a [Value], what: &str, what_zh: &str) -> Result<&'a [Value]> {
    if list.len() > MAX_BATCH {
        return Err(ApiError::too_many(what, what_zh, list.len(), MAX_BATCH));
    }
    Ok(list)
}

/// A result as JSON text: written straight from the DTOs (no `Value` tree on the way),
/// parsed once by the engine's `JSON.parse`.
fn to_json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(ApiError::unwritten)
}

/// A typed value read from JSON: every problem, each at its path under `what`.
/// `submittedAt` → `submitted_at`: a key with a lower-case letter or digit before an
/// upper-case one, in snake case; any other key as it is (`XPCC`, `1`, `D-PLAN`).
fn snake_case(key: &str) -> Option<String> {
    let b = key.as_bytes();
    let camel = b
        .windows(2)
        .any(|w| matches!(w, [x, y] if (x.is_ascii_lowercase() || x.is_ascii_digit()) && y.is_ascii_uppercase()));
    camel.then(|| {
        let mut out = String::with_capacity(key.len().saturating_add(4));
        let mut prev_lower = false;
        for c in key.chars() {
            if c.is_ascii_uppercase() && prev_lower {
                out.push('_');
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            out.push(c.to_ascii_lowercase());
        }
        out
    })
}

/// The JS casing of inputs: every object key of `v` in camelCase read as the data
/// format's snake_case (`submittedAt` is `submitted_at`), except the keys of `answers`
/// (question ids are data). The same key written both ways is an INPUT error, never
/// one silently kept. `v` itself when no key needs it.
fn js_keys(v: &Value) -> Result<std::borrow::Cow<'_, Value>> {
    fn needs(v: &Value) -> bool {
        match v {
            Value::Object(m) => m
                .iter()
                .any(|(k, v)| snake_case(k).is_some() || (k != "answers" && needs(v))),
            Value::Array(a) => a.iter().any(needs),
            _ => false,
        }
    }
    fn convert(v: &Value) -> Result<Value> {
        Ok(match v {
            Value::Object(m) => {
                let mut out = serde_json::Map::with_capacity(m.len());
                for (k, v) in m {
                    let key = snake_case(k).unwrap_or_else(|| k.clone());
                    let v = if key == "answers" {
                        v.clone()
                    } else {
                        convert(v)?
                    };
                    if out.insert(key.clone(), v).is_some() {
                        let both: Vec<&String> = m
                            .keys()
                            .filter(|x| snake_case(x).as_deref().unwrap_or(x) == key)
                            .collect();
                        let (a, b) = (both.first().map_or(k, |x| *x), k);
                        return Err(ApiError {
                            code: "INPUT".into(),
                            message: format!(
                                "malformed input: {a:?} and {b:?} are the same key, given twice: write it once"
                            ),
                            message_zh: format!(
                                "输入格式不对:“{a}”与“{b}”是同一个键,出现了两次:只写一次"
                            ),
                            problems: Vec::new(),
                        });
                    }
                }
                Value::Object(out)
            }
            Value::Array(a) => Value::Array(a.iter().map(convert).collect::<Result<_>>()?),
            other => other.clone(),
        })
    }
    if needs(v) {
        convert(v).map(std::borrow::Cow::Owned)
    } else {
        Ok(std::borrow::Cow::Borrowed(v))
    }
}

/// A value's compact JSON text (serde_json's writer: `Value`'s Display would bring its
/// pretty-printer into the module).
fn text_of(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn from_value<T: FromJson>(v: &Value, what: &'static str) -> Result<T> {
    fangfei::json::from_value(v).map_err(|problems| listed("INPUT", &problems, what))
}

/// An error listing `problems`, their paths prefixed with `under` (may be empty).
fn listed(code: &str, problems: &[Problem], under: &'static str) -> ApiError {
    let under = fangfei::Path::from(under);
    let at = |p: &Problem| under.join(&p.path).to_string();
    let join = |f: &dyn Fn(&Problem) -> String, sep: &str| {
        problems.iter().map(f).collect::<Vec<_>>().join(sep)
    };
    ApiError {
        code: code.into(),
        message: join(&|p| format!("{}: {}", at(p), p.message.en), "; "),
        message_zh: join(&|p| format!("{}:{}", at(p), p.message.zh), ";"),
        problems: problems
            .iter()
            .map(
                |p| json!({ "path": at(p), "message": { "zh": p.message.zh, "en": p.message.en } }),
            )
            .collect(),
    }
}

/// A campaign for one call: the embedded one, or one loaded and checked.
pub enum CampaignRef {
    /// The embedded 2021 plan.
    Embedded(&'static Campaign),
    /// A campaign loaded by [`open_campaign`] (shared) or given with the call.
    Loaded(Rc<Campaign>),
}

impl std::ops::Deref for CampaignRef {
    type Target = Campaign;
    fn deref(&self) -> &Campaign {
        match self {
            CampaignRef::Embedded(c) => c,
            CampaignRef::Loaded(c) => c,
        }
    }
}

thread_local! {
    /// Campaigns opened by [`open_campaign`], by handle: parsed and checked once, used
    /// by every later call that passes the handle (a custom campaign is not re-read on
    /// every keystroke). The module is single-threaded; a closed slot stays `None`.
    static OPEN: RefCell<Vec<Option<Rc<Campaign>>>> = const { RefCell::new(Vec::new()) };
}

/// The npm module this build is (`fangfei`, `fangfei/quiz`, `fangfei/office`): its
/// handles say so, since each module keeps its own open campaigns.
const MODULE: &str = if cfg!(feature = "office") {
    "fangfei/office"
} else if cfg!(feature = "quiz") {
    "fangfei/quiz"
} else if cfg!(feature = "forms") {
    "fangfei/forms"
} else {
    "fangfei"
};

/// The campaign given — a handle from [`open_campaign`] (`{"handle": n}`), or a
/// campaign object or text, checked — or the embedded 2021 one when none is.
pub fn campaign_of(v: Option<&Value>) -> Result<CampaignRef> {
    match v {
        None | Some(Value::Null) => Ok(CampaignRef::Embedded(Campaign::embedded())),
        Some(Value::String(json)) => load(json).map(|c| CampaignRef::Loaded(Rc::new(c))),
        Some(Value::Object(o)) if o.contains_key("handle") => {
            let refused = |en: &str, zh: &str| ApiError {
                code: "CAMPAIGN".into(),
                message: en.into(),
                message_zh: zh.into(),
                problems: Vec::new(),
            };
            // A handle another module opened numbers that module's campaigns, not this
            // one's: refused, never taken for another campaign.
            if o.get("module").is_some_and(|m| m != MODULE) {
                return Err(refused(
                    "this handle was opened by another module: each module keeps its own \
                     campaigns (open the campaign with this module's openCampaign)",
                    "此句柄由另一个模块打开:各模块各自打开活动方案(请用本模块的openCampaign打开)",
                ));
            }
            let n = o
                .get("handle")
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok());
            let open = n.and_then(|n| OPEN.with(|c| c.borrow().get(n).cloned().flatten()));
            match open {
                Some(c) if o.get("id").is_none_or(|id| *id == *c.id) => Ok(CampaignRef::Loaded(c)),
                Some(_) => Err(refused(
                    "this handle is of another campaign than its id says",
                    "此句柄所指的活动方案与其id不符",
                )),
                None => Err(refused(
                    "no open campaign has this handle (closed, or never opened)",
                    "没有以此句柄打开的活动方案(已关闭或从未打开)",
                )),
            }
        }
        Some(v) => load(&text_of(v)).map(|c| CampaignRef::Loaded(Rc::new(c))),
    }
}

/// The campaign of the forms module's calls: the embedded one, none other (the module
/// carries no campaign reader, which is a quarter of its code: BENCHMARKS.md). A
/// campaign given is refused with a CAMPAIGN error that says which module reads one.
#[cfg(feature = "forms")]
pub fn embedded_only(v: Option<&Value>) -> Result<CampaignRef> {
    match v {
        None | Some(Value::Null) => Ok(CampaignRef::Embedded(Campaign::embedded_forms())),
        Some(_) => Err(ApiError {
            code: "CAMPAIGN".into(),
            message: "the forms module checks against the embedded 2021 campaign only: \
                      another campaign is read by the main module (\"fangfei\")"
                .into(),
            message_zh: "表单模块只按内置的2021年活动方案检查:其他活动方案请用主模块(\"fangfei\")"
                .into(),
            problems: Vec::new(),
        }),
    }
}

/// Loads and checks a campaign once; returns its handle with its id, year and module
/// (`{"handle": 0, "id": "…", "year": 2021, "module": "fangfei"}`), to pass as the
/// campaign of later calls of the same module.
pub fn open_campaign(json: &str) -> Result<String> {
    let c = Rc::new(load(json)?);
    let handle = OPEN.with(|open| {
        let mut open = open.borrow_mut();
        open.push(Some(Rc::clone(&c)));
        open.len().saturating_sub(1)
    });
    Ok(text_of(
        &json!({ "handle": handle, "id": c.id, "year": c.year, "module": MODULE }),
    ))
}

/// Closes a handle (later calls with it are refused); `true` when it was open.
pub fn close_campaign(handle: &Value) -> Result<String> {
    let n = handle
        .get("handle")
        .unwrap_or(handle)
        .as_u64()
        .and_then(|n| usize::try_from(n).ok());
    let was_open = n.is_some_and(|n| {
        OPEN.with(|open| {
            open.borrow_mut()
                .get_mut(n)
                .and_then(Option::take)
                .is_some()
        })
    });
    Ok(was_open.to_string())
}

fn load(json: &str) -> Result<Campaign> {
    Campaign::from_json(json).map_err(refused)
}

/// An error with its code and the core's message in both languages.
fn coded(code: &str, text: fangfei::Text) -> ApiError {
    ApiError {
        code: code.into(),
        message: text.en,
        message_zh: text.zh,
        problems: Vec::new(),
    }
}

/// An input refused by the core: its code, its message in both languages (the core's
/// own Chinese), every problem at its path.
fn refused(e: fangfei::InputError) -> ApiError {
    let message = e.message();
    ApiError {
        message: message.en,
        message_zh: message.zh,
        ..listed(e.code().as_str(), e.problems(), "")
    }
}

fn instant(text: &str, c: &Campaign) -> Result<Instant> {
    Instant::parse_in_year(text, c.year).map_err(|e| coded(e.code(), e.text()))
}

/// The embedded 2021 campaign, in its data-file shape (the file itself: serialising
/// the typed campaign would bring its whole `Serialize` code into the browser build).
pub fn campaign() -> Result<String> {
    Ok(fangfei::campaign::LINGYUAN_2021_COMPACT.to_owned())
}

/// A campaign from its JSON text, checked; every problem listed on error. Returns the
/// campaign as given (once it has passed every check).
pub fn load_campaign(json: &str) -> Result<String> {
    load(json)?;
    Ok(json.to_owned())
}

/// What holds at an instant.
pub fn timeline(at: &str, c: Option<&Value>) -> Result<String> {
    let c = campaign_of(c)?;
    to_json(&c.moment(instant(at, &c)?))
}

/// Every dated event.
pub fn events(c: Option<&Value>) -> Result<String> {
    let c = campaign_of(c)?;
    let events = c.events().map_err(|e| coded(e.code(), e.text()))?;
    to_json(&events.iter().map(wire::Event::from).collect::<Vec<_>>())
}

/// The calendar picture.
pub fn timeline_svg(lang: &str, c: Option<&Value>) -> Result<String> {
    let c = campaign_of(c)?;
    fangfei::timeline::svg(&c, lang_of(lang)?).map_err(|e| coded(e.code(), e.text()))
}

/// Submissions against their windows: `{roles, flags?, submissions, asOf}`.
pub fn check_submissions(input: &Value, c: Option<&Value>) -> Result<String> {
    let c = campaign_of(c)?;
    let input = js_keys(input)?;
    let input = input.as_ref();
    let roles: Vec<String> = from_value(input.get("roles").unwrap_or(&Value::Null), "roles")?;
    // The submissions read as a record's are, in the campaign's words.
    let record =
        json!({ "unit": "", "submissions": input.get("submissions").unwrap_or(&json!([])) });
    let subs: Vec<Submission> = UnitRecord::from_value(&c, &record)
        .map_err(|e| listed(e.code().as_str(), e.problems(), ""))?
        .submissions;
    let flags: fangfei::Keyed<String, bool> =
        from_value(input.get("flags").unwrap_or(&json!({})), "flags")?;
    let as_of = match input.get("as_of") {
        None | Some(Value::Null) => {
            return Err(ApiError::input("asOf is required", "缺少核查时点"))
        }
        Some(Value::String(s)) => instant(s, &c)?,
        Some(_) => {
            return Err(ApiError::input(
                "asOf must be a string (2024-05-20T09:30:00+08:00)",
                "核查时点须是文字(如2024-05-20T09:30:00+08:00)",
            ))
        }
    };
    to_json(&wire::findings(core_submissions(
        &c, &roles, &flags, &subs, as_of,
    )))
}

/// The column `name` (its key, in snake_case or camelCase) of the campaign's
/// statistics table.
fn field<'c>(name: &str, c: &'c Campaign) -> Result<Field<'c>> {
    let table = table_of(c).map_err(|f| no_table(*f))?;
    Field::of(table, name).ok_or_else(|| {
        ApiError::input(
            format!("{name:?} is no field of the {}", table.name.en),
            format!("“{name}”不是{}的栏目", table.name.zh),
        )
    })
}

/// The error of a forms call about a campaign with no statistics table.
fn no_table(f: fangfei::Finding) -> ApiError {
    ApiError {
        code: f.rule.as_str().to_owned(),
        message: f.message.en,
        message_zh: f.message.zh,
        problems: Vec::new(),
    }
}

thread_local! {
    /// The language of the form checks' messages (`setLanguage`): one alone, or both.
    static LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// `zh` or `en`, else an INPUT error.
fn lang_of(lang: &str) -> Result<Lang> {
    match lang {
        "zh" => Ok(Lang::Zh),
        "en" => Ok(Lang::En),
        _ => Err(ApiError::input(
            "lang must be \"zh\", \"en\" or null",
            "语言须是“zh”或“en”,或不填",
        )),
    }
}

/// Sets the language of the form checks' messages (`checkCell`, `checkField`,
/// `validateForm`, `validateForms`) from then on: `zh` or `en` alone, the other
/// language's text left empty (a cell's is then not formatted at all), or both for
/// `None`, the default.
pub fn set_language(lang: Option<&str>) -> Result<String> {
    let lang = lang.map(lang_of).transpose()?;
    LANG.with(|l| l.set(lang));
    Ok("null".into())
}

/// The language `setLanguage` chose, if one.
fn language() -> Option<Lang> {
    LANG.with(Cell::get)
}

/// The findings' messages in the language `setLanguage` chose alone.
fn in_language(findings: &mut [wire::Finding]) {
    let lang = language();
    for f in findings {
        f.message.keep(lang);
    }
}

// The forms module's calls take the campaign resolved (by `campaign_of`, or by
// `embedded_only` in the forms module, which so carries no campaign reader).

/// One cell as typed (keystroke validation).
pub fn check_cell(name: &str, text: &Value, c: &Campaign) -> Result<String> {
    results::cell(&cell_check(name, text, c)?).map_err(ApiError::unwritten)
}

/// [`check_cell`] as the JavaScript wrapper of `checkCell` reads it (`cellResult`,
/// written by bindings/wasm/npm/entries.mjs): the cell's field, value (empty for none)
/// and validity (`1` or `0`), then each finding after [`FINDING`]: its rule, severity,
/// outcome, path, message in Chinese and in English, clause and effect; each separated
/// by [`FIELD`]. The wrapper builds the object `JSON.parse` of [`check_cell`]'s text
/// gives, with one `split` per finding: `JSON.parse` was a quarter of a keystroke
/// check with a finding, which is 0.8–0.9 µs faster without it (BENCHMARKS.md).
///
/// [`check_cell`]'s JSON text instead (it begins with `{`, which no field name does)
/// when the result does not fit that form: a count beyond 2^53 − 1 (a string in the
/// JSON), a finding with a place or a unit (a cell's have neither), a text holding a
/// separator (a cell typed with one: its message quotes it).
pub fn check_cell_for_js(name: &str, text: &Value, c: &Campaign) -> Result<String> {
    let cell = cell_check(name, text, c)?;
    match separated(&cell) {
        Some(text) => Ok(text),
        None => results::cell(&cell).map_err(ApiError::unwritten),
    }
}

/// Separates a cell result's fields, and a finding's, in [`check_cell_for_js`].
pub const FIELD: &str = "\u{1f}";
/// Begins each finding in [`check_cell_for_js`].
pub const FINDING: &str = "\u{1e}";

/// A cell's result separated for its JavaScript wrapper; `None` when it does not fit.
fn separated(v: &wire::Cell) -> Option<String> {
    let value = match v.value {
        Some(wire::Count(n)) if n <= wire::MAX_SAFE_INTEGER => n.to_string(),
        Some(_) => return None,
        None => String::new(),
    };
    let mut out = String::with_capacity(256);
    out.push_str(v.field);
    put(&mut out, FIELD, &value)?;
    put(&mut out, FIELD, if v.valid { "1" } else { "0" })?;
    for f in &v.findings {
        if f.place.is_some() || f.unit.is_some() {
            return None;
        }
        put(&mut out, FINDING, f.rule.as_str())?;
        for text in [
            f.severity,
            f.outcome,
            &f.path.to_string(),
            &f.message.zh,
            &f.message.en,
            &f.clause,
            f.effect,
        ] {
            put(&mut out, FIELD, text)?;
        }
    }
    Some(out)
}

/// Appends `separator` and `text`; `None` when the text holds a separator itself.
fn put(out: &mut String, separator: &str, text: &str) -> Option<()> {
    let plain = !text.bytes().any(|b| b == 0x1e || b == 0x1f);
    plain.then(|| {
        out.push_str(separator);
        out.push_str(text);
    })
}

fn cell_check<'c>(name: &str, text: &Value, c: &'c Campaign) -> Result<wire::Cell<'c>> {
    let cell = core_cell(c, field(name, c)?, &cell_text(text), language());
    Ok(wire::Cell::from(cell))
}

/// One field of the form alone: a count cell, `unit` or `other_methods`.
pub fn check_field(name: &str, value: &Value, c: &Campaign) -> Result<String> {
    let findings = core_field(c, name, value, language())
        .map_err(|p| listed("INPUT", std::slice::from_ref(&p), "field"))?;
    results::findings(&wire::findings(findings)).map_err(ApiError::unwritten)
}

/// A whole or half-filled form.
pub fn validate_form(form: &Value, c: &Campaign) -> Result<String> {
    if !form.is_object() {
        return Err(ApiError::input(
            "the form must be an object",
            "表单须是对象",
        ));
    }
    let mut form = wire::Form::from(core_form(c, &Form::from_json(form)));
    in_language(&mut form.findings);
    results::form(&form).map_err(ApiError::unwritten)
}

/// Many forms at once, with the city total (the batch call for speed).
pub fn validate_forms(forms: &Value, c: &Campaign) -> Result<String> {
    let list = forms
        .as_array()
        .ok_or_else(|| ApiError::input("forms must be an array", "表单列表须是数组"))?;
    let list = batch(list, "forms", "表单")?;
    let mut batch = wire::Batch::from(read_values(c, list, |n| format!("#{n}")));
    if language().is_some() {
        for row in &mut batch.rows {
            in_language(&mut row.findings);
        }
        in_language(&mut batch.totals.findings);
        in_language(&mut batch.findings);
    }
    results::batch(&batch).map_err(ApiError::unwritten)
}

/// [`validate_forms`] from the forms' JSON text: counted before they are parsed, so a
/// batch over [`MAX_BATCH`] is refused at once.
pub fn validate_forms_text(forms: &str, c: &Campaign) -> Result<String> {
    batch_text(forms, None, "forms", "表单")?;
    validate_forms(&parse_arg(forms)?, c)
}

/// The campaign's units, as a form offers them (填报单位): name, aliases, roles.
pub fn units(c: &Campaign) -> Result<String> {
    to_json(&wire::roster(c))
}

/// A unit record's report, as of an instant (default: the end of the campaign).
pub fn check_unit(record: &Value, as_of: Option<&str>, c: Option<&Value>) -> Result<String> {
    let c = campaign_of(c)?;
    let r = UnitRecord::from_value(&c, js_keys(record)?.as_ref())
        .map_err(|e| listed(e.code().as_str(), e.problems(), "record"))?;
    let at = match as_of {
        Some(t) => instant(t, &c)?,
        None => c
            .default_as_of()
            .ok_or_else(|| ApiError::input("the campaign has no span", "活动方案没有起止日期"))?,
    };
    to_json(&wire::UnitReport::new(&c, core_unit(&c, &r, at)))
}

/// A quiz registration: the participant (masked) or `null`, and the findings.
pub fn register(reg: &Value, c: Option<&Value>) -> Result<String> {
    let c = campaign_of(c)?;
    let r: Registration = from_value(js_keys(reg)?.as_ref(), "registration")?;
    let (p, findings) = core_register(&r);
    let findings = findings.into_iter().map(|f| c.cite(f)).collect();
    to_json(&wire::Registered::new(p, findings, r.phone.as_deref()))
}

/// Scores sheets and ranks teams: `{papers, sheets, strategy?, through?, top?}`.
pub fn score_sheets(input: &Value, c: Option<&Value>) -> Result<String> {
    let c = campaign_of(c)?;
    let input = js_keys(input)?;
    let input = input.as_ref();
    let papers: Vec<Paper> = from_value(input.get("papers").unwrap_or(&Value::Null), "papers")?;
    let sheets = input
        .get("sheets")
        .and_then(Value::as_array)
        .ok_or_else(|| ApiError::input("sheets must be an array", "答卷列表须是数组"))?;
    let sheets = batch(sheets, "sheets", "答卷")?;
    let strategy = match input.get("strategy") {
        None | Some(Value::Null) => c.quiz.as_ref().map(|q| q.team_strategy).unwrap_or_default(),
        Some(v) => from_value(v, "strategy")?,
    };
    let through = match input.get("through").and_then(Value::as_str) {
        Some(d) => Some(fangfei::time::parse_date(d, Some(c.year)).map_err(|e| {
            let t = e.text();
            ApiError::input(t.en, t.zh)
        })?),
        None => None,
    };
    let top = match input.get("top") {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
                .ok_or_else(|| ApiError::input("top must be a whole number", "名次数须是整数"))?,
        ),
    };
    let mut scorer = Scorer::new(&c, &papers).map_err(|fs| ApiError {
        code: "Q-PAPER".into(),
        message: "the papers do not fit the campaign".into(),
        message_zh: "试卷与活动方案的题型构成不符".into(),
        problems: fs
            .into_iter()
            .map(|f| json!(wire::Finding::from(f)))
            .collect(),
    })?;
    let read: Vec<std::result::Result<_, _>> = sheets
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let line = i.saturating_add(1);
            fangfei::json::from_value::<Sheet>(v)
                .map(|s| scorer.sheet(line, &s))
                .map_err(|p| fangfei::quiz::sheet_problems(&p))
        })
        .collect();
    // Settled once every sheet is read: a later-read earlier sheet replaces one that
    // counted when it was read.
    let outcomes = read
        .into_iter()
        .enumerate()
        .map(|(i, o)| match o {
            Ok(mut o) => {
                scorer.settle(&mut o);
                wire::Sheet::from(o)
            }
            Err(why) => {
                let line = i.saturating_add(1);
                wire::Sheet::unreadable(line, fangfei::quiz::unreadable(line, &why))
            }
        })
        .collect();
    let query = wire::StandingsQuery::new(Some(strategy), through, top);
    to_json(&wire::Scored::new(&c, outcomes, &scorer, query))
}

/// [`score_sheets`] from the input's JSON text: its sheets counted before anything is
/// parsed, so more than [`MAX_BATCH`] are refused at once.
pub fn score_sheets_text(input: &str, c: Option<&Value>) -> Result<String> {
    batch_text(input, Some("sheets"), "sheets", "答卷")?;
    score_sheets(&parse_arg(input)?, c)
}

/// The rule catalogue of the campaign.
pub fn rules(c: Option<&Value>) -> Result<String> {
    let c = campaign_of(c)?;
    to_json(&wire::rules(&c))
}

/// The rules the statistics table's checks give, as the campaign cites them: the
/// forms module's `rules` (it carries neither a campaign reader nor the catalogue's
/// templates).
pub fn table_rules(c: &Campaign) -> Result<String> {
    let rules: Vec<wire::Rule> = c.table_rules().into_iter().map(wire::Rule::from).collect();
    to_json(&rules)
}

/// The JSON Schema of the campaign's statistics table.
pub fn annex3_schema(bounds: bool, c: Option<&Value>) -> Result<String> {
    let c = campaign_of(c)?;
    Ok(text_of(&json_schema(&c, bounds).map_err(|f| no_table(*f))?))
}

/// Runs one call of the parity corpus by name natively, its JSON result parsed. The
/// arguments are read as the exported JS functions read theirs (`js.rs`): absent and
/// `null` are "not given", a string argument must be a string, a required one must be
/// given — so the corpus gives the same results here and through the exports in Node.
pub fn call(name: &str, args: &[Value]) -> Result<Value> {
    let json = match name {
        "timelineSvg" => return dispatch(name, args).map(Value::String),
        _ => dispatch(name, args)?,
    };
    serde_json::from_str(&json).map_err(ApiError::unwritten)
}

fn dispatch(name: &str, args: &[Value]) -> Result<String> {
    let given = |i: usize| args.get(i).filter(|v| !v.is_null());
    let text = |i: usize, what: &str| match args.get(i) {
        Some(Value::String(s)) => Ok(s.as_str()),
        _ => Err(ApiError::not_text(what)),
    };
    let required = |i: usize, what: &str| given(i).ok_or_else(|| ApiError::missing(what));
    let cell = |i: usize| given(i).unwrap_or(&Value::Null);
    match name {
        "campaign" => campaign(),
        "loadCampaign" => load_campaign(text(0, "json")?),
        "openCampaign" => open_campaign(text(0, "json")?),
        "closeCampaign" => close_campaign(required(0, "handle")?),
        "timeline" => timeline(text(0, "at")?, given(1)),
        "events" => events(given(0)),
        "timelineSvg" => match args.first() {
            None => timeline_svg("zh", given(1)),
            Some(_) => timeline_svg(text(0, "lang")?, given(1)),
        },
        "checkSubmissions" => check_submissions(required(0, "input")?, given(1)),
        "checkCell" => {
            let field = text(0, "field")?;
            check_cell(field, cell(1), &*campaign_of(given(2))?)
        }
        "checkField" => {
            let field = text(0, "field")?;
            check_field(field, cell(1), &*campaign_of(given(2))?)
        }
        "validateForm" => {
            let form = required(0, "form")?;
            validate_form(form, &*campaign_of(given(1))?)
        }
        "validateForms" => {
            let forms = required(0, "forms")?;
            validate_forms(forms, &*campaign_of(given(1))?)
        }
        "units" => units(&*campaign_of(given(0))?),
        "setLanguage" => match given(0) {
            None => set_language(None),
            Some(_) => set_language(Some(text(0, "lang")?)),
        },
        "checkUnit" => {
            let as_of = match given(1) {
                None => None,
                Some(_) => Some(text(1, "asOf")?),
            };
            check_unit(required(0, "record")?, as_of, given(2))
        }
        "register" => register(required(0, "registration")?, given(1)),
        "scoreSheets" => score_sheets(required(0, "input")?, given(1)),
        "rules" => rules(given(0)),
        "annex3Schema" => annex3_schema(
            args.first().and_then(Value::as_bool).unwrap_or(false),
            given(1),
        ),
        other => Err(ApiError::input(
            format!("no function {other:?}"),
            format!("没有函数“{other}”"),
        )),
    }
}
