//! A unit's record for the campaign: what it did and what it sent the office.
//!
//! One JSON file per unit (schema in the README). Every list is optional: a list that
//! is absent means "the record does not say", and the rules that need it answer
//! *cannot judge*; an empty list means "none", and they answer *fail*.
//!
//! ```
//! let json = r#"{
//!   "unit": "市教育局",
//!   "submissions": [{"kind": "plan", "submitted_at": "2021-06-09T16:00:00+08:00"}],
//!   "media_works": [],
//!   "outreach": [{"kind": "进学校", "date": "2021-06-11", "place": "第一中学", "participants": 300}]
//! }"#;
//! let record = fangfei::record::UnitRecord::from_json(json).unwrap();
//! assert_eq!(record.outreach.as_ref().unwrap().len(), 1);
//! assert!(record.concentrated_day.is_none()); // not reported: cannot judge
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::annex3::Form;
use crate::campaign::Role;
use crate::deadline::Submission;
use crate::error::{InputError, Problem};
use crate::rule::RuleId;
use crate::text::Text;
use crate::time::Instant;

/// Largest record [`UnitRecord::from_json`] reads (4 MiB).
pub const MAX_RECORD_JSON: usize = 4 << 20;

/// Where a media work appeared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Channel {
    /// Television.
    Tv,
    /// Radio.
    Radio,
    /// Newspaper or magazine.
    Newspaper,
    /// A WeChat official account (微信公众号).
    Wechat,
    /// A short video (微视频) on any platform.
    ShortVideo,
    /// 抖音 (a 抖音号).
    Douyin,
    /// 快手.
    Kuaishou,
    /// 新闻头条 (今日头条 and other news-feed accounts; 三(三)).
    Toutiao,
    /// 微博.
    Weibo,
    /// A website.
    Website,
    /// Text messages.
    Sms,
    /// Anything else.
    Other,
}

crate::text::labels!(Channel {
    Tv => "tv", "电视", "TV";
    Radio => "radio", "广播", "radio";
    Newspaper => "newspaper", "报刊", "newspaper or magazine";
    Wechat => "wechat", "微信公众号", "WeChat official account";
    ShortVideo => "short_video", "微视频", "short video";
    Douyin => "douyin", "抖音", "Douyin";
    Kuaishou => "kuaishou", "快手", "Kuaishou";
    Toutiao => "toutiao", "新闻头条", "news feed (Toutiao)";
    Weibo => "weibo", "微博", "Weibo";
    Website => "website", "网站", "website";
    Sms => "sms", "短信", "text messages";
    Other => "other", "其他", "other";
});

impl Channel {
    /// Every channel, in the order lists show them.
    pub const ALL: [Channel; 12] = [
        Channel::Tv,
        Channel::Radio,
        Channel::Newspaper,
        Channel::Wechat,
        Channel::ShortVideo,
        Channel::Douyin,
        Channel::Kuaishou,
        Channel::Toutiao,
        Channel::Weibo,
        Channel::Website,
        Channel::Sms,
        Channel::Other,
    ];

    /// The channel a written name means: its machine name (`wechat`), its Chinese
    /// label (`微信公众号`), or what people write for it (微信, 公众号, 抖音号, 今日头条,
    /// 电视台, 报纸, 杂志, 视频号 …); spaces and letter case ignored.
    ///
    /// ```
    /// use fangfei::record::Channel;
    /// assert_eq!(Channel::parse("新闻头条"), Some(Channel::Toutiao));
    /// assert_eq!(Channel::parse(" 抖音号 "), Some(Channel::Douyin));
    /// assert_eq!(Channel::parse("WeChat"), Some(Channel::Wechat));
    /// assert_eq!(Channel::parse("飞鸽传书"), None);
    /// ```
    pub fn parse(written: &str) -> Option<Channel> {
        let w: String = written
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        const OTHER_NAMES: [(&str, Channel); 14] = [
            ("微信", Channel::Wechat),
            ("公众号", Channel::Wechat),
            ("微信号", Channel::Wechat),
            ("视频号", Channel::ShortVideo),
            ("短视频", Channel::ShortVideo),
            ("抖音号", Channel::Douyin),
            ("今日头条", Channel::Toutiao),
            ("头条", Channel::Toutiao),
            ("头条号", Channel::Toutiao),
            ("电视台", Channel::Tv),
            ("广播电台", Channel::Radio),
            ("报纸", Channel::Newspaper),
            ("杂志", Channel::Newspaper),
            ("网络", Channel::Website),
        ];
        Channel::ALL
            .into_iter()
            .find(|c| w == c.as_str() || w == c.label(crate::text::Lang::Zh))
            .or_else(|| OTHER_NAMES.iter().find(|(n, _)| w == *n).map(|(_, c)| *c))
    }

    /// Whether the channel is new media or self-media (二(二)2 二是: 微信公众号、微视频、
    /// 抖音、快手等; 三(三): 微信公众号、抖音号、新闻头条等新媒体平台).
    pub fn is_new_media(self) -> bool {
        matches!(
            self,
            Channel::Wechat
                | Channel::ShortVideo
                | Channel::Douyin
                | Channel::Kuaishou
                | Channel::Toutiao
                | Channel::Weibo
                | Channel::Website
        )
    }

    /// Whether the channel broadcasts programmes: television or radio (M-PROP-TV:
    /// 电视(广播)访谈节目).
    pub fn is_broadcast(self) -> bool {
        matches!(self, Channel::Tv | Channel::Radio)
    }
}

impl crate::json::FromJson for Channel {
    /// [`Channel::parse`]; anything else is refused with the channels there are.
    fn read(r: &mut crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
        let written = <String as crate::json::FromJson>::read(r, v)?;
        let channel = Channel::parse(&written);
        if channel.is_none() {
            let shown: String = written.chars().take(24).collect();
            let zh: Vec<&str> = Channel::ALL
                .iter()
                .map(|c| c.label(crate::text::Lang::Zh))
                .collect();
            let en: Vec<&str> = Channel::ALL.iter().map(|c| c.as_str()).collect();
            r.problem(
                format!("未知的渠道“{shown}”,可填:{}", zh.join("、")),
                format!("unknown channel {shown:?}; one of: {}", en.join(", ")),
            );
        }
        channel
    }
}

/// A media publicity work (M-MEDIA-3, D-NEWMEDIA-WEEK1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MediaWork {
    /// Its title.
    pub title: String,
    /// Where it appeared.
    pub channel: Channel,
    /// When it was published.
    pub published_at: Instant,
    /// When it was reported to the office (D-NEWMEDIA-WEEK1: 迅速报市处非办).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_at: Option<Instant>,
    /// Whether it is new media; by default, from the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_media: Option<bool>,
}

impl MediaWork {
    /// Whether the work is new media (explicitly, or by its channel).
    pub fn is_new_media(&self) -> bool {
        self.new_media
            .unwrap_or_else(|| self.channel.is_new_media())
    }
}

/// An outreach activity ("七进", M-QIJIN-3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutreachActivity {
    /// The kind, by any of its names: 进学校, 学校, 校园 ….
    pub kind: String,
    /// The day.
    pub date: NaiveDate,
    /// Where.
    #[serde(default)]
    pub place: String,
    /// How many people took part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u64>,
}

/// One site of the unit on the concentrated day (M-CDAY-*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attendance {
    /// The venue.
    pub venue: String,
    /// Persons present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<u64>,
    /// When the staff arrived, or the site's activity began (member units: by 09:00;
    /// the assigned streets: on 06-15 itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrived_at: Option<Instant>,
    /// 条幅 present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banners: Option<bool>,
    /// 图版 present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boards: Option<bool>,
    /// 宣传资料 present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials: Option<bool>,
    /// 宣传册 carried (a member unit's own brochures, at the square).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brochures: Option<bool>,
    /// People given advice on the spot (现场为群众提供咨询服务, 人次; M-CDAY-CONSULT).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultations: Option<u64>,
    /// Reports of suspected illegal fundraising taken down (收录举报信息, 条).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reports_collected: Option<u64>,
}

/// One spot check by the office of a unit's work against its plan (二(一): 市处非办将
/// 依据宣传计划进行实地抽查,相关结果计入年末考评; E-SPOTCHECK).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpotCheck {
    /// The day of the check.
    pub date: NaiveDate,
    /// Whether what was found matched the plan.
    pub consistent: bool,
    /// What the checkers noted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Grid figures of a town/street (M-GRID).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Grid {
    /// Grid workers who know the material.
    pub workers_aware: u64,
    /// Grid workers in all.
    pub workers_total: u64,
    /// Residential compounds with a slogan.
    pub compounds_with_slogans: u64,
    /// Residential compounds in all.
    pub compounds_total: u64,
}

/// Business premises of financial institutions (M-BANK-SIGN).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Premises {
    /// Premises with a warning sign in a prominent place.
    pub with_sign: u64,
    /// Premises in all.
    pub total: u64,
}

/// A TV or radio interview programme, or a media report (M-PROP-*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Broadcast {
    /// Its title.
    pub title: String,
    /// TV, radio, newspaper ….
    pub channel: Channel,
    /// The day it aired or appeared.
    pub date: NaiveDate,
}

/// Everything a unit's record holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct UnitRecord {
    /// The unit's name (any of its names).
    pub unit: String,
    /// The roles of a unit that is not on the campaign's roster (another town, say);
    /// ignored for a unit on the roster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Role>>,
    /// Whether the unit organises its own concentrated publicity (D-PLAN-SELFORG).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_organises_concentrated_day: Option<bool>,
    /// What the office received, and when.
    #[serde(default)]
    pub submissions: Vec<Submission>,
    /// Media publicity works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_works: Option<Vec<MediaWork>>,
    /// "七进" activities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outreach: Option<Vec<OutreachActivity>>,
    /// Sites on the concentrated day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concentrated_day: Option<Vec<Attendance>>,
    /// Grid figures (towns/streets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid: Option<Grid>,
    /// Premises with warning signs (financial institutions and their coordinator).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premises: Option<Premises>,
    /// TV/radio interview programmes (市委宣传部).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tv_interviews: Option<Vec<Broadcast>>,
    /// Media publicity reports arranged (市委宣传部).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_reports: Option<Vec<Broadcast>>,
    /// The unit's Annex 3 table, as filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annex3: Option<serde_json::Value>,
    /// The office's spot checks of the unit (E-SPOTCHECK); absent or empty: not checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spot_checks: Option<Vec<SpotCheck>>,
}

/// Why a record could not be read: an [`InputError`] of code `INPUT`.
pub type RecordError = InputError;

impl UnitRecord {
    /// `单位记录` / `unit record`: what a record's errors name.
    pub fn what() -> Text {
        Text::new("单位记录", "unit record")
    }

    /// A record refused for `problems`.
    pub fn refused(problems: Vec<Problem>) -> InputError {
        InputError::new(RuleId::Input, UnitRecord::what(), problems)
    }
}

impl UnitRecord {
    /// Parses a record; unknown fields are refused so a misspelt key is not ignored.
    ///
    /// # Errors
    ///
    /// An [`InputError`] of code `INPUT`: text that is not JSON (with its line and
    /// column) or over [`MAX_RECORD_JSON`], or every problem of its shape, each with its
    /// path.
    pub fn from_json(json: &str) -> Result<UnitRecord, InputError> {
        if json.len() > MAX_RECORD_JSON {
            return Err(UnitRecord::refused(vec![Problem::too_large(
                json.len(),
                MAX_RECORD_JSON,
            )]));
        }
        let v = crate::json::parse(json)
            .map_err(|e| UnitRecord::refused(vec![Problem::not_json(&e)]))?;
        crate::json::from_value(&v).map_err(UnitRecord::refused)
    }

    /// The Annex 3 table as a form, when the record has one.
    pub fn annex3_form(&self) -> Option<Form> {
        self.annex3.as_ref().map(Form::from_json)
    }
}

// Reading (see `crate::json`).
crate::json::read_struct!(MediaWork {
    title: req,
    channel: req,
    published_at: req,
    reported_at: opt,
    new_media: opt,
});
crate::json::read_struct!(OutreachActivity {
    kind: req,
    date: req,
    place: or_default,
    participants: opt
});
crate::json::read_struct!(Attendance {
    venue: req,
    staff: opt,
    arrived_at: opt,
    banners: opt,
    boards: opt,
    materials: opt,
    brochures: opt,
    consultations: opt,
    reports_collected: opt,
});
crate::json::read_struct!(SpotCheck {
    date: req,
    consistent: req,
    note: opt,
});
crate::json::read_struct!(Grid {
    workers_aware: req,
    workers_total: req,
    compounds_with_slogans: req,
    compounds_total: req,
});
crate::json::read_struct!(Premises {
    with_sign: req,
    total: req
});
crate::json::read_struct!(Broadcast {
    title: req,
    channel: req,
    date: req
});
crate::json::read_struct!(UnitRecord {
    unit: req,
    roles: opt,
    self_organises_concentrated_day: opt,
    submissions: or_default,
    media_works: opt,
    outreach: opt,
    concentrated_day: opt,
    grid: opt,
    premises: opt,
    tv_interviews: opt,
    media_reports: opt,
    annex3: opt,
    spot_checks: opt,
});
