//! Sheets borrowed from the text they were read from: JSON Lines at the parser's speed.
//!
//! [`SheetRef::from_json_text`] reads a line the way [`Sheet::from_json_text`] does and
//! gives the same sheet, but its strings point into the line (copied only when they
//! hold escapes) and its answers are a short list, not a map: no allocation per field.
//! A line the borrowed reading does not take as it is (a value of an unexpected type,
//! a repeated key, a missing field, a time that does not parse: every line that is
//! refused, and a few odd ones that are not) is read again by [`Sheet::from_json_text`],
//! whose answer decides: the same sheet, or the same refusal with every problem at its
//! path. A property test and the `quiz_sheet` fuzz target hold the two readings equal.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::Deserializer as _;
use serde_json::Value;

use super::register::{mask, mask_digits, mask_name, Registration};
use super::Sheet;
use crate::json::strict::{Key, Strict};
use crate::report::Text;
use crate::time::Instant;

/// An answer sheet, borrowed: what [`Scorer::sheet_ref`](super::Scorer::sheet_ref)
/// scores. From JSON text by [`SheetRef::from_json_text`]; from a [`Sheet`] by
/// [`Sheet::as_ref`] or, owned, by `From`. Its `Debug` masks the registration's
/// personal fields, as [`Registration`]'s does.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRef<'a> {
    /// The platform's id of the participant.
    pub participant: Cow<'a, str>,
    /// The registration.
    pub registration: RegistrationRef<'a>,
    /// When it was submitted.
    pub submitted_at: Instant,
    /// Answers by question id, in the order given (ids distinct).
    pub answers: Vec<(Cow<'a, str>, Answer<'a>)>,
}

/// A [`Registration`], borrowed.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct RegistrationRef<'a> {
    /// 姓名.
    pub name: Cow<'a, str>,
    /// 所在地区.
    pub region: Cow<'a, str>,
    /// 手机号 (optional).
    pub phone: Option<Cow<'a, str>>,
    /// 工作单位 (optional).
    pub unit: Option<Cow<'a, str>>,
}

/// One answer as given, before it is read against its question
/// ([`parse_answer`](super::parse_answer)): the JSON values a sheet may hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer<'a> {
    /// `null`: left blank.
    Blank,
    /// `true` or `false`.
    Bool(bool),
    /// A string: `"B"`, `"ABD"`, `"对"`.
    Text(Cow<'a, str>),
    /// A list: `["A", "C"]`.
    List(Vec<Answer<'a>>),
    /// A number or an object: no answer to any kind of question.
    Other(Value),
}

impl<'a> Answer<'a> {
    /// The answer a JSON value gives, borrowed from it.
    pub fn of(v: &'a Value) -> Answer<'a> {
        match v {
            Value::Null => Answer::Blank,
            Value::Bool(b) => Answer::Bool(*b),
            Value::String(s) => Answer::Text(Cow::Borrowed(s)),
            Value::Array(items) => Answer::List(items.iter().map(Answer::of).collect()),
            other => Answer::Other(other.clone()),
        }
    }

    /// The answer a JSON value gives, taking it.
    fn owned(v: Value) -> Answer<'static> {
        match v {
            Value::Null => Answer::Blank,
            Value::Bool(b) => Answer::Bool(b),
            Value::String(s) => Answer::Text(Cow::Owned(s)),
            Value::Array(items) => Answer::List(items.into_iter().map(Answer::owned).collect()),
            other => Answer::Other(other),
        }
    }

    /// The text, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Answer::Text(s) => Some(s),
            _ => None,
        }
    }
}

impl Registration {
    /// This registration, borrowed.
    pub fn as_ref(&self) -> RegistrationRef<'_> {
        RegistrationRef {
            name: Cow::Borrowed(&self.name),
            region: Cow::Borrowed(&self.region),
            phone: self.phone.as_deref().map(Cow::Borrowed),
            unit: self.unit.as_deref().map(Cow::Borrowed),
        }
    }
}

impl fmt::Debug for RegistrationRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Personal fields, masked: a phone number typed into the region or the unit
        // (the fuzzer found one) is not written whole into a log either.
        f.debug_struct("Registration")
            .field("name", &mask_name(&self.name))
            .field("region", &mask_digits(&self.region))
            .field("phone", &self.phone.as_deref().map(mask))
            .field("unit", &self.unit.as_deref().map(mask_digits))
            .finish()
    }
}

impl Sheet {
    /// This sheet, borrowed (its answers listed in key order).
    pub fn as_ref(&self) -> SheetRef<'_> {
        SheetRef {
            participant: Cow::Borrowed(&self.participant),
            registration: self.registration.as_ref(),
            submitted_at: self.submitted_at,
            answers: self
                .answers
                .iter()
                .map(|(k, v)| (Cow::Borrowed(k.as_str()), Answer::of(v)))
                .collect(),
        }
    }
}

impl From<Sheet> for SheetRef<'static> {
    fn from(s: Sheet) -> SheetRef<'static> {
        let r = s.registration;
        SheetRef {
            participant: Cow::Owned(s.participant),
            registration: RegistrationRef {
                name: Cow::Owned(r.name),
                region: Cow::Owned(r.region),
                phone: r.phone.map(Cow::Owned),
                unit: r.unit.map(Cow::Owned),
            },
            submitted_at: s.submitted_at,
            answers: s
                .answers
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k), Answer::owned(v)))
                .collect(),
        }
    }
}

impl<'a> SheetRef<'a> {
    /// Reads one sheet from JSON text, a line of JSON Lines: the same sheet as
    /// [`Sheet::from_json_text`] reads, or the same refusal, with the strings borrowed
    /// from `text`.
    ///
    /// # Errors
    ///
    /// [`Sheet::from_json_text`]'s, word for word.
    ///
    /// ```
    /// use fangfei::quiz::{Answer, SheetRef};
    /// let s = SheetRef::from_json_text(r#"{"participant": "u1", "name": "张三", "region": "辽宁",
    ///   "submitted_at": "2021-06-15T10:05:00+08:00", "answers": {"1": "B", "2": null}, "device": "ios"}"#).unwrap();
    /// assert_eq!((&*s.participant, &s.answers[0].1), ("u1", &Answer::Text("B".into())));
    /// let e = SheetRef::from_json_text(r#"{"participant": 7, "answers": []}"#).unwrap_err();
    /// assert_eq!(e.en, "participant: expected a string, found a number; submitted_at: missing field; answers: expected an object, found an array");
    /// ```
    pub fn from_json_text(text: &'a str) -> Result<SheetRef<'a>, Text> {
        match borrowed(text) {
            Some(sheet) => Ok(sheet),
            None => Sheet::from_json_text(text).map(SheetRef::from),
        }
    }
}

/// The sheet of `text` read borrowed, or `None` for the owned reading to decide.
fn borrowed(text: &str) -> Option<SheetRef<'_>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let fields = de.deserialize_map(FieldsVisitor).ok()?;
    de.end().ok()?;
    Some(SheetRef {
        participant: fields.participant?,
        registration: RegistrationRef {
            name: fields.name.unwrap_or_default(),
            region: fields.region.unwrap_or_default(),
            phone: fields.phone,
            unit: fields.unit,
        },
        submitted_at: Instant::parse(&fields.submitted_at?).ok()?,
        answers: fields.answers?,
    })
}

/// The most keys the borrowed reading compares one by one for repeats (of the
/// platform's own beside the sheet's, or of the answers); a line with more is read
/// the owned way.
const MOST_KEYS: usize = 64;

/// Why the borrowed reading gives a line over to the owned one (never shown).
fn decline<E: de::Error>() -> E {
    E::custom("read by the owned reader")
}

/// A sheet's fields as read, `null` as absent.
#[derive(Default)]
struct Fields<'a> {
    participant: Option<Cow<'a, str>>,
    name: Option<Cow<'a, str>>,
    region: Option<Cow<'a, str>>,
    phone: Option<Cow<'a, str>>,
    unit: Option<Cow<'a, str>>,
    submitted_at: Option<Cow<'a, str>>,
    answers: Option<Vec<(Cow<'a, str>, Answer<'a>)>>,
}

struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sheet")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        let mut fields = Fields::default();
        let mut seen = [false; Sheet::KEYS.len()];
        let mut others: Vec<Cow<'de, str>> = Vec::new();
        while let Some(Key(k)) = map.next_key()? {
            let Some(i) = Sheet::KEYS.iter().position(|key| *key == k) else {
                if others.len() >= MOST_KEYS || others.contains(&k) {
                    return Err(decline());
                }
                others.push(k);
                // Read by the strict rules all the same: a repeat deep inside is refused.
                map.next_value::<Strict>()?;
                continue;
            };
            match seen.get_mut(i) {
                Some(s @ false) => *s = true,
                _ => return Err(decline()),
            }
            let slot = match &*k {
                "answers" => {
                    fields.answers = map.next_value::<Answers<'de>>()?.0;
                    continue;
                }
                "participant" => &mut fields.participant,
                "submitted_at" => &mut fields.submitted_at,
                "name" => &mut fields.name,
                "region" => &mut fields.region,
                "phone" => &mut fields.phone,
                "unit" => &mut fields.unit,
                _ => return Err(decline()),
            };
            *slot = map.next_value::<Str<'de>>()?.0;
        }
        Ok(fields)
    }
}

/// A string, borrowed when it has no escapes, or `null` (`None`); anything else
/// declined.
struct Str<'a>(Option<Cow<'a, str>>);

impl<'de> de::Deserialize<'de> for Str<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Str<'de>, E> {
                Ok(Str(Some(Cow::Borrowed(s))))
            }
            fn visit_str<E>(self, s: &str) -> Result<Str<'de>, E> {
                Ok(Str(Some(Cow::Owned(s.to_owned()))))
            }
            fn visit_unit<E>(self) -> Result<Str<'de>, E> {
                Ok(Str(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// The answers object: ids (distinct) and answers in the order given; `null` as
/// absent.
struct Answers<'a>(Option<Vec<(Cow<'a, str>, Answer<'a>)>>);

impl<'de> de::Deserialize<'de> for Answers<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Answers<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("answers")
            }
            fn visit_unit<E>(self) -> Result<Answers<'de>, E> {
                Ok(Answers(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Answers<'de>, A::Error> {
                let mut out: Vec<(Cow<'de, str>, Answer<'de>)> = Vec::with_capacity(8);
                while let Some(Key(k)) = map.next_key()? {
                    if out.len() >= MOST_KEYS
                        || out.iter().any(|(id, _)| super::paper::same_id(id, &k))
                    {
                        return Err(decline());
                    }
                    let answer = map.next_value_seed(AnswerSeed)?;
                    out.push((k, answer));
                }
                Ok(Answers(Some(out)))
            }
        }
        d.deserialize_any(V)
    }
}

/// One answer: null, a boolean, a string, a number, or a list of these; an object is
/// declined (its keys would need the strict reading).
struct AnswerSeed;

impl<'de> DeserializeSeed<'de> for AnswerSeed {
    type Value = Answer<'de>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Answer<'de>, D::Error> {
        d.deserialize_any(AnswerSeed)
    }
}

impl<'de> Visitor<'de> for AnswerSeed {
    type Value = Answer<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answer")
    }
    fn visit_unit<E>(self) -> Result<Answer<'de>, E> {
        Ok(Answer::Blank)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Answer<'de>, E> {
        Ok(Answer::Bool(b))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Answer<'de>, E> {
        Ok(Answer::Text(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Answer<'de>, E> {
        Ok(Answer::Text(Cow::Owned(s.to_owned())))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Answer<'de>, E> {
        Ok(Answer::Other(Value::from(n)))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Answer<'de>, E> {
        Ok(Answer::Other(Value::from(n)))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Answer<'de>, E> {
        Ok(Answer::Other(Value::from(n)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Answer<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(a) = seq.next_element_seed(AnswerSeed)? {
            items.push(a);
        }
        Ok(Answer::List(items))
    }
}
