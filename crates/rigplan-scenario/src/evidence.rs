//! Measured rows beside an estimate: the calibration cases nearest a scenario (same device,
//! model or family, quantization and backend where they exist), with their source links,
//! from `data/evidence.tsv` (written by `cargo run -p rigplan-calibration --bin evidence --
//! --write`).

use crate::params::{ModelChoice, Params};
use crate::resolve::Resolved;
use alloc::vec::Vec;
use rigplan_core::Engine;

/// The table, as written by the calibration crate.
pub const TABLE: &str = include_str!("../data/evidence.tsv");

/// One measured row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measured {
    /// Catalog device id.
    pub device: &'static str,
    /// Devices.
    pub count: u32,
    /// Catalog model id.
    pub model: &'static str,
    /// Catalog quantization id.
    pub quant: &'static str,
    /// Backend (`CUDA`, `Metal`, `MLX`, `Vulkan`, `ROCm`, ...).
    pub backend: &'static str,
    /// `tg` (decode) or `pp` (prefill).
    pub phase: &'static str,
    /// Tokens in the test (`tg128`: 128).
    pub tokens: &'static str,
    /// Measured tokens/s.
    pub tokens_per_s: f64,
    /// Row id in the calibration data.
    pub id: &'static str,
    /// Where it was published.
    pub url: &'static str,
    /// How close it is to the scenario (higher is nearer).
    pub score: u32,
}

/// The scenario's backend as the table names it.
fn backend_label(r: &Resolved) -> &'static str {
    if r.scenario.engine == Engine::Mlx {
        return "MLX";
    }
    match r.scenario.backend.id() {
        "cuda" => "CUDA",
        "metal" => "Metal",
        "vulkan" => "Vulkan",
        "rocm" => "ROCm",
        "sycl" => "SYCL",
        _ => "CPU",
    }
}

/// Up to `n` measured rows nearest the scenario `p` (resolved as `r`), nearest first: each
/// shares the device or the model with it; the same model, quantization, backend and
/// count rank them, then the same family.
pub fn nearest(p: &Params, r: &Resolved, n: usize) -> Vec<Measured> {
    let device = match &p.hardware {
        crate::params::HardwareChoice::Id(id) => rigplan_catalog::SYSTEMS
            .iter()
            .find(|s| s.id == id)
            .map_or(id.as_str(), |s| s.device),
        crate::params::HardwareChoice::Custom(_) => "",
    };
    let model = match &p.model {
        ModelChoice::Id(id) => id.as_str(),
        ModelChoice::Custom(_) => "",
    };
    let family = |m: &str| {
        rigplan_catalog::MODELS
            .iter()
            .find(|x| x.id == m)
            .map_or("", |x| x.family)
    };
    let fam = family(model);
    let backend = backend_label(r);
    let mut urls: Vec<&'static str> = Vec::new();
    let mut out: Vec<Measured> = Vec::new();
    for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
        let c: Vec<&'static str> = line.split('\t').collect();
        match c.as_slice() {
            ["u", url] => urls.push(url),
            [d, count, m, q, b, phase, tokens, tps, id, u] => {
                let count: u32 = count.parse().unwrap_or(1);
                let same_device = !device.is_empty() && *d == device;
                let same_model = !model.is_empty() && *m == model;
                if !same_device && !same_model {
                    continue;
                }
                let score = 16 * u32::from(same_device)
                    + 8 * u32::from(same_model)
                    + 4 * u32::from(*q == p.quant)
                    + 2 * u32::from(*b == backend)
                    + u32::from(count == r.scenario.count)
                    + u32::from(!fam.is_empty() && family(m) == fam && !same_model);
                out.push(Measured {
                    device: d,
                    count,
                    model: m,
                    quant: q,
                    backend: b,
                    phase,
                    tokens,
                    tokens_per_s: crate::number::parse_f64(tps).unwrap_or(0.0),
                    id,
                    url: u
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| urls.get(i).copied())
                        .unwrap_or(""),
                    score,
                });
            }
            _ => {}
        }
    }
    out.sort_by(|a, b| b.score.cmp(&a.score).then(a.id.cmp(b.id)));
    out.truncate(n);
    out
}
