//! rigplan's input language: what a user can say about a scenario, and how it is read,
//! checked, shared and presented.
//!
//! - [`resolve`]: raw parameters ([`Params`]: ids and numbers, as a link or the command
//!   line carries them) resolved against the catalog into a [`rigplan_core::Scenario`];
//! - [`link`]: the versioned, shareable link codec;
//! - [`custom`]: a Hugging Face `config.json` and a custom hardware spec;
//! - [`json`] and [`number`]: a small JSON reader and a correctly rounded decimal parser
//!   (they keep `serde_json` and core's float tables out of the web app);
//! - [`suggest`]: "did you mean" for mistyped ids; [`display`]: how numbers are shown.
//!
//! # Crate features
//! - `notes` (default): the catalog's prose and citations (`rigplan-catalog/notes`).
#![no_std]
extern crate alloc;

pub mod choices;
pub mod custom;
pub mod display;
pub mod exercise;
pub mod json;
pub mod link;
pub mod number;
pub mod resolve;
mod suggest;

pub use choices::{BACKENDS, ENGINES};
pub use resolve::{Params, ResolveError, Resolved, resolve};
pub use suggest::nearest;
