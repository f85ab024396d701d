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
    /// Extra cost per layer per generated token on HBM parts, microseconds (llama.cpp):
    /// a datacenter GPU's small per-layer kernels wait on HBM's longer latency at lower
    /// clocks, so a small model there reaches a smaller share of the bandwidth than a
    /// large one (an 8B model on an A100 SXM reads 32% of it per token, a 70B one 51%).
    pub hbm_layer_us: f64,
    /// Multiplier on bandwidth efficiency for LPDDR (unified-memory SoCs and APUs: Strix
    /// Halo, GB10, Apple, Snapdragon): a GPU sharing the memory with the CPU reaches a
    /// different share of the datasheet figure than one with its own GDDR.
    pub lpddr: f64,
    /// Extra time per token for each additional device in a layer split, milliseconds.
    pub hop_ms: f64,
    /// Multiplier on prefill matrix efficiency for HBM datacenter parts (their peak needs
    /// kernels llama.cpp's builds in the set did not have, e.g. Hopper's wgmma).
    pub hbm_prefill: f64,
    /// Reads of the cached keys and values per prompt token in prefill: a flash-attention
    /// kernel loads each cached key and value row once per tile of `T` queries, and once
    /// for all the query heads sharing it (llama.cpp's CUDA kernels pack the heads of a
    /// grouped-query-attention group into one tile), so about `1 / T` of the cache per
    /// token (1/64 = 0.016 for 64-query tiles). Deep-context prefill on a part with many
    /// FLOPs per byte of bandwidth is bound by it rather than by its matrix rate.
    pub attention_reads: f64,
    /// Cost per prompt token per linear-attention or state-space layer in prefill,
    /// microseconds: llama.cpp runs Gated DeltaNet's chunked update and Mamba's scan as
    /// chains of small kernels whose time grows with the prompt, beside the matrix work.
    /// One constant for every backend: fitted per backend it came out 0 on CUDA and 12-52
    /// elsewhere, but predicted held-out devices worse (leave one device out, prefill
    /// MAPE 29.5% against 28.9%, MoE prefill 42.2% against 40.4%): too few hybrid rows per
    /// backend.
    pub recurrent_prefill_us: f64,
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
    /// August 2025 (llama.cpp b6000) relative to the current builds the constants
    /// represent.
    pub era_decode: f64,
    /// Same, prefill.
    pub era_prefill: f64,
    /// Calibration only: the per-token fixed costs (`t0_ms`, `per_layer_us`,
    /// `moe_layer_us`, `expert_us` of every backend) of builds before August 2025
    /// relative to the current builds' (CUDA graphs, fused MoE routing and top-k kernels
    /// came since): the era moves the fixed costs, not only the level.
    pub era_fixed: f64,
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
    cuda: BackendCal { t0_ms: 0.5734, per_layer_us: 0.0, eff: KernelEff { float: 0.7883, legacy: 0.7104, kquant: 0.6926, micro: 0.7529, group: 0.7069 }, kv_fa: 1.0, kv_no_fa: 1.2751, per_seq_us: 0.0, moe_layer_us: 13.6593, expert_us: 5.3932, pp_eff_float: 1.0, pp_eff_quant: 0.5109, pp_eff_moe: 0.4196, attention: 1.0956, attention_decode: 11.396, recurrent_us: 194.636, allreduce: 1.0, calibrated: true },
    metal: BackendCal { t0_ms: 2.1691, per_layer_us: 9.3301, eff: KernelEff { float: 0.7568, legacy: 0.7268, kquant: 0.5824, micro: 0.7404, group: 0.7066 }, kv_fa: 1.0343, kv_no_fa: 1.3575, per_seq_us: 0.0, moe_layer_us: 38.6257, expert_us: 8.2544, pp_eff_float: 1.0, pp_eff_quant: 0.8931, pp_eff_moe: 0.7688, attention: 1.7893, attention_decode: 10.3496, recurrent_us: 207.6311, allreduce: 1.0, calibrated: true },
    vulkan: BackendCal { t0_ms: 0.5655, per_layer_us: 3.7731, eff: KernelEff { float: 0.7775, legacy: 0.7097, kquant: 0.6729, micro: 0.7396, group: 0.7066 }, kv_fa: 1.0607, kv_no_fa: 1.3018, per_seq_us: 0.0, moe_layer_us: 27.1281, expert_us: 6.0381, pp_eff_float: 0.9879, pp_eff_quant: 0.2672, pp_eff_moe: 0.6901, attention: 3.1149, attention_decode: 0.3072, recurrent_us: 195.4944, allreduce: 1.0, calibrated: true },
    rocm: BackendCal { t0_ms: 1.1735, per_layer_us: 2.9312, eff: KernelEff { float: 0.7668, legacy: 0.7194, kquant: 0.6351, micro: 0.7379, group: 0.7066 }, kv_fa: 1.0971, kv_no_fa: 1.2766, per_seq_us: 0.0, moe_layer_us: 22.7998, expert_us: 6.8888, pp_eff_float: 0.9871, pp_eff_quant: 0.3781, pp_eff_moe: 0.6954, attention: 2.4547, attention_decode: 0.3701, recurrent_us: 181.5888, allreduce: 1.0, calibrated: true },
    cpu: BackendCal { t0_ms: 1.0, per_layer_us: 10.0, eff: KernelEff { float: 0.7, legacy: 0.7, kquant: 0.5365, micro: 0.5211, group: 0.7 }, kv_fa: 1.5, kv_no_fa: 2.0, per_seq_us: 0.0, moe_layer_us: 20.0, expert_us: 5.0, pp_eff_float: 0.4, pp_eff_quant: 0.4, pp_eff_moe: 0.5, attention: 2.0, attention_decode: 5.0, recurrent_us: 20.0, allreduce: 1.0, calibrated: false },
    mlx: BackendCal { t0_ms: 1.3696, per_layer_us: 4.563, eff: KernelEff { float: 0.7758, legacy: 0.7163, kquant: 0.6368, micro: 0.7381, group: 0.7155 }, kv_fa: 1.0, kv_no_fa: 1.1444, per_seq_us: 0.0, moe_layer_us: 27.1456, expert_us: 6.1491, pp_eff_float: 0.9583, pp_eff_quant: 0.8634, pp_eff_moe: 0.8532, attention: 0.5, attention_decode: 1.3559, recurrent_us: 207.6315, allreduce: 1.0, calibrated: true },
    sycl: BackendCal { t0_ms: 2.5785, per_layer_us: 9.0914, eff: KernelEff { float: 0.7723, legacy: 0.7082, kquant: 0.6288, micro: 0.7273, group: 0.7066 }, kv_fa: 1.0, kv_no_fa: 1.2792, per_seq_us: 0.0, moe_layer_us: 49.5338, expert_us: 11.5151, pp_eff_float: 0.9868, pp_eff_quant: 0.6928, pp_eff_moe: 0.1194, attention: 4.6171, attention_decode: 7.9454, recurrent_us: 231.2955, allreduce: 1.0, calibrated: true },
    vulkan_intel: BackendCal { t0_ms: 3.2852, per_layer_us: 10.907, eff: KernelEff { float: 0.7695, legacy: 0.7176, kquant: 0.6005, micro: 0.7242, group: 0.7066 }, kv_fa: 1.2107, kv_no_fa: 1.2718, per_seq_us: 0.0, moe_layer_us: 53.3121, expert_us: 12.7023, pp_eff_float: 0.9868, pp_eff_quant: 0.4535, pp_eff_moe: 0.5434, attention: 8.2034, attention_decode: 13.6292, recurrent_us: 235.1163, allreduce: 1.0, calibrated: true },
    serving: SERVING,
    hbm: 0.6953,
    hbm_layer_us: 60.7502,
    lpddr: 1.1065,
    hop_ms: 0.3289,
    hbm_prefill: 1.0,
    attention_reads: 0.0347,
    recurrent_prefill_us: 8.6111,
    attention_no_fa: 1.4853,
    offload_layer_us: 0.0,
    pcie_eff: 1.2336,
    pipeline_eff: 0.6814,
    moe_m0: 18.5296,
    flops_per_watt: 1.0208,
    era_decode: 1.0911,
    era_prefill: 0.7281,
    era_fixed: 2.7965,
};
// fitted:end

/// The serving engines' constants ([`Calibration::serving`]): fitted by
/// `cargo run --release -p rigplan-calibration --bin serving -- --write` on the published
/// serving benchmarks in `tests/data/serving/` (TensorRT-LLM performance overviews, vLLM
/// and SGLang results), leave-one-model-out cross-validated in docs/ACCURACY.md.
#[rustfmt::skip]
// serving:begin
pub const SERVING: BackendCal = BackendCal { t0_ms: 6.6728, per_layer_us: 40.0, eff: KernelEff { float: 0.92, legacy: 0.7104, kquant: 0.6926, micro: 0.92, group: 0.7069 }, kv_fa: 1.0, kv_no_fa: 1.2751, per_seq_us: 7.2969, moe_layer_us: 60.0, expert_us: 0.0, pp_eff_float: 0.7015, pp_eff_quant: 0.4677, pp_eff_moe: 0.523, attention: 0.5742, attention_decode: 4.462, recurrent_us: 194.636, allreduce: 2.0633, calibrated: true };
// serving:end

/// The 80% bands by slice ([`crate::speed::slice`]), from leave-one-device-out
/// cross-validation. Regenerate with
/// `cargo run --release -p rigplan-calibration --bin cv -- --write` after a refit.
#[rustfmt::skip]
#[allow(clippy::approx_constant)] // fitted data: a value near 1/ln 10 is a coincidence
// bands:begin
pub const BANDS: [Band; 12] = [
    Band { lo: 0.8447, hi: 1.1431, rows: 393 },
    Band { lo: 0.7421, hi: 1.4486, rows: 26 },
    Band { lo: 0.6248, hi: 1.4132, rows: 115 },
    Band { lo: 0.6409, hi: 1.3541, rows: 57 },
    Band { lo: 0.6209, hi: 1.4514, rows: 37 },
    Band { lo: 0.8425, hi: 1.3647, rows: 6 },
    Band { lo: 0.6813, hi: 1.3312, rows: 393 },
    Band { lo: 0.5942, hi: 1.6430, rows: 24 },
    Band { lo: 0.6600, hi: 1.5607, rows: 111 },
    Band { lo: 0.5249, hi: 1.9106, rows: 56 },
    Band { lo: 0.6358, hi: 1.6750, rows: 71 },
    Band { lo: 0.8377, hi: 1.2929, rows: 5 },
];
// bands:end
