//! `fangfei`: the city office's command-line tool over the fangfei library. The
//! commands live here (a library, so the tests can call the table readers and
//! writers); `main.rs` only calls [`main`].
//!
//! Exit status: 0 when no finding is of severity error, 1 when one is, 2 when the input
//! could not be used (unreadable file, malformed campaign, bad option value).

mod annex3;
mod campaign;
pub mod diagnose;
pub mod files;
mod help;
pub mod ledger;
mod office;
pub mod out;
mod progress;
mod quiz;
pub mod tables;
mod timeline;
mod units;
pub mod write;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use fangfei::{Campaign, Instant, Lang};

use out::Style;

/// 防非 — checks a 防范非法集资宣传月 campaign plan's rules: timeline, submissions,
/// minimum counts, the statistics table and the quiz; by the embedded 2021 Lingyuan
/// plan unless --campaign names another.
#[derive(Parser)]
#[command(name = "fangfei", version, about, long_about = None)]
struct Cli {
    /// A campaign JSON file to use instead of the embedded 2021 Lingyuan plan.
    #[arg(long, global = true, value_name = "FILE")]
    campaign: Option<PathBuf>,
    /// A units file to add to the campaign's roster: {"source": …, "units": […]}.
    #[arg(long, global = true, value_name = "FILE")]
    units: Option<PathBuf>,
    /// Language of the output for people.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Zh)]
    lang: LangArg,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Overwrite an existing output file that fangfei did not write (or that was
    /// edited since); an output is never written over an input, even with --force.
    #[arg(long, global = true)]
    force: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Zh,
    En,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Phases, deadlines and windows of the campaign, and what is open at an instant.
    Timeline {
        /// The instant to ask about (RFC 3339, `2021-06-15 10:00`, or `6月15日10:00`).
        #[arg(long, value_name = "INSTANT")]
        at: Option<String>,
        /// Also draw the campaign as an SVG calendar picture into FILE.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
    },
    /// The rule catalogue: id, clause, description.
    Rules,
    /// One unit's report: every delivery and activity rule of the campaign on its record
    /// (JSON), or on its rows of a ledger (台账.xlsx, with --unit).
    Check {
        /// The unit's record, or a ledger.
        file: PathBuf,
        /// The unit to check in a ledger (default: its only unit).
        #[arg(long, value_name = "UNIT")]
        unit: Option<String>,
        /// The instant to judge as of; a date alone is its 24:00 (default: the end of the
        /// campaign).
        #[arg(long, value_name = "INSTANT")]
        as_of: Option<String>,
    },
    /// Every record in a folder: unit × rule table, deductions and bonuses, missing
    /// returns, the statistics table's total (the embedded plan's Annex 3 city total).
    Audit {
        /// Folders of unit records (*.json), ledgers (台账.xlsx) or CSV exports of a
        /// ledger's sheets.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The instant to judge as of; a date alone is its 24:00 (default: the end of the
        /// campaign).
        #[arg(long, value_name = "INSTANT")]
        as_of: Option<String>,
        /// Quiz answer sheets, to count each unit's participants (Q-UNIT).
        #[arg(long, value_name = "SHEETS", num_args = 1.., requires = "papers")]
        quiz: Vec<PathBuf>,
        /// The daily papers of those sheets.
        #[arg(long, value_name = "PAPERS.json")]
        papers: Option<PathBuf>,
        /// Also write the report as a workbook to print and forward (核查报告.xlsx).
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
        /// Also write the report as one HTML page that prints on A4 (核查报告.html).
        #[arg(long, value_name = "OUT.html")]
        html: Option<PathBuf>,
        /// Also write one notice per unit with something to 补报 or 退回 into DIR.
        #[arg(long, value_name = "DIR")]
        notices: Option<PathBuf>,
    },
    /// The office's ledger (台账): write the workbook to keep through the month.
    #[command(subcommand)]
    Ledger(LedgerCommand),
    /// The plan's statistics table (the embedded plan's Annex 3): check, total, template,
    /// schema.
    #[command(subcommand)]
    Annex3(Annex3Command),
    /// The knowledge quiz (the embedded plan's Annex 2): score answer sheets, team
    /// standings.
    #[command(subcommand)]
    Quiz(QuizCommand),
    /// The campaign file: print it, its schema, check one, move a plan to another year.
    #[command(subcommand)]
    Campaign(CampaignCommand),
}

#[derive(Subcommand)]
enum CampaignCommand {
    /// Print the campaign file in use (the embedded 2021 plan, or --campaign FILE), to
    /// copy as a model.
    Show,
    /// Print the campaign file's JSON Schema (draft 2020-12): save it as
    /// campaign.schema.json beside a campaign file, and an editor completes and
    /// underlines as you type.
    Schema,
    /// Check a campaign file: every problem with its field, line and column; when it
    /// loads, its timeline, its rules and what is worth a look.
    Check {
        /// The campaign file.
        file: PathBuf,
    },
    /// The same plan moved to another year: every date to the same day of the week
    /// (fixed days such as 06-15 keep theirs), checked against the working-day
    /// calendar, with what a person must decide.
    New {
        /// The campaign to start from: a file, or lingyuan-2021 (the embedded one).
        #[arg(long, value_name = "FILE")]
        from: String,
        /// The year to move it to.
        #[arg(long, value_name = "YEAR")]
        year: i32,
        /// Where to write the new file (default: standard output, the report to
        /// standard error).
        #[arg(short = 'o', long = "out", value_name = "OUT")]
        out: Option<PathBuf>,
        /// A month-day that keeps its month and day (default 06-15; repeat for more;
        /// none for none).
        #[arg(long = "fixed-day", value_name = "MM-DD")]
        fixed_day: Vec<String>,
    },
}

/// `--strategy`: the library's own names of the team strategies, one set everywhere.
fn strategy_arg() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        fangfei::campaign::TeamStrategy::ALL
            .map(|s| clap::builder::PossibleValue::new(s.name()).help(s.label(fangfei::Lang::En))),
    )
}

#[derive(clap::Args)]
struct QuizOpts {
    /// Answer sheets: JSON Lines (one sheet per line), or the platform's CSV or XLSX
    /// exports (headers 账号, 姓名, 地区, 手机号, 工作单位, 提交时间, 第1题 … or the
    /// machine names).
    #[arg(required = true)]
    sheets: Vec<PathBuf>,
    /// The daily papers (a JSON array of papers).
    #[arg(long, value_name = "PAPERS.json")]
    papers: PathBuf,
    /// Standings through this day (cumulative, as published that day); default: all.
    #[arg(long, value_name = "DAY")]
    day: Option<String>,
    /// The team formula (default: the campaign's).
    #[arg(long, value_parser = strategy_arg())]
    strategy: Option<String>,
    /// How many teams and people to list (default: the campaign's top_n).
    #[arg(long)]
    top: Option<usize>,
    /// Show participants' names unmasked.
    #[arg(long)]
    unmask: bool,
}

#[derive(Subcommand)]
enum QuizCommand {
    /// Score every sheet; report refusals (window, once a day, sheets that do not fit).
    Score(QuizOpts),
    /// Team standings (top N) and top individuals.
    Standings(QuizOpts),
}

/// How much of a big table's findings to print.
#[derive(clap::Args)]
struct DetailOpts {
    /// Print the counts only (rows, accepted, sent back, errors, warnings) and the total.
    #[arg(long)]
    summary: bool,
    /// Write every problem to this CSV file (for Excel) instead of printing them.
    #[arg(long, value_name = "FILE.csv")]
    errors: Option<PathBuf>,
}

#[derive(Subcommand)]
enum LedgerCommand {
    /// Write the ledger workbook: a sheet per kind of entry, drop-down lists, the plan's
    /// notes; filled from JSON records with --from.
    Template {
        /// Where to write it (.xlsx).
        out: PathBuf,
        /// A folder of unit records (*.json) to fill it from.
        #[arg(long, value_name = "DIR")]
        from: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum Annex3Command {
    /// Check one table file: CSV (UTF-8, UTF-8 with BOM, GB18030/GBK), XLSX/XLS/ODS, or
    /// JSON (one form, an array of forms, or {"rows": [...]}).
    Check {
        /// The file.
        file: PathBuf,
        /// The sheet of a workbook (default: the one named after the table, as the
        /// embedded plan's 附件3; else the first).
        #[arg(long)]
        sheet: Option<String>,
        #[command(flatten)]
        detail: DetailOpts,
    },
    /// Total many tables column by column: files, or folders of .csv/.xlsx/.json.
    Total {
        /// Files or folders.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The sheet of each workbook (default: the one named after the table, as the
        /// embedded plan's 附件3; else the first).
        #[arg(long)]
        sheet: Option<String>,
        /// Also write a workbook with every accepted unit's row and the total.
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
        #[command(flatten)]
        detail: DetailOpts,
    },
    /// Write the blank table with the plan's grouped two-row header.
    Template {
        /// Where to write it (.xlsx).
        out: PathBuf,
    },
    /// Print the JSON Schema (draft 2020-12) of one unit's table.
    Schema {
        /// Put the campaign's plausibility bounds in as maxima (they are warnings in
        /// fangfei; with this flag a schema validator treats them as errors).
        #[arg(long)]
        bounds: bool,
    },
}

impl From<&DetailOpts> for annex3::Detail {
    fn from(d: &DetailOpts) -> Self {
        annex3::Detail {
            summary: d.summary,
            errors: d.errors.clone(),
        }
    }
}

/// A reason the command could not do its work (exit status 2).
#[derive(Debug)]
pub struct Unusable {
    pub code: fangfei::RuleId,
    pub message: fangfei::Text,
    /// Already shown in full in the command's own output (`campaign check`'s list of
    /// problems): the JSON output has no second object for it.
    pub reported: bool,
}

/// The rule id of a code (`INPUT` for one that is none).
fn code_of(code: impl AsRef<str>) -> fangfei::RuleId {
    code.as_ref().parse().unwrap_or(fangfei::RuleId::INPUT)
}

impl Unusable {
    /// Why, in both languages.
    pub fn new(code: impl AsRef<str>, zh: impl Into<String>, en: impl Into<String>) -> Unusable {
        Unusable {
            code: code_of(code),
            message: fangfei::Text::new(zh.into(), en.into()),
            reported: false,
        }
    }

    /// This reason, already shown in full by the command's own output.
    pub fn reported(mut self) -> Unusable {
        self.reported = true;
        self
    }

    /// Why, as the library said it.
    pub fn text(code: impl AsRef<str>, message: fangfei::Text) -> Unusable {
        Unusable {
            code: code_of(code),
            message,
            reported: false,
        }
    }

    /// A file that could not be read or written, with what the system said.
    pub fn io(path: &std::path::Path, e: &std::io::Error) -> Unusable {
        use std::io::ErrorKind as K;
        // ELOOP (Linux 40, the BSDs and macOS 62): a link that leads back to itself,
        // which `exists()` and a bare "not found" would hide.
        let looped =
            cfg!(unix) && e.raw_os_error() == Some(if cfg!(target_os = "linux") { 40 } else { 62 });
        let why = match e.kind() {
            _ if looped => "符号链接循环(链接最终指向自身),无法打开",
            K::NotFound => "找不到该文件或文件夹",
            K::PermissionDenied => "没有读写权限",
            K::IsADirectory => "这是一个文件夹,不是文件",
            K::NotADirectory => "这不是文件夹",
            K::InvalidData => "内容不是UTF-8文本",
            K::AlreadyExists => "文件已存在",
            K::StorageFull => "磁盘已满",
            _ => "无法读写",
        };
        Unusable::new(
            "INPUT",
            format!("{}:{why}", path.display()),
            format!("{}: {e}", path.display()),
        )
    }

    /// A file that could not be written (open in Excel/WPS, or not allowed).
    pub fn write(path: &std::path::Path, e: &dyn std::fmt::Display) -> Unusable {
        Unusable::new(
            "INPUT",
            format!(
                "{}:无法写出(文件是否已在Excel/WPS中打开,或没有写入权限?)",
                path.display()
            ),
            format!("{}: {e}", path.display()),
        )
    }

    /// A workbook that could not be written, with the real cause in both languages:
    /// the file system's (the file open in Excel/WPS only when access was denied), a
    /// sheet name Excel refuses, or the writer's own.
    pub fn xlsx(path: &std::path::Path, e: &rust_xlsxwriter::XlsxError) -> Unusable {
        use rust_xlsxwriter::XlsxError as X;
        let why = match e {
            X::IoError(io) | X::TempFileError(_, io) => {
                if io.kind() == std::io::ErrorKind::PermissionDenied {
                    return Unusable::write(path, e);
                }
                return Unusable::io(path, io);
            }
            X::SheetnameCannotBeBlank(n) => format!("工作表名“{n}”为空"),
            X::SheetnameLengthExceeded(n) => format!("工作表名“{n}”超过31个字符"),
            X::SheetnameReused(n) => format!("工作表名“{n}”重复"),
            X::SheetnameContainsInvalidCharacter(n) => {
                format!("工作表名“{n}”含有Excel不允许的字符([]:*?/\\)")
            }
            X::SheetnameStartsOrEndsWithApostrophe(n) => {
                format!("工作表名“{n}”以单引号开头或结尾")
            }
            _ => "生成工作簿时出错(程序问题,请报告)".to_owned(),
        };
        Unusable::new(
            "INPUT",
            format!("{}:无法写出({why})", path.display()),
            format!("{}: {e}", path.display()),
        )
    }

    /// A file whose JSON could not be read.
    pub fn json(path: &std::path::Path, e: &serde_json::Error) -> Unusable {
        let why = fangfei::Problem::not_json(e).message;
        Unusable::new(
            "INPUT",
            format!("{}:{}", path.display(), why.zh),
            format!("{}: {}", path.display(), why.en),
        )
    }

    /// This error about `path`.
    pub fn at(self, path: &std::path::Path) -> Unusable {
        Unusable::new(
            self.code,
            format!("{}:{}", path.display(), self.message.zh),
            format!("{}: {}", path.display(), self.message.en),
        )
    }
}

/// The campaign (the given file's, or the embedded one), with the units file's roster
/// added when one is given.
fn load_campaign(cli: &Cli) -> Result<Campaign, Unusable> {
    let campaign = match &cli.campaign {
        None => Campaign::embedded().clone(),
        Some(path) => {
            let text = files::read_text(path, fangfei::campaign::MAX_CAMPAIGN_JSON)?;
            Campaign::from_json(&text).map_err(|e| refusal(path, &e))?
        }
    };
    let Some(units) = &cli.units else {
        return Ok(campaign);
    };
    let text = files::read_text(units, fangfei::campaign::MAX_CAMPAIGN_JSON)?;
    fangfei::campaign::UnitsFile::from_json(&text)
        .and_then(|file| campaign.with_units(file))
        .map_err(|e| refusal(units, &e))
}

/// A campaign or units file refused: every problem on its own line, at its path.
fn refusal(path: &std::path::Path, e: &fangfei::InputError) -> Unusable {
    let lines = |zh: bool| -> String {
        e.problems()
            .iter()
            .map(|p| {
                let m = if zh { &p.message.zh } else { &p.message.en };
                format!("\n  {}: {m}", p.path)
            })
            .collect()
    };
    Unusable::new(
        "CAMPAIGN",
        format!("{}:{}文件有误{}", path.display(), e.what().zh, lines(true)),
        format!(
            "{}: the {} file is refused{}",
            path.display(),
            e.what().en.trim_end_matches(" file"),
            lines(false)
        ),
    )
}

/// Parses an instant option as a clerk writes it, in the campaign's year, with the
/// library's one reader of clerks' times (the ledger's): `6月16日24时`, `6.16 24:00`,
/// `2021-06-16T09:30:00+08:00`. A day alone is an as-of: its 24:00 (`--as-of 6月16日`
/// counts that day's reports); a text of no shape is shown the campaign's example in
/// the clerk's form (issue 29).
pub fn parse_instant(text: &str, campaign: &Campaign) -> Result<Instant, Unusable> {
    read_instant(text, campaign, fangfei::time::DayAlone::End)
}

/// [`parse_instant`] for a moment to look at (`timeline --at`): a day alone is its
/// 00:00, the day's first moment.
pub fn parse_moment(text: &str, campaign: &Campaign) -> Result<Instant, Unusable> {
    read_instant(text, campaign, fangfei::time::DayAlone::Start)
}

fn read_instant(
    text: &str,
    campaign: &Campaign,
    alone: fangfei::time::DayAlone,
) -> Result<Instant, Unusable> {
    fangfei::time::read_instant(text, campaign.year, alone, campaign.as_of_example())
        .map_err(|(code, why)| Unusable::text(code, why))
}

/// The command's inputs and outputs checked before anything is read (issue 28, class
/// 3): no output is an input or lies in an input folder, none replaces a file that is
/// not the tool's own unless `--force` ([`write::guard`]).
fn guard(cli: &Cli) -> Result<(), Unusable> {
    use write::Kind;
    let mut inputs: Vec<&std::path::Path> = Vec::new();
    let mut outputs: Vec<(&std::path::Path, Kind)> = Vec::new();
    inputs.extend(cli.campaign.as_deref());
    inputs.extend(cli.units.as_deref());
    match &cli.command {
        Command::Timeline { svg, .. } => outputs.extend(svg.as_deref().map(|p| (p, Kind::Svg))),
        Command::Rules => {}
        Command::Check { file, .. } => inputs.push(file),
        Command::Audit {
            inputs: files,
            quiz,
            papers,
            xlsx,
            html,
            notices,
            ..
        } => {
            inputs.extend(files.iter().map(PathBuf::as_path));
            inputs.extend(quiz.iter().map(PathBuf::as_path));
            inputs.extend(papers.as_deref());
            outputs.extend(xlsx.as_deref().map(|p| (p, Kind::Xlsx)));
            outputs.extend(html.as_deref().map(|p| (p, Kind::Html)));
            outputs.extend(notices.as_deref().map(|p| (p, Kind::NoticeFolder)));
        }
        Command::Ledger(LedgerCommand::Template { out, from }) => {
            inputs.extend(from.as_deref());
            outputs.push((out, Kind::Xlsx));
        }
        Command::Annex3(cmd) => match cmd {
            Annex3Command::Check { file, detail, .. } => {
                inputs.push(file);
                outputs.extend(detail.errors.as_deref().map(|p| (p, Kind::Csv)));
            }
            Annex3Command::Total {
                inputs: files,
                xlsx,
                detail,
                ..
            } => {
                inputs.extend(files.iter().map(PathBuf::as_path));
                outputs.extend(xlsx.as_deref().map(|p| (p, Kind::Xlsx)));
                outputs.extend(detail.errors.as_deref().map(|p| (p, Kind::Csv)));
            }
            Annex3Command::Template { out } => outputs.push((out, Kind::Xlsx)),
            Annex3Command::Schema { .. } => {}
        },
        Command::Campaign(cmd) => match cmd {
            CampaignCommand::Show | CampaignCommand::Schema => {}
            CampaignCommand::Check { file } => inputs.push(file),
            CampaignCommand::New { from, out, .. } => {
                inputs.push(std::path::Path::new(from));
                outputs.extend(out.as_deref().map(|p| (p, Kind::Plain)));
            }
        },
        Command::Quiz(QuizCommand::Score(o) | QuizCommand::Standings(o)) => {
            inputs.extend(o.sheets.iter().map(PathBuf::as_path));
            inputs.push(&o.papers);
        }
    }
    write::guard(&inputs, &outputs, cli.force)
}

/// Runs the command line; the exit status is 0, 1 (an error finding) or 2 (unusable).
pub fn main() -> ExitCode {
    use clap::error::ErrorKind;
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut cmd = help::localise(Cli::command(), help::lang_of(&args));
    let parsed = cmd
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let code = match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => ExitCode::SUCCESS,
                _ => ExitCode::from(2),
            };
            match (help::lang_of(&args), e.kind()) {
                (
                    Lang::Zh,
                    ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
                )
                | (Lang::En, _) => {
                    let _ = e.print();
                    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                        help::hold_window(help::lang_of(&args), args.len());
                    }
                }
                (Lang::Zh, _) => crate::errln!("{}", help::usage_error_zh(&e, &mut cmd)),
            }
            return code;
        }
    };
    let lang = match cli.lang {
        LangArg::Zh => Lang::Zh,
        LangArg::En => Lang::En,
    };
    let style = Style::new(lang, cli.format == Format::Json);
    let result = guard(&cli)
        .and_then(|()| load_campaign(&cli))
        .and_then(|campaign| match &cli.command {
            Command::Timeline { at, svg } => {
                timeline::run(&campaign, at.as_deref(), svg.as_deref(), style)
            }
            Command::Rules => timeline::rules(&campaign, style),
            Command::Check { file, unit, as_of } => {
                units::check(&campaign, file, unit.as_deref(), as_of.as_deref(), style)
            }
            Command::Audit {
                inputs,
                as_of,
                quiz,
                papers,
                xlsx,
                html,
                notices,
            } => {
                let sheets = papers.as_ref().map(|p| (quiz.as_slice(), p.as_path()));
                let reports = units::Reports {
                    xlsx: xlsx.as_deref(),
                    html: html.as_deref(),
                    notices: notices.as_deref(),
                };
                units::run_audit(&campaign, inputs, as_of.as_deref(), sheets, reports, style)
            }
            Command::Ledger(LedgerCommand::Template { out, from }) => {
                units::ledger_template(&campaign, out, from.as_deref(), style)
            }
            Command::Annex3(cmd) => match cmd {
                Annex3Command::Check {
                    file,
                    sheet,
                    detail,
                } => annex3::check(&campaign, file, sheet.as_deref(), &detail.into(), style),
                Annex3Command::Total {
                    inputs,
                    sheet,
                    xlsx,
                    detail,
                } => annex3::total(
                    &campaign,
                    inputs,
                    sheet.as_deref(),
                    xlsx.as_deref(),
                    &detail.into(),
                    style,
                ),
                Annex3Command::Template { out } => annex3::template(&campaign, out, style),
                Annex3Command::Schema { bounds } => annex3::schema(&campaign, *bounds),
            },
            Command::Campaign(cmd) => match cmd {
                CampaignCommand::Show => campaign::show(cli.campaign.as_deref()),
                CampaignCommand::Schema => campaign::schema(),
                CampaignCommand::Check { file } => campaign::check(file, style),
                CampaignCommand::New {
                    from,
                    year,
                    out,
                    fixed_day,
                } => campaign::new(
                    &campaign::NewArgs {
                        from,
                        year: *year,
                        out: out.as_deref(),
                        fixed_days: fixed_day,
                    },
                    style,
                ),
            },
            Command::Quiz(cmd) => {
                let (QuizCommand::Score(o) | QuizCommand::Standings(o)) = cmd;
                let args = quiz::QuizArgs {
                    sheets: &o.sheets,
                    papers: &o.papers,
                    day: o.day.as_deref(),
                    strategy: o
                        .strategy
                        .as_deref()
                        .and_then(fangfei::campaign::TeamStrategy::from_name),
                    top: o.top,
                    unmask: o.unmask,
                };
                match cmd {
                    QuizCommand::Score(_) => quiz::score(&campaign, &args, style),
                    QuizCommand::Standings(_) => quiz::standings(&campaign, &args, style),
                }
            }
        });
    match result {
        Ok(has_errors) => {
            // Said once, last, when the terminal output masked a number (issue 28).
            if let Some(note) = out::masked_note(lang).filter(|_| !style.json) {
                crate::outln!("{note}");
            }
            ExitCode::from(u8::from(has_errors))
        }
        Err(e) => {
            if style.json {
                if e.reported {
                    return ExitCode::from(2);
                }
                out::print_json(&serde_json::json!({ "error": {
                    "code": e.code,
                    "message": e.message.en,
                    "messageZh": e.message.zh,
                } }));
            } else {
                // The message is the tool's own, quoting inputs shown where it
                // was made: its limits (1048576 rows) read as they are.
                // In Chinese no `[INPUT]`-style code at the head of the message (RULES.md
                // §8, issue 29): the code is in the JSON output and the English line.
                match lang {
                    fangfei::Lang::Zh => crate::errln!("fangfei:{}", e.message.zh),
                    fangfei::Lang::En => crate::errln!("fangfei: [{}] {}", e.code, e.message.en),
                }
                if let Some(note) = out::masked_note(lang) {
                    crate::errln!("{note}");
                }
            }
            ExitCode::from(2)
        }
    }
}
