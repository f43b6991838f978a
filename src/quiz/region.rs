//! The 32 teams: the 31 province-level divisions of the mainland and 新疆生产建设兵团.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A region (战队), by its stable key: the GB/T 2260 two-digit province code (`"11"`
/// for 北京市 … `"65"` for 新疆维吾尔自治区), and `"XPCC"` for 新疆生产建设兵团, which has
/// no GB/T 2260 province code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Region(u8);

/// (key, full name, short name); the XPCC last. Index = `Region.0`.
const REGIONS: [(&str, &str, &str); 32] = [
    ("11", "北京市", "北京"),
    ("12", "天津市", "天津"),
    ("13", "河北省", "河北"),
    ("14", "山西省", "山西"),
    ("15", "内蒙古自治区", "内蒙古"),
    ("21", "辽宁省", "辽宁"),
    ("22", "吉林省", "吉林"),
    ("23", "黑龙江省", "黑龙江"),
    ("31", "上海市", "上海"),
    ("32", "江苏省", "江苏"),
    ("33", "浙江省", "浙江"),
    ("34", "安徽省", "安徽"),
    ("35", "福建省", "福建"),
    ("36", "江西省", "江西"),
    ("37", "山东省", "山东"),
    ("41", "河南省", "河南"),
    ("42", "湖北省", "湖北"),
    ("43", "湖南省", "湖南"),
    ("44", "广东省", "广东"),
    ("45", "广西壮族自治区", "广西"),
    ("46", "海南省", "海南"),
    ("50", "重庆市", "重庆"),
    ("51", "四川省", "四川"),
    ("52", "贵州省", "贵州"),
    ("53", "云南省", "云南"),
    ("54", "西藏自治区", "西藏"),
    ("61", "陕西省", "陕西"),
    ("62", "甘肃省", "甘肃"),
    ("63", "青海省", "青海"),
    ("64", "宁夏回族自治区", "宁夏"),
    ("65", "新疆维吾尔自治区", "新疆"),
    ("XPCC", "新疆生产建设兵团", "兵团"),
];

/// The regions the quiz excludes (附件2 二(三): 不含港澳台地区), with their GB/T 2260
/// codes and names.
const EXCLUDED: [(&str, &str, &str); 3] = [
    ("81", "香港特别行政区", "香港"),
    ("82", "澳门特别行政区", "澳门"),
    ("71", "台湾省", "台湾"),
];

/// Why a region text is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegionError {
    /// Blank.
    Missing,
    /// 香港, 澳门 or 台湾: the quiz excludes them.
    Excluded(&'static str),
    /// No region by that name or code.
    Unknown,
}

/// Every key, full and short name → region, built once (one hash lookup per sheet
/// instead of 96 string comparisons).
fn names() -> &'static crate::util::FnvMap<&'static str, Region> {
    static NAMES: std::sync::OnceLock<crate::util::FnvMap<&'static str, Region>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut m = crate::util::FnvMap::default();
        for (r, (k, full, short)) in Region::all().zip(REGIONS) {
            m.insert(k, r);
            m.insert(full, r);
            m.insert(short, r);
        }
        m
    })
}

impl Region {
    /// Every region, in code order, the XPCC last.
    pub fn all() -> impl Iterator<Item = Region> {
        (0..32u8).map(Region)
    }

    /// Parses a full name (北京市, 广西壮族自治区), a short name (北京, 广西, 兵团), a
    /// GB/T 2260 code (`11`, `110000`) or the key `XPCC`.
    ///
    /// # Errors
    ///
    /// [`RegionError`]: blank, excluded (香港/澳门/台湾), or unknown.
    pub fn parse(text: &str) -> Result<Region, RegionError> {
        let t: std::borrow::Cow<'_, str> = if text.contains(char::is_whitespace) {
            text.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .into()
        } else {
            text.into()
        };
        if t.is_empty() {
            return Err(RegionError::Missing);
        }
        // A six-digit division code names its province by the first two digits.
        let key = if t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit()) && t.ends_with("0000") {
            t.get(..2).unwrap_or("")
        } else {
            &t
        };
        if let Some(r) = names().get(key) {
            return Ok(*r);
        }
        if key.eq_ignore_ascii_case("xpcc") {
            return Ok(Region(31));
        }
        if let Some((_, full, _)) = EXCLUDED.iter().find(|(k, full, short)| {
            *k == key || *full == key || *short == key || key.starts_with(short)
        }) {
            return Err(RegionError::Excluded(full));
        }
        Err(RegionError::Unknown)
    }

    fn row(self) -> (&'static str, &'static str, &'static str) {
        REGIONS
            .get(usize::from(self.0))
            .copied()
            .unwrap_or(("", "", ""))
    }

    /// The stable key: `"11"` … `"65"`, or `"XPCC"`.
    pub fn key(self) -> &'static str {
        self.row().0
    }

    /// The full name: 北京市, 新疆生产建设兵团.
    pub fn name(self) -> &'static str {
        self.row().1
    }

    /// The short name: 北京, 兵团.
    pub fn short_name(self) -> &'static str {
        self.row().2
    }

    /// A dense index 0..32, for arrays of per-team state.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The region of a dense index (the inverse of [`Region::index`]; only the low
    /// five bits are read, and there are 32 regions).
    pub(crate) fn from_index(i: usize) -> Region {
        Region((i & 31) as u8)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Region {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Region::parse(&s)
            .map_err(|e| serde::de::Error::custom(format!("{s:?} is no quiz region ({e:?})")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_two_teams() {
        assert_eq!(Region::all().count(), 32);
        for r in Region::all() {
            assert_eq!(Region::parse(r.key()), Ok(r));
            assert_eq!(Region::parse(r.name()), Ok(r));
            assert_eq!(Region::parse(r.short_name()), Ok(r));
        }
        assert_eq!(Region::parse("110000").map(Region::name), Ok("北京市"));
        assert_eq!(Region::parse("xpcc").map(Region::short_name), Ok("兵团"));
        assert_eq!(
            Region::parse("香港"),
            Err(RegionError::Excluded("香港特别行政区"))
        );
        assert_eq!(
            Region::parse("台湾省"),
            Err(RegionError::Excluded("台湾省"))
        );
        assert_eq!(
            Region::parse("82"),
            Err(RegionError::Excluded("澳门特别行政区"))
        );
        assert_eq!(Region::parse("火星"), Err(RegionError::Unknown));
    }
}
