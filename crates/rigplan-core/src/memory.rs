//! Memory: weights from the per-tensor quant mix, KV cache, compute buffer, overhead,
//! usable memory and the three-way verdict.

use crate::hardware::{DeviceKind, DeviceSpec, Host, MemoryRule};
use crate::model::{Attention, ModelArch};
use crate::quant::{KernelClass, KvType, QuantScheme};
use crate::scenario::{Backend, Engine, Scenario};
use crate::units::Bytes;

/// Parameter counts of a model split by tensor class (see [`QuantScheme`]).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct TensorClasses {
    /// Token embedding table.
    pub embed: f64,
    /// Output head (0 when tied).
    pub output: f64,
    /// All `attn_v` tensors.
    pub attn_v: f64,
    /// Dense and shared-expert `ffn_down`.
    pub ffn_down: f64,
    /// Routed experts' gate + up.
    pub expert: f64,
    /// Routed experts' down.
    pub expert_down: f64,
    /// Per-layer input embeddings (Gemma 3n): `vocab x layers x per_layer_input`, of
    /// which a token reads one row.
    pub per_layer: f64,
    /// Everything else (attention Q/K/O, dense gate/up, norms, router).
    pub rest: f64,
}

/// The dimensions of multi-head latent attention that only the parameter count needs
/// (the cache needs `kv_lora_rank` and the rope width, which [`Attention::Mla`] carries).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MlaDims {
    /// `qk_nope_head_dim`.
    pub nope_dim: u32,
    /// `v_head_dim`.
    pub v_dim: u32,
    /// `q_lora_rank` (0: queries are not compressed).
    pub q_lora_rank: u32,
}

impl MlaDims {
    /// DeepSeek-V2/V3's widths (128, 128, no query compression), for a config that does
    /// not state them.
    pub const DEFAULT: MlaDims = MlaDims {
        nope_dim: 128,
        v_dim: 128,
        q_lora_rank: 0,
    };
}

impl TensorClasses {
    /// Every class computed from the dimensions alone: the embedding (`vocab x hidden`,
    /// twice when the head is not tied), attention (Q, K, V, O; MLA's compressed
    /// projections), the FFN (gate, up and down of `ffn` wide in dense layers; of
    /// `expert_ffn` per routed and shared expert, plus the router, in MoE layers) and the
    /// norms (two per layer and a final one).
    ///
    /// Inlined natively, where [`TensorClasses::of`] can drop the `rest` it replaces
    /// (the sweep benchmark: 5.18 -> 5.24 million estimates/s, 2026-12-05); not in wasm,
    /// where the second copy would cost download bytes.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn from_dims(arch: &ModelArch, mla: MlaDims) -> Self {
        let h = f64::from(arch.hidden);
        let layers = f64::from(arch.layers);
        let heads = f64::from(arch.heads);
        let embed = f64::from(arch.vocab) * h;
        let output = if arch.tied_embeddings { 0.0 } else { embed };
        let (attn_v, attn_rest) = match arch.attention {
            Attention::Mla {
                kv_lora_rank,
                rope_dim,
            } => {
                let (nope, v, rope) = (
                    f64::from(mla.nope_dim),
                    f64::from(mla.v_dim),
                    f64::from(rope_dim),
                );
                let qk = nope + rope;
                let q = match f64::from(mla.q_lora_rank) {
                    r if r > 0.0 => h * r + r * heads * qk,
                    _ => h * heads * qk,
                };
                let kvl = f64::from(kv_lora_rank);
                // MLA has no plain attn_v tensor: its V comes out of the latent.
                (
                    0.0,
                    q + h * (kvl + rope) + kvl * heads * (nope + v) + heads * v * h,
                )
            }
            a => {
                // Hybrids: the recurrent layers' projections are left to `rest`.
                let share = f64::from(a.attending_layers(arch.layers)) / layers.max(1.0);
                let (kvh, hd) = (f64::from(arch.kv_heads), f64::from(arch.head_dim));
                let mut kv = h * kvh * hd * share;
                let mut qo = 2.0 * h * heads * hd * share;
                // Gemma 4's global layers have their own head width and KV heads (their V
                // weights, absent with `attention_k_eq_v`, are counted: 0.4% of its 31B).
                if let Attention::Sliding {
                    local_layers,
                    global_kv_heads,
                    global_head_dim,
                    ..
                } = a
                    && (global_kv_heads | global_head_dim) != 0
                {
                    let (gkv, ghd) = a.global_shape(arch.kv_heads, arch.head_dim);
                    let g = (layers - f64::from(local_layers.min(arch.layers))) / layers.max(1.0);
                    kv += h * g * (f64::from(gkv) * f64::from(ghd) - kvh * hd);
                    qo += 2.0 * h * heads * g * (f64::from(ghd) - hd);
                }
                (kv, qo + kv)
            }
        };
        let dense_one = f64::from(arch.ffn) * h;
        let (dense_layers, expert_down, shared_down, router) = match arch.moe {
            Some(m) => {
                let dense = f64::from(m.dense_layers.min(arch.layers));
                let moe = layers - dense;
                let one = f64::from(m.expert_ffn) * h;
                (
                    dense,
                    moe * f64::from(m.experts) * one,
                    moe * f64::from(m.shared) * one,
                    moe * h * f64::from(m.experts),
                )
            }
            None => (layers, 0.0, 0.0, 0.0),
        };
        let norms = layers * 2.0 * h + h;
        Self {
            embed,
            output,
            per_layer: arch.per_layer_table(),
            attn_v: layers * attn_v,
            ffn_down: dense_layers * dense_one + shared_down,
            expert: 2.0 * expert_down,
            expert_down,
            rest: layers * attn_rest
                + 2.0 * (dense_layers * dense_one + shared_down)
                + router
                + norms,
        }
    }

    /// Splits `arch.params` by class. The cited total is the truth: the classes the
    /// quantization treats apart come from the dimensions ([`TensorClasses::from_dims`]),
    /// and `rest` is what remains of the total (never negative).
    pub fn of(arch: &ModelArch) -> Self {
        let mut c = Self::from_dims(arch, MlaDims::DEFAULT);
        let known =
            c.embed + c.output + c.per_layer + c.attn_v + c.ffn_down + c.expert + c.expert_down;
        c.rest = arch.params.max(known) - known;
        c
    }

    /// Total parameters.
    pub fn total(&self) -> f64 {
        self.embed
            + self.output
            + self.per_layer
            + self.attn_v
            + self.ffn_down
            + self.expert
            + self.expert_down
            + self.rest
    }

    /// Parameters one token uses: all but the routed experts it is not sent to
    /// (`active` of `experts` per MoE layer).
    pub fn active(&self, arch: &ModelArch) -> f64 {
        let share = match arch.moe {
            Some(m) if m.experts > 0 => f64::from(m.active.min(m.experts)) / f64::from(m.experts),
            _ => 1.0,
        };
        self.total() - (self.expert + self.expert_down) * (1.0 - share)
    }
}

/// Bytes of the weights and the share of them read per generated token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeightBytes {
    /// All weights (what the GGUF file holds, give or take metadata).
    pub total: Bytes,
    /// Non-expert bytes read per token: every tensor except the routed experts and the
    /// input embedding tables, token and per-layer (only one row of each is read; when
    /// tied, the output head reads the token table whole).
    pub dense_read: Bytes,
    /// All routed-expert bytes (zero for dense models).
    pub experts: Bytes,
    /// Share of routed experts one token uses (`active / experts`).
    pub expert_share: f64,
    /// Routed-expert parameters one token uses (zero for dense models).
    pub routed_active_params: f64,
}

impl WeightBytes {
    /// Bytes read per decode step when `batch` sequences each route to their own
    /// experts: the chance an expert is untouched by all of them is `(1 - share)^batch`.
    pub fn read_per_step(&self, batch: u32) -> Bytes {
        let untouched = powi(1.0 - self.expert_share, batch.max(1));
        self.dense_read + self.experts * (1.0 - untouched)
    }
}

/// `x` rounded up: with `std`, its `f64::ceil` (wasm's `f64.ceil` instruction in the
/// page; libm's `ceil` there is its portable software version, which the download would
/// carry), else libm's.
#[inline]
pub fn ceil(x: f64) -> f64 {
    #[cfg(feature = "std")]
    {
        x.ceil()
    }
    #[cfg(not(feature = "std"))]
    {
        libm::ceil(x)
    }
}

/// `x` to a whole power, by squaring (no `libm::pow`: the page would carry 2 KB of it).
pub fn powi(mut x: f64, mut n: u32) -> f64 {
    let mut out = 1.0;
    while n > 0 {
        if n & 1 == 1 {
            out *= x;
        }
        x *= x;
        n >>= 1;
    }
    out
}

/// Bits of a K-quant class in tensors whose rows hold `row` weights (the tensor's input
/// width). A K-quant block holds 256 weights, so a row that is not a multiple of 256
/// cannot use one: llama.cpp's quantizer stores such a tensor in a 32-weight type instead
/// (`tensor_type_fallback` in src/llama-quant.cpp: Q2_K and Q3_K as Q4_0, IQ4_XS as
/// IQ4_NL, Q4_K as Q5_0, Q5_K as Q5_1, Q6_K as Q8_0). A class that mixes two types over
/// the layers (Q4_K_M's `attn_v`: Q6_K in half of them, Q4_K in the rest) falls back type
/// by type. Rows of 1,408 (GLM-4.5-Air's and DeepSeek-V2-Lite's experts), 704 (Gemma 4
/// 26B-A4B's), 2,688 (Nemotron 3 Nano's width) or 29,568 (Qwen2.5-72B's FFN) meet it:
/// GLM-4.5-Air's Q4_K_M file is 68.0 GiB: 67.8 with the fallback, 62.1 without.
pub fn k_row_bits(bits: f64, row: u32) -> f64 {
    if row.is_multiple_of(256) || !row.is_multiple_of(32) {
        return bits;
    }
    use crate::quant::bpw::{IQ4_XS, Q2_K, Q3_K, Q4_K, Q5_1, Q5_K, Q6_K, Q8_0, half};
    // Q4_0 and IQ4_NL have Q4_K's bits, Q5_0 Q5_K's.
    const Q4_0: f64 = Q4_K;
    const Q5_0: f64 = Q5_K;
    // (the class's bits, its bits after the fallback); Q4_K_S has the first eighth of its
    // `attn_v` and `ffn_down` layers at Q5_K.
    const FALLBACK: [(f64, f64); 9] = [
        (Q2_K, Q4_0),
        (Q3_K, Q4_0),
        (IQ4_XS, Q4_0),
        (Q4_K, Q5_0),
        ((7.0 * Q4_K + Q5_K) / 8.0, (7.0 * Q5_0 + Q5_1) / 8.0),
        (Q5_K, Q5_1),
        (half(Q4_K, Q6_K), half(Q5_0, Q8_0)),
        (half(Q5_K, Q6_K), half(Q5_1, Q8_0)),
        (Q6_K, Q8_0),
    ];
    FALLBACK.iter().find(|f| f.0 == bits).map_or(bits, |f| f.1)
}

/// Weight bytes for a model under a quant scheme.
pub fn weight_bytes(arch: &ModelArch, q: &QuantScheme) -> WeightBytes {
    let c = TensorClasses::of(arch);
    // K-quant classes by the width of their tensors' rows ([`k_row_bits`]).
    let q = &if q.kernel == KernelClass::KQuant {
        let wide = |b: f64| k_row_bits(b, arch.hidden);
        let expert_row = arch.moe.map_or(arch.ffn, |m| m.expert_ffn);
        QuantScheme {
            base: wide(q.base),
            embed: wide(q.embed),
            output: wide(q.output),
            attn_v: wide(q.attn_v),
            ffn_down: k_row_bits(q.ffn_down, arch.ffn),
            expert: wide(q.expert),
            expert_down: k_row_bits(q.expert_down, expert_row),
            ..*q
        }
    } else {
        *q
    };
    let dense_bits = |b: f64| match (arch.moe, q.moe_dense) {
        (Some(_), Some(d)) => d,
        _ => b,
    };
    // llama.cpp quantizes a tied embedding with the output head's type (Q6_K).
    let embed_bits = if arch.tied_embeddings {
        q.output
    } else {
        q.embed
    };
    // The per-layer table is quantized like a tied embedding, with the output head's type
    // (Q6_K in a Q4_K_M file: Gemma 3n E4B's Q4_K_M GGUF is 4.54 GB, 4.76 by this count
    // and 4.16 at Q4_K; its Q8_0 is 7.35 GB, 7.30 here), and like it gives one row per
    // token.
    let per_layer_bits = c.per_layer * dense_bits(q.output);
    let non_expert_bits = c.embed * dense_bits(embed_bits)
        + per_layer_bits
        + c.output * dense_bits(q.output)
        + c.attn_v * dense_bits(q.attn_v)
        + c.ffn_down * dense_bits(q.ffn_down)
        + c.rest * dense_bits(q.base);
    let expert_bits = c.expert * q.expert + c.expert_down * q.expert_down;
    let expert_share = match arch.moe {
        Some(m) if m.experts > 0 => f64::from(m.active.min(m.experts)) / f64::from(m.experts),
        _ => 1.0,
    };
    let unread_embed = per_layer_bits
        + if arch.tied_embeddings {
            0.0
        } else {
            c.embed * dense_bits(embed_bits)
        };
    WeightBytes {
        total: Bytes::new((non_expert_bits + expert_bits) / 8.0),
        dense_read: Bytes::new((non_expert_bits - unread_embed) / 8.0),
        experts: Bytes::new(expert_bits / 8.0),
        expert_share,
        routed_active_params: if arch.moe.is_some() {
            (c.expert + c.expert_down) * expert_share
        } else {
            0.0
        },
    }
}

/// KV-cache bytes for one token of context, summed over layers, for the full-attention
/// layers and the windowed layers separately.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KvPerToken {
    /// Bytes per token held by full-attention layers.
    pub full: f64,
    /// Bytes per token held by sliding-window layers (up to `window` tokens).
    pub windowed: f64,
    /// Window length for `windowed` layers.
    pub window: u32,
    /// Bytes of fixed recurrent state per sequence (hybrid models), whatever the length.
    pub fixed: f64,
    /// Times each cached token is read per step, against held: above 1 when the last
    /// layers attend over an earlier layer's cache ([`ModelArch::kv_shared_layers`]).
    pub reread: f64,
}

impl KvPerToken {
    /// Per layer per token: K and V, each `kv_heads x head_dim` elements (GQA: the KV
    /// heads, never the attention heads). MLA caches the latent, `kv_lora_rank +
    /// rope_dim` elements, once (llama.cpp stores V as a view of it).
    ///
    /// Layers that share an earlier layer's cache hold none: the full and windowed layers
    /// that keep one are the model's in proportion (Gemma 3n's pattern of four windowed
    /// layers to one full repeats through the layers that keep a cache).
    pub fn of(arch: &ModelArch, kv: KvType) -> Self {
        let mut c = Self::unshared(arch, kv);
        let shared = arch.kv_shared_layers.min(arch.layers.saturating_sub(1));
        // Nearly every model shares nothing: the two divisions only when one does.
        if shared > 0 {
            let layers = f64::from(arch.layers);
            let held = (layers - f64::from(shared)) / layers;
            c.full *= held;
            c.windowed *= held;
            c.reread = 1.0 / held;
        }
        c
    }

    /// [`KvPerToken::of`] as if every layer kept its own cache.
    fn unshared(arch: &ModelArch, kv: KvType) -> Self {
        let e = kv.bytes_per_element();
        let per_layer = 2.0 * f64::from(arch.kv_heads) * f64::from(arch.head_dim) * e;
        let layers = f64::from(arch.layers);
        match arch.attention {
            Attention::Full => Self {
                full: layers * per_layer,
                windowed: 0.0,
                window: 0,
                fixed: 0.0,
                reread: 1.0,
            },
            Attention::Sliding {
                window,
                local_layers,
                ..
            } => {
                let local = f64::from(local_layers.min(arch.layers));
                // Gemma 4's global layers have their own shape; llama.cpp caches their K
                // and V apart even where the model computes V from K (`attention_k_eq_v`:
                // V is K before K's norm and rotation).
                let (gkv, ghd) = arch.attention.global_shape(arch.kv_heads, arch.head_dim);
                let global = 2.0 * f64::from(gkv) * f64::from(ghd) * e;
                Self {
                    full: (layers - local) * global,
                    windowed: local * per_layer,
                    window,
                    fixed: 0.0,
                    reread: 1.0,
                }
            }
            Attention::Mla {
                kv_lora_rank,
                rope_dim,
            } => Self {
                full: layers * f64::from(kv_lora_rank + rope_dim) * e,
                windowed: 0.0,
                window: 0,
                fixed: 0.0,
                reread: 1.0,
            },
            Attention::Hybrid {
                attention_layers,
                recurrent_layers,
                state_per_layer,
            } => Self {
                full: f64::from(attention_layers.min(arch.layers)) * per_layer,
                windowed: 0.0,
                window: 0,
                fixed: f64::from(recurrent_layers.min(arch.layers))
                    * f64::from(state_per_layer)
                    * 4.0,
                reread: 1.0,
            },
        }
    }

    /// Bytes held for `tokens` tokens of one sequence (with its fixed state).
    pub fn at(&self, tokens: f64) -> Bytes {
        let w = tokens.min(f64::from(self.window));
        Bytes::new(self.full * tokens + self.windowed * w + self.fixed)
    }

    /// Bytes of cache one step's attention reads over `tokens` tokens of one sequence
    /// (with its fixed state): [`KvPerToken::at`], the shared layers reading theirs again.
    pub fn read_at(&self, tokens: f64) -> Bytes {
        let w = tokens.min(f64::from(self.window));
        Bytes::new((self.full * tokens + self.windowed * w) * self.reread + self.fixed)
    }
}

/// llama.cpp's default micro-batch (`-ub`), tokens: the default of
/// [`Scenario::ubatch`](crate::Scenario::ubatch).
pub const UBATCH: u32 = 512;

/// Scratch the engine allocates for one forward pass of a micro-batch of `ubatch` tokens:
/// the largest of the logits (`vocab x ubatch` f32), the FFN activations (`ubatch x ffn x
/// 2` f32) and, without flash attention, the attention scores (`context x ubatch x heads`
/// f32). The shape follows llama.cpp's graph reserve; checked against the peak-memory
/// figures in the calibration notes (see docs/ACCURACY.md).
pub fn compute_buffer(arch: &ModelArch, context: u32, ubatch: u32, flash_attention: bool) -> Bytes {
    let ub = f64::from(ubatch.clamp(1, context.max(1)));
    let ffn = match arch.moe {
        Some(m) => f64::from(m.expert_ffn) * f64::from(m.active.max(1)),
        None => f64::from(arch.ffn),
    };
    let logits = f64::from(arch.vocab) * ub * 4.0;
    let act = ub * ffn * 4.0 * 2.0;
    let scores = if flash_attention {
        0.0
    } else {
        f64::from(context) * ub * f64::from(arch.heads) * 4.0
    };
    // ggml's allocator reuses a tensor's memory once nothing reads it: the attention
    // scores, the FFN activations and the logits are never alive at once, so the buffer
    // is the largest of them, not their sum.
    Bytes::new(logits.max(act).max(scores))
}

/// Runtime memory per device that is not weights, KV or scratch: the CUDA/HIP context
/// and library workspaces (a few hundred MiB per device, as llama.cpp's load logs show),
/// less on Metal and Vulkan. Assumed values, not measured by this project.
pub fn runtime_overhead(backend: Backend) -> Bytes {
    match backend {
        Backend::Cuda | Backend::Rocm => Bytes::from_mib(500.0),
        Backend::Vulkan => Bytes::from_mib(300.0),
        Backend::Metal => Bytes::from_mib(200.0),
        Backend::Cpu => Bytes::from_mib(100.0),
        Backend::Sycl => Bytes::from_mib(500.0),
    }
}

/// VRAM a desktop GPU keeps for the display and driver when it also drives a monitor.
/// Assumption (a 1440p-4K desktop compositor holds a few hundred MiB).
pub const DISPLAY_RESERVE: Bytes = Bytes::from_mib(512.0);

/// RAM the operating system keeps on shared-memory machines and hosts. Assumption.
pub const OS_RESERVE: Bytes = Bytes::from_gib(4.0);

/// Memory one device may use for the model.
pub fn usable_per_device(d: &DeviceSpec) -> Bytes {
    let installed = d.memory;
    let usable = match d.memory_rule {
        MemoryRule::Dedicated => installed - DISPLAY_RESERVE,
        // macOS's default GPU working set (`recommendedMaxWorkingSetSize`): about two
        // thirds of RAM up to 36 GB, about three quarters above (llama.cpp Metal logs;
        // docs/ESTIMATION.md 1.4). Raisable with `sysctl iogpu.wired_limit_mb`.
        MemoryRule::AppleWiredLimit => {
            if installed.as_gib() <= 36.0 {
                installed * (2.0 / 3.0)
            } else {
                installed * 0.75
            }
        }
        MemoryRule::Carveout { max_fraction } => installed * max_fraction.clamp(0.0, 1.0),
        MemoryRule::SharedWithOs => installed - OS_RESERVE,
    };
    usable.max(Bytes::ZERO)
}

/// RAM on the host that offloaded layers may use.
pub fn host_usable(host: &Host, d: &DeviceSpec) -> Bytes {
    match d.kind {
        DeviceKind::Gpu => (host.ram - OS_RESERVE).max(Bytes::ZERO),
        // Unified machines have no second memory pool to offload into.
        DeviceKind::Unified | DeviceKind::Cpu => Bytes::ZERO,
    }
}

/// The three-way verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Fit {
    /// Everything fits in accelerator memory.
    Fits,
    /// Fits only with part of the weights in system RAM (slower).
    Offload,
    /// Does not fit even with offload.
    DoesNotFit,
}

impl Fit {
    /// Stable id used in JSON and URLs.
    pub const fn id(self) -> &'static str {
        match self {
            Fit::Fits => "fits",
            Fit::Offload => "offload",
            Fit::DoesNotFit => "does-not-fit",
        }
    }
}

/// Memory result.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Memory {
    /// Weights held, all devices together: the whole file, except that llama.cpp keeps an
    /// untied input embedding table in system RAM when it runs on a card.
    pub weights: Bytes,
    /// KV cache for `context x batch` tokens.
    pub kv_cache: Bytes,
    /// Compute scratch (per device, summed).
    pub compute_buffer: Bytes,
    /// Runtime overhead (per device, summed).
    pub overhead: Bytes,
    /// Sum of the four parts.
    pub total: Bytes,
    /// What the accelerators may use together.
    pub usable: Bytes,
    /// `usable - total` (negative when it does not fit on the accelerators).
    pub headroom_bytes: f64,
    /// Weights that must live in system RAM beyond the expert offload (zero unless the
    /// verdict is offload): llama.cpp's plain layer offload (`-ngl`).
    pub offloaded: Bytes,
    /// Routed-expert bytes placed in system RAM by `--n-cpu-moe` / `--cpu-moe`.
    pub expert_offload: Bytes,
    /// The smallest `--n-cpu-moe N` with which the model and the context fit on the
    /// accelerators, when it does not fit with every expert on them (`None` for dense
    /// models, when it fits, or when even all experts in system RAM are not enough).
    pub recommended_n_cpu_moe: Option<u32>,
    /// Host RAM available for offload.
    pub host_usable: Bytes,
    /// True when the model runs on the CPU from system RAM (the CPU backend): `usable` is
    /// then the system RAM and there is nothing to offload to.
    pub in_system_ram: bool,
    /// Verdict.
    pub fit: Fit,
}

/// Where a MoE model's routed experts sit, block by block.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExpertLayers {
    /// Leading dense blocks (no experts).
    pub dense: u32,
    /// Blocks with routed experts.
    pub moe: u32,
    /// Routed-expert bytes of one MoE block.
    pub per_layer: Bytes,
}

impl ExpertLayers {
    /// The layout of `arch` (no MoE blocks for a dense model).
    pub fn of(arch: &ModelArch, w: &WeightBytes) -> Self {
        match arch.moe {
            Some(m) => {
                let dense = m.dense_layers.min(arch.layers);
                let moe = arch.layers - dense;
                Self {
                    dense,
                    moe,
                    per_layer: w.experts / f64::from(moe.max(1)),
                }
            }
            None => Self {
                dense: arch.layers,
                moe: 0,
                per_layer: Bytes::ZERO,
            },
        }
    }

    /// MoE blocks among the first `n` blocks.
    pub fn moe_in_first(&self, n: u32) -> u32 {
        n.saturating_sub(self.dense).min(self.moe)
    }

    /// Routed-expert bytes in the first `n` blocks.
    pub fn in_first(&self, n: u32) -> Bytes {
        self.per_layer * f64::from(self.moe_in_first(n))
    }

    /// The smallest `n` whose experts cover `over` bytes and fit in `host`, if any.
    pub fn smallest_n(&self, over: Bytes, host: Bytes) -> Option<u32> {
        if self.moe == 0 || over.get() <= 0.0 {
            return None;
        }
        let blocks = ceil(over / self.per_layer);
        if blocks > f64::from(self.moe) {
            return None;
        }
        let blocks = blocks as u32;
        (self.in_first(self.dense + blocks) <= host).then_some(self.dense + blocks)
    }
}

/// Memory needed by a scenario and the verdict.
pub fn memory(s: &Scenario, w: &WeightBytes) -> Memory {
    memory_with(s, w, &KvPerToken::of(&s.model, s.kv))
}

/// [`memory`] with the model's cache per token already computed (an estimate needs it
/// again for speed).
pub(crate) fn memory_with(s: &Scenario, w: &WeightBytes, kv: &KvPerToken) -> Memory {
    let n = f64::from(s.count.max(1));
    let kv = kv.at(f64::from(s.context)) * f64::from(s.batch.max(1));
    let compute = compute_buffer(&s.model, s.context, s.ubatch, s.fused_attention()) * n;
    let overhead = runtime_overhead(s.backend) * n;
    let on_cpu = s.backend == Backend::Cpu;
    // llama.cpp keeps the input embedding table in system RAM whatever `-ngl` says
    // (`dev_input` in src/llama-model.cpp: "very little benefit to offloading the input
    // layer"), so a card holds every weight but that table (a tied one is also the output
    // head, which the card holds). It is read from the mapped file: the host's room is not
    // charged for it.
    let weights = if (s.engine, s.device.kind, on_cpu) == (Engine::LlamaCpp, DeviceKind::Gpu, false)
    {
        w.dense_read + w.experts
    } else {
        w.total
    };
    let total = weights + kv + compute + overhead;
    // CPU inference: the model lives in system RAM (the host's, or for a SoC the shared
    // RAM), and there is no second pool to offload into.
    let usable = match (on_cpu, s.device.kind) {
        (false, _) => usable_per_device(&s.device) * n,
        (true, DeviceKind::Gpu) => host_usable(&s.host, &s.device),
        (true, _) => (s.device.memory - OS_RESERVE).max(Bytes::ZERO),
    };
    let host = if on_cpu {
        Bytes::ZERO
    } else {
        host_usable(&s.host, &s.device)
    };
    let experts = ExpertLayers::of(&s.model, w);
    let expert_offload = if on_cpu {
        Bytes::ZERO
    } else {
        experts.in_first(s.n_cpu_moe)
    };
    let over = total - expert_offload - usable;
    let room = host - expert_offload;
    let (fit, offloaded) = if room.get() < 0.0 {
        (Fit::DoesNotFit, over.max(Bytes::ZERO).min(weights))
    } else if over.get() <= 0.0 && expert_offload.get() <= 0.0 {
        (Fit::Fits, Bytes::ZERO)
    } else if over.get() <= 0.0 {
        (Fit::Offload, Bytes::ZERO)
    } else if over.get() <= room.get() && over.get() <= weights.get() {
        (Fit::Offload, over)
    } else {
        (Fit::DoesNotFit, over.min(weights))
    };
    let recommended_n_cpu_moe = if on_cpu {
        None
    } else {
        experts.smallest_n(total - usable, host)
    };
    Memory {
        weights,
        kv_cache: kv,
        compute_buffer: compute,
        overhead,
        total,
        usable,
        headroom_bytes: (usable - total).get(),
        offloaded,
        expert_offload,
        recommended_n_cpu_moe,
        host_usable: host,
        in_system_ram: on_cpu,
        fit,
    }
}
