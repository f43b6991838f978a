//! A unit's record for the campaign: what it did and what it sent the office.
//!
//! One JSON object per unit, whose fields are the campaign's: beside `unit`,
//! `roles` (a unit off the roster), `submissions` and `spot_checks`, a record holds
//! each **list** the campaign declares (`media_works`, `outreach` in 2021), each
//! **figures** group (`grid`), each **event**'s sites (`concentrated_day`), each
//! **flag** (`self_organises_concentrated_day`) and the **statistics table** (`annex3`),
//! under the keys the campaign gives them — so that the documented 2021 record reads
//! as it always has, and another plan's records read by that plan's words. A field no
//! declaration names is refused, so a misspelt key is not silently ignored.
//!
//! A list that is absent means "the record does not say", and the rules that need it
//! answer *cannot judge*; an empty list means "none", and they answer *fail*.
//!
//! ```
//! let c = fangfei::Campaign::embedded();
//! let json = r#"{
//!   "unit": "市教育局",
//!   "submissions": [{"kind": "plan", "submitted_at": "2021-06-09T16:00:00+08:00"}],
//!   "media_works": [],
//!   "outreach": [{"kind": "进学校", "date": "2021-06-11", "place": "第一中学", "participants": 300}]
//! }"#;
//! let record = fangfei::record::UnitRecord::from_json(c, json).unwrap();
//! assert_eq!(record.list("outreach").unwrap().len(), 1);
//! assert!(record.sites("concentrated_day").is_none()); // not reported: cannot judge
//! ```

use crate::keyed::Keyed;

use chrono::NaiveDate;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use crate::annex3::Form;
use crate::campaign::{Campaign, ItemField, ListDef, Need};
use crate::error::{InputError, Problem};
use crate::json::{FromJson, Reader};
use crate::rule::RuleId;
use crate::text::Text;
use crate::time::Instant;

/// Largest record [`UnitRecord::from_json`] reads (4 MiB).
pub const MAX_RECORD_JSON: usize = 4 << 20;

/// Longest `unit` a refused record is said to be of ([`InputError::unit`]), in
/// characters: a unit's name, not a page of text.
const MAX_UNIT_NAME: usize = 100;

/// One thing a unit sent the office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Submission {
    /// What was sent: a material's key.
    pub kind: String,
    /// When the office received it (Beijing time, or any offset).
    pub submitted_at: Instant,
    /// For a node's report: the node it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node: Option<NaiveDate>,
    /// The parts it includes (keys of the material's parts).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
    /// What it states (keys of the material's statements).
    #[serde(default, skip_serializing_if = "Keyed::is_empty")]
    pub stated: Keyed<String, String>,
    /// Whether the office promoted it as good practice.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub promoted: bool,
}

impl Submission {
    /// A submission of material `kind` at `at`, with nothing else stated.
    pub fn new(kind: impl Into<String>, at: Instant) -> Submission {
        Submission {
            kind: kind.into(),
            submitted_at: at,
            node: None,
            parts: Vec::new(),
            stated: Keyed::new(),
            promoted: false,
        }
    }

    /// Whether it states `key` (a non-blank text).
    pub fn states(&self, key: &str) -> bool {
        self.stated.get(key).is_some_and(|s| !s.trim().is_empty())
    }
}

/// One item of an activity list: a media work, a "七进" activity, a programme. Which
/// fields it has is the list's declaration ([`ListDef::fields`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Its title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Its kind, as written (进学校, 学校, 校园 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Its channel: a key of the campaign's channels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// When it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<Instant>,
    /// When it was reported to the office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_at: Option<Instant>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// How many people took part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u64>,
    /// Whether it is new media (by default, from the channel's `new_media` tag).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_media: Option<bool>,
}

impl Item {
    /// When it happened: its publication, or its day's start.
    pub fn when(&self) -> Option<Instant> {
        self.published_at.or(self.date.map(Instant::start_of))
    }

    /// Its Beijing day.
    pub fn day(&self) -> Option<NaiveDate> {
        self.date.or(self.published_at.map(Instant::date))
    }

    /// Whether the item passes a channel filter (keys or tags; none: every item). An
    /// item's own `new_media` answer decides the `new_media` tag for it.
    pub fn on(&self, campaign: &Campaign, filter: &[String]) -> bool {
        if filter.is_empty() {
            return true;
        }
        let ch = self.channel.as_deref().and_then(|k| campaign.channel(k));
        filter.iter().any(|f| match (f.as_str(), self.new_media) {
            ("new_media", Some(answer)) => answer,
            _ => ch.is_some_and(|c| c.is(f)),
        })
    }
}

/// One site of a unit at an event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Site {
    /// The venue.
    pub venue: String,
    /// Persons present.
    pub staff: Option<u64>,
    /// When the staff arrived, or the site's activity began.
    pub arrived_at: Option<Instant>,
    /// The event's items, answered yes or no, by key (`banners`).
    pub items: Keyed<String, bool>,
    /// The event's figures, by key (`consultations`).
    pub figures: Keyed<String, u64>,
}

impl Serialize for Site {
    /// The flat object the reader takes: `venue`, `staff`, `arrived_at`, then each
    /// item and figure under its key.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("venue", &self.venue)?;
        if let Some(n) = self.staff {
            m.serialize_entry("staff", &n)?;
        }
        if let Some(t) = &self.arrived_at {
            m.serialize_entry("arrived_at", t)?;
        }
        for (k, v) in &self.items {
            m.serialize_entry(k, v)?;
        }
        for (k, v) in &self.figures {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// One spot check by the office of a unit's work against its plan (E-SPOTCHECK).
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

/// Everything a unit's record holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitRecord {
    /// The unit's name (any of its names).
    pub unit: String,
    /// The roles of a unit that is not on the campaign's roster (another town, say);
    /// ignored for a unit on the roster.
    pub roles: Option<Vec<String>>,
    /// The campaign's flags the record answers, by key.
    pub flags: Keyed<String, bool>,
    /// What the office received, and when.
    pub submissions: Vec<Submission>,
    /// The activity lists the record gives, by the list's key (absent: not said).
    pub lists: Keyed<String, Vec<Item>>,
    /// The unit's sites at each event the record gives, by the event's key.
    pub sites: Keyed<String, Vec<Site>>,
    /// The figures groups the record gives, by key, each figure by key.
    pub figures: Keyed<String, Keyed<String, u64>>,
    /// The statistics table as filled, under the table's key.
    pub table: Option<(String, Value)>,
    /// The office's spot checks of the unit; absent or empty: not checked.
    pub spot_checks: Option<Vec<SpotCheck>>,
}

impl UnitRecord {
    /// An empty record of `unit`.
    pub fn of(unit: impl Into<String>) -> UnitRecord {
        UnitRecord {
            unit: unit.into(),
            ..UnitRecord::default()
        }
    }

    /// The items of list `key`, when the record gives the list.
    pub fn list(&self, key: &str) -> Option<&[Item]> {
        self.lists.get(key).map(Vec::as_slice)
    }

    /// The sites at event `key`, when the record gives them.
    pub fn sites(&self, key: &str) -> Option<&[Site]> {
        self.sites.get(key).map(Vec::as_slice)
    }

    /// The record's answer to flag `key`.
    pub fn flag(&self, key: &str) -> Option<bool> {
        self.flags.get(key).copied()
    }

    /// The statistics table as a form, when the record has one.
    pub fn annex3_form(&self) -> Option<Form> {
        self.table.as_ref().map(|(_, v)| Form::from_json(v))
    }
}

impl Serialize for UnitRecord {
    /// The object [`UnitRecord::from_json`] reads: the campaign's fields under their
    /// keys, beside `unit`, `roles`, `submissions` and `spot_checks`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("unit", &self.unit)?;
        if let Some(r) = &self.roles {
            m.serialize_entry("roles", r)?;
        }
        for (k, v) in &self.flags {
            m.serialize_entry(k, v)?;
        }
        m.serialize_entry("submissions", &self.submissions)?;
        for (k, v) in &self.lists {
            m.serialize_entry(k, v)?;
        }
        for (k, v) in &self.sites {
            m.serialize_entry(k, v)?;
        }
        for (k, v) in &self.figures {
            m.serialize_entry(k, v)?;
        }
        if let Some((k, v)) = &self.table {
            m.serialize_entry(k, v)?;
        }
        if let Some(c) = &self.spot_checks {
            m.serialize_entry("spot_checks", c)?;
        }
        m.end()
    }
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
        InputError::new(RuleId::INPUT, UnitRecord::what(), problems)
    }

    /// Parses a record of `campaign`'s shape; unknown fields are refused so a misspelt
    /// key is not ignored.
    ///
    /// # Errors
    ///
    /// An [`InputError`] of code `INPUT`: text that is not JSON (with its line and
    /// column) or over [`MAX_RECORD_JSON`], or every problem of its shape, each with its
    /// path.
    pub fn from_json(campaign: &Campaign, json: &str) -> Result<UnitRecord, InputError> {
        if json.len() > MAX_RECORD_JSON {
            return Err(UnitRecord::refused(vec![Problem::too_large(
                json.len(),
                MAX_RECORD_JSON,
            )]));
        }
        let v = crate::json::parse(json)
            .map_err(|e| UnitRecord::refused(vec![Problem::not_json(&e)]))?;
        UnitRecord::from_value(campaign, &v)
    }

    /// Reads a record of `campaign`'s shape from a parsed value.
    ///
    /// # Errors
    ///
    /// As [`UnitRecord::from_json`].
    pub fn from_value(campaign: &Campaign, v: &Value) -> Result<UnitRecord, InputError> {
        let mut r = Reader::default();
        let read = read_record(&mut r, campaign, v);
        r.finish(read).map_err(|problems| {
            let e = UnitRecord::refused(problems);
            // Whose record it is, when its `unit` reads (a name, not a page of text).
            match v.get("unit").and_then(Value::as_str).map(str::trim) {
                Some(u) if !u.is_empty() && u.chars().count() <= MAX_UNIT_NAME => e.for_unit(u),
                _ => e,
            }
        })
    }
}

/// The field of a record at `path` in the campaign's Chinese words, as the ledger
/// heads it (材料报送第1条的收到时间, 媒体宣传作品第2条的发布时间), for a Chinese
/// message, which names no key or path (RULES.md §8; issue 29, item 19). A key the
/// campaign does not know is quoted as written (“colour”); `None` for the record as
/// a whole. Words from the campaign, and the record's own few (材料, 收到时间 …).
/// The command line names a refused record's places so
/// ([`crate::InputError::with_places_zh`]); the npm package does not yet (its main
/// module's size budget).
///
/// ```
/// use fangfei::{record::field_zh, Campaign, Path};
/// let c = Campaign::embedded();
/// let at = Path::key("submissions").at(0).field("submitted_at");
/// assert_eq!(field_zh(c, &at).unwrap(), "材料报送第1条的收到时间");
/// assert_eq!(field_zh(c, &Path::key("colour")).unwrap(), "“colour”");
/// ```
pub fn field_zh(campaign: &Campaign, path: &crate::path::Path) -> Option<String> {
    /// The Chinese name of a field of the part (its key, and the key under it).
    type FieldWords<'c> = Box<dyn Fn(&str, Option<&str>) -> Option<String> + 'c>;
    use crate::path::Segment;
    fn key(s: Option<&Segment>) -> Option<&str> {
        match s {
            Some(Segment::Key(k)) => Some(k.as_ref()),
            _ => None,
        }
    }
    let quoted = |k: &str| format!("“{}”", crate::text::printable(k));
    let segs = path.segments();
    let k0 = key(segs.first())?;
    let named = |list: &[crate::campaign::Named], k: &str| {
        list.iter().find(|n| n.key == k).map(|n| n.name.zh.clone())
    };
    // The part the key names, and how its fields are named.
    let (mut out, field): (String, FieldWords<'_>) = match k0 {
        "unit" => return Some("单位".into()),
        "roles" => return Some("单位类型".into()),
        "submissions" => (
            "材料报送".into(),
            Box::new(|k, k2| match k {
                "kind" => Some("材料".into()),
                "submitted_at" => Some("收到时间".into()),
                "node" => Some("节点".into()),
                "parts" => Some("所含内容".into()),
                "promoted" => Some("推广".into()),
                "stated" => k2.and_then(|k2| {
                    campaign
                        .materials
                        .iter()
                        .find_map(|m| named(&m.statements, k2))
                }),
                _ => None,
            }),
        ),
        "spot_checks" => (
            "实地抽查".into(),
            Box::new(|k, _| match k {
                "date" => Some("日期".into()),
                "consistent" => Some("与计划一致".into()),
                "note" => Some("记录".into()),
                _ => None,
            }),
        ),
        _ => {
            if let Some(f) = campaign.flag(k0) {
                return Some(f.name.zh.clone());
            } else if let Some(l) = campaign.lists.iter().find(|l| l.key == k0) {
                (
                    l.name.zh.clone(),
                    Box::new(|k, _| {
                        ItemField::VARIANTS
                            .iter()
                            .find(|f| f.as_str() == k)
                            .map(|f| f.label(crate::text::Lang::Zh).to_owned())
                    }),
                )
            } else if let Some(e) = campaign.events.iter().find(|e| e.key == k0) {
                (
                    e.name.zh.clone(),
                    Box::new(move |k, _| match k {
                        "venue" => Some("地点".into()),
                        "staff" => Some("人数".into()),
                        "arrived_at" => Some("到场时间".into()),
                        _ => named(&e.items, k).or_else(|| {
                            e.figures
                                .iter()
                                .find(|f| f.key == k)
                                .map(|f| f.name.zh.clone())
                        }),
                    }),
                )
            } else if let Some(g) = campaign.figures.iter().find(|g| g.key == k0) {
                (g.name.zh.clone(), Box::new(move |k, _| named(&g.fields, k)))
            } else if let Some(t) = campaign.statistics_table.as_ref().filter(|t| t.key == k0) {
                (
                    t.name.zh.clone(),
                    Box::new(move |k, _| t.column(k).map(|c| c.header_zh())),
                )
            } else {
                return Some(quoted(k0));
            }
        }
    };
    let mut rest = segs.get(1..).unwrap_or(&[]);
    while let Some(Segment::Index(i)) = rest.first() {
        out.push_str(&format!("第{}条", i.saturating_add(1)));
        rest = rest.get(1..).unwrap_or(&[]);
    }
    if let Some(k1) = key(rest.first()) {
        out.push('的');
        out.push_str(&field(k1, key(rest.get(1))).unwrap_or_else(|| quoted(k1)));
    }
    Some(out)
}

/// The keys a record of `campaign` may have.
pub fn record_keys(campaign: &Campaign) -> Vec<&str> {
    let mut keys = vec!["unit", "roles", "submissions", "spot_checks"];
    keys.extend(campaign.flags.iter().map(|f| f.key.as_str()));
    keys.extend(campaign.lists.iter().map(|l| l.key.as_str()));
    keys.extend(campaign.events.iter().map(|e| e.key.as_str()));
    keys.extend(campaign.figures.iter().map(|f| f.key.as_str()));
    keys.extend(campaign.statistics_table.iter().map(|t| t.key.as_str()));
    keys
}

fn read_record(r: &mut Reader, c: &Campaign, v: &Value) -> Option<UnitRecord> {
    let keys = record_keys(c);
    let o = r.object(v, Some(&keys))?;
    let unit = r.req(o, "unit");
    let roles = r.opt(o, "roles");
    let mut ok = true;
    let submissions = match o.get("submissions") {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(v) => r.within("submissions", |r| {
            r.list(v, |r, s| read_submission(r, c, s))
        }),
    };
    let mut flags = Keyed::new();
    for f in &c.flags {
        match r.opt_at::<bool>(o, &f.key) {
            Some(Some(b)) => {
                flags.insert(f.key.clone(), b);
            }
            Some(None) => {}
            None => ok = false,
        }
    }
    let mut lists = Keyed::new();
    for l in &c.lists {
        if let Some(v) = o.get(&l.key).filter(|v| !v.is_null()) {
            match r.within(&l.key, |r| r.list(v, |r, item| read_item(r, c, l, item))) {
                Some(items) => {
                    lists.insert(l.key.clone(), items);
                }
                None => ok = false,
            }
        }
    }
    let mut sites = Keyed::new();
    for e in &c.events {
        if let Some(v) = o.get(&e.key).filter(|v| !v.is_null()) {
            match r.within(&e.key, |r| r.list(v, |r, s| read_site(r, e, s))) {
                Some(list) => {
                    sites.insert(e.key.clone(), list);
                }
                None => ok = false,
            }
        }
    }
    let mut figures = Keyed::new();
    for f in &c.figures {
        if let Some(v) = o.get(&f.key).filter(|v| !v.is_null()) {
            let read = r.within(&f.key, |r| {
                let keys: Vec<&str> = f.fields.iter().map(|n| n.key.as_str()).collect();
                let fo = r.object(v, Some(&keys))?;
                let mut out = Keyed::new();
                let mut all = true;
                for n in &f.fields {
                    match r.req_at::<u64>(fo, &n.key) {
                        Some(x) => {
                            out.insert(n.key.clone(), x);
                        }
                        None => all = false,
                    }
                }
                all.then_some(out)
            });
            match read {
                Some(g) => {
                    figures.insert(f.key.clone(), g);
                }
                None => ok = false,
            }
        }
    }
    let table = c.statistics_table.as_ref().and_then(|t| {
        o.get(&t.key)
            .filter(|v| !v.is_null())
            .map(|v| (t.key.clone(), v.clone()))
    });
    let spot_checks = r.opt(o, "spot_checks");
    match (unit, roles, submissions, spot_checks) {
        (Some(unit), Some(roles), Some(submissions), Some(spot_checks)) if ok => Some(UnitRecord {
            unit,
            roles,
            flags,
            submissions,
            lists,
            sites,
            figures,
            table,
            spot_checks,
        }),
        _ => None,
    }
}

fn read_submission(r: &mut Reader, c: &Campaign, v: &Value) -> Option<Submission> {
    let o = r.object(
        v,
        Some(&[
            "kind",
            "submitted_at",
            "node",
            "parts",
            "stated",
            "promoted",
        ]),
    )?;
    let kind: Option<String> = r.req(o, "kind");
    let material = kind.as_deref().and_then(|k| {
        let m = c.resolve_material(k);
        if m.is_none() {
            // Offered by the names a clerk reads in Chinese (活动计划 …), which the
            // reader takes as well as the keys (issue 29, item 19).
            let names: Vec<&str> = c.materials.iter().map(|m| m.key.as_str()).collect();
            let zh: Vec<&str> = c.materials.iter().map(|m| m.name.zh.as_str()).collect();
            let t = crate::text::unknown(&Text::new("材料", "material"), k, &zh, &names);
            r.problem_at_key("kind", t.zh, t.en);
        }
        m
    });
    let submitted_at = r.req(o, "submitted_at");
    let node = r.opt(o, "node");
    let promoted = r.or_default(o, "promoted");
    let parts: Option<Vec<String>> = r.or_default(o, "parts");
    let parts = parts.and_then(|written| {
        let m = material?;
        let mut out = Vec::with_capacity(written.len());
        let mut ok = true;
        for (i, p) in written.iter().enumerate() {
            match m.part(p) {
                Some(part) => out.push(part.key.clone()),
                None => {
                    let names: Vec<&str> = m.parts.iter().map(|p| p.key.as_str()).collect();
                    r.within("parts", |r| {
                        r.within_index(i, |r| {
                            r.problem(
                                format!(
                                    "“{}”不是{}的组成部分,可填:{}",
                                    clip(p),
                                    m.name.zh,
                                    names.join("、")
                                ),
                                format!(
                                    "{:?} is no part of the {}; one of: {}",
                                    clip(p),
                                    m.name.en,
                                    names.join(", ")
                                ),
                            );
                            None::<()>
                        })
                    });
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    });
    let stated: Option<Keyed<String, String>> = match o.get("stated") {
        None | Some(Value::Null) => Some(Keyed::new()),
        Some(v) => r.within("stated", |r| {
            let keys: Vec<&str> = material
                .map(|m| m.statements.iter().map(|s| s.key.as_str()).collect())
                .unwrap_or_default();
            let so = r.object(v, Some(&keys))?;
            let mut out = Keyed::new();
            let mut ok = true;
            for k in keys {
                match r.opt_at::<String>(so, k) {
                    Some(Some(s)) => {
                        out.insert(k.to_owned(), s);
                    }
                    Some(None) => {}
                    None => ok = false,
                }
            }
            ok.then_some(out)
        }),
    };
    match (material, submitted_at, node, parts, stated, promoted) {
        (Some(m), Some(submitted_at), Some(node), Some(parts), Some(stated), Some(promoted)) => {
            Some(Submission {
                kind: m.key.clone(),
                submitted_at,
                node,
                parts,
                stated,
                promoted,
            })
        }
        _ => None,
    }
}

fn clip(s: &str) -> String {
    crate::text::clipped(s, 24)
}

fn read_item(r: &mut Reader, c: &Campaign, l: &ListDef, v: &Value) -> Option<Item> {
    let keys: Vec<&str> = l.fields.keys().map(|f| f.as_str()).collect();
    let o = r.object(v, Some(&keys))?;
    let mut ok = true;
    let mut item = Item::default();
    for (field, need) in &l.fields {
        let key = field.as_str();
        let present = o.get(key).is_some_and(|v| !v.is_null());
        if !present {
            if *need == Need::Required {
                r.problem_at_key(key, "缺少此字段".into(), "missing field".into());
                ok = false;
            }
            continue;
        }
        let read = match field {
            ItemField::Title => r.opt_at(o, key).map(|v| item.title = v),
            ItemField::Kind => r.opt_at(o, key).map(|v| item.kind = v),
            ItemField::Place => r.opt_at(o, key).map(|v| item.place = v),
            ItemField::Date => r.opt_at(o, key).map(|v| item.date = v),
            ItemField::PublishedAt => r.opt_at(o, key).map(|v| item.published_at = v),
            ItemField::ReportedAt => r.opt_at(o, key).map(|v| item.reported_at = v),
            ItemField::Participants => r.opt_at(o, key).map(|v| item.participants = v),
            ItemField::NewMedia => r.opt_at(o, key).map(|v| item.new_media = v),
            ItemField::Channel => r
                .within(key, |r| {
                    let written = <String as FromJson>::read(r, o.get(key)?)?;
                    match c.resolve_channel(&written) {
                        Some(ch) => Some(ch.key.clone()),
                        None => {
                            let names: Vec<&str> =
                                c.channels.iter().map(|c| c.name.zh.as_str()).collect();
                            let keys: Vec<&str> =
                                c.channels.iter().map(|c| c.key.as_str()).collect();
                            let what = Text::new("渠道", "channel");
                            let t = crate::text::unknown(&what, &written, &names, &keys);
                            r.problem(t.zh, t.en);
                            None
                        }
                    }
                })
                .map(|ch| item.channel = Some(ch)),
        };
        ok &= read.is_some();
    }
    ok.then_some(item)
}

fn read_site(r: &mut Reader, e: &crate::campaign::EventDef, v: &Value) -> Option<Site> {
    let mut keys = vec!["venue", "staff", "arrived_at"];
    keys.extend(e.items.iter().map(|n| n.key.as_str()));
    keys.extend(e.figures.iter().map(|n| n.key.as_str()));
    let o = r.object(v, Some(&keys))?;
    let venue = r.req(o, "venue");
    let staff = r.opt(o, "staff");
    let arrived_at = r.opt(o, "arrived_at");
    let mut ok = true;
    let mut items = Keyed::new();
    for n in &e.items {
        match r.opt_at::<bool>(o, &n.key) {
            Some(Some(b)) => {
                items.insert(n.key.clone(), b);
            }
            Some(None) => {}
            None => ok = false,
        }
    }
    let mut figures = Keyed::new();
    for n in &e.figures {
        match r.opt_at::<u64>(o, &n.key) {
            Some(Some(x)) => {
                figures.insert(n.key.clone(), x);
            }
            Some(None) => {}
            None => ok = false,
        }
    }
    match (venue, staff, arrived_at) {
        (Some(venue), Some(staff), Some(arrived_at)) if ok => Some(Site {
            venue,
            staff,
            arrived_at,
            items,
            figures,
        }),
        _ => None,
    }
}

crate::json::read_struct!(SpotCheck {
    date: req,
    consistent: req,
    note: opt,
});

/// A record as a JSON object (the shape [`UnitRecord::from_json`] reads).
pub fn to_object(record: &UnitRecord) -> Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(o)) => o,
        _ => Map::new(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

    use super::UnitRecord;
    use crate::Campaign;

    /// Issue 29, item 19: a refused record's Chinese message names each field as the
    /// ledger heads it, and offers the materials by their names — no key, no path;
    /// the English and each problem's path keep the keys.
    #[test]
    fn a_refused_record_is_said_in_the_campaigns_words() {
        let json = r#"{"unit": "市教育局", "colour": 1,
            "submissions": [{"kind": "x", "submitted_at": "6月9日"}],
            "media_works": [{"title": "a", "channel": "微信", "published_at": "x"}]}"#;
        let c = Campaign::embedded();
        let e = UnitRecord::from_json(c, json)
            .unwrap_err()
            .with_places_zh(|p| super::field_zh(c, p));
        assert_eq!(
            e.message().zh,
            "单位记录不予接受:“colour”:未知字段(拼写有误?);\
             材料报送第1条的材料:未知的材料“x”,可填:活动计划、新媒体作品、动态信息、活动总结、统计表;\
             材料报送第1条的收到时间:“6月9日”没有写年份,请写全(如2024-05-20 09:30);\
             媒体宣传作品第1条的发布时间:“x”不是时间(可写作2024-05-20T09:30:00+08:00、2024-05-20 09:30、2024-05-20或5月20日9:30)"
        );
        assert!(e
            .message()
            .en
            .contains("submissions[0].kind: unknown material \"x\"; one of: plan, "));
        assert_eq!(e.problems()[1].path, "submissions[0].kind");
    }
}
