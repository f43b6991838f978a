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

/// The FNV-1a hash of `bytes` (see [`Fnv`]).
fn fnv(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.write(bytes);
    h.finish()
}

/// Strings numbered densely in the order first met, kept once, end to end in one
/// arena: a participant id costs its bytes, its end offset and two table slots — no
/// allocation of its own, no second copy as a hash map's key.
#[derive(Debug, Clone, Default)]
pub(crate) struct Interner {
    /// Every string, end to end.
    text: String,
    /// Where each string ends in `text`.
    ends: Vec<usize>,
    /// Open addressing (linear probing): each slot holds a string's hash (high 32
    /// bits) and number (low 32 bits), or [`Interner::FREE`]. The hash is compared
    /// before the string is. The length is a power of two, at least twice the strings'.
    table: Vec<u64>,
}

impl Interner {
    const FREE: u64 = u64::MAX;

    /// How many strings.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// String number `i`.
    pub(crate) fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = i
            .checked_sub(1)
            .map_or(0, |j| self.ends.get(j).copied().unwrap_or(0));
        self.text.get(start..end)
    }

    /// Every string, by number.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Makes room for `additional` more strings.
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.ends.reserve(additional);
        self.grow_to(self.len().saturating_add(additional));
    }

    /// The number of `s`, if it is held.
    pub(crate) fn find(&self, s: &str) -> Option<u32> {
        self.probe(s, fnv(s.as_bytes())).ok()
    }

    /// `s`'s number, or the free slot where it would go (the table has one: it is
    /// never more than half full).
    fn probe(&self, s: &str, hash: u64) -> Result<u32, usize> {
        let mask = self.table.len().saturating_sub(1);
        let high = hash >> 32;
        let mut slot = (hash as usize) & mask;
        loop {
            match self.table.get(slot).copied() {
                Some(Self::FREE) | None => return Err(slot),
                Some(e) if e >> 32 == high && self.get((e & 0xFFFF_FFFF) as usize) == Some(s) => {
                    return Ok((e & 0xFFFF_FFFF) as u32)
                }
                Some(_) => slot = slot.wrapping_add(1) & mask,
            }
        }
    }

    /// The number of `s`, given it if new.
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        if self.table.len() < self.len().saturating_add(1).saturating_mul(2) {
            self.grow_to(self.len().saturating_add(1));
        }
        let hash = fnv(s.as_bytes());
        let slot = match self.probe(s, hash) {
            Ok(k) => return k,
            Err(slot) => slot,
        };
        let k = u32::try_from(self.len()).unwrap_or(u32::MAX);
        self.text.push_str(s);
        self.ends.push(self.text.len());
        if let Some(free) = self.table.get_mut(slot) {
            *free = (hash >> 32) << 32 | u64::from(k);
        }
        k
    }

    /// Makes the table hold `n` strings at most half full, rehashing what it holds.
    fn grow_to(&mut self, n: usize) {
        let want = n.saturating_mul(2).max(16).next_power_of_two();
        if self.table.len() >= want {
            return;
        }
        let mut table = vec![Self::FREE; want];
        let mask = want.saturating_sub(1);
        for (k, s) in self.iter().enumerate() {
            let hash = fnv(s.as_bytes());
            let mut slot = (hash as usize) & mask;
            while table.get(slot).is_some_and(|&t| t != Self::FREE) {
                slot = slot.wrapping_add(1) & mask;
            }
            if let Some(free) = table.get_mut(slot) {
                *free = (hash >> 32) << 32 | (k as u64 & 0xFFFF_FFFF);
            }
        }
        self.table = table;
    }
}

/// Two interners are equal when they hold the same strings by the same numbers,
/// however their tables grew.
impl PartialEq for Interner {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text && self.ends == other.ends
    }
}

impl Eq for Interner {}

#[cfg(test)]
mod tests {
    use super::Interner;

    #[test]
    fn interner_numbers_densely_and_finds_again() {
        let mut a = Interner::default();
        let ids: Vec<String> = (0..10_000).map(|i| format!("wx{i:06}")).collect();
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(a.intern(id) as usize, i);
        }
        // Again: the same numbers, nothing added; "" is a string like any other.
        for (i, id) in ids.iter().enumerate().rev() {
            assert_eq!(a.intern(id) as usize, i);
            assert_eq!(a.find(id), Some(i as u32));
            assert_eq!(a.get(i), Some(id.as_str()));
        }
        assert_eq!(a.len(), 10_000);
        assert_eq!(a.find("wx999999"), None);
        assert_eq!(a.intern(""), 10_000);
        assert_eq!(a.find(""), Some(10_000));
        assert_eq!(a.get(10_001), None);
        // Grown another way (reserved at once), the same strings by the same numbers.
        let mut b = Interner::default();
        b.reserve(20_000);
        for id in &ids {
            b.intern(id);
        }
        b.intern("");
        assert_eq!(a, b);
        assert!(a.iter().eq(b.iter()));
        assert_eq!(Interner::default().find("x"), None);
    }
}
