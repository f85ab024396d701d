//! The estimator against measured third-party benchmarks.
//!
//! Every row of `tests/data/calibration/benchmarks.csv` that the catalog can express
//! becomes a [`Case`]: a scenario resolved through the same resolver the CLI uses, and
//! the measured tokens/s. Decode rows (`tgN` at KV depth `d`) are predicted at the mean
//! depth `d + N/2`; prefill rows (`ppN`) as `N` tokens starting at depth `d`.

pub mod csv;
pub mod fit;
pub mod report;

use rigplan_core::memory::{memory, weight_bytes};
use rigplan_core::speed::{decode_step, prefill_time};
use rigplan_core::units::Bytes;
use rigplan_core::{Calibration, Scenario};
use rigplan_scenario::{HardwareChoice, ModelChoice, Params};
use std::collections::BTreeMap;

/// The benchmark rows (third-party; see tests/data/calibration/README.md).
pub const BENCHMARKS: &str = include_str!("../../../tests/data/calibration/benchmarks.csv");
/// Our mapping of benchmark names to catalog ids.
pub const MAP: &str = include_str!("../../../tests/data/calibration/rigplan_map.csv");

/// The benchmark rows, typed.
pub fn bench_rows() -> Vec<csv::BenchRow> {
    csv::rows("benchmarks.csv", BENCHMARKS).unwrap_or_else(|e| panic!("{e}"))
}

/// Our name-to-id map, typed.
pub fn map_rows() -> Vec<csv::MapRow> {
    csv::rows("rigplan_map.csv", MAP).unwrap_or_else(|e| panic!("{e}"))
}

/// Decode or prefill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// `tgN`.
    Decode,
    /// `ppN`.
    Prefill,
}

/// One expressible benchmark row.
#[derive(Clone, Debug)]
pub struct Case {
    /// Row id (`XD-0001`).
    pub id: String,
    /// Normalised backend label (`CUDA`, `Metal`, `MLX`, `Vulkan`, `ROCm`).
    pub backend: &'static str,
    /// Catalog model id.
    pub model: String,
    /// Model family (catalog).
    pub family: &'static str,
    /// Catalog quant id.
    pub quant: String,
    /// Devices.
    pub count: u32,
    /// Decode or prefill.
    pub phase: Phase,
    /// Tokens in the test (N of ppN / tgN).
    pub tokens: f64,
    /// KV depth before the test.
    pub depth: f64,
    /// Measured tokens/s.
    pub measured: f64,
    /// Real file size from the notes, when given.
    pub file_size: Option<Bytes>,
    /// The resolved scenario.
    pub scenario: Scenario,
}

impl Case {
    /// Predicted tokens/s under `cal`.
    pub fn predict(&self, cal: &Calibration) -> f64 {
        let s = &self.scenario;
        let w = weight_bytes(&s.model, &s.quant);
        let mut mem = memory(s, &w);
        // The benchmark ran, so the model was in accelerator memory.
        mem.offloaded = Bytes::ZERO;
        match self.phase {
            Phase::Decode => {
                1.0 / decode_step(s, &w, &mem, cal, self.depth + self.tokens / 2.0).get()
            }
            Phase::Prefill => {
                self.tokens / prefill_time(s, &w, &mem, cal, self.tokens, self.depth).get()
            }
        }
    }

    /// Whether the quant is one of the standard four (Q4_0, Q4_K_M, Q8_0, F16).
    pub fn standard_quant(&self) -> bool {
        matches!(self.quant.as_str(), "q4_0" | "q4_k_m" | "q8_0" | "f16")
    }
}

/// A row left out, and why.
#[derive(Clone, Debug)]
pub struct Excluded {
    /// Row id.
    pub id: String,
    /// Why.
    pub reason: String,
}

fn file_size(notes: &str) -> Option<Bytes> {
    let i = notes.find("model size ")?;
    let rest = &notes[i + 11..];
    let end = rest.find(" GiB")?;
    rest[..end].trim().parse::<f64>().ok().map(Bytes::from_gib)
}

fn backend(raw: &str) -> Option<(&'static str, &'static str, &'static str, bool)> {
    let fa = raw.contains("+FA");
    let b = if raw.starts_with("CUDA") {
        ("CUDA", "llama.cpp", "cuda")
    } else if raw.starts_with("MLX") {
        ("MLX", "mlx", "metal")
    } else if raw.starts_with("Metal") {
        ("Metal", "llama.cpp", "metal")
    } else if raw.starts_with("Vulkan") {
        ("Vulkan", "llama.cpp", "vulkan")
    } else if raw.starts_with("ROCm") {
        ("ROCm", "llama.cpp", "rocm")
    } else {
        return None;
    };
    Some((b.0, b.1, b.2, fa))
}

/// Every row, split into cases and exclusions.
pub fn cases() -> (Vec<Case>, Vec<Excluded>) {
    let mut map: BTreeMap<(String, String), String> = BTreeMap::new();
    for r in map_rows() {
        map.insert((r.kind, r.name), r.rigplan_id);
    }
    let look = |kind: &str, name: &str| map.get(&(kind.to_string(), name.to_string())).cloned();
    let mut cases = Vec::new();
    let mut excluded = Vec::new();
    for r in bench_rows() {
        let id = r.id.clone();
        let mut skip = |reason: String| {
            excluded.push(Excluded {
                id: id.clone(),
                reason,
            })
        };
        let Some(hw) = look("hardware", &r.hardware) else {
            skip(format!("hardware '{}' not in the catalog map", r.hardware));
            continue;
        };
        let Some(model) = look("model", &r.model) else {
            skip(format!("model '{}' not in the catalog map", r.model));
            continue;
        };
        let Some(quant) = look("quant_override", &r.model).or_else(|| look("quant", &r.quant))
        else {
            skip(format!("quant '{}' has no catalog scheme", r.quant));
            continue;
        };
        let Some((label, engine, be, fa)) = backend(&r.backend) else {
            skip(format!("backend '{}' unknown", r.backend));
            continue;
        };
        let test = r.test.as_str();
        let (phase, n) = match (
            test.get(..2),
            test.get(2..).and_then(|n| n.parse::<f64>().ok()),
        ) {
            (Some("tg"), Some(n)) => (Phase::Decode, n),
            (Some("pp"), Some(n)) => (Phase::Prefill, n),
            _ => {
                skip(format!("test '{test}' not understood"));
                continue;
            }
        };
        let depth = f64::from(r.depth.unwrap_or(0));
        let measured = r.measured;
        let count = r.count;
        if !measured.is_finite() || measured <= 0.0 {
            skip("no measurement".into());
            continue;
        }
        if r.notes.contains("SUSPECT") {
            skip("flagged SUSPECT in the source notes".into());
            continue;
        }
        let params = Params {
            model: ModelChoice::Id(model.clone()),
            quant: quant.clone(),
            hardware: HardwareChoice::Id(hw.clone()),
            count,
            context: (n + depth) as u32 + 1,
            prompt: if phase == Phase::Prefill {
                n as u32
            } else {
                512
            },
            depth: depth as u32,
            engine: engine.into(),
            backend: Some(be.into()),
            flash_attention: fa,
            ..Params::default()
        };
        let resolved = match rigplan_scenario::resolve(&params) {
            Ok(x) => x,
            Err(e) => {
                skip(format!("resolve failed: {e}"));
                continue;
            }
        };
        let family = rigplan_catalog::model(&model).map_or("?", |m| m.family);
        // The notes print the GGUF size; otherwise the bits-per-weight column, which the
        // data's authors derived from the real file, gives it back.
        let size = file_size(&r.notes)
            .or_else(|| Some(Bytes::new(r.bits_per_weight? * r.params_b? * 1e9 / 8.0)));
        cases.push(Case {
            id: id.clone(),
            backend: label,
            model,
            family,
            quant,
            count,
            phase,
            tokens: n,
            depth,
            measured,
            file_size: size,
            scenario: resolved.scenario,
        });
    }
    (cases, excluded)
}
