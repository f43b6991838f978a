//! The fixture campaigns (tests/fixtures/campaigns/): four real plans of other places and
//! years, and one synthetic file for what none of them shows (issue 27, item 4). Each
//! loads as written, with its roster file where it has one; their verdicts, taken from
//! each plan's text at its boundaries, are in `data/campaign-verdicts.tsv`; and no
//! output of one campaign holds a date, place, unit or title that only another has
//! (item 2).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fangfei::audit::check_unit;
use fangfei::campaign::UnitsFile;
use fangfei::quiz::{check_paper, Paper, Scorer, Sheet};
use fangfei::record::UnitRecord;
use fangfei::time::Instant;
use fangfei::timeline::PhaseAt;
use fangfei::{Campaign, Lang, RuleId};
use serde_json::{json, Value};

#[path = "../common/own.rs"]
mod own;
use own::{own_days, own_strings};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/campaigns")
}

fn read(name: &str) -> String {
    let p = dir().join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The roster file of fixture `id`, when it has one: `ID.units.json`, or
/// `ID.units.synthetic.json` for a roster its source does not give.
fn units_file(id: &str) -> Option<String> {
    [
        format!("{id}.units.json"),
        format!("{id}.units.synthetic.json"),
    ]
    .into_iter()
    .find(|n| dir().join(n).exists())
}

/// Fixture `id` as loaded (with its roster file); `lingyuan-2021` is the embedded one.
fn fixture(id: &str) -> Campaign {
    if id == "lingyuan-2021" {
        return Campaign::embedded().clone();
    }
    let c = Campaign::from_json(&read(&format!("{id}.json")))
        .unwrap_or_else(|e| panic!("{id}: {e}\n{:#?}", e.problems()));
    match units_file(id) {
        Some(name) => {
            let file = UnitsFile::from_json(&read(&name)).unwrap();
            c.with_units(file)
                .unwrap_or_else(|e| panic!("{name}: {e}\n{:#?}", e.problems()))
        }
        None => c,
    }
}

/// The ids of the fixture campaigns (every `*.json` that is not a units file).
fn ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json") && !n.contains(".units"))
        .map(|n| n.trim_end_matches(".json").to_owned())
        .collect();
    ids.sort();
    ids
}

fn at(s: &str) -> Instant {
    Instant::parse(s).unwrap()
}

#[test]
fn every_fixture_loads_cites_its_source_and_says_what_is_synthetic() {
    let ids = ids();
    assert!(ids.len() >= 5, "{ids:?}");
    for id in &ids {
        let c = fixture(id);
        assert_eq!(&c.id, id, "a fixture's file is named after its id");
        assert_eq!(Campaign::from_json(&c.to_json()).unwrap(), c, "{id}");
        let sources = c.sources.join("\n");
        let synthetic = id.contains("synthetic");
        assert_eq!(
            sources.starts_with("synthetic"),
            synthetic,
            "{id}: {sources}"
        );
        if !synthetic {
            assert!(sources.contains("http"), "{id} cites no address");
        }
        // Every duty cites its clause; a roster file says where it comes from.
        assert!(c.duties.iter().all(|d| !d.clause.trim().is_empty()), "{id}");
        if let Some(name) = units_file(id) {
            let file = UnitsFile::from_json(&read(&name)).unwrap();
            assert_eq!(
                file.source.contains("synthetic"),
                name.contains("synthetic") || synthetic,
                "{name}"
            );
            assert!(c.roster_source.ends_with(file.source.trim()), "{id}");
        }
        // The timeline and the calendar picture work for each.
        assert!(c.events().unwrap().len() >= 2, "{id}");
        fangfei::timeline::svg(&c, Lang::Zh).unwrap();
    }
}

/// What makes a campaign's shape: its quiz (with a paper or by its days alone), phases,
/// events and their times and venues, the venue rules of its duties, its kinds of duty,
/// its roles, a roster of its own or in a file.
fn shape(c: &Campaign) -> String {
    let quiz = match &c.quiz {
        None => "no quiz".to_owned(),
        Some(q) if q.paper.is_none() => format!("{}-day quiz, no paper", q.answering_days()),
        Some(q) => format!("{}-day quiz", q.answering_days()),
    };
    let events: Vec<String> = c
        .events
        .iter()
        .map(|e| {
            format!(
                "{}..{} at {}",
                e.starts_at.map(|t| t.to_string()).unwrap_or_default(),
                e.ends_at.map(|t| t.to_string()).unwrap_or_default(),
                e.venues.len()
            )
        })
        .collect();
    let mut kinds: Vec<String> = c
        .duties
        .iter()
        .map(|d| match &d.rule {
            fangfei::campaign::DutyRule::Attend(a) => format!("attend {:?}", a.venue),
            r => r.kind().to_owned(),
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    format!(
        "{quiz}; {} phases; events {events:?}; duties {kinds:?}; roles {}; table {}",
        c.phases.len(),
        c.roles.len(),
        c.statistics_table.is_some()
    )
}

#[test]
fn the_fixtures_differ_in_shape_from_2021_and_from_each_other() {
    let mut shapes = vec![("lingyuan-2021".to_owned(), shape(Campaign::embedded()))];
    for id in ids() {
        shapes.push((id.clone(), shape(&fixture(&id))));
    }
    for (i, (a, sa)) in shapes.iter().enumerate() {
        for (b, sb) in &shapes[i + 1..] {
            assert_ne!(sa, sb, "{a} and {b} have one shape");
        }
    }
    // What the issue asks the fixtures to cover, together.
    let all: Vec<Campaign> = ids().iter().map(|id| fixture(id)).collect();
    let any = |f: &dyn Fn(&Campaign) -> bool| all.iter().any(f);
    let attend = |c: &Campaign, rule: fangfei::campaign::VenueRule| {
        c.duties
            .iter()
            .any(|d| matches!(&d.rule, fangfei::campaign::DutyRule::Attend(a) if a.venue == rule))
    };
    assert!(any(&|c| c.quiz.is_none()), "no quiz");
    assert!(
        any(&|c| attend(c, fangfei::campaign::VenueRule::OwnChoice)),
        "own venue"
    );
    assert!(any(&|c| c.phases.len() == 3), "three phases");
    assert!(any(&|c| c.phases.is_empty()), "no phases");
    assert!(
        any(&|c| c.events.iter().any(|e| e.ends_at.is_some())),
        "an end time"
    );
    assert!(
        any(&|c| c.roles.iter().any(|r| r.name.zh.contains("开发区"))),
        "开发区"
    );
    assert!(
        any(&|c| c.roles.iter().any(|r| r.name.zh.contains("县、区"))),
        "county groups"
    );
    assert!(
        any(&|c| c.roles.iter().any(|r| r.name.zh.contains("金融机构"))),
        "financial institutions"
    );
    let days: BTreeSet<u32> = all
        .iter()
        .filter_map(|c| c.quiz.as_ref())
        .map(|q| q.answering_days())
        .collect();
    assert_eq!(days, BTreeSet::from([7, 10]), "quizzes of 7 and 10 days");
}

#[test]
fn verdicts_from_the_plans_text() {
    verdicts("campaign-verdicts.tsv", 40);
}

#[test]
fn verdicts_of_a_table_of_other_columns() {
    verdicts("campaign-table-verdicts.tsv", 6);
}

/// Every row of a verdicts table (see `data/campaign-verdicts.tsv`), at least `min`.
fn verdicts(name: &str, min: usize) {
    let table = crate::data(name);
    let rows = crate::rows(&table);
    assert!(rows.len() >= min, "{}", rows.len());
    let mut campaigns = std::collections::BTreeMap::new();
    for (line, cells) in rows {
        let [id, unit, as_of, extra, rule, expected] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let c = campaigns.entry(id.clone()).or_insert_with(|| fixture(id));
        let mut v = json!({ "unit": unit });
        if extra != "-" {
            let more: Value =
                serde_json::from_str(extra).unwrap_or_else(|e| panic!("line {line}: {e}"));
            for (k, x) in more.as_object().unwrap() {
                v[k] = x.clone();
            }
        }
        let record =
            UnitRecord::from_json(c, &v.to_string()).unwrap_or_else(|e| panic!("line {line}: {e}"));
        let report = check_unit(c, &record, at(as_of));
        assert!(report.on_roster, "line {line}: {unit} not on the roster");
        let rule: RuleId = rule.parse().unwrap();
        // A rule of the statistics table (one of its cross rules, or the library's
        // cell rules) is checked on every table sent: it passed when it said nothing.
        let table_rule = c.statistics_table.as_ref().is_some_and(|t| {
            t.cross_rules.iter().any(|r| r.id == rule)
                || (rule.as_str().starts_with("A3-") && rule.library().is_some())
        });
        assert!(
            c.duty(rule).is_some() || table_rule,
            "line {line}: {rule} is no duty or table rule of {id}"
        );
        let got = match report.outcome(rule) {
            Some(o) => o.as_str(),
            None if table_rule => "pass",
            None => "-",
        };
        assert_eq!(
            got,
            expected,
            "line {line}: {cells:?}\n{:#?}",
            report
                .findings
                .iter()
                .filter(|f| f.rule == rule)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn messages_of_a_day_with_an_end_time_and_of_an_own_venue() {
    let c = fixture("zhoucun-2021");
    let finding = |unit: &str, sites: Value, as_of: &str, rule: &str| {
        let v = json!({"unit": unit, "concentrated_day": sites});
        let record = UnitRecord::from_json(&c, &v.to_string()).unwrap();
        let report = check_unit(&c, &record, at(as_of));
        report
            .findings
            .into_iter()
            .find(|f| f.rule == rule)
            .unwrap()
    };
    let late = finding(
        "区公安分局",
        json!([{"venue": "区人民广场", "arrived_at": "2021-06-15T08:30:01"}]),
        "2021-07-01",
        "M-CDAY-SQUARE",
    );
    assert_eq!(late.message.zh, "于08:30:01到场,晚于08:30(迟到)");
    assert_eq!(late.clause, "一、二、三(一)");
    let none = finding(
        "区公安分局",
        json!([]),
        "2021-06-15T08:30:01",
        "M-CDAY-SQUARE",
    );
    assert!(
        none.message.zh.contains("到区人民广场"),
        "{}",
        none.message.zh
    );
    // The institutions' venue is said in the plan's words, not as "a venue of choice".
    let none = finding(
        "交通银行淄博市周村区支行",
        json!([]),
        "2021-07-01",
        "M-CDAY-OUTLETS",
    );
    assert!(
        none.message.zh.contains("在各金融机构网点"),
        "{}",
        none.message.zh
    );
    assert!(
        none.message.en.contains("the institutions' outlets"),
        "{}",
        none.message.en
    );
    // No number of persons is set, but a site with nobody there is no attendance.
    let nobody = finding(
        "交通银行淄博市周村区支行",
        json!([{"venue": "城北支行营业厅", "staff": 0, "arrived_at": "2021-06-15T09:00"}]),
        "2021-07-01",
        "M-CDAY-OUTLETS",
    );
    assert_eq!(
        nobody.outcome,
        fangfei::Outcome::Fail,
        "{}",
        nobody.message.zh
    );
    assert_eq!(nobody.message.zh, "记录的到场人数为0");
    let info = c.rule_info(RuleId::of("M-CDAY-OUTLETS")).unwrap();
    assert!(
        info.text.zh.contains("当天在各金融机构网点开展活动"),
        "{}",
        info.text.zh
    );
    let day = c.rule_info(RuleId::of("T-CDAY")).unwrap();
    assert_eq!(
        day.text.zh,
        "6月15日为集中宣传日,08:30至11:00,地点:区人民广场。"
    );
}

#[test]
fn phases_tile_the_month_of_the_county_plan() {
    let c = fixture("county-2024");
    let phase = |t: &str| match c.phase_at(at(t)) {
        PhaseAt::Phase(p) => p.name.zh.clone(),
        PhaseAt::NoPhase => "no phase".into(),
        PhaseAt::Outside => "outside".into(),
    };
    for (t, want) in [
        ("2024-05-31T23:59:59", "outside"),
        ("2024-06-01T00:00:00", "动员部署阶段"),
        ("2024-06-09T23:59:59", "动员部署阶段"),
        ("2024-06-10T00:00:00", "具体实施阶段"),
        ("2024-06-25T23:59:59", "具体实施阶段"),
        ("2024-06-26T00:00:00", "总结提高阶段"),
        ("2024-06-30T23:59:59", "总结提高阶段"),
        ("2024-07-01T00:00:00", "outside"),
    ] {
        assert_eq!(phase(t), want, "{t}");
    }
    // 五(二) begins on the 端午 holiday; 四's day is a Saturday.
    let events = c.events().unwrap();
    let kind = |rule: &str, kind| {
        events
            .iter()
            .find(|e| e.rule == rule && e.kind == kind)
            .unwrap()
            .day_kind
    };
    use fangfei::calendar::DayKind;
    use fangfei::timeline::EventKind;
    assert_eq!(
        kind("T-PHASE-IMPLEMENT", EventKind::PhaseStart),
        DayKind::Holiday
    );
    assert_eq!(kind("T-CDAY", EventKind::Event), DayKind::Weekend);
    // A plan with no phases: every day of its month is in none.
    let z = fixture("zhoucun-2021");
    assert!(z.phases.is_empty());
    assert_eq!(z.phase_at(at("2021-06-15T09:00")), PhaseAt::NoPhase);
    assert_eq!(z.phase_at(at("2021-07-01T00:00")), PhaseAt::Outside);
    let m = z.moment(at("2021-06-15T09:00"));
    assert_eq!(m.events[0].rule, "T-CDAY");
    assert!(!m.quiz_open && m.phase.is_none());
}

/// The first day's paper of the 2021 quiz, dated `date`: scaffolding, to score a sheet
/// in a window whose plan gives no paper.
fn paper(date: &str) -> Paper {
    serde_json::from_value(json!({"date": date, "questions": [
        {"id": "1", "kind": "single_choice", "options": ["甲", "乙", "丙", "丁"], "key": "B"},
        {"id": "2", "kind": "single_choice", "options": ["甲", "乙", "丙", "丁"], "key": "A"},
        {"id": "3", "kind": "single_choice", "options": ["甲", "乙", "丙", "丁"], "key": "D"},
        {"id": "4", "kind": "true_false", "key": true},
        {"id": "5", "kind": "true_false", "key": false},
        {"id": "6", "kind": "true_false", "key": true},
        {"id": "7", "kind": "multiple_choice", "options": ["甲", "乙", "丙", "丁"], "key": "ABD"},
        {"id": "8", "kind": "multiple_choice", "options": ["甲", "乙", "丙", "丁"], "key": "BC"}
    ]}))
    .unwrap()
}

fn sheet(participant: &str, at: &str) -> Sheet {
    serde_json::from_value(json!({
        "participant": participant, "name": "张三", "region": "宁夏",
        "submitted_at": at,
        "answers": {"1": "B", "2": "A", "3": "D", "4": true, "5": false, "6": true, "7": "ABD", "8": "BC"}
    }))
    .unwrap()
}

#[test]
fn quiz_windows_of_seven_and_ten_days() {
    // 一(二): "自6月15日起……为期7天" (沙坡头) and "为期10天" (安徽某市), 6月15日 as day 1.
    for (id, first, last) in [
        ("shapotou-2022", "2022-06-15", "2022-06-21"),
        ("anhui-city-2022", "2022-06-15", "2022-06-24"),
    ] {
        let c = fixture(id);
        let q = c.quiz.as_ref().unwrap();
        assert!(q.paper.is_none() && q.multiple_choice.is_none() && q.top_n.is_none());
        assert_eq!(q.window.dates().next().unwrap().to_string(), first);
        assert_eq!(q.window.last_date().to_string(), last);
        let before = format!("{first}T00:00:00");
        let day_before = at(&before).date().pred_opt().unwrap();
        assert!(
            !c.moment(at(&format!("{day_before}T23:59:59"))).quiz_open,
            "{id}"
        );
        assert!(c.moment(at(&before)).quiz_open, "{id}");
        assert!(c.moment(at(&format!("{last}T23:59:59"))).quiz_open, "{id}");
        let next = at(&format!("{last}T23:59:59")).date().succ_opt().unwrap();
        assert!(!c.moment(at(&format!("{next}T00:00:00"))).quiz_open, "{id}");
        // The plan gives no paper: a paper cannot be checked, nothing can be scored,
        // and the catalogue lists only the quiz's window among its rules.
        let refused = check_paper(&c, &paper(last)).unwrap_err();
        assert_eq!(refused[0].rule, RuleId::Q_PAPER);
        // Said in Chinese only: no `quiz.paper` (issue 29, item 19).
        assert!(
            refused[0]
                .message
                .zh
                .ends_with("”未给出每日试卷的构成,无法核对试卷、无法计分"),
            "{}",
            refused[0].message.zh
        );
        let quiz_rules: Vec<String> = c
            .catalogue()
            .into_iter()
            .filter(|r| r.id.as_str().starts_with("Q-") || r.id == RuleId::T_QUIZ)
            .map(|r| r.id.to_string())
            .collect();
        assert_eq!(quiz_rules, ["T-QUIZ", "Q-WINDOW"], "{id}");
        let t = c.rule_info(RuleId::T_QUIZ).unwrap().text.zh;
        let (fm, fd) = (&first[5..7], &first[8..]);
        let (lm, ld) = (&last[5..7], &last[8..]);
        let want = format!(
            "答题时间为{}月{}日00:00至{}月{}日24:00,每天均可答题。",
            fm.trim_start_matches('0'),
            fd.trim_start_matches('0'),
            lm.trim_start_matches('0'),
            ld.trim_start_matches('0')
        );
        assert_eq!(t, want, "{id}");
        // With a paper supplied (scaffolding, not the plan's): a sheet of the last
        // day counts, one of the next day is refused (Q-WINDOW).
        let mut v: Value = serde_json::from_str(&c.to_json()).unwrap();
        let lingyuan = serde_json::to_value(Campaign::embedded()).unwrap();
        v["quiz"]["paper"] = lingyuan["quiz"]["paper"].clone();
        v["quiz"]["multiple_choice"] = lingyuan["quiz"]["multiple_choice"].clone();
        let scored = Campaign::from_json(&v.to_string()).unwrap();
        let mut scorer = Scorer::new(&scored, &[paper(first), paper(last)]).unwrap();
        let on_last = scorer.sheet(1, &sheet("a", &format!("{last}T23:59:59")));
        assert!(on_last.counted, "{id}: {:#?}", on_last.findings);
        assert_eq!(on_last.score, Some(100));
        let on_first = scorer.sheet(2, &sheet("b", &format!("{first}T00:00:00")));
        assert!(on_first.counted, "{id}: {:#?}", on_first.findings);
        let after = scorer.sheet(3, &sheet("c", &format!("{next}T00:00:00")));
        assert!(!after.counted);
        assert!(
            after.findings.iter().any(|f| f.rule == RuleId::Q_WINDOW),
            "{id}"
        );
        let before = scorer.sheet(4, &sheet("d", &format!("{day_before}T23:59:59")));
        assert!(!before.counted);
        assert!(
            before.findings.iter().any(|f| f.rule == RuleId::Q_WINDOW),
            "{id}"
        );
    }
    // The plan with no quiz has none in its timeline or catalogue.
    let c = fixture("county-2024");
    assert!(c.quiz.is_none());
    assert!(c
        .catalogue()
        .iter()
        .all(|r| !r.id.as_str().starts_with("Q-") && r.id != RuleId::T_QUIZ));
    assert!(c.events().unwrap().iter().all(|e| e.rule != RuleId::T_QUIZ));
}

#[test]
fn a_quiz_goes_by_the_plans_name_for_it() {
    let c = fixture("shapotou-2022");
    let name = "全国防范非法集资线上知识答题赛";
    assert_eq!(c.title_of(RuleId::T_QUIZ).zh, format!("{name}时间"));
    let events = c.events().unwrap();
    let opens = events.iter().find(|e| e.rule == RuleId::T_QUIZ).unwrap();
    assert_eq!(opens.label.zh, format!("{name}开始"));
    assert!(fangfei::timeline::svg(&c, fangfei::Lang::Zh)
        .unwrap()
        .contains(name));
    // A plan that does not name its quiz: 知识竞赛.
    let l = Campaign::embedded();
    assert_eq!(l.title_of(RuleId::T_QUIZ).zh, "知识竞赛时间");
    assert!(!fangfei::timeline::svg(l, fangfei::Lang::Zh)
        .unwrap()
        .contains(name));
}

#[test]
fn a_dated_title_follows_its_date() {
    let c = fixture("synthetic-report-2023");
    assert_eq!(
        c.title_of(RuleId::of("D-SYN-REPORT-0620")).zh,
        "合成6月20日进展报告"
    );
    let info = c.rule_info(RuleId::of("D-SYN-REPORT-0620")).unwrap();
    assert_eq!(
        info.text.zh,
        "合成单位:6月12日00:00起、6月20日前报送合成进展报告;未按时完成的,年度考评减分。"
    );
    // The undated delivery is due at the campaign's end.
    let summary = c.rule_info(RuleId::of("D-SYN-SUMMARY")).unwrap();
    assert_eq!(summary.text.zh, "合成单位:6月30日前报送合成工作总结。");
    // The 2021 node reports' titles are their nodes.
    let l = Campaign::embedded();
    assert_eq!(l.title_of(RuleId::of("D-PROGRESS-2")).zh, "6月24日节点动态");
}

#[test]
fn a_roster_given_apart_is_merged_and_checked_at_its_own_paths() {
    let c = Campaign::from_json(&read("county-2024.json")).unwrap();
    assert_eq!(c.units.len(), 1);
    let file = UnitsFile::from_json(&read("county-2024.units.synthetic.json")).unwrap();
    let merged = c.clone().with_units(file).unwrap();
    assert_eq!(merged.units.len(), 4);
    assert_eq!(merged.units[0].name, "开发区管委会");
    assert!(merged.roster_source.starts_with("原文只点名开发区管委会"));
    assert!(merged.roster_source.contains("synthetic"));
    // Every problem at the file's own path; a name already on the campaign's roster
    // says so; the source is required.
    let bad = UnitsFile::from_json(
        r#"{"source": "synthetic", "units": [
            {"name": "合成镇丙", "roles": ["town"]},
            {"name": "开发区管委会", "roles": ["development_zone"]},
            {"name": "合成镇丙", "roles": []}
        ]}"#,
    )
    .unwrap();
    let e = c.clone().with_units(bad).unwrap_err();
    assert_eq!(e.code(), RuleId::CAMPAIGN);
    assert_eq!(e.what().zh, "单位名单");
    let got: Vec<(String, String)> = e
        .problems()
        .iter()
        .map(|p| (p.path.to_string(), p.message.zh.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("units[0].roles[0]".into(), "“town”未在roles中声明".into()),
            (
                "units[1].name".into(),
                "单位名称“开发区管委会”与活动方案的units[0].name重复".into()
            ),
            ("units[2].roles".into(), "未指定角色".into()),
            (
                "units[2].name".into(),
                "单位名称“合成镇丙”与units[0].name重复".into()
            ),
        ]
    );
    for text in [
        r#"{"units": []}"#,
        r#"{"source": " ", "units": [{"name": "x", "roles": ["town_street"], "venue": 1}]}"#,
        r#"[{"name": "x", "roles": ["town_street"]}]"#,
    ] {
        let e = UnitsFile::from_json(text).unwrap_err();
        assert_eq!(e.code(), RuleId::CAMPAIGN, "{text}");
        assert!(!e.problems().is_empty(), "{text}");
    }
    let e = UnitsFile::from_json(
        r#"{"source": " ", "units": [{"name": "x", "roles": ["town_street"], "venue": 1}]}"#,
    )
    .unwrap_err();
    let paths: Vec<String> = e.problems().iter().map(|p| p.path.to_string()).collect();
    assert_eq!(paths, ["source", "units[0].venue"]);
}

// ---- The leak test (issue 27, item 2) ----------------------------------------------

/// Everything a campaign shows, in both languages: its catalogue, its events, what
/// holds at each of its own days, its calendar picture (without the cells' ISO dates,
/// which name every day of the grid), its ledger's layout, and a unit's report on a
/// bare record and on one that says "none" of everything.
fn outputs(c: &Campaign) -> Vec<(String, String)> {
    let mut out = vec![
        (
            "catalogue".to_owned(),
            serde_json::to_string(&c.catalogue()).unwrap(),
        ),
        (
            "events".to_owned(),
            serde_json::to_string(&c.events().unwrap()).unwrap(),
        ),
        (
            "ledger".to_owned(),
            format!("{:?}", fangfei::ledger::layout(c)),
        ),
    ];
    for d in own_days(c) {
        for t in ["00:00:00", "12:00:00", "23:59:59"] {
            let m = c.moment(at(&format!("{d}T{t}")));
            out.push((
                format!("moment {d} {t}"),
                serde_json::to_string(&m).unwrap(),
            ));
        }
    }
    for lang in [Lang::Zh, Lang::En] {
        let svg = fangfei::timeline::svg(c, lang).unwrap();
        let cut: String = svg
            .split("data-date=\"")
            .enumerate()
            .map(|(i, part)| if i == 0 { part } else { &part[11..] })
            .collect();
        out.push((format!("svg {lang:?}"), cut));
    }
    let unit = c.units.first().map_or("某单位", |u| u.name.as_str());
    let mut none = json!({ "unit": unit, "submissions": [] });
    for l in &c.lists {
        none[l.key.as_str()] = json!([]);
    }
    for e in &c.events {
        none[e.key.as_str()] = json!([]);
    }
    let roles: Vec<&str> = c.roles.iter().map(|r| r.key.as_str()).collect();
    let off_roster = json!({ "unit": "名单外单位", "roles": roles });
    // A statistics table left blank: each of its cells is named in a finding.
    let mut blank_table = json!({ "unit": unit });
    if let Some(t) = &c.statistics_table {
        blank_table[t.key.as_str()] = json!({});
    }
    for (what, v) in [
        ("bare", json!({ "unit": unit })),
        ("none", none),
        ("off roster", off_roster),
        ("blank table", blank_table),
    ] {
        let record = UnitRecord::from_json(c, &v.to_string()).unwrap();
        for as_of in [
            c.default_as_of().unwrap(),
            at(&format!("{}T12:00", c.span.first)),
        ] {
            let report = check_unit(c, &record, as_of);
            out.push((
                format!("report {what} {as_of}"),
                serde_json::to_string(&report).unwrap(),
            ));
        }
    }
    out
}

/// A campaign and the text of its files (the campaign's, and its roster's).
fn loaded(id: &str) -> (Campaign, String) {
    if id == "lingyuan-2021" {
        return (
            Campaign::embedded().clone(),
            fangfei::campaign::LINGYUAN_2021_JSON.to_owned(),
        );
    }
    let mut text = read(&format!("{id}.json"));
    if let Some(name) = units_file(id) {
        text.push_str(&read(&name));
    }
    (fixture(id), text)
}

/// Every output of one campaign holding a string only another campaign has:
/// (campaign, output, string, whose). A string the campaign's own files hold is its
/// own too (a quote, a shared theme, a word of its own names).
fn leaks(loaded: &[(Campaign, String)]) -> Vec<(String, String, String, String)> {
    let campaigns: Vec<&Campaign> = loaded.iter().map(|(c, _)| c).collect();
    let own: Vec<BTreeSet<String>> = campaigns.iter().map(|c| own_strings(c)).collect();
    let json: Vec<&String> = loaded.iter().map(|(_, t)| t).collect();
    let mut found = Vec::new();
    for (i, c) in campaigns.iter().enumerate() {
        let outputs = outputs(c);
        for (j, other) in campaigns.iter().enumerate() {
            if i == j {
                continue;
            }
            for s in &own[j] {
                if own[i].contains(s) || json[i].contains(s.as_str()) {
                    continue;
                }
                for (what, text) in &outputs {
                    if text.contains(s.as_str()) {
                        found.push((c.id.clone(), what.clone(), s.clone(), other.id.clone()));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn no_output_of_one_campaign_holds_another_campaigns_words() {
    let mut all = vec![loaded("lingyuan-2021")];
    all.extend(ids().iter().map(|id| loaded(id)));
    // The test can see a leak: each campaign has strings no other's files hold, and
    // they are in its own outputs.
    for (c, _) in &all {
        let text: String = outputs(c).into_iter().map(|(_, t)| t).collect();
        let distinctive: Vec<String> = own_strings(c)
            .into_iter()
            .filter(|s| {
                all.iter()
                    .all(|(o, t)| o.id == c.id || !t.contains(s.as_str()))
            })
            .filter(|s| text.contains(s.as_str()))
            .collect();
        assert!(distinctive.len() >= 3, "{}: {distinctive:?}", c.id);
    }
    let found = leaks(&all);
    assert!(
        found.is_empty(),
        "{} leaks, e.g. {:#?}",
        found.len(),
        &found[..found.len().min(20)]
    );
}

#[test]
fn the_leak_test_sees_a_planted_word() {
    // A fixture whose event's name, as shown, carries a 2021 venue its file does not
    // hold (as a template of the library would put it there): the leak test names it.
    let (mut planted, text) = loaded("county-2024");
    planted.events[0].name.zh = "集中宣传日(市政府前广场)".into();
    let found = leaks(&[loaded("lingyuan-2021"), (planted, text)]);
    assert!(
        found.iter().any(|(c, _, s, whose)| c == "county-2024"
            && s == "市政府前广场"
            && whose == "lingyuan-2021"),
        "{found:#?}"
    );
}
