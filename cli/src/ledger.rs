//! The office's ledger (台账): one workbook kept through the month, a sheet per kind of
//! entry, read into the same unit records the JSON files hold.
//!
//! `fangfei ledger template 台账.xlsx` writes it (Chinese headers, drop-down lists, date
//! validation, the plan's notes, print setup); `fangfei audit 台账.xlsx` reads it, as do
//! CSV exports of its sheets (a sheet is recognised by its header row). Values are read
//! as a clerk types them: unit names and aliases, 微信/抖音/新闻头条, `6月9日 15:10`,
//! `2021/6/9 15:10`, Excel date cells. Every problem is a finding at its cell
//! (`材料报送!C7`), and a row with a problem is left out of its unit's record — said, not
//! lost.
//!
//! A sheet that is present lists everything the office received of its kind: a unit
//! with no row there sent none (an empty list, which the rules judge), while a sheet that
//! is absent says nothing (the rules answer 无法判断), as in the JSON records.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fangfei::annex3::sheet::Locator;
use fangfei::campaign::{Role, SubmissionKind, SummaryPart};
use fangfei::deadline::Submission;
use fangfei::record::{
    Attendance, Broadcast, Channel, Grid, MediaWork, OutreachActivity, Premises, SpotCheck,
    UnitRecord,
};
use fangfei::{Campaign, Finding, Instant, Lang, NaiveDate, Outcome, RuleId, Severity, Text};
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, ExcelDateTime, Format, FormatAlign, FormatBorder, Note,
    Workbook, Worksheet, XlsxError,
};

use crate::tables::Rows;
use crate::Unusable;

/// How a column's cells are read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
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
    /// A media channel ([`Channel::parse`]).
    Channel,
    /// A material sent to the office ([`SubmissionKind`]).
    Material,
    /// Parts of a summary, listed with 、.
    Parts,
    /// A "七进" kind of the campaign.
    Outreach,
    /// 访谈 or 报道.
    Programme,
}

/// A column of a ledger sheet.
struct Col {
    head: &'static str,
    kind: Kind,
    required: bool,
    width: f64,
    note: &'static str,
}

const fn col(
    head: &'static str,
    kind: Kind,
    required: bool,
    width: f64,
    note: &'static str,
) -> Col {
    Col {
        head,
        kind,
        required,
        width,
        note,
    }
}

const UNIT: Col = col(
    "单位",
    Kind::Unit,
    true,
    22.0,
    "名单上的单位,可下拉选择;简称、全称均可(如“教育局”“凌源市教育局”)。",
);
const NOTE: Col = col("备注", Kind::Text, false, 24.0, "");

/// What a sheet holds.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Sheet {
    Units,
    Submissions,
    Media,
    Outreach,
    ConcentratedDay,
    Grid,
    Programmes,
    SpotChecks,
    Annex3,
}

struct SheetDef {
    sheet: Sheet,
    name: &'static str,
    cols: &'static [Col],
    note: &'static str,
}

const SHEETS: [SheetDef; 8] = [
    SheetDef {
        sheet: Sheet::Units,
        name: "单位名单",
        cols: &[
            UNIT,
            col("类型", Kind::Shown, false, 26.0, "名单上的单位类型(只读)。"),
            col("自行组织集中宣传", Kind::YesNo, false, 16.0, "乡镇街道自行组织集中宣传活动的填“是”(其宣传计划须写明时间、地点、宣传方式)。"),
            NOTE,
        ],
        note: "活动方案的单位名单。乡镇街道自行组织集中宣传活动的,在“自行组织集中宣传”填“是”。",
    },
    SheetDef {
        sheet: Sheet::Submissions,
        name: "材料报送",
        cols: &[
            UNIT,
            col("材料", Kind::Material, true, 14.0, "宣传活动计划、进展动态、活动总结、统计表、新媒体作品(下拉选择)。"),
            col("节点", Kind::Date, false, 11.0, "进展动态的报送节点:6月16日或6月24日。"),
            col("收到时间", Kind::Instant, true, 18.0, "市处非办收到的时间,如“2021-06-09 15:10”“6月9日 15:10”;未写年份的按活动年度计。"),
            col("所含内容", Kind::Parts, false, 30.0, "活动总结所附材料,用顿号分开:领导阅批活动文件、统计表、图片、音视频。"),
            col("活动时间", Kind::Text, false, 16.0, "宣传活动计划写明的集中宣传时间。"),
            col("活动地点", Kind::Text, false, 16.0, "宣传活动计划写明的地点。"),
            col("宣传方式", Kind::Text, false, 16.0, "宣传活动计划写明的宣传方式。"),
            col("推广", Kind::YesNo, false, 8.0, "市处非办作为典型推广的填“是”(二(三)1,加分)。"),
            NOTE,
        ],
        note: "每收到一份材料记一行。计划:6月10日17:00前;进展动态:6月16日、6月24日;总结与统计表:7月3日前。",
    },
    SheetDef {
        sheet: Sheet::Media,
        name: "媒体作品",
        cols: &[
            UNIT,
            col("标题", Kind::Text, true, 36.0, "作品标题。"),
            col("渠道", Kind::Channel, true, 12.0, "电视、广播、报刊、微信公众号、微视频、抖音、快手、新闻头条、微博、网站、短信、其他(下拉选择)。"),
            col("发布时间", Kind::Instant, true, 18.0, "作品发布的时间。"),
            col("报送时间", Kind::Instant, false, 18.0, "报市处非办的时间(新媒体作品须迅速报送)。"),
            col("新媒体", Kind::YesNo, false, 8.0, "留空按渠道判断;填“是/否”可另行指定。"),
            NOTE,
        ],
        note: "每件媒体宣传作品记一行(每单位不少于3件)。",
    },
    SheetDef {
        sheet: Sheet::Outreach,
        name: "七进活动",
        cols: &[
            UNIT,
            col("类别", Kind::Outreach, true, 10.0, "进机关、进工厂、进学校、进家庭、进社区、进村组、进网点等(下拉选择)。"),
            col("日期", Kind::Date, true, 12.0, "活动日期。"),
            col("地点", Kind::Text, false, 24.0, "活动地点。"),
            col("参加人数", Kind::Count, false, 10.0, "参加活动的人数。"),
            NOTE,
        ],
        note: "每场“七进”活动记一行(每单位不少于3类)。",
    },
    SheetDef {
        sheet: Sheet::ConcentratedDay,
        name: "集中宣传日",
        cols: &[
            UNIT,
            col("地点", Kind::Text, true, 20.0, "宣传点。"),
            col("人数", Kind::Count, false, 8.0, "到场人员数。"),
            col("到场时间", Kind::Instant, false, 18.0, "人员到场(或活动开始)的时间,如“6月15日 8:40”。"),
            col("条幅", Kind::YesNo, false, 7.0, "是/否。"),
            col("图版", Kind::YesNo, false, 7.0, "是/否。"),
            col("宣传资料", Kind::YesNo, false, 9.0, "是/否。"),
            col("宣传册", Kind::YesNo, false, 8.0, "成员单位自带宣传册的填“是”。"),
            col("咨询人次", Kind::Count, false, 9.0, "现场为群众提供咨询服务的人次。"),
            col("收录举报", Kind::Count, false, 9.0, "收录举报信息条数。"),
            NOTE,
        ],
        note: "集中宣传日当天每个宣传点记一行。",
    },
    SheetDef {
        sheet: Sheet::Grid,
        name: "网格与提示牌",
        cols: &[
            UNIT,
            col("知晓网格员", Kind::Count, false, 11.0, "知晓宣传内容的网格员人数(乡镇街道)。"),
            col("网格员总数", Kind::Count, false, 11.0, "网格员总人数。"),
            col("张贴标语小区", Kind::Count, false, 12.0, "张贴标语的居民小区数。"),
            col("小区总数", Kind::Count, false, 10.0, "居民小区总数。"),
            col("设提示牌网点", Kind::Count, false, 12.0, "醒目位置设置警示提示牌的营业网点数(金融机构)。"),
            col("网点总数", Kind::Count, false, 10.0, "营业网点总数。"),
            NOTE,
        ],
        note: "每单位一行:乡镇街道填网格与小区,金融机构填营业网点。",
    },
    SheetDef {
        sheet: Sheet::Programmes,
        name: "访谈与报道",
        cols: &[
            UNIT,
            col("类型", Kind::Programme, true, 8.0, "访谈(电视、广播访谈节目)或报道(媒体宣传报道)。"),
            col("标题", Kind::Text, true, 36.0, "节目或报道的标题。"),
            col("渠道", Kind::Channel, true, 10.0, "电视、广播、报刊等。"),
            col("日期", Kind::Date, true, 12.0, "播出或刊发日期。"),
            NOTE,
        ],
        note: "市委宣传部组织的电视(广播)访谈节目和媒体宣传报道,每期一行。",
    },
    SheetDef {
        sheet: Sheet::SpotChecks,
        name: "实地抽查",
        cols: &[
            UNIT,
            col("日期", Kind::Date, true, 12.0, "抽查日期。"),
            col("与计划一致", Kind::YesNo, true, 10.0, "抽查情况与宣传计划是否一致:是/否。"),
            col("记录", Kind::Text, false, 36.0, "抽查记录。"),
        ],
        note: "市处非办依据宣传计划实地抽查的结果(计入年末考评),每次一行。",
    },
];

/// The 附件3 sheet: 单位, the eleven counts by their headers, 其他创新宣传方式.
const ANNEX3_SHEET: &str = "附件3";
/// The first sheet: how to keep the ledger (not read back).
const INSTRUCTIONS: &str = "填表说明";
const ANNEX3_OTHER: &str = "其他创新宣传方式";

/// One table of the ledger as read: a sheet of the workbook or a CSV export of one.
pub struct Part {
    /// The file it came from.
    pub file: PathBuf,
    /// Its rows.
    pub rows: Rows,
    /// How its cells are named.
    pub locator: Locator,
}

/// Whether a file is a workbook or CSV the ledger reader takes.
pub fn is_ledger_file(path: &Path) -> bool {
    matches!(
        crate::tables::extension(path).as_str(),
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" | "csv"
    )
}

/// Reads a ledger file into its parts: every visible sheet of a workbook, or one CSV.
///
/// # Errors
///
/// [`Unusable`] when the file cannot be read.
pub fn read_parts(path: &Path) -> Result<Vec<Part>, Unusable> {
    if crate::tables::extension(path) == "csv" {
        let (rows, _) = crate::tables::read_csv(path)?;
        return Ok(vec![Part {
            file: path.to_owned(),
            rows,
            locator: Locator::Csv,
        }]);
    }
    Ok(crate::tables::read_workbook_sheets(path)?
        .into_iter()
        .map(|(name, rows)| Part {
            file: path.to_owned(),
            rows,
            locator: Locator::Sheet(name),
        })
        .collect())
}

/// The ledger read: one record per unit that has a row, and what was found reading it.
pub struct Ledger {
    /// (source, record), in roster order.
    pub records: Vec<(String, UnitRecord)>,
    /// Problems (errors at their cells) and notes (a year assumed).
    pub findings: Vec<Finding>,
}

/// Reads the parts of a ledger into records.
pub fn read(campaign: &Campaign, parts: &[Part]) -> Ledger {
    let mut r = Reading {
        campaign,
        records: BTreeMap::new(),
        findings: Vec::new(),
        present: Vec::new(),
        written: BTreeMap::new(),
        added: Vec::new(),
        assumed_year: None,
    };
    // Units the office added to its list (not on the campaign's roster), with their
    // types, before any row names one.
    for part in parts {
        r.added_units(part);
    }
    for part in parts {
        r.part(part);
    }
    let source = match parts {
        [] => String::new(),
        [one, ..] => {
            let mut files: Vec<String> = parts.iter().map(|p| file_name(&p.file)).collect();
            files.dedup();
            if files.len() == 1 {
                file_name(&one.file)
            } else {
                format!("{}等{}个文件", file_name(&one.file), files.len())
            }
        }
    };
    let present = r.present.clone();
    let records = r
        .records
        .into_values()
        .map(|mut rec| {
            for sheet in &present {
                match sheet {
                    Sheet::Media => none(&mut rec.media_works),
                    Sheet::Outreach => none(&mut rec.outreach),
                    Sheet::ConcentratedDay => none(&mut rec.concentrated_day),
                    Sheet::Programmes => {
                        none(&mut rec.tv_interviews);
                        none(&mut rec.media_reports);
                    }
                    Sheet::SpotChecks => none(&mut rec.spot_checks),
                    _ => {}
                }
            }
            (source.clone(), rec)
        })
        .collect();
    let mut findings = r.findings;
    if let Some((n, first, written)) = r.assumed_year {
        let year = campaign.year;
        findings.push(
            Finding::new(
                RuleId::Input,
                Severity::Info,
                Outcome::Reported,
                fangfei::Path::key(first.clone()),
                Text::new(
                    format!("台账中{n}处日期未写年份或年份不符(如{first}“{written}”),已按活动年度{year}年读取"),
                    format!("{n} date(s) in the ledger had no year or another year (e.g. {first} {written:?}); read in the campaign's year {year}"),
                ),
            )
            .at(first),
        );
    }
    Ledger { records, findings }
}

/// A list the ledger holds, as none received when its sheet is present.
fn none<T>(list: &mut Option<Vec<T>>) {
    list.get_or_insert_with(Vec::new);
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

struct Reading<'c> {
    campaign: &'c Campaign,
    records: BTreeMap<usize, UnitRecord>,
    findings: Vec<Finding>,
    present: Vec<Sheet>,
    /// Each unit's name as first written.
    written: BTreeMap<usize, String>,
    /// Units off the roster listed in 单位名单 with their types: index `roster + i`.
    added: Vec<(String, Vec<Role>)>,
    /// Dates read in the campaign's year: how many, the first place and its text.
    assumed_year: Option<(usize, String, String)>,
}

/// A cell's value could not be read: why, in both languages.
type Bad = (String, String);

impl Reading<'_> {
    fn part(&mut self, part: &Part) {
        let place = |line: usize, c: Option<usize>, head: &str| {
            let p = part.locator.place(line, c, head);
            match part.locator {
                Locator::Csv => format!("{} {p}", file_name(&part.file)),
                Locator::Sheet(_) => p,
            }
        };
        let instructions = match &part.locator {
            Locator::Sheet(n) => n.trim() == INSTRUCTIONS,
            Locator::Csv => part
                .file
                .file_stem()
                .is_some_and(|s| s.to_string_lossy().ends_with(INSTRUCTIONS)),
        };
        if instructions {
            return;
        }
        // The header row: the first of the first ten rows with a cell 单位.
        let Some((hi, (hline, header))) = part
            .rows
            .iter()
            .take(10)
            .enumerate()
            .find(|(_, (_, cells))| cells.iter().any(|c| c.trim() == "单位"))
        else {
            self.refuse_part(part, &place(1, None, ""), "找不到含“单位”的表头行");
            return;
        };
        let heads: Vec<&str> = header.iter().map(|h| h.trim()).collect();
        let def = self.identify(part, &heads);
        let Some(def) = def else {
            self.refuse_part(
                part,
                &place(*hline, None, ""),
                "表头与台账的任何一张表都不相符(请使用 fangfei ledger template 生成的台账)",
            );
            return;
        };
        let index = |head: &str| heads.iter().position(|h| *h == head);
        let cols: Vec<(&Col, Option<usize>)> = match &def {
            Def::Sheet(d) => d.cols.iter().map(|c| (c, index(c.head))).collect(),
            Def::Annex3 => Vec::new(),
        };
        for (c, i) in &cols {
            if c.required && i.is_none() {
                self.refuse_part(
                    part,
                    &place(*hline, None, ""),
                    &format!("缺少“{}”列", c.head),
                );
                return;
            }
        }
        let sheet = match &def {
            Def::Sheet(d) => d.sheet,
            Def::Annex3 => Sheet::Annex3,
        };
        if !self.present.contains(&sheet) {
            self.present.push(sheet);
        }
        let unit_col = index("单位");
        for (line, cells) in part.rows.iter().skip(hi + 1) {
            let cell = |i: Option<usize>| -> &str {
                i.and_then(|i| cells.get(i)).map_or("", |s| s.trim())
            };
            if cells.iter().all(|c| c.trim().is_empty()) || is_footer(cells) {
                continue;
            }
            let unit_text = cell(unit_col);
            let unit_place = place(*line, unit_col, "单位");
            let Some(unit) = self.unit(unit_text, &unit_place) else {
                continue;
            };
            self.written
                .entry(unit)
                .or_insert_with(|| unit_text.to_owned());
            // The unit has entries, even when this row is refused: it is no missing
            // return. (单位名单 lists every unit: a row there is no entry.)
            if !matches!(def, Def::Sheet(d) if d.sheet == Sheet::Units) {
                self.record(unit);
            }
            let row_result = match &def {
                Def::Sheet(d) => self.row(d, &cols, unit, |i| cell(i), &|i, h| place(*line, i, h)),
                Def::Annex3 => {
                    self.annex3_row(unit, &heads, cells);
                    Ok(())
                }
            };
            if let Err((at, (zh, en))) = row_result {
                let name = self.unit_name(unit);
                self.findings.push(
                    Finding::error(
                        RuleId::Input,
                        fangfei::Path::key(at.clone()),
                        Text::new(
                            format!("{zh};本行未计入{name}的记录"),
                            format!("{en}; this row is left out of {name}'s record"),
                        ),
                    )
                    .with_unit(&name)
                    .at(at),
                );
            }
        }
    }

    fn identify(&self, part: &Part, heads: &[&str]) -> Option<Def> {
        let named = match &part.locator {
            Locator::Sheet(n) => n.trim().to_owned(),
            Locator::Csv => part
                .file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        };
        let fits = |d: &SheetDef| {
            d.cols
                .iter()
                .filter(|c| c.required)
                .all(|c| heads.contains(&c.head))
        };
        let is_annex3 = heads.contains(&fangfei::annex3::Field::QijinSessions.header_zh().as_str());
        // By the sheet's (or file's) name first, then by the header alone.
        if named == ANNEX3_SHEET || named.ends_with("附件3") && is_annex3 {
            return Some(Def::Annex3);
        }
        if let Some(d) = SHEETS
            .iter()
            .find(|d| named == d.name || named.ends_with(d.name))
        {
            return Some(Def::Sheet(d));
        }
        if is_annex3 {
            return Some(Def::Annex3);
        }
        // The header alone: the sheet whose columns it has most of, all required ones.
        SHEETS
            .iter()
            .filter(|d| fits(d))
            .max_by_key(|d| d.cols.iter().filter(|c| heads.contains(&c.head)).count())
            .filter(|d| d.cols.iter().filter(|c| heads.contains(&c.head)).count() > 1)
            .map(Def::Sheet)
    }

    /// A part that is no ledger table: a warning (a clerk's own sheet beside the
    /// ledger's is not an error), never a silent skip.
    fn refuse_part(&mut self, part: &Part, at: &str, why: &str) {
        let what = match &part.locator {
            Locator::Sheet(n) => format!("工作表“{n}”"),
            Locator::Csv => file_name(&part.file),
        };
        self.findings.push(
            Finding::new(
                RuleId::Input,
                Severity::Warning,
                Outcome::Fail,
                fangfei::Path::key(at.to_owned()),
                Text::new(
                    format!("{what}未读取:{why}"),
                    format!("{what} not read: {}", english(why)),
                ),
            )
            .at(at.to_owned()),
        );
    }

    fn unit_name(&self, index: usize) -> String {
        let n = self.campaign.units.len();
        match self.campaign.units.get(index) {
            Some(u) => u.name.clone(),
            None => self
                .added
                .get(index.saturating_sub(n))
                .map(|(name, _)| name.clone())
                .unwrap_or_default(),
        }
    }

    /// Rows of 单位名单 naming a unit off the roster with its type: the office's own
    /// additions (a unit the plan's roster lacks), known to the rest of the ledger.
    fn added_units(&mut self, part: &Part) {
        let Some((hi, (_, header))) = part
            .rows
            .iter()
            .take(10)
            .enumerate()
            .find(|(_, (_, c))| c.iter().any(|c| c.trim() == "单位"))
        else {
            return;
        };
        let heads: Vec<&str> = header.iter().map(|h| h.trim()).collect();
        if !matches!(self.identify(part, &heads), Some(Def::Sheet(d)) if d.sheet == Sheet::Units) {
            return;
        }
        let (Some(u), Some(t)) = (
            heads.iter().position(|h| *h == "单位"),
            heads.iter().position(|h| *h == "类型"),
        ) else {
            return;
        };
        for (_, cells) in part.rows.iter().skip(hi + 1) {
            let name = cells.get(u).map_or("", |s| s.trim());
            let types = cells.get(t).map_or("", |s| s.trim());
            if name.is_empty()
                || types.is_empty()
                || self.campaign.roster().resolve_index(name).is_some()
                || self.added.iter().any(|(n, _)| n == name)
            {
                continue;
            }
            let roles: Vec<Role> = types
                .split(['、', ',', '\u{ff0c}'])
                .filter_map(|t| {
                    Role::VARIANTS
                        .iter()
                        .copied()
                        .find(|r| r.label().zh == t.trim())
                })
                .collect();
            if !roles.is_empty() {
                self.added.push((name.to_owned(), roles));
            }
        }
    }

    /// The index of a unit cell (roster, then the office's additions), or a finding
    /// why not.
    fn unit(&mut self, written: &str, at: &str) -> Option<usize> {
        if let Some(i) = self.campaign.roster().resolve_index(written) {
            return Some(i);
        }
        if let Some(k) = self.added.iter().position(|(n, _)| n == written) {
            return Some(self.campaign.units.len().saturating_add(k));
        }
        let shown = fangfei::printable(&fangfei::quiz::mask_digits(written)).into_owned();
        let (zh, en) = if written.is_empty() {
            (
                "未填单位;本行未读取".to_owned(),
                "no unit; the row is not read".to_owned(),
            )
        } else {
            let near = self.campaign.suggest_units(written, 1);
            match near.first() {
                Some(n) => (
                    format!("“{shown}”不在单位名单上,是否为“{n}”?本行未读取"),
                    format!(
                        "{shown:?} is not on the roster; did you mean {n:?}? The row is not read"
                    ),
                ),
                None => (
                    format!("“{shown}”不在单位名单上;本行未读取"),
                    format!("{shown:?} is not on the roster; the row is not read"),
                ),
            }
        };
        self.findings.push(
            Finding::error(
                RuleId::Units,
                fangfei::Path::key(at.to_owned()),
                Text::new(zh, en),
            )
            .at(at.to_owned()),
        );
        None
    }

    fn record(&mut self, unit: usize) -> &mut UnitRecord {
        // The name as first written: the audit says which roster unit it is.
        let name = self
            .written
            .get(&unit)
            .cloned()
            .unwrap_or_else(|| self.unit_name(unit));
        let roles = unit
            .checked_sub(self.campaign.units.len())
            .and_then(|k| self.added.get(k))
            .map(|(_, roles)| roles.clone());
        self.records.entry(unit).or_insert_with(|| UnitRecord {
            unit: name,
            roles,
            ..UnitRecord::default()
        })
    }

    /// Reads one row of a sheet into the unit's record; the first bad cell's place and
    /// why when it cannot be.
    fn row<'r>(
        &mut self,
        def: &SheetDef,
        cols: &[(&Col, Option<usize>)],
        unit: usize,
        cell: impl Fn(Option<usize>) -> &'r str,
        place: &dyn Fn(Option<usize>, &str) -> String,
    ) -> Result<(), (String, Bad)> {
        let mut v: Vec<Value> = Vec::with_capacity(cols.len());
        for (c, i) in cols {
            let text = cell(*i);
            let at = || place(*i, c.head);
            if text.is_empty() {
                if c.required {
                    return Err((
                        at(),
                        (format!("“{}”未填", c.head), format!("{} is empty", c.head)),
                    ));
                }
                v.push(Value::None);
                continue;
            }
            let value = self.value(c.kind, text, &at).map_err(|b| {
                (
                    at(),
                    (
                        format!("“{}”:{}", c.head, b.0),
                        format!("{}: {}", c.head, b.1),
                    ),
                )
            })?;
            v.push(value);
        }
        let get = |head: &str| -> &Value {
            cols.iter()
                .position(|(c, _)| c.head == head)
                .and_then(|i| v.get(i))
                .unwrap_or(&Value::None)
        };
        let at_of = |head: &str| {
            let i = cols
                .iter()
                .find(|(c, _)| c.head == head)
                .and_then(|(_, i)| *i);
            place(i, head)
        };
        match def.sheet {
            Sheet::Units => {
                if let Some(b) = get("自行组织集中宣传").yes_no() {
                    self.record(unit).self_organises_concentrated_day = Some(b);
                }
            }
            Sheet::Submissions => {
                let (Value::Material(kind), Value::Instant(at)) = (get("材料"), get("收到时间"))
                else {
                    return Ok(());
                };
                let mut s = Submission::new(*kind, *at);
                s.node = get("节点").date();
                if *kind == SubmissionKind::Progress && s.node.is_none() {
                    return Err((
                        at_of("节点"),
                        (
                            "进展动态须填节点(如6月16日)".into(),
                            "a progress report needs its node (e.g. 6月16日)".into(),
                        ),
                    ));
                }
                if let Value::Parts(p) = get("所含内容") {
                    s.parts.clone_from(p);
                }
                s.stated.time = get("活动时间").text();
                s.stated.place = get("活动地点").text();
                s.stated.method = get("宣传方式").text();
                s.promoted = get("推广").yes_no().unwrap_or(false);
                self.record(unit).submissions.push(s);
            }
            Sheet::Media => {
                let (Value::Channel(channel), Value::Instant(published_at)) =
                    (get("渠道"), get("发布时间"))
                else {
                    return Ok(());
                };
                let work = MediaWork {
                    title: get("标题").text().unwrap_or_default(),
                    channel: *channel,
                    published_at: *published_at,
                    reported_at: get("报送时间").instant(),
                    new_media: get("新媒体").yes_no(),
                };
                self.record(unit)
                    .media_works
                    .get_or_insert_with(Vec::new)
                    .push(work);
            }
            Sheet::Outreach => {
                let Some(date) = get("日期").date() else {
                    return Ok(());
                };
                let a = OutreachActivity {
                    kind: get("类别").text().unwrap_or_default(),
                    date,
                    place: get("地点").text().unwrap_or_default(),
                    participants: get("参加人数").count(),
                };
                self.record(unit)
                    .outreach
                    .get_or_insert_with(Vec::new)
                    .push(a);
            }
            Sheet::ConcentratedDay => {
                let a = Attendance {
                    venue: get("地点").text().unwrap_or_default(),
                    staff: get("人数").count(),
                    arrived_at: get("到场时间").instant(),
                    banners: get("条幅").yes_no(),
                    boards: get("图版").yes_no(),
                    materials: get("宣传资料").yes_no(),
                    brochures: get("宣传册").yes_no(),
                    consultations: get("咨询人次").count(),
                    reports_collected: get("收录举报").count(),
                };
                self.record(unit)
                    .concentrated_day
                    .get_or_insert_with(Vec::new)
                    .push(a);
            }
            Sheet::Grid => {
                let grid = ["知晓网格员", "网格员总数", "张贴标语小区", "小区总数"]
                    .map(|h| get(h).count());
                let premises = ["设提示牌网点", "网点总数"].map(|h| get(h).count());
                let both = |given: &[Option<u64>]| given.iter().all(Option::is_some);
                let any = |given: &[Option<u64>]| given.iter().any(Option::is_some);
                if any(&grid) && !both(&grid) {
                    return Err((
                        at_of("知晓网格员"),
                        (
                            "网格四项(知晓网格员、网格员总数、张贴标语小区、小区总数)须一并填写"
                                .into(),
                            "the four grid figures go together".into(),
                        ),
                    ));
                }
                if any(&premises) && !both(&premises) {
                    return Err((
                        at_of("设提示牌网点"),
                        (
                            "设提示牌网点与网点总数须一并填写".into(),
                            "premises with a sign and premises in all go together".into(),
                        ),
                    ));
                }
                let rec = self.record(unit);
                if let [Some(a), Some(b), Some(c), Some(d)] = grid {
                    rec.grid = Some(Grid {
                        workers_aware: a,
                        workers_total: b,
                        compounds_with_slogans: c,
                        compounds_total: d,
                    });
                }
                if let [Some(a), Some(b)] = premises {
                    rec.premises = Some(Premises {
                        with_sign: a,
                        total: b,
                    });
                }
            }
            Sheet::Programmes => {
                let (Value::Programme(interview), Value::Channel(channel), Some(date)) =
                    (get("类型"), get("渠道"), get("日期").date())
                else {
                    return Ok(());
                };
                let b = Broadcast {
                    title: get("标题").text().unwrap_or_default(),
                    channel: *channel,
                    date,
                };
                let rec = self.record(unit);
                let list = if *interview {
                    &mut rec.tv_interviews
                } else {
                    &mut rec.media_reports
                };
                list.get_or_insert_with(Vec::new).push(b);
            }
            Sheet::SpotChecks => {
                let (Some(date), Some(consistent)) =
                    (get("日期").date(), get("与计划一致").yes_no())
                else {
                    return Ok(());
                };
                let c = SpotCheck {
                    date,
                    consistent,
                    note: get("记录").text(),
                };
                self.record(unit)
                    .spot_checks
                    .get_or_insert_with(Vec::new)
                    .push(c);
            }
            Sheet::Annex3 => {}
        }
        Ok(())
    }

    /// A row of the 附件3 sheet: the unit's table as filled, every cell as its text
    /// (the Annex 3 checks judge it, as they judge a table in a JSON record).
    fn annex3_row(&mut self, unit: usize, heads: &[&str], cells: &[String]) {
        let mut form = serde_json::Map::new();
        form.insert(
            "unit".into(),
            cells
                .get(heads.iter().position(|h| *h == "单位").unwrap_or(0))
                .cloned()
                .unwrap_or_default()
                .into(),
        );
        for f in fangfei::annex3::Field::ALL {
            if let Some(i) = heads.iter().position(|h| *h == f.header_zh()) {
                form.insert(
                    f.name().into(),
                    cells.get(i).cloned().unwrap_or_default().into(),
                );
            }
        }
        if let Some(i) = heads.iter().position(|h| *h == ANNEX3_OTHER) {
            let text = cells.get(i).cloned().unwrap_or_default();
            form.insert("other_methods".into(), text.into());
        }
        self.record(unit).annex3 = Some(serde_json::Value::Object(form));
    }

    fn value(&mut self, kind: Kind, text: &str, at: &dyn Fn() -> String) -> Result<Value, Bad> {
        let year = self.campaign.year;
        Ok(match kind {
            // A kind of outreach is judged by the rules (M-QIJIN-3 names one it does not know),
            // as in a JSON record.
            Kind::Unit | Kind::Text | Kind::Shown | Kind::Outreach => Value::Text(text.to_owned()),
            Kind::Count => Value::Count(count(text)?),
            Kind::YesNo => Value::YesNo(yes_no(text)?),
            Kind::Channel => Value::Channel(Channel::parse(text).ok_or_else(|| {
                let zh: Vec<&str> = Channel::ALL.iter().map(|c| c.label(Lang::Zh)).collect();
                (format!("不认识的渠道“{}”,可填:{}", clip(text), zh.join("、")), format!("unknown channel {:?}", clip(text)))
            })?),
            Kind::Material => Value::Material(material(text).ok_or_else(|| {
                (format!("不认识的材料“{}”,可填:宣传活动计划、进展动态、活动总结、统计表、新媒体作品", clip(text)), format!("unknown material {:?}", clip(text)))
            })?),
            Kind::Parts => Value::Parts(
                text.split(['、', ',', '\u{ff0c}', ';', '\u{ff1b}', '/'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|p| part(p).ok_or_else(|| (format!("不认识的材料“{}”,可填:领导阅批活动文件、统计表、图片、音视频", clip(p)), format!("unknown part {:?}", clip(p)))))
                    .collect::<Result<_, _>>()?,
            ),
            Kind::Programme => match text {
                "访谈" | "访谈节目" | "电视访谈" | "广播访谈" => Value::Programme(true),
                "报道" | "媒体报道" | "宣传报道" => Value::Programme(false),
                _ => return Err((format!("“{}”应为“访谈”或“报道”", clip(text)), format!("{:?} is neither 访谈 nor 报道", clip(text)))),
            },
            Kind::Instant | Kind::Date => {
                let (written, from_excel) = match text.strip_suffix("(日期)") {
                    Some(t) => (t, true),
                    None => (text, false),
                };
                let (mut written, mut assumed) = (written.to_owned(), false);
                if from_excel {
                    // Excel stores "6/9" typed in 2026 as 2026-06-09: the campaign's year
                    // is meant.
                    if let Some(y) = written.get(..4).and_then(|y| y.parse::<i32>().ok()) {
                        if y != year {
                            written.replace_range(..4, &format!("{year:04}"));
                            assumed = true;
                        }
                    }
                } else {
                    assumed = fangfei::time::parse_date(&written, None).is_err() && Instant::parse(&written).is_err();
                }
                let v = if kind == Kind::Date {
                    Value::Date(fangfei::time::parse_date(&written, Some(year)).map_err(|e| both(&e.text()))?)
                } else {
                    Value::Instant(Instant::parse_in_year(&written, year).map_err(|e| both(&e.text()))?)
                };
                if assumed {
                    let entry = self.assumed_year.get_or_insert_with(|| (0, at(), fangfei::printable(text).into_owned()));
                    entry.0 += 1;
                }
                v
            }
        })
    }
}

enum Def {
    Sheet(&'static SheetDef),
    Annex3,
}

/// A cell's value, read by its column's kind.
enum Value {
    None,
    Text(String),
    Count(u64),
    YesNo(bool),
    Channel(Channel),
    Material(SubmissionKind),
    Parts(Vec<SummaryPart>),
    Programme(bool),
    Instant(Instant),
    Date(NaiveDate),
}

impl Value {
    fn text(&self) -> Option<String> {
        match self {
            Value::Text(t) => Some(t.clone()),
            _ => None,
        }
    }
    fn count(&self) -> Option<u64> {
        match self {
            Value::Count(n) => Some(*n),
            _ => None,
        }
    }
    fn yes_no(&self) -> Option<bool> {
        match self {
            Value::YesNo(b) => Some(*b),
            _ => None,
        }
    }
    fn instant(&self) -> Option<Instant> {
        match self {
            Value::Instant(t) => Some(*t),
            _ => None,
        }
    }
    fn date(&self) -> Option<NaiveDate> {
        match self {
            Value::Date(d) => Some(*d),
            Value::Instant(t) => Some(t.date()),
            _ => None,
        }
    }
}

fn both(t: &Text) -> Bad {
    (t.zh.clone(), t.en.clone())
}

fn clip(s: &str) -> String {
    let shown: String = s.chars().take(24).collect();
    fangfei::printable(&fangfei::quiz::mask_digits(&shown)).into_owned()
}

/// A whole number as a clerk writes it: digits, with thousands separators; `1.2万` is
/// refused with what to write instead.
fn count(text: &str) -> Result<u64, Bad> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '\u{ff0c}' | ' '))
        .collect();
    if let Ok(n) = digits.parse::<u64>() {
        return Ok(n);
    }
    if digits.ends_with('万') {
        if let Some(n) = fangfei::annex3::ten_thousands(&digits) {
            return Err((
                format!("“{}”请写成数字{n}", clip(text)),
                format!("write {:?} as the number {n}", clip(text)),
            ));
        }
    }
    Err((
        format!("“{}”不是整数", clip(text)),
        format!("{:?} is not a whole number", clip(text)),
    ))
}

fn yes_no(text: &str) -> Result<bool, Bad> {
    match text.to_lowercase().as_str() {
        "是" | "有" | "√" | "✓" | "y" | "yes" | "true" | "1" => Ok(true),
        "否" | "无" | "×" | "✗" | "n" | "no" | "false" | "0" => Ok(false),
        _ => Err((
            format!("“{}”应为“是”或“否”", clip(text)),
            format!("{:?} is neither yes nor no", clip(text)),
        )),
    }
}

/// What the office received, by the names a clerk writes.
fn material(text: &str) -> Option<SubmissionKind> {
    const NAMES: [(&str, SubmissionKind); 20] = [
        ("宣传活动计划", SubmissionKind::Plan),
        ("活动计划", SubmissionKind::Plan),
        ("宣传计划", SubmissionKind::Plan),
        ("工作方案", SubmissionKind::Plan),
        ("实施方案", SubmissionKind::Plan),
        ("计划", SubmissionKind::Plan),
        ("方案", SubmissionKind::Plan),
        ("进展动态", SubmissionKind::Progress),
        ("动态", SubmissionKind::Progress),
        ("简报", SubmissionKind::Progress),
        ("进展情况", SubmissionKind::Progress),
        ("工作动态", SubmissionKind::Progress),
        ("活动总结", SubmissionKind::Summary),
        ("总结", SubmissionKind::Summary),
        ("工作总结", SubmissionKind::Summary),
        ("统计表", SubmissionKind::StatisticsTable),
        ("附件3", SubmissionKind::StatisticsTable),
        ("统计表(附件3)", SubmissionKind::StatisticsTable),
        ("新媒体作品", SubmissionKind::NewMediaWork),
        ("新媒体", SubmissionKind::NewMediaWork),
    ];
    let w: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    NAMES.iter().find(|(n, _)| *n == w).map(|(_, k)| *k)
}

fn part(text: &str) -> Option<SummaryPart> {
    const NAMES: [(&str, SummaryPart); 10] = [
        ("领导阅批活动文件", SummaryPart::LeaderApprovedDocuments),
        ("领导阅批", SummaryPart::LeaderApprovedDocuments),
        ("领导签批", SummaryPart::LeaderApprovedDocuments),
        ("阅批文件", SummaryPart::LeaderApprovedDocuments),
        ("统计表", SummaryPart::StatisticsTable),
        ("附件3", SummaryPart::StatisticsTable),
        ("图片", SummaryPart::Pictures),
        ("照片", SummaryPart::Pictures),
        ("音视频", SummaryPart::AudioVideo),
        ("视频", SummaryPart::AudioVideo),
    ];
    NAMES.iter().find(|(n, _)| *n == text).map(|(_, p)| *p)
}

/// A line under the data that is no entry: the signature lines (填表人、联系电话) and
/// notes.
fn is_footer(cells: &[String]) -> bool {
    let first = cells
        .iter()
        .map(|c| c.trim())
        .find(|c| !c.is_empty())
        .unwrap_or("");
    fangfei::annex3::sheet::is_signature_line(first)
        || ["说明", "注:", "注\u{ff1a}"]
            .iter()
            .any(|p| first.starts_with(p))
}

/// English for the few sheet-level reasons.
fn english(zh: &str) -> String {
    if zh.starts_with("找不到") {
        "no header row with a 单位 column".into()
    } else if let Some(rest) = zh.strip_prefix("缺少") {
        format!("missing column {}", rest.trim_end_matches('列'))
    } else {
        "its header matches no sheet of the ledger (use the one fangfei ledger template writes)"
            .into()
    }
}

// ---------------------------------------------------------------------------------
// Writing

/// Writes the ledger workbook: 填表说明, the unit list, a sheet per kind of entry and
/// 附件3, with drop-down lists, date validation, header notes and print setup; filled
/// from `records` when given (an office moving its JSON records into a ledger).
///
/// # Errors
///
/// [`XlsxError`] from the writer.
pub fn write(path: &Path, campaign: &Campaign, records: &[UnitRecord]) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    // Dated the day the plan was issued, not the day it is written: the same records
    // give the same bytes.
    wb.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(format!("{}工作台账", campaign.name.zh))
            .set_creation_datetime(&excel_day(campaign.issued_on)?),
    );
    let head = crate::tables::header_format("#DDEBF7");
    let cell = Format::new().set_border(FormatBorder::Thin);
    let time = Format::new()
        .set_border(FormatBorder::Thin)
        .set_num_format("yyyy-mm-dd hh:mm");
    let day = Format::new()
        .set_border(FormatBorder::Thin)
        .set_num_format("yyyy-mm-dd");
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let bold = Format::new().set_bold().set_font_size(14);

    // 填表说明 first: what the ledger is and the plan's dates.
    let ws = wb.add_worksheet();
    ws.set_name(INSTRUCTIONS)?;
    ws.set_column_width(0, 100)?;
    ws.write_string_with_format(0, 0, format!("{}工作台账", campaign.name.zh), &bold)?;
    let mut lines: Vec<String> = vec![
        format!("依据:{}({})", campaign.name.zh, campaign.document_number),
        "用法:每收到一份材料、一件作品、一场活动,在对应工作表记一行;单位可下拉选择,简称、全称均可。".into(),
        "时间写作“2021-06-09 15:10”“2021/6/9 15:10”或“6月9日 15:10”,也可用Excel日期单元格;未写年份的按活动年度计。".into(),
        "核查:fangfei audit 台账.xlsx(也可读取各工作表另存的CSV文件)。有问题的行会标明位置(如“材料报送!C7”)并不计入。".into(),
        String::new(),
        "报送节点:".into(),
    ];
    for s in &campaign.submissions {
        let (cut, _) = s.due.cutoff();
        lines.push(format!(
            "  {}({}):{}前,{}",
            s.name.zh,
            s.rule,
            cut.as_deadline(),
            s.clause
        ));
    }
    lines.push(String::new());
    for d in &SHEETS {
        lines.push(format!("{}:{}", d.name, d.note));
    }
    lines.push(format!(
        "{ANNEX3_SHEET}:各单位报送的附件3统计表,每单位一行(表中项目未开展的填写“0”)。"
    ));
    for (i, l) in lines.iter().enumerate() {
        ws.write_string_with_format(i as u32 + 2, 0, l, &wrap)?;
    }

    // The lists the drop-downs take, on a hidden sheet.
    let units: Vec<String> = campaign.units.iter().map(|u| u.name.clone()).collect();
    let materials: Vec<String> = [
        SubmissionKind::Plan,
        SubmissionKind::Progress,
        SubmissionKind::Summary,
        SubmissionKind::StatisticsTable,
        SubmissionKind::NewMediaWork,
    ]
    .iter()
    .map(|k| k.label().zh)
    .collect();
    let channels: Vec<String> = Channel::ALL
        .iter()
        .map(|c| c.label(Lang::Zh).to_owned())
        .collect();
    let kinds: Vec<String> = campaign
        .outreach
        .kinds
        .iter()
        .map(|k| format!("进{}", k.name))
        .collect();
    let lists: [(&str, Vec<String>); 6] = [
        ("单位", units),
        ("材料", materials),
        ("渠道", channels),
        ("类别", kinds),
        ("是否", vec!["是".into(), "否".into()]),
        ("类型", vec!["访谈".into(), "报道".into()]),
    ];

    let of_unit: Vec<Option<usize>> = records
        .iter()
        .map(|r| campaign.roster().resolve_index(&r.unit))
        .collect();
    let by_unit = |i: usize| -> Vec<&UnitRecord> {
        records
            .iter()
            .zip(&of_unit)
            .filter(|(_, u)| **u == Some(i))
            .map(|(r, _)| r)
            .collect()
    };
    // The units in the ledger's order: the roster's, then records of units off it
    // (listed with their types, which 单位名单 carries for them). Rows name the unit
    // as its record does.
    let mut listed: Vec<(String, Vec<Role>, Vec<&UnitRecord>)> = campaign
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let recs = by_unit(i);
            let written = recs.first().map_or(u.name.clone(), |r| r.unit.clone());
            (written, u.roles.clone(), recs)
        })
        .collect();
    listed.extend(
        records
            .iter()
            .zip(&of_unit)
            .filter(|(_, i)| i.is_none())
            .map(|(r, _)| (r.unit.clone(), r.roles.clone().unwrap_or_default(), vec![r])),
    );
    let first = campaign.span.first - chrono::Days::new(60);
    let last = campaign.span.last + chrono::Days::new(90);
    for d in &SHEETS {
        let ws = wb.add_worksheet();
        ws.set_name(d.name)?;
        setup(ws, d.cols.len())?;
        for (j, c) in d.cols.iter().enumerate() {
            let j = j as u16;
            ws.write_string_with_format(0, j, c.head, &head)?;
            ws.set_column_width(j, c.width)?;
            if !c.note.is_empty() {
                ws.insert_note(
                    0,
                    j,
                    &Note::new(c.note)
                        .set_author("fangfei")
                        .add_author_prefix(false),
                )?;
            }
            let list = |name: &str| lists.iter().position(|(n, _)| *n == name);
            let v = match c.kind {
                Kind::Unit => list("单位"),
                Kind::Material => list("材料"),
                Kind::Channel => list("渠道"),
                Kind::Outreach => list("类别"),
                Kind::YesNo => list("是否"),
                Kind::Programme => list("类型"),
                _ => None,
            }
            .map(|i| {
                let n = lists.get(i).map_or(0, |(_, l)| l.len());
                let letter = fangfei::annex3::sheet::column_letters(i);
                DataValidation::new()
                    .allow_list_formula(
                        format!("=选项!${letter}$2:${letter}${}", n + 1)
                            .as_str()
                            .into(),
                    )
                    .ignore_blank(true)
            });
            let v = match (v, c.kind) {
                (Some(v), _) => Some(v),
                (None, Kind::Instant | Kind::Date) => Some(
                    DataValidation::new()
                        .allow_date(DataValidationRule::Between(
                            excel_day(first)?,
                            excel_day(last)?,
                        ))
                        .set_error_title("日期时间")?
                        .set_error_message(format!(
                            "请填写{}年的日期时间,如 2021-06-09 15:10。",
                            campaign.year
                        ))?,
                ),
                (None, Kind::Count) => Some(
                    DataValidation::new()
                        .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
                        .set_error_title("填写整数")?
                        .set_error_message("请填写非负整数。")?,
                ),
                _ => None,
            };
            if let Some(v) = v {
                ws.add_data_validation(1, j, 2000, j, &v)?;
            }
        }
        // Rows from the records.
        let mut r: u32 = 1;
        let mut put = |ws: &mut Worksheet, cells: Vec<Out>| -> Result<(), XlsxError> {
            for (j, c) in cells.into_iter().enumerate() {
                let j = j as u16;
                match c {
                    Out::Blank => ws.write_blank(r, j, &cell).map(|_| ())?,
                    Out::Text(t) => ws.write_string_with_format(r, j, t, &cell).map(|_| ())?,
                    Out::Num(n) => ws
                        .write_number_with_format(r, j, n as f64, &cell)
                        .map(|_| ())?,
                    Out::Time(t) => ws
                        .write_datetime_with_format(r, j, excel_instant(t)?, &time)
                        .map(|_| ())?,
                    Out::Day(dd) => ws
                        .write_datetime_with_format(r, j, excel_day(dd)?, &day)
                        .map(|_| ())?,
                }
            }
            r += 1;
            Ok(())
        };
        let yes = |b: Option<bool>| {
            b.map_or(Out::Blank, |b| {
                Out::Text(if b { "是" } else { "否" }.into())
            })
        };
        let text = |t: &str| {
            if t.is_empty() {
                Out::Blank
            } else {
                Out::Text(t.to_owned())
            }
        };
        let opt_text = |t: &Option<String>| t.as_deref().map_or(Out::Blank, text);
        let num = |n: Option<u64>| n.map_or(Out::Blank, Out::Num);
        for (written, unit_roles, recs) in &listed {
            let name = || Out::Text(written.clone());
            match d.sheet {
                Sheet::Units => {
                    let roles: Vec<String> = unit_roles.iter().map(|x| x.label().zh).collect();
                    let own = recs.iter().find_map(|r| r.self_organises_concentrated_day);
                    put(
                        ws,
                        vec![name(), Out::Text(roles.join("、")), yes(own), Out::Blank],
                    )?;
                }
                Sheet::Submissions => {
                    for s in recs.iter().flat_map(|r| &r.submissions) {
                        let parts: Vec<String> = s.parts.iter().map(|p| p.label().zh).collect();
                        put(
                            ws,
                            vec![
                                name(),
                                Out::Text(s.kind.label().zh),
                                s.node.map_or(Out::Blank, Out::Day),
                                Out::Time(s.submitted_at),
                                text(&parts.join("、")),
                                opt_text(&s.stated.time),
                                opt_text(&s.stated.place),
                                opt_text(&s.stated.method),
                                if s.promoted {
                                    Out::Text("是".into())
                                } else {
                                    Out::Blank
                                },
                                Out::Blank,
                            ],
                        )?;
                    }
                }
                Sheet::Media => {
                    for w in recs.iter().flat_map(|r| r.media_works.iter().flatten()) {
                        put(
                            ws,
                            vec![
                                name(),
                                text(&w.title),
                                Out::Text(w.channel.label(Lang::Zh).into()),
                                Out::Time(w.published_at),
                                w.reported_at.map_or(Out::Blank, Out::Time),
                                yes(w.new_media),
                                Out::Blank,
                            ],
                        )?;
                    }
                }
                Sheet::Outreach => {
                    for a in recs.iter().flat_map(|r| r.outreach.iter().flatten()) {
                        put(
                            ws,
                            vec![
                                name(),
                                text(&a.kind),
                                Out::Day(a.date),
                                text(&a.place),
                                num(a.participants),
                                Out::Blank,
                            ],
                        )?;
                    }
                }
                Sheet::ConcentratedDay => {
                    for a in recs
                        .iter()
                        .flat_map(|r| r.concentrated_day.iter().flatten())
                    {
                        put(
                            ws,
                            vec![
                                name(),
                                text(&a.venue),
                                num(a.staff),
                                a.arrived_at.map_or(Out::Blank, Out::Time),
                                yes(a.banners),
                                yes(a.boards),
                                yes(a.materials),
                                yes(a.brochures),
                                num(a.consultations),
                                num(a.reports_collected),
                                Out::Blank,
                            ],
                        )?;
                    }
                }
                Sheet::Grid => {
                    for rec in recs.iter() {
                        if rec.grid.is_none() && rec.premises.is_none() {
                            continue;
                        }
                        let g = rec.grid.as_ref();
                        let p = rec.premises.as_ref();
                        put(
                            ws,
                            vec![
                                name(),
                                num(g.map(|g| g.workers_aware)),
                                num(g.map(|g| g.workers_total)),
                                num(g.map(|g| g.compounds_with_slogans)),
                                num(g.map(|g| g.compounds_total)),
                                num(p.map(|p| p.with_sign)),
                                num(p.map(|p| p.total)),
                                Out::Blank,
                            ],
                        )?;
                    }
                }
                Sheet::Programmes => {
                    for rec in recs.iter() {
                        for (kind, list) in
                            [("访谈", &rec.tv_interviews), ("报道", &rec.media_reports)]
                        {
                            for b in list.iter().flatten() {
                                put(
                                    ws,
                                    vec![
                                        name(),
                                        Out::Text(kind.into()),
                                        text(&b.title),
                                        Out::Text(b.channel.label(Lang::Zh).into()),
                                        Out::Day(b.date),
                                        Out::Blank,
                                    ],
                                )?;
                            }
                        }
                    }
                }
                Sheet::SpotChecks => {
                    for c in recs.iter().flat_map(|r| r.spot_checks.iter().flatten()) {
                        put(
                            ws,
                            vec![
                                name(),
                                Out::Day(c.date),
                                yes(Some(c.consistent)),
                                opt_text(&c.note),
                            ],
                        )?;
                    }
                }
                Sheet::Annex3 => {}
            }
        }
    }

    // 附件3: one row per unit, the plan's columns.
    let ws = wb.add_worksheet();
    ws.set_name(ANNEX3_SHEET)?;
    let fields = fangfei::annex3::Field::ALL;
    setup(ws, fields.len() + 2)?;
    ws.write_string_with_format(0, 0, "单位", &head)?;
    ws.set_column_width(0, 22)?;
    for (j, f) in fields.iter().enumerate() {
        ws.write_string_with_format(0, j as u16 + 1, f.header_zh(), &head)?;
        ws.set_column_width(j as u16 + 1, 12)?;
    }
    let other_col = fields.len() as u16 + 1;
    ws.write_string_with_format(0, other_col, ANNEX3_OTHER, &head)?;
    ws.set_column_width(other_col, 24)?;
    ws.set_row_height(0, 54)?;
    let mut r: u32 = 1;
    for (_, _, recs) in &listed {
        for rec in recs {
            let Some(serde_json::Value::Object(form)) = &rec.annex3 else {
                continue;
            };
            let text_of = |key: &str| match form.get(key) {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Array(a)) => a
                    .iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                    .collect::<Vec<_>>()
                    .join("、"),
                Some(serde_json::Value::Null) | None => String::new(),
                Some(v) => v.to_string(),
            };
            ws.write_string_with_format(r, 0, text_of("unit"), &cell)?;
            for (j, f) in fields.iter().enumerate() {
                ws.write_string_with_format(r, j as u16 + 1, text_of(f.name()), &cell)?;
            }
            ws.write_string_with_format(r, other_col, text_of("other_methods"), &cell)?;
            r += 1;
        }
    }

    let ws = wb.add_worksheet();
    ws.set_name("选项")?;
    for (i, (name, list)) in lists.iter().enumerate() {
        let i = i as u16;
        ws.write_string(0, i, *name)?;
        for (k, item) in list.iter().enumerate() {
            ws.write_string(k as u32 + 1, i, item)?;
        }
    }
    ws.set_hidden(true);
    wb.save(path)
}

enum Out {
    Blank,
    Text(String),
    Num(u64),
    Time(Instant),
    Day(NaiveDate),
}

/// Print setup of a ledger sheet: A4 landscape, one page wide, the header repeated.
fn setup(ws: &mut Worksheet, cols: usize) -> Result<(), XlsxError> {
    crate::tables::print_a4(ws, 0, 0)?;
    ws.set_freeze_panes(1, 1)?;
    ws.autofilter(0, 0, 0, cols.saturating_sub(1) as u16)?;
    ws.set_header("&C&A");
    Ok(())
}

fn excel_day(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    use chrono::Datelike;
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
}

fn excel_instant(t: Instant) -> Result<ExcelDateTime, XlsxError> {
    // Seconds into the Beijing day (UTC+8); Excel keeps times to the millisecond.
    let s = t.unix_seconds().saturating_add(8 * 3600).rem_euclid(86_400);
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    excel_day(t.date())?.and_hms(h as u16, m as u8, sec as f64)
}

/// Reads the ledger's records back as JSON files would give them: for the tests and for
/// `check` of one unit.
pub fn record_of<'l>(
    ledger: &'l Ledger,
    campaign: &Campaign,
    unit: &str,
) -> Option<&'l UnitRecord> {
    let i = campaign.roster().resolve_index(unit)?;
    ledger
        .records
        .iter()
        .map(|(_, r)| r)
        .find(|r| campaign.roster().resolve_index(&r.unit) == Some(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_as_clerks_write_them() {
        assert_eq!(count("3,959"), Ok(3959));
        assert_eq!(count("12000"), Ok(12000));
        let (zh, _) = count("1.2万").unwrap_err();
        assert!(zh.contains("12000"), "{zh}");
        assert!(count("1.23456万").unwrap_err().0.contains("不是整数"));
        assert!(count("十二").is_err());
    }

    #[test]
    fn materials_and_parts_by_their_names() {
        assert_eq!(material("工作方案"), Some(SubmissionKind::Plan));
        assert_eq!(material(" 简报 "), Some(SubmissionKind::Progress));
        assert_eq!(material("附件3"), Some(SubmissionKind::StatisticsTable));
        assert_eq!(material("请示"), None);
        assert_eq!(part("照片"), Some(SummaryPart::Pictures));
        assert_eq!(yes_no("√"), Ok(true));
        assert!(yes_no("也许").is_err());
    }

    #[test]
    fn footer_lines_are_no_entries() {
        let row = |s: &str| vec![String::new(), s.to_owned()];
        assert!(is_footer(&row("填表人:张三 联系电话:13812345678")));
        assert!(!is_footer(&row("市教育局")));
    }
}
