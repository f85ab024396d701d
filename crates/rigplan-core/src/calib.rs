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
    /// Cost per prompt token per linear-attention or state-space layer in prefill,
    /// microseconds: Gated DeltaNet's chunked update and Mamba's scan run as chains of
    /// small kernels whose time grows with the prompt, beside the matrix work. Per
    /// backend since 2026-12-05: CUDA's kernels are the fast ones (an RTX 5090 prefills
    /// Qwen3.5-9B at 8,500 tokens/s, which one shared constant charged half its time).
    /// With the fit's pull between backends, leave-one-device-out prefill went from
    /// 28.4% to 28.2% MAPE and MoE prefill from 36.1% to 35.4% (a first try, on fewer
    /// rows and without the pull, had predicted held-out devices worse).
    pub recurrent_prefill_us: f64,
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
    /// Expert width (`moe_intermediate_size`) at which a routed expert's prefill matmuls
    /// run at half the rate a wide expert reaches: a narrow expert's down projection has
    /// a short inner dimension and its up projection few output tiles, so the fixed cost
    /// of each tile weighs more (Qwen3-Next's experts are 512 wide, gpt-oss's 2880).
    /// Added 2026-12-05: leave-one-device-out prefill 28.8% -> 28.4% MAPE, MoE prefill
    /// 37.2% -> 36.1%; decode moved by the refit alone (15.8% -> 15.9%).
    pub moe_n0: f64,
    /// Sustained matrix throughput a board's power limit allows, TFLOPS per watt of its
    /// board power: the peak the datasheet gives at boost clock is capped at this times
    /// the board power (llama.cpp; the serving engines' constants have their own fit).
    pub flops_per_watt: f64,
    /// Calibration only (the estimator does not use it, and only the `era` feature, which
    /// the calibration crate turns on, has it: the page does not ship it): decode speed of builds before
    /// August 2025 (llama.cpp b6000) relative to the current builds the constants
    /// represent.
    #[cfg(feature = "era")]
    pub era_decode: f64,
    /// Same, prefill.
    #[cfg(feature = "era")]
    pub era_prefill: f64,
    /// Calibration only: the per-token fixed costs (`t0_ms`, `per_layer_us`,
    /// `moe_layer_us`, `expert_us` of every backend) of builds before August 2025
    /// relative to the current builds' (CUDA graphs, fused MoE routing and top-k kernels
    /// came since): the era moves the fixed costs, not only the level.
    #[cfg(feature = "era")]
    pub era_fixed: f64,
    /// Calibration only: the per-layer costs of Gated DeltaNet layers (`recurrent_us`,
    /// `recurrent_prefill_us`) in builds before llama.cpp fused them into one operation
    /// (`GGML_OP_GATED_DELTA_NET`, March 2026, b8300: PRs #19504 and #20340 for CPU, CUDA
    /// and Metal, #20334 for Vulkan, #20455 for SYCL) relative to the current builds'.
    #[cfg(feature = "era")]
    pub era_recurrent: f64,
    /// Calibration only: how fast each backend's prompt processing got faster across the
    /// current era, in log-speed per month before the newest builds the constants represent
    /// (indexed as `rigplan_calibration::TREND_BACKENDS`).
    #[cfg(feature = "era")]
    pub era_trend: [f64; 6],
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
    cuda: BackendCal { t0_ms: 0.5035, per_layer_us: 3.7411, eff: KernelEff { float: 0.7876, legacy: 0.6819, kquant: 0.7156, micro: 0.7176, group: 0.7306 }, kv_fa: 1.0, kv_no_fa: 2.8872, per_seq_us: 0.0, moe_layer_us: 4.2937, expert_us: 7.0988, pp_eff_float: 0.8768, pp_eff_quant: 0.4639, pp_eff_moe: 0.4958, attention: 1.0135, attention_decode: 10.863, recurrent_us: 153.479, recurrent_prefill_us: 2.6586, allreduce: 1.0, calibrated: true },
    metal: BackendCal { t0_ms: 1.5682, per_layer_us: 7.7937, eff: KernelEff { float: 0.6301, legacy: 0.656, kquant: 0.4417, micro: 0.5925, group: 0.7302 }, kv_fa: 1.2799, kv_no_fa: 2.9515, per_seq_us: 0.0, moe_layer_us: 25.4981, expert_us: 10.2622, pp_eff_float: 1.0, pp_eff_quant: 0.8344, pp_eff_moe: 0.8582, attention: 1.5625, attention_decode: 10.9621, recurrent_us: 144.028, recurrent_prefill_us: 5.3559, allreduce: 1.0, calibrated: true },
    vulkan: BackendCal { t0_ms: 0.5297, per_layer_us: 4.4008, eff: KernelEff { float: 0.7498, legacy: 0.6815, kquant: 0.7003, micro: 0.6995, group: 0.732 }, kv_fa: 1.1102, kv_no_fa: 2.9151, per_seq_us: 0.0, moe_layer_us: 13.6261, expert_us: 6.7208, pp_eff_float: 0.8937, pp_eff_quant: 0.3908, pp_eff_moe: 0.6868, attention: 3.5828, attention_decode: 7.9752, recurrent_us: 126.6379, recurrent_prefill_us: 4.5688, allreduce: 1.0, calibrated: true },
    rocm: BackendCal { t0_ms: 0.9879, per_layer_us: 3.4347, eff: KernelEff { float: 0.6929, legacy: 0.6971, kquant: 0.5892, micro: 0.6905, group: 0.7281 }, kv_fa: 1.0339, kv_no_fa: 2.9023, per_seq_us: 0.0, moe_layer_us: 13.2611, expert_us: 7.4707, pp_eff_float: 0.8949, pp_eff_quant: 0.5091, pp_eff_moe: 0.6908, attention: 2.741, attention_decode: 5.0848, recurrent_us: 117.0463, recurrent_prefill_us: 5.3949, allreduce: 1.0, calibrated: true },
    cpu: BackendCal { t0_ms: 1.0, per_layer_us: 10.0, eff: KernelEff { float: 0.7, legacy: 0.7, kquant: 0.5775, micro: 0.6771, group: 0.7 }, kv_fa: 1.5, kv_no_fa: 2.0, per_seq_us: 0.0, moe_layer_us: 20.0, expert_us: 5.0, pp_eff_float: 0.4, pp_eff_quant: 0.4, pp_eff_moe: 0.5, attention: 2.0, attention_decode: 5.0, recurrent_us: 20.0, recurrent_prefill_us: 10.0, allreduce: 1.0, calibrated: false },
    mlx: BackendCal { t0_ms: 1.1446, per_layer_us: 5.4137, eff: KernelEff { float: 0.7079, legacy: 0.6357, kquant: 0.5611, micro: 0.5642, group: 0.7147 }, kv_fa: 1.1622, kv_no_fa: 2.9129, per_seq_us: 0.0, moe_layer_us: 14.6448, expert_us: 7.5976, pp_eff_float: 0.8923, pp_eff_quant: 0.8962, pp_eff_moe: 0.8885, attention: 0.7033, attention_decode: 5.4414, recurrent_us: 144.0284, recurrent_prefill_us: 5.3574, allreduce: 1.0, calibrated: true },
    sycl: BackendCal { t0_ms: 1.0473, per_layer_us: 4.6652, eff: KernelEff { float: 0.7282, legacy: 0.5177, kquant: 0.5859, micro: 0.3709, group: 0.728 }, kv_fa: 1.0, kv_no_fa: 2.921, per_seq_us: 0.0, moe_layer_us: 20.2829, expert_us: 10.2108, pp_eff_float: 0.8852, pp_eff_quant: 0.6544, pp_eff_moe: 0.191, attention: 3.6212, attention_decode: 8.0663, recurrent_us: 159.2896, recurrent_prefill_us: 11.0843, allreduce: 1.0, calibrated: true },
    vulkan_intel: BackendCal { t0_ms: 1.5101, per_layer_us: 6.5327, eff: KernelEff { float: 0.7047, legacy: 0.5907, kquant: 0.3313, micro: 0.306, group: 0.727 }, kv_fa: 1.3046, kv_no_fa: 2.9147, per_seq_us: 0.0, moe_layer_us: 25.2376, expert_us: 11.2685, pp_eff_float: 0.8269, pp_eff_quant: 0.4358, pp_eff_moe: 0.5418, attention: 8.3631, attention_decode: 8.0672, recurrent_us: 163.6585, recurrent_prefill_us: 3.0717, allreduce: 1.0, calibrated: true },
    serving: SERVING,
    hbm: 0.6722,
    hbm_layer_us: 58.5618,
    lpddr: 1.149,
    hop_ms: 0.3567,
    hbm_prefill: 1.0,
    attention_reads: 0.0303,
    attention_no_fa: 2.5184,
    offload_layer_us: 0.0,
    pcie_eff: 1.1759,
    pipeline_eff: 0.6719,
    moe_m0: 7.7341,
    moe_n0: 448.4927,
    flops_per_watt: 1.0003,
    #[cfg(feature = "era")]
    era_decode: 1.1265,
    #[cfg(feature = "era")]
    era_prefill: 0.8248,
    #[cfg(feature = "era")]
    era_fixed: 2.7674,
    #[cfg(feature = "era")]
    era_recurrent: 3.6589,
    #[cfg(feature = "era")]
    era_trend: [0.0, 0.0, 0.0, 0.0699, 0.0564, 0.0],
};
// fitted:end

/// The serving engines' constants ([`Calibration::serving`]): fitted by
/// `cargo run --release -p rigplan-calibration --bin serving -- --write` on the published
/// serving benchmarks in `tests/data/serving/` (TensorRT-LLM performance overviews, vLLM
/// and SGLang results), leave-one-model-out cross-validated in docs/ACCURACY.md.
#[rustfmt::skip]
// serving:begin
pub const SERVING: BackendCal = BackendCal { t0_ms: 9.2503, per_layer_us: 40.0, eff: KernelEff { float: 0.92, legacy: 0.6819, kquant: 0.7156, micro: 0.92, group: 0.7306 }, kv_fa: 1.0, kv_no_fa: 2.8872, per_seq_us: 6.641, moe_layer_us: 60.0, expert_us: 0.0, pp_eff_float: 0.7022, pp_eff_quant: 0.4797, pp_eff_moe: 0.5237, attention: 0.6486, attention_decode: 4.7329, recurrent_us: 153.479, recurrent_prefill_us: 2.6586, allreduce: 2.1094, calibrated: true };
// serving:end

/// The 80% bands by slice ([`crate::speed::slice`]), from leave-one-device-out
/// cross-validation. Regenerate with
/// `cargo run --release -p rigplan-calibration --bin cv -- --write` after a refit.
#[rustfmt::skip]
#[allow(clippy::approx_constant)] // fitted data: a value near 1/ln 10 is a coincidence
// bands:begin
pub const BANDS: [Band; 12] = [
    Band { lo: 0.8629, hi: 1.1497, rows: 405 },
    Band { lo: 0.7782, hi: 1.2909, rows: 27 },
    Band { lo: 0.7362, hi: 1.2205, rows: 144 },
    Band { lo: 0.8066, hi: 1.2585, rows: 64 },
    Band { lo: 0.6484, hi: 1.4972, rows: 52 },
    Band { lo: 0.7587, hi: 1.5806, rows: 6 },
    Band { lo: 0.7371, hi: 1.3000, rows: 406 },
    Band { lo: 0.7055, hi: 1.2878, rows: 24 },
    Band { lo: 0.7417, hi: 1.5500, rows: 144 },
    Band { lo: 0.7839, hi: 1.5411, rows: 63 },
    Band { lo: 0.6070, hi: 1.5489, rows: 82 },
    Band { lo: 0.8882, hi: 1.0073, rows: 3 },
];
// bands:end
