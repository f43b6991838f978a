//! The JSON text of the forms calls' results (a keystroke's cell check above all),
//! written here, in a crate of its own: serde's writing code is compiled in the crate
//! that names the type it writes, and the workspace's `profile.wasm` compiles this one
//! for speed (opt-level 3) while the rest of the browser build is compiled for size.
//! Each function is `serde_json::to_string` of one wire type, and nothing else.

use fangfei::wire::{Batch, Cell, Finding, Form};

/// A cell check's result.
pub fn cell(v: &Cell) -> serde_json::Result<String> {
    serde_json::to_string(v)
}

/// A field check's findings.
pub fn findings(v: &[Finding]) -> serde_json::Result<String> {
    serde_json::to_string(v)
}

/// A form check's result.
pub fn form(v: &Form) -> serde_json::Result<String> {
    serde_json::to_string(v)
}

/// A batch of forms' result.
pub fn batch(v: &Batch) -> serde_json::Result<String> {
    serde_json::to_string(v)
}
