//! The office's printed and forwarded reports of an audit: `--html` (one self-contained
//! page that prints on A4), `--xlsx` (a workbook for leaders, print-ready), `--notices`
//! (one short notice per unit with something to 补报 or 退回), and the 催报 list of what
//! falls due within a day of `--as-of` and has not been received.
//!
//! They are in Chinese, the office's language, and say things in its words: the rule's
//! title and the material's name, never a JSON path.

use std::fmt::Write as _;
use std::path::Path;

use fangfei::annex3::{Field, RowOutcome};
use fangfei::audit::{judged_rules, Audit, AuditedUnit};
use fangfei::campaign::{Role, SubmissionRule};
use fangfei::{Campaign, Effect, Finding, Instant, Lang, Outcome, RuleId, Severity};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

/// An audit seen as the office reads it.
pub struct Office<'a> {
    campaign: &'a Campaign,
    audit: &'a Audit,
    rules: Vec<RuleId>,
}

/// A mark of the unit × rule matrix: its symbol and its class (colour).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub symbol: &'static str,
    pub class: &'static str,
}

const fn mark(symbol: &'static str, class: &'static str) -> Mark {
    Mark { symbol, class }
}

/// The legend, in the order a reader needs it.
pub const LEGEND: [(Mark, &str); 7] = [
    (mark("✓", "pass"), "符合"),
    (mark("✗", "fail"), "不符合"),
    (mark("!", "warn"), "提醒"),
    (mark("…", "pending"), "未到期"),
    (mark("?", "unknown"), "无法判断"),
    (mark("·", "noted"), "仅记录"),
    (mark("–", "na"), "不适用"),
];

/// The Annex 3 city total as the report shows it.
pub struct CityTotal {
    /// Units summed.
    pub units: usize,
    /// Each column: header, the city total, the units off the roster's apart (`None`:
    /// beyond 64 bits).
    pub columns: Vec<(String, Option<u64>, Option<u64>)>,
    /// Units off the roster, totalled apart.
    pub outside_units: Vec<String>,
}

/// The legend's words in English, by mark class.
pub fn legend_en(class: &str) -> &'static str {
    match class {
        "pass" => "pass",
        "fail" => "fail",
        "warn" => "warning",
        "pending" => "pending",
        "unknown" => "cannot judge",
        "noted" => "noted",
        _ => "not applicable",
    }
}

/// Something due soon and not yet received (催报).
pub struct Due<'a> {
    pub unit: &'a str,
    pub rule: &'a SubmissionRule,
    pub cutoff: Instant,
}

/// One item of a unit's notice.
pub struct Item {
    /// 补报 (send what is missing) or 退回 (the table sent back).
    pub returned: bool,
    pub what: String,
    pub clause: String,
    pub by_when: String,
}

impl<'a> Office<'a> {
    pub fn new(campaign: &'a Campaign, audit: &'a Audit) -> Office<'a> {
        Office {
            campaign,
            audit,
            rules: judged_rules(campaign),
        }
    }

    /// The units in roster order, grouped by type: member units, towns and streets,
    /// then units off the roster.
    pub fn groups(&self) -> Vec<(&'static str, Vec<&'a AuditedUnit>)> {
        let counted = || self.audit.units.iter().filter(|u| u.counted);
        let mut groups = vec![
            (
                "成员单位",
                counted()
                    .filter(|u| u.report.on_roster && u.report.roles.contains(&Role::MemberUnit))
                    .collect::<Vec<_>>(),
            ),
            (
                "乡镇街道",
                counted()
                    .filter(|u| {
                        u.report.on_roster
                            && !u.report.roles.contains(&Role::MemberUnit)
                            && u.report.roles.contains(&Role::TownStreet)
                    })
                    .collect(),
            ),
        ];
        let rest: Vec<&AuditedUnit> = counted()
            .filter(|u| {
                !groups
                    .iter()
                    .any(|(_, g)| g.iter().any(|x| std::ptr::eq(*x, *u)))
            })
            .collect();
        groups.push(("名单外及其他单位", rest));
        groups.retain(|(_, g)| !g.is_empty());
        groups
    }

    pub fn rules(&self) -> &[RuleId] {
        &self.rules
    }

    /// The matrix mark of a rule for a unit.
    pub fn mark(&self, u: &AuditedUnit, rule: RuleId) -> Mark {
        let o = u.report.outcome(rule);
        let warning_only = o == Some(Outcome::Fail)
            && u.report
                .findings
                .iter()
                .filter(|f| f.rule == rule && f.outcome == Outcome::Fail)
                .all(|f| f.severity < Severity::Error);
        match o {
            Some(Outcome::Fail) if warning_only => LEGEND[2].0,
            Some(Outcome::Pass) => LEGEND[0].0,
            Some(Outcome::Fail) => LEGEND[1].0,
            Some(Outcome::Pending) => LEGEND[3].0,
            Some(Outcome::CannotJudge) => LEGEND[4].0,
            Some(Outcome::Reported) => LEGEND[5].0,
            _ => LEGEND[6].0,
        }
    }

    /// The unit's Annex 3 table in the audit's batch, when it sent one.
    pub fn annex3_of(&self, u: &AuditedUnit) -> Option<&'a RowOutcome> {
        let roster = self.campaign.roster();
        let i = roster.resolve_index(&u.report.unit);
        self.audit.annex3.as_ref()?.rows.iter().find(|r| {
            r.unit.as_deref().is_some_and(|w| {
                w == u.report.unit || (i.is_some() && roster.resolve_index(w) == i)
            })
        })
    }

    /// The Annex 3 column's mark: ✓ accepted, ✗ sent back, – none sent.
    pub fn annex3_mark(&self, u: &AuditedUnit) -> Mark {
        match self.annex3_of(u) {
            Some(r) if r.accepted => LEGEND[0].0,
            Some(_) => LEGEND[1].0,
            None => LEGEND[6].0,
        }
    }

    /// What the unit must look at: failed rules (errors and reminders) and rules that
    /// could not be judged, in the report's order.
    pub fn problems(&self, u: &'a AuditedUnit) -> Vec<&'a Finding> {
        u.report
            .findings
            .iter()
            .filter(|f| {
                matches!(f.outcome, Outcome::Fail | Outcome::CannotJudge)
                    && f.severity >= Severity::Warning
            })
            .collect()
    }

    /// The audit's own findings about inputs (unreadable records, ledger rows).
    pub fn input_findings(&self) -> Vec<&'a Finding> {
        self.audit
            .findings
            .iter()
            .filter(|f| f.rule != RuleId::Units || f.place.is_some())
            .collect()
    }

    pub fn effects(&self, effect: Effect) -> Vec<&'a Finding> {
        self.audit.effects(effect)
    }

    /// Roster units with no record.
    pub fn missing(&self) -> Vec<&'a str> {
        self.audit
            .units
            .iter()
            .filter(|u| u.counted && u.source.is_empty())
            .map(|u| u.report.unit.as_str())
            .collect()
    }

    /// Rows of the Annex 3 batch sent back, with their unit.
    pub fn returned_tables(&self) -> Vec<&'a RowOutcome> {
        self.audit
            .annex3
            .as_ref()
            .map(|b| b.rows.iter().filter(|r| !r.accepted).collect())
            .unwrap_or_default()
    }

    /// What falls due within a day after the audit's instant and has not been
    /// received (the units' outcome for it is still pending).
    pub fn due_soon(&self) -> Vec<Due<'a>> {
        let as_of = self.audit.as_of;
        let mut out = Vec::new();
        for rule in &self.campaign.submissions {
            let (cutoff, _) = rule.due.cutoff();
            let ahead = cutoff.unix_seconds().saturating_sub(as_of.unix_seconds());
            if !(0 < ahead && ahead <= 86_400) {
                continue;
            }
            for u in self.audit.units.iter().filter(|u| u.counted) {
                if u.report.outcome(rule.rule) == Some(Outcome::Pending) {
                    out.push(Due {
                        unit: &u.report.unit,
                        rule,
                        cutoff,
                    });
                }
            }
        }
        out
    }

    /// [`Office::due_soon`] by material: each with the units it is awaited from.
    pub fn due_soon_by_material(&self) -> Vec<(Due<'a>, Vec<&'a str>)> {
        let mut out: Vec<(Due<'a>, Vec<&'a str>)> = Vec::new();
        for d in self.due_soon() {
            match out.iter_mut().find(|(x, _)| std::ptr::eq(x.rule, d.rule)) {
                Some((_, units)) => units.push(d.unit),
                None => {
                    let unit = d.unit;
                    out.push((d, vec![unit]));
                }
            }
        }
        out
    }

    /// What a unit must 补报 (a material missing, parts of its summary, what its plan
    /// must state) or has had 退回 (its Annex 3 table), by which clause and by when.
    pub fn notice_items(&self, u: &'a AuditedUnit) -> Vec<Item> {
        let as_of = self.audit.as_of;
        let by_when = |rule: Option<&SubmissionRule>| match rule {
            Some(r) => {
                let (cutoff, _) = r.due.cutoff();
                if as_of < cutoff {
                    format!("请于{}前报送", cutoff.as_deadline())
                } else {
                    format!("截止时间{}已过,请尽快补报", cutoff.as_deadline())
                }
            }
            None => "请尽快补报".to_owned(),
        };
        let rule_of = |id: RuleId| {
            self.campaign
                .submissions
                .iter()
                .find(|s| s.rule == id || s.parts_rule == Some(id))
        };
        let mut items = Vec::new();
        for f in &u.report.findings {
            if f.outcome != Outcome::Fail || f.severity != Severity::Error {
                continue;
            }
            let is_delivery = self.campaign.submissions.iter().any(|s| s.rule == f.rule);
            let is_statement = self
                .campaign
                .plan_statements
                .iter()
                .any(|s| s.rule == f.rule);
            // A material not received at all (its finding is about the record as a
            // whole); a late one is received and is not asked for again.
            let missing = is_delivery && f.path.to_string().is_empty();
            let parts = self
                .campaign
                .submissions
                .iter()
                .any(|s| s.parts_rule == Some(f.rule));
            if missing || parts || is_statement {
                // A material missing is named as the plan names it.
                let what = match rule_of(f.rule).filter(|_| missing) {
                    Some(r) => format!("{}未报送", r.name.zh),
                    None => f.message.zh.clone(),
                };
                items.push(Item {
                    returned: false,
                    what,
                    clause: f.clause.clone(),
                    by_when: by_when(rule_of(f.rule).or_else(|| {
                        // What a plan must state is sent with the plan.
                        self.campaign.submissions.first()
                    })),
                });
            }
        }
        if let Some(row) = self.annex3_of(u).filter(|r| !r.accepted) {
            let why: Vec<String> = row
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .map(|f| f.message.zh.clone())
                .collect();
            let stats = self
                .campaign
                .submissions
                .iter()
                .find(|s| s.rule == RuleId::DStats);
            items.push(Item {
                returned: true,
                what: format!("附件3统计表退回:{}", why.join(";")),
                clause: "附件3 填表说明".to_owned(),
                by_when: by_when(stats).replace("补报", "重新报送"),
            });
        }
        items
    }

    /// The notice to a unit, as text to send (empty when it has nothing to do).
    pub fn notice(&self, u: &'a AuditedUnit) -> Option<String> {
        let items = self.notice_items(u);
        if items.is_empty() {
            return None;
        }
        let c = self.campaign;
        let mut s = String::new();
        let returned = items.iter().any(|i| i.returned);
        let resend = items.iter().any(|i| !i.returned);
        let title = match (resend, returned) {
            (true, true) => "关于补报材料及退回统计表的通知",
            (false, true) => "关于退回统计表的通知",
            _ => "关于补报材料的通知",
        };
        let _ = writeln!(s, "{title}\n");
        let _ = writeln!(s, "{}:\n", u.report.unit);
        let _ = writeln!(
            s,
            "    根据《{}》({}),经核查(截至{}),请贵单位办理以下事项:\n",
            c.name.zh,
            c.document_number,
            self.audit.as_of.as_deadline()
        );
        for (head, want) in [("一、补报", false), ("二、退回修改", true)] {
            let list: Vec<&Item> = items.iter().filter(|i| i.returned == want).collect();
            if list.is_empty() {
                continue;
            }
            let head = if want && !resend {
                "一、退回修改"
            } else {
                head
            };
            let _ = writeln!(s, "{head}");
            for (n, i) in list.iter().enumerate() {
                let _ = writeln!(
                    s,
                    "    {}. {}(依据:{})。{}。",
                    n + 1,
                    i.what,
                    i.clause,
                    i.by_when
                );
            }
            let _ = writeln!(s);
        }
        let _ = writeln!(s, "{:>40}", c.issuer);
        let d = self.audit.as_of.date();
        let _ = writeln!(s, "{:>40}", chinese_date(d));
        Some(s)
    }

    /// The campaign's calendar: (day, time, what).
    pub fn calendar(&self) -> Vec<(String, String, String)> {
        self.campaign
            .events()
            .map(|events| {
                events
                    .iter()
                    .map(|e| {
                        (
                            e.date.to_string(),
                            e.clock().unwrap_or_default(),
                            e.label.get(Lang::Zh).to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The city total, when the audit has Annex 3 tables.
    pub fn totals(&self) -> Option<CityTotal> {
        let t = &self.audit.annex3.as_ref()?.totals;
        let value = |m: &std::collections::BTreeMap<Field, Option<u64>>, f: &Field| {
            m.get(f).copied().flatten()
        };
        Some(CityTotal {
            units: t.units.len(),
            columns: Field::ALL
                .iter()
                .map(|f| (f.header_zh(), value(&t.columns, f), value(&t.outside, f)))
                .collect(),
            outside_units: t.outside_units.clone(),
        })
    }

    /// The title of a rule, as the office reads it.
    pub fn title(rule: RuleId) -> &'static str {
        rule.info().title_zh
    }
}

fn chinese_date(d: fangfei::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

// ---------------------------------------------------------------------------------
// Notices

/// Writes one notice per unit with something to 补报 or 退回 into `dir`
/// (`<unit>.txt`, UTF-8 with a BOM and Windows line ends, as Notepad and WPS open it).
/// Returns how many were written.
///
/// # Errors
///
/// An I/O error.
pub fn write_notices(dir: &Path, office: &Office<'_>) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let mut n = 0;
    for (_, units) in office.groups() {
        for u in units {
            let Some(text) = office.notice(u) else {
                continue;
            };
            let name: String = u
                .report
                .unit
                .chars()
                .map(|c| {
                    if c.is_control() || "/\\:*?\"<>|".contains(c) {
                        '_'
                    } else {
                        c
                    }
                })
                .collect();
            let body = format!("\u{feff}{}", text.replace('\n', "\r\n"));
            std::fs::write(dir.join(format!("{name}.txt")), body)?;
            n += 1;
        }
    }
    Ok(n)
}

// ---------------------------------------------------------------------------------
// HTML

/// Text for the page: shown printable (a control character as its picture), escaped.
fn esc(s: &str) -> String {
    fangfei::escape_xml(&fangfei::printable(s))
}

const CSS: &str = r#"
@page { size: A4 landscape; margin: 10mm 10mm 12mm; }
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
.rules { columns: 2; font-size: 9pt; margin: 1mm 0; padding-left: 6mm; break-inside: avoid; }
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
        "<p class=\"sub\">{} · 核查时点 {} · {}</p>",
        esc(&c.document_number),
        a.as_of.as_deadline(),
        esc(&c.issuer)
    );

    // 概况
    let units: usize = office.groups().iter().map(|(_, g)| g.len()).sum();
    let missing = office.missing();
    let (acc, rej) = a.annex3.as_ref().map_or((0, 0), |b| b.counts());
    let ded = office.effects(Effect::Deduction);
    let bon = office.effects(Effect::Bonus);
    let _ = writeln!(h, "<h2>概况</h2><table class=\"summary\"><tbody>");
    let _ = writeln!(
        h,
        "<tr><th>核查单位</th><td class=\"num\">{units}</td><th>未报单位</th><td class=\"num\">{}</td></tr>",
        missing.len()
    );
    let _ = writeln!(
        h,
        "<tr><th>年度考评减分</th><td class=\"num\">{}</td><th>年度考评加分</th><td class=\"num\">{}</td></tr>",
        ded.len(),
        bon.len()
    );
    let _ = writeln!(
        h,
        "<tr><th>附件3统计表通过</th><td class=\"num\">{acc}</td><th>附件3统计表退回</th><td class=\"num\">{rej}</td></tr></tbody></table>"
    );

    // 催报
    let due = office.due_soon_by_material();
    if !due.is_empty() {
        let n: usize = due.iter().map(|(_, units)| units.len()).sum();
        let _ = writeln!(h, "<h2>催报:一天内到期尚未收到({n})</h2>");
        let _ = writeln!(h, "<table><thead><tr><th>材料</th><th>截止时间</th><th>依据</th><th>尚未收到的单位</th></tr></thead><tbody>");
        for (d, units) in &due {
            let names: Vec<String> = units.iter().map(|u| esc(u)).collect();
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}({})</td></tr>",
                esc(&d.rule.name.zh),
                d.cutoff.as_deadline(),
                esc(&d.rule.clause),
                names.join("、"),
                names.len()
            );
        }
        let _ = writeln!(h, "</tbody></table>");
    }

    // 单位×规则总表
    let rules = office.rules();
    let _ = writeln!(h, "<h2>单位×规则总表</h2>");
    let _ = write!(h, "<p class=\"legend\">");
    for (m, label) in LEGEND {
        let _ = write!(
            h,
            "<span><b class=\"{}\">{}</b> {label}</span>",
            m.class, m.symbol
        );
    }
    let _ = writeln!(h, "</p>");
    let _ = write!(
        h,
        "<table class=\"matrix\"><thead><tr><th class=\"unit\">单位</th>"
    );
    for (i, r) in rules.iter().enumerate() {
        let _ = write!(
            h,
            "<th title=\"{} {}\">{}</th>",
            r,
            esc(Office::title(*r)),
            i + 1
        );
    }
    let _ = writeln!(
        h,
        "<th title=\"附件3统计表\">附件3</th></tr></thead><tbody>"
    );
    for (group, list) in office.groups() {
        let _ = writeln!(
            h,
            "<tr class=\"group\"><td colspan=\"{}\">{group}({})</td></tr>",
            rules.len() + 2,
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
            let m = office.annex3_mark(u);
            let _ = writeln!(h, "<td class=\"{}\">{}</td></tr>", m.class, m.symbol);
        }
    }
    let _ = writeln!(h, "</tbody></table><ol class=\"rules\">");
    for r in rules {
        let _ = writeln!(h, "<li>{r} {}</li>", esc(Office::title(*r)));
    }
    let _ = writeln!(h, "</ol>");

    // 年度考评
    for (title, list) in [("年度考评减分", &ded), ("年度考评加分", &bon)] {
        let _ = writeln!(h, "<h2>{title}({})</h2>", list.len());
        if list.is_empty() {
            let _ = writeln!(h, "<p class=\"muted\">无</p>");
            continue;
        }
        let _ = writeln!(h, "<table><thead><tr><th>单位</th><th>事项</th><th>原因</th><th>依据</th></tr></thead><tbody>");
        for f in list.iter() {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(f.unit.as_deref().unwrap_or("")),
                esc(Office::title(f.rule)),
                esc(&f.message.zh),
                esc(&f.clause)
            );
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

    // 附件3退回
    let returned = office.returned_tables();
    let _ = writeln!(h, "<h2>附件3统计表退回({})</h2>", returned.len());
    if returned.is_empty() {
        let _ = writeln!(h, "<p class=\"muted\">无</p>");
    } else {
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
                esc(r.unit.as_deref().unwrap_or(&r.place)),
                why.join("<br>")
            );
        }
        let _ = writeln!(h, "</tbody></table>");
    }

    // 全市合计
    if let Some(t) = office.totals() {
        let apart = !t.outside_units.is_empty();
        let _ = writeln!(h, "<h2>附件3全市合计({}个单位)</h2>", t.units);
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
    for (_, list) in office.groups() {
        for u in list {
            let problems = office.problems(u);
            if problems.is_empty() {
                continue;
            }
            let _ = writeln!(
                h,
                "<h3>{}({}项)</h3><ul class=\"problems\">",
                esc(&u.report.unit),
                problems.len()
            );
            for f in problems {
                let _ = writeln!(
                    h,
                    "<li><b>{}</b>({}):{}{}</li>",
                    esc(Office::title(f.rule)),
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
    }

    // 活动日程
    let _ = writeln!(h, "<h2>活动日程</h2><table><thead><tr><th>日期</th><th>时间</th><th>事项</th></tr></thead><tbody>");
    for (day, time, what) in office.calendar() {
        let _ = writeln!(
            h,
            "<tr><td>{day}</td><td>{time}</td><td>{}</td></tr>",
            esc(&what)
        );
    }
    let _ = writeln!(h, "</tbody></table>");
    let _ = writeln!(
        h,
        "<p class=\"sign\">{}<br>{}</p></body></html>",
        esc(&c.issuer),
        chinese_date(a.as_of.date())
    );
    h
}

// ---------------------------------------------------------------------------------
// XLSX

/// The report as a workbook: 总表 (the matrix, coloured), 考评, 问题清单, 未报单位,
/// 附件3退回, 全市合计, 日程 and, when there is any, 催报 — each A4 landscape, one page
/// wide, its header repeated.
///
/// # Errors
///
/// [`XlsxError`] from the writer.
pub fn write_xlsx(path: &Path, office: &Office<'_>) -> Result<(), XlsxError> {
    let c = office.campaign;
    let a = office.audit;
    let mut wb = Workbook::new();
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
    let subtitle = format!("{} · 核查时点 {}", c.document_number, a.as_of.as_deadline());

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
    let a3col = rules.len() as u16 + 1;
    ws.write_string_with_format(3, a3col, "附件3", &head)?;
    ws.set_column_width(a3col, 6)?;
    let mut row: u32 = 4;
    for (name, list) in office.groups() {
        ws.merge_range(
            row,
            0,
            row,
            a3col,
            &format!("{name}({})", list.len()),
            &group,
        )?;
        row += 1;
        for u in list {
            let unit = if u.source.is_empty() {
                format!("{}(未报)", u.report.unit)
            } else {
                u.report.unit.clone()
            };
            ws.write_string_with_format(row, 0, unit, &cell)?;
            for (i, r) in rules.iter().enumerate() {
                let m = office.mark(u, *r);
                ws.write_string_with_format(row, i as u16 + 1, m.symbol, &mark_format(m.class))?;
            }
            let m = office.annex3_mark(u);
            ws.write_string_with_format(row, a3col, m.symbol, &mark_format(m.class))?;
            row += 1;
        }
    }
    row += 1;
    let legend: Vec<String> = LEGEND
        .iter()
        .map(|(m, l)| format!("{} {l}", m.symbol))
        .collect();
    ws.write_string(row, 0, format!("图例:{}", legend.join("  ")))?;
    row += 1;
    for (i, r) in rules.iter().enumerate() {
        ws.write_string(row, 0, format!("{} {r} {}", i + 1, Office::title(*r)))?;
        row += 1;
    }
    crate::tables::print_a4(ws, 3, 3)?;
    ws.set_freeze_panes(4, 1)?;

    // 考评
    let ws = wb.add_worksheet();
    ws.set_name("考评")?;
    let effects: Vec<Vec<String>> = [(Effect::Deduction, "减分"), (Effect::Bonus, "加分")]
        .iter()
        .flat_map(|(e, label)| {
            office.effects(*e).into_iter().map(move |f| {
                vec![
                    f.unit.clone().unwrap_or_default(),
                    (*label).to_owned(),
                    Office::title(f.rule).to_owned(),
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

    // 问题清单
    let ws = wb.add_worksheet();
    ws.set_name("问题清单")?;
    let mut problems: Vec<Vec<String>> = office
        .input_findings()
        .into_iter()
        .map(|f| {
            vec![
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
                String::new(),
            ]
        })
        .collect();
    for (_, list) in office.groups() {
        for u in list {
            for f in office.problems(u) {
                problems.push(vec![
                    u.report.unit.clone(),
                    Office::title(f.rule).to_owned(),
                    f.verdict(Lang::Zh).to_owned(),
                    f.message.zh.clone(),
                    match f.effect {
                        Effect::None => String::new(),
                        e => e.label(Lang::Zh).to_owned(),
                    },
                ]);
            }
        }
    }
    table(
        ws,
        "各单位问题清单",
        &subtitle,
        &[
            ("单位", 18.0),
            ("事项", 20.0),
            ("结果", 8.0),
            ("说明", 80.0),
            ("考评", 6.0),
        ],
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

    // 附件3退回
    let ws = wb.add_worksheet();
    ws.set_name("附件3退回")?;
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
            vec![
                r.unit.clone().unwrap_or_else(|| r.place.clone()),
                why.join(";"),
            ]
        })
        .collect();
    table(
        ws,
        "附件3统计表退回",
        &subtitle,
        &[("单位", 18.0), ("退回原因", 100.0)],
        &returned,
        &head,
        &cell,
        &title,
    )?;

    // 全市合计
    if let Some(t) = office.totals() {
        let ws = wb.add_worksheet();
        ws.set_name("全市合计")?;
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
            &format!("附件3全市合计({}个单位)", t.units),
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
        .map(|(d, t, w)| vec![d, t, w])
        .collect();
    table(
        ws,
        "活动日程",
        &c.name.zh,
        &[("日期", 12.0), ("时间", 8.0), ("事项", 80.0)],
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
                    d.rule.name.zh.clone(),
                    d.cutoff.as_deadline(),
                    d.rule.clause.clone(),
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
    wb.save(path)
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
    }
    crate::tables::print_a4(ws, 3, 3)?;
    ws.set_freeze_panes(4, 0)?;
    Ok(())
}
