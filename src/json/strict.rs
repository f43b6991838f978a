//! Parsing JSON text by the reader's rules: an object that repeats a key is refused, at
//! any depth — as a whole value ([`parse`]) or streamed into the slots of a top-level
//! object ([`object_slots`], for JSON Lines).

use std::fmt;

use serde::Deserialize;
use serde_json::{Map, Value};

/// Parses JSON text into a [`Value`], refusing an object that repeats a key.
///
/// `serde_json` keeps the last of two equal keys and drops the first without a word
/// (serde's derived readers refused them); a record with `"media_works"` twice would
/// lose a list. Every input text the library reads goes through here.
///
/// # Errors
///
/// The parser's error, with its line and column; a repeated key is one too.
///
/// ```
/// let e = fangfei::json::parse("{\"unit\": \"市教育局\",\n \"unit\": \"市财政局\"}").unwrap_err();
/// assert_eq!((e.line(), e.to_string().contains("repeated key \"unit\"")), (2, true));
/// assert!(fangfei::json::parse(r#"[{"a": 1}, {"a": 2}]"#).is_ok());
/// ```
pub fn parse(text: &str) -> Result<Value, serde_json::Error> {
    serde_json::from_str::<Strict>(text).map(|s| s.0)
}

/// A [`Value`] read by [`parse`]'s rules (no repeated key in any object).
pub(crate) struct Strict(pub(crate) Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::from(n))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::from(n))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        // JSON text has no NaN or infinity, so `from` never gives `Null` here.
        Ok(Value::from(n))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut o = Map::new();
        while let Some(k) = map.next_key::<String>()? {
            // One look-up per key: the vacant slot is filled once the value is read.
            match o.entry(k) {
                serde_json::map::Entry::Occupied(e) => {
                    let msg = format!("repeated key {:?}", e.key());
                    return Err(serde::de::Error::custom(msg));
                }
                serde_json::map::Entry::Vacant(e) => {
                    let Strict(v) = map.next_value()?;
                    e.insert(v);
                }
            }
        }
        Ok(Value::Object(o))
    }
}

/// The top-level object of JSON `text` read as a stream into one slot per name of
/// `keys`, without building the object: the fast path of JSON Lines. The rules are
/// [`parse`]'s (a repeated key is refused at any depth; keys not in `keys` are read
/// and dropped); the slots are then read by the type's field readers, exactly as its
/// [`FromJson`] reads the same fields taken out of a parsed object.
///
/// # Errors
///
/// The parser's error (with line and column), a repeated key among them. A text whose
/// top level is not an object gives `Ok(Err(value))`, for the reader to refuse.
pub(crate) fn object_slots<const N: usize>(
    text: &str,
    keys: &[&'static str; N],
) -> Result<Result<[Option<Value>; N], Value>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let top = serde::Deserializer::deserialize_any(&mut de, SlotsVisitor(keys))?;
    de.end()?;
    Ok(top)
}

/// A key, borrowed from the text when it has no escapes.
pub(crate) struct Key<'de>(pub(crate) std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(s.to_owned())))
            }
        }
        d.deserialize_str(V)
    }
}

struct SlotsVisitor<'k, const N: usize>(&'k [&'static str; N]);

impl<'de, const N: usize> serde::de::Visitor<'de> for SlotsVisitor<'_, N> {
    type Value = Result<[Option<Value>; N], Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut slots: [Option<Value>; N] = std::array::from_fn(|_| None);
        // The other keys seen, to refuse a repeat among them too: a tree, so that a
        // hostile line of a million distinct keys costs n log n, not n².
        let mut others: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
        while let Some(Key(k)) = map.next_key()? {
            let repeated = match self.0.iter().position(|key| *key == k) {
                Some(i) => match slots.get_mut(i) {
                    Some(slot @ None) => {
                        *slot = Some(map.next_value::<Strict>()?.0);
                        false
                    }
                    _ => true,
                },
                None if others.contains(&*k) => true,
                None => {
                    others.insert(k.clone().into_owned());
                    map.next_value::<Strict>()?;
                    false
                }
            };
            if repeated {
                return Err(serde::de::Error::custom(format!("repeated key {k:?}")));
            }
        }
        Ok(Ok(slots))
    }
    // Anything else: read by parse's rules, for the reader to refuse as no object.
    fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<Self::Value, E> {
        StrictVisitor.visit_bool(b).map(Err)
    }
    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Self::Value, E> {
        StrictVisitor.visit_i64(n).map(Err)
    }
    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Self::Value, E> {
        StrictVisitor.visit_u64(n).map(Err)
    }
    fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Self::Value, E> {
        StrictVisitor.visit_f64(n).map(Err)
    }
    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
        StrictVisitor.visit_str(s).map(Err)
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        StrictVisitor.visit_unit().map(Err)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        StrictVisitor.visit_seq(seq).map(Err)
    }
}
