//! The npm package's literal types are the Rust catalogue's: the block between
//! `// BEGIN generated` and `// END generated` in `npm/index.d.ts` is written from it,
//! and this test fails when the two differ (a rule, field, channel, role, strategy or
//! outcome added on one side only). `UPDATE_GOLDEN=1 cargo test -p fangfei-wasm --test
//! types` rewrites the block.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use fangfei::annex3::Field;
use fangfei::campaign::{QuestionKind, Role, SubmissionKind, SummaryPart, TeamStrategy};
use fangfei::record::Channel;
use fangfei::{Effect, Outcome, Severity};

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

fn generated() -> String {
    let rules: Vec<String> = fangfei::rule::CATALOGUE
        .iter()
        .map(|r| r.id.as_str().to_owned())
        .collect();
    let mut s =
        String::from("// BEGIN generated from the Rust catalogue (bindings/wasm/tests/types.rs)\n");
    s += &union(
        "RuleId",
        "Every rule id of the spec, and the library's own INPUT and CAMPAIGN.",
        rules,
        |r| r.clone(),
    );
    s += &union(
        "Annex3Field",
        "The eleven counts of the Annex 3 table, in column order.",
        Field::ALL,
        |f| f.name().to_owned(),
    );
    s += &union(
        "Channel",
        "Where a media work appeared (its machine name; Chinese names are read too).",
        Channel::VARIANTS.iter().copied(),
        |c| c.as_str().to_owned(),
    );
    s += &union(
        "Role",
        "What a unit is on the roster.",
        Role::VARIANTS.iter().copied(),
        |r| r.as_str().to_owned(),
    );
    s += &union(
        "SubmissionKind",
        "What a unit sends the office.",
        SubmissionKind::VARIANTS.iter().copied(),
        |k| k.as_str().to_owned(),
    );
    s += &union(
        "SummaryPart",
        "The parts of a summary (二(三)2).",
        SummaryPart::VARIANTS.iter().copied(),
        |p| p.as_str().to_owned(),
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
