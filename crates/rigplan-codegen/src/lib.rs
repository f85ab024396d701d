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
mod record;

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

/// Reads every data file under `data` and returns the generated files, or the first
/// problem found, naming the file and the record.
pub fn generate(data: &Path) -> Result<Vec<Generated>, String> {
    let load = |file: &str, kind: &str| record::records(file, &read(data, file)?, kind);
    let mut devices = load("devices/nvidia.toml", "device")?;
    devices.extend(load("devices/others.toml", "device")?);
    let systems = load("systems.toml", "system")?;
    let hosts = load("hosts.toml", "host")?;
    let models = load("models.toml", "model")?;
    let quants = load("quants.toml", "quant")?;
    let cloud = load("cloud.toml", "cloud")?;
    let api = load("api.toml", "api")?;
    let id = |t: &toml::Table| {
        t.get("id")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    let mut all: Vec<(&str, String)> = Vec::new();
    for (kind, list) in [
        ("device", &devices),
        ("system", &systems),
        ("host", &hosts),
        ("model", &models),
        ("quant", &quants),
        ("cloud", &cloud),
        ("api", &api),
    ] {
        all.extend(list.iter().map(|t| (kind, id(t))));
    }
    check_ids(&all)?;
    let device_ids: Vec<String> = devices.iter().map(id).collect();
    let model_ids: Vec<String> = models.iter().map(id).collect();
    let files: [(&'static str, String); 6] = [
        ("devices.rs", emit::devices(&devices)?),
        ("systems.rs", emit::systems(&systems, &device_ids)?),
        ("hosts.rs", emit::hosts(&hosts)?),
        ("models.rs", emit::models(&models)?),
        ("quants.rs", emit::quants(&quants)?),
        (
            "prices.rs",
            emit::prices(&cloud, &api, &device_ids, &model_ids)?,
        ),
    ];
    Ok(files
        .into_iter()
        .map(|(name, text)| Generated { name, text })
        .collect())
}

/// Ids are lower-case `[a-z0-9._+-]` words, unique within their kind.
fn check_ids(ids: &[(&str, String)]) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for (kind, id) in ids {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._+-".contains(&b));
        if !ok {
            return Err(format!("{kind} id '{id}' is not lower-case [a-z0-9._+-]"));
        }
        if !seen.insert((kind, id)) {
            return Err(format!("{kind} id '{id}' appears twice"));
        }
    }
    Ok(())
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
