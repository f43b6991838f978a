//! The layering of `src/`: each top-level module imports only from modules below it, so
//! that a reader (and the compiler) can take the crate bottom-up. Reads every
//! `crate::name` of each module's files (outside its tests), resolves the names
//! `lib.rs` re-exports (`crate::Campaign` is `campaign`), and fails on any cycle,
//! printing it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The `crate::word` references of `text`, outside comments (a doc link is no import)
/// and `#[cfg(test)]` modules.
fn references(text: &str) -> BTreeSet<String> {
    let code: String = text
        .split("#[cfg(test)]")
        .next()
        .unwrap_or("")
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        // `$crate::` in a macro is the crate too; a path like `other_crate::` is not.
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let word: String = code[i + "crate::".len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !word.is_empty() {
            out.insert(word);
        }
    }
    out
}

/// Which module each name re-exported by `lib.rs` (`pub use campaign::{Campaign, …}`)
/// comes from.
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for line in lib.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, names)) = rest.split_once("::") else {
            continue;
        };
        let names = names.trim_end_matches(';').trim_matches(['{', '}']);
        for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            out.insert(name.to_owned(), module.to_owned());
        }
    }
    out
}

/// Each top-level module and the modules it refers to.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let names = reexports(&lib);
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_owned();
        if module == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let edges = g.entry(module.clone()).or_default();
        for word in references(&text) {
            let target = names.get(&word).cloned().unwrap_or(word);
            if target != module {
                edges.insert(target);
            }
        }
    }
    g
}

/// A cycle through `node`, if any, as the list of modules on it.
fn cycle(
    g: &BTreeMap<String, BTreeSet<String>>,
    node: &str,
    stack: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(i) = stack.iter().position(|n| n == node) {
        let mut c = stack[i..].to_vec();
        c.push(node.to_owned());
        return Some(c);
    }
    if done.contains(node) {
        return None;
    }
    stack.push(node.to_owned());
    for next in g.get(node).into_iter().flatten() {
        if let Some(c) = cycle(g, next, stack, done) {
            return Some(c);
        }
    }
    stack.pop();
    done.insert(node.to_owned());
    None
}

#[test]
fn modules_import_only_downwards() {
    let g = graph();
    assert!(g.len() > 10, "the modules of src/ were found: {g:?}");
    let mut done = BTreeSet::new();
    for node in g.keys() {
        if let Some(c) = cycle(&g, node, &mut Vec::new(), &mut done) {
            panic!("import cycle: {}", c.join(" → "));
        }
    }
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let g: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
    .collect();
    let c = cycle(&g, "a", &mut Vec::new(), &mut BTreeSet::new()).unwrap();
    assert_eq!(c, ["a", "b", "c", "a"]);
    assert!(cycle(&g, "d", &mut Vec::new(), &mut BTreeSet::new()).is_none());
    assert_eq!(
        references("use crate::time::Instant; $crate::json::x; fangfei_crate::no;\n/// [`crate::Campaign`]\n#[cfg(test)]\nuse crate::wire;"),
        ["json", "time"].into_iter().map(str::to_owned).collect()
    );
}
