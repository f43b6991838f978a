//! `fangfei annex3 check | total | template | schema`.

use std::path::{Path, PathBuf};

use fangfei::annex3::sheet::{combine, read_rows, read_values, total_files, Batch};
use fangfei::annex3::{json_schema, Field};
use fangfei::{wire, Campaign, Finding, RuleId, Severity, Text};
use serde_json::{json, Value};

use crate::out::{print_json, print_table, Style};
use crate::tables::{extension, read_csv_table, read_table, write_batch, write_workbook};
use crate::Unusable;

/// Reads one file into a batch of rows (tables or JSON forms).
pub fn read_file(campaign: &Campaign, path: &Path, sheet: Option<&str>) -> Result<Batch, Unusable> {
    if extension(path) == "json" {
        let text = crate::files::read_text(path, crate::tables::MAX_FILE_BYTES)?;
        let value: Value = fangfei::json::parse(&text).map_err(|e| Unusable::json(path, &e))?;
        let items: Vec<Value> = match value {
            Value::Array(items) => items,
            Value::Object(ref o) if o.get("rows").is_some_and(Value::is_array) => o
                .get("rows")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
            other => vec![other],
        };
        // Rows placed `#n`, as the npm package's validateForms places them: the same
        // forms give the same bytes (a command over several files names the file).
        return Ok(read_values(campaign, &items, |n| format!("#{n}")));
    }
    // A CSV is streamed row by row; a workbook's sheet is read whole.
    let (mut batch, note) = if matches!(extension(path).as_str(), "csv" | "txt") {
        let (batch, encoding) = read_csv_table(campaign, path)?;
        (batch, encoding.note())
    } else {
        let (rows, locator, note) = read_table(path, sheet)?;
        (read_rows(campaign, &locator, &rows), note)
    };
    // The encoding assumed for a file that is not UTF-8, said.
    if let Some(note) = note {
        batch.findings.insert(
            0,
            Finding::new(
                RuleId::Input,
                Severity::Info,
                fangfei::Outcome::Pass,
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

/// Every problem (warnings and errors) of the batches, as CSV for Excel (UTF-8 with a
/// BOM): 文件, 行, 单位, 位置, 规则, 严重性, 结果, 说明, 依据. Returns how many rows.
fn write_errors(path: &Path, files: &[(String, Batch)]) -> Result<usize, Unusable> {
    let file = std::fs::File::create(path).map_err(|e| Unusable::io(path, &e))?;
    let mut out = std::io::BufWriter::new(file);
    std::io::Write::write_all(&mut out, "\u{feff}".as_bytes())
        .map_err(|e| Unusable::io(path, &e))?;
    let mut w = csv::Writer::from_writer(out);
    let fail = |e: csv::Error| Unusable::write(path, &e);
    w.write_record([
        "文件",
        "行",
        "单位",
        "位置",
        "规则",
        "严重性",
        "结果",
        "说明",
        "依据",
    ])
    .map_err(fail)?;
    let mut n = 0;
    for (name, b) in files {
        let table = b.findings.iter().map(|f| (None, f));
        let rows = b
            .rows
            .iter()
            .flat_map(|r| r.findings.iter().map(move |f| (Some(r), f)));
        for (r, f) in table
            .chain(rows)
            .filter(|(_, f)| f.severity >= Severity::Warning)
        {
            w.write_record([
                name.as_str(),
                &r.map(|r| r.row.to_string()).unwrap_or_default(),
                &fangfei::quiz::mask_digits(r.and_then(|r| r.unit.as_deref()).unwrap_or("")),
                f.place.as_deref().unwrap_or(""),
                f.rule.as_str(),
                f.severity.label(fangfei::Lang::Zh),
                f.verdict(fangfei::Lang::Zh),
                &f.message.zh,
                &f.clause,
            ])
            .map_err(fail)?;
            n += 1;
        }
    }
    w.flush().map_err(|e| Unusable::io(path, &e))?;
    Ok(n)
}

/// Prints batches (one per file) and their common total; returns whether any finding
/// is an error.
fn report(
    files: &[(String, Batch)],
    grand: Option<&fangfei::annex3::Totals>,
    unusable: &[(String, Unusable)],
    detail: &Detail,
    style: Style,
) -> Result<bool, Unusable> {
    let totals = grand.or_else(|| files.first().map(|(_, b)| &b.totals));
    let mut has_errors = !unusable.is_empty();
    for (_, b) in files {
        has_errors |= b.has_errors();
    }
    if let Some(t) = grand {
        has_errors |= t.findings.iter().any(|f| f.severity == Severity::Error);
    }
    let written = detail
        .errors
        .as_deref()
        .map(|p| write_errors(p, files).map(|n| (p, n)))
        .transpose()?;
    let counts_only = detail.summary || written.is_some();
    for (file, b) in files {
        let (acc, rej) = b.counts();
        let all = || {
            b.findings
                .iter()
                .chain(b.rows.iter().flat_map(|r| &r.findings))
        };
        let errors = all().filter(|f| f.severity == Severity::Error).count();
        let warnings = all().filter(|f| f.severity == Severity::Warning).count();
        crate::outln!(
            "{}",
            style.bold(&format!(
                "{file}: {} {} {}, {} {acc}, {} {rej}; {} {errors}, {} {warnings}",
                style.t("共", "rows:"),
                b.rows.len(),
                style.t("行", ""),
                style.t("通过", "accepted"),
                style.t("退回", "rejected"),
                style.t("错误", "errors"),
                style.t("警告", "warnings")
            ))
        );
        if counts_only {
            continue;
        }
        for f in &b.findings {
            crate::outln!("  {}", style.paint(f.severity, &f.line(style.lang)));
        }
        for r in &b.rows {
            let shown: Vec<&Finding> = r
                .findings
                .iter()
                .filter(|f| f.severity >= Severity::Warning)
                .collect();
            if r.accepted && shown.is_empty() {
                continue;
            }
            let status = if r.accepted {
                style.t("通过(有提示)", "accepted, with warnings")
            } else {
                style.t("退回", "rejected")
            };
            let row = match style.lang {
                fangfei::Lang::Zh => format!("第{}行", r.row),
                fangfei::Lang::En => format!("row {}", r.row),
            };
            crate::outln!("  {row} {} — {status}", r.unit.as_deref().unwrap_or("?"));
            for f in shown {
                crate::outln!("    {}", style.paint(f.severity, &f.line(style.lang)));
            }
        }
    }
    for (file, e) in unusable {
        crate::outln!(
            "{}",
            style.paint(
                Severity::Error,
                &format!("{file}: [{}] {}", e.code, e.message.get(style.lang))
            )
        );
    }
    if let Some((path, n)) = written {
        crate::outln!(
            "{} {n} {} {}",
            style.t("已写出", "wrote"),
            style.t("条问题到", "problems to"),
            path.display()
        );
    }
    if let Some(t) = totals {
        print_totals(t, style);
    }
    Ok(has_errors)
}

pub(crate) fn print_totals(t: &fangfei::annex3::Totals, style: Style) {
    crate::outln!();
    crate::outln!(
        "{}",
        style.bold(&format!(
            "{}({} {})",
            style.t("全市合计", "City total"),
            t.units.len(),
            style.t("个单位", "units")
        ))
    );
    let rows: Vec<Vec<String>> = Field::ALL
        .iter()
        .map(|f| {
            let v = t
                .columns
                .get(f)
                .copied()
                .flatten()
                .map_or_else(|| style.t("溢出", "overflow").to_owned(), |v| v.to_string());
            let label = match style.lang {
                fangfei::Lang::Zh => f.header_zh(),
                fangfei::Lang::En => format!("{} ({})", f.label_en(), f.name()),
            };
            let mut row = vec![label, v];
            if !t.outside_units.is_empty() {
                row.push(
                    t.outside
                        .get(f)
                        .copied()
                        .flatten()
                        .map_or_else(|| style.t("溢出", "overflow").to_owned(), |v| v.to_string()),
                );
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
        crate::outln!(
            "{}{}",
            style.t(
                "名单外单位未计入全市合计:",
                "units off the roster, not in the city total: "
            ),
            t.outside_units
                .iter()
                .map(|u| fangfei::printable(u).into_owned())
                .collect::<Vec<_>>()
                .join(style.t("、", ", "))
        );
    }
    for f in &t.findings {
        crate::outln!("{}", style.paint(f.severity, &f.line(style.lang)));
    }
    if !t.other_methods.is_empty() {
        crate::outln!("{}:", style.t("其他创新宣传方式", "Other methods"));
        for (unit, m) in &t.other_methods {
            crate::outln!("  {unit}: {m}");
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
    let batch = read_file(campaign, file, sheet)?;
    drop(progress);
    if style.json && detail.errors.is_none() {
        let errors = batch.has_errors();
        print_json(&wire::Batch::from(batch));
        return Ok(errors);
    }
    report(
        &[(file.display().to_string(), batch)],
        None,
        &[],
        detail,
        style,
    )
}

/// The table files of the inputs: files as given, folders' .csv/.xlsx/.xls/.ods/.json
/// files in name order.
fn expand(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Unusable> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
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
        let combined = combine(&batches, grand.clone());
        write_batch(out, campaign, &combined).map_err(|e| Unusable::write(out, &e))?;
    }
    if style.json && detail.errors.is_none() {
        let errors = !unusable.is_empty()
            || batches.iter().any(|(_, b)| b.has_errors())
            || grand.findings.iter().any(|f| f.severity == Severity::Error);
        let unreadable = unusable
            .into_iter()
            .map(|(file, e)| {
                Finding::error(
                    RuleId::Input,
                    fangfei::Path::root(),
                    Text::new(format!("文件无法读取:{}", e.message.zh), e.message.en),
                )
                .at(file)
            })
            .collect();
        print_json(&wire::Files::new(batches, unreadable, grand));
        return Ok(errors);
    }
    report(&batches, Some(&grand), &unusable, detail, style)
}

pub fn template(campaign: &Campaign, out: &Path, style: Style) -> Result<bool, Unusable> {
    write_workbook(out, campaign.year, &[], None).map_err(|e| Unusable::write(out, &e))?;
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
    print_json(&json_schema(bounds.then_some(campaign)));
    Ok(false)
}
