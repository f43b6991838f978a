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
/// assert_eq!(fangfei::normalise_name(" 南街\u{3000}街道 "), "南街街道");
/// ```
pub fn normalise_name(name: &str) -> String {
    name.chars().filter_map(fold).collect()
}

/// The comparison form of a word a clerk writes for a name in a list (a channel, a
/// yes or no): white space removed, full-width ASCII folded to half-width, Latin
/// letters in lower case (`ＷｅＣｈａｔ`, ` wechat ` and `WeChat` are one word; Chinese
/// has no case).
pub(crate) fn fold_word(s: &str) -> String {
    s.chars()
        .filter_map(fold)
        .map(|c| c.to_ascii_lowercase())
        .collect()
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
/// arena: a participant id costs its bytes, a 12-byte head, its start and two table
/// slots — no allocation of its own, no second copy as a hash map's key.
///
/// A look-up reads a table slot, which says where the string's record starts in the
/// arena, and then the record: its number, its length and its bytes side by side. Two
/// scattered reads per look-up; with a separate list of where each string ends there
/// were three (a quarter of scoring 1M JSON Lines sheets was that look-up).
#[derive(Debug, Clone, Default)]
pub(crate) struct Interner {
    /// Every string's record, end to end: its number (u32, little-endian), its length
    /// in bytes (u64, little-endian), its bytes.
    arena: Vec<u8>,
    /// Where each string's record starts in `arena`, by number.
    starts: Vec<usize>,
    /// Open addressing (linear probing): each slot holds the high 24 bits of a
    /// string's hash and where its record starts (the low 40 bits, a terabyte of
    /// records: more than any machine holding them), or [`Interner::FREE`]. The hash
    /// is compared before the string is. The length is a power of two, at least twice
    /// the strings'.
    table: Vec<u64>,
}

/// A record's head: the string's number and its length.
const HEAD: usize = 4 + 8;
/// The slot's bits for a record's start.
const START_BITS: u32 = 40;
const START_MASK: u64 = (1 << START_BITS) - 1;

impl Interner {
    const FREE: u64 = u64::MAX;

    /// How many strings.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// The record starting at `at`: its number and its string's bytes.
    fn record(&self, at: usize) -> Option<(u32, &[u8])> {
        let head = self.arena.get(at..at.checked_add(HEAD)?)?;
        let (k, len) = head.split_at(4);
        let k = u32::from_le_bytes(k.try_into().ok()?);
        let len = usize::try_from(u64::from_le_bytes(len.try_into().ok()?)).ok()?;
        let from = at.checked_add(HEAD)?;
        Some((k, self.arena.get(from..from.checked_add(len)?)?))
    }

    /// String number `i`.
    pub(crate) fn get(&self, i: usize) -> Option<&str> {
        let (_, bytes) = self.record(*self.starts.get(i)?)?;
        std::str::from_utf8(bytes).ok()
    }

    /// Every string, by number.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Makes room for `additional` more strings.
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.starts.reserve(additional);
        self.grow_to(self.len().saturating_add(additional));
    }

    /// The number of `s`, if it is held.
    pub(crate) fn find(&self, s: &str) -> Option<u32> {
        self.probe(s, fnv(s.as_bytes())).ok()
    }

    /// The slot of a string with `hash` whose record starts at `at`.
    fn slot_of(hash: u64, at: usize) -> u64 {
        (hash >> START_BITS) << START_BITS | (at as u64 & START_MASK)
    }

    /// `s`'s number, or the free slot where it would go (the table has one: it is
    /// never more than half full).
    fn probe(&self, s: &str, hash: u64) -> Result<u32, usize> {
        let mask = self.table.len().saturating_sub(1);
        let high = hash >> START_BITS;
        let mut slot = (hash as usize) & mask;
        loop {
            match self.table.get(slot).copied() {
                Some(Self::FREE) | None => return Err(slot),
                Some(e) if e >> START_BITS == high => {
                    if let Some((k, bytes)) = self.record((e & START_MASK) as usize) {
                        if bytes == s.as_bytes() {
                            return Ok(k);
                        }
                    }
                }
                Some(_) => {}
            }
            slot = slot.wrapping_add(1) & mask;
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
        let at = self.arena.len();
        let mut head = [0u8; HEAD];
        let (number, len) = head.split_at_mut(4);
        number.copy_from_slice(&k.to_le_bytes());
        len.copy_from_slice(&(s.len() as u64).to_le_bytes());
        self.arena.reserve(HEAD.saturating_add(s.len()));
        self.arena.extend_from_slice(&head);
        self.arena.extend_from_slice(s.as_bytes());
        self.starts.push(at);
        if let Some(free) = self.table.get_mut(slot) {
            *free = Self::slot_of(hash, at);
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
        for &at in &self.starts {
            let Some((_, bytes)) = self.record(at) else {
                continue;
            };
            let hash = fnv(bytes);
            let mut slot = (hash as usize) & mask;
            while table.get(slot).is_some_and(|&t| t != Self::FREE) {
                slot = slot.wrapping_add(1) & mask;
            }
            if let Some(free) = table.get_mut(slot) {
                *free = Self::slot_of(hash, at);
            }
        }
        self.table = table;
    }
}

/// Two interners are equal when they hold the same strings by the same numbers,
/// however their tables grew.
impl PartialEq for Interner {
    fn eq(&self, other: &Self) -> bool {
        self.arena == other.arena
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
