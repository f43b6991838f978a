//! The daily paper, answer sheets and scoring (附件2 四; rules **Q-PAPER**, **Q-SCORE**).

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use super::borrowed::Answer;

use crate::campaign::{Campaign, MultipleChoicePolicy, QuestionKind};
use crate::path::Path;
use crate::report::{Finding, Text};
use crate::rule::RuleId;

/// Most options a choice question may have (A–Z).
pub const MAX_OPTIONS: usize = 26;

/// A question of a paper as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Its id on the paper, e.g. `q1`.
    pub id: String,
    /// Single choice, true/false or multiple choice.
    pub kind: QuestionKind,
    /// The question, for people.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The options' texts, labelled A, B, C … by position (choice questions).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// The key: `"B"`, `"ACD"` / `["A","C","D"]`, or `true` / `false`.
    pub key: serde_json::Value,
}

/// One day's paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paper {
    /// The Beijing day it is set for.
    pub date: NaiveDate,
    /// The questions.
    pub questions: Vec<Question>,
}

/// An answer, parsed against its question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum Given {
    /// Left blank (scores 0).
    Blank,
    /// One option, 0-based (A = 0).
    Single(u8),
    /// True or false.
    TrueFalse(bool),
    /// A set of options as a bit mask (A = bit 0).
    Multiple(u32),
}

/// Why an answer does not fit its question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerError {
    /// An option label beyond the question's options (`E` of four).
    UnknownOption,
    /// Two options for a single-choice question.
    TwoOptions,
    /// Not an answer of this kind of question.
    Malformed,
}

impl AnswerError {
    fn text(self) -> (&'static str, &'static str) {
        match self {
            AnswerError::UnknownOption => {
                ("选项不存在", "names an option the question does not have")
            }
            AnswerError::TwoOptions => (
                "单选题只能选一个选项",
                "gives more than one option to a single-choice question",
            ),
            AnswerError::Malformed => ("答案格式不对", "is not an answer of this kind of question"),
        }
    }
}

/// What may stand between option letters: spaces and the commas and semicolons of
/// either width (`A,B`, `A、B`, `A；B`).
/// Whether two question ids are the same: compared byte by byte in place (ids are a
/// few bytes; a call to the C library's `memcmp` per comparison was a tenth of
/// scoring a sheet).
pub(crate) fn same_id(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

fn separator(c: char) -> bool {
    matches!(c, ',' | '，' | '、' | ';' | '；') || c.is_whitespace()
}

fn option_index(c: char, n: usize) -> Result<u8, AnswerError> {
    let up = c.to_ascii_uppercase();
    let i = match up {
        'A'..='Z' => u32::from(up).wrapping_sub(u32::from('A')),
        'Ａ'..='Ｚ' => u32::from(up).wrapping_sub(u32::from('Ａ')),
        'ａ'..='ｚ' => u32::from(up).wrapping_sub(u32::from('ａ')),
        _ => return Err(AnswerError::Malformed),
    };
    let i = u8::try_from(i).map_err(|_| AnswerError::Malformed)?;
    if usize::from(i) < n {
        Ok(i)
    } else {
        Err(AnswerError::UnknownOption)
    }
}

/// Parses an answer to a question of `kind` with `n` options. Accepted: `"B"`;
/// `"ACD"`, `"A,C,D"`, `["A","C","D"]`; `true`/`false`, `"对"`/`"错"`, `"√"`/`"×"`,
/// `"T"`/`"F"`, `"正确"`/`"错误"`; `null` or `""` for a blank answer.
///
/// # Errors
///
/// [`AnswerError`] when the answer does not fit the question.
pub fn parse_answer(
    kind: QuestionKind,
    n: usize,
    value: &serde_json::Value,
) -> Result<Given, AnswerError> {
    read_answer(kind, n, &Answer::of(value))
}

/// [`parse_answer`] of an answer as given.
pub(crate) fn read_answer(
    kind: QuestionKind,
    n: usize,
    value: &Answer<'_>,
) -> Result<Given, AnswerError> {
    let letters = |s: &str| -> Result<Vec<u8>, AnswerError> {
        s.chars()
            .filter(|c| !separator(*c))
            .map(|c| option_index(c, n))
            .collect()
    };
    match (kind, value) {
        (_, Answer::Blank) => Ok(Given::Blank),
        (_, Answer::Text(s)) if s.trim().is_empty() => Ok(Given::Blank),
        (QuestionKind::TrueFalse, Answer::Bool(b)) => Ok(Given::TrueFalse(*b)),
        // Excel writes TRUE and FALSE; any letter case is read.
        (QuestionKind::TrueFalse, Answer::Text(s)) => match s.trim() {
            "对" | "正确" | "√" | "✓" | "是" => Ok(Given::TrueFalse(true)),
            "错" | "错误" | "×" | "✗" | "否" => Ok(Given::TrueFalse(false)),
            t if t.eq_ignore_ascii_case("t") || t.eq_ignore_ascii_case("true") => {
                Ok(Given::TrueFalse(true))
            }
            t if t.eq_ignore_ascii_case("f") || t.eq_ignore_ascii_case("false") => {
                Ok(Given::TrueFalse(false))
            }
            _ => Err(AnswerError::Malformed),
        },
        (QuestionKind::SingleChoice, Answer::Text(s)) => {
            // One letter, no allocation (the common case of millions of sheets).
            let mut it = s.chars().filter(|c| !separator(*c));
            match (it.next(), it.next()) {
                (Some(c), None) => option_index(c, n).map(Given::Single),
                (None, _) => Ok(Given::Blank),
                (Some(c), Some(d)) => {
                    option_index(c, n)?;
                    option_index(d, n)?;
                    Err(AnswerError::TwoOptions)
                }
            }
        }
        (QuestionKind::SingleChoice, Answer::List(items)) if items.len() == 1 => items
            .first()
            .map_or(Err(AnswerError::Malformed), |v| read_answer(kind, n, v)),
        (QuestionKind::SingleChoice, Answer::List(items)) if items.len() > 1 => {
            Err(AnswerError::TwoOptions)
        }
        (QuestionKind::MultipleChoice, Answer::Text(s)) => {
            let mut mask = 0u32;
            for c in s.chars().filter(|c| !separator(*c)) {
                mask |= 1u32
                    .checked_shl(u32::from(option_index(c, n)?))
                    .unwrap_or(0);
            }
            Ok(if mask == 0 {
                Given::Blank
            } else {
                Given::Multiple(mask)
            })
        }
        (QuestionKind::MultipleChoice, Answer::List(items)) => {
            let mut all = Vec::new();
            for v in items {
                all.extend(letters(v.as_str().ok_or(AnswerError::Malformed)?)?);
            }
            Ok(mask_of(&all))
        }
        _ => Err(AnswerError::Malformed),
    }
}

fn mask_of(indices: &[u8]) -> Given {
    if indices.is_empty() {
        return Given::Blank;
    }
    Given::Multiple(indices.iter().fold(0u32, |m, i| {
        m | 1u32.checked_shl(u32::from(*i)).unwrap_or(0)
    }))
}

/// A question ready to score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckedQuestion {
    /// Its id.
    pub id: String,
    /// Its kind.
    pub kind: QuestionKind,
    /// How many options it has.
    pub options: usize,
    /// The key.
    pub key: Given,
    /// Its points (from the campaign's paper).
    pub points: u32,
}

/// A paper checked against the campaign's composition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckedPaper {
    /// The day.
    pub date: NaiveDate,
    /// The questions, in paper order.
    pub questions: Vec<CheckedQuestion>,
    /// Full marks.
    pub total: u32,
}

/// Checks a paper (Q-PAPER): the campaign's composition (3 single-choice, 3
/// true/false, 2 multiple-choice in 2021), each key fitting its question, unique ids.
///
/// # Errors
///
/// Every problem, each a Q-PAPER finding at its path.
pub fn check_paper(campaign: &Campaign, paper: &Paper) -> Result<CheckedPaper, Vec<Finding>> {
    let quiz = campaign.the_quiz().map_err(|f| vec![*f])?;
    let Some(spec) = &quiz.paper else {
        return Err(vec![Finding::error(
            RuleId::Q_PAPER,
            Path::root(),
            Text::new(
                format!(
                    "活动方案“{}”未给出每日试卷的构成,无法核对试卷、无法计分",
                    campaign.name.zh
                ),
                format!(
                    "the campaign {:?} gives no daily paper (quiz.paper): papers cannot be checked nor sheets scored",
                    campaign.name.en
                ),
            ),
        )]);
    };
    let mut problems = Vec::new();
    // A paper for a day no sheet can be answered on would be loaded for nothing.
    if !quiz.window.dates().any(|d| d == paper.date) {
        problems.push(Finding::error(
            RuleId::Q_PAPER,
            "date",
            Text::new(
                format!("试卷日期{}不在答题日期内", paper.date),
                format!("the paper's date {} is not an answering day", paper.date),
            ),
        ));
    }
    let mut questions = Vec::new();
    let mut ids = crate::util::Seen::default();
    for (i, q) in paper.questions.iter().enumerate() {
        let at = Path::key("questions").at(i);
        if !ids.insert(&q.id) {
            problems.push(Finding::error(
                RuleId::Q_PAPER,
                at.clone().field("id"),
                Text::new(
                    format!("题号“{}”重复", q.id),
                    format!("duplicate question id {:?}", q.id),
                ),
            ));
        }
        let Some(section) = spec.sections.iter().find(|s| s.kind == q.kind) else {
            problems.push(Finding::error(
                RuleId::Q_PAPER,
                at.clone().field("kind"),
                Text::new(
                    "本次试卷没有这种题型",
                    "the campaign's paper has no questions of this kind",
                ),
            ));
            continue;
        };
        let n = match q.kind {
            QuestionKind::TrueFalse => 0,
            _ => q.options.len(),
        };
        if q.kind != QuestionKind::TrueFalse && !(2..=MAX_OPTIONS).contains(&n) {
            problems.push(Finding::error(
                RuleId::Q_PAPER,
                at.clone().field("options"),
                Text::new(
                    format!("选择题须有2至{MAX_OPTIONS}个选项"),
                    format!("a choice question has 2 to {MAX_OPTIONS} options"),
                ),
            ));
            continue;
        }
        match parse_answer(q.kind, n, &q.key) {
            Ok(Given::Blank) | Err(_) => problems.push(Finding::error(
                RuleId::Q_PAPER,
                at.clone().field("key"),
                Text::new("标准答案与题目不符", "the key does not fit the question"),
            )),
            Ok(key) => questions.push(CheckedQuestion {
                id: q.id.clone(),
                kind: q.kind,
                options: n,
                key,
                points: section.points,
            }),
        }
    }
    for s in &spec.sections {
        let have = paper.questions.iter().filter(|q| q.kind == s.kind).count();
        if have != s.count as usize {
            problems.push(Finding::error(
                RuleId::Q_PAPER,
                "questions",
                Text::new(
                    format!("{}应为{}道,实为{have}道", kind_zh(s.kind), s.count),
                    format!(
                        "the paper should have {} {} questions; it has {have}",
                        s.count,
                        s.kind.as_str()
                    ),
                ),
            ));
        }
    }
    if problems.is_empty() {
        Ok(CheckedPaper {
            date: paper.date,
            questions,
            total: spec.total,
        })
    } else {
        Err(problems)
    }
}

/// The kind in Chinese.
pub fn kind_zh(kind: QuestionKind) -> &'static str {
    kind.label(crate::text::Lang::Zh)
}

/// How an answer scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Class {
    /// Equal to the key.
    Right,
    /// Not equal (for multiple choice: a wrong option chosen).
    Wrong,
    /// Left blank.
    Blank,
    /// Multiple choice: some right options, none wrong, not all (少选).
    Subset,
}

crate::text::snake_names!(Class {
    Right => "right",
    Wrong => "wrong",
    Blank => "blank",
    Subset => "subset",
});

/// One question's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionScore {
    /// The question's id.
    pub id: String,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max: u32,
    /// Right, wrong, blank or subset.
    pub class: Class,
}

/// Scores one question's answer (Q-SCORE).
pub fn score_one(q: &CheckedQuestion, given: Given, policy: MultipleChoicePolicy) -> (u32, Class) {
    match (given, q.key) {
        (Given::Blank, _) => (0, Class::Blank),
        (g, k) if g == k => (q.points, Class::Right),
        (Given::Multiple(g), Given::Multiple(k)) if g & !k == 0 => match policy {
            MultipleChoicePolicy::AllOrNothing => (0, Class::Subset),
            MultipleChoicePolicy::PartialCredit { subset_points } => {
                (subset_points.min(q.points), Class::Subset)
            }
        },
        _ => (0, Class::Wrong),
    }
}

impl CheckedPaper {
    /// The day's score of answers in paper order, without the per-question breakdown
    /// (no allocation: the hot path of scoring millions of sheets).
    pub fn score(&self, answers: &[Given], policy: MultipleChoicePolicy) -> u32 {
        self.questions.iter().zip(answers).fold(0u32, |t, (q, g)| {
            t.saturating_add(score_one(q, *g, policy).0)
        })
    }
}

/// Scores answers, in the paper's question order, against a checked paper.
pub fn score_answers(
    paper: &CheckedPaper,
    answers: &[Given],
    policy: MultipleChoicePolicy,
) -> (u32, Vec<QuestionScore>) {
    let mut total = 0u32;
    let per = paper
        .questions
        .iter()
        .zip(answers)
        .map(|(q, g)| {
            let (points, class) = score_one(q, *g, policy);
            total = total.saturating_add(points);
            QuestionScore {
                id: q.id.clone(),
                points,
                max: q.points,
                class,
            }
        })
        .collect();
    (total, per)
}

/// Parses a sheet's answers (by question id) against its paper: one [`Given`] per
/// question, in paper order.
///
/// # Errors
///
/// Every answer that does not fit (Q-SCORE findings at `answers.<id>`), every question
/// left out, every id that is no question of the paper: a sheet that does not fit its
/// paper is refused, not scored as wrong.
pub fn parse_answers(
    paper: &CheckedPaper,
    answers: &crate::json::Map<String, serde_json::Value>,
) -> Result<Vec<Given>, Vec<Finding>> {
    let answers: Vec<(Cow<'_, str>, Answer<'_>)> = answers
        .iter()
        .map(|(k, v)| (Cow::Borrowed(k.as_str()), Answer::of(v)))
        .collect();
    read_answers(paper, &answers)
}

/// [`parse_answers`] of answers as given, ids distinct.
pub(crate) fn read_answers(
    paper: &CheckedPaper,
    answers: &[(Cow<'_, str>, Answer<'_>)],
) -> Result<Vec<Given>, Vec<Finding>> {
    let mut out = Vec::with_capacity(paper.questions.len());
    let mut problems = Vec::new();
    let mut answered = 0usize;
    for (i, q) in paper.questions.iter().enumerate() {
        // A sheet lists its answers in the paper's order: looked for there first (the
        // ids are distinct: a repeated key is refused when the sheet is read).
        let is_q = |(id, _): &&(Cow<'_, str>, Answer<'_>)| same_id(id, &q.id);
        let given = answers
            .get(i)
            .filter(is_q)
            .or_else(|| answers.iter().find(is_q));
        answered = answered.saturating_add(usize::from(given.is_some()));
        match given {
            None => problems.push(Finding::error(
                RuleId::Q_SCORE,
                Path::key("answers").field(q.id.clone()),
                Text::new(
                    format!("缺少第{}题的作答", q.id),
                    format!("no answer to question {}", q.id),
                ),
            )),
            Some((_, v)) => match read_answer(q.kind, q.options, v) {
                Ok(g) => out.push(g),
                Err(e) => {
                    let (zh, en) = e.text();
                    problems.push(Finding::error(
                        RuleId::Q_SCORE,
                        Path::key("answers").field(q.id.clone()),
                        Text::new(
                            format!("第{}题的答案{zh}", q.id),
                            format!("the answer to {} {en}", q.id),
                        ),
                    ));
                }
            },
        }
    }
    // When every key named a question (ids are distinct), none is unknown: the keys
    // need no second look, which was most of a sheet's string comparisons.
    if answered < answers.len() {
        // In id order, whatever order they were given in.
        let mut unknown: Vec<&str> = answers
            .iter()
            .map(|(id, _)| &**id)
            .filter(|id| !paper.questions.iter().any(|q| q.id == *id))
            .collect();
        unknown.sort_unstable();
        for id in unknown {
            let shown = crate::text::clipped(id, 24);
            problems.push(Finding::error(
                RuleId::Q_SCORE,
                Path::key("answers").field(shown.to_string()),
                Text::new(
                    format!("试卷中没有“{shown}”这道题"),
                    format!("the paper has no question {shown:?}"),
                ),
            ));
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

crate::json::read_struct!(Question {
    id: req,
    kind: req,
    text: or_default,
    options: or_default,
    key: req
});
crate::json::read_struct!(Paper {
    date: req,
    questions: req
});
