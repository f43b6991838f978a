//! Reading input files within bounds: only regular files (a device, a pipe or a
//! folder named `x.json` is refused before it is opened, so nothing blocks or reads
//! forever), never more than a limit (read through `take(limit + 1)`: a file's size
//! on disk is not trusted, a device reports 0), and text without its UTF-8 BOM.

use std::io::{BufRead, Read};
use std::path::Path;

use crate::Unusable;

/// Largest JSON Lines line (1 MiB): a sheet is a few hundred bytes.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// The file at `path`, opened, when it is a regular file (a symbolic link is followed).
pub fn open_regular(path: &Path) -> Result<std::fs::File, Unusable> {
    let meta = std::fs::metadata(path).map_err(|e| Unusable::io(path, &e))?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            ("是文件夹", "is a folder")
        } else {
            (
                "不是普通文件(设备、管道或套接字)",
                "is not a regular file (a device, pipe or socket)",
            )
        };
        return Err(Unusable::new(
            "INPUT",
            format!("{}:{},不予读取", path.display(), what.0),
            format!("{}: {}; not read", path.display(), what.1),
        ));
    }
    std::fs::File::open(path).map_err(|e| Unusable::io(path, &e))
}

/// The bytes of the regular file at `path`, at most `limit` of them.
pub fn read_bytes(path: &Path, limit: usize) -> Result<Vec<u8>, Unusable> {
    let file = open_regular(path)?;
    let mut out = Vec::new();
    file.take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| Unusable::io(path, &e))?;
    if out.len() > limit {
        return Err(Unusable::text(
            "INPUT",
            fangfei::Problem::too_large(out.len(), limit).message,
        )
        .at(path));
    }
    Ok(out)
}

/// The UTF-8 text of the regular file at `path`, at most `limit` bytes, without a
/// leading BOM (what Notepad and Excel write).
pub fn read_text(path: &Path, limit: usize) -> Result<String, Unusable> {
    utf8(path, read_bytes(path, limit)?)
}

/// `bytes` as text without a leading BOM, or where it stops being UTF-8.
fn utf8(path: &Path, mut bytes: Vec<u8>) -> Result<String, Unusable> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Unusable::new(
            "INPUT",
            format!(
                "{}:第{at}字节起不是UTF-8文本(请另存为UTF-8)",
                path.display()
            ),
            format!(
                "{}: not UTF-8 text from byte {at} (save it as UTF-8)",
                path.display()
            ),
        )
    })
}

/// One line of a JSON Lines file: its text, or why it could not be read.
pub enum Line<'a> {
    /// The line's text (without its end of line, and without a BOM on line 1),
    /// borrowed from the reader's one line buffer.
    Text(&'a str),
    /// Longer than [`MAX_LINE_BYTES`]: skipped to its end, not kept.
    TooLong(usize),
    /// Not UTF-8 from this byte of the line.
    NotUtf8(usize),
}

/// Calls `each` with every line (1-based number) of the regular file at `path`, each
/// read in bounded memory: a line longer than [`MAX_LINE_BYTES`] is reported, never
/// kept whole.
pub fn each_line(path: &Path, each: &mut dyn FnMut(usize, Line<'_>)) -> Result<(), Unusable> {
    let mut reader = std::io::BufReader::with_capacity(1 << 16, open_regular(path)?);
    let mut buf = Vec::new();
    let limit = u64::try_from(MAX_LINE_BYTES).unwrap_or(u64::MAX);
    for n in 1.. {
        buf.clear();
        let read = (&mut reader)
            .take(limit.saturating_add(1))
            .read_until(b'\n', &mut buf)
            .map_err(|e| Unusable::io(path, &e))?;
        if read == 0 {
            break;
        }
        if buf.len() > MAX_LINE_BYTES && buf.last() != Some(&b'\n') {
            // Skip to the end of the line without keeping it.
            let mut skipped = buf.len();
            loop {
                let chunk = reader.fill_buf().map_err(|e| Unusable::io(path, &e))?;
                if chunk.is_empty() {
                    break;
                }
                match chunk.iter().position(|b| *b == b'\n') {
                    Some(i) => {
                        skipped = skipped.saturating_add(i);
                        reader.consume(i.saturating_add(1));
                        break;
                    }
                    None => {
                        let len = chunk.len();
                        skipped = skipped.saturating_add(len);
                        reader.consume(len);
                    }
                }
            }
            each(n, Line::TooLong(skipped));
            continue;
        }
        while matches!(buf.last(), Some(b'\n' | b'\r')) {
            buf.pop();
        }
        if n == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
            buf.drain(..3);
        }
        match std::str::from_utf8(&buf) {
            Ok(s) => each(n, Line::Text(s)),
            Err(e) => each(n, Line::NotUtf8(e.valid_up_to())),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("fangfei-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    #[test]
    fn devices_and_folders_are_refused_unopened() {
        #[cfg(unix)]
        {
            let e = read_bytes(Path::new("/dev/zero"), 1 << 20).unwrap_err();
            assert!(e.message.zh.contains("不是普通文件"), "{}", e.message.zh);
        }
        let e = read_bytes(&std::env::temp_dir(), 10).unwrap_err();
        assert!(e.message.zh.contains("文件夹"), "{}", e.message.zh);
    }

    #[test]
    fn a_file_over_its_limit_is_refused() {
        let p = tmp("big.json", &[b' '; 11]);
        assert!(read_bytes(&p, 10).is_err());
        assert_eq!(read_bytes(&p, 11).unwrap().len(), 11);
    }

    #[test]
    fn the_bom_is_dropped_and_bad_utf8_located() {
        let p = tmp("bom.json", b"\xEF\xBB\xBF{}");
        assert_eq!(read_text(&p, 100).unwrap(), "{}");
        let p = tmp("gbk.json", b"{\"a\": \"\xC4\xE3\"}");
        let e = read_text(&p, 100).unwrap_err();
        assert!(e.message.zh.contains("第7字节"), "{}", e.message.zh);
    }

    #[test]
    fn lines_are_bounded() {
        let mut text = b"\xEF\xBB\xBF{\"a\":1}\r\n".to_vec();
        text.extend(std::iter::repeat_n(b'x', MAX_LINE_BYTES + 10));
        text.extend(b"\n\xFF\n{\"b\":2}");
        let p = tmp("lines.jsonl", &text);
        let mut got = Vec::new();
        each_line(&p, &mut |n, l| {
            got.push(match l {
                Line::Text(t) => format!("{n}:{t}"),
                Line::TooLong(len) => format!("{n}:too long {len}"),
                Line::NotUtf8(at) => format!("{n}:not utf-8 at {at}"),
            })
        })
        .unwrap();
        assert_eq!(
            got,
            [
                "1:{\"a\":1}".to_owned(),
                format!("2:too long {}", MAX_LINE_BYTES + 10),
                "3:not utf-8 at 0".to_owned(),
                "4:{\"b\":2}".to_owned(),
            ]
        );
    }
}
