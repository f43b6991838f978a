//! Reading a ledger: its tables' cells into unit records, every problem at its cell.

use std::collections::BTreeMap;

use crate::annex3::sheet::Locator;
use crate::campaign::{Campaign, ItemField};
use crate::path::Path;
use crate::record::{Item, Site, SpotCheck, Submission, UnitRecord};
use crate::report::{Finding, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::text::unknown;

use super::values::{clip, count, when, yes_no, Bad};
use super::{layout, Column, Holds, Sheet, Target, Value, CHOICES, INSTRUCTIONS};

/// One table of a ledger as read: a sheet of a workbook, or a CSV export of one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The file it came from (its name, as messages show it).
    pub file: String,
    /// How its cells are named (`材料报送!C7`, or a CSV's `line 7`).
    pub locator: Locator,
    /// Its rows: (1-based line, cells as text).
    pub rows: Vec<(usize, Vec<String>)>,
    /// Whether the sheet was hidden (or very hidden) in its workbook: a ledger sheet
    /// hidden by the clerk is still the office's data, read with a note that says so
    /// (issue 28: a hidden 材料报送 is never silently "nothing received").
    pub hidden: bool,
}

impl Part {
    /// A table of `file`.
    pub fn new(file: impl Into<String>, locator: Locator, rows: Vec<(usize, Vec<String>)>) -> Part {
        Part {
            file: file.into(),
            locator,
            rows,
            hidden: false,
        }
    }

    /// The same table, marked hidden (or not) in its workbook.
    #[must_use]
    pub fn hidden(mut self, hidden: bool) -> Part {
        self.hidden = hidden;
        self
    }

    /// The sheet's name, or the CSV file's name without its extension.
    fn named(&self) -> String {
        match &self.locator {
            Locator::Sheet(n) => n.trim().to_owned(),
            Locator::Csv => {
                let f = self.file.rsplit(['/', '\\']).next().unwrap_or(&self.file);
                f.rsplit_once('.').map_or(f, |(stem, _)| stem).to_owned()
            }
        }
    }

    fn place(&self, line: usize, col: Option<usize>, head: &str) -> String {
        let p = self.locator.place(line, col, head);
        match self.locator {
            Locator::Csv => format!("{} {p}", self.file),
            Locator::Sheet(_) => p,
        }
    }

    /// The header row: the first of the first ten rows with a cell 单位.
    fn header(&self) -> Option<(usize, &(usize, Vec<String>))> {
        self.rows
            .iter()
            .take(10)
            .enumerate()
            .find(|(_, (_, cells))| cells.iter().any(|c| c.trim() == "单位"))
    }
}

/// The ledger read: one record per unit that has a row, and what was found reading it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ledger {
    /// (source, record), in roster order (units off the roster after).
    pub records: Vec<(String, UnitRecord)>,
    /// Problems (errors at their cells) and notes (a year assumed).
    pub findings: Vec<Finding>,
}

/// Reads the tables of a ledger (every sheet of a workbook, or CSV exports of its
/// sheets, each recognised by its name or its header row) into unit records.
pub fn read(campaign: &Campaign, parts: &[Part]) -> Ledger {
    let layout = layout(campaign);
    let mut r = Reading {
        campaign,
        roster: campaign.roster(),
        layout: &layout,
        records: BTreeMap::new(),
        findings: Vec::new(),
        present: Vec::new(),
        kept: BTreeMap::new(),
        written: BTreeMap::new(),
        added: Vec::new(),
        assumed_year: None,
        example: super::values::example(campaign),
        inferred_nodes: None,
    };
    // Units the office added to its list (not on the campaign's roster), with their
    // types, before any row names one.
    for part in parts {
        r.added_units(part);
    }
    for part in parts {
        r.part(part);
    }
    let source = {
        let mut files: Vec<&str> = parts.iter().map(|p| p.file.as_str()).collect();
        files.dedup();
        match files.as_slice() {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [first, ..] => format!("{first}等{}个文件", files.len()),
        }
    };
    let present = r.present.clone();
    r.absent_duty_sheets(parts);
    let records = std::mem::take(&mut r.records)
        .into_values()
        .map(|mut rec| {
            for holds in &present {
                match holds {
                    Holds::Lists(lists) => {
                        for (key, _) in lists {
                            rec.lists.get_or_default(key.clone());
                        }
                    }
                    Holds::Sites(key) => {
                        rec.sites.get_or_default(key.clone());
                    }
                    Holds::SpotChecks => {
                        rec.spot_checks.get_or_insert_with(Vec::new);
                    }
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
                RuleId::INPUT,
                Severity::Info,
                Outcome::Reported,
                Path::key(first.clone()),
                Text::new(
                    format!("台账中{n}处日期的年份不是活动年度(如{first}“{written}”,多为Excel把未写年份的日期记为录入当年),已按活动年度{year}年读取"),
                    format!("{n} date(s) in the ledger were in another year (e.g. {first} {written:?}, mostly Excel's year of typing for a date typed without one); read in the campaign's year {year}"),
                ),
            )
            .at(first),
        );
    }
    if let Some((n, first, node, kind)) = r.inferred_nodes {
        let node = crate::time::md_zh(node);
        let what = campaign.material_name(&kind);
        findings.push(
            Finding::new(
                RuleId::INPUT,
                Severity::Info,
                Outcome::Reported,
                Path::key(first.clone()),
                Text::new(
                    format!("台账中{n}行{}未填节点,已按收到时间归入所在节点(如{first}归入{node}节点);如有不同,请在“节点”列写明", what.zh),
                    format!("{n} row(s) of {} in the ledger named no node and were put to the node their time of receipt falls in (e.g. {first}: the {node} node); write the node where it differs", what.en),
                ),
            )
            .at(first),
        );
    }
    Ledger { records, findings }
}

struct Reading<'c> {
    campaign: &'c Campaign,
    /// The roster's index with its official full forms, built once for the ledger
    /// (not once per unit cell: a roster is some 300 µs).
    roster: crate::campaign::Roster<'c>,
    layout: &'c super::Layout,
    /// By unit index (the roster's, then the office's additions).
    records: BTreeMap<usize, UnitRecord>,
    findings: Vec<Finding>,
    present: Vec<Holds>,
    /// Sheets that keep one value per unit (单位名单, the figures, the statistics
    /// table): by (sheet, unit), the place of the row that counts — the first, as the
    /// statistics table's duplicate rule (A3-TOTAL) keeps it.
    kept: BTreeMap<(String, usize), String>,
    /// Each unit's name as first written.
    written: BTreeMap<usize, String>,
    /// Units off the roster listed in 单位名单 with their types: index `roster + i`.
    added: Vec<(String, Vec<String>)>,
    /// Dates read in the campaign's year: how many, the first place and its text.
    assumed_year: Option<(usize, String, String)>,
    /// The time shown as an example when a cell is no time.
    example: crate::time::Instant,
    /// Rows of a material delivered by node with no node written, put to the node
    /// their receipt time falls in: how many, the first place and its node.
    inferred_nodes: Option<(usize, String, chrono::NaiveDate, String)>,
}

/// A cell's value, read by its column.
#[derive(Debug, Clone)]
enum Got {
    None,
    Text(String),
    Count(u64),
    YesNo(bool),
    Instant(crate::time::Instant),
    Date(chrono::NaiveDate),
    /// A key: a channel, a material, a list (by its 类型).
    Key(String),
    Parts(Vec<String>),
}

impl<'c> Reading<'c> {
    /// The sheet of the layout a part is: by its name first, then by its header.
    fn identify(&self, part: &Part, heads: &[&str]) -> Option<&'c Sheet> {
        let named = part.named();
        let layout: &'c super::Layout = self.layout;
        let sheets = &layout.sheets;
        let fits = |s: &Sheet| {
            s.columns
                .iter()
                .filter(|c| c.required)
                .all(|c| heads.iter().any(|h| c.is(h)))
        };
        // By the name: its own, or the longest a CSV export's name ends with
        // (`台账-新闻宣传` is 新闻宣传, not 宣传, when the ledger has both).
        if let Some(s) = sheets
            .iter()
            .filter(|s| named.ends_with(&s.name))
            .max_by_key(|s| s.name.len())
        {
            return Some(s);
        }
        // The header alone: the sheet whose columns it has most of, all required ones
        // (the statistics table by three of its columns).
        let matched = |s: &Sheet| {
            s.columns
                .iter()
                .skip(1)
                .filter(|c| heads.iter().any(|h| c.is(h)))
                .count()
        };
        sheets
            .iter()
            .filter(|s| fits(s))
            .max_by_key(|s| matched(s))
            .filter(|s| matched(s) > if s.holds == Holds::Table { 2 } else { 1 })
    }

    fn part(&mut self, part: &Part) {
        let named = part.named();
        // Not read back: the instructions and the drop-down lists (or their CSV
        // exports, `台账-填表说明.csv`).
        if [INSTRUCTIONS, CHOICES].iter().any(|n| named.ends_with(n)) {
            return;
        }
        if let Some(original) = copy_of(&named, self.layout) {
            self.copied_part(part, &original);
            return;
        }
        let Some((hi, (hline, header))) = part.header() else {
            self.refuse_part(
                part,
                &part.place(1, None, ""),
                Text::new("找不到含“单位”的表头行", "no header row with a 单位 column"),
            );
            return;
        };
        let heads: Vec<&str> = header.iter().map(|h| h.trim()).collect();
        let Some(sheet) = self.identify(part, &heads) else {
            self.refuse_part(
                part,
                &part.place(*hline, None, ""),
                Text::new(
                    "表头与台账的任何一张表都不相符(请使用 fangfei ledger template 生成的台账)",
                    "its header matches no sheet of the ledger (use the one fangfei ledger template writes)",
                ),
            );
            return;
        };
        let cols: Vec<(&Column, Option<usize>)> = sheet
            .columns
            .iter()
            .map(|c| (c, heads.iter().position(|h| c.is(h))))
            .collect();
        for (c, i) in &cols {
            if c.required && i.is_none() {
                self.refuse_part(
                    part,
                    &part.place(*hline, None, ""),
                    Text::new(
                        format!("缺少“{}”列", c.head),
                        format!("missing column {}", c.head),
                    ),
                );
                return;
            }
        }
        if !self.present.contains(&sheet.holds) {
            self.present.push(sheet.holds.clone());
        }
        if part.hidden {
            self.hidden_part(part, &part.place(*hline, None, ""));
        }
        let keeps_one = matches!(sheet.holds, Holds::Units | Holds::Figures(_) | Holds::Table);
        let unit_col = cols.first().and_then(|(_, i)| *i);
        for (line, cells) in part.rows.iter().skip(hi.saturating_add(1)) {
            let cell = |i: Option<usize>| -> &str {
                i.and_then(|i| cells.get(i)).map_or("", |s| s.trim())
            };
            if cells.iter().all(|c| c.trim().is_empty()) || is_footer(cells) {
                continue;
            }
            let unit_text = cell(unit_col);
            let Some(unit) = self.unit(unit_text, &part.place(*line, unit_col, "单位")) else {
                continue;
            };
            self.written
                .entry(unit)
                .or_insert_with(|| unit_text.to_owned());
            // The unit has entries, even when this row is refused: it is no missing
            // return. (单位名单 lists every unit: a row there is no entry.)
            if sheet.holds != Holds::Units {
                self.record(unit);
            }
            let place = |i: Option<usize>, h: &str| part.place(*line, i, h);
            if keeps_one && !self.first_of_unit(sheet, unit, &place(unit_col, "单位")) {
                continue;
            }
            if let Err((at, (zh, en))) = self.row(sheet, &cols, unit, &cell, &place) {
                // A row left out is no first row: a later one of the unit counts (as
                // the statistics table's duplicate rule looks at accepted rows only).
                if keeps_one {
                    let key = (sheet.name.clone(), unit);
                    if self.kept.get(&key) == Some(&place(unit_col, "单位")) {
                        self.kept.remove(&key);
                    }
                }
                let name = self.unit_name(unit);
                self.findings.push(
                    Finding::error(
                        RuleId::INPUT,
                        Path::key(at.clone()),
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

    /// A part that is no ledger table: a warning (a clerk's own sheet beside the
    /// ledger's is not an error), never a silent skip.
    fn refuse_part(&mut self, part: &Part, at: &str, why: Text) {
        let what = match &part.locator {
            Locator::Sheet(n) => Text::new(format!("工作表“{n}”"), format!("sheet {n:?}")),
            Locator::Csv => Text::new(part.file.clone(), part.file.clone()),
        };
        self.findings.push(
            Finding::new(
                RuleId::INPUT,
                Severity::Warning,
                Outcome::Fail,
                Path::key(at.to_owned()),
                Text::new(
                    format!("{}未读取:{}", what.zh, why.zh),
                    format!("{} not read: {}", what.en, why.en),
                ),
            )
            .at(at.to_owned()),
        );
    }

    /// A hidden ledger sheet, read: a warning that says so (the clerk may have hidden
    /// it to leave it out; the data is still the office's, so it counts).
    fn hidden_part(&mut self, part: &Part, at: &str) {
        let n = part.named();
        self.findings.push(
            Finding::new(
                RuleId::INPUT,
                Severity::Warning,
                Outcome::Reported,
                Path::key(at.to_owned()),
                Text::new(
                    format!("工作表“{n}”已隐藏,仍已读取:如其内容不应计入,请删除其中的行"),
                    format!("sheet {n:?} is hidden and was read all the same: delete its rows if they should not count"),
                ),
            )
            .at(at.to_owned()),
        );
    }

    /// A sheet named as a copy of a ledger sheet (`材料报送 (2)`, what Excel's Move or
    /// Copy makes, `材料报送(2)`, `Copy of 材料报送`, `材料报送 - 副本`): which of the
    /// two holds the office's entries cannot be told, so the copy is not read and the
    /// refusal names both (issue 28: a copy's edited times never silently win).
    fn copied_part(&mut self, part: &Part, original: &str) {
        let n = part.named();
        let at = part.place(1, None, "");
        self.findings.push(
            Finding::error(
                RuleId::INPUT,
                Path::key(at.clone()),
                Text::new(
                    format!("工作表“{n}”是“{original}”的副本,未读取:请核对两表,将应计入的行并入“{original}”后删除副本"),
                    format!("sheet {n:?} is a copy of {original:?} and was not read: check both, move the rows that count into {original:?} and delete the copy"),
                ),
            )
            .at(at),
        );
    }

    /// Whether this row is the first of `unit` on a sheet that keeps one value per
    /// unit; a later one is refused with an error at its cell naming the first, and
    /// the first kept (as the statistics table keeps the first of a unit met twice,
    /// A3-TOTAL), never silently replaced by the last.
    fn first_of_unit(&mut self, sheet: &Sheet, unit: usize, at: &str) -> bool {
        let key = (sheet.name.clone(), unit);
        let Some(first) = self.kept.get(&key).cloned() else {
            self.kept.insert(key, at.to_owned());
            return true;
        };
        let name = self.unit_name(unit);
        let rule = if sheet.holds == Holds::Table {
            RuleId::A3_TOTAL
        } else {
            RuleId::INPUT
        };
        self.findings.push(
            Finding::error(
                rule,
                Path::key(at.to_owned()),
                Text::new(
                    format!("“{name}”在“{}”中重复:{first}与{at}为同一单位,只计{first},本行未计入", sheet.name),
                    format!("{name:?} appears twice in {:?}: {first} and {at} are the same unit; only {first} counts, this row is left out", sheet.name),
                ),
            )
            .with_unit(&name)
            .at(at.to_owned()),
        );
        self.findings.push(
            Finding::new(
                rule,
                Severity::Warning,
                Outcome::Reported,
                Path::key(first.clone()),
                Text::new(
                    format!(
                        "“{name}”在“{}”中另有一行({at}),已按本行({first})计入",
                        sheet.name
                    ),
                    format!(
                        "{name:?} has another row in {:?} ({at}); this row ({first}) counts",
                        sheet.name
                    ),
                ),
            )
            .with_unit(&name)
            .at(first),
        );
        false
    }

    /// After every part: a workbook without the sheet whose kind carries duties (the
    /// materials received) — deleted — is not "nothing received": one workbook-level
    /// error says so, naming the sheet, so the missing returns that follow are not
    /// taken for the units' (issue 28). Only for workbooks: CSV exports of some sheets
    /// may come beside records that hold the submissions.
    fn absent_duty_sheets(&mut self, parts: &[Part]) {
        let parts: Vec<&Part> = parts
            .iter()
            .filter(|p| matches!(p.locator, Locator::Sheet(_)))
            .collect();
        if parts.is_empty() || self.present.contains(&Holds::Submissions) {
            return;
        }
        let delivers = self
            .campaign
            .duties
            .iter()
            .any(|d| matches!(d.rule, crate::campaign::DutyRule::Deliver(_)));
        let Some(sheet) = self
            .layout
            .sheets
            .iter()
            .find(|s| s.holds == Holds::Submissions)
        else {
            return;
        };
        if !delivers {
            return;
        }
        let n = &sheet.name;
        let files: Vec<&str> = {
            let mut f: Vec<&str> = parts.iter().map(|p| p.file.as_str()).collect();
            f.dedup();
            f
        };
        let file = files.join("、");
        self.findings.push(Finding::error(
            RuleId::INPUT,
            Path::key(n.clone()),
            Text::new(
                format!("台账({file})中没有“{n}”表(已删除或未导出):各单位报送的材料无从核对,下列“未收到”均因缺表而起,并非确未收到;请补回“{n}”表后重新核查"),
                format!("the ledger ({file}) has no sheet {n:?} (deleted or not exported): no unit's materials can be checked, and every \"not received\" below comes from the missing sheet, not from the units; restore {n:?} and run again"),
            ),
        ));
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

    /// Rows of 单位名单 naming a unit off the roster with its types: the office's own
    /// additions (a unit the plan's roster lacks), known to the rest of the ledger.
    fn added_units(&mut self, part: &Part) {
        let Some((hi, (_, header))) = part.header() else {
            return;
        };
        let heads: Vec<&str> = header.iter().map(|h| h.trim()).collect();
        if copy_of(&part.named(), self.layout).is_some() {
            return;
        }
        if !matches!(self.identify(part, &heads), Some(s) if s.holds == Holds::Units) {
            return;
        }
        let (Some(u), Some(t)) = (
            heads.iter().position(|h| *h == "单位"),
            heads.iter().position(|h| *h == "类型"),
        ) else {
            return;
        };
        let roster = &self.roster;
        for (_, cells) in part.rows.iter().skip(hi.saturating_add(1)) {
            let name = cells.get(u).map_or("", |s| s.trim());
            let types = cells.get(t).map_or("", |s| s.trim());
            if name.is_empty()
                || types.is_empty()
                || roster.resolve_index(name).is_some()
                || self.added.iter().any(|(n, _)| n == name)
            {
                continue;
            }
            let roles: Vec<String> = types
                .split(['、', ',', '\u{ff0c}'])
                .filter_map(|t| {
                    self.campaign
                        .roles
                        .iter()
                        .find(|r| r.answers_to(t))
                        .map(|r| r.key.clone())
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
        if let Some(i) = self.roster.resolve_index(written) {
            return Some(i);
        }
        if let Some(k) = self.added.iter().position(|(n, _)| n == written) {
            return Some(self.campaign.units.len().saturating_add(k));
        }
        let shown = clip(written);
        let (zh, en) = if written.is_empty() {
            (
                "未填单位;本行未读取".to_owned(),
                "no unit; the row is not read".to_owned(),
            )
        } else {
            match self.campaign.suggest_units(written, 1).first() {
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
        // The row's unit as written in the report's 单位 cell, as any other row's
        // (issue 29, item 19); none for a row with no unit.
        let finding = Finding::error(RuleId::UNITS, Path::key(at.to_owned()), Text::new(zh, en))
            .at(at.to_owned());
        self.findings.push(if written.is_empty() {
            finding
        } else {
            finding.with_unit(&shown)
        });
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
            roles,
            ..UnitRecord::of(name)
        })
    }

    /// Reads one row of a sheet into the unit's record; the first bad cell's place and
    /// why when it cannot be.
    fn row<'r>(
        &mut self,
        sheet: &Sheet,
        cols: &[(&Column, Option<usize>)],
        unit: usize,
        cell: &dyn Fn(Option<usize>) -> &'r str,
        place: &dyn Fn(Option<usize>, &str) -> String,
    ) -> Result<(), (String, Bad)> {
        let mut got: Vec<Got> = Vec::with_capacity(cols.len());
        for (c, i) in cols {
            let text = cell(*i);
            let at = || place(*i, &c.head);
            if text.is_empty() {
                if c.required {
                    return Err((
                        at(),
                        (format!("“{}”未填", c.head), format!("{} is empty", c.head)),
                    ));
                }
                got.push(Got::None);
                continue;
            }
            let v = self.value(sheet, c, text, &at).map_err(|b| {
                (
                    at(),
                    (
                        format!("“{}”:{}", c.head, b.0),
                        format!("{}: {}", c.head, b.1),
                    ),
                )
            })?;
            got.push(v);
        }
        let get = |t: &Target| -> &Got {
            cols.iter()
                .position(|(c, _)| c.target == *t)
                .and_then(|i| got.get(i))
                .unwrap_or(&Got::None)
        };
        let at_of = |t: &Target| {
            let (c, i) = cols
                .iter()
                .find(|(c, _)| c.target == *t)
                .map_or((None, None), |(c, i)| (Some(c), *i));
            place(i, c.map_or("", |c| c.head.as_str()))
        };
        let campaign = self.campaign;
        match &sheet.holds {
            Holds::Units => {
                for (c, _) in cols {
                    if let (Target::Flag(k), Got::YesNo(b)) = (&c.target, get(&c.target)) {
                        self.record(unit).flags.insert(k.clone(), *b);
                    }
                }
            }
            Holds::Submissions => {
                let (Got::Key(kind), Got::Instant(at)) =
                    (get(&Target::Material), get(&Target::Received))
                else {
                    return Ok(());
                };
                let mut s = Submission::new(kind.clone(), *at);
                s.node = get(&Target::Node).date();
                // A row without its node is put to the node its receipt time falls
                // in: the first whose deadline it meets, else (late for all) the last
                // — said in one note, never a dropped row (issue 29, item 6).
                let mut nodes: Vec<(chrono::NaiveDate, crate::time::Deadline)> = campaign
                    .duties
                    .iter()
                    .filter_map(|d| match &d.rule {
                        crate::campaign::DutyRule::Deliver(x) if x.material == *kind => {
                            x.node.map(|n| (n, campaign.due_of(x)))
                        }
                        _ => None,
                    })
                    .collect();
                nodes.sort_by_key(|(n, _)| *n);
                if s.node.is_none() {
                    let node = nodes
                        .iter()
                        .find(|(_, due)| due.met_by(*at))
                        .or(nodes.last())
                        .map(|(n, _)| *n);
                    if let Some(node) = node {
                        s.node = Some(node);
                        let has_column = cols
                            .iter()
                            .any(|(c, i)| c.target == Target::Node && i.is_some());
                        let place = if has_column {
                            at_of(&Target::Node)
                        } else {
                            at_of(&Target::Received)
                        };
                        let entry = self
                            .inferred_nodes
                            .get_or_insert_with(|| (0, place, node, kind.clone()));
                        entry.0 = entry.0.saturating_add(1);
                    }
                }
                if let Got::Parts(written) = get(&Target::Parts) {
                    let m = campaign.material(kind);
                    for p in written {
                        match m.and_then(|m| m.part(p)) {
                            Some(part) => s.parts.push(part.key.clone()),
                            None => {
                                let names: Vec<&str> = m
                                    .map(|m| m.parts.iter().map(|p| p.name.as_str()).collect())
                                    .unwrap_or_default();
                                let what = campaign.material_name(kind);
                                let (zh, en) = if names.is_empty() {
                                    (
                                        format!("{}没有组成部分可填", what.zh),
                                        format!("a {} has no parts", what.en),
                                    )
                                } else {
                                    (
                                        format!(
                                            "不认识的材料“{}”,可填:{}",
                                            clip(p),
                                            names.join("、")
                                        ),
                                        format!("unknown part {:?}", clip(p)),
                                    )
                                };
                                return Err((
                                    at_of(&Target::Parts),
                                    (format!("“所含内容”:{zh}"), format!("所含内容: {en}")),
                                ));
                            }
                        }
                    }
                }
                for (c, _) in cols {
                    if let (Target::Statement(k), Got::Text(t)) = (&c.target, get(&c.target)) {
                        s.stated.insert(k.clone(), t.clone());
                    }
                }
                s.promoted = matches!(get(&Target::Promoted), Got::YesNo(true));
                self.record(unit).submissions.push(s);
            }
            Holds::Lists(lists) => {
                let key = if lists.len() == 1 {
                    lists.first().map(|(k, _)| k.clone())
                } else {
                    match get(&Target::Type) {
                        Got::Key(k) => Some(k.clone()),
                        _ => None,
                    }
                };
                let Some(key) = key else {
                    return Ok(());
                };
                let Some(list) = campaign.list(&key) else {
                    return Ok(());
                };
                let mut item = Item::default();
                for (c, _) in cols {
                    let Target::Field(f) = c.target else {
                        continue;
                    };
                    if !list.has(f) {
                        continue;
                    }
                    match (f, get(&c.target)) {
                        (ItemField::Title, Got::Text(t)) => item.title = Some(t.clone()),
                        (ItemField::Kind, Got::Text(t)) => item.kind = Some(t.clone()),
                        (ItemField::Place, Got::Text(t)) => item.place = Some(t.clone()),
                        (ItemField::Channel, Got::Key(k)) => item.channel = Some(k.clone()),
                        (ItemField::Date, g) => item.date = g.date(),
                        (ItemField::PublishedAt, Got::Instant(t)) => item.published_at = Some(*t),
                        (ItemField::ReportedAt, Got::Instant(t)) => item.reported_at = Some(*t),
                        (ItemField::Participants, Got::Count(n)) => item.participants = Some(*n),
                        (ItemField::NewMedia, Got::YesNo(b)) => item.new_media = Some(*b),
                        _ => {}
                    }
                }
                self.record(unit).lists.get_or_default(key).push(item);
            }
            Holds::Sites(key) => {
                let mut site = Site {
                    venue: get(&Target::Venue).text().unwrap_or_default(),
                    staff: get(&Target::Staff).count(),
                    arrived_at: get(&Target::Arrived).instant(),
                    ..Site::default()
                };
                for (c, _) in cols {
                    match (&c.target, get(&c.target)) {
                        (Target::Item(k), Got::YesNo(b)) => {
                            site.items.insert(k.clone(), *b);
                        }
                        (Target::SiteFigure(k), Got::Count(n)) => {
                            site.figures.insert(k.clone(), *n);
                        }
                        _ => {}
                    }
                }
                self.record(unit)
                    .sites
                    .get_or_default(key.clone())
                    .push(site);
            }
            Holds::Figures(groups) => {
                for g in groups {
                    let Some(def) = campaign.figures_def(g) else {
                        continue;
                    };
                    let given: Vec<(String, Option<u64>)> = def
                        .fields
                        .iter()
                        .map(|n| {
                            (
                                n.key.clone(),
                                get(&Target::Figure(g.clone(), n.key.clone())).count(),
                            )
                        })
                        .collect();
                    let any = given.iter().any(|(_, v)| v.is_some());
                    let all = given.iter().all(|(_, v)| v.is_some());
                    if any && !all {
                        let names: Vec<&str> =
                            def.fields.iter().map(|n| n.name.zh.as_str()).collect();
                        let first = def
                            .fields
                            .first()
                            .map(|n| n.key.clone())
                            .unwrap_or_default();
                        return Err((
                            at_of(&Target::Figure(g.clone(), first)),
                            (
                                format!("{}须一并填写({})", def.name.zh, names.join("、")),
                                format!("the {} go together", def.name.en),
                            ),
                        ));
                    }
                    if all {
                        let figures = given
                            .into_iter()
                            .filter_map(|(k, v)| Some((k, v?)))
                            .collect();
                        self.record(unit).figures.insert(g.clone(), figures);
                    }
                }
            }
            Holds::SpotChecks => {
                let (Some(date), Got::YesNo(consistent)) =
                    (get(&Target::CheckDate).date(), get(&Target::Consistent))
                else {
                    return Ok(());
                };
                let c = SpotCheck {
                    date,
                    consistent: *consistent,
                    note: get(&Target::CheckNote).text(),
                };
                self.record(unit)
                    .spot_checks
                    .get_or_insert_with(Vec::new)
                    .push(c);
            }
            Holds::Table => {
                // The unit's table as filled, every cell as its text (the table's
                // checks judge it, as they judge a table in a JSON record).
                let Some(t) = &campaign.statistics_table else {
                    return Ok(());
                };
                let mut form = serde_json::Map::new();
                form.insert(
                    "unit".into(),
                    cell(cols.first().and_then(|(_, i)| *i)).into(),
                );
                for (c, i) in cols {
                    let key = match &c.target {
                        Target::TableCell(k) => k.clone(),
                        Target::TableOther => {
                            t.other.as_ref().map(|o| o.key.clone()).unwrap_or_default()
                        }
                        _ => continue,
                    };
                    if i.is_some() {
                        form.insert(key, cell(*i).into());
                    }
                }
                self.record(unit).table = Some((t.key.clone(), serde_json::Value::Object(form)));
            }
        }
        Ok(())
    }

    fn value(
        &mut self,
        sheet: &Sheet,
        c: &Column,
        text: &str,
        at: &dyn Fn() -> String,
    ) -> Result<Got, Bad> {
        let campaign = self.campaign;
        let year = campaign.year;
        if text.ends_with(crate::annex3::UNCALCULATED) && c.value != Value::Raw {
            return Err(super::values::uncalculated(text));
        }
        Ok(match c.value {
            Value::Unit | Value::Text | Value::Shown | Value::Raw => Got::Text(text.to_owned()),
            Value::Count => Got::Count(count(text)?),
            Value::YesNo => Got::YesNo(yes_no(text)?),
            Value::Channel => Got::Key(match campaign.resolve_channel(text) {
                Some(ch) => ch.key.clone(),
                None => {
                    let names: Vec<&str> = campaign
                        .channels
                        .iter()
                        .map(|c| c.name.zh.as_str())
                        .collect();
                    let t = unknown(&Text::new("渠道", "channel"), text, &names, &names);
                    return Err((t.zh, t.en));
                }
            }),
            Value::Material => Got::Key(match campaign.resolve_material(text) {
                Some(m) => m.key.clone(),
                None => {
                    let names: Vec<&str> = campaign
                        .materials
                        .iter()
                        .map(|m| m.name.zh.as_str())
                        .collect();
                    let t = unknown(&Text::new("材料", "material"), text, &names, &names);
                    return Err((t.zh, t.en));
                }
            }),
            Value::Parts => Got::Parts(
                text.split(['、', ',', '\u{ff0c}', ';', '\u{ff1b}', '/'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
            ),
            Value::Type => {
                let Holds::Lists(lists) = &sheet.holds else {
                    return Ok(Got::None);
                };
                match lists
                    .iter()
                    .find(|(_, values)| values.iter().any(|v| v == text))
                {
                    Some((key, _)) => Got::Key(key.clone()),
                    None => {
                        let offered: Vec<&str> = lists
                            .iter()
                            .filter_map(|(_, v)| v.first().map(String::as_str))
                            .collect();
                        return Err((
                            format!(
                                "“{}”应为{}",
                                clip(text),
                                offered
                                    .iter()
                                    .map(|o| format!("“{o}”"))
                                    .collect::<Vec<_>>()
                                    .join("或")
                            ),
                            format!("{:?} is none of {}", clip(text), offered.join(", ")),
                        ));
                    }
                }
            }
            Value::Instant | Value::Date => {
                let (t, d, assumed) = when(text, year, c.value == Value::Date, self.example)?;
                if assumed {
                    let entry = self.assumed_year.get_or_insert_with(|| {
                        (0, at(), crate::text::printable(text).into_owned())
                    });
                    entry.0 = entry.0.saturating_add(1);
                }
                match (t, d) {
                    (Some(t), _) => Got::Instant(t),
                    (None, Some(d)) => Got::Date(d),
                    (None, None) => Got::None,
                }
            }
        })
    }
}

impl Got {
    fn text(&self) -> Option<String> {
        match self {
            Got::Text(t) => Some(t.clone()),
            _ => None,
        }
    }
    fn count(&self) -> Option<u64> {
        match self {
            Got::Count(n) => Some(*n),
            _ => None,
        }
    }
    fn instant(&self) -> Option<crate::time::Instant> {
        match self {
            Got::Instant(t) => Some(*t),
            _ => None,
        }
    }
    fn date(&self) -> Option<chrono::NaiveDate> {
        match self {
            Got::Date(d) => Some(*d),
            Got::Instant(t) => Some(t.date()),
            _ => None,
        }
    }
}

/// A line under the data that is no entry: the signature lines (填表人、联系电话) and
/// notes.
fn is_footer(cells: &[String]) -> bool {
    let first = cells
        .iter()
        .map(|c| c.trim())
        .find(|c| !c.is_empty())
        .unwrap_or("");
    crate::annex3::sheet::is_signature_line(first)
        || ["说明", "注:", "注\u{ff1a}"]
            .iter()
            .any(|p| first.starts_with(p))
}

/// The ledger sheet `name` is a copy of, when it is named as one: Excel's `材料报送 (2)`
/// (Move or Copy), `材料报送(2)`, `材料报送（2）`, `Copy of 材料报送`, `材料报送 - 副本`,
/// `材料报送副本`; `None` for a sheet's own name or any other.
fn copy_of(name: &str, layout: &super::Layout) -> Option<String> {
    let n = name.trim();
    let mut bases: Vec<&str> = Vec::new();
    // `X (2)`, `X(2)`, `X（2）`.
    for (open, close) in [('(', ')'), ('\u{ff08}', '\u{ff09}')] {
        if let Some(inner) = n.strip_suffix(close) {
            if let Some((base, num)) = inner.rsplit_once(open) {
                if !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()) {
                    bases.push(base.trim_end());
                }
            }
        }
    }
    for prefix in ["Copy of ", "copy of ", "副本 ", "副本"] {
        if let Some(base) = n.strip_prefix(prefix) {
            bases.push(base.trim());
        }
    }
    for suffix in [" - 副本", "-副本", " - Copy", "副本"] {
        if let Some(base) = n.strip_suffix(suffix) {
            bases.push(base.trim_end());
        }
    }
    bases.into_iter().find_map(|base| {
        layout
            .sheets
            .iter()
            .find(|s| !base.is_empty() && (base == s.name || base.ends_with(&s.name)))
            .map(|s| s.name.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(lines: &[&[&str]]) -> Vec<(usize, Vec<String>)> {
        lines
            .iter()
            .enumerate()
            .map(|(i, cells)| {
                (
                    i.saturating_add(1),
                    cells.iter().map(|c| (*c).to_owned()).collect(),
                )
            })
            .collect()
    }

    fn sheet(name: &str, lines: &[&[&str]]) -> Part {
        Part::new("台账.xlsx", Locator::Sheet(name.into()), rows(lines))
    }

    fn submissions() -> Part {
        sheet(
            "材料报送",
            &[
                &["单位", "材料", "节点", "收到时间"],
                &["市教育局", "工作方案", "", "2021-06-09 10:00"],
            ],
        )
    }

    fn messages(l: &Ledger) -> Vec<(String, String)> {
        l.findings
            .iter()
            .map(|f| (f.place.clone().unwrap_or_default(), f.message.zh.clone()))
            .collect()
    }

    /// UNITS (issue 29 item 3): a row whose unit is written as its official letterhead
    /// name (中共凌源市委宣传部, 国家税务总局凌源市税务局) is that unit's, and is read;
    /// another city's 朝阳市公安局 is not on the roster and its row is not read.
    #[test]
    fn official_full_names_are_the_units_of_their_rows() {
        let c = Campaign::embedded();
        let part = sheet(
            "材料报送",
            &[
                &["单位", "材料", "节点", "收到时间"],
                &["中共凌源市委宣传部", "工作方案", "", "2021-06-09 10:00"],
                &[
                    "国家税务总局凌源市税务局",
                    "工作方案",
                    "",
                    "2021-06-09 11:00",
                ],
                &["朝阳市公安局", "工作方案", "", "2021-06-09 12:00"],
            ],
        );
        let l = read(c, &[part]);
        // Each record keeps its unit as written; it is the roster's unit.
        let units: Vec<&str> = l
            .records
            .iter()
            .filter_map(|(_, r)| c.resolve_unit(&r.unit))
            .map(|u| u.name.as_str())
            .collect();
        assert_eq!(units, ["市委宣传部", "市税务局"]);
        assert_eq!(l.records.len(), 2);
        assert!(
            messages(&l)
                .iter()
                .any(|(_, m)| m.starts_with("“朝阳市公安局”不在单位名单上")),
            "{:?}",
            messages(&l)
        );
    }

    /// Issue 28, class 2: a second row of a unit on a sheet that keeps one value
    /// (网格与提示牌, 附件3) no longer replaces the first: the first counts, and both
    /// cells are named.
    #[test]
    fn the_same_unit_twice_keeps_the_first_and_names_both_cells() {
        let c = Campaign::embedded();
        let grid = sheet(
            "网格与提示牌",
            &[
                &[
                    "单位",
                    "知晓网格员",
                    "网格员总数",
                    "张贴标语小区",
                    "小区总数",
                ],
                &["城关镇街道", "64", "64", "19", "19"],
                &["城关镇街道", "60", "64", "12", "19"],
            ],
        );
        let head = [
            "单位",
            "活动场次(次)",
            "参与群众(人次)",
            "刊印份数、播放次数(份/次)",
        ];
        let table = sheet(
            "附件3",
            &[
                &head,
                &["市教育局", "8", "651", "0"],
                &["市教育局", "1", "1", "1"],
            ],
        );
        let l = read(c, &[submissions(), grid, table]);
        let (_, town) = l
            .records
            .iter()
            .find(|(_, r)| r.unit == "城关镇街道")
            .unwrap();
        let figures: Vec<u64> = town
            .figures
            .values()
            .flat_map(|f| f.values().copied())
            .collect();
        assert!(figures.contains(&64) && !figures.contains(&60), "{town:?}");
        let (_, edu) = l
            .records
            .iter()
            .find(|(_, r)| r.unit == "市教育局")
            .unwrap();
        let form = edu.table.as_ref().unwrap().1.to_string();
        assert!(form.contains("651"), "{form}");
        let m = messages(&l);
        for (later, first) in [
            ("网格与提示牌!A3", "网格与提示牌!A2"),
            ("附件3!A3", "附件3!A2"),
        ] {
            assert!(
                m.iter()
                    .any(|(p, t)| p == later && t.contains(first) && t.contains("未计入")),
                "{m:?}"
            );
            assert!(m.iter().any(|(p, _)| p == first), "{m:?}");
        }
        let dup = l
            .findings
            .iter()
            .find(|f| f.place.as_deref() == Some("附件3!A3"))
            .unwrap();
        assert_eq!(dup.rule, RuleId::A3_TOTAL);
        // A first row left out (its figures incomplete) is no first: the next counts.
        let grid = sheet(
            "网格与提示牌",
            &[
                &[
                    "单位",
                    "知晓网格员",
                    "网格员总数",
                    "张贴标语小区",
                    "小区总数",
                ],
                &["城关镇街道", "64", "", "19", "19"],
                &["城关镇街道", "60", "64", "12", "19"],
            ],
        );
        let l2 = read(c, &[submissions(), grid]);
        let (_, town) = l2
            .records
            .iter()
            .find(|(_, r)| r.unit == "城关镇街道")
            .unwrap();
        let figures: Vec<u64> = town
            .figures
            .values()
            .flat_map(|f| f.values().copied())
            .collect();
        assert!(figures.contains(&60), "{town:?} {:?}", messages(&l2));
        assert!(
            !messages(&l2).iter().any(|(_, t)| t.contains("重复")),
            "{:?}",
            messages(&l2)
        );
    }

    /// Issue 28, class 2: a copied sheet (`材料报送 (2)`, `材料报送(2)`, `Copy of …`)
    /// is not merged: its later times never win, and the refusal names both sheets.
    #[test]
    fn a_copied_sheet_is_refused_naming_both() {
        let c = Campaign::embedded();
        for name in [
            "材料报送 (2)",
            "材料报送(2)",
            "材料报送（2）",
            "Copy of 材料报送",
            "材料报送 - 副本",
        ] {
            let copy = sheet(
                name,
                &[
                    &["单位", "材料", "节点", "收到时间"],
                    &["市教育局", "工作方案", "", "2021-06-12 10:00"],
                ],
            );
            let l = read(c, &[submissions(), copy]);
            let (_, edu) = l
                .records
                .iter()
                .find(|(_, r)| r.unit == "市教育局")
                .unwrap();
            assert_eq!(edu.submissions.len(), 1, "{name}: {edu:?}");
            let refusal = l
                .findings
                .iter()
                .find(|f| f.severity == Severity::Error && f.message.zh.contains("副本"))
                .unwrap_or_else(|| panic!("{name}: {:?}", messages(&l)));
            assert!(refusal.message.zh.contains(name) && refusal.message.zh.contains("“材料报送”"));
        }
        assert!(copy_of("材料报送", &super::super::layout(c)).is_none());
    }

    /// Issue 28, class 2: a hidden ledger sheet is read, and said to be; a ledger
    /// without its 材料报送 sheet says so once, naming the sheet.
    #[test]
    fn hidden_sheets_are_read_and_an_absent_duty_sheet_is_said() {
        let c = Campaign::embedded();
        let l = read(c, &[submissions().hidden(true)]);
        let (_, edu) = l
            .records
            .iter()
            .find(|(_, r)| r.unit == "市教育局")
            .unwrap();
        assert_eq!(edu.submissions.len(), 1);
        assert!(
            messages(&l)
                .iter()
                .any(|(_, t)| t.contains("工作表“材料报送”已隐藏,仍已读取")),
            "{:?}",
            messages(&l)
        );
        let grid = sheet(
            "网格与提示牌",
            &[
                &["单位", "知晓网格员", "网格员总数"],
                &["城关镇街道", "64", "64"],
            ],
        );
        let l = read(c, &[grid]);
        let absent: Vec<&Finding> = l
            .findings
            .iter()
            .filter(|f| f.message.zh.contains("没有“材料报送”表"))
            .collect();
        assert_eq!(absent.len(), 1, "{:?}", messages(&l));
        assert_eq!(absent[0].severity, Severity::Error);
        let l = read(c, &[submissions()]);
        assert!(!messages(&l)
            .iter()
            .any(|(_, t)| t.contains("没有“材料报送”表")));
    }

    fn received(l: &Ledger, unit: &str) -> Vec<(String, Option<String>, String)> {
        l.records
            .iter()
            .filter(|(_, r)| r.unit == unit)
            .flat_map(|(_, r)| r.submissions.iter())
            .map(|s| {
                (
                    s.kind.clone(),
                    s.node.map(|n| n.to_string()),
                    s.submitted_at.as_clock(),
                )
            })
            .collect()
    }

    /// Issue 29, item 6: the plan's own words for its materials (二(一) 工作计划,
    /// 二(三)2 活动计划、动态信息) are read, and offered by the drop-down; a 动态信息
    /// row without its node goes to the node its receipt falls in, with one note.
    #[test]
    fn a_date_typed_without_a_year_is_the_campaigns_and_not_remarked() {
        // The template tells a clerk 未写年份的按活动年度计: doing so is no problem to list;
        // Excel's year of typing (a date cell of 2026 for a day typed "6/9") still is.
        let c = Campaign::embedded();
        let l = read(
            c,
            &[sheet(
                "材料报送",
                &[
                    &["单位", "材料", "节点", "收到时间"],
                    &["市教育局", "活动计划", "", "6月9日15时10分"],
                    &["市公安局", "活动计划", "", "6/9 15:10"],
                ],
            )],
        );
        assert_eq!(received(&l, "市教育局").len(), 1, "{:?}", messages(&l));
        assert_eq!(messages(&l), [], "no remark on a year left out");
        let l = read(
            c,
            &[sheet(
                "材料报送",
                &[
                    &["单位", "材料", "节点", "收到时间"],
                    &["市教育局", "活动计划", "", "2026-06-09 15:10(日期)"],
                ],
            )],
        );
        assert!(
            messages(&l)
                .iter()
                .any(|(_, m)| m.contains("多为Excel把未写年份的日期记为录入当年")),
            "{:?}",
            messages(&l)
        );
    }

    #[test]
    fn the_plans_words_are_read_and_a_missing_node_is_inferred() {
        let c = Campaign::embedded();
        let l = read(
            c,
            &[sheet(
                "材料报送",
                &[
                    &["单位", "材料", "节点", "收到时间"],
                    &["市教育局", "工作计划", "", "2021-06-09 10:00"],
                    &[
                        "市公安局",
                        "“防范非法集资宣传月活动计划”",
                        "",
                        "2021-06-09 10:00",
                    ],
                    &["市教育局", "动态信息", "", "2021-06-09 10:00"],
                    &["市教育局", "动态信息", "", "2021-06-16 23:59"],
                    &["市教育局", "简报", "", "2021-06-20 10:00"],
                    &["市教育局", "进展动态", "", "2021-06-28 10:00"],
                    &["市教育局", "动态信息", "2021-06-24", "2021-06-12 10:00"],
                ],
            )],
        );
        let got = received(&l, "市教育局");
        let want: Vec<(String, Option<String>, String)> = [
            ("plan", None, "2021-06-09 10:00:00"),
            ("progress", Some("2021-06-16"), "2021-06-09 10:00:00"),
            ("progress", Some("2021-06-16"), "2021-06-16 23:59:00"),
            ("progress", Some("2021-06-24"), "2021-06-20 10:00:00"),
            ("progress", Some("2021-06-24"), "2021-06-28 10:00:00"),
            ("progress", Some("2021-06-24"), "2021-06-12 10:00:00"),
        ]
        .into_iter()
        .map(|(k, n, t)| (k.to_owned(), n.map(str::to_owned), t.to_owned()))
        .collect();
        assert_eq!(got, want, "{:?}", messages(&l));
        assert_eq!(received(&l, "市公安局").len(), 1, "{:?}", messages(&l));
        assert_eq!(
            messages(&l),
            [(
                "材料报送!C4".to_owned(),
                "台账中4行动态信息未填节点,已按收到时间归入所在节点(如材料报送!C4归入6月16日节点);如有不同,请在“节点”列写明".to_owned()
            )]
        );
        // The drop-down offers the plan's words.
        let layout = super::super::layout(c);
        let offered = layout
            .choices
            .iter()
            .find(|(n, _)| n == "材料")
            .map(|(_, l)| l.clone())
            .unwrap_or_default();
        assert_eq!(
            offered,
            ["活动计划", "新媒体作品", "动态信息", "活动总结", "统计表"]
        );
    }

    /// Issue 29, item 17: the times a clerk writes are read; one that is no time is
    /// refused with an example in the clerk's form, an impossible day with why.
    #[test]
    fn a_clerks_times_are_read_and_refused_in_their_form() {
        let c = Campaign::embedded();
        let forms = [
            ("6月9日15时10分", "2021-06-09 15:10:00"),
            ("2021.6.9 15:10", "2021-06-09 15:10:00"),
            ("6月9日下午3:10", "2021-06-09 15:10:00"),
            ("6/9 15:10", "2021-06-09 15:10:00"),
            ("6月15日 12:00", "2021-06-15 12:00:00"),
            ("6月15日  12:00", "2021-06-15 12:00:00"),
            ("6月9日晚上8点", "2021-06-09 20:00:00"),
            ("6月9日中午12点", "2021-06-09 12:00:00"),
            ("6月9日下午15:10", "2021-06-09 15:10:00"),
        ];
        let mut lines: Vec<Vec<&str>> = vec![vec!["单位", "材料", "节点", "收到时间"]];
        for (text, _) in forms {
            lines.push(vec!["市教育局", "活动计划", "", text]);
        }
        lines.push(vec!["市教育局", "活动计划", "", "下周三"]);
        lines.push(vec!["市教育局", "活动计划", "", "6月31日 10:00"]);
        lines.push(vec!["市教育局", "活动计划", "", "6月9日上午12:30"]);
        let lines: Vec<&[&str]> = lines.iter().map(Vec::as_slice).collect();
        let l = read(c, &[sheet("材料报送", &lines)]);
        let got: Vec<String> = received(&l, "市教育局")
            .into_iter()
            .map(|(_, _, t)| t)
            .collect();
        let want: Vec<&str> = forms.iter().map(|(_, t)| *t).collect();
        assert_eq!(got, want, "{:?}", messages(&l));
        let m = messages(&l);
        for (at, text) in [
            ("材料报送!D11", "“收到时间”:“下周三”不是时间,请写作“6月10日17:00”(或“2021-06-10 17:00”“6月10日下午5:00”,也可用Excel日期单元格);本行未计入市教育局的记录"),
            ("材料报送!D12", "“收到时间”:没有这一天:“6月31日 10:00”(6月没有31日);本行未计入市教育局的记录"),
            ("材料报送!D13", "“收到时间”:“6月9日上午12:30”中的“上午12点”说不清是几点:请用24小时制写钟点(如“15:10”);本行未计入市教育局的记录"),
        ] {
            assert!(m.contains(&(at.to_owned(), text.to_owned())), "{at}: {m:?}");
        }
        // No wire form is offered to a clerk.
        assert!(!m.iter().any(|(_, t)| t.contains("+08:00")), "{m:?}");
    }
}
