//! The office's ledger from CSV exports of its sheets: never a panic, whatever the
//! bytes; every record is of a roster unit (or one the 单位名单 sheet added with its
//! type); every problem is placed at its file and line.
#![no_main]
use fangfei::annex3::sheet::Locator;
use fangfei::ledger::{read, Part};
use fangfei::Campaign;
use fangfei_cli::tables::{csv_rows, decode};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 10] = [
    "单位名单", "材料报送", "媒体作品", "七进活动", "集中宣传日", "网格与提示牌", "访谈与报道",
    "实地抽查", "附件3", "其他",
];

fuzz_target!(|data: &[u8]| {
    // The first byte names the sheet each part is saved as; the rest is split into up
    // to three CSV files at 0x1e bytes.
    let Some((&pick, rest)) = data.split_first() else { return };
    let mut parts = Vec::new();
    for (i, chunk) in rest.split(|b| *b == 0x1e).take(3).enumerate() {
        let Ok((text, _)) = decode(chunk.to_vec()) else { continue };
        let Ok(rows) = csv_rows(&text) else { continue };
        let name = NAMES[(usize::from(pick) + i) % NAMES.len()];
        parts.push(Part::new(format!("台账-{name}.csv"), Locator::Csv, rows));
    }
    let campaign = Campaign::embedded();
    let ledger = read(campaign, &parts);
    for (_, r) in &ledger.records {
        assert!(
            campaign.roster().resolve(&r.unit).is_some() || r.roles.is_some(),
            "{:?}",
            r.unit
        );
    }
    for f in &ledger.findings {
        assert!(f.place.is_some(), "{f:?}");
    }
});
