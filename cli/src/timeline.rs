//! `fangfei timeline` and `fangfei rules`.

use std::path::Path;

use fangfei::calendar::weekday_name;
use fangfei::timeline::Moment;
use fangfei::wire;
use fangfei::Campaign;

use crate::out::{print_json, print_table, Style};
use crate::{parse_moment, Unusable};

pub fn run(
    campaign: &Campaign,
    at: Option<&str>,
    svg: Option<&Path>,
    style: Style,
) -> Result<bool, Unusable> {
    let events = campaign
        .events()
        .map_err(|e| Unusable::text(e.code(), e.text()))?;
    let moment = at
        .map(|s| parse_moment(s, campaign))
        .transpose()?
        .map(|t| campaign.moment(t));
    if let Some(path) = svg {
        let picture = fangfei::timeline::svg(campaign, style.lang)
            .map_err(|e| Unusable::text(e.code(), e.text()))?;
        crate::write::file(path, crate::write::Kind::Svg, picture.as_bytes())?;
    }
    if style.json {
        print_json(&wire::Calendar::new(campaign, &events, moment.clone()));
        return Ok(false);
    }
    let lang = style.lang;
    match &campaign.document_number {
        Some(n) => crate::outln!("{}({n})", style.bold(campaign.name.get(lang))),
        None => crate::outln!("{}", style.bold(campaign.name.get(lang))),
    }
    crate::outln!();
    let rows: Vec<Vec<String>> = events
        .iter()
        .map(|e| {
            let wd = weekday_name(e.date, lang).to_owned();
            let time = e.clock().unwrap_or_default();
            let kind = e.day_kind.label(lang);
            let mut label = e.label.get(lang).to_owned();
            if let Some(note) = &e.note {
                label.push_str(&format!(" ⚠ {}", note.get(lang)));
            }
            // The event in words (the JSON keeps its rule id): a calendar for the
            // office shows titles, not rule ids (issue 29, item 19).
            vec![e.date.to_string(), wd, time, kind.to_owned(), label]
        })
        .collect();
    print_table(
        style,
        &[
            ("日期", "date"),
            ("星期", "day"),
            ("时间", "time"),
            ("日类", "kind"),
            ("事项", "event"),
        ],
        &rows,
    );
    if let Some(m) = moment {
        crate::outln!();
        print_moment(campaign, &m, style);
    }
    Ok(false)
}

fn print_moment(campaign: &Campaign, m: &Moment, style: Style) {
    let lang = style.lang;
    let yes_no = |b: bool| {
        if b {
            style.t("是", "yes")
        } else {
            style.t("否", "no")
        }
        .to_owned()
    };
    // A moment as a clerk reads it (2021-06-15 10:00), and Chinese punctuation in
    // Chinese (a clerk's walk, issue 29).
    let at = match lang {
        fangfei::Lang::Zh => format!("{} {}", m.at.date(), m.at.time_of_day()),
        fangfei::Lang::En => m.at.to_string(),
    };
    crate::outln!("{} {at}", style.bold(style.t("时点", "At")));
    let sep = style.t(":", ": ");
    crate::outln!(
        "  {}{sep}{}",
        style.t("在宣传月内", "in campaign"),
        yes_no(m.in_campaign)
    );
    let phase = match (&m.phase_name, m.in_campaign) {
        (Some(n), _) => n.get(lang).to_owned(),
        (None, true) if campaign.phases.is_empty() => style
            .t("方案未分阶段", "the plan names no phases")
            .to_owned(),
        (None, true) => style.t("不在任何阶段", "no phase").to_owned(),
        (None, false) => style.t("宣传月外", "outside the campaign").to_owned(),
    };
    crate::outln!("  {}{sep}{}", style.t("阶段", "phase"), phase);
    let events: Vec<&str> = m.events.iter().map(|e| e.name.get(lang)).collect();
    crate::outln!(
        "  {}{sep}{}",
        style.t("当天活动", "events today"),
        if events.is_empty() {
            style.t("无", "none").to_owned()
        } else {
            events.join(style.t("、", ", "))
        }
    );
    if campaign.quiz.is_some() {
        crate::outln!(
            "  {}{sep}{}",
            style.t("答题开放", "quiz open"),
            yes_no(m.quiz_open)
        );
    }
    let list = |ws: &[fangfei::timeline::OpenWindow]| -> String {
        if ws.is_empty() {
            return style.t("无", "none").to_owned();
        }
        ws.iter()
            .map(|w| {
                // Titles in Chinese, as the calendar above; the rule id in English.
                let rule = match lang {
                    fangfei::Lang::Zh => String::new(),
                    fangfei::Lang::En => format!("{} ", w.rule),
                };
                format!(
                    "{rule}{}{}{}{}",
                    w.name.get(lang),
                    style.t("(截止", " (due "),
                    w.cutoff.as_deadline(),
                    style.t(")", ")")
                )
            })
            .collect::<Vec<_>>()
            .join(style.t(";", "; "))
    };
    crate::outln!(
        "  {}{sep}{}",
        style.t("开放中的报送窗口", "open windows"),
        list(&m.open_windows)
    );
    crate::outln!(
        "  {}{sep}{}",
        style.t("待到期", "deadlines ahead"),
        list(&m.next_deadlines)
    );
}

pub fn rules(campaign: &Campaign, style: Style) -> Result<bool, Unusable> {
    if style.json {
        print_json(&wire::rules(campaign));
        return Ok(false);
    }
    let rows: Vec<Vec<String>> = campaign
        .catalogue()
        .into_iter()
        .map(|r| {
            let title = r.title.get(style.lang);
            // The plan's own words where the campaign quotes them (in Chinese), else
            // the rule as the library reads the campaign's data.
            let text = match (&r.quote, style.lang) {
                (Some(q), fangfei::Lang::Zh) => q.as_str(),
                _ => r.text.get(style.lang),
            };
            let colon = style.t(":", ": ");
            vec![r.id.to_string(), r.clause, format!("{title}{colon}{text}")]
        })
        .collect();
    print_table(
        style,
        &[
            ("规则", "rule"),
            ("条款", "clause"),
            ("说明", "description"),
        ],
        &rows,
    );
    Ok(false)
}
