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
    /// Cost per sequence in a decode step, microseconds: the serving engines' scheduling,
    /// sampling and paged-KV bookkeeping for each running sequence (0 for llama.cpp and
    /// mlx-lm, fitted at batch 1).
    pub per_seq_us: f64,
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
    /// Multiplier on the tensor-parallel all-reduce time at the link's datasheet rate
    /// (NCCL reaches part of it, and the engine may not overlap it with compute). 1 for
    /// llama.cpp (no tensor-split rows).
    pub allreduce: f64,
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
    /// The continuous-batching serving engines (vLLM, SGLang, TensorRT-LLM) on CUDA and
    /// ROCm: [`SERVING`], fitted on published serving benchmarks, not on llama.cpp rows.
    pub serving: BackendCal,
    /// Multiplier on bandwidth efficiency for HBM parts at batch 1.
    pub hbm: f64,
    /// Multiplier on bandwidth efficiency for LPDDR (unified-memory SoCs and APUs: Strix
    /// Halo, GB10, Apple, Snapdragon): a GPU sharing the memory with the CPU reaches a
    /// different share of the datasheet figure than one with its own GDDR.
    pub lpddr: f64,
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
    /// Share of the ideal layer-split pipeline speed-up in prefill that llama.cpp reaches
    /// ([`crate::speed::pipeline_speedup`]): 1 overlaps micro-batches perfectly, 0 not at all.
    pub pipeline_eff: f64,
    /// Tokens per expert at which a routed expert's prefill matmul runs at half its
    /// backend's MoE efficiency (`pp_eff_moe`): a micro-batch of `u` tokens gives each of
    /// `E` experts about `u x k / E` rows, and a GEMM with few rows leaves the matrix
    /// units idle (Qwen3-Next's 512 experts see 10 rows each at `-ub 512`, Mixtral's 8
    /// see 128).
    pub moe_m0: f64,
    /// Sustained matrix throughput a board's power limit allows, TFLOPS per watt of its
    /// board power: the peak the datasheet gives at boost clock is capped at this times
    /// the board power (llama.cpp; the serving engines' constants have their own fit).
    pub flops_per_watt: f64,
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
            // vLLM (and SGLang, run as it) and TensorRT-LLM: fitted on serving benchmarks.
            (Engine::Vllm | Engine::TensorRtLlm, Backend::Cuda | Backend::Rocm) => {
                (&self.serving, self.serving.calibrated)
            }
            // ExLlamaV2 has no rows: the llama.cpp constants of the same backend, said so.
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
#[allow(clippy::approx_constant)] // fitted data: a value near a constant of mathematics is a coincidence
// fitted:begin
pub const DEFAULT: Calibration = Calibration {
    cuda: BackendCal { t0_ms: 0.6359, per_layer_us: 38.6654, eff: KernelEff { float: 0.9102, legacy: 0.8453, kquant: 0.8242, micro: 0.9023, group: 1.0 }, kv_fa: 1.0, kv_no_fa: 1.357, per_seq_us: 0.0, moe_layer_us: 22.3207, expert_us: 0.0, pp_eff_float: 0.7712, pp_eff_quant: 0.446, pp_eff_moe: 0.5521, attention: 1.4875, attention_decode: 11.9098, recurrent_us: 266.8598, allreduce: 1.0, calibrated: true },
    metal: BackendCal { t0_ms: 1.8865, per_layer_us: 44.8227, eff: KernelEff { float: 0.8841, legacy: 0.8565, kquant: 0.7119, micro: 0.8938, group: 1.0 }, kv_fa: 1.0629, kv_no_fa: 1.4737, per_seq_us: 0.0, moe_layer_us: 51.4524, expert_us: 2.6343, pp_eff_float: 0.9631, pp_eff_quant: 0.804, pp_eff_moe: 0.9481, attention: 1.6806, attention_decode: 9.142, recurrent_us: 287.1235, allreduce: 1.0, calibrated: true },
    vulkan: BackendCal { t0_ms: 0.2821, per_layer_us: 39.8133, eff: KernelEff { float: 0.8983, legacy: 0.8357, kquant: 0.7904, micro: 0.8903, group: 1.0 }, kv_fa: 1.0827, kv_no_fa: 1.3558, per_seq_us: 0.0, moe_layer_us: 48.2497, expert_us: 1.7207, pp_eff_float: 0.8695, pp_eff_quant: 0.2481, pp_eff_moe: 0.8807, attention: 3.1465, attention_decode: 0.0, recurrent_us: 295.3697, allreduce: 1.0, calibrated: true },
    rocm: BackendCal { t0_ms: 1.239, per_layer_us: 41.9128, eff: KernelEff { float: 0.8978, legacy: 0.8473, kquant: 0.7565, micro: 0.8962, group: 1.0 }, kv_fa: 1.1429, kv_no_fa: 1.3439, per_seq_us: 0.0, moe_layer_us: 46.3184, expert_us: 2.9858, pp_eff_float: 0.869, pp_eff_quant: 0.3242, pp_eff_moe: 0.7875, attention: 3.1096, attention_decode: 0.0, recurrent_us: 287.3245, allreduce: 1.0, calibrated: true },
    cpu: BackendCal { t0_ms: 1.0, per_layer_us: 10.0, eff: KernelEff { float: 0.7, legacy: 0.925, kquant: 0.4476, micro: 0.5268, group: 0.6 }, kv_fa: 1.0, kv_no_fa: 1.5, per_seq_us: 0.0, moe_layer_us: 10.0, expert_us: 0.0, pp_eff_float: 0.3, pp_eff_quant: 0.3, pp_eff_moe: 1.0, attention: 1.862, attention_decode: 1.0, recurrent_us: 0.0, allreduce: 1.0, calibrated: false },
    mlx: BackendCal { t0_ms: 1.1914, per_layer_us: 41.3994, eff: KernelEff { float: 0.8995, legacy: 0.8439, kquant: 0.7688, micro: 0.891, group: 1.0 }, kv_fa: 1.0, kv_no_fa: 1.145, per_seq_us: 0.0, moe_layer_us: 45.1728, expert_us: 1.4292, pp_eff_float: 0.8713, pp_eff_quant: 0.8445, pp_eff_moe: 0.9689, attention: 0.5, attention_decode: 2.6068, recurrent_us: 287.1281, allreduce: 1.0, calibrated: true },
    sycl: BackendCal { t0_ms: 2.0627, per_layer_us: 43.5257, eff: KernelEff { float: 0.8965, legacy: 0.8348, kquant: 0.7718, micro: 0.8802, group: 1.0 }, kv_fa: 1.0, kv_no_fa: 1.3444, per_seq_us: 0.0, moe_layer_us: 61.2413, expert_us: 4.9418, pp_eff_float: 0.867, pp_eff_quant: 0.3905, pp_eff_moe: 0.2316, attention: 4.6599, attention_decode: 8.2797, recurrent_us: 288.5062, allreduce: 1.0, calibrated: true },
    vulkan_intel: BackendCal { t0_ms: 2.5308, per_layer_us: 45.0047, eff: KernelEff { float: 0.893, legacy: 0.8418, kquant: 0.7681, micro: 0.88, group: 1.0 }, kv_fa: 1.2421, kv_no_fa: 1.3354, per_seq_us: 0.0, moe_layer_us: 66.8969, expert_us: 6.3287, pp_eff_float: 0.8678, pp_eff_quant: 0.395, pp_eff_moe: 0.7306, attention: 8.388, attention_decode: 15.2233, recurrent_us: 297.6018, allreduce: 1.0, calibrated: true },
    serving: SERVING,
    hbm: 0.6177,
    lpddr: 0.972,
    hop_ms: 0.3165,
    hbm_prefill: 1.0,
    attention_no_fa: 1.9675,
    offload_layer_us: 0.0,
    pcie_eff: 1.4898,
    pipeline_eff: 0.6587,
    moe_m0: 35.0825,
    flops_per_watt: 0.9985,
    era_decode: 0.9627,
    era_prefill: 0.8365,
};
// fitted:end

/// The serving engines' constants ([`Calibration::serving`]): fitted by
/// `cargo run --release -p rigplan-calibration --bin serving -- --write` on the published
/// serving benchmarks in `tests/data/serving/` (TensorRT-LLM performance overviews, vLLM
/// and SGLang results), leave-one-model-out cross-validated in docs/ACCURACY.md.
#[rustfmt::skip]
// serving:begin
pub const SERVING: BackendCal = BackendCal { t0_ms: 9.1981, per_layer_us: 40.0, eff: KernelEff { float: 0.92, legacy: 0.8453, kquant: 0.8242, micro: 0.8143, group: 1.0 }, kv_fa: 1.0, kv_no_fa: 1.357, per_seq_us: 7.1231, moe_layer_us: 60.0, expert_us: 0.0, pp_eff_float: 0.7114, pp_eff_quant: 0.4702, pp_eff_moe: 0.6003, attention: 2.117, attention_decode: 3.0363, recurrent_us: 266.8598, allreduce: 1.9912, calibrated: true };
// serving:end

/// The 80% bands by slice ([`crate::speed::slice`]), from leave-one-device-out
/// cross-validation. Regenerate with
/// `cargo run --release -p rigplan-calibration --bin cv -- --write` after a refit.
#[rustfmt::skip]
#[allow(clippy::approx_constant)] // fitted data: a value near 1/ln 10 is a coincidence
// bands:begin
pub const BANDS: [Band; 12] = [
    Band { lo: 0.7985, hi: 1.2071, rows: 381 },
    Band { lo: 0.7171, hi: 1.7218, rows: 21 },
    Band { lo: 0.7182, hi: 1.2760, rows: 89 },
    Band { lo: 0.7565, hi: 1.6963, rows: 50 },
    Band { lo: 0.6840, hi: 1.5114, rows: 25 },
    Band { lo: 0.7990, hi: 1.2586, rows: 6 },
    Band { lo: 0.6742, hi: 1.3498, rows: 381 },
    Band { lo: 0.5475, hi: 1.4002, rows: 19 },
    Band { lo: 0.6471, hi: 1.7533, rows: 84 },
    Band { lo: 0.5749, hi: 1.7915, rows: 49 },
    Band { lo: 0.6383, hi: 2.5054, rows: 23 },
    Band { lo: 0.8402, hi: 1.7281, rows: 5 },
];
// bands:end
