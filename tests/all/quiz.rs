//! The quiz (附件2): registration, papers, scoring, the window, once a day, standings.

use fangfei::campaign::{MultipleChoicePolicy, QuestionKind, TeamStrategy};
use fangfei::quiz::{
    check_paper, parse_answer, register, score_one, CheckedQuestion, Paper, Region, Registration,
    Scorer, Sheet,
};
use fangfei::{Campaign, RuleId};
use serde_json::{json, Value};

#[test]
fn scoring_table() {
    let text = crate::data("quiz-scoring.tsv");
    let rows = crate::rows(&text);
    assert!(rows.len() >= 28);
    for (line, cells) in rows {
        let [kind, key, answer, policy, points, class] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let kind: QuestionKind = serde_json::from_value(Value::String(kind.clone())).unwrap();
        let n = if kind == QuestionKind::TrueFalse {
            0
        } else {
            4
        };
        let key = parse_answer(kind, n, &serde_json::from_str(key).unwrap()).unwrap();
        let q = CheckedQuestion {
            id: "q".into(),
            kind,
            options: n,
            key,
            points: if kind == QuestionKind::MultipleChoice {
                20
            } else {
                10
            },
        };
        let given = parse_answer(kind, n, &serde_json::from_str(answer).unwrap())
            .unwrap_or_else(|e| panic!("line {line}: {e:?}"));
        let policy = if policy == "partial" {
            MultipleChoicePolicy::PartialCredit { subset_points: 10 }
        } else {
            MultipleChoicePolicy::AllOrNothing
        };
        let (got_points, got_class) = score_one(&q, given, policy);
        // The class as it is written on the wire (Class is output only).
        let got_class = serde_json::to_value(got_class).unwrap();
        assert_eq!(
            (got_points.to_string(), got_class),
            (points.clone(), Value::String(class.clone())),
            "line {line}: {cells:?}"
        );
    }
}

#[test]
fn answers_that_do_not_fit_are_refused() {
    use fangfei::quiz::AnswerError::*;
    for (kind, n, answer, err) in [
        (QuestionKind::SingleChoice, 4, json!("E"), UnknownOption),
        (QuestionKind::SingleChoice, 4, json!("AB"), TwoOptions),
        (QuestionKind::SingleChoice, 4, json!(["A", "B"]), TwoOptions),
        (QuestionKind::SingleChoice, 4, json!(true), Malformed),
        (QuestionKind::TrueFalse, 0, json!("A"), Malformed),
        (QuestionKind::MultipleChoice, 4, json!("AZ"), UnknownOption),
        (QuestionKind::MultipleChoice, 4, json!("A1"), Malformed),
        (QuestionKind::MultipleChoice, 4, json!(3), Malformed),
    ] {
        assert_eq!(
            parse_answer(kind, n, &answer),
            Err(err),
            "{kind:?} {answer}"
        );
    }
}

#[test]
fn registration_of_all_32_regions() {
    let text = crate::data("regions.tsv");
    let rows = crate::rows(&text);
    assert_eq!(rows.len(), 32);
    for (line, cells) in rows {
        let [code, full, short] = &cells[..] else {
            panic!("line {line}")
        };
        for written in [code, full, short] {
            let (p, findings) = register(&Registration {
                name: "王五".into(),
                region: written.clone(),
                ..Default::default()
            });
            let p = p.unwrap_or_else(|| panic!("line {line}: {written} refused: {findings:?}"));
            assert_eq!(
                (p.region.key(), p.region.name(), p.region.short_name()),
                (code.as_str(), full.as_str(), short.as_str())
            );
        }
    }
    assert_eq!(Region::all().count(), 32);
}

#[test]
fn hong_kong_macao_taiwan_are_refused_with_the_reason() {
    for written in [
        "香港",
        "香港特别行政区",
        "澳门",
        "澳门特别行政区",
        "台湾",
        "台湾省",
        "81",
        "82",
        "71",
    ] {
        let (p, findings) = register(&Registration {
            name: "王五".into(),
            region: written.into(),
            ..Default::default()
        });
        assert!(p.is_none(), "{written}");
        assert_eq!(findings[0].rule, RuleId::Q_REG_REGION);
        assert!(
            findings[0].message.zh.contains("不含港澳台"),
            "{}",
            findings[0].message.zh
        );
    }
}

#[test]
fn phone_numbers() {
    let table = crate::data("phones.tsv");
    let rows = crate::rows(&table);
    assert!(rows.len() >= 14);
    for (line, cells) in rows {
        let [phone, kept] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let (p, findings) = register(&Registration {
            name: "王五".into(),
            region: "北京".into(),
            phone: Some(phone.clone()),
            unit: None,
        });
        // 选填: a malformed number is dropped with a warning; the registration stands.
        let p = p.unwrap_or_else(|| panic!("line {line}: {findings:?}"));
        match kept.as_str() {
            "-" => {
                assert!(p.phone.is_none(), "line {line}");
                assert_eq!(findings[0].rule, RuleId::Q_REG_PHONE, "line {line}");
                assert_eq!(
                    findings[0].severity,
                    fangfei::Severity::Warning,
                    "line {line}"
                );
                assert!(
                    !findings[0].message.zh.contains("[3-9]"),
                    "no pattern shown"
                );
                // The message never shows the whole number.
                let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
                assert!(
                    digits.len() < 8 || !findings[0].message.zh.contains(&digits),
                    "{}",
                    findings[0].message.zh
                );
            }
            number => assert_eq!(
                p.phone.map(|p| p.digits().to_owned()).as_deref(),
                Some(number),
                "line {line}"
            ),
        }
    }
    // Optional: absent or blank is fine, and the work unit too (Q-REG-UNIT).
    let (p, _) = register(&Registration {
        name: "王五".into(),
        region: "北京".into(),
        phone: Some("  ".into()),
        unit: Some("".into()),
    });
    assert!(p.is_some());
}

/// The 2021 composition: 3 single, 3 true/false, 2 multiple.
pub fn paper(date: &str) -> Paper {
    serde_json::from_value(json!({"date": date, "questions": [
        {"id": "1", "kind": "single_choice", "options": ["a", "b", "c", "d"], "key": "B"},
        {"id": "2", "kind": "single_choice", "options": ["a", "b", "c", "d"], "key": "A"},
        {"id": "3", "kind": "single_choice", "options": ["a", "b", "c", "d"], "key": "D"},
        {"id": "4", "kind": "true_false", "key": true},
        {"id": "5", "kind": "true_false", "key": false},
        {"id": "6", "kind": "true_false", "key": true},
        {"id": "7", "kind": "multiple_choice", "options": ["a", "b", "c", "d"], "key": "ABD"},
        {"id": "8", "kind": "multiple_choice", "options": ["a", "b", "c", "d", "e"], "key": "BCE"}
    ]}))
    .unwrap()
}

pub fn all_papers() -> Vec<Paper> {
    Campaign::embedded()
        .quiz
        .as_ref()
        .unwrap()
        .window
        .dates()
        .map(|d| paper(&d.to_string()))
        .collect()
}

pub fn sheet(id: &str, region: &str, at: &str, answers: Value) -> Sheet {
    serde_json::from_value(json!({"participant": id, "name": "测试", "region": region, "submitted_at": at, "answers": answers})).unwrap()
}

pub fn perfect() -> Value {
    json!({"1": "B", "2": "A", "3": "D", "4": true, "5": false, "6": true, "7": "ABD", "8": "BCE"})
}

#[test]
fn paper_composition_is_checked() {
    let c = Campaign::embedded();
    assert!(check_paper(c, &paper("2021-06-15")).is_ok());
    let mut p = paper("2021-06-15");
    p.questions.pop();
    p.questions[0].key = json!("Z");
    let err = check_paper(c, &p).unwrap_err();
    assert!(err.iter().all(|f| f.rule == RuleId::Q_PAPER));
    assert!(err.iter().any(|f| f.path == "questions[0].key"));
    assert!(err
        .iter()
        .any(|f| f.path == "questions" && f.message.zh.contains("多选题应为2道")));
}

#[test]
fn window_boundaries() {
    // 附件2 一: 6月15日10:00至6月25日24:00.
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    for (i, (at, counted)) in [
        ("2021-06-15T09:59:59+08:00", false),
        ("2021-06-15T10:00:00+08:00", true),
        ("2021-06-25T23:59:59+08:00", true),
        ("2021-06-26T00:00:00+08:00", false),
        ("2021-06-15T02:00:00Z", true),      // = 10:00 Beijing
        ("2021-06-15T01:59:59Z", false),     // = 09:59:59 Beijing
        ("2021-06-25T10:59:59-05:00", true), // = 23:59:59 Beijing
    ]
    .iter()
    .enumerate()
    {
        // A new participant each time, so once-a-day plays no part.
        let out = s.sheet(i + 1, &sheet(&i.to_string(), "北京", at, perfect()));
        assert_eq!(out.counted, *counted, "{at}: {:?}", out.findings);
        assert_eq!(
            out.findings.iter().any(|f| f.rule == RuleId::Q_WINDOW),
            !counted,
            "{at}"
        );
    }
}

#[test]
fn once_a_day_first_sheet_counts() {
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    let mut low = perfect();
    low["1"] = json!("C");
    let first = s.sheet(1, &sheet("u", "北京", "2021-06-16T08:00:00+08:00", low));
    assert_eq!((first.counted, first.score), (true, Some(90)));
    let second = s.sheet(
        2,
        &sheet("u", "北京", "2021-06-16T20:00:00+08:00", perfect()),
    );
    assert!(!second.counted);
    assert_eq!(second.score, Some(100), "scored, but refused");
    assert!(second
        .findings
        .iter()
        .any(|f| f.rule == RuleId::Q_ONCE_A_DAY));
    // The next Beijing day counts again; 2021-06-16T16:00Z is already 06-17 in Beijing.
    let third = s.sheet(3, &sheet("u", "北京", "2021-06-16T16:00:00Z", perfect()));
    assert!(third.counted, "{:?}", third.findings);
    let people = s.tally().individuals(None);
    assert_eq!((people[0].days, people[0].total), (2, 190));
}

#[test]
fn sheets_that_do_not_fit_are_refused_not_scored_wrong() {
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    let mut a = perfect();
    a.as_object_mut().unwrap().remove("8");
    a["1"] = json!("BC");
    a["9"] = json!("A");
    let out = s.sheet(1, &sheet("u", "北京", "2021-06-16T08:00:00+08:00", a));
    assert!(!out.counted && out.score.is_none());
    let paths: Vec<String> = out.findings.iter().map(|f| f.path.to_string()).collect();
    assert!(
        ["answers.8", "answers.1", "answers.9"]
            .iter()
            .all(|p| paths.iter().any(|q| q == p)),
        "{paths:?}"
    );
    // An unknown region or a missing name: refused too.
    let out = s.sheet(
        2,
        &sheet("v", "香港", "2021-06-16T08:00:00+08:00", perfect()),
    );
    assert!(!out.counted);
}

#[test]
fn standings_and_ties() {
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    // 北京: two people × 100; 上海: one person × 100 twice; 广东: nobody.
    s.sheet(
        1,
        &sheet("a", "北京", "2021-06-15T11:00:00+08:00", perfect()),
    );
    s.sheet(
        2,
        &sheet("b", "北京", "2021-06-15T11:00:00+08:00", perfect()),
    );
    s.sheet(
        3,
        &sheet("c", "上海", "2021-06-15T11:00:00+08:00", perfect()),
    );
    s.sheet(
        4,
        &sheet("c", "上海", "2021-06-16T11:00:00+08:00", perfect()),
    );
    let t = s.tally();
    let sum = t.standings(TeamStrategy::SumOfDailyScores, None);
    // 200 each: the tie goes to more participants (北京).
    assert_eq!(
        (sum[0].region.short_name(), sum[1].region.short_name()),
        ("北京", "上海")
    );
    // …and the ranks say so: more participants is a place ahead, not a tie.
    assert_eq!((sum[0].rank, sum[1].rank), (1, 2));
    // Teams nobody joined are never ranked (RULES.md Q-TEAM).
    assert_eq!(sum.len(), 2);
    let mean = t.standings(TeamStrategy::MeanPerParticipant, None);
    assert_eq!(mean[0].region.short_name(), "上海");
    assert_eq!(mean[0].value, 200.0);
    let best = t.standings(TeamStrategy::BestSingleDay, None);
    assert_eq!(
        (best[0].region.short_name(), best[0].value),
        ("北京", 200.0)
    );
    // Through 06-15 only: 北京 200, 上海 100.
    let day1 = t.standings(
        TeamStrategy::SumOfDailyScores,
        Some("2021-06-15".parse().unwrap()),
    );
    assert_eq!((day1[1].region.short_name(), day1[1].total), ("上海", 100));
}

#[test]
fn phone_digits_never_show_in_debug_or_findings() {
    // From a fuzz run (quiz_sheet, 2026-11-26): a sheet whose participant id happened
    // to hold the phone's digits. The id may show; the registration and the findings
    // must not.
    let text = r#"{"answers":{"8":"ABC"},"name":"马强","participant":"wx12345673343222222222211111111111900003","phone":"123-BC4567334.322222222221111111111北京","submitted_at":"2021-06-15T19:07:04+08:00"}"#;
    let sheet: Sheet = serde_json::from_str(text).unwrap();
    let mut s = Scorer::new(Campaign::embedded(), &all_papers()).unwrap();
    let out = s.sheet(1, &sheet);
    let digits: String = sheet
        .registration
        .phone
        .as_deref()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    // The registration as read borrowed too, and the sheets but for their ids.
    let borrowed = fangfei::quiz::SheetRef::from_json_text(text).unwrap();
    let shown = format!(
        "{:?} {:?} {:?} {:?} {:?}",
        sheet.registration,
        borrowed.registration,
        out.findings,
        serde_json::to_string(&out.findings).unwrap(),
        (
            fangfei::quiz::SheetRef {
                participant: "id".into(),
                ..borrowed.clone()
            },
            Sheet {
                participant: "id".into(),
                ..sheet.clone()
            }
        )
    );
    assert!(!shown.contains(&digits) && !shown.contains(&digits[..8]));
    assert!(out.findings.iter().any(|f| f.rule == RuleId::Q_REG_PHONE));
    // A plain number, however the sheet was read.
    let text = r#"{"participant": "u1", "name": "张三", "region": "辽宁", "phone": "13812345678",
      "submitted_at": "2021-06-15T10:05:00+08:00", "answers": {}}"#;
    let shown = format!(
        "{:?} {:?}",
        Sheet::from_json_text(text).unwrap(),
        fangfei::quiz::SheetRef::from_json_text(text).unwrap()
    );
    assert!(
        !shown.contains("13812345678") && shown.contains("138****5678"),
        "{shown}"
    );
}

#[test]
fn a_line_is_read_with_parses_rules() {
    // Not an object, a repeated key the reader does not know, a repeat inside a value
    // nobody reads, trailing text: each refused as the browser's reading refuses it.
    let e = Sheet::from_json_text("[1, 2]").unwrap_err();
    assert_eq!(e.en, "expected an object, found an array");
    assert_eq!(e.zh, "应为对象,实为数组");
    for text in [
        r#"{"device": 1, "device": 2}"#,
        r#"{"meta": {"a": 1, "a": 2}}"#,
        r#"{"participant": "u"} x"#,
        r#"{"participant": "u""#,
    ] {
        let e = Sheet::from_json_text(text).unwrap_err();
        assert!(e.en.starts_with("not JSON"), "{text}: {}", e.en);
        assert!(fangfei::json::parse(text).is_err(), "{text}");
    }
    // An escaped key is the same key.
    let e = Sheet::from_json_text(r#"{"participant": "u", "p\u0061rticipant": "v"}"#).unwrap_err();
    assert!(e.en.contains("repeated key"), "{}", e.en);
}

#[test]
fn one_account_whatever_the_region() {
    let c = Campaign::embedded();
    let table = crate::data("quiz-accounts.tsv");
    for (line, cells) in crate::rows(&table) {
        let [sheets, counted, team] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let mut s = Scorer::new(c, &all_papers()).unwrap();
        let got: Vec<&str> = sheets
            .split(" ; ")
            .enumerate()
            .map(|(i, x)| {
                let (who, at) = x.split_once('@').unwrap();
                let (id, region) = who.split_once('/').unwrap();
                let out = s.sheet(i + 1, &sheet(id, region, at, perfect()));
                if out.counted {
                    "1"
                } else {
                    "0"
                }
            })
            .collect();
        assert_eq!(got.join(" "), *counted, "line {line}");
        let people = s.tally().individuals(None);
        let a = people.iter().find(|p| p.id == "a").unwrap();
        assert_eq!(a.region.short_name(), team, "line {line}");
        // Standings count the account once, for its team.
        let teams = s.tally().standings(TeamStrategy::ParticipationCount, None);
        let with_a: u64 = teams.iter().map(|t| t.participants).sum();
        assert_eq!(with_a as usize, people.len(), "line {line}");
    }
}

#[test]
fn a_replaced_sheet_is_settled_as_not_counted() {
    // 附件2 四: the first sheet of the day counts. Read out of time order, the later
    // sheet counted when it was read; once the earlier one is read, it no longer does.
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    let mut later = s.sheet(1, &sheet("a", "北京", "2021-06-15T12:00", perfect()));
    let earlier = s.sheet(2, &sheet("a", "北京", "2021-06-15T11:00", perfect()));
    assert!(later.counted && earlier.counted);
    s.settle(&mut later);
    assert!(!later.counted);
    assert!(later
        .findings
        .iter()
        .any(|f| f.rule == RuleId::Q_ONCE_A_DAY && f.message.zh.contains("不再计分")));
    // Shards scored apart and merged: the merged tally settles every shard's outcomes.
    let mut one = Scorer::new(c, &all_papers()).unwrap();
    let mut two = Scorer::new(c, &all_papers()).unwrap();
    let mut late = one.sheet(1, &sheet("b", "上海", "2021-06-16T12:00", perfect()));
    let mut early = two.sheet(1, &sheet("b", "上海", "2021-06-16T08:00", perfect()));
    let mut merged = one.into_tally();
    merged.merge(two.tally()).unwrap();
    merged.settle(&mut late);
    merged.settle(&mut early);
    assert_eq!((late.counted, early.counted), (false, true));
}

/// Issue 29 (walk, D2 item 4): teams equal on value, participants and total share one
/// rank — standard competition ranking, 1-2-2-4 — and the region key only orders their
/// lines; the top N takes in every team tied at N, and says so (附件2 五: 前10名).
#[test]
fn tied_teams_share_a_rank_and_the_top_takes_in_the_tie() {
    use fangfei::wire::{Standings, StandingsQuery};
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    // 北京 2 × 100; 上海, 天津, 重庆 1 × 100 each; 河北 1 × 100 on one sheet of two days.
    let at = "2021-06-15T11:00:00+08:00";
    for (i, (id, region)) in [
        ("a", "北京"),
        ("b", "北京"),
        ("c", "上海"),
        ("d", "天津"),
        ("e", "重庆"),
    ]
    .into_iter()
    .enumerate()
    {
        s.sheet(i, &sheet(id, region, at, perfect()));
    }
    let sum = s.tally().standings(TeamStrategy::SumOfDailyScores, None);
    let ranks: Vec<(usize, &str)> = sum
        .iter()
        .map(|t| (t.rank, t.region.short_name()))
        .collect();
    assert_eq!(ranks, [(1, "北京"), (2, "天津"), (2, "上海"), (2, "重庆")]);
    let top2 = Standings::new(c, s.tally(), StandingsQuery::new(None, None, Some(2)));
    assert_eq!(top2.top.len(), 4);
    assert_eq!(
        top2.tie_note.as_ref().map(|t| t.zh.as_str()),
        Some("含并列,共4队")
    );
    let top1 = Standings::new(c, s.tally(), StandingsQuery::new(None, None, Some(1)));
    assert_eq!((top1.top.len(), top1.tie_note.is_none()), (1, true));
}

#[test]
fn the_final_top_teams_are_the_excellent_teams() {
    // 附件2 五: 最终排名前10名的战队为优秀战队; individuals are listed masked.
    use fangfei::wire::{Standings, StandingsQuery};
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    s.sheet(
        1,
        &sheet("13812345678", "北京", "2021-06-15T11:00", perfect()),
    );
    let day = |d: &str| Some(fangfei::time::parse_date(d, None).unwrap());
    // One day's sheets before the close, no day asked: that day's top, never 优秀战队
    // (RULES.md Q-TEAM); an empty team is never ranked.
    let one_day = Standings::new(c, s.tally(), StandingsQuery::new(None, None, None));
    assert!(!one_day.final_standings);
    assert_eq!(one_day.top_title.zh, "截至6月15日前10名战队");
    assert_eq!(one_day.top.len(), 1);
    assert_eq!(one_day.standings.len(), 1);
    assert_eq!(one_day.individuals[0].participant, "138****5678");
    let last_day = Standings::new(
        c,
        s.tally(),
        StandingsQuery::new(None, day("2021-06-25"), None),
    );
    assert!(last_day.final_standings);
    assert!(
        last_day.top_title.zh.contains("优秀战队"),
        "{:?}",
        last_day.top_title
    );
    assert!(last_day.top.iter().all(|t| t.participants > 0));
    // A sheet on the last answering day: the standings without a day are final.
    s.sheet(
        2,
        &sheet("13912345678", "辽宁", "2021-06-25T11:00", perfect()),
    );
    let at_close = Standings::new(c, s.tally(), StandingsQuery::new(None, None, None));
    assert!(at_close.final_standings, "{:?}", at_close.top_title);
    assert_eq!(at_close.top.len(), 2);
    let daily = Standings::new(
        c,
        s.tally(),
        StandingsQuery::new(None, day("2021-06-20"), None),
    );
    assert!(!daily.final_standings && !daily.top_title.zh.contains("优秀战队"));
    let own = Standings::new(
        c,
        s.tally(),
        StandingsQuery::new(None, None, None).with_ids_unmasked(true),
    );
    assert_eq!(own.individuals[0].participant, "13812345678");
}

#[test]
fn a_phone_number_in_the_wrong_field_is_never_echoed_whole() {
    // 13: the region, the time, the whole line: personal fields, masked in messages.
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    let out = s.sheet(1, &sheet("a", "13812345678", "2021-06-16T08:00", perfect()));
    let texts: Vec<String> = out
        .findings
        .iter()
        .flat_map(|f| [f.message.zh.clone(), f.message.en.clone()])
        .collect();
    // Typed into the region field, it is quoted as a name is (issue 28, class 6).
    assert!(
        texts.iter().any(|t| t.contains("“1**********”")),
        "{texts:?}"
    );
    assert!(
        texts.iter().all(|t| !t.contains("13812345678")),
        "{texts:?}"
    );
    let bad = Sheet::from_json_text(
        r#"{"participant": "a", "name": "张三", "region": "北京", "submitted_at": "13812345678", "answers": {}}"#,
    )
    .unwrap_err();
    let f = fangfei::quiz::unreadable(1, &bad);
    assert!(
        !f.message.zh.contains("13812345678") && f.message.zh.contains("138****5678"),
        "{}",
        f.message.zh
    );
}

#[test]
fn a_paper_for_no_answering_day_is_refused() {
    let c = Campaign::embedded();
    let mut papers = all_papers();
    papers[0].date = fangfei::time::parse_date("2021-06-26", None).unwrap();
    let e = Scorer::new(c, &papers).unwrap_err();
    assert!(
        e.iter()
            .any(|f| f.rule == RuleId::Q_PAPER && f.path == "papers[0].date"),
        "{e:#?}"
    );
}

#[test]
fn a_name_in_the_phone_field_is_not_shown() {
    // Issue 14, item 13: mask() of "张三丰 13812345678" showed the whole name.
    let (_, findings) = register(&Registration {
        name: "王五".into(),
        region: "北京".into(),
        phone: Some("张三丰 13812345678".into()),
        unit: None,
    });
    let m = &findings[0].message;
    assert!(!m.zh.contains("三丰") && !m.en.contains("三丰"), "{m:?}");
    assert!(!m.zh.contains("13812345678"), "{}", m.zh);
}

#[test]
fn a_registration_in_a_log_shows_no_phone_number() {
    // Found by ten minutes of fuzzing: a number typed into the region or the unit.
    let r = Registration {
        name: "张三".into(),
        region: "13812345678".into(),
        phone: Some("13987654321".into()),
        unit: Some("电话13812345678".into()),
    };
    let shown = format!("{r:?}");
    assert!(
        !shown.contains("13812345678") && !shown.contains("13987654321"),
        "{shown}"
    );
}

#[test]
fn a_participant_is_placed_in_the_first_roster_unit_its_counted_sheets_name() {
    // Q-UNIT: the first counted sheet whose 工作单位 is on the roster places the
    // participant; a unit off the roster leaves it unplaced until then; a refused
    // sheet places nobody.
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    let with_unit = |id: &str, at: &str, unit: &str| {
        let mut v = serde_json::to_value(sheet(id, "辽宁", at, perfect())).unwrap();
        v["unit"] = json!(unit);
        serde_json::from_value::<Sheet>(v).unwrap()
    };
    let turnout = |s: &Scorer<'_>| {
        let t = s.turnout();
        let n = |name: &str| t.by_unit.iter().find(|(u, _)| u == name).unwrap().1;
        (n("市教育局"), n("市公安局"), t.unplaced)
    };
    let day = |d: u32| format!("2021-06-{d}T10:30:00+08:00");
    assert!(s.sheet(1, &with_unit("u", &day(16), "市气象局")).counted);
    assert_eq!(turnout(&s), (0, 0, 1), "off the roster: unplaced");
    // A refused sheet (the same day again) places nobody.
    assert!(!s.sheet(2, &with_unit("u", &day(16), "市教育局")).counted);
    assert_eq!(turnout(&s), (0, 0, 1));
    assert!(s.sheet(3, &with_unit("u", &day(17), " 教育局 ")).counted);
    assert_eq!(turnout(&s), (1, 0, 0), "placed by its first roster unit");
    assert!(s.sheet(4, &with_unit("u", &day(18), "市公安局")).counted);
    assert_eq!(turnout(&s), (1, 0, 0), "and kept there");
    // Another participant, many numbers later: the table grows to it.
    for i in 0..1000 {
        s.sheet(5 + i, &sheet(&format!("p{i}"), "北京", &day(16), perfect()));
    }
    assert!(s.sheet(2000, &with_unit("w", &day(19), "市公安局")).counted);
    assert_eq!(turnout(&s), (1, 1, 0));
}

/// RULES.md Q-UNIT (二(二)1 四是): a bare short name names a unit of 凌源 only for a
/// participant of the campaign's province (辽宁省); one written with the city's name
/// from any region; a 北京 participant's 公安局 stays unplaced.
#[test]
fn a_bare_unit_name_is_placed_only_for_the_campaigns_province() {
    let c = Campaign::embedded();
    assert_eq!(c.province, "辽宁省");
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    let at = "2021-06-16T10:30:00+08:00";
    let with = |id: &str, region: &str, unit: &str| {
        let mut v = serde_json::to_value(sheet(id, region, at, perfect())).unwrap();
        v["unit"] = json!(unit);
        serde_json::from_value::<Sheet>(v).unwrap()
    };
    for (i, (id, region, unit)) in [
        ("a", "北京", "公安局"),
        ("b", "北京", "市公安局"),
        ("c", "辽宁", "公安局"),
        ("d", "北京", "凌源市公安局"),
        ("e", "辽宁省", "市公安局"),
    ]
    .into_iter()
    .enumerate()
    {
        assert!(s.sheet(i + 1, &with(id, region, unit)).counted, "{id}");
    }
    let t = s.turnout();
    let police = t.by_unit.iter().find(|(u, _)| u == "市公安局").unwrap().1;
    assert_eq!((police, t.unplaced), (3, 2));
}

/// UNITS and Q-UNIT (issue 29 item 3): a participant whose 工作单位 is a unit's official
/// letterhead name (中共凌源市委宣传部, 国家税务总局凌源市税务局, 凌源市卫生健康局,
/// 凌源市万元店镇人民政府) is placed in that unit, from any region (the city is named);
/// another city's 朝阳市公安局 and 国家税务总局朝阳市税务局 stay unplaced.
#[test]
fn an_official_full_name_places_its_participant() {
    let c = Campaign::embedded();
    let mut s = Scorer::new(c, &all_papers()).unwrap();
    let at = "2021-06-16T10:30:00+08:00";
    let with = |id: &str, region: &str, unit: &str| {
        let mut v = serde_json::to_value(sheet(id, region, at, perfect())).unwrap();
        v["unit"] = json!(unit);
        serde_json::from_value::<Sheet>(v).unwrap()
    };
    for (i, (id, region, unit)) in [
        ("a", "辽宁", "中共凌源市委宣传部"),
        ("b", "北京", "国家税务总局凌源市税务局"),
        ("c", "辽宁", "凌源市卫生健康局"),
        ("d", "辽宁", "凌源市万元店镇人民政府"),
        ("e", "辽宁", "朝阳市公安局"),
        ("f", "辽宁", "国家税务总局朝阳市税务局"),
    ]
    .into_iter()
    .enumerate()
    {
        assert!(s.sheet(i + 1, &with(id, region, unit)).counted, "{id}");
    }
    let t = s.turnout();
    let n = |name: &str| t.by_unit.iter().find(|(u, _)| u == name).unwrap().1;
    assert_eq!(
        (n("市委宣传部"), n("市税务局"), n("市卫健局"), n("万元店镇")),
        (1, 1, 1, 1)
    );
    assert_eq!((n("市公安局"), t.unplaced), (0, 2));
}
