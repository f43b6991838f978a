//! WebAssembly bindings of fangfei: the same checks in a browser form and in Node.
//!
//! `api` holds every operation as a pure function over JSON values (tested natively,
//! and by the parity corpus in both builds), its results written in the core's one
//! machine format ([`fangfei::wire`]); `js` is the thin wasm-bindgen surface.

pub mod api;
#[cfg(target_arch = "wasm32")]
mod js;
