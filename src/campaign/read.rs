//! Reading a campaign (see `crate::json`): one small function per struct, every
//! problem at its path.

use super::duty::{
    Attend, Count, Cover, Deliver, Duty, DutyRule, PartOf, Parts, Record, ReportedIn, Reports,
    Share, Spread, State, TableThreshold, Who,
};
use super::*;

// `"$schema"`: a file may name the schema its editor checks it against.
read_struct!(Campaign ["$schema"] {
    id: req,
    name: req,
    theme: opt,
    issuer: opt,
    contact: opt,
    document_number: opt,
    issued_on: opt,
    year: req,
    sources: or_default,
    span: req,
    phases: or_default,
    events: or_default,
    quiz: opt,
    roles: req,
    units: or_default,
    roster_source: or_default,
    city: or_default,
    province: or_default,
    flags: or_default,
    materials: or_default,
    channels: or_default,
    lists: or_default,
    figures: or_default,
    duties: req,
    statistics_table: opt,
    evaluation: opt,
    clauses: or_default,
    extra_holidays: or_default,
});
read_struct!(DaySpan {
    first: req,
    last: req,
    clause: req
});
read_struct!(Phase {
    key: req,
    id: req,
    name: req,
    first: req,
    last: req,
    clause: req
});
read_struct!(EventDef {
    key: req,
    id: req,
    name: req,
    date: req,
    starts_at: opt,
    ends_at: opt,
    clause: req,
    venues: or_default,
    items: or_default,
    figures: or_default,
    own_flag: opt,
});
read_struct!(Venue {
    name: req,
    aliases: or_default
});
read_struct!(Named {
    key: req,
    name: req,
    aliases: or_default
});
read_struct!(Measured {
    key: req,
    name: req,
    measure: or_default,
    aliases: or_default
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
    name: opt,
    window: req,
    stated_working_days: opt,
    clause: req,
    paper: opt,
    multiple_choice: opt,
    team_strategy: or_default,
    team_region: or_default,
    top_n: opt,
});
read_struct!(UnitDef {
    name: req,
    aliases: or_default,
    roles: req,
    venues: or_default
});
read_struct!(MaterialDef {
    key: req,
    name: req,
    aliases: or_default,
    parts: or_default,
    statements: or_default,
});
read_struct!(ChannelDef {
    key: req,
    name: req,
    aliases: or_default,
    tags: or_default,
});
read_struct!(KindDef {
    key: req,
    name: req,
    en: or_default,
    aliases: or_default
});
read_struct!(KindList {
    name: req,
    clause: req,
    prefix: or_default,
    kinds: req
});
read_struct!(LedgerPlace {
    sheet: req,
    type_values: or_default
});
read_struct!(ListDef {
    key: req,
    name: req,
    fields: req,
    kinds: opt,
    ledger: opt,
});
read_struct!(FiguresDef {
    key: req,
    name: req,
    fields: req,
    ledger: opt,
});
read_struct!(Contact {
    name: req,
    phone: opt,
    fax: opt,
    email: opt
});
read_struct!(Evaluation {
    deduction_points: opt,
    bonus_points: opt,
    clause: req
});
read_struct!(ColumnDef {
    key: req,
    group: req,
    name: req,
    units: req,
    bound: req,
    aliases: or_default,
});
read_struct!(Combined {
    header: req,
    columns: req
});
read_struct!(OtherDef {
    key: req,
    name: req,
    aliases: or_default,
    group: opt,
});
read_struct!(CrossRule {
    id: req,
    title: req,
    clause: req,
    severity: req,
    if_positive: req,
    then_positive: req,
    hint: opt,
});
read_struct!(Quote {
    text: req,
    clause: req
});
read_struct!(TableDef {
    key: req,
    name: req,
    title: req,
    clause: req,
    material: opt,
    blank_rule: opt,
    notes: or_default,
    groups: req,
    columns: req,
    combined: or_default,
    other: opt,
    cross_rules: or_default,
    ledger: opt,
});
read_struct!(Who {
    roles: or_default,
    units: or_default,
    except: or_default
});
read_struct!(Parts {
    id: req,
    title: req,
    require: req
});
read_struct!(PartOf {
    material: req,
    part: req
});
read_struct!(ReportedIn {
    list: req,
    channels: or_default
});
read_struct!(Share {
    name: req,
    part: req,
    whole: req,
    min_percent: req
});
read_struct!(Reports {
    event: req,
    figures: req
});
json::leaf!(
    TeamRegion,
    QuestionKind,
    TeamStrategy,
    ItemField,
    Need,
    super::duty::Distinct,
    super::duty::VenueRule,
    super::duty::TableMeasure,
);

impl FromJson for Keyed<ItemField, Need> {
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        let by_name: Keyed<String, Need> = FromJson::read(r, v)?;
        let mut out = Keyed::new();
        let mut ok = true;
        for (name, need) in by_name {
            match ItemField::VARIANTS.iter().find(|f| f.as_str() == name) {
                Some(f) => {
                    out.insert(*f, need);
                }
                None => {
                    let names: Vec<&str> = ItemField::VARIANTS.iter().map(|f| f.as_str()).collect();
                    r.problem_at_key(
                        &name,
                        format!("不是条目的字段,可用:{}", names.join("、")),
                        format!("is no item field; one of: {}", names.join(", ")),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }
}

/// The keys every duty has, whatever its kind.
const COMMON: [&str; 8] = [
    "id", "title", "clause", "quote", "who", "severity", "effect", "kind",
];

/// The keys of each kind's parameters.
fn kind_keys(kind: &str) -> &'static [&'static str] {
    match kind {
        "deliver" => &[
            "material",
            "name",
            "node",
            "opens",
            "due",
            "promoted",
            "parts",
            "part_of",
            "reported_in",
        ],
        "state" => &["material", "requires", "when_flag", "about"],
        "count" => &[
            "list", "min", "distinct", "channels", "within", "counted", "measure", "on_theme",
        ],
        "attend" => &[
            "event",
            "venue",
            "place",
            "staff",
            "arrive_by",
            "items",
            "carried",
        ],
        "cover" => &["figures", "shares"],
        "spread" => &["phase", "lists", "events", "min"],
        "table" => &["columns", "measure", "min", "counted", "measure_word"],
        "record" => &["reports"],
        _ => &[],
    }
}

/// The keys a duty of kind `kind` takes: those every duty has, then the kind's own
/// (what the campaign schema's duty kinds are held equal to).
#[cfg(any(test, feature = "schema"))]
pub(crate) fn duty_keys(kind: &str) -> Vec<&'static str> {
    COMMON.iter().chain(kind_keys(kind)).copied().collect()
}

impl FromJson for Duty {
    #[inline(never)]
    fn read(r: &mut Reader, v: &Value) -> Option<Self> {
        // The kind first: it decides which other keys the duty may have.
        let kind: Option<String> = match v {
            Value::Object(o) => o.get("kind").and_then(Value::as_str).map(str::to_owned),
            _ => None,
        };
        let known = kind
            .as_deref()
            .is_some_and(|k| DutyRule::KINDS.contains(&k));
        let keys: Vec<&str> = COMMON
            .iter()
            .copied()
            .chain(kind_keys(kind.as_deref().unwrap_or("")).iter().copied())
            .collect();
        // An unknown kind: its own problem, and no "unknown field" for each of its keys.
        let o = r.object(v, known.then_some(keys.as_slice()))?;
        let rule = match r.req::<String>(o, "kind") {
            Some(k) if known => read_rule(r, o, &k),
            Some(k) => {
                r.problem_at_key(
                    "kind",
                    format!("“{k}”不是规则种类,可用:{}", DutyRule::KINDS.join("、")),
                    format!(
                        "{k:?} is no rule kind; one of: {}",
                        DutyRule::KINDS.join(", ")
                    ),
                );
                None
            }
            None => None,
        };
        match (
            r.req(o, "id"),
            r.req(o, "title"),
            r.req(o, "clause"),
            r.opt(o, "quote"),
            r.req(o, "who"),
            r.opt(o, "severity"),
            r.or_default(o, "effect"),
            rule,
        ) {
            (
                Some(id),
                Some(title),
                Some(clause),
                Some(quote),
                Some(who),
                Some(severity),
                Some(effect),
                Some(rule),
            ) => Some(Duty {
                id,
                title,
                clause,
                quote,
                who,
                severity: severity_or_error(severity),
                effect,
                rule,
            }),
            _ => None,
        }
    }
}

/// `Severity` has no `Default` of "error": a duty's default severity is.
fn severity_or_error(s: Option<Severity>) -> Severity {
    s.unwrap_or(Severity::Error)
}

/// The parameters of a duty of kind `kind` from its object.
fn read_rule(r: &mut Reader, o: &Map<String, Value>, kind: &str) -> Option<DutyRule> {
    Some(match kind {
        "deliver" => match (
            r.req(o, "material"),
            r.opt(o, "name"),
            r.opt(o, "node"),
            r.opt(o, "opens"),
            r.opt(o, "due"),
            r.or_default(o, "promoted"),
            r.opt(o, "parts"),
            r.opt(o, "part_of"),
            r.opt(o, "reported_in"),
        ) {
            (
                Some(material),
                Some(name),
                Some(node),
                Some(opens),
                Some(due),
                Some(promoted),
                Some(parts),
                Some(part_of),
                Some(reported_in),
            ) => DutyRule::Deliver(Deliver {
                material,
                name,
                node,
                opens,
                due,
                promoted,
                parts,
                part_of,
                reported_in,
            }),
            _ => return None,
        },
        "state" => match (
            r.req(o, "material"),
            r.req(o, "requires"),
            r.opt(o, "when_flag"),
            r.opt(o, "about"),
        ) {
            (Some(material), Some(requires), Some(when_flag), Some(about)) => {
                DutyRule::State(State {
                    material,
                    requires,
                    when_flag,
                    about,
                })
            }
            _ => return None,
        },
        "count" => match (
            r.req(o, "list"),
            r.req(o, "min"),
            r.or_default(o, "distinct"),
            r.or_default(o, "channels"),
            r.opt(o, "within"),
            r.opt(o, "counted"),
            r.req(o, "measure"),
            r.or_default(o, "on_theme"),
        ) {
            (
                Some(list),
                Some(min),
                Some(distinct),
                Some(channels),
                Some(within),
                Some(counted),
                Some(measure),
                Some(on_theme),
            ) => DutyRule::Count(Count {
                list,
                min,
                distinct,
                channels,
                within,
                counted,
                measure,
                on_theme,
            }),
            _ => return None,
        },
        "attend" => match (
            r.req(o, "event"),
            r.req(o, "venue"),
            r.opt(o, "place"),
            r.opt(o, "staff"),
            r.opt(o, "arrive_by"),
            r.or_default(o, "items"),
            r.or_default(o, "carried"),
        ) {
            (
                Some(event),
                Some(venue),
                Some(place),
                Some(staff),
                Some(arrive_by),
                Some(items),
                Some(carried),
            ) => DutyRule::Attend(Attend {
                event,
                venue,
                place,
                staff,
                arrive_by,
                items,
                carried,
            }),
            _ => return None,
        },
        "cover" => match (r.req(o, "figures"), r.req(o, "shares")) {
            (Some(figures), Some(shares)) => DutyRule::Cover(Cover { figures, shares }),
            _ => return None,
        },
        "spread" => match (
            r.req(o, "phase"),
            r.req(o, "lists"),
            r.or_default(o, "events"),
            r.req(o, "min"),
        ) {
            (Some(phase), Some(lists), Some(events), Some(min)) => DutyRule::Spread(Spread {
                phase,
                lists,
                events,
                min,
            }),
            _ => return None,
        },
        "table" => match (
            r.req(o, "columns"),
            r.req(o, "measure"),
            r.req(o, "min"),
            r.req(o, "counted"),
            r.req(o, "measure_word"),
        ) {
            (Some(columns), Some(measure), Some(min), Some(counted), Some(measure_word)) => {
                DutyRule::Table(TableThreshold {
                    columns,
                    measure,
                    min,
                    counted,
                    measure_word,
                })
            }
            _ => return None,
        },
        "record" => DutyRule::Record(Record {
            reports: r.opt(o, "reports")?,
        }),
        _ => DutyRule::SpotCheck,
    })
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

json::deserialize_via_value!(Duty);
json::deserialize_via_value!(MultipleChoicePolicy);
