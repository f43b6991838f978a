//! Writing the ledger workbook (`fangfei ledger template`) from the library's layout
//! of the campaign: the instructions, a sheet per kind of entry with its notes,
//! drop-down lists, date and number validation and print setup, filled from records
//! when given.

use std::path::Path;

use fangfei::ledger::{layout, rows, Cell, Target, Value, CHOICES, INSTRUCTIONS};
use fangfei::record::UnitRecord;
use fangfei::{Campaign, Instant, NaiveDate};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format,
    FormatAlign, FormatBorder, Note, Workbook, Worksheet, XlsxError,
};

/// Writes the ledger workbook of `campaign`, filled from `records`.
///
/// # Errors
///
/// [`crate::Unusable`] from the writer or the output's checks ([`crate::write`]).
pub fn write(
    path: &Path,
    campaign: &Campaign,
    records: &[UnitRecord],
) -> Result<(), crate::Unusable> {
    let mut wb = workbook(campaign, records).map_err(|e| crate::Unusable::xlsx(path, &e))?;
    crate::write::xlsx(path, &mut wb)
}

/// The workbook of [`write`].
fn workbook(campaign: &Campaign, records: &[UnitRecord]) -> Result<Workbook, XlsxError> {
    let layout = layout(campaign);
    let mut wb = Workbook::new();
    // Dated the campaign's first day (or the plan's issue day), not the day it is
    // written: the same records give the same bytes.
    let dated = campaign.issued_on.unwrap_or(campaign.span.first);
    wb.set_properties(&crate::write::properties(
        rust_xlsxwriter::DocProperties::new()
            .set_title(format!("{}工作台账", campaign.name.zh))
            .set_creation_datetime(&excel_day(dated)?),
    ));
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

    let ws = wb.add_worksheet();
    ws.set_name(INSTRUCTIONS)?;
    instructions_setup(ws)?;
    ws.write_string_with_format(0, 0, format!("{}工作台账", campaign.name.zh), &bold)?;
    ws.set_row_height(0, 20)?;
    for (i, l) in layout.instructions.iter().enumerate() {
        let row = i as u32 + 2;
        ws.write_string_with_format(row, 0, l, &wrap)?;
        ws.set_row_height(row, lines(l) as f64 * LINE_HEIGHT)?;
    }

    let first = campaign.span.first - chrono::Days::new(60);
    let last = campaign.span.last + chrono::Days::new(90);
    for sheet in &layout.sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&sheet.name)?;
        setup(ws, sheet.columns.len())?;
        for (j, c) in sheet.columns.iter().enumerate() {
            let j = j as u16;
            ws.write_string_with_format(0, j, &c.head, &head)?;
            ws.set_column_width(j, c.width)?;
            if !c.note.is_empty() {
                ws.insert_note(
                    0,
                    j,
                    &Note::new(&c.note)
                        .set_author("fangfei")
                        .add_author_prefix(false),
                )?;
            }
            let list = c
                .choices
                .as_ref()
                .and_then(|name| layout.choices.iter().position(|(n, _)| n == name))
                .map(|i| {
                    let n = layout.choices.get(i).map_or(0, |(_, l)| l.len());
                    let letter = fangfei::annex3::sheet::column_letters(i);
                    // A drop-down that offers the names and takes any other writing
                    // (an information dialog, not a stop): the notes tell a clerk to
                    // type short names and aliases (教育局, 微信, 抖音号), which the
                    // tool reads and judges (issue 29, item 21).
                    DataValidation::new()
                        .allow_list_formula(
                            format!("={CHOICES}!${letter}$2:${letter}${}", n + 1)
                                .as_str()
                                .into(),
                        )
                        .ignore_blank(true)
                        .set_error_style(DataValidationErrorStyle::Information)
                        .set_error_title("不在下拉列表中")
                        .and_then(|v| {
                            v.set_error_message(
                                "简称、别名等其他写法也可填写,点“确定”保留;核查时由 fangfei 判断是否认得。",
                            )
                        })
                });
            let v = match (list.transpose()?, c.value) {
                (Some(v), _) => Some(v),
                (None, Value::Instant | Value::Date) => Some(
                    DataValidation::new()
                        .allow_date(DataValidationRule::Between(
                            excel_day(first)?,
                            excel_day(last)?,
                        ))
                        // Information, not stop: a clerk's `6月9日下午3:10` is text
                        // to Excel, and the tool reads it (issue 29, item 17).
                        .set_error_style(DataValidationErrorStyle::Information)
                        .set_error_title("日期时间")?
                        .set_error_message(format!(
                            "{}年的日期时间,如“{}”;“{}”“{}”等写法也可填写,点“确定”保留,核查时由 fangfei 判断。",
                            campaign.year,
                            campaign.span.first.format("%-m月%-d日 15:10"),
                            campaign.span.first.format("%-m月%-d日下午3:10"),
                            campaign.span.first.format("%-m月%-d日15时10分"),
                        ))?,
                ),
                // The statistics table's counts as the 附件3 template takes them
                // (issue 29, item 22); its free-text column takes anything.
                (None, Value::Raw) if matches!(c.target, Target::TableCell(_)) => Some(
                    DataValidation::new()
                        .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
                        .set_error_title("填写整数")?
                        .set_error_message("请填写非负整数;未开展的项目请填写0。")?,
                ),
                (None, Value::Count) => Some(
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
        if sheet.holds == fangfei::ledger::Holds::Table {
            ws.set_row_height(0, 54)?;
        }
        for (r, cells) in rows(campaign, sheet, records).into_iter().enumerate() {
            let r = r as u32 + 1;
            for (j, c) in cells.into_iter().enumerate() {
                let j = j as u16;
                match c {
                    Cell::Blank => ws.write_blank(r, j, &cell).map(|_| ())?,
                    Cell::Text(t) => ws.write_string_with_format(r, j, t, &cell).map(|_| ())?,
                    Cell::Number(n) => ws
                        .write_number_with_format(r, j, n as f64, &cell)
                        .map(|_| ())?,
                    Cell::Instant(t) => ws
                        .write_datetime_with_format(r, j, excel_instant(t)?, &time)
                        .map(|_| ())?,
                    Cell::Date(d) => ws
                        .write_datetime_with_format(r, j, excel_day(d)?, &day)
                        .map(|_| ())?,
                }
            }
        }
    }

    let ws = wb.add_worksheet();
    ws.set_name(CHOICES)?;
    for (i, (name, list)) in layout.choices.iter().enumerate() {
        let i = i as u16;
        ws.write_string(0, i, name)?;
        for (k, item) in list.iter().enumerate() {
            ws.write_string(k as u32 + 1, i, item)?;
        }
    }
    ws.set_hidden(true);
    crate::tables::print_a4(ws, 0, 0)?;
    Ok(wb)
}

/// The instructions' column width, in characters: a portrait A4 page at 100%.
const INSTRUCTIONS_WIDTH: f64 = 86.0;
/// A wrapped line's height, in points.
const LINE_HEIGHT: f64 = 16.0;

/// How many lines `text` wraps to in the instructions' column (a Chinese character is
/// two columns wide): Excel sizes no row to wrapped text it did not lay out itself.
fn lines(text: &str) -> usize {
    let width = unicode_width::UnicodeWidthStr::width(text) as f64;
    ((width / (INSTRUCTIONS_WIDTH - 2.0)).ceil() as usize).max(1)
}

/// Print setup of the instructions: A4 portrait, one page wide, one wrapped column
/// that fits it (issue 29, item 22: the text ran off the printed page), page numbers.
fn instructions_setup(ws: &mut Worksheet) -> Result<(), XlsxError> {
    ws.set_column_width(0, INSTRUCTIONS_WIDTH)?;
    ws.set_portrait();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_margins(0.6, 0.6, 0.7, 0.7, 0.3, 0.3);
    ws.set_footer("&C第 &P 页,共 &N 页");
    Ok(())
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
