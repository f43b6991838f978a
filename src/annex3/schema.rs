//! A JSON Schema (draft 2020-12) of a campaign's statistics table, generated from its
//! columns.

use serde_json::{json, Map, Value};

use super::{table_of, MAX_OTHER_METHODS, MAX_OTHER_METHOD_CHARS};
use crate::report::Finding;
use crate::Campaign;

/// The schema of one normalised [`super::Annex3`] table of `campaign`'s statistics
/// table, for other tools: `unit` a non-blank string, every column's count a required
/// non-negative integer (titled with its header, with `maximum` from its plausibility
/// bound when `bounds` is set — those are warnings here, so leave it off to validate
/// only what is an error), the free-text column's list bounded when the table has one.
/// Cross-field rules are beyond JSON Schema and are not in it.
///
/// # Errors
///
/// The finding that the campaign has no statistics table.
///
/// ```
/// let s = fangfei::annex3::json_schema(fangfei::Campaign::embedded(), false).unwrap();
/// assert_eq!(s["properties"]["qijin_sessions"]["title"], "活动场次(次)");
/// ```
pub fn json_schema(campaign: &Campaign, bounds: bool) -> Result<Value, Box<Finding>> {
    let table = table_of(campaign)?;
    let mut props = Map::new();
    props.insert(
        "unit".into(),
        json!({ "type": "string", "minLength": 1, "pattern": "\\S", "title": "填报单位", "description": "A3-UNIT" }),
    );
    for c in &table.columns {
        let group = table.group(&c.group).map_or("", |g| g.name.en.as_str());
        let mut p = json!({
            "type": "integer",
            "minimum": 0,
            "title": c.header_zh(),
            // No "maximum" but the bound: 2^64 − 1 (A3-RANGE) is beyond what JSON
            // numbers hold exactly in JavaScript, where the schema is also used.
            "description": format!("{group} · {} ({}) — A3-BLANK, A3-NUMBER, A3-RANGE (at most 2^64 − 1)", c.name.en, c.unit_label()),
        });
        if let (true, Some(obj)) = (bounds, p.as_object_mut()) {
            obj.insert("maximum".into(), json!(c.bound));
        }
        props.insert(c.key.clone(), p);
    }
    if let Some(o) = &table.other {
        props.insert(
            o.key.clone(),
            json!({
                "type": "array",
                "maxItems": MAX_OTHER_METHODS,
                "items": { "type": "string", "minLength": 1, "maxLength": MAX_OTHER_METHOD_CHARS, "pattern": "\\S" },
                "title": o.name.zh,
                "description": "A3-OTHER"
            }),
        );
    }
    let mut required: Vec<Value> = vec![json!("unit")];
    required.extend(table.columns.iter().map(|c| json!(c.key)));
    Ok(json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://fangfei.invalid/annex3.schema.json",
        "title": table.title,
        "type": "object",
        "properties": Value::Object(props),
        "required": required,
        "additionalProperties": false
    }))
}
