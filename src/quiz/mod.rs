//! The national knowledge quiz (附件2 "防范非法集资知识答题团队争霸赛"; rules **Q-***).
//!
//! Registration ([`register`]), the daily paper ([`check_paper`]), scoring
//! ([`score_answers`], all-or-nothing multiple choice by default), the window and once
//! a day over a stream of sheets ([`Scorer`]), and team standings ([`Tally`]) that
//! merge exactly across shards.
//!
//! ```
//! use fangfei::quiz::{Scorer, Sheet};
//! use fangfei::Campaign;
//! let c = Campaign::embedded();
//! let paper: fangfei::quiz::Paper = serde_json::from_str(r#"{"date": "2021-06-15", "questions": [
//!   {"id": "1", "kind": "single_choice", "options": ["甲", "乙", "丙", "丁"], "key": "B"},
//!   {"id": "2", "kind": "single_choice", "options": ["甲", "乙", "丙", "丁"], "key": "A"},
//!   {"id": "3", "kind": "single_choice", "options": ["甲", "乙", "丙", "丁"], "key": "D"},
//!   {"id": "4", "kind": "true_false", "key": true},
//!   {"id": "5", "kind": "true_false", "key": false},
//!   {"id": "6", "kind": "true_false", "key": true},
//!   {"id": "7", "kind": "multiple_choice", "options": ["甲", "乙", "丙", "丁"], "key": "ABD"},
//!   {"id": "8", "kind": "multiple_choice", "options": ["甲", "乙", "丙", "丁"], "key": "BC"}
//! ]}"#).unwrap();
//! let mut scorer = Scorer::new(c, &[paper]).unwrap();
//! let sheet: Sheet = serde_json::from_str(r#"{"participant": "u1", "name": "张三", "region": "辽宁",
//!   "submitted_at": "2021-06-15T10:05:00+08:00",
//!   "answers": {"1": "B", "2": "A", "3": "C", "4": "对", "5": "错", "6": true, "7": "AB", "8": ["B", "C"]}}"#).unwrap();
//! let out = scorer.sheet(1, &sheet);
//! assert_eq!(out.score, Some(70)); // 3 wrong: -10; 7 is a subset: -20 (all or nothing)
//! ```

mod borrowed;
mod paper;
mod region;
mod register;
mod tally;

use chrono::NaiveDate;
use serde::Serialize;

pub use crate::campaign::MAX_DAY_SCORE;
pub use borrowed::{Answer, RegistrationRef, SheetRef};
pub use paper::{
    check_paper, kind_zh, parse_answer, parse_answers, score_answers, score_one, AnswerError,
    CheckedPaper, CheckedQuestion, Class, Given, Paper, Question, QuestionScore, MAX_OPTIONS,
};
pub use region::{Region, RegionError};
pub use register::{
    mask, mask_digits, mask_name, register, Participant, Phone, Registration, MAX_NAME_CHARS,
};
pub use tally::{
    top_individuals, Added, Individual, Stamp, Tally, TeamStanding, PARTICIPATION_POINTS,
};

use crate::path::Path;
use crate::report::{Finding, Outcome, Severity, Text};
use crate::rule::RuleId;
use crate::time::Instant;
use crate::Campaign;

/// An answer sheet as the platform exports it.
///
/// Read by [`FromJson`](crate::json::FromJson) (and through it by
/// `serde::Deserialize`), with every problem at its path; keys other than the sheet's
/// are the platform's own and ignored. A repeated key is refused, as everywhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sheet {
    /// The platform's id of the participant.
    pub participant: String,
    /// The registration (its keys sit beside the sheet's own).
    #[serde(flatten)]
    pub registration: Registration,
    /// When it was submitted.
    pub submitted_at: Instant,
    /// Answers by question id (JSON values as given: `"B"`, `["A", "C"]`, `true`).
    pub answers: crate::json::Map<String, serde_json::Value>,
}

/// What became of one sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SheetOutcome {
    /// Its 1-based line (or position) in the input.
    pub line: usize,
    /// The participant's id.
    pub participant: String,
    /// The team, if the registration was valid.
    pub region: Option<Region>,
    /// The Beijing day it was submitted.
    pub day: NaiveDate,
    /// When it was submitted.
    #[serde(skip)]
    pub submitted_at: Instant,
    /// Its score, when it could be scored (also for a sheet refused as not the first
    /// of the day: the score it would have had).
    pub score: Option<u32>,
    /// Per question.
    pub questions: Vec<QuestionScore>,
    /// Whether it counts toward the standings.
    pub counted: bool,
    /// Every finding (refusals as errors, with the reason).
    pub findings: Vec<Finding>,
}

/// The INPUT finding of the sheet at `line` (1-based) that could not be read as a
/// sheet, and why (the reader's problems, or the JSON parser's error).
pub fn unreadable(line: usize, why: &Text) -> Finding {
    Finding::error(
        RuleId::INPUT,
        crate::path::Path::root(),
        // A sheet is personal: a number in the wrong field is not echoed whole.
        Text::new(
            register::mask_digits(&format!("第{line}份答卷无法读取:{}", why.zh)),
            register::mask_digits(&format!("sheet {line} cannot be read: {}", why.en)),
        ),
    )
}

/// The INPUT finding of the sheet on `line` of a file (a JSON Lines line, a table's
/// row: the header is line 1) that could not be read, and why — said as the file's
/// line (第3行), which a clerk finds, not as the sheet's number (issue 29, item 17).
pub fn unreadable_line(line: usize, why: &Text) -> Finding {
    Finding::error(
        RuleId::INPUT,
        crate::path::Path::root(),
        Text::new(
            register::mask_digits(&format!("第{line}行的答卷无法读取:{}", why.zh)),
            register::mask_digits(&format!(
                "the sheet on line {line} cannot be read: {}",
                why.en
            )),
        ),
    )
}

/// Scores a stream of sheets against the day's papers, keeping the tally.
#[derive(Debug, Clone)]
pub struct Scorer<'c> {
    campaign: &'c Campaign,
    /// The campaign's quiz.
    quiz: &'c crate::campaign::QuizSetup,
    /// The checked papers by day (a few: one per answering day).
    papers: Vec<(NaiveDate, CheckedPaper)>,
    tally: Tally,
    breakdown: bool,
    /// The campaign's units, to place the sheets' optional 工作单位 (Q-UNIT).
    roster: crate::campaign::Roster<'c>,
    /// The campaign's province, whose participants' bare short names are placed
    /// (Q-UNIT); none: every region's are.
    home: Option<Region>,
    /// The city's name without its level (`凌源`): a 工作单位 naming it is placed from
    /// any region.
    city_stem: String,
    /// By participant number (dense, from the tally): the counted participant's unit
    /// (its index in the campaign's units), from the first counted sheet whose 工作单位
    /// is on the roster; [`UNPLACED`] when a 工作单位 was given but on no roster, and
    /// [`NO_UNIT`] when none was given (or the participant has not counted).
    units: Vec<u32>,
    /// With [`Scorer::with_displaced`]: the line of the sheet each tally slot counts.
    lines: Option<Vec<usize>>,
    /// The sheets that counted when read and were replaced since by an earlier one
    /// of the same account and day read after them: (line, slot, the slot's value).
    displaced: Vec<(usize, usize, u64)>,
    /// The quiz window's start and end as a refusal says them, written once.
    window_text: [String; 2],
    /// The clause the campaign cites for each quiz rule, looked up once.
    clauses: Vec<(RuleId, String)>,
}

/// A participant of [`Scorer`]'s units not placed: no 工作单位 given (or not counted).
const NO_UNIT: u32 = u32::MAX;
/// A participant of [`Scorer`]'s units whose 工作单位 is on no roster (yet: a later
/// sheet naming a unit of the roster places it).
const UNPLACED: u32 = u32::MAX - 1;

/// Quiz turnout by unit (Q-UNIT): counted participants per reporting unit, from the
/// sheets' optional 工作单位. The plan sets no number: reported, not judged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Turnout {
    /// Every unit of the campaign in roster order, with its participants.
    pub by_unit: Vec<(String, u64)>,
    /// Participants whose 工作单位 names no unit of the roster.
    pub unplaced: u64,
}

impl<'c> Scorer<'c> {
    /// A scorer with the papers checked against the campaign (Q-PAPER).
    ///
    /// # Errors
    ///
    /// Every problem of every paper, paths prefixed `papers[N]`; two papers for one day.
    pub fn new(campaign: &'c Campaign, papers: &[Paper]) -> Result<Scorer<'c>, Vec<Finding>> {
        let quiz = campaign.the_quiz().map_err(|f| vec![*f])?;
        let mut checked: Vec<(NaiveDate, CheckedPaper)> = Vec::new();
        let mut problems = Vec::new();
        for (i, p) in papers.iter().enumerate() {
            match check_paper(campaign, p) {
                Ok(c) => {
                    if checked.iter().any(|(d, _)| *d == p.date) {
                        problems.push(Finding::error(
                            RuleId::Q_PAPER,
                            Path::key("papers").at(i).field("date"),
                            Text::new(
                                format!("{}有两份试卷", p.date),
                                format!("two papers for {}", p.date),
                            ),
                        ));
                    } else {
                        checked.push((p.date, c));
                    }
                }
                Err(fs) => problems.extend(fs.into_iter().map(|f| Finding {
                    path: Path::key("papers").at(i).join(&f.path),
                    ..f
                })),
            }
        }
        if problems.is_empty() {
            Ok(Scorer {
                campaign,
                quiz,
                papers: checked,
                tally: Tally::new(campaign),
                breakdown: true,
                roster: campaign.roster(),
                home: Region::parse(&campaign.province).ok(),
                city_stem: {
                    let city = campaign.city.trim();
                    city.strip_suffix(['市', '县', '区', '旗'])
                        .filter(|s| s.chars().count() >= 2)
                        .unwrap_or(city)
                        .to_owned()
                },
                units: Vec::new(),
                lines: None,
                displaced: Vec::new(),
                window_text: [
                    quiz.window.start.as_deadline(),
                    quiz.window.end.as_deadline(),
                ],
                clauses: crate::rule::LIBRARY
                    .iter()
                    .filter(|r| r.id.as_str().starts_with("Q-"))
                    .map(|r| (r.id, campaign.clause_of(r.id)))
                    .collect(),
            })
        } else {
            Err(problems)
        }
    }

    /// Whether outcomes carry the per-question breakdown (default: yes). Without it,
    /// scoring allocates nothing per question.
    pub fn with_breakdown(mut self, yes: bool) -> Self {
        self.breakdown = yes;
        self
    }

    /// Whether the scorer remembers the line of each counted sheet (one `usize` per
    /// participant and day), so that [`Scorer::displaced`] can tell the sheets an
    /// earlier one replaced without the sheets being read again (default: no).
    pub fn with_displaced(mut self, yes: bool) -> Self {
        self.lines = yes.then(Vec::new);
        self
    }

    /// With [`Scorer::with_displaced`]: every sheet that counted when it was read and
    /// that an earlier sheet of the same account and day, read after it, has since
    /// replaced — settled ([`Scorer::settle`]): no longer counted, and saying why. In
    /// line order. Each is told as it counted: line, participant, day, time, score and
    /// region, with no breakdown and none of the findings it had when read.
    pub fn displaced(&self) -> Vec<SheetOutcome> {
        let mut told: Vec<SheetOutcome> = self
            .displaced
            .iter()
            .filter_map(|&(line, i, packed)| {
                let mut out = self.tally.counted_outcome(line, i, packed)?;
                self.settle(&mut out);
                Some(out)
            })
            .collect();
        told.sort_by_key(|o| o.line);
        told
    }

    /// Scores one sheet and offers it to the tally: registration (Q-REG-*), window
    /// (Q-WINDOW), the day's paper, answers fitting the paper (Q-SCORE), once a day
    /// (Q-ONCE-A-DAY). A refused sheet says why; nothing is dropped silently.
    pub fn sheet(&mut self, line: usize, sheet: &Sheet) -> SheetOutcome {
        self.sheet_ref(line, &sheet.as_ref())
    }

    /// [`Scorer::sheet`] of a sheet borrowed from its text ([`SheetRef::from_json_text`]):
    /// the same outcome, without the sheet's strings and answers copied first.
    pub fn sheet_ref(&mut self, line: usize, sheet: &SheetRef<'_>) -> SheetOutcome {
        let day = sheet.submitted_at.date();
        let (region, mut findings) = register::check(&sheet.registration);
        let mut out = SheetOutcome {
            line,
            participant: sheet.participant.to_string(),
            region,
            day,
            submitted_at: sheet.submitted_at,
            score: None,
            questions: Vec::new(),
            counted: false,
            findings: Vec::new(),
        };
        if sheet.participant.trim().is_empty() {
            findings.push(Finding::error(
                RuleId::INPUT,
                "participant",
                Text::new("答卷缺少参与者编号", "the sheet has no participant id"),
            ));
        }
        let in_window = self.quiz.window.contains(sheet.submitted_at);
        if !in_window {
            let [start, end] = &self.window_text;
            let at = sheet.submitted_at.as_clock();
            findings.push(Finding::error(
                RuleId::Q_WINDOW,
                "submitted_at",
                Text::new(
                    format!("提交时间{at}不在答题时间{start}至{end}内,不予受理"),
                    format!("submitted at {at}, outside the quiz window {start} to {end}: refused"),
                ),
            ));
        }
        let paper = self.papers.iter().find(|(d, _)| *d == day).map(|(_, p)| p);
        if paper.is_none() && in_window {
            findings.push(Finding::error(
                RuleId::INPUT,
                "submitted_at",
                Text::new(format!("没有{day}的试卷"), format!("no paper for {day}")),
            ));
        }
        if let Some(paper) = paper {
            match paper::read_answers(paper, &sheet.answers) {
                Ok(given) if self.breakdown => {
                    let (score, questions) = score_answers(paper, &given, self.quiz.policy());
                    out.score = Some(score);
                    out.questions = questions;
                }
                Ok(given) => out.score = Some(paper.score(&given, self.quiz.policy())),
                Err(fs) => findings.extend(fs),
            }
        }
        let refused = findings.iter().any(|f| f.severity == Severity::Error);
        if let (false, Some(region), Some(score)) = (refused, region, out.score) {
            let id = self.tally.participant(&sheet.participant);
            let stamp = self.tally.stamp(sheet.submitted_at);
            let held = match (&self.lines, stamp) {
                (Some(_), Some(stamp)) => self.tally.held(id, stamp),
                _ => None,
            };
            let added = match stamp {
                Some(stamp) => self.tally.add_stamped(id, stamp, score, region),
                None => Added::OutsideWindow,
            };
            if let (Some(lines), Some((i, before))) = (&mut self.lines, held) {
                if let Added::Counted | Added::Replaced { .. } = added {
                    lines.resize(self.tally.slot_count(), 0);
                    if let Some(slot) = lines.get_mut(i) {
                        if let Added::Replaced { .. } = added {
                            self.displaced.push((*slot, i, before));
                        }
                        *slot = line;
                    }
                }
            }
            match added {
                Added::Counted => out.counted = true,
                Added::Replaced { replaced } => {
                    out.counted = true;
                    let replaced = replaced.as_clock();
                    findings.push(Finding::new(
                        RuleId::Q_ONCE_A_DAY,
                        Severity::Warning,
                        Outcome::Pass,
                        "submitted_at",
                        Text::new(format!("本答卷早于此前读到的同日答卷({replaced}),按先提交者计分"), format!("earlier than a same-day sheet read before it ({replaced}): the first submitted counts")),
                    ));
                }
                Added::NotFirstOfDay {
                    first,
                    region: theirs,
                } => {
                    // The participant is the account: another region the same day is
                    // a second sheet like any other, and the change is said.
                    let (also_zh, also_en) = if theirs == region {
                        (String::new(), String::new())
                    } else {
                        (
                            format!(
                                "(该答卷地区为{},本答卷改选{})",
                                theirs.name(),
                                region.name()
                            ),
                            format!(
                                " (that sheet under {}, this one under {})",
                                theirs.name(),
                                region.name()
                            ),
                        )
                    };
                    let first = first.as_clock();
                    findings.push(Finding::error(
                        RuleId::Q_ONCE_A_DAY,
                        "submitted_at",
                        Text::new(format!("同一账号{day}已有{first}提交的答卷计分{also_zh},本答卷不予受理,也不替换前者"), format!("the account already has a sheet submitted at {first} counting for {day}{also_en}: this one is refused and does not replace it")),
                    ));
                }
                Added::OutsideWindow => {}
            }
            if out.counted {
                self.place(id, sheet.registration.unit.as_deref(), region);
            }
            let team = out.counted.then(|| self.tally.team(id)).flatten();
            if let Some(team) = team.filter(|t| *t != region) {
                findings.push(Finding::new(
                    RuleId::Q_TEAM,
                    Severity::Info,
                    Outcome::Pass,
                    "region",
                    Text::new(
                        format!("本答卷地区为{},该账号的战队为{}({}),本答卷得分计入{}", region.name(), team.name(), self.quiz.team_region.label(crate::text::Lang::Zh), team.name()),
                        format!("answered under {}; the account's team is {} ({}), which this score counts for", region.name(), team.name(), self.quiz.team_region.label(crate::text::Lang::En)),
                    ),
                ));
            }
        }
        self.cite(&mut findings);
        out.findings = findings;
        out
    }

    /// The campaign's clause on each finding of a quiz rule that cites the library's.
    fn cite(&self, findings: &mut [Finding]) {
        for f in findings {
            let default = f.rule.library().map_or("", |r| r.clause);
            if f.clause.is_empty() || f.clause == default {
                if let Some((_, c)) = self.clauses.iter().find(|(id, _)| *id == f.rule) {
                    c.clone_into(&mut f.clause);
                }
            }
        }
    }

    /// Q-UNIT: places counted participant `id` in the unit its sheet names, unless a
    /// sheet placed it before. A bare short name (`公安局`) names a unit of the campaign
    /// only for a participant of the campaign's province; one written with the city's
    /// name (`凌源市公安局`) from any region (RULES.md Q-UNIT: a 北京 participant's
    /// 公安局 is Beijing's, not 凌源's).
    fn place(&mut self, id: u32, unit: Option<&str>, region: Region) {
        let Some(unit) = unit.map(str::trim).filter(|u| !u.is_empty()) else {
            return;
        };
        let ours = self.home.is_none_or(|home| home == region)
            || (!self.city_stem.is_empty() && unit.contains(self.city_stem.as_str()));
        let id = id as usize;
        if self.units.len() <= id {
            self.units.resize(id.saturating_add(1), NO_UNIT);
        }
        let Some(slot) = self.units.get_mut(id).filter(|s| **s >= UNPLACED) else {
            return; // placed before
        };
        *slot = match self.roster.resolve_index(unit).filter(|_| ours) {
            Some(i) => u32::try_from(i).unwrap_or(UNPLACED),
            None => UNPLACED,
        };
    }

    /// Q-UNIT: counted participants per unit, from their sheets' 工作单位.
    pub fn turnout(&self) -> Turnout {
        let mut counts = vec![0u64; self.campaign.units.len()];
        let mut unplaced = 0u64;
        for &i in &self.units {
            if i == UNPLACED {
                unplaced = unplaced.saturating_add(1);
            } else if let Some(c) = counts.get_mut(i as usize) {
                *c = c.saturating_add(1);
            }
        }
        Turnout {
            by_unit: self
                .campaign
                .units
                .iter()
                .zip(counts)
                .map(|(u, n)| (u.name.clone(), n))
                .collect(),
            unplaced,
        }
    }

    /// Settles an outcome given earlier, once more sheets have been read (or tallies
    /// merged): a sheet that counted when it was read, but that an earlier sheet of
    /// the same account and day read after it has replaced, no longer counts, and says
    /// so. Call it on every kept outcome at the end of a run whose sheets may be out of
    /// time order.
    pub fn settle(&self, out: &mut SheetOutcome) {
        self.tally.settle(out);
        self.cite(&mut out.findings);
    }

    /// The tally so far.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }

    /// The tally, taken.
    pub fn into_tally(self) -> Tally {
        self.tally
    }
}

impl Sheet {
    /// A sheet's keys, its registration's among them, in the order
    /// [`Sheet::from_slots`] reads them.
    const KEYS: [&'static str; 7] = [
        "participant",
        "submitted_at",
        "answers",
        "name",
        "region",
        "phone",
        "unit",
    ];

    /// The sheet of the values given for [`Sheet::KEYS`].
    fn from_slots(
        r: &mut crate::json::Reader,
        [participant, submitted_at, answers, name, region, phone, unit]: [Option<serde_json::Value>;
            7],
    ) -> Option<Sheet> {
        match (
            r.slot_req("participant", participant),
            Registration::from_slots(r, [name, region, phone, unit]),
            r.slot_req("submitted_at", submitted_at),
            r.slot_req("answers", answers),
        ) {
            (Some(participant), Some(registration), Some(submitted_at), Some(answers)) => {
                Some(Sheet {
                    participant,
                    registration,
                    submitted_at,
                    answers,
                })
            }
            _ => None,
        }
    }

    /// Reads one sheet from JSON text — a line of JSON Lines — with the reading of
    /// [`FromJson`](crate::json::FromJson) (a repeated key refused, every problem at its
    /// path), streamed: the line's object is never built, only its fields' values.
    ///
    /// # Errors
    ///
    /// Why the text is not a sheet, in both languages: not JSON (with the column), a
    /// repeated key, or each problem of its fields.
    ///
    /// ```
    /// use fangfei::quiz::Sheet;
    /// let s = Sheet::from_json_text(r#"{"participant": "u1", "name": "张三", "region": "辽宁",
    ///   "submitted_at": "2021-06-15T10:05", "answers": {"1": "B"}, "device": "ios"}"#).unwrap();
    /// assert_eq!(s.answers["1"], "B");
    /// let e = Sheet::from_json_text(r#"{"participant": "u1", "participant": "u2"}"#).unwrap_err();
    /// assert!(e.en.contains("repeated key"), "{}", e.en);
    /// let e = Sheet::from_json_text(r#"{"participant": 7, "answers": []}"#).unwrap_err();
    /// assert_eq!(e.en, "participant: expected a string, found a number; submitted_at: missing field; answers: expected an object, found an array");
    /// ```
    pub fn from_json_text(text: &str) -> Result<Sheet, Text> {
        let mut r = crate::json::Reader::default();
        let read = match crate::json::object_slots(text, &Sheet::KEYS) {
            Err(e) => return Err(crate::error::Problem::not_json(&e).message),
            Ok(Ok(slots)) => Sheet::from_slots(&mut r, slots),
            Ok(Err(other)) => r.take_object(other).and(None),
        };
        r.finish(read).map_err(|p| sheet_problems(&p))
    }
}

/// A sheet's problems as one message, in Chinese each field named as the platform's
/// export heads it (“提交时间”, 第3题的作答) and never by its key (`submitted_at`):
/// Chinese messages hold no English (RULES.md §8; issue 29, item 19). The English
/// keeps the path, and each problem its `path`.
///
/// ```
/// use fangfei::quiz::Sheet;
/// let e = Sheet::from_json_text(r#"{"participant": 7, "submitted_at": "6月15日", "answers": {}}"#).unwrap_err();
/// assert_eq!(e.zh, "“账号”:应为字符串,实为数字;“提交时间”:“6月15日”没有写年份,请写全(如2024-05-20 09:30)");
/// assert!(e.en.starts_with("participant: expected a string"));
/// ```
pub fn sheet_problems(problems: &[crate::error::Problem]) -> Text {
    let zh = problems
        .iter()
        .map(|p| match sheet_field_zh(&p.path) {
            None => p.message.zh.clone(),
            Some(field) => format!("{field}:{}", p.message.zh),
        })
        .collect::<Vec<_>>()
        .join(";");
    Text {
        zh,
        en: crate::json::text(problems).en,
    }
}

/// The Chinese name of a sheet's field at `path`; `None` for the sheet as a whole.
fn sheet_field_zh(path: &Path) -> Option<String> {
    use crate::path::Segment;
    let name = |k: &str| {
        Columns::FIXED
            .iter()
            .position(|f| *f == k)
            .and_then(|i| Columns::FIXED_ZH.get(i).copied())
            .or((k == "answers").then_some("作答"))
    };
    match path.segments() {
        [] => None,
        [Segment::Key(a), Segment::Key(q), ..] if a == "answers" => Some(format!("第{q}题的作答")),
        [Segment::Key(k), ..] => Some(match name(k) {
            Some(zh) => format!("“{zh}”"),
            None => format!("“{k}”"),
        }),
        _ => Some(format!("“{path}”")),
    }
}

/// The columns of a table of sheets as the platform exports them (CSV, a workbook):
/// `participant`, `name`, `region`, `phone`, `unit`, `submitted_at`, then one column per
/// question id — read into [`Sheet`]s, the same as its JSON Lines are.
///
/// ```
/// use fangfei::quiz::Columns;
/// let cols = Columns::new(&["participant", "name", "region", "submitted_at", "1", "2"]).unwrap();
/// let s = cols.sheet(&["u1", "张三", "辽宁", "2021-06-15 10:05", "B", ""]).unwrap();
/// assert_eq!((s.answers["1"].as_str(), s.answers["2"].is_null()), (Some("B"), true));
/// assert!(Columns::new(&["participant", "submitted_at", "7", "7"]).is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// The column of each of [`Columns::FIXED`].
    fixed: [Option<usize>; 6],
    /// The question columns: (column, question id).
    questions: Vec<(usize, String)>,
    /// How many columns the header has: a row with a filled cell beyond them is
    /// refused, never counted with its extras dropped (issue 28).
    width: usize,
    /// The campaign's year and the time shown as an example, when the columns are
    /// read for a campaign ([`Columns::in_campaign`]): 提交时间 then also reads the
    /// forms a clerk or the platform writes.
    campaign: Option<(i32, Instant)>,
}

impl Columns {
    /// The sheet's own columns, before the questions'.
    pub const FIXED: [&'static str; 6] = [
        "participant",
        "name",
        "region",
        "phone",
        "unit",
        "submitted_at",
    ];

    /// The names the quiz platform's exports give those columns, in Chinese.
    pub const FIXED_ZH: [&'static str; 6] =
        ["账号", "姓名", "地区", "手机号", "工作单位", "提交时间"];

    /// Which fixed column a header names: its machine name, or what the platform's
    /// exports call it (账号, 姓名, 地区, 手机号, 工作单位, 提交时间 and their variants).
    fn fixed_of(name: &str) -> Option<usize> {
        const OTHER: [(&str, usize); 14] = [
            ("参赛账号", 0),
            ("用户ID", 0),
            ("用户编号", 0),
            ("答题账号", 0),
            ("所在地区", 2),
            ("战队", 2),
            ("省份", 2),
            ("手机", 3),
            ("手机号码", 3),
            ("联系电话", 3),
            ("单位", 4),
            ("答题时间", 5),
            ("交卷时间", 5),
            ("提交日期", 5),
        ];
        Columns::FIXED
            .iter()
            .position(|f| *f == name)
            .or_else(|| Columns::FIXED_ZH.iter().position(|f| *f == name))
            .or_else(|| OTHER.iter().find(|(n, _)| *n == name).map(|(_, k)| *k))
    }

    /// The question a header names: `第3题` (and `第3题答案`) is question `3`; any other
    /// header is the question's id as written.
    fn question_id(name: &str) -> String {
        name.strip_prefix('第')
            .and_then(|r| r.strip_suffix("题答案").or_else(|| r.strip_suffix('题')))
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .map_or_else(|| name.to_owned(), str::to_owned)
    }

    /// The columns of a header row (names trimmed).
    ///
    /// # Errors
    ///
    /// A column named twice (one would silently replace the other), or no
    /// `participant` or `submitted_at` column.
    pub fn new<S: AsRef<str>>(header: &[S]) -> Result<Columns, Text> {
        let mut fixed = [None; 6];
        let mut questions: Vec<(usize, String)> = Vec::new();
        let mut seen = crate::util::Seen::default();
        for (i, h) in header.iter().enumerate() {
            let name = h.as_ref().trim();
            if !seen.insert(name) {
                let shown = crate::text::clipped(name, 40);
                return Err(Text::new(
                    format!("表头中“{shown}”列出现了两次"),
                    format!("the header names the column {shown:?} twice"),
                ));
            }
            match Columns::fixed_of(name) {
                Some(k) => {
                    if let Some(slot) = fixed.get_mut(k) {
                        if slot.is_some() {
                            let zh = Columns::FIXED_ZH.get(k).copied().unwrap_or_default();
                            let en = Columns::FIXED.get(k).copied().unwrap_or_default();
                            return Err(Text::new(
                                format!("表头中“{zh}”列出现了两次(“{name}”与另一写法)"),
                                format!("the header names the column {en:?} twice ({name:?} and another name)"),
                            ));
                        }
                        *slot = Some(i);
                    }
                }
                None => questions.push((i, Columns::question_id(name))),
            }
        }
        for (k, required) in [(0, "participant"), (5, "submitted_at")] {
            if fixed.get(k).copied().flatten().is_none() {
                let zh = Columns::FIXED_ZH.get(k).copied().unwrap_or(required);
                return Err(Text::new(
                    format!("表头中没有“{zh}”列"),
                    format!("the header has no {required:?} column ({zh})"),
                ));
            }
        }
        Ok(Columns {
            fixed,
            questions,
            width: header.len(),
            campaign: None,
        })
    }

    /// These columns read for `campaign`: besides the strict forms, 提交时间 takes what
    /// the platform's export and clerks write (issue 29, item 17) — a year-less
    /// `6月15日 12:00` in the campaign's year, `2021/6/15 12:00:00`, `6月9日下午3:10`,
    /// `6月9日15时10分` — by the ledger's reader of clerks' times
    /// (`crate::time::written`, one reader), and a time that is none is shown how
    /// to write one in the clerk's form, around the quiz's opening (`6月15日10:00`).
    ///
    /// ```
    /// use fangfei::quiz::Columns;
    /// let cols = Columns::new(&["账号", "提交时间", "第1题"]).unwrap();
    /// assert!(cols.sheet(&["u1", "6月15日 12:00", "B"]).is_err());
    /// let cols = cols.in_campaign(fangfei::Campaign::embedded());
    /// let s = cols.sheet(&["u1", "6月15日 12:00", "B"]).unwrap();
    /// assert_eq!(s.submitted_at.as_clock(), "2021-06-15 12:00:00");
    /// ```
    #[must_use]
    pub fn in_campaign(mut self, campaign: &Campaign) -> Columns {
        use chrono::Timelike;
        let opening = campaign
            .quiz
            .as_ref()
            .map(|q| q.window.start)
            .filter(|t| (t.beijing().hour(), t.beijing().minute()) != (0, 0));
        let example = opening.unwrap_or_else(|| crate::ledger::values::example(campaign));
        self.campaign = Some((campaign.year, example));
        self
    }

    /// The instant of a 提交时间 cell: the strict forms first (the export's common
    /// `2021-06-15 12:00:00`, at the strict reader's speed), then, read for a campaign,
    /// the forms clerks write ([`Columns::in_campaign`]).
    fn submitted_at(&self, cell: &str) -> Result<Instant, Text> {
        // An Excel date cell reads `2021-06-15 10:00(日期)` (what the table reader says
        // of a date cell): the time it holds.
        let plain = cell.strip_suffix("(日期)").unwrap_or(cell);
        let strict = match Instant::parse(plain) {
            Ok(t) => return Ok(t),
            Err(e) => e,
        };
        let column = |zh: &str, en: &str| {
            Text::new(format!("“提交时间”:{zh}"), format!("submitted_at: {en}"))
        };
        let Some((year, example)) = self.campaign else {
            let t = strict.text();
            return Err(column(&t.zh, &t.en));
        };
        // The plan's own year-less form (`6月15日 12:00`, the platform's export) in one
        // more strict reading; then the clerks' forms, by the ledger's reader.
        if let Ok(t) = Instant::parse_in_year(plain, year) {
            return Ok(t);
        }
        match crate::ledger::values::when(cell, year, false, example) {
            Ok((Some(t), _, _)) => Ok(t),
            Ok((None, _, _)) => {
                let t = strict.text();
                Err(column(&t.zh, &t.en))
            }
            Err((zh, en)) => Err(column(&zh, &en)),
        }
    }

    /// The sheet of one row (cells trimmed; a blank answer is `null`).
    ///
    /// # Errors
    ///
    /// Why the row is not a sheet (its submission time does not read).
    pub fn sheet<S: AsRef<str>>(&self, cells: &[S]) -> Result<Sheet, Text> {
        let at = |c: Option<usize>| {
            c.and_then(|c| cells.get(c))
                .map_or("", |s| s.as_ref().trim())
        };
        // A filled cell beyond the header's columns belongs to no question: the row is
        // refused (a shifted row, a stray comma in a name), never scored without it.
        let used = cells
            .iter()
            .rposition(|c| !c.as_ref().trim().is_empty())
            .map_or(0, |i| i.saturating_add(1));
        if used > self.width {
            let width = self.width;
            return Err(Text::new(
                format!("这一行有{used}格,表头只有{width}格:多出的格不属于任何一列,本答卷未计入"),
                format!("the row has {used} cells, the header only {width}: the extra cells belong to no column, so the sheet is not counted"),
            ));
        }
        let [participant, name, region, phone, unit, submitted] = self.fixed.map(at);
        let opt = |s: &str| Some(s.to_owned()).filter(|s| !s.is_empty());
        let submitted_at = self.submitted_at(submitted)?;
        Ok(Sheet {
            participant: participant.to_owned(),
            registration: Registration {
                name: name.to_owned(),
                region: region.to_owned(),
                phone: opt(phone),
                unit: opt(unit),
            },
            submitted_at,
            answers: self
                .questions
                .iter()
                .map(|(c, id)| {
                    let v = match at(Some(*c)) {
                        "" => serde_json::Value::Null,
                        s => serde_json::Value::String(s.to_owned()),
                    };
                    (id.clone(), v)
                })
                .collect(),
        })
    }
}

impl crate::json::FromJson for Sheet {
    fn read(r: &mut crate::json::Reader, v: &serde_json::Value) -> Option<Self> {
        let slots = r.slots_of(v, &Sheet::KEYS)?;
        Sheet::from_slots(r, slots)
    }
    fn read_owned(r: &mut crate::json::Reader, v: serde_json::Value) -> Option<Self> {
        let slots = r.take_slots(v, &Sheet::KEYS)?;
        Sheet::from_slots(r, slots)
    }
}
crate::json::deserialize_via_value!(Sheet);

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 28, class 2: a row with more filled cells than its header is refused
    /// with both counts, never scored with its extras dropped; an empty trailing cell
    /// (a trailing comma) is no extra.
    #[test]
    fn a_row_wider_than_its_header_is_refused() {
        let c = Columns::new(&["participant", "submitted_at", "1", "2"]).unwrap();
        let why = c
            .sheet(&["u1", "2021-06-15 10:00", "A", "B", "C"])
            .unwrap_err();
        assert!(why.zh.contains("这一行有5格,表头只有4格"), "{why:?}");
        assert!(c.sheet(&["u1", "2021-06-15 10:00", "A", "B", " "]).is_ok());
    }

    fn at(c: &Columns, when: &str) -> Result<String, String> {
        c.sheet(&["u1", when, "A"])
            .map(|s| s.submitted_at.as_clock())
            .map_err(|t| t.zh)
    }

    /// Issue 29, item 17: the export's 提交时间 reads what the platform and clerks write
    /// — the year-less `6月15日 12:00` in the campaign's year, `2021/6/15 12:00:00`,
    /// 上午/下午, 时/分, dots and slashes — by the ledger's reader of clerks' times.
    #[test]
    fn the_exports_submission_time_reads_a_clerks_forms() {
        let c = Columns::new(&["账号", "提交时间", "第1题"])
            .unwrap()
            .in_campaign(crate::Campaign::embedded());
        for (text, want) in [
            ("2021-06-15T12:00:00+08:00", "2021-06-15 12:00:00"),
            ("2021-06-15 12:00:00", "2021-06-15 12:00:00"),
            ("2021-06-15 12:00:00(日期)", "2021-06-15 12:00:00"),
            ("6月15日 12:00", "2021-06-15 12:00:00"),
            ("6月15日12:00", "2021-06-15 12:00:00"),
            ("2021/6/15 12:00:00", "2021-06-15 12:00:00"),
            ("6月9日15时10分", "2021-06-09 15:10:00"),
            ("2021.6.9 15:10", "2021-06-09 15:10:00"),
            ("6月9日下午3:10", "2021-06-09 15:10:00"),
            ("6/9 15:10", "2021-06-09 15:10:00"),
            ("6月15日上午9:50", "2021-06-15 09:50:00"),
            ("6月15日晚上8点半", "2021-06-15 20:30:00"),
        ] {
            assert_eq!(at(&c, text).as_deref(), Ok(want), "{text}");
        }
    }

    /// Issue 29, item 17: a refused 提交时间 is said in Chinese only, with the column's
    /// name and an example in the clerk's form (the quiz's opening, 6月15日10:00).
    #[test]
    fn a_refused_submission_time_is_said_in_chinese() {
        let c = Columns::new(&["账号", "提交时间", "第1题"])
            .unwrap()
            .in_campaign(crate::Campaign::embedded());
        for (text, why) in [
            (
                "not a time",
                "“提交时间”:“not a time”不是时间,请写作“6月15日10:00”(或“2021-06-15 10:00”“6月15日上午10:00”,也可用Excel日期单元格)",
            ),
            (
                "6月31日 10:00",
                "“提交时间”:没有这一天:“6月31日 10:00”(6月没有31日)",
            ),
            (
                "6月15日上午12:30",
                "“提交时间”:“6月15日上午12:30”中的“上午12点”说不清是几点:请用24小时制写钟点(如“15:10”)",
            ),
            (
                "2021-06-15 25:00",
                "“提交时间”:没有这个时间:“2021-06-15 25:00”(时、分或秒超出范围)",
            ),
        ] {
            assert_eq!(at(&c, text), Err(why.to_owned()), "{text}");
        }
        // The header's refusal names the column as the export does.
        assert_eq!(
            Columns::new(&["姓名", "提交时间"]).unwrap_err().zh,
            "表头中没有“账号”列"
        );
    }
}
