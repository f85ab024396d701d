//! Turns the catalog's data files into the Rust tables `rigplan-catalog` compiles.
//!
//! `crates/rigplan-catalog/data/*.toml` are the source: one record per device, system,
//! host, model, quantization and price, each with its provenance (`url`, what it `covers`,
//! the date it was `read`). [`generate`] reads them, checks every record (unknown keys,
//! ids, enum values, dates) and returns the text of each file under
//! `crates/rigplan-catalog/src/generated/`. The `rigplan-codegen` binary writes them
//! (`--write`) or fails when the committed ones are stale (the default, and a test).
//!
//! Generated code is plain `const` tables: nothing is parsed at build time or at run time,
//! and everything stays visible to grep and review.

mod emit;
mod schema;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The repository's root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where the data files live.
pub fn data_dir(root: &Path) -> PathBuf {
    root.join("crates/rigplan-catalog/data")
}

/// Where the generated tables go.
pub fn out_dir(root: &Path) -> PathBuf {
    root.join("crates/rigplan-catalog/src/generated")
}

/// One generated file: its path under [`out_dir`] and its text.
pub struct Generated {
    /// File name, e.g. `devices.rs`.
    pub name: &'static str,
    /// Rust source.
    pub text: String,
}

fn read(dir: &Path, name: &str) -> Result<String, String> {
    let path = dir.join(name);
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

fn parse<T: serde::de::DeserializeOwned>(dir: &Path, name: &str) -> Result<T, String> {
    toml::from_str(&read(dir, name)?).map_err(|e| format!("{name}: {e}"))
}

/// Reads every data file under `data` and returns the generated files, or the first
/// problem found, naming the file and the record.
pub fn generate(data: &Path) -> Result<Vec<Generated>, String> {
    let mut devices: Vec<schema::Device> = Vec::new();
    for file in ["devices/nvidia.toml", "devices/others.toml"] {
        let f: schema::DeviceFile = parse(data, file)?;
        devices.extend(f.device);
    }
    let systems: schema::SystemFile = parse(data, "systems.toml")?;
    let hosts: schema::HostFile = parse(data, "hosts.toml")?;
    let models: schema::ModelFile = parse(data, "models.toml")?;
    let quants: schema::QuantFile = parse(data, "quants.toml")?;
    let cloud: schema::CloudFile = parse(data, "cloud.toml")?;
    let api: schema::ApiFile = parse(data, "api.toml")?;
    schema::check_ids(
        devices
            .iter()
            .map(|d| ("device", d.id.as_str()))
            .chain(systems.system.iter().map(|s| ("system", s.id.as_str())))
            .chain(hosts.host.iter().map(|h| ("host", h.id.as_str())))
            .chain(models.model.iter().map(|m| ("model", m.id.as_str())))
            .chain(quants.quant.iter().map(|q| ("quant", q.id.as_str())))
            .chain(cloud.cloud.iter().map(|c| ("cloud", c.id.as_str())))
            .chain(api.api.iter().map(|a| ("api", a.id.as_str()))),
    )?;
    Ok(vec![
        Generated {
            name: "devices.rs",
            text: emit::devices(&devices)?,
        },
        Generated {
            name: "systems.rs",
            text: emit::systems(&systems.system, &devices)?,
        },
        Generated {
            name: "hosts.rs",
            text: emit::hosts(&hosts.host)?,
        },
        Generated {
            name: "models.rs",
            text: emit::models(&models.model)?,
        },
        Generated {
            name: "quants.rs",
            text: emit::quants(&quants.quant)?,
        },
        Generated {
            name: "prices.rs",
            text: emit::prices(&cloud.cloud, &api.api, &devices)?,
        },
    ])
}

/// The generated files that differ from what is on disk under `out`, as a message; empty
/// when everything is fresh.
pub fn stale(files: &[Generated], out: &Path) -> String {
    let mut msg = String::new();
    for f in files {
        let path = out.join(f.name);
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        if on_disk != f.text {
            let _ = writeln!(msg, "{} is stale", path.display());
        }
    }
    msg
}
