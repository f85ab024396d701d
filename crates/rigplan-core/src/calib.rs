//! Calibration constants: the only numbers in the speed model that are not physics or
//! datasheet figures. They were fitted by `cargo run -p rigplan-calibration --bin fit`
//! over the calibration set (`tests/data/calibration/benchmarks.csv`, llama.cpp builds
//! from 2023 to 2026, mlx-lm 2025) through the same formulas the estimator uses; see
//! docs/ACCURACY.md for the resulting error and DESIGN.md for why each term exists.

use crate::hardware::Vendor;
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
    /// Cost of reading KV in decode with flash attention on, as a multiplier on the KV
    /// bytes at full bandwidth (the attention kernel reaches less than a weight GEMV).
    pub kv_fa: f64,
    /// Extra cost of reading KV without flash attention (multiplier on KV bytes).
    pub kv_no_fa: f64,
    /// Fixed cost per token per MoE layer, microseconds (router, top-k, gather kernels).
    pub moe_layer_us: f64,
    /// Fixed cost per routed expert a token uses, per MoE layer, microseconds: each
    /// expert's small matrices are read as separate tiles, and a small read does not
    /// reach full bandwidth (Qwen3-30B-A3B's 768-wide experts pay it 384 times a token).
    pub expert_us: f64,
    /// Fraction of peak matrix throughput reached in prefill, float weights.
    pub pp_eff_float: f64,
    /// Same, quantized weights.
    pub pp_eff_quant: f64,
    /// Multiplier on prefill efficiency for routed-expert matmuls: each expert sees only
    /// its share of the micro-batch (`ubatch x top-k / experts` rows).
    pub pp_eff_moe: f64,
    /// Cost of an attention FLOP relative to a weight-matmul FLOP in prefill, flash
    /// attention on (the attention kernels run below the GEMM rate).
    pub attention: f64,
    /// Fixed cost per token per linear-attention or state-space layer, microseconds
    /// (hybrid models: the recurrent update runs as many small kernels).
    pub recurrent_us: f64,
    /// Cost of an attention FLOP in decode (one query against the cache) relative to a
    /// weight-matmul FLOP at the prefill rate: the decode attention kernels run far below
    /// it, most of all for MLA's 576-wide latent heads.
    pub attention_decode: f64,
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
    /// llama.cpp SYCL (Intel Arc).
    pub sycl: BackendCal,
    /// llama.cpp Vulkan on Intel GPUs: Mesa's ANV driver is its own Vulkan
    /// implementation, with other kernels' speeds than RADV's or NVIDIA's.
    pub vulkan_intel: BackendCal,
    /// Multiplier on bandwidth efficiency for HBM parts at batch 1.
    pub hbm: f64,
    /// Multiplier on efficiency for routed-expert bytes (scattered, small matrices).
    pub moe_expert: f64,
    /// Extra time per token for each additional device in a layer split, milliseconds.
    pub hop_ms: f64,
    /// Multiplier on prefill matrix efficiency for HBM datacenter parts (their peak needs
    /// kernels llama.cpp's builds in the set did not have, e.g. Hopper's wgmma).
    pub hbm_prefill: f64,
    /// Extra multiplier on attention cost with flash attention off.
    pub attention_no_fa: f64,
    /// Fixed cost per token per block whose experts run on the CPU (`--n-cpu-moe`),
    /// microseconds: the hidden state goes to the host and back.
    pub offload_layer_us: f64,
    /// Effective PCIe throughput, relative to the link's nominal rate, when llama.cpp
    /// copies host-resident expert weights to the GPU for each prefill micro-batch. It
    /// can exceed 1: llama.cpp copies only the experts the micro-batch routes to, and
    /// real routing leaves some cold.
    pub pcie_eff: f64,
    /// Calibration only (the estimator does not use it): decode speed of builds before
    /// 2025 relative to the current builds the constants represent.
    pub era_decode: f64,
    /// Same, prefill.
    pub era_prefill: f64,
}

impl Calibration {
    /// Constants for an engine on a backend (Vulkan: by the driver `vendor` implies), and
    /// whether they were measured.
    pub fn for_pair(
        &self,
        engine: Engine,
        backend: Backend,
        vendor: Vendor,
    ) -> (&BackendCal, bool) {
        match (engine, backend) {
            (Engine::Mlx, Backend::Metal) => (&self.mlx, self.mlx.calibrated),
            (Engine::Mlx, _) => (&self.mlx, false),
            (Engine::LlamaCpp, b) => {
                let c = self.by_backend(b, vendor);
                (c, c.calibrated)
            }
            // vLLM, TensorRT-LLM and ExLlamaV2 have no rows in the calibration set: use the
            // llama.cpp constants of the same backend and say so.
            (_, b) => (self.by_backend(b, vendor), false),
        }
    }

    fn by_backend(&self, b: Backend, vendor: Vendor) -> &BackendCal {
        match b {
            Backend::Vulkan if vendor == Vendor::Intel => &self.vulkan_intel,
            Backend::Cuda => &self.cuda,
            Backend::Metal => &self.metal,
            Backend::Vulkan => &self.vulkan,
            Backend::Rocm => &self.rocm,
            Backend::Cpu => &self.cpu,
            Backend::Sycl => &self.sycl,
        }
    }
}

/// An 80% interval around an estimate: measured/estimated at the 10th and 90th
/// percentile of the cross-validated errors of one slice of the calibration rows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    /// 10th percentile of measured / estimated.
    pub lo: f64,
    /// 90th percentile of measured / estimated.
    pub hi: f64,
    /// Calibration rows in the slice (a thin slice is widened; see `crate::speed::band`).
    pub rows: u32,
}

/// The fitted constants (see the module docs). Constants of a backend with no rows of a
/// kind (e.g. `cpu` beyond the kernel efficiencies the expert-offload rows measure) stay
/// at their starting assumptions, and `calibrated: false` says so. Regenerate with
/// `cargo run --release -p rigplan-calibration --bin fit -- --write`.
#[rustfmt::skip]
// fitted:begin
pub const DEFAULT: Calibration = Calibration {
    cuda: BackendCal { t0_ms: 1.062, per_layer_us: 27.5731, eff: KernelEff { float: 0.9062, legacy: 0.8284, kquant: 0.8387, micro: 1.0, group: 0.8 }, kv_fa: 1.0, kv_no_fa: 1.8915, moe_layer_us: 0.0, expert_us: 0.9882, pp_eff_float: 0.7684, pp_eff_quant: 0.4632, pp_eff_moe: 0.6772, attention: 2.3079, attention_decode: 11.5737, recurrent_us: 229.865, calibrated: true },
    metal: BackendCal { t0_ms: 2.5029, per_layer_us: 31.893, eff: KernelEff { float: 0.8219, legacy: 0.8626, kquant: 0.5938, micro: 1.0, group: 0.75 }, kv_fa: 1.0, kv_no_fa: 2.3, moe_layer_us: 51.7513, expert_us: 0.0, pp_eff_float: 1.0, pp_eff_quant: 0.8745, pp_eff_moe: 0.7692, attention: 1.6675, attention_decode: 9.2073, recurrent_us: 278.039, calibrated: true },
    vulkan: BackendCal { t0_ms: 0.4282, per_layer_us: 19.6294, eff: KernelEff { float: 1.0, legacy: 0.756, kquant: 0.769, micro: 1.0, group: 0.75 }, kv_fa: 1.15, kv_no_fa: 1.9779, moe_layer_us: 52.7729, expert_us: 0.0, pp_eff_float: 0.8788, pp_eff_quant: 0.2481, pp_eff_moe: 0.5904, attention: 3.2272, attention_decode: 0.0, recurrent_us: 314.4011, calibrated: true },
    rocm: BackendCal { t0_ms: 1.5116, per_layer_us: 23.1044, eff: KernelEff { float: 0.9473, legacy: 0.8344, kquant: 0.6813, micro: 1.0, group: 0.85 }, kv_fa: 1.15, kv_no_fa: 1.9487, moe_layer_us: 32.5047, expert_us: 0.0003, pp_eff_float: 0.8788, pp_eff_quant: 0.301, pp_eff_moe: 0.5896, attention: 2.513, attention_decode: 0.0, recurrent_us: 299.8917, calibrated: true },
    cpu: BackendCal { t0_ms: 1.0, per_layer_us: 10.0, eff: KernelEff { float: 0.7, legacy: 0.7, kquant: 0.4602, micro: 0.3873, group: 0.6 }, kv_fa: 1.0, kv_no_fa: 1.5, moe_layer_us: 10.0, expert_us: 0.0, pp_eff_float: 0.3, pp_eff_quant: 0.3, pp_eff_moe: 1.0, attention: 1.862, attention_decode: 1.0, recurrent_us: 0.0, calibrated: false },
    mlx: BackendCal { t0_ms: 1.0912, per_layer_us: 23.7713, eff: KernelEff { float: 1.0, legacy: 0.7654, kquant: 0.7654, micro: 1.0, group: 0.8575 }, kv_fa: 1.0, kv_no_fa: 1.5168, moe_layer_us: 25.9574, expert_us: 0.0908, pp_eff_float: 0.8255, pp_eff_quant: 0.7, pp_eff_moe: 0.7692, attention: 0.5, attention_decode: 0.0, recurrent_us: 278.039, calibrated: true },
    sycl: BackendCal { t0_ms: 3.1947, per_layer_us: 27.6288, eff: KernelEff { float: 1.0, legacy: 0.6575, kquant: 0.6822, micro: 1.0, group: 0.75 }, kv_fa: 1.0, kv_no_fa: 1.9433, moe_layer_us: 82.3338, expert_us: 7.0274, pp_eff_float: 0.826, pp_eff_quant: 0.2567, pp_eff_moe: 0.5704, attention: 3.8778, attention_decode: 4.9026, recurrent_us: 258.089, calibrated: true },
    vulkan_intel: BackendCal { t0_ms: 4.2872, per_layer_us: 31.3574, eff: KernelEff { float: 1.0, legacy: 0.7315, kquant: 0.7415, micro: 1.0, group: 0.75 }, kv_fa: 1.15, kv_no_fa: 1.9663, moe_layer_us: 91.051, expert_us: 10.1644, pp_eff_float: 0.8788, pp_eff_quant: 0.3225, pp_eff_moe: 0.5917, attention: 5.79, attention_decode: 28.4422, recurrent_us: 288.194, calibrated: true },
    hbm: 0.586,
    moe_expert: 0.6906,
    hop_ms: 0.4312,
    hbm_prefill: 0.8287,
    attention_no_fa: 1.8875,
    offload_layer_us: 0.0,
    pcie_eff: 1.4945,
    era_decode: 1.0,
    era_prefill: 0.7656,
};
// fitted:end

/// The 80% bands by slice ([`crate::speed::slice`]), from leave-one-device-out
/// cross-validation. Regenerate with
/// `cargo run --release -p rigplan-calibration --bin cv -- --write` after a refit.
#[rustfmt::skip]
// bands:begin
pub const BANDS: [Band; 12] = [
    Band { lo: 0.8665, hi: 1.2790, rows: 374 },
    Band { lo: 0.6983, hi: 1.9254, rows: 17 },
    Band { lo: 0.6584, hi: 1.6279, rows: 81 },
    Band { lo: 0.5592, hi: 2.0607, rows: 46 },
    Band { lo: 0.5789, hi: 1.6275, rows: 18 },
    Band { lo: 1.1475, hi: 2.3672, rows: 3 },
    Band { lo: 0.6582, hi: 1.3626, rows: 373 },
    Band { lo: 0.4635, hi: 1.3555, rows: 15 },
    Band { lo: 0.5280, hi: 1.6383, rows: 76 },
    Band { lo: 0.4635, hi: 1.7544, rows: 45 },
    Band { lo: 0.6059, hi: 2.4725, rows: 19 },
    Band { lo: 0.8587, hi: 2.1570, rows: 3 },
];
// bands:end
