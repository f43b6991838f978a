//! The report as a print-ready workbook.

use super::*;

/// The report as a workbook: 总表 (the matrix, coloured), 考评 (for a plan with an
/// evaluation, [`Campaign::evaluates`]), 问题清单, 未报单位,
/// the tables sent back and their total when the campaign has a table (2021: 附件3退回,
/// 全市合计), 日程 and, when there is any, 催报 — each A4 landscape, one page wide, its
/// header repeated.
///
/// # Errors
///
/// [`crate::Unusable`] from the writer or the output's checks ([`crate::write`]).
pub fn write_xlsx(path: &Path, office: &Office<'_>) -> Result<(), crate::Unusable> {
    let mut wb = workbook(office).map_err(|e| crate::Unusable::xlsx(path, &e))?;
    crate::write::xlsx(path, &mut wb)
}

/// The workbook of [`write_xlsx`].
fn workbook(office: &Office<'_>) -> Result<Workbook, XlsxError> {
    let c = office.campaign;
    let a = office.audit;
    let mut wb = Workbook::new();
    wb.set_properties(&crate::write::properties(
        rust_xlsxwriter::DocProperties::new(),
    ));
    let title = Format::new().set_bold().set_font_size(14);
    let head = crate::tables::header_format("#DDEBF7");
    let cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let group = Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_background_color("#F2F2F2");
    let centered = |bg: &str, fg: &str| {
        Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Center)
            .set_background_color(bg)
            .set_font_color(fg)
    };
    let mark_format = |class: &str| match class {
        "pass" => centered("#C6EFCE", "#006100"),
        "fail" => centered("#FFC7CE", "#9C0006").set_bold(),
        "warn" => centered("#FFEB9C", "#9C5700"),
        "pending" => centered("#DDEBF7", "#1F4E79"),
        "unknown" => centered("#EDEDED", "#444444"),
        _ => centered("#FFFFFF", "#777777"),
    };
    let subtitle = match &c.document_number {
        Some(n) => format!("{n} · 核查时点 {}", a.as_of.as_deadline()),
        None => format!("核查时点 {}", a.as_of.as_deadline()),
    };

    // 总表
    let rules = office.rules();
    let ws = wb.add_worksheet();
    ws.set_name("总表")?;
    ws.write_string_with_format(0, 0, format!("{}核查总表", c.name.zh), &title)?;
    ws.write_string(1, 0, &subtitle)?;
    ws.write_string_with_format(3, 0, "单位", &head)?;
    ws.set_column_width(0, 18)?;
    for (i, r) in rules.iter().enumerate() {
        let col = i as u16 + 1;
        ws.write_string_with_format(3, col, (i + 1).to_string(), &head)?;
        ws.set_column_width(col, 3.6)?;
        let _ = r;
    }
    // The table's column (2021: 附件3), as wide as its label.
    let statistics = office.table();
    let a3col = rules.len() as u16 + 1;
    if let Some(t) = &statistics {
        ws.write_string_with_format(3, a3col, &t.short, &head)?;
        let width = unicode_width::UnicodeWidthStr::width(t.short.as_str()) + 1;
        ws.set_column_width(a3col, width.max(6) as f64)?;
    }
    // Whether the unit sent anything, in a column of its own: the unit cell holds its
    // name alone, for VLOOKUP and filters (issue 29, item 23).
    let sent_col = if statistics.is_some() {
        a3col + 1
    } else {
        a3col
    };
    ws.write_string_with_format(3, sent_col, "未报", &head)?;
    ws.set_column_width(sent_col, 6)?;
    let last = sent_col;
    let mut row: u32 = 4;
    for (name, list) in office.groups() {
        let heading = format!("{name}({})", list.len());
        if last == 0 {
            ws.write_string_with_format(row, 0, &heading, &group)?;
        } else {
            ws.merge_range(row, 0, row, last, &heading, &group)?;
        }
        row += 1;
        for u in list {
            ws.write_string_with_format(row, 0, &u.report.unit, &cell)?;
            let none = if u.source.is_empty() { "未报" } else { "" };
            ws.write_string_with_format(row, sent_col, none, &cell)?;
            for (i, r) in rules.iter().enumerate() {
                let m = office.mark(u, *r);
                ws.write_string_with_format(row, i as u16 + 1, m.symbol, &mark_format(m.class))?;
            }
            if statistics.is_some() {
                let m = office.annex3_mark(u);
                ws.write_string_with_format(row, a3col, m.symbol, &mark_format(m.class))?;
            }
            row += 1;
        }
    }
    // A filter over the matrix too (by 未报, by a rule's mark): a clerk's walk found the
    // one list sheet without it (issue 29, item 23).
    ws.autofilter(3, 0, row.saturating_sub(1).max(3), last)?;
    row += 1;
    let legend: Vec<String> = LEGEND
        .iter()
        .map(|(m, l)| format!("{} {l}", m.symbol))
        .collect();
    ws.write_string(row, 0, format!("图例:{}", legend.join("  ")))?;
    row += 1;
    // Said once, under the legend, when a number was masked (issue 28).
    if office.masked() {
        ws.write_string(row, 0, fangfei::MASKED_NOTE.0)?;
        row += 1;
    }
    for (i, r) in rules.iter().enumerate() {
        ws.write_string(row, 0, format!("{} {r} {}", i + 1, office.title(*r)))?;
        row += 1;
    }
    crate::tables::print_a4(ws, 3, 3)?;
    ws.set_freeze_panes(4, 1)?;

    // 考评, for a plan with an evaluation.
    let evaluates = c.evaluates();
    if evaluates {
        let ws = wb.add_worksheet();
        ws.set_name("考评")?;
        let effects: Vec<Vec<String>> = [(Effect::Deduction, "减分"), (Effect::Bonus, "加分")]
            .iter()
            .flat_map(|(e, label)| {
                office.effects(*e).into_iter().map(move |f| {
                    vec![
                        f.unit.clone().unwrap_or_default(),
                        (*label).to_owned(),
                        office.title(f.rule),
                        f.message.zh.clone(),
                        f.clause.clone(),
                    ]
                })
            })
            .collect();
        table(
            ws,
            "年度考评减分与加分",
            &subtitle,
            &[
                ("单位", 18.0),
                ("考评", 6.0),
                ("事项", 20.0),
                ("原因", 70.0),
                ("依据", 14.0),
            ],
            &effects,
            &head,
            &cell,
            &title,
        )?;
    }

    // 问题清单
    let ws = wb.add_worksheet();
    ws.set_name("问题清单")?;
    let mut problems: Vec<Vec<String>> = office
        .input_findings()
        .into_iter()
        .map(|f| {
            let mut row = vec![
                f.unit.clone().unwrap_or_default(),
                "材料读取".into(),
                f.verdict(Lang::Zh).into(),
                format!(
                    "{}{}",
                    f.place
                        .as_deref()
                        .map(|p| format!("{p}:"))
                        .unwrap_or_default(),
                    f.message.zh
                ),
            ];
            if evaluates {
                row.push(String::new());
            }
            row
        })
        .collect();
    for (_, list) in office.groups() {
        for u in list {
            for f in office.problems(u) {
                let mut row = vec![
                    u.report.unit.clone(),
                    office.title(f.rule),
                    f.verdict(Lang::Zh).to_owned(),
                    f.message.zh.clone(),
                ];
                if evaluates {
                    row.push(match f.effect {
                        Effect::None => String::new(),
                        e => e.label(Lang::Zh).to_owned(),
                    });
                }
                problems.push(row);
            }
        }
    }
    let mut columns = vec![
        ("单位", 18.0),
        ("事项", 20.0),
        ("结果", 8.0),
        ("说明", 80.0),
    ];
    if evaluates {
        columns.push(("考评", 6.0));
    }
    table(
        ws,
        "各单位问题清单",
        &subtitle,
        &columns,
        &problems,
        &head,
        &cell,
        &title,
    )?;

    // 未报单位
    let ws = wb.add_worksheet();
    ws.set_name("未报单位")?;
    let missing: Vec<Vec<String>> = office
        .missing()
        .iter()
        .map(|m| vec![(*m).to_owned()])
        .collect();
    table(
        ws,
        "未报单位",
        &subtitle,
        &[("单位", 30.0)],
        &missing,
        &head,
        &cell,
        &title,
    )?;

    // The tables sent back (2021: 附件3退回), when the campaign has a table.
    if let Some(t) = &statistics {
        let ws = wb.add_worksheet();
        ws.set_name(fangfei::ledger::sheet_name(
            &format!("{}退回", t.short),
            "统计表退回",
        ))?;
        let returned: Vec<Vec<String>> = office
            .returned_tables()
            .iter()
            .map(|r| {
                let why: Vec<String> = r
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .map(|f| f.message.zh.clone())
                    .collect();
                vec![office.table_unit(r), why.join(";")]
            })
            .collect();
        table(
            ws,
            &format!("{}退回", t.name.zh),
            &subtitle,
            &[("单位", 18.0), ("退回原因", 100.0)],
            &returned,
            &head,
            &cell,
            &title,
        )?;
    }

    // The total (2021: 全市合计).
    if let (Some(t), Some(words)) = (
        office
            .totals()
            .filter(|t| t.units == 0 && t.outside_units.is_empty()),
        &statistics,
    ) {
        // No table accepted: said, not a table of zeros (issue 29, item 19).
        let ws = wb.add_worksheet();
        ws.set_name(fangfei::ledger::sheet_name(&t.label, "合计"))?;
        ws.write_string_with_format(0, 0, format!("{}{}", t.table, t.label), &title)?;
        ws.write_string(1, 0, &subtitle)?;
        ws.write_string(3, 0, super::none_accepted(&words.name.zh))?;
        crate::tables::print_a4(ws, 3, 3)?;
    } else if let Some(t) = office.totals() {
        let ws = wb.add_worksheet();
        ws.set_name(fangfei::ledger::sheet_name(&t.label, "合计"))?;
        let apart = !t.outside_units.is_empty();
        let shown = |v: Option<u64>| v.map_or_else(|| "溢出".to_owned(), |v| v.to_string());
        let rows: Vec<Vec<String>> = t
            .columns
            .iter()
            .map(|(label, v, outside)| {
                let mut row = vec![label.clone(), shown(*v)];
                if apart {
                    row.push(shown(*outside));
                }
                row
            })
            .collect();
        let mut cols = vec![("栏目", 40.0), ("合计", 14.0)];
        if apart {
            cols.push(("名单外单位(另计)", 18.0));
        }
        table(
            ws,
            &format!("{}{}({}个单位)", t.table, t.label, t.units),
            &subtitle,
            &cols,
            &rows,
            &head,
            &cell,
            &title,
        )?;
        // Numbers as numbers.
        let number = cell.clone().set_num_format("#,##0");
        for (i, (_, v, outside)) in t.columns.iter().enumerate() {
            for (c, v) in [(1, v), (2, outside)] {
                if let Some(v) = v.filter(|v| *v <= 1 << 53).filter(|_| c == 1 || apart) {
                    ws.write_number_with_format(i as u32 + 4, c, v as f64, &number)?;
                }
            }
        }
        if apart {
            let r = t.columns.len() as u32 + 5;
            ws.write_string(
                r,
                0,
                format!(
                    "不在单位名单中、另行合计的单位:{}",
                    t.outside_units.join("、")
                ),
            )?;
        }
    }

    // 日程
    let ws = wb.add_worksheet();
    ws.set_name("日程")?;
    let days: Vec<Vec<String>> = office
        .calendar()
        .into_iter()
        .map(|d| vec![d.day, d.time, d.what, d.note])
        .collect();
    table(
        ws,
        "活动日程",
        &c.name.zh,
        &[
            ("日期", 12.0),
            ("时间", 8.0),
            ("事项", 50.0),
            ("备注", 40.0),
        ],
        &days,
        &head,
        &cell,
        &title,
    )?;

    // 催报
    let due = office.due_soon();
    if !due.is_empty() {
        let ws = wb.add_worksheet();
        ws.set_name("催报")?;
        let rows: Vec<Vec<String>> = due
            .iter()
            .map(|d| {
                vec![
                    d.unit.to_owned(),
                    d.name.zh.clone(),
                    d.cutoff.as_deadline(),
                    d.duty.clause.clone(),
                ]
            })
            .collect();
        table(
            ws,
            "催报:一天内到期尚未收到",
            &subtitle,
            &[
                ("单位", 18.0),
                ("材料", 30.0),
                ("截止时间", 18.0),
                ("依据", 14.0),
            ],
            &rows,
            &head,
            &cell,
            &title,
        )?;
    }
    Ok(wb)
}

/// A titled table from row 4 on, printed A4 landscape one page wide.
#[allow(clippy::too_many_arguments)]
fn table(
    ws: &mut Worksheet,
    name: &str,
    subtitle: &str,
    cols: &[(&str, f64)],
    rows: &[Vec<String>],
    head: &Format,
    cell: &Format,
    title: &Format,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, name, title)?;
    ws.write_string(1, 0, subtitle)?;
    for (j, (h, w)) in cols.iter().enumerate() {
        ws.write_string_with_format(3, j as u16, *h, head)?;
        ws.set_column_width(j as u16, *w)?;
    }
    for (i, r) in rows.iter().enumerate() {
        for (j, v) in r.iter().enumerate() {
            ws.write_string_with_format(i as u32 + 4, j as u16, v, cell)?;
        }
    }
    if rows.is_empty() {
        ws.write_string(4, 0, "无")?;
    } else if let Some(last) = cols.len().checked_sub(1) {
        // A list: Excel's filter on its header row (issue 29, item 23).
        ws.autofilter(3, 0, 3 + rows.len() as u32, last as u16)?;
    }
    crate::tables::print_a4(ws, 3, 3)?;
    ws.set_freeze_panes(4, 0)?;
    Ok(())
}
