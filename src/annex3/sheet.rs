//! Tables of rows, as read from CSV or a spreadsheet by the caller: the header is
//! mapped to fields, every row becomes a form, and every problem carries its place.
//!
//! The library does no file I/O: the CLI (or a browser) turns a CSV or XLSX file into
//! rows of cell texts with their line numbers, and [`read_rows`] does the rest, so
//! every front end locates problems the same way. A [`TableReader`] takes the rows one
//! at a time as the file is parsed, so a big table is never held as cells.
//!
//! The header is read against the campaign's table: each column by its key, its
//! label (with or without its unit, with or without its group heading) or one of its
//! other headers; a cell the printed table gives several columns by its header or by
//! naming them all; the free-text column by its key, name or other headers.
//!
//! Accepted layouts:
//! - one row per unit with a 填报单位 column, under a header of the table's labels
//!   (`活动场次(次)`) or its columns' keys;
//! - the plan's own single-unit layout: `填报单位:XX` above a (one- or two-row)
//!   header and one data row.
//!
//! A row whose unit cell reads 合计 / 总计, or a place's total of any level (全市合计,
//! 全县合计, 全区总计 …), is taken as a stated total and compared with the computed one;
//! a row starting with 填表说明 ends the table.

use serde::Serialize;

use super::form::{split_other_methods, CellIn, Form, FormView, Validator};
use super::total::{RowOutcome, Totaller, Totals};
use super::Field;
use crate::campaign::{Roster, TableDef};
use crate::path::Path;
use crate::report::{Finding, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::Campaign;

/// Most data rows one table may hold; more is refused (the rest is reported, not read).
pub const MAX_ROWS: usize = 1_000_000;

/// What a header cell means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "field")]
pub enum Column<'c> {
    /// 填报单位.
    Unit,
    /// A count.
    Count(Field<'c>),
    /// The free-text column (其他: innovative methods).
    OtherMethods,
    /// A row number or similar column that carries no data (序号).
    Ignored,
    /// A cell the printed table gives several columns (the position of its
    /// declaration in the table's `combined`; 2021: the one 户外广告、宣传品 cell holding
    /// its three items): read as that many numbers in the columns' order, separated by
    /// `;`.
    Combined(usize),
}

/// Splits a combined cell into its `n` items; `None` unless it holds exactly `n`
/// parts (`30;5;800`, `30；5；800`, `30 / 5 / 800`).
fn split_combined(text: &str, n: usize) -> Option<Vec<&str>> {
    let parts: Vec<&str> = text
        .split([';', '；', '/', '／', '|'])
        .map(str::trim)
        .collect();
    (parts.len() == n).then_some(parts)
}

/// The columns of each combined cell of `table`, as fields (those it declares).
fn combined_fields(table: &TableDef) -> Vec<Vec<Field<'_>>> {
    table
        .combined
        .iter()
        .map(|m| {
            m.columns
                .iter()
                .filter_map(|k| Field::of(table, k))
                .collect()
        })
        .collect()
}

/// Whether a column provides `field`'s cells.
fn provides(c: Column<'_>, field: Field<'_>, combined: &[Vec<Field<'_>>]) -> bool {
    match c {
        Column::Count(f) => f == field,
        Column::Combined(i) => combined.get(i).is_some_and(|fs| fs.contains(&field)),
        _ => false,
    }
}

/// How a table's places are written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Locator {
    /// A spreadsheet: cells are `Sheet!C7`, a whole row its first cell `Sheet!A7`.
    Sheet(String),
    /// A CSV file: places are `line 7, 活动场次(次)`.
    Csv,
}

impl Locator {
    /// The place of a cell: `line` is the 1-based line or row of the file, `col` the
    /// 0-based column, `header` the column's header text.
    pub fn place(&self, line: usize, col: Option<usize>, header: &str) -> String {
        match (self, col) {
            (Locator::Sheet(name), Some(c)) => {
                format!("{}!{}{line}", sheet_name(name), column_letters(c))
            }
            // A whole row by its first cell: one way of writing places (issue 29, item 19).
            (Locator::Sheet(name), None) => format!("{}!A{line}", sheet_name(name)),
            (Locator::Csv, Some(_)) if !header.is_empty() => format!("line {line}, {header}"),
            (Locator::Csv, _) => format!("line {line}"),
        }
    }
}

fn sheet_name(name: &str) -> String {
    if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_owned()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// How the lines under a table begin: who filled it in, their phone, the date, the seal.
const SIGNATURE_STARTS: [&str; 18] = [
    "填表人",
    "填报人",
    "制表人",
    "联系人",
    "联系电话",
    "电话",
    "手机",
    "填报日期",
    "填表日期",
    "单位负责人",
    "负责人",
    "审核人",
    "分管领导",
    "盖章",
    "填报单位(盖章)",
    "填报单位（盖章）",
    "填报单位:",
    "填报单位：",
];

/// Whether a row beginning with `first` is one of the lines a Chinese return carries
/// under its data: 填表人, 联系电话, 填报日期, 单位负责人, 审核人, 填报单位(盖章) ….
///
/// ```
/// use fangfei::annex3::sheet::is_signature_line;
/// assert!(is_signature_line("填表人:张三  联系电话:13812345678"));
/// assert!(is_signature_line("填报单位(盖章):"));
/// assert!(!is_signature_line("市教育局"));
/// ```
pub fn is_signature_line(first: &str) -> bool {
    // Compared with white space left out, without a copy (a row's first cell each):
    // the first character picks the few prefixes worth comparing, and a first
    // character none of them starts with (any unit's name) ends it at once.
    let mut t = first.chars().filter(|c| !c.is_whitespace());
    let Some(c0) = t.next() else {
        return false;
    };
    if !matches!(
        c0,
        '填' | '制' | '联' | '电' | '手' | '单' | '负' | '审' | '分' | '盖'
    ) {
        return false;
    }
    SIGNATURE_STARTS.iter().any(|p| {
        let mut p = p.chars();
        p.next() == Some(c0) && {
            let mut rest = t.clone();
            p.all(|c| rest.next() == Some(c))
        }
    })
}

/// Whether a row whose unit cell reads `unit` is the table's stated total: 合计 or
/// 总计 (spaced out or not), `total`, or the total of a whole place of any level —
/// 全 and a few characters before 合计 or 总计: 全市合计 (2021), 全县合计, 全区合计,
/// 全旗合计, 全镇合计, 全县(区)总计 … — so that no campaign's total row is read as a unit.
fn is_total_row(unit: &str) -> bool {
    // Most rows are units: their last character ends it without a copy.
    if !matches!(unit.trim_end().chars().last(), Some('计' | 'l' | 'L')) {
        return false;
    }
    let t: String = unit.chars().filter(|c| !c.is_whitespace()).collect();
    if t.eq_ignore_ascii_case("total") {
        return true;
    }
    let Some(head) = t.strip_suffix("合计").or_else(|| t.strip_suffix("总计")) else {
        return false;
    };
    head.is_empty()
        || head
            .strip_prefix('全')
            .is_some_and(|place| (1..=4).contains(&place.chars().count()))
}

/// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(col: usize) -> String {
    let mut n = col.saturating_add(1);
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n.saturating_sub(1)) % 26;
        out.push(char::from(
            b'A'.saturating_add(u8::try_from(rem).unwrap_or(0)),
        ));
        n = (n.saturating_sub(1)) / 26;
    }
    out.iter().rev().collect()
}

/// The comparison form of a header: white space, punctuation and brackets with their
/// unit removed, so `活动场次(次)`, `活动场次（次）` and ` 活动场次 ` agree.
fn header_key(text: &str) -> String {
    let mut s: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !"“”\"'·・:：、，,;；/／-—*".contains(*c))
        .collect();
    // Drop a trailing bracketed unit: 活动场次(次) → 活动场次.
    for (open, close) in [('(', ')'), ('（', '）'), ('[', ']'), ('【', '】')] {
        if s.ends_with(close) {
            if let Some(i) = s.rfind(open) {
                s.truncate(i);
            }
        }
    }
    s.chars().map(|c| c.to_ascii_lowercase()).collect()
}

/// Headers of the 填报单位 column in any table.
const UNIT_HEADERS: [&str; 4] = ["unit", "填报单位", "单位", "单位名称"];
/// Headers of a row-number column in any table.
const IGNORED_HEADERS: [&str; 3] = ["序号", "no", "#"];

/// What a header cell means in `table`, if anything: 填报单位; a column by its key,
/// its label (with or without its unit, with or without its group heading before it)
/// or one of its other headers; a combined cell by its header or by naming all its
/// columns; the free-text column by its key, name or other headers; 序号.
///
/// ```
/// use fangfei::annex3::{sheet::{column_of, Column}, table_of, Field};
/// let t = table_of(fangfei::Campaign::embedded()).unwrap();
/// let sessions = Field::of(t, "qijin_sessions").unwrap();
/// assert_eq!(column_of(t, "活动场次（次）"), Some(Column::Count(sessions)));
/// assert_eq!(column_of(t, "qijin_sessions"), Some(Column::Count(sessions)));
/// assert_eq!(column_of(t, "填报单位"), Some(Column::Unit));
/// assert_eq!(column_of(t, "备注"), None);
/// ```
pub fn column_of<'c>(table: &'c TableDef, header: &str) -> Option<Column<'c>> {
    let key = header_key(header);
    if key.is_empty() {
        return None;
    }
    let is = |text: &str| header_key(text) == key;
    if UNIT_HEADERS.contains(&key.as_str()) {
        return Some(Column::Unit);
    }
    if let Some(o) = &table.other {
        if key == o.key || is(&o.name.zh) || o.aliases.iter().any(|a| is(a)) {
            return Some(Column::OtherMethods);
        }
    }
    if IGNORED_HEADERS.contains(&key.as_str()) {
        return Some(Column::Ignored);
    }
    // A combined cell: its header, or a header naming every column it holds.
    for (i, m) in table.combined.iter().enumerate() {
        let names_all = !m.columns.is_empty()
            && m.columns.iter().all(|k| {
                table
                    .column(k)
                    .is_some_and(|c| key.contains(&header_key(&c.name.zh)))
            });
        if is(&m.header) || names_all {
            return Some(Column::Combined(i));
        }
    }
    // The key, the label or another header of a column; then the label under its
    // group heading.
    let fields = || Field::all(table);
    fields()
        .find(|f| {
            let c = f.def();
            key == c.key || is(&c.name.zh) || c.aliases.iter().any(|a| is(a))
        })
        .or_else(|| {
            fields().find(|f| {
                let label = header_key(&f.def().name.zh);
                key.ends_with(&label) && label.chars().count() >= 4
            })
        })
        .map(Column::Count)
}

/// The result of reading a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Batch {
    /// Every data row's outcome, in order: accepted rows count toward `totals`.
    pub rows: Vec<RowOutcome>,
    /// The city total of the accepted rows.
    pub totals: Totals,
    /// Findings about the table as a whole (header, size, stated totals).
    pub findings: Vec<Finding>,
}

impl Batch {
    /// Rows accepted and rejected; they add up to the data rows read.
    pub fn counts(&self) -> (usize, usize) {
        let accepted = self.rows.iter().filter(|r| r.accepted).count();
        (accepted, self.rows.len().saturating_sub(accepted))
    }

    /// Whether any finding, of the table or a row, is an error.
    pub fn has_errors(&self) -> bool {
        self.findings
            .iter()
            .chain(self.rows.iter().flat_map(|r| &r.findings))
            .chain(&self.totals.findings)
            .any(|f| f.severity == Severity::Error)
    }
}

struct Header<'c> {
    columns: Vec<Option<Column<'c>>>,
}

/// How many count columns make a row the header: three, or in a smaller table all
/// its columns but one (so that a header missing one is still told as the header).
fn header_minimum(table: &TableDef) -> usize {
    table.columns.len().saturating_sub(1).clamp(1, 3)
}

/// The header, if `cells` is one: a row with at least three count columns. The row
/// `above` it (a merged group heading) may hold the 填报单位 and free-text columns.
fn header_of<'c, S: AsRef<str>>(
    table: &'c TableDef,
    cells: &[S],
    above: Option<&[String]>,
) -> Option<Header<'c>> {
    let mut columns: Vec<Option<Column<'c>>> =
        cells.iter().map(|c| column_of(table, c.as_ref())).collect();
    let counts = columns
        .iter()
        .filter(|c| matches!(c, Some(Column::Count(_))))
        .count();
    if counts < header_minimum(table) {
        return None;
    }
    for (col, text) in above.unwrap_or_default().iter().enumerate() {
        if let Some(slot) = columns.get_mut(col) {
            if slot.is_none() {
                *slot = match column_of(table, text) {
                    Some(Column::Unit) => Some(Column::Unit),
                    Some(Column::OtherMethods) => Some(Column::OtherMethods),
                    _ => None,
                };
            }
        }
    }
    Some(Header { columns })
}

/// How many rows the header is looked for in.
const HEADER_WITHIN: usize = 20;

/// `填报单位:XX` in a cell above the header (or `填报单位:` and `XX` in the next cell).
fn unit_above(rows: &[(usize, Vec<String>)]) -> Option<String> {
    for (_, cells) in rows {
        for (i, c) in cells.iter().enumerate() {
            let t = c.trim();
            if let Some(rest) = t.strip_prefix("填报单位") {
                let rest = rest.trim_start_matches([':', '：', ' ', '\u{3000}']).trim();
                if !rest.is_empty() {
                    return Some(rest.to_owned());
                }
                let next = cells
                    .iter()
                    .skip(i.saturating_add(1))
                    .map(|s| s.trim())
                    .find(|s| !s.is_empty());
                return next.map(str::to_owned);
            }
        }
    }
    None
}

/// Reads a table: `rows` are (1-based line or row number, cell texts) in file order.
/// Every data row ends accepted or rejected with its reasons, each finding placed by
/// `locator` (`Sheet1!C7`, `line 7, 活动场次(次)`), and the accepted rows are totalled.
/// The same as pushing each row into a [`TableReader`]. A campaign with no statistics
/// table reads no row, and the batch's one finding says so.
pub fn read_rows(campaign: &Campaign, locator: &Locator, rows: &[(usize, Vec<String>)]) -> Batch {
    let mut reader = TableReader::new(campaign, locator.clone());
    for (line, cells) in rows {
        reader.push(*line, cells);
    }
    reader.finish()
}

/// A table read row by row as its file is parsed, never held whole: push each row
/// (its 1-based line or row number and its cells, in file order), then
/// [`finish`](TableReader::finish). Gives what [`read_rows`] gives for the same rows.
///
/// ```
/// use fangfei::annex3::sheet::{Locator, TableReader};
/// let mut reader = TableReader::new(fangfei::Campaign::embedded(), Locator::Csv);
/// reader.push(1, &["填报单位", "qijin_sessions", "qijin_participants", "sms_sent"]);
/// reader.push(2, &["市教育局", "3", "1200", "5000"]);
/// let batch = reader.finish();
/// assert_eq!(batch.rows.len(), 1);
/// ```
pub struct TableReader<'c>(Result<Reader<'c>, Refused>);

/// A reader for a campaign with no statistics table: it reads nothing, and says so.
struct Refused {
    finding: Finding,
    /// No rows, to take.
    none: Vec<RowOutcome>,
}

/// A table read against the campaign's table.
struct Reader<'c> {
    validator: Validator<'c>,
    /// The cells each combined cell of the table holds.
    combined: Vec<Vec<Field<'c>>>,
    /// A row's cells' slots, kept from row to row (one allocation per table).
    cells: Vec<Option<CellIn<'static>>>,
    locator: Locator,
    state: State<'c>,
    findings: Vec<Finding>,
    /// The rows' outcomes not yet taken ([`TableReader::take_rows`]) nor totalled.
    outcomes: Vec<RowOutcome>,
    /// Data rows read (taken or not): the row number of the next is one more.
    rows_read: usize,
    /// The total, taken as the rows come.
    totaller: Totaller<'c>,
    /// A 合计 row: its line and cells, compared with the computed total at the end.
    stated_total: Option<(usize, Vec<String>)>,
    /// The line the notes (填表说明) begin on.
    notes_from: Option<usize>,
}

enum State<'c> {
    /// The rows before the header, kept (the unit may be named above the header).
    Seeking(Vec<(usize, Vec<String>)>),
    /// Past the header: every row is read as it comes.
    Reading(Table<'c>),
    /// No header within the first rows: nothing is read.
    NoHeader,
    /// More than [`MAX_ROWS`] data rows: the rest is not read.
    Full(Table<'c>),
}

/// What the header says about the rows under it.
struct Table<'c> {
    header: Header<'c>,
    cells: Vec<String>,
    /// Each column meant once, with the first column that says it.
    seen: Vec<(Column<'c>, usize)>,
    unit_col: Option<usize>,
    /// The unit named above the header (the plan's single-unit layout).
    fixed_unit: Option<String>,
    /// No error in the header: rows can count.
    ok: bool,
}

impl Table<'_> {
    fn text(&self, col: usize) -> &str {
        self.cells.get(col).map_or("", |c| c.trim())
    }

    /// The column a finding's field name stands in.
    fn column_of_name(
        &self,
        validator: &Validator<'_>,
        combined: &[Vec<Field<'_>>],
        name: &str,
    ) -> Option<usize> {
        let table = validator.table();
        let found = |wanted: &dyn Fn(Column<'_>) -> bool| {
            self.seen.iter().find(|(c, _)| wanted(*c)).map(|(_, i)| *i)
        };
        if name == "unit" {
            return found(&|c| c == Column::Unit);
        }
        if table.other.as_ref().is_some_and(|o| o.key == name) {
            return found(&|c| c == Column::OtherMethods);
        }
        let f = Field::at(table, validator.index.column(name)?)?;
        found(&|c| c == Column::Count(f)).or_else(|| found(&|c| provides(c, f, combined)))
    }
}

impl<'c> TableReader<'c> {
    /// A reader of one table of `campaign`'s units, placing problems by `locator`.
    pub fn new(campaign: &'c Campaign, locator: Locator) -> Self {
        TableReader::with_validator(Validator::batch(campaign), locator)
    }

    /// A reader with the campaign's roster indexed before ([`Campaign::roster`]): for
    /// many tables of one campaign, the index is built once instead of per table.
    pub fn with_roster(roster: &'c Roster<'c>, locator: Locator) -> Self {
        TableReader::with_validator(Validator::with_roster(roster), locator)
    }

    fn with_validator(validator: Result<Validator<'c>, Box<Finding>>, locator: Locator) -> Self {
        TableReader(match validator {
            Ok(v) => Ok(Reader::new(v, locator)),
            Err(finding) => Err(Refused {
                finding: *finding,
                none: Vec::new(),
            }),
        })
    }

    /// The next row of the file: its 1-based line (or row) and its cells.
    pub fn push<S: AsRef<str>>(&mut self, line: usize, cells: &[S]) {
        if let Ok(r) = &mut self.0 {
            r.push(line, cells);
        }
    }

    /// Takes the outcomes of the rows read so far, out of the reader. Each is final:
    /// the total takes it in as it leaves, and a unit's second row is rejected then.
    /// A caller writing its output as the file is read takes them as it goes, so a
    /// table of any length is never held; [`finish`](TableReader::finish) then gives
    /// the rows not taken (and the total and table findings of all of them).
    ///
    /// ```
    /// use fangfei::annex3::{sheet::{Locator, TableReader}, table_of, Field};
    /// let c = fangfei::Campaign::embedded();
    /// let mut reader = TableReader::new(c, Locator::Csv);
    /// let header: Vec<&str> = std::iter::once("unit").chain(Field::all(table_of(c).unwrap()).map(Field::key)).collect();
    /// reader.push(1, &header);
    /// reader.push(2, &["市教育局", "3", "1200", "2", "2", "900", "300", "5000", "20", "4", "800", "1"]);
    /// reader.push(3, &["市教育局", "1", "100", "0", "0", "0", "0", "0", "0", "0", "0", "0"]);
    /// let taken: Vec<_> = reader.take_rows().collect();
    /// assert_eq!((taken[0].accepted, taken[1].accepted), (true, false));
    /// let batch = reader.finish();
    /// assert!(batch.rows.is_empty());
    /// assert_eq!(batch.totals.units, ["市教育局"]);
    /// ```
    pub fn take_rows(&mut self) -> std::vec::Drain<'_, RowOutcome> {
        match &mut self.0 {
            Ok(r) => r.take_rows(),
            Err(r) => r.none.drain(..),
        }
    }

    /// Whether more than [`MAX_ROWS`] data rows have come: the rest of the input is not
    /// read (the finding naming the limit is made), so a caller reading a file as a
    /// stream stops reading it here rather than parse what is thrown away (issue 28,
    /// class 8: a 25 MB row bomb was parsed to its end).
    pub fn is_full(&self) -> bool {
        matches!(&self.0, Ok(r) if matches!(r.state, State::Full(_)))
    }

    /// The table's outcome: every data row's verdict, the total of the accepted ones,
    /// the findings about the table as a whole.
    pub fn finish(self) -> Batch {
        match self.0 {
            Ok(r) => r.finish(),
            Err(r) => Batch {
                rows: Vec::new(),
                totals: Totals::default(),
                findings: vec![r.finding],
            },
        }
    }
}

impl<'c> Reader<'c> {
    fn new(validator: Validator<'c>, locator: Locator) -> Self {
        Reader {
            totaller: Totaller::new(&validator),
            cells: Vec::new(),
            combined: combined_fields(validator.table()),
            validator,
            locator,
            state: State::Seeking(Vec::new()),
            findings: Vec::new(),
            outcomes: Vec::new(),
            rows_read: 0,
            stated_total: None,
            notes_from: None,
        }
    }

    /// The next row of the file: its 1-based line (or row) and its cells.
    fn push<S: AsRef<str>>(&mut self, line: usize, cells: &[S]) {
        match &mut self.state {
            State::Seeking(before) => {
                let table = self.validator.table();
                if let Some(header) =
                    header_of(table, cells, before.last().map(|(_, c)| c.as_slice()))
                {
                    let before = std::mem::take(before);
                    let table = self.start(header, line, cells, &before);
                    self.state = State::Reading(table);
                } else if before.len().saturating_add(1) >= HEADER_WITHIN {
                    self.state = State::NoHeader;
                } else {
                    before.push((line, cells.iter().map(|c| c.as_ref().to_owned()).collect()));
                }
            }
            State::Reading(_) => self.row(line, cells),
            State::NoHeader | State::Full(_) => {}
        }
    }

    /// Checks the header row; `before` are the rows above it.
    fn start<S: AsRef<str>>(
        &mut self,
        header: Header<'c>,
        line: usize,
        cells: &[S],
        before: &[(usize, Vec<String>)],
    ) -> Table<'c> {
        let locator = &self.locator;
        let findings = &mut self.findings;
        let def = self.validator.table();
        let cells: Vec<String> = cells.iter().map(|c| c.as_ref().to_owned()).collect();
        let text = |col: usize| cells.get(col).map_or("", |c| c.trim());
        // Header problems: unknown columns are reported (their cells would otherwise be
        // lost), duplicate and missing ones too.
        let mut seen: Vec<(Column<'c>, usize)> = Vec::new();
        for (col, c) in header.columns.iter().enumerate() {
            match c {
                None if !text(col).is_empty() => findings.push(
                    Finding::error(
                        RuleId::INPUT,
                        Path::key("header").at(col),
                        Text::new(
                            format!(
                                "表头“{}”不是{}的栏目,该列数据无法读取",
                                text(col),
                                def.name.zh
                            ),
                            format!(
                                "the header {:?} is not a column of the {}; its cells cannot be read",
                                text(col),
                                def.name.en
                            ),
                        ),
                    )
                    .at(locator.place(line, Some(col), "")),
                ),
                Some(c) if *c != Column::Ignored => {
                    if let Some((_, first)) = seen.iter().find(|(s, _)| s == c) {
                        findings.push(
                            Finding::error(
                                RuleId::INPUT,
                                Path::key("header").at(col),
                                Text::new(
                                    format!(
                                        "表头“{}”与第{}列重复",
                                        text(col),
                                        column_letters(*first)
                                    ),
                                    format!(
                                        "the header {:?} repeats column {}",
                                        text(col),
                                        column_letters(*first)
                                    ),
                                ),
                            )
                            .at(locator.place(line, Some(col), "")),
                        );
                    } else {
                        seen.push((*c, col));
                    }
                }
                _ => {}
            }
        }
        let unit_col = seen
            .iter()
            .find(|(c, _)| *c == Column::Unit)
            .map(|(_, i)| *i);
        let fixed_unit = if unit_col.is_none() {
            unit_above(before)
        } else {
            None
        };
        if unit_col.is_none() && fixed_unit.is_none() {
            findings.push(Finding::error(
                RuleId::A3_UNIT,
                "header",
                Text::new(
                    "表中既无“填报单位”列,表头上方也未写明填报单位",
                    "the table has no 填报单位 column and names no unit above its header",
                ),
            ));
        }
        for f in Field::all(def) {
            if !seen.iter().any(|(c, _)| provides(*c, f, &self.combined)) {
                findings.push(Finding::error(
                    RuleId::INPUT,
                    Path::key("header").field(f.key().to_owned()),
                    Text::new(
                        format!(
                            "表头缺少“{}”列:请按{}的栏目填写(fangfei annex3 template 可生成空白表)",
                            f.def().header_zh(),
                            def.name.zh
                        ),
                        format!(
                            "the header has no column {} ({}): use the columns of the {} (fangfei annex3 template writes a blank table)",
                            f.def().header_zh(),
                            f.key(),
                            def.name.en
                        ),
                    ),
                ));
            }
        }
        let ok = !findings.iter().any(|f| f.severity == Severity::Error);
        Table {
            header,
            cells,
            seen,
            unit_col,
            fixed_unit,
            ok,
        }
    }

    /// Reads one row under the header.
    fn row<S: AsRef<str>>(&mut self, line: usize, cells: &[S]) {
        let State::Reading(table) = &self.state else {
            return;
        };
        let locator = &self.locator;
        let findings = &mut self.findings;
        let header = &table.header;
        let cell = |col: usize| cells.get(col).map_or("", |c| c.as_ref());
        // The first cell that is not blank, and how many are not (in one pass).
        let (mut first, mut filled) = ("", 0usize);
        for c in cells {
            let c = c.as_ref().trim();
            if !c.is_empty() {
                if filled == 0 {
                    first = c;
                }
                filled = filled.saturating_add(1);
            }
        }
        if filled == 0 {
            return; // an empty row holds no data
        }
        // The notes end the table (填表说明, 说明:); a row after them is not read, and
        // said so, rather than lost.
        if first.starts_with("填表说明")
            || first.starts_with("说明:")
            || first.starts_with("说明：")
        {
            self.notes_from.get_or_insert(line);
            return;
        }
        // After the notes, their further lines (one cell: "2.表中项目…") are notes too;
        // a row of several cells is data.
        if let Some(notes) = self.notes_from {
            if filled >= 3 {
                findings.push(
                    Finding::error(
                        RuleId::INPUT,
                        "rows",
                        Text::new(
                            format!("第{line}行在第{notes}行的填表说明之后,未读取:数据行请放在说明之前"),
                            format!("line {line} comes after the notes on line {notes} and was not read: put data rows before the notes"),
                        ),
                    )
                    .at(locator.place(line, None, "")),
                );
            }
            return;
        }
        // The lines a return carries under its data (填表人、联系电话、填报日期): no unit,
        // and said without repeating them (they hold a phone number).
        if is_signature_line(first) {
            findings.push(
                Finding::new(
                    RuleId::INPUT,
                    Severity::Info,
                    Outcome::Reported,
                    "rows",
                    Text::new(
                        format!("第{line}行是落款(填表人、联系电话等),不是单位,未读取"),
                        format!("line {line} is the return's signature lines (填表人, 联系电话 …), not a unit: not read"),
                    ),
                )
                .at(locator.place(line, None, "")),
            );
            return;
        }
        let unit_text = table.unit_col.map(|c| cell(c).trim()).unwrap_or("");
        if is_total_row(unit_text) {
            if let Some((first_line, _)) = &self.stated_total {
                findings.push(
                    Finding::error(
                        RuleId::A3_TOTAL,
                        "rows",
                        Text::new(
                            format!("第{line}行是第二个合计行(第一个在第{first_line}行),未与计算的合计比对:一张表只应有一个合计行"),
                            format!("line {line} is a second total row (the first is on line {first_line}) and was not compared: a table has one total row"),
                        ),
                    )
                    .at(locator.place(line, None, "")),
                );
            } else {
                self.stated_total =
                    Some((line, cells.iter().map(|c| c.as_ref().to_owned()).collect()));
            }
            return;
        }
        let row = self.rows_read.saturating_add(1);
        if row > MAX_ROWS {
            findings.push(Finding::error(
                RuleId::INPUT,
                "rows",
                Text::new(
                    format!("数据超过{MAX_ROWS}行,第{line}行起未读取"),
                    format!("more than {MAX_ROWS} data rows: line {line} and after were not read"),
                ),
            ));
            if let State::Reading(table) = std::mem::replace(&mut self.state, State::NoHeader) {
                self.state = State::Full(table);
            }
            return;
        }
        // The row's cells, borrowed: the first column of each field counts (a repeat
        // was reported at the header).
        let mut unit_cell: Option<&str> = table.fixed_unit.as_deref();
        let def = self.validator.table();
        let mut view = FormView::reusing(std::mem::take(&mut self.cells), def.columns.len());
        let counts = &mut view.cells;
        let mut other: Vec<String> = Vec::new();
        let mut strays: Vec<String> = Vec::new();
        let mut row_problems: Vec<Finding> = Vec::new();
        // More cells than the header has columns: an unquoted 1,200 has shifted every
        // cell after it, and the row's numbers cannot be trusted.
        if cells.len() > header.columns.len() {
            let extra = cells.len().saturating_sub(header.columns.len());
            row_problems.push(
                Finding::error(
                    RuleId::A3_NUMBER,
                    Path::key("rows").at(row),
                    Text::new(
                        format!("本行比表头多{extra}格:可能是数字中的逗号(如1,200)未加引号,使其后各格错位;请去掉千位分隔符或给该格加引号"),
                        format!("the row has {extra} more cell(s) than the header: a number with a comma (1,200) without quotes has probably shifted the cells after it; drop the separator or quote the cell"),
                    ),
                )
                .at(locator.place(line, None, "")),
            );
        }
        for (col, c) in header.columns.iter().enumerate() {
            let text = cell(col);
            match c {
                Some(Column::Unit) if Some(col) == table.unit_col => unit_cell = Some(text),
                Some(Column::Combined(i)) => {
                    let fields = self.combined.get(*i).map_or(&[][..], Vec::as_slice);
                    match split_combined(text, fields.len()) {
                        Some(parts) => {
                            for (f, part) in fields.iter().zip(parts) {
                                if let Some(slot @ None) = counts.get_mut(f.index()) {
                                    *slot = Some(CellIn::Text(std::borrow::Cow::Borrowed(part)));
                                }
                            }
                        }
                        None => {
                            // Not one number per item: say how to write the cell, and
                            // take the row no further (its counts are unknown, not blank).
                            for f in fields {
                                if let Some(slot @ None) = counts.get_mut(f.index()) {
                                    *slot = Some(CellIn::Count(0));
                                }
                            }
                            let header = def.combined.get(*i).map_or("", |m| m.header.as_str());
                            let problem = combined_problem(header, fields, text);
                            row_problems.push(
                                Finding {
                                    path: Path::key("rows").at(row).join(&problem.path),
                                    ..problem
                                }
                                .at(locator.place(
                                    line,
                                    Some(col),
                                    table.text(col),
                                )),
                            );
                        }
                    }
                }
                Some(Column::Count(f)) => {
                    if let Some(slot @ None) = counts.get_mut(f.index()) {
                        *slot = Some(CellIn::Text(std::borrow::Cow::Borrowed(text)));
                    }
                }
                Some(Column::OtherMethods) if other.is_empty() => other = split_other_methods(text),
                // A cell under an unknown header was reported at the header; one beyond
                // the header's last column is reported here.
                None if !text.trim().is_empty() && table.text(col).is_empty() => {
                    strays.push(format!("column {}", column_letters(col)))
                }
                _ => {}
            }
        }
        view.unit = unit_cell.map(std::borrow::Cow::Borrowed);
        view.other_methods = std::borrow::Cow::Owned(other);
        view.unknown_keys = std::borrow::Cow::Owned(strays);
        let (check, resolved) = self.validator.check_resolved(&view);
        self.cells = view.recycle();
        let mut row_findings = Vec::with_capacity(check.findings.len());
        for f in check.findings {
            // Place each finding at its cell; paths become rows[N].field.
            let col = table.column_of_name(
                &self.validator,
                &self.combined,
                f.path.first_key().unwrap_or(""),
            );
            let place = locator.place(line, col, col.map_or("", |c| table.text(c)));
            let path = Path::key("rows").at(row).join(&f.path);
            row_findings.push(Finding { path, ..f }.at(place));
        }
        let checked = check.table.filter(|_| row_problems.is_empty());
        let accepted = table.ok && checked.is_some();
        if !table.ok {
            row_problems.push(
                Finding::error(
                    RuleId::INPUT,
                    Path::key("rows").at(row),
                    Text::new(
                        "表头有误,本行未计入合计",
                        "the header is faulty, so the row is not counted",
                    ),
                )
                .at(locator.place(line, None, "")),
            );
        }
        row_findings.extend(row_problems.into_iter().map(|f| self.validator.cite(f)));
        let outcome = RowOutcome {
            row,
            place: locator.place(line, None, ""),
            unit: unit_cell
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(str::to_owned),
            accepted,
            findings: row_findings,
            table: checked,
            resolved,
        };
        self.rows_read = row;
        self.outcomes.push(outcome);
    }

    /// See [`TableReader::take_rows`].
    fn take_rows(&mut self) -> std::vec::Drain<'_, RowOutcome> {
        self.total_held();
        self.outcomes.drain(..)
    }

    /// Takes the rows held into the total. Each row is totalled once, just before it
    /// leaves the reader, so rows kept to the end are totalled in one pass: 100,000
    /// rows of a 100,000-unit roster took 145 ms that way and 185 ms totalled one by
    /// one as read (BENCHMARKS.md, issue 16).
    fn total_held(&mut self) {
        for r in &mut self.outcomes {
            self.validator.add_to(&mut self.totaller, r);
        }
    }

    /// See [`TableReader::finish`].
    fn finish(mut self) -> Batch {
        let def = self.validator.table();
        let header = match std::mem::replace(&mut self.state, State::NoHeader) {
            State::Reading(table) | State::Full(table) => table,
            State::Seeking(_) | State::NoHeader => {
                let n = header_minimum(def);
                let example = def.columns.first();
                let zh_example = example.map_or_else(String::new, |c| {
                    format!("(如“{}”或{})", c.header_zh(), c.key)
                });
                let en_example = example.map_or_else(String::new, |c| {
                    format!(" (e.g. {} or {})", c.header_zh(), c.key)
                });
                let finding = Finding::error(
                    RuleId::INPUT,
                    "header",
                    Text::new(
                        format!(
                            "找不到表头:前{HEADER_WITHIN}行中没有一行含{n}个以上{}的栏目{zh_example}",
                            def.name.zh
                        ),
                        format!(
                            "no header found: none of the first {HEADER_WITHIN} rows names {n} or more columns of the {}{en_example}",
                            def.name.en
                        ),
                    ),
                );
                return Batch {
                    totals: self.totaller.finish(),
                    rows: Vec::new(),
                    findings: vec![self.validator.cite(finding)],
                };
            }
        };
        self.total_held();
        let totals = self.totaller.finish();
        if let Some((line, cells)) = &self.stated_total {
            compare_stated_total(
                def,
                &header.header,
                cells,
                *line,
                &self.locator,
                &totals,
                &mut self.findings,
            );
        }
        let validator = &self.validator;
        Batch {
            rows: self.outcomes,
            totals,
            findings: self
                .findings
                .into_iter()
                .map(|f| validator.cite(f))
                .collect(),
        }
    }
}

/// The finding of a combined cell that does not hold one number per column: how to
/// write it (at the path of its first column).
fn combined_problem(header: &str, fields: &[Field<'_>], text: &str) -> Finding {
    let shown = crate::text::clipped(text.trim(), 24);
    let n = fields.len();
    let zh_n = chinese_count(n);
    let zh_order: Vec<&str> = fields.iter().map(|f| f.def().name.zh.as_str()).collect();
    let en_order: Vec<&str> = fields.iter().map(|f| f.def().name.en.as_str()).collect();
    let example: Vec<&str> = ["30", "5", "800"]
        .into_iter()
        .chain(std::iter::repeat("0"))
        .take(n)
        .collect();
    let example = example.join(";");
    Finding::error(
        RuleId::A3_NUMBER,
        fields
            .first()
            .map_or_else(|| Path::key("combined"), |f| Path::key(f.key().to_owned())),
        Text::new(
            format!("“{header}”这一格合并了{zh_n}项,填写的是“{shown}”:请按“{}”的顺序填{zh_n}个数,用分号隔开(如“{example}”,未开展的填“0”),或改用每项一列的表头(fangfei annex3 template)", zh_order.join(";")),
            format!("the one cell {header} holds {n} items and reads {shown:?}: write {n} numbers in the order {}, separated by semicolons (e.g. \"{example}\", 0 for an item not carried out), or use the one-column-per-item header (fangfei annex3 template)", en_order.join("; ")),
        ),
    )
}

/// A small count in Chinese numerals (两 … 十), else in digits.
fn chinese_count(n: usize) -> String {
    [
        "零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十",
    ]
    .get(n)
    .map_or_else(|| n.to_string(), |s| (*s).to_owned())
}

/// Validates a batch of forms (e.g. a web form's rows), each with its place: every
/// form ends accepted or rejected with its reasons, and the accepted ones are
/// totalled. Paths become `rows[N].field`.
pub fn read_forms(campaign: &Campaign, forms: &[(String, Form)]) -> Batch {
    match Validator::batch(campaign) {
        Ok(v) => read_views(&v, forms.iter(), |_, (place, f), cells| {
            (place.clone(), f.view_in(&v.index, cells))
        }),
        Err(f) => refused(*f),
    }
}

/// The batch of a campaign with no statistics table: no row read, and the finding.
fn refused(finding: Finding) -> Batch {
    Batch {
        rows: Vec::new(),
        totals: Totals::default(),
        findings: vec![finding],
    }
}

/// One total over the batches of several files, so that a unit met in two files is
/// caught too (the first row counts; the later one is rejected, naming both places as
/// `file: place`). Each batch's rows are updated in place with the verdicts of the
/// common total; each batch keeps its own total.
pub fn total_files(campaign: &Campaign, files: &mut [(String, Batch)]) -> Totals {
    // The rows are moved out, placed by their file for the total, and moved back with
    // their own place: never copied (a copy of 100,000 rows took a few hundred MB,
    // issue 28, class 8).
    let mut all: Vec<RowOutcome> = Vec::new();
    let mut places: Vec<String> = Vec::new();
    let mut lengths: Vec<usize> = Vec::with_capacity(files.len());
    for (file, b) in files.iter_mut() {
        lengths.push(b.rows.len());
        for mut r in std::mem::take(&mut b.rows) {
            let place = format!("{file}: {}", r.place);
            places.push(std::mem::replace(&mut r.place, place));
            all.push(r);
        }
    }
    let grand = super::total(campaign, &mut all);
    let mut merged = all.into_iter().zip(places);
    for ((_, b), n) in files.iter_mut().zip(lengths) {
        b.rows = merged
            .by_ref()
            .take(n)
            .map(|(r, place)| RowOutcome { place, ..r })
            .collect();
    }
    grand
}

/// The rows of several files' batches with their common total (from
/// [`total_files`]) as one batch: what a city-total workbook lists.
pub fn combine(files: &[(String, Batch)], totals: Totals) -> Batch {
    Batch {
        rows: files
            .iter()
            .flat_map(|(_, b)| b.rows.iter().cloned())
            .collect(),
        totals,
        findings: Vec::new(),
    }
}

/// Like [`read_forms`], straight from JSON objects (as [`Form::from_json`] reads
/// them, without building the forms): whole numbers are counts as they stand. `place`
/// names the N-th value (1-based), e.g. `#N`.
pub fn read_values(
    campaign: &Campaign,
    values: &[impl std::borrow::Borrow<serde_json::Value>],
    place: impl Fn(usize) -> String,
) -> Batch {
    read_values_in(&campaign.roster(), values, place)
}

/// [`read_values`] with the campaign's roster indexed before ([`Campaign::roster`]),
/// once for many batches.
pub fn read_values_in(
    roster: &Roster<'_>,
    values: &[impl std::borrow::Borrow<serde_json::Value>],
    place: impl Fn(usize) -> String,
) -> Batch {
    match Validator::with_roster(roster) {
        Ok(v) => read_views(&v, values.iter(), |n, value, cells| {
            (
                place(n),
                FormView::from_json(&v.index, value.borrow(), cells),
            )
        }),
        Err(f) => refused(*f),
    }
}

/// The batch of the forms `items`, each seen through `view_of` (its 1-based number,
/// the form, the slots of the previous form's view to reuse).
fn read_views<'a, T: 'a>(
    validator: &Validator<'_>,
    items: impl Iterator<Item = &'a T>,
    view_of: impl Fn(usize, &'a T, Vec<Option<CellIn<'static>>>) -> (String, FormView<'a>),
) -> Batch {
    let mut cells = Vec::new();
    let mut outcomes: Vec<RowOutcome> = Vec::with_capacity(items.size_hint().0);
    for (i, item) in items.enumerate() {
        let row = i.saturating_add(1);
        let (place, view) = view_of(row, item, std::mem::take(&mut cells));
        let (check, resolved) = validator.check_resolved(&view);
        let unit = view
            .unit
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_owned);
        cells = view.recycle();
        let findings = check
            .findings
            .into_iter()
            .map(|f| {
                Finding {
                    path: Path::key("rows").at(row).join(&f.path),
                    ..f
                }
                .at(place.clone())
            })
            .collect();
        outcomes.push(RowOutcome {
            row,
            unit,
            place,
            accepted: check.table.is_some(),
            findings,
            table: check.table,
            resolved,
        });
    }
    let totals = validator.total(&mut outcomes);
    Batch {
        rows: outcomes,
        totals,
        findings: Vec::new(),
    }
}

/// A 合计 row in the input is checked against the computed total (A3-TOTAL warning
/// per differing column).
fn compare_stated_total(
    table: &TableDef,
    header: &Header<'_>,
    cells: &[String],
    line: usize,
    locator: &Locator,
    totals: &Totals,
    out: &mut Vec<Finding>,
) {
    for (col, c) in header.columns.iter().enumerate() {
        let Some(Column::Count(f)) = c else { continue };
        let text = cells.get(col).map(String::as_str).unwrap_or("");
        let stated = super::parse_count(table, *f, text).ok().map(|(v, _)| v);
        let computed = totals.columns.get(*f).flatten();
        if stated != computed {
            let show = |v: Option<u64>| v.map_or_else(|| "—".to_owned(), |v| v.to_string());
            out.push(
                Finding::new(
                    RuleId::A3_TOTAL,
                    Severity::Warning,
                    Outcome::Fail,
                    Path::key("total").field(f.key().to_owned()),
                    Text::new(
                        format!(
                            "表中合计行{}为{},各行相加为{}",
                            f.def().name.zh,
                            show(stated),
                            show(computed)
                        ),
                        format!(
                            "the stated total of {} is {}, the rows add up to {}",
                            f.def().name.en,
                            show(stated),
                            show(computed)
                        ),
                    ),
                )
                .at(locator.place(line, Some(col), "")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each way a signature line begins is told (its first character among those the
    /// quick rejection lets through), spaced out or followed by a name; a unit is not.
    #[test]
    fn every_signature_start_is_told() {
        for p in SIGNATURE_STARTS {
            assert!(is_signature_line(p), "{p}");
            let spaced: String = p.chars().flat_map(|c| [c, ' ']).collect();
            assert!(is_signature_line(&format!(" {spaced}张三")), "{spaced}");
        }
        for unit in ["市教育局", "单位", "南街街道", "分", "", "  "] {
            assert!(!is_signature_line(unit), "{unit}");
        }
    }

    /// A total row is told by its form, whatever the level of the place it totals; a
    /// unit is not one, even one whose name holds 合计 or begins with 全.
    #[test]
    fn a_total_row_of_any_level_is_told_from_a_unit() {
        for t in [
            "合计",
            "总计",
            "合 计",
            " 合计 ",
            "total",
            "Total",
            "全市合计",
            "全县合计",
            "全区合计",
            "全旗合计",
            "全镇合计",
            "全乡合计",
            "全区总计",
            "全 县 合 计",
            "全县(区)合计",
        ] {
            assert!(is_total_row(t), "{t}");
        }
        for u in [
            "市教育局",
            "县财政局",
            "南街街道",
            "全县",
            "全民健身中心",
            "合计局",
            "县统计局",
            "小计",
            "",
            "  ",
        ] {
            assert!(!is_total_row(u), "{u}");
        }
    }

    /// A county's 全县合计 row is compared with the computed total, not read as a unit
    /// (only 全市合计 was before).
    #[test]
    fn a_countys_total_row_is_its_stated_total() {
        let c = Campaign::embedded();
        let t = super::super::table_of(c).unwrap();
        let mut head = vec!["填报单位".to_owned()];
        head.extend(t.columns.iter().map(|c| c.header_zh()));
        let row = |unit: &str, n: &str| {
            let mut r = vec![unit.to_owned()];
            r.extend(vec![n.to_owned(); t.columns.len()]);
            r
        };
        for total in ["全县合计", "全区合计", "全旗合计", "全镇合计"] {
            let rows = vec![
                (1, head.clone()),
                (2, row("市教育局", "1")),
                (3, row(total, "2")),
            ];
            let b = read_rows(c, &Locator::Csv, &rows);
            assert_eq!(b.rows.len(), 1, "{total}: {:?}", b.rows);
            assert_eq!(b.totals.units, ["市教育局"], "{total}");
            let stated: Vec<&Finding> = b
                .findings
                .iter()
                .filter(|f| f.rule == RuleId::A3_TOTAL)
                .collect();
            assert!(!stated.is_empty(), "{total}: the stated total is compared");
            assert!(
                stated.iter().any(|f| f.message.zh.contains("各行相加为1")),
                "{total}: {stated:?}"
            );
        }
    }

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn headers() {
        let t = super::super::table_of(Campaign::embedded()).unwrap();
        let f = |k: &str| Some(Column::Count(Field::of(t, k).unwrap()));
        assert_eq!(column_of(t, "活动场次(次)"), f("qijin_sessions"));
        assert_eq!(column_of(t, " 参与群众（人次） "), f("qijin_participants"));
        assert_eq!(column_of(t, "online_views"), f("online_views"));
        assert_eq!(column_of(t, "网络宣传·发送短信(条)"), f("sms_sent"));
        assert_eq!(column_of(t, "短信"), f("sms_sent"), "another header");
        assert_eq!(column_of(t, "填报单位"), Some(Column::Unit));
        assert_eq!(column_of(t, "其他"), Some(Column::OtherMethods));
        assert_eq!(
            column_of(t, "其他创新宣传方式(列举)"),
            Some(Column::OtherMethods)
        );
        assert_eq!(
            column_of(t, "电子显示屏、公共交通广告、楼宇电梯广告等(次)"),
            f("outdoor_screens_ads")
        );
        assert_eq!(column_of(t, "户外广告、宣传品"), Some(Column::Combined(0)));
        assert_eq!(column_of(t, "备注"), None);
    }

    #[test]
    fn a_combined_cell_that_is_not_one_number_per_item_says_how_to_write_it() {
        let t = super::super::table_of(Campaign::embedded()).unwrap();
        let fields = &combined_fields(t)[0];
        let f = combined_problem("户外广告、宣传品", fields, "30;5");
        assert_eq!(f.path, "outdoor_posters_boards");
        assert!(
            f.message
                .zh
                .starts_with("“户外广告、宣传品”这一格合并了三项,填写的是“30;5”"),
            "{}",
            f.message.zh
        );
        assert!(f.message.zh.contains("“海报、展板;电子显示屏、公共交通广告、楼宇电梯广告等;传单、手册、赠品等”的顺序填三个数"), "{}", f.message.zh);
        assert_eq!(
            split_combined("30；5；800", 3),
            Some(vec!["30", "5", "800"])
        );
        assert_eq!(split_combined("30;5", 3), None);
    }
}
