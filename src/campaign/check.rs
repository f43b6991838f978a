//! The campaign's own consistency ([`Campaign::check`]): every problem with its path.
//! A file is read first for its shape (`crate::json`); this checks what the shape
//! cannot say: dates inside the span and in order, ids unique, every key a duty names
//! declared, numbers that make sense.

use super::duty::{DutyRule, VenueRule};
use super::*;

impl Campaign {
    /// Every inconsistency, each with its path; empty when the campaign is sound.
    pub fn check(&self) -> Vec<Problem> {
        let mut c = Checker::default();
        self.check_top(&mut c);
        self.check_phases_and_events(&mut c);
        self.check_holidays(&mut c);
        if let Some(q) = &self.quiz {
            self.check_quiz(q, &mut c);
        }
        self.check_vocabularies(&mut c);
        self.check_units(&mut c);
        self.check_ids(&mut c);
        for (i, d) in self.duties.iter().enumerate() {
            self.check_duty(d, Path::key("duties").at(i), &mut c);
        }
        if let Some(t) = &self.statistics_table {
            check_table(t, &mut c);
        }
        c.problems
    }

    fn check_top(&self, c: &mut Checker) {
        let span = &self.span;
        c.require(
            span.first <= span.last,
            "span",
            "活动结束日早于开始日",
            "the campaign ends before it starts",
        );
        c.require(
            !self.id.trim().is_empty(),
            "id",
            "不能为空",
            "must not be blank",
        );
        for (field, text) in [
            ("theme", &self.theme),
            ("issuer", &self.issuer),
            ("document_number", &self.document_number),
        ] {
            c.require(
                text.as_deref().is_none_or(|t| !t.trim().is_empty()),
                field,
                "不能为空(来源未给出的,请删去此字段)",
                "must not be blank (leave the field out when the source does not give it)",
            );
        }
        c.require(
            chrono::Datelike::year(&span.first) == self.year,
            "year",
            "年份与活动开始日不一致",
            "the year is not the year the campaign starts",
        );
        c.require(
            !self.roles.is_empty(),
            "roles",
            "至少须有一种单位角色",
            "at least one role is needed",
        );
    }

    fn check_phases_and_events(&self, c: &mut Checker) {
        let span = &self.span;
        let mut keys = Seen::default();
        let mut previous: Option<&Phase> = None;
        for (i, p) in self.phases.iter().enumerate() {
            let at = Path::key("phases").at(i);
            c.require(
                keys.insert(&p.key),
                at.clone().field("key"),
                "阶段键重复",
                "duplicate phase key",
            );
            c.require(
                p.first <= p.last,
                at.clone().field("last"),
                "阶段结束日早于开始日",
                "the phase ends before it starts",
            );
            c.require(
                span.contains_day(p.first),
                at.clone().field("first"),
                "阶段开始日不在活动期内",
                "the phase starts outside the campaign",
            );
            c.require(
                span.contains_day(p.last),
                at.clone().field("last"),
                "阶段结束日不在活动期内",
                "the phase ends outside the campaign",
            );
            if let Some(prev) = previous {
                c.require(
                    prev.last < p.first,
                    at.clone().field("first"),
                    "阶段与前一阶段重叠或顺序颠倒",
                    "the phase overlaps or precedes the one before it",
                );
            }
            previous = Some(p);
        }
        let mut keys = Seen::default();
        for (i, e) in self.events.iter().enumerate() {
            let at = Path::key("events").at(i);
            c.require(
                keys.insert(&e.key),
                at.clone().field("key"),
                "事件键重复",
                "duplicate event key",
            );
            c.require(
                span.contains_day(e.date),
                at.clone().field("date"),
                "日期不在活动期内",
                "the day is outside the campaign",
            );
            if let (Some(s), Some(end)) = (e.starts_at, e.ends_at) {
                c.require(
                    s < end,
                    at.clone().field("ends_at"),
                    "结束时间不晚于开始时间",
                    "ends at or before it starts",
                );
            }
            for (j, v) in e.venues.iter().enumerate() {
                c.require(
                    !v.name.trim().is_empty(),
                    at.clone().field("venues").at(j).field("name"),
                    "不能为空",
                    "must not be blank",
                );
            }
            unique_keys(
                c,
                &at.clone().field("items"),
                e.items.iter().map(|n| &n.key),
            );
            unique_keys(
                c,
                &at.clone().field("figures"),
                e.figures.iter().map(|n| &n.key),
            );
            if let Some(flag) = &e.own_flag {
                c.known(
                    self.flag(flag).is_some(),
                    at.clone().field("own_flag"),
                    "flags",
                    flag,
                );
            }
        }
    }

    /// `extra_holidays`: tables for years the library does not ship, each day off in
    /// order and of its year (a notice may reach into the next or previous year's
    /// first or last days, as 2023's 元旦 does), never replacing an official table.
    fn check_holidays(&self, c: &mut Checker) {
        let official = crate::calendar::Calendar::official();
        let mut years = Seen::default();
        for (i, y) in self.extra_holidays.iter().enumerate() {
            let at = Path::key("extra_holidays").at(i);
            c.require(
                !official.years().iter().any(|o| o.year == y.year),
                at.clone().field("year"),
                &format!("{}年已有随库发布的国务院节假日安排,不能替换", y.year),
                &format!(
                    "{} has the official table shipped with the library; it cannot be replaced",
                    y.year
                ),
            );
            c.require(
                years.insert(&y.year.to_string()),
                at.clone().field("year"),
                "同一年份列了两次",
                "the year is listed twice",
            );
            let near = |d: NaiveDate| chrono::Datelike::year(&d).abs_diff(y.year) <= 1;
            for (j, h) in y.holidays.iter().enumerate() {
                let at = at.clone().field("holidays").at(j);
                c.require(
                    h.first <= h.last,
                    at.clone(),
                    "假期结束日早于开始日",
                    "the holiday ends before it starts",
                );
                c.require(
                    near(h.first)
                        && near(h.last)
                        && h.last.signed_duration_since(h.first).num_days() < 31,
                    at,
                    &format!("假期不在{}年(或前后相邻的几天)内", y.year),
                    &format!("the holiday is not in {} (or the days next to it)", y.year),
                );
            }
            for (j, d) in y.makeup_workdays.iter().enumerate() {
                c.require(
                    near(*d),
                    at.clone().field("makeup_workdays").at(j),
                    &format!("调休上班日不在{}年", y.year),
                    &format!("the make-up working day is not in {}", y.year),
                );
            }
        }
    }

    fn check_quiz(&self, q: &QuizSetup, c: &mut Checker) {
        let w = q.window;
        let at = Path::key("quiz");
        c.require(
            w.start < w.end,
            at.clone().field("window"),
            "答题开始时间不早于结束时间",
            "the quiz window is empty",
        );
        if let Some(span) = self.span.window() {
            c.require(
                span.covers(&w),
                at.clone().field("window"),
                "答题时间不在活动期内",
                "the quiz window is outside the campaign",
            );
        }
        // A tally keeps a slot per participant and answering day: a window of years
        // would make every participant cost megabytes.
        let days = w.dates().take(MAX_QUIZ_DAYS.saturating_add(1)).count();
        c.require(
            days <= MAX_QUIZ_DAYS,
            at.clone().field("window"),
            &format!("答题时间超过{MAX_QUIZ_DAYS}天"),
            &format!("the quiz window is longer than {MAX_QUIZ_DAYS} days"),
        );
        // The plan's own count of working days (2021: 共9个工作日), held against the
        // calendar, when the calendar knows the window's years.
        if let (Some(stated), Some(first), Some(last)) = (
            q.stated_working_days,
            w.dates().next(),
            w.dates().take(MAX_QUIZ_DAYS).last(),
        ) {
            if let Ok(counted) = self.calendar().working_days(first, last) {
                c.require(
                    counted == stated,
                    at.clone().field("stated_working_days"),
                    &format!("方案写明{stated}个工作日,按节假日安排实为{counted}个"),
                    &format!("{stated} working days stated; the calendar gives {counted}"),
                );
            }
        }
        if let Some(paper) = &q.paper {
            check_paper_spec(q, paper, &at, c);
        }
        c.require(
            q.top_n.is_none_or(|n| n > 0),
            at.field("top_n"),
            "须大于0",
            "must be above 0",
        );
    }

    fn check_vocabularies(&self, c: &mut Checker) {
        unique_keys(c, &Path::key("roles"), self.roles.iter().map(|n| &n.key));
        unique_keys(c, &Path::key("flags"), self.flags.iter().map(|n| &n.key));
        unique_keys(
            c,
            &Path::key("materials"),
            self.materials.iter().map(|n| &n.key),
        );
        unique_keys(
            c,
            &Path::key("channels"),
            self.channels.iter().map(|n| &n.key),
        );
        unique_keys(
            c,
            &Path::key("figures"),
            self.figures.iter().map(|n| &n.key),
        );
        // A record holds lists, figures, sites and flags side by side under their keys
        // (and the table under its own): one key cannot name two of them.
        let mut record_keys = Seen::default();
        let fixed = ["unit", "roles", "submissions", "spot_checks"];
        let record_fields = self
            .lists
            .iter()
            .map(|l| ("lists", &l.key))
            .chain(self.figures.iter().map(|f| ("figures", &f.key)))
            .chain(self.events.iter().map(|e| ("events", &e.key)))
            .chain(self.flags.iter().map(|f| ("flags", &f.key)))
            .chain(
                self.statistics_table
                    .iter()
                    .map(|t| ("statistics_table", &t.key)),
            );
        for (what, key) in record_fields {
            let path = Path::key(what).field(key.clone());
            if fixed.contains(&key.as_str()) || !record_keys.insert(key) {
                c.push(
                    &path,
                    &format!("“{key}”已是单位记录中的另一字段,请换一个键"),
                    &format!("{key:?} is already another field of a unit record; use another key"),
                );
            }
        }
        for (i, m) in self.materials.iter().enumerate() {
            let at = Path::key("materials").at(i);
            unique_keys(
                c,
                &at.clone().field("parts"),
                m.parts.iter().map(|n| &n.key),
            );
            unique_keys(
                c,
                &at.clone().field("statements"),
                m.statements.iter().map(|n| &n.key),
            );
        }
        let mut names = Seen::default();
        for (i, ch) in self.channels.iter().enumerate() {
            let at = Path::key("channels").at(i);
            for name in std::iter::once(&ch.name.zh).chain(&ch.aliases) {
                let key = fold_word(name);
                if let Some(first) = names.repeat(&key, &at.to_string()) {
                    c.push(
                        &at,
                        &format!("名称“{name}”与{first}重复"),
                        &format!("the name {name:?} repeats {first}"),
                    );
                }
            }
        }
        unique_keys(c, &Path::key("lists"), self.lists.iter().map(|n| &n.key));
        for (i, l) in self.lists.iter().enumerate() {
            let at = Path::key("lists").at(i);
            c.require(
                l.has(ItemField::Date) || l.has(ItemField::PublishedAt),
                at.clone().field("fields"),
                "条目须有日期(date)或发布时间(published_at)",
                "items need a date or a published_at",
            );
            c.require(
                l.has(ItemField::Kind) == l.kinds.is_some(),
                at.clone().field("kinds"),
                "有类别字段(kind)的清单须列出类别,反之亦然",
                "a list with a kind field lists its kinds, and only such a list",
            );
            if let Some(k) = &l.kinds {
                check_kinds(c, &at.clone().field("kinds").field("kinds"), &k.kinds);
            }
        }
    }

    fn check_units(&self, c: &mut Checker) {
        self.check_units_from(0, c);
    }

    /// The units from `from` on, as a units file given apart from the campaign
    /// ([`Campaign::with_units`]): their problems at the file's own paths
    /// (`units[j]`, `j` counted from `from`); a name repeating one of the campaign's
    /// own units says so. With `from` 0, the whole roster at the campaign's paths.
    fn check_units_from(&self, from: usize, c: &mut Checker) {
        let mut names = Seen::default();
        // Where a name was first seen, in both languages (zh, then en, split by U+001F).
        let place = |i: usize, path: &Path| {
            if i < from {
                format!("活动方案的{path}\u{1f}the campaign's {path}")
            } else {
                format!("{path}\u{1f}{path}")
            }
        };
        let unit_path =
            |i: usize| Path::key("units").at(if i < from { i } else { i.saturating_sub(from) });
        for (i, u) in self.units.iter().enumerate() {
            let at = unit_path(i);
            let own = i >= from;
            c.require(
                !own || !u.roles.is_empty(),
                at.clone().field("roles"),
                "未指定角色",
                "has no role",
            );
            for (j, r) in u.roles.iter().enumerate() {
                c.known(
                    !own || self.role(r).is_some(),
                    at.clone().field("roles").at(j),
                    "roles",
                    r,
                );
            }
            for (j, name) in std::iter::once(&u.name).chain(&u.aliases).enumerate() {
                let path = if j == 0 {
                    at.clone().field("name")
                } else {
                    at.clone().field("aliases").at(j.saturating_sub(1))
                };
                let key = crate::util::normalise_name(name);
                c.require(
                    !own || !key.is_empty(),
                    &path,
                    "单位名称不能为空",
                    "a unit name must not be blank",
                );
                if let (true, Some(first)) = (own, names.repeat(&key, &place(i, &path))) {
                    let (zh, en) = first.split_once('\u{1f}').unwrap_or((first, first));
                    c.push(
                        &path,
                        &format!("单位名称“{name}”与{zh}重复"),
                        &format!("the unit name {name:?} repeats {en}"),
                    );
                }
            }
        }
        // Assigned venues are for a duty that judges them.
        let assigned = self
            .duties
            .iter()
            .any(|d| matches!(&d.rule, DutyRule::Attend(a) if a.venue == VenueRule::Assigned));
        for (i, u) in self.units.iter().enumerate().skip(from) {
            c.require(
                u.venues.is_empty() || assigned,
                unit_path(i).field("venues"),
                "没有按指定地点核查的职责(venue: assigned),此处的地点不会被用到",
                "no duty judges assigned venues (venue: assigned): these would never be used",
            );
        }
    }

    /// The problems of the units from `from` on, at a units file's own paths (see
    /// [`Campaign::with_units`]).
    pub(super) fn units_problems_from(&self, from: usize) -> Vec<Problem> {
        let mut c = Checker::default();
        self.check_units_from(from, &mut c);
        c.problems
    }

    /// Rule ids: unique across phases, events, duties, parts rules and the table's
    /// cross rules, and none of the library's own.
    fn check_ids(&self, c: &mut Checker) {
        let mut seen = Seen::default();
        let mut id = |c: &mut Checker, id: RuleId, path: Path| {
            if id.library().is_some() {
                c.push(
                    &path,
                    &format!("{id}是本库自身的规则编号,不能用作方案的编号"),
                    &format!("{id} is one of the library's own rule ids"),
                );
            } else if let Some(first) = seen.repeat(id.as_str(), &path.to_string()) {
                c.push(
                    &path,
                    &format!("规则编号{id}与{first}重复"),
                    &format!("the rule id {id} repeats {first}"),
                );
            }
        };
        for (i, p) in self.phases.iter().enumerate() {
            id(c, p.id, Path::key("phases").at(i).field("id"));
        }
        for (i, e) in self.events.iter().enumerate() {
            id(c, e.id, Path::key("events").at(i).field("id"));
        }
        for (i, d) in self.duties.iter().enumerate() {
            let at = Path::key("duties").at(i);
            id(c, d.id, at.clone().field("id"));
            if let DutyRule::Deliver(Deliver { parts: Some(p), .. }) = &d.rule {
                id(c, p.id, at.field("parts").field("id"));
            }
        }
        if let Some(t) = &self.statistics_table {
            for (i, r) in t.cross_rules.iter().enumerate() {
                id(
                    c,
                    r.id,
                    Path::key("statistics_table")
                        .field("cross_rules")
                        .at(i)
                        .field("id"),
                );
            }
        }
        for key in self.clauses.keys() {
            let ok = key
                .parse::<RuleId>()
                .ok()
                .is_some_and(|r| r.library().is_some());
            c.require(
                ok,
                Path::key("clauses").field(key.clone()),
                "只能为本库自身的规则注明条款(方案自己的规则在其声明处写明条款)",
                "only the library's own rules take a clause here (a campaign's own rules carry theirs)",
            );
        }
    }

    fn check_duty(&self, d: &Duty, at: Path, c: &mut Checker) {
        c.require(
            !d.clause.trim().is_empty(),
            at.clone().field("clause"),
            "须注明方案条款",
            "must cite the plan's clause",
        );
        // An effect is a year-end evaluation's: a plan that names none has none.
        let promoted = matches!(&d.rule, DutyRule::Deliver(x) if x.promoted != Effect::None);
        for (field, has) in [("effect", d.effect != Effect::None), ("promoted", promoted)] {
            c.require(
                !has || self.evaluation.is_some(),
                at.clone().field(field),
                "方案没有年度考评(evaluation),不能减分或加分:删去此字段,或写上 evaluation",
                "the campaign has no evaluation: drop this field, or give `evaluation`",
            );
        }
        let who = at.clone().field("who");
        c.require(
            !d.who.roles.is_empty() || !d.who.units.is_empty() || !d.is_judged(),
            &who,
            "未指定适用单位(roles 或 units)",
            "binds nobody (give roles or units)",
        );
        for (field, keys) in [("roles", &d.who.roles), ("except", &d.who.except)] {
            for (j, r) in keys.iter().enumerate() {
                c.known(
                    self.role(r).is_some(),
                    who.clone().field(field).at(j),
                    "roles",
                    r,
                );
            }
        }
        for (j, u) in d.who.units.iter().enumerate() {
            c.known(
                self.resolve_unit(u).is_some(),
                who.clone().field("units").at(j),
                "units",
                u,
            );
        }
        let span = self.span.window();
        match &d.rule {
            DutyRule::Deliver(x) => self.check_deliver(x, &at, c),
            DutyRule::State(x) => {
                let m = self.material(&x.material);
                c.known(
                    m.is_some(),
                    at.clone().field("material"),
                    "materials",
                    &x.material,
                );
                for (j, s) in x.requires.iter().enumerate() {
                    c.known(
                        m.is_none_or(|m| m.statement(s).is_some()),
                        at.clone().field("requires").at(j),
                        "materials[].statements",
                        s,
                    );
                }
                c.require(
                    !x.requires.is_empty(),
                    at.clone().field("requires"),
                    "未列出须说明的内容",
                    "lists nothing to state",
                );
                if let Some(f) = &x.when_flag {
                    c.known(
                        self.flag(f).is_some(),
                        at.clone().field("when_flag"),
                        "flags",
                        f,
                    );
                }
                // The material must be one a duty delivers.
            }
            DutyRule::Count(x) => {
                let list = self.list(&x.list);
                c.known(list.is_some(), at.clone().field("list"), "lists", &x.list);
                if x.distinct == Distinct::Kinds {
                    c.require(
                        list.is_none_or(|l| l.kinds.is_some()),
                        at.clone().field("distinct"),
                        "该清单没有类别,不能按类别计数",
                        "the list has no kinds to count",
                    );
                    let kinds = list
                        .and_then(|l| l.kinds.as_ref())
                        .map_or(u64::MAX, |k| k.kinds.len() as u64);
                    c.require(
                        x.min <= kinds,
                        at.clone().field("min"),
                        "要求的种类数多于清单中的种类",
                        "requires more kinds than the list has",
                    );
                }
                self.check_channels(&x.channels, &at.clone().field("channels"), c);
                if let Some(p) = &x.within {
                    c.known(
                        self.phase(p).is_some(),
                        at.clone().field("within"),
                        "phases",
                        p,
                    );
                }
            }
            DutyRule::Attend(x) => {
                let e = self.event(&x.event);
                c.known(e.is_some(), at.clone().field("event"), "events", &x.event);
                if let Some(e) = e {
                    for (field, keys) in [("items", &x.items), ("carried", &x.carried)] {
                        for (j, k) in keys.iter().enumerate() {
                            c.known(
                                e.items.iter().any(|n| n.key == *k),
                                at.clone().field(field).at(j),
                                "events[].items",
                                k,
                            );
                        }
                    }
                    c.require(
                        x.venue != VenueRule::Event || !e.venues.is_empty(),
                        at.clone().field("venue"),
                        "该事件没有列出地点(venues),不能要求到事件地点",
                        "the event lists no venues to attend",
                    );
                }
                c.require(
                    x.place.is_none() || x.venue == VenueRule::OwnChoice,
                    at.clone().field("place"),
                    "地点说明只用于自选地点的职责(venue: own_choice)",
                    "a place's wording belongs to a duty of the unit's own venue (venue: own_choice)",
                );
                c.require(
                    x.carried.is_empty() || x.venue == VenueRule::Event,
                    at.clone().field("carried"),
                    "携带物品只用于到事件地点的职责(venue: event)",
                    "carried items belong to a duty of attending the event's venue (venue: event)",
                );
            }
            DutyRule::Cover(x) => {
                let f = self.figures_def(&x.figures);
                c.known(
                    f.is_some(),
                    at.clone().field("figures"),
                    "figures",
                    &x.figures,
                );
                c.require(
                    !x.shares.is_empty(),
                    at.clone().field("shares"),
                    "至少须有一项比例",
                    "at least one share is needed",
                );
                for (j, s) in x.shares.iter().enumerate() {
                    let sat = at.clone().field("shares").at(j);
                    for (field, key) in [("part", &s.part), ("whole", &s.whole)] {
                        c.known(
                            f.is_none_or(|f| f.fields.iter().any(|n| n.key == *key)),
                            sat.clone().field(field),
                            "figures[].fields",
                            key,
                        );
                    }
                    c.require(
                        s.min_percent <= 100,
                        sat.field("min_percent"),
                        "百分比不能超过100",
                        "a percentage cannot exceed 100",
                    );
                }
            }
            DutyRule::Spread(x) => {
                c.known(
                    self.phase(&x.phase).is_some(),
                    at.clone().field("phase"),
                    "phases",
                    &x.phase,
                );
                for (j, l) in x.lists.iter().enumerate() {
                    c.known(
                        self.list(l).is_some(),
                        at.clone().field("lists").at(j),
                        "lists",
                        l,
                    );
                }
                for (j, e) in x.events.iter().enumerate() {
                    c.known(
                        self.event(e).is_some(),
                        at.clone().field("events").at(j),
                        "events",
                        e,
                    );
                }
            }
            DutyRule::Table(x) => {
                let t = self.statistics_table.as_ref();
                c.require(
                    t.is_some(),
                    at.clone().field("kind"),
                    "方案没有统计表(statistics_table)",
                    "the campaign has no statistics_table",
                );
                for (j, k) in x.columns.iter().enumerate() {
                    c.known(
                        t.is_none_or(|t| t.column(k).is_some()),
                        at.clone().field("columns").at(j),
                        "statistics_table.columns",
                        k,
                    );
                }
            }
            DutyRule::Record(x) => {
                if let Some(r) = &x.reports {
                    let e = self.event(&r.event);
                    c.known(
                        e.is_some(),
                        at.clone().field("reports").field("event"),
                        "events",
                        &r.event,
                    );
                    for (j, k) in r.figures.iter().enumerate() {
                        c.known(
                            e.is_none_or(|e| e.figures.iter().any(|f| f.key == *k)),
                            at.clone().field("reports").field("figures").at(j),
                            "events[].figures",
                            k,
                        );
                    }
                }
            }
            DutyRule::SpotCheck => {}
        }
        let _ = span;
        self.check_placeholders(d, &at, c);
    }

    fn check_deliver(&self, x: &Deliver, at: &Path, c: &mut Checker) {
        let m = self.material(&x.material);
        c.known(
            m.is_some(),
            at.clone().field("material"),
            "materials",
            &x.material,
        );
        let span = self.span.window();
        if let Some(due) = &x.due {
            let (cutoff, _) = due.cutoff();
            // A deadline may fall after the campaign (a summary due days after the
            // month), never at or before its start.
            if let Some(span) = span {
                c.require(
                    span.start < cutoff,
                    at.clone().field("due"),
                    "截止时间不晚于活动开始",
                    "the deadline is not after the campaign starts",
                );
            }
            if let Some(opens) = x.opens {
                c.require(
                    opens < due.close(),
                    at.clone().field("opens"),
                    "开始时间不早于截止时间",
                    "opens at or after its deadline",
                );
            }
        }
        if let (Some(span), Some(opens)) = (span, x.opens) {
            c.require(
                span.contains(opens),
                at.clone().field("opens"),
                "开始时间不在活动期内",
                "opens outside the campaign",
            );
        }
        if let Some(p) = &x.parts {
            c.require(
                !p.require.is_empty(),
                at.clone().field("parts").field("require"),
                "未列出组成部分",
                "lists no parts",
            );
            for (j, k) in p.require.iter().enumerate() {
                c.known(
                    m.is_none_or(|m| m.parts.iter().any(|q| q.key == *k)),
                    at.clone().field("parts").field("require").at(j),
                    "materials[].parts",
                    k,
                );
            }
        }
        if let Some(p) = &x.part_of {
            let outer = self.material(&p.material);
            c.known(
                outer.is_some(),
                at.clone().field("part_of").field("material"),
                "materials",
                &p.material,
            );
            c.known(
                outer.is_none_or(|o| o.parts.iter().any(|q| q.key == p.part)),
                at.clone().field("part_of").field("part"),
                "materials[].parts",
                &p.part,
            );
        }
        if let Some(r) = &x.reported_in {
            let l = self.list(&r.list);
            c.known(
                l.is_some(),
                at.clone().field("reported_in").field("list"),
                "lists",
                &r.list,
            );
            c.require(
                l.is_none_or(|l| l.has(ItemField::ReportedAt)),
                at.clone().field("reported_in").field("list"),
                "该清单的条目没有报送时间(reported_at)",
                "the list's items have no reported_at",
            );
            self.check_channels(
                &r.channels,
                &at.clone().field("reported_in").field("channels"),
                c,
            );
        }
    }

    /// Channel filters name a channel or a tag some channel carries.
    fn check_channels(&self, keys: &[String], at: &Path, c: &mut Checker) {
        for (j, k) in keys.iter().enumerate() {
            c.known(
                self.channels.iter().any(|ch| ch.is(k)),
                at.clone().at(j),
                "channels (key or tag)",
                k,
            );
        }
    }

    /// `{node}` and `{due}` in a delivery's name are filled from its dates; any other
    /// `{…}` is a typo that would show in every message.
    fn check_placeholders(&self, d: &Duty, at: &Path, c: &mut Checker) {
        let allowed: &[&str] = match &d.rule {
            DutyRule::Deliver(x) => match (x.node.is_some(), x.due.is_some()) {
                (true, true) => &["node", "due"],
                (true, false) => &["node"],
                (false, true) => &["due"],
                (false, false) => &[],
            },
            _ => &[],
        };
        let mut texts: Vec<(Path, &str)> = vec![
            (at.clone().field("title").field("zh"), &d.title.zh),
            (at.clone().field("title").field("en"), &d.title.en),
        ];
        if let DutyRule::Deliver(Deliver { name: Some(n), .. }) = &d.rule {
            texts.push((at.clone().field("name").field("zh"), &n.zh));
            texts.push((at.clone().field("name").field("en"), &n.en));
        }
        for (path, text) in texts {
            for name in crate::text::placeholders(text) {
                c.require(
                    allowed.contains(&name),
                    &path,
                    &format!("“{{{name}}}”不是可用的占位符(可用:{})", allowed.join("、")),
                    &format!(
                        "{{{name}}} is no placeholder here (allowed: {})",
                        allowed.join(", ")
                    ),
                );
            }
        }
    }
}

/// A quiz paper's composition: each kind once, counts and points above 0, the
/// points adding up to the stated total, a total a tally can hold, a multiple-choice
/// policy when the paper has such questions.
fn check_paper_spec(q: &QuizSetup, paper: &PaperSpec, at: &Path, c: &mut Checker) {
    let mut sum: u64 = 0;
    let mut seen = Vec::new();
    for (i, s) in paper.sections.iter().enumerate() {
        let at = at.clone().field("paper").field("sections").at(i);
        c.require(
            insert_new(&mut seen, s.kind),
            at.clone().field("kind"),
            "题型重复",
            "duplicate question kind",
        );
        c.require(
            s.count > 0 && s.points > 0,
            &at,
            "题数和分值须大于0",
            "count and points must be above 0",
        );
        sum = sum.saturating_add(u64::from(s.count).saturating_mul(u64::from(s.points)));
    }
    // A sum that saturated is no sum: said as beyond range, not as a number.
    let (sum_zh, sum_en) = if sum == u64::MAX {
        ("超出可表示范围".to_owned(), "beyond 64 bits".to_owned())
    } else {
        (format!("为{sum}"), sum.to_string())
    };
    let total = at.clone().field("paper").field("total");
    c.require(
        sum == u64::from(paper.total),
        &total,
        &format!("各题分值之和{sum_zh},与总分{}不符", paper.total),
        &format!(
            "the questions add up to {sum_en}, not the stated total {}",
            paper.total
        ),
    );
    c.require(
        paper.total <= MAX_DAY_SCORE,
        &total,
        &format!("每日总分不能超过{MAX_DAY_SCORE}"),
        &format!("a day's total cannot exceed {MAX_DAY_SCORE}"),
    );
    let has_multiple = paper
        .sections
        .iter()
        .any(|s| s.kind == QuestionKind::MultipleChoice);
    c.require(
        q.multiple_choice.is_some() || !has_multiple,
        at.clone().field("multiple_choice"),
        "试卷有多选题,须写明多选题计分办法",
        "the paper has multiple-choice questions: say how they score",
    );
    if let Some(MultipleChoicePolicy::PartialCredit { subset_points }) = q.multiple_choice {
        let full = paper
            .sections
            .iter()
            .find(|s| s.kind == QuestionKind::MultipleChoice)
            .map_or(0, |s| s.points);
        c.require(
            subset_points < full,
            at.clone().field("multiple_choice").field("subset_points"),
            "部分得分须小于该题满分",
            "partial credit must be below the question's points",
        );
    }
}

fn check_kinds(c: &mut Checker, at: &Path, kinds: &[KindDef]) {
    let mut keys = Seen::default();
    let mut names = Seen::default();
    for (i, k) in kinds.iter().enumerate() {
        let at = at.clone().at(i);
        c.require(
            keys.insert(&k.key),
            at.clone().field("key"),
            "键重复",
            "duplicate key",
        );
        for name in std::iter::once(&k.name).chain(&k.aliases) {
            c.require(
                !name.trim().is_empty(),
                &at,
                "名称不能为空",
                "a name must not be blank",
            );
            if let Some(first) = names.repeat(name, &at.to_string()) {
                c.push(
                    &at,
                    &format!("名称“{name}”与{first}重复"),
                    &format!("the name {name:?} repeats {first}"),
                );
            }
        }
    }
}

fn check_table(t: &TableDef, c: &mut Checker) {
    let at = Path::key("statistics_table");
    unique_keys(
        c,
        &at.clone().field("groups"),
        t.groups.iter().map(|g| &g.key),
    );
    unique_keys(
        c,
        &at.clone().field("columns"),
        t.columns.iter().map(|g| &g.key),
    );
    c.require(
        !t.columns.is_empty(),
        at.clone().field("columns"),
        "统计表至少须有一栏",
        "the table needs at least one column",
    );
    let mut headers = Seen::default();
    for (i, col) in t.columns.iter().enumerate() {
        let cat = at.clone().field("columns").at(i);
        c.known(
            t.group(&col.group).is_some(),
            cat.clone().field("group"),
            "groups",
            &col.group,
        );
        for h in std::iter::once(col.header_zh()).chain(col.aliases.iter().cloned()) {
            if let Some(first) = headers.repeat(&h, &cat.to_string()) {
                c.push(
                    &cat,
                    &format!("表头“{h}”与{first}重复"),
                    &format!("the header {h:?} repeats {first}"),
                );
            }
        }
        let reserved = ["unit", "unknown_keys"];
        let other = t.other.as_ref().map(|o| o.key.as_str());
        c.require(
            !reserved.contains(&col.key.as_str()) && Some(col.key.as_str()) != other,
            cat.field("key"),
            "该键另有用途",
            "the key is taken",
        );
    }
    if let Some(g) = t.other.as_ref().and_then(|o| o.group.as_ref()) {
        c.known(
            t.group(g).is_some(),
            at.clone().field("other").field("group"),
            "groups",
            g,
        );
    }
    for (i, m) in t.combined.iter().enumerate() {
        for (j, k) in m.columns.iter().enumerate() {
            c.known(
                t.column(k).is_some(),
                at.clone().field("combined").at(i).field("columns").at(j),
                "columns",
                k,
            );
        }
    }
    for (i, r) in t.cross_rules.iter().enumerate() {
        let rat = at.clone().field("cross_rules").at(i);
        for (field, key) in [
            ("if_positive", &r.if_positive),
            ("then_positive", &r.then_positive),
        ] {
            c.known(
                t.column(key).is_some(),
                rat.clone().field(field),
                "columns",
                key,
            );
        }
    }
}

fn unique_keys<'a>(c: &mut Checker, at: &Path, keys: impl Iterator<Item = &'a String>) {
    let mut seen = Seen::default();
    for (i, k) in keys.enumerate() {
        let path = at.clone().at(i).field("key");
        c.require(
            !k.trim().is_empty(),
            &path,
            "键不能为空",
            "a key must not be blank",
        );
        c.require(seen.insert(k), &path, "键重复", "duplicate key");
    }
}

/// Adds `x` unless present; whether it was new (for keys of a few values: kinds, rules).
fn insert_new<T: PartialEq>(seen: &mut Vec<T>, x: T) -> bool {
    let new = !seen.contains(&x);
    if new {
        seen.push(x);
    }
    new
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: impl Into<Path>, zh: &str, en: &str) {
        self.problems.push(Problem {
            path: path.into(),
            message: Text::new(zh, en),
        });
    }

    fn require(&mut self, ok: bool, path: impl Into<Path>, zh: &str, en: &str) {
        if !ok {
            self.push(path, zh, en);
        }
    }

    /// A key a field names must be declared in `list`.
    fn known(&mut self, ok: bool, path: impl Into<Path>, list: &str, key: &str) {
        if !ok {
            let shown: String = key.chars().take(40).collect();
            self.push(
                path,
                &format!("“{shown}”未在{list}中声明"),
                &format!("{shown:?} is not declared in {list}"),
            );
        }
    }
}
