//! The rule catalogue of a campaign: the library's own rules and the campaign's phases,
//! events and duties, each with its clause, title and what it requires — written from
//! the campaign's data through one template per rule kind, so that no plan's words
//! show under another plan.

use serde::Serialize;

use super::duty::{DutyRule, TableMeasure, VenueRule};
use super::*;
use crate::time::{md, md_zh, Due};

/// One entry of a campaign's catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// The stable id.
    pub id: RuleId,
    /// `library` for the library's own rules; `phase`, `event`, or a duty's kind
    /// (`deliver`, `count` …) for the campaign's.
    pub kind: &'static str,
    /// The clause it comes from (the plan's, or a statute, or `—`).
    pub clause: String,
    /// Short title.
    pub title: Text,
    /// What it requires, as the library reads it, from the campaign's data.
    pub text: Text,
    /// The plan's own words, when the campaign quotes them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// `6月10日17:00` / `06-10 17:00` for an instant; `24:00` for a midnight end.
pub(crate) fn when(t: Instant) -> Text {
    let b = t.beijing();
    if b.time() == chrono::NaiveTime::MIN {
        if let Some(prev) = b.date().pred_opt() {
            return Text::new(
                format!("{}24:00", md_zh(prev)),
                format!("{} 24:00", md(prev)),
            );
        }
    }
    starts(t)
}

/// `6月15日10:00` / `06-15 10:00` for an instant a window opens at: midnight is that
/// day's 00:00 (RULES.md §8: "24:00" is only for an end).
pub(crate) fn starts(t: Instant) -> Text {
    let b = t.beijing();
    let hm = crate::time::hm(b);
    Text::new(
        format!("{}{hm}", md_zh(b.date())),
        format!("{} {hm}", md(b.date())),
    )
}

/// A deadline as a plan writes it: `6月10日17:00前`, `7月3日前` / `by 06-10 17:00`.
pub(crate) fn by(d: &Deadline) -> Text {
    match (d.due, d.inclusive) {
        (Due::Day(day), true) => Text::new(format!("{}前", md_zh(day)), format!("by {}", md(day))),
        (Due::Day(day), false) => Text::new(
            format!("{}0:00前", md_zh(day)),
            format!("before {} 00:00", md(day)),
        ),
        (Due::At(t), _) => {
            let w = when(t);
            Text::new(format!("{}前", w.zh), format!("by {}", w.en))
        }
    }
}

/// `6月3日至7月9日`, `6月10日至13日` / `06-03 to 07-09`.
fn days(first: NaiveDate, last: NaiveDate) -> Text {
    crate::time::days(first, last)
}

use crate::text::join;

/// A cross-field rule of table `t` as the catalogue lists it.
fn cross_rule_info(t: &TableDef, r: &CrossRule) -> RuleInfo {
    let name = |k: &str| {
        t.column(k)
            .map_or_else(|| Text::new(k, k), |c| c.name.clone())
    };
    let (a, b) = (name(&r.if_positive), name(&r.then_positive));
    RuleInfo {
        id: r.id,
        kind: "cross_rule",
        clause: r.clause.clone(),
        title: r.title.clone(),
        text: Text::new(
            format!("{}为0时{}不应大于0", b.zh, a.zh),
            format!("{} above 0 needs {} above 0", a.en, b.en),
        ),
        quote: None,
    }
}

impl Campaign {
    /// Every rule of the campaign: the library's own, then its phases, events and
    /// duties (a duty's parts rule after it) and the statistics table's cross-field
    /// rules, each with the clause, title and description this campaign gives it.
    pub fn catalogue(&self) -> Vec<RuleInfo> {
        let mut out = self.library_rules();
        for p in &self.phases {
            out.push(RuleInfo {
                id: p.id,
                kind: "phase",
                clause: p.clause.clone(),
                title: p.name.clone(),
                text: {
                    let d = days(p.first, p.last);
                    Text::new(format!("{}。", d.zh), format!("{}.", d.en))
                },
                quote: None,
            });
        }
        for e in &self.events {
            out.push(RuleInfo {
                id: e.id,
                kind: "event",
                clause: e.clause.clone(),
                title: e.name.clone(),
                text: self.event_text(e),
                quote: None,
            });
        }
        for d in &self.duties {
            out.push(RuleInfo {
                id: d.id,
                kind: d.rule.kind(),
                clause: d.clause.clone(),
                title: self.duty_title(d),
                text: self.duty_text(d),
                quote: d.quote.clone(),
            });
            if let DutyRule::Deliver(Deliver {
                parts: Some(p),
                material,
                ..
            }) = &d.rule
            {
                out.push(RuleInfo {
                    id: p.id,
                    kind: "parts",
                    clause: d.clause.clone(),
                    title: p.title.clone(),
                    text: self.parts_text(material, &p.require),
                    quote: None,
                });
            }
        }
        if let Some(t) = &self.statistics_table {
            out.extend(t.cross_rules.iter().map(|r| cross_rule_info(t, r)));
        }
        out
    }

    /// The rules the statistics table's checks give: the library's A3 rules and the
    /// table's cross-field rules, as this campaign cites them (the forms module's
    /// rules); none without a table.
    pub fn table_rules(&self) -> Vec<RuleInfo> {
        let Some(t) = &self.statistics_table else {
            return Vec::new();
        };
        crate::rule::LIBRARY
            .iter()
            .filter(|r| r.id.as_str().starts_with("A3-"))
            .map(|r| RuleInfo {
                id: r.id,
                kind: "library",
                clause: self.clause_of(r.id),
                title: self.title_of(r.id),
                text: r.text(),
                quote: None,
            })
            .chain(t.cross_rules.iter().map(|r| cross_rule_info(t, r)))
            .collect()
    }

    /// The catalogue entry of `id` in this campaign.
    pub fn rule_info(&self, id: RuleId) -> Option<RuleInfo> {
        self.catalogue().into_iter().find(|r| r.id == id)
    }

    /// The library's own rules that concern this campaign (the quiz's with a quiz, the
    /// table's with a table), with the clause and words it gives them: the head of
    /// [`Campaign::catalogue`], without the campaign's phases, events and duties.
    fn library_rules(&self) -> Vec<RuleInfo> {
        crate::rule::LIBRARY
            .iter()
            .filter(|r| self.has_library_rule(r.id))
            .map(|r| RuleInfo {
                id: r.id,
                kind: "library",
                clause: self.clause_of(r.id),
                title: self.title_of(r.id),
                text: self.library_text(r.id).unwrap_or_else(|| r.text()),
                quote: None,
            })
            .collect()
    }

    /// Whether a library rule concerns this campaign (the quiz's rules only with a
    /// quiz, the table's only with a table).
    fn has_library_rule(&self, id: RuleId) -> bool {
        let s = id.as_str();
        if id == RuleId::T_QUIZ || id == RuleId::Q_WINDOW {
            self.quiz.is_some()
        } else if s.starts_with("Q-") {
            // Registration, papers, scoring and standings apply to a quiz whose paper
            // the campaign gives; one given only by its days has its window alone.
            self.quiz.as_ref().is_some_and(|q| q.paper.is_some())
        } else if s.starts_with("A3-") {
            self.statistics_table.is_some()
        } else {
            true
        }
    }

    /// The clause this campaign cites for rule `id`: a phase's, event's, duty's or
    /// cross-field rule's own; for the library's rules, the one `clauses` gives, else
    /// the quiz's clause for its rules, the table's for its (A3-BLANK: its blank
    /// rule's), the span's for
    /// `T-CAMPAIGN`, else the library's (`—`). Empty for an id the campaign does not know.
    pub fn clause_of(&self, id: RuleId) -> String {
        if let Some(c) = self.clauses.get(id.as_str()) {
            return c.clone();
        }
        let own = self
            .phases
            .iter()
            .find(|p| p.id == id)
            .map(|p| &p.clause)
            .or_else(|| self.events.iter().find(|e| e.id == id).map(|e| &e.clause))
            .or_else(|| {
                self.duties
                    .iter()
                    .find(|d| {
                        d.id == id
                            || matches!(&d.rule, DutyRule::Deliver(Deliver { parts: Some(p), .. }) if p.id == id)
                    })
                    .map(|d| &d.clause)
            })
            .or_else(|| {
                self.statistics_table
                    .iter()
                    .flat_map(|t| &t.cross_rules)
                    .find(|r| r.id == id)
                    .map(|r| &r.clause)
            });
        if let Some(c) = own {
            return c.clone();
        }
        let s = id.as_str();
        if id == RuleId::T_CAMPAIGN {
            return self.span.clause.clone();
        }
        if let (true, Some(q)) = (s.starts_with("Q-") || id == RuleId::T_QUIZ, &self.quiz) {
            return q.clause.clone();
        }
        if let (true, Some(t)) = (s.starts_with("A3-"), &self.statistics_table) {
            return match (&t.blank_rule, id) {
                (Some(q), RuleId::A3_BLANK) => q.clause.clone(),
                _ => t.clause.clone(),
            };
        }
        id.library()
            .map(|r| r.clause.to_owned())
            .unwrap_or_default()
    }

    /// `f` citing the clause this campaign gives its rule, when it cites none or only
    /// the library's default (a library rule a campaign cites: UNITS, the table's and
    /// the quiz's rules).
    pub fn cite(&self, mut f: crate::report::Finding) -> crate::report::Finding {
        let default = f.rule.library().map_or("", |r| r.clause);
        if f.clause.is_empty() || f.clause == default {
            let c = self.clause_of(f.rule);
            if !c.is_empty() {
                f.clause = c;
            }
        }
        f
    }

    /// What the total of the whole campaign is called, after the level of its place
    /// ([`Campaign::city`]): 全市合计 (City total) where the place is a city (its name
    /// ends in 市; 2021: 凌源市), 全区合计 (District total), 全县合计 (County total),
    /// 全旗合计 (Banner total), 全镇合计 (Town total) and 全乡合计 (Township total)
    /// likewise, else 合计 (Total). It is the title of A3-TOTAL in this campaign and
    /// the word its messages and reports use for the statistics table's total.
    ///
    /// ```
    /// let mut c = fangfei::Campaign::embedded().clone();
    /// assert_eq!(c.total_label().zh, "全市合计");
    /// c.city = "某某县".into();
    /// assert_eq!(c.total_label().en, "County total");
    /// c.city = String::new();
    /// assert_eq!(c.total_label().zh, "合计");
    /// ```
    pub fn total_label(&self) -> Text {
        let (zh, en) = match self.city.trim().chars().last() {
            Some('市') => ("全市合计", "City total"),
            Some('区') => ("全区合计", "District total"),
            Some('县') => ("全县合计", "County total"),
            Some('旗') => ("全旗合计", "Banner total"),
            Some('镇') => ("全镇合计", "Town total"),
            Some('乡') => ("全乡合计", "Township total"),
            _ => ("合计", "Total"),
        };
        Text::new(zh, en)
    }

    /// The title this campaign gives rule `id` (the library's for its own rules, with
    /// the campaign's words where it has them: its quiz's name in T-QUIZ's, its
    /// [`Campaign::total_label`] as A3-TOTAL's; the id itself for one the campaign
    /// does not know).
    pub fn title_of(&self, id: RuleId) -> Text {
        if let Some(r) = id.library() {
            return match (id, &self.quiz) {
                // The quiz's window under the plan's name for its quiz.
                (RuleId::T_QUIZ, Some(q)) if q.name.is_some() => {
                    let name = q.name();
                    Text::new(format!("{}时间", name.zh), format!("{} window", name.en))
                }
                (RuleId::A3_TOTAL, _) => self.total_label(),
                _ => r.title(),
            };
        }
        let phase = self
            .phases
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone());
        let event = || {
            self.events
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.name.clone())
        };
        let duty = || {
            self.duties.iter().find_map(|d| match &d.rule {
                _ if d.id == id => Some(self.duty_title(d)),
                DutyRule::Deliver(Deliver { parts: Some(p), .. }) if p.id == id => {
                    Some(p.title.clone())
                }
                _ => None,
            })
        };
        let cross = || {
            self.statistics_table
                .iter()
                .flat_map(|t| &t.cross_rules)
                .find(|r| r.id == id)
                .map(|r| r.title.clone())
        };
        phase
            .or_else(event)
            .or_else(duty)
            .or_else(cross)
            .unwrap_or_else(|| Text::new(id.as_str(), id.as_str()))
    }

    /// A library rule's description filled with this campaign's data, where it has some.
    fn library_text(&self, id: RuleId) -> Option<Text> {
        if id == RuleId::T_CAMPAIGN {
            let d = days(self.span.first, self.span.last);
            return Some(Text::new(
                format!("宣传月活动时间为{}。", d.zh),
                format!("The campaign runs {}.", d.en),
            ));
        }
        let q = self.quiz.as_ref()?;
        match id {
            RuleId::T_QUIZ => {
                let (a, b) = (starts(q.window.start), when(q.window.end));
                let (wzh, wen) = q.stated_working_days.map_or_else(Default::default, |n| {
                    (format!("(共{n}个工作日)"), format!(" ({n} working days)"))
                });
                Some(Text::new(
                    format!("答题时间为{}至{}{wzh},每天均可答题。", a.zh, b.zh),
                    format!("The quiz is open {} to {}{wen}; answering is open every day.", a.en, b.en),
                ))
            }
            RuleId::Q_PAPER => {
                let paper = q.paper.as_ref()?;
                let count: u32 = paper.sections.iter().map(|s| s.count).fold(0, u32::saturating_add);
                let parts = join(paper.sections.iter().map(|s| {
                    Text::new(
                        format!("{}道{}各{}分", s.count, s.kind.label(crate::text::Lang::Zh), s.points),
                        format!("{} {} at {} points", s.count, s.kind.label(crate::text::Lang::En), s.points),
                    )
                }));
                Some(Text::new(
                    format!("每天{count}道题:{},共{}分。", parts.zh, paper.total),
                    format!("{count} questions a day: {}; {} points.", parts.en, paper.total),
                ))
            }
            RuleId::Q_TEAM => q.top_n.map(|n| Text::new(
                format!("以地区为单位组成战队,每天公布前{n}名;活动截止时前{n}名为优秀战队。"),
                format!("Teams are regions; the top {n} are published daily; the final top {n} are the 优秀战队."),
            )),
            _ => None,
        }
    }

    fn event_text(&self, e: &EventDef) -> Text {
        let mut t = Text::new(
            format!("{}为{}", md_zh(e.date), e.name.zh),
            format!("{} is the {}", md(e.date), e.name.en),
        );
        match (e.starts_at, e.ends_at) {
            (Some(s), Some(end)) => {
                t.zh.push_str(&format!(",{s}至{end}"));
                t.en.push_str(&format!(", {s} to {end}"));
            }
            (Some(s), None) => {
                t.zh.push_str(&format!(",{s}开始"));
                t.en.push_str(&format!(", from {s}"));
            }
            (None, Some(end)) => {
                t.zh.push_str(&format!(",{end}结束"));
                t.en.push_str(&format!(", until {end}"));
            }
            (None, None) => {}
        }
        if !e.venues.is_empty() {
            let v: Vec<&str> = e.venues.iter().map(|v| v.name.as_str()).collect();
            t.zh.push_str(&format!(",地点:{}", v.join("、")));
            t.en.push_str(&format!(", at {}", v.join(", ")));
        }
        t.zh.push('。');
        t.en.push('.');
        t
    }

    fn parts_text(&self, material: &str, parts: &[String]) -> Text {
        let m = self.material_name(material);
        let list = join(parts.iter().map(|p| self.part_name(material, p)));
        Text::new(
            format!("{}须包括{};每缺一项为一项问题。", m.zh, list.zh),
            format!(
                "The {} includes {}; each missing part is a finding.",
                m.en, list.en
            ),
        )
    }

    /// A material's name (the key for an undeclared one).
    pub fn material_name(&self, key: &str) -> Text {
        self.material(key)
            .map_or_else(|| Text::new(key, key), |m| m.name.clone())
    }

    /// A part's name (the key for an undeclared one).
    pub fn part_name(&self, material: &str, part: &str) -> Text {
        self.material(material)
            .and_then(|m| m.part(part))
            .map_or_else(|| Text::new(part, part), KindDef::label)
    }

    /// A delivery's name in messages: the duty's own (with `{node}` and `{due}`
    /// filled), else the material's.
    pub fn delivery_name(&self, x: &Deliver) -> Text {
        match &x.name {
            Some(n) => Self::dated(n, x),
            None => self.material_name(&x.material),
        }
    }

    /// A duty's title, its `{node}` and `{due}` filled from a delivery's dates.
    pub fn duty_title(&self, d: &Duty) -> Text {
        match &d.rule {
            DutyRule::Deliver(x) => Self::dated(&d.title, x),
            _ => d.title.clone(),
        }
    }

    /// `n` with `{node}` and `{due}` filled from the delivery's dates (`6月16日`,
    /// `06-16`).
    fn dated(n: &Text, x: &Deliver) -> Text {
        let fill = |text: &str, zh: bool| {
            crate::text::fill(text, |p| match p {
                "node" => x.node.map(|d| if zh { md_zh(d) } else { md(d) }),
                "due" => x.due.map(|d| {
                    let day = d.due.day();
                    if zh {
                        md_zh(day)
                    } else {
                        md(day)
                    }
                }),
                _ => None,
            })
        };
        Text::new(fill(&n.zh, true), fill(&n.en, false))
    }

    /// The deadline of a delivery: its own, or the campaign's last day.
    pub fn due_of(&self, x: &Deliver) -> Deadline {
        x.due.unwrap_or(Deadline {
            due: Due::Day(self.span.last),
            inclusive: true,
        })
    }

    /// Whom a duty binds, by its roles' and units' names (成员单位、乡镇街, 市委宣传部).
    pub(crate) fn who_text(&self, who: &Who) -> Text {
        let mut names: Vec<Text> = who.roles.iter().map(|r| self.role_name(r)).collect();
        names.extend(who.units.iter().map(|u| Text::new(u.clone(), u.clone())));
        join(names)
    }

    fn duty_text(&self, d: &Duty) -> Text {
        let who = self.who_text(&d.who);
        let mut t = match &d.rule {
            DutyRule::Deliver(x) => {
                let name = self.delivery_name(x);
                let by = by(&self.due_of(x));
                let mut t = Text::new(
                    format!("{}报送{}", by.zh, name.zh),
                    format!("Send the {} {}", name.en, by.en),
                );
                if let Some(o) = x.opens {
                    let w = starts(o);
                    t.zh = format!("{}起、{}", w.zh, t.zh);
                    t.en.push_str(&format!(" (counted from {})", w.en));
                }
                if let Some(r) = &x.reported_in {
                    let l = self.list_name(&r.list);
                    t.zh.push_str(&format!("(含{}中报送的条目)", l.zh));
                    t.en.push_str(&format!(" (items of the {} reported count)", l.en));
                }
                if x.promoted == Effect::Bonus {
                    t.zh.push_str(";好做法被推广的,年度考评加分");
                    t.en.push_str("; promoted good practice: evaluation bonus");
                }
                t
            }
            DutyRule::State(x) => {
                let m = self.material_name(&x.material);
                let req = join(x.requires.iter().map(|s| {
                    self.material(&x.material)
                        .and_then(|m| m.statement(s))
                        .map_or_else(|| Text::new(s.clone(), s.clone()), |n| n.name.clone())
                }));
                let mut t = Text::new(
                    format!("{}须写明{}", m.zh, req.zh),
                    format!("The {} states the {}", m.en, req.en),
                );
                if let Some(f) = x.when_flag.as_deref().and_then(|f| self.flag(f)) {
                    t.zh.push_str(&format!("(限{}的单位)", f.name.zh));
                    t.en.push_str(&format!(" (units that {})", f.name.en));
                }
                t
            }
            DutyRule::Count(x) => {
                let c = self.counted(x);
                // On the campaign's theme (M-PROP-TV: 以“…”为主题的…): said as the plan says it.
                match self.theme.as_deref().filter(|_| x.on_theme) {
                    Some(t) => Text::new(
                        format!("以“{t}”为主题的{}不少于{}{}", c.zh, x.min, x.measure),
                        format!("At least {} {} on the theme \"{t}\"", x.min, c.en),
                    ),
                    None => Text::new(
                        format!("{}不少于{}{}", c.zh, x.min, x.measure),
                        format!("At least {} {}", x.min, c.en),
                    ),
                }
            }
            DutyRule::Attend(x) => self.attend_text(x),
            DutyRule::Cover(x) => join(x.shares.iter().map(|s| {
                Text::new(
                    format!("{}不低于{}%", s.name.zh, s.min_percent),
                    format!("{} at least {}%", s.name.en, s.min_percent),
                )
            })),
            DutyRule::Spread(x) => {
                let p = self.phase(&x.phase).map_or_else(
                    || Text::new(x.phase.clone(), x.phase.clone()),
                    |p| p.name.clone(),
                );
                Text::new(
                    format!("{}每周(周一至周日)至少{}次活动", p.zh, x.min),
                    format!(
                        "At least {} activities in each week (Monday to Sunday) of the {} phase",
                        x.min, p.en
                    ),
                )
            }
            DutyRule::Table(x) => {
                let table = self
                    .statistics_table
                    .as_ref()
                    .map_or_else(|| Text::new("", ""), |t| t.name.clone());
                let how = match x.measure {
                    TableMeasure::ColumnsUsed => ("", ""),
                    TableMeasure::Sum => ("合计", "in all"),
                };
                Text::new(
                    format!(
                        "{}{}不少于{}{}(据{})",
                        x.counted.zh, how.0, x.min, x.measure_word, table.zh
                    ),
                    format!(
                        "At least {} {} {} (from the {})",
                        x.min, x.counted.en, how.1, table.en
                    ),
                )
            }
            DutyRule::Record(x) => match &x.reports {
                Some(r) => {
                    let e = self.event(&r.event);
                    let names = join(r.figures.iter().map(|f| {
                        e.and_then(|e| e.figures.iter().find(|m| m.key == *f))
                            .map_or_else(|| Text::new(f.clone(), f.clone()), |m| m.name.clone())
                    }));
                    Text::new(
                        format!("记录{}(方案未定数量,仅记录)", names.zh),
                        format!("Report {} (no number set: reported, not judged)", names.en),
                    )
                }
                None => Text::new(
                    "方案未定衡量标准,仅列入目录,不逐单位核查",
                    "The plan sets no measure: listed, not judged unit by unit",
                ),
            },
            DutyRule::SpotCheck => Text::new(
                "依据宣传计划实地抽查,逐次记录结果",
                "Spot checks against the units' plans, each result reported",
            ),
        };
        if !who.zh.is_empty() {
            t.zh = format!("{}:{}", who.zh, t.zh);
            t.en = format!("{}: {}", who.en, t.en);
        }
        if d.effect == Effect::Deduction {
            t.zh.push_str(";未按时完成的,年度考评减分");
            t.en.push_str("; failing it: evaluation deduction");
        }
        t.zh.push('。');
        t.en.push('.');
        t
    }

    /// What a count duty counts, as its messages say it.
    pub fn counted(&self, x: &Count) -> Text {
        if let Some(c) = &x.counted {
            return c.clone();
        }
        let list = self.list(&x.list);
        let period = match x.within.as_deref().and_then(|p| self.phase(p)) {
            Some(p) => Text::new(
                format!("{}期间", p.name.zh),
                format!(" during the {} phase", p.name.en),
            ),
            None => Text::new("宣传月期间", " during the campaign"),
        };
        match (x.distinct, list.and_then(|l| l.kinds.as_ref())) {
            (Distinct::Kinds, Some(k)) => Text::new(
                format!("开展的“{}”", k.name),
                format!("kinds of {}", k.name),
            ),
            _ => {
                let name = self.list_name(&x.list);
                Text::new(
                    format!("{}{}", period.zh, name.zh),
                    format!("{}{}", name.en, period.en),
                )
            }
        }
    }

    /// A list's name (the key for an undeclared one).
    pub fn list_name(&self, key: &str) -> Text {
        self.list(key)
            .map_or_else(|| Text::new(key, key), |l| l.name.clone())
    }

    fn attend_text(&self, x: &Attend) -> Text {
        let Some(e) = self.event(&x.event) else {
            return Text::new(x.event.clone(), x.event.clone());
        };
        let mut parts: Vec<Text> = Vec::new();
        if let Some(n) = x.staff {
            parts.push(Text::new(
                format!("至少{n}人"),
                format!("at least {n} persons"),
            ));
        }
        let venues: Vec<&str> = e.venues.iter().map(|v| v.name.as_str()).collect();
        match (x.venue, x.arrive_by) {
            (VenueRule::Event, Some(t)) => parts.push(Text::new(
                format!("{t}前到{}", venues.join("、")),
                format!("at {} by {t}", venues.join(", ")),
            )),
            (VenueRule::Event, None) => parts.push(Text::new(
                format!("到{}", venues.join("、")),
                format!("at {}", venues.join(", ")),
            )),
            (VenueRule::Assigned, _) => parts.push(Text::new(
                "当天在指定的每个地点开展活动".to_owned(),
                "on the day at every assigned venue".to_owned(),
            )),
            (VenueRule::OwnChoice, _) => {
                let place = x.own_place();
                parts.push(Text::new(
                    format!("当天在{}开展活动", place.zh),
                    format!("on the day at {}", place.en),
                ));
            }
            (VenueRule::Sites, _) => {}
        }
        if x.venue != VenueRule::Event {
            if let Some(t) = x.arrive_by {
                parts.push(Text::new(format!("{t}前到场"), format!("there by {t}")));
            }
        }
        let item = |k: &String| {
            e.items
                .iter()
                .find(|n| n.key == *k)
                .map_or_else(|| Text::new(k.clone(), k.clone()), |n| n.name.clone())
        };
        if !x.items.is_empty() {
            let l = join(x.items.iter().map(item));
            parts.push(Text::new(
                format!("每个现场有{}", l.zh),
                format!("every site has {}", l.en),
            ));
        }
        if !x.carried.is_empty() {
            let l = join(x.carried.iter().map(item));
            parts.push(Text::new(
                format!("到{}的单位携带各自的{}", venues.join("、"), l.zh),
                format!("units at {} bring their own {}", venues.join(", "), l.en),
            ));
        }
        let p: (Vec<String>, Vec<String>) = parts.into_iter().map(|t| (t.zh, t.en)).unzip();
        Text::new(
            format!("{}{}:{}", md_zh(e.date), e.name.zh, p.0.join(",")),
            format!("{} on {}: {}", e.name.en, md(e.date), p.1.join(", ")),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_opens_at_its_days_start_and_a_title_follows_its_node() {
        let c = Campaign::embedded();
        let text = |id: &str| c.rule_info(id.parse().unwrap()).unwrap();
        // RULES.md §8: an instant at midnight is that day's 00:00, 24:00 only ends.
        let week1 = text("D-NEWMEDIA-WEEK1").text.zh;
        assert!(week1.contains("6月3日00:00起、6月16日前"), "{week1}");
        assert!(!week1.contains("24:00"), "{week1}");
        let node2 = text("D-PROGRESS-2");
        assert_eq!(node2.title.zh, "6月24日节点动态");
        assert_eq!(node2.title.en, "Progress report, 06-24 node");
        assert!(
            node2.text.zh.contains("6月17日00:00起"),
            "{}",
            node2.text.zh
        );
        assert_eq!(c.title_of(RuleId::of("D-PROGRESS-1")).zh, "6月16日节点动态");
    }

    /// A3-TOTAL is titled after the campaign's own level (2021: 全市合计), in the
    /// catalogue and in the table's rules, and a unit off the roster is said to be
    /// left out of that total, not of a city's.
    #[test]
    fn the_total_is_named_after_the_campaigns_level() {
        let title = |c: &Campaign| {
            let info = c.rule_info(RuleId::A3_TOTAL).unwrap().title;
            let table = c
                .table_rules()
                .into_iter()
                .find(|r| r.id == RuleId::A3_TOTAL)
                .unwrap()
                .title;
            assert_eq!(info, table);
            assert_eq!(info, c.title_of(RuleId::A3_TOTAL));
            (info.zh, info.en)
        };
        let outside = |c: &Campaign| {
            let mut row = serde_json::json!({ "unit": "名单外单位" });
            for col in &c.statistics_table.as_ref().unwrap().columns {
                row[col.key.as_str()] = 1.into();
            }
            let batch = crate::annex3::sheet::read_values(c, &[row], |n| format!("#{n}"));
            assert_eq!(batch.totals.outside_units, ["名单外单位"]);
            batch
                .rows
                .iter()
                .flat_map(|r| &r.findings)
                .find(|f| f.rule == RuleId::A3_TOTAL)
                .map(|f| (f.message.zh.clone(), f.message.en.clone()))
                .unwrap()
        };
        let mut c = Campaign::embedded().clone();
        assert_eq!(title(&c), ("全市合计".into(), "City total".into()));
        assert!(
            outside(&c).0.contains("未计入全市合计"),
            "{:?}",
            outside(&c)
        );
        for (city, zh, en) in [
            ("某某县", "全县合计", "County total"),
            ("某某区", "全区合计", "District total"),
            ("某某旗", "全旗合计", "Banner total"),
            ("某某镇", "全镇合计", "Town total"),
            ("", "合计", "Total"),
        ] {
            c.city = city.into();
            assert_eq!(title(&c), (zh.into(), en.into()), "{city}");
            let (mzh, men) = outside(&c);
            assert!(mzh.contains(&format!("未计入{zh},")), "{mzh}");
            assert!(!mzh.contains("全市"), "{mzh}");
            assert!(
                men.ends_with(&format!("not in the {}", en.to_lowercase())),
                "{men}"
            );
            assert!(!men.contains("city"), "{men}");
        }
    }
}
