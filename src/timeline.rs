//! The campaign timeline (rules **T-***): what holds at an instant, and every dated
//! event of the plan.
//!
//! Interpretation (RULES.md §1): 07-04 ..= 07-09 lies inside the campaign but in no
//! phase — [`PhaseAt::NoPhase`] — which is a different answer from
//! [`PhaseAt::Outside`] the campaign. A deadline on a non-working day is not shifted;
//! [`Campaign::events`] marks it with a note.
//!
//! ```
//! use fangfei::{Campaign, time::Instant, timeline::PhaseAt};
//! let c = Campaign::embedded();
//! let at = |s| Instant::parse(s).unwrap();
//! assert!(matches!(c.phase_at(at("2021-06-09T23:59:59")), PhaseAt::Phase(p) if p.key == "preparation"));
//! assert_eq!(c.phase_at(at("2021-07-05T12:00")), PhaseAt::NoPhase);
//! assert_eq!(c.phase_at(at("2021-07-10T00:00")), PhaseAt::Outside);
//! let m = c.moment(at("2021-06-15T10:00"));
//! assert!(m.concentrated_day && m.quiz_open);
//! ```

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::calendar::{CalendarError, DayKind};
use crate::campaign::{Campaign, Phase};
use crate::report::Text;
use crate::rule::RuleId;
use crate::time::Instant;

/// Where an instant falls relative to the phases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseAt<'a> {
    /// Outside the campaign span.
    Outside,
    /// Inside the campaign, in no phase (07-04 ..= 07-09 in 2021).
    NoPhase,
    /// In this phase.
    Phase(&'a Phase),
}

/// A submission window that is open at an instant. Serialised as it is in the
/// machine format ([`crate::wire`]): camelCase keys, instants as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OpenWindow {
    /// The submission's rule.
    pub rule: RuleId,
    /// Its name.
    pub name: Text,
    /// When it opened (`None`: open from the start).
    pub opens: Option<Instant>,
    /// The deadline's cutoff instant.
    pub cutoff: Instant,
    /// Whether the cutoff instant itself is on time.
    pub inclusive: bool,
}

/// What holds at one instant. Serialised as it is in the machine format
/// ([`crate::wire`]): camelCase keys, instants as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Moment {
    /// The instant asked about.
    pub at: Instant,
    /// Inside the campaign span (T-CAMPAIGN).
    pub in_campaign: bool,
    /// The phase key, or `None` (outside the campaign, or in no phase).
    pub phase: Option<String>,
    /// The phase's name.
    pub phase_name: Option<Text>,
    /// Whether it is the concentrated publicity day (T-CDAY).
    pub concentrated_day: bool,
    /// Whether the quiz accepts sheets (T-QUIZ).
    pub quiz_open: bool,
    /// The submission windows open now.
    pub open_windows: Vec<OpenWindow>,
    /// Deadlines still ahead, soonest first.
    pub next_deadlines: Vec<OpenWindow>,
}

/// What kind of dated event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// The campaign begins.
    CampaignStart,
    /// The campaign's last day.
    CampaignEnd,
    /// A phase begins.
    PhaseStart,
    /// A phase's last day.
    PhaseEnd,
    /// The concentrated publicity day.
    ConcentratedDay,
    /// The quiz opens.
    QuizOpens,
    /// The quiz's last day.
    QuizCloses,
    /// A submission window opens.
    WindowOpens,
    /// A submission deadline.
    Deadline,
}

/// One dated event of the campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Event {
    /// The Beijing calendar day.
    pub date: NaiveDate,
    /// The instant, when the plan names a time of day.
    pub at: Option<Instant>,
    /// What happens.
    pub kind: EventKind,
    /// The rule it comes from.
    pub rule: RuleId,
    /// What happens, in words.
    pub label: Text,
    /// The kind of day (CALENDAR).
    pub day_kind: DayKind,
    /// A remark, e.g. that a deadline on a non-working day is not shifted.
    pub note: Option<Text>,
}

crate::text::snake_names!(EventKind {
    CampaignStart => "campaign_start",
    CampaignEnd => "campaign_end",
    PhaseStart => "phase_start",
    PhaseEnd => "phase_end",
    ConcentratedDay => "concentrated_day",
    QuizOpens => "quiz_opens",
    QuizCloses => "quiz_closes",
    WindowOpens => "window_opens",
    Deadline => "deadline",
});

impl Event {
    /// The event's time of day as the plan writes it: `17:00`, or `24:00` for an end at
    /// the next day's 00:00 (TIME-2400); `None` for an event of the whole day.
    pub fn clock(&self) -> Option<String> {
        self.at.map(|t| {
            if t.date() == self.date {
                t.beijing().format("%H:%M").to_string()
            } else {
                "24:00".to_owned()
            }
        })
    }
}

impl Campaign {
    /// The phase `t` falls in.
    pub fn phase_at(&self, t: Instant) -> PhaseAt<'_> {
        if !self.span.window().is_some_and(|w| w.contains(t)) {
            return PhaseAt::Outside;
        }
        let day = t.date();
        self.phases
            .iter()
            .find(|p| p.first <= day && day <= p.last)
            .map_or(PhaseAt::NoPhase, PhaseAt::Phase)
    }

    /// Everything that holds at `t`: phase, concentrated day, quiz, open windows and
    /// the deadlines still ahead.
    pub fn moment(&self, t: Instant) -> Moment {
        let phase = match self.phase_at(t) {
            PhaseAt::Phase(p) => Some(p),
            _ => None,
        };
        let start = self.span.window().map_or(t, |w| w.start);
        let mut open_windows = Vec::new();
        let mut next_deadlines = Vec::new();
        for s in &self.submissions {
            let (cutoff, inclusive) = s.due.cutoff();
            let w = OpenWindow {
                rule: s.rule,
                name: s.name.clone(),
                opens: s.opens,
                cutoff,
                inclusive,
            };
            if s.window(start).is_some_and(|win| win.contains(t)) {
                open_windows.push(w.clone());
            }
            if s.due.met_by(t) {
                next_deadlines.push(w);
            }
        }
        next_deadlines.sort_by_key(|w| (w.cutoff, w.rule));
        Moment {
            at: t,
            in_campaign: self.span.window().is_some_and(|w| w.contains(t)),
            phase: phase.map(|p| p.key.clone()),
            phase_name: phase.map(|p| p.name.clone()),
            concentrated_day: t.date() == self.concentrated_day.date,
            quiz_open: self.quiz.window.contains(t),
            open_windows,
            next_deadlines,
        }
    }

    /// Every dated event of the campaign in date order, each with its kind of day;
    /// a deadline on a non-working day carries a note that it is not shifted.
    ///
    /// # Errors
    ///
    /// [`CalendarError`] when an event falls in a year with no holiday table.
    pub fn events(&self) -> Result<Vec<Event>, CalendarError> {
        let cal = self.calendar();
        let mut raw: Vec<(NaiveDate, Option<Instant>, EventKind, RuleId, Text)> = vec![
            (
                self.span.first,
                None,
                EventKind::CampaignStart,
                RuleId::TCampaign,
                Text::new("宣传月开始", "campaign starts"),
            ),
            (
                self.span.last,
                None,
                EventKind::CampaignEnd,
                RuleId::TCampaign,
                Text::new("宣传月最后一天", "campaign's last day"),
            ),
            (
                self.concentrated_day.date,
                Some(self.concentrated_day.arrive_by),
                EventKind::ConcentratedDay,
                RuleId::TCday,
                Text::new(
                    format!(
                        "集中宣传日(成员单位{}到{})",
                        crate::time::hm(self.concentrated_day.arrive_by.beijing()),
                        self.concentrated_day.member_venue
                    ),
                    format!(
                        "concentrated publicity day (member units at {} by {})",
                        self.concentrated_day.member_venue,
                        crate::time::hm(self.concentrated_day.arrive_by.beijing())
                    ),
                ),
            ),
            (
                self.quiz.window.start.date(),
                Some(self.quiz.window.start),
                EventKind::QuizOpens,
                RuleId::TQuiz,
                Text::new("知识竞赛开始", "quiz opens"),
            ),
            (
                self.quiz.window.last_date(),
                Some(self.quiz.window.end),
                EventKind::QuizCloses,
                RuleId::TQuiz,
                Text::new(
                    "知识竞赛最后一天(24:00截止)",
                    "quiz's last day (closes 24:00)",
                ),
            ),
        ];
        for p in &self.phases {
            raw.push((
                p.first,
                None,
                EventKind::PhaseStart,
                p.rule,
                Text::new(
                    format!("{}开始", p.name.zh),
                    format!("{} phase starts", p.name.en),
                ),
            ));
            raw.push((
                p.last,
                None,
                EventKind::PhaseEnd,
                p.rule,
                Text::new(
                    format!("{}最后一天", p.name.zh),
                    format!("{} phase's last day", p.name.en),
                ),
            ));
        }
        for s in &self.submissions {
            if let Some(opens) = s.opens {
                raw.push((
                    opens.date(),
                    Some(opens),
                    EventKind::WindowOpens,
                    s.rule,
                    Text::new(
                        format!("{}开始报送", s.name.zh),
                        format!("{} window opens", s.name.en),
                    ),
                ));
            }
            let at = match s.due.due {
                crate::time::Due::At(t) => Some(t),
                crate::time::Due::Day(_) => None,
            };
            raw.push((
                s.due.due.day(),
                at,
                EventKind::Deadline,
                s.rule,
                Text::new(format!("{}截止", s.name.zh), format!("{} due", s.name.en)),
            ));
        }
        raw.sort_by_key(|(date, at, kind, rule, _)| (*date, *at, *kind as u8, *rule));
        raw.into_iter()
            .map(|(date, at, kind, rule, label)| {
                let day_kind = cal.day_kind(date)?;
                let note = (kind == EventKind::Deadline && !day_kind.is_working()).then(|| {
                    let why = match day_kind {
                        DayKind::Holiday => cal.holiday_name(date).unwrap_or("节假日").to_owned(),
                        _ => weekday_zh(date).to_owned(),
                    };
                    Text::new(
                        format!(
                            "{}月{}日为{}(非工作日),截止日期不顺延",
                            date.month(),
                            date.day(),
                            why
                        ),
                        format!(
                            "{} is a {} (not a working day); the deadline is not shifted",
                            date,
                            weekday_en(date)
                        ),
                    )
                });
                Ok(Event {
                    date,
                    at,
                    kind,
                    rule,
                    label,
                    day_kind,
                    note,
                })
            })
            .collect()
    }
}

fn weekday_zh(d: NaiveDate) -> &'static str {
    use chrono::{Datelike, Weekday::*};
    match d.weekday() {
        Mon => "星期一",
        Tue => "星期二",
        Wed => "星期三",
        Thu => "星期四",
        Fri => "星期五",
        Sat => "星期六",
        Sun => "星期日",
    }
}

fn weekday_en(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:?}", d.weekday())
}

const PHASE_FILLS: [&str; 4] = ["#dbeafe", "#dcfce7", "#fef3c7", "#ede9fe"];

/// Draws the campaign as a calendar picture (SVG, self-contained, no script): one row
/// per week, phases as cell colours, non-working days hatched, the concentrated day
/// outlined, the quiz window as a bar, every deadline marked in its cell and listed
/// in the legend with its rule id.
///
/// # Errors
///
/// [`CalendarError`] when a day of the campaign has no holiday table.
pub fn svg(campaign: &Campaign, lang: crate::Lang) -> Result<String, CalendarError> {
    use chrono::Datelike;
    let cal = campaign.calendar();
    let t = |text: &Text| crate::text::escape_xml(text.get(lang));
    let (first, last) = (campaign.span.first, campaign.span.last);
    let start = first
        .checked_sub_days(chrono::Days::new(u64::from(
            first.weekday().num_days_from_monday(),
        )))
        .unwrap_or(first);
    let days: Vec<NaiveDate> = start
        .iter_days()
        .take_while(|d| *d <= last || d.weekday() != chrono::Weekday::Mon)
        .collect();
    let weeks = days.len().div_ceil(7);
    let (cell_w, cell_h, left, top) = (132usize, 74usize, 16usize, 92usize);
    let events = campaign.events()?;
    let deadlines: Vec<&Event> = events
        .iter()
        .filter(|e| e.kind == EventKind::Deadline)
        .collect();
    let legend_rows = campaign
        .phases
        .len()
        .saturating_add(deadlines.len())
        .saturating_add(4);
    let width = left
        .saturating_mul(2)
        .saturating_add(cell_w.saturating_mul(7));
    let height = top
        .saturating_add(weeks.saturating_mul(cell_h))
        .saturating_add(30)
        .saturating_add(legend_rows.saturating_mul(20));
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif\" font-size=\"12\">\n"
    );
    s.push_str("<defs><pattern id=\"off\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"none\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9ca3af\" stroke-width=\"1.5\"/></pattern></defs>\n");
    s.push_str(&format!(
        "<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n"
    ));
    s.push_str(&format!(
        "<text x=\"{left}\" y=\"28\" font-size=\"18\" font-weight=\"bold\">{}</text>\n",
        t(&campaign.name)
    ));
    s.push_str(&format!(
        "<text x=\"{left}\" y=\"50\" fill=\"#374151\">{} · {}</text>\n",
        crate::text::escape_xml(&campaign.document_number),
        crate::text::escape_xml(&campaign.theme)
    ));
    let heads = match lang {
        crate::Lang::Zh => ["一", "二", "三", "四", "五", "六", "日"],
        crate::Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    };
    for (i, h) in heads.iter().enumerate() {
        let x = left
            .saturating_add(i.saturating_mul(cell_w))
            .saturating_add(cell_w / 2);
        s.push_str(&format!(
            "<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" fill=\"#6b7280\">{h}</text>\n",
            top.saturating_sub(8)
        ));
    }
    for (i, day) in days.iter().enumerate() {
        let x = left.saturating_add((i % 7).saturating_mul(cell_w));
        let y = top.saturating_add((i / 7).saturating_mul(cell_h));
        let inside = campaign.span.contains_day(*day);
        let phase = campaign
            .phases
            .iter()
            .position(|p| p.first <= *day && *day <= p.last);
        let fill = match (inside, phase) {
            (false, _) => "#f9fafb",
            (true, Some(p)) => PHASE_FILLS
                .get(p.checked_rem(PHASE_FILLS.len()).unwrap_or(0))
                .copied()
                .unwrap_or("#ffffff"),
            (true, None) => "#f3f4f6",
        };
        let kind = cal.day_kind(*day)?;
        s.push_str(&format!("<g data-date=\"{day}\"><rect x=\"{x}\" y=\"{y}\" width=\"{cell_w}\" height=\"{cell_h}\" fill=\"{fill}\" stroke=\"#d1d5db\"/>"));
        if !kind.is_working() {
            s.push_str(&format!("<rect x=\"{x}\" y=\"{y}\" width=\"{cell_w}\" height=\"{cell_h}\" fill=\"url(#off)\" opacity=\"0.35\"><title>{}</title></rect>", crate::text::escape_xml(cal.holiday_name(*day).unwrap_or(match lang { crate::Lang::Zh => "非工作日", crate::Lang::En => "not a working day" }))));
        }
        if *day == campaign.concentrated_day.date {
            s.push_str(&format!("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#dc2626\" stroke-width=\"3\"/>", x.saturating_add(2), y.saturating_add(2), cell_w.saturating_sub(4), cell_h.saturating_sub(4)));
        }
        if campaign.quiz.window.dates().any(|d| d == *day) {
            s.push_str(&format!("<rect x=\"{x}\" y=\"{}\" width=\"{cell_w}\" height=\"6\" fill=\"#7c3aed\" opacity=\"0.7\"/>", y.saturating_add(cell_h).saturating_sub(6)));
        }
        let colour = if inside { "#111827" } else { "#9ca3af" };
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" fill=\"{colour}\" font-weight=\"bold\">{}/{}</text>",
            x.saturating_add(6),
            y.saturating_add(16),
            day.month(),
            day.day()
        ));
        for (k, e) in deadlines.iter().filter(|e| e.date == *day).enumerate() {
            let ty = y.saturating_add(32).saturating_add(k.saturating_mul(14));
            s.push_str(&format!(
                "<text x=\"{}\" y=\"{ty}\" fill=\"#b91c1c\" font-size=\"10\">◆ {}</text>",
                x.saturating_add(6),
                e.rule
            ));
        }
        s.push_str("</g>\n");
    }
    // Legend.
    let mut y = top
        .saturating_add(weeks.saturating_mul(cell_h))
        .saturating_add(28);
    let mut line = |s: &mut String, swatch: Option<&str>, text: String| {
        if let Some(fill) = swatch {
            s.push_str(&format!("<rect x=\"{left}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{fill}\" stroke=\"#9ca3af\"/>", y.saturating_sub(11)));
        }
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{y}\">{text}</text>\n",
            left.saturating_add(22)
        ));
        y = y.saturating_add(20);
    };
    for (i, p) in campaign.phases.iter().enumerate() {
        let fill = PHASE_FILLS
            .get(i.checked_rem(PHASE_FILLS.len()).unwrap_or(0))
            .copied();
        line(
            &mut s,
            fill,
            format!(
                "{} {} – {} ({})",
                t(&p.name),
                crate::time::md(p.first),
                crate::time::md(p.last),
                p.rule
            ),
        );
    }
    let (cday, quiz, off) = match lang {
        crate::Lang::Zh => ("集中宣传日", "知识竞赛", "非工作日(阴影)"),
        crate::Lang::En => (
            "concentrated publicity day",
            "quiz window",
            "non-working day (hatched)",
        ),
    };
    line(
        &mut s,
        Some("#fee2e2"),
        format!(
            "{cday} {} (T-CDAY)",
            crate::time::md(campaign.concentrated_day.date)
        ),
    );
    line(
        &mut s,
        Some("#7c3aed"),
        format!(
            "{quiz} {} {} – {} 24:00 (T-QUIZ)",
            crate::time::md(campaign.quiz.window.start.date()),
            crate::time::hm(campaign.quiz.window.start.beijing()),
            crate::time::md(campaign.quiz.window.last_date())
        ),
    );
    line(&mut s, Some("url(#off)"), off.to_owned());
    for e in &deadlines {
        let note = e
            .note
            .as_ref()
            .map(|n| format!(" — {}", t(n)))
            .unwrap_or_default();
        line(
            &mut s,
            None,
            format!(
                "◆ {} {} {}{note}",
                e.rule,
                crate::time::md(e.date),
                t(&e.label)
            ),
        );
    }
    s.push_str("</svg>\n");
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_deadline_is_marked() {
        let events = Campaign::embedded().events().unwrap();
        let due = events
            .iter()
            .find(|e| e.rule == RuleId::DSummary && e.kind == EventKind::Deadline)
            .unwrap();
        assert_eq!(due.date.to_string(), "2021-07-03");
        assert_eq!(due.day_kind, DayKind::Weekend);
        assert!(due.note.as_ref().unwrap().zh.contains("不顺延"));
        let plan = events.iter().find(|e| e.rule == RuleId::DPlan).unwrap();
        assert!(plan.note.is_none());
        assert!(events.windows(2).all(|w| w[0].date <= w[1].date));
    }
}
