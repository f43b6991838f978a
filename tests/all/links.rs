//! Dead links and stale paths in the documentation: every `*.md` of the repository and
//! every doc comment of `src/` and `cli/src/`.
//!
//! - A relative markdown link `[x](path)` or `[x](path#anchor)` in a `*.md` must name a
//!   file or folder that exists (relative to the file, as GitHub reads it), and its
//!   anchor a heading of that file (GitHub's slug); `[x](#anchor)` a heading of the
//!   file itself.
//! - A doc comment is rendered by rustdoc (docs.rs), where no repository file exists:
//!   a link in it to a file (`[x](docs/cli.md)`) is dead wherever it points. So is one
//!   in a `*.md` that `src/lib.rs` includes as documentation (`docs/cli.md`, shown on
//!   docs.rs as `fangfei::_documentation::cli`). Intra-doc links
//!   (`[x](crate::Campaign)`) are rustdoc's to check (`-D warnings`).
//! - A backticked path that looks like one of the repository's (`src/lib.rs`,
//!   `docs/cli.md`, `tests/data/`: it contains `/` and ends in a file extension or
//!   starts at a top-level folder) must exist, relative to the repository, the file's
//!   folder or one of its parents (`tests/cli.rs` in `cli/src` is `cli/tests/cli.rs`).
//!
//! Fenced code blocks are skipped (commands and examples, not references), as is what
//! the repository's `.gitignore` names (build output). Nothing is exempt: CHANGELOG.md
//! and BENCHMARKS.md are checked like the rest (their paths are kept current).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Folders never walked: build output, installed packages, fuzzing state (`.gitignore`).
const SKIPPED_DIRS: &[&str] = &[
    ".git",
    "target",
    "node_modules",
    "fuzz/corpus",
    "fuzz/artifacts",
    "bindings/wasm/pkg",
    "dist",
];

/// Build output named in the docs (`bindings/wasm/pkg/`): not in a fresh checkout,
/// so a path under one is taken as it is written.
const GENERATED: &[&str] = &["target/", "bindings/wasm/pkg/", "dist/"];

/// Folders at the top of the repository: a backticked `docs/…` names a file there.
const TOP_DIRS: &[&str] = &[
    "src", "cli", "docs", "scripts", "tests", "bindings", "examples", "fuzz", "benches",
];

/// Endings that make a backticked text with a `/` a file path.
const EXTENSIONS: &[&str] = &[
    "rs", "md", "json", "jsonl", "txt", "toml", "csv", "xlsx", "xls", "mjs", "cjs", "js", "ts",
    "html", "css", "sh", "py", "yml", "yaml", "lock", "svg", "wasm",
];

/// A line's number (1-based) and text.
type Line = (usize, String);

/// What is rendered where: GitHub (`*.md`) or rustdoc (doc comments).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Markdown,
    Rustdoc,
}

/// A dead link or path: the file (relative to the root), its line, what and why.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Dead {
    file: String,
    line: usize,
    target: String,
    why: &'static str,
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let rel = relative(root, &path);
        if path.is_dir() {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !SKIPPED_DIRS.contains(&rel.as_str()) && !SKIPPED_DIRS.contains(&name) {
                walk(root, &path, out);
            }
        } else {
            out.push(path);
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// The text's lines outside fenced code blocks, each with its number (1-based), as
/// paragraphs: runs of non-blank lines (a code span may cross a line break).
fn paragraphs(lines: &[(usize, String)]) -> Vec<Vec<(usize, String)>> {
    let mut out = Vec::new();
    let mut current: Vec<(usize, String)> = Vec::new();
    let mut fence: Option<String> = None;
    for (n, line) in lines {
        let t = line.trim_start();
        if let Some(f) = &fence {
            if t.starts_with(f.as_str()) {
                fence = None;
            }
            continue;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            let marker: String = t.chars().take_while(|c| *c == '`' || *c == '~').collect();
            fence = Some(marker);
            out.push(std::mem::take(&mut current));
            continue;
        }
        if t.is_empty() {
            out.push(std::mem::take(&mut current));
        } else {
            current.push((*n, line.clone()));
        }
    }
    out.push(current);
    out.retain(|p| !p.is_empty());
    out
}

/// Splits a paragraph into its code spans (with the line each starts on) and the text
/// outside them (each char with its line).
fn spans(para: &[(usize, String)]) -> (Vec<Line>, Vec<(usize, char)>) {
    let chars: Vec<(usize, char)> = para
        .iter()
        .flat_map(|(n, l)| l.chars().chain(std::iter::once('\n')).map(move |c| (*n, c)))
        .collect();
    let run_at = |i: usize| chars[i..].iter().take_while(|(_, c)| *c == '`').count();
    let mut code = Vec::new();
    let mut text = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].1 != '`' {
            text.push(chars[i]);
            i += 1;
            continue;
        }
        let n = run_at(i);
        // The closing run: the next run of exactly n backticks.
        let mut j = i + n;
        let mut close = None;
        while j < chars.len() {
            if chars[j].1 == '`' {
                let m = run_at(j);
                if m == n {
                    close = Some(j);
                    break;
                }
                j += m;
            } else {
                j += 1;
            }
        }
        match close {
            Some(j) => {
                let inner: String = chars[i + n..j].iter().map(|(_, c)| *c).collect();
                code.push((chars[i].0, inner.replace('\n', " ").trim().to_owned()));
                i = j + n;
            }
            None => {
                // A lone run is literal text.
                text.extend_from_slice(&chars[i..i + n]);
                i += n;
            }
        }
    }
    (code, text)
}

/// The `[x](target)` links of text outside code spans, with their lines.
fn links(text: &[(usize, char)]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for i in 0..text.len().saturating_sub(1) {
        if text[i].1 != ']' || text[i + 1].1 != '(' {
            continue;
        }
        let mut depth = 0;
        let mut target = String::new();
        for &(_, c) in &text[i + 2..] {
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => break,
                ')' => depth -= 1,
                '\n' => break,
                _ => {}
            }
            target.push(c);
        }
        // `<path with spaces>` and a `"title"` after the target.
        let target = target.trim();
        let target = target
            .strip_prefix('<')
            .and_then(|t| t.split_once('>'))
            .map(|(t, _)| t)
            .unwrap_or_else(|| target.split_whitespace().next().unwrap_or(""));
        out.push((text[i].0, target.to_owned()));
    }
    out
}

/// The targets of a paragraph's link definitions, `[label]: target`, with their lines.
fn definitions(para: &[Line]) -> Vec<Line> {
    para.iter()
        .filter_map(|(n, l)| {
            let rest = l.trim_start().strip_prefix('[')?;
            let (label, target) = rest.split_once("]:")?;
            if label.is_empty() || label.contains(']') {
                return None;
            }
            let target = target.trim();
            let (target, title) = match target.strip_prefix('<') {
                Some(t) => t.split_once('>')?,
                None => target.split_once(' ').unwrap_or((target, "")),
            };
            // Only a title may follow, else it is text (`[`Error`]: blank, or unknown.`).
            let title = title.trim();
            (title.is_empty() || title.starts_with(['"', '\'', '(']))
                .then(|| (*n, target.to_owned()))
        })
        .collect()
}

/// Whether a link target is an intra-doc link (a Rust path), not a file.
fn rust_path(target: &str) -> bool {
    let t = target.trim_end_matches("()").trim_end_matches('!');
    target.contains("::")
        || (!t.is_empty() && t.chars().all(|c| c.is_alphanumeric() || c == '_') && !t.contains('.'))
}

/// Whether a link target leaves the repository's files (a URL, a mail address).
fn external(target: &str) -> bool {
    target.contains("://") || target.starts_with("mailto:") || target.starts_with("//")
}

/// GitHub's anchor of a heading: lower case, punctuation other than `-` and `_`
/// dropped, spaces as `-`.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_' || *c == ' ')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a markdown text's headings (outside fences), `-1`, `-2` … for
/// repeated ones, as GitHub numbers them.
fn anchors(text: &str) -> BTreeSet<String> {
    let lines: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_owned()))
        .collect();
    let mut out = BTreeSet::new();
    for para in paragraphs(&lines) {
        for (_, line) in para {
            let t = line.trim_start();
            let hashes = t.chars().take_while(|c| *c == '#').count();
            if !(1..=6).contains(&hashes) || !t[hashes..].starts_with(' ') {
                continue;
            }
            // Code spans and links keep their text in the slug.
            let heading: String = t[hashes..].chars().filter(|c| *c != '`').collect();
            let heading = strip_links(&heading);
            let base = slug(&heading);
            let mut name = base.clone();
            let mut n = 0;
            while out.contains(&name) {
                n += 1;
                name = format!("{base}-{n}");
            }
            out.insert(name);
        }
    }
    out
}

/// `[text](target)` as `text`.
fn strip_links(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("](") {
        let Some(j) = rest[i..].find(')') else { break };
        out.push_str(&rest[..i].replacen('[', "", 1));
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether a backticked text looks like a path of the repository.
fn path_like(code: &str) -> Option<String> {
    if code.is_empty()
        || !code.contains('/')
        || code.contains(|c: char| c.is_whitespace() || "*?{}<>$…|=,;'\"()[]@%+".contains(c))
        || code.contains("://")
        || code.contains("::")
        || code.starts_with(['/', '~', '-', '.'])
    {
        return None;
    }
    // `src/lib.rs:12`, `docs/cli.md#limits`.
    let path = code.split('#').next().unwrap_or(code);
    let path = match path.rsplit_once(':') {
        Some((p, line)) if line.chars().all(|c| c.is_ascii_digit()) => p,
        _ => path,
    };
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let extension = last
        .rsplit_once('.')
        .is_some_and(|(_, e)| EXTENSIONS.contains(&e));
    let first = path.split('/').next().unwrap_or("");
    (extension || TOP_DIRS.contains(&first)).then(|| path.to_owned())
}

/// The places a path relative to `file` (a repository path) may be read from: the
/// file's folder and each folder above it, up to the root.
fn bases(file: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut dir = Path::new(file).parent();
    while let Some(d) = dir {
        out.push(d.to_string_lossy().into_owned());
        dir = d.parent();
    }
    out
}

/// The dead links and paths of one text: a `*.md` (`kind` Markdown) or the doc
/// comments of a Rust file, given as their lines (`kind` Rustdoc). `file` is the
/// repository path; `exists` answers for a repository path; `anchors_of` gives the
/// headings' anchors of a markdown file. `paths` says whether backticked paths are
/// checked.
fn check_text(
    file: &str,
    kind: Kind,
    lines: &[(usize, String)],
    paths: bool,
    exists: &dyn Fn(&str) -> bool,
    anchors_of: &dyn Fn(&str) -> Option<BTreeSet<String>>,
) -> Vec<Dead> {
    let dir = Path::new(file).parent().unwrap_or(Path::new(""));
    let mut dead = Vec::new();
    let mut report = |line: usize, target: &str, why: &'static str| {
        dead.push(Dead {
            file: file.to_owned(),
            line,
            target: target.to_owned(),
            why,
        })
    };
    for para in paragraphs(lines) {
        let (code, text) = spans(&para);
        for (line, target) in links(&text).into_iter().chain(definitions(&para)) {
            if target.is_empty() || external(&target) {
                continue;
            }
            if kind == Kind::Rustdoc {
                if !target.starts_with('#') && !rust_path(&target) {
                    report(line, &target, "a file link in rustdoc: 404 on docs.rs");
                }
                continue;
            }
            let (path, anchor) = match target.split_once('#') {
                Some((p, a)) => (p, Some(a)),
                None => (target.as_str(), None),
            };
            let resolved = if path.is_empty() {
                file.to_owned()
            } else {
                normalise(&dir.join(path))
            };
            if !path.is_empty() && !exists(&resolved) {
                report(line, &target, "no such file");
                continue;
            }
            if let Some(anchor) = anchor {
                if let Some(known) = anchors_of(&resolved) {
                    if !known.contains(anchor) {
                        report(line, &target, "no such heading");
                    }
                }
            }
        }
        if !paths {
            continue;
        }
        for (line, code) in code {
            let Some(path) = path_like(&code) else {
                continue;
            };
            let found = GENERATED.iter().any(|g| path.starts_with(g))
                || exists(&normalise(Path::new(&path)))
                || bases(file)
                    .iter()
                    .any(|b| exists(&normalise(&Path::new(b).join(&path))));
            if !found {
                report(line, &code, "no such path");
            }
        }
    }
    dead
}

/// `a/b/../c` as `a/c`, `/`-separated, relative to the root.
fn normalise(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    parts.join("/")
}

/// The doc comment lines (`///`, `//!`) of a Rust file, their markers cut, blocks
/// separated by a blank line.
fn doc_lines(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_doc = false;
    for (i, line) in source.lines().enumerate() {
        let t = line.trim_start();
        let doc = ["///", "//!"]
            .iter()
            .find(|m| t.starts_with(*m) && !t.starts_with("////"))
            .map(|m| t[m.len()..].strip_prefix(' ').unwrap_or(&t[m.len()..]));
        match doc {
            Some(d) => {
                out.push((i + 1, d.to_owned()));
                in_doc = true;
            }
            None if in_doc => {
                out.push((i + 1, String::new()));
                in_doc = false;
            }
            None => {}
        }
    }
    out
}

/// The `*.md` files a Rust file's doc attributes include
/// (`#[doc = include_str!("../docs/cli.md")]`), as repository paths: rustdoc renders
/// them too.
fn included_docs(file: &str, source: &str) -> Vec<String> {
    let dir = Path::new(file).parent().unwrap_or(Path::new(""));
    source
        .lines()
        .filter(|l| l.contains("doc") && l.contains("include_str!(\""))
        .filter_map(|l| l.split("include_str!(\"").nth(1)?.split('"').next())
        .filter(|p| p.ends_with(".md"))
        .map(|p| normalise(&dir.join(p)))
        .collect()
}

/// The dead links and paths of the repository, and how many `*.md` and Rust files were
/// read (a walk that finds nothing must not pass).
fn check_repository(root: &Path) -> (Vec<Dead>, usize, usize) {
    let mut files = Vec::new();
    walk(root, root, &mut files);
    let exists = |p: &str| root.join(p).exists();
    let anchors_of = |p: &str| {
        p.ends_with(".md")
            .then(|| std::fs::read_to_string(root.join(p)).ok())
            .flatten()
            .map(|t| anchors(&t))
    };
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap_or_default();
    let in_rustdoc = included_docs("src/lib.rs", &lib);
    assert!(
        in_rustdoc.iter().any(|d| d == "docs/cli.md"),
        "src/lib.rs includes no docs: {in_rustdoc:?}"
    );
    let mut dead = Vec::new();
    let (mut md, mut rs) = (0, 0);
    for path in files {
        let rel = relative(root, &path);
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if rel.ends_with(".md") {
            md += 1;
            let lines: Vec<(usize, String)> = text
                .lines()
                .enumerate()
                .map(|(i, l)| (i + 1, l.to_owned()))
                .collect();
            dead.extend(check_text(
                &rel,
                Kind::Markdown,
                &lines,
                true,
                &exists,
                &anchors_of,
            ));
            // Rendered by rustdoc as well: its file links must not be there.
            if in_rustdoc.contains(&rel) {
                dead.extend(check_text(
                    &rel,
                    Kind::Rustdoc,
                    &lines,
                    false,
                    &exists,
                    &anchors_of,
                ));
            }
        } else if rel.ends_with(".rs") && (rel.starts_with("src/") || rel.starts_with("cli/src/")) {
            rs += 1;
            dead.extend(check_text(
                &rel,
                Kind::Rustdoc,
                &doc_lines(&text),
                true,
                &exists,
                &anchors_of,
            ));
        }
    }
    dead.sort();
    (dead, md, rs)
}

#[test]
fn every_link_and_path_in_the_docs_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (dead, md, rs) = check_repository(root);
    assert!(md >= 10 && rs >= 50, "read {md} *.md and {rs} Rust files");
    let list: Vec<String> = dead
        .iter()
        .map(|d| format!("{}:{}: {} ({})", d.file, d.line, d.target, d.why))
        .collect();
    assert!(
        list.is_empty(),
        "{} dead links or paths:\n{}",
        list.len(),
        list.join("\n")
    );
}

#[test]
fn the_checker_finds_crafted_dead_links() {
    let files = [
        "README.md",
        "docs/cli.md",
        "docs/npm.md",
        "src/lib.rs",
        "cli/tests/cli.rs",
    ];
    let exists = |p: &str| files.contains(&p) || p == "docs" || p == "src";
    let anchors_of = |p: &str| {
        (p == "docs/cli.md")
            .then(|| anchors("# The command line\n\n## Limits\n\n## `--lang` and Chinese\n"))
    };
    let md = "\
See [the CLI](cli.md), [its limits](cli.md#limits), [languages](cli.md#--lang-and-chinese),
[gone](removed.md), [no heading](cli.md#nope) and [up](../README.md), [src](../src).
The file `src/lib.rs`, a stale `src/wire.rs`, `docs/` and `fangfei/quiz` (an npm module),
`docs/*.md` (a pattern), `bindings/wasm/pkg/` (built) and `https://example.org/a.rs`.

```sh
cat docs/missing.md   # [x](missing.md) in a fence is no link
```

A code span `[x](nowhere.md)` is no link; [web](https://example.org/x.md) is not ours.

[defined]: ../README.md#top
[stale]: <old name.md>
[`Error`]: blank, or unknown (a sentence, not a definition).
";
    let lines: Vec<(usize, String)> = md
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_owned()))
        .collect();
    let dead = check_text(
        "docs/npm.md",
        Kind::Markdown,
        &lines,
        true,
        &exists,
        &anchors_of,
    );
    let found: Vec<(usize, &str, &str)> = dead
        .iter()
        .map(|d| (d.line, d.target.as_str(), d.why))
        .collect();
    assert_eq!(
        found,
        [
            (2, "removed.md", "no such file"),
            (2, "cli.md#nope", "no such heading"),
            (3, "src/wire.rs", "no such path"),
            (13, "old name.md", "no such file"),
        ]
    );

    // In a doc comment, a file link is dead on docs.rs even when the file exists; a
    // crate-relative path (`tests/cli.rs` in cli/src) is found.
    let rust = "\
//! The [campaign](crate::Campaign), [a method](Campaign::from_json), [`Text`](Text),
//! [the manual](docs/cli.md), [a section](#errors).
/// Tested in `tests/cli.rs`; not in `tests/gone.rs`.
fn f() {}
";
    let dead = check_text(
        "cli/src/main.rs",
        Kind::Rustdoc,
        &doc_lines(rust),
        true,
        &exists,
        &anchors_of,
    );
    let found: Vec<(usize, &str, &str)> = dead
        .iter()
        .map(|d| (d.line, d.target.as_str(), d.why))
        .collect();
    assert_eq!(
        found,
        [
            (2, "docs/cli.md", "a file link in rustdoc: 404 on docs.rs"),
            (3, "tests/gone.rs", "no such path"),
        ]
    );
}

#[test]
fn docs_included_by_rustdoc_are_found() {
    let lib = "pub mod docs {\n    #[doc = include_str!(\"../docs/cli.md\")]\n    pub mod cli {}\n}\nconst T: &str = include_str!(\"../tests/data/a.md\");\n";
    assert_eq!(included_docs("src/lib.rs", lib), ["docs/cli.md"]);
}

#[test]
fn headings_have_github_anchors() {
    let a = anchors("# fangfei (防非)\n## Use as a library\n## Use as a library\n### `--lang` en\n```\n# not a heading\n```\n");
    let want: BTreeSet<String> = [
        "fangfei-防非",
        "use-as-a-library",
        "use-as-a-library-1",
        "--lang-en",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    assert_eq!(a, want);
}
