//! The Annex 3 statistics table (附件3 活动情况统计表; rules **A3-***).
//!
//! Reporting units fill one row of eleven counts, a free-text 其他 list and the
//! 填报单位. This module parses what people really type into a cell
//! ([`check_cell`]), validates a whole or half-filled form ([`validate_form`]), reads
//! tables of rows with their places ([`sheet`]), sums many units' tables into a city
//! total with checked arithmetic ([`total`]), and exports a JSON Schema
//! ([`json_schema`]).
//!
//! ```
//! use fangfei::annex3::{check_cell, Field};
//! let c = fangfei::Campaign::embedded();
//! assert_eq!(check_cell(c, Field::QijinParticipants, " １,２００人次 ").value, Some(1200));
//! let blank = check_cell(c, Field::QijinSessions, "无");
//! assert_eq!(blank.value, None);
//! assert_eq!(blank.findings[0].rule, fangfei::RuleId::A3_BLANK); // 未开展的项目请填写0
//! ```

mod cell;
mod form;
mod schema;
pub mod sheet;
mod total;

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

pub use cell::{
    check_cell, check_cell_in, check_number, parse_count, ten_thousands, CellCheck, CellError,
    MAX_CELL_CHARS,
};
pub use form::{
    cell_text, check_field, check_field_in, check_other_methods, split_other_methods,
    validate_form, validate_table, Annex3, Counts, Form, FormCheck, MAX_OTHER_METHODS,
    MAX_OTHER_METHOD_CHARS,
};
pub use schema::json_schema;
pub use total::{total, RowOutcome, Totals};

/// The eleven counts of the table, in column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// "七进"等宣传活动 · 活动场次 (次).
    QijinSessions,
    /// "七进"等宣传活动 · 参与群众 (人次).
    QijinParticipants,
    /// 报刊、杂志、广播、电视等 · 刊印份数、播放次数 (份/次).
    PrintBroadcast,
    /// 网络宣传 · 发布原创作品数 (篇).
    OnlineOriginalWorks,
    /// 网络宣传 · 点击量、阅读量、转发量 (次).
    OnlineViews,
    /// 网络宣传 · 互动宣传覆盖人数 (人次).
    OnlineInteractiveReach,
    /// 网络宣传 · 发送短信 (条).
    SmsSent,
    /// 户外广告、宣传品 · 海报、展板 (份).
    OutdoorPostersBoards,
    /// 户外广告、宣传品 · 电子显示屏、公共交通广告、楼宇电梯广告等 (次).
    OutdoorScreensAds,
    /// 户外广告、宣传品 · 传单、手册、赠品等 (份).
    OutdoorLeafletsGifts,
    /// 其他 · 被新闻媒体报道 (次).
    NewsReports,
}

/// A column group of the plan's two-row header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// "七进"等宣传活动.
    Qijin,
    /// 报刊、杂志、广播、电视等.
    PrintBroadcast,
    /// 网络宣传(网站、微信、微博、抖音、快手、短信等).
    Online,
    /// 户外广告、宣传品.
    Outdoor,
    /// 其他.
    Other,
}

impl Group {
    /// The group's heading as the plan prints it.
    pub fn label_zh(self) -> &'static str {
        match self {
            Group::Qijin => "“七进”等宣传活动",
            Group::PrintBroadcast => "报刊、杂志、广播、电视等",
            Group::Online => "网络宣传(网站、微信、微博、抖音、快手、短信等)",
            Group::Outdoor => "户外广告、宣传品",
            Group::Other => "其他",
        }
    }

    /// The heading in English.
    pub fn label_en(self) -> &'static str {
        match self {
            Group::Qijin => "\"Seven into\" and similar activities",
            Group::PrintBroadcast => "Newspapers, magazines, radio, TV",
            Group::Online => "Online (websites, WeChat, Weibo, Douyin, Kuaishou, SMS)",
            Group::Outdoor => "Outdoor advertising and materials",
            Group::Other => "Other",
        }
    }
}

impl Field {
    /// Every field, in column order.
    pub const ALL: [Field; 11] = [
        Field::QijinSessions,
        Field::QijinParticipants,
        Field::PrintBroadcast,
        Field::OnlineOriginalWorks,
        Field::OnlineViews,
        Field::OnlineInteractiveReach,
        Field::SmsSent,
        Field::OutdoorPostersBoards,
        Field::OutdoorScreensAds,
        Field::OutdoorLeafletsGifts,
        Field::NewsReports,
    ];

    /// The column's position, 0-based (the order of [`Field::ALL`]).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The RULES.md field name (also the serde name and the English CSV header).
    pub fn name(self) -> &'static str {
        match self {
            Field::QijinSessions => "qijin_sessions",
            Field::QijinParticipants => "qijin_participants",
            Field::PrintBroadcast => "print_broadcast",
            Field::OnlineOriginalWorks => "online_original_works",
            Field::OnlineViews => "online_views",
            Field::OnlineInteractiveReach => "online_interactive_reach",
            Field::SmsSent => "sms_sent",
            Field::OutdoorPostersBoards => "outdoor_posters_boards",
            Field::OutdoorScreensAds => "outdoor_screens_ads",
            Field::OutdoorLeafletsGifts => "outdoor_leaflets_gifts",
            Field::NewsReports => "news_reports",
        }
    }

    /// The column's label as the plan prints it (without the unit).
    pub fn label_zh(self) -> &'static str {
        match self {
            Field::QijinSessions => "活动场次",
            Field::QijinParticipants => "参与群众",
            Field::PrintBroadcast => "刊印份数、播放次数",
            Field::OnlineOriginalWorks => "发布原创作品数",
            Field::OnlineViews => "点击量、阅读量、转发量",
            Field::OnlineInteractiveReach => "互动宣传覆盖人数",
            Field::SmsSent => "发送短信",
            Field::OutdoorPostersBoards => "海报、展板",
            Field::OutdoorScreensAds => "电子显示屏、公共交通广告、楼宇电梯广告等",
            Field::OutdoorLeafletsGifts => "传单、手册、赠品等",
            Field::NewsReports => "被新闻媒体报道",
        }
    }

    /// The column's label in English.
    pub fn label_en(self) -> &'static str {
        match self {
            Field::QijinSessions => "sessions",
            Field::QijinParticipants => "participants",
            Field::PrintBroadcast => "copies printed / times broadcast",
            Field::OnlineOriginalWorks => "original works published",
            Field::OnlineViews => "clicks, reads, shares",
            Field::OnlineInteractiveReach => "people reached interactively",
            Field::SmsSent => "text messages sent",
            Field::OutdoorPostersBoards => "posters, boards",
            Field::OutdoorScreensAds => "screens, transit and lift ads",
            Field::OutdoorLeafletsGifts => "leaflets, brochures, gifts",
            Field::NewsReports => "news media reports",
        }
    }

    /// The column group.
    pub fn group(self) -> Group {
        match self {
            Field::QijinSessions | Field::QijinParticipants => Group::Qijin,
            Field::PrintBroadcast => Group::PrintBroadcast,
            Field::OnlineOriginalWorks
            | Field::OnlineViews
            | Field::OnlineInteractiveReach
            | Field::SmsSent => Group::Online,
            Field::OutdoorPostersBoards
            | Field::OutdoorScreensAds
            | Field::OutdoorLeafletsGifts => Group::Outdoor,
            Field::NewsReports => Group::Other,
        }
    }

    /// The column's unit words: the first is the one printed (`份/次` accepts both).
    pub fn units(self) -> &'static [&'static str] {
        match self {
            Field::QijinSessions
            | Field::OnlineViews
            | Field::OutdoorScreensAds
            | Field::NewsReports => &["次"],
            Field::QijinParticipants | Field::OnlineInteractiveReach => &["人次"],
            Field::PrintBroadcast => &["份", "次"],
            Field::OnlineOriginalWorks => &["篇"],
            Field::SmsSent => &["条"],
            Field::OutdoorPostersBoards | Field::OutdoorLeafletsGifts => &["份"],
        }
    }

    /// The unit as printed in the header: `次`, `人次`, `份/次` ….
    pub fn unit_label(self) -> String {
        self.units().join("/")
    }

    /// The header the plan prints: `活动场次(次)`.
    pub fn header_zh(self) -> String {
        format!("{}({})", self.label_zh(), self.unit_label())
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Field {
    type Err = ();
    fn from_str(s: &str) -> Result<Field, ()> {
        Ok(match s {
            "qijin_sessions" => Field::QijinSessions,
            "qijin_participants" => Field::QijinParticipants,
            "print_broadcast" => Field::PrintBroadcast,
            "online_original_works" => Field::OnlineOriginalWorks,
            "online_views" => Field::OnlineViews,
            "online_interactive_reach" => Field::OnlineInteractiveReach,
            "sms_sent" => Field::SmsSent,
            "outdoor_posters_boards" => Field::OutdoorPostersBoards,
            "outdoor_screens_ads" => Field::OutdoorScreensAds,
            "outdoor_leaflets_gifts" => Field::OutdoorLeafletsGifts,
            "news_reports" => Field::NewsReports,
            _ => return Err(()),
        })
    }
}

impl Field {
    /// The field of a name in either spelling: `sms_sent` or, as JavaScript forms
    /// write it, `smsSent`.
    ///
    /// ```
    /// use fangfei::annex3::Field;
    /// assert_eq!(Field::from_name("qijinSessions"), Some(Field::QijinSessions));
    /// assert_eq!(Field::from_name("qijin_sessions"), Some(Field::QijinSessions));
    /// assert_eq!(Field::from_name("sessions"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Field> {
        snake_case(name).parse().ok()
    }
}

/// A key as the table names it: `qijinSessions` → `qijin_sessions` (JavaScript forms
/// use camelCase; both spellings are accepted). Borrowed when already snake_case.
pub(crate) fn snake_case(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.bytes().any(|b| b.is_ascii_uppercase()) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut s = String::with_capacity(name.len().saturating_add(4));
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            s.push('_');
            s.push(c.to_ascii_lowercase());
        } else {
            s.push(c);
        }
    }
    std::borrow::Cow::Owned(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_agree_with_the_campaign_bounds() {
        let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
        let table = crate::Campaign::embedded()
            .statistics_table
            .as_ref()
            .unwrap();
        let declared: Vec<&str> = table.columns.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(names, declared);
        for (i, f) in Field::ALL.into_iter().enumerate() {
            assert_eq!(f.index(), i);
            assert_eq!(f.name().parse::<Field>(), Ok(f));
            assert_eq!(serde_json::to_value(f).unwrap(), f.name());
        }
    }
}
