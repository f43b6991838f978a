//! Reporting units and their names (rule **UNITS**).
//!
//! A reporting unit is a town/street or a member unit of the leading group. Variant
//! names of one unit (市文广局 / 市文广新局, 市交通局 / 市交通运输局, 市综合执法局 /
//! 市城市综合执法局, 人民银行凌源支行 / 市人民银行) are aliases in the campaign data and
//! resolve to the one unit.
//!
//! ```
//! let c = fangfei::Campaign::embedded();
//! assert_eq!(c.resolve_unit("市文广局").unwrap().name, c.resolve_unit(" 市文广新局 ").unwrap().name);
//! assert!(c.resolve_unit("市气象局").is_none());
//! assert_eq!(c.suggest_units("市交通部", 1), vec!["市交通局"]);
//! ```

pub use crate::campaign::Roster;
pub use crate::util::{normalise_name, same_name};
