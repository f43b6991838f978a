//! What JavaScript sees: camelCase objects, mapped explicitly from the core types, so
//! the library's types can change without changing the JS contract by accident.
//!
//! Data keys stay as the spec names them: rule ids (`"D-PLAN"`), Annex 3 field names
//! (`"qijin_sessions"`), region keys (`"21"`). Property names of these objects are
//! camelCase. The TypeScript declarations beside them (`types.d.ts`) are checked by
//! `tsc` against a usage file in the tests.

use fangfei::annex3::sheet::Batch;
use fangfei::annex3::{Annex3, CellCheck, Field, FormCheck, RowOutcome, Totals};
use fangfei::audit::{judged_rules, UnitReport};
use fangfei::quiz::{Individual, QuestionScore, SheetOutcome, TeamStanding};
use fangfei::report::{Finding, Text};
use fangfei::rule::RuleInfo;
use fangfei::timeline::{Event, Moment, OpenWindow};
use fangfei::Campaign;
use serde::Serialize;

/// A count for JavaScript: a number while it is exact there (≤ 2^53 − 1), else its
/// decimal digits as a string — a count never silently loses digits in JS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsU64(pub u64);

/// The largest integer a JS number holds exactly.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

impl Serialize for JsU64 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 <= MAX_SAFE_INTEGER {
            s.serialize_u64(self.0)
        } else {
            s.collect_str(&self.0)
        }
    }
}

/// A message in both languages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MessageDto {
    pub zh: String,
    pub en: String,
}

impl From<&Text> for MessageDto {
    fn from(t: &Text) -> Self {
        MessageDto {
            zh: t.zh.clone(),
            en: t.en.clone(),
        }
    }
}

impl From<Text> for MessageDto {
    fn from(t: Text) -> Self {
        MessageDto { zh: t.zh, en: t.en }
    }
}

/// A finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FindingDto {
    pub rule: &'static str,
    pub severity: &'static str,
    pub outcome: &'static str,
    pub path: fangfei::Path,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub message: MessageDto,
    pub clause: String,
    pub effect: &'static str,
}

/// By value: the strings move (results are converted once; a keystroke check spent
/// a tenth of its time copying them).
impl From<Finding> for FindingDto {
    fn from(f: Finding) -> Self {
        FindingDto {
            rule: f.rule.as_str(),
            severity: f.severity.as_str(),
            outcome: f.outcome.as_str(),
            path: f.path,
            place: f.place,
            unit: f.unit,
            message: f.message.into(),
            clause: f.clause,
            effect: match f.effect {
                fangfei::Effect::None => "none",
                fangfei::Effect::Deduction => "deduction",
                fangfei::Effect::Bonus => "bonus",
            },
        }
    }
}

pub fn findings(fs: Vec<Finding>) -> Vec<FindingDto> {
    fs.into_iter().map(Into::into).collect()
}

/// A submission window.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WindowDto {
    pub rule: String,
    pub name: MessageDto,
    pub opens: Option<String>,
    pub cutoff: String,
    pub inclusive: bool,
}

impl From<&OpenWindow> for WindowDto {
    fn from(w: &OpenWindow) -> Self {
        WindowDto {
            rule: w.rule.to_string(),
            name: (&w.name).into(),
            opens: w.opens.map(|t| t.to_string()),
            cutoff: w.cutoff.to_string(),
            inclusive: w.inclusive,
        }
    }
}

/// What holds at an instant.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MomentDto {
    pub at: String,
    pub in_campaign: bool,
    pub phase: Option<String>,
    pub phase_name: Option<MessageDto>,
    pub concentrated_day: bool,
    pub quiz_open: bool,
    pub open_windows: Vec<WindowDto>,
    pub next_deadlines: Vec<WindowDto>,
}

impl From<&Moment> for MomentDto {
    fn from(m: &Moment) -> Self {
        MomentDto {
            at: m.at.to_string(),
            in_campaign: m.in_campaign,
            phase: m.phase.clone(),
            phase_name: m.phase_name.as_ref().map(Into::into),
            concentrated_day: m.concentrated_day,
            quiz_open: m.quiz_open,
            open_windows: m.open_windows.iter().map(Into::into).collect(),
            next_deadlines: m.next_deadlines.iter().map(Into::into).collect(),
        }
    }
}

/// A dated event.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EventDto {
    pub date: String,
    pub at: Option<String>,
    pub kind: String,
    pub rule: String,
    pub label: MessageDto,
    pub working_day: bool,
    pub note: Option<MessageDto>,
}

impl From<&Event> for EventDto {
    fn from(e: &Event) -> Self {
        EventDto {
            date: e.date.to_string(),
            at: e.at.map(|t| t.to_string()),
            kind: serde_json::to_value(e.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            rule: e.rule.to_string(),
            label: (&e.label).into(),
            working_day: e.day_kind.is_working(),
            note: e.note.as_ref().map(Into::into),
        }
    }
}

/// A JSON object written in the order its entries were given (fields in the table's
/// order): no sorting and no tree, for size and speed.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyed<K, V>(pub Vec<(K, V)>);

impl<K, V> FromIterator<(K, V)> for Keyed<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Keyed(iter.into_iter().collect())
    }
}

impl<K: Serialize, V: Serialize> Serialize for Keyed<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// One unit's Annex 3 table: counts keyed by field name.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TableDto {
    pub unit: String,
    pub counts: Keyed<&'static str, JsU64>,
    pub other_methods: Vec<String>,
}

impl From<Annex3> for TableDto {
    fn from(t: Annex3) -> Self {
        TableDto {
            counts: Field::ALL
                .iter()
                .map(|f| (f.name(), JsU64(t.counts.get(*f))))
                .collect(),
            unit: t.unit,
            other_methods: t.other_methods,
        }
    }
}

/// One cell's check.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CellDto {
    pub field: &'static str,
    pub value: Option<JsU64>,
    pub valid: bool,
    pub findings: Vec<FindingDto>,
}

impl From<CellCheck> for CellDto {
    fn from(c: CellCheck) -> Self {
        CellDto {
            field: c.field.name(),
            value: c.value.map(JsU64),
            valid: c.is_valid(),
            findings: findings(c.findings),
        }
    }
}

/// A form's check.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormDto {
    pub valid: bool,
    pub table: Option<TableDto>,
    pub findings: Vec<FindingDto>,
}

impl From<FormCheck> for FormDto {
    fn from(c: FormCheck) -> Self {
        FormDto {
            valid: c.is_valid(),
            table: c.table.map(Into::into),
            findings: findings(c.findings),
        }
    }
}

/// One row of a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowDto {
    pub row: usize,
    pub place: String,
    pub unit: Option<String>,
    pub accepted: bool,
    pub findings: Vec<FindingDto>,
    pub table: Option<TableDto>,
}

impl From<RowOutcome> for RowDto {
    fn from(r: RowOutcome) -> Self {
        RowDto {
            row: r.row,
            place: r.place,
            unit: r.unit,
            accepted: r.accepted,
            findings: findings(r.findings),
            table: r.table.map(Into::into),
        }
    }
}

/// A city total: `null` for a column that overflowed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TotalsDto {
    pub counts: Keyed<&'static str, Option<JsU64>>,
    pub units: Vec<String>,
    pub findings: Vec<FindingDto>,
}

impl From<Totals> for TotalsDto {
    fn from(t: Totals) -> Self {
        TotalsDto {
            counts: t
                .columns
                .iter()
                .map(|(f, v)| (f.name(), v.map(JsU64)))
                .collect(),
            units: t.units,
            findings: findings(t.findings),
        }
    }
}

/// A batch of forms.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchDto {
    pub rows: Vec<RowDto>,
    pub accepted: usize,
    pub rejected: usize,
    pub totals: TotalsDto,
    pub findings: Vec<FindingDto>,
}

impl From<Batch> for BatchDto {
    fn from(b: Batch) -> Self {
        let (accepted, rejected) = b.counts();
        BatchDto {
            rows: b.rows.into_iter().map(Into::into).collect(),
            accepted,
            rejected,
            totals: b.totals.into(),
            findings: findings(b.findings),
        }
    }
}

/// One unit's report, with each judged rule's overall outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UnitReportDto {
    pub unit: String,
    pub on_roster: bool,
    pub roles: Vec<String>,
    pub findings: Vec<FindingDto>,
    pub outcomes: Keyed<String, Option<&'static str>>,
}

impl UnitReportDto {
    pub fn new(campaign: &Campaign, r: UnitReport) -> Self {
        let outcomes = judged_rules(campaign)
            .into_iter()
            .map(|rule| {
                (
                    rule.to_string(),
                    r.outcome(rule).map(fangfei::Outcome::as_str),
                )
            })
            .collect();
        UnitReportDto {
            on_roster: r.on_roster,
            roles: r
                .roles
                .iter()
                .filter_map(|x| {
                    serde_json::to_value(x)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                })
                .collect(),
            unit: r.unit,
            findings: findings(r.findings),
            outcomes,
        }
    }
}

/// A catalogue entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleDto {
    pub id: &'static str,
    pub clause: &'static str,
    pub title: MessageDto,
    pub text: MessageDto,
}

impl From<&RuleInfo> for RuleDto {
    fn from(r: &RuleInfo) -> Self {
        RuleDto {
            id: r.id.as_str(),
            clause: r.clause,
            title: MessageDto {
                zh: r.title_zh.into(),
                en: r.title_en.into(),
            },
            text: MessageDto {
                zh: r.text_zh.into(),
                en: r.text_en.into(),
            },
        }
    }
}

/// A question's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionDto {
    pub id: String,
    pub points: u32,
    pub max: u32,
    pub class: String,
}

impl From<&QuestionScore> for QuestionDto {
    fn from(q: &QuestionScore) -> Self {
        QuestionDto {
            id: q.id.clone(),
            points: q.points,
            max: q.max,
            class: serde_json::to_value(q.class)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
        }
    }
}

/// One sheet's outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SheetDto {
    pub line: usize,
    pub participant: String,
    pub region: Option<&'static str>,
    pub day: String,
    pub score: Option<u32>,
    pub counted: bool,
    pub questions: Vec<QuestionDto>,
    pub findings: Vec<FindingDto>,
}

impl From<SheetOutcome> for SheetDto {
    fn from(s: SheetOutcome) -> Self {
        SheetDto {
            line: s.line,
            region: s.region.map(|r| r.key()),
            day: s.day.to_string(),
            score: s.score,
            counted: s.counted,
            questions: s.questions.iter().map(Into::into).collect(),
            participant: s.participant,
            findings: findings(s.findings),
        }
    }
}

/// A team's line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamDto {
    pub rank: usize,
    pub region: &'static str,
    pub name: &'static str,
    pub value: f64,
    pub participants: u64,
    pub sheets: u64,
    pub total: u64,
    pub best_day: u64,
}

impl From<&TeamStanding> for TeamDto {
    fn from(t: &TeamStanding) -> Self {
        TeamDto {
            rank: t.rank,
            region: t.region.key(),
            name: t.region.name(),
            value: t.value,
            participants: t.participants,
            sheets: t.sheets,
            total: t.total,
            best_day: t.best_day,
        }
    }
}

/// A participant's line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IndividualDto {
    pub participant: String,
    pub region: &'static str,
    pub days: u32,
    pub total: u64,
}

impl From<&Individual> for IndividualDto {
    fn from(p: &Individual) -> Self {
        IndividualDto {
            participant: p.id.clone(),
            region: p.region.key(),
            days: p.days,
            total: p.total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_map_every_field() {
        let f = Finding::error(
            fangfei::RuleId::A3Blank,
            "rows[1].sms_sent",
            Text::new("中", "en"),
        )
        .with_unit("市教育局")
        .at("Sheet1!H2".into())
        .with_effect(fangfei::Effect::Deduction);
        let dto = FindingDto::from(f);
        let v = serde_json::to_value(&dto).unwrap();
        assert_eq!(v["rule"], "A3-BLANK");
        assert_eq!(v["severity"], "error");
        assert_eq!(v["outcome"], "fail");
        assert_eq!(v["place"], "Sheet1!H2");
        assert_eq!(v["effect"], "deduction");
        assert_eq!(v["message"]["zh"], "中");
        assert_eq!(v["clause"], "附件3 填表说明2");
    }

    #[test]
    fn tables_key_counts_by_field_name() {
        let mut t = Annex3 {
            unit: "市教育局".into(),
            ..Annex3::default()
        };
        assert_eq!(
            serde_json::to_value(JsU64(MAX_SAFE_INTEGER)).unwrap(),
            MAX_SAFE_INTEGER
        );
        t.counts.set(Field::SmsSent, 7);
        let v = serde_json::to_value(TableDto::from(t.clone())).unwrap();
        assert_eq!(v["counts"]["sms_sent"], 7);
        t.counts.set(Field::OnlineViews, u64::MAX);
        let v = serde_json::to_value(TableDto::from(t.clone())).unwrap();
        assert_eq!(v["counts"]["online_views"], "18446744073709551615");
        assert_eq!(v["counts"].as_object().unwrap().len(), 11);
        assert!(v.get("otherMethods").is_some());
    }
}
