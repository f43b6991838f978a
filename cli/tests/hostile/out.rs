//! Classes 3, 4 and 5: an output never destroys an input (the same file by any
//! spelling or link, a file in an input folder, an unmarked file without `--force`, a
//! write cut short); every unit's notice is a file of its own; no CSV cell we write
//! runs as a formula.

use std::path::Path;

use super::{data, folder, run_in, Run};

/// A statistics table with one good row, as a clerk sends it.
fn table(dir: &Path, name: &str) -> Vec<u8> {
    let bytes = std::fs::read(data("annex3-utf8.csv")).unwrap();
    std::fs::write(dir.join(name), &bytes).unwrap();
    bytes
}

/// The temporary files an output left behind in `dir`.
fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

fn refused_as_input(run: &Run, output: &str, input: &str) {
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.err
            .contains(&format!("输出“{output}”就是输入“{input}”")),
        "{run:?}"
    );
}

#[test]
fn errors_over_the_table_it_checks_are_refused_by_any_spelling() {
    let dir = folder("out-errors-over-input");
    let bytes = table(&dir, "t.csv");
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::hard_link(dir.join("t.csv"), dir.join("hard.csv")).unwrap();
    let mut spellings = vec!["t.csv", "./t.csv", "sub/../t.csv", "hard.csv"];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("t.csv", dir.join("link.csv")).unwrap();
        spellings.push("link.csv");
    }
    let absolute = dir.join("t.csv").display().to_string();
    spellings.push(&absolute);
    for out in spellings {
        let run = run_in(&dir, &["annex3", "check", "t.csv", "--errors", out]);
        refused_as_input(&run, out, "t.csv");
        // Refused with --force too: an input is never an output.
        let run = run_in(
            &dir,
            &["annex3", "check", "t.csv", "--errors", out, "--force"],
        );
        refused_as_input(&run, out, "t.csv");
        assert_eq!(std::fs::read(dir.join("t.csv")).unwrap(), bytes, "{out}");
    }
    assert!(temporaries(&dir).is_empty());
}

#[test]
fn a_report_over_its_ledger_is_refused() {
    let dir = folder("out-report-over-ledger");
    let run = run_in(&dir, &["ledger", "template", "台账.xlsx"]);
    assert_eq!(run.code, 0, "{run:?}");
    let ledger = std::fs::read(dir.join("台账.xlsx")).unwrap();
    std::fs::hard_link(dir.join("台账.xlsx"), dir.join("副本.xlsx")).unwrap();
    for out in ["台账.xlsx", "./台账.xlsx", "副本.xlsx"] {
        let run = run_in(&dir, &["audit", "台账.xlsx", "--xlsx", out]);
        refused_as_input(&run, out, "台账.xlsx");
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("台账.xlsx", dir.join("link.xlsx")).unwrap();
        let run = run_in(&dir, &["audit", "link.xlsx", "--html", "台账.xlsx"]);
        refused_as_input(&run, "台账.xlsx", "link.xlsx");
    }
    assert_eq!(std::fs::read(dir.join("台账.xlsx")).unwrap(), ledger);
    // Two outputs to one file: the second would replace the first.
    let run = run_in(
        &dir,
        &["audit", "台账.xlsx", "--xlsx", "r", "--html", "./r"],
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("是同一个文件"), "{run:?}");
    assert!(!dir.join("r").exists());
}

#[test]
fn an_output_in_an_input_folder_is_refused() {
    let dir = folder("out-in-input-folder");
    std::fs::create_dir(dir.join("returns")).unwrap();
    table(&dir.join("returns"), "a.csv");
    for args in [
        &["annex3", "total", "returns", "--errors", "returns/e.csv"][..],
        &[
            "annex3",
            "total",
            "returns",
            "--xlsx",
            "./returns/total.xlsx",
        ],
        &["audit", "returns", "--html", "returns/r.html"],
        &["audit", "returns", "--notices", "returns"],
    ] {
        let run = run_in(&dir, args);
        assert_eq!(run.code, 2, "{args:?} {run:?}");
        assert!(
            run.err.contains("在输入文件夹“returns”中")
                || run.err.contains("就是输入“returns”(同一个文件夹)"),
            "{run:?}"
        );
    }
    let left: Vec<_> = std::fs::read_dir(dir.join("returns")).unwrap().collect();
    assert_eq!(left.len(), 1, "nothing written into the input folder");
    // Beside it is fine.
    let run = run_in(&dir, &["annex3", "total", "returns", "--errors", "e.csv"]);
    assert_ne!(run.code, 2, "{run:?}");
    assert!(dir.join("e.csv").exists());
}

/// A notice named like a link into the input folder is refused, `--force` or not: it
/// would be written where the link points, over an input of the same run (found by a
/// fresh-eyes trial).
#[cfg(unix)]
#[test]
fn a_notice_through_a_link_into_an_input_folder_is_refused() {
    let dir = folder("notice-link-into-input");
    let recs = dir.join("recs");
    std::fs::create_dir(&recs).unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/lingyuan-2021");
    for e in std::fs::read_dir(&examples).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, recs.join(p.file_name().unwrap())).unwrap();
    }
    let victim = recs.join("市教育局.json");
    let before = std::fs::read(&victim).unwrap();
    std::fs::create_dir(dir.join("ne")).unwrap();
    std::os::unix::fs::symlink(&victim, dir.join("ne/市财政局.txt")).unwrap();
    let run = run_in(&dir, &["audit", "recs", "--notices", "ne", "--force"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("在输入文件夹"), "{run:?}");
    assert_eq!(
        std::fs::read(&victim).unwrap(),
        before,
        "the input is untouched"
    );
}

#[test]
fn a_failed_write_leaves_no_file_and_the_old_one_whole() {
    let dir = folder("out-failed-write");
    table(&dir, "t.csv");
    // A missing folder: nothing written, nothing left.
    let run = run_in(&dir, &["annex3", "check", "t.csv", "--errors", "no/e.csv"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("no/e.csv"), "{run:?}");
    assert!(!dir.join("no").exists());
    // Yesterday's problems file stays whole when today's input cannot be read.
    let run = run_in(&dir, &["annex3", "check", "t.csv", "--errors", "e.csv"]);
    assert_eq!(run.code, 1, "{run:?}");
    let before = std::fs::read(dir.join("e.csv")).unwrap();
    std::fs::create_dir(dir.join("bad.csv")).unwrap();
    let run = run_in(&dir, &["annex3", "check", "bad.csv", "--errors", "e.csv"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(std::fs::read(dir.join("e.csv")).unwrap(), before);
    assert!(temporaries(&dir).is_empty(), "{:?}", temporaries(&dir));
}

#[test]
fn marked_outputs_are_replaced_unmarked_ones_only_with_force() {
    let dir = folder("out-marks");
    table(&dir, "t.csv");
    // Someone's own file where the output goes: kept, and the refusal says how.
    std::fs::write(dir.join("e.csv"), "我的笔记\r\n").unwrap();
    let run = run_in(&dir, &["annex3", "check", "t.csv", "--errors", "e.csv"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("“e.csv”已存在"), "{run:?}");
    assert!(run.err.contains("--force"), "{run:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("e.csv")).unwrap(),
        "我的笔记\r\n"
    );
    let run = run_in(
        &dir,
        &[
            "--lang", "en", "annex3", "check", "t.csv", "--errors", "e.csv",
        ],
    );
    assert!(run.err.contains("add --force to overwrite it"), "{run:?}");
    // With --force it is replaced, and marked as ours.
    let run = run_in(
        &dir,
        &["annex3", "check", "t.csv", "--errors", "e.csv", "--force"],
    );
    assert_eq!(run.code, 1, "{run:?}");
    let csv = std::fs::read_to_string(dir.join("e.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}# fangfei "), "{csv}");
    // Ours now: the daily re-run replaces it without asking.
    let run = run_in(&dir, &["annex3", "check", "t.csv", "--errors", "e.csv"]);
    assert_eq!(run.code, 1, "{run:?}");
    // Through a link, the file it points to is replaced and the link stays one.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("e.csv", dir.join("latest.csv")).unwrap();
        let run = run_in(
            &dir,
            &["annex3", "check", "t.csv", "--errors", "latest.csv"],
        );
        assert_eq!(run.code, 1, "{run:?}");
        let meta = std::fs::symlink_metadata(dir.join("latest.csv")).unwrap();
        assert!(meta.file_type().is_symlink());
    }

    // Workbooks: ours (a document property) are replaced, another's is not.
    for _ in 0..2 {
        let run = run_in(&dir, &["annex3", "template", "blank.xlsx"]);
        assert_eq!(run.code, 0, "{run:?}");
    }
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet().write_string(0, 0, "他人的表").unwrap();
    wb.save(dir.join("other.xlsx")).unwrap();
    let other = std::fs::read(dir.join("other.xlsx")).unwrap();
    let run = run_in(&dir, &["annex3", "template", "other.xlsx"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(std::fs::read(dir.join("other.xlsx")).unwrap(), other);
    let run = run_in(&dir, &["annex3", "template", "other.xlsx", "--force"]);
    assert_eq!(run.code, 0, "{run:?}");
    // Ours, then saved by a spreadsheet program (modified after created): a person's
    // file again.
    saved_later(&dir.join("blank.xlsx"));
    let run = run_in(&dir, &["annex3", "template", "blank.xlsx"]);
    assert_eq!(run.code, 2, "{run:?}");

    // HTML reports: marked on their first line.
    std::fs::create_dir(dir.join("records")).unwrap();
    std::fs::write(
        dir.join("records/a.json"),
        r#"{"unit": "市教育局", "submissions": []}"#,
    )
    .unwrap();
    let run = run_in(&dir, &["audit", "records", "--html", "r.html"]);
    assert_ne!(run.code, 2, "{run:?}");
    let html = std::fs::read_to_string(dir.join("r.html")).unwrap();
    assert!(html.starts_with("<!-- fangfei "), "{}", &html[..40]);
    let run = run_in(&dir, &["audit", "records", "--html", "r.html"]);
    assert_ne!(run.code, 2, "{run:?}");
    std::fs::write(dir.join("mine.html"), "<p>mine</p>").unwrap();
    let run = run_in(&dir, &["audit", "records", "--html", "mine.html"]);
    assert_eq!(run.code, 2, "{run:?}");

    // A campaign file has no room for a mark: an existing one only with --force.
    std::fs::write(dir.join("2022.json"), "{}").unwrap();
    let args = [
        "campaign",
        "new",
        "--from",
        "lingyuan-2021",
        "--year",
        "2022",
        "-o",
        "2022.json",
    ];
    let run = run_in(&dir, &args);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("2022.json")).unwrap(),
        "{}"
    );
    assert!(temporaries(&dir).is_empty());
}

/// Rewrites the workbook at `path` as a spreadsheet program saving it later would:
/// the same parts, `dcterms:modified` a day after `dcterms:created`.
fn saved_later(path: &Path) {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut parts = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        parts.push((f.name().unwrap().into_owned(), bytes));
    }
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, mut bytes) in parts {
        if name == "docProps/core.xml" {
            let text = String::from_utf8(bytes).unwrap();
            let at = text.find("<dcterms:modified").unwrap();
            let (head, tail) = text.split_at(at);
            // Another year in the element's text (`…>2021-06-01T…`).
            let gt = tail.find('>').unwrap() + 1;
            let tail = format!("{}2099{}", &tail[..gt], &tail[gt + 4..]);
            bytes = format!("{head}{tail}").into_bytes();
        }
        w.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(&bytes).unwrap();
    }
    std::fs::write(path, w.finish().unwrap().into_inner()).unwrap();
}

/// A roster of the unit names that collide or fail as file names, each with nothing
/// sent: each gets a notice.
const HOSTILE_NAMES: [&str; 9] = [
    "甲/乙局",
    "甲:乙局",
    "abc局",
    "ABC局",
    "丙局.",
    "丙局 ",
    "CON",
    "nul",
    "COM1",
];

#[test]
fn every_unit_gets_its_own_notice_and_the_count_is_true() {
    let dir = folder("out-notices");
    std::fs::create_dir(dir.join("records")).unwrap();
    let long = "很".repeat(120);
    let names: Vec<&str> = HOSTILE_NAMES
        .iter()
        .copied()
        .chain([long.as_str()])
        .collect();
    let units: Vec<serde_json::Value> = names
        .iter()
        .map(|n| serde_json::json!({ "name": n, "roles": ["member_unit"] }))
        .collect();
    std::fs::write(
        dir.join("units.json"),
        serde_json::json!({ "source": "synthetic: hostile names", "units": units }).to_string(),
    )
    .unwrap();
    std::fs::write(
        dir.join("records/a.json"),
        r#"{"unit": "市教育局", "submissions": []}"#,
    )
    .unwrap();
    let args = [
        "--units",
        "units.json",
        "audit",
        "records",
        "--notices",
        "通知",
    ];
    let run = run_in(&dir, &args);
    assert_eq!(run.code, 1, "{run:?}");
    let files: Vec<String> = std::fs::read_dir(dir.join("通知"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    // The count said is the count written.
    assert!(
        run.err.contains(&format!("已写出 {} 份通知", files.len())),
        "{run:?} {files:?}"
    );
    for want in [
        "甲_乙局.txt",
        "甲_乙局-2.txt",
        "abc局.txt",
        "ABC局-2.txt",
        "丙局.txt",
        "丙局-2.txt",
        "_CON.txt",
        "_nul.txt",
        "_COM1.txt",
        "很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很.txt",
    ] {
        assert!(files.iter().any(|f| f == want), "{want} in {files:?}");
    }
    // Distinct on a file system that ignores case too.
    let lower: std::collections::HashSet<String> = files.iter().map(|f| f.to_lowercase()).collect();
    assert_eq!(lower.len(), files.len());
    // Each notice names its own unit.
    let slash = std::fs::read_to_string(dir.join("通知/甲_乙局.txt")).unwrap();
    let colon = std::fs::read_to_string(dir.join("通知/甲_乙局-2.txt")).unwrap();
    assert!(slash.contains("甲/乙局"), "{slash}");
    assert!(colon.contains("甲:乙局"), "{colon}");

    // The daily re-run replaces its own notices; an edited one is kept unless forced.
    let run = run_in(&dir, &args);
    assert_eq!(run.code, 1, "{run:?}");
    let edited = dir.join("通知/abc局.txt");
    std::fs::write(&edited, "已改过").unwrap();
    let run = run_in(&dir, &args);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("abc局.txt"), "{run:?}");
    assert_eq!(std::fs::read_to_string(&edited).unwrap(), "已改过");
    let mut forced = args.to_vec();
    forced.push("--force");
    let run = run_in(&dir, &forced);
    assert_eq!(run.code, 1, "{run:?}");
    assert_ne!(std::fs::read_to_string(&edited).unwrap(), "已改过");
}

#[test]
fn no_csv_cell_we_write_runs_as_a_formula() {
    let dir = folder("out-formula");
    let header = std::fs::read_to_string(data("annex3-utf8.csv")).unwrap();
    let header = header.lines().next().unwrap().to_owned();
    let csv = format!(
        "{header}\n=1+1,0,0,0,0,0,0,0,0,0,0,0,\n@SUM(A1),x,0,0,0,0,0,0,0,0,0,0,\n-2+3,-1,0,0,0,0,0,0,0,0,0,0,\n"
    );
    std::fs::write(dir.join("=HYPERLINK.csv"), csv).unwrap();
    let run = run_in(
        &dir,
        &["annex3", "check", "=HYPERLINK.csv", "--errors", "e.csv"],
    );
    assert_eq!(run.code, 1, "{run:?}");
    let text = std::fs::read_to_string(dir.join("e.csv")).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut cells = Vec::new();
    for r in reader.records() {
        cells.extend(r.unwrap().iter().map(str::to_owned));
    }
    assert!(cells.len() > 9, "{text}");
    for c in &cells {
        assert!(
            !c.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a cell Excel would run: {c:?} in {text}"
        );
    }
    // What was typed is still there, shown as text.
    assert!(cells.iter().any(|c| c == "'=HYPERLINK.csv"), "{text}");
    assert!(cells.iter().any(|c| c == "'=1+1"), "{text}");
}

/// An output to a device (`/dev/null`, as a clerk discards a report) is written to it,
/// never replaced by a file renamed over it — which, as root, destroyed /dev/null
/// (found when this machine's /dev/null became a regular file).
#[cfg(unix)]
#[test]
fn an_output_to_a_device_is_written_to_it_not_over_it() {
    let dir = folder("output-to-device");
    table(&dir, "t.csv");
    let fifo = dir.join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        return;
    }
    // Opened for reading first, without blocking (O_NONBLOCK): the tool's writes wait
    // in the pipe's buffer, and nothing hangs if the FIFO is replaced.
    use std::io::Read as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut reader = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(0o4000)
        .open(&fifo)
        .unwrap();
    let run = run_in(&dir, &["annex3", "check", "t.csv", "--errors", "fifo"]);
    assert_ne!(run.code, 2, "{run:?}");
    let mut bytes = Vec::new();
    let _ = reader.read_to_end(&mut bytes);
    assert!(!bytes.is_empty(), "the report went through the FIFO");
    use std::os::unix::fs::FileTypeExt as _;
    assert!(
        std::fs::metadata(&fifo).unwrap().file_type().is_fifo(),
        "still a FIFO"
    );
    assert!(temporaries(&dir).is_empty());
}
