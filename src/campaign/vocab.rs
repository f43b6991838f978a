//! The campaign's open vocabularies: units, materials, channels, activity lists and
//! figures. Each is declared in the file; records and duties name them by key.

use super::*;

/// A reporting unit of the campaign (UNITS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnitDef {
    /// The name as the plan writes it.
    pub name: String,
    /// Other names of the same unit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// What it is: keys of the campaign's `roles`.
    pub roles: Vec<String>,
    /// Venues assigned to it for an event (a street's 06-15 places in 2021).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub venues: Vec<String>,
}

impl UnitDef {
    /// Whether the unit holds role `role`.
    pub fn has(&self, role: &str) -> bool {
        self.roles.iter().any(|r| r == role)
    }
}

/// Something units send the office: a plan, a progress report, a summary ….
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MaterialDef {
    /// Stable key (`plan`), as records write it.
    pub key: String,
    /// Its name (宣传活动计划).
    pub name: Text,
    /// Other names a clerk writes for it (工作方案, 简报 …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The parts it may include (a summary's pictures …), by key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<KindDef>,
    /// What it may state (a plan's time, place, method), by key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Named>,
}

impl MaterialDef {
    /// The part a written name means (its key, name or an alias).
    pub fn part(&self, written: &str) -> Option<&KindDef> {
        self.parts
            .iter()
            .find(|p| p.key == written || p.answers_to(written))
    }

    /// The statement with `key`.
    pub fn statement(&self, key: &str) -> Option<&Named> {
        self.statements.iter().find(|s| s.key == key)
    }
}

/// A channel media works appear on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChannelDef {
    /// Stable key (`wechat`).
    pub key: String,
    /// Its name (微信公众号).
    pub name: Text,
    /// Other names (微信, 公众号 …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Classes duties filter by (`new_media`, `broadcast`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl ChannelDef {
    /// Whether a written name (in its [`crate::util::fold_word`] form) is this
    /// channel.
    pub(crate) fn answers_to(&self, w: &str) -> bool {
        self.key == w
            || [&self.name.zh, &self.name.en]
                .into_iter()
                .chain(&self.aliases)
                .any(|a| fold_word(a) == w)
    }

    /// Whether the channel is `key` or carries tag `key`.
    pub fn is(&self, key: &str) -> bool {
        self.key == key || self.tags.iter().any(|t| t == key)
    }
}

/// A field of an activity list's items (a media work's title, a "七进" activity's
/// kind …). The set is the library's; a list chooses which it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ItemField {
    /// Its title (text).
    Title,
    /// Its kind, by any name of the list's kinds (text).
    Kind,
    /// Its channel (a channel of the campaign).
    Channel,
    /// The day it took place.
    Date,
    /// When it was published (an instant).
    PublishedAt,
    /// When it was reported to the office (an instant).
    ReportedAt,
    /// Where (text).
    Place,
    /// How many people took part.
    Participants,
    /// Whether it is new media (yes/no; by default, from its channel's `new_media` tag).
    NewMedia,
}

crate::text::labels!(ItemField {
    Title => "title", "标题", "title";
    Kind => "kind", "类别", "kind";
    Channel => "channel", "渠道", "channel";
    Date => "date", "日期", "date";
    PublishedAt => "published_at", "发布时间", "published at";
    ReportedAt => "reported_at", "报送时间", "reported at";
    Place => "place", "地点", "place";
    Participants => "participants", "参加人数", "participants";
    NewMedia => "new_media", "新媒体", "new media";
});

/// Whether a list's items must give a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// Every item gives it.
    Required,
    /// An item may leave it out.
    Optional,
}

/// One kind of a list's activities ("进学校" …), or one part of a material.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct KindDef {
    /// Stable key, e.g. `schools`.
    pub key: String,
    /// The name in the plan, e.g. 学校.
    pub name: String,
    /// English, when the plan's word needs one in English output.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    /// Other names of the same kind (校园 …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl KindDef {
    /// Whether `w` (white space removed) is its name or an alias.
    pub(crate) fn answers_to(&self, w: &str) -> bool {
        self.name == w || self.aliases.iter().any(|a| a == w)
    }

    /// Its name in both languages (the English falls back to the plan's word).
    pub fn label(&self) -> Text {
        let en = if self.en.is_empty() {
            &self.name
        } else {
            &self.en
        };
        Text::new(self.name.clone(), en.clone())
    }
}

/// The kinds a list's activities are of ("七进" in 2021).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct KindList {
    /// What the list of kinds is called: 七进.
    pub name: String,
    /// The plan's clause.
    pub clause: String,
    /// A prefix people write before a kind's name and that is not part of it (进).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    /// The kinds.
    pub kinds: Vec<KindDef>,
}

impl KindList {
    /// The kind a written name means: its name or an alias, with or without the
    /// prefix, ignoring white space. `None` for a kind outside the list.
    ///
    /// ```
    /// let c = fangfei::Campaign::embedded();
    /// let o = c.list("outreach").unwrap().kinds.as_ref().unwrap();
    /// assert_eq!(o.resolve("进工厂").map(|k| k.key.as_str()), Some("enterprises"));
    /// assert_eq!(o.resolve("村屯"), o.resolve("进村组"));
    /// assert!(o.resolve("进地铁").is_none());
    /// ```
    pub fn resolve(&self, written: &str) -> Option<&KindDef> {
        let w: String = written.chars().filter(|c| !c.is_whitespace()).collect();
        let bare = (!self.prefix.is_empty())
            .then(|| w.strip_prefix(self.prefix.as_str()))
            .flatten()
            .unwrap_or(&w);
        self.kinds.iter().find(|k| k.answers_to(bare))
    }
}

/// Where a list, a figures group or an event's sites are kept in the office's
/// ledger workbook, when not on a sheet of their own name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LedgerPlace {
    /// The sheet's name.
    pub sheet: String,
    /// On a sheet several lists share: what its 类型 column says for this list (the
    /// first is the one offered).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub type_values: Vec<String>,
}

/// A list of dated activities a unit's record holds: media works, "七进" activities,
/// programmes ….
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ListDef {
    /// Stable key; the record's field (`media_works`).
    pub key: String,
    /// What the list holds (媒体宣传作品).
    pub name: Text,
    /// The fields of its items, and whether each is required. An item gives a
    /// `date` or a `published_at` (its day).
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::campaign::schema::ItemFields")
    )]
    pub fields: Keyed<ItemField, Need>,
    /// The kinds its items are of, when it has kinds ("七进").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<KindList>,
    /// Its place in the ledger, when not a sheet named after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ledger: Option<LedgerPlace>,
}

impl ListDef {
    /// Whether items of the list have `field`.
    pub fn has(&self, field: ItemField) -> bool {
        self.fields.contains_key(&field)
    }
}

/// A group of figures a unit's record gives as one object (`grid`: workers aware,
/// workers in all …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FiguresDef {
    /// Stable key; the record's field (`grid`).
    pub key: String,
    /// What the figures are (网格化宣传数据).
    pub name: Text,
    /// The figures, each a whole number the record gives.
    pub fields: Vec<Named>,
    /// Its place in the ledger, when not a sheet named after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ledger: Option<LedgerPlace>,
}
