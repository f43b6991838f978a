//! Registration (附件2 二(三)): name, region, optional mobile number and work unit.
//!
//! Phone numbers and names are personal data: [`Phone`]'s `Display` and `Debug` show
//! `138****5678`, [`Participant`]'s and [`Registration`]'s `Debug` mask the name and the
//! number, and every message about them uses the masked forms.

use std::fmt;

use serde::Serialize;

use super::region::{Region, RegionError};
use crate::report::{Finding, Outcome, Severity, Text};
use crate::rule::RuleId;

/// Longest name or work unit accepted, in characters.
pub const MAX_NAME_CHARS: usize = 64;

/// A mainland mobile number, normalised to its 11 digits.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Phone(String);

impl Phone {
    /// Parses a mainland mobile number: 11 digits `1[3-9]…`, with an optional `+86` /
    /// `86` / `0086` prefix; spaces and hyphens are ignored.
    ///
    /// ```
    /// use fangfei::quiz::Phone;
    /// let p = Phone::parse("+86 138-1234-5678").unwrap();
    /// assert_eq!(p.to_string(), "138****5678");
    /// assert_eq!(p.digits(), "13812345678");
    /// assert!(Phone::parse("12812345678").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Phone> {
        let mut d: String = String::with_capacity(16);
        for (i, c) in text.trim().chars().enumerate() {
            match c {
                '0'..='9' => d.push(c),
                '０'..='９' => d.push(crate::util::half_width(c)),
                ' ' | '-' | '\u{3000}' | '－' => {}
                '+' if i == 0 => {}
                _ => return None,
            }
            if d.len() > 16 {
                return None;
            }
        }
        let core = if d.len() == 15 && d.starts_with("0086") {
            d.get(4..)?
        } else if d.len() == 13 && d.starts_with("86") {
            d.get(2..)?
        } else {
            d.as_str()
        };
        let b = core.as_bytes();
        (b.len() == 11
            && b.first() == Some(&b'1')
            && b.get(1).is_some_and(|c| (b'3'..=b'9').contains(c)))
        .then(|| Phone(core.to_owned()))
    }

    /// The 11 digits, unmasked: only for a caller that is allowed to see them.
    pub fn digits(&self) -> &str {
        &self.0
    }
}

/// Masks all but the first three and last four characters (`138****5678`); a text
/// of eight characters or fewer keeps only its first.
pub fn mask(text: &str) -> String {
    crate::text::mask(text)
}

/// Any text from a personal field that is no valid value of it (a name typed into the
/// phone field): its first character and, when it is long, its last four, the rest
/// masked — `张**********5678`, never `张三丰…`.
fn mask_text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 || (n > 8 && i >= n.saturating_sub(4)) {
                *c
            } else {
                '*'
            }
        })
        .collect()
}

/// `text` with every phone, ID or card number masked as a phone number is
/// (`138****5678`) and its controls visible, as [`crate::shown`] shows it: a number
/// typed into the wrong field of a sheet is never echoed whole in a message.
///
/// ```
/// use fangfei::quiz::mask_digits;
/// assert_eq!(mask_digits("“13812345678”不是可选的地区"), "“138****5678”不是可选的地区");
/// assert_eq!(mask_digits("第12题"), "第12题");
/// ```
pub fn mask_digits(text: &str) -> String {
    // One rule for every echo of input text: `fangfei::shown`.
    crate::text::shown(text).text.into_owned()
}

/// Masks a name: its first character, then one `*` per further character (`张**`).
pub fn mask_name(name: &str) -> String {
    let mut chars = name.trim().chars();
    chars.next().map_or_else(String::new, |first| {
        std::iter::once(first).chain(chars.map(|_| '*')).collect()
    })
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&mask(&self.0))
    }
}

impl fmt::Debug for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Phone({})", mask(&self.0))
    }
}

impl Serialize for Phone {
    /// Serialises masked: a report never carries the number. Use [`Phone::digits`]
    /// where the number itself is needed.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A registration as typed.
#[derive(Clone, Default, PartialEq, Eq, Serialize)]
pub struct Registration {
    /// 姓名 (required).
    pub name: String,
    /// 所在地区 (required).
    pub region: String,
    /// 手机号 (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 工作单位 (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

impl fmt::Debug for Registration {
    /// Masked, as its borrowed form's.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_ref(), f)
    }
}

/// A valid participant.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Participant {
    /// 姓名, trimmed.
    #[serde(serialize_with = "masked_name")]
    pub name: String,
    /// The team.
    pub region: Region,
    /// The mobile number, if given.
    pub phone: Option<Phone>,
    /// The work unit, if given.
    pub unit: Option<String>,
}

fn masked_name<S: serde::Serializer>(name: &str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&mask_name(name))
}

impl fmt::Debug for Participant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Participant")
            .field("name", &mask_name(&self.name))
            .field("region", &self.region.key())
            .field("phone", &self.phone)
            .field("unit", &self.unit)
            .finish()
    }
}

/// Checks a registration (Q-REG-NAME, Q-REG-REGION, Q-REG-PHONE, Q-REG-UNIT): the
/// participant, and every finding (normalisations as info).
///
/// ```
/// use fangfei::quiz::{register, Registration};
/// let (p, _) = register(&Registration { name: "张三".into(), region: "广西".into(), phone: Some("8613812345678".into()), unit: None });
/// assert_eq!(p.unwrap().region.name(), "广西壮族自治区");
/// let (p, findings) = register(&Registration { name: " ".into(), region: "香港".into(), ..Default::default() });
/// assert!(p.is_none());
/// assert_eq!(findings.len(), 2); // no name; Hong Kong is excluded
/// ```
pub fn register(reg: &Registration) -> (Option<Participant>, Vec<Finding>) {
    let (region, findings) = check(&reg.as_ref());
    let participant = region.map(|region| Participant {
        name: reg.name.trim().to_owned(),
        region,
        phone: reg.phone.as_deref().and_then(Phone::parse),
        unit: reg
            .unit
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_owned),
    });
    (participant, findings)
}

/// The checks of [`register`] without building the participant: the region when the
/// registration is valid, and the findings.
pub(crate) fn check(reg: &super::RegistrationRef<'_>) -> (Option<Region>, Vec<Finding>) {
    let mut out = Vec::new();
    let name = reg.name.trim();
    let name_ok = if name.is_empty() {
        out.push(Finding::error(
            RuleId::Q_REG_NAME,
            "name",
            Text::new("请填写姓名", "the name is required"),
        ));
        false
    } else if name.chars().count() > MAX_NAME_CHARS {
        out.push(Finding::error(
            RuleId::Q_REG_NAME,
            "name",
            Text::new(
                format!("姓名超过{MAX_NAME_CHARS}个字"),
                format!("the name is longer than {MAX_NAME_CHARS} characters"),
            ),
        ));
        false
    } else {
        true
    };
    let region = match Region::parse(&reg.region) {
        Ok(r) => Some(r),
        Err(RegionError::Missing) => {
            out.push(Finding::error(
                RuleId::Q_REG_REGION,
                "region",
                Text::new("请选择所在地区", "the region is required"),
            ));
            None
        }
        Err(RegionError::Excluded(name)) => {
            out.push(Finding::error(
                RuleId::Q_REG_REGION,
                "region",
                Text::new(format!("本次答题以省、自治区、直辖市和新疆生产建设兵团为战队,不含港澳台地区,不能选择“{name}”"), format!("the quiz's teams are the mainland's province-level divisions and the XPCC; Hong Kong, Macao and Taiwan are excluded, so {name:?} cannot be chosen")),
            ));
            None
        }
        Err(RegionError::Unknown) => {
            // Perhaps a name typed into the wrong field: personal data, quoted as a
            // name is (its first character, then `*`), never whole (issue 28, class 6).
            let shown = mask_name(&reg.region.chars().take(24).collect::<String>());
            out.push(Finding::error(RuleId::Q_REG_REGION, "region", Text::new(format!("“{shown}”不是可选的地区(31个省级行政区或新疆生产建设兵团)"), format!("{shown:?} is no region of the quiz (31 province-level divisions or the XPCC)"))));
            None
        }
    };
    let phone = match reg
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        None => Some(None),
        Some(text) => match Phone::parse(text) {
            Some(p) => {
                if p.digits() != text {
                    out.push(Finding::new(
                        RuleId::Q_REG_PHONE,
                        Severity::Info,
                        Outcome::Pass,
                        "phone",
                        Text::new(
                            format!("手机号已规范为{p}"),
                            format!("the mobile number was normalised to {p}"),
                        ),
                    ));
                }
                Some(Some(p))
            }
            // 选填: a typo in an optional field never costs a participant their score.
            // The number is dropped, said in a warning, and the sheet counts.
            None => {
                out.push(Finding::new(
                    RuleId::Q_REG_PHONE,
                    Severity::Warning,
                    Outcome::Fail,
                    "phone",
                    Text::new(format!("手机号“{}”无效(应为以13至19开头的11位大陆手机号,可带+86),已不予记录;手机号为选填,答卷照常计分", mask_text(text)), format!("the mobile number {:?} is invalid (11 digits starting 13 to 19, optionally with +86) and is not kept; it is optional, so the sheet still counts", mask_text(text))),
                ));
                Some(None)
            }
        },
    };
    let unit = reg.unit.as_deref().map(str::trim).filter(|u| !u.is_empty());
    if unit.is_some_and(|u| u.chars().count() > MAX_NAME_CHARS) {
        out.push(Finding::error(
            RuleId::Q_REG_UNIT,
            "unit",
            Text::new(
                format!("工作单位超过{MAX_NAME_CHARS}个字"),
                format!("the work unit is longer than {MAX_NAME_CHARS} characters"),
            ),
        ));
        return (None, out);
    }
    match (name_ok, region, phone) {
        (true, Some(region), Some(_)) => (Some(region), out),
        _ => (None, out),
    }
}

impl Registration {
    /// A registration's keys, in the order [`Registration::from_slots`] reads them.
    pub(crate) const KEYS: [&'static str; 4] = ["name", "region", "phone", "unit"];

    /// The registration of the values given for [`Registration::KEYS`] (of a
    /// registration, or of a [`Sheet`](crate::quiz::Sheet): its other keys are the
    /// platform's own and ignored).
    pub(crate) fn from_slots(
        r: &mut crate::json::Reader,
        [name, region, phone, unit]: [Option<serde_json::Value>; 4],
    ) -> Option<Registration> {
        match (
            r.slot("name", name),
            r.slot("region", region),
            r.slot("phone", phone),
            r.slot("unit", unit),
        ) {
            (Some(name), Some(region), Some(phone), Some(unit)) => Some(Registration {
                name: name.unwrap_or_default(),
                region: region.unwrap_or_default(),
                phone,
                unit,
            }),
            _ => None,
        }
    }
}

impl crate::json::FromJson for Registration {
    fn read(r: &mut crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
        let slots = r.slots_of(v, &Registration::KEYS)?;
        Registration::from_slots(r, slots)
    }
    fn read_owned(r: &mut crate::json::Reader, v: serde_json::Value) -> Option<Self> {
        let slots = r.take_slots(v, &Registration::KEYS)?;
        Registration::from_slots(r, slots)
    }
}
crate::json::deserialize_via_value!(Registration);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask("13812345678"), "138****5678");
        assert_eq!(mask("1234"), "1***");
        assert_eq!(mask_name("张三丰"), "张**");
        assert_eq!(mask_name(""), "");
        let p = Participant {
            name: "李四".into(),
            region: Region::parse("北京").unwrap(),
            phone: Phone::parse("13812345678"),
            unit: None,
        };
        let dbg = format!("{p:?}");
        assert!(!dbg.contains("李四") && !dbg.contains("12345678"), "{dbg}");
        let r = Registration {
            name: "李四".into(),
            region: "北京".into(),
            phone: Some("13812345678".into()),
            unit: None,
        };
        let dbg = format!("{r:?}");
        assert!(!dbg.contains("李四") && !dbg.contains("12345678"), "{dbg}");
        assert!(!serde_json::to_string(&p).unwrap().contains("12345678"));
    }

    #[test]
    fn a_name_typed_into_the_region_field_is_quoted_masked() {
        let reg = Registration {
            name: "李四".into(),
            region: "张三丰".into(),
            ..Registration::default()
        };
        let (_, findings) = register(&reg);
        let f = findings
            .iter()
            .find(|f| f.rule == RuleId::Q_REG_REGION)
            .unwrap();
        assert!(f.message.zh.starts_with("“张**”不是可选的地区"), "{f:?}");
        assert!(f.message.en.starts_with("\"张**\" is no region"), "{f:?}");
        assert!(!f.message.zh.contains("三丰") && !f.message.en.contains("三丰"));
    }
}
