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
    cuda: BackendCal { t0_ms: 0.5716, per_layer_us: 1.9722, eff: KernelEff { float: 0.7941, legacy: 0.6877, kquant: 0.7178, micro: 0.7192, group: 0.7232 }, kv_fa: 1.0, kv_no_fa: 2.898, per_seq_us: 0.0, moe_layer_us: 2.6701, expert_us: 7.4016, pp_eff_float: 0.8114, pp_eff_quant: 0.4486, pp_eff_moe: 0.521, attention: 0.9866, attention_decode: 10.5822, recurrent_us: 153.6606, recurrent_prefill_us: 2.5932, allreduce: 1.0, calibrated: true },
    metal: BackendCal { t0_ms: 1.5996, per_layer_us: 6.8277, eff: KernelEff { float: 0.6446, legacy: 0.6622, kquant: 0.4439, micro: 0.5964, group: 0.723 }, kv_fa: 1.2831, kv_no_fa: 2.9621, per_seq_us: 0.0, moe_layer_us: 24.146, expert_us: 10.5341, pp_eff_float: 0.935, pp_eff_quant: 0.814, pp_eff_moe: 0.8799, attention: 1.5073, attention_decode: 10.7192, recurrent_us: 144.008, recurrent_prefill_us: 5.2964, allreduce: 1.0, calibrated: true },
    vulkan: BackendCal { t0_ms: 0.5498, per_layer_us: 3.4546, eff: KernelEff { float: 0.7577, legacy: 0.6859, kquant: 0.7036, micro: 0.7037, group: 0.7219 }, kv_fa: 1.1147, kv_no_fa: 2.9275, per_seq_us: 0.0, moe_layer_us: 12.4448, expert_us: 7.004, pp_eff_float: 0.5919, pp_eff_quant: 0.3928, pp_eff_moe: 0.6963, attention: 3.6052, attention_decode: 8.0066, recurrent_us: 126.5268, recurrent_prefill_us: 4.5144, allreduce: 1.0, calibrated: true },
    rocm: BackendCal { t0_ms: 1.0156, per_layer_us: 2.4616, eff: KernelEff { float: 0.6987, legacy: 0.7042, kquant: 0.5928, micro: 0.6945, group: 0.7215 }, kv_fa: 1.0328, kv_no_fa: 2.9141, per_seq_us: 0.0, moe_layer_us: 12.2487, expert_us: 7.7759, pp_eff_float: 0.5919, pp_eff_quant: 0.5091, pp_eff_moe: 0.6939, attention: 2.732, attention_decode: 5.0749, recurrent_us: 116.9994, recurrent_prefill_us: 5.2814, allreduce: 1.0, calibrated: true },
    cpu: BackendCal { t0_ms: 1.0, per_layer_us: 10.0, eff: KernelEff { float: 0.7, legacy: 0.7, kquant: 0.5793, micro: 0.6762, group: 0.7 }, kv_fa: 1.5, kv_no_fa: 2.0, per_seq_us: 0.0, moe_layer_us: 20.0, expert_us: 5.0, pp_eff_float: 0.4, pp_eff_quant: 0.4, pp_eff_moe: 0.5, attention: 2.0, attention_decode: 5.0, recurrent_us: 20.0, recurrent_prefill_us: 10.0, allreduce: 1.0, calibrated: false },
    mlx: BackendCal { t0_ms: 1.1748, per_layer_us: 4.294, eff: KernelEff { float: 0.7178, legacy: 0.6413, kquant: 0.5646, micro: 0.5638, group: 0.7213 }, kv_fa: 1.1773, kv_no_fa: 2.9257, per_seq_us: 0.0, moe_layer_us: 13.3364, expert_us: 7.8652, pp_eff_float: 0.6915, pp_eff_quant: 0.8863, pp_eff_moe: 0.904, attention: 0.6816, attention_decode: 5.4166, recurrent_us: 144.0108, recurrent_prefill_us: 5.2961, allreduce: 1.0, calibrated: true },
    sycl: BackendCal { t0_ms: 1.0549, per_layer_us: 3.5947, eff: KernelEff { float: 0.7338, legacy: 0.5198, kquant: 0.5839, micro: 0.3711, group: 0.7206 }, kv_fa: 1.0, kv_no_fa: 2.9333, per_seq_us: 0.0, moe_layer_us: 18.9785, expert_us: 10.4813, pp_eff_float: 0.2904, pp_eff_quant: 0.6496, pp_eff_moe: 0.1953, attention: 3.6932, attention_decode: 7.9604, recurrent_us: 159.1647, recurrent_prefill_us: 11.0193, allreduce: 1.0, calibrated: true },
    vulkan_intel: BackendCal { t0_ms: 1.5558, per_layer_us: 5.4651, eff: KernelEff { float: 0.7095, legacy: 0.5968, kquant: 0.3328, micro: 0.3076, group: 0.7229 }, kv_fa: 1.3106, kv_no_fa: 2.9266, per_seq_us: 0.0, moe_layer_us: 23.9835, expert_us: 11.5606, pp_eff_float: 0.2255, pp_eff_quant: 0.4345, pp_eff_moe: 0.5533, attention: 8.4226, attention_decode: 7.9604, recurrent_us: 163.7017, recurrent_prefill_us: 3.0758, allreduce: 1.0, calibrated: true },
    serving: SERVING,
    hbm: 0.6702,
    hbm_layer_us: 57.4941,
    lpddr: 1.1406,
    hop_ms: 0.3543,
    hbm_prefill: 1.0,
    attention_reads: 0.0295,
    attention_no_fa: 2.5415,
    offload_layer_us: 0.0,
    pcie_eff: 1.1778,
    pipeline_eff: 0.6744,
    moe_m0: 7.3702,
    moe_n0: 477.2141,
    flops_per_watt: 1.0008,
    #[cfg(feature = "era")]
    era_decode: 1.1195,
    #[cfg(feature = "era")]
    era_prefill: 0.8518,
    #[cfg(feature = "era")]
    era_fixed: 2.7028,
    #[cfg(feature = "era")]
    era_recurrent: 3.6651,
    #[cfg(feature = "era")]
    era_trend: [0.0, 0.0, 0.0, 0.0717, 0.0586, 0.0],
};
// fitted:end

/// The serving engines' constants ([`Calibration::serving`]): fitted by
/// `cargo run --release -p rigplan-calibration --bin serving -- --write` on the published
/// serving benchmarks in `tests/data/serving/` (TensorRT-LLM performance overviews, vLLM
/// and SGLang results), leave-one-model-out cross-validated in docs/ACCURACY.md.
#[rustfmt::skip]
// serving:begin
pub const SERVING: BackendCal = BackendCal { t0_ms: 9.2864, per_layer_us: 40.0, eff: KernelEff { float: 0.92, legacy: 0.6877, kquant: 0.7178, micro: 0.92, group: 0.7232 }, kv_fa: 1.0, kv_no_fa: 2.898, per_seq_us: 6.551, moe_layer_us: 60.0, expert_us: 0.0, pp_eff_float: 0.6984, pp_eff_quant: 0.4695, pp_eff_moe: 0.5262, attention: 0.5902, attention_decode: 4.6403, recurrent_us: 153.6606, recurrent_prefill_us: 2.5932, allreduce: 2.1094, calibrated: true };
// serving:end

/// The 80% bands by slice ([`crate::speed::slice`]), from leave-one-device-out
/// cross-validation. Regenerate with
/// `cargo run --release -p rigplan-calibration --bin cv -- --write` after a refit.
#[rustfmt::skip]
#[allow(clippy::approx_constant)] // fitted data: a value near 1/ln 10 is a coincidence
// bands:begin
pub const BANDS: [Band; 12] = [
    Band { lo: 0.8647, hi: 1.1614, rows: 405 },
    Band { lo: 0.7727, hi: 1.2916, rows: 27 },
    Band { lo: 0.7362, hi: 1.2170, rows: 144 },
    Band { lo: 0.8081, hi: 1.2576, rows: 64 },
    Band { lo: 0.6490, hi: 1.5014, rows: 52 },
    Band { lo: 0.7597, hi: 1.5884, rows: 6 },
    Band { lo: 0.7380, hi: 1.3158, rows: 406 },
    Band { lo: 0.6932, hi: 1.2990, rows: 24 },
    Band { lo: 0.7404, hi: 1.5448, rows: 144 },
    Band { lo: 0.7737, hi: 1.5330, rows: 63 },
    Band { lo: 0.6060, hi: 1.5430, rows: 82 },
    Band { lo: 0.8808, hi: 1.0131, rows: 3 },
];
// bands:end
