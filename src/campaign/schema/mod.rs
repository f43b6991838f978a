//! The campaign file's JSON Schema (draft 2020-12), generated from the types (feature
//! `schema`): what an editor completes and underlines as a clerk types a campaign file.
//!
//! The shape is derived from the campaign's types (`schemars`, reading their serde
//! attributes); what the derivation cannot know is added here, and held equal to the
//! reader (`crate::json::Keys`, the duty kinds' keys in `read.rs`) by the tests:
//!
//! - the leaf types' spellings as the reader takes them (dates, instants, deadlines,
//!   times of day, rule ids) as string patterns;
//! - a duty: one object per kind, `kind` naming it, the kind's keys beside the keys
//!   every duty has (a `oneOf` keyed on `kind`);
//! - `additionalProperties: false` on every object (the reader refuses unknown keys)
//!   and `null` allowed wherever a key may be left out (the reader reads `null` as
//!   absent);
//! - a description of every field in Chinese, then the type's own English, and an
//!   example (the 2021 campaign's value where it has one, else one written below).
//!
//! ```
//! let schema = fangfei::campaign::json_schema();
//! assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! let span = &schema["$defs"]["DaySpan"]["properties"]["first"];
//! assert!(span["description"].as_str().unwrap().starts_with("第一天"));
//! assert!(span["examples"].is_array());
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map, Value};

use super::duty::{Attend, Count, Cover, Deliver, Duty, Record, Spread, State, TableThreshold};
use super::{Campaign, ItemField, MultipleChoicePolicy, LINGYUAN_2021_JSON};
use crate::report::{Effect, Severity};
use crate::rule::{RuleId, MAX_ID_LEN};
use crate::text::Text;

impl JsonSchema for RuleId {
    fn schema_name() -> Cow<'static, str> {
        "RuleId".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[A-Z][A-Z0-9-]*$",
            "maxLength": MAX_ID_LEN,
            "description": "规则编号:大写字母开头,只用大写字母、数字和连字符,至多31个字符,如 D-PLAN、M-QIJIN-3;在整个方案中不得重复,也不得与本库自身的编号(INPUT、UNITS、Q-*、A3-BLANK 等)相同。\n\nA rule id: a capital letter, then capitals, digits and '-', at most 31 characters (D-PLAN, M-QIJIN-3); unique in the campaign and none of the library's own.",
            "examples": ["D-PLAN"],
        })
    }
}

/// The fields a list's items have (`ListDef::fields`): each of the library's item
/// fields, `required` or `optional`.
pub(crate) struct ItemFields;

impl JsonSchema for ItemFields {
    fn schema_name() -> Cow<'static, str> {
        "ItemFields".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let need = g.subschema_for::<super::Need>().to_value();
        let properties: Map<String, Value> = ItemField::VARIANTS
            .iter()
            .map(|f| (f.as_str().to_owned(), need.clone()))
            .collect();
        json_schema!({
            "type": "object",
            "description": "清单条目有哪些字段,每个字段写 required(必填)或 optional(可不填)。\n\nThe fields of the list's items, each required or optional.",
            "properties": properties,
        })
    }
}

impl JsonSchema for MultipleChoicePolicy {
    fn schema_name() -> Cow<'static, str> {
        "MultipleChoicePolicy".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "description": "多选题如何计分。\n\nHow a multiple-choice answer scores (Q-SCORE).",
            "properties": {
                "policy": {
                    "type": "string",
                    "oneOf": [
                        { "const": "all_or_nothing", "description": "少选、错选均不得分\n\nFull points only when the chosen set equals the key." },
                        { "const": "partial_credit", "description": "少选且没有错选得部分分(subset_points)\n\nFull points for the exact set; subset_points for a correct but incomplete choice." },
                    ],
                },
                "subset_points": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": u32::MAX,
                    "description": "Points for a correct but incomplete choice (partial_credit only).",
                },
            },
            "required": ["policy"],
            "if": { "properties": { "policy": { "const": "partial_credit" } } },
            // Partial credit reads its points: present, and a number.
            "then": {
                "required": ["subset_points"],
                "properties": { "subset_points": { "type": "integer" } },
            },
        })
    }
}

/// Each duty kind's name and the type holding its parameters (`None`: it has none).
pub(crate) const KINDS: [(&str, Option<&str>); 9] = [
    ("deliver", Some("Deliver")),
    ("state", Some("State")),
    ("count", Some("Count")),
    ("attend", Some("Attend")),
    ("cover", Some("Cover")),
    ("spread", Some("Spread")),
    ("table", Some("TableThreshold")),
    ("record", Some("Record")),
    ("spot_check", None),
];

impl JsonSchema for Duty {
    fn schema_name() -> Cow<'static, str> {
        "Duty".into()
    }
    /// One object per kind: the keys every duty has, `kind`, and the kind's own.
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let common: [(&str, Value, bool); 7] = [
            ("id", g.subschema_for::<RuleId>().to_value(), true),
            ("title", g.subschema_for::<Text>().to_value(), true),
            ("clause", json!({ "type": "string" }), true),
            ("quote", json!({ "type": "string" }), false),
            ("who", g.subschema_for::<super::Who>().to_value(), true),
            ("severity", g.subschema_for::<Severity>().to_value(), false),
            ("effect", g.subschema_for::<Effect>().to_value(), false),
        ];
        let params: [Value; 9] = [
            Deliver::json_schema(g).to_value(),
            State::json_schema(g).to_value(),
            Count::json_schema(g).to_value(),
            Attend::json_schema(g).to_value(),
            Cover::json_schema(g).to_value(),
            Spread::json_schema(g).to_value(),
            TableThreshold::json_schema(g).to_value(),
            Record::json_schema(g).to_value(),
            json!({ "type": "object", "description": "The office's spot checks of units against their plans." }),
        ];
        let branches: Vec<Value> = KINDS
            .iter()
            .zip(params)
            .map(|((kind, _), p)| {
                let mut properties = Map::new();
                let mut required = Vec::new();
                for (key, schema, req) in &common {
                    properties.insert((*key).to_owned(), schema.clone());
                    if *req {
                        required.push(Value::from(*key));
                    }
                }
                properties.insert(
                    "kind".to_owned(),
                    json!({ "type": "string", "const": kind }),
                );
                required.push(Value::from("kind"));
                if let Some(Value::Object(own)) = p.get("properties") {
                    properties.extend(own.clone());
                }
                if let Some(Value::Array(own)) = p.get("required") {
                    required.extend(own.iter().cloned());
                }
                let mut branch = json!({
                    "type": "object",
                    "title": kind,
                    "properties": properties,
                    "required": required,
                });
                if let (Some(d), Some(o)) = (p.get("description"), branch.as_object_mut()) {
                    o.insert("description".to_owned(), d.clone());
                }
                branch
            })
            .collect();
        json_schema!({
            "type": "object",
            "description": "A duty of the plan: its id, title, clause, whom it binds, its severity and evaluation effect, and one rule kind (`kind`) with that kind's keys.",
            "required": ["kind"],
            "oneOf": branches,
        })
    }
}

/// Every object type of a campaign file and the keys its reader takes, each with
/// whether it is required, in the reader's order (a duty's kinds apart: see
/// `read::duty_keys`): what the schema is held equal to, and the order the field
/// reference lists them in.
pub(crate) fn reader_keys() -> Vec<(&'static str, Vec<(&'static str, bool)>)> {
    use super::*;
    use crate::calendar::{Holiday, HolidayYear};
    use crate::json::Keys;
    use crate::time::{Deadline, Window};
    fn of<T: Keys>(name: &'static str) -> (&'static str, Vec<(&'static str, bool)>) {
        (name, T::KEYS.to_vec())
    }
    vec![
        of::<Campaign>("Campaign"),
        of::<DaySpan>("DaySpan"),
        of::<Phase>("Phase"),
        of::<EventDef>("EventDef"),
        of::<Venue>("Venue"),
        of::<Named>("Named"),
        of::<Measured>("Measured"),
        of::<QuizSetup>("QuizSetup"),
        of::<Window>("Window"),
        of::<PaperSpec>("PaperSpec"),
        of::<PaperSection>("PaperSection"),
        (
            "MultipleChoicePolicy",
            vec![("policy", true), ("subset_points", false)],
        ),
        of::<UnitDef>("UnitDef"),
        of::<MaterialDef>("MaterialDef"),
        of::<KindDef>("KindDef"),
        of::<ChannelDef>("ChannelDef"),
        of::<ListDef>("ListDef"),
        (
            "ItemFields",
            ItemField::VARIANTS
                .iter()
                .map(|f| (f.as_str(), false))
                .collect(),
        ),
        of::<KindList>("KindList"),
        of::<LedgerPlace>("LedgerPlace"),
        of::<FiguresDef>("FiguresDef"),
        of::<Who>("Who"),
        of::<Deadline>("Deadline"),
        of::<Parts>("Parts"),
        of::<PartOf>("PartOf"),
        of::<ReportedIn>("ReportedIn"),
        of::<Share>("Share"),
        of::<Reports>("Reports"),
        of::<TableDef>("TableDef"),
        of::<Quote>("Quote"),
        of::<ColumnDef>("ColumnDef"),
        of::<Combined>("Combined"),
        of::<OtherDef>("OtherDef"),
        of::<CrossRule>("CrossRule"),
        of::<Contact>("Contact"),
        of::<Evaluation>("Evaluation"),
        of::<HolidayYear>("HolidayYear"),
        of::<Holiday>("Holiday"),
        of::<Text>("Text"),
    ]
}

/// The campaign file's JSON Schema (draft 2020-12): every field with a description
/// in Chinese, then in English, and an example; unknown keys refused as the reader
/// refuses them. What `fangfei campaign schema` prints, and the download's
/// `campaign.schema.json`.
pub fn json_schema() -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<Campaign>().to_value();
    if let Some(root) = schema.as_object_mut() {
        root.insert(
            "title".to_owned(),
            Value::from("fangfei 活动方案文件 / campaign file"),
        );
        if let Some(Value::Object(p)) = root.get_mut("properties") {
            p.insert(
                "$schema".to_owned(),
                json!({ "type": "string", "description": "" }),
            );
        }
    }
    finish(&mut schema);
    schema
}

/// Every object schema of `schema` with its additions: unknown keys refused, `null`
/// allowed for a key that may be left out, 32-bit numbers bounded, and descriptions and
/// examples from the tables below.
fn finish(schema: &mut Value) {
    let examples = examples(schema);
    let Some(root) = schema.as_object_mut() else {
        return;
    };
    // The root is the campaign's definition.
    let mut defs = match root.remove("$defs") {
        Some(Value::Object(d)) => d,
        _ => Map::new(),
    };
    finish_object(root, "Campaign", &examples);
    for (name, def) in defs.iter_mut() {
        if let Some(o) = def.as_object_mut() {
            finish_object(o, name, &examples);
        }
    }
    root.insert("$defs".to_owned(), Value::Object(defs));
}

/// The additions to one definition (`name`) and its inline object schemas.
fn finish_object(o: &mut Map<String, Value>, name: &str, examples: &Examples) {
    if let Some(zh) = doc(name, "") {
        prepend(o, zh);
    }
    // Values of an enumeration, each with its Chinese.
    if let Some(Value::Array(values)) = o.get_mut("oneOf") {
        for v in values.iter_mut() {
            let Some(v) = v.as_object_mut() else { continue };
            if let Some(c) = v.get("const").and_then(Value::as_str).map(str::to_owned) {
                if let Some(zh) = doc(name, &c) {
                    prepend(v, zh);
                }
            }
        }
    }
    if name == "Duty" {
        if let Some(Value::Array(branches)) = o.get_mut("oneOf") {
            for b in branches.iter_mut() {
                let kind = b
                    .pointer("/properties/kind/const")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                if let (Some(zh), Some(o)) = (doc(&kind_type(&kind), ""), b.as_object_mut()) {
                    prepend(o, zh);
                }
                finish_properties(b, |key| owner_in_duty(&kind, key), examples);
                // A branch's kind is its own.
                if let Some(k) = b
                    .pointer_mut("/properties/kind")
                    .and_then(Value::as_object_mut)
                {
                    k.insert("examples".to_owned(), json!([kind]));
                }
            }
        }
        return;
    }
    let mut whole = Value::Object(std::mem::take(o));
    finish_properties(&mut whole, |_| name.to_owned(), examples);
    // A list's fields are a map's entries, not keys that may be left out: an entry is
    // `required` or `optional`, never null.
    if name == "ItemFields" {
        if let Some(Value::Object(props)) = whole.get_mut("properties") {
            let need = need_ref();
            for p in props.values_mut() {
                if let Some(o) = p.as_object_mut() {
                    if let Some(Value::Array(bs)) = o.remove("anyOf") {
                        let inner = bs.into_iter().next().unwrap_or_else(|| need.clone());
                        if let Value::Object(inner) = inner {
                            o.extend(inner);
                        }
                    }
                }
            }
        }
    }
    if let Value::Object(done) = whole {
        *o = done;
    }
}

/// The type of a duty kind's parameters (`SpotCheck` for the kind that has none).
fn kind_type(kind: &str) -> String {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .and_then(|(_, t)| *t)
        .unwrap_or("SpotCheck")
        .to_owned()
}

/// A reference to `Need` (what an item field's entry is).
fn need_ref() -> Value {
    json!({ "$ref": "#/$defs/Need" })
}

/// The type a key of a duty of kind `kind` belongs to: `Duty` for the keys every duty
/// has, else the kind's parameters' type.
pub(crate) fn owner_in_duty(kind: &str, key: &str) -> String {
    if super::read::duty_keys("").contains(&key) {
        return "Duty".to_owned();
    }
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .and_then(|(_, t)| *t)
        .unwrap_or("Duty")
        .to_owned()
}

fn finish_properties(o: &mut Value, owner: impl Fn(&str) -> String, examples: &Examples) {
    let Some(o) = o.as_object_mut() else { return };
    let Some(Value::Object(props)) = o.get("properties") else {
        return;
    };
    let required: Vec<String> = match o.get("required") {
        Some(Value::Array(r)) => r
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    };
    let mut props = props.clone();
    for (key, p) in props.iter_mut() {
        let owner = owner(key);
        bound(p);
        if let Some(p) = p.as_object_mut() {
            if let Some(zh) = doc(&owner, key) {
                prepend(p, zh);
            }
            if let Some(e) = examples.get(&(owner.clone(), key.clone())) {
                p.insert("examples".to_owned(), Value::Array(vec![e.clone()]));
            }
        }
        if !required.contains(key) {
            allow_null(p);
        }
    }
    o.insert("properties".to_owned(), Value::Object(props));
    o.insert("additionalProperties".to_owned(), Value::Bool(false));
}

/// A 32-bit number's bound, which the reader holds it to.
fn bound(p: &mut Value) {
    let Some(o) = p.as_object_mut() else { return };
    let max = match o.get("format").and_then(Value::as_str) {
        Some("uint32") => u64::from(u32::MAX),
        _ => return,
    };
    o.insert("maximum".to_owned(), Value::from(max));
}

/// `p`, or `null`: what the reader takes for a key that may be left out.
fn allow_null(p: &mut Value) {
    let null = Value::from("null");
    let nullable = match &*p {
        Value::Object(o) => {
            o.get("type").is_some_and(|t| match t {
                Value::String(t) => t == "null",
                Value::Array(ts) => ts.iter().any(|t| t == "null"),
                _ => false,
            }) || ["anyOf", "oneOf"].iter().any(|k| {
                o.get(*k)
                    .and_then(Value::as_array)
                    .is_some_and(|bs| bs.iter().any(|b| b.get("type") == Some(&null)))
            })
        }
        _ => true,
    };
    if nullable {
        return;
    }
    let Some(o) = p.as_object_mut() else { return };
    // The words stay on the property; the shape moves into an `anyOf` with `null`.
    let mut outer = Map::new();
    for k in ["description", "examples", "title"] {
        if let Some(v) = o.remove(k) {
            outer.insert(k.to_owned(), v);
        }
    }
    let inner = Value::Object(std::mem::take(o));
    outer.insert(
        "anyOf".to_owned(),
        Value::Array(vec![inner, json!({ "type": "null" })]),
    );
    *o = outer;
}

/// `zh` before the description there is (the type's English, as a doc comment wrote
/// it: its lines joined, its code examples left out), a blank line between.
fn prepend(o: &mut Map<String, Value>, zh: &str) {
    let text = match o.get("description").and_then(Value::as_str).map(english) {
        Some(en) if !en.is_empty() => format!("{zh}\n\n{en}"),
        _ => zh.to_owned(),
    };
    o.insert("description".to_owned(), Value::from(text));
}

/// A doc comment as one paragraph per paragraph (a list item on its own line), its
/// code blocks left out.
fn english(doc: &str) -> String {
    let prose = doc.split("```").next().unwrap_or("").trim_end();
    let mut out = String::new();
    for (i, line) in prose.lines().enumerate() {
        let line = line.trim();
        if i > 0 {
            let new_paragraph = line.is_empty() || line.starts_with("- ");
            out.push(if new_paragraph || out.ends_with('\n') {
                '\n'
            } else {
                ' '
            });
        }
        out.push_str(line);
    }
    out
}

/// Examples by (type, key).
type Examples = BTreeMap<(String, String), Value>;

/// An example of every key: the embedded 2021 campaign's first value of it, shortened
/// (a list to its first item), else the one written in [`EXAMPLES`].
fn examples(schema: &Value) -> Examples {
    let mut out = Examples::new();
    if let Ok(model) = crate::json::parse(LINGYUAN_2021_JSON) {
        let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
        walk(&defs, schema, "Campaign", &model, &mut out);
    }
    for (owner, key, text) in EXAMPLES {
        if let Ok(v) = serde_json::from_str::<Value>(text) {
            out.entry(((*owner).to_owned(), (*key).to_owned()))
                .or_insert(v);
        }
    }
    out
}

/// Records the first value of each key of `inst`, read as `schema` (of type `name`).
fn walk(defs: &Value, schema: &Value, name: &str, inst: &Value, out: &mut Examples) {
    let null = Value::from("null");
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let def = r.trim_start_matches("#/$defs/");
        if let Some(s) = defs.get(def) {
            walk(defs, s, def, inst, out);
        }
        return;
    }
    for combinator in ["anyOf", "oneOf", "allOf"] {
        for b in schema
            .get(combinator)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let kind = b.pointer("/properties/kind/const");
            if b.get("type") == Some(&null) || kind.is_some_and(|k| Some(k) != inst.get("kind")) {
                continue;
            }
            walk(defs, b, name, inst, out);
        }
    }
    match inst {
        Value::Object(o) => {
            let kind = inst.get("kind").and_then(Value::as_str).unwrap_or("");
            for (k, v) in o {
                let Some(sub) = schema.get("properties").and_then(|p| p.get(k)) else {
                    continue;
                };
                let owner = if name == "Duty" {
                    owner_in_duty(kind, k)
                } else {
                    name.to_owned()
                };
                out.entry((owner, k.clone()))
                    .or_insert_with(|| shortened(v));
                walk(defs, sub, name_of(sub, name), v, out);
            }
            if let Some(sub) = schema.get("additionalProperties").filter(|s| s.is_object()) {
                for v in o.values() {
                    walk(defs, sub, name_of(sub, name), v, out);
                }
            }
        }
        Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                for v in items {
                    walk(defs, sub, name_of(sub, name), v, out);
                }
            }
        }
        _ => {}
    }
}

/// The type a subschema is of: the one it refers to, else the enclosing one's.
fn name_of<'a>(sub: &'a Value, enclosing: &'a str) -> &'a str {
    sub.get("$ref")
        .and_then(Value::as_str)
        .map_or(enclosing, |r| r.trim_start_matches("#/$defs/"))
}

/// A value as an example: lists cut to their first item, at every depth.
fn shortened(v: &Value) -> Value {
    match v {
        Value::Array(items) => Value::Array(items.iter().take(1).map(shortened).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), shortened(v))).collect())
        }
        other => other.clone(),
    }
}

/// The Chinese description of key `key` of type `owner` (`""`: of the type itself;
/// for an enumeration, `key` is a value).
fn doc(owner: &str, key: &str) -> Option<&'static str> {
    DOCS.iter()
        .find(|(o, k, _)| *o == owner && *k == key)
        .map(|(_, _, zh)| *zh)
}

/// The field reference of the campaign file, in Chinese (markdown): every type, its
/// keys in the reader's order, whether each is required, what it means and an example;
/// then each duty kind's keys, the values of each enumeration, and how dates and times
/// are written. Generated from [`json_schema()`]: `docs/campaign.md` holds it (a test
/// keeps the two equal).
pub fn field_reference() -> String {
    let schema = json_schema();
    let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
    let def = |name: &str| -> &Value {
        if name == "Campaign" {
            &schema
        } else {
            defs.get(name).unwrap_or(&Value::Null)
        }
    };
    let mut out = String::new();
    let keys = reader_keys();
    let ordered = |name: &str| -> Vec<&'static str> {
        keys.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, k)| k.iter().map(|(k, _)| *k).collect())
            .unwrap_or_default()
    };
    for (name, _) in &keys {
        if *name == "Who" {
            // A duty before the parts it is made of.
            duty_reference(def("Duty"), &mut out);
        }
        object_reference(name, def(name), &ordered(name), &mut out);
    }
    out.push_str("### 取值\n\n");
    for name in ENUMS {
        let d = def(name);
        out.push_str(&format!("- `{name}`:{}", zh_of(d)));
        for v in d
            .get("oneOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(c) = v.get("const").and_then(Value::as_str) {
                out.push_str(&format!("\n  - `\"{c}\"`:{}", zh_of(v)));
            }
        }
        out.push('\n');
    }
    out.push_str("\n### 日期、时刻和编号的写法\n\n");
    for name in ["Date", "Instant", "Due", "Clock", "RuleId"] {
        out.push_str(&format!("- `{name}`:{}\n", zh_of(def(name))));
    }
    out
}

/// The enumerations, in the order the reference lists their values.
const ENUMS: [&str; 9] = [
    "Severity",
    "Effect",
    "VenueRule",
    "Distinct",
    "TableMeasure",
    "Need",
    "QuestionKind",
    "TeamStrategy",
    "TeamRegion",
];

/// The section of one object type: its words, then a table of its keys.
fn object_reference(name: &str, d: &Value, keys: &[&str], out: &mut String) {
    out.push_str(&format!("### `{name}`\n\n{}\n\n", zh_of(d)));
    key_table(d, keys, out);
}

/// A duty's keys, then each kind's own.
fn duty_reference(d: &Value, out: &mut String) {
    out.push_str(&format!("### `Duty`\n\n{}\n\n", zh_of(d)));
    let branches: Vec<&Value> = d
        .get("oneOf")
        .and_then(Value::as_array)
        .map(|b| b.iter().collect())
        .unwrap_or_default();
    let common = super::read::duty_keys("");
    if let Some(first) = branches.first() {
        // The keys every duty has; `kind` is any of the kinds below.
        let mut any = (*first).clone();
        if let Some(k) = any
            .pointer_mut("/properties/kind")
            .and_then(Value::as_object_mut)
        {
            k.remove("const");
        }
        key_table(&any, &common, out);
    }
    for b in branches {
        let kind = b.get("title").and_then(Value::as_str).unwrap_or("");
        let own: Vec<&str> = super::read::duty_keys(kind)
            .into_iter()
            .filter(|k| !common.contains(k))
            .collect();
        out.push_str(&format!("#### `kind: \"{kind}\"`\n\n{}\n\n", zh_of(b)));
        if own.is_empty() {
            out.push_str("(没有其他字段。)\n\n");
        } else {
            key_table(b, &own, out);
        }
    }
}

/// The table of `keys` of the object schema `d`: 字段 | 必填 | 类型 | 说明 | 示例.
fn key_table(d: &Value, keys: &[&str], out: &mut String) {
    let required: Vec<&str> = d
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    out.push_str("| 字段 | 必填 | 类型 | 说明 | 示例 |\n|---|---|---|---|---|\n");
    for key in keys {
        let p = d
            .get("properties")
            .and_then(|p| p.get(*key))
            .unwrap_or(&Value::Null);
        let example = p
            .get("examples")
            .and_then(Value::as_array)
            .and_then(|e| e.first())
            .map(|e| format!("`{}`", short(&e.to_string())))
            .unwrap_or_default();
        out.push_str(&format!(
            "| `{key}` | {} | {} | {} | {} |\n",
            if required.contains(key) { "是" } else { "" },
            type_of(p),
            cell(&zh_of(p)),
            cell(&example),
        ));
    }
    out.push('\n');
}

/// What a property holds, in words: 字符串, 整数, `DaySpan`, `Named` 的列表 ….
fn type_of(p: &Value) -> String {
    if let Some(r) = p.get("$ref").and_then(Value::as_str) {
        return format!("`{}`", r.trim_start_matches("#/$defs/"));
    }
    if let Some(c) = p.get("const").and_then(Value::as_str) {
        return format!("`\"{c}\"`");
    }
    for combinator in ["anyOf", "oneOf"] {
        if let Some(bs) = p.get(combinator).and_then(Value::as_array) {
            let shown: Vec<String> = bs
                .iter()
                .filter(|b| b.get("type").and_then(Value::as_str) != Some("null"))
                .map(type_of)
                .collect();
            return shown.join(" 或 ");
        }
    }
    let ty = match p.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or(""),
        _ => "",
    };
    match ty {
        "string" => "字符串".to_owned(),
        "integer" => "整数".to_owned(),
        "boolean" => "true 或 false".to_owned(),
        "array" => format!(
            "{} 的列表",
            p.get("items").map_or_else(String::new, type_of)
        ),
        "object" => match p.get("additionalProperties") {
            Some(v @ Value::Object(_)) => format!("键 → {}", type_of(v)),
            _ => "对象".to_owned(),
        },
        other => other.to_owned(),
    }
}

/// The Chinese of a description (its first paragraph).
fn zh_of(v: &Value) -> String {
    v.get("description")
        .and_then(Value::as_str)
        .and_then(|d| d.split("\n\n").next())
        .unwrap_or("")
        .to_owned()
}

/// A table cell: no line breaks, `|` escaped.
fn cell(text: &str) -> String {
    text.replace('\n', " ").replace('|', "\\|")
}

/// At most 60 characters, the cut marked with `…`.
fn short(text: &str) -> String {
    if text.chars().nth(60).is_none() {
        return text.to_owned();
    }
    text.chars().take(59).chain(std::iter::once('…')).collect()
}

mod words;
use words::{DOCS, EXAMPLES};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::from_value;

    fn validator() -> jsonschema::Validator {
        jsonschema::validator_for(&json_schema()).unwrap()
    }

    fn model() -> Value {
        crate::json::parse(LINGYUAN_2021_JSON).unwrap()
    }

    /// The campaign files of the repository: the embedded one and the test fixtures.
    fn campaign_files() -> Vec<(String, String)> {
        let mut files = vec![("lingyuan-2021".to_owned(), LINGYUAN_2021_JSON.to_owned())];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/campaigns");
        if let Ok(entries) = std::fs::read_dir(&dir) {
            let mut paths: Vec<_> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            paths.sort();
            for p in paths {
                let text = std::fs::read_to_string(&p).unwrap();
                files.push((p.display().to_string(), text));
            }
        }
        files
    }

    /// (a) Every campaign the reader loads is valid by the schema.
    #[test]
    fn every_campaign_file_is_valid_by_the_schema() {
        let v = validator();
        for (name, text) in campaign_files() {
            let value = crate::json::parse(&text).unwrap();
            if Campaign::from_json(&text).is_err() {
                // A units file or other companion: not a campaign.
                continue;
            }
            let errors: Vec<String> = v
                .iter_errors(&value)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{name}: {errors:#?}");
        }
        // With its optional parts left out, or null, and pointing at the schema.
        let mut m = model();
        let o = m.as_object_mut().unwrap();
        for k in [
            "theme",
            "issuer",
            "contact",
            "quiz",
            "statistics_table",
            "evaluation",
        ] {
            o.remove(k);
        }
        o.insert("$schema".into(), "campaign.schema.json".into());
        o.insert("document_number".into(), Value::Null);
        m["duties"][0]["quote"] = Value::Null;
        let duties: Vec<Value> = m["duties"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["kind"] != "table")
            .cloned()
            .map(|mut d| {
                // Without an evaluation, no duty deducts or adds.
                let o = d.as_object_mut().unwrap();
                o.remove("effect");
                o.remove("promoted");
                d
            })
            .collect();
        m["duties"] = duties.into();
        Campaign::from_json(&m.to_string()).unwrap();
        assert!(
            v.is_valid(&m),
            "{:?}",
            v.iter_errors(&m).map(|e| e.to_string()).collect::<Vec<_>>()
        );
    }

    /// The schema's object of type `name` (the root's definitions, or the root).
    fn def<'a>(schema: &'a Value, name: &str) -> &'a Value {
        if name == "Campaign" {
            schema
        } else {
            &schema["$defs"][name]
        }
    }

    fn keys_of(o: &Value) -> (Vec<String>, Vec<String>) {
        let mut props: Vec<String> = o["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        let mut req: Vec<String> = o["required"]
            .as_array()
            .map(|r| r.iter().map(|k| k.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default();
        props.sort();
        req.sort();
        (props, req)
    }

    /// (b) Every object type's keys, and its required keys, are the reader's.
    #[test]
    fn each_object_takes_and_requires_the_readers_keys() {
        let schema = json_schema();
        let listed = reader_keys();
        for (name, keys) in &listed {
            let o = def(&schema, name);
            assert_eq!(o["additionalProperties"], false, "{name}");
            let (props, req) = keys_of(o);
            let mut want: Vec<String> = keys.iter().map(|(k, _)| (*k).to_owned()).collect();
            let mut want_req: Vec<String> = keys
                .iter()
                .filter(|(_, r)| *r)
                .map(|(k, _)| (*k).to_owned())
                .collect();
            want.sort();
            want_req.sort();
            assert_eq!(props, want, "{name}: keys");
            assert_eq!(req, want_req, "{name}: required keys");
        }
        // Every object of the schema is one of those, or a duty's kind.
        for (name, d) in schema["$defs"].as_object().unwrap() {
            if d.get("properties").is_some() {
                assert!(
                    listed.iter().any(|(n, _)| n == name),
                    "{name} is not held to its reader"
                );
            }
        }
        // A duty: one object per kind, with the kind's keys; a key is required when
        // the reader, given a valid duty of the kind without it, says it is missing.
        let branches = schema["$defs"]["Duty"]["oneOf"].as_array().unwrap();
        assert_eq!(branches.len(), super::super::DutyRule::KINDS.len());
        let m = model();
        for kind in super::super::DutyRule::KINDS {
            let b = branches
                .iter()
                .find(|b| b["properties"]["kind"]["const"] == kind)
                .unwrap_or_else(|| panic!("no branch for {kind}"));
            assert_eq!(b["additionalProperties"], false, "{kind}");
            let (props, req) = keys_of(b);
            let mut want: Vec<String> = super::super::read::duty_keys(kind)
                .iter()
                .map(|k| (*k).to_owned())
                .collect();
            want.sort();
            assert_eq!(props, want, "{kind}: keys");
            let duty = m["duties"]
                .as_array()
                .unwrap()
                .iter()
                .find(|d| d["kind"] == kind)
                .unwrap_or_else(|| panic!("the model has no {kind} duty"));
            from_value::<Duty>(duty).unwrap();
            let mut missing: Vec<String> = duty
                .as_object()
                .unwrap()
                .keys()
                .filter(|k| {
                    let mut without = duty.clone();
                    without.as_object_mut().unwrap().remove(k.as_str());
                    from_value::<Duty>(&without).err().is_some_and(|p| {
                        p.iter()
                            .any(|p| p.path == k.as_str() && p.message.en == "missing field")
                    })
                })
                .cloned()
                .collect();
            missing.sort();
            assert_eq!(req, missing, "{kind}: required keys");
        }
    }

    /// (c) A broken campaign is refused by both the reader and the schema.
    #[test]
    fn broken_campaigns_are_refused_by_both() {
        let v = validator();
        let remove = |v: &mut Value, key: &str| {
            v.as_object_mut().unwrap().remove(key).unwrap();
        };
        type Break = Box<dyn Fn(&mut Value)>;
        let cases: Vec<(&str, Break)> = vec![
            (
                "unknown key at the top",
                Box::new(|v| v["titel"] = "x".into()),
            ),
            (
                "unknown key in a phase",
                Box::new(|v| v["phases"][0]["nmae"] = "x".into()),
            ),
            (
                "unknown key in a duty's who",
                Box::new(|v| v["duties"][0]["who"]["rolez"] = json!([])),
            ),
            (
                "unknown key in a deadline",
                Box::new(|v| v["duties"][0]["due"]["by"] = "x".into()),
            ),
            (
                "unknown key in the quiz paper",
                Box::new(|v| v["quiz"]["paper"]["sections"][0]["extra"] = 1.into()),
            ),
            (
                "a key of another kind",
                Box::new(|v| v["duties"][0]["min"] = 3.into()),
            ),
            (
                "span without its clause",
                Box::new(move |v| remove(&mut v["span"], "clause")),
            ),
            (
                "a deliver duty without its material",
                Box::new(move |v| remove(&mut v["duties"][0], "material")),
            ),
            (
                "a duty without its kind",
                Box::new(move |v| remove(&mut v["duties"][0], "kind")),
            ),
            (
                "the quiz without its window",
                Box::new(move |v| remove(&mut v["quiz"], "window")),
            ),
            ("no duties", Box::new(move |v| remove(v, "duties"))),
            (
                "a required key null",
                Box::new(|v| v["span"]["first"] = Value::Null),
            ),
            ("the year as text", Box::new(|v| v["year"] = "2021".into())),
            (
                "roles as text",
                Box::new(|v| v["units"][0]["roles"] = "member_unit".into()),
            ),
            (
                "a count's min negative",
                Box::new(|v| v["duties"][8]["min"] = (-3).into()),
            ),
            (
                "a list field not a field",
                Box::new(|v| v["lists"][0]["fields"]["author"] = "required".into()),
            ),
            (
                "an unknown need",
                Box::new(|v| v["lists"][0]["fields"]["title"] = "maybe".into()),
            ),
            (
                "an unknown duty kind",
                Box::new(|v| v["duties"][0]["kind"] = "deliverr".into()),
            ),
            (
                "an unknown severity",
                Box::new(|v| v["duties"][0]["severity"] = "fatal".into()),
            ),
            (
                "a rule id in lower case",
                Box::new(|v| v["duties"][0]["id"] = "d-plan".into()),
            ),
            (
                "a rule id too long",
                Box::new(|v| v["duties"][0]["id"] = "D-AN-ID-OF-THIRTY-TWO-CHARACTERS".into()),
            ),
            (
                "a date without its year",
                Box::new(|v| v["span"]["first"] = "6月3日".into()),
            ),
            (
                "a clock past 24:00",
                Box::new(|v| v["events"][0]["starts_at"] = "24:30".into()),
            ),
            (
                "an instant that is no instant",
                Box::new(|v| v["duties"][3]["opens"] = "tomorrow".into()),
            ),
            (
                "a policy with no points",
                Box::new(|v| v["quiz"]["multiple_choice"] = json!({"policy": "partial_credit"})),
            ),
        ];
        for (what, f) in cases {
            let mut broken = model();
            f(&mut broken);
            assert!(
                Campaign::from_json(&broken.to_string()).is_err(),
                "the reader takes {what}"
            );
            assert!(!v.is_valid(&broken), "the schema takes {what}");
        }
        // What both take: a pointer to the schema, null for a key left out.
        let mut m = model();
        m["$schema"] = "campaign.schema.json".into();
        m["theme"] = Value::Null;
        Campaign::from_json(&m.to_string()).unwrap();
        assert!(v.is_valid(&m));
    }

    /// Every key has its Chinese description and an example, and every example is
    /// valid by the key's schema.
    #[test]
    fn every_key_is_described_in_chinese_with_an_example() {
        let schema = json_schema();
        let mut objects: Vec<(String, &Value)> = vec![("Campaign".into(), &schema)];
        for (name, d) in schema["$defs"].as_object().unwrap() {
            objects.push((name.clone(), d));
            for b in d["oneOf"].as_array().into_iter().flatten() {
                if b.get("properties").is_some() {
                    objects.push((format!("{name}/{}", b["title"].as_str().unwrap()), b));
                }
            }
        }
        let cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let defs = schema["$defs"].clone();
        for (name, o) in objects {
            if let Some(props) = o["properties"].as_object() {
                for (key, p) in props {
                    let d = p["description"].as_str().unwrap_or("");
                    assert!(cjk(d), "{name}.{key}: no Chinese description");
                    let examples = p["examples"].as_array();
                    assert!(
                        examples.is_some_and(|e| !e.is_empty()),
                        "{name}.{key}: no example"
                    );
                    let mut sub = p.clone();
                    sub.as_object_mut()
                        .unwrap()
                        .insert("$defs".into(), defs.clone());
                    let check = jsonschema::validator_for(&sub).unwrap();
                    for e in examples.unwrap() {
                        assert!(
                            check.is_valid(e),
                            "{name}.{key}: the example {e} is not valid"
                        );
                    }
                }
            }
        }
        // The types themselves, and each value of an enumeration.
        for (name, d) in schema["$defs"].as_object().unwrap() {
            assert!(
                cjk(d["description"].as_str().unwrap_or("")),
                "{name}: no Chinese description"
            );
            for v in d["oneOf"].as_array().into_iter().flatten() {
                if v.get("const").is_some() {
                    assert!(
                        cjk(v["description"].as_str().unwrap_or("")),
                        "{name} {}: no Chinese",
                        v["const"]
                    );
                }
            }
        }
    }

    #[test]
    fn leaf_spellings_are_the_readers() {
        let v = validator();
        let with = |path: &[&str], value: Value| {
            let mut m = model();
            let mut at = &mut m;
            for p in path {
                at = match p.parse::<usize>() {
                    Ok(i) => &mut at[i],
                    Err(_) => &mut at[*p],
                };
            }
            *at = value;
            (Campaign::from_json(&m.to_string()).is_ok(), v.is_valid(&m))
        };
        for date in ["2021-06-03", "2021/6/3", "2021年6月3日", " 2021-06-03 "] {
            assert_eq!(
                with(&["span", "first"], date.into()),
                (true, true),
                "{date}"
            );
        }
        for instant in [
            "2021-06-10T17:00:00+08:00",
            "2021-06-10 17:00",
            "2021-06-10T09:00:00Z",
            "2021年6月10日17:00",
            "2021-06-10T17:00:00.5+0800",
            "2021-06-10",
        ] {
            assert_eq!(
                with(&["duties", "3", "opens"], instant.into()),
                (true, true),
                "{instant}"
            );
        }
        for clock in ["09:00", "9:00", "9：00", "23:59:59", "24:00", "8:5"] {
            assert_eq!(
                with(&["events", "0", "starts_at"], clock.into()),
                (true, true),
                "{clock}"
            );
        }
        for clock in ["24:01", "9", "12:60", "009:00"] {
            assert_eq!(
                with(&["events", "0", "starts_at"], clock.into()),
                (false, false),
                "{clock}"
            );
        }
    }

    fn docs() -> (std::path::PathBuf, String) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/campaign.md");
        let text = std::fs::read_to_string(&path).unwrap();
        (path, text)
    }

    /// docs/campaign.md holds the field reference generated from the schema (so every
    /// key of the schema is described there); `FANGFEI_BLESS=1` writes it.
    #[test]
    fn field_reference_is_in_the_docs() {
        let (path, text) = docs();
        let (begin, end) = (
            "<!-- field-reference:begin -->\n",
            "<!-- field-reference:end -->",
        );
        let (head, rest) = text.split_once(begin).unwrap();
        let (old, tail) = rest.split_once(end).unwrap();
        let now = field_reference();
        if std::env::var_os("FANGFEI_BLESS").is_some() {
            std::fs::write(&path, format!("{head}{begin}{now}{end}{tail}")).unwrap();
            return;
        }
        assert!(old == now, "docs/campaign.md's field reference is not the schema's: run FANGFEI_BLESS=1 cargo test -p fangfei --features schema --lib field_reference");
        // Every key of every object type is there.
        for (name, keys) in reader_keys() {
            for (k, _) in keys {
                assert!(
                    now.contains(&format!("| `{k}` |")),
                    "{name}.{k} is not in the reference"
                );
            }
        }
        for kind in super::super::DutyRule::KINDS {
            assert!(now.contains(&format!("`kind: \"{kind}\"`")), "{kind}");
            for k in super::super::read::duty_keys(kind) {
                assert!(now.contains(&format!("| `{k}` |")), "{kind}.{k}");
            }
        }
    }

    /// The JSON blocks of docs/campaign.md: each valid by the schema's type its marker
    /// names, and the worked example's pieces together a campaign that loads.
    #[test]
    fn the_docs_examples_are_valid_and_the_worked_one_loads() {
        let (_, text) = docs();
        let schema = json_schema();
        let mut blocks = 0;
        let mut worked = json!({});
        let mut worked_duties = Vec::new();
        let section = |at: usize| {
            let start = text.get(..at).and_then(|t| t.rfind("\n## ")).unwrap_or(0);
            text.get(start..at)
                .unwrap()
                .trim_start_matches("\n## ")
                .to_owned()
        };
        for (at, _) in text.match_indices("<!-- schema: ") {
            let rest = text.get(at..).unwrap();
            let name = rest.get(13..rest.find(" -->").unwrap()).unwrap();
            let body = rest
                .split_once("```json\n")
                .unwrap()
                .1
                .split_once("```")
                .unwrap()
                .0;
            let value: Value =
                serde_json::from_str(body).unwrap_or_else(|e| panic!("{name}: {e}\n{body}"));
            if name == "UnitsFile" {
                // A units file is read on its own and merged into a campaign.
                let file = crate::campaign::UnitsFile::from_json(body)
                    .unwrap_or_else(|e| panic!("{e}\n{body}"));
                let mut c = Campaign::embedded().clone();
                c.units.clear();
                c.with_units(file)
                    .unwrap_or_else(|e| panic!("{e}: {:?}", e.problems()));
                blocks += 1;
                continue;
            }
            let mut sub = if name.starts_with("Campaign") {
                let mut root = schema.clone();
                if name.ends_with("(part)") {
                    root.as_object_mut().unwrap().remove("required");
                }
                root
            } else {
                let mut d = schema["$defs"][name].clone();
                d.as_object_mut()
                    .unwrap()
                    .insert("$defs".into(), schema["$defs"].clone());
                d
            };
            sub.as_object_mut().unwrap().remove("$id");
            let v = jsonschema::validator_for(&sub).unwrap();
            let errors: Vec<String> = v
                .iter_errors(&value)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{name} block: {errors:#?}\n{body}");
            blocks += 1;
            if section(at).starts_with("七") {
                match name {
                    "Duty" => worked_duties.push(value),
                    _ => {
                        for (k, v) in value.as_object().unwrap() {
                            worked[k] = v.clone();
                        }
                    }
                }
            }
        }
        assert!(blocks >= 15, "{blocks} blocks");
        worked["duties"] = worked_duties.into();
        let c = Campaign::from_json(&worked.to_string()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((c.year, c.duties.len(), c.events.len()), (2022, 3, 1));
    }
}
