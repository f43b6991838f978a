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
                    // The campaign's nodes, as the plan writes them.
                    let nodes: Vec<String> = self
                        .campaign
                        .submissions
                        .iter()
                        .filter_map(|r| r.node)
                        .map(|d| d.format("%-m月%-d日").to_string())
                        .collect();
                    return Err((
                        at_of("节点"),
                        (
                            format!("进展动态须填节点({})", nodes.join("或")),
                            format!("a progress report needs its node ({})", nodes.join(" or ")),
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

mod sheets;
mod values;
use sheets::*;
mod write;
use values::{both, clip, count, material, part, yes_no, Value};
pub use write::write;

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
