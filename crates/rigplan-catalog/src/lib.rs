//! rigplan's catalog: hardware, systems, models, quantizations and reference prices,
//! compiled in (no runtime download), every figure with a source URL. Data only: the
//! input language that reads ids and numbers lives in `rigplan-scenario`.
//!
//! # Crate features
//! - `notes` (default): notes, source URLs and per-source descriptions (the web app
//!   builds without them to stay small; the catalog tests need them).
//!
//! **Catalog ids are permanent**: once shipped an id is never renamed or reused. A rename
//! adds the old id to [`ALIASES`].
#![no_std]
extern crate alloc;

/// Catalog prose and citations (`notes`, each source's `url` and what it `covers`, each
/// model's `hf_repo`):
/// compiled in with the `notes` feature (default), empty without it, so the web app does
/// not ship 140 KB of text it does not show. The figures are always present; the CLI,
/// the tests and `rigplan catalog --json` carry every source.
macro_rules! text {
    ($s:expr) => {
        if cfg!(feature = "notes") { $s } else { "" }
    };
}

/// A record's list of sources: compiled in with the `notes` feature, an empty list without
/// it (each entry's strings are empty there anyway: the page kept some 40 empty `Source`
/// values per kilobyte of nothing).
#[cfg(feature = "notes")]
macro_rules! sources {
    ($($s:expr),* $(,)?) => {
        &[$($s),*]
    };
}

/// Without `notes`: no sources ([`text!`] would leave them empty).
#[cfg(not(feature = "notes"))]
macro_rules! sources {
    ($($s:expr),* $(,)?) => {
        &[]
    };
}

/// The tables `rigplan-codegen` writes from `data/` (never edited by hand).
#[rustfmt::skip]
// Without `notes` the `Source` each table imports is dropped with its list.
#[cfg_attr(not(feature = "notes"), allow(unused_imports))]
mod generated {
    pub mod devices;
    pub mod hosts;
    pub mod models;
    pub mod prices;
    pub mod quants;
    pub mod systems;
}
mod host;
pub mod types;

pub use generated::hosts::{DESKTOP, LAPTOP, SERVER, SOC};
pub use generated::models::MODELS;
pub use generated::prices::{API, CLOUD};
pub use generated::quants::QUANTS;
pub use host::default_host;
pub use types::*;

/// Every single device: NVIDIA first, then the others.
pub fn devices() -> impl Iterator<Item = &'static HardwareEntry> {
    generated::devices::DEVICES.iter()
}

/// Every complete machine.
pub const SYSTEMS: &[SystemEntry] = generated::systems::SYSTEMS;

/// Old id -> current id, for ids that were renamed. Append-only.
pub const ALIASES: &[(&str, &str)] = &[];

/// Follows [`ALIASES`].
pub fn canonical(id: &str) -> &str {
    ALIASES
        .iter()
        .find(|(old, _)| *old == id)
        .map_or(id, |(_, new)| new)
}

/// A device by id (aliases followed).
pub fn device(id: &str) -> Option<&'static HardwareEntry> {
    let id = canonical(id);
    devices().find(|h| h.id == id)
}

/// A system by id (aliases followed).
pub fn system(id: &str) -> Option<&'static SystemEntry> {
    let id = canonical(id);
    SYSTEMS.iter().find(|s| s.id == id)
}

/// A model by id (aliases followed).
pub fn model(id: &str) -> Option<&'static ModelEntry> {
    let id = canonical(id);
    MODELS.iter().find(|m| m.id == id)
}

/// A quantization by id.
pub fn quant(id: &str) -> Option<&'static QuantEntry> {
    QUANTS.iter().find(|q| q.id == id)
}

/// Every hardware id a user may pass: devices and systems.
pub fn hardware_ids() -> impl Iterator<Item = &'static str> {
    devices().map(|h| h.id).chain(SYSTEMS.iter().map(|s| s.id))
}
