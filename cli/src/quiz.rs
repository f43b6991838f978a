//! `fangfei quiz score | standings`: answer sheets from JSON Lines or CSV, read as a
//! stream (memory grows with participants, not sheets).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use fangfei::campaign::TeamStrategy;
use fangfei::quiz::{mask_name, Columns, Paper, Region, Scorer, SheetOutcome, SheetRef};
use fangfei::wire;
use fangfei::{Campaign, Finding, Severity, Text};
use serde_json::Value;

use crate::out::{print_json, print_table, Style};
use crate::tables::{csv_rows, decode, extension};
use crate::Unusable;

/// Reads the papers file: an array of papers, or `{"papers": [...]}`.
fn read_papers(path: &Path) -> Result<Vec<Paper>, Unusable> {
    let text = crate::files::read_text(path, crate::tables::MAX_FILE_BYTES)?;
    let v: Value = fangfei::json::parse(&text).map_err(|e| Unusable::json(path, &e))?;
    let list = match v {
        Value::Object(mut o) if o.contains_key("papers") => {
            // `{"papers": […]}` and nothing else: another key would be ignored.
            let others: Vec<String> = o.keys().filter(|k| *k != "papers").cloned().collect();
            if !others.is_empty() {
                return Err(Unusable::new(
                    "Q-PAPER",
                    format!(
                        "试卷文件中有未知的键{}:文件只应有试卷列表",
                        others
                            .iter()
                            .map(|k| format!("“{}”", crate::out::shown(k)))
                            .collect::<Vec<_>>()
                            .join("、")
                    ),
                    format!(
                        "unknown keys in the papers file: {} (only papers)",
                        others.join(", ")
                    ),
                )
                .at(path));
            }
            o.remove("papers").unwrap_or(Value::Null)
        }
        other => other,
    };
    fangfei::json::from_owned(list)
        .map_err(|problems| Unusable::text("Q-PAPER", fangfei::json::text(&problems)).at(path))
}

/// One sheet read (borrowed from its JSON Lines line), or why a line is not a sheet.
type Read<'a> = (usize, Result<SheetRef<'a>, Finding>);

/// A line of a sheet file (JSON Lines, a table's row) that is no sheet, said by its line.
fn not_a_sheet(line: usize, why: &Text) -> Finding {
    fangfei::quiz::unreadable_line(line, why)
}

/// Calls `each` for every sheet of a JSON Lines file, line by line.
fn each_jsonl(path: &Path, each: &mut dyn FnMut(Read<'_>)) -> Result<(), Unusable> {
    use crate::files::Line;
    crate::files::each_line(path, &mut |n, line| match line {
        Line::Text(t) if t.trim().is_empty() => {}
        Line::Text(t) => each((
            n,
            SheetRef::from_json_text(t).map_err(|why| not_a_sheet(n, &why)),
        )),
        Line::TooLong(len) => each((
            n,
            Err(not_a_sheet(
                n,
                &Text::new(
                    format!(
                        "这一行有{len}字节,超过上限{}字节",
                        crate::files::MAX_LINE_BYTES
                    ),
                    format!(
                        "the line has {len} bytes; the limit is {}",
                        crate::files::MAX_LINE_BYTES
                    ),
                ),
            )),
        )),
        Line::NotUtf8(at) => each((
            n,
            Err(not_a_sheet(
                n,
                &Text::new(
                    format!("这一行第{at}字节起不是UTF-8文本"),
                    format!("the line is not UTF-8 text from byte {at}"),
                ),
            )),
        )),
    })
}

/// Calls `each` for every sheet of a CSV file: columns participant, name, region,
/// phone, unit, submitted_at, then one column per question id.
fn each_csv(
    campaign: &Campaign,
    path: &Path,
    each: &mut dyn FnMut(Read<'_>),
) -> Result<(), Unusable> {
    let bytes = crate::files::read_bytes(path, crate::tables::MAX_FILE_BYTES)?;
    let (text, _) = decode(bytes).map_err(|e| e.at(path))?;
    each_row(
        campaign,
        path,
        &csv_rows(&text).map_err(|e| e.at(path))?,
        each,
    )
}

/// Calls `each` for every sheet of the first sheet of a workbook (the platform's XLSX
/// export), as [`each_csv`] does for CSV.
fn each_xlsx(
    campaign: &Campaign,
    path: &Path,
    each: &mut dyn FnMut(Read<'_>),
) -> Result<(), Unusable> {
    let (rows, _) = crate::tables::read_workbook(path, None)?;
    each_row(campaign, path, &rows, each)
}

/// The sheets of table rows: a header (machine or Chinese column names: 账号, 姓名,
/// 地区, 手机号, 工作单位, 提交时间, 第1题 …), then one sheet per row. The export's
/// 提交时间 is read as clerks and the platform write it, in the campaign's year
/// (`6月15日 12:00`; [`Columns::in_campaign`], issue 29 item 17).
fn each_row(
    campaign: &Campaign,
    path: &Path,
    rows: &crate::tables::Rows,
    each: &mut dyn FnMut(Read<'_>),
) -> Result<(), Unusable> {
    let Some((_, header)) = rows.first() else {
        return Ok(());
    };
    let columns = Columns::new(header)
        .map_err(|why| Unusable::text("INPUT", why).at(path))?
        .in_campaign(campaign);
    for (line, cells) in rows.iter().skip(1) {
        let sheet = columns
            .sheet(cells)
            .map(SheetRef::from)
            .map_err(|why| not_a_sheet(*line, &why));
        each((*line, sheet));
    }
    Ok(())
}

/// Calls `each` for every sheet of a file of sheets. JSON Lines (the machine format)
/// keep the strict time reader; the tables (the platform's export) read 提交时间 as
/// clerks write it.
fn each_sheet(
    campaign: &Campaign,
    path: &Path,
    each: &mut dyn FnMut(Read<'_>),
) -> Result<(), Unusable> {
    match extension(path).as_str() {
        "csv" => each_csv(campaign, path, each),
        "xlsx" | "xls" | "ods" => each_xlsx(campaign, path, each),
        "jsonl" | "ndjson" | "json" => each_jsonl(path, each),
        other => Err(Unusable::new(
            "INPUT",
            format!(
                "{}:{}(可用.jsonl、.json、.csv、.xlsx、.xls、.ods文件)",
                path.display(),
                if other.is_empty() {
                    "答卷文件没有扩展名,不知是何种文件".to_owned()
                } else {
                    format!("不认识的答卷文件类型“.{other}”")
                }
            ),
            format!(
                "{}: unknown sheet file type {other:?} (jsonl, csv, xlsx)",
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

/// What became of a sheet: scored (or refused by a rule), or unreadable.
enum SheetResult {
    Scored(SheetOutcome),
    Unreadable(usize, Finding),
}

impl SheetResult {
    /// The sheet's line in its file.
    fn line(&self) -> usize {
        match self {
            SheetResult::Scored(o) => o.line,
            SheetResult::Unreadable(line, _) => *line,
        }
    }
}

struct Run {
    /// The sheet files, in order.
    files: Vec<String>,
    /// The sheets kept, in input order, with their file's number in `files`.
    outcomes: Vec<(usize, SheetResult)>,
    /// Sheets that could not be read.
    unreadable: usize,
    /// Sheets read that do not count (refused when read, or replaced since).
    not_counted: usize,
    /// Whether the sheets told about are kept (`quiz score`), or only counted.
    keep_outcomes: bool,
    /// Each account's name as first read (the participant is the account), masked
    /// unless asked; only when the standings need them (`quiz standings`).
    names: HashMap<String, String>,
}

/// A scorer of the campaign's quiz with `papers` checked (Q-PAPER).
fn new_scorer<'c>(campaign: &'c Campaign, papers: &[Paper]) -> Result<Scorer<'c>, Unusable> {
    Scorer::new(campaign, papers).map_err(|fs| {
        let list = |zh: bool| {
            fs.iter()
                .map(|f| {
                    let m = if zh { &f.message.zh } else { &f.message.en };
                    format!("{}: {m}", f.path)
                })
                .collect::<Vec<_>>()
                .join(if zh { ";" } else { "; " })
        };
        Unusable::new("Q-PAPER", list(true), list(false))
    })
}

impl Run {
    /// Keeps what a person is told about for the text report: a sheet that could not
    /// be read, or one that does not count or has a warning. The JSON is streamed apart.
    fn keep(&mut self, file: usize, line: usize, read: Scored) {
        if matches!(&read, Ok(out) if !out.counted) {
            self.not_counted = self.not_counted.saturating_add(1);
        }
        match read {
            Err(f) => {
                self.unreadable = self.unreadable.saturating_add(1);
                if self.keep_outcomes {
                    self.outcomes.push((file, SheetResult::Unreadable(line, f)));
                }
            }
            Ok(_) if !self.keep_outcomes => {}
            Ok(out)
                if !out.counted || out.findings.iter().any(|f| f.severity >= Severity::Warning) =>
            {
                self.outcomes.push((file, SheetResult::Scored(out)));
            }
            Ok(_) => {}
        }
    }
}

/// A sheet scored, or why it could not be read.
type Scored = Result<SheetOutcome, Finding>;

/// Reads the sheets again, in the same order: each scored as on the first pass (by a
/// fresh scorer of `papers`) and settled against the first pass's final tally
/// (`last`), so that a sheet an earlier one read after it has replaced says it no
/// longer counts. Calls `each` with every sheet's file, line and outcome.
fn rescore_settled(
    campaign: &Campaign,
    papers: &[Paper],
    sheets: &[PathBuf],
    last: &Scorer<'_>,
    breakdown: bool,
    each: &mut dyn FnMut(&str, usize, Scored),
) -> Result<(), Unusable> {
    let mut again = new_scorer(campaign, papers)?.with_breakdown(breakdown);
    for path in sheets {
        let file = path.display().to_string();
        each_sheet(campaign, path, &mut |(line, read)| {
            let out = read.map(|sheet| {
                let mut out = again.sheet_ref(line, &sheet);
                last.settle(&mut out);
                out
            });
            each(&file, line, out);
        })?;
    }
    Ok(())
}

/// Scores every sheet of `args`, once. For the standings (`standings`), keeps each
/// participant's name (a map as large as the participants) and counts the sheets that
/// do not count; otherwise keeps the sheets the report tells about.
fn run_sheets<'c>(
    campaign: &'c Campaign,
    args: &QuizArgs<'_>,
    standings: bool,
) -> Result<(Scorer<'c>, Run), Unusable> {
    let papers = read_papers(args.papers)?;
    // The scorer remembers each counted sheet's line: a sheet that counted when read
    // may be replaced by an earlier one read after it (Q-ONCE-A-DAY), and is then told
    // from what the scorer kept, without reading the sheets again. The scorer numbers
    // the lines of all files in one sequence: file k's line n is `bases[k] + n`.
    let mut scorer = new_scorer(campaign, &papers)?
        .with_breakdown(false)
        .with_displaced(true);
    let mut run = Run {
        files: Vec::new(),
        outcomes: Vec::new(),
        unreadable: 0,
        not_counted: 0,
        keep_outcomes: !standings,
        names: HashMap::new(),
    };
    let mut bases = Vec::new();
    let mut base = 0usize;
    for (k, path) in args.sheets.iter().enumerate() {
        run.files.push(path.display().to_string());
        bases.push(base);
        let mut last = 0;
        each_sheet(campaign, path, &mut |(line, read)| {
            last = line;
            let out = read.map(|sheet| {
                let mut out = scorer.sheet_ref(base.saturating_add(line), &sheet);
                out.line = line;
                // The first name read is kept: looked up before anything is copied.
                if standings && out.region.is_some() && !run.names.contains_key(&*sheet.participant)
                {
                    let shown = if args.unmask {
                        sheet.registration.name.trim().to_owned()
                    } else {
                        mask_name(&sheet.registration.name)
                    };
                    run.names.insert(sheet.participant.to_string(), shown);
                }
                out
            });
            run.keep(k, line, out);
        })?;
        base = base.saturating_add(last).saturating_add(1);
    }
    if scorer.tally().superseded() > 0 {
        // Each replaced sheet had counted when read.
        let displaced = scorer.displaced();
        run.not_counted = run.not_counted.saturating_add(displaced.len());
        if !run.keep_outcomes {
            // The standings count them; nothing is told sheet by sheet.
            return Ok((scorer, run));
        }
        // Kept sheets are settled where they are; the replaced ones not kept (they had
        // counted, with no warning) are told in their places.
        for (_, o) in &mut run.outcomes {
            if let SheetResult::Scored(o) = o {
                scorer.settle(o);
            }
        }
        let mut told = Vec::new();
        for mut out in displaced {
            let k = bases.partition_point(|b| *b <= out.line).saturating_sub(1);
            out.line = out.line.saturating_sub(bases.get(k).copied().unwrap_or(0));
            let kept = run
                .outcomes
                .binary_search_by(|(f, o)| (*f, o.line()).cmp(&(k, out.line)));
            if kept.is_err() {
                told.push((k, SheetResult::Scored(out)));
            }
        }
        if !told.is_empty() {
            run.outcomes.extend(told);
            run.outcomes.sort_by_key(|(f, o)| (*f, o.line()));
        }
    }
    Ok((scorer, run))
}

fn parse_day(text: Option<&str>, campaign: &Campaign) -> Result<Option<NaiveDate>, Unusable> {
    text.map(|t| {
        fangfei::time::parse_date(t, Some(campaign.year))
            .map_err(|e| Unusable::text(e.code(), e.text()))
    })
    .transpose()
}

/// Q-UNIT for the audit: the counted participants per unit of `sheets`.
pub(crate) fn turnout(
    campaign: &Campaign,
    sheets: &[std::path::PathBuf],
    papers: &Path,
) -> Result<fangfei::quiz::Turnout, Unusable> {
    let papers = read_papers(papers)?;
    let mut scorer = new_scorer(campaign, &papers)?.with_breakdown(false);
    for path in sheets {
        each_sheet(campaign, path, &mut |(line, read)| {
            if let Ok(sheet) = read {
                scorer.sheet_ref(line, &sheet);
            }
        })?;
    }
    Ok(scorer.turnout())
}

/// `quiz score --format json`, streamed: a first pass over the sheets makes the final
/// tally; a second scores them again in the same order and writes each outcome as it
/// comes, settled against that tally (a sheet an earlier one replaced no longer
/// counts). Memory is the tally's, per participant, never per sheet — the same bytes
/// as `scoreSheets` writes for the same sheets (a test holds them equal).
fn score_json_streamed(campaign: &Campaign, args: &QuizArgs<'_>) -> Result<bool, Unusable> {
    use std::io::Write as _;
    let papers = read_papers(args.papers)?;
    let mut last = new_scorer(campaign, &papers)?.with_breakdown(false);
    for path in args.sheets {
        each_sheet(campaign, path, &mut |(line, read)| {
            if let Ok(sheet) = read {
                last.sheet_ref(line, &sheet);
            }
        })?;
    }
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    let (mut written, mut counted) = (0usize, 0usize);
    let _ = w.write_all(b"{\"outcomes\":[");
    rescore_settled(
        campaign,
        &papers,
        args.sheets,
        &last,
        true,
        &mut |_, line, out| {
            let out = match out {
                Err(f) => wire::Sheet::unreadable(line, f),
                Ok(o) => wire::Sheet::from(o),
            };
            counted += usize::from(out.counted);
            if written > 0 {
                let _ = w.write_all(b",");
            }
            written += 1;
            let _ = serde_json::to_writer(&mut w, &out);
        },
    )?;
    // The rest of the object, as `wire::Scored` writes it after its outcomes.
    let query = wire::StandingsQuery::new(args.strategy, parse_day(args.day, campaign)?, args.top)
        .with_ids_unmasked(args.unmask);
    let tail = wire::Scored::new(campaign, Vec::new(), &last, query).with_counts(counted, written);
    crate::out::end_streamed_json(&mut w, "outcomes", &tail);
    Ok(written > counted)
}

pub fn score(campaign: &Campaign, args: &QuizArgs<'_>, style: Style) -> Result<bool, Unusable> {
    if style.json {
        return score_json_streamed(campaign, args);
    }
    let (scorer, run) = run_sheets(campaign, args, false)?;
    let refused = run.not_counted + run.unreadable;
    let query = wire::StandingsQuery::new(args.strategy, parse_day(args.day, campaign)?, args.top)
        .with_ids_unmasked(args.unmask);
    // One lock and a buffer for what may be many thousand lines (a line each was a
    // system call each).
    use std::io::Write as _;
    let mut listing = std::io::BufWriter::new(std::io::stdout().lock());
    for (k, o) in &run.outcomes {
        let file = run.files.get(*k).map_or("", String::as_str);
        let (line, who, findings) = match o {
            SheetResult::Scored(o) => (o.line, o.participant.as_str(), o.findings.as_slice()),
            SheetResult::Unreadable(line, f) => (*line, "", std::slice::from_ref(f)),
        };
        for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
            let shown = format!("{file}:{line} {who} — {}", f.line(style.lang));
            let _ = writeln!(listing, "{}", style.paint(f.severity, &shown));
        }
    }
    let _ = listing.flush();
    drop(listing);
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
    print_standings(&wire::Standings::new(campaign, t, query), style);
    print_turnout(&scorer.turnout(), style);
    Ok(refused > 0)
}

/// Q-UNIT: the units whose people took part, from the sheets' 工作单位.
pub(crate) fn print_turnout(t: &fangfei::quiz::Turnout, style: Style) {
    let rows: Vec<Vec<String>> = t
        .by_unit
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(u, n)| vec![u.clone(), n.to_string()])
        .collect();
    crate::outln!();
    crate::outln!(
        "{}",
        style.bold(style.t(
            "各单位参赛人数(Q-UNIT,按答卷所填工作单位;仅记录)",
            "Participants by unit (Q-UNIT, from the sheets' work unit; reported)"
        ))
    );
    let none = t.by_unit.iter().filter(|(_, n)| *n == 0).count();
    if !rows.is_empty() {
        print_table(
            style,
            &[("单位", "unit"), ("参赛人数", "participants")],
            &rows,
        );
    }
    crate::outln!(
        "{}",
        match style.lang {
            fangfei::Lang::Zh => format!(
                "{none}个单位无人参赛;{}名参与者所填工作单位不在名单中",
                t.unplaced
            ),
            fangfei::Lang::En => format!(
                "{none} units with nobody; {} participants named a unit off the roster",
                t.unplaced
            ),
        }
    );
}

fn print_standings(s: &wire::Standings, style: Style) {
    // The title says the day (截至X日) or the close (优秀战队); "全程" only for the
    // final standings, never for one day's sheets (issue 29). Ties at the N-th place
    // make the list longer, and the heading says so.
    let formula = TeamStrategy::from_name(s.strategy).map_or(s.strategy, |t| t.label(style.lang));
    let en = style.lang == fangfei::Lang::En;
    let mut inner = if s.final_standings {
        format!(
            "{}{}{formula}",
            style.t("全程", "final"),
            style.t(",", ", ")
        )
    } else {
        formula.to_owned()
    };
    if let Some(n) = &s.tie_note {
        inner.push_str(style.t(";", "; "));
        inner.push_str(style.t(&n.zh, &n.en));
    }
    let title = style.t(&s.top_title.zh, &s.top_title.en);
    let heading = if en {
        format!("{title} ({inner})")
    } else {
        format!("{title}({inner})")
    };
    crate::outln!();
    crate::outln!("{}", style.bold(&heading));
    let rows: Vec<Vec<String>> = s
        .top
        .iter()
        .map(|t| {
            vec![
                t.rank.to_string(),
                t.name.to_owned(),
                format!("{:.2}", t.value)
                    .trim_end_matches('0')
                    .trim_end_matches('.')
                    .to_owned(),
                t.participants.to_string(),
                t.sheets.to_string(),
                t.total.to_string(),
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
    let (scorer, run) = run_sheets(campaign, args, true)?;
    let query = wire::StandingsQuery::new(args.strategy, parse_day(args.day, campaign)?, args.top)
        .with_ids_unmasked(args.unmask);
    let mut st = wire::Standings::new(campaign, scorer.tally(), query);
    // The tally keeps ids only; the names read on the way (masked unless --unmask).
    for p in &mut st.individuals {
        p.name = run.names.get(p.id()).cloned();
    }
    // The sheets that do not count are said, never dropped without a word (their
    // reasons: `quiz score`).
    let not_counted = run.not_counted;
    if style.json {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Out<'a> {
            #[serde(flatten)]
            standings: &'a wire::Standings,
            not_counted: usize,
            unreadable: usize,
        }
        print_json(&Out {
            standings: &st,
            not_counted,
            unreadable: run.unreadable,
        });
    } else {
        print_standings(&st, style);
        crate::outln!();
        crate::outln!(
            "{}",
            style.bold(style.t("个人总成绩前列", "Top individuals"))
        );
        let rows: Vec<Vec<String>> = st
            .individuals
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    (i + 1).to_string(),
                    p.name.clone().unwrap_or_default(),
                    Region::parse(p.region)
                        .map_or(p.region, |r| r.short_name())
                        .to_owned(),
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
        if not_counted + run.unreadable > 0 {
            crate::outln!();
            crate::outln!(
                "{}",
                match style.lang {
                    fangfei::Lang::Zh => format!(
                        "另有{not_counted}份答卷不计分、{}份无法读取,未计入以上排名(原因见 fangfei quiz score)",
                        run.unreadable
                    ),
                    fangfei::Lang::En => format!(
                        "{not_counted} more sheets do not count and {} could not be read: not in the standings above (reasons: fangfei quiz score)",
                        run.unreadable
                    ),
                }
            );
        }
    }
    Ok(not_counted + run.unreadable > 0)
}
