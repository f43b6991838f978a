//! The npm package's literal types are the library's and the embedded campaign's: the
//! block between `// BEGIN generated` and `// END generated` in `npm/index.d.ts` is
//! written from them, and this test fails when the two differ (a rule, column, channel,
//! role, strategy or outcome added on one side only). What a campaign declares (rule
//! ids, roles, materials, channels, columns) is open — another campaign has others —
//! so those types list the embedded campaign's values for completion and accept any
//! string. `UPDATE_GOLDEN=1 cargo test -p fangfei-wasm --test
//! types` rewrites the block.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use fangfei::campaign::{QuestionKind, TeamStrategy};
use fangfei::{Campaign, Effect, Outcome, Severity};

fn union<T: serde::Serialize>(
    name: &str,
    doc: &str,
    items: impl IntoIterator<Item = T>,
    as_str: impl Fn(&T) -> String,
) -> String {
    let names: Vec<String> = items
        .into_iter()
        .map(|v| {
            // The name the machine format writes is the name the type says.
            let s = as_str(&v);
            assert_eq!(
                serde_json::to_value(&v).unwrap(),
                serde_json::Value::String(s.clone()),
                "{name}"
            );
            format!("{s:?}")
        })
        .collect();
    format!(
        "/** {doc} */\nexport type {name} =\n  | {};\n",
        names.join("\n  | ")
    )
}

/// An open union: the embedded campaign's values, and any other string.
fn open(name: &str, doc: &str, items: Vec<String>) -> String {
    let names: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!(
        "/** {doc} */\nexport type {name} =\n  | {}\n  | (string & {{}});\n",
        names.join("\n  | ")
    )
}

fn generated() -> String {
    let c = Campaign::embedded();
    let rules: Vec<String> = c.catalogue().iter().map(|r| r.id.to_string()).collect();
    let mut s =
        String::from("// BEGIN generated from the Rust catalogue (bindings/wasm/tests/types.rs)\n");
    s += &open(
        "RuleId",
        "A rule id: the library's own, and the ones the campaign declares (here the embedded 2021 campaign's).",
        rules,
    );
    s += &open(
        "Annex3Field",
        "A count column of the campaign's statistics table (here the embedded campaign's, in column order).",
        c.statistics_table
            .iter()
            .flat_map(|t| &t.columns)
            .map(|col| col.key.clone())
            .collect(),
    );
    s += &open(
        "Channel",
        "A channel the campaign declares, by key (names and aliases are read too).",
        c.channels.iter().map(|ch| ch.key.clone()).collect(),
    );
    s += &open(
        "Role",
        "A role the campaign declares.",
        c.roles.iter().map(|r| r.key.clone()).collect(),
    );
    s += &open(
        "SubmissionKind",
        "A material the campaign declares (what a unit sends the office).",
        c.materials.iter().map(|m| m.key.clone()).collect(),
    );
    s += &open(
        "SummaryPart",
        "A part of a material the campaign declares.",
        c.materials
            .iter()
            .flat_map(|m| &m.parts)
            .map(|p| p.key.clone())
            .collect(),
    );
    s += &union(
        "Strategy",
        "The team formulas of the quiz.",
        TeamStrategy::ALL,
        |t| t.name().to_owned(),
    );
    s += &union(
        "QuestionKind",
        "The kinds of quiz question.",
        QuestionKind::VARIANTS.iter().copied(),
        |k| k.as_str().to_owned(),
    );
    s += &union(
        "Outcome",
        "A finding's outcome.",
        Outcome::VARIANTS.iter().copied(),
        |o| o.as_str().to_owned(),
    );
    s += &union(
        "Severity",
        "A finding's severity.",
        Severity::VARIANTS.iter().copied(),
        |o| o.as_str().to_owned(),
    );
    s += &union(
        "Effect",
        "A finding's year-end evaluation effect.",
        Effect::VARIANTS.iter().copied(),
        |o| o.as_str().to_owned(),
    );
    s += "// END generated\n";
    s
}

#[test]
fn the_types_list_what_the_library_knows() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("npm/index.d.ts");
    let text = std::fs::read_to_string(&path).unwrap();
    let begin = text
        .find("// BEGIN generated")
        .expect("no BEGIN generated in index.d.ts");
    let end = text
        .find("// END generated\n")
        .expect("no END generated in index.d.ts")
        + "// END generated\n".len();
    let want = generated();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let mut new = text.clone();
        new.replace_range(begin..end, &want);
        std::fs::write(&path, new).unwrap();
        return;
    }
    assert!(
        text[begin..end] == want,
        "npm/index.d.ts's generated block is stale: UPDATE_GOLDEN=1 cargo test -p fangfei-wasm --test types\n{want}"
    );
}
