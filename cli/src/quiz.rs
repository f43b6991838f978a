//! `fangfei quiz score | standings`: answer sheets from JSON Lines or CSV, read as a
//! stream (memory grows with participants, not sheets).

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use fangfei::campaign::TeamStrategy;
use fangfei::quiz::{
    mask_name, top_individuals, Paper, Region, Registration, Scorer, Sheet, SheetOutcome,
};
use fangfei::{Campaign, Finding, RuleId, Severity, Text};
use serde_json::{json, Value};

use crate::out::{print_json, print_table, Style};
use crate::tables::{csv_rows, decode, extension};
use crate::Unusable;

/// Reads the papers file: an array of papers, or `{"papers": [...]}`.
fn read_papers(path: &Path) -> Result<Vec<Paper>, Unusable> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Unusable::new("INPUT", format!("{}: {e}", path.display())))?;
    let v: Value = fangfei::json::parse(&text)
        .map_err(|e| Unusable::new("INPUT", format!("{}: {e}", path.display())))?;
    let list = match v {
        Value::Object(mut o) if o.contains_key("papers") => {
            o.remove("papers").unwrap_or(Value::Null)
        }
        other => other,
    };
    fangfei::json::from_owned(list).map_err(|problems| {
        let list = fangfei::json::list(&problems);
        Unusable::new("Q-PAPER", format!("{}: {list}", path.display()))
    })
}

/// One sheet read, or why a line is not a sheet.
type Read = (usize, Result<Sheet, Finding>);

fn not_a_sheet(line: usize, why: String) -> Finding {
    Finding::error(
        RuleId::Input,
        fangfei::Path::root(),
        Text::new(
            format!("第{line}行不是答卷:{why}"),
            format!("line {line} is not a sheet: {why}"),
        ),
    )
    .at(format!("line {line}"))
}

/// One line of JSON Lines read as a sheet by the library's one reader (a repeated key
/// refused, every problem with its path).
fn read_sheet(line: &str) -> Result<Sheet, String> {
    let v = fangfei::json::parse(line).map_err(|e| e.to_string())?;
    fangfei::json::from_owned(v).map_err(|p| fangfei::json::list(&p))
}

/// Calls `each` for every sheet of a JSON Lines file, line by line.
fn each_jsonl(path: &Path, each: &mut dyn FnMut(Read)) -> Result<(), Unusable> {
    let file = std::fs::File::open(path)
        .map_err(|e| Unusable::new("INPUT", format!("{}: {e}", path.display())))?;
    let reader = std::io::BufReader::with_capacity(1 << 16, file);
    for (i, line) in reader.lines().enumerate() {
        let n = i + 1;
        let line =
            line.map_err(|e| Unusable::new("INPUT", format!("{} line {n}: {e}", path.display())))?;
        if line.trim().is_empty() {
            continue;
        }
        each((n, read_sheet(&line).map_err(|why| not_a_sheet(n, why))));
    }
    Ok(())
}

/// Calls `each` for every sheet of a CSV file: columns participant, name, region,
/// phone, unit, submitted_at, then one column per question id.
fn each_csv(path: &Path, each: &mut dyn FnMut(Read)) -> Result<(), Unusable> {
    let bytes = std::fs::read(path)
        .map_err(|e| Unusable::new("INPUT", format!("{}: {e}", path.display())))?;
    let (text, _) = decode(&bytes)?;
    let rows = csv_rows(&text)?;
    let Some((_, header)) = rows.first() else {
        return Ok(());
    };
    let col = |name: &str| header.iter().position(|h| h.trim() == name);
    let (p, n, r, ph, u, at) = (
        col("participant"),
        col("name"),
        col("region"),
        col("phone"),
        col("unit"),
        col("submitted_at"),
    );
    let fixed = [
        "participant",
        "name",
        "region",
        "phone",
        "unit",
        "submitted_at",
    ];
    let questions: Vec<(usize, String)> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| !fixed.contains(&h.trim()))
        .map(|(i, h)| (i, h.trim().to_owned()))
        .collect();
    for (line, cells) in rows.iter().skip(1) {
        let get = |c: Option<usize>| {
            c.and_then(|c| cells.get(c))
                .map(|s| s.trim().to_owned())
                .unwrap_or_default()
        };
        let opt = |c: Option<usize>| Some(get(c)).filter(|s| !s.is_empty());
        let sheet = fangfei::Instant::parse(&get(at))
            .map_err(|e| not_a_sheet(*line, format!("submitted_at: {e}")))
            .map(|submitted_at| Sheet {
                participant: get(p),
                registration: Registration {
                    name: get(n),
                    region: get(r),
                    phone: opt(ph),
                    unit: opt(u),
                },
                submitted_at,
                answers: questions
                    .iter()
                    .map(|(c, id)| {
                        let v = cells
                            .get(*c)
                            .map(|s| s.trim())
                            .filter(|s| !s.is_empty())
                            .map_or(Value::Null, |s| Value::String(s.to_owned()));
                        (id.clone(), v)
                    })
                    .collect(),
            });
        each((*line, sheet));
    }
    Ok(())
}

fn each_sheet(path: &Path, each: &mut dyn FnMut(Read)) -> Result<(), Unusable> {
    match extension(path).as_str() {
        "csv" => each_csv(path, each),
        "jsonl" | "ndjson" | "json" => each_jsonl(path, each),
        other => Err(Unusable::new(
            "INPUT",
            format!(
                "{}: unknown sheet file type {other:?} (jsonl, csv)",
                path.display()
            ),
        )),
    }
}

/// Options of both subcommands.
pub struct QuizArgs<'a> {
    pub sheets: &'a [PathBuf],
    pub papers: &'a Path,
    pub day: Option<&'a str>,
    pub strategy: Option<TeamStrategy>,
    pub top: Option<usize>,
    pub unmask: bool,
}

struct Run {
    outcomes: Vec<(String, SheetOutcome)>,
    unreadable: Vec<(String, usize, Finding)>,
    names: BTreeMap<(String, Region), String>,
}

fn run_sheets<'c>(
    campaign: &'c Campaign,
    args: &QuizArgs<'_>,
    keep_counted: bool,
) -> Result<(Scorer<'c>, Run), Unusable> {
    let papers = read_papers(args.papers)?;
    let mut scorer = Scorer::new(campaign, &papers)
        .map_err(|fs| {
            Unusable::new(
                "Q-PAPER",
                fs.iter()
                    .map(|f| format!("{}: {}", f.path, f.message.en))
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?
        .with_breakdown(keep_counted);
    let mut run = Run {
        outcomes: Vec::new(),
        unreadable: Vec::new(),
        names: BTreeMap::new(),
    };
    for path in args.sheets {
        let file = path.display().to_string();
        each_sheet(path, &mut |(line, read)| match read {
            Err(f) => run.unreadable.push((file.clone(), line, f)),
            Ok(sheet) => {
                let out = scorer.sheet(line, &sheet);
                if let Some(region) = out.region {
                    let shown = if args.unmask {
                        sheet.registration.name.trim().to_owned()
                    } else {
                        mask_name(&sheet.registration.name)
                    };
                    run.names
                        .entry((sheet.participant.clone(), region))
                        .or_insert(shown);
                }
                if keep_counted
                    || !out.counted
                    || out.findings.iter().any(|f| f.severity >= Severity::Warning)
                {
                    run.outcomes.push((file.clone(), out));
                }
            }
        })?;
    }
    Ok((scorer, run))
}

fn finding_json(f: &Finding, file: &str, line: usize, style: Style) -> Value {
    json!({ "rule": f.rule, "severity": f.severity, "outcome": f.outcome, "file": file, "line": line, "path": f.path, "message": f.message.get(style.lang), "messages": f.message })
}

fn parse_day(text: Option<&str>, campaign: &Campaign) -> Result<Option<NaiveDate>, Unusable> {
    text.map(|t| {
        fangfei::time::parse_date(t, Some(campaign.year))
            .map_err(|e| Unusable::new(e.code(), e.to_string()))
    })
    .transpose()
}

pub fn score(campaign: &Campaign, args: &QuizArgs<'_>, style: Style) -> Result<bool, Unusable> {
    let (scorer, run) = run_sheets(campaign, args, style.json)?;
    let refused = run.outcomes.iter().filter(|(_, o)| !o.counted).count() + run.unreadable.len();
    let strategy = args.strategy.unwrap_or(campaign.quiz.team_strategy);
    let through = parse_day(args.day, campaign)?;
    let standings = scorer.tally().standings(strategy, through);
    if style.json {
        let mut findings: Vec<Value> = run
            .unreadable
            .iter()
            .map(|(file, line, f)| finding_json(f, file, *line, style))
            .collect();
        for (file, o) in &run.outcomes {
            findings.extend(
                o.findings
                    .iter()
                    .filter(|f| f.severity >= Severity::Warning)
                    .map(|f| finding_json(f, file, o.line, style)),
            );
        }
        let scores: Vec<Value> = run.outcomes.iter().map(|(file, o)| json!({ "file": file, "line": o.line, "participant": o.participant, "region": o.region, "day": o.day, "score": o.score, "counted": o.counted, "questions": o.questions })).collect();
        print_json(
            &json!({ "findings": findings, "scores": scores, "refused": refused, "standings": standings }),
        );
    } else {
        for (file, _, f) in &run.unreadable {
            crate::outln!(
                "{}",
                style.paint(f.severity, &format!("{file}: {}", f.line(style.lang)))
            );
        }
        for (file, o) in &run.outcomes {
            for f in o
                .findings
                .iter()
                .filter(|f| f.severity >= Severity::Warning)
            {
                crate::outln!(
                    "{}",
                    style.paint(
                        f.severity,
                        &format!(
                            "{file}:{} {} — {}",
                            o.line,
                            o.participant,
                            f.line(style.lang)
                        )
                    )
                );
            }
        }
        let t = scorer.tally();
        crate::outln!(
            "{}",
            style.bold(&format!(
                "{}: {} {}, {} {refused}",
                style.t("答卷", "Sheets"),
                t.participants(),
                style.t("名参与者计分", "participants scored"),
                style.t("不予受理", "refused")
            ))
        );
        print_standings(
            &standings,
            campaign.quiz.top_n as usize,
            strategy,
            through,
            style,
        );
    }
    Ok(refused > 0)
}

fn print_standings(
    standings: &[fangfei::quiz::TeamStanding],
    n: usize,
    strategy: TeamStrategy,
    through: Option<NaiveDate>,
    style: Style,
) {
    let when = through.map_or_else(|| style.t("全程", "final").to_owned(), |d| d.to_string());
    crate::outln!();
    let formula = match strategy {
        TeamStrategy::SumOfDailyScores => style.t("各日得分之和", "sum of daily scores"),
        TeamStrategy::MeanPerParticipant => style.t("人均总分", "mean per participant"),
        TeamStrategy::ParticipationCount => style.t("参与人数", "participants"),
        TeamStrategy::BestSingleDay => style.t("单日最高", "best single day"),
        TeamStrategy::ParticipationWeighted => style.t("得分加参与分", "score plus participation"),
    };
    crate::outln!(
        "{}",
        style.bold(&format!(
            "{} Top{n}({when},{formula})",
            style.t("战队排名", "Team standings")
        ))
    );
    let rows: Vec<Vec<String>> = standings
        .iter()
        .take(n)
        .map(|s| {
            vec![
                s.rank.to_string(),
                s.region.name().to_owned(),
                format!("{:.2}", s.value)
                    .trim_end_matches('0')
                    .trim_end_matches('.')
                    .to_owned(),
                s.participants.to_string(),
                s.sheets.to_string(),
                s.total.to_string(),
            ]
        })
        .collect();
    print_table(
        style,
        &[
            ("名次", "rank"),
            ("战队", "team"),
            ("成绩", "value"),
            ("人数", "people"),
            ("答卷", "sheets"),
            ("总分", "total"),
        ],
        &rows,
    );
}

pub fn standings(campaign: &Campaign, args: &QuizArgs<'_>, style: Style) -> Result<bool, Unusable> {
    let (scorer, run) = run_sheets(campaign, args, false)?;
    let strategy = args.strategy.unwrap_or(campaign.quiz.team_strategy);
    let through = parse_day(args.day, campaign)?;
    let n = args.top.unwrap_or(campaign.quiz.top_n as usize);
    let t = scorer.tally();
    let teams = t.standings(strategy, through);
    let people = top_individuals(t.individuals(through), n);
    let named = |id: &str, region: Region| {
        run.names
            .get(&(id.to_owned(), region))
            .cloned()
            .unwrap_or_default()
    };
    if style.json {
        print_json(&json!({
            "strategy": strategy,
            "through": through,
            "top": teams.iter().take(n).collect::<Vec<_>>(),
            "standings": teams,
            "individuals": people.iter().map(|p| json!({ "participant": p.id, "name": named(&p.id, p.region), "region": p.region, "days": p.days, "total": p.total })).collect::<Vec<_>>(),
            "superseded": t.superseded(),
            "findings": [],
        }));
    } else {
        print_standings(&teams, n, strategy, through, style);
        crate::outln!();
        crate::outln!(
            "{}",
            style.bold(style.t("个人总成绩前列", "Top individuals"))
        );
        let rows: Vec<Vec<String>> = people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    (i + 1).to_string(),
                    named(&p.id, p.region),
                    p.region.short_name().to_owned(),
                    p.days.to_string(),
                    p.total.to_string(),
                ]
            })
            .collect();
        print_table(
            style,
            &[
                ("名次", "rank"),
                ("姓名", "name"),
                ("战队", "team"),
                ("天数", "days"),
                ("总分", "total"),
            ],
            &rows,
        );
    }
    Ok(false)
}
