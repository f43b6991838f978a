//! Spreadsheet and CSV input and output for the Annex 3 table.
//!
//! Reading turns a file into rows of cell texts with their 1-based line numbers, for
//! [`fangfei::annex3::sheet::read_rows`]; an Annex 3 CSV is streamed, record by record,
//! into a [`TableReader`] instead ([`read_csv_table`]). CSV may be UTF-8 (with or without a BOM),
//! UTF-16 with a BOM, or GB18030/GBK — what Excel on Chinese Windows saves; an encoding
//! that is none of them is refused, never decoded with replacement characters.

use std::path::Path;

use calamine::{Data, Reader};
use fangfei::annex3::sheet::{Batch, Locator, TableReader};
use fangfei::annex3::{RowOutcome, Totals};
use fangfei::campaign::{Roster, TableDef};
use fangfei::ledger::sheet_name;
use fangfei::Campaign;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

use crate::Unusable;

/// Largest input file read (64 MiB); larger is refused, and never read past.
pub const MAX_FILE_BYTES: usize = 64 << 20;

/// Largest statistics table CSV read: [`MAX_ROWS`](fangfei::annex3::sheet::MAX_ROWS)
/// rows of 256 bytes on average (a row of the 2021 plan's 13 cells takes about 70, the
/// rest is room for long 其他 lists). Such a table is streamed into the table's reader, so
/// what it holds in memory is the file's text and each row's outcome, never its cells.
pub const MAX_CSV_BYTES: usize = fangfei::annex3::sheet::MAX_ROWS * 256;

/// Rows with their 1-based line (CSV record line, or spreadsheet row).
pub type Rows = Vec<(usize, Vec<String>)>;

/// The text encodings a CSV file can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a BOM.
    Utf8,
    /// UTF-8 with a BOM.
    Utf8Bom,
    /// UTF-16 (LE or BE) with a BOM.
    Utf16,
    /// GB18030 (a superset of GBK and GB2312).
    Gb18030,
    /// Big5 (traditional characters, as Taiwan's and Hong Kong's Excel save).
    Big5,
}

impl Encoding {
    /// What a person is told when the file was not UTF-8: the encoding assumed.
    pub fn note(self) -> Option<fangfei::Text> {
        let name = match self {
            Encoding::Utf8 | Encoding::Utf8Bom => return None,
            Encoding::Utf16 => "UTF-16",
            Encoding::Gb18030 => "GB18030(GBK)",
            Encoding::Big5 => "Big5(繁体)",
        };
        Some(fangfei::Text::new(
            format!("文件不是UTF-8文本,已按{name}编码读取;如有乱码,请另存为UTF-8"),
            format!("the file is not UTF-8; read as {name}: if the text looks garbled, save it as UTF-8"),
        ))
    }
}

/// How many of `s`'s non-ASCII characters are ones Chinese text hardly holds — Greek,
/// Cyrillic, kana, box drawing, vertical forms, private use — against all of them:
/// what bytes of another encoding decode into.
fn oddness(s: &str) -> (usize, usize) {
    let odd = |c: char| {
        matches!(u32::from(c),
            0x0370..=0x04FF | 0x2460..=0x27BF | 0x3040..=0x30FF | 0xE000..=0xF8FF | 0xFE10..=0xFE4F)
    };
    s.chars()
        .filter(|c| !c.is_ascii())
        .fold((0, 0), |(o, n), c| (o + usize::from(odd(c)), n + 1))
}

/// Decodes CSV bytes: a BOM decides; otherwise valid UTF-8 is UTF-8, and anything
/// else must decode as GB18030 without a single malformed sequence. UTF-8 is taken
/// as it is, without a copy.
///
/// # Errors
///
/// [`Unusable`] when the bytes are no text in any of these encodings.
pub fn decode(mut bytes: Vec<u8>) -> Result<(String, Encoding), Unusable> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        return String::from_utf8(bytes)
            .map(|s| (s, Encoding::Utf8Bom))
            .map_err(|e| {
                let at = e.utf8_error().valid_up_to() + 3;
                Unusable::new(
                    "INPUT",
                    format!("文件以UTF-8标记开头,但第{at}字节起不是UTF-8文本"),
                    format!("UTF-8 BOM, but invalid UTF-8 at byte {at}"),
                )
            });
    }
    let (bytes, not_utf8_at) = match String::from_utf8(bytes) {
        Ok(s) => return Ok((s, Encoding::Utf8)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            (e.into_bytes(), at)
        }
    };
    let bytes = bytes.as_slice();
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) =
            enc.decode_without_bom_handling(bytes.get(bom_len..).unwrap_or_default());
        if had_errors {
            return Err(Unusable::new(
                "INPUT",
                format!("文件以{}标记开头,但内容有误", enc.name()),
                format!("{} BOM, but the text is malformed", enc.name()),
            ));
        }
        return Ok((text.into_owned(), Encoding::Utf16));
    }
    // GB18030 decodes almost any bytes: Big5 too, into characters nobody wrote. When
    // its reading is odd (one character in ten from scripts Chinese text hardly uses)
    // and Big5's is not, the file is Big5.
    let gb = encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes);
    if let Some(gb) = &gb {
        let (odd, all) = oddness(gb);
        if odd.saturating_mul(10) > all {
            if let Some(big5) =
                encoding_rs::BIG5.decode_without_bom_handling_and_without_replacement(bytes)
            {
                let (b_odd, b_all) = oddness(&big5);
                if b_odd.saturating_mul(all) < odd.saturating_mul(b_all) {
                    return Ok((big5.into_owned(), Encoding::Big5));
                }
            }
        }
    }
    gb.map(|s| (s.into_owned(), Encoding::Gb18030))
        .ok_or_else(|| {
            Unusable::new(
                "INPUT",
                format!("文件既不是UTF-8文本,也不是GB18030/GBK文本(第{not_utf8_at}字节起不是UTF-8):请另存为UTF-8"),
                format!("the file is neither UTF-8 nor GB18030/GBK text (not UTF-8 from byte {not_utf8_at}): save it as UTF-8"),
            )
        })
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, Unusable> {
    crate::files::read_bytes(path, MAX_FILE_BYTES)
}

/// Calls `each` with every record of CSV text, in order: the line it starts on and
/// its cells, borrowed from one reused record (no record is kept). A first line that
/// is the tool's own mark (`# fangfei …`) is skipped.
///
/// The line is computed from the record's byte offset: the csv crate's own line count
/// drifts by one per record in CRLF files (what Excel writes), seen 2026-11 with csv
/// 1.4. Its byte offset may point at the `\n` of the previous CRLF, so the line is one
/// plus the line breaks at or before it.
///
/// # Errors
///
/// [`Unusable`] for a CSV syntax error, with its line.
pub fn each_csv_record(text: &str, mut each: impl FnMut(usize, &[&str])) -> Result<(), Unusable> {
    each_csv_record_while(text, |line, cells| {
        each(line, cells);
        true
    })
}

/// [`each_csv_record`] until `each` returns `false`: the rest of the text is not
/// parsed.
///
/// # Errors
///
/// [`Unusable`] for a CSV syntax error, with its line.
fn each_csv_record_while(
    text: &str,
    mut each: impl FnMut(usize, &[&str]) -> bool,
) -> Result<(), Unusable> {
    // Line breaks counted up to the last offset asked for: offsets only grow.
    let (mut counted_to, mut breaks) = (0usize, 0usize);
    let mut line_at = |position: Option<&csv::Position>| {
        let byte = position.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        let upto = byte.saturating_add(1).min(text.len());
        if upto > counted_to {
            let newly = text.as_bytes().get(counted_to..upto).unwrap_or_default();
            breaks += newly.iter().filter(|b| **b == b'\n').count();
            counted_to = upto;
        }
        breaks + 1
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut unclosed: Option<Option<usize>> = None;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(e) => {
                let line = line_at(e.position());
                return Err(Unusable::new(
                    "INPUT",
                    format!("CSV第{line}行无法读取(引号未配对?)"),
                    format!("CSV line {line}: {e}"),
                ));
            }
        }
        let start = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        let line = line_at(record.position());
        // A cell across lines may be a quote never closed, which the CSV reader takes
        // to the end of the file as one cell: refused at its quote, before the record is
        // handed on. The file is scanned for it once, at the first such record.
        if record.iter().any(|c| c.contains('\n')) {
            let open = *unclosed.get_or_insert_with(|| unclosed_quote(text, start));
            if let Some(at) = open.filter(|at| *at >= start) {
                let (line, column) = place_of(text, at);
                return Err(Unusable::new(
                    "INPUT",
                    format!("CSV第{line}行第{column}个字符处的引号“\"”没有配对:从这里到文件末尾都被读成了一格。请删去这个引号,或在该格末尾补上引号"),
                    format!("CSV line {line}, character {column}: the quote \" is never closed, so the rest of the file reads as one cell; delete it or close the cell with a quote"),
                ));
            }
        }
        let cells: Vec<&str> = record.iter().collect();
        // The mark of a CSV the tool wrote (`# fangfei VERSION`, [`crate::write`]) is
        // no row: a file of ours read back starts at its header.
        if line == 1 && matches!(cells.as_slice(), [c] if c.starts_with("# fangfei")) {
            continue;
        }
        if !each(line, &cells) {
            return Ok(());
        }
    }
}

/// The byte of the first quote of `text`, from byte `from` (a record's start), that
/// opens a quoted cell and is never closed: CSV's rule, a quote opens a cell only as
/// its first character, and `""` inside is a quote.
fn unclosed_quote(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes().get(from..)?;
    let mut i = 0;
    let mut cell_start = true;
    while let Some(&b) = bytes.get(i) {
        if cell_start && b == b'"' {
            let open = i;
            i = i.saturating_add(1);
            loop {
                let rest = bytes.get(i..).unwrap_or_default();
                let Some(close) = rest.iter().position(|b| *b == b'"') else {
                    return Some(from.saturating_add(open));
                };
                i = i.saturating_add(close).saturating_add(1);
                if bytes.get(i) != Some(&b'"') {
                    break;
                }
                i = i.saturating_add(1);
            }
            cell_start = false;
            continue;
        }
        cell_start = matches!(b, b',' | b'\n' | b'\r');
        i = i.saturating_add(1);
    }
    None
}

/// The 1-based line and character of byte `at` of `text`.
fn place_of(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i.saturating_add(1));
    let line = before
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        .saturating_add(1);
    let column = before
        .get(line_start..)
        .map_or(0, |l| l.chars().count())
        .saturating_add(1);
    (line, column)
}

/// Reads CSV text into rows; each record carries the line it starts on (see
/// [`each_csv_record`]).
///
/// # Errors
///
/// [`Unusable`] for a CSV syntax error, with its line.
pub fn csv_rows(text: &str) -> Result<Rows, Unusable> {
    let mut rows = Vec::new();
    each_csv_record(text, |line, cells| {
        rows.push((line, cells.iter().map(|c| (*c).to_owned()).collect()));
    })?;
    Ok(rows)
}

/// Reads a CSV file (any accepted encoding).
///
/// # Errors
///
/// [`Unusable`] when the file cannot be read or decoded.
pub fn read_csv(path: &Path) -> Result<(Rows, Encoding), Unusable> {
    let (text, enc) = decode(read_bytes(path)?).map_err(|e| e.at(path))?;
    Ok((csv_rows(&text).map_err(|e| e.at(path))?, enc))
}

/// Reads an Annex 3 table from a CSV file (any accepted encoding), record by record
/// into a [`TableReader`]: with `each`, each row's outcome goes to it as soon as it is
/// final and the batch returned holds no rows ([`csv_table_each`]); without, the batch
/// holds them ([`csv_table`]). Once the file is read and decoded, nothing can fail:
/// the flexible CSV reader over text raises no error (its errors are I/O, UTF-8 and
/// unequal lengths), so every row is handed out.
///
/// # Errors
///
/// [`Unusable`] when the file cannot be read or decoded, or is no CSV, or the first
/// error `each` returned.
pub fn read_csv_table(
    campaign: &Campaign,
    path: &Path,
    each: Option<&mut dyn FnMut(RowOutcome) -> Result<(), Unusable>>,
) -> Result<(Batch, Encoding), Unusable> {
    let (text, enc) =
        decode(crate::files::read_bytes(path, MAX_CSV_BYTES)?).map_err(|e| e.at(path))?;
    // The CSV's own errors (an unclosed quote) name the file; `each`'s are its own.
    let mut failed = None;
    let batch = match each {
        Some(each) => csv_table_each(&campaign.roster(), &text, |row| {
            each(row).map_err(|e| {
                failed = Some(e);
                Unusable::new("INPUT", "", "")
            })
        }),
        None => csv_table(&campaign.roster(), &text),
    };
    match (batch, failed) {
        (_, Some(e)) => Err(e),
        (batch, None) => Ok((batch.map_err(|e| e.at(path))?, enc)),
    }
}

/// An Annex 3 table from CSV text, streamed: the same batch as
/// [`read_rows`](fangfei::annex3::sheet::read_rows) on its rows, without holding them.
///
/// # Errors
///
/// [`Unusable`] for a CSV syntax error, with its line.
pub fn csv_table(roster: &Roster<'_>, text: &str) -> Result<Batch, Unusable> {
    let mut reader = TableReader::with_roster(roster, Locator::Csv);
    // Past the rows a table may have, the rest is not read (the finding names the
    // limit): nor parsed.
    each_csv_record_while(text, |line, cells| {
        reader.push(line, cells);
        !reader.is_full()
    })?;
    Ok(reader.finish())
}

/// An Annex 3 table from CSV text, each row handed to `each` as soon as it is final
/// (its duplicate check and total done), then dropped: what is held grows with the
/// units, not the rows. The batch returned holds the total and the table's findings,
/// and no rows.
///
/// # Errors
///
/// [`Unusable`] for a CSV syntax error, with its line, or the first error `each`
/// returned (no row is handed on after it).
pub fn csv_table_each(
    roster: &Roster<'_>,
    text: &str,
    mut each: impl FnMut(RowOutcome) -> Result<(), Unusable>,
) -> Result<Batch, Unusable> {
    let mut reader = TableReader::with_roster(roster, Locator::Csv);
    let mut failed = None;
    each_csv_record_while(text, |line, cells| {
        reader.push(line, cells);
        for r in reader.take_rows() {
            if failed.is_none() {
                failed = each(r).err();
            }
        }
        // Past the rows a table may have (the finding names the limit), or once `each`
        // failed, the rest is not parsed.
        failed.is_none() && !reader.is_full()
    })?;
    match failed {
        Some(e) => Err(e),
        None => Ok(reader.finish()),
    }
}

/// The text of a spreadsheet cell, as a person reads it: a whole float shows as an
/// integer (Excel stores every number as a float), anything else as written.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        // -0.0 is 0, not a negative count.
        Data::Float(f) if *f == 0.0 => "0".to_owned(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15 => {
            format!("{f:.0}")
        }
        // Beyond 2^53 Excel kept only about 15 digits of what was typed: said in the
        // cell's text (超15位精度: 15 significant digits), so the count is refused,
        // never read as a number nobody typed.
        Data::Float(f) if f.fract() == 0.0 => {
            format!("超15位精度:{f:.0}")
        }
        Data::Float(f) => f.to_string(),
        // A date in a count cell (a cell formatted as a date, or a date typed into it):
        // shown as the date it is, so it is refused as no count, never read as its
        // serial number (44362).
        Data::DateTime(d) => excel_date(serial_1900(d)),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::Error(e) => format!("#{e:?}"),
        other => other.to_string(),
    }
}

/// Most columns a sheet of the table may use (the table has 13).
const MAX_COLUMNS: u32 = 256;

/// Most cells read from one workbook, all its sheets together (issue 28): the rows a
/// table may have ([`MAX_ROWS`](fangfei::annex3::sheet::MAX_ROWS)) × 16 columns (the
/// 2021 table's 13 and a margin). Every `<c>` element counts, an empty one too — a
/// position check alone let 1,000,000 rows × 200 cells without `r=` attributes (an
/// 11 MB file) grow past 4 GB — and the workbook is refused at the first cell over it.
pub const MAX_CELLS: usize = fangfei::annex3::sheet::MAX_ROWS * 16;

/// Largest shared-strings part read, uncompressed (128 MiB, twice a 64 MiB file's
/// worth of text); checked in the zip's directory before the spreadsheet library
/// loads every string (a 1.6 MB file of 40 million one-letter strings took 2.1 GB).
pub const MAX_SHARED_STRINGS_BYTES: u64 = 128 << 20;

/// Most shared strings a workbook may declare (`uniqueCount`, `count`): no more than
/// the cells it may have ([`MAX_CELLS`]). The spreadsheet library reserves room for
/// `uniqueCount` strings before reading one, so a forged count is refused first.
pub const MAX_SHARED_STRINGS: u64 = MAX_CELLS as u64;

/// Most rows one sheet of a ledger (台账) may have: an office's entries (a
/// submission, an activity, a site) number in the thousands for a month (2021's
/// example: under 1,000 in all), so 100,000 is far beyond any, and an 8-sheet ledger
/// of 1,000,000 rows each (a 4 MB file that ran past 120 s) is refused at its first
/// sheet's row 100,101 (issue 28).
pub const MAX_LEDGER_ROWS: usize = 100_000;

/// What a workbook's reading may still take: cells across its sheets, and rows in any
/// one sheet.
#[derive(Debug, Clone, Copy)]
struct Budget {
    /// Cells still to be read, every sheet together.
    cells: usize,
    /// The cells' limit, as said in the refusal.
    max_cells: usize,
    /// Most rows of one sheet (a cell's row number past it is refused).
    rows: u32,
}

impl Budget {
    /// A statistics table's workbook: [`MAX_CELLS`] cells, [`MAX_ROWS`] rows and a
    /// margin for the header and the lines under the table.
    ///
    /// [`MAX_ROWS`]: fangfei::annex3::sheet::MAX_ROWS
    fn table() -> Budget {
        Budget {
            cells: MAX_CELLS,
            max_cells: MAX_CELLS,
            rows: u32::try_from(fangfei::annex3::sheet::MAX_ROWS)
                .unwrap_or(u32::MAX)
                .saturating_add(100),
        }
    }

    /// A ledger's workbook: [`MAX_LEDGER_ROWS`] rows a sheet (and a margin), 16 cells
    /// a row.
    fn ledger() -> Budget {
        let cells = MAX_LEDGER_ROWS.saturating_mul(16);
        Budget {
            cells,
            max_cells: cells,
            rows: u32::try_from(MAX_LEDGER_ROWS)
                .unwrap_or(u32::MAX)
                .saturating_add(100),
        }
    }
}

/// Longest text kept of one cell (far beyond what a cell may hold: the table's reader
/// refuses it as too long, and a 200 MB shared string is not copied per cell).
const MAX_CELL_TEXT: usize = 4096;

/// Reads the cells of an XLSX sheet in stream order into rows, refusing a cell
/// beyond the rows a table may have or [`MAX_COLUMNS`] before anything is allocated
/// for it.
fn read_xlsx_cells<RS: std::io::Read + std::io::Seek>(
    x: &mut calamine::Xlsx<RS>,
    name: &str,
    budget: &mut Budget,
) -> Result<Rows, Unusable> {
    use calamine::DataRef;
    let unreadable =
        |e: calamine::XlsxError| Unusable::new("INPUT", "工作表无法读取", e.to_string());
    let max_rows = budget.rows;
    let mut reader = x.worksheet_cells_reader(name).map_err(unreadable)?;
    let mut rows: std::collections::BTreeMap<u32, Vec<(u32, String)>> = Default::default();
    while let Some(cell) = reader.next_cell_with_formula().map_err(unreadable)? {
        let (r, c) = cell.pos;
        let at = || {
            format!(
                "{}{}",
                fangfei::annex3::sheet::column_letters(c as usize),
                u64::from(r) + 1
            )
        };
        let Some(left) = budget.cells.checked_sub(1) else {
            let (max, at) = (budget.max_cells, at());
            return Err(Unusable::new(
                "INPUT",
                format!("工作簿的单元格超过{max}个(每行至多16格),在工作表“{name}”的{at}处停止读取:请删除表格区域外的内容"),
                format!("the workbook has more than {max} cells (16 a row); stopped at {at} of sheet {name:?}: clear what is outside the table"),
            ));
        };
        budget.cells = left;
        if r >= max_rows || c >= MAX_COLUMNS {
            let at = at();
            return Err(Unusable::new(
                "INPUT",
                format!("工作表“{name}”的单元格{at}超出统计表的范围(至多{max_rows}行、{MAX_COLUMNS}列):请删除表格区域外的内容"),
                format!("cell {at} of sheet {name:?} lies beyond a table's bounds ({max_rows} rows, {MAX_COLUMNS} columns): clear what is outside the table"),
            ));
        }
        let text = match (&cell.value, &cell.formula) {
            // A formula with no value cached (a file written by a tool that does not
            // calculate): said to be one, never read as a blank cell (issue 28).
            (DataRef::Empty, Some(f)) => {
                let f: String = f.chars().take(64).collect();
                format!("={f}{}", fangfei::annex3::UNCALCULATED)
            }
            (DataRef::SharedString(s), _) => s.chars().take(MAX_CELL_TEXT).collect(),
            (DataRef::String(s), _) => s.chars().take(MAX_CELL_TEXT).collect(),
            (other, _) => cell_text(&Data::from(other.clone())),
        };
        if !text.is_empty() {
            rows.entry(r).or_default().push((c, text));
        }
    }
    Ok(rows
        .into_iter()
        .map(|(r, cells)| {
            let width = cells
                .iter()
                .map(|(c, _)| *c as usize + 1)
                .max()
                .unwrap_or(0);
            let mut texts = vec![String::new(); width];
            for (c, t) in cells {
                if let Some(slot) = texts.get_mut(c as usize) {
                    *slot = t;
                }
            }
            (r as usize + 1, texts)
        })
        .collect())
}

/// A date cell's serial in the 1900 date system (days since 1899-12-30), whichever
/// system its workbook uses: a workbook of the 1904 date system (`<workbookPr
/// date1904="1"/>`: old Mac Excel files, Excel's option, openpyxl's CALENDAR_MAC_1904)
/// counts from 1904-01-01, 1462 days later — read with 1900's, every date was 4 years
/// and a day early (issue 28). calamine 0.38 keeps the workbook's system in the value
/// without a getter for it: the value is compared with the same serial marked 1904.
fn serial_1900(d: &calamine::ExcelDateTime) -> f64 {
    let kind = if d.is_duration() {
        calamine::ExcelDateTimeType::TimeDelta
    } else {
        calamine::ExcelDateTimeType::DateTime
    };
    let v = d.as_f64();
    if *d == calamine::ExcelDateTime::new(v, kind, true) && !d.is_duration() {
        v + 1462.0
    } else {
        v
    }
}

/// An Excel date serial (days since 1899-12-30) as `2021-06-15(日期)`, with its time
/// of day when it has one (`2021-06-09 15:10(日期)`, to the second when not whole
/// minutes).
fn excel_date(serial: f64) -> String {
    // 1899-12-30 is day 693,594 of the common era; the fraction is the time of day,
    // rounded to the second (Excel keeps about a microsecond).
    let seconds = (serial.abs() < 3.0e6).then(|| (serial * 86_400.0).round() as i64);
    let date = seconds.and_then(|s| {
        let day = i32::try_from(s.div_euclid(86_400)).ok()?;
        fangfei::NaiveDate::from_num_days_from_ce_opt(693_594_i32.saturating_add(day))
            .map(|d| (d, s.rem_euclid(86_400)))
    });
    match date {
        Some((d, 0)) => format!("{d}(日期)"),
        Some((d, s)) if s % 60 == 0 => format!("{d} {:02}:{:02}(日期)", s / 3600, s / 60 % 60),
        Some((d, s)) => format!("{d} {:02}:{:02}:{:02}(日期)", s / 3600, s / 60 % 60, s % 60),
        None => format!("{serial}(日期)"),
    }
}

/// Reads a sheet (by name, or the first) of a workbook (xlsx, xlsm, xls, ods).
///
/// # Errors
///
/// [`Unusable`] when the file is no workbook or has no such sheet.
pub fn read_workbook(path: &Path, sheet: Option<&str>) -> Result<(Rows, String), Unusable> {
    read_workbook_preferring(path, sheet, &[])
}

/// Reads a sheet of a workbook: the one named `sheet`, else the first visible one named
/// as in `prefer` (a campaign's table's sheet, see [`table_sheets`]), else the first
/// visible one.
///
/// # Errors
///
/// [`Unusable`] when the file is no workbook or has no such sheet.
pub fn read_workbook_preferring(
    path: &Path,
    sheet: Option<&str>,
    prefer: &[String],
) -> Result<(Rows, String), Unusable> {
    let bytes = read_bytes(path)?; // the size limit before the parser sees it
    let prefer = prefer.to_vec();
    guarded(move || read_workbook_unguarded(bytes, sheet, &prefer)).map_err(|e| e.at(path))
}

/// The names a workbook's sheet of `table` goes by, in order: its ledger sheet's or its
/// own (as [`table_sheet_name`] writes it), its name, its clause (2021: 附件3).
pub fn table_sheets(table: &TableDef) -> Vec<String> {
    let mut names = vec![table_sheet_name(table)];
    for n in [&table.name.zh, &table.clause] {
        let n = sheet_name(n, "");
        if !n.is_empty() && !names.contains(&n) {
            names.push(n);
        }
    }
    names
}

/// Reads a sheet (by name, or the first) of a workbook given as bytes (xlsx, xls,
/// xlsb, ods: the format is recognised from the bytes).
///
/// # Errors
///
/// [`Unusable`] when the bytes are no workbook or it has no such sheet.
pub fn read_workbook_bytes(
    bytes: Vec<u8>,
    sheet: Option<&str>,
) -> Result<(Rows, String), Unusable> {
    guarded(move || read_workbook_unguarded(bytes, sheet, &[]))
}

/// Runs a workbook reader so that a panic inside the spreadsheet library becomes a
/// refusal, not a crash (the fuzzer found one: calamine 0.38 overflows on a cell
/// reference of too many letters, a panic in a build with overflow checks). The panic
/// hook is silenced meanwhile, so nothing but the refusal is printed.
fn guarded<T>(read: impl FnOnce() -> Result<T, Unusable>) -> Result<T, Unusable> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(read));
    std::panic::set_hook(hook);
    out.unwrap_or_else(|_| {
        Err(Unusable::new(
            "INPUT",
            "工作簿已损坏,无法读取",
            "the workbook is malformed: the spreadsheet reader could not read it",
        ))
    })
}

/// Reads every sheet of a ledger's workbook, hidden and very hidden ones too, in the
/// workbook's order: (name, rows, whether it is hidden), at most [`MAX_LEDGER_ROWS`]
/// rows a sheet. The ledger reads them all — a hidden
/// ledger sheet is still the office's data, read with a note (issue 28) — where a
/// single table is taken from the visible sheets alone.
///
/// # Errors
///
/// [`Unusable`] when the file is no workbook or a sheet cannot be read.
pub fn read_workbook_all_sheets(path: &Path) -> Result<Vec<(String, Rows, bool)>, Unusable> {
    let bytes = read_bytes(path)?;
    guarded(move || {
        let mut wb = open(bytes)?;
        let mut budget = Budget::ledger();
        let sheets: Vec<(String, bool)> = wb
            .sheets_metadata()
            .iter()
            .map(|s| (s.name.clone(), s.visible != calamine::SheetVisible::Visible))
            .collect();
        sheets
            .into_iter()
            .map(|(name, hidden)| {
                sheet_rows(&mut wb, &name, &mut budget).map(|rows| (name, rows, hidden))
            })
            .collect()
    })
    .map_err(|e| e.at(path))
}

/// Reads every visible sheet of a workbook, in the workbook's order.
///
/// # Errors
///
/// [`Unusable`] when the file is no workbook or a sheet cannot be read.
pub fn read_workbook_sheets(path: &Path) -> Result<Vec<(String, Rows)>, Unusable> {
    let bytes = read_bytes(path)?;
    guarded(move || {
        let mut wb = open(bytes)?;
        let mut budget = Budget::table();
        visible_sheets(&wb)
            .into_iter()
            .map(|name| sheet_rows(&mut wb, &name, &mut budget).map(|rows| (name, rows)))
            .collect()
    })
    .map_err(|e| e.at(path))
}

/// The names of a workbook's visible sheets, in its order (a hidden sheet is not what
/// a clerk filled in).
fn visible_sheets<RS: std::io::Read + std::io::Seek>(wb: &calamine::Sheets<RS>) -> Vec<String> {
    wb.sheets_metadata()
        .iter()
        .filter(|s| s.visible == calamine::SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect()
}

/// The shared strings of an XLSX (any zip) checked before the spreadsheet library
/// loads them: the part's uncompressed size from the zip's directory
/// ([`MAX_SHARED_STRINGS_BYTES`]) and the counts its `<sst>` element declares
/// ([`MAX_SHARED_STRINGS`]), read from its first 4 KiB. Bytes that are no zip are left
/// to the library to refuse.
fn check_shared_strings(bytes: &[u8]) -> Result<(), Unusable> {
    use std::io::Read;
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let parts: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.to_ascii_lowercase().ends_with("sharedstrings.xml"))
        .map(std::borrow::Cow::into_owned)
        .collect();
    let too_many = |what: String, en: String| {
        Unusable::new(
            "INPUT",
            format!("工作簿的共享字符串{what},超出上限,未读取(统计表至多{MAX_SHARED_STRINGS}个单元格)"),
            format!("the workbook's shared strings {en}, beyond the limit; not read (a table has at most {MAX_SHARED_STRINGS} cells)"),
        )
    };
    for part in parts {
        let Ok(file) = zip.by_name(&part) else {
            continue;
        };
        let size = file.size();
        if size > MAX_SHARED_STRINGS_BYTES {
            let mib = size >> 20;
            let max = MAX_SHARED_STRINGS_BYTES >> 20;
            return Err(too_many(
                format!("解压后有{mib} MiB(上限{max} MiB)"),
                format!("take {mib} MiB uncompressed (limit {max} MiB)"),
            ));
        }
        let mut head = Vec::new();
        let _ = file.take(4096).read_to_end(&mut head);
        let head = String::from_utf8_lossy(&head);
        let Some(sst) = head.find("<sst").and_then(|i| head.get(i..)) else {
            continue;
        };
        let sst = sst.split('>').next().unwrap_or_default();
        for attr in ["uniqueCount", "count"] {
            let declared = sst
                .split(&format!(" {attr}=\""))
                .nth(1)
                .and_then(|v| v.split('"').next())
                .and_then(|v| v.trim().parse::<u128>().ok());
            if let Some(n) = declared.filter(|n| *n > u128::from(MAX_SHARED_STRINGS)) {
                return Err(too_many(
                    format!("声明有{n}个({attr})"),
                    format!("declare {n} ({attr})"),
                ));
            }
        }
    }
    Ok(())
}

fn open(bytes: Vec<u8>) -> Result<calamine::Sheets<std::io::Cursor<Vec<u8>>>, Unusable> {
    check_shared_strings(&bytes)?;
    calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| {
        Unusable::new(
            "INPUT",
            "不是可读取的工作簿(xlsx、xls、xlsb、ods)",
            e.to_string(),
        )
    })
}

fn read_workbook_unguarded(
    bytes: Vec<u8>,
    sheet: Option<&str>,
    prefer: &[String],
) -> Result<(Rows, String), Unusable> {
    let mut wb = open(bytes)?;
    let names = wb.sheet_names();
    // Without a name: the first visible sheet named as preferred (the table's: 附件3 in
    // 2021), else the first visible sheet — a hidden or very hidden first sheet is not
    // what the clerk filled in.
    let visible = visible_sheets(&wb);
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| {
                Unusable::new(
                    "INPUT",
                    format!("没有名为“{s}”的工作表(现有:{})", names.join("、")),
                    format!("no sheet {s:?} (sheets: {})", names.join(", ")),
                )
            })?,
        None => prefer
            .iter()
            .find_map(|p| visible.iter().find(|n| n.trim() == p))
            .or_else(|| visible.first())
            .or_else(|| names.first())
            .cloned()
            .ok_or_else(|| {
                Unusable::new("INPUT", "工作簿中没有工作表", "the workbook has no sheet")
            })?,
    };
    sheet_rows(&mut wb, &name, &mut Budget::table()).map(|rows| (rows, name))
}

/// The rows of one sheet.
fn sheet_rows<RS: std::io::Read + std::io::Seek>(
    wb: &mut calamine::Sheets<RS>,
    name: &str,
    budget: &mut Budget,
) -> Result<Rows, Unusable> {
    // An XLSX sheet is read cell by cell, never as the dense rectangle the spreadsheet
    // library would allocate first (a 5 KB file with one cell at XFD1048576 asked for
    // 512 GiB), and a shared string is copied only as far as a cell can use it.
    if let calamine::Sheets::Xlsx(x) = wb {
        return read_xlsx_cells(x, name, budget);
    }
    let range = wb
        .worksheet_range(name)
        .map_err(|e| Unusable::new("INPUT", "工作表无法读取", e.to_string()))?;
    let (row0, col0) = range
        .start()
        .map_or((0, 0), |(r, c)| (r as usize, c as usize));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let mut texts = vec![String::new(); col0];
            texts.extend(cells.iter().map(cell_text));
            (row0 + i + 1, texts)
        })
        .collect();
    Ok(rows)
}

/// Reads any supported table file, returning its rows and how to locate cells in it.
///
/// # Errors
///
/// [`Unusable`] for an unknown extension or an unreadable file.
pub fn read_table(
    path: &Path,
    sheet: Option<&str>,
    table: Option<&TableDef>,
) -> Result<(Rows, Locator, Option<fangfei::Text>), Unusable> {
    match extension(path).as_str() {
        "csv" | "txt" => read_csv(path).map(|(rows, enc)| (rows, Locator::Csv, enc.note())),
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => {
            let prefer = table.map(table_sheets).unwrap_or_default();
            read_workbook_preferring(path, sheet, &prefer)
                .map(|(rows, name)| (rows, Locator::Sheet(name), None))
        }
        // A path that cannot be opened says why (missing, a link loop) before its
        // extension is judged.
        other => Err(match std::fs::metadata(path) {
            Err(e) => Unusable::io(path, &e),
            Ok(_) => Unusable::new(
                "INPUT",
                format!(
                    "{}:不认识的表格类型“{other}”(可用csv、xlsx、xls、ods、json)",
                    path.display()
                ),
                format!(
                    "{}: unknown table type {other:?} (csv, xlsx, xls, ods, json)",
                    path.display()
                ),
            ),
        }),
    }
}

/// The lower-case extension of a path.
pub fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Writes the campaign's statistics table: its title, the grouped two-row header
/// (merged cells, units), then `rows` (one unit each) and, when `totals` is given, a
/// 合计 row of `=SUM()` formulas with their values cached, then the lines a return
/// carries (填报单位(盖章)、填表人、联系电话、填报日期) and the table's notes
/// (填表说明). With no rows and no totals it is the blank template (rows to fill,
/// whole-number validation on the count cells). Printed A4 landscape, one page wide,
/// the header rows on every page.
///
/// # Errors
///
/// [`Unusable`] from the writer or the output's checks ([`crate::write`]).
pub fn write_workbook(
    path: &Path,
    table: &TableDef,
    rows: &[fangfei::annex3::Annex3],
    totals: Option<&Totals>,
) -> Result<(), Unusable> {
    let mut wb = Workbook::new();
    wb.set_properties(&crate::write::properties(
        rust_xlsxwriter::DocProperties::new(),
    ));
    write_table_sheet(&mut wb, table, rows, totals).map_err(|e| Unusable::xlsx(path, &e))?;
    crate::write::xlsx(path, &mut wb)
}

/// The name of the table's sheet: its ledger sheet's (2021: 附件3), else its name, as
/// a sheet may be named (see [`fangfei::ledger::sheet_name`]).
pub fn table_sheet_name(table: &TableDef) -> String {
    let name = table
        .ledger
        .as_ref()
        .map_or(table.name.zh.as_str(), |p| p.sheet.as_str());
    sheet_name(name, "统计表")
}

/// A column of the printed table: a count (its position), or the free-text column.
#[derive(Clone, Copy, PartialEq)]
enum Printed {
    Count(usize),
    Other,
}

/// The table's sheet of [`write_workbook`] into `wb`.
fn write_table_sheet(
    wb: &mut Workbook,
    table: &TableDef,
    rows: &[fangfei::annex3::Annex3],
    totals: Option<&Totals>,
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    let sheet = table_sheet_name(table);
    ws.set_name(&sheet)?;
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center);
    let head = header_format("#F2F2F2");
    let cell = Format::new().set_border(FormatBorder::Thin);
    let num = Format::new()
        .set_border(FormatBorder::Thin)
        .set_num_format("0");
    let bold_num = Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_num_format("0");
    let note = Format::new().set_text_wrap().set_align(FormatAlign::Top);

    // A: unit, then the counts, then the free-text column when the table has one.
    let n = u16::try_from(table.columns.len()).unwrap_or(u16::MAX - 2);
    let printed: Vec<(Printed, &str)> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| (Printed::Count(i), c.group.as_str()))
        .chain(
            table
                .other
                .iter()
                .map(|o| (Printed::Other, o.group.as_deref().unwrap_or(""))),
        )
        .collect();
    let last_col: u16 = u16::try_from(printed.len()).unwrap_or(u16::MAX - 1);
    ws.merge_range(0, 0, 0, last_col.max(1), &table.title, &title)?;
    ws.set_row_height(0, 28)?;
    // Group row (row 2) and column row (row 3); 填报单位 spans both, and so does a
    // free-text column printed under no group.
    ws.merge_range(1, 0, 2, 0, "填报单位", &head)?;
    let other_header = table
        .other
        .as_ref()
        .map(|o| format!("{}(列举)", o.name.zh))
        .unwrap_or_default();
    let mut col: u16 = 1;
    let mut runs: Vec<(&str, Printed, u16)> = Vec::new();
    for (p, group) in &printed {
        match runs.last_mut() {
            Some((g, _, n)) if !group.is_empty() && g == group => *n += 1,
            _ => runs.push((group, *p, 1)),
        }
    }
    for (group, first, span) in runs {
        if group.is_empty() && first == Printed::Other {
            ws.merge_range(1, col, 2, col, &other_header, &head)?;
        } else {
            let label = table.group(group).map_or(group, |g| g.name.zh.as_str());
            if span > 1 {
                ws.merge_range(1, col, 1, col + span - 1, label, &head)?;
            } else {
                ws.write_string_with_format(1, col, label, &head)?;
            }
        }
        col += span;
    }
    for (j, c) in table.columns.iter().enumerate() {
        ws.write_string_with_format(2, j as u16 + 1, c.header_zh(), &head)?;
    }
    if table.other.as_ref().is_some_and(|o| o.group.is_some()) {
        ws.write_string_with_format(2, last_col, &other_header, &head)?;
    }
    ws.set_row_height(1, 36)?;
    ws.set_row_height(2, 66)?;
    ws.set_column_width(0, 20)?;
    for c in 1..=n {
        ws.set_column_width(c, 11)?;
    }
    if table.other.is_some() {
        ws.set_column_width(last_col, 24)?;
    }
    ws.set_freeze_panes(3, 1)?;
    // A4 landscape, one page wide, the two header rows on every page.
    print_a4(ws, 1, 2)?;

    let mut r: u32 = 3;
    for t in rows {
        // The unit and methods as written: shown as input text is (issue 28).
        ws.write_string_with_format(r, 0, fangfei::shown(&t.unit).text, &cell)?;
        for (j, c) in table.columns.iter().enumerate() {
            let v = t.count(&c.key).unwrap_or(0);
            write_count(ws, r, j as u16 + 1, v, &num)?;
        }
        if table.other.is_some() {
            let methods = fangfei::shown(&t.other_methods.join("、"))
                .text
                .into_owned();
            ws.write_string_with_format(r, last_col, methods, &cell)?;
        }
        r += 1;
    }
    // No table accepted: no 合计 row of zeros; a note under the signature lines says
    // so (issue 29, item 19), which the reader takes as the notes' start, not as data.
    let none_accepted = totals.is_some() && rows.is_empty();
    if let (Some(t), false) = (totals, none_accepted) {
        ws.write_string_with_format(r, 0, "合计", &head)?;
        for (j, c) in table.columns.iter().enumerate() {
            let col = j as u16 + 1;
            match t.columns.by_key(&c.key).copied().flatten() {
                // A formula, so an edit to a row updates the total; its value cached,
                // so a reader that does not calculate sees the same number.
                Some(v) if !rows.is_empty() && v <= 1 << 53 => {
                    let letters = fangfei::annex3::sheet::column_letters(usize::from(col));
                    let formula =
                        rust_xlsxwriter::Formula::new(format!("=SUM({letters}4:{letters}{r})"))
                            .set_result(v.to_string());
                    ws.write_formula_with_format(r, col, formula, &bold_num)?;
                }
                Some(v) => write_count(ws, r, col, v, &bold_num)?,
                None => ws
                    .write_string_with_format(r, col, "溢出", &head)
                    .map(|_| ())?,
            }
        }
        if table.other.is_some() {
            ws.write_string_with_format(r, last_col, "", &cell)?;
        }
        r += 1;
    }
    if rows.is_empty() && totals.is_none() {
        // Rows to fill, with whole-number validation (未开展的项目填写0).
        for row in r..r + 3 {
            for c in 0..=last_col {
                ws.write_blank(row, c, &cell)?;
            }
        }
        let v = rust_xlsxwriter::DataValidation::new()
            .allow_whole_number(rust_xlsxwriter::DataValidationRule::GreaterThanOrEqualTo(0))
            .set_error_title("填写整数")?
            .set_error_message("请填写非负整数;未开展的项目请填写0。")?;
        // Only the rows to fill: the 填报单位/填表人 line under them takes a name
        // (issue 29, item 22); a row inserted among them takes the rule with it.
        if n > 0 {
            ws.add_data_validation(r, 1, r + 2, n, &v)?;
        }
        r += 3;
    }
    r += 1;
    // The lines a return carries, spread over the table's width: the reader
    // recognises them, never as a unit.
    let at = |twelfths: u16, after: u16| (last_col * twelfths / 12).max(after + 1);
    let filler = at(5, 0);
    let phone = at(8, filler);
    let date = at(11, phone);
    ws.write_string(r, 0, "填报单位(盖章):")?;
    ws.write_string(r, filler, "填表人:")?;
    ws.write_string(r, phone, "联系电话:")?;
    ws.write_string(r, date, "填报日期:")?;
    r += 2;
    if none_accepted {
        let text = format!("说明:{}", crate::office::none_accepted(&table.name.zh));
        if last_col > 0 {
            ws.merge_range(r, 0, r, last_col, &text, &note)?;
        } else {
            ws.write_string_with_format(r, 0, &text, &note)?;
        }
        r += 1;
    }
    for (i, line) in table.notes.iter().enumerate() {
        let text = if i == 0 {
            format!("填表说明:{line}")
        } else {
            line.clone()
        };
        let row = r + i as u32;
        if last_col > 0 {
            ws.merge_range(row, 0, row, last_col, &text, &note)?;
        } else {
            ws.write_string_with_format(row, 0, &text, &note)?;
        }
        ws.set_row_height(row, 30)?;
    }
    Ok(())
}

/// The header cells' format of every workbook the tool writes: bold, wrapped, centred,
/// bordered, on `background`.
pub fn header_format(background: &str) -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin)
        .set_background_color(background)
}

/// How every sheet the office prints is set up: A4 landscape, one page wide, rows
/// `first..=last` repeated on every page, page numbers in the footer.
///
/// # Errors
///
/// [`XlsxError`] from the writer.
pub fn print_a4(
    ws: &mut rust_xlsxwriter::Worksheet,
    first: u32,
    last: u32,
) -> Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(first, last)?;
    ws.set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3);
    ws.set_footer("&C第 &P 页,共 &N 页");
    Ok(())
}

/// Excel numbers are doubles: a count beyond 2^53 is written as text so it stays exact.
fn write_count(
    ws: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    col: u16,
    v: u64,
    format: &Format,
) -> Result<(), XlsxError> {
    if v <= (1u64 << 53) {
        ws.write_number_with_format(row, col, v as f64, format)?;
    } else {
        ws.write_string_with_format(row, col, v.to_string(), format)?;
    }
    Ok(())
}

/// Writes the rows of `files` (as [`fangfei::annex3::sheet::total_files`] left them)
/// and their common `totals` in `campaign`'s statistics table `table`: every accepted
/// roster unit's row and the city total on the table's sheet; the units off the roster
/// totalled apart (名单外单位); the rows sent back with their reasons (退回); and the
/// roster units with no table (未报).
///
/// The rows are borrowed, never copied, and the three lists, which grow with the
/// rows, are written in constant memory (each row to a temporary file as it is
/// written): 100,000 units off the roster took 745 MB (issue 28, class 8).
///
/// # Errors
///
/// [`Unusable`] from the writer or the output's checks ([`crate::write`]).
pub fn write_batch(
    path: &Path,
    campaign: &fangfei::Campaign,
    table: &TableDef,
    files: &[(String, Batch)],
    totals: &Totals,
) -> Result<(), Unusable> {
    let mut wb =
        batch_workbook(campaign, table, files, totals).map_err(|e| Unusable::xlsx(path, &e))?;
    crate::write::xlsx(path, &mut wb)
}

/// The workbook of [`write_batch`].
fn batch_workbook(
    campaign: &fangfei::Campaign,
    table: &TableDef,
    files: &[(String, Batch)],
    totals: &Totals,
) -> Result<Workbook, XlsxError> {
    let roster = campaign.roster();
    let has_roster = !campaign.units.is_empty();
    let rows = || files.iter().flat_map(|(_, b)| b.rows.iter());
    let accepted = || {
        rows()
            .filter(|r| r.accepted)
            .filter_map(|r| r.table.as_ref())
    };
    let on = |t: &&fangfei::annex3::Annex3| !has_roster || roster.resolve(&t.unit).is_some();
    // The roster's units, each once (a second row of a unit is sent back).
    let tables: Vec<fangfei::annex3::Annex3> = accepted().filter(on).cloned().collect();
    let mut wb = Workbook::new();
    wb.set_properties(&crate::write::properties(
        rust_xlsxwriter::DocProperties::new(),
    ));
    write_table_sheet(&mut wb, table, &tables, Some(totals))?;

    let head = Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_background_color("#F2F2F2");
    let cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let number = cell.clone().set_num_format("#,##0");
    // A list: its header, then its rows in order (constant memory writes row by row);
    // the cells from column `numbers` on that hold a count are numbers, for Excel's
    // sums and filters, and the list has Excel's filter (issue 29, item 23).
    let list = |wb: &mut Workbook,
                name: &str,
                header: &[(&str, f64)],
                numbers: usize,
                rows: &mut dyn Iterator<Item = Vec<String>>|
     -> Result<(), XlsxError> {
        let ws = wb.add_worksheet_with_constant_memory()?;
        ws.set_name(name)?;
        for (j, (_, w)) in header.iter().enumerate() {
            ws.set_column_width(j as u16, *w)?;
        }
        for (j, (h, _)) in header.iter().enumerate() {
            ws.write_string_with_format(0, j as u16, *h, &head)?;
        }
        let mut r: u32 = 1;
        for row in rows {
            for (j, v) in row.iter().enumerate() {
                match v
                    .parse::<u64>()
                    .ok()
                    .filter(|n| j >= numbers && *n <= 1 << 53)
                {
                    Some(n) => ws.write_number_with_format(r, j as u16, n as f64, &number)?,
                    None => ws.write_string_with_format(r, j as u16, v, &cell)?,
                };
            }
            r = r.saturating_add(1);
        }
        if r == 1 {
            ws.write_string(1, 0, "无")?;
        } else if let Some(last) = header.len().checked_sub(1) {
            ws.autofilter(0, 0, r - 1, last as u16)?;
        }
        print_a4(ws, 0, 0)
    };
    if !totals.outside_units.is_empty() {
        let mut sum = vec!["另行合计".to_owned(), String::new()];
        sum.extend(table.columns.iter().map(|c| {
            totals
                .outside
                .by_key(&c.key)
                .copied()
                .flatten()
                .map_or_else(|| "溢出".to_owned(), |v| v.to_string())
        }));
        let mut rows = accepted()
            .filter(|t| !on(t))
            .map(|t| {
                let mut row = vec![t.unit.clone(), nearest(campaign, &t.unit)];
                row.extend(
                    table
                        .columns
                        .iter()
                        .map(|c| t.count(&c.key).unwrap_or(0).to_string()),
                );
                row
            })
            .chain(std::iter::once(sum));
        let headers: Vec<String> = table.columns.iter().map(|c| c.header_zh()).collect();
        let mut header: Vec<(&str, f64)> = vec![
            ("填报单位(不在名单中,未计入合计)", 24.0),
            ("名单中最接近的单位", 20.0),
        ];
        header.extend(headers.iter().map(|h| (h.as_str(), 11.0)));
        list(&mut wb, "名单外单位", &header, 2, &mut rows)?;
    }
    let mut returned = rows().filter(|r| !r.accepted).map(|r| {
        let why: Vec<String> = r
            .findings
            .iter()
            .filter(|f| f.severity == fangfei::Severity::Error)
            .map(|f| f.message.zh.clone())
            .collect();
        vec![
            r.place.clone(),
            r.unit.clone().unwrap_or_default(),
            why.join(";"),
        ]
    });
    list(
        &mut wb,
        "退回",
        &[("位置", 22.0), ("填报单位", 20.0), ("退回原因", 90.0)],
        usize::MAX,
        &mut returned,
    )?;
    let mut sent = vec![false; campaign.units.len()];
    for i in rows().filter_map(|r| r.unit.as_deref().and_then(|u| roster.resolve_index(u))) {
        if let Some(s) = sent.get_mut(i) {
            *s = true;
        }
    }
    let mut missing = campaign
        .units
        .iter()
        .zip(&sent)
        .filter(|(_, sent)| !**sent)
        .map(|(u, _)| vec![u.name.clone()]);
    list(
        &mut wb,
        "未报",
        &[("名单中未报送统计表的单位", 36.0)],
        usize::MAX,
        &mut missing,
    )?;
    Ok(wb)
}

/// The roster name closest to a unit off it, or nothing.
fn nearest(campaign: &fangfei::Campaign, unit: &str) -> String {
    campaign
        .suggest_units(unit, 1)
        .first()
        .map_or_else(String::new, |n| (*n).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big5_is_not_read_as_gb18030_mojibake() {
        // Issue 14, item 9: Big5 bytes decode "cleanly" as GB18030 into characters
        // nobody wrote; they are read as Big5, and the encoding is said.
        let text = "填報單位,活動場次\n市教育局,12\n南街街道,3\n";
        let (big5, _, bad) = encoding_rs::BIG5.encode(text);
        assert!(!bad);
        assert!(encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(&big5)
            .is_some_and(|s| s != text));
        let (read, enc) = decode(big5.to_vec()).unwrap();
        assert_eq!((read.as_str(), enc), (text, Encoding::Big5));
        assert!(enc.note().unwrap().zh.contains("Big5"));
        // GBK stays GBK.
        let simplified = "填报单位,活动场次(次)\n市教育局,12\n南街街道,3\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(simplified);
        let (read, enc) = decode(gbk.to_vec()).unwrap();
        assert_eq!((read.as_str(), enc), (simplified, Encoding::Gb18030));
    }

    #[test]
    #[allow(clippy::unwrap_used)]
    fn our_own_csv_mark_is_no_row() {
        // Issue 28, class 3: the `--errors` file read back starts at its header.
        let bytes = format!("\u{feff}# {}\r\n文件,行\r\na.csv,3\r\n", crate::write::MARK);
        let (text, _) = decode(bytes.into_bytes()).unwrap();
        let rows = csv_rows(&text).unwrap();
        assert_eq!(
            rows,
            [
                (2, vec!["文件".to_owned(), "行".to_owned()]),
                (3, vec!["a.csv".to_owned(), "3".to_owned()]),
            ]
        );
        // Only as the first line, and only alone on it.
        let rows = csv_rows("单位\r\n# fangfei\r\n").unwrap();
        assert_eq!(rows.len(), 2);
    }
}
