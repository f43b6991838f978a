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
/// DEL, C1 and the bidirectional overrides U+202A–U+202E, U+2066–U+2069) shown as a
/// visible picture (`␛`, `␊`, else `�`), so that text from an input can neither drive
/// a terminal nor forge a line of a report, nor turn a line around.
///
/// ```
/// assert_eq!(fangfei::printable("市财政局\n\u{1b}[2J"), "市财政局␊␛[2J");
/// assert_eq!(fangfei::printable("南街街道"), "南街街道");
/// // C1 (here NEL, U+0085) and DEL; Latin-1 letters (also 0xC2/0xC3 and a byte) are kept.
/// assert_eq!(fangfei::printable("a\u{85}b\u{7f}¥é"), "a\u{FFFD}b␡¥é");
/// assert_eq!(fangfei::printable("a\u{202e}b"), "a\u{FFFD}b");
/// ```
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    // C0 and DEL are bytes below 0x20 and 0x7F, C1 starts with 0xC2, ALM (U+061C) with
    // 0xD8, the bidi marks and separators with 0xE2: a text without those bytes has
    // none, told without decoding it.
    let maybe = |b: &u8| *b < 0x20 || *b == 0x7F || *b == 0xC2 || *b == 0xD8 || *b == 0xE2;
    if !s.as_bytes().iter().any(maybe) || !s.chars().any(|c| picture(c) != c) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(picture).collect())
}

/// What [`printable`] shows for `c`: C0 as its control picture (U+2400 + code), DEL
/// as `␡`, C1 and the bidirectional controls as `�`, anything else as itself.
fn picture(c: char) -> char {
    match u32::from(c) {
        n @ 0..=0x1F => char::from_u32(0x2400 | n).unwrap_or('\u{FFFD}'),
        0x7F => '\u{2421}',
        // C1, the bidi embeddings, isolates and marks, the line and paragraph separators.
        0x80..=0x9F | 0x061C | 0x200E..=0x200F | 0x2028..=0x202E | 0x2066..=0x2069 => '\u{FFFD}',
        _ => c,
    }
}

/// Text from an input as every output shows it (issue 28, classes 6 and 7): what
/// [`shown`] made of it, and whether it masked a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown<'a> {
    /// The text, numbers masked and control characters visible.
    pub text: std::borrow::Cow<'a, str>,
    /// Whether a phone, ID or card number was masked (an output then says so once).
    pub masked: bool,
}

impl std::fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// The one rule for echoing text from an input (a record, a workbook, an export) in a
/// message or a report: personal numbers masked as `138****5678` (the first three and
/// last four digits kept; seven or eight digits keep only their first), and control
/// characters made visible as [`printable`] does.
///
/// Masked are: any run of seven or more digits (ASCII or full-width) — a mobile or a
/// local landline number written plain, a resident ID (17 digits and `X` included), a
/// card number —, except an eight-digit date `20210610`; and groups of digits joined
/// by up to three of ` `, `-`, `－`, `.`, U+00A0, U+200B, U+3000, `(`, `)`, `（`, `）` that read together as
/// a mobile number (11 digits `1[3-9]…`, after `86` or `0086`), a landline with its
/// area code (10 to 12 digits from `0`: `(0421)6812345`, `010-12345678`), an ID
/// number (15 or 18 digits, `110101 19900307 123X`) or a card number (16 to 19
/// digits, `6222 0212 3456 7890`), each group after the first of three digits or
/// more. So dates (`2021-06-10`), times, counts (`1,200`, `第12题`), ranges
/// (`10-100`), cell references (`XFD1048576`) and document numbers
/// (`凌处非办〔2021〕9号`) are kept. A plain count of seven digits or more in free
/// text (`12345678`) cannot be told from a landline: it is masked — a figure the tool
/// reads is a number, never passed here; only text quoting an input is. Numbers written
/// next to each other (`2021 13812345678`) may be masked together: hiding too much is
/// the safe side. Campaign text (the office's own 联系人 and 电话) is never passed
/// here: it is shown as written.
///
/// ```
/// let s = fangfei::shown("制表:张三 138-1234-5678\n\u{1b}[2J");
/// assert_eq!(s.text, "制表:张三 138****5678␊␛[2J");
/// assert!(s.masked);
/// assert!(!fangfei::shown("2021-06-10 第12题").masked);
/// ```
pub fn shown(s: &str) -> Shown<'_> {
    // Seven digits at least, or a control character: else nothing to change.
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    if digits < 7 && !s.contains(|c| digit(c).is_some()) {
        return Shown {
            text: printable(s),
            masked: false,
        };
    }
    let chars: Vec<char> = s.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = String::with_capacity(s.len());
    let mut masked = false;
    let mut i = 0;
    while i < chars.len() {
        let c = at(i);
        if digit(c).is_none() {
            out.push(picture(c));
            i = i.saturating_add(1);
            continue;
        }
        // The run of digit groups from i: its digits (ASCII), the first group's end
        // and length, whether a later group is shorter than three digits.
        let mut number = String::new();
        let (mut j, mut first, mut first_end, mut short) = (i, 0, i, false);
        loop {
            let from = number.len();
            while let Some(d) = digit(at(j)) {
                number.push(d);
                j = j.saturating_add(1);
            }
            let len = number.len().saturating_sub(from);
            if from == 0 {
                (first, first_end) = (len, j);
            }
            short |= from > 0 && len < 3;
            let gap = (0..4)
                .take_while(|k| SEPARATORS.contains(at(j.saturating_add(*k))))
                .count();
            if gap == 0 || gap > 3 || digit(at(j.saturating_add(gap))).is_none() {
                break;
            }
            j = j.saturating_add(gap);
        }
        let x = matches!(at(j), 'X' | 'x');
        let joined = first < number.len() && !short && personal(&number, x);
        let (end, n) = if joined {
            (j, number.len())
        } else {
            (first_end, first)
        };
        let id = x && n == 17 && end == j;
        // A cell reference (`XFD1048576`: a row has at most seven digits) is kept.
        let cell = n <= 7 && at(i.wrapping_sub(1)).is_ascii_alphabetic();
        let date = n == 8 && date(number.get(..8).unwrap_or(""));
        let run = chars.get(i..end).unwrap_or_default();
        if joined || id || (n >= 7 && !date && !cell) {
            // The country code of a mobile number is kept.
            let skip = match n {
                13 if number.starts_with("86") => 2,
                15 if number.starts_with("0086") => 4,
                _ => 0,
            };
            out.push_str(number.get(..skip).unwrap_or(""));
            let mut kept = String::new();
            for c in run.iter().filter(|c| digit(**c).is_some()).skip(skip) {
                kept.push(*c);
            }
            if id {
                kept.push(at(end));
            }
            out.push_str(&mask(&kept));
            masked = true;
            i = end.saturating_add(usize::from(id));
        } else {
            for c in run {
                out.push(*c);
            }
            i = end;
        }
    }
    Shown {
        text: std::borrow::Cow::Owned(out),
        masked,
    }
}

/// At most `n` characters of [`shown`] text from an input, for a message that
/// quotes it.
pub(crate) fn clipped(s: &str, n: usize) -> String {
    // Shown from a bounded prefix (a 16 MiB cell is never copied whole): 24 characters
    // past the cut, so a number across it is still masked as one.
    let end = s
        .char_indices()
        .nth(n.saturating_add(24))
        .map_or(s.len(), |(i, _)| i);
    shown(s.get(..end).unwrap_or(s))
        .text
        .chars()
        .take(n)
        .collect()
}

/// Masks all but the first three and last four characters (`138****5678`); a text
/// of eight characters or fewer keeps only its first (`fangfei::quiz::mask`).
pub(crate) fn mask(text: &str) -> String {
    let n = text.chars().count();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let keep = (n > 8 && (i < 3 || i >= n.saturating_sub(4))) || (n <= 8 && i == 0);
        out.push(if keep { c } else { '*' });
    }
    out
}

/// What may stand between the groups of one number written in parts.
const SEPARATORS: &str = " -－.\u{a0}\u{200b}\u{3000}()（）";

/// A digit, ASCII or full-width, as its ASCII digit.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => Some(crate::util::half_width(c)),
        _ => None,
    }
}

/// An eight-digit date `19xxMMDD` / `20xxMMDD` (kept: file names and document numbers
/// quote them).
fn date(d: &str) -> bool {
    let part = |a: usize| d.get(a..a.saturating_add(2)).unwrap_or("");
    matches!(part(0), "19" | "20")
        && ("01"..="12").contains(&part(4))
        && ("01"..="31").contains(&part(6))
}

/// Whether digits written in groups read as one personal number: a mobile number
/// (after a country code), a landline with its area code, an ID or a card number.
fn personal(d: &str, x: bool) -> bool {
    let n = d.len();
    let core = match n {
        13 if d.starts_with("86") => d.get(2..),
        15 if d.starts_with("0086") => d.get(4..),
        _ => Some(d),
    }
    .unwrap_or("");
    let mobile = core.len() == 11 && core.starts_with('1') && core.get(1..2) >= Some("3");
    mobile
        || (d.starts_with('0') && (10..=12).contains(&n))
        || n == 15
        || (x && n == 17)
        || (16..=19).contains(&n)
}

/// Whether an output's text holds a number [`shown`] masked (a digit followed by
/// `**`): what a renderer that receives finished messages asks before it says, once,
/// that numbers were masked.
///
/// ```
/// assert!(fangfei::has_masked("电话138****5678"));
/// assert!(!fangfei::has_masked("**重要** 第1题"));
/// ```
pub fn has_masked(s: &str) -> bool {
    let (mut after_digit, mut stars) = (false, 0u8);
    for c in s.chars() {
        if c == '*' {
            stars = stars.saturating_add(1);
            if stars == 2 && after_digit {
                return true;
            }
        } else {
            (after_digit, stars) = (digit(c).is_some(), 0);
        }
    }
    false
}

/// The note an output carries, once, when it masked a number.
pub const MASKED_NOTE: (&str, &str) = (
    "部分电话、身份证号或银行卡号已隐去",
    "some phone, ID or card numbers were masked",
);

/// A name written that is none of the campaign's: "未知的材料“x”,可填:a、b" /
/// "unknown material "x"; one of: a, b" — or, when the campaign declares none, that
/// it declares none (an empty list to choose from helps no one).
/// The Chinese lists `zh`, the English `en` (names, or the keys a program writes).
pub(crate) fn unknown(what: &Text, written: &str, zh: &[&str], en: &[&str]) -> Text {
    let shown = clipped(written, 24);
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

#[cfg(test)]
mod shown_tests {
    use super::*;

    /// `shown`'s text and whether it masked.
    fn s(text: &str) -> (String, bool) {
        let s = shown(text);
        (s.text.into_owned(), s.masked)
    }

    #[test]
    fn phones_in_every_common_writing_are_masked() {
        for (written, want) in [
            ("13812345678", "138****5678"),
            ("138-1234-5678", "138****5678"),
            ("138 1234 5678", "138****5678"),
            // Dots, no-break and zero-width spaces (a fresh-eyes trial's writings).
            ("138.0013.8000", "138****8000"),
            ("138\u{a0}0013\u{a0}8000", "138****8000"),
            ("138 \u{200b}0013 8000", "138****8000"),
            ("+86 138 1234 5678", "+86138****5678"),
            ("+8613812345678", "+86138****5678"),
            ("0086-138-1234-5678", "0086138****5678"),
            ("(0421)6812345", "(042****2345"),
            ("（0421）6812345", "（042****2345"),
            ("0421-6812345", "042****2345"),
            ("010-12345678", "010****5678"),
            ("6812345", "6******"),
            ("１３８１２３４５６７８", "１３８****５６７８"),
            ("１３８－１２３４－５６７８", "１３８****５６７８"),
            ("制表:张三 138-1234-5678", "制表:张三 138****5678"),
            ("电话13812345678。", "电话138****5678。"),
        ] {
            assert_eq!(s(written), (want.to_owned(), true), "{written}");
        }
    }

    #[test]
    fn id_and_card_numbers_are_masked() {
        for (written, want) in [
            ("110101199003071234", "110***********1234"),
            ("11010119900307123X", "110***********123X"),
            ("11010119900307123x号", "110***********123x号"),
            ("ID110101199003071234", "ID110***********1234"),
            ("110101 19900307 123X", "110***********123X"),
            ("110101900307123", "110********7123"),
            ("6222021234567890", "622*********7890"),
            ("6222 0212 3456 7890", "622*********7890"),
            ("6222-0212-3456-7890-123", "622************0123"),
        ] {
            assert_eq!(s(written), (want.to_owned(), true), "{written}");
        }
    }

    #[test]
    fn near_misses_are_kept() {
        for written in [
            "2021-06-10",
            "2021-06-10 09:30:15",
            "20210610",
            "1,200人",
            "12,345,678",
            "第12题",
            "10-100",
            "凌处非办〔2021〕9号",
            "附件3!XFD1048576",
            "123456",
            "2021年6月10日 9:30 参加120人",
            "6月11日 第一中学 300 200",
        ] {
            assert_eq!(s(written), (written.to_owned(), false), "{written}");
        }
        // Seven digits and more written plain are a phone number or worse: masked.
        assert!(shown("12,3456789").masked);
    }

    #[test]
    fn control_characters_are_made_visible() {
        assert_eq!(
            s("市财政局\n市财政局 ✓ 通过\r\u{1b}[2J"),
            ("市财政局␊市财政局 ✓ 通过␍␛[2J".to_owned(), false)
        );
        assert_eq!(
            s("a\u{202e}b\u{2066}c\u{85}"),
            ("a\u{FFFD}b\u{FFFD}c\u{FFFD}".to_owned(), false)
        );
        // The bidi marks and the line and paragraph separators too.
        assert_eq!(
            s("a\u{200f}b\u{61c}c\u{2028}d\u{2029}"),
            ("a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}".to_owned(), false)
        );
        assert_eq!(s("1381234567\u{1b}8"), ("138***4567␛8".to_owned(), true));
        assert!(matches!(
            shown("南街街道").text,
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn masked_output_is_recognised_and_stays_as_it_is() {
        let once = shown("电话 138-1234-5678,身份证110101199003071234");
        assert!(has_masked(&once.text));
        let twice = shown(&once.text);
        assert_eq!(twice.text, once.text);
        assert!(!twice.masked);
        assert!(!has_masked("第1题 **重要**"));
    }
}
