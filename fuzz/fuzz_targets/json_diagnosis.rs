//! The caret diagnostics of JSON a clerk typed: never a panic on any text (a tab
//! before the caret once crashed them), in both languages; a text that does not read
//! as JSON always gets a cause and a line, and its snippet a caret.
#![no_main]
use fangfei::Lang;
use fangfei_cli::diagnose::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(d) = json(text) else {
        return;
    };
    assert!(d.line >= 1 && d.column >= 1 && !d.zh.is_empty() && !d.en.is_empty());
    for lang in [Lang::Zh, Lang::En] {
        let shown = d.snippet("r.json", text, lang);
        assert!(text.trim().is_empty() || shown.contains('^'), "{shown}");
        let _ = d.line_text(lang);
    }
});
