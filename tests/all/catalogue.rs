//! Every rule id of RULES.md has an entry in the embedded campaign's catalogue, in both
//! languages, and every entry of it is in RULES.md.

use std::collections::BTreeSet;

use fangfei::rule::RuleId;
use fangfei::Campaign;

/// The ids RULES.md defines: `| ID |` table rows and `- **ID**` bullets, plus ids
/// introduced in backticks in interpretation lines (`D-SUMMARY-PARTS`).
fn ids_in(rules_md: &str) -> BTreeSet<String> {
    let is_word = |s: &str| {
        s.len() >= 4
            && s.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
            && s.starts_with(|c: char| c.is_ascii_uppercase())
    };
    let is_id = |s: &str| is_word(s) && s.contains('-');
    let mut ids = BTreeSet::new();
    for line in rules_md.lines() {
        let l = line.trim();
        if let Some(rest) = l.strip_prefix("| ") {
            let cell = rest.split('|').next().unwrap_or("").trim();
            if is_id(cell) {
                ids.insert(cell.to_owned());
            }
        }
        if let Some(rest) = l.strip_prefix("- **") {
            let id = rest.split("**").next().unwrap_or("");
            if is_word(id) {
                ids.insert(id.to_owned());
            }
        }
        for part in l.split('`').skip(1).step_by(2) {
            if is_id(part)
                && !part.contains(' ')
                && part.matches('-').count() >= 1
                && part.chars().filter(|c| c.is_ascii_uppercase()).count() >= 3
            {
                ids.insert(part.to_owned());
            }
        }
    }
    ids
}

fn check(path: &std::path::Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let ids = ids_in(&text);
    assert!(
        ids.len() >= 45,
        "{}: only {} ids found",
        path.display(),
        ids.len()
    );
    for id in &ids {
        let rule: RuleId = id
            .parse()
            .unwrap_or_else(|_| panic!("{id} (in {}) has no catalogue entry", path.display()));
        let info = Campaign::embedded()
            .rule_info(rule)
            .unwrap_or_else(|| panic!("{id} (in {}) has no catalogue entry", path.display()));
        assert!(
            !info.title.zh.is_empty()
                && !info.title.en.is_empty()
                && !info.text.zh.is_empty()
                && !info.text.en.is_empty()
                && !info.clause.is_empty(),
            "{id}"
        );
    }
}

#[test]
fn every_id_of_rules_md_is_catalogued() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    check(&root.join("docs/RULES.md"));
    // The shared spec beside the checkout, when present, must agree with our copy.
    let shared = root.join("../shared/RULES.md");
    if shared.exists() {
        check(&shared);
        // Ours may add rules (marked "added by this library"); it drops none.
        let ours = ids_in(&std::fs::read_to_string(root.join("docs/RULES.md")).unwrap());
        let missing: Vec<_> = ids_in(&std::fs::read_to_string(&shared).unwrap())
            .into_iter()
            .filter(|id| !ours.contains(id))
            .collect();
        assert!(
            missing.is_empty(),
            "docs/RULES.md lacks {missing:?} of ../shared/RULES.md"
        );
    }
}

#[test]
fn catalogue_has_no_id_outside_the_spec_but_the_library_codes() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/RULES.md"),
    )
    .unwrap();
    let ids = ids_in(&text);
    for r in Campaign::embedded().catalogue() {
        let id = r.id.as_str();
        assert!(
            ids.contains(id) || ["INPUT", "CAMPAIGN"].contains(&id),
            "{id} is not in RULES.md"
        );
    }
}
