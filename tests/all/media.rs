//! Media channels and the programmes of M-PROP-TV, from `data/channels.tsv` and cases.

use fangfei::audit::check_unit;
use fangfei::record::UnitRecord;
use fangfei::time::Instant;
use fangfei::{Campaign, Outcome, RuleId};
use serde_json::json;

#[test]
fn channels_as_written() {
    let table = crate::data("channels.tsv");
    for (line, cells) in crate::rows(&table) {
        let [written, channel, new_media] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let record = json!({"unit": "市教育局", "media_works": [
            {"title": "作品", "channel": written, "published_at": "2021-06-11T10:00"}
        ]});
        let read = UnitRecord::from_json(fangfei::Campaign::embedded(), &record.to_string());
        match channel.as_str() {
            "-" => {
                let e = read.unwrap_err();
                let p = &e.problems()[0];
                assert_eq!(p.path.to_string(), "media_works[0].channel", "line {line}");
                assert!(
                    p.message.zh.contains("新闻头条"),
                    "line {line}: {}",
                    p.message.zh
                );
                assert!(
                    Campaign::embedded().resolve_channel(written).is_none(),
                    "line {line}"
                );
            }
            name => {
                let r = read.unwrap_or_else(|e| panic!("line {line}: {e}"));
                let item = &r.list("media_works").unwrap()[0];
                assert_eq!(item.channel.as_deref(), Some(name), "line {line}");
                let new = item.on(Campaign::embedded(), &["new_media".to_owned()]);
                assert_eq!(new, new_media == "yes", "line {line}");
            }
        }
    }
}

#[test]
fn only_television_or_radio_is_an_interview_programme() {
    // 二(二)2 一是: 1次……电视(广播)访谈节目.
    let outcome = |channel: &str| {
        let v = json!({"unit": "市委宣传部", "tv_interviews": [
            {"title": "学法用法护小家·防非处非靠大家 访谈", "channel": channel, "date": "2021-06-20"}
        ]});
        let r = UnitRecord::from_json(fangfei::Campaign::embedded(), &v.to_string()).unwrap();
        let report = check_unit(
            Campaign::embedded(),
            &r,
            Instant::parse("2021-07-10").unwrap(),
        );
        report.outcome(RuleId::of("M-PROP-TV")).unwrap()
    };
    assert_eq!(outcome("tv"), Outcome::Pass);
    assert_eq!(outcome("广播"), Outcome::Pass);
    assert_eq!(outcome("newspaper"), Outcome::Fail);
    assert_eq!(outcome("新闻头条"), Outcome::Fail);
}

/// RULES.md M-PROP-TV (二(二)2 一是: 以“学法用法护小家·防非处非靠大家”为主题的电视(广播)
/// 访谈节目): the message names the theme only when a counted programme's title holds
/// its words; a programme with no theme recorded counts, and the message says
/// 主题未记录 — never a theme it was not told (issue 29 item 8).
#[test]
fn the_interview_programmes_theme_is_said_only_when_recorded() {
    let judged = |title: &str| {
        let v = json!({"unit": "市委宣传部", "tv_interviews": [
            {"title": title, "channel": "tv", "date": "2021-06-20"}
        ]});
        let r = UnitRecord::from_json(Campaign::embedded(), &v.to_string()).unwrap();
        let report = check_unit(
            Campaign::embedded(),
            &r,
            Instant::parse("2021-07-10").unwrap(),
        );
        let f = report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::of("M-PROP-TV"))
            .unwrap();
        (f.outcome, f.message.zh.clone())
    };
    assert_eq!(
        judged("“学法用法护小家 防非处非靠大家”主题访谈"),
        (
            Outcome::Pass,
            "电视(广播)访谈节目1次,不少于1次(主题“学法用法护小家·防非处非靠大家”)".to_owned()
        )
    );
    assert_eq!(
        judged("防范非法集资访谈"),
        (
            Outcome::Pass,
            "电视(广播)访谈节目1次,不少于1次(主题未记录)".to_owned()
        )
    );
    // Half the theme is not the theme.
    assert_eq!(
        judged("学法用法护小家").1,
        "电视(广播)访谈节目1次,不少于1次(主题未记录)"
    );
}
