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

use crate::calib::{BANDS, Band};
use crate::calib::{BackendCal, Calibration};
use crate::hardware::{DeviceKind, DeviceSpec, Interconnect, MemoryType, Vendor};
use crate::memory::{ExpertLayers, KvPerToken, Memory, WeightBytes};
use crate::model::{Attention, ModelArch};
use crate::quant::{KernelClass, KvType, QuantFormat};
use crate::scenario::{Backend, Engine, Scenario, Split};
use crate::units::{
    Bytes, BytesPerSecond, Flops, FlopsPerSecond, Seconds, SecondsPerByte, SecondsPerFlop,
    TokensPerSecond,
};

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
    /// Low end of the 80% band around `decode` (see [`band`]).
    pub decode_low: TokensPerSecond,
    /// High end of the 80% band around `decode`.
    pub decode_high: TokensPerSecond,
    /// Decode speed of all `batch` sequences together.
    pub decode_aggregate: TokensPerSecond,
    /// Prompt processing speed for the scenario's prompt, on top of `prefill_depth`.
    pub prefill: TokensPerSecond,
    /// Low end of the 80% band around `prefill`.
    pub prefill_low: TokensPerSecond,
    /// High end of the 80% band around `prefill`.
    pub prefill_high: TokensPerSecond,
    /// Time to first token for the scenario's prompt.
    pub time_to_first_token: Seconds,
    /// Experience tier of `decode`.
    pub tier: SpeedTier,
}

/// Xe-HPG's vector FP16 rate as a share of its XMX rate: per clock, each vector engine
/// does 32 FP16 operations and each XMX engine 128, sixteen of each per Xe-core (Intel's
/// architecture figures, cited with the Arc A770 in the catalog).
pub const XE_HPG_VECTOR: f64 = 0.25;

/// Peak matrix throughput the engine can use, and whether a catalog figure backs it.
///
/// The catalog's `fp16` is the dense FP16 tensor rate. On GeForce cards it is the
/// FP32-accumulate rate; llama.cpp's CUDA and Vulkan (coopmat) paths multiply with FP16
/// accumulate, which
/// those cards run at twice it (the calibration shows an RTX 3090 and an RTX A6000, the
/// same GA102 chip, reaching the same prefill speed). Quantized prefill is fitted against
/// the same peak (llama.cpp's MMQ kernels track it better than the INT8 figure).
/// A part whose datasheet gives only a lower-precision tensor rate (NVIDIA's GB10: FP4
/// only; AMD's MI350X: FP8 and FP4) runs FP16 at FP8 / 2, else FP4 / 4: the ratio of the
/// dense tensor rates on every catalog part that lists both (H100, H200, L4, L40S, RTX
/// 4090, RTX 6000 Ada, MI300X: FP8 = 2 x FP16; B200, GB200, RTX PRO 6000 Blackwell, RTX
/// 5090 at FP16 accumulate: FP4 = 4 x FP16).
/// Without any tensor figure, a bandwidth ratio stands in (Apple GPUs: about 34 FP32 FLOP
/// per byte across M1-M4, e.g. M2 Ultra 27.2 TFLOPS / 800 GB/s; other parts 100, a
/// discrete-GPU middle), flagged by a warning. Where the backend leaves the matrix units
/// idle for these weights ([`on_vector_units`]), the part runs at its vector rate.
pub fn peak(
    d: &DeviceSpec,
    engine: Engine,
    backend: Backend,
    format: QuantFormat,
) -> (FlopsPerSecond, bool) {
    let (p, known) = match d.fp16 {
        Some(f) => {
            let acc16 = d.fp16_is_fp32_accumulate
                && engine == Engine::LlamaCpp
                && matches!(backend, Backend::Cuda | Backend::Vulkan);
            (f * if acc16 { 2.0 } else { 1.0 }, true)
        }
        None => match (d.fp8, d.fp4) {
            (Some(f8), _) => (f8 * 0.5, true),
            (None, Some(f4)) => (f4 * 0.25, true),
            (None, None) => {
                let ratio = if d.vendor == Vendor::Apple {
                    34.0
                } else {
                    100.0
                };
                (FlopsPerSecond::new(d.bandwidth.get() * ratio), false)
            }
        },
    };
    if on_vector_units(d, engine, backend, format) {
        (p * XE_HPG_VECTOR, known)
    } else {
        (p, known)
    }
}

/// Whether the backend leaves an Intel part's matrix (XMX) units idle, so its matrix work
/// runs on the vector engines, a quarter of the XMX rate on Xe-HPG ([`XE_HPG_VECTOR`])
/// and on Xe2 (512 against 2,048 FP16 operations per clock):
/// - Vulkan uses cooperative matrices only on Xe2 parts and later: the catalog flags the
///   others (`vulkan_vector_only`).
/// - BF16 weights: llama.cpp's Vulkan backend multiplies BF16 on cooperative matrices
///   only where the driver has BF16 ones (`coopmat_bf16_support`, `ggml-vulkan.cpp`,
///   2026-08; Arc parts print `bf16: 0`), and its SYCL backend sends BF16 to XMX only
///   through oneDNN (`GGML_SYCL_DNNL`), else converting it to FP32. The Arc Pro B70
///   prefills Qwen3-4B BF16 at 1,432 (SYCL) and 1,072 (Vulkan) tokens/s against 3,280
///   and 2,390 at Q4_K_M (X26-BSD-017..023).
pub fn on_vector_units(
    d: &DeviceSpec,
    engine: Engine,
    backend: Backend,
    format: QuantFormat,
) -> bool {
    let bf16 =
        format == QuantFormat::Bf16 && engine == Engine::LlamaCpp && d.vendor == Vendor::Intel;
    match backend {
        Backend::Vulkan => d.vulkan_vector_only || bf16,
        Backend::Sycl => bf16,
        _ => false,
    }
}

/// The serving engines' low-precision matrix throughput, when the weights' format runs
/// on it and the device has it: FP8 checkpoints run FP8 GEMMs (W8A8), NVFP4 ones FP4
/// GEMMs, and MXFP4 experts run W4A8 (FP8 GEMMs) where the device has FP4 units
/// (Blackwell). Elsewhere the weights are widened to 16 bits for the multiply.
pub fn low_precision_peak(s: &Scenario) -> Option<FlopsPerSecond> {
    use crate::quant::QuantFormat;
    if !matches!(s.engine, Engine::Vllm | Engine::TensorRtLlm)
        || !matches!(s.backend, Backend::Cuda | Backend::Rocm)
    {
        return None;
    }
    let d = &s.device;
    match s.quant.format {
        QuantFormat::Fp8 => d.fp8,
        QuantFormat::Nvfp4 => d.fp4.or(d.fp8),
        QuantFormat::Mxfp4 if d.fp4.is_some() => d.fp8,
        _ => None,
    }
}

/// Whether the engine is one of the continuous-batching serving engines, whose kernels
/// the llama.cpp-era multipliers (HBM bandwidth and prefill) do not describe.
fn serving_engine(e: Engine) -> bool {
    matches!(e, Engine::Vllm | Engine::TensorRtLlm)
}

/// Per-direction bandwidth of the link used for tensor-parallel all-reduce: NVLink when
/// the part has it, else [`pcie_bandwidth`].
pub fn link_bandwidth(i: &Interconnect) -> BytesPerSecond {
    i.nvlink.unwrap_or_else(|| pcie_bandwidth(i))
}

/// Per-direction bandwidth of the card's PCIe link, the path of every copy between system
/// RAM and the card (NVLink joins cards to each other, not to the host): about 25 GB/s for
/// 4.0 x16 in practice (docs/ESTIMATION.md 2.3), halved per older generation, scaled by
/// lanes.
pub fn pcie_bandwidth(i: &Interconnect) -> BytesPerSecond {
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
pub(crate) struct Ctx<'a> {
    pub(crate) s: &'a Scenario,
    bc: &'a BackendCal,
    cal: &'a Calibration,
    /// Time per byte of the KV cache (float kernels' bandwidth, all tensor-parallel
    /// devices together). Reciprocals are taken once here: see
    /// [`SecondsPerByte`](crate::units::SecondsPerByte).
    float_pace: SecondsPerByte,
    /// Time per byte of weights (this quant's kernels, all tensor-parallel devices).
    weight_pace: SecondsPerByte,
    /// Time per F16 byte of a deep cache streamed by prefill's attention, per byte of the
    /// cache as stored ([`prefill_parts`]).
    stream_pace: SecondsPerByte,
    /// Devices splitting the work (1 for layer split).
    tp: f64,
    /// Share of weights living in host RAM.
    offload_share: f64,
    /// Time per byte of the weights in host RAM.
    host_pace: SecondsPerByte,
    /// MoE blocks whose experts live in system RAM (`--n-cpu-moe`).
    experts_on_host: u32,
    /// Share of the routed-expert bytes in system RAM.
    expert_host_share: f64,
    /// Time per FLOP of matrix work at the throughput reached ([`Ctx::matrix_peak`]).
    matrix_pace: SecondsPerFlop,
    /// Reading the weights once for one prefill micro-batch: the dense weights and the
    /// experts where they live, and the experts in system RAM copied to the GPU.
    ubatch_reads: Seconds,
    /// [`Ctx::fixed_per_token`], computed once.
    fixed: Seconds,
    /// KV-cache bytes per token of context.
    pub(crate) kv: KvPerToken,
    /// The model's attention factors.
    attention: AttentionShape,
    /// Times decode reads each cached byte when the attention kernel reads the cache once
    /// per query head (llama.cpp's CUDA vector kernel, Vulkan on Intel; 0: it does not):
    /// [`Ctx::per_query_head_reads`].
    head_reads: f64,
}

/// A time in microseconds.
fn us(x: f64) -> Seconds {
    Seconds::new(x * 1e-6)
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(
        s: &'a Scenario,
        cal: &'a Calibration,
        w: &WeightBytes,
        mem: &Memory,
    ) -> Self {
        Self::with_kv(s, cal, w, mem, KvPerToken::of(&s.model, s.kv))
    }

    /// [`Ctx::new`] with the model's cache per token already computed.
    pub(crate) fn with_kv(
        s: &'a Scenario,
        cal: &'a Calibration,
        w: &WeightBytes,
        mem: &Memory,
        kv: KvPerToken,
    ) -> Self {
        let (bc, _) = cal.for_pair(s.engine, s.backend, s.device.vendor);
        let memf = match s.device.memory_type {
            _ if serving_engine(s.engine) => 1.0,
            MemoryType::Hbm => cal.hbm,
            MemoryType::Lpddr => cal.lpddr,
            _ => 1.0,
        };
        let bw = s.device.bandwidth;
        let tp = if s.split == Split::Tensor {
            f64::from(s.count.max(1))
        } else {
            1.0
        };
        // Nothing offloaded (the usual case) needs no division.
        let offload_share = if mem.offloaded.get() > 0.0 && mem.weights.get() > 0.0 {
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
        let offload_share = if cpu_only { 1.0 } else { offload_share };
        let float_pace = (bw * (bc.eff(KernelClass::Float) * memf * tp)).pace();
        let layout = ExpertLayers::of(&s.model, w);
        let experts_on_host = if cpu_only {
            0
        } else {
            layout.moe_in_first(s.n_cpu_moe)
        };
        let mut c = Ctx {
            matrix_pace: SecondsPerFlop::default(),
            ubatch_reads: Seconds::ZERO,
            fixed: Seconds::ZERO,
            experts_on_host,
            expert_host_share: if experts_on_host > 0 {
                f64::from(experts_on_host) / f64::from(layout.moe.max(1))
            } else {
                0.0
            },
            s,
            bc,
            cal,
            float_pace,
            weight_pace: (bw * (bc.eff(s.quant.kernel) * memf * tp)).pace(),
            stream_pace: float_pace * (2.0 * cal.attention_reads / s.kv.bytes_per_element()),
            tp,
            offload_share,
            // Unused (and not divided for) when nothing lives in system RAM.
            host_pace: if offload_share > 0.0 || experts_on_host > 0 {
                host_bw.max(BytesPerSecond::new(1.0)).pace()
            } else {
                SecondsPerByte::default()
            },
            kv,
            attention: AttentionShape::of(&s.model),
            head_reads: Self::per_query_head_reads(s),
        };
        c.matrix_pace = c.matrix_peak().pace();
        c.fixed = c.fixed_costs();
        c.ubatch_reads = c.prefill_reads(w);
        c
    }

    fn fixed_per_token(&self) -> Seconds {
        self.fixed
    }

    /// llama.cpp's CUDA flash attention decodes a quantized cache (one query row, heads of
    /// 64 to 256 dimensions in steps of 64) in its vector kernel, which works one query
    /// head per thread block: the cache is read once per query head, not once per KV head
    /// as the matrix kernel that an F16 cache takes packs them (`ggml-cuda/fattn.cu`,
    /// kernel selection, 2026-08; MLA's 576-wide heads take the matrix kernel). Two rows
    /// measure it: GLM-4.5-Air (12 query heads per KV head) on RTX A6000s decodes at half
    /// its F16-cache speed with a q8_0 cache at 32k and 98k tokens.
    ///
    /// llama.cpp's Vulkan flash attention on Intel GPUs runs its scalar path with subgroup
    /// operations turned off ("performance issues when enforcing subgroup sizes",
    /// `ggml-vulkan.cpp`, `get_fa_tuning_params_scalar`, b9039 and 2026-08), and its decode
    /// time at depth grows with the query heads, not the KV heads: on the Arc Pro B70 at
    /// 16k tokens, five models with 1 to 16 query heads per KV head all cost what reading
    /// the cache once per query head would (X26-B70-008..048), while the same card's SYCL
    /// rows read it once. The query heads per KV head, or 0 when neither kernel runs.
    fn per_query_head_reads(s: &Scenario) -> f64 {
        let m = &s.model;
        let llama_fa = s.engine == Engine::LlamaCpp && s.flash_attention;
        let cuda_vector = s.backend == Backend::Cuda
            && s.kv != KvType::F16
            && !matches!(m.attention, Attention::Mla { .. })
            && m.head_dim.is_multiple_of(64)
            && m.head_dim <= 256;
        let intel_vulkan = s.backend == Backend::Vulkan && s.device.vendor == Vendor::Intel;
        if llama_fa && (cuda_vector || intel_vulkan) {
            f64::from(m.heads / m.kv_heads.max(1))
        } else {
            0.0
        }
    }

    /// [`Ctx::ubatch_reads`], computed. A micro-batch of hundreds of tokens touches
    /// nearly every expert. Experts in system RAM are copied to the GPU for each
    /// micro-batch (llama.cpp's op offload); the rest are read where they are, like the
    /// dense weights (a plain layer offload splits both).
    fn prefill_reads(&self, w: &WeightBytes) -> Seconds {
        let host = w.experts * self.expert_host_share;
        let copy = if host.get() > 0.0 {
            host / (pcie_bandwidth(&self.s.device.interconnect) * self.cal.pcie_eff)
        } else {
            Seconds::ZERO
        };
        self.weight_read(w.dense_read + (w.experts - host), Bytes::ZERO) + copy
    }

    /// Per-token fixed costs: launches per layer, MoE routing and experts, hops between
    /// devices, experts in system RAM, recurrent state.
    fn fixed_costs(&self) -> Seconds {
        let m = &self.s.model;
        let layers = f64::from(m.layers);
        let moe = match m.moe {
            Some(e) => {
                // Routing and the expert dispatch run in the MoE layers only (Llama 4
                // interleaves dense ones; DeepSeek leads with three).
                let moe_layers = f64::from(m.layers - e.dense_layers.min(m.layers));
                // Shared experts run as one more feed-forward block beside the routed
                // ones (one dispatch whatever their count).
                let blocks = e.active + u32::from(e.shared > 0);
                us(moe_layers * self.bc.moe_layer_us
                    + moe_layers * f64::from(blocks) * self.bc.expert_us)
            }
            None => Seconds::ZERO,
        };
        let hops = if self.s.split == Split::Layer && self.s.backend != Backend::Cpu {
            Seconds::from_ms(f64::from(self.s.count.max(1) - 1) * self.cal.hop_ms)
        } else {
            Seconds::ZERO
        };
        let offload = us(f64::from(self.experts_on_host) * self.cal.offload_layer_us);
        let recurrent = us(f64::from(m.small_kernel_layers()) * self.bc.recurrent_us);
        let hbm_layer =
            if self.s.device.memory_type == MemoryType::Hbm && !serving_engine(self.s.engine) {
                self.cal.hbm_layer_us
            } else {
                0.0
            };
        Seconds::from_ms(self.bc.t0_ms)
            + us(layers * (self.bc.per_layer_us + hbm_layer))
            + moe
            + hops
            + offload
            + recurrent
    }

    /// Time to read `dense` + `expert` weight bytes once, split between devices and host:
    /// experts placed in system RAM by `--n-cpu-moe` are read there by the CPU, and a
    /// plain layer offload moves its share of both.
    fn weight_read(&self, dense: Bytes, expert: Bytes) -> Seconds {
        let on_dev = 1.0 - self.offload_share;
        let ex_dev = expert * (1.0 - self.expert_host_share);
        let ex_host = expert * self.expert_host_share;
        // What a plain layer offload splits: the dense weights and the experts left on
        // the devices.
        let split = dense + ex_dev;
        let dev = split * on_dev * self.weight_pace;
        let host = (split * self.offload_share + ex_host) * self.host_pace;
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
        per_call * (2.0 * f64::from(self.s.model.layers) * self.bc.allreduce)
    }

    /// Matrix throughput reached, all tensor-parallel devices together.
    fn matrix_peak(&self) -> FlopsPerSecond {
        let s = self.s;
        let (p, _) = peak(&s.device, s.engine, s.backend, s.quant.format);
        let p = low_precision_peak(self.s).unwrap_or(p);
        let eff = if self.s.quant.kernel == KernelClass::Float {
            self.bc.pp_eff_float
        } else {
            self.bc.pp_eff_quant
        };
        let memf = if self.s.device.memory_type == MemoryType::Hbm && !serving_engine(self.s.engine)
        {
            self.cal.hbm_prefill
        } else {
            1.0
        };
        // A card whose datasheet peak needs more power than its board limit cannot hold
        // the boost clock under sustained matrix work (H100 PCIe: 756 TFLOPS at 350 W).
        let p = match self.s.device.tdp {
            Some(w) if !serving_engine(self.s.engine) => p.min(FlopsPerSecond::new(
                w.get() * self.cal.flops_per_watt * 1e12,
            )),
            _ => p,
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
    decode_with(&Ctx::new(s, cal, w, mem), w, depth)
}

/// [`decode_step`] with the shared pieces already computed.
fn decode_with(c: &Ctx, w: &WeightBytes, depth: f64) -> Seconds {
    decode_batch(c, w, depth, c.s.batch, 1.0)
}

/// One decode step of `batch` sequences at KV depth `depth`, each checking `tokens`
/// tokens (1, or 1 + drafted tokens when a speculative step is verified): the weights
/// and each sequence's cache are read once; the matrix and attention work grows with
/// `tokens`.
pub(crate) fn decode_batch(
    c: &Ctx,
    w: &WeightBytes,
    depth: f64,
    batch: u32,
    tokens: f64,
) -> Seconds {
    Step::of(c, w, depth).at(batch, tokens)
}

/// The terms of a decode step at one depth, each a time per sequence, per row or per
/// step, so that the step of any batch is a few multiplications
/// ([`crate::serving`] asks for many).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Step {
    /// Per-token fixed costs (launches, MoE routing, hops, recurrent state).
    fixed: Seconds,
    /// Reading the dense weights once.
    dense: Seconds,
    /// Reading every routed expert once.
    experts: Seconds,
    /// Share of the routed experts one token touches.
    expert_share: f64,
    /// Reading one sequence's KV cache.
    kv: Seconds,
    /// Matrix work of one row (one token of one sequence).
    compute: Seconds,
    /// Attention over the cache, one row.
    attention: Seconds,
    /// Tensor-parallel all-reduces: per step and per row.
    allreduce: (Seconds, Seconds),
    /// The engine's bookkeeping per running sequence.
    per_seq: Seconds,
}

impl Step {
    /// The terms for `c` at KV depth `depth`.
    pub(crate) fn of(c: &Ctx, w: &WeightBytes, depth: f64) -> Self {
        let s = c.s;
        let (a1, a2) = (c.allreduce(1.0), c.allreduce(2.0));
        Step {
            fixed: c.fixed_per_token(),
            dense: c.weight_read(w.dense_read, Bytes::ZERO),
            experts: c.weight_read(Bytes::ZERO, w.experts),
            expert_share: w.expert_share,
            kv: Seconds::ZERO,
            // Routed-expert matmuls run on each expert's share of the batch, as in prefill
            // (at the MoE efficiency's asymptote: a compute-bound batch is large).
            compute: Flops::new(2.0 * matmul_params(s, w, c.bc.pp_eff_moe)) * c.matrix_pace,
            attention: Seconds::ZERO,
            allreduce: (a1 - (a2 - a1), a2 - a1),
            per_seq: us(c.bc.per_seq_us),
        }
        .at_depth(c, depth)
    }

    /// The same step at another KV depth: only the cache reads and attention change.
    /// Attention over the cache is compute beside its reads, and the longer of the two
    /// counts ([`Step::at`]; MLA's latent attention and many query heads make the compute
    /// the longer at depth).
    pub(crate) fn at_depth(&self, c: &Ctx, depth: f64) -> Self {
        let s = c.s;
        let kv_fa = if s.fused_attention() {
            c.bc.kv_fa
        } else {
            c.bc.kv_fa * c.bc.kv_no_fa
        };
        if c.head_reads > 0.0 {
            // Such a kernel's time is its reads, the cache once per query head (the
            // recurrent state, held once, read once).
            let cache = c.kv.read_at(depth) - Bytes::new(c.kv.fixed);
            return Step {
                kv: (cache * c.head_reads + Bytes::new(c.kv.fixed)) * kv_fa * c.float_pace,
                attention: Seconds::ZERO,
                ..*self
            };
        }
        Step {
            kv: c.kv.read_at(depth) * kv_fa * c.float_pace,
            attention: c.attention.flops(1.0, depth) * c.bc.attention_decode * c.matrix_pace,
            ..*self
        }
    }

    /// The step of `batch` sequences, `tokens` rows each. The weight matmuls take the
    /// longer of reading the weights and their matrix work; the attention kernels run
    /// after them and read every sequence's cache, which no matmul hides. A sequence's
    /// attention kernel, too, takes the longer of reading its cache and its compute: the
    /// reads and the dot products overlap in one fused kernel.
    pub(crate) fn at(&self, batch: u32, tokens: f64) -> Seconds {
        let batch = batch.max(1);
        let b = f64::from(batch);
        let rows = b * tokens;
        let touched = if self.expert_share > 0.0 {
            1.0 - crate::memory::powi(1.0 - self.expert_share, batch)
        } else {
            0.0
        };
        let weights = self.dense + self.experts * touched;
        let allreduce = if self.allreduce.1.get() > 0.0 {
            self.allreduce.0 + self.allreduce.1 * rows
        } else {
            Seconds::ZERO
        };
        self.fixed
            + weights.max(self.compute * rows)
            + self.kv.max(self.attention * tokens) * b
            + allreduce
            + self.per_seq * b
    }
}

/// Attention FLOPs for `p` new tokens at starting depth `d`: QK^T and AV, 2 FLOPs per
/// multiply-add each, over the keys each token sees (causal: `d + p/2` on average;
/// windowed layers see at most the window). MLA runs in the latent space (llama.cpp
/// keeps only the latent cache and absorbs the up-projections): QK^T over
/// `kv_lora_rank + rope_dim` and AV over `kv_lora_rank` per head, 3.4x DeepSeek's
/// uncompressed 192 + 128.
pub fn attention_flops(m: &ModelArch, p: f64, d: f64) -> Flops {
    AttentionShape::of(m).flops(p, d)
}

/// The model's factors of [`attention_flops`], computed once per estimate (an estimate
/// asks for attention at four depths).
#[derive(Clone, Copy, Debug)]
pub(crate) struct AttentionShape {
    /// FLOPs per token per key seen, per layer: heads x (QK^T + AV) x 2.
    width: f64,
    /// Layers attending over every key (in layers of `width`: wider global heads count
    /// as more layers).
    full: f64,
    /// Layers attending over at most `window` keys.
    local: f64,
    /// Their window, tokens.
    window: f64,
}

impl AttentionShape {
    /// The factors of `m`.
    pub(crate) fn of(m: &ModelArch) -> Self {
        let per_head = match m.attention {
            Attention::Mla {
                kv_lora_rank,
                rope_dim,
            } => f64::from(2 * kv_lora_rank + rope_dim),
            _ => f64::from(m.head_dim) * 2.0,
        };
        let layers = f64::from(m.layers);
        let (full, local, window) = match m.attention {
            Attention::Sliding {
                window,
                local_layers,
                ..
            } => {
                let local = f64::from(local_layers.min(m.layers));
                // Wider heads on the global layers (Gemma 4) count as more of them.
                let (_, ghd) = m.attention.global_shape(m.kv_heads, m.head_dim);
                let wider = f64::from(ghd) / f64::from(m.head_dim.max(1));
                ((layers - local) * wider, local, f64::from(window))
            }
            a => (f64::from(a.attending_layers(m.layers)), 0.0, 0.0),
        };
        AttentionShape {
            width: f64::from(m.heads) * per_head * 2.0,
            full,
            local,
            window,
        }
    }

    /// [`attention_flops`] of `p` new tokens at depth `d`.
    pub(crate) fn flops(&self, p: f64, d: f64) -> Flops {
        let avg = d + p / 2.0;
        let seen = self.full * avg + self.local * avg.min(self.window);
        Flops::new(self.width * p * seen)
    }
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
    prefill_with(&Ctx::new(s, cal, w, mem), w, prompt, depth)
}

/// [`prefill_time`] with the shared pieces already computed.
pub(crate) fn prefill_with(c: &Ctx, w: &WeightBytes, prompt: f64, depth: f64) -> Seconds {
    prefill_parts(c, w, prompt, depth).0
}

/// Prefill of `prompt` tokens at `depth`: alone ([`prefill_with`]), and the device time it
/// adds when it rides in steps the engine runs anyway (continuous batching with chunked
/// prefill: its matrix and attention work only, since the weights are read and the step's
/// fixed costs paid for the batch), from one computation of its work.
pub(crate) fn prefill_parts(
    c: &Ctx,
    w: &WeightBytes,
    prompt: f64,
    depth: f64,
) -> (Seconds, Seconds) {
    let s = c.s;
    let p = prompt.max(1.0);
    let attention = c.attention.flops(p, depth);
    let flops = prefill_flops(c, w, p, attention);
    // The weights are read once per micro-batch ([`Ctx::ubatch_reads`]).
    let ub = ubatch(s);
    let ubatches = if p <= ub {
        1.0
    } else {
        crate::memory::ceil(p / ub)
    };
    let reads = c.ubatch_reads * ubatches;
    // The devices of a layer split overlap micro-batches only in part (transfers and
    // synchronisation between stages): a fitted share of the ideal pipeline speed-up.
    // llama.cpp pipelines only with every layer on the GPUs and no tensor override, which
    // `--cpu-moe` and `--n-cpu-moe` are (`pipeline_parallel` in `src/llama-context.cpp`
    // requires `!model.has_tensor_overrides()`).
    let ideal = if c.offload_share > 0.0 || s.n_cpu_moe > 0 {
        1.0
    } else {
        pipeline_speedup(s, p)
    };
    let pipe = 1.0 + (ideal - 1.0) * c.cal.pipeline_eff;
    // Flash attention streams the cached keys and values once per tile of queries, for
    // every query head sharing them, so the attention over a deep cache also reads memory.
    // As F16 whatever the cache's type: llama.cpp's CUDA kernels convert a quantized
    // cache to F16 before the tiles read it (`stream_pace` holds that conversion).
    let cached = c.kv.read_at(depth + p / 2.0).get() - c.kv.fixed;
    let kv_stream = Bytes::new(cached * p) * c.stream_pace;
    // Linear-attention and state-space layers (not short convolutions) add a cost per
    // prompt token.
    let recurrent = us(p * f64::from(s.model.scan_layers()) * c.bc.recurrent_prefill_us);
    let matrix = flops * c.matrix_pace + kv_stream + recurrent;
    let allreduce = c.allreduce(p);
    // Without a pipeline (`pipe` exactly 1) the division changes nothing and is skipped.
    let work = if ideal > 1.0 {
        (matrix + reads) / pipe
    } else {
        matrix + reads
    };
    (work + allreduce + c.fixed_per_token(), matrix + allreduce)
}

/// The matrix and attention work of prefilling `p` tokens whose attention takes
/// `attention` FLOPs ([`attention_flops`]), in efficiency-weighted FLOPs (divide by the
/// peak for time).
fn prefill_flops(c: &Ctx, w: &WeightBytes, p: f64, attention: Flops) -> Flops {
    let s = c.s;
    // Attention runs below matmul efficiency, and far below it without flash attention
    // (the unfused path writes and re-reads the score matrix).
    let attn_cost = c.bc.attention
        * if s.fused_attention() {
            1.0
        } else {
            c.cal.attention_no_fa
        };
    // Routed-expert matmuls run on each expert's share of the micro-batch: `m` rows of
    // the engine's step (llama.cpp's micro-batch, mlx-lm's prefill step, a serving
    // engine's token budget), at `m / (m + m0)` of the MoE efficiency, and at `f / (f +
    // n0)` of it for an expert `f` wide (narrow experts' GEMMs pay more per tile).
    let eff = match s.model.moe {
        Some(moe) if moe.experts > 0 && c.cal.moe_m0 > 0.0 => {
            let step = match s.engine {
                Engine::LlamaCpp | Engine::ExLlamaV2 => ubatch(s),
                Engine::Mlx => MLX_PREFILL_STEP,
                Engine::Vllm | Engine::TensorRtLlm => SERVING_TOKEN_BUDGET,
            };
            // `expert_share` is `active / experts`, divided once in `weight_bytes`.
            let m = p.min(step) * w.expert_share;
            let f = f64::from(moe.expert_ffn);
            // One division for both factors.
            c.bc.pp_eff_moe * (m * f) / ((m + c.cal.moe_m0) * (f + c.cal.moe_n0))
        }
        _ => c.bc.pp_eff_moe,
    };
    Flops::new(2.0 * matmul_params(s, w, eff) * p) + attention * attn_cost
}

/// Parameters one token multiplies in the weight matmuls, the routed experts' counted at
/// `1 / moe_eff` (each expert multiplies only its share of the rows, below the dense rate).
/// A per-layer input table (Gemma 3n, Gemma 4's E models) is looked up, not multiplied.
fn matmul_params(s: &Scenario, w: &WeightBytes, moe_eff: f64) -> f64 {
    let routed = w.routed_active_params;
    let m = &s.model;
    let dense = m.active_params - routed;
    // At most the dense share: a hand-built model may state fewer parameters than its table.
    let lookup = if m.per_layer_input > 0 {
        m.per_layer_table().min(dense.max(0.0))
    } else {
        0.0
    };
    dense - lookup + routed / moe_eff.max(1e-6)
}

/// The scenario's micro-batch, tokens (at least one).
fn ubatch(s: &Scenario) -> f64 {
    f64::from(s.ubatch.max(1))
}

/// Tokens mlx-lm prefills per step (`prefill_step_size`, default 2048).
pub const MLX_PREFILL_STEP: f64 = 2048.0;

/// Tokens a serving engine schedules per step: TensorRT-LLM's default `max_num_tokens`
/// (8192). vLLM's default `max_num_batched_tokens` varies with its version and the GPU;
/// the same 8192 is assumed for it.
pub const SERVING_TOKEN_BUDGET: f64 = 8192.0;

/// Logical batch llama.cpp hands the scheduler (`-b`, default 2048).
pub const NBATCH: f64 = 2048.0;

/// Layer split pipelines prefill: llama.cpp cuts each batch of up to [`NBATCH`] tokens
/// into micro-batches of [`Scenario::ubatch`] tokens (a batch holds at least one) that flow
/// through the devices concurrently
/// (pipeline parallelism, llama.cpp PR #6017). With `m` micro-batches on `n` devices the
/// batch takes `m + n - 1` stage times of `1/n` of the work: speedup `n m / (m + n - 1)`.
/// Whether llama.cpp pipelines at all is decided where prefill is timed (`prefill_parts`).
pub fn pipeline_speedup(s: &Scenario, prompt: f64) -> f64 {
    if s.split != Split::Layer || s.count <= 1 || s.backend == Backend::Cpu {
        return 1.0;
    }
    let n = f64::from(s.count);
    let ub = ubatch(s);
    let m = crate::memory::ceil(prompt.min(NBATCH.max(ub)) / ub).max(1.0);
    n * m / (m + n - 1.0)
}

/// Speed figures for a scenario.
pub fn speed(s: &Scenario, w: &WeightBytes, mem: &Memory, cal: &Calibration) -> Speed {
    speed_with(&Ctx::new(s, cal, w, mem), w, mem).0
}

/// [`speed`] with the shared pieces already computed (one context for both phases and
/// for serving).
pub(crate) fn speed_with(c: &Ctx, w: &WeightBytes, mem: &Memory) -> (Speed, Step) {
    let (s, cal) = (c.s, c.cal);
    let terms = Step::of(c, w, f64::from(s.depth));
    let step = terms.at(s.batch, 1.0);
    let ttft = prefill_with(c, w, f64::from(s.prompt), f64::from(s.prefill_depth));
    let decode = TokensPerSecond::per_token(step);
    let prefill = TokensPerSecond::new(f64::from(s.prompt.max(1)) / ttft.get());
    let (_, calibrated) = cal.for_pair(s.engine, s.backend, s.device.vendor);
    let db = shown_band(s, mem, Phase::Decode, calibrated);
    let pb = shown_band(s, mem, Phase::Prefill, calibrated);
    let speed = Speed {
        decode,
        decode_low: decode * db.lo,
        decode_high: decode * db.hi,
        decode_aggregate: decode * f64::from(s.batch.max(1)),
        prefill,
        prefill_low: prefill * pb.lo,
        prefill_high: prefill * pb.hi,
        time_to_first_token: ttft,
        tier: SpeedTier::of(decode),
    };
    (speed, terms)
}

/// Decode or prefill, for slicing the error bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Generating tokens one at a time.
    Decode,
    /// Processing a prompt.
    Prefill,
}

/// Depth from which a row counts as long-context in the band slices, tokens.
pub const LONG_DEPTH: f64 = 16_384.0;

/// Depths over which a shown band moves from its short-context slice's to its long one's,
/// tokens: all short up to the first, all long from the second, linear between, so a
/// depth chart's band does not step at [`LONG_DEPTH`].
pub const BAND_BLEND: (f64, f64) = (8_192.0, 32_768.0);

/// The slice of the error bands a scenario falls in: phase, then dense / MoE / weights
/// partly in system RAM, then short or long context (decode: `depth`; prefill:
/// `prefill_depth`). An index into [`BANDS`]; the rows of the calibration set are
/// binned by it.
pub fn slice(s: &Scenario, mem: &Memory, phase: Phase) -> usize {
    let (short, _) = band_position(s, mem, phase);
    short + usize::from(context_depth(s, phase) >= LONG_DEPTH)
}

/// Where a scenario's shown band lies: its short-context slice (the long one is the next)
/// and the long one's weight over [`BAND_BLEND`].
pub fn band_position(s: &Scenario, mem: &Memory, phase: Phase) -> (usize, f64) {
    let kind = if mem.offloaded.get() > 0.0 || mem.expert_offload.get() > 0.0 {
        2
    } else if s.model.moe.is_some() {
        1
    } else {
        0
    };
    let (a, b) = BAND_BLEND;
    // Not `clamp`: its panic path would cost the page 41 bytes.
    let t = (context_depth(s, phase) - a).max(0.0) / (b - a);
    let t = t.min(1.0);
    (usize::from(phase == Phase::Prefill) * 6 + kind * 2, t)
}

/// The tokens already in the cache that a phase's band is sliced by.
fn context_depth(s: &Scenario, phase: Phase) -> f64 {
    f64::from(match phase {
        Phase::Decode => s.depth,
        Phase::Prefill => s.prefill_depth,
    })
}

/// The band shown for a phase: its slices' bands blended by [`band_position`].
fn shown_band(s: &Scenario, mem: &Memory, phase: Phase, calibrated: bool) -> Band {
    let (i, t) = band_position(s, mem, phase);
    let [measured, unmeasured] = &BLENDED;
    let table = if calibrated { measured } else { unmeasured };
    match (table.get(i), table.get(i + 1)) {
        (Some(a), Some(b)) => mix(*a, *b, t),
        // Past the table (band_position never gives it): the slice's own band.
        _ => band(i, calibrated),
    }
}

/// `a`'s sides moved towards `b`'s by `t` (0 gives `a`'s, 1 gives `b`'s); the rows stay
/// `a`'s.
pub fn mix(a: Band, b: Band, t: f64) -> Band {
    Band {
        lo: a.lo + (b.lo - a.lo) * t,
        hi: a.hi + (b.hi - a.hi) * t,
        rows: a.rows,
    }
}

/// Rows below which a slice's band is widened towards the widest band.
pub const THIN_SLICE: u32 = 30;

/// The 80% band of a slice: its cross-validated percentiles, widened when fewer than
/// [`THIN_SLICE`] rows back it (blended with the widest band of the same phase), and
/// widened again (the log-width doubled) when the engine and backend have no
/// calibration rows at all.
pub fn band(i: usize, calibrated: bool) -> Band {
    // Read from a table the compiler fills: the blend runs at build time, not in every
    // estimate.
    match BLENDED.get(usize::from(!calibrated)).and_then(|t| t.get(i)) {
        Some(b) => *b,
        None => band_from(&BANDS, i, calibrated),
    }
}

/// [`band_from`] over [`BANDS`] for every slice, calibrated (`[0]`) and not (`[1]`).
// Evaluated by the compiler: an index out of range here fails the build, not an estimate.
#[allow(clippy::indexing_slicing)]
const BLENDED: [[Band; BANDS.len()]; 2] = {
    let mut t = [[Band {
        lo: 1.0,
        hi: 1.0,
        rows: 0,
    }; BANDS.len()]; 2];
    let mut i = 0;
    while i < BANDS.len() {
        t[0][i] = band_from(&BANDS, i, true);
        t[1][i] = band_from(&BANDS, i, false);
        i += 1;
    }
    t
};

/// [`band`] over another table (cross-validation builds tables without a device).
pub const fn band_from(table: &[Band], i: usize, calibrated: bool) -> Band {
    // Slices 0..6 are decode, 6.. prefill: the widest band of the same phase, and the
    // slice's own (a wide default past the table's end).
    let (mut wlo, mut whi) = (1.0_f64, 1.0_f64);
    let mut b = Band {
        lo: 0.5,
        hi: 2.0,
        rows: 0,
    };
    let mut rest = table;
    let mut j = 0;
    while let [x, tail @ ..] = rest {
        if (j < 6) == (i < 6) {
            if x.lo < wlo {
                wlo = x.lo;
            }
            if x.hi > whi {
                whi = x.hi;
            }
        }
        if j == i {
            b = *x;
        }
        rest = tail;
        j += 1;
    }
    let t = {
        let t = b.rows as f64 / THIN_SLICE as f64;
        if t < 1.0 { t } else { 1.0 }
    };
    // A straight blend of the two ratios (no transcendental function: this runs in the
    // page, where `pow` would cost 1 KB).
    let mut lo = t * b.lo + (1.0 - t) * wlo;
    let mut hi = t * b.hi + (1.0 - t) * whi;
    if !calibrated {
        lo *= lo;
        hi *= hi;
    }
    Band {
        lo: if lo < 1.0 { lo } else { 1.0 },
        hi: if hi > 1.0 { hi } else { 1.0 },
        rows: b.rows,
    }
}
