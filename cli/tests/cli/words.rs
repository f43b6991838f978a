//! The clerk's words (issue 29, items 16, 18, 20): what the office's reports, notices
//! and help say, quoted exactly as a clerk reads them.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use super::{examples, run};
use std::path::{Path, PathBuf};

/// A fresh folder of this test's own.
fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("fangfei-words-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Item 16: records received after the as-of are said under the material's own name,
/// "核查时点后收到,本次不计", never as 输入格式 (无法判断).
#[test]
fn a_record_received_after_the_as_of_is_said_under_its_material() {
    let dir = tmp("after-as-of");
    let html = dir.join("a.html");
    let xlsx = dir.join("a.xlsx");
    let (code, _, err) = run(&[
        "audit",
        examples().to_str().unwrap(),
        "--as-of",
        "2021-06-16",
        "--html",
        html.to_str().unwrap(),
        "--xlsx",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(!page.contains("输入格式"), "{page}");
    assert!(
        page.contains("<li><b>活动总结</b>(仅记录):宣传月活动总结核查时点后收到,本次不计(收到时间2021-07-01 14:17:00)</li>"),
        "{page}"
    );
    let sheets = fangfei_cli::tables::read_workbook_sheets(&xlsx).unwrap();
    let problems = &sheets.iter().find(|(n, _)| n == "问题清单").unwrap().1;
    let rows: Vec<&Vec<String>> = problems.iter().map(|(_, c)| c).collect();
    assert!(
        !rows
            .iter()
            .any(|c| c.iter().any(|c| c.contains("输入格式"))),
        "{rows:?}"
    );
    assert!(
        rows.iter().any(|c| c.get(..4)
            == Some(
                &[
                    "市委宣传部".to_owned(),
                    "活动总结".into(),
                    "仅记录".into(),
                    "宣传月活动总结核查时点后收到,本次不计(收到时间2021-07-01 14:17:00)".into()
                ][..]
            )),
        "{rows:?}"
    );
}

/// Item 20: a unit whose table's figures are held but whose receipt is not (its summary
/// registered without 统计表) sent the table: one notice never asks for the table and
/// sends it back — it is sent back, and D-STATS is 无法判断 with what to register.
#[test]
fn one_notice_never_asks_for_a_table_and_sends_it_back() {
    let dir = tmp("held-table");
    let records = dir.join("records");
    std::fs::create_dir_all(&records).unwrap();
    for e in std::fs::read_dir(examples()).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), records.join(e.file_name())).unwrap();
    }
    // 市市场监管局's table is sent back (发送短信 “无”); its summary now lists no table.
    let path = records.join("市市场监管局.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let summary = v["submissions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|s| s["kind"] == "summary")
        .unwrap();
    summary["parts"] = serde_json::json!(["leader_approved_documents", "pictures", "audio_video"]);
    std::fs::write(&path, v.to_string()).unwrap();
    let notices = dir.join("notices");
    let (code, _, err) = run(&[
        "audit",
        records.to_str().unwrap(),
        "--notices",
        notices.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let text = std::fs::read_to_string(notices.join("市市场监管局.txt")).unwrap();
    assert!(text.contains("关于退回统计表的通知"), "{text}");
    assert!(text.contains("附件3活动情况统计表退回:"), "{text}");
    assert!(!text.contains("未报送"), "{text}");
    assert!(!text.contains("缺少统计表"), "{text}");
    assert!(!text.contains("补报"), "{text}");
    // The audit says what to register instead.
    let (_, out, _) = run(&["--format", "json", "audit", records.to_str().unwrap()]);
    assert!(
        out.contains(
            "附件3活动情况统计表已填但未登记收到时间,无法判断是否按时报送(截止2021-07-03 24:00)"
        ),
        "{out}"
    );
}

/// Item 18: no glob notation (`D-*`) in the help, in either language.
#[test]
fn the_help_says_rules_without_glob_notation() {
    let (_, zh, _) = run(&["--help"]);
    assert!(
        zh.contains("check     核查一个单位:其记录(JSON)或台账中该单位的各行,对照活动方案的每条报送和活动规则"),
        "{zh}"
    );
    let (_, en, _) = run(&["--lang", "en", "--help"]);
    for text in [&zh, &en] {
        assert!(!text.contains("-*"), "{text}");
    }
}

/// Item 18: units no participant named took no part in the quiz (无人参赛); nobody was
/// asked to fill anything in (not 无人填报).
#[test]
fn units_without_participants_are_said_to_have_none() {
    let quiz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/quiz");
    let (_, out, err) = run(&[
        "quiz",
        "score",
        quiz.join("sheets-2021-06-15.jsonl").to_str().unwrap(),
        "--papers",
        quiz.join("papers.json").to_str().unwrap(),
    ]);
    assert!(
        out.contains("48个单位无人参赛;90名参与者所填工作单位不在名单中"),
        "{out}{err}"
    );
    assert!(!out.contains("无人填报"), "{out}");
}

/// Item 18: no `error:`, `[TIME-2400]`, `[INPUT]` at the head of a Chinese message;
/// the English keeps its code.
#[test]
fn chinese_errors_have_no_code_or_error_at_their_head() {
    let (code, _, err) = run(&["timeline", "--at", "6月25日24:30"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "fangfei:没有这个时间:“6月25日24:30”(24时只能写作24:00)\n"
    );
    let (_, _, en) = run(&["--lang", "en", "timeline", "--at", "6月25日24:30"]);
    assert!(en.starts_with("fangfei: [TIME-2400] "), "{en}");
    let dir = tmp("errors");
    let missing = dir.join("无此文件.json");
    let (code, _, err) = run(&["check", missing.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!("fangfei:{}:找不到该文件或文件夹\n", missing.display())
    );
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{").unwrap();
    let (code, _, err) = run(&["check", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.starts_with("JSON格式有误\n"), "{err}");
    for head in ["error:", "[INPUT]", "[TIME-"] {
        assert!(!err.contains(head), "{err}");
    }
}

/// Item 18: `annex3 check`'s Chinese text places a CSV cell as 第N行 and its column —
/// the line the clerk's spreadsheet shows, the row's heading too — with no
/// `line 4, …`, no rule id at the head, and one kind of quotation mark (“0”).
#[test]
fn annex3_check_speaks_chinese_about_a_csv() {
    let header = "填报单位,活动场次(次),参与群众(人次),刊印份数、播放次数(份/次),发布原创作品数(篇),点击量、阅读量、转发量(次),互动宣传覆盖人数(人次),发送短信(条),海报、展板(份),电子显示屏、公共交通广告、楼宇电梯广告等(次),传单、手册、赠品等(份),被新闻媒体报道(次),其他创新宣传方式(列举)";
    let dir = tmp("annex3-csv");
    let csv = dir.join("t.csv");
    std::fs::write(
        &csv,
        format!(
            "{header}\n市教育局,1,2,3,4,5,6,7,8,9,10,11,\n南街街道,1,2,3,4,5,6,无,8,9,10,11,\n"
        ),
    )
    .unwrap();
    let (code, out, _) = run(&["annex3", "check", csv.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "  第3行 南街街道 — 退回\n    第3行 发送短信(条):不符合 — 发送短信填写了“无”:表中项目未开展的填写“0”(依据:附件3 填表说明2)\n"
        ),
        "{out}"
    );
    for english in ["line ", "[A3-", "\"0\""] {
        assert!(!out.contains(english), "{english}: {out}");
    }
    let (_, en, _) = run(&["--lang", "en", "annex3", "check", csv.to_str().unwrap()]);
    assert!(
        en.contains("    line 3, 发送短信(条): [A3-BLANK] fail — "),
        "{en}"
    );
}

/// Item 18: notices write times as a 公文 does (2021年7月3日24时), say which time a plan
/// must state, and end with the office's contact from the campaign — its phone
/// printed whole: the office's own, not an input's, is never masked.
#[test]
fn notices_speak_as_an_official_letter_and_give_the_contact() {
    let dir = tmp("notices");
    let (code, _, err) = run(&[
        "audit",
        examples().to_str().unwrap(),
        "--notices",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let read = |unit: &str| {
        std::fs::read_to_string(dir.join(format!("{unit}.txt")))
            .unwrap()
            .replace("\r\n", "\n")
    };
    let street = read("东城街道");
    for line in [
        "    根据《凌源市2021年防范非法集资宣传月活动方案》(凌处非办〔2021〕9号),经核查(截至2021年7月9日24时),请贵单位办理以下事项:\n",
        "    1. 活动计划未明确6月15日集中宣传日当天的活动时间(依据:二(二)2 五是)。截止时间2021年6月10日17时已过,请尽快补报。\n",
        "    联系人:罗淑华,电话(传真):0421-6826220,邮箱:lyscfbgs@163.com\n",
    ] {
        assert!(street.contains(line), "{line}\n{street}");
    }
    let market = read("市市场监管局");
    assert!(
        market.contains("截止时间2021年7月3日24时已过,请尽快重新报送。"),
        "{market}"
    );
    for text in [&street, &market] {
        assert!(!text.contains("2021-"), "{text}");
        assert!(!text.contains('*'), "nothing masked: {text}");
    }
    // Under a campaign that gives no contact (the 2021 one without it), no contact line.
    let (_, shown, _) = run(&["--format", "json", "campaign", "show"]);
    let mut campaign: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert!(campaign["contact"].is_object(), "{shown}");
    campaign.as_object_mut().unwrap().remove("contact");
    let file = dir.join("without-contact.json");
    std::fs::write(&file, campaign.to_string()).unwrap();
    let other = tmp("notices-other");
    let (code, _, err) = run(&[
        "--campaign",
        file.to_str().unwrap(),
        "audit",
        examples().to_str().unwrap(),
        "--notices",
        other.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let text = std::fs::read_to_string(other.join("东城街道.txt")).unwrap();
    assert!(!text.contains("联系人"), "{text}");
    assert!(text.contains("2021年7月10日"), "{text}");
}

/// Item 18: days and weeks in Chinese read 6月10日至30日, never `06-10 – 06-30`; the
/// quiz's close is said once (知识竞赛截止, at 24:00).
#[test]
fn the_calendar_writes_days_as_chinese_does() {
    let dir = tmp("calendar");
    let svg = dir.join("t.svg");
    let (code, out, err) = run(&["timeline", "--svg", svg.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("2021-06-25  五    24:00  工作日    知识竞赛截止\n"),
        "{out}"
    );
    assert!(!out.contains("24:00截止"), "{out}");
    let picture = std::fs::read_to_string(&svg).unwrap();
    for said in [
        ">实施阶段 6月10日至30日<",
        ">知识竞赛 6月15日10:00至25日24:00<",
        ">◆ 6月10日 宣传活动计划(电子版)截止<",
    ] {
        assert!(picture.contains(said), "{said}");
    }
    assert!(!picture.contains(" – "), "{picture}");
}

/// Item 18: a unit off the roster, with no roles, is named without empty brackets.
#[test]
fn a_unit_without_roles_has_no_empty_brackets() {
    let dir = tmp("no-roles");
    let record = dir.join("r.json");
    std::fs::write(&record, r#"{"unit": "中共某某委员会"}"#).unwrap();
    let (_, out, err) = run(&["check", record.to_str().unwrap()]);
    assert!(
        out.starts_with("中共某某委员会 — 核查时点 2021-07-09 24:00\n"),
        "{out}{err}"
    );
    assert!(!out.contains("()"), "{out}");
    let (_, out, _) = run(&["check", examples().join("市教育局.json").to_str().unwrap()]);
    assert!(out.starts_with("市教育局(成员单位)— 核查时点"), "{out}");
}

/// A clerk's walk: `timeline --at` said its moment in ISO with an offset, ASCII colons
/// and rule ids in Chinese. Now a clerk's reading, Chinese punctuation, titles.
#[test]
fn the_moment_is_said_as_a_clerk_reads_it() {
    let (code, out, err) = run(&["timeline", "--at", "6月15日10:00"]);
    assert_eq!(code, 0, "{err}");
    let moment = &out[out.find("时点 ").expect(&out)..];
    assert!(
        moment.starts_with("时点 2021-06-15 10:00\n  在宣传月内:是\n  阶段:实施阶段\n"),
        "{moment}"
    );
    assert!(
        moment.contains(
            "开放中的报送窗口:实施一周内新媒体作品(截止2021-06-16 24:00);6月16日节点动态"
        ),
        "{moment}"
    );
    assert!(!moment.contains("D-"), "{moment}");
}
