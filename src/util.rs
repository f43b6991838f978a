//! Small utilities of the ground floor, used by every rule family: a fast hash map for
//! short names, the duplicate-name set, full-width folding and unit-name comparison.
//! Nothing here knows of campaigns or rules.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: unit names are short, and SipHash's flood resistance buys nothing for a
/// campaign's own roster (it was 15% of a 100,000-row table check).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A hash set with [`Fnv`].
pub(crate) type FnvSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;

/// Names seen so far and where each was first seen: the one set type behind every
/// duplicate check (one hash map instead of a B-tree per key type in the browser
/// build; linear in a hostile file's length).
#[derive(Default)]
pub(crate) struct Seen(FnvMap<String, String>);

impl Seen {
    /// Records `key`, first seen `at`; the place it was first seen when it is a repeat.
    pub(crate) fn repeat(&mut self, key: &str, at: &str) -> Option<&str> {
        use std::collections::hash_map::Entry;
        match self.0.entry(key.to_owned()) {
            Entry::Occupied(e) => Some(e.into_mut().as_str()),
            Entry::Vacant(e) => {
                e.insert(at.to_owned());
                None
            }
        }
    }

    /// Records `key`; whether it is new.
    pub(crate) fn insert(&mut self, key: &str) -> bool {
        self.repeat(key, "").is_none()
    }
}

/// Full-width ASCII (`！` … `～`, so `０`-`９`, `，`, `Ａ`) folded to half-width; any
/// other character as it is. The one folding behind unit names, Annex 3 cells and
/// phone numbers.
pub(crate) fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c).wrapping_sub(0xFEE0)).unwrap_or(c),
        _ => c,
    }
}

/// The comparison form of a character (see [`normalise_name`]); `None` for white space.
pub(crate) fn fold(c: char) -> Option<char> {
    (!c.is_whitespace()).then(|| half_width(c))
}

/// The comparison form of a unit name: white space (also the ideographic space)
/// removed and full-width ASCII folded to half-width, so `“ 南街 街道”` and `南街街道`
/// are one name.
///
/// ```
/// assert_eq!(fangfei::unit::normalise_name(" 南街\u{3000}街道 "), "南街街道");
/// ```
pub fn normalise_name(name: &str) -> String {
    name.chars().filter_map(fold).collect()
}

/// Whether two names are the same after [`normalise_name`], without allocating.
pub fn same_name(a: &str, b: &str) -> bool {
    a.chars().filter_map(fold).eq(b.chars().filter_map(fold))
}
