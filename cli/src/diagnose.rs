//! JSON a clerk typed that does not read: where (the line, with a caret under the
//! place) and why, in words a clerk knows — 中文引号, 多余的逗号, 缺少逗号 — not the
//! parser's.

use annotate_snippets::{Level, Renderer, Snippet};

/// Why a JSON text does not read.
pub struct Diagnosis {
    /// 1-based line and column (in characters) of the place.
    pub line: usize,
    pub column: usize,
    /// The cause, in Chinese and English.
    pub zh: String,
    pub en: String,
    /// Byte offset of the place in the text.
    offset: usize,
}

/// Reads `text` as JSON and, when it does not read, says why; `None` when it is JSON
/// (its shape is the record reader's to judge).
pub fn json(text: &str) -> Option<Diagnosis> {
    let e = serde_json::from_str::<serde::de::IgnoredAny>(text).err()?;
    if !e.is_syntax() && !e.is_eof() {
        return None;
    }
    // serde_json counts the column in bytes from 1; the line from 1.
    let line_start: usize = text
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let mut offset = line_start
        .saturating_add(e.column().saturating_sub(1))
        .min(text.len());
    // A text that ends early is placed after its last character, not on the blank
    // lines after it (whose snippet would show nothing to point at).
    let mut line_start = line_start;
    if e.is_eof() && !text.trim().is_empty() {
        offset = text.trim_end().len();
        line_start = text
            .get(..offset)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i.saturating_add(1));
    }
    while !text.is_char_boundary(offset) {
        offset = offset.saturating_sub(1);
    }
    let line_text = text
        .get(line_start..)
        .unwrap_or("")
        .lines()
        .next()
        .unwrap_or("");
    let before = text.get(line_start..offset).unwrap_or("");
    let at = text.get(offset..).and_then(|r| r.chars().next());
    let prev = text
        .get(..offset)
        .and_then(|t| t.trim_end().chars().next_back());
    let msg = e.to_string();
    let (zh, en): (&str, &str) = if outside_strings(line_text, &['“', '”', '‘', '’']) {
        (
            "用了中文引号(“ ” 或 ‘ ’):JSON中的引号须是英文双引号 \"",
            "Chinese quotation marks (“ ” or ‘ ’): JSON takes straight double quotes \"",
        )
    } else if outside_strings(line_text, &['：', '，']) {
        (
            "用了中文冒号或逗号(:,):请改为英文的 : 和 ,",
            "a Chinese colon or comma (：，): use the ASCII : and ,",
        )
    } else if prev == Some(',') && matches!(at, Some('}' | ']'))
        || msg.starts_with("trailing comma")
    {
        (
            "多余的逗号:最后一项后面不要加逗号",
            "a trailing comma: the last item takes no comma after it",
        )
    } else if msg.starts_with("expected `,` or `}`") || msg.starts_with("expected `,` or `]`") {
        (
            "缺少逗号:两项之间要用英文逗号分开",
            "a comma is missing: items are separated by commas",
        )
    } else if msg.starts_with("key must be a string") {
        (
            "键名须用英文双引号括起来,如 \"unit\"",
            "a key must be in double quotes, as \"unit\"",
        )
    } else if e.is_eof() && text.trim().is_empty() {
        (
            "文件是空的(或只有空白):没有可读的内容",
            "the file is empty (or white space only): nothing to read",
        )
    } else if e.is_eof() {
        (
            "内容不完整:缺少结尾的 } 或 ],或引号未配对",
            "the text ends early: a closing } or ] or a quote is missing",
        )
    } else if msg.starts_with("expected value") {
        (
            "这里缺一个值:文字须加英文双引号,数字直接写",
            "a value is expected here: text in double quotes, numbers as they are",
        )
    } else if msg.starts_with("control character") {
        (
            "引号内有换行或制表符:请写在一行内",
            "a line break or tab inside quotes: keep the text on one line",
        )
    } else {
        (
            "格式有误(逗号、引号或括号)",
            "malformed (a comma, a quote or a bracket)",
        )
    };
    // An empty file is placed at its start, not after its white space.
    let empty = text.trim().is_empty();
    let line = if e.is_eof() {
        text.get(..offset)
            .map_or(1, |t| t.matches('\n').count().saturating_add(1))
    } else {
        e.line()
    };
    Some(Diagnosis {
        line: if empty { 1 } else { line },
        column: if empty {
            1
        } else {
            before.chars().count().saturating_add(1)
        },
        zh: zh.to_owned(),
        en: en.to_owned(),
        offset,
    })
}

/// Whether one of `chars` stands outside the JSON strings of `line` (inside one it is
/// text, as in "学法“用法”").
fn outside_strings(line: &str, chars: &[char]) -> bool {
    let mut inside = false;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if inside && !escaped => {
                escaped = true;
                continue;
            }
            '"' if !escaped => inside = !inside,
            c if !inside && chars.contains(&c) => return true,
            _ => {}
        }
        escaped = false;
    }
    false
}

impl Diagnosis {
    /// `第3行第15列:用了中文引号…` in the chosen language.
    pub fn line_text(&self, lang: fangfei::Lang) -> String {
        match lang {
            fangfei::Lang::Zh => format!("第{}行第{}列:{}", self.line, self.column, self.zh),
            fangfei::Lang::En => format!("line {}, column {}: {}", self.line, self.column, self.en),
        }
    }

    /// The line of `text` with a caret under the place, labelled with the cause;
    /// nothing for a text with no line to show (an empty file: the cause says so).
    pub fn snippet(&self, origin: &str, text: &str, lang: fangfei::Lang) -> String {
        if text.trim().is_empty() {
            return String::new();
        }
        // The line alone (a record may be long): its start and the place within it.
        let start = text
            .get(..self.offset)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i.saturating_add(1));
        let end = text
            .get(self.offset..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |i| self.offset.saturating_add(i));
        let mut line = fangfei::printable(text.get(start..end).unwrap_or("")).into_owned();
        // The place within the line as shown: a control character before it is drawn
        // as a picture of more bytes (a tab as `␉`, 3), so the caret's offset is that of
        // the shown text before it, never the original's.
        let shown_before = fangfei::printable(text.get(start..self.offset).unwrap_or("")).len();
        let mut at = shown_before.min(line.len());
        while !line.is_char_boundary(at) {
            at = at.saturating_sub(1);
        }
        // A place at the end of its line (a value cut short by the line break) points
        // at the break, shown as `␊`: a caret needs a character to stand under.
        if at >= line.len() {
            at = line.len();
            line.push('␊');
        }
        let width = line
            .get(at..)
            .and_then(|r| r.chars().next())
            .map_or(0, char::len_utf8);
        let (title, label) = match lang {
            fangfei::Lang::Zh => ("JSON格式有误", self.zh.as_str()),
            fangfei::Lang::En => ("not valid JSON", self.en.as_str()),
        };
        let message = Level::Error.title(title).snippet(
            Snippet::source(&line)
                .line_start(self.line)
                .origin(origin)
                .annotation(Level::Error.span(at..at.saturating_add(width)).label(label)),
        );
        let out = Renderer::plain().render(message).to_string();
        // annotate-snippets heads the title with its level's English word: a Chinese
        // message has no `error:` (RULES.md §8).
        match lang {
            fangfei::Lang::Zh => out
                .strip_prefix("error: ")
                .map_or_else(|| out.clone(), str::to_owned),
            fangfei::Lang::En => out,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(text: &str) -> String {
        json(text).map(|d| d.zh).unwrap_or_default()
    }

    #[test]
    fn causes_in_a_clerks_words() {
        assert!(why("{\"unit\": “市教育局”}").contains("中文引号"));
        assert!(why("{\"unit\"： \"市教育局\"}").contains("中文冒号"));
        assert!(why("{\"unit\": \"市教育局\",}").contains("多余的逗号"));
        assert!(why("[1, 2,]").contains("多余的逗号"));
        assert!(why("{\"unit\": \"市教育局\" \"outreach\": []}").contains("缺少逗号"));
        assert!(why("{unit: 1}").contains("键名"));
        assert!(why("{\"unit\": \"市教育局\"").contains("不完整"));
        for empty in ["", " \n\t\n"] {
            assert!(why(empty).contains("文件是空的"), "{empty:?}");
        }
        assert!(
            json("{\"unit\": \"a，b\"}").is_none(),
            "a Chinese comma inside text is text"
        );
        assert!(
            why("{\"t\": \"学法“用法”\" \"u\": 1}").contains("缺少逗号"),
            "quotes inside text are text"
        );
    }

    #[test]
    fn the_line_with_a_caret() {
        let text = "{\n  \"unit\": \"市教育局\",\n  \"media_works\": [],\n}\n";
        let d = json(text).unwrap();
        assert_eq!((d.line, d.column), (4, 1));
        let s = d.snippet("市教育局.json", text, fangfei::Lang::Zh);
        assert!(s.contains("市教育局.json:4:1"), "{s}");
        assert!(s.contains("4 | }"), "{s}");
        assert!(s.contains("^ 多余的逗号"), "{s}");
    }

    /// Any control character before the caret on its line (a tab-indented record with
    /// a missing comma crashed the snippet): the caret stands under the shown text.
    #[test]
    fn control_characters_before_the_caret() {
        // A place at the end of its line (the fuzzer's `tr` then blank lines): the caret
        // under the line break.
        let text = "tr\n\n\nactersbe\0";
        let d = json(text).unwrap();
        let s = d.snippet("r.json", text, fangfei::Lang::Zh);
        assert!(s.contains("␊") && s.contains('^'), "{s}");
        // A text ending early on blank lines: the caret after its last character (the
        // fuzzer's case: `{\n\t"unit": "市教"\n\t\n\t\n`).
        let text = "{\n\t\"unit\": \"市教\"\n\t\n\t\n";
        let d = json(text).unwrap();
        assert_eq!((d.line, d.column), (2, 14));
        let s = d.snippet("r.json", text, fangfei::Lang::Zh);
        assert!(s.contains('^') && s.contains("r.json:2:14"), "{s}");
        for lead in ["\t", "\t\t", "\u{1b}", "\r", " \u{7f}", "\t“"] {
            let text = format!("{{\n{lead}\"unit\": \"市教育局\"\n{lead}\"submissions\": []\n}}\n");
            let Some(d) = json(&text) else { continue };
            let s = d.snippet("r.json", &text, fangfei::Lang::Zh);
            assert!(s.contains('^'), "{lead:?}: {s}");
        }
        let text = "{\n\t\"unit\": \"市教育局\"\n\t\"submissions\": []\n}\n";
        let d = json(text).unwrap();
        let s = d.snippet("r.json", text, fangfei::Lang::Zh);
        assert!(s.contains("缺少逗号"), "{s}");
        // The caret under the quote that follows the tab's picture.
        let shown = s.lines().find(|l| l.contains("␉\"submissions")).unwrap();
        let caret = s.lines().find(|l| l.contains('^')).unwrap();
        let col = |l: &str, c: char| l.chars().position(|x| x == c).unwrap();
        assert_eq!(col(shown, '"'), col(caret, '^'), "{s}");
    }
}
