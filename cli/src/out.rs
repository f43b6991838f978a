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

/// `eprintln!` that ignores a closed or full stderr (`2>&1 | true`, `2>/dev/full`):
/// a message that cannot be shown is no reason to crash.
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
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
use std::sync::atomic::{AtomicBool, Ordering};

use fangfei::{Lang, Severity};

/// Whether the terminal output masked a number (or printed one the library masked).
static MASKED: AtomicBool = AtomicBool::new(false);

/// Text from an input as the terminal shows it ([`fangfei::shown`]: numbers masked,
/// controls visible), remembering that something was masked so that the run ends
/// with [`masked_note`] once (issue 28, classes 6 and 7).
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    let s = fangfei::shown(text);
    if s.masked || fangfei::has_masked(&s.text) {
        MASKED.store(true, Ordering::Relaxed);
    }
    s.text
}

/// Text the tool made (a message, a cell of a table) as the terminal shows it:
/// printable ([`fangfei::printable`]); not masked again — its figures and limits must
/// read as they are —, but noted when it carries a number the library masked where
/// it quoted an input.
pub fn printed(text: &str) -> std::borrow::Cow<'_, str> {
    if fangfei::has_masked(text) {
        MASKED.store(true, Ordering::Relaxed);
    }
    fangfei::printable(text)
}

/// The line that ends a run whose terminal output masked a number, in `lang`; `None`
/// when nothing was masked.
pub fn masked_note(lang: Lang) -> Option<&'static str> {
    MASKED.load(Ordering::Relaxed).then_some(match lang {
        Lang::Zh => fangfei::MASKED_NOTE.0,
        Lang::En => fangfei::MASKED_NOTE.1,
    })
}

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
        let text = printed(text);
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
        let text = printed(text);
        if self.colour {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.into_owned()
        }
    }
}

/// How wide the terminal's tables may be: the office's terminal, or a printout.
pub const TABLE_WIDTH: u16 = 100;

/// Characters of East Asian *ambiguous* width (…, –, ·, ─, “”) take one column in most
/// terminals and two in a Chinese one (the Windows console in GBK, fonts set for CJK):
/// aligned cells carry none of them, so a table lines up in both. Our own marks have
/// narrow stand-ins; anything else ambiguous in an aligned cell becomes its full-width
/// or plain-ASCII form.
pub fn unambiguous(text: &str) -> std::borrow::Cow<'_, str> {
    let ambiguous = |c: char| {
        unicode_width::UnicodeWidthChar::width(c) != unicode_width::UnicodeWidthChar::width_cjk(c)
    };
    if !text.chars().any(ambiguous) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| match c {
                '…' => '~',
                '–' | '—' | '─' => '-',
                '·' => '.',
                '“' | '”' => '"',
                '‘' | '’' => '\'',
                c if ambiguous(c) => '?',
                c => c,
            })
            .collect(),
    )
}

/// An aligned table, at most [`TABLE_WIDTH`] columns wide: a header row, a rule under
/// it, then rows; the last column wraps when a row is too long. Widths are counted by
/// Unicode's East Asian width (a Chinese character takes two columns).
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    render(header, rows, 2, true)
}

/// A grid of marks (the unit × rule matrix): one space between columns, none wrapped.
pub fn grid(header: &[&str], rows: &[Vec<String>]) -> String {
    render(header, rows, 1, false)
}

fn render(header: &[&str], rows: &[Vec<String>], gap: u16, wrap_last: bool) -> String {
    use comfy_table::{ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle};
    let mut t = Table::new();
    t.load_style(TableStyle::new().header_separator(LineStyle::none().fill('-').junction('-')));
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.set_width(TABLE_WIDTH);
    // Cells quote inputs (unit names, file names): printable, never raw; the aligned
    // columns without ambiguous-width characters.
    let wrapped = if wrap_last {
        header.len().saturating_sub(1)
    } else {
        usize::MAX
    };
    let cell = |i: usize, c: &str| -> String {
        let c = printed(c);
        if i < wrapped {
            unambiguous(&c).into_owned()
        } else {
            c.into_owned()
        }
    };
    t.set_header(header.iter().enumerate().map(|(i, h)| cell(i, h)));
    for r in rows {
        t.add_row(r.iter().enumerate().map(|(i, c)| cell(i, c)));
    }
    // The aligned columns keep their width (the table puts one space between
    // columns); the last one takes what is left and wraps.
    for (i, col) in t.column_iter_mut().enumerate() {
        col.set_padding((0, gap.saturating_sub(1)));
        if i < wrapped {
            col.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    let mut out: String = t
        .lines()
        .map(|l| l.trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out
}

/// `items` joined by `sep` in lines of at most [`TABLE_WIDTH`] columns (by East Asian
/// width), each indented by `indent` spaces; an item is never split.
pub fn wrap(items: &[String], sep: &str, indent: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr as _;
    let max = usize::from(TABLE_WIDTH);
    let pad = " ".repeat(indent);
    let mut lines = Vec::new();
    let mut line = pad.clone();
    for (i, item) in items.iter().enumerate() {
        let piece = if i + 1 < items.len() {
            format!("{item}{sep}")
        } else {
            item.clone()
        };
        let piece_width = piece.trim_end().width();
        if line.len() > pad.len() && line.width() + piece_width > max {
            lines.push(line.trim_end().to_owned());
            line = pad.clone();
        }
        line.push_str(&piece);
    }
    if line.len() > pad.len() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// Prints an aligned table whose header cells are (Chinese, English) pairs.
pub fn print_table(style: Style, header: &[(&str, &str)], rows: &[Vec<String>]) {
    let header: Vec<&str> = header.iter().map(|(zh, en)| style.t(zh, en)).collect();
    crate::out!("{}", table(&header, rows));
}

/// Ends a JSON object written as it goes, whose first member, the array `key`, was
/// written item by item after `{"key":[`: closes the array and writes the rest of
/// `tail` — the same object serialised with that array empty — and a line end. The
/// bytes are those of serialising the whole object at once.
pub fn end_streamed_json<T: serde::Serialize>(w: &mut impl Write, key: &str, tail: &T) {
    let text = serde_json::to_string(tail).unwrap_or_default();
    let rest = text
        .strip_prefix(&format!("{{\"{key}\":[],"))
        .unwrap_or("}");
    let _ = w.write_all(b"],");
    let _ = w.write_all(rest.as_bytes());
    let _ = w.write_all(b"\n");
    let _ = w.flush();
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

/// `1 problem`, `2 problems`: an English count with its noun.
pub fn problems_en(n: usize) -> String {
    if n == 1 {
        "1 problem".to_owned()
    } else {
        format!("{n} problems")
    }
}
