//! Reporting units and their names (rule **UNITS**).
//!
//! A reporting unit is a town/street or a member unit of the leading group. Variant
//! names of one unit (市文广局 / 市文广新局, 市交通局 / 市交通运输局, 市综合执法局 /
//! 市城市综合执法局, 人民银行凌源支行 / 市人民银行) are aliases in the campaign data and
//! resolve to the one unit.
//!
//! ```
//! let c = fangfei::Campaign::embedded();
//! assert_eq!(c.resolve_unit("市文广局").unwrap().name, c.resolve_unit(" 市文广新局 ").unwrap().name);
//! assert!(c.resolve_unit("市气象局").is_none());
//! assert_eq!(c.suggest_units("市交通部", 1), vec!["市交通局"]);
//! ```

use crate::campaign::{Campaign, UnitDef};

/// The comparison form of a unit name: white space (also the ideographic space)
/// removed and full-width ASCII folded to half-width, so `“ 南街 街道”` and `南街街道`
/// are one name.
pub fn normalise_name(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            // Full-width ASCII block (！ … ～) to ASCII.
            '\u{FF01}'..='\u{FF5E}' => {
                char::from_u32(u32::from(c).wrapping_sub(0xFEE0)).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

impl Campaign {
    /// The unit a written name means (its name or an alias, after
    /// [`normalise_name`]); `None` for a name the campaign does not know.
    pub fn resolve_unit(&self, written: &str) -> Option<&UnitDef> {
        let key = normalise_name(written);
        self.units.iter().find(|u| {
            std::iter::once(&u.name)
                .chain(&u.aliases)
                .any(|n| normalise_name(n) == key)
        })
    }

    /// Up to `n` known unit names closest to `written` (by edit distance over
    /// characters), for "did you mean" messages. Only reasonably close names are offered.
    pub fn suggest_units(&self, written: &str, n: usize) -> Vec<&str> {
        let key: Vec<char> = normalise_name(written).chars().collect();
        let mut scored: Vec<(usize, &str)> = self
            .units
            .iter()
            .filter_map(|u| {
                let best = std::iter::once(&u.name)
                    .chain(&u.aliases)
                    .map(|name| {
                        edit_distance(&key, &normalise_name(name).chars().collect::<Vec<_>>())
                    })
                    .min()?;
                // Closer than half the written name: a guess, not noise.
                (best.saturating_mul(2) <= key.len().max(2)).then_some((best, u.name.as_str()))
            })
            .collect();
        scored.sort();
        scored.into_iter().take(n).map(|(_, name)| name).collect()
    }
}

/// Levenshtein distance over characters (names are a handful of characters long).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diag = i;
        let mut left = i.saturating_add(1);
        let mut next = Vec::with_capacity(row.len());
        next.push(left);
        for (j, cb) in b.iter().enumerate() {
            let up = row.get(j.saturating_add(1)).copied().unwrap_or(usize::MAX);
            let cost = usize::from(ca != cb);
            let v = diag
                .saturating_add(cost)
                .min(up.saturating_add(1))
                .min(left.saturating_add(1));
            next.push(v);
            diag = up;
            left = v;
        }
        row = next;
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_resolve_to_one_unit() {
        let c = Campaign::embedded();
        for (a, b) in [
            ("市文广局", "市文广新局"),
            ("市交通局", "市交通运输局"),
            ("市综合执法局", "市城市综合执法局"),
            ("人民银行凌源支行", "市人民银行"),
            ("城关镇街道", "城关街道"),
            ("教育局", "市教育局"),
        ] {
            let (ua, ub) = (c.resolve_unit(a), c.resolve_unit(b));
            assert!(ua.is_some(), "{a} unknown");
            assert_eq!(ua, ub, "{a} / {b}");
        }
        assert_eq!(
            c.resolve_unit("南街　街道").map(|u| u.name.as_str()),
            Some("南街街道")
        );
    }

    #[test]
    fn distance() {
        let d = |a: &str, b: &str| {
            edit_distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
            )
        };
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("kitten", "sitting"), 3);
        assert_eq!(d("市交通部", "市交通局"), 1);
    }
}
