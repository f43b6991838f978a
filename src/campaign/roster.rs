//! The roster: the campaign's reporting units and their names (rule **UNITS**),
//! resolved through aliases and full forms, with suggestions for a name not on it.

use serde::Serialize;

use super::{refused, Campaign, CampaignError, UnitDef, MAX_CAMPAIGN_JSON};
use crate::error::{InputError, Problem};
use crate::json::{self, read_struct};
use crate::path::{Path, Segment};
use crate::rule::RuleId;
use crate::text::Text;
use crate::util::{fold, normalise_name, same_name, Interner};

/// A roster given apart from the campaign (a units file): the units, as a campaign's
/// `units` lists them, and where the list comes from — its source, or that it is
/// synthetic. A plan that names its units by kind only (各成员单位, 各乡镇(街道)) leaves
/// its roster to such a file, merged on load by [`Campaign::with_units`].
///
/// ```
/// use fangfei::campaign::UnitsFile;
/// let file = UnitsFile::from_json(r#"{"source": "synthetic: 测试用", "units": [
///   {"name": "示例镇", "roles": ["town_street"]}]}"#).unwrap();
/// let c = fangfei::Campaign::embedded().clone().with_units(file).unwrap();
/// assert!(c.resolve_unit("示例镇").is_some());
/// assert!(c.roster_source.ends_with("synthetic: 测试用"));
/// // A unit of a role the campaign does not declare is refused at the file's path.
/// let bad = UnitsFile::from_json(r#"{"source": "synthetic", "units": [
///   {"name": "示例镇", "roles": ["no_such_role"]}]}"#).unwrap();
/// let err = fangfei::Campaign::embedded().clone().with_units(bad).unwrap_err();
/// assert_eq!(err.problems()[0].path.to_string(), "units[0].roles[0]");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnitsFile {
    /// Where the list comes from (a source's title and address, or `synthetic` and
    /// why): required, so that a roster no source gives is never taken for one.
    pub source: String,
    /// The units.
    pub units: Vec<UnitDef>,
}

read_struct!(UnitsFile {
    source: req,
    units: req,
});

/// `单位名单` / `units file`: what a units file's errors name.
fn units_refused(problems: Vec<Problem>) -> InputError {
    InputError::new(
        RuleId::CAMPAIGN,
        Text::new("单位名单", "units file"),
        problems,
    )
}

impl UnitsFile {
    /// Reads a units file: `{"source": "…", "units": [{"name": …, "roles": […]}, …]}`.
    ///
    /// # Errors
    ///
    /// An [`InputError`] of code `CAMPAIGN`: text that is not JSON (or over
    /// [`MAX_CAMPAIGN_JSON`]), or every problem of its shape at its path
    /// (`units[3].roles`), a blank `source` among them. Whether its roles are the
    /// campaign's is for [`Campaign::with_units`].
    pub fn from_json(json: &str) -> Result<UnitsFile, CampaignError> {
        if json.len() > MAX_CAMPAIGN_JSON {
            return Err(units_refused(vec![Problem::too_large(
                json.len(),
                MAX_CAMPAIGN_JSON,
            )]));
        }
        let v = json::parse(json).map_err(|e| units_refused(vec![Problem::not_json(&e)]))?;
        let blank = Problem {
            path: Path::key("source"),
            message: Text::new(
                "须写明名单的来源,或注明为合成(synthetic)",
                "must say where the list comes from, or that it is synthetic",
            ),
        };
        let source_blank = v
            .get("source")
            .and_then(serde_json::Value::as_str)
            .is_some_and(|s| s.trim().is_empty());
        match json::from_value::<UnitsFile>(&v) {
            Ok(file) if !source_blank => Ok(file),
            Ok(_) => Err(units_refused(vec![blank])),
            Err(mut problems) => {
                if source_blank {
                    problems.insert(0, blank);
                }
                Err(units_refused(problems))
            }
        }
    }
}

impl Campaign {
    /// This campaign with the units of a units file added to its roster (after its
    /// own), re-checked; the file's source is added to [`Campaign::roster_source`].
    ///
    /// # Errors
    ///
    /// An [`InputError`] of code `CAMPAIGN` naming the units file, with every problem
    /// of its units at the file's own paths (`units[2].roles[0]`: a role the campaign
    /// does not declare; `units[0].name`: a name already on the campaign's roster or
    /// earlier in the file), and any problem of the campaign itself.
    pub fn with_units(mut self, file: UnitsFile) -> Result<Campaign, CampaignError> {
        let from = self.units.len();
        self.units.extend(file.units);
        let mut problems = self.units_problems_from(from);
        // The rest of the campaign as it was (a roster changes nothing else): its own
        // problems, if it was built unsound, at its own paths.
        problems.extend(self.check().into_iter().filter(|p| {
            !matches!(p.path.segments(), [Segment::Key(k), Segment::Index(i), ..] if k == "units" && *i >= from)
        }));
        if !problems.is_empty() {
            return Err(
                if problems.iter().all(|p| p.path.first_key() == Some("units")) {
                    units_refused(problems)
                } else {
                    refused(problems)
                },
            );
        }
        let source = file.source.trim();
        if self.roster_source.is_empty() {
            self.roster_source = source.to_owned();
        } else {
            self.roster_source = format!("{}\n{source}", self.roster_source);
        }
        Ok(self)
    }
}

/// An index of the campaign's unit names and aliases, for resolving many names (a
/// table of rows, an audit) in constant time each.
#[derive(Debug, Clone)]
pub struct Roster<'a> {
    campaign: &'a Campaign,
    /// Every name and alias, normalised, numbered as first met in the campaign's
    /// order (kept end to end in one arena: a 100,000-unit roster is looked up with one
    /// scattered read, not three).
    names: Interner,
    /// The unit each name is of (a name two units share is the first one's).
    unit_of: Vec<usize>,
}

impl<'a> Roster<'a> {
    /// The unit a written name means; see [`Campaign::resolve_unit`].
    pub fn resolve(&self, written: &str) -> Option<&'a UnitDef> {
        self.campaign.units.get(self.resolve_index(written)?)
    }

    /// The index in the campaign's `units` of the unit a written name means.
    pub fn resolve_index(&self, written: &str) -> Option<usize> {
        let unit = |name: &str| {
            let k = self.names.find(name)?;
            self.unit_of.get(usize::try_from(k).ok()?).copied()
        };
        unit(written)
            .or_else(|| unit(&normalise_name(written)))
            .or_else(|| {
                full_forms(self.campaign, written)
                    .iter()
                    .find_map(|f| unit(&normalise_name(f)))
            })
    }

    /// The campaign indexed.
    pub fn campaign(&self) -> &'a Campaign {
        self.campaign
    }
}

impl Campaign {
    /// The unit a written name means (its name or an alias, after
    /// [`normalise_name`]); `None` for a name the campaign does not know. For many
    /// names, build a [`Roster`] once.
    pub fn resolve_unit(&self, written: &str) -> Option<&UnitDef> {
        let known = |w: &str| {
            self.units.iter().find(|u| {
                std::iter::once(&u.name)
                    .chain(&u.aliases)
                    .any(|n| same_name(n, w))
            })
        };
        known(written).or_else(|| full_forms(self, written).iter().find_map(|f| known(f)))
    }

    /// An index of every unit name and alias (see [`Roster`]).
    pub fn roster(&self) -> Roster<'_> {
        let (mut names, mut unit_of) = (Interner::default(), Vec::new());
        for (i, u) in self.units.iter().enumerate() {
            for n in std::iter::once(&u.name).chain(&u.aliases) {
                if names.intern(&normalise_name(n)) as usize == unit_of.len() {
                    unit_of.push(i);
                }
            }
        }
        Roster {
            campaign: self,
            names,
            unit_of,
        }
    }

    /// Up to `n` known unit names closest to `written` (by edit distance over
    /// characters), for "did you mean" messages. Only reasonably close names are
    /// offered: at most half the written name's length away.
    pub fn suggest_units(&self, written: &str, n: usize) -> Vec<&str> {
        let key: Vec<char> = written.chars().filter_map(fold).collect();
        let limit = key.len().max(2) / 2;
        // The written name's characters, sorted: a name's characters found nowhere in it
        // each cost an edit, which rules most names out before they are compared.
        let mut letters = key.clone();
        letters.sort_unstable();
        let mut buf: Vec<char> = Vec::new();
        let mut row: Vec<usize> = Vec::new();
        let mut scored: Vec<(usize, &str)> = Vec::new();
        for u in &self.units {
            let mut best = usize::MAX;
            for name in std::iter::once(&u.name).chain(&u.aliases) {
                buf.clear();
                buf.extend(name.chars().filter_map(fold));
                // Lengths alone rule most names out.
                if buf.len().abs_diff(key.len()) > limit {
                    continue;
                }
                let bound = limit.min(best);
                let foreign = buf
                    .iter()
                    .filter(|c| letters.binary_search(c).is_err())
                    .count();
                if foreign > bound {
                    continue;
                }
                best = best.min(edit_distance_within(&key, &buf, bound, &mut row));
            }
            if best <= limit {
                scored.push((best, u.name.as_str()));
            }
        }
        scored.sort();
        scored.into_iter().take(n).map(|(_, name)| name).collect()
    }
}

/// The short names an official full name stands for (UNITS): a town's government
/// (`万元店镇人民政府`) or a street's office (`南街街道办事处`) is the town or street; the
/// city's name before a unit (`凌源市公安局`) is read as its level — `市` for a city,
/// `区` for a district (`周村区公安分局` is `区公安分局`), `县` for a county — or left out
/// (`凌源市南街街道`). Empty when `written` has none of these forms.
fn full_forms(campaign: &Campaign, written: &str) -> Vec<String> {
    let w = written.trim();
    let mut bases = vec![w];
    for (suffix, of) in [("人民政府", &["镇", "乡"][..]), ("办事处", &["街道"][..])] {
        if let Some(rest) = w.strip_suffix(suffix) {
            if of.iter().any(|o| rest.ends_with(o)) {
                bases.push(rest);
            }
        }
    }
    let mut out = Vec::new();
    let city = campaign.city.as_str();
    // The level a unit's short name begins with: the city's own last character when
    // it is one (市, 区, 县, 旗), else 市.
    let level = city
        .chars()
        .last()
        .filter(|c| matches!(c, '市' | '区' | '县' | '旗'))
        .unwrap_or('市');
    for b in bases {
        match b.strip_prefix(city).filter(|_| !city.is_empty()) {
            Some(rest) => {
                out.push(format!("{level}{rest}"));
                out.push(rest.to_owned());
            }
            None if b != w => out.push(b.to_owned()),
            None => {}
        }
    }
    out
}

/// Levenshtein distance over characters, with one reusable row.
/// The edit distance of `a` and `b` when it is at most `bound`, else a number over
/// `bound`: the rows' smallest value never falls, so once a row's is over `bound` the rest is not worked
/// out. Every name off the roster is compared with every roster name (issue 28, class
/// 8: a third of the time of 1,000,000 rows of distinct units off the roster went into
/// full comparisons with names far away).
fn edit_distance_within(a: &[char], b: &[char], bound: usize, row: &mut Vec<usize>) -> usize {
    row.clear();
    row.extend(0..=b.len());
    for (i, ca) in a.iter().enumerate() {
        let mut diag = i;
        let mut least = i.saturating_add(1);
        if let Some(first) = row.first_mut() {
            *first = least;
        }
        for (j, cb) in b.iter().enumerate() {
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let Some(up_slot) = row.get_mut(j.saturating_add(1)) else {
                break;
            };
            let up = *up_slot;
            let v = diag
                .saturating_add(usize::from(ca != cb))
                .min(up.saturating_add(1))
                .min(left.saturating_add(1));
            *up_slot = v;
            least = least.min(v);
            diag = up;
        }
        if least > bound {
            return bound.saturating_add(1);
        }
    }
    row.last().copied().unwrap_or(0)
}

/// The full edit distance, against which the bounded one is tested.
#[cfg(test)]
fn edit_distance(a: &[char], b: &[char], row: &mut Vec<usize>) -> usize {
    row.clear();
    row.extend(0..=b.len());
    for (i, ca) in a.iter().enumerate() {
        let mut diag = i;
        if let Some(first) = row.first_mut() {
            *first = i.saturating_add(1);
        }
        for (j, cb) in b.iter().enumerate() {
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let Some(up_slot) = row.get_mut(j.saturating_add(1)) else {
                break;
            };
            let up = *up_slot;
            let v = diag
                .saturating_add(usize::from(ca != cb))
                .min(up.saturating_add(1))
                .min(left.saturating_add(1));
            *up_slot = v;
            diag = up;
        }
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
        // Official full forms (UNITS).
        let roster = c.roster();
        for (full, unit) in [
            ("凌源市公安局", "市公安局"),
            ("南街街道办事处", "南街街道"),
            ("万元店镇人民政府", "万元店镇"),
            ("市市场监督管理局", "市市场监管局"),
            ("凌源市南街街道办事处", "南街街道"),
            ("凌源市三家子蒙古族乡人民政府", "三家子蒙古族乡"),
            ("城关街道办事处", "城关镇街道"),
        ] {
            assert_eq!(
                c.resolve_unit(full).map(|u| u.name.as_str()),
                Some(unit),
                "{full}"
            );
            assert_eq!(
                roster.resolve(full).map(|u| u.name.as_str()),
                Some(unit),
                "{full}"
            );
        }
        for not_a_form in ["公安局人民政府", "凌源市", "南街办事处人民政府"] {
            assert_eq!(c.resolve_unit(not_a_form), None, "{not_a_form}");
        }
        // The whole roster: 24 member units and the 27 towns and streets.
        let towns = c.units.iter().filter(|u| u.has("town_street"));
        assert_eq!(towns.count(), 27);
    }

    #[test]
    fn a_districts_full_names_are_read_as_its_level() {
        let mut c = Campaign::embedded().clone();
        c.city = "某某区".into();
        c.units[0].name = "区公安分局".into();
        assert_eq!(
            c.resolve_unit("某某区公安分局").map(|u| u.name.as_str()),
            Some("区公安分局")
        );
        assert_eq!(c.resolve_unit("某某市公安分局"), None);
        c.city = "某某县".into();
        c.units[0].name = "县公安局".into();
        assert_eq!(
            c.roster().resolve("某某县公安局").map(|u| u.name.as_str()),
            Some("县公安局")
        );
    }

    #[test]
    fn distance() {
        let d = |a: &str, b: &str| {
            edit_distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
                &mut Vec::new(),
            )
        };
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("kitten", "sitting"), 3);
        assert_eq!(d("市交通部", "市交通局"), 1);
    }

    /// The suggestions, with names ruled out early, are those of comparing every name
    /// in full.
    #[test]
    fn suggestions_are_those_of_full_comparison() {
        let c = Campaign::embedded();
        let full = |written: &str, n: usize| -> Vec<String> {
            let key: Vec<char> = written.chars().filter_map(fold).collect();
            let limit = key.len().max(2) / 2;
            let mut scored: Vec<(usize, String)> = c
                .units
                .iter()
                .filter_map(|u| {
                    let best = std::iter::once(&u.name)
                        .chain(&u.aliases)
                        .map(|name| {
                            let b: Vec<char> = name.chars().filter_map(fold).collect();
                            edit_distance(&key, &b, &mut Vec::new())
                        })
                        .min()?;
                    (best <= limit).then(|| (best, u.name.clone()))
                })
                .collect();
            scored.sort();
            scored.into_iter().take(n).map(|(_, n)| n).collect()
        };
        let mut written: Vec<String> = c.units.iter().map(|u| format!("{}x", u.name)).collect();
        written.extend(
            [
                "市教育",
                "教育局",
                "南街道",
                "市公安分局",
                "名单外单位123",
                "x",
                "",
                "市交通部",
                "城关镇",
                "市财政局局",
                "人民银行",
                "凌源市南街街道办",
            ]
            .map(String::from),
        );
        for w in written {
            assert_eq!(c.suggest_units(&w, 3), full(&w, 3), "{w}");
        }
    }

    /// The bounded distance is the distance when within the bound, and over the bound
    /// otherwise, for every pair of a set of names near and far.
    #[test]
    fn bounded_distance_agrees_with_the_full_one() {
        let names = [
            "",
            "a",
            "ab",
            "kitten",
            "sitting",
            "市交通局",
            "市交通运输局",
            "名单外单位12345",
            "南街街道",
            "城关街道",
            "凌源市公安局",
            "x",
        ];
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        for a in names {
            for b in names {
                let full = edit_distance(&chars(a), &chars(b), &mut Vec::new());
                for bound in 0..10 {
                    let within = edit_distance_within(&chars(a), &chars(b), bound, &mut Vec::new());
                    if full <= bound {
                        assert_eq!(within, full, "{a} / {b} within {bound}");
                    } else {
                        assert!(within > bound, "{a} / {b} within {bound}: {within}");
                    }
                }
            }
        }
    }
}
