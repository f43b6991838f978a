//! Laws of quiz scoring and standings (proptest).

use fangfei::campaign::{MultipleChoicePolicy, TeamRegion, TeamStrategy};
use fangfei::quiz::{Region, Scorer, Sheet, Tally};
use fangfei::Campaign;
use proptest::prelude::*;
use serde_json::{json, Value};

use crate::quiz::{all_papers, perfect};

/// Answers for the test paper: each question right, wrong, blank (or a subset for
/// multiple choice), by the choice given.
fn answers(choices: &[u8; 8]) -> Value {
    let right = perfect();
    let wrong = json!({"1": "C", "2": "B", "3": "A", "4": false, "5": true, "6": false, "7": "C", "8": "A"});
    let subset = json!({"7": "AB", "8": "B"});
    let mut out = serde_json::Map::new();
    for (i, c) in choices.iter().enumerate() {
        let id = (i + 1).to_string();
        let v = match c % 4 {
            0 => right[&id].clone(),
            1 => wrong[&id].clone(),
            2 => Value::Null,
            _ => subset
                .get(&id)
                .cloned()
                .unwrap_or_else(|| right[&id].clone()),
        };
        out.insert(id, v);
    }
    Value::Object(out)
}

fn sheet(id: String, region: Region, at: String, answers: Value) -> Sheet {
    serde_json::from_value(json!({"participant": id, "name": "测试", "region": region.key(), "submitted_at": at, "answers": answers})).unwrap()
}

/// Up to `most` sheets of `participants` accounts over the first `days` answering
/// days, at a minute of day in `minutes`, in any region, with any answers.
fn sheets_of(
    participants: u8,
    days: i64,
    minutes: std::ops::Range<i64>,
    most: usize,
) -> impl Strategy<Value = Vec<Sheet>> {
    proptest::collection::vec(
        (0..participants, 0u8..32, 0..days, minutes, any::<[u8; 8]>()),
        0..most,
    )
    .prop_map(|v| {
        v.into_iter()
            .map(|(p, r, day, minute, choices)| {
                let region = Region::all().nth(usize::from(r)).unwrap();
                let at = format!(
                    "2021-06-{:02}T{:02}:{:02}:00+08:00",
                    15 + day,
                    minute / 60,
                    minute % 60
                );
                sheet(format!("p{p}"), region, at, answers(&choices))
            })
            .collect()
    })
}

/// Sheets across the window: 12 accounts, the 11 days, from 10:00 to 24:00.
fn sheets() -> impl Strategy<Value = Vec<Sheet>> {
    sheets_of(12, 11, 600..1440, 60)
}

/// Few accounts, two days, two minutes: sheets at the same instant, and streams out of
/// time order, are the rule here.
fn tied_sheets() -> impl Strategy<Value = Vec<Sheet>> {
    sheets_of(3, 2, 600..602, 30)
}

fn tally_of(c: &Campaign, sheets: &[Sheet]) -> Tally {
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    for (i, sh) in sheets.iter().enumerate() {
        s.sheet(i + 1, sh);
    }
    s.into_tally()
}

fn standings(t: &Tally) -> Vec<(String, u64, u64, u64)> {
    let mut out = Vec::new();
    for strategy in [
        TeamStrategy::SumOfDailyScores,
        TeamStrategy::MeanPerParticipant,
        TeamStrategy::ParticipationCount,
        TeamStrategy::BestSingleDay,
        TeamStrategy::ParticipationWeighted,
    ] {
        out.extend(
            t.standings(strategy, None)
                .into_iter()
                .map(|s| (s.region.key().to_owned(), s.total, s.participants, s.sheets)),
        );
    }
    out
}

proptest! {
    #[test]
    fn adding_many_is_adding_each(sheets in tied_sheets(), scores in proptest::collection::vec(0u32..=100, 30)) {
        let c = Campaign::embedded();
        let (mut one, mut many) = (Tally::new(c), Tally::new(c));
        let mut batch = Vec::new();
        let mut each = Vec::new();
        for (s, score) in sheets.iter().zip(&scores) {
            let region = Region::all().find(|r| r.key() == s.registration.region).unwrap();
            let p = one.participant(&s.participant);
            prop_assert_eq!(p, many.participant(&s.participant));
            let stamp = one.stamp(s.submitted_at).unwrap();
            each.push(one.add_stamped(p, stamp, *score, region));
            batch.push((p, stamp, *score, region));
        }
        let mut out = Vec::new();
        many.add_many(&batch, &mut out);
        prop_assert_eq!(out, each);
        prop_assert_eq!(many, one);
    }

    #[test]
    fn a_days_score_is_a_multiple_of_10_up_to_100(choices: [u8; 8], partial: bool) {
        let mut c = Campaign::embedded().clone();
        if partial {
            c.quiz.as_mut().unwrap().multiple_choice = Some(MultipleChoicePolicy::PartialCredit { subset_points: 10 });
        }
        let mut s = Scorer::new(&c, &all_papers()).unwrap();
        let out = s.sheet(1, &sheet("p".into(), Region::all().next().unwrap(), "2021-06-15T12:00:00+08:00".into(), answers(&choices)));
        let score = out.score.unwrap();
        prop_assert!(score <= 100 && score.is_multiple_of(10), "{}", score);
    }

    #[test]
    fn the_score_is_monotone_in_correct_answers(choices: [u8; 8], flip in 0usize..8) {
        let c = Campaign::embedded();
        let score = |ch: &[u8; 8]| {
            let mut s = Scorer::new(c, &all_papers()).unwrap();
            s.sheet(1, &sheet("p".into(), Region::all().next().unwrap(), "2021-06-15T12:00:00+08:00".into(), answers(ch))).score.unwrap()
        };
        let mut better = choices;
        better[flip] = 0; // make one answer right
        prop_assert!(score(&better) >= score(&choices));
    }

    #[test]
    fn nobody_scores_more_than_1100(sheets in sheets()) {
        let c = Campaign::embedded();
        let t = tally_of(c, &sheets);
        for p in t.individuals(None) {
            prop_assert!(p.total <= 1100 && u64::from(p.days) <= 11);
            prop_assert!(p.total <= u64::from(p.days) * 100);
        }
    }

    #[test]
    fn merging_is_associative_and_commutative(sheets in sheets(), cut1 in 0usize..60, cut2 in 0usize..60) {
        let c = Campaign::embedded();
        let (a, b) = (cut1.min(cut2).min(sheets.len()), cut1.max(cut2).min(sheets.len()));
        let whole = tally_of(c, &sheets);
        let (x, y, z) = (tally_of(c, &sheets[..a]), tally_of(c, &sheets[a..b]), tally_of(c, &sheets[b..]));
        // (x + y) + z
        let mut left = x.clone();
        left.merge(&y).unwrap();
        left.merge(&z).unwrap();
        // x + (z + y)
        let mut right = z.clone();
        right.merge(&y).unwrap();
        let mut right2 = x.clone();
        right2.merge(&right).unwrap();
        // z + x + y
        let mut other = z;
        other.merge(&x).unwrap();
        other.merge(&y).unwrap();
        prop_assert_eq!(standings(&left), standings(&whole));
        prop_assert_eq!(standings(&right2), standings(&whole));
        prop_assert_eq!(standings(&other), standings(&whole));
        let mut people = left.individuals(None);
        people.sort_by(|p, q| (&p.id, p.region).cmp(&(&q.id, q.region)));
        let mut want = whole.individuals(None);
        want.sort_by(|p, q| (&p.id, p.region).cmp(&(&q.id, q.region)));
        prop_assert_eq!(people, want);
    }

    /// Settled against the final tally, exactly one sheet counts per participant and
    /// day that has one, whatever the order and however many share an instant.
    #[test]
    fn after_settling_one_sheet_counts_per_participant_and_day(sheets in tied_sheets()) {
        let c = Campaign::embedded();
        let mut s = Scorer::new(c, &all_papers()).unwrap();
        let mut outs: Vec<_> = sheets.iter().enumerate().map(|(i, sh)| s.sheet(i + 1, sh)).collect();
        for o in &mut outs {
            s.settle(o);
        }
        let mut days = std::collections::BTreeMap::new();
        for o in outs.iter().filter(|o| o.counted) {
            *days.entry((o.participant.clone(), o.day)).or_insert(0u32) += 1;
        }
        prop_assert!(days.values().all(|&n| n == 1), "{days:?}");
        let slots: u32 = s.tally().individuals(None).iter().map(|p| p.days).sum();
        prop_assert_eq!(days.len() as u32, slots);
        let total: u64 = outs.iter().filter(|o| o.counted).map(|o| u64::from(o.score.unwrap())).sum();
        let want: u64 = s.tally().individuals(None).iter().map(|p| p.total).sum();
        prop_assert_eq!(total, want);
    }

    /// A participant's team is the region of their first counted sheet, or of their
    /// latest when the campaign says so (附件2 四; `quiz.team_region`), whatever order
    /// the sheets are read in.
    #[test]
    fn the_team_is_the_region_of_the_first_or_latest_counted_sheet(sheets in sheets(), latest: bool) {
        let mut c = Campaign::embedded().clone();
        c.quiz.as_mut().unwrap().team_region = if latest {
            TeamRegion::LatestCountedSheet
        } else {
            TeamRegion::FirstCountedSheet
        };
        let mut s = Scorer::new(&c, &all_papers()).unwrap();
        let mut outs: Vec<_> = sheets.iter().enumerate().map(|(i, sh)| s.sheet(i + 1, sh)).collect();
        for o in &mut outs {
            s.settle(o);
        }
        let mut want = std::collections::BTreeMap::new();
        for o in outs.iter().filter(|o| o.counted) {
            let (at, region) = (o.submitted_at, o.region.unwrap());
            let e = want.entry(o.participant.clone()).or_insert((at, region));
            if (latest && at > e.0) || (!latest && at < e.0) {
                *e = (at, region);
            }
        }
        let got: std::collections::BTreeMap<_, _> = s
            .tally()
            .individuals(None)
            .into_iter()
            .map(|p| (p.id, p.region))
            .collect();
        let want: std::collections::BTreeMap<_, _> = want.into_iter().map(|(p, (_, r))| (p, r)).collect();
        prop_assert_eq!(got, want);
    }

    /// A scorer that remembers each counted sheet's line tells, without reading the
    /// sheets again, exactly the sheets settling finds replaced: those that counted
    /// when read and count no longer, with the same participant, day, score and
    /// settling finding.
    #[test]
    fn displaced_sheets_are_those_settling_uncounts(sheets in tied_sheets()) {
        let c = Campaign::embedded();
        let mut s = Scorer::new(c, &all_papers()).unwrap().with_displaced(true);
        let mut outs: Vec<_> = sheets.iter().enumerate().map(|(i, sh)| s.sheet(i + 1, sh)).collect();
        let counted_when_read: Vec<bool> = outs.iter().map(|o| o.counted).collect();
        for o in &mut outs {
            s.settle(o);
        }
        let want: Vec<_> = outs
            .iter()
            .zip(&counted_when_read)
            .filter(|(o, was)| **was && !o.counted)
            .map(|(o, _)| (o.line, o.participant.clone(), o.day, o.score, o.findings.last().cloned()))
            .collect();
        let got: Vec<_> = s
            .displaced()
            .into_iter()
            .map(|o| {
                assert!(!o.counted);
                (o.line, o.participant.clone(), o.day, o.score, o.findings.last().cloned())
            })
            .collect();
        prop_assert_eq!(got, want);
    }
}

/// A JSON value as text, of the kinds a sheet's fields and answers hold and those they
/// must not: strings with escapes, numbers, lists, objects (with a repeated key now and
/// then).
fn json_text() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        any::<bool>().prop_map(|b| b.to_string()),
        (-5i64..300).prop_map(|n| n.to_string()),
        Just("1.5".to_owned()),
        prop::sample::select(vec![
            "A",
            "B",
            "AB",
            "A、C",
            "ｂ",
            "E",
            "",
            " ",
            "对",
            "错",
            "true",
            "u1",
            "辽宁",
            "广西",
            "香港",
            "138 1234 5678",
            "2021-06-15T10:05:00+08:00",
            "2021-06-16 11:00",
            "2021-06-14T10:00:00+08:00",
            "not a time",
            "\\u0041",
            "a\\\"b",
            "\\n",
        ])
        .prop_map(|s| format!("\"{s}\"")),
    ];
    let list =
        proptest::collection::vec(leaf.clone(), 0..3).prop_map(|v| format!("[{}]", v.join(",")));
    let object = proptest::collection::vec(
        (prop::sample::select(vec!["a", "b", "a"]), leaf.clone()),
        0..3,
    )
    .prop_map(|v| {
        let fields: Vec<String> = v.iter().map(|(k, x)| format!("\"{k}\":{x}")).collect();
        format!("{{{}}}", fields.join(","))
    });
    prop_oneof![
        12 => leaf,
        2 => list,
        1 => object,
        1 => Just("[[\"A\"]]".to_owned()),
        1 => Just("[{\"x\": 1}]".to_owned()),
    ]
}

/// A line that is nearly a sheet: its keys with well-formed values mostly and any
/// value sometimes, a few more keys (the platform's own, or one of the sheet's again),
/// now and then text after the object.
fn sheet_line() -> impl Strategy<Value = String> {
    const KEYS: [&str; 7] = [
        "participant",
        "submitted_at",
        "answers",
        "name",
        "region",
        "phone",
        "unit",
    ];
    let key = prop::sample::select(vec![
        "device",
        "os",
        "ip",
        "ua",
        "score",
        "extra",
        "d\\u0065vice",
        "time",
        "answers",
        "p\\u0061rticipant",
    ]);
    // Distinct ids mostly (in any order), now and then one twice.
    let ids = vec![
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "\\u0031\\u0030",
    ];
    let answers = (
        prop::sample::subsequence(ids, 0..=9).prop_shuffle(),
        proptest::collection::vec(json_text(), 10),
        0u8..8,
    )
        .prop_map(|(ids, values, twice)| {
            let mut fields: Vec<String> = ids
                .iter()
                .zip(&values)
                .map(|(k, x)| format!("\"{k}\":{x}"))
                .collect();
            if twice == 0 && !fields.is_empty() {
                fields.push(fields[0].clone());
            }
            format!("{{{}}}", fields.join(","))
        });
    (
        proptest::collection::vec((any::<u8>(), json_text()), 7),
        proptest::collection::vec((key, json_text()), 0..2),
        answers,
        0u8..8,
    )
        .prop_map(move |(own, extra, answers, trailing)| {
            let mut parts: Vec<String> = KEYS
                .iter()
                .zip(&own)
                .filter(|(_, (how, _))| how % 16 != 15)
                .map(|(k, (how, any))| {
                    let v = match (*k, how % 16) {
                        (_, 14) => any.clone(),
                        ("answers", _) => answers.clone(),
                        ("submitted_at", _) => "\"2021-06-16T11:00:00+08:00\"".to_owned(),
                        ("region", _) => "\"辽宁\"".to_owned(),
                        ("phone", 0) => "\"13812345678\"".to_owned(),
                        ("name" | "unit", _) => "\"张三\\u0020\"".to_owned(),
                        _ => "\"u1\"".to_owned(),
                    };
                    format!("\"{k}\":{v}")
                })
                .collect();
            parts.extend(extra.iter().map(|(k, v)| format!("\"{k}\":{v}")));
            let mut line = format!("{{{}}}", parts.join(", "));
            if trailing == 0 {
                line.push_str(" x");
            }
            line
        })
}

/// A sheet's answers in id order (a map's order; the borrowed reading keeps the line's).
fn in_id_order(mut s: fangfei::quiz::SheetRef<'_>) -> fangfei::quiz::SheetRef<'_> {
    s.answers.sort_by(|a, b| a.0.cmp(&b.0));
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    /// The borrowed reading of a line is the owned one: the same sheet, or the same
    /// refusal word for word, and the same outcome when scored.
    #[test]
    fn reading_borrowed_is_reading_owned(line in sheet_line()) {
        use fangfei::quiz::SheetRef;
        let owned = Sheet::from_json_text(&line);
        let borrowed = SheetRef::from_json_text(&line);
        match (&owned, borrowed) {
            (Ok(a), Ok(b)) => {
                prop_assert_eq!(in_id_order(a.as_ref()), in_id_order(b.clone()));
                let c = Campaign::embedded();
                let mut one = Scorer::new(c, &all_papers()).unwrap();
                let mut two = Scorer::new(c, &all_papers()).unwrap();
                prop_assert_eq!(one.sheet(1, a), two.sheet_ref(1, &b));
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, &b),
            (a, b) => prop_assert!(false, "{line}: owned {a:?}, borrowed {b:?}"),
        }
    }
}
