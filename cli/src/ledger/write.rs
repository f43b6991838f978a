//! Writing the ledger: `fangfei ledger template`.

use super::*;

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
    // Examples of how to write a time: a day of the campaign.
    let example = campaign.span.first;
    let mut lines: Vec<String> = vec![
        format!("依据:{}({})", campaign.name.zh, campaign.document_number),
        "用法:每收到一份材料、一件作品、一场活动,在对应工作表记一行;单位可下拉选择,简称、全称均可。".into(),
        format!("时间写作“{}”“{}”或“{}”,也可用Excel日期单元格;未写年份的按活动年度计。", example.format("%Y-%m-%d 15:10"), example.format("%Y/%-m/%-d 15:10"), example.format("%-m月%-d日 15:10")),
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
                            "请填写{}年的日期时间,如 {}。",
                            campaign.year,
                            campaign.span.first.format("%Y-%m-%d 15:10")
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
