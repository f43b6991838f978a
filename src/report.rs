//! Findings and reports: what every check returns.
//!
//! A [`Finding`] names the rule (its stable id), how bad it is, whether the rule passed,
//! failed, did not apply or could not be judged, where (a field path such as
//! `submissions[2].submitted_at`, or a cell such as `Sheet1!C7`), a message in Chinese
//! and English, the plan's clause, and the year-end evaluation effect the plan attaches
//! (二(三)2: 减分 for late or missing materials; 二(三)1: 加分 for promoted practice).
//! A [`Report`] is a flat list of findings, rendered one per line as text or as JSON.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::path::Path;
use crate::rule::RuleId;
pub use crate::text::{Lang, Text};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// For the record: on time, normalised, not applicable.
    Info,
    /// Worth a look; not a violation.
    Warning,
    /// A rule is broken, or the input is invalid.
    Error,
}

crate::text::labels!(Severity {
    Info => "info", "提示", "info";
    Warning => "warning", "警告", "warning";
    Error => "error", "错误", "error";
});

/// What the check concluded about the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// The rule is met.
    Pass,
    /// The rule is broken.
    Fail,
    /// Its deadline has not come yet as of the instant asked about.
    Pending,
    /// The rule does not apply to this unit.
    NotApplicable,
    /// The record lacks what the rule needs: never counted as a pass.
    CannotJudge,
    /// A figure the plan asks for but sets no bar on: reported, not judged.
    Reported,
}

crate::text::labels!(Outcome {
    Pass => "pass", "符合", "pass";
    Fail => "fail", "不符合", "fail";
    Pending => "pending", "未到期", "pending";
    NotApplicable => "not_applicable", "不适用", "n/a";
    CannotJudge => "cannot_judge", "无法判断", "cannot judge";
    Reported => "reported", "仅记录", "reported";
});

impl Outcome {
    /// Its mark in a table: ✓ pass, ✗ fail, … pending, – not applicable, ? cannot judge.
    pub fn symbol(self) -> &'static str {
        match self {
            Outcome::Pass => "✓",
            Outcome::Fail => "✗",
            Outcome::Pending => "…",
            Outcome::NotApplicable => "–",
            Outcome::CannotJudge => "?",
            Outcome::Reported => "·",
        }
    }
}

/// The year-end evaluation effect the plan attaches to a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Effect {
    /// No effect.
    #[default]
    None,
    /// 年度考评减分: a deduction (二(三)2).
    Deduction,
    /// 年度考评加分: a bonus (二(三)1).
    Bonus,
}

crate::text::labels!(Effect {
    None => "none", "", "";
    Deduction => "deduction", "年度考评减分", "evaluation deduction";
    Bonus => "bonus", "年度考评加分", "evaluation bonus";
});

/// One conclusion about one rule at one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// The rule's stable id.
    pub rule: RuleId,
    /// How serious.
    pub severity: Severity,
    /// Pass, fail, pending, not applicable or cannot judge.
    pub outcome: Outcome,
    /// Where: a field path (`submissions[1].submitted_at`); the root for the record
    /// as a whole. Serialised as its text.
    pub path: Path,
    /// The physical place when the input was a table: `Sheet1!C7`, `line 7, 活动场次(次)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The reporting unit concerned, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What was found, in both languages.
    pub message: Text,
    /// The plan's clause.
    pub clause: String,
    /// The evaluation effect.
    #[serde(default)]
    pub effect: Effect,
}

impl Finding {
    /// A finding with the catalogue's clause and no effect.
    pub fn new(
        rule: RuleId,
        severity: Severity,
        outcome: Outcome,
        path: impl Into<Path>,
        message: Text,
    ) -> Finding {
        Finding {
            rule,
            severity,
            outcome,
            path: path.into(),
            place: None,
            unit: None,
            message,
            clause: rule.library().map_or("", |r| r.clause).to_owned(),
            effect: Effect::None,
        }
    }

    /// A failed rule: severity error.
    pub fn error(rule: RuleId, path: impl Into<Path>, message: Text) -> Finding {
        Finding::new(rule, Severity::Error, Outcome::Fail, path, message)
    }

    /// A passed rule: severity info.
    pub fn pass(rule: RuleId, path: impl Into<Path>, message: Text) -> Finding {
        Finding::new(rule, Severity::Info, Outcome::Pass, path, message)
    }

    /// This finding citing `clause` instead of the catalogue's.
    pub fn with_clause(mut self, clause: &str) -> Finding {
        clause.clone_into(&mut self.clause);
        self
    }

    /// This finding with an evaluation effect.
    pub fn with_effect(mut self, effect: Effect) -> Finding {
        self.effect = effect;
        self
    }

    /// This finding at a physical place (a cell or a line).
    pub fn at(mut self, place: String) -> Finding {
        self.place = Some(place);
        self
    }

    /// This finding about `unit`.
    pub fn with_unit(mut self, unit: &str) -> Finding {
        self.unit = Some(unit.to_owned());
        self
    }

    /// The one word a person reads for this finding: its outcome (符合, 不符合, 未到期,
    /// 不适用, 无法判断), except that a rule failed only as a warning is a reminder
    /// (提醒), never 不符合 (RULES.md §8). The severity is the line's colour and the
    /// machine format's `severity`.
    pub fn verdict(&self, lang: Lang) -> &'static str {
        match (self.outcome, self.severity, lang) {
            (Outcome::Fail, Severity::Warning | Severity::Info, Lang::Zh) => "提醒",
            (Outcome::Fail, Severity::Warning | Severity::Info, Lang::En) => "warning",
            (o, _, lang) => o.label(lang),
        }
    }

    /// One line: `path: [RULE] verdict — message (clause) [effect]`; in Chinese
    /// `place:verdict — message(依据:clause)[effect]`, the place in Chinese
    /// ([`place_in`]) and no rule id at its head (RULES.md §8: a Chinese message holds
    /// no English and no `[INPUT]`-style prefix; the clause cites the rule).
    pub fn line(&self, lang: Lang) -> String {
        // Places, paths and messages quote inputs: shown printable, never raw.
        let mut s = String::new();
        let sep = match lang {
            Lang::Zh => ":",
            Lang::En => ": ",
        };
        if let Some(place) = &self.place {
            s.push_str(&crate::text::printable(&place_in(place, lang)));
            s.push_str(sep);
        } else if !self.path.is_root() {
            let path = self.path.to_string();
            let path = match (lang, path.as_str()) {
                (Lang::Zh, "header") => "表头".to_owned(),
                _ => path,
            };
            s.push_str(&crate::text::printable(&path));
            s.push_str(sep);
        }
        match lang {
            Lang::Zh => s.push_str(&format!(
                "{} — {}",
                self.verdict(lang),
                crate::text::printable(self.message.get(lang))
            )),
            Lang::En => s.push_str(&format!(
                "[{}] {} — {}",
                self.rule,
                self.verdict(lang),
                crate::text::printable(self.message.get(lang))
            )),
        }
        // A rule of the library's own (INPUT, UNITS …) cites no clause.
        if !self.clause.is_empty() && self.clause != "—" {
            match lang {
                Lang::Zh => s.push_str(&format!("(依据:{})", self.clause)),
                Lang::En => s.push_str(&format!(" (clause {})", self.clause)),
            }
        }
        let effect = self.effect.label(lang);
        if !effect.is_empty() {
            s.push_str(&format!(" [{effect}]"));
        }
        s
    }
}

/// A place as `lang` reads it. A CSV file's places are written `line 7, 活动场次(次)`
/// (`fangfei::annex3::sheet::Locator::Csv`): in Chinese, `第7行 活动场次(次)`; a
/// spreadsheet's `Sheet!C7` and every other place read alike in both languages.
///
/// ```
/// use fangfei::{report::place_in, Lang};
/// assert_eq!(place_in("line 7, 活动场次(次)", Lang::Zh), "第7行 活动场次(次)");
/// assert_eq!(place_in("a.csv: line 7", Lang::Zh), "a.csv: 第7行");
/// assert_eq!(place_in("line 7, 活动场次(次)", Lang::En), "line 7, 活动场次(次)");
/// assert_eq!(place_in("附件3!C7", Lang::Zh), "附件3!C7");
/// ```
pub fn place_in(place: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    if lang == Lang::En || !place.contains("line ") {
        return std::borrow::Cow::Borrowed(place);
    }
    let mut out = String::with_capacity(place.len());
    let mut rest = place;
    while let Some(i) = rest.find("line ") {
        let (before, after) = rest.split_at(i);
        let after = after.get("line ".len()..).unwrap_or("");
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        // Only "line N" at the start or after a file's "name: ".
        let starts = before.is_empty() || before.ends_with(": ");
        if digits == 0 || !starts {
            out.push_str(before);
            out.push_str("line ");
            rest = after;
            continue;
        }
        out.push_str(before);
        out.push('第');
        out.push_str(after.get(..digits).unwrap_or(""));
        out.push('行');
        rest = after.get(digits..).unwrap_or("");
        if let Some(r) = rest.strip_prefix(", ") {
            out.push(' ');
            rest = r;
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::Zh))
    }
}

/// Every finding of a check, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// The findings.
    pub findings: Vec<Finding>,
}

impl Report {
    /// A report of these findings.
    pub fn new(findings: Vec<Finding>) -> Report {
        Report { findings }
    }

    /// Whether any finding is of severity error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// Whether no finding is of severity error.
    pub fn is_valid(&self) -> bool {
        !self.has_errors()
    }

    /// The findings of severity error and warning (the ones that need attention).
    pub fn problems(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
    }

    /// The findings carrying `effect`.
    pub fn effects(&self, effect: Effect) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.effect == effect)
    }

    /// The findings one per line in `lang`.
    pub fn render_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        for f in &self.findings {
            out.push_str(&f.line(lang));
            out.push('\n');
        }
        out
    }

    /// The report as a JSON value `{"findings": [...]}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

impl Extend<Finding> for Report {
    fn extend<I: IntoIterator<Item = Finding>>(&mut self, iter: I) {
        self.findings.extend(iter);
    }
}

impl FromIterator<Finding> for Report {
    fn from_iter<I: IntoIterator<Item = Finding>>(iter: I) -> Self {
        Report {
            findings: iter.into_iter().collect(),
        }
    }
}

crate::json::leaf!(Severity, Effect);
