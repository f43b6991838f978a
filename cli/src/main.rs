//! `fangfei`: the city office's command-line tool over the fangfei library.
//!
//! Exit status: 0 when no finding is of severity error, 1 when one is, 2 when the input
//! could not be used (unreadable file, malformed campaign, bad option value).

mod out;
mod timeline;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use fangfei::{Campaign, Instant, Lang};

use out::Style;

/// 防非 — checks a 防范非法集资宣传月 campaign plan's rules: timeline, submissions,
/// minimum counts, the Annex 3 table and the quiz.
#[derive(Parser)]
#[command(name = "fangfei", version, about, long_about = None)]
struct Cli {
    /// A campaign JSON file to use instead of the embedded 2021 Lingyuan plan.
    #[arg(long, global = true, value_name = "FILE")]
    campaign: Option<PathBuf>,
    /// Language of the output for people.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Zh)]
    lang: LangArg,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    format: Format,
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
}

/// A reason the command could not do its work (exit status 2).
pub struct Unusable {
    pub code: &'static str,
    pub message: String,
}

impl Unusable {
    pub fn new(code: &'static str, message: impl Into<String>) -> Unusable {
        Unusable {
            code,
            message: message.into(),
        }
    }
}

fn load_campaign(path: Option<&PathBuf>) -> Result<Campaign, Unusable> {
    let Some(path) = path else {
        return Ok(Campaign::embedded().clone());
    };
    let text = std::fs::read_to_string(path)
        .map_err(|e| Unusable::new("INPUT", format!("{}: {e}", path.display())))?;
    Campaign::from_json(&text).map_err(|e| {
        let lines: Vec<String> = e
            .problems()
            .iter()
            .map(|p| format!("  {}: {} / {}", p.path, p.message.zh, p.message.en))
            .collect();
        Unusable::new(
            "CAMPAIGN",
            format!("{}:\n{}", path.display(), lines.join("\n")),
        )
    })
}

/// Parses an instant option in the campaign's year.
pub fn parse_instant(text: &str, campaign: &Campaign) -> Result<Instant, Unusable> {
    Instant::parse_in_year(text, campaign.year).map_err(|e| Unusable::new(e.code(), e.to_string()))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match cli.lang {
        LangArg::Zh => Lang::Zh,
        LangArg::En => Lang::En,
    };
    let style = Style::new(lang, cli.format == Format::Json);
    let result = load_campaign(cli.campaign.as_ref()).and_then(|campaign| match &cli.command {
        Command::Timeline { at, svg } => {
            timeline::run(&campaign, at.as_deref(), svg.as_deref(), style)
        }
        Command::Rules => timeline::rules(&campaign, style),
    });
    match result {
        Ok(has_errors) => ExitCode::from(u8::from(has_errors)),
        Err(e) => {
            if style.json {
                out::print_json(
                    &serde_json::json!({ "error": { "code": e.code, "message": e.message } }),
                );
            } else {
                eprintln!("fangfei: [{}] {}", e.code, e.message);
            }
            ExitCode::from(2)
        }
    }
}
