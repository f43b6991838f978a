//! `fangfei check UNIT.json` and `fangfei audit DIR`.

use std::path::{Path, PathBuf};

use fangfei::audit::{audit, check_unit, judged_rules, Audit, UnitReport};
use fangfei::record::{UnitRecord, MAX_RECORD_JSON};
use fangfei::wire;
use fangfei::{Campaign, Effect, Finding, InputError, Instant, Outcome, Problem, Severity, Text};

use crate::out::{print_json, print_table, Style};
use crate::{parse_instant, Unusable};

/// The instant to audit: `--as-of` (a day alone is its 24:00: `--as-of 6月16日` counts
/// that day's reports), or the end of the campaign.
fn as_of(campaign: &Campaign, text: Option<&str>) -> Result<Instant, Unusable> {
    match text {
        Some(t) => parse_instant(t, campaign),
        None => campaign.default_as_of().ok_or_else(|| {
            Unusable::new(
                "CAMPAIGN",
                "活动方案没有起止日期",
                "the campaign has no span",
            )
        }),
    }
}

/// A record file refused before it is read (the file system's part, not the library's).
fn not_read(zh: String, en: String) -> InputError {
    UnitRecord::refused(vec![Problem {
        path: fangfei::Path::root(),
        message: Text::new(zh, en),
    }])
}

fn read_record(campaign: &Campaign, path: &Path) -> Result<UnitRecord, InputError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if path.is_dir() || crate::tables::extension(path) != "json" {
        return Err(not_read(
            format!("不是单位记录(.json):{name}"),
            format!("not a unit record (.json): {name}"),
        ));
    }
    // A regular file of at most the record limit (a device or a pipe named x.json is
    // refused unopened), its BOM dropped.
    let text = crate::files::read_text(path, MAX_RECORD_JSON).map_err(|e| {
        // The record's source is named where it is reported: the reason alone here.
        let (zh, en) = (
            format!("{}:", path.display()),
            format!("{}: ", path.display()),
        );
        not_read(
            e.message.zh.trim_start_matches(zh.as_str()).to_owned(),
            e.message.en.trim_start_matches(en.as_str()).to_owned(),
        )
    })?;
    // JSON that does not read: the cause in a clerk's words (中文引号, 多余的逗号).
    if let Some(d) = crate::diagnose::json(&text) {
        return Err(not_read(
            d.line_text(fangfei::Lang::Zh),
            d.line_text(fangfei::Lang::En),
        ));
    }
    // A refused record names its fields in the campaign's words, in Chinese.
    UnitRecord::from_json(campaign, &text)
        .map_err(|e| e.with_places_zh(|p| fangfei::record::field_zh(campaign, p)))
}

/// The line of a record that does not read as JSON, with a caret under the place.
fn record_snippet(path: &Path, lang: fangfei::Lang) -> Option<String> {
    let text = crate::files::read_text(path, MAX_RECORD_JSON).ok()?;
    let d = crate::diagnose::json(&text)?;
    Some(d.snippet(&path.display().to_string(), &text, lang)).filter(|s| !s.is_empty())
}

/// What a rule is about, in words (its title), for a person.
fn about(campaign: &Campaign, f: &Finding, style: Style) -> String {
    campaign.title_of(f.rule).get(style.lang).to_owned()
}

/// A finding's message with its cell or file where it has one (never a field path).
fn said(f: &Finding, style: Style) -> String {
    match &f.place {
        Some(place) => format!("{place}:{}", f.message.get(style.lang)),
        None => f.message.get(style.lang).to_owned(),
    }
}

/// The evaluation's lines by unit ([`crate::office::Office::effects_by_unit`]): each
/// unit named once, over its items.
fn effect_lines(
    campaign: &Campaign,
    groups: &[(Vec<&str>, Vec<&Finding>)],
    style: Style,
) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for (units, list) in groups {
        // In the terminal each unit over its own items (a cell holds one line).
        for unit in units {
            for (i, f) in list.iter().enumerate() {
                rows.push(vec![
                    if i == 0 {
                        crate::out::shown(unit).into_owned()
                    } else {
                        String::new()
                    },
                    about(campaign, f, style),
                    f.message.get(style.lang).to_owned(),
                ]);
            }
        }
    }
    rows
}

/// The 催报 list (what falls due within a day and has not come in), first in the
/// terminal as in the reports: each material, then its units wrapped to the width.
fn print_due(office: &crate::office::Office<'_>, style: Style) {
    let due = office.due_soon_by_material();
    if due.is_empty() {
        return;
    }
    let n: usize = due.iter().map(|(_, units)| units.len()).sum();
    crate::outln!(
        "{}",
        style.bold(&format!(
            "{}({n})",
            style.t(
                "催报:一天内到期尚未收到",
                "Due within a day, not yet received"
            )
        ))
    );
    for (d, units) in due {
        match style.lang {
            fangfei::Lang::Zh => crate::outln!(
                "  {}(截止{},依据{}),尚未收到{}个单位:",
                d.name.zh,
                d.cutoff.as_deadline(),
                d.duty.clause,
                units.len()
            ),
            fangfei::Lang::En => crate::outln!(
                "  {} (due {}, {}), not yet from {} units:",
                d.name.en,
                d.cutoff.as_deadline(),
                d.duty.clause,
                units.len()
            ),
        }
        let names: Vec<String> = units
            .iter()
            .map(|u| crate::out::shown(u).into_owned())
            .collect();
        for line in crate::out::wrap(&names, style.t("、", ", "), 4) {
            crate::outln!("{line}");
        }
    }
    crate::outln!();
}

/// Findings as a table: unit, what about, the verdict, what was found.
fn print_findings(campaign: &Campaign, findings: &[&Finding], style: Style) {
    let rows: Vec<Vec<String>> = findings
        .iter()
        .map(|f| {
            vec![
                f.unit.clone().unwrap_or_default(),
                about(campaign, f, style),
                f.verdict(style.lang).to_owned(),
                said(f, style),
            ]
        })
        .collect();
    print_table(
        style,
        &[
            ("单位", "unit"),
            ("事项", "about"),
            ("结果", "result"),
            ("说明", "finding"),
        ],
        &rows,
    );
}

fn print_report(campaign: &Campaign, r: &UnitReport, style: Style, as_of: Instant) {
    let roles: Vec<String> = r
        .roles
        .iter()
        .map(|x| campaign.role_name(x).get(style.lang).to_owned())
        .collect();
    // A unit off the roster has no roles: no empty brackets (issue 29, item 18).
    let roles = if roles.is_empty() {
        " ".to_owned()
    } else {
        format!("({})", roles.join("、"))
    };
    crate::outln!(
        "{}{roles}— {} {}",
        style.bold(&r.unit),
        style.t("核查时点", "as of"),
        as_of.as_deadline()
    );
    // The 考评 column and count only for a plan with an evaluation.
    let evaluates = campaign.evaluates();
    // A rule that does not apply to the unit is counted below, not listed; a note on
    // one item (“进机关”不在“五进”之列,不计入) is listed: it says why a count is short.
    let whole_rule_na = |f: &&Finding| f.outcome == Outcome::NotApplicable && f.path.is_root();
    let rows: Vec<Vec<String>> = r
        .findings
        .iter()
        .filter(|f| !whole_rule_na(f))
        .map(|f| {
            let mut row = vec![
                f.rule.to_string(),
                about(campaign, f, style),
                f.verdict(style.lang).to_owned(),
            ];
            if evaluates {
                row.push(f.effect.label(style.lang).to_owned());
            }
            row.push(said(f, style));
            row
        })
        .collect();
    let mut head = vec![("规则", "rule"), ("事项", "about"), ("结果", "result")];
    if evaluates {
        head.push(("考评", "effect"));
    }
    head.push(("说明", "finding"));
    print_table(style, &head, &rows);
    let n = |e| r.findings.iter().filter(|f| f.effect == e).count();
    let na = r.findings.iter().filter(whole_rule_na).count();
    let mut said = Vec::new();
    if evaluates {
        said.push(format!(
            "{}: {} {}, {} {}",
            style.t("年度考评", "Evaluation"),
            style.t("减分", "deductions"),
            n(Effect::Deduction),
            style.t("加分", "bonuses"),
            n(Effect::Bonus),
        ));
    }
    if na > 0 {
        said.push(format!(
            "{na} {}",
            style.t("项规则不适用(未列出)", "rules not applicable (not listed)")
        ));
    }
    if !said.is_empty() {
        crate::outln!("{}", said.join("; "));
    }
}

/// Records and ledger findings from the inputs: folders of JSON records, records,
/// ledger workbooks and CSV exports of ledger sheets (read together into one ledger).
type Inputs = (Vec<(String, Result<UnitRecord, InputError>)>, Vec<Finding>);

fn read_inputs(campaign: &Campaign, inputs: &[PathBuf]) -> Result<Inputs, Unusable> {
    let mut records = Vec::new();
    let mut parts = Vec::new();
    for input in inputs {
        // The input's own metadata (a symbolic link followed): a missing path, a link
        // loop and a folder are told apart, never all "not found".
        let meta = std::fs::metadata(input).map_err(|e| Unusable::io(input, &e))?;
        let files: Vec<PathBuf> = if meta.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(input)
                .map_err(|e| Unusable::io(input, &e))?
                .map(|e| e.map(|e| e.path()).map_err(|e| Unusable::io(input, &e)))
                .collect::<Result<_, _>>()?;
            entries.sort();
            if entries.is_empty() {
                return Err(Unusable::new(
                    "INPUT",
                    format!("{}:文件夹是空的,没有可读的记录", input.display()),
                    format!(
                        "{}: the folder is empty: no records to read",
                        input.display()
                    ),
                ));
            }
            entries
        } else {
            vec![input.clone()]
        };
        for f in files {
            if crate::ledger::is_ledger_file(&f) {
                parts.extend(crate::ledger::read_parts(&f)?);
            } else {
                let name = f
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                records.push((name, read_record(campaign, &f)));
            }
        }
    }
    if parts.is_empty() {
        return Ok((records, Vec::new()));
    }
    let ledger = fangfei::ledger::read(campaign, &parts);
    records.extend(ledger.records.into_iter().map(|(s, r)| (s, Ok(r))));
    Ok((records, ledger.findings))
}

pub fn check(
    campaign: &Campaign,
    file: &Path,
    unit: Option<&str>,
    at: Option<&str>,
    style: Style,
) -> Result<bool, Unusable> {
    let as_of = as_of(campaign, at)?;
    let (mut records, findings) = read_inputs(campaign, &[file.to_owned()])?;
    let picked = match unit {
        Some(u) => {
            let i = campaign.roster().resolve_index(u);
            records
                .iter()
                .position(|(_, r)| {
                    r.as_ref()
                        .is_ok_and(|r| i.is_some() && campaign.roster().resolve_index(&r.unit) == i)
                })
                .ok_or_else(|| {
                    Unusable::new(
                        "INPUT",
                        format!("{}中没有“{u}”的记录", file.display()),
                        format!("{}: no record of {u:?}", file.display()),
                    )
                })?
        }
        None if records.len() == 1 => 0,
        None => {
            let names: Vec<String> = records
                .iter()
                .filter_map(|(_, r)| r.as_ref().ok().map(|r| r.unit.clone()))
                .collect();
            return Err(Unusable::new(
                "INPUT",
                format!(
                    "{}有{}个单位的记录,请用 --unit 指定一个(如 --unit {})",
                    file.display(),
                    names.len(),
                    names
                        .first()
                        .or(campaign.units.first().map(|u| &u.name))
                        .map_or("单位名称", String::as_str)
                ),
                format!(
                    "{} holds records of {} units: choose one with --unit",
                    file.display(),
                    names.len()
                ),
            ));
        }
    };
    let record = records.swap_remove(picked).1.map_err(|e| {
        if let Some(s) = record_snippet(file, style.lang) {
            crate::errln!("{s}");
        }
        Unusable::text(e.code(), e.message()).at(file)
    })?;
    let mut report = check_unit(campaign, &record, as_of);
    // The ledger's problems with this unit's rows come first: a row left out explains
    // a rule that fails.
    let own: Vec<Finding> = findings
        .into_iter()
        .filter(|f| f.unit.is_none() || f.unit.as_deref() == Some(report.unit.as_str()))
        .collect();
    report.findings.splice(0..0, own);
    let errors = report.has_errors();
    if style.json {
        print_json(&wire::UnitReport::new(campaign, report));
    } else {
        print_report(campaign, &report, style, as_of);
    }
    Ok(errors)
}

/// The reports `audit` writes besides its output.
pub struct Reports<'a> {
    pub xlsx: Option<&'a Path>,
    pub html: Option<&'a Path>,
    pub notices: Option<&'a Path>,
}

impl Reports<'_> {
    /// Writes each report asked for; says on stderr what was written.
    fn write(&self, campaign: &Campaign, audit: &Audit, style: Style) -> Result<(), Unusable> {
        let office = crate::office::Office::new(campaign, audit);
        let said = |what: (&str, &str), path: &Path| {
            crate::errln!("{} {}", style.t(what.0, what.1), path.display());
        };
        if let Some(p) = self.xlsx {
            crate::office::write_xlsx(p, &office)?;
            said(("已写出核查报告:", "report written:"), p);
        }
        if let Some(p) = self.html {
            crate::write::file(
                p,
                crate::write::Kind::Html,
                crate::office::html(&office).as_bytes(),
            )?;
            said(("已写出核查报告:", "report written:"), p);
        }
        if let Some(dir) = self.notices {
            let n = crate::office::write_notices(dir, &office)?;
            crate::errln!(
                "{} {n} {} {}",
                style.t("已写出", "wrote"),
                style.t("份通知到", "notices into"),
                dir.display()
            );
        }
        Ok(())
    }
}

pub fn run_audit(
    campaign: &Campaign,
    inputs: &[PathBuf],
    at: Option<&str>,
    quiz: Option<(&[PathBuf], &Path)>,
    reports: Reports<'_>,
    style: Style,
) -> Result<bool, Unusable> {
    // Q-UNIT: each unit's quiz participants, from the sheets' 工作单位, when given.
    let turnout = quiz
        .map(|(sheets, papers)| crate::quiz::turnout(campaign, sheets, papers))
        .transpose()?;
    let as_of = as_of(campaign, at)?;
    let (records, ledger_findings) = read_inputs(campaign, inputs)?;
    let mut result = audit(campaign, &records, as_of);
    result.findings.extend(ledger_findings);
    let errors = result.has_errors();
    reports.write(campaign, &result, style)?;
    if style.json {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Out {
            #[serde(flatten)]
            audit: wire::Audit,
            #[serde(skip_serializing_if = "Option::is_none")]
            quiz_turnout: Option<Vec<wire::UnitTurnout>>,
            #[serde(skip_serializing_if = "Option::is_none")]
            quiz_turnout_unplaced: Option<u64>,
        }
        print_json(&Out {
            audit: wire::Audit::new(campaign, result),
            quiz_turnout_unplaced: turnout.as_ref().map(|t| t.unplaced),
            quiz_turnout: turnout.map(|t| {
                t.by_unit
                    .into_iter()
                    .map(|(unit, participants)| wire::UnitTurnout::new(unit, participants))
                    .collect()
            }),
        });
    } else {
        print_audit(campaign, &result, style);
        if let Some(t) = &turnout {
            crate::quiz::print_turnout(t, style);
        }
    }
    Ok(errors)
}

fn print_audit(campaign: &Campaign, a: &Audit, style: Style) {
    let rules = judged_rules(campaign);
    let number = campaign
        .document_number
        .as_deref()
        .map(|n| format!("({n})"))
        .unwrap_or_default();
    crate::outln!(
        "{}{number}{} {}",
        style.bold(campaign.name.get(style.lang)),
        style.t(" — 核查时点", " — as of"),
        a.as_of.as_deadline()
    );
    crate::outln!();
    let office = crate::office::Office::new(campaign, a);
    print_due(&office, style);
    // The unit × rule matrix, in roster order by type (成员单位, 乡镇街道, others), the
    // rules numbered, then the statistics table (A3, its rules' prefix) when the
    // campaign has one; a unit with no record says so in its cell (where each record
    // came from is in the JSON output).
    let table = office.table();
    let mut header: Vec<String> = vec![style.t("单位", "unit").to_owned()];
    header.extend((1..=rules.len()).map(|i| i.to_string()));
    if table.is_some() {
        header.push("A3".to_owned());
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (group, units) in office.groups() {
        let name = match style.lang {
            fangfei::Lang::Zh => group,
            fangfei::Lang::En => campaign
                .roles
                .iter()
                .find(|r| r.name.zh == group)
                .map_or_else(|| "other units".to_owned(), |r| r.name.en.clone()),
        };
        rows.push(vec![format!("[{name}]")]);
        for u in units {
            let mut row = vec![if u.source.is_empty() {
                format!("{}{}", u.report.unit, style.t("(未报)", " (none)"))
            } else {
                u.report.unit.clone()
            }];
            row.extend(rules.iter().map(|r| office.mark(u, *r).symbol.to_owned()));
            if table.is_some() {
                row.push(office.annex3_mark(u).symbol.to_owned());
            }
            rows.push(row);
        }
    }
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    crate::out!("{}", crate::out::grid(&header_refs, &rows));
    let legend: Vec<String> = crate::office::LEGEND
        .iter()
        .map(|(m, zh)| {
            format!(
                "{} {}",
                crate::out::unambiguous(m.symbol),
                style.t(zh, crate::office::legend_en(m.class))
            )
        })
        .collect();
    match &table {
        Some(t) => crate::outln!("{}  A3 {}", legend.join("  "), t.name.get(style.lang)),
        None => crate::outln!("{}", legend.join("  ")),
    }
    for (i, r) in rules.iter().enumerate() {
        crate::outln!(
            "  {:>2} {} {}",
            i + 1,
            r,
            campaign.title_of(*r).get(style.lang)
        );
    }
    let problems: Vec<&Finding> = a.findings.iter().collect();
    if !problems.is_empty() {
        crate::outln!();
        crate::outln!("{}", style.bold(style.t("材料问题", "Returns")));
        print_findings(campaign, &problems, style);
    }
    // The evaluation's deductions and bonuses, for a plan with an evaluation.
    let effects = if campaign.evaluates() {
        vec![
            (
                Effect::Deduction,
                style.t("年度考评减分", "Evaluation deductions"),
            ),
            (Effect::Bonus, style.t("年度考评加分", "Evaluation bonuses")),
        ]
    } else {
        Vec::new()
    };
    for (effect, title) in effects {
        let n = a.effects(effect).len();
        crate::outln!();
        // 项: a count of items, never read as points beside 减分 (a clerk's walk).
        crate::outln!("{}({n}{})", style.bold(title), style.t("项", ""));
        if n > 0 {
            print_table(
                style,
                &[("单位", "unit"), ("事项", "about"), ("原因", "cause")],
                &effect_lines(campaign, &office.effects_by_unit(effect, false), style),
            );
        }
    }
    let warnings: Vec<&Finding> = a
        .units
        .iter()
        .filter(|u| u.counted)
        .flat_map(|u| &u.report.findings)
        .filter(|f| {
            f.severity == Severity::Error && f.effect == Effect::None
                || f.severity == Severity::Warning
        })
        .collect();
    if !warnings.is_empty() {
        crate::outln!();
        crate::outln!(
            "{}({})",
            style.bold(style.t("其他问题与提示", "Other findings")),
            warnings.len()
        );
        print_findings(campaign, &warnings, style);
    }
    if let (Some(b), Some(t)) = (&a.annex3, &table) {
        let (acc, rej) = b.counts();
        crate::outln!();
        crate::outln!(
            "{}",
            style.bold(&format!(
                "{}: {} {acc}, {} {rej}",
                t.name.get(style.lang),
                style.t("通过", "accepted"),
                style.t("退回", "rejected")
            ))
        );
        crate::annex3::print_totals(campaign, &b.totals, style);
    }
}

/// `fangfei ledger template OUT.xlsx [--from DIR]`.
pub fn ledger_template(
    campaign: &Campaign,
    out: &Path,
    from: Option<&Path>,
    style: Style,
) -> Result<bool, Unusable> {
    let records: Vec<UnitRecord> = match from {
        None => Vec::new(),
        Some(dir) => {
            let (records, _) = read_inputs(campaign, &[dir.to_owned()])?;
            records
                .into_iter()
                .map(|(source, r)| {
                    r.map_err(|e| Unusable::text(e.code(), e.message()).at(Path::new(&source)))
                })
                .collect::<Result<_, _>>()?
        }
    };
    crate::ledger::write(out, campaign, &records)?;
    if !style.json {
        crate::outln!(
            "{} {}",
            style.t("已写出台账:", "ledger written:"),
            out.display()
        );
    }
    Ok(false)
}
