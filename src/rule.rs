//! Rule ids: the library's own rules, and the ids a campaign declares for its phases,
//! events and duties.
//!
//! Rule ids are a public contract: they appear in every [`crate::Finding`], in the CLI's
//! JSON and in the WASM API, and an id never changes meaning. Two kinds exist:
//!
//! - **the library's own** ([`LIBRARY`]): times (`TIME-TZ`, `TIME-2400`), the calendar,
//!   "以上", the roster (`UNITS`), the campaign span (`T-CAMPAIGN`) and quiz window
//!   (`T-QUIZ`), the quiz rules (`Q-*`), the statistics table's cell rules (`A3-*`), and
//!   the input codes `INPUT` and `CAMPAIGN`. Their titles and descriptions are the
//!   library's, and say nothing of any one plan;
//! - **a campaign's own**: the ids its file declares for phases and events (`T-*`),
//!   duties (`D-*`, `M-*`, `E-*` in 2021) and the statistics table's cross-field rules
//!   (`A3-PARTICIPANTS`). Their titles, clauses and descriptions are that campaign's
//!   ([`crate::Campaign::catalogue`]).
//!
//! An id is at most [`MAX_ID_LEN`] characters of `A`–`Z`, `0`–`9` and `-`, starting with a
//! letter. It is a small `Copy` value that needs no allocation.
//!
//! ```
//! use fangfei::rule::RuleId;
//! let r: RuleId = "M-QIJIN-3".parse().unwrap();
//! assert_eq!(r.to_string(), "M-QIJIN-3");
//! assert_eq!(r, "M-QIJIN-3");
//! assert!(r.library().is_none()); // a campaign's duty
//! assert_eq!(RuleId::INPUT.library().unwrap().title().zh, "输入格式");
//! assert!("m-qijin".parse::<RuleId>().is_err());
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::Text;

/// The longest rule id, in characters.
pub const MAX_ID_LEN: usize = 31;

/// A rule id: `D-PLAN`, `A3-BLANK`, `INPUT` ….
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct RuleId {
    len: u8,
    bytes: [u8; MAX_ID_LEN],
}

/// Why a text is no rule id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a rule id (A-Z, 0-9 and '-', starting with a letter, at most 31 characters)")]
pub struct UnknownRule(pub String);

impl RuleId {
    /// The id of `s`, checked at compile time when used in a `const`.
    ///
    /// # Panics
    ///
    /// When `s` is not a rule id (in a `const`, that is a compile error). Use
    /// [`str::parse`] for ids from input.
    // `panic!` is a compile error when `of` is evaluated in a `const` (its use).
    #[allow(clippy::panic)]
    pub const fn of(s: &str) -> RuleId {
        match RuleId::checked(s) {
            Some(id) => id,
            None => panic!("not a rule id"),
        }
    }

    // Indexes stay below `b.len() <= MAX_ID_LEN`, checked first (a `const fn` has no
    // `get` to write through).
    #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
    const fn checked(s: &str) -> Option<RuleId> {
        let b = s.as_bytes();
        if b.is_empty() || b.len() > MAX_ID_LEN || !b[0].is_ascii_uppercase() {
            return None;
        }
        let mut bytes = [0u8; MAX_ID_LEN];
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-') {
                return None;
            }
            bytes[i] = c;
            i += 1;
        }
        Some(RuleId {
            len: b.len() as u8,
            bytes,
        })
    }

    /// The id as written (`D-PLAN`).
    pub fn as_str(&self) -> &str {
        // Built only from ASCII checked in `checked`.
        self.bytes
            .get(..usize::from(self.len))
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    /// The library's catalogue entry, for one of its own rules; `None` for an id a
    /// campaign declares.
    pub fn library(self) -> Option<&'static LibraryRule> {
        LIBRARY.iter().find(|r| r.id == self)
    }

    /// `TIME-TZ`: Beijing time.
    pub const TIME_TZ: RuleId = RuleId::of("TIME-TZ");
    /// `TIME-2400`: 24:00 and "by".
    pub const TIME_2400: RuleId = RuleId::of("TIME-2400");
    /// `CALENDAR`: working days.
    pub const CALENDAR: RuleId = RuleId::of("CALENDAR");
    /// `NUM-YISHANG`: "N or more" includes N.
    pub const NUM_YISHANG: RuleId = RuleId::of("NUM-YISHANG");
    /// `UNITS`: the roster.
    pub const UNITS: RuleId = RuleId::of("UNITS");
    /// `T-CAMPAIGN`: the campaign span.
    pub const T_CAMPAIGN: RuleId = RuleId::of("T-CAMPAIGN");
    /// `T-QUIZ`: the quiz window.
    pub const T_QUIZ: RuleId = RuleId::of("T-QUIZ");
    /// `Q-REG-NAME`.
    pub const Q_REG_NAME: RuleId = RuleId::of("Q-REG-NAME");
    /// `Q-REG-REGION`.
    pub const Q_REG_REGION: RuleId = RuleId::of("Q-REG-REGION");
    /// `Q-REG-PHONE`.
    pub const Q_REG_PHONE: RuleId = RuleId::of("Q-REG-PHONE");
    /// `Q-REG-UNIT`.
    pub const Q_REG_UNIT: RuleId = RuleId::of("Q-REG-UNIT");
    /// `Q-PAPER`.
    pub const Q_PAPER: RuleId = RuleId::of("Q-PAPER");
    /// `Q-SCORE`.
    pub const Q_SCORE: RuleId = RuleId::of("Q-SCORE");
    /// `Q-WINDOW`.
    pub const Q_WINDOW: RuleId = RuleId::of("Q-WINDOW");
    /// `Q-ONCE-A-DAY`.
    pub const Q_ONCE_A_DAY: RuleId = RuleId::of("Q-ONCE-A-DAY");
    /// `Q-UNIT`.
    pub const Q_UNIT: RuleId = RuleId::of("Q-UNIT");
    /// `Q-TEAM`.
    pub const Q_TEAM: RuleId = RuleId::of("Q-TEAM");
    /// `Q-MAX`.
    pub const Q_MAX: RuleId = RuleId::of("Q-MAX");
    /// `A3-UNIT`.
    pub const A3_UNIT: RuleId = RuleId::of("A3-UNIT");
    /// `A3-BLANK`.
    pub const A3_BLANK: RuleId = RuleId::of("A3-BLANK");
    /// `A3-NUMBER`.
    pub const A3_NUMBER: RuleId = RuleId::of("A3-NUMBER");
    /// `A3-RANGE`.
    pub const A3_RANGE: RuleId = RuleId::of("A3-RANGE");
    /// `A3-OTHER`.
    pub const A3_OTHER: RuleId = RuleId::of("A3-OTHER");
    /// `A3-TOTAL`.
    pub const A3_TOTAL: RuleId = RuleId::of("A3-TOTAL");
    /// `INPUT`: the input could not be read as the expected shape.
    pub const INPUT: RuleId = RuleId::of("INPUT");
    /// `CAMPAIGN`: the campaign data is malformed or inconsistent.
    pub const CAMPAIGN: RuleId = RuleId::of("CAMPAIGN");
}

/// One of the library's own rules: its id, title and what it says, in both languages.
/// None names a date, place or document of any one plan; the clause a campaign cites
/// for it (the annex of its quiz or table) is the campaign's
/// ([`crate::Campaign::clause_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LibraryRule {
    /// The stable id.
    pub id: RuleId,
    /// Where it comes from when no plan's clause does (a statute, or `—`).
    pub clause: &'static str,
    /// Short title.
    pub title: (&'static str, &'static str),
    /// What it requires.
    pub text: (&'static str, &'static str),
}

impl LibraryRule {
    /// The title as a [`Text`].
    pub fn title(&self) -> Text {
        Text::new(self.title.0, self.title.1)
    }

    /// The description as a [`Text`].
    pub fn text(&self) -> Text {
        Text::new(self.text.0, self.text.1)
    }
}

macro_rules! library {
    ($( $id:ident, $clause:literal, $tzh:literal, $ten:literal, $dzh:literal, $den:literal; )*) => {
        /// The library's own rules, in the order catalogues list them.
        pub static LIBRARY: &[LibraryRule] = &[
            $( LibraryRule { id: RuleId::$id, clause: $clause, title: ($tzh, $ten), text: ($dzh, $den) }, )*
        ];
    };
}

library! {
    TIME_TZ, "—", "北京时间", "Beijing time",
        "方案中的时间均为北京时间(UTC+08:00);带时区的时间换算为北京时间,不带时区的按北京时间理解。",
        "All times are Beijing time (UTC+08:00); an offset is converted, a time without one is read as Beijing time.";
    TIME_2400, "—", "24:00与“前”", "24:00 and \"by\"",
        "“D日24:00”即D+1日0:00;“D日前”在D+1日0:00前均按时;“D日17:00前”含17:00:00。",
        "\"D 24:00\" is D+1 00:00; \"by day D\" is met before D+1 00:00; \"by D 17:00\" is met up to 17:00:00.";
    CALENDAR, "—", "工作日", "Working days",
        "依国务院办公厅节假日安排确定;没有当年安排的年份不作推测。",
        "Working days follow the State Council's holiday notices; a year without a table is an error, not a guess.";
    NUM_YISHANG, "民法典第1259条", "“以上”含本数", "\"N or more\"",
        "“N个以上/N次以上/N项以上”指不少于N(含本数)。",
        "\"N个以上\" means at least N (以上 includes the number).";
    UNITS, "—", "单位名单", "Unit roster",
        "填报单位为活动方案名单上的单位;同一单位的不同写法视为同一单位。",
        "A reporting unit is a unit on the campaign's roster; variant names resolve to one unit.";
    T_CAMPAIGN, "—", "宣传月时间", "Campaign span",
        "活动方案规定的宣传月起止日期。", "The first and last days of the campaign.";
    T_QUIZ, "—", "知识竞赛时间", "Quiz window",
        "知识竞赛的答题时间。", "The quiz's answering window.";
    Q_REG_NAME, "—", "姓名", "Name",
        "姓名必填。", "The participant's name is required.";
    Q_REG_REGION, "—", "所在地区", "Region",
        "所在地区为31个省级行政区或新疆生产建设兵团,不含港澳台地区。",
        "The region is one of 31 province-level divisions or the XPCC; Hong Kong, Macao and Taiwan are excluded.";
    Q_REG_PHONE, "—", "手机号", "Mobile number",
        "手机号选填,填写时须为有效的大陆手机号。", "The mobile number is optional; when given it is a valid mainland number.";
    Q_REG_UNIT, "—", "工作单位", "Work unit",
        "工作单位选填。", "The work unit is optional.";
    Q_PAPER, "—", "试卷构成", "Paper composition",
        "每日试卷的题型、题数和分值符合活动方案。",
        "A day's paper has the question kinds, counts and points of the campaign.";
    Q_SCORE, "—", "计分", "Scoring",
        "答案与标准答案一致得分;多选题完全一致方得分。", "An answer scores when it equals the key; multiple choice only when the sets are equal.";
    Q_WINDOW, "—", "答题时间", "Quiz window",
        "答题时间外提交的答卷不予受理。", "A sheet submitted outside the quiz window is refused.";
    Q_ONCE_A_DAY, "—", "每天一次", "Once a day",
        "每人每天以当天首份答卷计分,当天再次提交的答卷不予受理,也不替换首份。", "One scored paper per participant per Beijing day: the first; a later sheet the same day is refused and does not replace it.";
    Q_UNIT, "—", "组织参赛", "Quiz turnout by unit",
        "各单位组织人员参加知识竞赛:按答卷所填工作单位统计各单位参赛人数(方案未定数量:只记录)。",
        "Each unit mobilises quiz participants: the participants per unit, from the sheets' work unit (no number set: reported, not judged).";
    Q_TEAM, "—", "团队成绩", "Team standings",
        "以地区为单位组成战队,每天公布排名靠前的战队;活动截止时排名靠前的为优秀战队。",
        "Teams are regions; the leading teams are published daily; the final leaders are the 优秀战队.";
    Q_MAX, "—", "个人最高分", "Individual maximum",
        "活动期间个人累计最高分为每日满分乘以答题天数。", "A participant scores at most the daily total times the answering days.";
    A3_UNIT, "—", "填报单位", "Reporting unit",
        "填报单位必填,且应为本次活动的单位。", "The reporting unit (填报单位) is required and should be a known unit.";
    A3_BLANK, "—", "空项", "Blank cell",
        "每项须填写数字,未开展的项目填写“0”,不得留空。", "Every count is required: an item not carried out is filled with 0.";
    A3_NUMBER, "—", "数字格式", "Number format",
        "各项数量须为非负整数。", "A count is a non-negative whole number.";
    A3_RANGE, "—", "数值范围", "Plausible range",
        "数值超出合理范围的予以提示;超出64位整数的为错误。",
        "A count above the plausibility bound is a warning; one beyond 64 bits is an error.";
    A3_OTHER, "—", "其他宣传方式", "Other methods",
        "“其他”一栏列举的每种方式不得为空,长度有限。", "Each listed other method is non-blank and bounded in length.";
    A3_TOTAL, "—", "合计", "Total",
        "各单位统计表逐列相加;同一单位重复报送为错误。", "Tables sum column by column; the same unit twice is an error.";
    INPUT, "—", "输入格式", "Input format",
        "输入无法按规定格式读取(库自定义编码)。", "The input could not be read as the expected shape (library code).";
    CAMPAIGN, "—", "活动方案数据", "Campaign data",
        "活动方案数据有误:格式不对或前后不一致(库自定义编码)。", "The campaign data is malformed or inconsistent (library code).";
}

impl Ord for RuleId {
    /// Alphabetical (the unused bytes are zero, below every id character).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.bytes.cmp(&other.bytes)
    }
}

impl PartialOrd for RuleId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RuleId({})", self.as_str())
    }
}

impl FromStr for RuleId {
    type Err = UnknownRule;
    fn from_str(s: &str) -> Result<RuleId, UnknownRule> {
        RuleId::checked(s).ok_or_else(|| UnknownRule(s.chars().take(40).collect()))
    }
}

impl AsRef<str> for RuleId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_entries_are_complete_and_plan_free() {
        let mut seen = std::collections::BTreeSet::new();
        for r in LIBRARY {
            assert!(seen.insert(r.id), "{} twice", r.id);
            assert_eq!(r.id.as_str().parse::<RuleId>(), Ok(r.id));
            assert_eq!(r.id.library(), Some(r));
            for text in [r.title.0, r.title.1, r.text.0, r.text.1, r.clause] {
                assert!(!text.trim().is_empty(), "{}", r.id);
                // No plan's annex, date or place: those are the campaign's.
                assert!(
                    !text.contains("附件") && !text.contains("6月") && !text.contains('凌'),
                    "{}: {text}",
                    r.id
                );
            }
        }
    }

    #[test]
    fn ids_are_checked() {
        for bad in [
            "",
            "d-plan",
            "1-A",
            "D PLAN",
            "D_PLAN",
            &"A".repeat(32),
            "计划",
        ] {
            assert!(bad.parse::<RuleId>().is_err(), "{bad:?}");
        }
        let long = "A".repeat(31);
        assert_eq!(long.parse::<RuleId>().unwrap().as_str(), long);
        assert_eq!(RuleId::of("D-PLAN"), "D-PLAN");
        assert!(RuleId::of("A-1") < RuleId::of("B"));
    }
}
