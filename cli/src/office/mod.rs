//! The office's printed and forwarded reports of an audit: `--html` (one self-contained
//! page that prints on A4), `--xlsx` (a workbook for leaders, print-ready), `--notices`
//! (one short notice per unit with something to 补报 or 退回), and the 催报 list of what
//! falls due within a day of `--as-of` and has not been received.
//!
//! They are in Chinese, the office's language, and say things in its words: the rule's
//! title and the material's name, never a JSON path.

use std::fmt::Write as _;
use std::path::Path;

use fangfei::annex3::RowOutcome;
use fangfei::audit::{judged_rules, Audit, AuditedUnit};
use fangfei::campaign::{Deliver, Duty, DutyRule};
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

/// What the reports call the campaign's statistics table.
pub struct TableWords {
    /// Its name, as the plan gives it (2021: 附件3活动情况统计表).
    pub name: fangfei::Text,
    /// A label for a narrow column or a sheet's name: the first of its ledger sheet's
    /// name, its clause and its name that is short (2021: 附件3), else 统计表.
    pub short: String,
}

/// The longest short label of a table, in characters.
const SHORT: usize = 8;

impl TableWords {
    /// The words of `campaign`'s statistics table; `None` when it has none (then the
    /// reports have no column, count or sheet of it).
    pub fn of(campaign: &Campaign) -> Option<TableWords> {
        let t = campaign.statistics_table.as_ref()?;
        let sheet = t.ledger.as_ref().map(|l| l.sheet.as_str());
        let short = [sheet, Some(t.clause.as_str()), Some(t.name.zh.as_str())]
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|s| !s.is_empty() && s.chars().count() <= SHORT)
            .unwrap_or("统计表");
        Some(TableWords {
            name: t.name.clone(),
            short: short.to_owned(),
        })
    }
}

/// The statistics table's total as the report shows it.
pub struct CityTotal {
    /// What the report calls the table: the plan's clause of it (2021: 附件3).
    pub table: String,
    /// What the total is called (2021: 全市合计; see [`Campaign::total_label`]).
    pub label: String,
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
    /// The delivery duty.
    pub duty: &'a Duty,
    /// The delivery's name.
    pub name: fangfei::Text,
    pub cutoff: Instant,
}

/// A day of the campaign's calendar as the reports show it.
pub struct CalendarRow {
    pub day: String,
    /// The time of day (`24:00` for a deadline at the day's end), or empty.
    pub time: String,
    pub what: String,
    /// The timeline's note (2021: 7月3日为星期六(非工作日),截止日期不顺延), or empty.
    pub note: String,
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

    /// The units in roster order, grouped by their first role (in the campaign's
    /// order of roles: 成员单位, then 乡镇街道 in 2021), then units off the roster.
    pub fn groups(&self) -> Vec<(String, Vec<&'a AuditedUnit>)> {
        let counted = || self.audit.units.iter().filter(|u| u.counted);
        let mut groups: Vec<(String, Vec<&'a AuditedUnit>)> = self
            .campaign
            .roles
            .iter()
            .map(|r| {
                let units = counted()
                    .filter(|u| u.report.on_roster && u.report.roles.first() == Some(&r.key))
                    .collect();
                (r.name.zh.clone(), units)
            })
            .collect();
        let rest: Vec<&AuditedUnit> = counted()
            .filter(|u| {
                !groups
                    .iter()
                    .any(|(_, g)| g.iter().any(|x| std::ptr::eq(*x, *u)))
            })
            .collect();
        groups.push(("名单外及其他单位".to_owned(), rest));
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

    /// What the reports call the campaign's statistics table, when it has one.
    pub fn table(&self) -> Option<TableWords> {
        TableWords::of(self.campaign)
    }

    /// The unit's statistics table in the audit's batch, when it sent one.
    pub fn annex3_of(&self, u: &AuditedUnit) -> Option<&'a RowOutcome> {
        let roster = self.campaign.roster();
        let i = roster.resolve_index(&u.report.unit);
        self.audit.annex3.as_ref()?.rows.iter().find(|r| {
            r.unit.as_deref().is_some_and(|w| {
                w == u.report.unit || (i.is_some() && roster.resolve_index(w) == i)
            })
        })
    }

    /// The table column's mark: ✓ accepted, ✗ sent back, – none sent.
    pub fn annex3_mark(&self, u: &AuditedUnit) -> Mark {
        match self.annex3_of(u) {
            Some(r) if r.accepted => LEGEND[0].0,
            Some(_) => LEGEND[1].0,
            None => LEGEND[6].0,
        }
    }

    /// What the unit must look at: failed rules (errors and reminders), rules that
    /// could not be judged, and notes worth a look (a material received after the
    /// as-of, not counted), in the report's order.
    pub fn problems(&self, u: &'a AuditedUnit) -> Vec<&'a Finding> {
        u.report
            .findings
            .iter()
            .filter(|f| {
                matches!(
                    f.outcome,
                    Outcome::Fail | Outcome::CannotJudge | Outcome::Reported
                ) && f.severity >= Severity::Warning
            })
            .collect()
    }

    /// The audit's own findings about inputs (unreadable records, ledger rows).
    pub fn input_findings(&self) -> Vec<&'a Finding> {
        self.audit
            .findings
            .iter()
            .filter(|f| f.rule != RuleId::UNITS || f.place.is_some())
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

    /// Rows of the statistics tables' batch sent back, with their unit.
    pub fn returned_tables(&self) -> Vec<&'a RowOutcome> {
        self.audit
            .annex3
            .as_ref()
            .map(|b| b.rows.iter().filter(|r| !r.accepted).collect())
            .unwrap_or_default()
    }

    /// The delivery duties of the campaign.
    fn deliveries(&self) -> impl Iterator<Item = (&'a Duty, &'a Deliver)> {
        self.campaign.duties.iter().filter_map(|d| match &d.rule {
            DutyRule::Deliver(x) => Some((d, x)),
            _ => None,
        })
    }

    /// What falls due within a day after the audit's instant and has not been
    /// received (the units' outcome for it is still pending).
    pub fn due_soon(&self) -> Vec<Due<'a>> {
        let as_of = self.audit.as_of;
        let mut out = Vec::new();
        for (duty, x) in self.deliveries() {
            let (cutoff, _) = self.campaign.due_of(x).cutoff();
            let ahead = cutoff.unix_seconds().saturating_sub(as_of.unix_seconds());
            if !(0 < ahead && ahead <= 86_400) {
                continue;
            }
            for u in self.audit.units.iter().filter(|u| u.counted) {
                if u.report.outcome(duty.id) == Some(Outcome::Pending) {
                    out.push(Due {
                        unit: &u.report.unit,
                        duty,
                        name: self.campaign.delivery_name(x),
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
            match out.iter_mut().find(|(x, _)| std::ptr::eq(x.duty, d.duty)) {
                Some((_, units)) => units.push(d.unit),
                None => {
                    let unit = d.unit;
                    out.push((d, vec![unit]));
                }
            }
        }
        out
    }

    /// What a unit must 补报 (a material missing, parts of a material, what a
    /// material must state) or has had 退回 (its statistics table), by which clause
    /// and by when.
    pub fn notice_items(&self, u: &'a AuditedUnit) -> Vec<Item> {
        let as_of = self.audit.as_of;
        let campaign = self.campaign;
        let by_when = |x: Option<&Deliver>| match x {
            Some(x) => {
                let (cutoff, _) = campaign.due_of(x).cutoff();
                if as_of < cutoff {
                    format!("请于{}前报送", gongwen(cutoff))
                } else {
                    format!("截止时间{}已过,请尽快补报", gongwen(cutoff))
                }
            }
            None => "请尽快补报".to_owned(),
        };
        // The delivery a rule is about: the duty itself, the one whose parts rule it
        // is, or (for what a material must state) the material's own delivery.
        let delivery_of = |id: RuleId| -> Option<&Deliver> {
            let of_material = |m: &str| {
                self.deliveries()
                    .find(|(_, x)| x.material == m)
                    .map(|(_, x)| x)
            };
            campaign.duties.iter().find_map(|d| match &d.rule {
                DutyRule::Deliver(x)
                    if d.id == id || x.parts.as_ref().is_some_and(|p| p.id == id) =>
                {
                    Some(x)
                }
                DutyRule::State(s) if d.id == id => of_material(&s.material),
                _ => None,
            })
        };
        let mut items = Vec::new();
        for f in &u.report.findings {
            if f.outcome != Outcome::Fail || f.severity != Severity::Error {
                continue;
            }
            let duty = campaign.duty(f.rule);
            let is_delivery = matches!(duty.map(|d| &d.rule), Some(DutyRule::Deliver(_)));
            let is_statement = matches!(duty.map(|d| &d.rule), Some(DutyRule::State(_)));
            // A material not received at all (its finding is about the record as a
            // whole); a late one is received and is not asked for again.
            let missing = is_delivery && f.path.to_string().is_empty();
            let parts = self
                .deliveries()
                .any(|(_, x)| x.parts.as_ref().is_some_and(|p| p.id == f.rule));
            if missing || parts || is_statement {
                // A material missing is named as the plan names it.
                let what = match delivery_of(f.rule).filter(|_| missing) {
                    Some(x) => format!("{}未报送", campaign.delivery_name(x).zh),
                    None => f.message.zh.clone(),
                };
                items.push(Item {
                    returned: false,
                    what,
                    clause: f.clause.clone(),
                    by_when: by_when(delivery_of(f.rule)),
                });
            }
        }
        if let (Some(row), Some(table)) = (
            self.annex3_of(u).filter(|r| !r.accepted),
            campaign.statistics_table.as_ref(),
        ) {
            let why: Vec<String> = row
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .map(|f| f.message.zh.clone())
                .collect();
            let delivery = table
                .material
                .as_deref()
                .and_then(|m| self.deliveries().find(|(_, x)| x.material == m))
                .map(|(_, x)| x);
            items.push(Item {
                returned: true,
                what: format!("{}退回:{}", table.name.zh, why.join(";")),
                clause: table.clause.clone(),
                by_when: by_when(delivery).replace("补报", "重新报送"),
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
        // The unit's name may come from an input (a units file): shown, never raw.
        let _ = writeln!(s, "{}:\n", crate::out::shown(&u.report.unit));
        let number = c
            .document_number
            .as_deref()
            .map(|n| format!("({n})"))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "    根据《{}》{number},经核查(截至{}),请贵单位办理以下事项:\n",
            c.name.zh,
            gongwen(self.audit.as_of)
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
        // The office's own contact, from the campaign: not input, never masked.
        if let Some(contact) = &c.contact {
            let _ = writeln!(s, "    {}\n", contact.line());
        }
        if let Some(issuer) = &c.issuer {
            let _ = writeln!(s, "{issuer:>40}");
        }
        let d = self.audit.as_of.date();
        let _ = writeln!(s, "{:>40}", chinese_date(d));
        // Said once, at the end, when the notice masked a number (issue 28).
        if fangfei::has_masked(&s) {
            let _ = writeln!(s, "\n({})", fangfei::MASKED_NOTE.0);
        }
        Some(s)
    }

    /// The campaign's calendar: (day, time, what, note). A deadline at the day's end
    /// shows its time, 24:00, as the plan writes it (TIME-2400), and an event keeps
    /// the timeline's note (a deadline on a day off is not shifted).
    pub fn calendar(&self) -> Vec<CalendarRow> {
        self.campaign
            .events()
            .map(|events| {
                events
                    .iter()
                    .map(|e| CalendarRow {
                        day: e.date.to_string(),
                        time: e.clock().unwrap_or_default(),
                        what: e.label.get(Lang::Zh).to_owned(),
                        note: e
                            .note
                            .as_ref()
                            .map(|n| n.get(Lang::Zh).to_owned())
                            .unwrap_or_default(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The evaluation's findings of `effect` grouped by unit, in the audit's order:
    /// each unit's items together, and, with `merge`, units whose items read the same
    /// word for word (the units that sent nothing: each misses the same materials) in
    /// one group, so the printed report says each thing once (issue 29, item 19).
    pub fn effects_by_unit(
        &self,
        effect: Effect,
        merge: bool,
    ) -> Vec<(Vec<&'a str>, Vec<&'a Finding>)> {
        let mut by_unit: Vec<(&'a str, Vec<&'a Finding>)> = Vec::new();
        for f in self.effects(effect) {
            let unit = f.unit.as_deref().unwrap_or("");
            match by_unit.iter_mut().find(|(u, _)| *u == unit) {
                Some((_, list)) => list.push(f),
                None => by_unit.push((unit, vec![f])),
            }
        }
        let same = |a: &[&Finding], b: &[&Finding]| {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|(x, y)| x.rule == y.rule && x.message == y.message)
        };
        let mut out: Vec<(Vec<&'a str>, Vec<&'a Finding>)> = Vec::new();
        for (unit, list) in by_unit {
            match out.iter_mut().find(|(_, l)| merge && same(l, &list)) {
                Some((units, _)) => units.push(unit),
                None => out.push((vec![unit], list)),
            }
        }
        out
    }

    /// The name a row of the statistics tables goes by in the reports: the roster's
    /// name of its unit, as the matrix names it (a table written 凌源市教育局 is
    /// 市教育局's), else its unit as written, else its place.
    pub fn table_unit(&self, r: &RowOutcome) -> String {
        match r.unit.as_deref() {
            Some(w) => match self.campaign.roster().resolve(w) {
                Some(u) => u.name.clone(),
                None => fangfei::shown(w).text.into_owned(),
            },
            None => fangfei::shown(&r.place).text.into_owned(),
        }
    }

    /// The total of the statistics tables, when the audit has any.
    pub fn totals(&self) -> Option<CityTotal> {
        let t = &self.audit.annex3.as_ref()?.totals;
        let table = self.campaign.statistics_table.as_ref()?;
        Some(CityTotal {
            table: table.clause.clone(),
            label: self.campaign.total_label().zh,
            units: t.units.len(),
            columns: table
                .columns
                .iter()
                .map(|c| {
                    let value = |m: &fangfei::annex3::ByColumn<Option<u64>>| {
                        m.by_key(&c.key).copied().flatten()
                    };
                    (c.header_zh(), value(&t.columns), value(&t.outside))
                })
                .collect(),
            outside_units: t.outside_units.clone(),
        })
    }

    /// Whether the reports show a number masked ([`fangfei::shown`]) in what they
    /// quote of the inputs — unit names, messages, places, Annex 3 rows and lists —:
    /// each report then says so once (issue 28, class 6).
    pub fn masked(&self) -> bool {
        // Masked by the library where it quoted an input, or by the reports where
        // they print a row's unit as written.
        let text = |s: &str| fangfei::has_masked(s);
        let finding = |f: &Finding| text(&f.message.zh) || f.unit.as_deref().is_some_and(text);
        let a = self.audit;
        a.findings.iter().any(finding)
            || a.units
                .iter()
                .any(|u| text(&u.report.unit) || u.report.findings.iter().any(finding))
            || a.annex3.as_ref().is_some_and(|b| {
                b.findings.iter().any(finding)
                    || b.rows.iter().any(|r| {
                        r.unit.as_deref().is_some_and(|u| fangfei::shown(u).masked)
                            || r.findings.iter().any(finding)
                    })
                    || b.totals.outside_units.iter().any(|u| text(u))
            })
    }

    /// The title of a rule, as the office reads it.
    pub fn title(&self, rule: RuleId) -> String {
        self.campaign.title_of(rule).zh
    }
}

/// An instant as a 公文 writes a time: `2021年7月3日24时` (a day's end), `2021年6月10日17时`,
/// `17时30分`, `17时30分5秒` — never `2021-07-03 24:00`.
pub fn gongwen(i: Instant) -> String {
    use chrono::Timelike;
    let t = i.beijing();
    let (day, hour) = if t.time() == chrono::NaiveTime::MIN {
        (t.date().pred_opt().unwrap_or(t.date()), 24)
    } else {
        (t.date(), t.hour())
    };
    let mut s = format!("{}{hour}时", chinese_date(day));
    if t.minute() != 0 || t.second() != 0 {
        let _ = write!(s, "{}分", t.minute());
    }
    if t.second() != 0 {
        let _ = write!(s, "{}秒", t.second());
    }
    s
}

/// What a report says under the total's heading (2021: 全市合计) instead of a table
/// of zeros when no statistics table was accepted; `name` is the table's, from the
/// campaign (issue 29, item 19).
pub fn none_accepted(name: &str) -> String {
    format!("没有通过的{name},无从合计")
}

fn chinese_date(d: fangfei::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

// ---------------------------------------------------------------------------------
// Notices

/// Writes one notice per unit with something to 补报 or 退回 into `dir`
/// (`<unit>.txt`, UTF-8 with a BOM and Windows line ends, as Notepad and WPS open it),
/// each unit into a file of its own on every file system ([`notice_names`]), and lists
/// them in the folder's manifest ([`crate::write::NOTICES_MANIFEST`]), which marks
/// them as the tool's own for the next run. Returns how many files were written.
///
/// # Errors
///
/// [`crate::Unusable`] when a notice is refused (it exists and is not the tool's own,
/// or it is an input) or cannot be written; the notices written before it stay listed.
pub fn write_notices(dir: &Path, office: &Office<'_>) -> Result<usize, crate::Unusable> {
    use crate::write::{Kind, Output, NOTICES_MANIFEST};
    use std::io::Write as _;
    let notices: Vec<(&str, String)> = office
        .groups()
        .into_iter()
        .flat_map(|(_, units)| units)
        .filter_map(|u| office.notice(u).map(|text| (u.report.unit.as_str(), text)))
        .collect();
    let names = notice_names(notices.iter().map(|(unit, _)| *unit));
    std::fs::create_dir_all(dir).map_err(|e| crate::Unusable::io(dir, &e))?;
    // Every refusal before any file is written.
    for name in &names {
        crate::write::check_output(&dir.join(name), Kind::Notice)?;
    }
    let mut listed = crate::write::manifest(dir);
    let mut result = Ok(());
    let mut written = 0usize;
    for (name, (_, text)) in names.iter().zip(&notices) {
        let body = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        let path = dir.join(name);
        let done = Output::create(&path, Kind::Notice).and_then(|mut out| {
            out.write_all(body.as_bytes())
                .map_err(|e| crate::Unusable::write(&path, &e))?;
            out.commit()
        });
        if let Err(e) = done {
            result = Err(e);
            break;
        }
        listed.retain(|(n, _)| n != name);
        listed.push((name.clone(), crate::write::fingerprint(body.as_bytes())));
        written += 1;
    }
    let mut manifest = format!("# {} notices\n", crate::write::MARK);
    for (name, hash) in &listed {
        let _ = writeln!(manifest, "{name}\t{hash:016x}");
    }
    let kept = crate::write::file(
        &dir.join(NOTICES_MANIFEST),
        Kind::Manifest,
        manifest.as_bytes(),
    );
    result.and(kept).map(|()| written)
}

/// Longest notice file name, in bytes of UTF-8 (with its `-2` and `.txt`): well under
/// the 255 bytes of ext4, NTFS and APFS, and under Windows' 260-character paths for a
/// folder of reasonable depth.
pub const MAX_NOTICE_NAME_BYTES: usize = 100;

/// The file names of the notices of `units`, in order, one distinct file each on
/// every file system (issue 28, class 4): `/ \ : * ? " < > |` and control characters
/// become `_`; leading and trailing dots and spaces are dropped (Windows drops the
/// trailing ones itself, a leading dot hides a file); a name Windows reserves (CON,
/// PRN, AUX, NUL, COM0–9, LPT0–9, in any case, with any extension) gets a leading `_`;
/// names are cut to [`MAX_NOTICE_NAME_BYTES`] on a character boundary; and a name
/// equal to an earlier one ignoring case (abc局 and ABC局 on Windows and macOS) gets
/// `-2`, `-3` ….
pub fn notice_names<'u>(units: impl IntoIterator<Item = &'u str>) -> Vec<String> {
    const EXT: &str = ".txt";
    let trim = |s: &str| {
        s.trim_matches(|c: char| c == '.' || c.is_whitespace())
            .to_owned()
    };
    let cut = |s: &str, max: usize| -> String {
        let mut end = s.len().min(max);
        while !s.is_char_boundary(end) {
            end = end.saturating_sub(1);
        }
        trim(s.get(..end).unwrap_or(""))
    };
    let mut taken = std::collections::HashSet::new();
    let mut out = Vec::new();
    for unit in units {
        let clean: String = unit
            .chars()
            .map(|c| {
                // Bidi and other invisible formatting marks too (a unit named with U+202E
                // shows its file name reversed).
                if c.is_control()
                    || "/\\:*?\"<>|".contains(c)
                    || matches!(
                        fangfei::printable(c.encode_utf8(&mut [0; 4])),
                        std::borrow::Cow::Owned(_)
                    )
                {
                    '_'
                } else {
                    c
                }
            })
            .collect();
        let mut stem = trim(&clean);
        let device = stem
            .split('.')
            .next()
            .unwrap_or("")
            .trim_end()
            .to_ascii_uppercase();
        let reserved = matches!(device.as_str(), "CON" | "PRN" | "AUX" | "NUL")
            || (device.len() == 4
                && (device.starts_with("COM") || device.starts_with("LPT"))
                && device.ends_with(|c: char| c.is_ascii_digit()));
        if reserved || stem.is_empty() {
            stem.insert(0, '_');
        }
        let room = MAX_NOTICE_NAME_BYTES.saturating_sub(EXT.len());
        let mut name = format!("{}{EXT}", cut(&stem, room));
        let mut k = 1usize;
        while !taken.insert(name.to_lowercase()) {
            k += 1;
            let suffix = format!("-{k}");
            name = format!(
                "{}{suffix}{EXT}",
                cut(&stem, room.saturating_sub(suffix.len()))
            );
        }
        out.push(name);
    }
    out
}

mod html;
mod xlsx;

pub use html::html;
pub use xlsx::write_xlsx;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    /// Issue 29, item 18: times in a notice as a 公文 writes them.
    #[test]
    fn official_letters_write_times_in_chinese() {
        let at = |s| Instant::parse(s).unwrap();
        assert_eq!(gongwen(at("2021-07-03 24:00")), "2021年7月3日24时");
        assert_eq!(gongwen(at("2021-06-10 17:00")), "2021年6月10日17时");
        assert_eq!(gongwen(at("2021-06-10 17:30")), "2021年6月10日17时30分");
        assert_eq!(gongwen(at("2021-06-10 08:00:05")), "2021年6月10日8时0分5秒");
    }

    #[test]
    fn every_unit_gets_a_file_of_its_own() {
        let long = "很".repeat(120);
        let names = notice_names([
            "甲/乙局",
            "甲:乙局",
            "abc局",
            "ABC局",
            "丙局.",
            "丙局 ",
            "丙局",
            "CON",
            "nul.局",
            "Com1",
            "LPT9 ",
            "CONSOLE局",
            long.as_str(),
            long.as_str(),
            "...",
            "a\u{1b}[2Jb",
            "\u{202e}局育教市",
        ]);
        assert_eq!(
            names[..12],
            [
                "甲_乙局.txt",
                "甲_乙局-2.txt",
                "abc局.txt",
                "ABC局-2.txt",
                "丙局.txt",
                "丙局-2.txt",
                "丙局-3.txt",
                "_CON.txt",
                "_nul.局.txt",
                "_Com1.txt",
                "_LPT9.txt",
                "CONSOLE局.txt",
            ]
        );
        for n in &names[12..14] {
            assert!(n.len() <= MAX_NOTICE_NAME_BYTES, "{n}");
        }
        assert_eq!(names[12], format!("{}.txt", "很".repeat(32)));
        assert_eq!(names[13], format!("{}-2.txt", "很".repeat(31)));
        assert_eq!(names[14], "_.txt");
        assert_eq!(names[15], "a_[2Jb.txt");
        assert_eq!(names[16], "_局育教市.txt", "no name shows reversed");
        let lower: std::collections::HashSet<String> =
            names.iter().map(|n| n.to_lowercase()).collect();
        assert_eq!(lower.len(), names.len());
    }
}
