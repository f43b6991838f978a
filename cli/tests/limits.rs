//! Inputs one above a documented limit are refused in bounded memory (issue 14):
//! measured as the growth of the process's peak resident memory (`VmHWM`, reset
//! through `/proc/self/clear_refs`) while each is refused. One test, so that nothing
//! runs beside it in this binary. Linux only.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

/// The peak resident memory, in KiB.
fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// How much the peak grew while `f` ran, in KiB.
fn growth(f: impl FnOnce()) -> u64 {
    // "5" resets the peak to the current resident size.
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
    let before = peak_kib();
    f();
    peak_kib().saturating_sub(before)
}

#[test]
fn refusals_at_the_limits_take_bounded_memory() {
    const MIB: u64 = 1024;
    let dir = std::env::temp_dir().join(format!("fangfei-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    // The campaign is built before measuring (once, on first use).
    let campaign = fangfei::Campaign::embedded();
    // A record one byte over 4 MiB: refused before it is parsed.
    let record = format!(
        "{{\"unit\": \"x\"}}{}",
        " ".repeat(fangfei::record::MAX_RECORD_JSON)
    );
    let g = growth(|| {
        assert!(fangfei::record::UnitRecord::from_json(campaign, &record).is_err());
    });
    assert!(g < MIB, "record: {g} KiB");

    // A campaign over 1 MiB.
    let big = format!("{{}}{}", " ".repeat(fangfei::campaign::MAX_CAMPAIGN_JSON));
    let g = growth(|| {
        assert!(fangfei::Campaign::from_json(&big).is_err());
    });
    assert!(g < MIB, "campaign: {g} KiB");

    // A 16 MiB cell: refused as too long, never copied.
    let cell = "1".repeat(16 << 20);
    let g = growth(|| {
        let campaign = fangfei::Campaign::embedded();
        let table = fangfei::annex3::table_of(campaign).unwrap();
        let sms = fangfei::annex3::Field::of(table, "sms_sent").unwrap();
        let c = fangfei::annex3::check_cell(campaign, sms, &cell);
        assert!(c.value.is_none());
    });
    assert!(g < MIB, "cell: {g} KiB");

    // A 100 MiB file (sparse) against the 64 MiB table limit: read to the limit + 1
    // byte, then refused.
    let big = dir.join("big.csv");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(100 << 20)
        .unwrap();
    let g = growth(|| {
        assert!(fangfei_cli::files::read_bytes(&big, fangfei_cli::tables::MAX_FILE_BYTES).is_err());
    });
    assert!(g < 160 * MIB, "file: {g} KiB (the limit is 64 MiB)");

    // A JSON Lines file of one 32 MiB line: one refused line, never held whole.
    let line = dir.join("line.jsonl");
    std::fs::File::create(&line)
        .unwrap()
        .set_len(32 << 20)
        .unwrap();
    let g = growth(|| {
        let mut seen = 0;
        fangfei_cli::files::each_line(&line, &mut |_, l| {
            assert!(matches!(l, fangfei_cli::files::Line::TooLong(_)));
            seen += 1;
        })
        .unwrap();
        assert_eq!(seen, 1);
    });
    assert!(g < 4 * MIB, "line: {g} KiB");
    std::fs::remove_dir_all(&dir).unwrap();
}
