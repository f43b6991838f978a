//! Class 9: refusals that say what is wrong — too large, missing, a link loop, an
//! undecodable or unclosed CSV, a JSON text that is no row, an empty folder.

use super::{data, folder, run_in};

/// 2^64 in a count is too large, not "not a number".
#[test]
fn a_count_past_u64_is_too_large() {
    let dir = folder("count-2-64");
    let text = std::fs::read_to_string(data("../../../examples/lingyuan-2021/市委宣传部.json"))
        .unwrap()
        .replacen("\"staff\": 4", "\"staff\": 18446744073709551616", 1);
    assert!(text.contains("18446744073709551616"));
    std::fs::write(dir.join("r.json"), text).unwrap();
    let run = run_in(&dir, &["check", "r.json"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("数字过大"), "{run:?}");
    assert!(!run.err.contains("实为数字"), "{run:?}");
}

/// A missing path is "not found" with exit 2 in every command, before any report.
#[test]
fn a_missing_path_is_not_found_everywhere() {
    let dir = folder("missing-path");
    for args in [
        &["annex3", "total", "nothere.csv"][..],
        &["annex3", "total", "nothere"],
        &["annex3", "check", "nothere"],
        &["check", "nothere.json"],
        &["audit", "nothere"],
    ] {
        let run = run_in(&dir, args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(
            run.err.contains("找不到该文件或文件夹"),
            "{args:?}: {run:?}"
        );
        assert!(!run.out.contains("全市合计"), "{args:?}: {run:?}");
    }
}

/// A symbolic link that leads back to itself is said to be one, not "not found".
#[cfg(unix)]
#[test]
fn a_link_loop_is_said() {
    let dir = folder("link-loop");
    std::os::unix::fs::symlink("b.csv", dir.join("a.csv")).unwrap();
    std::os::unix::fs::symlink("a.csv", dir.join("b.csv")).unwrap();
    for args in [
        &["annex3", "check", "a.csv"][..],
        &["annex3", "total", "a.csv"],
        &["check", "a.csv"],
    ] {
        let run = run_in(&dir, args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.err.contains("符号链接循环"), "{args:?}: {run:?}");
    }
}

/// A CSV in no known encoding names its file and the first byte that is not UTF-8.
#[test]
fn an_undecodable_csv_names_file_and_byte() {
    let dir = folder("undecodable");
    std::fs::write(dir.join("t.csv"), b"a,b\nab\x80\xff,c\n").unwrap();
    let run = run_in(&dir, &["annex3", "check", "t.csv"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("t.csv"), "{run:?}");
    assert!(run.err.contains("第6字节起不是UTF-8"), "{run:?}");
}

/// An unclosed quote is named at its line, never swallowed into one unit's name.
#[test]
fn an_unclosed_quote_is_named() {
    let dir = folder("unclosed-quote");
    std::fs::write(
        dir.join("t.csv"),
        "单位,活动场次(次),参与群众(人次),刊印份数、播放次数(份/次)\n市教育局,1,2,3\n\"市财政局,4,5,6\n市公安局,7,8,9\n",
    )
    .unwrap();
    let run = run_in(&dir, &["annex3", "check", "t.csv"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.err.contains("t.csv:CSV第3行第1个字符处的引号"),
        "{run:?}"
    );
    assert!(!run.all().contains("市财政局,4,5,6"), "{run:?}");
    // A quoted cell across lines that is closed is a cell, not a refusal.
    std::fs::write(
        dir.join("ok.csv"),
        "单位,备注\n\"市教育局\",\"两行\n备注\"\n",
    )
    .unwrap();
    let run = run_in(&dir, &["annex3", "check", "ok.csv"]);
    assert!(!run.all().contains("没有配对"), "{run:?}");
}

/// A JSON text that is no object is refused as what it is, not checked as a row.
#[test]
fn a_json_string_is_no_row() {
    let dir = folder("json-string");
    std::fs::write(dir.join("h.json"), "\"hello\"\n").unwrap();
    let run = run_in(&dir, &["annex3", "check", "h.json"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("实为文本"), "{run:?}");
}

/// A folder named like a record, holding nothing, is said to be empty.
#[test]
fn an_empty_folder_is_said_empty() {
    let dir = folder("empty-folder");
    std::fs::create_dir(dir.join("dir.json")).unwrap();
    let run = run_in(&dir, &["check", "dir.json"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.err.contains("文件夹是空的"), "{run:?}");
    assert!(!run.err.contains("--unit"), "{run:?}");
}
