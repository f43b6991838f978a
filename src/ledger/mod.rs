//! The office's ledger (台账): one workbook kept through the month, a sheet per kind of
//! entry, its layout and its reading written from the campaign's declarations — the
//! units and their flags, the materials received, each activity list, each event's
//! sites, the figures, the spot checks and the statistics table — so that another plan
//! gets its own sheets and lists, and the 2021 ledger reads as it always has.
//!
//! I/O-free: [`layout`] says what sheets and columns the ledger has (a front end writes
//! the workbook from it, and [`rows`] gives the rows of records already held); [`read`]
//! takes the cells of its tables, as text, and gives the unit records and every problem
//! at its cell (`材料报送!C7`). A row with a problem is left out of its unit's record —
//! said, not lost. A sheet that is present lists everything the office received of its
//! kind: a unit with no row there sent none (an empty list, which the rules judge),
//! while a sheet that is absent says nothing (the rules answer 无法判断) — except the
//! materials received (材料报送), which a record cannot leave unsaid: its absence is one
//! workbook-level error naming the sheet, so the missing returns that follow are known
//! to come from it (issue 28). A hidden sheet is read, with a warning that says so; a
//! sheet named as a copy of another (`材料报送 (2)`) is refused naming both; a second
//! row of a unit on a sheet that keeps one value per unit (单位名单, the figures, the
//! statistics table) is refused at its cell naming the first, which counts.
//!
//! ```
//! use fangfei::ledger::{layout, read, Part};
//! use fangfei::annex3::sheet::Locator;
//! let c = fangfei::Campaign::embedded();
//! assert!(layout(c).sheets.iter().any(|s| s.name == "材料报送"));
//! let row = |cells: &[&str]| cells.iter().map(|s| s.to_string()).collect::<Vec<_>>();
//! let rows = vec![
//!     (1, row(&["单位", "材料", "收到时间"])),
//!     (2, row(&["教育局", "工作方案", "6月9日 15:10"])),
//! ];
//! let ledger = read(c, &[Part::new("台账.xlsx", Locator::Sheet("材料报送".into()), rows)]);
//! let (_, record) = &ledger.records[0];
//! assert_eq!(record.unit, "教育局");
//! assert_eq!(record.submissions[0].kind, "plan");
//! ```

use crate::campaign::{Campaign, Deliver, DutyRule, ItemField, Need};
use crate::report::Effect;

mod read;
mod rows;
pub(crate) mod values;

pub use read::{read, Ledger, Part};
pub use rows::{rows, Cell};
pub use values::{count, yes_no};

/// The first sheet: how to keep the ledger (not read back).
pub const INSTRUCTIONS: &str = "填表说明";
/// The hidden sheet of the drop-down lists (not read back).
pub const CHOICES: &str = "选项";

/// How a column's cells are read (and what the template lets a clerk type).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Value {
    /// A unit on the roster, by any of its names.
    Unit,
    /// Free text.
    Text,
    /// Written by the template for the clerk, not read back.
    Shown,
    /// An instant: `2021-06-09 15:10`, `6月9日 15:10`, an Excel date cell.
    Instant,
    /// A day.
    Date,
    /// A whole number ≥ 0.
    Count,
    /// 是/否.
    YesNo,
    /// A channel of the campaign, by any of its names.
    Channel,
    /// A material of the campaign, by any of its names.
    Material,
    /// Parts of a material, listed with 、.
    Parts,
    /// One of the values the sheet's 类型 column takes.
    Type,
    /// A cell of the statistics table, kept as typed (the table's checks judge it).
    Raw,
}

/// Where a column's value goes in a unit's record.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Target {
    /// The unit.
    Unit,
    /// Nothing: shown or a note.
    Nothing,
    /// A flag's answer (its key).
    Flag(String),
    /// A submission's material.
    Material,
    /// A submission's node.
    Node,
    /// A submission's time of receipt.
    Received,
    /// A submission's parts.
    Parts,
    /// A submission's statement (its key).
    Statement(String),
    /// Whether a submission was promoted.
    Promoted,
    /// Which list of a shared sheet.
    Type,
    /// A field of a list's item.
    Field(ItemField),
    /// A site's venue.
    Venue,
    /// A site's staff.
    Staff,
    /// A site's time of arrival.
    Arrived,
    /// A site's item (its key).
    Item(String),
    /// A site's figure (its key).
    SiteFigure(String),
    /// A figure of a group: (group, field).
    Figure(String, String),
    /// A spot check's day.
    CheckDate,
    /// Whether a spot check found the plan kept.
    Consistent,
    /// A spot check's note.
    CheckNote,
    /// A count column of the statistics table (its key).
    TableCell(String),
    /// The statistics table's free-text column.
    TableOther,
}

/// A column of a ledger sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The header the template writes.
    pub head: String,
    /// Other headers the reader takes for it.
    pub aliases: Vec<String>,
    /// How its cells are read.
    pub value: Value,
    /// Where the value goes.
    pub target: Target,
    /// Whether a row must fill it.
    pub required: bool,
    /// The template's column width, in characters.
    pub width: f64,
    /// The header's note for the clerk.
    pub note: String,
    /// The drop-down list (a name of [`Layout::choices`]), when the column has one.
    pub choices: Option<String>,
}

impl Column {
    fn new(
        head: impl Into<String>,
        value: Value,
        target: Target,
        width: f64,
        note: impl Into<String>,
    ) -> Column {
        Column {
            head: head.into(),
            aliases: Vec::new(),
            value,
            target,
            required: false,
            width,
            note: note.into(),
            choices: None,
        }
    }

    fn required(mut self, yes: bool) -> Column {
        self.required = yes;
        self
    }

    fn choices(mut self, name: impl Into<String>) -> Column {
        self.choices = Some(name.into());
        self
    }

    fn aliases(mut self, aliases: &[String]) -> Column {
        self.aliases = aliases.to_vec();
        self
    }

    /// Whether `header` (trimmed) names this column.
    pub fn is(&self, header: &str) -> bool {
        let h = header.trim();
        self.head == h || self.aliases.iter().any(|a| a == h)
    }
}

/// What a sheet holds.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Holds {
    /// The roster, the units' types and flags.
    Units,
    /// The materials received.
    Submissions,
    /// One or more activity lists (keys; a 类型 column tells them apart when several),
    /// with the 类型 values of each.
    Lists(Vec<(String, Vec<String>)>),
    /// An event's sites (its key).
    Sites(String),
    /// Figures groups (keys).
    Figures(Vec<String>),
    /// The office's spot checks.
    SpotChecks,
    /// The statistics table, one row per unit.
    Table,
}

/// A sheet of the ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// Its name: a valid Excel sheet name ([`sheet_name`]), distinct from the other
    /// sheets' (the plan's word for what it holds, cleaned).
    pub name: String,
    /// What it holds.
    pub holds: Holds,
    /// Its columns, 单位 first.
    pub columns: Vec<Column>,
    /// What to enter, for the instructions sheet.
    pub note: String,
}

impl Sheet {
    /// The index of the column that `header` names.
    pub fn column(&self, header: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.is(header))
    }
}

/// The ledger's layout for a campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The sheets read back, in the workbook's order (after the instructions).
    pub sheets: Vec<Sheet>,
    /// The drop-down lists: (name, choices).
    pub choices: Vec<(String, Vec<String>)>,
    /// The instructions sheet's lines.
    pub instructions: Vec<String>,
}

fn unit_column(campaign: &Campaign) -> Column {
    let example = campaign
        .units
        .first()
        .map(|u| match u.aliases.first() {
            Some(a) => format!("(如“{}”“{a}”)", u.name),
            None => format!("(如“{}”)", u.name),
        })
        .unwrap_or_default();
    Column::new(
        "单位",
        Value::Unit,
        Target::Unit,
        22.0,
        format!("名单上的单位,可下拉选择;简称、全称均可{example}。"),
    )
    .required(true)
    .choices("单位")
}

fn note_column() -> Column {
    Column::new("备注", Value::Text, Target::Nothing, 24.0, "")
}

fn yes_no_column(head: &str, target: Target, width: f64, note: impl Into<String>) -> Column {
    Column::new(head, Value::YesNo, target, width, note).choices("是否")
}

fn delivers(campaign: &Campaign) -> impl Iterator<Item = &Deliver> {
    campaign.duties.iter().filter_map(|d| match &d.rule {
        DutyRule::Deliver(x) => Some(x),
        _ => None,
    })
}

/// Longest sheet name Excel takes, in UTF-16 code units.
const SHEET_NAME_MAX: usize = 31;

/// `name` as an Excel sheet name: without the characters Excel refuses in one
/// (`[ ] : * ? / \` and control characters), without apostrophes and white space at
/// its ends, cut to 31 UTF-16 code units; `fallback` when nothing is left or it is
/// the name Excel keeps for itself (`History`). A campaign's list, event and table
/// names are the plan's words, and a plan may write `媒体/网络宣传` or a long title.
///
/// ```
/// use fangfei::ledger::sheet_name;
/// assert_eq!(sheet_name("附件3", "统计表"), "附件3");
/// assert_eq!(sheet_name("' 媒体/网络宣传[2023]:*? '", "x"), "媒体网络宣传2023");
/// assert_eq!(sheet_name(&"各".repeat(40), "x").chars().count(), 31);
/// assert_eq!(sheet_name("History", "清单"), "清单");
/// ```
pub fn sheet_name(name: &str, fallback: &str) -> String {
    let trim = |s: &str| {
        s.trim_matches(|c: char| c == '\'' || c.is_whitespace())
            .to_owned()
    };
    let kept: String = name
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c) && !c.is_control())
        .collect();
    let cut = trim(&cut_utf16(&trim(&kept), SHEET_NAME_MAX));
    if cut.is_empty() || cut.eq_ignore_ascii_case("history") {
        fallback.to_owned()
    } else {
        cut
    }
}

/// The longest head of `s` of at most `max` UTF-16 code units.
fn cut_utf16(s: &str, max: usize) -> String {
    let mut units = 0usize;
    s.chars()
        .take_while(|c| {
            units = units.saturating_add(c.len_utf16());
            units <= max
        })
        .collect()
}

/// Makes every sheet's name a valid Excel name ([`sheet_name`]; `fallback` gives
/// the name of a sheet whose own cleans to nothing) and distinct from the others and
/// from the instructions and choices sheets, as Excel compares them (ignoring case):
/// a name met before gets `(2)`, `(3)` … — two lists whose names clean to the same
/// still get a sheet each.
fn valid_sheet_names(sheets: &mut [Sheet], fallback: impl Fn(&Holds) -> &'static str) {
    let mut taken: Vec<String> = vec![INSTRUCTIONS.to_lowercase(), CHOICES.to_lowercase()];
    for s in sheets {
        let base = sheet_name(&s.name, fallback(&s.holds));
        let mut name = base.clone();
        let mut n = 1u32;
        while taken.contains(&name.to_lowercase()) {
            n = n.saturating_add(1);
            let suffix = format!("({n})");
            let room = SHEET_NAME_MAX.saturating_sub(suffix.len());
            name = format!("{}{suffix}", cut_utf16(&base, room));
        }
        taken.push(name.to_lowercase());
        s.name = name;
    }
}

/// Groups the things a campaign declares by the ledger sheet each goes on (its own
/// name, or the sheet it shares), in order.
fn by_sheet<T>(items: &[T], sheet: impl Fn(&T) -> String) -> Vec<(String, Vec<&T>)> {
    let mut out: Vec<(String, Vec<&T>)> = Vec::new();
    for x in items {
        let name = sheet(x);
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, xs)) => xs.push(x),
            None => out.push((name, vec![x])),
        }
    }
    out
}

/// The ledger of `campaign`: its sheets, columns, drop-down lists and instructions.
pub fn layout(campaign: &Campaign) -> Layout {
    let mut sheets = Vec::new();
    let mut choices: Vec<(String, Vec<String>)> = vec![
        (
            "单位".into(),
            campaign.units.iter().map(|u| u.name.clone()).collect(),
        ),
        ("是否".into(), vec!["是".into(), "否".into()]),
    ];

    // 单位名单: the roster, its types, and the flags a unit answers.
    let mut cols = vec![
        unit_column(campaign),
        Column::new(
            "类型",
            Value::Shown,
            Target::Nothing,
            26.0,
            "名单上的单位类型;名单外的单位写明类型。",
        ),
    ];
    for f in &campaign.flags {
        cols.push(
            yes_no_column(
                &f.name.zh,
                Target::Flag(f.key.clone()),
                16.0,
                format!("{}的填“是”。", f.name.zh),
            )
            .aliases(&f.aliases),
        );
    }
    cols.push(note_column());
    sheets.push(Sheet {
        name: "单位名单".into(),
        holds: Holds::Units,
        columns: cols,
        note: "活动方案的单位名单;名单外的单位可加一行并写明类型。".into(),
    });

    // 材料报送: what the office received, and when.
    if !campaign.materials.is_empty() {
        let names: Vec<String> = campaign
            .materials
            .iter()
            .map(|m| m.name.zh.clone())
            .collect();
        let mut cols = vec![
            unit_column(campaign),
            Column::new(
                "材料",
                Value::Material,
                Target::Material,
                14.0,
                format!("{}(下拉选择)。", names.join("、")),
            )
            .required(true)
            .choices("材料"),
        ];
        choices.push(("材料".into(), names));
        let nodes: Vec<String> = delivers(campaign)
            .filter_map(|x| x.node)
            .map(crate::time::md_zh)
            .collect();
        if !nodes.is_empty() {
            cols.push(Column::new(
                "节点",
                Value::Date,
                Target::Node,
                11.0,
                format!(
                    "按节点报送的材料所属节点({});未填的按收到时间归入所在节点。",
                    nodes.join("、")
                ),
            ));
        }
        cols.push(
            Column::new(
                "收到时间",
                Value::Instant,
                Target::Received,
                18.0,
                "收到的时间(月日 时分,可写年份);未写年份的按活动年度计。",
            )
            .required(true),
        );
        let parts: Vec<String> = campaign
            .materials
            .iter()
            .filter(|m| !m.parts.is_empty())
            .map(|m| {
                let p: Vec<&str> = m.parts.iter().map(|p| p.name.as_str()).collect();
                format!("{}:{}", m.name.zh, p.join("、"))
            })
            .collect();
        if !parts.is_empty() {
            cols.push(Column::new(
                "所含内容",
                Value::Parts,
                Target::Parts,
                30.0,
                format!("所附材料,用顿号分开({})。", parts.join(";")),
            ));
        }
        let mut seen: Vec<&str> = Vec::new();
        for m in &campaign.materials {
            for s in &m.statements {
                if seen.contains(&s.key.as_str()) {
                    continue;
                }
                seen.push(&s.key);
                cols.push(
                    Column::new(
                        s.name.zh.clone(),
                        Value::Text,
                        Target::Statement(s.key.clone()),
                        16.0,
                        format!("{}写明的{}。", m.name.zh, s.name.zh),
                    )
                    .aliases(&s.aliases),
                );
            }
        }
        if delivers(campaign).any(|x| x.promoted != Effect::None) {
            cols.push(yes_no_column(
                "推广",
                Target::Promoted,
                8.0,
                "作为好做法被推广的填“是”。",
            ));
        }
        cols.push(note_column());
        sheets.push(Sheet {
            name: "材料报送".into(),
            holds: Holds::Submissions,
            columns: cols,
            note: "每收到一份材料记一行(各材料的截止时间见上)。".into(),
        });
    }

    // One sheet per activity list, or per sheet several lists share.
    let channels: Vec<String> = campaign
        .channels
        .iter()
        .map(|c| c.name.zh.clone())
        .collect();
    if !channels.is_empty() {
        choices.push(("渠道".into(), channels.clone()));
    }
    let lists = by_sheet(&campaign.lists, |l| {
        l.ledger
            .as_ref()
            .map_or_else(|| l.name.zh.clone(), |p| p.sheet.clone())
    });
    for (name, lists) in lists {
        let mut cols = vec![unit_column(campaign)];
        let types: Vec<(String, Vec<String>)> = lists
            .iter()
            .map(|l| {
                (
                    l.key.clone(),
                    l.ledger
                        .as_ref()
                        .map(|p| p.type_values.clone())
                        .unwrap_or_default(),
                )
            })
            .collect();
        if lists.len() > 1 {
            let offered: Vec<String> = types
                .iter()
                .filter_map(|(_, v)| v.first().cloned())
                .collect();
            let note: Vec<String> = lists
                .iter()
                .zip(&types)
                .map(|(l, (_, v))| {
                    format!("{}({})", v.first().map_or("", String::as_str), l.name.zh)
                })
                .collect();
            let list_name = format!("{name}类型");
            choices.push((list_name.clone(), offered));
            cols.push(
                Column::new(
                    "类型",
                    Value::Type,
                    Target::Type,
                    8.0,
                    format!("{}。", note.join("或")),
                )
                .required(true)
                .choices(list_name),
            );
        }
        for field in ItemField::VARIANTS.iter().copied() {
            if !lists.iter().any(|l| l.has(field)) {
                continue;
            }
            let required = lists
                .iter()
                .all(|l| l.fields.get(&field) == Some(&Need::Required));
            let head = field.label(crate::Lang::Zh);
            let target = Target::Field(field);
            let col = match field {
                ItemField::Title => Column::new(head, Value::Text, target, 36.0, "标题。"),
                ItemField::Place => Column::new(head, Value::Text, target, 24.0, "地点。"),
                ItemField::Date => Column::new(head, Value::Date, target, 12.0, "日期。"),
                ItemField::PublishedAt => {
                    Column::new(head, Value::Instant, target, 18.0, "发布的时间。")
                }
                ItemField::ReportedAt => {
                    Column::new(head, Value::Instant, target, 18.0, "报送的时间。")
                }
                ItemField::Participants => {
                    Column::new(head, Value::Count, target, 10.0, "参加的人数。")
                }
                ItemField::NewMedia => {
                    yes_no_column(head, target, 8.0, "留空按渠道判断;填“是/否”可另行指定。")
                }
                ItemField::Channel => Column::new(
                    head,
                    Value::Channel,
                    target,
                    12.0,
                    format!("{}(下拉选择)。", channels.join("、")),
                )
                .choices("渠道"),
                ItemField::Kind => {
                    let Some(k) = lists.iter().find_map(|l| l.kinds.as_ref()) else {
                        continue;
                    };
                    let list_name = format!("{}类别", k.name);
                    choices.push((
                        list_name.clone(),
                        k.kinds
                            .iter()
                            .map(|x| format!("{}{}", k.prefix, x.name))
                            .collect(),
                    ));
                    Column::new(
                        head,
                        Value::Text,
                        target,
                        10.0,
                        format!("活动方案所列的“{}”类别(下拉选择,可写简称)。", k.name),
                    )
                    .choices(list_name)
                }
            };
            cols.push(col.required(required));
        }
        cols.push(note_column());
        let per: Vec<String> = lists
            .iter()
            .map(|l| {
                let min = campaign.duties.iter().find_map(|d| match &d.rule {
                    // Whom the minimum binds, as the plan says it: the interview is
                    // 市委宣传部's alone, not every unit's (a clerk's walk, issue 29).
                    DutyRule::Count(x) if x.list == l.key => Some(format!(
                        "({}不少于{}{})",
                        campaign.who_text(&d.who).zh,
                        x.min,
                        x.measure
                    )),
                    _ => None,
                });
                format!("每条{}记一行{}", l.name.zh, min.unwrap_or_default())
            })
            .collect();
        sheets.push(Sheet {
            name,
            holds: Holds::Lists(types),
            columns: cols,
            note: format!("{}。", per.join(";")),
        });
    }

    // One sheet per event: its sites.
    for e in &campaign.events {
        let mut cols = vec![
            unit_column(campaign),
            Column::new("地点", Value::Text, Target::Venue, 20.0, "宣传点。").required(true),
            Column::new("人数", Value::Count, Target::Staff, 8.0, "到场人员数。"),
            Column::new(
                "到场时间",
                Value::Instant,
                Target::Arrived,
                18.0,
                "人员到场(或活动开始)的时间(月日 时分)。",
            ),
        ];
        for i in &e.items {
            cols.push(
                yes_no_column(&i.name.zh, Target::Item(i.key.clone()), 8.0, "是/否。")
                    .aliases(&i.aliases),
            );
        }
        for f in &e.figures {
            cols.push(
                Column::new(
                    f.name.zh.clone(),
                    Value::Count,
                    Target::SiteFigure(f.key.clone()),
                    10.0,
                    format!("{}({})。", f.name.zh, f.measure),
                )
                .aliases(&f.aliases),
            );
        }
        cols.push(note_column());
        sheets.push(Sheet {
            name: e.name.zh.clone(),
            holds: Holds::Sites(e.key.clone()),
            columns: cols,
            note: format!(
                "{}({})每个宣传点记一行。",
                e.name.zh,
                crate::time::md_zh(e.date)
            ),
        });
    }

    // Figures, one sheet per ledger place (several groups may share one).
    let groups = by_sheet(&campaign.figures, |f| {
        f.ledger
            .as_ref()
            .map_or_else(|| f.name.zh.clone(), |p| p.sheet.clone())
    });
    for (name, groups) in groups {
        let mut cols = vec![unit_column(campaign)];
        for g in &groups {
            for n in &g.fields {
                cols.push(
                    Column::new(
                        n.name.zh.clone(),
                        Value::Count,
                        Target::Figure(g.key.clone(), n.key.clone()),
                        11.0,
                        format!("{}({})。", n.name.zh, g.name.zh),
                    )
                    .aliases(&n.aliases),
                );
            }
        }
        cols.push(note_column());
        let names: Vec<&str> = groups.iter().map(|g| g.name.zh.as_str()).collect();
        sheets.push(Sheet {
            name,
            holds: Holds::Figures(groups.iter().map(|g| g.key.clone()).collect()),
            columns: cols,
            note: format!("每单位一行:{}(每组数字须一并填写)。", names.join("、")),
        });
    }

    if campaign
        .duties
        .iter()
        .any(|d| matches!(d.rule, DutyRule::SpotCheck))
    {
        sheets.push(Sheet {
            name: "实地抽查".into(),
            holds: Holds::SpotChecks,
            columns: vec![
                unit_column(campaign),
                Column::new("日期", Value::Date, Target::CheckDate, 12.0, "抽查日期。")
                    .required(true),
                yes_no_column(
                    "与计划一致",
                    Target::Consistent,
                    10.0,
                    "抽查情况与宣传计划是否一致:是/否。",
                )
                .required(true),
                Column::new("记录", Value::Text, Target::CheckNote, 36.0, "抽查记录。"),
            ],
            note: "依据宣传计划实地抽查的结果,每次一行。".into(),
        });
    }

    if let Some(t) = &campaign.statistics_table {
        let mut cols = vec![unit_column(campaign)];
        for c in &t.columns {
            cols.push(
                Column::new(
                    c.header_zh(),
                    Value::Raw,
                    Target::TableCell(c.key.clone()),
                    12.0,
                    "",
                )
                .aliases(&c.aliases),
            );
        }
        if let Some(o) = &t.other {
            cols.push(Column::new(
                o.name.zh.clone(),
                Value::Raw,
                Target::TableOther,
                24.0,
                "",
            ));
        }
        let blank = t
            .blank_rule
            .as_ref()
            .map(|q| format!("({})", q.text))
            .unwrap_or_default();
        sheets.push(Sheet {
            note: format!("各单位报送的{},每单位一行{blank}。", t.name.zh),
            name: t
                .ledger
                .as_ref()
                .map_or_else(|| t.name.zh.clone(), |p| p.sheet.clone()),
            holds: Holds::Table,
            columns: cols,
        });
    }

    valid_sheet_names(&mut sheets, |h| match h {
        Holds::Lists(_) => "活动清单",
        Holds::Sites(_) => "活动现场",
        Holds::Figures(_) => "数字",
        Holds::Table => "统计表",
        Holds::Units | Holds::Submissions | Holds::SpotChecks => "工作表",
    });
    let instructions = instructions(campaign, &sheets);
    Layout {
        sheets,
        choices,
        instructions,
    }
}

/// The instructions sheet: what the ledger is, how to write times, each delivery's
/// deadline, each sheet's note.
fn instructions(campaign: &Campaign, sheets: &[Sheet]) -> Vec<String> {
    let example = campaign.span.first;
    let mut lines: Vec<String> = vec![
        match &campaign.document_number {
            Some(n) => format!("依据:{}({n})", campaign.name.zh),
            None => format!("依据:{}", campaign.name.zh),
        },
        "用法:每收到一份材料、一件作品、一场活动,在对应工作表记一行;单位可下拉选择,简称、全称均可。".into(),
        format!(
            "时间写作“{}”“{}”“{}”“{}”或“{}”,也可用Excel日期单元格;未写年份的按活动年度计,“{}”为月/日。",
            example.format("%-m月%-d日 15:10"),
            example.format("%-m月%-d日15时10分"),
            example.format("%-m月%-d日下午3:10"),
            example.format("%Y-%m-%d 15:10"),
            example.format("%Y.%-m.%-d 15:10"),
            example.format("%-m/%-d"),
        ),
        "核查:fangfei audit 台账.xlsx(也可读取各工作表另存的CSV文件)。有问题的行会标明位置(如“材料报送!C7”)并不计入。".into(),
    ];
    let deadlines: Vec<String> = campaign
        .duties
        .iter()
        .filter_map(|d| match &d.rule {
            DutyRule::Deliver(x) => Some(format!(
                "  {}({}):{}前,{}",
                campaign.delivery_name(x).zh,
                d.id,
                campaign.due_of(x).cutoff().0.as_deadline(),
                d.clause
            )),
            _ => None,
        })
        .collect();
    if !deadlines.is_empty() {
        lines.push(String::new());
        lines.push("报送节点:".into());
        lines.extend(deadlines);
    }
    lines.push(String::new());
    for s in sheets {
        lines.push(format!("{}:{}", s.name, s.note));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annex3::sheet::Locator;
    use crate::campaign::LedgerPlace;

    fn on(sheet: &str) -> Option<LedgerPlace> {
        Some(LedgerPlace {
            sheet: sheet.into(),
            type_values: Vec::new(),
        })
    }

    /// Whether Excel takes `n` as a sheet's name.
    fn valid(n: &str) -> bool {
        !n.is_empty()
            && n.encode_utf16().count() <= 31
            && !n.contains(['[', ']', ':', '*', '?', '/', '\\'])
            && !n.chars().any(char::is_control)
            && !n.starts_with('\'')
            && !n.ends_with('\'')
            && !n.eq_ignore_ascii_case("history")
    }

    /// 二(二)2 一是 gives the interview and the report to 市委宣传部 alone ("市委宣传部要
    /// 协调媒体开展1次…"); the sheets' notes say whom each minimum binds, not "每单位".
    #[test]
    fn a_sheets_note_names_whom_its_minimum_binds() {
        let l = layout(Campaign::embedded());
        let note = |name: &str| {
            l.sheets
                .iter()
                .find(|s| s.name == name)
                .map(|s| s.note.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            note("访谈与报道"),
            "每条主题电视(广播)访谈节目记一行(市委宣传部不少于1次);每条媒体宣传报道记一行(市委宣传部不少于1次)。"
        );
        assert_eq!(
            note("七进活动"),
            "每条“七进”活动记录记一行(成员单位、乡镇街道不少于3项)。"
        );
    }

    #[test]
    fn any_name_becomes_a_sheet_name_excel_takes() {
        assert_eq!(sheet_name("附件3", "x"), "附件3");
        assert_eq!(
            sheet_name("' 统计表[2023]/第一批:*?\\ '", "x"),
            "统计表2023第一批"
        );
        assert_eq!(sheet_name("a\u{7}b", "x"), "ab");
        // At most 31 UTF-16 units: 31 characters of the BMP, 15 of beyond it.
        let long = "各".repeat(40);
        assert_eq!(sheet_name(&long, "x").chars().count(), 31);
        let wide = "𠀀".repeat(20);
        assert_eq!(sheet_name(&wide, "x").chars().count(), 15);
        // An apostrophe the cut leaves last goes too.
        let cut = format!("{}'后", "各".repeat(30));
        assert_eq!(sheet_name(&cut, "x"), "各".repeat(30));
        for nothing in ["", " ", "''", "[]", "History", "history"] {
            assert_eq!(sheet_name(nothing, "统计表"), "统计表", "{nothing:?}");
        }
    }

    /// A plan's words as sheet names — a slash, brackets, a long title, a fixed
    /// sheet's name, Excel's own `History` — give a layout of valid, distinct names;
    /// two lists whose names clean to the same keep a sheet each.
    #[test]
    fn hostile_names_give_valid_distinct_sheets() {
        let mut c = Campaign::embedded().clone();
        let long =
            "主题电视（广播）访谈节目与媒体宣传报道：各乡镇街道和成员单位按节点报送的全部内容汇总?";
        let sheets = [on("媒体/网络宣传"), on("媒体网络宣传"), on(long), on(long)];
        for (l, s) in c.lists.iter_mut().zip(sheets) {
            let types = l.ledger.as_ref().map(|p| p.type_values.clone());
            l.ledger = s.map(|mut p| {
                p.type_values = types.unwrap_or_default();
                p
            });
        }
        c.events[0].name.zh = "'集中宣传日[6/15]'".into();
        for f in &mut c.figures {
            f.ledger = on("[单位名单]");
        }
        c.statistics_table.as_mut().unwrap().ledger = on(" History ");
        let l = layout(&c);
        let names: Vec<&str> = l.sheets.iter().map(|s| s.name.as_str()).collect();
        assert!(names.iter().all(|n| valid(n)), "{names:?}");
        let mut lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        lower.extend([INSTRUCTIONS.to_owned(), CHOICES.to_owned()]);
        lower.sort();
        lower.dedup();
        assert_eq!(lower.len(), names.len() + 2, "{names:?}");
        assert_eq!(
            names,
            [
                "单位名单",
                "材料报送",
                "媒体网络宣传",
                "媒体网络宣传(2)",
                "主题电视（广播）访谈节目与媒体宣传报道：各乡镇街道和成员单位按",
                "集中宣传日615",
                "单位名单(2)",
                "实地抽查",
                "统计表",
            ]
        );
        // The two shared lists still share their sheet.
        assert!(matches!(&l.sheets[4].holds, Holds::Lists(x) if x.len() == 2));
        // And the instructions name the sheets as the workbook does.
        assert!(l
            .instructions
            .iter()
            .any(|i| i.starts_with("媒体网络宣传(2):")));
    }

    /// A sheet whose name ends another's is read as its own, by name, in a CSV export
    /// (`台账-新闻宣传.csv` is 新闻宣传, not 宣传).
    #[test]
    fn a_csv_export_is_the_sheet_whose_whole_name_it_ends_with() {
        let mut c = Campaign::embedded().clone();
        c.lists[0].ledger = on("宣传");
        c.lists[1].ledger = on("新闻宣传");
        let l = layout(&c);
        let outreach = l.sheets.iter().find(|s| s.name == "新闻宣传").unwrap();
        let header: Vec<String> = outreach.columns.iter().map(|c| c.head.clone()).collect();
        let unit = c.units[0].name.clone();
        let mut row = vec![String::new(); header.len()];
        row[0] = unit.clone();
        for (i, col) in outreach.columns.iter().enumerate() {
            match col.target {
                Target::Field(ItemField::Date) => row[i] = "2021-06-15".into(),
                Target::Field(ItemField::Title) => row[i] = "进社区".into(),
                Target::Field(ItemField::Kind) => row[i] = "进社区".into(),
                _ => {}
            }
        }
        let part = Part::new(
            "台账-新闻宣传.csv",
            Locator::Csv,
            vec![(1, header), (2, row)],
        );
        let ledger = read(&c, &[part]);
        let (_, record) = ledger.records.iter().find(|(_, r)| r.unit == unit).unwrap();
        assert_eq!(
            record.lists.get("outreach").map(Vec::len),
            Some(1),
            "{ledger:?}"
        );
        assert!(record.lists.get("media_works").is_none(), "{ledger:?}");
    }
}
