//! Reading the library's input types from JSON: every problem reported at once, each
//! with its path (`phases[1].first`) and a message in both languages.
//!
//! Why not `#[derive(Deserialize)]` for the structs: serde's derived visitors stop at
//! the first problem and report it by line and column, and each one is a sizeable
//! piece of generic code, instantiated again for every deserializer — in the browser
//! build the input types' visitors were most of the module. One small reading function
//! per struct, over a parsed [`Value`], gives better messages in a fraction of the
//! code. The structs still implement [`serde::Deserialize`] (through a [`Value`]), so
//! `serde_json::from_str::<Campaign>` keeps working (the quiz's `Sheet` and
//! `Registration` keep serde's derive as well, for the speed of JSON Lines; a property
//! test holds both readings equal). Leaf types (instants, deadlines, rule ids, enums
//! of names) are read through their own serde implementations, so each spelling stays
//! written once; dates through the library's date parser.
//!
//! ```
//! use fangfei::json::from_value;
//! use fangfei::time::Window;
//! let v = serde_json::json!({ "start": "2021-06-15T10:00", "end": 3, "stop": 1 });
//! let problems = from_value::<Window>(&v).unwrap_err();
//! let paths: Vec<_> = problems.iter().map(|p| p.path.to_string()).collect();
//! assert_eq!(paths, ["stop", "end"]);
//! ```

use serde::de::DeserializeOwned;

pub use serde_json::{Map, Value};

use crate::keyed::Keyed;
use crate::path::{Path, Segment};
use crate::text::Text;

pub use crate::error::{list, text, Problem};

pub use strict::parse;
pub(crate) use strict::{object_slots, Strict};

pub(crate) mod strict;

/// A type read from a JSON value by a [`Reader`].
pub trait FromJson: Sized {
    /// Reads `v`; `None` after recording at least one problem in `r`.
    fn read(r: &mut Reader, v: &Value) -> Option<Self>;

    /// Reads `v`, taken: the same reading as [`FromJson::read`], moving strings and
    /// values out of `v` instead of copying them (the fast path of JSON Lines, where
    /// each parsed line is read once and dropped).
    fn read_owned(r: &mut Reader, v: Value) -> Option<Self> {
        Self::read(r, &v)
    }
}

/// Reads a `T` from `v`, or every problem found.
///
/// # Errors
///
/// The problems: in each object its unknown keys first, then its fields in order.
pub fn from_value<T: FromJson>(v: &Value) -> Result<T, Vec<Problem>> {
    let mut r = Reader::default();
    let read = T::read(&mut r, v);
    r.finish(read)
}

/// Reads a `T` from `v`, taken (strings moved, not copied), or every problem found:
/// the same reading as [`from_value`].
///
/// # Errors
///
/// As [`from_value`].
pub fn from_owned<T: FromJson>(v: Value) -> Result<T, Vec<Problem>> {
    let mut r = Reader::default();
    let read = T::read_owned(&mut r, v);
    r.finish(read)
}

/// The state of one reading: the path being read and the problems so far.
#[derive(Debug, Default)]
pub struct Reader {
    problems: Vec<Problem>,
}

/// What a value should have been, for messages.
#[derive(Clone, Copy)]
enum Expected {
    Object,
    Array,
    String,
    Bool,
    Unsigned,
    Integer,
}

impl Expected {
    fn text(self) -> (&'static str, &'static str) {
        match self {
            Expected::Object => ("对象", "an object"),
            Expected::Array => ("数组", "an array"),
            Expected::String => ("字符串", "a string"),
            Expected::Bool => ("true 或 false", "true or false"),
            Expected::Unsigned => ("非负整数", "a non-negative integer"),
            Expected::Integer => ("整数", "an integer"),
        }
    }
}

impl Reader {
    /// The value read, or every problem recorded.
    ///
    /// # Errors
    ///
    /// The problems, when there is any (or when nothing was read).
    pub fn finish<T>(self, read: Option<T>) -> Result<T, Vec<Problem>> {
        match read {
            Some(t) if self.problems.is_empty() => Ok(t),
            _ => Err(self.problems),
        }
    }

    /// Records a problem at the value being read (its path is completed as the
    /// reading returns through the keys and indices above it: the reader places it under each key and index as it returns).
    pub fn problem(&mut self, zh: String, en: String) {
        self.problems.push(Problem {
            path: Path::root(),
            message: Text { zh, en },
        });
    }

    /// Where the problems of the next value read will start (the reader places it under each key and index as it returns).
    fn mark(&self) -> usize {
        self.problems.len()
    }

    /// Places the problems recorded since `mark` (those of a value at segment `at` of
    /// the one being read) under that segment: reading valid input builds no path at
    /// all. Not generic, so it exists once in the browser build.
    #[inline(never)]
    fn place(&mut self, mark: usize, at: Segment) {
        if let Some(new) = self.problems.get_mut(mark..) {
            for p in new {
                p.path.prepend(at.clone());
            }
        }
    }

    /// [`Reader::place`] under a field's key.
    #[inline(never)]
    fn place_key(&mut self, mark: usize, key: &'static str) {
        if self.problems.len() > mark {
            self.place(mark, Segment::Key(key.into()));
        }
    }

    /// [`Reader::place`] under a key of the input (copied only when needed).
    #[inline(never)]
    fn place_input_key(&mut self, mark: usize, key: &str) {
        if self.problems.len() > mark {
            self.place(mark, Segment::Key(shown_key(key).into()));
        }
    }

    /// [`Reader::place`] under a list's index.
    #[inline(never)]
    fn place_index(&mut self, mark: usize, i: usize) {
        if self.problems.len() > mark {
            self.place(mark, Segment::Index(i));
        }
    }

    /// Records that `got` is not `what`; `None` (not generic over the caller's type,
    /// so its formatting exists once).
    fn expected<T>(&mut self, what: Expected, got: &Value) -> Option<T> {
        self.mismatch(what, got);
        None
    }

    #[inline(never)]
    fn mismatch(&mut self, what: Expected, got: &Value) {
        let (zh, en) = what.text();
        let (got_zh, got_en) = match got {
            Value::Null => ("null", "null"),
            Value::Bool(_) => ("布尔值", "a boolean"),
            Value::Number(_) => ("数字", "a number"),
            Value::String(_) => ("字符串", "a string"),
            Value::Array(_) => ("数组", "an array"),
            Value::Object(_) => ("对象", "an object"),
        };
        self.problem(
            format!("应为{zh},实为{got_zh}"),
            format!("expected {en}, found {got_en}"),
        );
    }

    /// Records `message` at `key` of the value being read.
    fn problem_at(&mut self, key: impl Into<std::borrow::Cow<'static, str>>, zh: &str, en: &str) {
        self.problems.push(Problem {
            path: Path::key(key),
            message: Text::new(zh, en),
        });
    }

    /// Records a problem at `key` of the value being read.
    pub(crate) fn problem_at_key(&mut self, key: &str, zh: String, en: String) {
        self.problems.push(Problem {
            path: Path::key(shown_key(key)),
            message: Text { zh, en },
        });
    }

    /// [`Reader::opt`] for a key the data declares (not known when compiling).
    pub(crate) fn opt_at<T: FromJson>(
        &mut self,
        o: &Map<String, Value>,
        key: &str,
    ) -> Option<Option<T>> {
        match o.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(v) => self.within(key, |r| T::read(r, v)).map(Some),
        }
    }

    /// [`Reader::req`] for a key the data declares.
    pub(crate) fn req_at<T: FromJson>(&mut self, o: &Map<String, Value>, key: &str) -> Option<T> {
        match self.opt_at(o, key)? {
            Some(t) => Some(t),
            None => {
                self.problem_at_key(key, "缺少此字段".into(), "missing field".into());
                None
            }
        }
    }

    /// What `read` reads, its problems placed under `key`.
    pub(crate) fn within<T>(
        &mut self,
        key: &str,
        read: impl FnOnce(&mut Reader) -> Option<T>,
    ) -> Option<T> {
        let m = self.mark();
        let t = read(self);
        self.place_input_key(m, key);
        t
    }

    /// What `read` reads, its problems placed under index `i`.
    pub(crate) fn within_index<T>(
        &mut self,
        i: usize,
        read: impl FnOnce(&mut Reader) -> Option<T>,
    ) -> Option<T> {
        let m = self.mark();
        let t = read(self);
        self.place_index(m, i);
        t
    }

    /// The array `v`, each item read by `read`; `None` when any could not be (all
    /// read, each problem at its index).
    pub(crate) fn list<T>(
        &mut self,
        v: &Value,
        mut read: impl FnMut(&mut Reader, &Value) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Value::Array(items) = v else {
            return self.expected(Expected::Array, v);
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.within_index(i, |r| read(r, item)) {
                Some(t) => out.push(t),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// The value at `key` of `o`, read: `Some(None)` when absent or `null`.
    fn key<T: FromJson>(&mut self, o: &Map<String, Value>, key: &'static str) -> Option<Option<T>> {
        match o.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(v) => {
                let m = self.mark();
                let t = T::read(self, v);
                self.place_key(m, key);
                t.map(Some)
            }
        }
    }

    /// The object `v`; with `Some(keys)`, every key of it outside `keys` is recorded as
    /// a problem (`None`: other keys are ignored).
    pub fn object<'v>(
        &mut self,
        v: &'v Value,
        keys: Option<&[&str]>,
    ) -> Option<&'v Map<String, Value>> {
        let Value::Object(o) = v else {
            return self.expected(Expected::Object, v);
        };
        let Some(keys) = keys else {
            return Some(o);
        };
        for k in o.keys().filter(|k| !keys.contains(&k.as_str())) {
            self.problem_at(
                shown_key(k),
                "未知字段(拼写有误?)",
                "unknown field (misspelt?)",
            );
        }
        Some(o)
    }

    /// A required field (present and not null).
    pub fn req<T: FromJson>(&mut self, o: &Map<String, Value>, key: &'static str) -> Option<T> {
        match self.key(o, key)? {
            Some(t) => Some(t),
            None => {
                self.problem_at(key, "缺少此字段", "missing field");
                None
            }
        }
    }

    /// An optional field: absent and `null` are `None`.
    pub fn opt<T: FromJson>(
        &mut self,
        o: &Map<String, Value>,
        key: &'static str,
    ) -> Option<Option<T>> {
        self.key(o, key)
    }

    /// A field with a default when absent or `null`.
    pub fn or_default<T: FromJson + Default>(
        &mut self,
        o: &Map<String, Value>,
        key: &'static str,
    ) -> Option<T> {
        self.key(o, key).map(Option::unwrap_or_default)
    }

    /// The value of field `key` given in `slot` (taken out of its object, or read from
    /// a stream, for JSON Lines), read: `Some(None)` when absent or `null`.
    pub fn slot<T: FromJson>(
        &mut self,
        key: &'static str,
        slot: Option<Value>,
    ) -> Option<Option<T>> {
        match slot {
            None | Some(Value::Null) => Some(None),
            Some(v) => {
                let m = self.mark();
                let t = T::read_owned(self, v);
                self.place_key(m, key);
                t.map(Some)
            }
        }
    }

    /// A required field's value given in `slot` (the owned twin of [`Reader::req`]).
    pub fn slot_req<T: FromJson>(&mut self, key: &'static str, slot: Option<Value>) -> Option<T> {
        match self.slot(key, slot)? {
            Some(t) => Some(t),
            None => {
                self.problem_at(key, "缺少此字段", "missing field");
                None
            }
        }
    }

    /// The values of `keys` in the object `v` (borrowed: copied), in that order; the
    /// object's other keys ignored. `None` when `v` is no object (recorded).
    pub fn slots_of<const N: usize>(
        &mut self,
        v: &Value,
        keys: &[&'static str; N],
    ) -> Option<[Option<Value>; N]> {
        let o = self.object(v, None)?;
        Some(keys.map(|k| o.get(k).cloned()))
    }

    /// The values of `keys` in the object `v`, moved out of it, in that order; the
    /// object's other keys dropped. `None` when `v` is no object (recorded). (One pass
    /// over the object, no removal from its tree: the browser build has no B-tree
    /// removal code.)
    pub fn take_slots<const N: usize>(
        &mut self,
        v: Value,
        keys: &[&'static str; N],
    ) -> Option<[Option<Value>; N]> {
        let o = self.take_object(v)?;
        let mut slots: [Option<Value>; N] = std::array::from_fn(|_| None);
        for (k, v) in o {
            if let Some(slot) = keys
                .iter()
                .position(|key| *key == k)
                .and_then(|i| slots.get_mut(i))
            {
                *slot = Some(v);
            }
        }
        Some(slots)
    }

    /// The object `v`, taken; anything else is recorded as a problem.
    pub fn take_object(&mut self, v: Value) -> Option<Map<String, Value>> {
        match v {
            Value::Object(o) => Some(o),
            other => self.expected(Expected::Object, &other),
        }
    }

    fn unsigned(&mut self, v: &Value, max: u64) -> Option<u64> {
        match v.as_u64() {
            Some(n) if n <= max => Some(n),
            // Past the maximum — 2^64 and up is read as a float — is too large, not
            // "not a number".
            Some(_) => self.too_large(max),
            None if v.as_f64().is_some_and(|f| f > max as f64 || f >= 1.8e19) => {
                self.too_large(max)
            }
            None => self.expected(Expected::Unsigned, v),
        }
    }

    #[inline(never)]
    fn too_large<T>(&mut self, max: u64) -> Option<T> {
        self.problem(
            format!("数字过大(最大 {max})"),
            format!("the number is too large (at most {max})"),
        );
        None
    }
}

impl FromJson for String {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        match v {
            Value::String(s) => Some(s.clone()),
            _ => r.expected(Expected::String, v),
        }
    }
    fn read_owned(r: &mut Reader, v: Value) -> Option<Self> {
        match v {
            Value::String(s) => Some(s),
            _ => r.expected(Expected::String, &v),
        }
    }
}

impl FromJson for bool {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        match v {
            Value::Bool(b) => Some(*b),
            _ => r.expected(Expected::Bool, v),
        }
    }
}

impl FromJson for u64 {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        r.unsigned(v, u64::MAX)
    }
}

impl FromJson for u32 {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        r.unsigned(v, u32::MAX.into())
            .and_then(|n| u32::try_from(n).ok())
    }
}

impl FromJson for i32 {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        match v.as_i64().map(i32::try_from) {
            Some(Ok(n)) => Some(n),
            Some(Err(_)) => {
                r.problem("超出范围".into(), "out of range".into());
                None
            }
            None => r.expected(Expected::Integer, v),
        }
    }
}

impl FromJson for Value {
    fn read(_: &mut Reader, v: &Value) -> Option<Self> {
        Some(v.clone())
    }
    fn read_owned(_: &mut Reader, v: Value) -> Option<Self> {
        Some(v)
    }
}

impl FromJson for Map<String, Value> {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        match v {
            Value::Object(o) => Some(o.clone()),
            _ => r.expected(Expected::Object, v),
        }
    }
    fn read_owned(r: &mut Reader, v: Value) -> Option<Self> {
        match v {
            Value::Object(o) => Some(o),
            _ => r.expected(Expected::Object, &v),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        let Value::Array(items) = v else {
            return r.expected(Expected::Array, v);
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let mark = r.mark();
            let t = T::read(r, item);
            r.place_index(mark, i);
            match t {
                Some(t) => out.push(t),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
    fn read_owned(r: &mut Reader, v: Value) -> Option<Self> {
        let Value::Array(items) = v else {
            return r.expected(Expected::Array, &v);
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.into_iter().enumerate() {
            let mark = r.mark();
            let t = T::read_owned(r, item);
            r.place_index(mark, i);
            match t {
                Some(t) => out.push(t),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
}

impl<T: FromJson> FromJson for Keyed<String, T> {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        let Value::Object(o) = v else {
            return r.expected(Expected::Object, v);
        };
        let mut out = Keyed::new();
        let mut ok = true;
        for (k, v) in o {
            let mark = r.mark();
            let t = T::read(r, v);
            r.place_input_key(mark, k);
            match t {
                Some(t) => {
                    out.insert(k.clone(), t);
                }
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
    fn read_owned(r: &mut Reader, v: Value) -> Option<Self> {
        let Value::Object(o) = v else {
            return r.expected(Expected::Object, &v);
        };
        let mut out = Keyed::new();
        let mut ok = true;
        for (k, v) in o {
            let mark = r.mark();
            let t = T::read_owned(r, v);
            r.place_input_key(mark, &k);
            match t {
                Some(t) => {
                    out.insert(k, t);
                }
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
}

/// Reads a leaf type (a string: a date, an instant, a rule id, a name of an enum)
/// through its serde implementation, so each spelling is written once.
pub(crate) fn read_leaf<T: DeserializeOwned>(r: &mut Reader, v: &Value) -> Option<T> {
    let Value::String(s) = v else {
        return r.expected(Expected::String, v);
    };
    let text = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(s);
    match T::deserialize(text) {
        Ok(t) => Some(t),
        Err(e) => {
            let t = leaf_problem(s, &e.to_string());
            r.problem(t.zh, t.en);
            None
        }
    }
}

/// A name that is none of a leaf enum's, said in both languages with the names there
/// are (serde's "unknown variant `x`, expected one of `a`, `b`" is English, with Rust's
/// quoting).
#[inline(never)]
fn leaf_problem(written: &str, serde_message: &str) -> Text {
    let shown = crate::text::clipped(written, 40);
    let names: Vec<&str> = serde_message
        .split_once("expected one of ")
        .or_else(|| serde_message.split_once("expected "))
        .map(|(_, list)| {
            list.split(", ")
                .map(|n| n.trim_matches(|c| c == '`' || c == ' '))
                .filter(|n| !n.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if names.is_empty() {
        Text::new(
            format!("“{shown}”不是可用的取值"),
            format!("{shown:?} is not a value this field takes"),
        )
    } else {
        Text::new(
            format!("“{shown}”不是可用的取值(可填:{})", names.join("、")),
            format!(
                "{shown:?} is not a value this field takes (one of: {})",
                names.join(", ")
            ),
        )
    }
}

/// A key of the input as a problem's path shows it: at most 64 characters (a
/// 50 MB key is not repeated into a message), the cut marked with `…`.
fn shown_key(key: &str) -> String {
    const MAX: usize = 64;
    if key.chars().nth(MAX).is_none() {
        return key.to_owned();
    }
    key.chars().take(MAX).chain(std::iter::once('…')).collect()
}

/// [`FromJson`] for leaf types through their serde implementations.
macro_rules! leaf {
    ($($ty:ty),* $(,)?) => {$(
        impl $crate::json::FromJson for $ty {
            #[inline(never)]
            fn read(r: &mut $crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
                $crate::json::read_leaf(r, v)
            }
        }
    )*};
}
pub(crate) use leaf;

/// The keys a struct read by `read_struct!` takes, each with whether the reader
/// requires it: what the campaign file's JSON Schema is held equal to (its tests, and
/// the feature `schema`).
#[cfg(any(test, feature = "schema"))]
pub(crate) trait Keys {
    /// Every key the reader takes, in the order it reads them, and whether it is
    /// required (`req`; `opt` and `or_default` keys may be left out or `null`).
    const KEYS: &'static [(&'static str, bool)];
}

/// Whether a field read as `req`, `opt` or `or_default` is required.
#[cfg(any(test, feature = "schema"))]
macro_rules! required {
    (req) => {
        true
    };
    (opt) => {
        false
    };
    (or_default) => {
        false
    };
}
#[cfg(any(test, feature = "schema"))]
pub(crate) use required;

/// [`FromJson`] for a struct whose JSON keys are its field names, each read as
/// `req` (required), `opt` (an `Option`: absent or `null` is `None`) or `or_default`;
/// unknown keys are refused, except those listed in brackets after the type's name,
/// which are taken and ignored (a campaign file's `"$schema"`, which points an editor
/// at the schema). Also implements [`serde::Deserialize`] through a [`Value`], so the
/// type still reads with `serde_json::from_str`, and, for the tests and the feature
/// `schema`, `Keys` (the keys and which are required). The struct literal it builds
/// makes the compiler check that every field is listed, once.
macro_rules! read_struct {
    ($ty:ident $([$($ignored:literal),* $(,)?])? { $($field:ident: $how:ident),* $(,)? }) => {
        #[cfg(any(test, feature = "schema"))]
        impl $crate::json::Keys for $ty {
            const KEYS: &'static [(&'static str, bool)] = &[
                $($(($ignored, false),)*)?
                $((stringify!($field), $crate::json::required!($how))),*
            ];
        }
        impl $crate::json::FromJson for $ty {
            #[inline(never)]
            fn read(r: &mut $crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
                let o = r.object(v, Some(&[$($($ignored,)*)? $(stringify!($field)),*]))?;
                // One match over every field read: a single drop of what was read when
                // any failed (a `?` per field would need a drop path per field).
                match ($(r.$how(o, stringify!($field)),)*) {
                    ($(Some($field),)*) => Some($ty { $($field),* }),
                    _ => None,
                }
            }
        }
        $crate::json::deserialize_via_value!($ty);
    };
}
pub(crate) use read_struct;

/// [`serde::Deserialize`] through a [`Value`] (read by [`parse`]'s rules) and the
/// type's [`FromJson`].
macro_rules! deserialize_via_value {
    ($ty:ident) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let v = <$crate::json::Strict as serde::Deserialize>::deserialize(d)?.0;
                $crate::json::from_owned(v)
                    .map_err(|p| <D::Error as serde::de::Error>::custom($crate::json::list(&p)))
            }
        }
    };
}
pub(crate) use deserialize_via_value;

read_struct!(Text { zh: req, en: req });
leaf!(crate::rule::RuleId);

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::time::Window;

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let v = json!([{ "start": "2021-06-15T10:00", "end": "x" }, { "start": 1 }, 3]);
        let p = from_value::<Vec<Window>>(&v).unwrap_err();
        let paths: Vec<_> = p.iter().map(|p| p.path.to_string()).collect();
        assert_eq!(paths, ["[0].end", "[1].start", "[1].end", "[2]"]);
        assert_eq!(p[2].message.en, "missing field");
        assert_eq!(p[3].message.en, "expected an object, found a number");
        assert_eq!(p[3].message.zh, "应为对象,实为数字");
    }

    #[test]
    fn repeated_keys_are_refused_at_any_depth() {
        let e = parse("{\"a\": {\"b\": 1,\n \"b\": 2}}").unwrap_err();
        assert_eq!(e.line(), 2);
        assert!(e.to_string().contains("repeated key \"b\""), "{e}");
        let v = parse(r#"{"a": [1, -2, 2.5, "x", null, true, {}], "b": {"a": 1}}"#).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"a": [1, -2, 2.5, "x", null, true, {}], "b": {"a": 1}})
        );
        // serde's reading through a Value refuses them too.
        let e = serde_json::from_str::<Window>(
            r#"{"start":"2021-06-15T10:00","start":"2021-06-15T11:00","end":"2021-06-26"}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("repeated key"), "{e}");
    }

    #[test]
    fn numbers_are_range_checked() {
        let mut r = Reader::default();
        assert_eq!(u32::read(&mut r, &json!(4_294_967_295u64)), Some(u32::MAX));
        assert_eq!(u32::read(&mut r, &json!(4_294_967_296u64)), None);
        assert_eq!(u64::read(&mut r, &json!(-1)), None);
        assert_eq!(i32::read(&mut r, &json!(-5)), Some(-5));
        assert_eq!(i32::read(&mut r, &json!(1.5)), None);
        assert_eq!(r.problems.len(), 3);
        // 2^64 and up is too large, not "not a number" (issue 28: 应为非负整数,实为数字).
        let big: Value = serde_json::from_str("18446744073709551616").unwrap();
        assert_eq!(u64::read(&mut r, &big), None);
        assert_eq!(
            r.problems[3].message.zh,
            format!("数字过大(最大 {})", u64::MAX)
        );
    }

    #[test]
    fn serde_still_reads_the_structs() {
        let w: Window =
            serde_json::from_str(r#"{"start":"2021-06-15T10:00","end":"2021-06-26"}"#).unwrap();
        assert!(w.start < w.end);
        let e = serde_json::from_str::<Window>(r#"{"start":"2021-06-15T10:00"}"#).unwrap_err();
        assert!(e.to_string().contains("end: missing field"), "{e}");
    }
}
