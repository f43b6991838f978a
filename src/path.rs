//! Where in an input a finding or a problem is: a structured [`Path`] of key and index
//! segments, built as the input is walked and displayed `rows[3].qijin_sessions`.
//!
//! A path is built, never parsed back from its text: a front end that wants the field
//! of a finding asks [`Path::first_key`] or walks [`Path::segments`], and a check that
//! reports inside a list joins its own path under the list's
//! (`Path::key("papers").at(1).join(&inner)`).
//!
//! ```
//! use fangfei::Path;
//! let p = Path::key("rows").at(3).field("qijin_sessions");
//! assert_eq!(p.to_string(), "rows[3].qijin_sessions");
//! assert_eq!(Path::key("annex3").join(&p).to_string(), "annex3.rows[3].qijin_sessions");
//! assert_eq!(Path::index(0).field("end").to_string(), "[0].end");
//! assert_eq!(p.first_key(), Some("rows"));
//! assert!(Path::root().is_root());
//! // Compared as written (tests, filters), never parsed:
//! assert!(p == "rows[3].qijin_sessions" && p != "rows[3].qijin" && p != "rows[3].qijin_sessions.x");
//! assert!(Path::key("a.b") == "a.b" && Path::key("a.b").segments().len() == 1);
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;

/// One step of a [`Path`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Segment {
    /// An object's key (a field name, a question id).
    Key(Cow<'static, str>),
    /// A list's 0-based index.
    Index(usize),
}

/// A location inside an input: key and index segments from the root.
///
/// Serialised (and displayed) as text, `submissions[2].submitted_at`; the root (the
/// input as a whole) is the empty string.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path(Vec<Segment>);

impl Path {
    /// The input as a whole.
    pub const fn root() -> Path {
        Path(Vec::new())
    }

    /// A path of one key.
    pub fn key(k: impl Into<Cow<'static, str>>) -> Path {
        Path(vec![Segment::Key(k.into())])
    }

    /// A path of one index (an element of a list given at the root).
    pub fn index(i: usize) -> Path {
        Path(vec![Segment::Index(i)])
    }

    /// This path, then the key `k`.
    #[must_use]
    pub fn field(mut self, k: impl Into<Cow<'static, str>>) -> Path {
        self.0.push(Segment::Key(k.into()));
        self
    }

    /// This path, then the index `i`.
    #[must_use]
    pub fn at(mut self, i: usize) -> Path {
        self.0.push(Segment::Index(i));
        self
    }

    /// `inner` under this path: `rows[3]` joined with `qijin_sessions` is
    /// `rows[3].qijin_sessions`.
    #[must_use]
    pub fn join(&self, inner: &Path) -> Path {
        let mut s = Vec::with_capacity(self.0.len().saturating_add(inner.0.len()));
        s.extend_from_slice(&self.0);
        s.extend_from_slice(&inner.0);
        Path(s)
    }

    /// Whether this is the input as a whole.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The segments, from the root.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// The first key, when the path starts with one (a form's field, a record's list).
    pub fn first_key(&self) -> Option<&str> {
        match self.0.first() {
            Some(Segment::Key(k)) => Some(k),
            _ => None,
        }
    }

    /// `s`, then this path (a reader completing a problem's path on its way out).
    pub(crate) fn prepend(&mut self, s: Segment) {
        self.0.insert(0, s);
    }
}

impl From<&'static str> for Path {
    /// A path of the one key `k` (the root when `k` is empty). The text is a key, never
    /// parsed: `"a.b"` is one key.
    fn from(k: &'static str) -> Path {
        if k.is_empty() {
            Path::root()
        } else {
            Path::key(k)
        }
    }
}

impl From<&Path> for Path {
    fn from(p: &Path) -> Path {
        p.clone()
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            match s {
                Segment::Key(k) if i == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

impl Serialize for Path {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl PartialEq<str> for Path {
    /// Whether the path displays as `other` (compared as it is written, without
    /// allocating; a path is never parsed from text).
    fn eq(&self, other: &str) -> bool {
        /// Consumes the expected text as the path writes itself.
        struct Rest<'a>(&'a str);
        impl fmt::Write for Rest<'_> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                self.0 = self.0.strip_prefix(s).ok_or(fmt::Error)?;
                Ok(())
            }
        }
        let mut rest = Rest(other);
        fmt::write(&mut rest, format_args!("{self}")).is_ok() && rest.0.is_empty()
    }
}

impl PartialEq<&str> for Path {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}
