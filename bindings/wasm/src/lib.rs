//! WebAssembly bindings of fangfei: the same checks in a browser form and in Node.
//!
//! `api` holds every operation as a pure function over JSON values (tested natively,
//! and by the parity corpus in both builds); `dto` maps the core types to the camelCase
//! objects JavaScript sees; `js` is the thin wasm-bindgen surface.

pub mod api;
pub mod dto;
#[cfg(target_arch = "wasm32")]
mod js;
