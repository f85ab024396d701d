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
    /// Tokens in the test, every one a decode test (`tg128`: 128).
    pub tokens: &'static str,
    /// Measured tokens/s.
    pub tokens_per_s: f64,
    /// Where it was published.
    pub url: &'static str,
    /// How close it is to the scenario (higher is nearer).
    pub score: u32,
}

/// The table's backend labels: `(label, engine id, backend id)`. One list read both ways:
/// a scenario's label, and the scenario a measured row ran.
const BACKENDS: &[(&str, &str, Option<&str>)] = &[
    ("MLX", "mlx", None),
    ("CUDA", "llama.cpp", Some("cuda")),
    ("Metal", "llama.cpp", Some("metal")),
    ("Vulkan", "llama.cpp", Some("vulkan")),
    ("ROCm", "llama.cpp", Some("rocm")),
    ("SYCL", "llama.cpp", Some("sycl")),
    ("CPU", "llama.cpp", Some("cpu")),
];

/// The scenario's backend as the table names it.
fn backend_label(r: &Resolved) -> &'static str {
    if r.scenario.engine == Engine::Mlx {
        return "MLX";
    }
    let id = r.scenario.backend.id();
    BACKENDS
        .iter()
        .find(|b| b.2 == Some(id))
        .map_or("CPU", |b| b.0)
}

/// Up to `n` measured rows nearest the scenario `p` (resolved as `r`), nearest first: each
/// shares the device or the model with it; the same model, quantization, backend, a model of
/// about the same size, the count and the family rank them.
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
    let entry = |m: &str| rigplan_catalog::MODELS.iter().find(|x| x.id == m);
    let family = |m: &str| entry(m).map_or("", |x| x.family);
    let fam = family(model);
    // A model of about the same size (within 1.5x) reads the weights a step reads.
    let size = r.scenario.model.params;
    let similar = |m: &str| {
        entry(m).is_some_and(|x| x.arch.params < size * 1.5 && x.arch.params * 1.5 > size)
    };
    let backend = backend_label(r);
    let mut urls: Vec<&'static str> = Vec::new();
    let mut out: Vec<Measured> = Vec::new();
    for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
        let c: Vec<&'static str> = line.split('\t').collect();
        match c.as_slice() {
            ["u", url] => urls.push(url),
            [d, count, m, q, b, tokens, tps, u] => {
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
                    + u32::from(!fam.is_empty() && family(m) == fam && !same_model)
                    + 2 * u32::from(!same_model && similar(m));
                out.push(Measured {
                    device: d,
                    count,
                    model: m,
                    quant: q,
                    backend: b,
                    tokens,
                    tokens_per_s: crate::number::parse_f64(tps).unwrap_or(0.0),
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
    // The `n` nearest, ties in table order: what a stable sort by score and a cut give,
    // without a sort of its own in the page.
    let mut best = Vec::with_capacity(n);
    while best.len() < n {
        let Some(i) = (0..out.len()).min_by_key(|&i| core::cmp::Reverse(out[i].score)) else {
            break;
        };
        best.push(out.remove(i));
    }
    best
}

/// The scenario a measured row ran, on top of `base` (its context and the rest): its
/// device, count, model and quantization, and the engine and backend its label names.
pub fn scenario_of(m: &Measured, base: &Params) -> Params {
    let (engine, backend) = BACKENDS
        .iter()
        .find(|b| b.0 == m.backend)
        .map_or(("llama.cpp", None), |b| (b.1, b.2));
    Params {
        model: ModelChoice::Id(m.model.into()),
        quant: m.quant.into(),
        hardware: crate::params::HardwareChoice::Id(m.device.into()),
        count: m.count,
        engine: engine.into(),
        backend: backend.map(Into::into),
        n_cpu_moe: 0,
        cpu_moe: false,
        ..base.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::{TABLE, nearest, scenario_of};
    use crate::params::{HardwareChoice, ModelChoice, Params};
    use alloc::string::ToString;

    /// Every row of the table names catalog ids, so each opens as a scenario that
    /// resolves, and a scenario on a measured setup finds that row first.
    #[test]
    fn every_row_opens_and_is_found() {
        let base = Params::default();
        let mut rows = 0;
        for line in TABLE.lines().filter(|l| !l.starts_with("u\t")) {
            let c: alloc::vec::Vec<&str> = line.split('\t').collect();
            let p = Params {
                hardware: HardwareChoice::Id(c[0].to_string()),
                count: c[1].parse().unwrap(),
                model: ModelChoice::Id(c[2].to_string()),
                quant: c[3].to_string(),
                ..base.clone()
            };
            let r = crate::resolve(&p).unwrap_or_else(|e| panic!("{line}: {e}"));
            let near = nearest(&p, &r, 3);
            let first = near.first().expect("a row");
            assert_eq!(
                (first.device, first.model, first.quant),
                (c[0], c[2], c[3]),
                "{line}"
            );
            assert!(first.url.starts_with("https://"), "{line}");
            let opened = scenario_of(first, &base);
            assert!(crate::resolve(&opened).is_ok(), "{line}");
            rows += 1;
        }
        assert!(rows > 150, "{rows} rows");
    }
}
