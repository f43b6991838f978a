//! **fangfei** (防非) makes the rules of a 防范非法集资宣传月 (anti-illegal-fundraising
//! publicity month) campaign plan executable: who must send what by when, how many
//! activities each unit must hold, the statistics table's cells, the national quiz's
//! scoring — each finding with a stable rule id, the plan's clause, a message in Chinese
//! and English, and its effect on the year-end evaluation.
//!
//! The embedded plan is the 2021 one of 凌源市 (Lingyuan), 凌处非办〔2021〕9号. Another
//! county's or year's plan is a data file of the same shape, not a code change. The
//! library does no I/O and never reads the clock: every check takes the instant it is
//! asked about, so a server, a browser form and a batch job give the same answer.
//!
//! # Quick start: one unit's record
//!
//! Load the campaign, read a unit's record (JSON, the shape of
//! [`_documentation::records`]), judge it as of an instant, read the findings.
//!
//! ```
//! use fangfei::{audit::check_unit, record::UnitRecord, Campaign, Effect, Instant, Outcome};
//!
//! let campaign = Campaign::embedded(); // 凌处非办〔2021〕9号
//! let record = UnitRecord::from_json(campaign, r#"{
//!   "unit": "市科技局",
//!   "submissions": [{"kind": "plan", "submitted_at": "2021-06-10T17:20:00+08:00"}],
//!   "media_works": [{"title": "防非微视频", "channel": "douyin",
//!                    "published_at": "2021-06-18T19:00:00+08:00"}]
//! }"#)?;
//! let report = check_unit(campaign, &record, Instant::parse("2021-07-10")?);
//! assert_eq!(report.roles, ["member_unit"]); // 成员单位, from the campaign's roster
//!
//! // The plan was due 06-10 17:00 (二(一)); it came 20 minutes late.
//! let plan = report.findings.iter().find(|f| f.rule == "D-PLAN").unwrap();
//! assert_eq!(plan.outcome, Outcome::Fail);
//! assert_eq!(plan.clause, "二(一)");
//! assert_eq!(plan.path.to_string(), "submissions[0].submitted_at");
//! assert_eq!(
//!     plan.message.zh,
//!     "宣传活动计划(电子版)于2021-06-10 17:20:00报送,逾期20分钟(截止2021-06-10 17:00:00(含))"
//! );
//! assert_eq!(
//!     plan.message.en,
//!     "work plan (electronic) sent at 2021-06-10 17:20:00, 20m late (due 2021-06-10 17:00:00 inclusive)"
//! );
//! assert_eq!(plan.effect, Effect::Deduction); // 年度考评减分
//!
//! // One media work where the plan asks for three (二(二)2 二是).
//! let media = report.findings.iter().find(|f| f.rule == "M-MEDIA-3").unwrap();
//! assert_eq!(media.message.zh, "宣传月期间发布的媒体宣传作品1个,少于要求的3个");
//! // No outreach activity recorded: not a failure, but nothing to judge.
//! assert_eq!(report.outcome("M-QIJIN-3"), Some(Outcome::CannotJudge));
//! assert_eq!(report.outcome("D-SUMMARY"), Some(Outcome::Fail)); // due 07-03 24:00
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`audit::audit`] does the same for a folder's worth of records at once: duplicate
//! and missing returns, and the statistics tables totalled. [`audit::check_submissions`]
//! judges the deadlines alone. Each finding is a [`Finding`]: its [`RuleId`],
//! [`Outcome`], [`Severity`], the [`Path`] in the input, the plan's clause, a [`Text`]
//! in both languages and an [`Effect`].
//!
//! # The campaign
//!
//! A [`Campaign`] is the plan as data: its span and phases, dated events, the roster of
//! units and their roles, the materials and their deadlines, the duties and their
//! rules, the statistics table and the quiz. [`Campaign::embedded`] is the 2021 plan;
//! [`Campaign::from_json`] reads any other (the field reference and a worked example:
//! [`_documentation::campaign`]). [`Campaign::moment`] says what is open at an instant.
//!
//! ```
//! use fangfei::{Campaign, Instant, JsonValue};
//!
//! let now = Campaign::embedded().moment(Instant::parse("2021-06-15T10:00:00+08:00")?);
//! assert_eq!(now.phase.as_deref(), Some("implementation"));
//! assert_eq!(now.events[0].key, "concentrated_day"); // 集中宣传日
//!
//! // Another plan is another file: here, the 2021 one without its media duty.
//! let mut plan: JsonValue = serde_json::from_str(&Campaign::embedded().to_json())?;
//! if let Some(duties) = plan["duties"].as_array_mut() {
//!     duties.retain(|d| d["id"] != "M-MEDIA-3");
//! }
//! let mine = Campaign::from_json(&plan.to_string())?;
//! assert!(mine.duty("M-MEDIA-3").is_none());
//! assert!(mine.duty("M-QIJIN-3").is_some());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The rule families
//!
//! Rule ids are a public contract ([`rule`]); a campaign's own ids and clauses are
//! listed by [`Campaign::catalogue`], the library's own by [`rule::LIBRARY`]. In the
//! 2021 plan:
//!
//! - **T-\*** — the timeline: the campaign span, its phases, the concentrated
//!   publicity day ([`timeline`], [`Campaign::moment`]).
//! - **D-\*** — deliveries by a deadline: the work plan, the progress reports at each
//!   node, the summary and its parts, the statistics table, and what a plan must state
//!   ([`campaign::Deliver`], [`campaign::State`]; judged alone by
//!   [`audit::check_submissions`]).
//! - **M-\*** — minimum activity: media works, the “七进” outreach, attendance at the
//!   concentrated day, warning signs, grid publicity, activity spread over the month
//!   ([`campaign::Count`], [`campaign::Attend`], [`campaign::Cover`],
//!   [`campaign::Spread`]; the whole list is [`campaign::DutyRule`]).
//! - **R-\*** — duties the plan states without a measure (仅记录): in the catalogue,
//!   with no finding ([`campaign::Record`]; one with figures to report, as
//!   M-CDAY-CONSULT, gives one that is never a failure).
//! - **E-\*** — evaluation: the office's spot checks (E-SPOTCHECK); each finding's
//!   [`Effect`] says whether it costs or earns points (年度考评减分 / 加分).
//! - **A3-\*** — the statistics table (附件3): cell rules (a blank, a unit, a number out
//!   of range, the 其他 column) and the campaign's cross-field rules ([`annex3`]).
//! - **Q-\*** — the knowledge quiz (附件2): registration, the daily paper, scoring, the
//!   window, once a day ([`quiz`]).
//! - `INPUT`, `CAMPAIGN`, `TIME-*` — input refused, not a rule broken (see *Errors*).
//!
//! # The statistics table and the quiz
//!
//! [`annex3::check_cell`] reads what people type into a cell, [`annex3::validate_form`]
//! checks a whole or half-filled form, [`annex3::sheet`] reads rows with their places
//! and [`annex3::total()`] sums many units' tables into a city total.
//!
//! ```
//! use fangfei::annex3::{check_cell, table_of, Field};
//! use fangfei::{Campaign, RuleId};
//!
//! let c = Campaign::embedded();
//! let table = table_of(c).unwrap(); // Err: a finding, for a campaign without a table
//! let cell = check_cell(c, Field::of(table, "qijin_participants").unwrap(), " １,２００人次 ");
//! assert_eq!(cell.value, Some(1200));
//! let blank = check_cell(c, Field::of(table, "qijin_sessions").unwrap(), "无");
//! assert_eq!(blank.findings[0].rule, RuleId::A3_BLANK); // 未开展的项目请填写0
//! ```
//!
//! The quiz: [`quiz::register`] checks a registration, [`quiz::check_paper`] a day's
//! paper, [`quiz::Scorer`] scores a stream of answer sheets (the window, once a day,
//! all-or-nothing multiple choice) and [`quiz::Tally`] keeps team standings that merge
//! across shards; the [`quiz`] module has a worked example.
//!
//! # Errors
//!
//! A rule broken by valid input is a [`Finding`], never an error. An input refused
//! whole (a campaign file, a unit record) is an [`InputError`]: a code (`CAMPAIGN`,
//! `INPUT` …) and every [`Problem`] found, each at its [`Path`], in both languages. A
//! leaf value that does not parse has a small error of its own ([`TimeError`] …).
//!
//! ```
//! use fangfei::{record::UnitRecord, Campaign, RuleId};
//!
//! let c = Campaign::embedded();
//! let e = UnitRecord::from_json(c, r#"{"unit": "市科技局", "media_works": [{"title": 3}]}"#)
//!     .unwrap_err();
//! assert_eq!(e.code(), RuleId::INPUT);
//! assert_eq!(e.problems()[0].path.to_string(), "media_works[0].title");
//! assert_eq!(e.problems()[0].message.zh, "应为字符串,实为数字");
//! assert_eq!(e.problems().len(), 3); // the title, and the two fields missing
//! ```
//!
//! # Features, MSRV, other front ends
//!
//! - `schema`: the campaign file's JSON Schema, `campaign::json_schema` (with Chinese
//!   descriptions), and its field reference, in [`campaign`]. The statistics table's
//!   schema, [`annex3::json_schema`], needs no feature.
//! - `proptest`: proptest strategies for downstream test suites, `fangfei::strategies`.
//! - `compiled-campaign`: `Campaign::embedded_forms`, the part of the 2021 plan the
//!   statistics table's checks use, compiled in (for the browser's forms module).
//!
//! (Items behind a feature are named, not linked, so that the page builds the same with
//! any set of features; docs.rs shows them all, each marked with its feature.)
//!
//! The minimum supported Rust version is 1.88. Dependencies: serde, serde_json,
//! thiserror and chrono (schemars and proptest behind their features).
//!
//! The same checks run in the browser and in Node through the npm package built from
//! the repository's `bindings/wasm` ([`_documentation::npm`]), and on the command line
//! through the `fangfei` tool of the `fangfei-cli` package, which reads the office's
//! workbooks and writes its reports ([`_documentation::cli`]). [`wire`] is the one
//! machine format both return. The spec, every rule id with its clause, is the
//! repository's `docs/RULES.md`; the readings where the plan is silent are
//! [`_documentation::interpretations`].
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod annex3;
pub mod audit;
pub mod calendar;
pub mod campaign;
mod error;
pub mod json;
mod keyed;
pub mod ledger;
mod path;
pub mod quiz;
pub mod record;
pub mod report;
pub mod rule;
mod rules;
#[cfg(all(feature = "proptest", not(target_arch = "wasm32")))]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;
mod text;
pub mod time;
pub mod timeline;
mod util;
pub mod wire;

/// The longer documentation, from `docs/` (its Rust examples run as doctests).
pub mod _documentation {
    #[doc = include_str!("../docs/campaign.md")]
    pub mod campaign {}
    #[doc = include_str!("../docs/records.md")]
    pub mod records {}
    #[doc = include_str!("../docs/interpretations.md")]
    pub mod interpretations {}
    #[doc = include_str!("../docs/cli.md")]
    pub mod cli {}
    #[doc = include_str!("../docs/npm.md")]
    pub mod npm {}
    #[doc = include_str!("../docs/design.md")]
    pub mod design {}
}

// The curated surface: the types nearly every use needs, at the root.
pub use campaign::{Campaign, CampaignError};
pub use error::{InputError, Problem};
pub use keyed::Keyed;
pub use path::{Path, Segment};
pub use report::{Effect, Finding, Lang, Outcome, Report, Severity, Text};
pub use rule::RuleId;
pub use text::{escape_xml, has_masked, printable, shown, Shown, MASKED_NOTE};
pub use time::{Instant, TimeError, Window};
pub use util::{normalise_name, same_name};
// Foreign types in the signatures, re-exported so a user needs no version match.
pub use chrono::NaiveDate;
pub use serde_json::{Map as JsonMap, Value as JsonValue};
