//! *count*: at least N activities of a list, or N distinct kinds of them, within the
//! campaign or a phase (2021: M-MEDIA-3, 二(二)2 二是; M-QIJIN-3, 三是; M-PROP-TV and
//! M-PROP-REPORT, 一是). "N个以上" is ≥ N (NUM-YISHANG).
//!
//! An item counts when it falls in the period and is known by the as-of instant (and,
//! with a channel filter, is on one of its channels); items outside the period are
//! said, not silently dropped. Counting kinds, an item of a kind outside the list is
//! kept and reported (仅记录), and does not count.

use crate::campaign::{Count, Distinct, Duty};
use crate::path::Path;
use crate::report::{Finding, Outcome, Text};
use crate::time::Instant;

use super::{cannot_judge, count_finding, found, not_applicable, Ctx};

pub(super) fn check(cx: &Ctx<'_>, duty: &Duty, x: &Count, out: &mut Vec<Finding>) {
    if !cx.binds(duty) {
        out.push(not_applicable(duty));
        return;
    }
    let campaign = cx.campaign;
    let Some(items) = cx.record.list(&x.list) else {
        out.push(cannot_judge(
            duty,
            Path::key(x.list.clone()),
            &campaign.list_name(&x.list),
        ));
        return;
    };
    let phase = x.within.as_deref().and_then(|p| campaign.phase(p));
    let in_period = |day| match phase {
        Some(p) => p.first <= day && day <= p.last,
        None => cx.in_span_day(day),
    };
    let kinds = campaign.list(&x.list).and_then(|l| l.kinds.as_ref());
    let by_kind = x.distinct == Distinct::Kinds;
    let mut held = vec![false; kinds.map_or(0, |k| k.kinds.len())];
    let mut counted = 0u64;
    let mut outside = 0u64;
    // The same item listed again (the same title, kind, channel, time and place) is one
    // activity however often it is listed (RULES.md M-MEDIA-3: one work).
    let mut seen: Vec<&crate::record::Item> = Vec::new();
    let mut repeated = 0u64;
    // On the theme (M-PROP-TV: 以“…”为主题): the campaign's theme, its words only
    // (`·`, `,` and spaces are how it is written, not what it says), and whether a
    // counted item's title holds them.
    let theme = campaign
        .theme
        .as_deref()
        .filter(|_| x.on_theme)
        .map(|t| (t, theme_words(t)))
        .filter(|(_, w)| !w.is_empty());
    let mut on_theme = false;
    for (i, item) in items.iter().enumerate() {
        if !item.on(campaign, &x.channels) {
            continue;
        }
        let kind = match (by_kind, kinds, item.kind.as_deref()) {
            (false, _, _) => None,
            (true, Some(list), Some(written)) => match list.resolve(written) {
                Some(k) => list.kinds.iter().position(|x| std::ptr::eq(x, k)),
                None => {
                    // Kept and reported (仅记录), not counted: "does not count" is no
                    // pass, and the rule does apply to the unit (issue 29, item 18).
                    out.push(found(
                        duty,
                        Outcome::Reported,
                        Path::key(x.list.clone()).at(i).field("kind"),
                        format!(
                            "“{}”不在“{}”之列,仅记录,不计入{}",
                            crate::text::shown(written),
                            list.name,
                            duty.title.zh
                        ),
                        format!(
                            "{:?} is not one of the {} kinds: reported, not counted toward {}",
                            crate::text::shown(written).text,
                            list.name,
                            duty.title.en
                        ),
                    ));
                    continue;
                }
            },
            (true, _, _) => continue,
        };
        let counts = item.day().is_some_and(|d| {
            in_period(d) && item.when().unwrap_or(Instant::start_of(d)) <= cx.as_of
        });
        if !counts {
            outside = outside.saturating_add(1);
            continue;
        }
        let same = |a: &&crate::record::Item| {
            a.title == item.title
                && a.kind == item.kind
                && a.channel == item.channel
                && a.when() == item.when()
                && a.place == item.place
        };
        if !by_kind {
            if seen.iter().any(same) {
                repeated = repeated.saturating_add(1);
                continue;
            }
            seen.push(item);
        }
        match kind.and_then(|k| held.get_mut(k)) {
            Some(h) => *h = true,
            None => counted = counted.saturating_add(1),
        }
        if let (Some((_, words)), Some(title)) = (&theme, &item.title) {
            on_theme = on_theme || theme_words(title).contains(words.as_str());
        }
    }
    let names: Vec<Text> = match kinds.filter(|_| by_kind) {
        Some(list) => {
            counted = held.iter().filter(|h| **h).count() as u64;
            list.kinds
                .iter()
                .zip(&held)
                .filter(|(_, h)| **h)
                .map(|(k, _)| k.label())
                .collect()
        }
        None => Vec::new(),
    };
    let what = campaign.counted(x);
    let ongoing = match phase {
        Some(p) => Instant::end_of(p.last).is_some_and(|end| cx.as_of < end),
        None => cx.ongoing,
    };
    let mut f = count_finding(
        duty,
        Path::key(x.list.clone()),
        counted,
        x.min,
        ongoing,
        &what,
        &x.measure,
    );
    if !names.is_empty() {
        let l = crate::text::join(names);
        f.message.zh.push_str(&format!("({})", l.zh));
        f.message.en.push_str(&format!(" ({})", l.en));
    }
    // The theme is said only as recorded (RULES.md M-PROP-TV: the message never
    // asserts a theme it was not told); a programme without it still counts.
    if x.on_theme && counted > 0 {
        match theme.filter(|_| on_theme) {
            Some((t, _)) => {
                f.message.zh.push_str(&format!("(主题“{t}”)"));
                f.message.en.push_str(&format!(" (on the theme \"{t}\")"));
            }
            None => {
                f.message.zh.push_str("(主题未记录)");
                f.message.en.push_str(" (theme not recorded)");
            }
        }
    }
    if repeated > 0 {
        f.message.zh.push_str(&format!(
            "(另有{repeated}条重复登记,同一标题、渠道和时间只计一{})",
            x.measure
        ));
        f.message.en.push_str(&format!(
            " ({repeated} repeated entries: the same title, channel and time counts once)"
        ));
    }
    if outside > 0 {
        let period = phase.map_or_else(|| Text::new("宣传月", "the campaign"), |p| p.name.clone());
        let (unit_zh, unit_en) = if by_kind {
            ("次活动", "activities")
        } else {
            (x.measure.as_str(), "")
        };
        f.message.zh.push_str(&format!(
            "(另有{outside}{unit_zh}不在{}内或晚于核查时点,不计)",
            period.zh
        ));
        let sep = if unit_en.is_empty() { "" } else { " " };
        f.message.en.push_str(&format!(
            " ({outside} more{sep}{unit_en} outside {} or after the as-of instant, not counted)",
            period.en
        ));
    }
    out.push(f);
}

/// A theme's or a title's words: without the spaces and punctuation it is written with
/// (`学法用法护小家·防非处非靠大家` and `“学法用法护小家 防非处非靠大家”` are one theme),
/// full-width folded. Punctuation by its blocks (ASCII, general punctuation, CJK
/// symbols and punctuation, the middle dots), not Unicode's tables: the browser's
/// modules are held to a byte budget.
fn theme_words(s: &str) -> String {
    s.chars()
        .filter_map(crate::util::fold)
        .filter(|c| {
            !(c.is_ascii_punctuation()
                || matches!(c, '\u{B7}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{30FB}' | '\u{FE30}'..='\u{FE6F}'))
        })
        .collect()
}
