//! `fangfei campaign show | schema | check | new`: the authoring kit of a campaign
//! file, thin over the library (`fangfei::campaign`). An office copies the model
//! (`show`, or `new` for another year), edits it with the schema in its editor, and
//! checks it (`check`) before using it with `--campaign`.

use std::path::Path;

use fangfei::{wire, Campaign, Lang, Problem};
use serde::Serialize;
use serde_json::Value;

use crate::out::{print_json, Style};
use crate::Unusable;

mod dates;
mod locate;
mod new;

pub use new::{new, NewArgs};

/// The name `--from` takes for the embedded campaign.
pub const EMBEDDED: &str = "lingyuan-2021";

/// `campaign show`: the text of the campaign file in use, as it is.
pub fn show(path: Option<&Path>) -> Result<bool, Unusable> {
    let text = match path {
        Some(p) => crate::files::read_text(p, fangfei::campaign::MAX_CAMPAIGN_JSON)?,
        None => fangfei::campaign::LINGYUAN_2021_JSON.to_owned(),
    };
    crate::out!("{text}");
    if !text.ends_with('\n') {
        crate::outln!();
    }
    Ok(false)
}

/// `campaign schema`: the campaign file's JSON Schema (draft 2020-12), indented, for
/// an editor (save it as `campaign.schema.json` beside the campaign file).
pub fn schema() -> Result<bool, Unusable> {
    let text = serde_json::to_string_pretty(&fangfei::campaign::json_schema())
        .map_err(|e| Unusable::new("INPUT", e.to_string(), e.to_string()))?;
    crate::outln!("{text}");
    Ok(false)
}

/// One problem of a campaign file, placed in its text.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Placed {
    path: String,
    line: usize,
    column: usize,
    message: String,
    message_zh: String,
}

/// Each problem at its line and column in `text`.
fn placed(text: &str, problems: &[Problem]) -> Vec<Placed> {
    let places = locate::Places::of(text);
    problems
        .iter()
        .map(|p| {
            let at_key = p.message.en.starts_with("unknown field");
            let at = places.find(p.path.segments(), at_key);
            Placed {
                path: p.path.to_string(),
                line: at.line,
                column: at.column,
                message: p.message.en.clone(),
                message_zh: p.message.zh.clone(),
            }
        })
        .collect()
}

/// A note worth a look on a campaign that loads.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub path: String,
    pub message: String,
    pub message_zh: String,
}

/// Texts (quotes, titles, names) holding a date no date field of the campaign has, or a
/// year not the campaign's: words left from another year's or place's plan.
pub fn notes(campaign: &Campaign) -> Vec<Note> {
    let value = serde_json::to_value(campaign).unwrap_or(Value::Null);
    let days = dates::field_days(campaign);
    let mut out = Vec::new();
    for (path, text) in dates::strings(&value) {
        // The date fields themselves, and the texts that say where the file's facts
        // come from (they cite their own dates and years).
        let provenance = ["sources", "roster_source", "extra_holidays"];
        if provenance.iter().any(|p| path.starts_with(p))
            || fangfei::time::parse_date(text, None).is_ok()
        {
            continue;
        }
        if fangfei::Instant::parse(text).is_ok() {
            continue;
        }
        let stray: Vec<String> = dates::dates_in(text)
            .into_iter()
            .filter(|w| {
                w.year.is_some_and(|y| y != campaign.year) || !days.contains(&(w.month, w.day))
            })
            .map(|w| w.text)
            .collect();
        let years: Vec<i32> = dates::years_in(text)
            .into_iter()
            .filter(|y| *y != campaign.year)
            .collect();
        if !stray.is_empty() {
            out.push(Note {
                message_zh: format!(
                    "写有“{}”,本方案的日期字段中没有这一天:是否沿用了其他年份或地方的方案?",
                    stray.join("”“")
                ),
                message: format!(
                    "holds {}, a day none of the campaign's date fields has: left from another year's or place's plan?",
                    stray.join(", ")
                ),
                path,
            });
        } else if !years.is_empty() {
            let ys: Vec<String> = years.iter().map(ToString::to_string).collect();
            out.push(Note {
                message_zh: format!(
                    "写有{}年,本方案是{}年的:是否沿用了其他年份的方案?",
                    ys.join("年、"),
                    campaign.year
                ),
                message: format!(
                    "names the year {}, and the campaign is of {}: left from another year's plan?",
                    ys.join(", "),
                    campaign.year
                ),
                path,
            });
        }
    }
    out
}

/// `campaign check FILE`: every problem with its path and its line and column in the
/// file (exit 2 when refused); when it loads, its timeline, its rule catalogue as
/// that campaign's text, and notes worth a look.
pub fn check(file: &Path, style: Style) -> Result<bool, Unusable> {
    let text = crate::files::read_text(file, fangfei::campaign::MAX_CAMPAIGN_JSON)?;
    let lang = style.lang;
    let shown = file.display().to_string();
    // JSON that does not read: the cause in a clerk's words, at its place.
    if let Some(d) = crate::diagnose::json(&text) {
        if style.json {
            print_json(&serde_json::json!({
                "file": shown,
                "ok": false,
                "problems": [{
                    "path": "",
                    "line": d.line,
                    "column": d.column,
                    "message": d.en,
                    "messageZh": d.zh,
                }],
            }));
        } else {
            let s = d.snippet(&shown, &text, lang);
            if s.is_empty() {
                let sep = if lang == fangfei::Lang::Zh { ":" } else { ": " };
                crate::outln!("{shown}{sep}{}", d.line_text(lang));
            } else {
                crate::out!("{s}");
            }
        }
        return Err(refused(&shown, 1, style));
    }
    let campaign = match Campaign::from_json(&text) {
        Ok(c) => c,
        Err(e) => {
            let problems = placed(&text, e.problems());
            if style.json {
                print_json(&serde_json::json!({
                    "file": shown,
                    "ok": false,
                    "problems": problems,
                }));
            } else {
                crate::outln!(
                    "{}",
                    style.bold(&match lang {
                        Lang::Zh => format!("{shown}:活动方案文件有误,共{}处", problems.len()),
                        Lang::En => format!(
                            "{shown}: the campaign file is refused: {}",
                            crate::out::problems_en(problems.len())
                        ),
                    })
                );
                for p in &problems {
                    let message = match lang {
                        Lang::Zh => &p.message_zh,
                        Lang::En => &p.message,
                    };
                    let path = if p.path.is_empty() {
                        "(根)"
                    } else {
                        p.path.as_str()
                    };
                    crate::outln!(
                        "{}:{}:{}: {}{}{}",
                        shown,
                        p.line,
                        p.column,
                        fangfei::printable(path),
                        style.t(":", ": "),
                        style.paint(fangfei::Severity::Error, message)
                    );
                }
            }
            return Err(refused(&shown, problems.len(), style));
        }
    };
    let notes = notes(&campaign);
    // A year with no holiday table: the file loads, but its days cannot be told
    // working or not, so there is no timeline (said, not guessed).
    let events = campaign.events();
    let calendar_problem = events.as_ref().err().map(|e| e.text());
    if style.json {
        print_json(&serde_json::json!({
            "file": shown,
            "ok": true,
            "problems": [],
            "notes": notes,
            "calendar": events.as_ref().ok().map(|ev| wire::Calendar::new(&campaign, ev, None)),
            "calendarProblem": calendar_problem.as_ref().map(|t| serde_json::json!({
                "code": "CALENDAR",
                "message": t.en,
                "messageZh": t.zh,
            })),
            "rules": wire::rules(&campaign),
        }));
        return Ok(calendar_problem.is_some());
    }
    crate::outln!(
        "{}",
        style.bold(&match lang {
            Lang::Zh => format!(
                "{shown}:可以载入({},{}项职责,{}个单位)",
                campaign.name.zh,
                campaign.duties.len(),
                campaign.units.len()
            ),
            Lang::En => format!(
                "{shown}: loads ({}, {} duties, {} units)",
                campaign.name.en,
                campaign.duties.len(),
                campaign.units.len()
            ),
        })
    );
    crate::outln!();
    crate::outln!("{}", style.bold(style.t("日程", "Timeline")));
    match &calendar_problem {
        None => {
            crate::timeline::run(&campaign, None, None, style)?;
        }
        Some(t) => crate::outln!(
            "[CALENDAR] {}",
            style.paint(fangfei::Severity::Error, t.get(lang))
        ),
    }
    crate::outln!();
    crate::outln!("{}", style.bold(style.t("规则目录", "Rules")));
    crate::timeline::rules(&campaign, style)?;
    crate::outln!();
    if notes.is_empty() {
        crate::outln!("{}", style.t("没有需要留意的地方。", "Nothing to look at."));
    } else {
        crate::outln!(
            "{}",
            style.bold(&match lang {
                Lang::Zh => format!("值得留意({}处)", notes.len()),
                Lang::En => format!("Worth a look ({})", notes.len()),
            })
        );
        for n in &notes {
            let m = match lang {
                Lang::Zh => &n.message_zh,
                Lang::En => &n.message,
            };
            crate::outln!(
                "  {}{}{}",
                n.path,
                style.t(":", ": "),
                style.paint(fangfei::Severity::Warning, m)
            );
        }
    }
    Ok(calendar_problem.is_some())
}

/// The refusal `campaign check` ends with (exit status 2), its problems already shown.
fn refused(file: &str, n: usize, _style: Style) -> Unusable {
    Unusable::new(
        "CAMPAIGN",
        format!("{file}:活动方案文件有误,共{n}处(见上)"),
        format!(
            "{file}: the campaign file is refused: {} (above)",
            crate::out::problems_en(n)
        ),
    )
    .reported()
}
