//! Reading a campaign (see `crate::json`): one small function per struct.

use super::*;

read_struct!(Campaign {
    id: req,
    name: req,
    theme: req,
    issuer: req,
    document_number: req,
    issued_on: req,
    year: req,
    span: req,
    phases: req,
    concentrated_day: req,
    quiz: req,
    submissions: req,
    plan_statements: req,
    minimums: req,
    units: req,
    roster_source: or_default,
    city: or_default,
    outreach: req,
    annex3_bounds: req,
    evaluation: req,
    extra_holidays: or_default,
});
read_struct!(DaySpan {
    first: req,
    last: req,
    clause: req
});
read_struct!(Phase {
    key: req,
    rule: req,
    name: req,
    first: req,
    last: req,
    clause: req
});
read_struct!(ConcentratedDay {
    date: req,
    clause: req,
    member_venue: req,
    member_venue_aliases: or_default,
    arrive_by: req,
    materials: req,
    carried: or_default,
});
read_struct!(PaperSection {
    kind: req,
    count: req,
    points: req
});
read_struct!(PaperSpec {
    sections: req,
    total: req
});
read_struct!(QuizSetup {
    window: req,
    stated_working_days: opt,
    clause: req,
    paper: req,
    multiple_choice: req,
    team_strategy: req,
    team_region: or_default,
    top_n: req,
});
read_struct!(Applicability {
    applies_to: req,
    except: or_default
});
read_struct!(Minimums {
    media_works: req,
    qijin_kinds: req,
    tv_interviews: req,
    media_reports: req,
    cday_staff: req,
    cday_venues: req,
    cday_materials: req,
    bank_signs: req,
    grid_awareness: req,
    compound_slogans: req,
    weekly_activity: req,
    outdoor: opt,
    cday_consult: opt,
});
read_struct!(UnitDef {
    name: req,
    aliases: or_default,
    roles: req,
    venues: or_default
});
read_struct!(OutreachKind {
    key: req,
    name: req,
    aliases: or_default
});
read_struct!(Outreach {
    name: req,
    clause: req,
    kinds: req
});
read_struct!(Evaluation {
    deduction_points: opt,
    bonus_points: opt,
    clause: req
});
json::leaf!(
    TeamRegion,
    Material,
    QuestionKind,
    TeamStrategy,
    Role,
    SubmissionKind,
    SummaryPart,
    StatedField,
    StatementCondition,
);

/// The keys of a flattened [`Applicability`].
const WHO: [&str; 2] = ["applies_to", "except"];

impl Applicability {
    /// The `applies_to` and `except` keys of an enclosing object (`#[serde(flatten)]`).
    fn read_in(r: &mut Reader, o: &Map<String, Value>) -> Option<Applicability> {
        match (r.req(o, WHO[0]), r.or_default(o, WHO[1])) {
            (Some(applies_to), Some(except)) => Some(Applicability { applies_to, except }),
            _ => None,
        }
    }
}

impl FromJson for SubmissionRule {
    #[inline(never)]
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        const KEYS: [&str; 13] = [
            "rule",
            "kind",
            "node",
            "name",
            "clause",
            "opens",
            "due",
            "effect_if_missed",
            "effect_if_promoted",
            "parts",
            "parts_rule",
            "delivered_as_part",
            WHO[0],
        ];
        let o = r.object(v, Some(&[&KEYS[..], &WHO[1..]].concat()))?;
        match (
            r.req(o, "rule"),
            r.req(o, "kind"),
            r.opt(o, "node"),
            r.req(o, "name"),
            r.req(o, "clause"),
            r.opt(o, "opens"),
            r.req(o, "due"),
            Applicability::read_in(r, o),
            r.req(o, "effect_if_missed"),
            r.or_default(o, "effect_if_promoted"),
            r.or_default(o, "parts"),
            r.opt(o, "parts_rule"),
            r.opt(o, "delivered_as_part"),
        ) {
            (
                Some(rule),
                Some(kind),
                Some(node),
                Some(name),
                Some(clause),
                Some(opens),
                Some(due),
                Some(who),
                Some(effect_if_missed),
                Some(effect_if_promoted),
                Some(parts),
                Some(parts_rule),
                Some(delivered_as_part),
            ) => Some(SubmissionRule {
                rule,
                kind,
                node,
                name,
                clause,
                opens,
                due,
                who,
                effect_if_missed,
                effect_if_promoted,
                parts,
                parts_rule,
                delivered_as_part,
            }),
            _ => None,
        }
    }
}

impl FromJson for PlanStatement {
    #[inline(never)]
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        let keys = [
            "rule",
            "clause",
            "condition",
            "requires",
            "effect_if_missed",
            WHO[0],
            WHO[1],
        ];
        let o = r.object(v, Some(&keys))?;
        match (
            r.req(o, "rule"),
            r.req(o, "clause"),
            Applicability::read_in(r, o),
            r.req(o, "condition"),
            r.req(o, "requires"),
            r.req(o, "effect_if_missed"),
        ) {
            (
                Some(rule),
                Some(clause),
                Some(who),
                Some(condition),
                Some(requires),
                Some(effect_if_missed),
            ) => Some(PlanStatement {
                rule,
                clause,
                who,
                condition,
                requires,
                effect_if_missed,
            }),
            _ => None,
        }
    }
}

impl FromJson for Requirement {
    #[inline(never)]
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        let o = r.object(
            v,
            Some(&["rule", "clause", "min", "severity", WHO[0], WHO[1]]),
        )?;
        match (
            r.req(o, "rule"),
            r.req(o, "clause"),
            r.req(o, "min"),
            Applicability::read_in(r, o),
            r.req(o, "severity"),
        ) {
            (Some(rule), Some(clause), Some(min), Some(who), Some(severity)) => Some(Requirement {
                rule,
                clause,
                min,
                who,
                severity,
            }),
            _ => None,
        }
    }
}

impl FromJson for MultipleChoicePolicy {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        let o = r.object(v, Some(&["policy", "subset_points"]))?;
        match r.req::<String>(o, "policy")?.as_str() {
            "all_or_nothing" => Some(MultipleChoicePolicy::AllOrNothing),
            "partial_credit" => Some(MultipleChoicePolicy::PartialCredit {
                subset_points: r.req(o, "subset_points")?,
            }),
            other => {
                r.problem(
                    format!("policy 应为 all_or_nothing 或 partial_credit,实为 {other:?}"),
                    format!("policy must be all_or_nothing or partial_credit, not {other:?}"),
                );
                None
            }
        }
    }
}

json::deserialize_via_value!(SubmissionRule);
json::deserialize_via_value!(PlanStatement);
json::deserialize_via_value!(Requirement);
json::deserialize_via_value!(MultipleChoicePolicy);
