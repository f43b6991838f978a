//! The command line's leak test (issue 27, "no output of one campaign holds another's
//! text"): every command run under another place's campaign — its text, JSON, HTML,
//! XLSX, notices and SVG — holds no word that only the embedded 2021 campaign has (its
//! table's name and clause, its units, venues, titles, days …). The library's outputs
//! are held to the same by `tests/all/campaigns.rs`; this is what the command line adds
//! around them (headings, column labels, sheet names, help for the default plan).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fangfei::campaign::{DutyRule, UnitsFile};
use fangfei::{Campaign, Instant};
use serde_json::{json, Value};

#[path = "../../../tests/common/own.rs"]
mod own;
use own::own_strings;

use super::{fixture, run, tmp};

/// The campaigns the commands are run under: a table of other columns, a county plan
/// with three phases and no table (its roster given apart), a city notice with a quiz
/// and no roster.
const CAMPAIGNS: [(&str, Option<&str>); 3] = [
    (
        "synthetic-table-2023",
        Some("synthetic-table-2023.units.json"),
    ),
    ("county-2024", Some("county-2024.units.synthetic.json")),
    ("anhui-city-2022", None),
];

/// A campaign under test: the loaded campaign, its file's text (without its `sources`,
/// which cite other plans by name), and the arguments that select it.
struct Under {
    campaign: Campaign,
    text: String,
    args: Vec<String>,
}

fn under(id: &str, units: Option<&str>) -> Under {
    let file = fixture(&format!("{id}.json"));
    let json = std::fs::read_to_string(&file).unwrap();
    let mut campaign = Campaign::from_json(&json).unwrap();
    let mut args = vec!["--campaign".to_owned(), file];
    let mut text = without_sources(&json);
    if let Some(u) = units {
        let path = fixture(u);
        let units = std::fs::read_to_string(&path).unwrap();
        campaign = campaign
            .with_units(UnitsFile::from_json(&units).unwrap())
            .unwrap();
        text.push_str(&without_sources(&units));
        args.extend(["--units".to_owned(), path]);
    }
    Under {
        campaign,
        text,
        args,
    }
}

/// A campaign or units file's text without the fields that cite where it comes from.
fn without_sources(json: &str) -> String {
    let mut v: Value = serde_json::from_str(json).unwrap();
    if let Some(o) = v.as_object_mut() {
        for k in ["sources", "source", "roster_source"] {
            o.remove(k);
        }
    }
    v.to_string()
}

/// Words of the 2021 plan its file holds besides its names: its short name and its
/// office's, its 七进 activities, its table's name in English.
const WORDS_2021: [&str; 4] = ["凌源", "市处非办", "七进", "Annex 3"];

/// Names the 2021 plan gives that are the tool's own words for any plan: its table
/// group 其他 (the tool's "其他问题与提示") and its material 统计表 (the tool's word for
/// any plan's table, as in "关于退回统计表的通知").
const GENERIC: [&str; 2] = ["其他", "统计表"];

/// The words only the 2021 campaign has, as far as `other` is concerned: the 2021
/// campaign's own strings that are neither `other`'s own nor in its files.
fn only_2021(other: &Under) -> BTreeSet<String> {
    let c2021 = Campaign::embedded();
    let text_2021 = fangfei::campaign::LINGYUAN_2021_JSON;
    let mut words = own_strings(c2021);
    for w in WORDS_2021 {
        assert!(text_2021.contains(w), "{w} is no word of the 2021 file");
        words.insert(w.to_owned());
    }
    let theirs = own_strings(&other.campaign);
    words.retain(|w| {
        !theirs.contains(w) && !other.text.contains(w.as_str()) && !GENERIC.contains(&w.as_str())
    });
    words
}

/// Runs the command line under `u` with `args`; its stdout and stderr as one text.
fn run_under(u: &Under, args: &[&str]) -> String {
    let mut all: Vec<&str> = u.args.iter().map(String::as_str).collect();
    all.extend_from_slice(args);
    let (_, out, err) = run(&all);
    format!("{out}\n{err}")
}

/// Every cell's text and every sheet's name of a workbook, read back with calamine
/// (hidden sheets too).
fn workbook_text(path: &Path) -> String {
    use calamine::{open_workbook_auto, Reader};
    let mut wb = open_workbook_auto(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut text = String::new();
    for name in wb.sheet_names() {
        text.push_str(&name);
        text.push('\n');
        let range = wb.worksheet_range(&name).unwrap();
        for row in range.rows() {
            for cell in row {
                text.push_str(&cell.to_string());
                text.push('|');
            }
            text.push('\n');
        }
    }
    text
}

/// Every file of a folder, read as text.
fn folder_text(dir: &Path) -> String {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| format!("{}\n{}", p.display(), std::fs::read_to_string(p).unwrap()))
        .collect()
}

/// The records an audit of `c` reads: a bare record (with a blank statistics table,
/// sent back), one that says "none" of everything (with a table of ones, accepted),
/// and one of a unit off the roster (its table totalled apart).
fn records(c: &Campaign, dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let names: Vec<&str> = c.units.iter().map(|u| u.name.as_str()).collect();
    let first = names.first().copied().unwrap_or("某单位");
    let second = names.get(1).copied().unwrap_or(first);
    let table = c.statistics_table.as_ref();
    let filled = |unit: &str| {
        let mut t = json!({ "unit": unit });
        for col in table.iter().flat_map(|t| &t.columns) {
            t[col.key.as_str()] = json!(1);
        }
        t
    };
    let mut bare = json!({ "unit": first });
    let mut none = json!({ "unit": second, "submissions": [] });
    let mut outside = json!({ "unit": "名单外单位" });
    if let Some(t) = table {
        bare[t.key.as_str()] = json!({ "unit": first });
        none[t.key.as_str()] = filled(second);
        outside[t.key.as_str()] = filled("名单外单位");
    }
    for l in &c.lists {
        none[l.key.as_str()] = json!([]);
    }
    for e in &c.events {
        none[e.key.as_str()] = json!([]);
    }
    for (name, v) in [("bare", bare), ("none", none), ("outside", outside)] {
        std::fs::write(dir.join(format!("{name}.json")), v.to_string()).unwrap();
    }
}

/// A statistics table as a unit's CSV: the campaign's headers, a row of ones, and a
/// row left blank (sent back); for a campaign without a table, the 2021 plan's.
fn table_csv(c: &Campaign, path: &Path) {
    let t = c
        .statistics_table
        .as_ref()
        .or(Campaign::embedded().statistics_table.as_ref())
        .unwrap();
    let mut head = vec!["填报单位".to_owned()];
    head.extend(t.columns.iter().map(|c| c.header_zh()));
    let ones = vec!["1"; t.columns.len()].join(",");
    let blanks = ",".repeat(t.columns.len().saturating_sub(1));
    let unit = c.units.first().map_or("某单位", |u| u.name.as_str());
    std::fs::write(
        path,
        format!("{}\n{unit},{ones}\n名单外单位,{blanks}\n", head.join(",")),
    )
    .unwrap();
}

/// An instant an hour before the campaign's first delivery falls due (the reports'
/// 催报 list), else mid-span.
fn before_a_deadline(c: &Campaign) -> String {
    let due = c.duties.iter().find_map(|d| match &d.rule {
        DutyRule::Deliver(x) => Some(c.due_of(x).cutoff().0),
        _ => None,
    });
    match due {
        Some(t) => Instant::from_beijing(t.beijing() - chrono::Duration::hours(1)).to_string(),
        None => format!("{}T12:00:00+08:00", c.span.first),
    }
}

/// Every output of every command under `u`: (what, text).
fn outputs(id: &str, u: &Under) -> Vec<(String, String)> {
    let c = &u.campaign;
    let dir = tmp(&format!("leak-{id}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let p = |name: &str| dir.join(name).to_str().unwrap().to_owned();
    let recs = p("records");
    records(c, Path::new(&recs));
    let bare = p("records/bare.json");
    let csv = p("table.csv");
    table_csv(c, Path::new(&csv));
    let first_day = format!("{}T10:00", c.span.first);
    let soon = before_a_deadline(c);

    let mut out = Vec::new();
    let mut said = |what: &str, text: String| out.push((what.to_owned(), text));
    for lang in ["zh", "en"] {
        for format in ["text", "json"] {
            let o = ["--lang", lang, "--format", format];
            fn and<'a>(o: &[&'a str], args: &[&'a str]) -> Vec<&'a str> {
                [o, args].concat()
            }
            let with = |args: &[&str]| run_under(u, &and(&o, args));
            let tag = |what: &str| format!("{what} ({lang}, {format})");
            said(&tag("timeline"), with(&["timeline"]));
            said(
                &tag("timeline --at"),
                with(&["timeline", "--at", &first_day]),
            );
            said(&tag("rules"), with(&["rules"]));
            said(&tag("check"), with(&["check", &bare]));
            said(&tag("audit"), with(&["audit", &recs]));
            said(
                &tag("audit --as-of"),
                with(&["audit", &recs, "--as-of", &soon]),
            );
            said(&tag("annex3 check"), with(&["annex3", "check", &csv]));
            said(&tag("annex3 total"), with(&["annex3", "total", &csv]));
            said(&tag("annex3 schema"), with(&["annex3", "schema"]));
            said(
                &tag("campaign check"),
                with(&["campaign", "check", &u.args[1]]),
            );
        }
    }
    // The files the commands write.
    for (as_of, tag) in [(None, "final"), (Some(soon.as_str()), "due soon")] {
        let (html, xlsx, notices) = (p(&format!("{tag}.html")), p(&format!("{tag}.xlsx")), p(tag));
        let mut args = vec![
            "audit",
            &recs,
            "--html",
            &html,
            "--xlsx",
            &xlsx,
            "--notices",
            &notices,
        ];
        if let Some(t) = as_of {
            args.extend(["--as-of", t]);
        }
        said(&format!("audit --html … ({tag})"), run_under(u, &args));
        said(
            &format!("the HTML report ({tag})"),
            std::fs::read_to_string(&html).unwrap(),
        );
        said(
            &format!("the XLSX report ({tag})"),
            workbook_text(Path::new(&xlsx)),
        );
        said(
            &format!("the notices ({tag})"),
            folder_text(Path::new(&notices)),
        );
    }
    let svg = p("timeline.svg");
    said("timeline --svg", run_under(u, &["timeline", "--svg", &svg]));
    // The calendar picture, without its cells' ISO dates (which name every day of the
    // grid, the 2021 plan's days among them).
    let picture = std::fs::read_to_string(&svg).unwrap();
    let cut: String = picture
        .split("data-date=\"")
        .enumerate()
        .map(|(i, part)| if i == 0 { part } else { &part[10..] })
        .collect();
    said("the SVG", cut);
    let ledger = p("ledger.xlsx");
    said(
        "ledger template",
        run_under(u, &["ledger", "template", &ledger, "--from", &recs]),
    );
    said("the ledger", workbook_text(Path::new(&ledger)));
    let total = p("total.xlsx");
    said(
        "annex3 total --xlsx",
        run_under(u, &["annex3", "total", &csv, "--xlsx", &total]),
    );
    let template = p("template.xlsx");
    said(
        "annex3 template",
        run_under(u, &["annex3", "template", &template]),
    );
    for (what, path) in [("the total workbook", &total), ("the template", &template)] {
        if c.statistics_table.is_some() {
            said(what, workbook_text(Path::new(path)));
        } else {
            assert!(
                !Path::new(path).exists(),
                "{id}: {what} written without a table"
            );
        }
    }
    out
}

/// Every output holding a 2021-only word: (output, word).
fn leaks(outputs: &[(String, String)], words: &BTreeSet<String>) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (what, text) in outputs {
        for w in words {
            if text.contains(w.as_str()) {
                found.push((what.clone(), w.clone()));
            }
        }
    }
    found
}

#[test]
fn no_command_under_another_campaign_says_a_2021_word() {
    let mut all = Vec::new();
    for (id, units) in CAMPAIGNS {
        let u = under(id, units);
        let words = only_2021(&u);
        // The test can see a leak: the words of 2021 are many, and the ones the brief
        // names are among them.
        assert!(words.len() > 100, "{id}: {}", words.len());
        for w in ["市政府前广场", "市教育局", "凌源", "2021年"] {
            assert!(words.contains(w), "{id}: {w}");
        }
        // `campaign show` prints the file in use as it is (its sources too), and
        // nothing else.
        let mut args: Vec<&str> = u.args.iter().map(String::as_str).collect();
        args.extend(["campaign", "show"]);
        let (code, shown, err) = run(&args);
        assert_eq!((code, err.as_str()), (0, ""), "{id}");
        assert_eq!(
            shown.trim_end(),
            std::fs::read_to_string(&u.args[1]).unwrap().trim_end(),
            "{id}"
        );
        let outputs = outputs(id, &u);
        all.extend(
            leaks(&outputs, &words)
                .into_iter()
                .map(|(what, w)| format!("{id}: {what}: {w}")),
        );
        all.extend(
            plan_words_it_lacks(&u, &outputs)
                .into_iter()
                .map(|(what, w)| format!("{id}: {what}: {w}")),
        );
    }
    assert!(all.is_empty(), "{} leaks:\n{}", all.len(), all.join("\n"));
}

/// Words of parts a plan may lack, said by an output of a campaign that lacks them:
/// the year-end evaluation (考评, evaluation) under a plan with none — no evaluation
/// and no duty with an effect ([`Campaign::evaluates`]) — and a city's total (全市合计)
/// under a plan whose place is no city (its total is [`Campaign::total_label`]).
fn plan_words_it_lacks(u: &Under, outputs: &[(String, String)]) -> Vec<(String, String)> {
    let mut words: Vec<&str> = Vec::new();
    if !u.campaign.evaluates() {
        words.extend(["考评", "evaluation"]);
    }
    if u.campaign.total_label().zh != "全市合计" {
        words.extend(["全市合计", "city total"]);
    }
    words.retain(|w| !u.text.to_lowercase().contains(w));
    let mut found = Vec::new();
    for (what, text) in outputs {
        let text = text.to_lowercase();
        found.extend(
            words
                .iter()
                .filter(|w| text.contains(*w))
                .map(|w| (what.clone(), (*w).to_owned())),
        );
    }
    found
}

#[test]
fn a_plan_without_an_evaluation_is_seen_to_have_none() {
    // The campaigns above have no evaluation and no place that is a city: what the
    // leak test holds them to is a law about them.
    for (id, units) in CAMPAIGNS {
        let u = under(id, units);
        assert!(!u.campaign.evaluates(), "{id}");
        assert_ne!(u.campaign.total_label().zh, "全市合计", "{id}");
    }
    // A word said where the plan has none is seen, in any case.
    let u = under("county-2024", Some("county-2024.units.synthetic.json"));
    let said = vec![
        ("audit".to_owned(), "年度考评减分(0项)".to_owned()),
        (
            "audit (en)".to_owned(),
            "Evaluation deductions (0)".to_owned(),
        ),
        ("total".to_owned(), "City total: 3".to_owned()),
    ];
    assert_eq!(
        plan_words_it_lacks(&u, &said),
        [
            ("audit".to_owned(), "考评".to_owned()),
            ("audit (en)".to_owned(), "evaluation".to_owned()),
            ("total".to_owned(), "city total".to_owned()),
        ]
    );
}

#[test]
fn the_leak_test_sees_a_planted_word() {
    // county-2024 with its first event named after a 2021 venue its file does not hold
    // (as a heading written in code would): the leak test names it in the timeline.
    let original = under("county-2024", Some("county-2024.units.synthetic.json"));
    let mut v: Value =
        serde_json::from_str(&std::fs::read_to_string(&original.args[1]).unwrap()).unwrap();
    v["events"][0]["name"]["zh"] = json!("集中宣传日(市政府前广场)");
    let planted = tmp("planted-county-2024.json");
    std::fs::write(&planted, v.to_string()).unwrap();
    let mut u = under("county-2024", Some("county-2024.units.synthetic.json"));
    u.args[1] = planted.to_str().unwrap().to_owned();
    let timeline = vec![("timeline".to_owned(), run_under(&u, &["timeline"]))];
    let found = leaks(&timeline, &only_2021(&original));
    assert!(
        found
            .iter()
            .any(|(what, w)| what == "timeline" && w == "市政府前广场"),
        "{found:?}"
    );
    // What the file does hold is no leak.
    assert!(
        found.iter().all(|(_, w)| w.contains("政府前广场")),
        "{found:?}"
    );
}
