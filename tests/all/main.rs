//! Integration tests, built as one binary (STYLE.md practice 8).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

mod annex3;
mod calendar;
mod campaigns;
mod catalogue;
mod cday;
mod compliance;
mod deadlines;
mod duties;
mod language;
mod layering;
mod limits;
mod links;
mod media;
#[cfg(not(target_arch = "wasm32"))]
mod props;
mod quiz;
#[cfg(not(target_arch = "wasm32"))]
mod quiz_props;
#[cfg(all(feature = "proptest", not(target_arch = "wasm32")))]
mod strategy_props;
mod timeline;

/// [`fangfei::audit::check_submissions`] for a unit of `roles`, its answer to the 2021
/// campaign's flag `self_organises_concentrated_day` when given.
pub fn check_submissions(
    c: &fangfei::Campaign,
    roles: &[&str],
    self_organises: Option<bool>,
    subs: &[fangfei::record::Submission],
    as_of: fangfei::Instant,
) -> Vec<fangfei::Finding> {
    let roles: Vec<String> = roles.iter().map(|r| (*r).to_owned()).collect();
    let flags = self_organises
        .map(|b| [("self_organises_concentrated_day".to_owned(), b)].into())
        .unwrap_or_default();
    fangfei::audit::check_submissions(c, &roles, &flags, subs, as_of)
}

/// Reads a file of tests/data.
pub fn data(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The rows of a tab-separated table: blank lines and `#` comment lines skipped; a
/// trailing `# comment` cell (the clause the row comes from) is cut off.
pub fn rows(text: &str) -> Vec<(usize, Vec<String>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| {
            let l = l.split('#').next().unwrap_or(l);
            (
                i + 1,
                l.split('\t')
                    .map(|c| c.trim().to_owned())
                    .filter(|c| !c.is_empty())
                    .collect(),
            )
        })
        .collect()
}
