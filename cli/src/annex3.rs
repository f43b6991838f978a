//! `fangfei annex3 check | total | template | schema`.

use std::path::{Path, PathBuf};

use fangfei::annex3::sheet::{read_rows, read_values, total_files, Batch};
use fangfei::annex3::{json_schema, table_of, RowOutcome};
use fangfei::{wire, Campaign, Finding, RuleId, Severity, Text};
use serde_json::{json, Value};

use crate::out::{print_json, print_table, Style};
use crate::tables::{extension, read_csv_table, read_table, write_batch, write_workbook};
use crate::Unusable;

/// Reads one file into a batch of rows (tables or JSON forms).
pub fn read_file(campaign: &Campaign, path: &Path, sheet: Option<&str>) -> Result<Batch, Unusable> {
    read_file_with(campaign, path, sheet, None)
}

/// Reads one file, each row's outcome handed to `each` once final; the batch returned
/// holds the total and the table's findings, and no rows. A CSV is streamed: its rows
/// are never held.
///
/// A file that cannot be read is refused before any row is handed out, so a report
/// written as it goes is never cut short.
fn read_file_each(
    campaign: &Campaign,
    path: &Path,
    sheet: Option<&str>,
    mut each: impl FnMut(RowOutcome) -> Result<(), Unusable>,
) -> Result<Batch, Unusable> {
    read_file_with(campaign, path, sheet, Some(&mut each))
}

/// [`read_file`], or [`read_file_each`] when given `each`.
fn read_file_with(
    campaign: &Campaign,
    path: &Path,
    sheet: Option<&str>,
    mut each: Option<&mut dyn FnMut(RowOutcome) -> Result<(), Unusable>>,
) -> Result<Batch, Unusable> {
    let (mut batch, note) = if extension(path) == "json" {
        let text = crate::files::read_text(path, crate::tables::MAX_FILE_BYTES)?;
        let value: Value = fangfei::json::parse(&text).map_err(|e| Unusable::json(path, &e))?;
        // The text is not needed once parsed, and the rows are taken, never copied
        // (issue 28, class 8: 200,000 forms took 1 GB).
        drop(text);
        let items: Vec<Value> = match value {
            Value::Array(items) => items,
            Value::Object(mut o) if o.get("rows").is_some_and(Value::is_array) => {
                match o.remove("rows") {
                    Some(Value::Array(items)) => items,
                    _ => Vec::new(),
                }
            }
            row @ Value::Object(_) => vec![row],
            // A number, a text or `null` is no table row: refused as what it is.
            other => {
                let got = match other {
                    Value::String(_) => ("文本", "a string"),
                    Value::Number(_) => ("数字", "a number"),
                    Value::Bool(_) => ("布尔值", "a boolean"),
                    _ => ("null", "null"),
                };
                return Err(Unusable::new(
                    "INPUT",
                    format!(
                        "{}:应为一行(对象)或多行(数组),实为{}",
                        path.display(),
                        got.0
                    ),
                    format!(
                        "{}: expected a row (an object) or rows (an array), found {}",
                        path.display(),
                        got.1
                    ),
                ));
            }
        };
        // Rows placed `#n`, as the npm package's validateForms places them: the same
        // forms give the same bytes (a command over several files names the file).
        (read_values(campaign, &items, |n| format!("#{n}")), None)
    } else if matches!(extension(path).as_str(), "csv" | "txt") {
        // Streamed: each row goes to `each` here (taken, so not again below).
        let (batch, encoding) = read_csv_table(campaign, path, each.take())?;
        (batch, encoding.note())
    } else {
        // A workbook's sheet is read whole.
        let (rows, locator, note) = read_table(path, sheet, campaign.statistics_table.as_ref())?;
        (read_rows(campaign, &locator, &rows), note)
    };
    if let Some(each) = each {
        for r in std::mem::take(&mut batch.rows) {
            each(r)?;
        }
    }
    // The encoding assumed for a file that is not UTF-8, said: a reminder (提醒) to
    // look for garbled text, never a verdict of 符合 (issue 29, item 19).
    if let Some(note) = note {
        batch.findings.insert(
            0,
            Finding::new(
                RuleId::INPUT,
                Severity::Info,
                fangfei::Outcome::Fail,
                "",
                note,
            ),
        );
    }
    Ok(batch)
}

/// How much of a big table's findings to print: everything, the counts only
/// (`--summary`), or the counts with every problem written to a CSV file (`--errors`).
#[derive(Default)]
pub struct Detail {
    pub summary: bool,
    pub errors: Option<PathBuf>,
}

/// Every problem (warnings and errors) of tables, as CSV for Excel (UTF-8 with a
/// BOM): 文件, 行, 单位, 位置, 规则, 严重性, 结果, 说明, 依据. Rows are written as they
/// come, each file's rows first and then its table's findings.
///
/// The file is written through [`crate::write::Output`] (marked by its first line,
/// renamed into place when whole), every cell through [`crate::write::csv_cell`].
struct Problems {
    path: PathBuf,
    w: csv::Writer<crate::write::Output>,
    written: usize,
}

impl Problems {
    fn create(path: &Path) -> Result<Problems, Unusable> {
        let out = crate::write::Output::create(path, crate::write::Kind::Csv)?;
        let mut problems = Problems {
            path: path.to_owned(),
            w: csv::Writer::from_writer(out),
            written: 0,
        };
        problems.record([
            "文件",
            "行",
            "单位",
            "位置",
            "规则",
            "严重性",
            "结果",
            "说明",
            "依据",
        ])?;
        Ok(problems)
    }

    fn record<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> Result<(), Unusable> {
        self.w
            .write_record(cells.into_iter().map(|c| match crate::write::csv_cell(c) {
                std::borrow::Cow::Borrowed(c) => std::borrow::Cow::Borrowed(c.as_bytes()),
                std::borrow::Cow::Owned(c) => std::borrow::Cow::Owned(c.into_bytes()),
            }))
            .map_err(|e| Unusable::write(&self.path, &e))
    }

    /// The problems of a row (`row`) or of the table (`None`).
    fn write(
        &mut self,
        file: &str,
        row: Option<&RowOutcome>,
        findings: &[Finding],
    ) -> Result<(), Unusable> {
        let number = row.map(|r| r.row.to_string()).unwrap_or_default();
        let unit = fangfei::shown(row.and_then(|r| r.unit.as_deref()).unwrap_or("")).text;
        for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
            self.record([
                file,
                &number,
                &unit,
                f.place.as_deref().unwrap_or(""),
                f.rule.as_str(),
                f.severity.label(fangfei::Lang::Zh),
                f.verdict(fangfei::Lang::Zh),
                &f.message.zh,
                &f.clause,
            ])?;
            self.written += 1;
        }
        Ok(())
    }

    /// Writes the file out; how many problems it holds.
    fn finish(self) -> Result<(PathBuf, usize), Unusable> {
        let out = self
            .w
            .into_inner()
            .map_err(|e| Unusable::write(&self.path, e.error()))?;
        out.commit()?;
        Ok((self.path, self.written))
    }
}

/// One file's rows and findings counted, as the report's first line says them.
#[derive(Default, Clone, Copy)]
struct Counts {
    rows: usize,
    accepted: usize,
    errors: usize,
    warnings: usize,
    /// An error anywhere: the table, a row or the total.
    has_errors: bool,
}

impl Counts {
    fn findings(&mut self, findings: &[Finding]) {
        for f in findings {
            match f.severity {
                Severity::Error => {
                    self.errors += 1;
                    self.has_errors = true;
                }
                Severity::Warning => self.warnings += 1,
                _ => {}
            }
        }
    }

    fn row(&mut self, r: &RowOutcome) {
        self.rows += 1;
        self.accepted += usize::from(r.accepted);
        self.findings(&r.findings);
    }

    /// The table's own findings and total, after its rows.
    fn table(&mut self, b: &Batch) {
        self.findings(&b.findings);
        self.has_errors |= b
            .totals
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error);
    }

    fn of(b: &Batch) -> Counts {
        let mut counts = Counts::default();
        for r in &b.rows {
            counts.row(r);
        }
        counts.table(b);
        counts
    }
}

/// A file read: its name, its batch and its counts (its rows may have been streamed
/// out and counted, then the batch holds none).
struct FileReport {
    name: String,
    batch: Batch,
    counts: Counts,
}

impl FileReport {
    fn new(name: String, batch: Batch) -> FileReport {
        FileReport {
            counts: Counts::of(&batch),
            name,
            batch,
        }
    }
}

/// Writes every problem of the files' rows and tables to `path` (see [`Problems`]).
fn write_problems(path: &Path, files: &[FileReport]) -> Result<(PathBuf, usize), Unusable> {
    let mut problems = Problems::create(path)?;
    for f in files {
        for r in &f.batch.rows {
            problems.write(&f.name, Some(r), &r.findings)?;
        }
        problems.write(&f.name, None, &f.batch.findings)?;
    }
    problems.finish()
}

/// Prints files' batches and their common total; returns whether any finding is an
/// error. `written` is the problems file and how many it holds (then, as with
/// `summary`, only the counts are printed).
fn report(
    campaign: &Campaign,
    files: &[FileReport],
    grand: Option<&fangfei::annex3::Totals>,
    unusable: &[(String, Unusable)],
    written: Option<(PathBuf, usize)>,
    summary: bool,
    style: Style,
) -> bool {
    let totals = grand.or_else(|| files.first().map(|f| &f.batch.totals));
    let mut has_errors = !unusable.is_empty();
    for f in files {
        has_errors |= f.counts.has_errors;
    }
    if let Some(t) = grand {
        has_errors |= t.findings.iter().any(|f| f.severity == Severity::Error);
    }
    let counts_only = summary || written.is_some();
    for FileReport {
        name: file,
        batch: b,
        counts,
    } in files
    {
        crate::outln!("{}", counts_line(file, counts, style));
        if counts_only {
            continue;
        }
        for f in &b.findings {
            crate::outln!("  {}", style.paint(f.severity, &f.line(style.lang)));
        }
        for r in &b.rows {
            crate::out!("{}", row_lines(r, style));
        }
    }
    for (file, e) in unusable {
        crate::outln!(
            "{}",
            style.paint(
                Severity::Error,
                &match style.lang {
                    fangfei::Lang::Zh => format!("{file}:{}", e.message.zh),
                    fangfei::Lang::En => format!("{file}: [{}] {}", e.code, e.message.en),
                }
            )
        );
    }
    if let Some((path, n)) = &written {
        crate::outln!(
            "{} {n} {} {}",
            style.t("已写出", "wrote"),
            style.t("条问题到", "problems to"),
            path.display()
        );
    }
    if let Some(t) = totals {
        print_totals(campaign, t, style);
    }
    has_errors
}

/// A file's first line in the report: its rows, accepted and rejected, its errors and
/// warnings.
fn counts_line(file: &str, counts: &Counts, style: Style) -> String {
    let Counts {
        rows,
        accepted: acc,
        errors,
        warnings,
        ..
    } = *counts;
    let rej = rows.saturating_sub(acc);
    style.bold(&format!(
        "{file}: {}{rows}{}, {} {acc}, {} {rej}; {} {errors}, {} {warnings}",
        style.t("共 ", ""),
        style.t(" 行", " rows"),
        style.t("通过", "accepted"),
        style.t("退回", "rejected"),
        style.t("错误", "errors"),
        style.t("警告", "warnings")
    ))
}

/// A row's lines in the report (each ending in a newline): its heading and its
/// warnings and errors; nothing for a row accepted without a word.
fn row_lines(r: &RowOutcome, style: Style) -> String {
    use std::fmt::Write as _;
    let shown: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .collect();
    let mut out = String::new();
    if r.accepted && shown.is_empty() {
        return out;
    }
    let status = if r.accepted {
        style.t("通过(有提示)", "accepted, with warnings")
    } else {
        style.t("退回", "rejected")
    };
    // A row by its place, as its findings are placed (第3行 …, 附件3!A4) and a
    // spreadsheet app numbers it (issue 29, items 18 and 19).
    let row = fangfei::report::place_in(&r.place, style.lang);
    // The row's heading is text from the table: one printable, masked line.
    let _ = writeln!(
        out,
        "  {row} {} — {status}",
        crate::out::shown(r.unit.as_deref().unwrap_or("?"))
    );
    for f in shown {
        let _ = writeln!(out, "    {}", style.paint(f.severity, &f.line(style.lang)));
    }
    out
}

/// The rows' part of a text report, kept while the file is read, because the report
/// begins with the counts known only at its end: in memory up to [`Spill::IN_MEMORY`]
/// bytes, then in an anonymous temporary file (issue 28, class 8: a table's findings
/// are never all held; 1,000,000 rows of findings took 2.1 GB held as outcomes).
struct Spill {
    text: String,
    file: Option<std::io::BufWriter<std::fs::File>>,
}

impl Spill {
    /// Bytes of report kept in memory before the rest goes to a temporary file.
    const IN_MEMORY: usize = 4 << 20;

    fn new() -> Spill {
        Spill {
            text: String::new(),
            file: None,
        }
    }

    /// Adds `lines`; past [`Spill::IN_MEMORY`] the text so far moves to a temporary
    /// file (when none can be made, it stays in memory: the report is never lost).
    fn push(&mut self, lines: &str) {
        use std::io::Write as _;
        if let Some(f) = &mut self.file {
            if f.write_all(lines.as_bytes()).is_ok() {
                return;
            }
        }
        self.text.push_str(lines);
        if self.file.is_none() && self.text.len() > Spill::IN_MEMORY {
            if let Ok(file) = tempfile::tempfile() {
                let mut f = std::io::BufWriter::new(file);
                if f.write_all(self.text.as_bytes()).is_ok() {
                    self.text = String::new();
                    self.file = Some(f);
                }
            }
        }
    }

    /// Writes everything pushed to stdout, in order (a closed pipe is not an error).
    fn print(self) {
        use std::io::{Seek as _, Write as _};
        let mut stdout = std::io::stdout().lock();
        if let Some(f) = self.file {
            if let Ok(mut file) = f.into_inner() {
                if file.rewind().is_ok() {
                    let _ = std::io::copy(&mut file, &mut stdout);
                }
            }
        }
        let _ = stdout.write_all(self.text.as_bytes());
    }
}

/// The total of `campaign`'s statistics table, column by column (2021: 全市合计); nothing
/// for a campaign without a table.
pub(crate) fn print_totals(campaign: &Campaign, t: &fangfei::annex3::Totals, style: Style) {
    if campaign.statistics_table.is_none() {
        return;
    }
    let label = campaign.total_label();
    let table = campaign.statistics_table.as_ref();
    crate::outln!();
    // No table accepted: said, not a table of zeros (issue 29, item 19).
    if let (true, Some(table)) = (t.units.is_empty() && t.outside_units.is_empty(), table) {
        let said = match style.lang {
            fangfei::Lang::Zh => format!(":{}", crate::office::none_accepted(&table.name.zh)),
            fangfei::Lang::En => format!(": no {} accepted, nothing to total", table.name.en),
        };
        crate::outln!("{}{said}", style.bold(label.get(style.lang)));
        for f in &t.findings {
            crate::outln!("{}", style.paint(f.severity, &f.line(style.lang)));
        }
        return;
    }
    crate::outln!(
        "{}",
        style.bold(&format!(
            "{}({} {})",
            label.get(style.lang),
            t.units.len(),
            style.t("个单位", "units")
        ))
    );
    let shown = |v: Option<&Option<u64>>| {
        v.copied()
            .flatten()
            .map_or_else(|| style.t("溢出", "overflow").to_owned(), |v| v.to_string())
    };
    let rows: Vec<Vec<String>> = t
        .columns
        .iter()
        .map(|(key, v)| {
            let column = table.and_then(|t| t.column(key));
            let label = match (style.lang, column) {
                (fangfei::Lang::Zh, Some(c)) => c.header_zh(),
                (fangfei::Lang::En, Some(c)) => format!("{} ({key})", c.name.en),
                (_, None) => key.to_owned(),
            };
            let mut row = vec![label, shown(Some(v))];
            if !t.outside_units.is_empty() {
                row.push(shown(t.outside.by_key(key)));
            }
            row
        })
        .collect();
    if t.outside_units.is_empty() {
        print_table(style, &[("栏目", "column"), ("合计", "total")], &rows);
    } else {
        print_table(
            style,
            &[
                ("栏目", "column"),
                ("合计", "total"),
                ("名单外单位(另计)", "off the roster (apart)"),
            ],
            &rows,
        );
        let apart = match style.lang {
            fangfei::Lang::Zh => format!("名单外单位未计入{}:", label.zh),
            fangfei::Lang::En => format!(
                "units off the roster, not in the {}: ",
                label.en.to_lowercase()
            ),
        };
        crate::outln!(
            "{apart}{}",
            t.outside_units
                .iter()
                .map(|u| crate::out::shown(u).into_owned())
                .collect::<Vec<_>>()
                .join(style.t("、", ", "))
        );
    }
    for f in &t.findings {
        crate::outln!("{}", style.paint(f.severity, &f.line(style.lang)));
    }
    if let (false, Some(o)) = (
        t.other_methods.is_empty(),
        table.and_then(|t| t.other.as_ref()),
    ) {
        // A heading: its first letter a capital in English ("Other methods").
        let name = o.name.get(style.lang);
        let mut chars = name.chars();
        let heading: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        crate::outln!("{heading}:");
        for (unit, m) in &t.other_methods {
            crate::outln!("  {}: {}", crate::out::shown(unit), crate::out::shown(m));
        }
    }
}

pub fn check(
    campaign: &Campaign,
    file: &Path,
    sheet: Option<&str>,
    detail: &Detail,
    style: Style,
) -> Result<bool, Unusable> {
    let size = std::fs::metadata(file).map_or(0, |m| m.len());
    let progress = crate::progress::Progress::spinner(
        size,
        format!("{} {}", style.t("核查", "checking"), file.display()),
    );
    let name = file.display().to_string();
    if style.json && detail.errors.is_none() {
        let errors = check_json(campaign, file, sheet);
        drop(progress);
        return errors;
    }
    if detail.summary || detail.errors.is_some() {
        // Only counts are printed: each row is counted, its problems written out, and
        // dropped as it is read (a CSV of any length is never held).
        let mut problems = detail.errors.as_deref().map(Problems::create).transpose()?;
        let mut counts = Counts::default();
        let read = read_file_each(campaign, file, sheet, |r| {
            counts.row(&r);
            match &mut problems {
                Some(p) => p.write(&name, Some(&r), &r.findings),
                None => Ok(()),
            }
        });
        drop(progress);
        let batch = match read {
            Ok(batch) => batch,
            Err(e) => {
                // No problems file is written for a file that could not be read: the
                // temporary one is dropped, a previous one stays as it was.
                drop(problems);
                return Err(e);
            }
        };
        counts.table(&batch);
        let written = match problems {
            Some(mut p) => {
                p.write(&name, None, &batch.findings)?;
                Some(p.finish()?)
            }
            None => None,
        };
        let file = FileReport {
            name,
            batch,
            counts,
        };
        return Ok(report(
            campaign,
            &[file],
            None,
            &[],
            written,
            detail.summary,
            style,
        ));
    }
    // The text report, streamed: each row's lines are rendered as it is read and the
    // outcome dropped; the lines wait in a [`Spill`] until the counts that head the
    // report are known. The bytes are those of [`report`] over the whole batch.
    let mut counts = Counts::default();
    let mut rows = Spill::new();
    let read = read_file_each(campaign, file, sheet, |r| {
        counts.row(&r);
        rows.push(&row_lines(&r, style));
        Ok(())
    });
    drop(progress);
    let batch = read?;
    counts.table(&batch);
    crate::outln!("{}", counts_line(&name, &counts, style));
    for f in &batch.findings {
        crate::outln!("  {}", style.paint(f.severity, &f.line(style.lang)));
    }
    rows.print();
    print_totals(campaign, &batch.totals, style);
    Ok(counts.has_errors)
}

/// `annex3 check --format json`, written as the file is read: the bytes of
/// [`wire::Batch`] for the whole batch (the rows come first, each written and dropped
/// as it is read; then the counts, the total and the table's findings). Returns
/// whether any finding is an error.
fn check_json(campaign: &Campaign, file: &Path, sheet: Option<&str>) -> Result<bool, Unusable> {
    use std::io::Write as _;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut counts = Counts::default();
    // A closed pipe is not an error (as `print_json`): write errors are ignored.
    let batch = read_file_each(campaign, file, sheet, |r| {
        let _ = out.write_all(if counts.rows == 0 {
            b"{\"rows\":["
        } else {
            b","
        });
        counts.row(&r);
        let _ = serde_json::to_writer(&mut out, &wire::Row::from(r));
        Ok(())
    })?;
    if counts.rows == 0 {
        let _ = out.write_all(b"{\"rows\":[");
    }
    counts.table(&batch);
    let mut tail = wire::Batch::from(batch);
    tail.accepted = counts.accepted;
    tail.rejected = counts.rows.saturating_sub(counts.accepted);
    crate::out::end_streamed_json(&mut out, "rows", &tail);
    Ok(counts.has_errors)
}

/// The table files of the inputs: files as given, folders' .csv/.xlsx/.xls/.ods/.json
/// files in name order.
fn expand(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Unusable> {
    let mut out = Vec::new();
    for p in inputs {
        // A missing path or a link loop is refused before any file is read, as
        // `check` and `audit` refuse it, never counted as an empty table.
        let meta = std::fs::metadata(p).map_err(|e| Unusable::io(p, &e))?;
        if meta.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| Unusable::io(p, &e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.is_file()
                        && ["csv", "xlsx", "xls", "ods", "json"].contains(&extension(f).as_str())
                })
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

pub fn total(
    campaign: &Campaign,
    inputs: &[PathBuf],
    sheet: Option<&str>,
    xlsx: Option<&Path>,
    detail: &Detail,
    style: Style,
) -> Result<bool, Unusable> {
    let files = expand(inputs)?;
    if files.is_empty() {
        return Err(Unusable::new(
            "INPUT",
            "所给的文件和文件夹中没有表格文件(.csv、.xlsx、.xls、.ods、.json)",
            "no table files (.csv, .xlsx, .xls, .ods, .json) in the inputs",
        ));
    }
    let mut batches = Vec::new();
    let mut unusable = Vec::new();
    let progress = crate::progress::Progress::files(files.len() as u64);
    for f in &files {
        progress.say(f.display().to_string());
        match read_file(campaign, f, sheet) {
            Ok(b) => batches.push((f.display().to_string(), b)),
            Err(e) => unusable.push((f.display().to_string(), e)),
        }
        progress.step();
    }
    drop(progress);
    // One total over every file, so a unit that appears in two files is caught too.
    let grand = total_files(campaign, &mut batches);
    if let Some(out) = xlsx {
        let table = table_of(campaign).map_err(|f| Unusable::text(f.rule, f.message))?;
        write_batch(out, campaign, table, &batches, &grand)?;
    }
    if style.json && detail.errors.is_none() {
        let errors = !unusable.is_empty()
            || batches.iter().any(|(_, b)| b.has_errors())
            || grand.findings.iter().any(|f| f.severity == Severity::Error);
        let unreadable = unusable
            .into_iter()
            .map(|(file, e)| {
                Finding::error(
                    RuleId::INPUT,
                    fangfei::Path::root(),
                    Text::new(format!("文件无法读取:{}", e.message.zh), e.message.en),
                )
                .at(file)
            })
            .collect();
        print_json(&wire::Files::new(batches, unreadable, grand));
        return Ok(errors);
    }
    let files: Vec<FileReport> = batches
        .into_iter()
        .map(|(name, batch)| FileReport::new(name, batch))
        .collect();
    let written = detail
        .errors
        .as_deref()
        .map(|p| write_problems(p, &files))
        .transpose()?;
    Ok(report(
        campaign,
        &files,
        Some(&grand),
        &unusable,
        written,
        detail.summary,
        style,
    ))
}

pub fn template(campaign: &Campaign, out: &Path, style: Style) -> Result<bool, Unusable> {
    let table = table_of(campaign).map_err(|f| Unusable::text(f.rule, f.message))?;
    write_workbook(out, table, &[], None)?;
    if style.json {
        print_json(&json!({ "written": out.display().to_string(), "findings": [] }));
    } else {
        crate::outln!(
            "{} {}",
            style.t("已写出空白统计表:", "Blank table written:"),
            out.display()
        );
    }
    Ok(false)
}

pub fn schema(campaign: &Campaign, bounds: bool) -> Result<bool, Unusable> {
    let schema = json_schema(campaign, bounds).map_err(|f| Unusable::text(f.rule, f.message))?;
    print_json(&schema);
    Ok(false)
}
