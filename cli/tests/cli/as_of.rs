//! `--as-of` and `--at` as a clerk writes them (issue 29, walk of D2 item 3): read with
//! the ledger's one reader of clerks' times; a date alone as an as-of is that day's
//! 24:00 (TIME-2400), so the day's own reports count; as a moment to look at, 00:00.

use super::{examples, json, run};

/// `--as-of 6月16日` is 6月16日24:00 — the 06-16 node's reports included — and the
/// forms clerks write for it are read alike, by `audit` and by `check`.
#[test]
fn an_as_of_is_read_as_a_clerk_means_it() {
    let dir = examples();
    let dir = dir.to_str().unwrap();
    for form in [
        "6月16日",
        "6月16日24时",
        "6.16 24:00",
        "6月16日24:00",
        "2021-06-16",
    ] {
        let (code, out, err) = run(&["audit", dir, "--as-of", form]);
        assert!(code <= 1, "{form}: {err}");
        let head = out.lines().next().unwrap_or_default();
        assert!(
            head.ends_with("核查时点 2021-06-16 24:00"),
            "{form}: {head}"
        );
        let (_, v) = json(&["audit", dir, "--as-of", form, "--format", "json"]);
        assert_eq!(v["asOf"], "2021-06-17T00:00:00+08:00", "{form}");
    }
    // `check` reads it alike: the 06-16 node's own report counts (D-PROGRESS-1 is
    // pending at the day's start, passed at its end).
    let record = examples().join("市教育局.json");
    let outcomes = |as_of: &str| {
        let (_, v) = json(&[
            "check",
            record.to_str().unwrap(),
            "--as-of",
            as_of,
            "--format",
            "json",
        ]);
        v["outcomes"].clone()
    };
    let day = outcomes("6月16日");
    assert_eq!(day["D-PROGRESS-1"], "pass");
    assert_eq!(day, outcomes("2021-06-17T00:00"));
    assert_eq!(outcomes("2021-06-16T00:00")["D-PROGRESS-1"], "pending");
    // A time of day is as written.
    let (_, v) = json(&[
        "audit",
        dir,
        "--as-of",
        "6月16日下午3:10",
        "--format",
        "json",
    ]);
    assert_eq!(v["asOf"], "2021-06-16T15:10:00+08:00");
}

/// A text of no shape is shown the campaign's example in the clerk's form, never the
/// wire's `2024-05-20T09:30:00+08:00`; `timeline --at` reads a day alone as its 00:00.
#[test]
fn a_bad_as_of_is_shown_the_clerks_form() {
    let (code, _, err) = run(&["audit", "--as-of", "下周三", "x"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "fangfei:“下周三”不是时间,请写作“6月16日24:00”(或“2021-06-16 24:00”;只写日期如“6月16日”,即该日24:00)\n"
    );
    let (code, v) = json(&["timeline", "--at", "6月15日"]);
    assert_eq!(code, 0);
    assert_eq!(v["moment"]["at"], "2021-06-15T00:00:00+08:00");
}
