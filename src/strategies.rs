//! Proptest strategies for other projects' property-based test suites (feature
//! `proptest`; never in the browser build).
//!
//! Generators of the inputs this crate judges — instants weighted toward the plan's
//! boundaries, Annex 3 cells and forms as people type them, invalid cells paired with
//! the rule they must break, unit records, quiz registrations and sheets, whole
//! campaigns valid or broken in one named way — so a downstream suite can state its own
//! laws over them.
//!
//! ```
//! use fangfei::strategies::{instant_near_boundaries, invalid_cell};
//! use fangfei::{annex3::check_cell, Campaign};
//! use proptest::prelude::*;
//!
//! proptest!(|(t in instant_near_boundaries(Campaign::embedded()))| {
//!     // A downstream law: a web form's "is the quiz open?" agrees with the library.
//!     let open = Campaign::embedded().quiz.as_ref().is_some_and(|q| q.window.contains(t));
//!     prop_assert_eq!(open, Campaign::embedded().moment(t).quiz_open);
//! });
//! let c = Campaign::embedded();
//! let table = fangfei::annex3::table_of(c).unwrap();
//! proptest!(|((field, text, rule) in invalid_cell(c))| {
//!     let field = fangfei::annex3::Field::at(table, field).unwrap();
//!     let check = check_cell(c, field, &text);
//!     prop_assert!(check.findings.iter().any(|f| f.rule == rule));
//! });
//! // Typed values, also as `any::<T>()`: records, registrations, sheets, forms, instants.
//! proptest!(|(record in any::<fangfei::record::UnitRecord>())| {
//!     let report = fangfei::audit::check_unit(Campaign::embedded(), &record, fangfei::Instant::parse("2021-07-10").unwrap());
//!     prop_assert!(!report.findings.is_empty());
//! });
//! ```

// `value["key"] = …` only on JSON objects built a line above (it cannot panic there);
// this module is test support, behind a feature, and its arithmetic is on bounded
// generator values.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use chrono::Duration;
use proptest::prelude::*;
use serde_json::{json, Value};

use crate::campaign::DutyRule;
use crate::quiz::Region;
use crate::rule::RuleId;
use crate::time::Instant;
use crate::Campaign;

/// Every instant the plan names: campaign and phase bounds, window openings,
/// deadline cutoffs, the concentrated day's arrival time, the quiz window.
pub fn boundaries(c: &Campaign) -> Vec<Instant> {
    let mut out = Vec::new();
    if let Some(w) = c.span.window() {
        out.extend([w.start, w.end]);
    }
    for p in &c.phases {
        out.push(Instant::start_of(p.first));
        out.extend(Instant::end_of(p.last));
    }
    for d in &c.duties {
        match &d.rule {
            DutyRule::Deliver(x) => {
                out.extend(x.opens);
                out.push(c.due_of(x).cutoff().0);
            }
            DutyRule::Attend(a) => {
                let day = c.event(&a.event).map(|e| e.date);
                out.extend(a.arrive_by.zip(day).and_then(|(t, d)| t.on(d)));
            }
            _ => {}
        }
    }
    for e in &c.events {
        out.push(Instant::start_of(e.date));
        out.extend(
            [e.starts_at, e.ends_at]
                .into_iter()
                .flatten()
                .filter_map(|t| t.on(e.date)),
        );
    }
    if let Some(q) = &c.quiz {
        out.extend([q.window.start, q.window.end]);
    }
    out
}

/// Instants in and around the campaign, half of them within a minute of a boundary
/// of [`boundaries`] (where off-by-one mistakes live), the rest anywhere from a week
/// before to a week after.
pub fn instant_near_boundaries(c: &Campaign) -> BoxedStrategy<Instant> {
    let marks = boundaries(c);
    let span = c.span.window();
    let (start, len) = match span {
        Some(w) => (w.start, w.end.since(w.start).num_seconds().max(1)),
        None => (Instant::start_of(c.span.first), 1),
    };
    let near = (0..marks.len().max(1), -60i64..=60, 0u32..1_000_000_000).prop_map(
        move |(i, secs, nanos)| {
            let base = marks.get(i).copied().unwrap_or(start);
            shift(
                base,
                Duration::seconds(secs)
                    + Duration::nanoseconds(i64::from(nanos % 2) * i64::from(nanos)),
            )
        },
    );
    let week = 7 * 86_400;
    let anywhere = (-week..len + week).prop_map(move |s| shift(start, Duration::seconds(s)));
    prop_oneof![near, anywhere].boxed()
}

fn shift(t: Instant, d: Duration) -> Instant {
    Instant::from_beijing(t.beijing().checked_add_signed(d).unwrap_or(t.beijing()))
}

/// The columns of `c`'s statistics table: their count and each one's first unit word
/// (none without a table).
fn columns(c: &Campaign) -> Vec<String> {
    c.statistics_table
        .iter()
        .flat_map(|t| &t.columns)
        .map(|col| col.units.first().cloned().unwrap_or_default())
        .collect()
}

/// A column of `c`'s statistics table: its position (see
/// [`Field::at`](crate::annex3::Field::at)); 0 for a campaign without a table (whose
/// every check refuses).
pub fn field(c: &Campaign) -> BoxedStrategy<usize> {
    let n = columns(c).len();
    if n == 0 {
        Just(0).boxed()
    } else {
        (0..n).boxed()
    }
}

/// A valid cell of a column of `c`'s statistics table (its position) as people type
/// it, and the count it means: plain, with leading zeros, thousands separators (`,` or
/// `，`), full-width digits, the column's unit, surrounding spaces — in any
/// combination.
pub fn valid_cell(c: &Campaign) -> impl Strategy<Value = (usize, String, u64)> {
    let units = columns(c);
    (
        field(c),
        any::<u64>(),
        any::<(bool, bool, bool, u8, bool, bool)>(),
    )
        .prop_map(move |(f, v, (sep, wide, full, zeros, unit, spaces))| {
            let digits = v.to_string();
            let mut s = String::new();
            if sep {
                let n = digits.len();
                for (i, ch) in digits.chars().enumerate() {
                    if i > 0 && (n - i) % 3 == 0 {
                        s.push(if wide { '，' } else { ',' });
                    }
                    s.push(ch);
                }
            } else {
                s = "0".repeat(usize::from(zeros % 4)) + &digits;
            }
            if full {
                s = s
                    .chars()
                    .map(|c| {
                        if c.is_ascii_digit() {
                            char::from_u32(u32::from(c) - 0x30 + 0xFF10).unwrap_or(c)
                        } else {
                            c
                        }
                    })
                    .collect();
            }
            if unit {
                s.push_str(units.get(f).map_or("", String::as_str));
            }
            if spaces {
                s = format!(" \u{3000}{s} ");
            }
            (f, s, v)
        })
}

/// An invalid cell of a column of `c`'s statistics table (its position) and the rule
/// it must break: blanks and 无 (A3-BLANK); negatives, decimals, fractions, `1e3`,
/// Chinese numerals, other scripts' digits (A3-NUMBER); more than 64 bits (A3-RANGE).
pub fn invalid_cell(c: &Campaign) -> impl Strategy<Value = (usize, String, RuleId)> {
    let blank = proptest::sample::select(vec!["", " ", "无", "-", "/", "－", "／", "—"])
        .prop_map(|s| (s.to_owned(), RuleId::A3_BLANK));
    let number = prop_oneof![
        (1u64..1_000_000).prop_map(|v| format!("-{v}")),
        (0u64..1000, 1u64..100).prop_map(|(a, b)| format!("{a}.{b}")),
        (1u64..100, 1u64..100).prop_map(|(a, b)| format!("{a}/{b}")),
        (1u64..10, 1u64..20).prop_map(|(a, b)| format!("{a}e{b}")),
        proptest::sample::select(vec![
            "十二", "三", "一百", "3万", "壹佰", "٣", "३", "Ⅻ", "约12", "12左右", "abc", "0x10"
        ])
        .prop_map(str::to_owned),
    ]
    .prop_map(|s| (s, RuleId::A3_NUMBER));
    let range =
        (1u8..=9, 0u64..u64::MAX).prop_map(|(d, v)| (format!("{d}{v:020}"), RuleId::A3_RANGE));
    (field(c), prop_oneof![blank, number, range]).prop_map(|(f, (s, r))| (f, s, r))
}

/// A complete, valid form of `c`'s statistics table by a unit on the campaign's
/// roster, as a JSON object (cells as text, some as numbers), with the counts it means
/// in the columns' order. Every count is within its column's bound, and a column a
/// cross-field rule needs above 0 is (a form is valid by every rule). Empty forms for a
/// campaign without a table or a roster.
pub fn valid_form_json(c: &Campaign) -> BoxedStrategy<(Value, Vec<u64>)> {
    let units: Vec<String> = c.units.iter().map(|u| u.name.clone()).collect();
    let Some(table) = c.statistics_table.as_ref().filter(|_| !units.is_empty()) else {
        return Just((json!({}), Vec::new())).boxed();
    };
    // (key, bound, needed above 0)
    let columns: Vec<(String, u64, bool)> = table
        .columns
        .iter()
        .map(|col| {
            let needed = table.cross_rules.iter().any(|r| r.then_positive == col.key);
            (col.key.clone(), col.bound, needed)
        })
        .collect();
    (
        proptest::sample::select(units),
        proptest::collection::vec((0u64..=1_000, any::<bool>()), columns.len()),
    )
        .prop_map(move |(unit, cells)| {
            let mut counts = Vec::with_capacity(columns.len());
            let mut obj = serde_json::Map::new();
            obj.insert("unit".into(), Value::String(unit));
            for ((key, bound, needed), (v, as_number)) in columns.iter().zip(cells) {
                // A column a cross-field rule needs (sessions, for participants) is
                // above 0 in every form.
                let v = if *needed { v.max(1) } else { v }.min(*bound);
                counts.push(v);
                obj.insert(
                    key.clone(),
                    if as_number {
                        json!(v)
                    } else {
                        Value::String(v.to_string())
                    },
                );
            }
            (Value::Object(obj), counts)
        })
        .boxed()
}

/// A unit record (JSON) of a roster unit, in the campaign's shape: submissions of its
/// materials (a node's report naming one of its nodes, a material with parts listing
/// them all) and items of each of its lists dated in and around the campaign (kinds
/// of the list and one outside it), any list possibly absent.
pub fn unit_record_json(c: &Campaign) -> BoxedStrategy<Value> {
    let units: Vec<String> = c.units.iter().map(|u| u.name.clone()).collect();
    let t = instant_near_boundaries(c);
    // (material, its nodes, its parts)
    let materials: Vec<(String, Vec<String>, Vec<String>)> = c
        .materials
        .iter()
        .map(|m| {
            let nodes = c
                .duties
                .iter()
                .filter_map(|d| match &d.rule {
                    DutyRule::Deliver(x) if x.material == m.key => x.node.map(|n| n.to_string()),
                    _ => None,
                })
                .collect();
            (
                m.key.clone(),
                nodes,
                m.parts.iter().map(|p| p.key.clone()).collect(),
            )
        })
        .collect();
    let sub: BoxedStrategy<Value> = if materials.is_empty() {
        Just(Value::Null).boxed()
    } else {
        (
            proptest::sample::select(materials),
            t.clone(),
            any::<prop::sample::Index>(),
        )
            .prop_map(|((kind, nodes, parts), at, i)| {
                let mut s = json!({ "kind": kind, "submitted_at": at.to_string() });
                if !nodes.is_empty() {
                    s["node"] = json!(nodes.get(i.index(nodes.len())));
                }
                if !parts.is_empty() {
                    s["parts"] = json!(parts);
                }
                s
            })
            .boxed()
    };
    let channels: Vec<String> = c.channels.iter().map(|ch| ch.key.clone()).collect();
    let lists: Vec<BoxedStrategy<(String, Option<Vec<Value>>)>> = c
        .lists
        .iter()
        .map(|l| {
            let kinds: Vec<String> = l
                .kinds
                .iter()
                .flat_map(|k| &k.kinds)
                .flat_map(|k| std::iter::once(k.name.clone()).chain(k.aliases.clone()))
                .chain(["地铁".to_owned()])
                .collect();
            let fields: Vec<crate::campaign::ItemField> = l.fields.keys().copied().collect();
            let channels = channels.clone();
            let key = l.key.clone();
            let item = (
                t.clone(),
                proptest::option::of(t.clone()),
                proptest::sample::select(kinds),
                any::<prop::sample::Index>(),
            )
                .prop_map(move |(at, reported, kind, ch)| {
                    use crate::campaign::ItemField as F;
                    let mut o = serde_json::Map::new();
                    for f in &fields {
                        let v = match f {
                            F::Title => json!("作品"),
                            F::Kind => json!(kind),
                            F::Channel if !channels.is_empty() => {
                                json!(channels.get(ch.index(channels.len())))
                            }
                            F::Date => json!(at.date().to_string()),
                            F::PublishedAt => json!(at.to_string()),
                            F::ReportedAt => match reported {
                                Some(r) => json!(r.to_string()),
                                None => continue,
                            },
                            _ => continue,
                        };
                        o.insert(f.as_str().to_owned(), v);
                    }
                    Value::Object(o)
                });
            proptest::option::of(proptest::collection::vec(item, 0..6))
                .prop_map(move |items| (key.clone(), items))
                .boxed()
        })
        .collect();
    (
        proptest::sample::select(units),
        proptest::collection::vec(sub, 0..8),
        lists,
    )
        .prop_map(|(unit, subs, lists)| {
            let subs: Vec<Value> = subs.into_iter().filter(|s| !s.is_null()).collect();
            let mut r = json!({ "unit": unit, "submissions": subs });
            for (key, items) in lists {
                if let Some(items) = items {
                    r[key] = Value::Array(items);
                }
            }
            r
        })
        .boxed()
}

/// A quiz registration (JSON): a name (sometimes blank), a region by key, full or
/// short name (sometimes 香港/澳门/台湾 or nonsense), an optional phone number (valid
/// or not).
pub fn registration_json() -> impl Strategy<Value = Value> {
    let regions: Vec<String> = Region::all()
        .flat_map(|r| {
            [
                r.key().to_owned(),
                r.name().to_owned(),
                r.short_name().to_owned(),
            ]
        })
        .chain(["香港".into(), "台湾".into(), "火星".into(), String::new()])
        .collect();
    (
        proptest::sample::select(vec!["张三", "李四", "欧阳", " ", ""]),
        proptest::sample::select(regions),
        proptest::option::of(prop_oneof![
            (3u8..=9, 0u64..1_000_000_000).prop_map(|(d, n)| format!("+86 1{d}{n:09}")),
            "[0-9+ -]{0,15}"
        ]),
    )
        .prop_map(|(name, region, phone)| {
            let mut v = json!({ "name": name, "region": region });
            if let Some(p) = phone {
                v["phone"] = json!(p);
            }
            v
        })
}

/// An answer sheet (JSON) for a paper whose questions are `1` … `8` (3 single choice,
/// 3 true/false, 2 multiple choice, four options each), submitted near the quiz's
/// boundaries, answers right, wrong, blank or malformed.
pub fn sheet_json(c: &Campaign) -> BoxedStrategy<Value> {
    let answer = |i: usize| -> BoxedStrategy<Value> {
        match i {
            0..=2 => prop_oneof![
                proptest::sample::select(vec!["A", "B", "C", "D", "", "E", "AB"])
                    .prop_map(Value::from),
                Just(Value::Null)
            ]
            .boxed(),
            3..=5 => prop_oneof![
                any::<bool>().prop_map(Value::from),
                proptest::sample::select(vec!["对", "错", "x"]).prop_map(Value::from)
            ]
            .boxed(),
            _ => proptest::sample::select(vec!["A", "AB", "ABD", "BCD", "ABCD", "", "Z"])
                .prop_map(Value::from)
                .boxed(),
        }
    };
    let answers: Vec<BoxedStrategy<Value>> = (0..8).map(answer).collect();
    (
        0u32..50,
        registration_json(),
        instant_near_boundaries(c),
        answers,
    )
        .prop_map(|(p, reg, at, answers)| {
            let mut v = reg;
            v["participant"] = json!(format!("p{p}"));
            v["submitted_at"] = json!(at.to_string());
            v["answers"] = Value::Object(
                answers
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| ((i + 1).to_string(), a))
                    .collect(),
            );
            v
        })
        .boxed()
}

/// One named way a campaign can be broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breakage {
    /// A phase that overlaps the one before it.
    OverlappingPhases,
    /// A phase outside the campaign span.
    PhaseOutsideSpan,
    /// Paper points that do not add up to the stated total.
    PaperTotal,
    /// Two units with one name.
    DuplicateUnit,
    /// A deadline at or before the campaign's start (one after its end is valid: a
    /// summary due days after the month).
    DeadlineOutside,
    /// A column of the statistics table in a group the table does not have.
    UnknownBound,
}

/// A valid campaign: the embedded one with its numbers varied (a count's minimum, a
/// bound, the top N, a deadline's inclusivity), as JSON text.
pub fn valid_campaign() -> impl Strategy<Value = String> {
    (0u64..10, 1u64..u64::MAX, 1u32..50, any::<bool>()).prop_map(|(min, bound, top, inclusive)| {
        let mut c = Campaign::embedded().clone();
        for d in &mut c.duties {
            match &mut d.rule {
                DutyRule::Count(x) if x.distinct == crate::campaign::Distinct::Items => x.min = min,
                DutyRule::Deliver(x) => {
                    if let Some(due) = &mut x.due {
                        due.inclusive = inclusive;
                    }
                }
                _ => {}
            }
        }
        if let Some(col) = c
            .statistics_table
            .as_mut()
            .and_then(|t| t.columns.last_mut())
        {
            col.bound = bound;
        }
        if let Some(q) = &mut c.quiz {
            q.top_n = Some(top);
        }
        c.to_json()
    })
}

/// A campaign broken in exactly one named way, as JSON text, with the way.
pub fn broken_campaign() -> impl Strategy<Value = (String, Breakage)> {
    proptest::sample::select(vec![
        Breakage::OverlappingPhases,
        Breakage::PhaseOutsideSpan,
        Breakage::PaperTotal,
        Breakage::DuplicateUnit,
        Breakage::DeadlineOutside,
        Breakage::UnknownBound,
    ])
    .prop_map(|b| {
        let mut v = serde_json::to_value(Campaign::embedded()).unwrap_or(Value::Null);
        match b {
            Breakage::OverlappingPhases => v["phases"][1]["first"] = json!("2021-06-08"),
            Breakage::PhaseOutsideSpan => v["phases"][0]["first"] = json!("2021-05-01"),
            Breakage::PaperTotal => v["quiz"]["paper"]["total"] = json!(90),
            Breakage::DuplicateUnit => v["units"][1]["name"] = v["units"][0]["name"].clone(),
            Breakage::DeadlineOutside => v["duties"][0]["due"]["due"] = json!("2021-06-01"),
            Breakage::UnknownBound => v["statistics_table"]["columns"][0]["group"] = json!("bogus"),
        }
        (v.to_string(), b)
    })
}

/// [`valid_form_json`], typed: the form as [`Form::from_json`](crate::annex3::Form)
/// reads it, with the counts it means.
pub fn valid_form(c: &Campaign) -> BoxedStrategy<(crate::annex3::Form, Vec<u64>)> {
    valid_form_json(c)
        .prop_map(|(v, counts)| (crate::annex3::Form::from_json(&v), counts))
        .boxed()
}

/// [`unit_record_json`], typed.
pub fn unit_record(c: &Campaign) -> BoxedStrategy<crate::record::UnitRecord> {
    let campaign = c.clone();
    unit_record_json(c)
        .prop_filter_map("a generated record reads", move |v| {
            crate::record::UnitRecord::from_value(&campaign, &v).ok()
        })
        .boxed()
}

/// [`registration_json`], typed (the registration as typed, before its checks).
pub fn registration() -> BoxedStrategy<crate::quiz::Registration> {
    registration_json()
        .prop_filter_map("a generated registration reads", |v| {
            crate::json::from_owned(v).ok()
        })
        .boxed()
}

/// [`sheet_json`], typed (the sheet as read, before it is scored).
pub fn sheet(c: &Campaign) -> BoxedStrategy<crate::quiz::Sheet> {
    sheet_json(c)
        .prop_filter_map("a generated sheet reads", |v| {
            crate::json::from_owned(v).ok()
        })
        .boxed()
}

/// `any::<T>()` for the input types, over the embedded 2021 campaign.
macro_rules! arbitrary {
    ($($ty:ty => $strategy:expr),* $(,)?) => {$(
        impl Arbitrary for $ty {
            type Parameters = ();
            type Strategy = BoxedStrategy<$ty>;
            fn arbitrary_with((): ()) -> Self::Strategy {
                $strategy
            }
        }
    )*};
}

arbitrary! {
    crate::record::UnitRecord => unit_record(Campaign::embedded()),
    crate::quiz::Registration => registration(),
    crate::quiz::Sheet => sheet(Campaign::embedded()),
    crate::annex3::Form => valid_form(Campaign::embedded()).prop_map(|(f, _)| f).boxed(),
    Instant => instant_near_boundaries(Campaign::embedded()),
}
