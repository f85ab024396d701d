//! rigplan's input language: what a user can say about a scenario, and how it is read,
//! checked, shared and presented.
//!
//! - [`params`]: the scenario as a user states it ([`Params`]) and the table of its
//!   fields ([`FIELDS`]): one row per input drives the link, the CLI's flags, the page's
//!   inputs and the tests' key lists;
//! - [`resolve()`]: parameters resolved against the catalog into a
//!   [`rigplan_core::Scenario`], every field checked, errors as [`Error`] (with the field);
//! - [`link`]: the versioned, shareable link codec;
//! - [`custom`]: a Hugging Face `config.json` and a custom hardware spec;
//! - [`json`] and [`number`]: a small JSON reader and a correctly rounded decimal parser
//!   (they keep `serde_json` and core's float tables out of the web app);
//! - `suggest`: "did you mean" for mistyped ids ([`nearest`]); [`display`]: how numbers are shown;
//! - [`presets`]: workload profiles (seed figures or illustrative);
//! - [`runs`]: what runs on a machine (every catalog model, its best quantization);
//! - [`plan`]: what to buy for a model and targets (every device and system);
//! - [`command`]: the engine command line that runs a scenario;
//! - [`evidence`]: the measured rows nearest a scenario, with their sources.
//!
//! # Crate features
//! - `notes` (default): the catalog's prose and citations (`rigplan-catalog/notes`).
#![no_std]
extern crate alloc;

/// Text only the command line and the docs need (a field's help, metavar and unit):
/// compiled in with the `notes` feature, empty without it (the web app).
macro_rules! text {
    ($s:expr) => {
        if cfg!(feature = "notes") { $s } else { "" }
    };
}

pub mod choices;
pub mod command;
pub mod custom;
pub mod display;
mod error;
pub mod evidence;
pub mod exercise;
pub mod json;
pub mod link;
pub mod number;
pub mod params;
pub mod plan;
pub mod present;
pub mod presets;
pub mod resolve;
pub mod runs;
mod suggest;

pub use choices::{BACKENDS, ENGINES};
pub use error::Error;
pub use params::{FIELDS, Field, FieldId, HardwareChoice, ModelChoice, Params, field};
pub use resolve::{Resolved, resolve};
pub use suggest::nearest;
