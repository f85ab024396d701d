//! Calibration constants: the only numbers in the speed model that are not physics or
//! datasheet figures. They were fitted by `cargo run -p rigplan-calibration --bin fit`
//! over the calibration set (`tests/data/calibration/benchmarks.csv`, llama.cpp builds
//! from 2023 to 2026, mlx-lm 2025) through the same formulas the estimator uses; see
//! docs/ACCURACY.md for the resulting error and DESIGN.md for why each term exists.

use crate::quant::KernelClass;
use crate::scenario::{Backend, Engine};

/// Fraction of peak memory bandwidth a backend's decode kernels reach reading weights, by
/// kernel class ([`KernelClass`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KernelEff {
    /// F16 / BF16 / F32 / FP8.
    pub float: f64,
    /// Q8_0, Q4_0, Q5_0.
    pub legacy: f64,
    /// K-quants and I-quants.
    pub kquant: f64,
    /// MXFP4.
    pub micro: f64,
    /// GPTQ / AWQ / MLX affine.
    pub group: f64,
}

impl KernelEff {
    /// The efficiency of one kernel class.
    pub const fn of(&self, k: KernelClass) -> f64 {
        match k {
            KernelClass::Float => self.float,
            KernelClass::Legacy => self.legacy,
            KernelClass::KQuant => self.kquant,
            KernelClass::Micro => self.micro,
            KernelClass::Group => self.group,
        }
    }
}

/// Constants for one engine + backend pair.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BackendCal {
    /// Fixed cost per generated token, milliseconds (sampling, synchronisation).
    pub t0_ms: f64,
    /// Cost per layer per generated token, microseconds (kernel launches).
    pub per_layer_us: f64,
    /// Fraction of peak bandwidth reached reading weights, by kernel class.
    pub eff: KernelEff,
    /// Extra cost of reading KV without flash attention (multiplier on KV bytes).
    pub kv_no_fa: f64,
    /// Fixed cost per token per MoE layer, microseconds (router, top-k, gather kernels).
    pub moe_layer_us: f64,
    /// Fraction of peak matrix throughput reached in prefill, float weights.
    pub pp_eff_float: f64,
    /// Same, quantized weights.
    pub pp_eff_quant: f64,
    /// Whether measurements back these constants (otherwise a warning says they are
    /// extrapolated from the nearest calibrated backend).
    pub calibrated: bool,
}

impl BackendCal {
    /// Bandwidth efficiency for a kernel class.
    pub const fn eff(&self, k: KernelClass) -> f64 {
        self.eff.of(k)
    }
}

/// Every calibration constant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Calibration {
    /// llama.cpp CUDA.
    pub cuda: BackendCal,
    /// llama.cpp Metal.
    pub metal: BackendCal,
    /// llama.cpp Vulkan.
    pub vulkan: BackendCal,
    /// llama.cpp ROCm/HIP.
    pub rocm: BackendCal,
    /// llama.cpp CPU (not calibrated: no CPU rows in the set).
    pub cpu: BackendCal,
    /// mlx-lm on Metal.
    pub mlx: BackendCal,
    /// Multiplier on bandwidth efficiency for HBM parts at batch 1.
    pub hbm: f64,
    /// Multiplier on efficiency for routed-expert bytes (scattered, small matrices).
    pub moe_expert: f64,
    /// Extra time per token for each additional device in a layer split, milliseconds.
    pub hop_ms: f64,
    /// Multiplier on prefill matrix efficiency for HBM datacenter parts (their peak needs
    /// kernels llama.cpp's builds in the set did not have, e.g. Hopper's wgmma).
    pub hbm_prefill: f64,
    /// Cost of an attention FLOP relative to a weight-matmul FLOP, flash attention on.
    pub attention: f64,
    /// Extra multiplier on attention cost with flash attention off.
    pub attention_no_fa: f64,
}

impl Calibration {
    /// Constants for an engine on a backend, and whether they were measured.
    pub fn for_pair(&self, engine: Engine, backend: Backend) -> (&BackendCal, bool) {
        match (engine, backend) {
            (Engine::Mlx, Backend::Metal) => (&self.mlx, self.mlx.calibrated),
            (Engine::Mlx, _) => (&self.mlx, false),
            (Engine::LlamaCpp, b) => {
                let c = self.by_backend(b);
                (c, c.calibrated)
            }
            // vLLM, TensorRT-LLM and ExLlamaV2 have no rows in the calibration set: use the
            // llama.cpp constants of the same backend and say so.
            (_, b) => (self.by_backend(b), false),
        }
    }

    fn by_backend(&self, b: Backend) -> &BackendCal {
        match b {
            Backend::Cuda => &self.cuda,
            Backend::Metal => &self.metal,
            Backend::Vulkan => &self.vulkan,
            Backend::Rocm => &self.rocm,
            Backend::Cpu => &self.cpu,
        }
    }
}

const fn cal(
    t0_ms: f64,
    per_layer_us: f64,
    eff: KernelEff,
    kv_no_fa: f64,
    moe_layer_us: f64,
    pp: [f64; 2],
) -> BackendCal {
    BackendCal {
        t0_ms,
        per_layer_us,
        eff,
        kv_no_fa,
        moe_layer_us,
        pp_eff_float: pp[0],
        pp_eff_quant: pp[1],
        calibrated: true,
    }
}

/// The fitted constants (see the module docs). `cuda.moe_layer_us` is not fitted: the set
/// has no CUDA MoE rows, so it is an assumption (CUDA graphs make per-kernel costs small:
/// `per_layer_us` fits near 1 us) and the report says so. Regenerate with
/// `cargo run --release -p rigplan-calibration --bin fit -- --write`.
#[rustfmt::skip]
// fitted:begin
pub const DEFAULT: Calibration = Calibration {
    cuda: cal(2.4376, 0.0, KernelEff { float: 0.9062, legacy: 0.85, kquant: 0.8387, micro: 0.7, group: 0.8 }, 2.3292, 10.0, [0.5591, 0.3514]),
    metal: cal(0.0, 103.9737, KernelEff { float: 0.8125, legacy: 0.8438, kquant: 0.5954, micro: 1.0, group: 0.75 }, 8.391, 133.4608, [0.8597, 0.738]),
    vulkan: cal(1.0733, 3.7366, KernelEff { float: 1.0, legacy: 0.6997, kquant: 0.8085, micro: 0.7039, group: 0.75 }, 5.3895, 0.0, [0.4, 0.1934]),
    rocm: cal(1.5092, 83.6828, KernelEff { float: 1.0, legacy: 0.8532, kquant: 0.7657, micro: 0.81, group: 0.7 }, 2.5117, 0.0, [0.4, 0.2435]),
    cpu: BackendCal { calibrated: false, ..cal(1.0, 10.0, KernelEff { float: 0.7, legacy: 0.7, kquant: 0.7, micro: 0.6, group: 0.6 }, 1.5, 10.0, [0.3, 0.3]) },
    mlx: cal(0.0442, 1.8399, KernelEff { float: 0.9625, legacy: 0.8, kquant: 0.8, micro: 0.7, group: 1.0 }, 5.7613, 63.5994, [1.0, 1.0]),
    hbm: 0.586,
    moe_expert: 0.8347,
    hop_ms: 0.2418,
    hbm_prefill: 0.8287,
    attention: 1.862,
    attention_no_fa: 2.7907,
};
// fitted:end
