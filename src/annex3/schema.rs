//! A JSON Schema (draft 2020-12) of the Annex 3 table, generated from [`Field`].

use serde_json::{json, Map, Value};

use super::{Field, MAX_OTHER_METHODS, MAX_OTHER_METHOD_CHARS};

/// The schema of one normalised [`super::Annex3`] table, for other tools: every
/// count a required non-negative integer (with `maximum` from the campaign's
/// plausibility bounds when `bounds` is set — those are warnings here, so leave it off
/// to validate only what is an error), the unit a non-blank string, the 其他 list
/// bounded. Cross-field rules (A3-PARTICIPANTS) are beyond JSON Schema and are not in it.
pub fn json_schema(bounds: Option<&crate::Campaign>) -> Value {
    let mut props = Map::new();
    props.insert(
        "unit".into(),
        json!({ "type": "string", "minLength": 1, "pattern": "\\S", "title": "填报单位", "description": "A3-UNIT" }),
    );
    for f in Field::ALL {
        let mut p = json!({
            "type": "integer",
            "minimum": 0,
            "title": f.header_zh(),
            // No "maximum": 2^64 − 1 (A3-RANGE) is beyond what JSON numbers hold exactly
            // in JavaScript, where the schema is also used.
            "description": format!("{} · {} ({}) — A3-BLANK, A3-NUMBER, A3-RANGE (at most 2^64 − 1)", f.group().label_en(), f.label_en(), f.unit_label()),
        });
        if let (Some(c), Some(obj)) = (bounds, p.as_object_mut()) {
            if let Some(b) = c.annex3_bound(f.name()) {
                obj.insert("maximum".into(), json!(b));
            }
        }
        props.insert(f.name().into(), p);
    }
    props.insert(
        "other_methods".into(),
        json!({
            "type": "array",
            "maxItems": MAX_OTHER_METHODS,
            "items": { "type": "string", "minLength": 1, "maxLength": MAX_OTHER_METHOD_CHARS, "pattern": "\\S" },
            "title": "其他(创新宣传方式)",
            "description": "A3-OTHER"
        }),
    );
    let mut required: Vec<Value> = vec![json!("unit")];
    required.extend(Field::ALL.iter().map(|f| json!(f.name())));
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://fangfei.invalid/annex3.schema.json",
        "title": "防范非法集资宣传月活动情况统计表(附件3)",
        "type": "object",
        "properties": Value::Object(props),
        "required": required,
        "additionalProperties": false
    })
}
