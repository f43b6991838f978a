//! A status line or bar on stderr while a big input is read and checked: only when
//! stderr is a terminal (never in a pipe, a log or a test). It is drawn from the
//! working thread when something changes, never by a ticking thread of its own: a
//! second thread alone made the allocator take its locks on every allocation, and the
//! 1,000,000-row check 8.5% slower (measured: `cargo bench -p fangfei-cli --bench
//! office -- progress`). `FANGFEI_PROGRESS=1` draws it even without a terminal (the
//! benchmark's way to pay for drawing); `FANGFEI_PROGRESS=0` never.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Inputs at least this big get a spinner (smaller ones take less than a moment).
pub const BIG_INPUT_BYTES: u64 = 2 << 20;

/// A progress display, or nothing.
pub struct Progress(Option<ProgressBar>);

fn wanted() -> bool {
    match std::env::var("FANGFEI_PROGRESS").as_deref() {
        Ok("1") => true,
        Ok("0") => false,
        _ => std::io::stderr().is_terminal(),
    }
}

fn target() -> ProgressDrawTarget {
    if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        // Forced on without a terminal: drawn all the same, as a terminal would be.
        ProgressDrawTarget::term_like_with_hz(Box::new(Stderr), 20)
    }
}

/// stderr as a terminal of 100 columns (the escape codes a terminal gets).
#[derive(Debug)]
struct Stderr;

impl indicatif::TermLike for Stderr {
    fn width(&self) -> u16 {
        crate::out::TABLE_WIDTH
    }
    fn move_cursor_up(&self, n: usize) -> std::io::Result<()> {
        self.write_str(&format!("\x1b[{n}A"))
    }
    fn move_cursor_down(&self, n: usize) -> std::io::Result<()> {
        self.write_str(&format!("\x1b[{n}B"))
    }
    fn move_cursor_right(&self, n: usize) -> std::io::Result<()> {
        self.write_str(&format!("\x1b[{n}C"))
    }
    fn move_cursor_left(&self, n: usize) -> std::io::Result<()> {
        self.write_str(&format!("\x1b[{n}D"))
    }
    fn write_line(&self, s: &str) -> std::io::Result<()> {
        self.write_str(&format!("{s}\n"))
    }
    fn write_str(&self, s: &str) -> std::io::Result<()> {
        use std::io::Write;
        std::io::stderr().lock().write_all(s.as_bytes())
    }
    fn clear_line(&self) -> std::io::Result<()> {
        self.write_str("\r\x1b[2K")
    }
    fn flush(&self) -> std::io::Result<()> {
        use std::io::Write;
        std::io::stderr().lock().flush()
    }
}

impl Progress {
    /// A status line saying `what` is being done to an input of `bytes`; nothing for a
    /// small input or without a terminal.
    pub fn spinner(bytes: u64, what: String) -> Progress {
        if bytes < BIG_INPUT_BYTES || !wanted() {
            return Progress(None);
        }
        let bar = ProgressBar::with_draw_target(None, target());
        bar.set_style(
            ProgressStyle::with_template("{msg}…")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(format!("{what}({:.1} MB)", bytes as f64 / 1_048_576.0));
        bar.tick();
        Progress(Some(bar))
    }

    /// A bar over `n` files; nothing for a few files or without a terminal.
    pub fn files(n: u64) -> Progress {
        if n < 20 || !wanted() {
            return Progress(None);
        }
        let bar = ProgressBar::with_draw_target(Some(n), target());
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.tick();
        Progress(Some(bar))
    }

    /// What is being done now.
    pub fn say(&self, what: String) {
        if let Some(b) = &self.0 {
            b.set_message(what);
        }
    }

    /// One more file done.
    pub fn step(&self) {
        if let Some(b) = &self.0 {
            b.inc(1);
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}
