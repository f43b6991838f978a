//! The office's ledger (台账) on disk: its workbook or CSV files read into the tables
//! the library's ledger reader takes ([`fangfei::ledger::read`]), and the workbook
//! written from the library's layout ([`write`]). The sheets, their columns, the
//! reading of each cell and the mapping to unit records are the library's, from the
//! campaign's declarations; this module only reads and writes files.

use std::path::Path;

use fangfei::annex3::sheet::Locator;
use fangfei::ledger::Part;

use crate::Unusable;

mod write;
pub use write::write;

/// Whether a file is a workbook or CSV the ledger reader takes.
pub fn is_ledger_file(path: &Path) -> bool {
    matches!(
        crate::tables::extension(path).as_str(),
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" | "csv"
    )
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads a ledger file into its parts: every sheet of a workbook (hidden ones marked),
/// or one CSV.
///
/// # Errors
///
/// [`Unusable`] when the file cannot be read.
pub fn read_parts(path: &Path) -> Result<Vec<Part>, Unusable> {
    if crate::tables::extension(path) == "csv" {
        let (rows, _) = crate::tables::read_csv(path)?;
        return Ok(vec![Part::new(file_name(path), Locator::Csv, rows)]);
    }
    // Hidden sheets too: the library reads a hidden ledger sheet with a note, and
    // skips the template's hidden lists (选项).
    Ok(crate::tables::read_workbook_all_sheets(path)?
        .into_iter()
        .map(|(name, rows, hidden)| {
            Part::new(file_name(path), Locator::Sheet(name), rows).hidden(hidden)
        })
        .collect())
}
