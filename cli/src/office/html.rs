//! The report as one self-contained HTML page that prints on A4.

use super::*;

/// Text for the page: shown printable (a control character as its picture), escaped.
fn esc(s: &str) -> String {
    fangfei::escape_xml(&fangfei::printable(s))
}

const CSS: &str = r#"
@page { size: A4 landscape; margin: 10mm 10mm 12mm;
  @bottom-center { content: "第 " counter(page) " 页,共 " counter(pages) " 页"; font-size: 8pt; color: #555; } }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "SimSun", sans-serif; font-size: 10.5pt; color: #111; margin: 0 auto; max-width: 277mm; padding: 0 2mm; }
h1 { font-size: 16pt; text-align: center; margin: 4mm 0 1mm; }
.sub { text-align: center; color: #444; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 1mm; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { border: 0.6pt solid #999; padding: 0.8mm 1.2mm; vertical-align: top; }
th { background: #ddebf7; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.matrix { font-size: 8.5pt; table-layout: fixed; }
.matrix th, .matrix td { padding: 0.5mm 0.3mm; text-align: center; }
.matrix td.unit, .matrix th.unit { text-align: left; width: 36mm; padding-left: 1mm; }
.matrix tr.group td { background: #f2f2f2; font-weight: bold; text-align: left; }
.pass { background: #c6efce; color: #006100; }
.fail { background: #ffc7ce; color: #9c0006; font-weight: bold; }
.warn { background: #ffeb9c; color: #9c5700; }
.pending { background: #ddebf7; color: #1f4e79; }
.unknown { background: #ededed; color: #444; }
.noted, .na { color: #777; }
.legend span { display: inline-block; margin-right: 4mm; }
.legend b { display: inline-block; min-width: 5mm; text-align: center; }
.matrix tfoot td { text-align: left; font-size: 8pt; padding: 0.8mm 1mm; background: #fff; }
.rules span { display: inline-block; margin-right: 3mm; white-space: nowrap; }
/* 催报: the material, its deadline and clause on one line each; the units wrap. */
.due td:nth-child(-n+3), .due th:nth-child(-n+3) { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.summary td { width: 25%; }
ul.problems { margin: 0 0 2mm; padding-left: 6mm; }
.muted { color: #555; }
.sign { margin-top: 8mm; text-align: right; }
@media screen { body { padding: 4mm; } }
"#;

/// The report as one self-contained HTML page (no script, no outside resource).
pub fn html(office: &Office<'_>) -> String {
    let c = office.campaign;
    let a = office.audit;
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"icon\" href=\"data:,\"><title>{} 核查报告</title><style>{CSS}</style></head><body>\n",
        esc(&c.name.zh)
    );
    let _ = writeln!(h, "<h1>{}核查报告</h1>", esc(&c.name.zh));
    let _ = writeln!(
        h,
        "<p class=\"sub\">{}</p>",
        esc(&[
            c.document_number.clone().unwrap_or_default(),
            format!("核查时点 {}", a.as_of.as_deadline()),
            c.issuer.clone().unwrap_or_default(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · "))
    );

    // 概况
    let units: usize = office.groups().iter().map(|(_, g)| g.len()).sum();
    let missing = office.missing();
    let (acc, rej) = a.annex3.as_ref().map_or((0, 0), |b| b.counts());
    let table = office.table();
    let ded = office.effects(Effect::Deduction);
    let bon = office.effects(Effect::Bonus);
    let _ = writeln!(h, "<h2>概况</h2><table class=\"summary\"><tbody>");
    let _ = writeln!(
        h,
        "<tr><th>核查单位</th><td class=\"num\">{units}</td><th>未报单位</th><td class=\"num\">{}</td></tr>",
        missing.len()
    );
    // The evaluation's counts and sections only for a plan with an evaluation.
    let evaluates = c.evaluates();
    if evaluates {
        let _ = writeln!(
            h,
            "<tr><th>年度考评减分</th><td class=\"num\">{}</td><th>年度考评加分</th><td class=\"num\">{}</td></tr>",
            ded.len(),
            bon.len()
        );
    }
    if let Some(t) = &table {
        let name = esc(&t.name.zh);
        let _ = write!(
            h,
            "<tr><th>{name}通过</th><td class=\"num\">{acc}</td><th>{name}退回</th><td class=\"num\">{rej}</td></tr>"
        );
    }
    let _ = writeln!(h, "</tbody></table>");

    // 催报
    let due = office.due_soon_by_material();
    if !due.is_empty() {
        let n: usize = due.iter().map(|(_, units)| units.len()).sum();
        let _ = writeln!(h, "<h2>催报:一天内到期尚未收到({n})</h2>");
        let _ = writeln!(h, "<table class=\"due\"><thead><tr><th>材料</th><th>截止时间</th><th>依据</th><th>尚未收到的单位</th></tr></thead><tbody>");
        for (d, units) in &due {
            let names: Vec<String> = units.iter().map(|u| esc(u)).collect();
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}({})</td></tr>",
                esc(&d.name.zh),
                d.cutoff.as_deadline(),
                esc(&d.duty.clause),
                names.join("、"),
                names.len()
            );
        }
        let _ = writeln!(h, "</tbody></table>");
    }

    // 单位×规则总表
    let rules = office.rules();
    // The matrix's section holds its legend — the marks and the rules' titles by
    // number — in the table's foot, which a browser prints under the matrix on each of
    // its pages (issue 29, item 23): no page of marks without their key.
    let _ = writeln!(h, "<section class=\"matrix-page\"><h2>单位×规则总表</h2>");
    let _ = write!(
        h,
        "<table class=\"matrix\"><thead><tr><th class=\"unit\">单位</th>"
    );
    for (i, r) in rules.iter().enumerate() {
        let _ = write!(
            h,
            "<th title=\"{} {}\">{}</th>",
            r,
            esc(&office.title(*r)),
            i + 1
        );
    }
    if let Some(t) = &table {
        let _ = write!(
            h,
            "<th title=\"{}\">{}</th>",
            esc(&t.name.zh),
            esc(&t.short)
        );
    }
    let _ = writeln!(h, "</tr></thead>");
    let columns = rules.len() + 1 + usize::from(table.is_some());
    let _ = write!(
        h,
        "<tfoot><tr><td colspan=\"{columns}\"><p class=\"legend\">"
    );
    for (m, label) in LEGEND {
        let _ = write!(
            h,
            "<span><b class=\"{}\">{}</b> {label}</span>",
            m.class, m.symbol
        );
    }
    let _ = write!(h, "</p><p class=\"rules\">");
    for (i, r) in rules.iter().enumerate() {
        let _ = write!(h, "<span>{} {}</span>", i + 1, esc(&office.title(*r)));
    }
    if let Some(t) = &table {
        let _ = write!(h, "<span>{} {}</span>", esc(&t.short), esc(&t.name.zh));
    }
    let _ = writeln!(h, "</p></td></tr></tfoot><tbody>");
    for (group, list) in office.groups() {
        let _ = writeln!(
            h,
            "<tr class=\"group\"><td colspan=\"{columns}\">{}({})</td></tr>",
            esc(&group),
            list.len()
        );
        for u in list {
            let _ = write!(h, "<tr><td class=\"unit\">{}", esc(&u.report.unit));
            if u.source.is_empty() {
                let _ = write!(h, "<span class=\"muted\">(未报)</span>");
            }
            let _ = write!(h, "</td>");
            for r in rules {
                let m = office.mark(u, *r);
                let _ = write!(h, "<td class=\"{}\">{}</td>", m.class, m.symbol);
            }
            if table.is_some() {
                let m = office.annex3_mark(u);
                let _ = write!(h, "<td class=\"{}\">{}</td>", m.class, m.symbol);
            }
            let _ = writeln!(h, "</tr>");
        }
    }
    let _ = writeln!(h, "</tbody></table></section>");

    // 年度考评
    // By unit: a unit's items under its name once, and the units whose items read
    // the same (those that sent nothing) together (issue 29, item 19).
    let sections = if evaluates {
        vec![
            ("年度考评减分", Effect::Deduction, ded.len()),
            ("年度考评加分", Effect::Bonus, bon.len()),
        ]
    } else {
        Vec::new()
    };
    for (title, effect, n) in sections {
        let _ = writeln!(h, "<h2>{title}({n}项)</h2>");
        let groups = office.effects_by_unit(effect, true);
        if groups.is_empty() {
            let _ = writeln!(h, "<p class=\"muted\">无</p>");
            continue;
        }
        let _ = writeln!(h, "<table class=\"effects\"><thead><tr><th>单位</th><th>事项</th><th>原因</th><th>依据</th></tr></thead><tbody>");
        for (units, list) in &groups {
            let names: Vec<String> = units.iter().map(|u| esc(u)).collect();
            for (i, f) in list.iter().enumerate() {
                let unit = if i == 0 {
                    format!(
                        "<td class=\"unit\" rowspan=\"{}\">{}</td>",
                        list.len(),
                        names.join("、")
                    )
                } else {
                    String::new()
                };
                let _ = writeln!(
                    h,
                    "<tr>{unit}<td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&office.title(f.rule)),
                    esc(&f.message.zh),
                    esc(&f.clause)
                );
            }
        }
        let _ = writeln!(h, "</tbody></table>");
    }

    // 未报单位
    let _ = writeln!(h, "<h2>未报单位({})</h2>", missing.len());
    if missing.is_empty() {
        let _ = writeln!(h, "<p class=\"muted\">无</p>");
    } else {
        let names: Vec<String> = missing.iter().map(|m| esc(m)).collect();
        let _ = writeln!(h, "<p>{}</p>", names.join("、"));
    }

    // The tables sent back, when the campaign has a table.
    if let Some(t) = &table {
        returned_tables(&mut h, office, t);
    }

    // 全市合计 (the campaign's word for it, see `Campaign::total_label`)
    if let Some(t) = office
        .totals()
        .filter(|t| t.units > 0 || !t.outside_units.is_empty())
    {
        let apart = !t.outside_units.is_empty();
        let _ = writeln!(
            h,
            "<h2>{}{}({}个单位)</h2>",
            esc(&t.table),
            esc(&t.label),
            t.units
        );
        let _ = write!(h, "<table><thead><tr><th>栏目</th><th>合计</th>");
        if apart {
            let _ = write!(h, "<th>名单外单位(另计,未计入合计)</th>");
        }
        let _ = writeln!(h, "</tr></thead><tbody>");
        let shown = |v: Option<u64>| v.map_or_else(|| "溢出".to_owned(), |v| v.to_string());
        for (label, v, outside) in &t.columns {
            let _ = write!(
                h,
                "<tr><td>{}</td><td class=\"num\">{}</td>",
                esc(label),
                shown(*v)
            );
            if apart {
                let _ = write!(h, "<td class=\"num\">{}</td>", shown(*outside));
            }
            let _ = writeln!(h, "</tr>");
        }
        let _ = writeln!(h, "</tbody></table>");
        if apart {
            let names: Vec<String> = t.outside_units.iter().map(|u| esc(u)).collect();
            let _ = writeln!(
                h,
                "<p class=\"muted\">不在单位名单中、另行合计的单位:{}</p>",
                names.join("、")
            );
        }
    }

    // No table accepted: said, not a table of zeros (issue 29, item 19).
    if let (Some(t), Some(words)) = (
        office
            .totals()
            .filter(|t| t.units == 0 && t.outside_units.is_empty()),
        &table,
    ) {
        let _ = writeln!(
            h,
            "<h2>{}{}</h2><p>{}</p>",
            esc(&t.table),
            esc(&t.label),
            esc(&super::none_accepted(&words.name.zh))
        );
    }

    // 各单位问题清单
    let _ = writeln!(h, "<h2>各单位问题清单</h2>");
    let inputs = office.input_findings();
    if !inputs.is_empty() {
        let _ = writeln!(h, "<h3>材料读取</h3><ul class=\"problems\">");
        for f in inputs {
            let _ = writeln!(
                h,
                "<li>{}{}</li>",
                f.place
                    .as_deref()
                    .map(|p| format!("{}:", esc(p)))
                    .unwrap_or_default(),
                esc(&f.message.zh)
            );
        }
        let _ = writeln!(h, "</ul>");
    }
    // Units whose problems read the same word for word (the units that sent
    // nothing) under one heading: the page says each thing once (issue 29, item 19).
    let mut blocks: Vec<(Vec<&str>, Vec<&Finding>)> = Vec::new();
    for (_, list) in office.groups() {
        for u in list {
            let problems = office.problems(u);
            if problems.is_empty() {
                continue;
            }
            let same = |other: &[&Finding]| {
                other.len() == problems.len()
                    && other.iter().zip(&problems).all(|(a, b)| {
                        a.rule == b.rule
                            && a.message == b.message
                            && a.outcome == b.outcome
                            && a.severity == b.severity
                            && a.effect == b.effect
                    })
            };
            match blocks.iter_mut().find(|(_, l)| same(l)) {
                Some((units, _)) => units.push(&u.report.unit),
                None => blocks.push((vec![&u.report.unit], problems)),
            }
        }
    }
    for (units, problems) in blocks {
        let names: Vec<String> = units.iter().map(|u| esc(u)).collect();
        let each = if units.len() > 1 { "各" } else { "" };
        let _ = writeln!(
            h,
            "<h3>{}({each}{}项)</h3><ul class=\"problems\">",
            names.join("、"),
            problems.len()
        );
        for f in problems {
            let _ = writeln!(
                h,
                "<li><b>{}</b>({}):{}{}</li>",
                esc(&office.title(f.rule)),
                f.verdict(Lang::Zh),
                esc(&f.message.zh),
                match f.effect {
                    Effect::None => String::new(),
                    e => format!(" <b class=\"fail\">{}</b>", e.label(Lang::Zh)),
                }
            );
        }
        let _ = writeln!(h, "</ul>");
    }

    // 活动日程
    let _ = writeln!(h, "<h2>活动日程</h2><table><thead><tr><th>日期</th><th>时间</th><th>事项</th><th>备注</th></tr></thead><tbody>");
    for d in office.calendar() {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&d.day),
            esc(&d.time),
            esc(&d.what),
            esc(&d.note)
        );
    }
    let _ = writeln!(h, "</tbody></table>");
    // Said once, at the foot, when a number was masked (issue 28).
    if office.masked() {
        let _ = writeln!(h, "<p class=\"noted\">{}</p>", fangfei::MASKED_NOTE.0);
    }
    let _ = writeln!(
        h,
        "<p class=\"sign\">{}<br>{}</p></body></html>",
        // The campaign's own text: shown as written, never masked.
        esc(c.issuer.as_deref().unwrap_or_default()),
        chinese_date(a.as_of.date())
    );
    h
}

/// The tables sent back, under the table's name (2021: 附件3活动情况统计表退回).
fn returned_tables(h: &mut String, office: &Office<'_>, table: &TableWords) {
    let returned = office.returned_tables();
    let _ = writeln!(
        h,
        "<h2>{}退回({})</h2>",
        esc(&table.name.zh),
        returned.len()
    );
    if returned.is_empty() {
        let _ = writeln!(h, "<p class=\"muted\">无</p>");
        return;
    }
    let _ = writeln!(
        h,
        "<table><thead><tr><th>单位</th><th>退回原因</th></tr></thead><tbody>"
    );
    for r in &returned {
        let why: Vec<String> = r
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| esc(&f.message.zh))
            .collect();
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td></tr>",
            esc(&office.table_unit(r)),
            why.join("<br>")
        );
    }
    let _ = writeln!(h, "</tbody></table>");
}
