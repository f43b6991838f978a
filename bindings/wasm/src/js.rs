//! The wasm-bindgen surface: free functions over plain data (a panic inside a method
//! of an exported struct would poison the object; free functions keep the module
//! usable). Every function converts its arguments to JSON values (a string cell as it
//! is), calls `api`, and returns plain objects parsed from its JSON text (objects, not
//! `Map`s) — but `checkCell`, the keystroke check, whose text the package's wrapper
//! turns into the same object itself (`api::check_cell_for_js`). Malformed input
//! throws a JS `Error` with `code`, `messageZh` and, when the input was read field by
//! field, `problems` (each with its path).
//!
//! Four modules are built from this file (scripts/build-wasm): the main one
//! ("fangfei": a reporting unit's page — the timeline, a unit's record and its
//! submissions, a form's cells and fields), `forms` ("fangfei/forms": the Annex 3
//! checks of one form), `quiz` ("fangfei/quiz": registration and scoring) and
//! `office` ("fangfei/office": the city office's calls — the rule catalogue, the print
//! calendar, many units' forms with the city total, the table's JSON Schema). The
//! main, quiz and office modules read campaigns (`loadCampaign`, a campaign
//! argument); the forms module checks against the embedded one alone and lists its
//! units, and so carries no campaign reader (a quarter of its code).
//!
//! | call | main | forms | quiz | office |
//! |---|---|---|---|---|
//! | campaign, loadCampaign, openCampaign, closeCampaign | ✓ | | ✓ | ✓ |
//! | timeline, checkUnit, checkSubmissions | ✓ | | | |
//! | checkCell, checkField, validateForm | ✓ | ✓ | | |
//! | events | ✓ | | | ✓ |
//! | setLanguage, units | ✓ | ✓ | | ✓ |
//! | validateForms | | ✓ | | ✓ |
//! | rules | | ✓ (the table's) | ✓ | ✓ |
//! | register, scoreSheets | | | ✓ | |
//! | timelineSvg, annex3Schema | | | | ✓ |

use js_sys::{Error, Reflect};
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::api::{self, ApiError};

#[cfg(any(
    all(feature = "forms", feature = "quiz"),
    all(feature = "forms", feature = "office"),
    all(feature = "quiz", feature = "office")
))]
compile_error!(
    "the features `forms`, `quiz` and `office` each select a module of their own: build one at a time"
);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Installs the panic hook: a panic (there should be none) is written to the console
/// with its message instead of an opaque "unreachable".
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| console_error(&format!("fangfei: {info}"))));
}

fn throw(e: ApiError) -> JsValue {
    let err = Error::new(&e.message);
    let _ = Reflect::set(&err, &"code".into(), &e.code.as_str().into());
    let _ = Reflect::set(&err, &"messageZh".into(), &e.message_zh.as_str().into());
    if !e.problems.is_empty() {
        if let Ok(p) = js_sys::JSON::parse(&serde_json::to_string(&e.problems).unwrap_or_default())
        {
            let _ = Reflect::set(&err, &"problems".into(), &p);
        }
    }
    err.into()
}

/// Results cross the boundary as JSON text, parsed by the engine's own `JSON.parse`:
/// plain objects (never `Map`s), and far faster than building them property by
/// property from wasm (measured in BENCHMARKS.md).
fn out(r: api::Result<String>) -> Result<JsValue, JsValue> {
    let json = r.map_err(throw)?;
    js_sys::JSON::parse(&json)
        .map_err(|_| throw(ApiError::input("the result is not JSON", "结果不是JSON")))
}

/// A JS argument as JSON (through the engine's `JSON.stringify`); `undefined` and
/// `null` are `None`. A value JSON cannot hold (a BigInt, a cycle) is an INPUT error.
fn arg(v: JsValue) -> Result<Option<Value>, JsValue> {
    match arg_text(v)? {
        Some(text) => api::parse_arg(&text).map(Some).map_err(throw),
        None => Ok(None),
    }
}

/// A JS argument's JSON text (through the engine's `JSON.stringify`), at most
/// [`api::MAX_ARG_BYTES`] long; `undefined` and `null` are `None`.
fn arg_text(v: JsValue) -> Result<Option<String>, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    let text = js_sys::JSON::stringify(&v)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| {
            throw(ApiError::input(
                "the argument cannot be written as JSON",
                "参数无法写成JSON",
            ))
        })?;
    if text.len() > api::MAX_ARG_BYTES {
        return Err(throw(ApiError {
            code: "INPUT".into(),
            message: format!(
                "the argument is {} bytes of JSON; the limit is {}: split it",
                text.len(),
                api::MAX_ARG_BYTES
            ),
            message_zh: format!(
                "参数的JSON有{}字节,超过上限{}字节:请拆分",
                text.len(),
                api::MAX_ARG_BYTES
            ),
            problems: Vec::new(),
        }));
    }
    Ok(Some(text))
}

/// A cell or field value: a JS string as it is (the keystroke path), anything else
/// through JSON.
#[cfg(not(any(feature = "quiz", feature = "office")))]
fn cell_value(v: JsValue) -> Result<Value, JsValue> {
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    match v.as_f64() {
        // NaN and ±Infinity (a form's arithmetic gone wrong) would stringify as `null`,
        // a blank cell: they cross as the text they are, judged as not a number. (In a
        // whole form JSON.stringify has made them null already; a replacer function
        // costs the browser build 2.4 KB.)
        Some(f) if !f.is_finite() => Ok(Value::String(non_finite(f).to_owned())),
        _ => Ok(arg(v)?.unwrap_or(Value::Null)),
    }
}

/// How JavaScript writes a number that is no number: `NaN`, `Infinity`, `-Infinity`.
#[cfg(not(any(feature = "quiz", feature = "office")))]
fn non_finite(f: f64) -> &'static str {
    if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
}

/// A JS argument that must be a string (a TypeError in the generated glue otherwise,
/// without a code; here it is an INPUT error like every other).
fn text(v: &JsValue, what: &str) -> Result<String, JsValue> {
    v.as_string().ok_or_else(|| throw(ApiError::not_text(what)))
}

fn required(v: JsValue, what: &str) -> Result<Value, JsValue> {
    arg(v)?.ok_or_else(|| throw(ApiError::missing(what)))
}

#[cfg(not(feature = "forms"))]
#[wasm_bindgen]
pub fn campaign() -> Result<JsValue, JsValue> {
    out(api::campaign())
}

#[cfg(not(feature = "forms"))]
#[wasm_bindgen(js_name = loadCampaign)]
pub fn load_campaign(json: JsValue) -> Result<JsValue, JsValue> {
    out(api::load_campaign(&text(&json, "json")?))
}

#[cfg(not(feature = "forms"))]
#[wasm_bindgen(js_name = openCampaign)]
pub fn open_campaign(json: JsValue) -> Result<JsValue, JsValue> {
    out(api::open_campaign(&text(&json, "json")?))
}

#[cfg(not(feature = "forms"))]
#[wasm_bindgen(js_name = closeCampaign)]
pub fn close_campaign(handle: JsValue) -> Result<JsValue, JsValue> {
    out(api::close_campaign(&required(handle, "handle")?))
}

#[cfg(not(any(feature = "forms", feature = "quiz", feature = "office")))]
#[wasm_bindgen]
pub fn timeline(at: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    out(api::timeline(&text(&at, "at")?, arg(campaign)?.as_ref()))
}

#[cfg(not(any(feature = "forms", feature = "quiz")))]
#[wasm_bindgen]
pub fn events(campaign: JsValue) -> Result<JsValue, JsValue> {
    out(api::events(arg(campaign)?.as_ref()))
}

#[cfg(feature = "office")]
#[wasm_bindgen(js_name = timelineSvg)]
pub fn timeline_svg(lang: JsValue, campaign: JsValue) -> Result<String, JsValue> {
    let lang = if lang.is_undefined() {
        "zh".to_owned()
    } else {
        text(&lang, "lang")?
    };
    api::timeline_svg(&lang, arg(campaign)?.as_ref()).map_err(throw)
}

/// In the main module, not the office's, though the office calls it: it reads the
/// submissions as a unit's record and judges them with the rules `checkUnit` has, which
/// the main module carries anyway (+2.2 KB gzipped there) and the office module would
/// carry for this call alone (+27.7 KB, over its budget: BENCHMARKS.md).
#[cfg(not(any(feature = "forms", feature = "quiz", feature = "office")))]
#[wasm_bindgen(js_name = checkSubmissions)]
pub fn check_submissions(input: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    out(api::check_submissions(
        &required(input, "input")?,
        arg(campaign)?.as_ref(),
    ))
}

/// The campaign of a forms call: the one given (a handle, an object or text), or
/// the embedded one.
#[cfg(not(any(feature = "forms", feature = "quiz")))]
fn form_campaign(v: JsValue) -> Result<api::CampaignRef, JsValue> {
    api::campaign_of(arg(v)?.as_ref()).map_err(throw)
}

/// In the forms module, the embedded campaign alone: it carries no campaign reader.
#[cfg(feature = "forms")]
fn form_campaign(v: JsValue) -> Result<api::CampaignRef, JsValue> {
    api::embedded_only(arg(v)?.as_ref()).map_err(throw)
}

#[cfg(not(any(feature = "quiz", feature = "office")))]
#[wasm_bindgen(js_name = checkCell)]
pub fn check_cell(field: JsValue, cell: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    let (field, cell) = (text(&field, "field")?, cell_value(cell)?);
    let c = form_campaign(campaign)?;
    // Text the package's wrapper turns into the result object (`cellResult`): the
    // keystroke path skips `JSON.parse`.
    api::check_cell_for_js(&field, &cell, &c)
        .map(|text| JsValue::from_str(&text))
        .map_err(throw)
}

#[cfg(not(any(feature = "quiz", feature = "office")))]
#[wasm_bindgen(js_name = checkField)]
pub fn check_field(field: JsValue, value: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    let (field, value) = (text(&field, "field")?, cell_value(value)?);
    let c = form_campaign(campaign)?;
    out(api::check_field(&field, &value, &c))
}

#[cfg(not(any(feature = "quiz", feature = "office")))]
#[wasm_bindgen(js_name = validateForm)]
pub fn validate_form(form: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    let form = required(form, "form")?;
    let c = form_campaign(campaign)?;
    out(api::validate_form(&form, &c))
}

#[cfg(any(feature = "forms", feature = "office"))]
#[wasm_bindgen(js_name = validateForms)]
pub fn validate_forms(forms: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    // The text, counted before it is parsed: an over-long batch is refused at once.
    let forms = arg_text(forms)?.ok_or_else(|| throw(ApiError::missing("forms")))?;
    let c = form_campaign(campaign)?;
    out(api::validate_forms_text(&forms, &c))
}

/// The language of the form checks' messages from then on: "zh" or "en" alone (the
/// other language's text empty), or both for `null` or no argument.
#[cfg(not(feature = "quiz"))]
#[wasm_bindgen(js_name = setLanguage)]
pub fn set_language(lang: JsValue) -> Result<(), JsValue> {
    let lang = if lang.is_undefined() || lang.is_null() {
        None
    } else {
        Some(text(&lang, "lang")?)
    };
    api::set_language(lang.as_deref()).map(drop).map_err(throw)
}

#[cfg(not(feature = "quiz"))]
#[wasm_bindgen]
pub fn units(campaign: JsValue) -> Result<JsValue, JsValue> {
    let c = form_campaign(campaign)?;
    out(api::units(&c))
}

#[cfg(not(any(feature = "forms", feature = "quiz", feature = "office")))]
#[wasm_bindgen(js_name = checkUnit)]
pub fn check_unit(record: JsValue, as_of: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    let as_of = if as_of.is_undefined() || as_of.is_null() {
        None
    } else {
        Some(text(&as_of, "asOf")?)
    };
    out(api::check_unit(
        &required(record, "record")?,
        as_of.as_deref(),
        arg(campaign)?.as_ref(),
    ))
}

#[cfg(feature = "quiz")]
#[wasm_bindgen]
pub fn register(registration: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    out(api::register(
        &required(registration, "registration")?,
        arg(campaign)?.as_ref(),
    ))
}

#[cfg(feature = "quiz")]
#[wasm_bindgen(js_name = scoreSheets)]
pub fn score_sheets(input: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    // The text, its sheets counted before it is parsed: too many are refused at once.
    let input = arg_text(input)?.ok_or_else(|| throw(ApiError::missing("input")))?;
    out(api::score_sheets_text(&input, arg(campaign)?.as_ref()))
}

/// The full catalogue: the library's own rules and the campaign's phases, events and
/// duties (the office's and the quiz's; a reporting unit's page needs none).
#[cfg(any(feature = "quiz", feature = "office"))]
#[wasm_bindgen]
pub fn rules(campaign: JsValue) -> Result<JsValue, JsValue> {
    out(api::rules(arg(campaign)?.as_ref()))
}

/// The forms module's rules: the statistics table's (the module has no catalogue).
#[cfg(feature = "forms")]
#[wasm_bindgen]
pub fn rules(campaign: JsValue) -> Result<JsValue, JsValue> {
    let c = form_campaign(campaign)?;
    out(api::table_rules(&c))
}

#[cfg(feature = "office")]
#[wasm_bindgen(js_name = annex3Schema)]
pub fn annex3_schema(bounds: JsValue, campaign: JsValue) -> Result<JsValue, JsValue> {
    out(api::annex3_schema(
        bounds.as_bool().unwrap_or(false),
        arg(campaign)?.as_ref(),
    ))
}
