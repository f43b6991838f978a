//! Where a problem's path is in a JSON text: the line and column of each key and value,
//! found by one pass over the text, so that `campaign check` can say `活动方案.json:12:5`
//! for `duties[0].material` — an editor's terminal opens the file there.

use fangfei::Segment;

/// A 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
}

/// One step of a path in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every value of the text: its path, where its key starts (an object's member) and
/// where the value starts.
#[derive(Debug, Default)]
pub struct Places {
    entries: Vec<(Vec<Step>, Option<Place>, Place)>,
}

/// Deeper than this the text is not walked (the reader refuses it first).
const MAX_DEPTH: usize = 256;

impl Places {
    /// The places of `text`'s values; what cannot be read is left out (a text that is
    /// no JSON has its own diagnosis).
    pub fn of(text: &str) -> Places {
        let mut s = Scanner {
            chars: text.chars().peekable(),
            at: Place { line: 1, column: 1 },
            places: Places::default(),
        };
        s.space();
        let start = s.at;
        s.value(&mut Vec::new(), None, start, 0);
        s.places
    }

    /// Where a problem at `path` is: an unknown key at the key; a value at its key (a
    /// member) or at itself (an item of a list); a key that is missing at the object
    /// that lacks it (the nearest enclosing value the text has).
    pub fn find(&self, path: &[Segment], at_key: bool) -> Place {
        let steps: Vec<Step> = path
            .iter()
            .map(|s| match s {
                Segment::Index(i) => Step::Index(*i),
                Segment::Key(k) => Step::Key(k.to_string()),
                _ => Step::Index(usize::MAX),
            })
            .collect();
        for len in (0..=steps.len()).rev() {
            let Some(prefix) = steps.get(..len) else {
                continue;
            };
            if let Some((_, key, value)) = self.entries.iter().find(|(p, ..)| p == prefix) {
                let whole = len == steps.len();
                return match key {
                    Some(k) if whole && (at_key || matches!(prefix.last(), Some(Step::Key(_)))) => {
                        *k
                    }
                    _ => *value,
                };
            }
        }
        Place { line: 1, column: 1 }
    }
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    at: Place,
    places: Places,
}

impl Scanner<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.at.line = self.at.line.saturating_add(1);
            self.at.column = 1;
        } else {
            self.at.column = self.at.column.saturating_add(1);
        }
        Some(c)
    }

    fn space(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.bump();
        }
    }

    /// A string's text (after its opening quote), escapes read.
    fn string(&mut self) -> String {
        let mut out = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => match self.bump() {
                    Some('u') => {
                        let hex: String = (0..4).filter_map(|_| self.bump()).collect();
                        let unit = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
                        out.push(char::from_u32(unit).unwrap_or('\u{FFFD}'));
                    }
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => break,
                },
                c => out.push(c),
            }
        }
        out
    }

    /// The value starting here, at `path` (whose key started at `key`).
    fn value(&mut self, path: &mut Vec<Step>, key: Option<Place>, start: Place, depth: usize) {
        self.places.entries.push((path.clone(), key, start));
        if depth > MAX_DEPTH {
            return;
        }
        match self.chars.peek() {
            Some('{') => {
                self.bump();
                loop {
                    self.space();
                    match self.chars.peek() {
                        Some('"') => {}
                        Some(',') => {
                            self.bump();
                            continue;
                        }
                        _ => {
                            self.bump();
                            return;
                        }
                    }
                    let key_at = self.at;
                    self.bump();
                    let k = self.string();
                    self.space();
                    if self.chars.peek() == Some(&':') {
                        self.bump();
                    }
                    self.space();
                    let value_at = self.at;
                    path.push(Step::Key(k));
                    self.value(path, Some(key_at), value_at, depth.saturating_add(1));
                    path.pop();
                }
            }
            Some('[') => {
                self.bump();
                let mut i = 0usize;
                loop {
                    self.space();
                    match self.chars.peek() {
                        Some(']') | None => {
                            self.bump();
                            return;
                        }
                        Some(',') => {
                            self.bump();
                            continue;
                        }
                        _ => {}
                    }
                    let value_at = self.at;
                    path.push(Step::Index(i));
                    self.value(path, None, value_at, depth.saturating_add(1));
                    path.pop();
                    i = i.saturating_add(1);
                }
            }
            Some('"') => {
                self.bump();
                self.string();
            }
            _ => {
                // A number, true, false or null.
                while self
                    .chars
                    .peek()
                    .is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace())
                {
                    self.bump();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fangfei::Path;

    #[test]
    fn keys_and_values_are_found_with_their_places() {
        let text = "{\n  \"id\": \"x\",\n  \"phases\": [\n    {\"key\": \"a\",\n     \"nmae\": 1}\n  ],\n  \"span\": {}\n}";
        let p = Places::of(text);
        let at = |path: Path, key: bool| {
            let pl = p.find(path.segments(), key);
            (pl.line, pl.column)
        };
        assert_eq!(at(Path::key("id"), false), (2, 3));
        assert_eq!(at(Path::key("phases").at(0), false), (4, 5));
        assert_eq!(at(Path::key("phases").at(0).field("nmae"), true), (5, 6));
        // A missing key: at the object that lacks it.
        assert_eq!(at(Path::key("span").field("first"), false), (7, 11));
        assert_eq!(at(Path::key("phases").at(0).field("first"), false), (4, 5));
        assert_eq!(at(Path::root(), false), (1, 1));
        // Escapes and characters beyond one byte count as one column each.
        let p = Places::of("{\"名\\u0022\": {\"b\": true}}");
        let pl = p.find(Path::key("名\"").field("b").segments(), false);
        assert_eq!((pl.line, pl.column), (1, 14));
    }
}
