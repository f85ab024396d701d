//! Speed: decode (memory-bound), prefill (compute-bound), multi-device and offload.
//!
//! Decode, per step of `batch` sequences:
//!
//! ```text
//! step = t0 + layers x per_layer (+ MoE routing)
//!      + max( weight bytes read / (bandwidth x efficiency) + KV bytes / (bandwidth x efficiency)
//!             + offloaded bytes / host bandwidth,
//!             2 x active params x batch / (peak x prefill efficiency) )
//!      + layer split: (devices - 1) x hop;  tensor parallel: bytes / N + 2 all-reduces per layer
//! ```
//!
//! Prefill of `prompt` tokens at KV depth `d`:
//!
//! ```text
//! time = (2 x active params x prompt + 4 x heads x head_dim x prompt x (d + prompt/2) x layers)
//!        / (peak x efficiency)  +  weight reads once per micro-batch
//! ```

use crate::calib::{BackendCal, Calibration};
use crate::hardware::{DeviceKind, DeviceSpec, Interconnect, MemoryType, Vendor};
use crate::memory::{KvPerToken, Memory, UBATCH, WeightBytes};
use crate::model::{Attention, ModelArch};
use crate::quant::KernelClass;
use crate::scenario::{Backend, Engine, Scenario, Split};
use crate::units::{Bytes, BytesPerSecond, Flops, FlopsPerSecond, Seconds, TokensPerSecond};

/// Experience tiers for single-stream decode speed, as a hardware guide for local LLMs
/// words them (under 5 tokens/s painful ... 60 and more instant).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum SpeedTier {
    /// Under 5 tokens/s.
    Painful,
    /// 5-15.
    Usable,
    /// 15-30.
    Comfortable,
    /// 30-60.
    Fast,
    /// 60 and more.
    Instant,
}

impl SpeedTier {
    /// Every tier, slowest first.
    pub const ALL: [SpeedTier; 5] = [
        SpeedTier::Painful,
        SpeedTier::Usable,
        SpeedTier::Comfortable,
        SpeedTier::Fast,
        SpeedTier::Instant,
    ];
    /// Tokens/s at which each tier after the first begins.
    pub const FLOORS: [f64; 4] = [5.0, 15.0, 30.0, 60.0];

    /// The tier of a single-stream speed.
    pub fn of(t: TokensPerSecond) -> Self {
        let above = Self::FLOORS.iter().filter(|f| t.get() >= **f).count();
        Self::ALL.get(above).copied().unwrap_or(SpeedTier::Painful)
    }
    /// Stable id.
    pub const fn id(self) -> &'static str {
        match self {
            SpeedTier::Painful => "painful",
            SpeedTier::Usable => "usable",
            SpeedTier::Comfortable => "comfortable",
            SpeedTier::Fast => "fast",
            SpeedTier::Instant => "instant",
        }
    }
}

/// Speed result.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Speed {
    /// Decode speed of one sequence at the scenario's KV depth.
    pub decode: TokensPerSecond,
    /// Decode speed of all `batch` sequences together.
    pub decode_aggregate: TokensPerSecond,
    /// Prompt processing speed for the scenario's prompt.
    pub prefill: TokensPerSecond,
    /// Time to first token for the scenario's prompt.
    pub time_to_first_token: Seconds,
    /// Experience tier of `decode`.
    pub tier: SpeedTier,
}

/// Peak matrix throughput the engine can use, and whether a catalog figure backs it.
///
/// The catalog's `fp16` is the dense FP16 tensor rate. On GeForce cards it is the
/// FP32-accumulate rate; llama.cpp's CUDA and Vulkan (coopmat) paths multiply with FP16
/// accumulate, which
/// those cards run at twice it (the calibration shows an RTX 3090 and an RTX A6000, the
/// same GA102 chip, reaching the same prefill speed). Quantized prefill is fitted against
/// the same peak (llama.cpp's MMQ kernels track it better than the INT8 figure).
/// Without a figure, a bandwidth ratio stands in (Apple GPUs: about 34 FP32 FLOP per
/// byte across M1-M4, e.g. M2 Ultra 27.2 TFLOPS / 800 GB/s; other parts 100, a
/// discrete-GPU middle), flagged by a warning.
pub fn peak(d: &DeviceSpec, engine: Engine, backend: Backend) -> (FlopsPerSecond, bool) {
    match d.fp16 {
        Some(f) => {
            let acc16 = d.fp16_is_fp32_accumulate
                && engine == Engine::LlamaCpp
                && matches!(backend, Backend::Cuda | Backend::Vulkan);
            (if acc16 { f * 2.0 } else { f }, true)
        }
        None => {
            let ratio = if d.vendor == Vendor::Apple {
                34.0
            } else {
                100.0
            };
            (FlopsPerSecond::new(d.bandwidth.get() * ratio), false)
        }
    }
}

/// Per-direction bandwidth of the link used for tensor-parallel all-reduce: NVLink when
/// the part has it, else PCIe at about 25 GB/s per direction for 4.0 x16 in practice
/// (docs/ESTIMATION.md 2.3), halved per older generation, scaled by lanes.
pub fn link_bandwidth(i: &Interconnect) -> BytesPerSecond {
    if let Some(nv) = i.nvlink {
        return nv;
    }
    let gen_factor = match i.pcie_gen {
        0..=3 => 0.5,
        4 => 1.0,
        5 => 2.0,
        _ => 4.0,
    };
    let lanes = if i.pcie_lanes == 0 {
        16.0
    } else {
        f64::from(i.pcie_lanes)
    };
    BytesPerSecond::from_gbs(25.0 * gen_factor * lanes / 16.0)
}

/// Latency of one all-reduce call: microsecond scale; NVLink about 5 us, PCIe through
/// the host about 15 us (NCCL small-message latencies). Assumptions, not calibrated.
pub fn link_latency(i: &Interconnect) -> Seconds {
    if i.nvlink.is_some() {
        us(5.0)
    } else {
        us(15.0)
    }
}

/// Shared pieces of the speed model for one scenario.
struct Ctx<'a> {
    s: &'a Scenario,
    bc: &'a BackendCal,
    cal: &'a Calibration,
    /// Effective bandwidth for weights, float kernels (KV reads use this).
    bw_float: BytesPerSecond,
    /// Effective bandwidth for this quant's kernels.
    bw_weights: BytesPerSecond,
    /// Devices splitting the work (1 for layer split).
    tp: f64,
    /// Share of weights living in host RAM.
    offload_share: f64,
    /// Host bandwidth for offloaded weights.
    host_bw: BytesPerSecond,
}

/// A time in microseconds.
fn us(x: f64) -> Seconds {
    Seconds::new(x * 1e-6)
}

impl<'a> Ctx<'a> {
    fn new(s: &'a Scenario, cal: &'a Calibration, mem: &Memory) -> Self {
        let (bc, _) = cal.for_pair(s.engine, s.backend);
        let memf = if s.device.memory_type == MemoryType::Hbm {
            cal.hbm
        } else {
            1.0
        };
        let bw = s.device.bandwidth;
        let tp = if s.split == Split::Tensor {
            f64::from(s.count.max(1))
        } else {
            1.0
        };
        let offload_share = if mem.weights.get() > 0.0 {
            (mem.offloaded / mem.weights).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let host_bw = match (s.backend, s.device.kind) {
            (_, DeviceKind::Gpu) => s.host.ram_bandwidth,
            // CPU inference on a SoC reads the shared memory.
            _ => bw,
        } * cal.cpu.eff(s.quant.kernel);
        let cpu_only = s.backend == Backend::Cpu;
        Ctx {
            s,
            bc,
            cal,
            bw_float: bw * (bc.eff(KernelClass::Float) * memf),
            bw_weights: bw * (bc.eff(s.quant.kernel) * memf),
            tp,
            offload_share: if cpu_only { 1.0 } else { offload_share },
            host_bw: host_bw.max(BytesPerSecond::new(1.0)),
        }
    }

    fn fixed_per_token(&self) -> Seconds {
        let m = &self.s.model;
        let layers = f64::from(m.layers);
        let moe = if m.moe.is_some() {
            us(layers * self.bc.moe_layer_us)
        } else {
            Seconds::ZERO
        };
        let hops = if self.s.split == Split::Layer && self.s.backend != Backend::Cpu {
            Seconds::from_ms(f64::from(self.s.count.max(1) - 1) * self.cal.hop_ms)
        } else {
            Seconds::ZERO
        };
        Seconds::from_ms(self.bc.t0_ms) + us(layers * self.bc.per_layer_us) + moe + hops
    }

    /// Time to read `dense` + `expert` weight bytes once, split between devices and host.
    fn weight_read(&self, dense: Bytes, expert: Bytes) -> Seconds {
        let on_dev = 1.0 - self.offload_share;
        let dev = (dense + expert / self.cal.moe_expert) * on_dev / (self.bw_weights * self.tp);
        let host = (dense + expert) * self.offload_share / self.host_bw;
        dev + host
    }

    /// Time for the per-layer all-reduces of `tokens` tokens in tensor parallel: two per
    /// layer, each moving `(tp - 1) / tp` of the FP16 activations (ring all-reduce).
    fn allreduce(&self, tokens: f64) -> Seconds {
        if self.tp <= 1.0 {
            return Seconds::ZERO;
        }
        let i = &self.s.device.interconnect;
        let bytes = Bytes::new(
            f64::from(self.s.model.hidden) * 2.0 * tokens * 2.0 * (self.tp - 1.0) / self.tp,
        );
        let per_call = link_latency(i) + bytes / link_bandwidth(i);
        per_call * (2.0 * f64::from(self.s.model.layers))
    }

    /// Matrix throughput reached, all tensor-parallel devices together.
    fn peak(&self) -> FlopsPerSecond {
        let (p, _) = peak(&self.s.device, self.s.engine, self.s.backend);
        let eff = if self.s.quant.kernel == KernelClass::Float {
            self.bc.pp_eff_float
        } else {
            self.bc.pp_eff_quant
        };
        let memf = if self.s.device.memory_type == MemoryType::Hbm {
            self.cal.hbm_prefill
        } else {
            1.0
        };
        (p * (eff * memf * self.tp)).max(FlopsPerSecond::new(1.0))
    }
}

/// Time per decode step of `batch` sequences, each at KV depth `depth`.
pub fn decode_step(
    s: &Scenario,
    w: &WeightBytes,
    mem: &Memory,
    cal: &Calibration,
    depth: f64,
) -> Seconds {
    let c = Ctx::new(s, cal, mem);
    let batch = s.batch.max(1);
    let read = w.read_per_step(batch);
    let experts_read = read - w.dense_read;
    let weights = c.weight_read(w.dense_read, experts_read);
    let kv_fa = if s.flash_attention {
        1.0
    } else {
        c.bc.kv_no_fa
    };
    let kv =
        KvPerToken::of(&s.model, s.kv).at(depth) * (f64::from(batch) * kv_fa) / (c.bw_float * c.tp);
    let compute = Flops::new(2.0 * s.model.active_params * f64::from(batch)) / c.peak();
    c.fixed_per_token() + (weights + kv).max(compute) + c.allreduce(f64::from(batch))
}

/// Attention FLOPs for `p` new tokens at starting depth `d`: QK^T and AV, 2 FLOPs per
/// multiply-add each, over the keys each token sees (causal: `d + p/2` on average;
/// windowed layers see at most the window).
pub fn attention_flops(m: &ModelArch, p: f64, d: f64) -> Flops {
    let width = f64::from(m.heads) * f64::from(m.head_dim) * 4.0;
    let avg = d + p / 2.0;
    let layers = f64::from(m.layers);
    let seen = match m.attention {
        Attention::Sliding {
            window,
            local_layers,
        } => {
            let local = f64::from(local_layers.min(m.layers));
            (layers - local) * avg + local * avg.min(f64::from(window))
        }
        _ => layers * avg,
    };
    Flops::new(width * p * seen)
}

/// Time to process a prompt of `prompt` tokens starting at KV depth `depth`.
pub fn prefill_time(
    s: &Scenario,
    w: &WeightBytes,
    mem: &Memory,
    cal: &Calibration,
    prompt: f64,
    depth: f64,
) -> Seconds {
    let c = Ctx::new(s, cal, mem);
    let p = prompt.max(1.0);
    // Attention runs below matmul efficiency, and far below it without flash attention
    // (the unfused path writes and re-reads the score matrix).
    let attn_cost = c.cal.attention
        * if s.flash_attention {
            1.0
        } else {
            c.cal.attention_no_fa
        };
    let flops = Flops::new(2.0 * s.model.active_params * p)
        + attention_flops(&s.model, p, depth) * attn_cost;
    let ubatches = libm::ceil(p / UBATCH);
    // A micro-batch of hundreds of tokens touches nearly every expert.
    let reads = c.weight_read(w.dense_read, w.experts) * ubatches;
    let work = (flops / c.peak() + reads) / pipeline_speedup(s, p);
    work + c.allreduce(p) + c.fixed_per_token()
}

/// Logical batch llama.cpp hands the scheduler (`-b`, default 2048).
pub const NBATCH: f64 = 2048.0;

/// Layer split pipelines prefill: llama.cpp cuts each batch of up to [`NBATCH`] tokens
/// into [`UBATCH`]-token micro-batches that flow through the devices concurrently
/// (pipeline parallelism, llama.cpp PR #6017). With `m` micro-batches on `n` devices the
/// batch takes `m + n - 1` stage times of `1/n` of the work: speedup `n m / (m + n - 1)`.
pub fn pipeline_speedup(s: &Scenario, prompt: f64) -> f64 {
    if s.split != Split::Layer || s.count <= 1 || s.backend == Backend::Cpu {
        return 1.0;
    }
    let n = f64::from(s.count);
    let m = libm::ceil(prompt.min(NBATCH) / UBATCH).max(1.0);
    n * m / (m + n - 1.0)
}

/// Speed figures for a scenario.
pub fn speed(s: &Scenario, w: &WeightBytes, mem: &Memory, cal: &Calibration) -> Speed {
    let step = decode_step(s, w, mem, cal, f64::from(s.depth));
    let prefill = prefill_time(s, w, mem, cal, f64::from(s.prompt), 0.0);
    let decode = TokensPerSecond::per_token(step);
    Speed {
        decode,
        decode_aggregate: decode * f64::from(s.batch.max(1)),
        prefill: TokensPerSecond::new(f64::from(s.prompt.max(1)) / prefill.get()),
        time_to_first_token: prefill,
        tier: SpeedTier::of(decode),
    }
}
