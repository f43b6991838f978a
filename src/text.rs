//! Text in the plan's two languages: a [`Text`] carries zh-CN and English, a [`Lang`]
//! chooses one. The ground floor of the crate: it knows nothing of rules or inputs.

use serde::Serialize;

/// A message in both languages (zh-CN first).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Text {
    /// Simplified Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A message from its two translations.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// A message in the language asked for alone, the other language's text left
    /// empty and never formatted; in both for `None`. For a front end that shows one
    /// language: a cell checked as it is typed then formats and carries half
    /// ([`check_cell_in`](crate::annex3::check_cell_in)).
    ///
    /// ```
    /// use fangfei::{Lang, Text};
    /// let t = Text::in_lang(Some(Lang::Zh), || "已规范".into(), || unreachable!());
    /// assert_eq!((t.zh.as_str(), t.en.as_str()), ("已规范", ""));
    /// assert_eq!(Text::in_lang(None, || "是".into(), || "yes".into()), Text::new("是", "yes"));
    /// ```
    pub fn in_lang(
        lang: Option<Lang>,
        zh: impl FnOnce() -> String,
        en: impl FnOnce() -> String,
    ) -> Text {
        Text {
            zh: if lang == Some(Lang::En) {
                String::new()
            } else {
                zh()
            },
            en: if lang == Some(Lang::Zh) {
                String::new()
            } else {
                en()
            },
        }
    }

    /// Keeps the message in the language asked for alone, emptying the other's text
    /// (see [`Text::in_lang`]); both for `None`.
    pub fn keep(&mut self, lang: Option<Lang>) {
        match lang {
            Some(Lang::Zh) => self.en.clear(),
            Some(Lang::En) => self.zh.clear(),
            None => {}
        }
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// An output language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Simplified Chinese (the default: the plan's language).
    #[default]
    Zh,
    /// English.
    En,
}

/// `as_str()` for a unit enum: its snake_case name, as data files and the wire format
/// write it (a test holds each equal to serde's name), without serde's serializer.
macro_rules! snake_names {
    ($ty:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// Every variant, in declaration order (what generated lists are made from:
            /// the npm package's TypeScript unions).
            pub const VARIANTS: &'static [$ty] = &[$($ty::$variant,)*];

            /// Its snake_case name, as data files and the machine format write it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }
        }
    };
}
pub(crate) use snake_names;

/// `as_str()` and `label(lang)` for a unit enum, from one table: each variant's
/// snake_case name (as data files and the machine format write it; a test holds it
/// equal to serde's) and its label in Chinese and English.
macro_rules! labels {
    ($ty:ident { $($variant:ident => $name:literal, $zh:literal, $en:literal;)* }) => {
        impl $ty {
            /// Every variant, in declaration order (what generated lists are made from:
            /// the npm package's TypeScript unions).
            pub const VARIANTS: &'static [$ty] = &[$($ty::$variant,)*];

            /// Its snake_case name, as data files and the machine format write it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }

            /// Its label in `lang`.
            pub fn label(self, lang: $crate::text::Lang) -> &'static str {
                let (zh, en) = match self {
                    $($ty::$variant => ($zh, $en),)*
                };
                match lang {
                    $crate::text::Lang::Zh => zh,
                    $crate::text::Lang::En => en,
                }
            }
        }
    };
}
pub(crate) use labels;

/// `s` with every control character (C0 — newlines and escape sequences included —,
/// DEL and C1) shown as a visible picture (`␛`, `␊`), so that text from an input can
/// neither drive a terminal nor forge a line of a report.
///
/// ```
/// assert_eq!(fangfei::printable("市财政局\n\u{1b}[2J"), "市财政局␊␛[2J");
/// assert_eq!(fangfei::printable("南街街道"), "南街街道");
/// // C1 (here NEL, U+0085) and DEL; Latin-1 letters (also 0xC2/0xC3 and a byte) are kept.
/// assert_eq!(fangfei::printable("a\u{85}b\u{7f}¥é"), "a\u{FFFD}b␡¥é");
/// ```
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    // The control characters are C0 (bytes below 0x20), DEL (0x7F) and C1 (U+0080 to
    // U+009F, each encoded as 0xC2 and a second byte): a text without those bytes has
    // none, told without decoding it.
    let maybe = |b: &u8| *b < 0x20 || *b == 0x7F || *b == 0xC2;
    if !s.as_bytes().iter().any(maybe) || !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match u32::from(c) {
                n @ 0..=0x1F => char::from_u32(0x2400 | n).unwrap_or('\u{FFFD}'),
                0x7F => '\u{2421}',
                _ if c.is_control() => '\u{FFFD}',
                _ => c,
            })
            .collect(),
    )
}

/// A name written that is none of the campaign's: "未知的材料“x”,可填:a、b" /
/// "unknown material "x"; one of: a, b" — or, when the campaign declares none, that
/// it declares none (an empty list to choose from helps no one).
/// The Chinese lists `zh`, the English `en` (names, or the keys a program writes).
pub(crate) fn unknown(what: &Text, written: &str, zh: &[&str], en: &[&str]) -> Text {
    let shown: String = written.chars().take(24).collect();
    if zh.is_empty() {
        return Text::new(
            format!("未知的{}“{shown}”:活动方案没有声明任何{}", what.zh, what.zh),
            format!("unknown {} {shown:?}: the campaign declares none", what.en),
        );
    }
    Text::new(
        format!("未知的{}“{shown}”,可填:{}", what.zh, zh.join("、")),
        format!("unknown {} {shown:?}; one of: {}", what.en, en.join(", ")),
    )
}

/// Escapes text for XML and HTML (`&`, `<`, `>`, quotes); control characters other
/// than a line break are dropped (XML 1.0 cannot hold them).
///
/// ```
/// assert_eq!(fangfei::escape_xml("<市教育局 & \"学校\">"), "&lt;市教育局 &amp; &quot;学校&quot;&gt;");
/// ```
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// The `{name}` placeholders of a text a campaign declares (a delivery's name
/// `{node}节点动态`), in order.
pub(crate) fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = rest.get(open.saturating_add(1)..).unwrap_or("");
        match after.find('}') {
            Some(close) => {
                out.push(after.get(..close).unwrap_or(""));
                rest = after.get(close.saturating_add(1)..).unwrap_or("");
            }
            None => break,
        }
    }
    out
}

/// `text` with each `{name}` replaced by `value(name)`; a name `value` does not know
/// is left as written.
pub(crate) fn fill(text: &str, value: impl Fn(&str) -> Option<String>) -> String {
    if !text.contains('{') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open.saturating_add(1)..).unwrap_or("");
        match after.find('}') {
            Some(close) => {
                let name = after.get(..close).unwrap_or("");
                match value(name) {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = after.get(close.saturating_add(1)..).unwrap_or("");
            }
            None => {
                out.push_str(rest.get(open..).unwrap_or(""));
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Texts joined as a list is read: `、` in Chinese, `, ` in English.
pub(crate) fn join(items: impl IntoIterator<Item = Text>) -> Text {
    let (zh, en): (Vec<String>, Vec<String>) = items.into_iter().map(|t| (t.zh, t.en)).unzip();
    Text::new(zh.join("、"), en.join(", "))
}

#[cfg(test)]
mod placeholder_tests {
    use super::*;

    #[test]
    fn an_unknown_name_lists_the_names_or_says_there_are_none() {
        let what = Text::new("材料", "material");
        let t = unknown(&what, "plan", &["计划", "总结"], &["plan_doc", "summary"]);
        assert_eq!(t.zh, "未知的材料“plan”,可填:计划、总结");
        assert_eq!(t.en, "unknown material \"plan\"; one of: plan_doc, summary");
        let none = unknown(&what, "plan", &[], &[]);
        assert_eq!(none.zh, "未知的材料“plan”:活动方案没有声明任何材料");
        assert_eq!(
            none.en,
            "unknown material \"plan\": the campaign declares none"
        );
    }

    #[test]
    fn placeholders_are_found_and_filled() {
        assert_eq!(placeholders("{node}节点动态,{due}前"), ["node", "due"]);
        assert!(placeholders("活动计划").is_empty());
        let f = |n: &str| (n == "node").then(|| "6月16日".to_owned());
        assert_eq!(fill("{node}节点动态{x}", f), "6月16日节点动态{x}");
        assert_eq!(fill("a{b", f), "a{b");
    }
}
