#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod annex3;
pub mod audit;
pub mod calendar;
pub mod campaign;
pub mod deadline;
mod error;
pub mod json;
pub mod minimum;
mod path;
pub mod quiz;
pub mod record;
pub mod report;
pub mod rule;
#[cfg(all(feature = "proptest", not(target_arch = "wasm32")))]
pub mod strategies;
mod text;
pub mod time;
pub mod timeline;
pub mod unit;
mod util;
pub mod wire;

pub use campaign::{Campaign, CampaignError};
pub use error::{InputError, Problem};
pub use path::{Path, Segment};
pub use report::{Effect, Finding, Lang, Outcome, Report, Severity, Text};
pub use rule::RuleId;
pub use time::{Instant, TimeError, Window};
