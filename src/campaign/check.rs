//! The campaign's own consistency ([`Campaign::check`]): every problem with its path.

use super::*;

impl Campaign {
    /// Every inconsistency, each with its path; empty when the campaign is sound.
    pub fn check(&self) -> Vec<Problem> {
        let mut c = Checker::default();
        self.check_into(&mut c);
        c.problems
    }

    fn check_into(&self, c: &mut Checker) {
        let span = &self.span;
        c.require(
            span.first <= span.last,
            "span",
            "活动结束日早于开始日",
            "the campaign ends before it starts",
        );
        for (field, text) in [
            ("id", &self.id),
            ("theme", &self.theme),
            ("issuer", &self.issuer),
            ("document_number", &self.document_number),
        ] {
            c.require(
                !text.trim().is_empty(),
                field,
                "不能为空",
                "must not be blank",
            );
        }
        let year_ok = chrono::Datelike::year(&span.first) == self.year;
        c.require(
            year_ok,
            "year",
            "年份与活动开始日不一致",
            "the year is not the year the campaign starts",
        );

        // Phases: inside the span, each non-empty, in order, not overlapping.
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

        let cday = &self.concentrated_day;
        c.require(
            span.contains_day(cday.date),
            Path::key("concentrated_day").field("date"),
            "集中宣传日不在活动期内",
            "the concentrated day is outside the campaign",
        );
        c.require(
            cday.arrive_by.date() == cday.date,
            Path::key("concentrated_day").field("arrive_by"),
            "到场时间不在集中宣传日当天",
            "the arrival time is not on the concentrated day",
        );
        c.require(
            !cday.member_venue.trim().is_empty(),
            Path::key("concentrated_day").field("member_venue"),
            "不能为空",
            "must not be blank",
        );

        self.check_holidays(c);
        self.check_quiz(c);
        self.check_submissions(c);
        self.check_units(c);
        self.check_outreach(c);

        for (i, s) in self.plan_statements.iter().enumerate() {
            let at = Path::key("plan_statements").at(i);
            c.require(
                !s.requires.is_empty(),
                at.clone().field("requires"),
                "未列出须说明的内容",
                "lists nothing to state",
            );
            c.require(
                !s.who.applies_to.is_empty(),
                at.clone().field("applies_to"),
                "未指定适用单位",
                "applies to nobody",
            );
        }
        for (name, r) in self.minimums.named() {
            let at = Path::key("minimums").field(name);
            c.require(
                r.rule.as_str().starts_with("M-"),
                at.clone().field("rule"),
                "须为M-类规则",
                "must be an M- rule",
            );
            c.require(
                !r.who.applies_to.is_empty(),
                at.clone().field("applies_to"),
                "未指定适用单位",
                "applies to nobody",
            );
            let percent = matches!(
                name,
                "cday_venues"
                    | "cday_materials"
                    | "bank_signs"
                    | "grid_awareness"
                    | "compound_slogans"
            );
            c.require(
                !percent || r.min <= 100,
                at.clone().field("min"),
                "百分比不能超过100",
                "a percentage cannot exceed 100",
            );
        }
        let kinds = u64::try_from(self.outreach.kinds.len()).unwrap_or(u64::MAX);
        c.require(
            self.minimums.qijin_kinds.min <= kinds,
            Path::key("minimums").field("qijin_kinds").field("min"),
            "要求的种类数多于清单中的种类",
            "requires more kinds than the list has",
        );

        for name in self.annex3_bounds.keys() {
            c.require(
                ANNEX3_FIELDS.contains(&name.as_str()),
                Path::key("annex3_bounds").field(name.clone()),
                "不是附件3的字段",
                "is not an Annex 3 field",
            );
        }
        for name in ANNEX3_FIELDS {
            c.require(
                self.annex3_bounds.contains_key(name),
                Path::key("annex3_bounds").field(name),
                "缺少合理范围上限",
                "has no plausibility bound",
            );
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

    fn check_quiz(&self, c: &mut Checker) {
        let q = &self.quiz;
        let w = q.window;
        c.require(
            w.start < w.end,
            Path::key("quiz").field("window"),
            "答题开始时间不早于结束时间",
            "the quiz window is empty",
        );
        if let Some(span) = self.span.window() {
            c.require(
                span.covers(&w),
                Path::key("quiz").field("window"),
                "答题时间不在活动期内",
                "the quiz window is outside the campaign",
            );
        }
        // A tally keeps a slot per participant and answering day: a window of years
        // would make every participant cost megabytes.
        let days = w.dates().take(MAX_QUIZ_DAYS.saturating_add(1)).count();
        c.require(
            days <= MAX_QUIZ_DAYS,
            Path::key("quiz").field("window"),
            &format!("答题时间超过{MAX_QUIZ_DAYS}天"),
            &format!("the quiz window is longer than {MAX_QUIZ_DAYS} days"),
        );
        // The plan's own count of working days (附件2 一: 共9个工作日), held against the
        // calendar, when the calendar knows the window's years.
        if let (Some(stated), Some(first), Some(last)) = (
            q.stated_working_days,
            w.dates().next(),
            w.dates().take(MAX_QUIZ_DAYS).last(),
        ) {
            if let Ok(counted) = self.calendar().working_days(first, last) {
                c.require(
                    counted == stated,
                    Path::key("quiz").field("stated_working_days"),
                    &format!("方案写明{stated}个工作日,按节假日安排实为{counted}个"),
                    &format!("{stated} working days stated; the calendar gives {counted}"),
                );
            }
        }
        let mut sum: u64 = 0;
        let mut seen = Vec::new();
        for (i, s) in q.paper.sections.iter().enumerate() {
            let at = Path::key("quiz").field("paper").field("sections").at(i);
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
        c.require(
            sum == u64::from(q.paper.total),
            Path::key("quiz").field("paper").field("total"),
            &format!("各题分值之和{sum_zh},与总分{}不符", q.paper.total),
            &format!(
                "the questions add up to {sum_en}, not the stated total {}",
                q.paper.total
            ),
        );
        c.require(
            q.paper.total <= MAX_DAY_SCORE,
            Path::key("quiz").field("paper").field("total"),
            &format!("每日总分不能超过{}", MAX_DAY_SCORE),
            &format!("a day's total cannot exceed {}", MAX_DAY_SCORE),
        );
        if let MultipleChoicePolicy::PartialCredit { subset_points } = q.multiple_choice {
            let full = q
                .paper
                .sections
                .iter()
                .find(|s| s.kind == QuestionKind::MultipleChoice)
                .map_or(0, |s| s.points);
            c.require(
                subset_points < full,
                Path::key("quiz")
                    .field("multiple_choice")
                    .field("subset_points"),
                "部分得分须小于该题满分",
                "partial credit must be below the question's points",
            );
        }
        c.require(
            q.top_n > 0,
            Path::key("quiz").field("top_n"),
            "须大于0",
            "must be above 0",
        );
    }

    fn check_submissions(&self, c: &mut Checker) {
        let mut rules = Vec::new();
        let span = self.span.window();
        for (i, s) in self.submissions.iter().enumerate() {
            let at = Path::key("submissions").at(i);
            c.require(
                insert_new(&mut rules, s.rule),
                at.clone().field("rule"),
                "规则重复",
                "duplicate rule",
            );
            c.require(
                s.rule.as_str().starts_with("D-"),
                at.clone().field("rule"),
                "须为D-类规则",
                "must be a D- rule",
            );
            c.require(
                !s.who.applies_to.is_empty(),
                at.clone().field("applies_to"),
                "未指定适用单位",
                "applies to nobody",
            );
            let (cutoff, _) = s.due.cutoff();
            if let Some(opens) = s.opens {
                c.require(
                    opens < s.due.close(),
                    at.clone().field("opens"),
                    "开始时间不早于截止时间",
                    "opens at or after its deadline",
                );
            }
            if let Some(span) = span {
                c.require(
                    span.start < cutoff && cutoff <= span.end,
                    at.clone().field("due"),
                    "截止时间不在活动期内",
                    "the deadline is outside the campaign",
                );
                if let Some(opens) = s.opens {
                    c.require(
                        span.contains(opens),
                        at.clone().field("opens"),
                        "开始时间不在活动期内",
                        "opens outside the campaign",
                    );
                }
            }
            c.require(
                (s.kind == SubmissionKind::Progress) == s.node.is_some(),
                at.clone().field("node"),
                "进展动态须指明节点,其他材料不应有节点",
                "a progress report names its node; nothing else does",
            );
            c.require(
                s.parts.is_empty() == s.parts_rule.is_none(),
                at.clone().field("parts_rule"),
                "列出组成部分时须给出对应规则",
                "parts and parts_rule go together",
            );
        }
        // Two progress rules for the same node would make a report count twice.
        let mut nodes = Seen::default();
        for (i, s) in self.submissions.iter().enumerate() {
            if let Some(node) = s.node {
                c.require(
                    nodes.insert(&crate::time::ymd(node)),
                    Path::key("submissions").at(i).field("node"),
                    "节点重复",
                    "duplicate node",
                );
            }
        }
    }

    fn check_units(&self, c: &mut Checker) {
        let mut names = Seen::default();
        for (i, u) in self.units.iter().enumerate() {
            let at = Path::key("units").at(i);
            c.require(
                !u.roles.is_empty(),
                at.clone().field("roles"),
                "未指定角色",
                "has no role",
            );
            c.require(
                u.has(Role::AssignedStreet) != u.venues.is_empty(),
                at.clone().field("venues"),
                "指定地点街道须有宣传地点,其他单位不应有",
                "an assigned street has venues, and only it",
            );
            for (j, name) in std::iter::once(&u.name).chain(&u.aliases).enumerate() {
                let path = if j == 0 {
                    at.clone().field("name")
                } else {
                    at.clone().field("aliases").at(j.saturating_sub(1))
                };
                let key = crate::util::normalise_name(name);
                c.require(
                    !key.is_empty(),
                    &path,
                    "单位名称不能为空",
                    "a unit name must not be blank",
                );
                if let Some(first) = names.repeat(&key, &path.to_string()) {
                    c.push(
                        &path,
                        &format!("单位名称“{name}”与{first}重复"),
                        &format!("the unit name {name:?} repeats {first}"),
                    );
                }
            }
        }
    }

    fn check_outreach(&self, c: &mut Checker) {
        let mut keys = Seen::default();
        let mut names = Seen::default();
        for (i, k) in self.outreach.kinds.iter().enumerate() {
            let at = Path::key("outreach").field("kinds").at(i);
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
}

// Reading (see `crate::json`): one small function per struct.
