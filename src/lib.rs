#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod annex3;
pub mod audit;
pub mod calendar;
pub mod campaign;
mod error;
pub mod json;
mod keyed;
pub mod ledger;
mod path;
pub mod quiz;
pub mod record;
pub mod report;
pub mod rule;
mod rules;
#[cfg(all(feature = "proptest", not(target_arch = "wasm32")))]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;
mod text;
pub mod time;
pub mod timeline;
mod util;
pub mod wire;

/// The longer documentation, from `docs/` (its Rust examples run as doctests).
pub mod _documentation {
    #[doc = include_str!("../docs/campaign.md")]
    pub mod campaign {}
    #[doc = include_str!("../docs/records.md")]
    pub mod records {}
    #[doc = include_str!("../docs/interpretations.md")]
    pub mod interpretations {}
    #[doc = include_str!("../docs/cli.md")]
    pub mod cli {}
    #[doc = include_str!("../docs/npm.md")]
    pub mod npm {}
    #[doc = include_str!("../docs/design.md")]
    pub mod design {}
}

// The curated surface: the types nearly every use needs, at the root.
pub use campaign::{Campaign, CampaignError};
pub use error::{InputError, Problem};
pub use keyed::Keyed;
pub use path::{Path, Segment};
pub use report::{Effect, Finding, Lang, Outcome, Report, Severity, Text};
pub use rule::RuleId;
pub use text::{escape_xml, has_masked, printable, shown, Shown, MASKED_NOTE};
pub use time::{Instant, TimeError, Window};
pub use util::{normalise_name, same_name};
// Foreign types in the signatures, re-exported so a user needs no version match.
pub use chrono::NaiveDate;
pub use serde_json::{Map as JsonMap, Value as JsonValue};
