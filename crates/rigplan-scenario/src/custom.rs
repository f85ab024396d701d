//! User-supplied inputs: a Hugging Face `config.json` and a custom hardware spec (JSON).
//! Both are parsed locally; every problem becomes one sentence naming the field.

use crate::error::Error;
use crate::json::{Object, Value};
use crate::params::FieldId;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use rigplan_core::hardware::{
    DeviceKind, DeviceSpec, Interconnect, MemoryRule, MemoryType, Vendor,
};
use rigplan_core::memory::{MlaDims, TensorClasses};
use rigplan_core::model::{Attention, ModelArch, Moe};
use rigplan_core::units::{Bytes, BytesPerSecond, FlopsPerSecond, Watts};

/// Largest input accepted, bytes (a real `config.json` is a few KB).
pub const MAX_INPUT: usize = 256 * 1024;

fn parse_object(text: &str, what: &str) -> Result<Object, String> {
    if text.len() > MAX_INPUT {
        return Err(format!(
            "{what} is {} bytes; the limit is {MAX_INPUT}",
            text.len()
        ));
    }
    match crate::json::parse(text) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(format!("{what} must be a JSON object")),
        Err(e) => Err(format!("{what} is not valid JSON: {e}")),
    }
}

/// The accepted range of each dimension of a custom model, stated once: the
/// `config.json` reader and a link's `cm` both check against these.
pub mod dims {
    /// `num_hidden_layers`.
    pub const LAYERS: (u32, u32) = (1, 1000);
    /// `hidden_size`.
    pub const HIDDEN: (u32, u32) = (16, 131_072);
    /// `num_attention_heads` (and the KV heads, at most the heads).
    pub const HEADS: (u32, u32) = (1, 1024);
    /// `head_dim`.
    pub const HEAD_DIM: (u32, u32) = (1, 4096);
    /// `intermediate_size` and `moe_intermediate_size`.
    pub const FFN: (u32, u32) = (1, 1_048_576);
    /// `vocab_size`.
    pub const VOCAB: (u32, u32) = (1, 10_000_000);
    /// `max_position_embeddings` (0: unknown) and a sliding window.
    pub const CONTEXT: (u32, u32) = (0, 100_000_000);
    /// Routed experts (a MoE model has at least 2).
    pub const EXPERTS: (u32, u32) = (2, 100_000);
    /// Experts used per token.
    pub const ACTIVE: (u32, u32) = (1, 1024);
    /// Shared experts.
    pub const SHARED: (u32, u32) = (0, 64);
    /// MLA's `kv_lora_rank`.
    pub const KV_LORA_RANK: (u32, u32) = (1, 65_536);
    /// MLA's rope, nope and value widths.
    pub const MLA_DIM: (u32, u32) = (0, 4096);
    /// Total and active parameters (above 0).
    pub const PARAMS_MAX: f64 = 1e15;
}

/// A whole number within `range`; `Ok(None)` when absent.
fn int_in(m: &Object, key: &str, (lo, hi): (u32, u32)) -> Result<Option<u32>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_f64() {
            Some(x) if (x as u64) as f64 == x && x >= f64::from(lo) && x <= f64::from(hi) => {
                Ok(Some(x as u32))
            }
            _ => Err(format!(
                "config.json field `{key}` must be a whole number from {lo} to {hi}, found {v}"
            )),
        },
    }
}

fn first_int(m: &Object, keys: &[&str], range: (u32, u32)) -> Result<Option<u32>, String> {
    for k in keys {
        if let Some(v) = int_in(m, k, range)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn required(m: &Object, keys: &[&str], range: (u32, u32)) -> Result<u32, String> {
    first_int(m, keys, range)?.ok_or_else(|| match keys {
        [one] => format!("config.json is missing `{one}`"),
        _ => format!(
            "config.json is missing `{}` (or {})",
            keys[0],
            keys[1..].join(", ")
        ),
    })
}

/// Reads a Hugging Face `config.json` (text). Multimodal configs use their
/// `text_config`. Parameter counts are computed from the dimensions.
pub fn model_from_hf_config(text: &str) -> Result<ModelArch, Error> {
    read_hf_config(text).map_err(|e| Error::new(FieldId::Model, e))
}

/// What a `model_type` assumes when its `config.json` leaves a field out: the defaults of
/// the transformers config class for that type (cited in `tests/data/configs/README.md`).
/// The first entry whose prefix matches the (text) model type applies.
struct TypeDefaults {
    /// `vocab_size` when absent.
    vocab: Option<u32>,
    /// `max_position_embeddings` when absent.
    context: u32,
    /// Whether embeddings are tied when `tie_word_embeddings` is absent.
    tied: bool,
    /// Every n-th layer is global, the others local (sliding or chunked), when neither
    /// `layer_types` nor `sliding_window_pattern` says.
    global_every: Option<u32>,
    /// The local window when the config gives none.
    window: Option<u32>,
    /// Shared experts when the config does not count them.
    shared: u32,
}

const TYPE_DEFAULTS: &[(&str, TypeDefaults)] = &[
    // Gemma3TextConfig: vocab 262,208, 131,072 positions, 5 local : 1 global, tied.
    (
        "gemma3",
        TypeDefaults {
            vocab: Some(262_208),
            context: 131_072,
            tied: true,
            global_every: Some(6),
            window: Some(4096),
            shared: 0,
        },
    ),
    // Gemma 2: local and global layers alternate, local first, window 4096.
    (
        "gemma2",
        TypeDefaults {
            vocab: Some(256_000),
            context: 8192,
            tied: true,
            global_every: Some(2),
            window: Some(4096),
            shared: 0,
        },
    ),
    (
        "gemma",
        TypeDefaults {
            vocab: None,
            context: 0,
            tied: true,
            global_every: None,
            window: None,
            shared: 0,
        },
    ),
    // Llama 4: chunked attention on the RoPE layers, a global NoPE layer every 4th
    // (`no_rope_layer_interval` 4); every MoE layer has one shared expert.
    (
        "llama4",
        TypeDefaults {
            vocab: None,
            context: 0,
            tied: false,
            global_every: Some(4),
            window: None,
            shared: 1,
        },
    ),
];

const NO_DEFAULTS: TypeDefaults = TypeDefaults {
    vocab: None,
    context: 0,
    tied: false,
    global_every: None,
    window: None,
    shared: 0,
};

/// Keys that mean some layers keep a fixed-size recurrent state (Mamba, Gated DeltaNet,
/// LFM2's short convolutions: `hybrid_override_pattern`, `full_attention_interval`,
/// `linear_num_value_heads`, `ssm_state_size`, `mamba_d_state`, `attn_layer_period`,
/// `conv_L_cache`) instead of a KV cache: what
/// the estimator does not model yet from a pasted config. A config with one is refused,
/// the key named.
const UNMODELLED_KEYS: &[&str] = &[
    "hybrid_override_pattern",
    "full_attention_interval",
    "linear_num_value_heads",
    "ssm_state_size",
    "mamba_d_state",
    "attn_layer_period",
    // LFM2's first configs name their attention layers in `full_attn_idxs`, without
    // `layer_types`: the convolution's cache length is what they always have.
    "conv_L_cache",
];

/// Keys that, above zero, mean layers share a KV cache (`num_kv_shared_layers`) or take
/// per-layer embeddings (`hidden_size_per_layer_input`): Gemma 3n and Gemma 4's E
/// models. The estimator models both for its catalog's Gemma 3n, not yet from a pasted
/// config (whose parameter count would miss AltUp and LAuReL). Gemma 4's other configs
/// carry them at 0.
const UNMODELLED_ABOVE_ZERO: &[&str] = &["num_kv_shared_layers", "hidden_size_per_layer_input"];

/// The sentence for a config the estimator cannot model; `what` names the evidence.
fn unmodelled(what: &str) -> String {
    format!(
        "config.json has {what}: layers rigplan does not model yet from a pasted config (recurrent state, per-layer embeddings, shared caches); the catalog has Qwen3-Next, Qwen3.5, Qwen3.6, Nemotron-H, Granite 4.0 H, LFM2, Jamba Mini, Gemma 3n and Gemma 4's E models"
    )
}

fn read_hf_config(text: &str) -> Result<ModelArch, String> {
    let top = parse_object(text, "config.json")?;
    let m = match top.get("text_config") {
        Some(Value::Object(t)) => t,
        _ => &top,
    };
    let model_type = m
        .get("model_type")
        .or_else(|| top.get("model_type"))
        .and_then(Value::as_str)
        .unwrap_or("");
    if let Some(key) = UNMODELLED_KEYS.iter().find(|k| m.get(k).is_some()) {
        return Err(unmodelled(&format!("`{key}`")));
    }
    if let Some(key) = UNMODELLED_ABOVE_ZERO
        .iter()
        .find(|k| m.get(k).and_then(Value::as_f64).is_some_and(|v| v != 0.0))
    {
        return Err(unmodelled(&format!("`{key}` above 0")));
    }
    if let Some(Value::Array(types)) = m.get("layer_types")
        && let Some(t) = types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| !["full", "sliding", "chunked"].iter().any(|k| t.contains(k)))
    {
        return Err(unmodelled(&format!("`{t}` in `layer_types`")));
    }
    let defaults = TYPE_DEFAULTS
        .iter()
        .find(|(prefix, _)| model_type.starts_with(prefix))
        .map_or(&NO_DEFAULTS, |(_, d)| d);
    let layers = required(
        m,
        &["num_hidden_layers", "n_layer", "num_layers"],
        dims::LAYERS,
    )?;
    let hidden = required(m, &["hidden_size", "n_embd", "d_model"], dims::HIDDEN)?;
    let heads = required(m, &["num_attention_heads", "n_head"], dims::HEADS)?;
    let kv_heads =
        first_int(m, &["num_key_value_heads", "num_kv_heads"], dims::HEADS)?.unwrap_or(heads);
    if kv_heads > heads {
        return Err(format!(
            "config.json has num_key_value_heads {kv_heads} above num_attention_heads {heads}"
        ));
    }
    // MLA's query/key head is its no-RoPE and RoPE parts together.
    let mla_head = match first_int(m, &["qk_nope_head_dim"], dims::MLA_DIM)? {
        Some(nope) => Some(nope + first_int(m, &["qk_rope_head_dim"], dims::MLA_DIM)?.unwrap_or(0)),
        None => None,
    };
    let head_dim = first_int(m, &["head_dim"], dims::HEAD_DIM)?
        .or(mla_head)
        .unwrap_or((hidden / heads).max(1));
    let intermediate = first_int(m, &["intermediate_size", "n_inner", "ffn_dim"], dims::FFN)?;
    // Llama 4: dense layers use `intermediate_size_mlp`; `intermediate_size` is the experts'.
    let ffn = first_int(m, &["intermediate_size_mlp"], dims::FFN)?
        .or(intermediate)
        .unwrap_or(hidden * 4);
    let vocab = match (first_int(m, &["vocab_size"], dims::VOCAB)?, defaults.vocab) {
        (Some(v), _) | (None, Some(v)) => v,
        (None, None) => return Err("config.json is missing `vocab_size`".into()),
    };
    let tied = match m
        .get("tie_word_embeddings")
        .or_else(|| top.get("tie_word_embeddings"))
    {
        Some(Value::Bool(b)) => *b,
        _ => defaults.tied,
    };
    let max_context = first_int(
        m,
        &["max_position_embeddings", "n_positions", "seq_length"],
        dims::CONTEXT,
    )?
    .unwrap_or(defaults.context);

    let experts = first_int(
        m,
        &["num_local_experts", "n_routed_experts", "num_experts"],
        (1, dims::EXPERTS.1),
    )?;
    let moe = match experts {
        Some(e) if e > 1 => {
            let active = first_int(
                m,
                &[
                    "num_experts_per_tok",
                    "num_experts_per_token",
                    "moe_top_k",
                    "top_k_experts",
                ],
                dims::ACTIVE,
            )?
            .ok_or("config.json has experts but no `num_experts_per_tok`")?;
            if active > e {
                return Err(format!(
                    "config.json routes {active} experts per token but has only {e}"
                ));
            }
            let expert_ffn = first_int(
                m,
                &["moe_intermediate_size", "expert_intermediate_size"],
                dims::FFN,
            )?
            .or(intermediate)
            .unwrap_or(ffn);
            // Gemma 4: a dense MLP of `intermediate_size` beside the experts in every
            // layer, counted as shared experts of the experts' width.
            let beside = match (m.get("enable_moe_block"), intermediate) {
                (Some(Value::Bool(true)), Some(i)) if i % expert_ffn == 0 => Some(i / expert_ffn),
                (Some(Value::Bool(true)), _) => {
                    return Err("config.json's `enable_moe_block` needs an `intermediate_size` that is a whole number of experts (`moe_intermediate_size`)".into());
                }
                _ => None,
            };
            Some(Moe {
                experts: e,
                active,
                shared: first_int(m, &["n_shared_experts", "num_shared_experts"], dims::SHARED)?
                    .or(beside)
                    .unwrap_or(defaults.shared),
                expert_ffn,
                dense_layers: dense_layers(m, layers)?,
            })
        }
        _ => None,
    };

    let kv_lora = first_int(m, &["kv_lora_rank"], dims::KV_LORA_RANK)?;
    let attention = if let Some(kv_lora_rank) = kv_lora {
        Attention::Mla {
            kv_lora_rank,
            rope_dim: first_int(m, &["qk_rope_head_dim"], dims::MLA_DIM)?.unwrap_or(64),
        }
    } else {
        sliding(m, layers, heads, defaults)?
    };
    let mut arch = ModelArch {
        params: 1.0,
        active_params: 1.0,
        layers,
        hidden,
        heads,
        kv_heads,
        head_dim,
        ffn,
        vocab,
        tied_embeddings: tied,
        moe,
        attention,
        max_context,
        per_layer_input: 0,
        kv_shared_layers: 0,
        small_op_layers: 0,
        conv_layers: 0,
    };
    (arch.params, arch.active_params) = count_params(m, &arch)?;
    Ok(arch)
}

/// Layers without experts: DeepSeek's leading dense layers (`first_k_dense_replace`), or
/// those between MoE layers when only every k-th layer has experts (Llama 4's
/// `interleave_moe_layer_step`, Qwen's `decoder_sparse_step`: layers k-1, 2k-1, ...).
fn dense_layers(m: &Object, layers: u32) -> Result<u32, String> {
    if let Some(k) = first_int(m, &["first_k_dense_replace"], (0, dims::LAYERS.1))? {
        return Ok(k.min(layers));
    }
    let step = first_int(
        m,
        &["interleave_moe_layer_step", "decoder_sparse_step"],
        (1, dims::LAYERS.1),
    )?
    .unwrap_or(1);
    Ok(layers - layers / step)
}

/// Local (sliding-window or chunked) attention: the window, and how many layers use it.
fn sliding(
    m: &Object,
    layers: u32,
    heads: u32,
    defaults: &TypeDefaults,
) -> Result<Attention, String> {
    let window = match first_int(
        m,
        &["sliding_window", "attention_chunk_size"],
        (1, dims::CONTEXT.1),
    )? {
        Some(w) => w,
        // A null window is a statement: no local attention.
        None if m.get("sliding_window").is_some() => return Ok(Attention::Full),
        None => match defaults.window {
            Some(w) => w,
            None => return Ok(Attention::Full),
        },
    };
    if matches!(m.get("use_sliding_window"), Some(Value::Bool(false))) {
        return Ok(Attention::Full);
    }
    let flags = |key| match m.get(key) {
        Some(Value::Array(v)) if !v.is_empty() => Some(v),
        _ => None,
    };
    let local = if let Some(types) = flags("layer_types") {
        types
            .iter()
            .filter(|t| {
                t.as_str()
                    .is_some_and(|s| s.contains("sliding") || s.contains("chunked"))
            })
            .count() as u32
    } else if let Some(rope) = flags("no_rope_layers") {
        // Llama 4: 1 marks a RoPE layer, which attends within its chunk.
        rope.iter().filter(|x| x.as_f64() == Some(1.0)).count() as u32
    } else if let Some(p) =
        int_in(m, "sliding_window_pattern", (1, dims::LAYERS.1))?.or(defaults.global_every)
    {
        // Every p-th layer is global.
        layers - layers / p
    } else {
        layers
    };
    Ok(Attention::Sliding {
        window,
        local_layers: local.min(layers),
        // Gemma 4: the full-attention layers' own shape (0: as the others).
        global_kv_heads: int_in(m, "num_global_key_value_heads", (0, heads))?.unwrap_or(0),
        global_head_dim: int_in(m, "global_head_dim", dims::HEAD_DIM)?.unwrap_or(0),
    })
}

/// Total and active parameters from the dimensions (the estimator's own tensor shapes,
/// [`TensorClasses::from_dims`]), with MLA's extra widths read from the config.
fn count_params(m: &Object, arch: &ModelArch) -> Result<(f64, f64), String> {
    let d = MlaDims::DEFAULT;
    let mla = MlaDims {
        nope_dim: int_in(m, "qk_nope_head_dim", dims::MLA_DIM)?.unwrap_or(d.nope_dim),
        v_dim: int_in(m, "v_head_dim", dims::MLA_DIM)?.unwrap_or(d.v_dim),
        q_lora_rank: int_in(m, "q_lora_rank", (0, dims::KV_LORA_RANK.1))?.unwrap_or(d.q_lora_rank),
    };
    let c = TensorClasses::from_dims(arch, mla);
    let total = c.total();
    if !total.is_finite() || total <= 0.0 {
        return Err("config.json dimensions give no parameters".into());
    }
    Ok((total, c.active(arch)))
}

/// A user-described device, checked: what [`HardwareFields::build`] makes.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomHardware {
    /// Name to show.
    pub name: String,
    /// The numbers.
    pub spec: DeviceSpec,
    /// Price of one device, if given.
    pub price_usd: Option<f64>,
}

/// Largest custom bandwidth (GB/s), TFLOPS/TOPS and watts (each above 0).
pub const SPEC_MAX: f64 = 1e6;

/// Largest custom memory, GB (as the memory override allows).
pub const MEMORY_GB_MAX: f64 = 100_000.0;

/// Whether `c` is a Unicode bidirectional formatting character (marks, embeddings,
/// overrides and isolates), which can reorder the text around it.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Vendor ids, as JSON specs and links spell them.
pub const VENDORS: &[(&str, Vendor)] = &[
    ("nvidia", Vendor::Nvidia),
    ("amd", Vendor::Amd),
    ("apple", Vendor::Apple),
    ("intel", Vendor::Intel),
    ("qualcomm", Vendor::Qualcomm),
    ("other", Vendor::Other),
];

/// Device kinds: the id and the ids also accepted for it.
const KINDS: &[(&str, DeviceKind, &[&str])] = &[
    ("gpu", DeviceKind::Gpu, &[]),
    ("unified", DeviceKind::Unified, &["soc", "apu"]),
    ("cpu", DeviceKind::Cpu, &[]),
];

const MEMORY_TYPES: &[(&str, MemoryType)] = &[
    ("gddr", MemoryType::Gddr),
    ("hbm", MemoryType::Hbm),
    ("lpddr", MemoryType::Lpddr),
    ("ddr", MemoryType::Ddr),
];

/// The id of a vendor.
pub fn vendor_id(v: Vendor) -> &'static str {
    VENDORS
        .iter()
        .find(|(_, x)| *x == v)
        .map_or("other", |(id, _)| id)
}

/// The id of a device kind.
pub fn kind_id(k: DeviceKind) -> &'static str {
    KINDS
        .iter()
        .find(|(_, x, _)| *x == k)
        .map_or("gpu", |(id, ..)| id)
}

/// A custom device as the user describes it, before it is checked: filled from a JSON
/// spec ([`HardwareFields::from_json`]), a link's `chw`, or the page's form. Every way of
/// describing a device goes through [`HardwareFields::build`], with the same ranges and
/// sentences. The fields are the JSON spec's keys: `name`, `vendor` (`nvidia`, `amd`,
/// `apple`, `intel`, `qualcomm` or `other`), `kind` (`gpu`, `unified` (also `soc`, `apu`)
/// or `cpu`), `memory_gb` (vendor GB), `memory_bandwidth_gbs`, `fp16_tflops` (dense) and
/// `tdp_w`, all required; optionally `int8_tops`, `idle_w`, `memory_type` (`gddr`, `hbm`,
/// `lpddr` or `ddr`; by default from the kind), `pcie_gen`, `nvlink_gbs` (per direction)
/// and `price_usd` (one device).
#[derive(Clone, Debug, Default, PartialEq)]
#[allow(missing_docs)] // the keys are documented above, together
pub struct HardwareFields {
    // Required: what it is.
    pub name: String,
    pub vendor: String,
    pub kind: String,
    // Required: what it does.
    pub memory_gb: Option<f64>,
    pub memory_bandwidth_gbs: Option<f64>,
    pub fp16_tflops: Option<f64>,
    pub tdp_w: Option<f64>,
    // Optional.
    pub int8_tops: Option<f64>,
    pub idle_w: Option<f64>,
    pub memory_type: Option<String>,
    // Optional: links and price.
    pub pcie_gen: Option<f64>,
    pub nvlink_gbs: Option<f64>,
    pub price_usd: Option<f64>,
}

impl HardwareFields {
    /// Reads a JSON spec. Only the shape is checked here (an object, names of the right
    /// type); [`HardwareFields::build`] checks the values.
    pub fn from_json(text: &str) -> Result<Self, String> {
        let m = parse_object(text, "hardware spec")?;
        let text_of = |key: &str| match m.get(key) {
            Some(Value::String(s)) => Ok(s.clone()),
            None | Some(Value::Null) => Ok(String::new()),
            Some(v) => Err(format!(
                "hardware spec field `{key}` must be text, found {v}"
            )),
        };
        let num = |key: &str| match m.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => v
                .as_f64()
                .map(Some)
                .ok_or_else(|| format!("hardware spec field `{key}` must be a number, found {v}")),
        };
        let memory_type = text_of("memory_type")?;
        Ok(Self {
            name: text_of("name")?,
            vendor: text_of("vendor")?,
            kind: text_of("kind")?,
            memory_gb: num("memory_gb")?,
            memory_bandwidth_gbs: num("memory_bandwidth_gbs")?,
            fp16_tflops: num("fp16_tflops")?,
            tdp_w: num("tdp_w")?,
            int8_tops: num("int8_tops")?,
            idle_w: num("idle_w")?,
            memory_type: (!memory_type.is_empty()).then_some(memory_type),
            pcie_gen: num("pcie_gen")?,
            nvlink_gbs: num("nvlink_gbs")?,
            price_usd: num("price_usd")?,
        })
    }

    /// The fields of a checked device (what a link carries of it), each the number that
    /// [`HardwareFields::build`] turns back into the same bits.
    pub fn of(c: &CustomHardware) -> Self {
        let s = &c.spec;
        Self {
            name: c.name.clone(),
            vendor: vendor_id(s.vendor).into(),
            kind: kind_id(s.kind).into(),
            memory_gb: Some(s.memory.as_gib()),
            memory_bandwidth_gbs: Some(unscale(s.bandwidth.get(), 1e9)),
            fp16_tflops: s.fp16.map(|f| unscale(f.get(), 1e12)),
            tdp_w: s.tdp.map(|w| w.get()),
            price_usd: c.price_usd,
            ..Self::default()
        }
    }

    /// Checks every field and builds the device, or names the first field that is wrong.
    pub fn build(&self) -> Result<CustomHardware, String> {
        // Bidirectional controls go (a name starting with U+202E would reverse the page's
        // own text after it); then cut to 80 characters and require something visible in
        // what is kept: a name that is blank after the cut would not survive a link round
        // trip (found by fuzzing).
        let name: String = self
            .name
            .chars()
            .filter(|c| !is_bidi_control(*c))
            .take(80)
            .collect();
        if self.name.is_empty() {
            return Err("hardware spec is missing `name`".into());
        }
        if name.trim().is_empty() {
            return Err("hardware spec `name` is blank in its first 80 characters".into());
        }
        let vendor_ids: Vec<&str> = VENDORS.iter().map(|(id, _)| *id).collect();
        let vendor = self.vendor.to_ascii_lowercase();
        let vendor = match VENDORS.iter().find(|(id, _)| *id == vendor) {
            Some((_, v)) => *v,
            None if vendor.is_empty() => {
                return Err(format!(
                    "hardware spec is missing `vendor` ({})",
                    vendor_ids.join(", ")
                ));
            }
            None => {
                return Err(format!(
                    "hardware spec field `vendor` must be one of {}, found {vendor}",
                    vendor_ids.join(", ")
                ));
            }
        };
        let kind = self.kind.to_ascii_lowercase();
        let kind = KINDS
            .iter()
            .find(|(id, _, also)| *id == kind || also.contains(&kind.as_str()))
            .map(|(_, k, _)| *k)
            .ok_or_else(|| {
                let shown = if kind.is_empty() { "nothing" } else { &kind };
                format!("hardware spec field `kind` must be gpu, unified or cpu, found {shown}")
            })?;
        let positive = |key: &str, v: Option<f64>, hi: f64, req: bool| match v {
            None if req => Err(format!("hardware spec is missing `{key}`")),
            None => Ok(None),
            Some(x) if x > 0.0 && x <= hi => Ok(Some(x)),
            Some(x) => Err(format!(
                "hardware spec field `{key}` must be a number above 0 and at most {hi}, found {x}"
            )),
        };
        let memory = positive("memory_gb", self.memory_gb, MEMORY_GB_MAX, true)?.unwrap_or(1.0);
        let bw = positive(
            "memory_bandwidth_gbs",
            self.memory_bandwidth_gbs,
            SPEC_MAX,
            true,
        )?
        .unwrap_or(1.0);
        let fp16 = positive("fp16_tflops", self.fp16_tflops, SPEC_MAX, true)?;
        let tdp = positive("tdp_w", self.tdp_w, SPEC_MAX, true)?;
        let int8 = positive("int8_tops", self.int8_tops, SPEC_MAX, false)?;
        let idle = positive("idle_w", self.idle_w, SPEC_MAX, false)?;
        let nvlink = positive("nvlink_gbs", self.nvlink_gbs, SPEC_MAX, false)?;
        let pcie_gen = positive("pcie_gen", self.pcie_gen, 7.0, false)?
            .map_or(if kind == DeviceKind::Gpu { 4 } else { 0 }, |g| g as u8);
        let price_usd = positive("price_usd", self.price_usd, 1e9, false)?;
        let memory_type = match &self.memory_type {
            Some(t) => MEMORY_TYPES
                .iter()
                .find(|(id, _)| id == t)
                .map(|(_, m)| *m)
                .ok_or_else(|| {
                    format!(
                        "hardware spec field `memory_type` must be gddr, hbm, lpddr or ddr, found {t}"
                    )
                })?,
            None => match kind {
                DeviceKind::Gpu => MemoryType::Gddr,
                DeviceKind::Unified => MemoryType::Lpddr,
                DeviceKind::Cpu => MemoryType::Ddr,
            },
        };
        let memory_rule = match (kind, vendor) {
            (DeviceKind::Gpu, _) => MemoryRule::Dedicated,
            (_, Vendor::Apple) => MemoryRule::AppleWiredLimit,
            _ => MemoryRule::SharedWithOs,
        };
        Ok(CustomHardware {
            name,
            spec: DeviceSpec {
                vendor,
                kind,
                memory: Bytes::from_gib(memory),
                memory_type,
                bandwidth: BytesPerSecond::from_gbs(bw),
                fp16: fp16.map(FlopsPerSecond::from_tflops),
                fp16_is_fp32_accumulate: false,
                vulkan_vector_only: false,
                int8: int8.map(FlopsPerSecond::from_tflops),
                fp8: None,
                fp4: None,
                tdp: tdp.map(Watts::new),
                idle: idle.map(Watts::new),
                interconnect: Interconnect {
                    pcie_gen,
                    pcie_lanes: if pcie_gen > 0 { 16 } else { 0 },
                    nvlink: nvlink.map(BytesPerSecond::from_gbs),
                },
                memory_rule,
            },
            price_usd,
        })
    }
}

/// The value `x` such that `x * scale == stored` exactly, when one is within a step of
/// `stored / scale` (so `BytesPerSecond::from_gbs(x)` gives back the same bits).
fn unscale(stored: f64, scale: f64) -> f64 {
    let y = stored / scale;
    [y, y.next_up(), y.next_down()]
        .into_iter()
        .find(|c| c * scale == stored)
        .unwrap_or(y)
}

/// Parses a custom hardware spec (JSON text) and checks it.
pub fn hardware_from_json(text: &str) -> Result<CustomHardware, Error> {
    HardwareFields::from_json(text)
        .and_then(|f| f.build())
        .map_err(|e| Error::new(FieldId::Hardware, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn llama_config() {
        let cfg = r#"{"architectures":["LlamaForCausalLM"],"hidden_size":4096,"intermediate_size":14336,
            "max_position_embeddings":131072,"model_type":"llama","num_attention_heads":32,
            "num_hidden_layers":32,"num_key_value_heads":8,"vocab_size":128256,"tie_word_embeddings":false}"#;
        let a = model_from_hf_config(cfg).unwrap();
        assert_eq!((a.layers, a.kv_heads, a.head_dim), (32, 8, 128));
        // Llama 3.1 8B has 8.03 B parameters.
        assert!((a.params / 1e9 - 8.03).abs() < 0.02, "{}", a.params);
    }

    #[test]
    fn a_name_blank_after_the_cut_is_refused() {
        // Regression (fuzz): 80 spaces then text used to be accepted and then cut to blank.
        let json = format!(
            r#"{{"name":"{}x","vendor":"nvidia","kind":"gpu","memory_gb":24,"memory_bandwidth_gbs":1000,"fp16_tflops":100,"tdp_w":350}}"#,
            " ".repeat(80)
        );
        assert!(
            hardware_from_json(&json)
                .unwrap_err()
                .message
                .contains("blank")
        );
    }

    #[test]
    fn errors_name_the_field() {
        assert!(
            model_from_hf_config("{")
                .unwrap_err()
                .message
                .contains("not valid JSON")
        );
        assert!(
            model_from_hf_config("[]")
                .unwrap_err()
                .message
                .contains("JSON object")
        );
        let e = model_from_hf_config(
            r#"{"hidden_size":4096,"num_attention_heads":32,"vocab_size":10}"#,
        )
        .unwrap_err()
        .message;
        assert!(e.contains("num_hidden_layers"), "{e}");
        let e = model_from_hf_config(r#"{"num_hidden_layers":-3}"#)
            .unwrap_err()
            .message;
        assert!(e.contains("num_hidden_layers"), "{e}");
        let e = hardware_from_json(r#"{"name":"x","vendor":"nvidia","kind":"gpu","memory_gb":0}"#)
            .unwrap_err()
            .message;
        assert!(e.contains("memory_gb"), "{e}");
    }
}
