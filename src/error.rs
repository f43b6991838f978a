//! Errors: [`InputError`] and [`Problem`] (re-exported at the crate root).

use std::fmt;

use serde::Serialize;

use crate::path::Path;
use crate::rule::RuleId;
use crate::text::Text;

/// One problem of an input: where, and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Where, e.g. `phases[1].first` (the root for the whole input).
    pub path: Path,
    /// What, in both languages.
    pub message: Text,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_root() {
            f.write_str(&self.message.en)
        } else {
            write!(f, "{}: {}", self.path, self.message.en)
        }
    }
}

impl Problem {
    /// JSON text that does not parse (a repeated key among the reasons), at the root
    /// with the parser's line and column.
    pub fn not_json(e: &serde_json::Error) -> Problem {
        Problem {
            path: Path::root(),
            message: Text::new(
                match e.classify() {
                    _ if e.to_string().starts_with("repeated key") => format!(
                        "第{}行第{}列:同一对象中的键重复出现({}),每个键只能出现一次",
                        e.line(),
                        e.column(),
                        e.to_string()
                            .trim_start_matches("repeated key ")
                            .split(" at line")
                            .next()
                            .unwrap_or("")
                    ),
                    serde_json::error::Category::Eof => format!(
                        "不是完整的JSON:内容在第{}行第{}列处中断",
                        e.line(),
                        e.column()
                    ),
                    _ => format!(
                        "不是合法的JSON:第{}行第{}列有误(多余或缺少的逗号、引号、括号,或重复的键)",
                        e.line(),
                        e.column()
                    ),
                },
                format!("not JSON: {e}"),
            ),
        }
    }

    /// An input of `size` bytes over its `limit`.
    pub fn too_large(size: usize, limit: usize) -> Problem {
        Problem {
            path: Path::root(),
            message: Text::new(
                format!("大小为{size}字节,超过上限{limit}字节"),
                format!("{size} bytes; the limit is {limit}"),
            ),
        }
    }
}

/// The problems as one line: `path: message; path: message`.
pub fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The problems as one message in both languages: `path: message; path: message`.
pub fn text(problems: &[Problem]) -> Text {
    let join = |lang: fn(&Text) -> &str, colon: &str, sep: &str| {
        problems
            .iter()
            .map(|p| {
                if p.path.is_root() {
                    lang(&p.message).to_owned()
                } else {
                    format!("{}{colon}{}", p.path, lang(&p.message))
                }
            })
            .collect::<Vec<_>>()
            .join(sep)
    };
    Text {
        zh: join(|t| &t.zh, ":", ";"),
        en: join(|t| &t.en, ": ", "; "),
    }
}

/// An input refused whole: its code and every problem found, each at its path.
///
/// Which type an error gets, by one rule:
///
/// - **A refused input is an [`InputError`]**: a stable code (a [`RuleId`]: `INPUT`,
///   `CAMPAIGN`, `Q-PAPER` …) and *every* [`Problem`] found, each at its [`Path`] with a
///   message in Chinese and English. A campaign file, a unit record, a batch argument
///   of the npm package: whatever is read whole is refused whole, with all its
///   problems at once.
/// - **A leaf value that does not parse** (an instant, a calendar year, a cell, a
///   region, an answer) has a small error of its own (`TimeError`, `CalendarError`,
///   `CellError`, `RegionError`, `AnswerError`) with a `code()`; where it is reported
///   it becomes a [`Problem`] or a finding, in both languages.
/// - **A rule broken by valid input is a finding**, never an error: checks return
///   [`Finding`](crate::Finding)s.
/// - **The library does no I/O**: a file that cannot be opened, a folder given for a
///   file, a wrong file type are the front end's errors (the command line's
///   `Unusable`); it may report them as an [`InputError`] of its own making.
///
/// Displayed in English (`Display`); [`InputError::message`] gives both languages.
///
/// ```
/// use fangfei::{Campaign, RuleId};
/// let e = Campaign::from_json(r#"{"id": 1}"#).unwrap_err();
/// assert_eq!(e.code(), RuleId::CAMPAIGN);
/// assert!(e.problems().len() > 5);
/// assert!(e.message().zh.starts_with("活动方案"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    code: RuleId,
    problems: Vec<Problem>,
    what: Text,
    /// The unit and the Chinese places, when given: boxed, so that a `Result` of an
    /// `InputError` stays small.
    extra: Option<Box<Extra>>,
}

/// What an [`InputError`] may say beyond its problems.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Extra {
    /// The unit the refused input is of ([`InputError::for_unit`]).
    unit: Option<Box<str>>,
    /// The problems in Chinese with each place in Chinese words (材料报送第1条的收到时间),
    /// when the reader gave them ([`InputError::with_places_zh`]).
    problems_zh: Option<Box<str>>,
}

impl InputError {
    /// An error of these problems.
    pub fn new(code: RuleId, what: Text, problems: Vec<Problem>) -> InputError {
        InputError {
            code,
            problems,
            what,
            extra: None,
        }
    }

    /// The same error, each problem's place named in Chinese by `place` (`None`: the
    /// input as a whole) in its Chinese message, which then holds no field path
    /// (RULES.md §8; issue 29, item 19). The paths stay in [`InputError::problems`].
    #[must_use]
    pub fn with_places_zh(mut self, place: impl Fn(&Path) -> Option<String>) -> InputError {
        let zh: Vec<String> = self
            .problems
            .iter()
            .map(|p| match place(&p.path) {
                Some(place) => format!("{place}:{}", p.message.zh),
                None => p.message.zh.clone(),
            })
            .collect();
        self.extra.get_or_insert_with(Box::default).problems_zh =
            Some(zh.join(";").into_boxed_str());
        self
    }

    /// The same error, saying which unit the refused input is of (a record refused
    /// for a misspelt key whose `unit` still reads).
    #[must_use]
    pub fn for_unit(mut self, unit: impl Into<String>) -> InputError {
        self.extra.get_or_insert_with(Box::default).unit = Some(unit.into().into_boxed_str());
        self
    }

    /// The unit the refused input names, when it could be read: the audit then judges
    /// that unit "cannot judge", not "sent nothing".
    pub fn unit(&self) -> Option<&str> {
        self.extra.as_ref().and_then(|e| e.unit.as_deref())
    }

    /// The stable code.
    pub fn code(&self) -> RuleId {
        self.code
    }

    /// What is wrong, in the input's order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// What was read (`活动方案` / `campaign`), named at the start of the message.
    pub fn what(&self) -> &Text {
        &self.what
    }

    /// The whole message, in both languages: what was refused, then every problem.
    pub fn message(&self) -> Text {
        let t = text(&self.problems);
        Text {
            zh: format!(
                "{}不予接受:{}",
                self.what.zh,
                self.extra
                    .as_ref()
                    .and_then(|e| e.problems_zh.as_deref())
                    .unwrap_or(&t.zh)
            ),
            en: format!("{} refused: {}", self.what.en, t.en),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().en)
    }
}

impl std::error::Error for InputError {}
