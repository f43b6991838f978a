//! Output for people (aligned tables, colour only on a terminal) and for machines (JSON).
//!
//! Everything goes through [`outln!`] / [`out!`], which ignore write errors: a reader
//! that stops early (`fangfei audit … | head`) closes the pipe, and that must not turn
//! into a panic.

/// `println!` to stdout that ignores a closed pipe.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// `print!` to stdout that ignores a closed pipe.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout().lock(), $($arg)*);
    }};
}

use std::io::{IsTerminal, Write};

use fangfei::{Lang, Severity};

/// How to print.
#[derive(Clone, Copy)]
pub struct Style {
    pub lang: Lang,
    pub json: bool,
    pub colour: bool,
}

impl Style {
    pub fn new(lang: Lang, json: bool) -> Style {
        let colour =
            !json && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        Style { lang, json, colour }
    }

    /// Chinese or English, by the chosen language.
    pub fn t<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        match self.lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// `text` coloured for `severity` on a terminal.
    #[allow(dead_code)] // used by the unit and Annex 3 reports
    pub fn paint(&self, severity: Severity, text: &str) -> String {
        // The text may quote inputs: its own controls are shown, only ours are sent.
        let text = fangfei::printable(text);
        if !self.colour {
            return text.into_owned();
        }
        let code = match severity {
            Severity::Error => "31",
            Severity::Warning => "33",
            Severity::Info => "32",
            _ => "0",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }

    pub fn bold(&self, text: &str) -> String {
        let text = fangfei::printable(text);
        if self.colour {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.into_owned()
        }
    }
}

/// Columns a string takes on a terminal: East Asian wide characters take two.
pub fn width(s: &str) -> usize {
    s.chars()
        .filter(|c| !c.is_control())
        .map(|c| {
            let u = u32::from(c);
            let wide = (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}

/// An aligned table: a header row, then rows; the last column is not padded.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    // Cells quote inputs (unit names, file names): printable, never raw.
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| fangfei::printable(c).into_owned())
                .collect()
        })
        .collect();
    let rows = &rows;
    let n = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(width(cell));
        }
    }
    let mut out = String::new();
    let mut line = |cells: Vec<&str>| {
        let mut l = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            l.push_str(cell);
            if i + 1 < n {
                l.push_str(&" ".repeat(w.saturating_sub(width(cell)) + 2));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(header.to_vec());
    line(
        widths
            .iter()
            .map(|w| "─".repeat(*w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    );
    for r in rows {
        line(r.iter().map(String::as_str).collect());
    }
    out
}

/// Prints an aligned table whose header cells are (Chinese, English) pairs.
pub fn print_table(style: Style, header: &[(&str, &str)], rows: &[Vec<String>]) {
    let header: Vec<&str> = header.iter().map(|(zh, en)| style.t(zh, en)).collect();
    crate::out!("{}", table(&header, rows));
}

/// Writes a value in the library's machine format ([`fangfei::wire`]) to stdout: one
/// line of compact JSON, written as it is serialised (no tree in between) — the same
/// bytes the npm package returns for the same call. A closed pipe is not an error.
pub fn print_json<T: serde::Serialize + ?Sized>(value: &T) {
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    if serde_json::to_writer(&mut stdout, value).is_ok() {
        let _ = writeln!(stdout);
    }
    let _ = stdout.flush();
}
