//! Writing outputs (issue 28, class 3: "an output never destroys an input"). Every file
//! the tool writes — reports, workbooks, `--errors` CSVs, notices, templates, pictures,
//! campaign files — goes through [`Output`], which
//!
//! - refuses a path that is one of the command's inputs (the same file through a
//!   symbolic link, a hard link or another spelling: compared by device and inode on
//!   Unix, by canonical path elsewhere) or that lies directly in an input folder (whose
//!   files the command reads, so the output would be read as an input next time);
//! - refuses to replace an existing file that is not the tool's own (see [`Kind`] for
//!   each kind's mark) unless `--force` was given; an empty file holds nothing to lose;
//! - writes to a temporary file in the same folder and renames it into place when
//!   complete, so the path holds the old file or the whole new one, never half of one:
//!   the temporary file is removed when the write fails.
//!
//! The command line calls [`guard`] with its inputs and outputs before it reads
//! anything, so a refused output costs nothing and leaves everything as it was.

use std::borrow::Cow;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::Unusable;

/// The mark's text: the tool and its version.
pub const MARK: &str = concat!("fangfei ", env!("CARGO_PKG_VERSION"));

/// The name of the XLSX custom document property that marks our workbooks.
pub const XLSX_PROPERTY: &str = "fangfei";

/// The file in a notices folder that lists the notices the tool wrote there.
pub const NOTICES_MANIFEST: &str = ".fangfei-notices";

/// What is written, and so how it is marked as the tool's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A workbook: the custom document property `fangfei` = version. A marked workbook
    /// saved since by Excel, WPS or LibreOffice (its `dcterms:modified` no longer equals
    /// its `dcterms:created`) counts as a person's file: it is not replaced unasked.
    Xlsx,
    /// CSV for Excel: UTF-8 BOM, then a first line `# fangfei VERSION` (our CSV reader
    /// skips that line).
    Csv,
    /// An HTML page: a first line `<!-- fangfei VERSION -->`.
    Html,
    /// An SVG picture: a first line `<!-- fangfei VERSION -->`.
    Svg,
    /// A notice (plain text to send as it is, so it carries no mark of its own): the
    /// folder's [`NOTICES_MANIFEST`] lists each notice written with a hash of its
    /// bytes; a notice edited since is no longer the tool's own.
    Notice,
    /// The folder notices are written into (checked as a folder, its files each as a
    /// [`Kind::Notice`]).
    NoticeFolder,
    /// The notices folder's manifest: its first line `# fangfei VERSION notices`.
    Manifest,
    /// A file with no room for a mark (a campaign JSON file, edited by people after
    /// it is written): an existing one is replaced only with `--force`.
    Plain,
}

/// What the command reads and whether `--force` was given.
#[derive(Default)]
struct Guard {
    /// Each input that exists: its path as given and its identity.
    inputs: Vec<(PathBuf, Identity)>,
    force: bool,
}

static GUARD: OnceLock<Guard> = OnceLock::new();

fn current() -> &'static Guard {
    GUARD.get_or_init(Guard::default)
}

/// A file's or folder's identity: (device, inode) on Unix, so hard links and every
/// spelling compare equal; its canonical path elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Identity {
    #[cfg(unix)]
    id: (u64, u64),
    #[cfg(not(unix))]
    id: PathBuf,
    is_dir: bool,
}

fn identity(path: &Path) -> Option<Identity> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(Identity {
            id: (meta.dev(), meta.ino()),
            is_dir: meta.is_dir(),
        })
    }
    #[cfg(not(unix))]
    {
        Some(Identity {
            id: std::fs::canonicalize(path).ok()?,
            is_dir: meta.is_dir(),
        })
    }
}

/// The folder `path` is written into (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Records the command's inputs and `--force`, then checks each output: refused when it
/// is an input or lies directly in an input folder, or when it exists, is not the
/// tool's own and `--force` was not given. Called once, before anything is read.
///
/// # Errors
///
/// [`Unusable`] naming the output and the input (or how to force).
pub fn guard(inputs: &[&Path], outputs: &[(&Path, Kind)], force: bool) -> Result<(), Unusable> {
    let inputs = inputs
        .iter()
        .filter_map(|p| identity(p).map(|id| (p.to_path_buf(), id)))
        .collect();
    let _ = GUARD.set(Guard { inputs, force });
    for (path, kind) in outputs {
        check(path, *kind)?;
    }
    // Two outputs to one file (`--xlsx r --html r`): the second would replace the first.
    let mut seen: Vec<(&Path, (Identity, std::ffi::OsString))> = Vec::new();
    for (path, _) in outputs.iter().filter(|(_, k)| *k != Kind::NoticeFolder) {
        let (Some(dir), Some(name)) = (identity(folder_of(path)), path.file_name()) else {
            continue;
        };
        let key = (dir, name.to_ascii_lowercase());
        if let Some((first, _)) = seen.iter().find(|(_, k)| *k == key) {
            return Err(Unusable::new(
                "INPUT",
                format!(
                    "两个输出“{}”和“{}”是同一个文件,后写的会覆盖先写的:请给它们不同的名字",
                    first.display(),
                    path.display()
                ),
                format!(
                    "the outputs {} and {} are the same file: the second would replace the \
                     first; give them different names",
                    first.display(),
                    path.display()
                ),
            ));
        }
        seen.push((path, key));
    }
    Ok(())
}

/// The refusals of [`guard`] for one output (an output known only later, such as each
/// notice, is checked so before any is written).
///
/// # Errors
///
/// [`Unusable`] naming the output and the input (or how to force).
pub fn check_output(path: &Path, kind: Kind) -> Result<(), Unusable> {
    check(path, kind)
}

/// The refusals of [`guard`] for one output.
fn check(path: &Path, kind: Kind) -> Result<(), Unusable> {
    let g = current();
    if let Some(out) = identity(path) {
        if let Some((input, _)) = g.inputs.iter().find(|(_, id)| *id == out) {
            return Err(is_input(path, input, out.is_dir));
        }
    }
    // A notices folder is checked as the folder its files go into. A link is checked
    // where it points too: a notice named like a link into an input folder would be
    // written there (the link's target is what an output replaces).
    let target = std::fs::canonicalize(path).ok();
    let folders = if kind == Kind::NoticeFolder {
        vec![path]
    } else {
        let mut f = vec![folder_of(path)];
        f.extend(target.as_deref().map(folder_of));
        f
    };
    for dir in folders.into_iter().filter_map(identity) {
        if let Some((input, _)) = g.inputs.iter().find(|(_, id)| id.is_dir && *id == dir) {
            return Err(Unusable::new(
                "INPUT",
                format!(
                    "输出“{}”在输入文件夹“{}”中:该文件夹的文件都会被读作输入,\
                     请写到别的文件夹,未写出任何文件",
                    path.display(),
                    input.display()
                ),
                format!(
                    "the output {} is in the input folder {}, whose files are all read as \
                     inputs: write it to another folder; nothing written",
                    path.display(),
                    input.display()
                ),
            ));
        }
    }
    if kind == Kind::NoticeFolder {
        return Ok(());
    }
    replaceable(path, kind, g.force)
}

fn is_input(path: &Path, input: &Path, is_dir: bool) -> Unusable {
    let (zh, en) = if is_dir {
        ("文件夹", "folder")
    } else {
        ("文件", "file")
    };
    Unusable::new(
        "INPUT",
        format!(
            "输出“{}”就是输入“{}”(同一个{zh}),写出会毁掉输入:请换一个输出名,\
             未读取也未写出任何文件",
            path.display(),
            input.display()
        ),
        format!(
            "the output {} is the input {} (the same {en}): writing it would destroy the \
             input; choose another output name. Nothing was read or written",
            path.display(),
            input.display()
        ),
    )
}

/// Whether the file at `path` may be replaced: absent, empty, the tool's own, or
/// `force`.
fn replaceable(path: &Path, kind: Kind, force: bool) -> Result<(), Unusable> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    if meta.is_dir() {
        return Err(Unusable::new(
            "INPUT",
            format!("输出“{}”是一个文件夹,未写出", path.display()),
            format!("the output {} is a folder; nothing written", path.display()),
        ));
    }
    if force || meta.len() == 0 || is_marked(path, kind) {
        return Ok(());
    }
    Err(Unusable::new(
        "INPUT",
        format!(
            "“{}”已存在,且不是本工具写出的(或写出后已被编辑过),为免覆盖未写出:\
             请换一个输出文件名,确需覆盖请加 --force",
            path.display()
        ),
        format!(
            "{} exists and was not written by fangfei (or was edited since): not \
             overwritten. Choose another name, or add --force to overwrite it",
            path.display()
        ),
    ))
}

/// The first bytes of the file at `path` (at most `n`).
fn head(path: &Path, n: u64) -> Vec<u8> {
    let mut out = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(n).read_to_end(&mut out);
    }
    out
}

/// Whether the existing file at `path` carries the tool's mark for `kind`.
pub fn is_marked(path: &Path, kind: Kind) -> bool {
    match kind {
        Kind::Csv => {
            let bytes = head(path, 64);
            let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            text.starts_with(b"# fangfei")
        }
        Kind::Html | Kind::Svg => head(path, 64).starts_with(b"<!-- fangfei"),
        Kind::Manifest => head(path, 64).starts_with(b"# fangfei"),
        Kind::Xlsx => xlsx_marked(path),
        Kind::Notice => notice_marked(path),
        Kind::Plain | Kind::NoticeFolder => false,
    }
}

/// The text of one part of a workbook (at most 64 KiB), if it has it.
fn zip_part(archive: &mut zip::ZipArchive<std::fs::File>, name: &str) -> Option<String> {
    let part = archive.by_name(name).ok()?;
    let mut text = String::new();
    part.take(1 << 16).read_to_string(&mut text).ok()?;
    Some(text)
}

/// The text of the XML element `tag` in `xml` (`<tag …>text</tag>`).
fn element<'a>(xml: &'a str, tag: &str) -> Option<&'a str> {
    let start = xml.find(&format!("<{tag}"))?;
    let rest = xml.get(start..)?;
    let open_end = rest.find('>')?;
    let body = rest.get(open_end.saturating_add(1)..)?;
    let close = body.find(&format!("</{tag}>"))?;
    body.get(..close)
}

fn xlsx_marked(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let Ok(mut archive) = zip::ZipArchive::new(file) else {
        return false;
    };
    let Some(custom) = zip_part(&mut archive, "docProps/custom.xml") else {
        return false;
    };
    if !custom.contains(&format!("name=\"{XLSX_PROPERTY}\"")) {
        return false;
    }
    let Some(core) = zip_part(&mut archive, "docProps/core.xml") else {
        return false;
    };
    // Saved since by a spreadsheet program: a person's file now.
    match (
        element(&core, "dcterms:created"),
        element(&core, "dcterms:modified"),
    ) {
        (Some(c), Some(m)) => c == m,
        _ => false,
    }
}

/// FNV-1a (64 bits) of `bytes`: a notice's fingerprint in the manifest (stable across
/// versions and platforms, unlike the standard hasher).
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The manifest of the notices folder `dir`: (file name, fingerprint) per line.
pub fn manifest(dir: &Path) -> Vec<(String, u64)> {
    let text = String::from_utf8_lossy(&head(&dir.join(NOTICES_MANIFEST), 1 << 20)).into_owned();
    text.lines()
        .filter_map(|l| {
            let (name, hash) = l.rsplit_once('\t')?;
            Some((name.to_owned(), u64::from_str_radix(hash, 16).ok()?))
        })
        .collect()
}

fn notice_marked(path: &Path) -> bool {
    let (Some(name), dir) = (path.file_name(), folder_of(path)) else {
        return false;
    };
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let name = name.to_string_lossy();
    let hash = fingerprint(&bytes);
    manifest(dir)
        .iter()
        .any(|(n, h)| n.as_str() == name && *h == hash)
}

/// An output being written: a temporary file beside its path, renamed into place by
/// [`Output::commit`] and removed if it is dropped uncommitted (an error on the way).
pub struct Output {
    /// The path as the user gave it (for messages).
    shown: PathBuf,
    /// Where it goes: the file a symbolic link points to, not the link.
    path: PathBuf,
    temp: PathBuf,
    file: Option<std::io::BufWriter<std::fs::File>>,
    /// Written to the path itself: it is no regular file (`/dev/null`, a FIFO), which
    /// a rename would replace with one — and, as root, destroy the device.
    direct: bool,
}

impl Output {
    /// Checks `path` (not an input, not in an input folder, absent, empty, the tool's
    /// own or `--force`) and starts writing it: for CSV, HTML and SVG the mark is
    /// written first (and for CSV the UTF-8 BOM before it).
    ///
    /// # Errors
    ///
    /// [`Unusable`] when refused or the temporary file cannot be created.
    pub fn create(path: &Path, kind: Kind) -> Result<Output, Unusable> {
        check(path, kind)?;
        // A link keeps pointing at its file: the target is what is replaced.
        let shown = path.to_path_buf();
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if std::fs::metadata(&path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .map_err(|e| Unusable::io(&shown, &e))?;
            return Ok(Output {
                shown,
                temp: path.clone(),
                path,
                file: Some(std::io::BufWriter::new(file)),
                direct: true,
            });
        }
        let folder = folder_of(&path);
        let temp = (0u32..)
            .map(|i| folder.join(format!(".fangfei-{}-{i}.tmp", std::process::id())))
            .take(1000)
            .find(|t| !t.exists())
            .unwrap_or_else(|| folder.join(".fangfei.tmp"));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(|e| Unusable::io(&shown, &e))?;
        let mut out = Output {
            shown,
            path,
            temp,
            file: Some(std::io::BufWriter::new(file)),
            direct: false,
        };
        let mark = match kind {
            Kind::Csv => format!("\u{feff}# {MARK}\r\n"),
            Kind::Html | Kind::Svg => format!("<!-- {MARK} -->\n"),
            _ => String::new(),
        };
        out.write_all(mark.as_bytes())
            .map_err(|e| Unusable::io(&out.shown, &e))?;
        Ok(out)
    }

    /// Finishes the file (flushed, synced) and renames it into place.
    ///
    /// # Errors
    ///
    /// [`Unusable`] when it cannot be written or renamed (the temporary file is
    /// removed, the path keeps what it held).
    pub fn commit(mut self) -> Result<(), Unusable> {
        let Some(w) = self.file.take() else {
            return Ok(());
        };
        if self.direct {
            return w
                .into_inner()
                .map(drop)
                .map_err(|e| Unusable::write(&self.shown, &e.into_error()));
        }
        // Flushed, synced (a crash after the rename finds the whole file), closed,
        // renamed: any failure on the way removes the temporary file.
        let done = w
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)
            .and_then(|file| file.sync_all())
            .and_then(|()| std::fs::rename(&self.temp, &self.path));
        done.map_err(|e| {
            let _ = std::fs::remove_file(&self.temp);
            Unusable::write(&self.shown, &e)
        })
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(std::io::Error::other("already committed")),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if self.file.take().is_some() && !self.direct {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Writes `bytes` (after the kind's mark) to `path` through an [`Output`].
///
/// # Errors
///
/// [`Unusable`] when refused or not written.
pub fn file(path: &Path, kind: Kind, bytes: &[u8]) -> Result<(), Unusable> {
    let mut out = Output::create(path, kind)?;
    out.write_all(bytes)
        .map_err(|e| Unusable::write(path, &e))?;
    out.commit()
}

/// The document properties every workbook of ours carries: `base` with the custom
/// property [`XLSX_PROPERTY`] = the version (its mark, see [`Kind::Xlsx`]).
pub fn properties(base: rust_xlsxwriter::DocProperties) -> rust_xlsxwriter::DocProperties {
    base.set_custom_property(XLSX_PROPERTY, env!("CARGO_PKG_VERSION"))
}

/// Saves `wb` to `path` through an [`Output`]. The workbook's properties must come
/// from [`properties`] (its mark).
///
/// # Errors
///
/// [`Unusable`] when refused or not written.
pub fn xlsx(path: &Path, wb: &mut rust_xlsxwriter::Workbook) -> Result<(), Unusable> {
    let mut out = Output::create(path, Kind::Xlsx)?;
    wb.save_to_writer(&mut out)
        .map_err(|e| Unusable::xlsx(path, &e))?;
    out.commit()
}

/// A CSV cell as written for Excel and WPS: one that begins with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading `'`, so it is shown as text and never run
/// as a formula (OWASP's CSV-injection rule; issue 28, class 5). Every cell of every
/// CSV the tool writes goes through it, our own included: a cell that starts so is
/// text from an input (a unit, a file name) or a message, never a number of ours to
/// compute with.
pub fn csv_cell(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("fangfei-write-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn entries(d: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn formula_cells_are_escaped() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+86", "'+86"),
            ("-3", "'-3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("市教育局", "市教育局"),
            ("12", "12"),
            ("", ""),
        ] {
            assert_eq!(csv_cell(cell), want);
        }
    }

    #[test]
    fn an_uncommitted_output_leaves_no_file() {
        let d = dir("uncommitted");
        let mut out = Output::create(&d.join("a.csv"), Kind::Csv).unwrap();
        out.write_all(b"x,y\r\n").unwrap();
        drop(out);
        assert!(entries(&d).is_empty(), "{:?}", entries(&d));
    }

    #[test]
    fn a_folder_in_the_way_is_refused_before_writing() {
        let d = dir("rename");
        std::fs::create_dir(d.join("a.html")).unwrap();
        // Checked before: a folder is refused.
        assert!(Output::create(&d.join("a.html"), Kind::Html).is_err());
        assert_eq!(entries(&d), ["a.html"]);
    }

    #[test]
    fn a_failed_rename_leaves_no_temporary_file() {
        let d = dir("failed-rename");
        let mut out = Output::create(&d.join("a.html"), Kind::Html).unwrap();
        out.write_all(b"<p>").unwrap();
        // Something takes the name while the file is written: the rename fails.
        std::fs::create_dir(d.join("a.html")).unwrap();
        std::fs::write(d.join("a.html/x"), "x").unwrap();
        assert!(out.commit().is_err());
        assert_eq!(entries(&d), ["a.html"]);
    }

    #[test]
    fn marks_are_recognised() {
        let d = dir("marks");
        file(&d.join("a.csv"), Kind::Csv, b"x\r\n").unwrap();
        assert!(is_marked(&d.join("a.csv"), Kind::Csv));
        file(&d.join("a.html"), Kind::Html, b"<!doctype html>").unwrap();
        assert!(is_marked(&d.join("a.html"), Kind::Html));
        let mut wb = rust_xlsxwriter::Workbook::new();
        wb.set_properties(&properties(rust_xlsxwriter::DocProperties::new()));
        wb.add_worksheet();
        xlsx(&d.join("a.xlsx"), &mut wb).unwrap();
        assert!(is_marked(&d.join("a.xlsx"), Kind::Xlsx));
        // Unmarked files are not ours.
        std::fs::write(d.join("b.csv"), "x\r\n").unwrap();
        assert!(!is_marked(&d.join("b.csv"), Kind::Csv));
        let mut wb = rust_xlsxwriter::Workbook::new();
        wb.add_worksheet();
        wb.save(d.join("b.xlsx")).unwrap();
        assert!(!is_marked(&d.join("b.xlsx"), Kind::Xlsx));
        assert!(!is_marked(&d.join("b.xlsx"), Kind::Plain));
    }

    #[test]
    fn an_edited_workbook_is_no_longer_ours() {
        let core = "<cp:coreProperties><dcterms:created xsi:type=\"dcterms:W3CDTF\">\
                    2021-06-01T00:00:00Z</dcterms:created><dcterms:modified \
                    xsi:type=\"dcterms:W3CDTF\">2021-06-02T09:00:00Z</dcterms:modified>";
        assert_eq!(
            element(core, "dcterms:created"),
            Some("2021-06-01T00:00:00Z")
        );
        assert_eq!(
            element(core, "dcterms:modified"),
            Some("2021-06-02T09:00:00Z")
        );
    }
}
