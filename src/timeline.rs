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
//! assert_eq!(m.events[0].key, "concentrated_day");
//! assert!(m.quiz_open);
//! ```

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::calendar::{CalendarError, DayKind};
use crate::campaign::{Attend, Campaign, DutyRule, EventDef, Phase, VenueRule};
use crate::report::Text;
use crate::rule::RuleId;
use crate::time::{Instant, Window};

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
    /// The campaign's events held on its day (the concentrated publicity day, T-CDAY
    /// in 2021).
    pub events: Vec<EventNow>,
    /// Whether the quiz accepts sheets (T-QUIZ).
    pub quiz_open: bool,
    /// The submission windows open now.
    pub open_windows: Vec<OpenWindow>,
    /// Deadlines still ahead, soonest first.
    pub next_deadlines: Vec<OpenWindow>,
}

/// An event of the campaign held on the day of a [`Moment`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct EventNow {
    /// The event's key (`concentrated_day`).
    pub key: String,
    /// Its rule id (`T-CDAY`).
    pub rule: RuleId,
    /// Its name.
    pub name: Text,
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
    /// An event of the campaign (a concentrated publicity day).
    Event,
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
    Event => "event",
    QuizOpens => "quiz_opens",
    QuizCloses => "quiz_closes",
    WindowOpens => "window_opens",
    Deadline => "deadline",
});

impl Event {
    /// The event's time of day as the plan writes it: `17:00`, or `24:00` for an end at
    /// the next day's 00:00 and for a deadline of a whole day, which is due at its end
    /// (TIME-2400: every 24:00 deadline is shown with its time, issue 29, item 23);
    /// `None` for another event of the whole day.
    pub fn clock(&self) -> Option<String> {
        match self.at {
            Some(t) if t.date() == self.date => Some(t.beijing().format("%H:%M").to_string()),
            Some(_) => Some("24:00".to_owned()),
            None if self.kind == EventKind::Deadline => Some("24:00".to_owned()),
            None => None,
        }
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

    /// Everything that holds at `t`: phase, events, quiz, open windows and the
    /// deadlines still ahead.
    pub fn moment(&self, t: Instant) -> Moment {
        let phase = match self.phase_at(t) {
            PhaseAt::Phase(p) => Some(p),
            _ => None,
        };
        let start = self.span.window().map_or(t, |w| w.start);
        let mut open_windows = Vec::new();
        let mut next_deadlines = Vec::new();
        for d in &self.duties {
            let DutyRule::Deliver(x) = &d.rule else {
                continue;
            };
            let due = self.due_of(x);
            let (cutoff, inclusive) = due.cutoff();
            let w = OpenWindow {
                rule: d.id,
                name: self.delivery_name(x),
                opens: x.opens,
                cutoff,
                inclusive,
            };
            let window = Window::new(x.opens.unwrap_or(start), due.close());
            if window.is_some_and(|win| win.contains(t)) {
                open_windows.push(w.clone());
            }
            if due.met_by(t) {
                next_deadlines.push(w);
            }
        }
        next_deadlines.sort_by_key(|w| w.cutoff);
        Moment {
            at: t,
            in_campaign: self.span.window().is_some_and(|w| w.contains(t)),
            phase: phase.map(|p| p.key.clone()),
            phase_name: phase.map(|p| p.name.clone()),
            events: self
                .events
                .iter()
                .filter(|e| e.date == t.date())
                .map(|e| EventNow {
                    key: e.key.clone(),
                    rule: e.id,
                    name: e.name.clone(),
                })
                .collect(),
            quiz_open: self.quiz.as_ref().is_some_and(|q| q.window.contains(t)),
            open_windows,
            next_deadlines,
        }
    }

    /// An event's label: its name, its hours, and who gathers at its venue by when
    /// (`集中宣传日(成员单位09:00到市政府前广场)`).
    fn event_label(&self, e: &EventDef) -> Text {
        let mut parts: Vec<Text> = Vec::new();
        match (e.starts_at, e.ends_at) {
            (Some(a), Some(b)) => parts.push(Text::new(format!("{a}至{b}"), format!("{a} to {b}"))),
            (Some(a), None) => parts.push(Text::new(format!("{a}开始"), format!("from {a}"))),
            (None, Some(b)) => parts.push(Text::new(format!("{b}结束"), format!("until {b}"))),
            (None, None) => {}
        }
        let venue = e.venues.first().map_or("", |v| v.name.as_str());
        for d in &self.duties {
            let DutyRule::Attend(Attend {
                event,
                venue: VenueRule::Event,
                arrive_by,
                ..
            }) = &d.rule
            else {
                continue;
            };
            if *event != e.key {
                continue;
            }
            let who = crate::text::join(d.who.roles.iter().map(|r| self.role_name(r)));
            let by = arrive_by.or(e.starts_at);
            parts.push(match by {
                Some(t) => Text::new(
                    format!("{}{t}到{venue}", who.zh),
                    format!("{} at {venue} by {t}", who.en),
                ),
                None => Text::new(
                    format!("{}到{venue}", who.zh),
                    format!("{} at {venue}", who.en),
                ),
            });
        }
        if parts.is_empty() {
            return e.name.clone();
        }
        let (zh, en): (Vec<String>, Vec<String>) = parts.into_iter().map(|t| (t.zh, t.en)).unzip();
        Text::new(
            format!("{}({})", e.name.zh, zh.join(";")),
            format!("{} ({})", e.name.en, en.join("; ")),
        )
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
                RuleId::T_CAMPAIGN,
                Text::new("宣传月开始", "campaign starts"),
            ),
            (
                self.span.last,
                None,
                EventKind::CampaignEnd,
                RuleId::T_CAMPAIGN,
                Text::new("宣传月最后一天", "campaign's last day"),
            ),
        ];
        for e in &self.events {
            let at = e.starts_at.and_then(|t| t.on(e.date)).or_else(|| {
                self.duties.iter().find_map(|d| match &d.rule {
                    DutyRule::Attend(a) if a.event == e.key && a.venue == VenueRule::Event => {
                        a.arrive_by.and_then(|t| t.on(e.date))
                    }
                    _ => None,
                })
            });
            raw.push((e.date, at, EventKind::Event, e.id, self.event_label(e)));
        }
        if let Some(q) = &self.quiz {
            let name = q.name();
            raw.push((
                q.window.start.date(),
                Some(q.window.start),
                EventKind::QuizOpens,
                RuleId::T_QUIZ,
                Text::new(format!("{}开始", name.zh), format!("{} opens", name.en)),
            ));
            raw.push((
                q.window.last_date(),
                Some(q.window.end),
                EventKind::QuizCloses,
                RuleId::T_QUIZ,
                // Its time (24:00) is the event's own, shown beside it: said once
                // (issue 29, item 18).
                Text::new(format!("{}截止", name.zh), format!("{} closes", name.en)),
            ));
        }
        for p in &self.phases {
            raw.push((
                p.first,
                None,
                EventKind::PhaseStart,
                p.id,
                Text::new(
                    format!("{}开始", p.name.zh),
                    format!("{} phase starts", p.name.en),
                ),
            ));
            raw.push((
                p.last,
                None,
                EventKind::PhaseEnd,
                p.id,
                Text::new(
                    format!("{}最后一天", p.name.zh),
                    format!("{} phase's last day", p.name.en),
                ),
            ));
        }
        for d in &self.duties {
            let DutyRule::Deliver(x) = &d.rule else {
                continue;
            };
            let name = self.delivery_name(x);
            if let Some(opens) = x.opens {
                raw.push((
                    opens.date(),
                    Some(opens),
                    EventKind::WindowOpens,
                    d.id,
                    Text::new(
                        format!("{}开始报送", name.zh),
                        format!("{} window opens", name.en),
                    ),
                ));
            }
            let due = self.due_of(x);
            let at = match due.due {
                crate::time::Due::At(t) => Some(t),
                crate::time::Due::Day(_) => None,
            };
            raw.push((
                due.due.day(),
                at,
                EventKind::Deadline,
                d.id,
                Text::new(format!("{}截止", name.zh), format!("{} due", name.en)),
            ));
        }
        // Ties keep the campaign's order (a stable sort).
        raw.sort_by_key(|(date, at, kind, _, _)| (*date, *at, *kind as u8));
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
/// outlined, the quiz window as a bar, every deadline marked in its cell with its
/// rule's title and listed in the legend: the office's words, never a rule id (issue
/// 29, item 19).
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
    let subtitle: Vec<&str> = [&campaign.document_number, &campaign.theme]
        .into_iter()
        .filter_map(|t| t.as_deref())
        .collect();
    s.push_str(&format!(
        "<text x=\"{left}\" y=\"50\" fill=\"#374151\">{}</text>\n",
        crate::text::escape_xml(&subtitle.join(" · "))
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
        if campaign.events.iter().any(|e| e.date == *day) {
            s.push_str(&format!("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#dc2626\" stroke-width=\"3\"/>", x.saturating_add(2), y.saturating_add(2), cell_w.saturating_sub(4), cell_h.saturating_sub(4)));
        }
        if campaign
            .quiz
            .as_ref()
            .is_some_and(|q| q.window.dates().any(|d| d == *day))
        {
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
            let title = format!("◆ {}", campaign.title_of(e.rule).get(lang));
            // A title wider than the cell is squeezed into it (about 10 px a Chinese
            // character, 6 px a Latin one, at this size).
            let room = cell_w.saturating_sub(12);
            let wide: usize = title
                .chars()
                .map(|c| if c.is_ascii() { 6 } else { 10 })
                .sum();
            let fit = if wide > room {
                format!(" textLength=\"{room}\" lengthAdjust=\"spacingAndGlyphs\"")
            } else {
                String::new()
            };
            s.push_str(&format!(
                "<text x=\"{}\" y=\"{ty}\" fill=\"#b91c1c\" font-size=\"10\"{fit}>{}</text>",
                x.saturating_add(6),
                crate::text::escape_xml(&title)
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
            format!("{} {}", t(&p.name), t(&crate::time::days(p.first, p.last)),),
        );
    }
    let off = match lang {
        crate::Lang::Zh => "非工作日(阴影)",
        crate::Lang::En => "non-working day (hatched)",
    };
    for e in &campaign.events {
        line(
            &mut s,
            Some("#fee2e2"),
            format!("{} {}", t(&e.name), t(&crate::time::days(e.date, e.date))),
        );
    }
    if let Some(q) = &campaign.quiz {
        let name = q.name();
        let quiz = match lang {
            crate::Lang::Zh => name.zh,
            crate::Lang::En => format!("{} window", name.en),
        };
        line(
            &mut s,
            Some("#7c3aed"),
            match lang {
                crate::Lang::Zh => format!(
                    "{quiz} {}{}至{}24:00",
                    crate::time::md_zh(q.window.start.date()),
                    crate::time::hm(q.window.start.beijing()),
                    if q.window.start.date().month() == q.window.last_date().month() {
                        format!("{}日", q.window.last_date().day())
                    } else {
                        crate::time::md_zh(q.window.last_date())
                    },
                ),
                crate::Lang::En => format!(
                    "{quiz} {} {} – {} 24:00",
                    crate::time::md(q.window.start.date()),
                    crate::time::hm(q.window.start.beijing()),
                    crate::time::md(q.window.last_date()),
                ),
            },
        );
    }
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
                "◆ {} {}{note}",
                t(&crate::time::days(e.date, e.date)),
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
    fn a_deadline_of_a_whole_day_shows_24_00() {
        let events = Campaign::embedded().events().unwrap();
        let clock = |rule: &str, kind: EventKind| {
            events
                .iter()
                .find(|e| e.rule == RuleId::of(rule) && e.kind == kind)
                .unwrap()
                .clock()
        };
        assert_eq!(
            clock("D-SUMMARY", EventKind::Deadline).as_deref(),
            Some("24:00")
        );
        assert_eq!(
            clock("D-PROGRESS-1", EventKind::Deadline).as_deref(),
            Some("24:00")
        );
        assert_eq!(
            clock("D-PLAN", EventKind::Deadline).as_deref(),
            Some("17:00")
        );
        assert_eq!(clock("T-CAMPAIGN", EventKind::CampaignStart), None);
    }

    #[test]
    fn summary_deadline_is_marked() {
        let events = Campaign::embedded().events().unwrap();
        let due = events
            .iter()
            .find(|e| e.rule == RuleId::of("D-SUMMARY") && e.kind == EventKind::Deadline)
            .unwrap();
        assert_eq!(due.date.to_string(), "2021-07-03");
        assert_eq!(due.day_kind, DayKind::Weekend);
        assert!(due.note.as_ref().unwrap().zh.contains("不顺延"));
        let plan = events
            .iter()
            .find(|e| e.rule == RuleId::of("D-PLAN"))
            .unwrap();
        assert!(plan.note.is_none());
        assert!(events.windows(2).all(|w| w[0].date <= w[1].date));
    }
}
