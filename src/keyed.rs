//! [`Keyed`]: the small maps of campaigns and records — a list's fields, the clauses,
//! a record's lists, figures and flags — as one vector of pairs in key order.
//!
//! These maps hold a handful of entries, are built once and read by key. A
//! `BTreeMap` would do, but each of its key and value types brings its own copy of
//! the tree's code into the browser build (about 4 KB a pair of types, six pairs);
//! a sorted vector's is a binary search and a `Vec::insert` (BENCHMARKS.md).

use std::borrow::Borrow;
use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// A map of a few entries, in key order: looked up by binary search, written and
/// read in JSON as an object.
///
/// ```
/// use fangfei::Keyed;
/// let mut m: Keyed<String, u64> = [("b".to_owned(), 2), ("a".to_owned(), 1)].into();
/// assert_eq!(m.get("a"), Some(&1));
/// assert_eq!(m.insert("a".to_owned(), 3), Some(1));
/// assert_eq!(m.keys().map(String::as_str).collect::<Vec<_>>(), ["a", "b"]);
/// assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"a":3,"b":2}"#);
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Keyed<K, V>(Vec<(K, V)>);

impl<K, V> Keyed<K, V> {
    /// No entries.
    pub const fn new() -> Self {
        Keyed(Vec::new())
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries, in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k)
    }

    /// The values, in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.0.iter().map(|(_, v)| v)
    }

    /// The first entry (the least key).
    pub fn first(&self) -> Option<(&K, &V)> {
        self.0.first().map(|(k, v)| (k, v))
    }
}

impl<K: Ord, V> Keyed<K, V> {
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value of `key`.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let i = self.find(key).ok()?;
        self.0.get(i).map(|(_, v)| v)
    }

    /// The value of `key`, to change.
    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let i = self.find(key).ok()?;
        self.0.get_mut(i).map(|(_, v)| v)
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Sets `key` to `value`; the value it had.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => self.0.get_mut(i).map(|(_, v)| std::mem::replace(v, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }
}

impl<K: Ord, V: Default> Keyed<K, V> {
    /// The value of `key`, its type's default put in first when it has none.
    // `i` is an entry's index: found, or the place it was inserted at just now.
    #[allow(clippy::indexing_slicing)]
    pub fn get_or_default(&mut self, key: K) -> &mut V {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key, V::default()));
                i
            }
        };
        &mut self.0[i].1
    }
}

impl<K, V> Default for Keyed<K, V> {
    fn default() -> Self {
        Keyed::new()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Keyed<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for Keyed<K, V> {
    /// The pairs, in key order; of a key given twice, the later value.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut m = Keyed::new();
        for (k, v) in pairs {
            m.insert(k, v);
        }
        m
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for Keyed<K, V> {
    fn from(pairs: [(K, V); N]) -> Self {
        pairs.into_iter().collect()
    }
}

impl<K, V> IntoIterator for Keyed<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a Keyed<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Serialize, V: Serialize> Serialize for Keyed<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(feature = "schema")]
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for Keyed<K, V> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::schema_name()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::json_schema(g)
    }
    fn inline_schema() -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::Keyed;

    #[test]
    fn entries_stay_in_key_order_and_unique() {
        let mut m: Keyed<u32, &str> = [(3, "c"), (1, "a"), (3, "C")].into();
        assert_eq!(m.iter().collect::<Vec<_>>(), [(&1, &"a"), (&3, &"C")]);
        assert_eq!(m.insert(2, "B"), None);
        *m.get_or_default(9) = "Z";
        assert_eq!(*m.get_or_default(3), "C");
        assert_eq!(
            m.values().copied().collect::<Vec<_>>(),
            ["a", "B", "C", "Z"]
        );
        assert!(m.contains_key(&2) && !m.contains_key(&4));
        assert_eq!(m.get_mut(&1).map(|v| std::mem::replace(v, "A")), Some("a"));
        assert_eq!(m.first(), Some((&1, &"A")));
        assert_eq!(format!("{m:?}"), r#"{1: "A", 2: "B", 3: "C", 9: "Z"}"#);
    }
}
