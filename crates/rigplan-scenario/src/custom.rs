//! User-supplied inputs: a Hugging Face `config.json` and a custom hardware spec (JSON).
//! Both are parsed locally; every problem becomes one sentence naming the field.

use crate::json::{Object, Value};
use crate::resolve::bounds::{MEMORY_GB, SPEC_MAX};
use alloc::format;
use alloc::string::{String, ToString};
use rigplan_core::hardware::{
    DeviceKind, DeviceSpec, Interconnect, MemoryRule, MemoryType, Vendor,
};
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

/// A whole number within `lo..=hi`; `Ok(None)` when absent.
fn int_in(m: &Object, key: &str, lo: f64, hi: f64) -> Result<Option<u32>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_f64() {
            Some(x) if (x as u64) as f64 == x && x >= lo && x <= hi => Ok(Some(x as u32)),
            _ => Err(format!(
                "config.json field `{key}` must be a whole number from {lo} to {hi}, found {v}"
            )),
        },
    }
}

fn first_int(m: &Object, keys: &[&str], lo: f64, hi: f64) -> Result<Option<u32>, String> {
    for k in keys {
        if let Some(v) = int_in(m, k, lo, hi)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn required(m: &Object, keys: &[&str], lo: f64, hi: f64) -> Result<u32, String> {
    first_int(m, keys, lo, hi)?.ok_or_else(|| match keys {
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
pub fn model_from_hf_config(text: &str) -> Result<ModelArch, String> {
    let top = parse_object(text, "config.json")?;
    let m = match top.get("text_config") {
        Some(Value::Object(t)) => t.clone(),
        _ => top.clone(),
    };
    let layers = required(
        &m,
        &["num_hidden_layers", "n_layer", "num_layers"],
        1.0,
        1000.0,
    )?;
    let hidden = required(&m, &["hidden_size", "n_embd", "d_model"], 16.0, 131_072.0)?;
    let heads = required(&m, &["num_attention_heads", "n_head"], 1.0, 1024.0)?;
    let kv_heads =
        first_int(&m, &["num_key_value_heads", "num_kv_heads"], 1.0, 1024.0)?.unwrap_or(heads);
    if kv_heads > heads {
        return Err(format!(
            "config.json has num_key_value_heads {kv_heads} above num_attention_heads {heads}"
        ));
    }
    let head_dim = first_int(&m, &["head_dim"], 1.0, 4096.0)?.unwrap_or((hidden / heads).max(1));
    let ffn = first_int(
        &m,
        &["intermediate_size", "n_inner", "ffn_dim"],
        1.0,
        1_048_576.0,
    )?
    .unwrap_or(hidden * 4);
    let vocab = required(&m, &["vocab_size"], 1.0, 10_000_000.0)?;
    let model_type = m
        .get("model_type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let tied = match m
        .get("tie_word_embeddings")
        .or_else(|| top.get("tie_word_embeddings"))
    {
        Some(Value::Bool(b)) => *b,
        // Gemma ties by default; Llama-style configs do not.
        _ => model_type.starts_with("gemma"),
    };
    let max_context = first_int(
        &m,
        &["max_position_embeddings", "n_positions", "seq_length"],
        1.0,
        100_000_000.0,
    )?
    .unwrap_or(0);

    let experts = first_int(
        &m,
        &["num_local_experts", "n_routed_experts", "num_experts"],
        1.0,
        100_000.0,
    )?;
    let moe = match experts {
        Some(e) if e > 1 => {
            let active = first_int(
                &m,
                &["num_experts_per_tok", "num_experts_per_token", "moe_top_k"],
                1.0,
                1024.0,
            )?
            .ok_or("config.json has experts but no `num_experts_per_tok`")?;
            if active > e {
                return Err(format!(
                    "config.json routes {active} experts per token but has only {e}"
                ));
            }
            Some(Moe {
                experts: e,
                active,
                shared: first_int(&m, &["n_shared_experts", "num_shared_experts"], 0.0, 64.0)?
                    .unwrap_or(0),
                expert_ffn: first_int(
                    &m,
                    &["moe_intermediate_size", "expert_intermediate_size"],
                    1.0,
                    1_048_576.0,
                )?
                .unwrap_or(ffn),
                dense_layers: first_int(&m, &["first_k_dense_replace"], 0.0, 1000.0)?
                    .unwrap_or(0)
                    .min(layers),
            })
        }
        _ => None,
    };

    let kv_lora = first_int(&m, &["kv_lora_rank"], 1.0, 65_536.0)?;
    let attention = if let Some(kv_lora_rank) = kv_lora {
        Attention::Mla {
            kv_lora_rank,
            rope_dim: first_int(&m, &["qk_rope_head_dim"], 0.0, 4096.0)?.unwrap_or(64),
        }
    } else {
        sliding(&m, layers)?
    };

    let (params, active_params) = count_params(
        &m, layers, hidden, heads, kv_heads, head_dim, ffn, vocab, tied, moe, attention,
    )?;
    Ok(ModelArch {
        params,
        active_params,
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
    })
}

fn sliding(m: &Object, layers: u32) -> Result<Attention, String> {
    let Some(window) = int_in(m, "sliding_window", 1.0, 100_000_000.0)? else {
        return Ok(Attention::Full);
    };
    if matches!(m.get("use_sliding_window"), Some(Value::Bool(false))) {
        return Ok(Attention::Full);
    }
    let local = if let Some(Value::Array(types)) = m.get("layer_types") {
        types
            .iter()
            .filter(|t| t.as_str().is_some_and(|s| s.contains("sliding")))
            .count() as u32
    } else if let Some(p) = int_in(m, "sliding_window_pattern", 1.0, 1000.0)? {
        // Gemma 3: every p-th layer is global.
        layers - layers / p
    } else {
        layers
    };
    Ok(Attention::Sliding {
        window,
        local_layers: local.min(layers),
    })
}

#[allow(clippy::too_many_arguments)] // one call site; the fields are the config's
fn count_params(
    m: &Object,
    layers: u32,
    hidden: u32,
    heads: u32,
    kv_heads: u32,
    head_dim: u32,
    ffn: u32,
    vocab: u32,
    tied: bool,
    moe: Option<Moe>,
    attention: Attention,
) -> Result<(f64, f64), String> {
    let h = f64::from(hidden);
    let embed = f64::from(vocab) * h * if tied { 1.0 } else { 2.0 };
    let attn = match attention {
        Attention::Mla {
            kv_lora_rank,
            rope_dim,
        } => {
            let nope = f64::from(int_in(m, "qk_nope_head_dim", 0.0, 4096.0)?.unwrap_or(128));
            let v_dim = f64::from(int_in(m, "v_head_dim", 0.0, 4096.0)?.unwrap_or(128));
            let q_lora = int_in(m, "q_lora_rank", 0.0, 65_536.0)?.map(f64::from);
            let hd = f64::from(heads);
            let qk = nope + f64::from(rope_dim);
            let q = match q_lora {
                Some(r) if r > 0.0 => h * r + r * hd * qk,
                _ => h * hd * qk,
            };
            let kvl = f64::from(kv_lora_rank);
            q + h * (kvl + f64::from(rope_dim)) + kvl * hd * (nope + v_dim) + hd * v_dim * h
        }
        _ => {
            let qo = 2.0 * h * f64::from(heads) * f64::from(head_dim);
            qo + 2.0 * h * f64::from(kv_heads) * f64::from(head_dim)
        }
    };
    let l = f64::from(layers);
    let dense_ffn = 3.0 * h * f64::from(ffn);
    let (total_ffn, active_ffn) = match moe {
        Some(x) => {
            let one = 3.0 * h * f64::from(x.expert_ffn);
            let dense_l = f64::from(x.dense_layers);
            let moe_l = l - dense_l;
            let shared = f64::from(x.shared) * one;
            let router = h * f64::from(x.experts);
            (
                dense_l * dense_ffn + moe_l * (f64::from(x.experts) * one + shared + router),
                dense_l * dense_ffn + moe_l * (f64::from(x.active) * one + shared + router),
            )
        }
        None => (l * dense_ffn, l * dense_ffn),
    };
    let norms = l * 2.0 * h + h;
    let total = embed + l * attn + total_ffn + norms;
    let active = embed + l * attn + active_ffn + norms;
    if !total.is_finite() || total <= 0.0 {
        return Err("config.json dimensions give no parameters".into());
    }
    Ok((total, active))
}

/// A user-described device: `{name, vendor, kind, memory_gb, memory_bandwidth_gbs,
/// fp16_tflops, tdp_w}` plus optional `int8_tops, idle_w, memory_type, pcie_gen,
/// nvlink_gbs, price_usd`.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomHardware {
    /// Name to show.
    pub name: String,
    /// The numbers.
    pub spec: DeviceSpec,
    /// Price of one device, if given.
    pub price_usd: Option<f64>,
}

fn positive(m: &Object, key: &str, hi: f64, req: bool) -> Result<Option<f64>, String> {
    match m.get(key) {
        None | Some(Value::Null) if !req => Ok(None),
        None | Some(Value::Null) => Err(format!("hardware spec is missing `{key}`")),
        Some(v) => match v.as_f64() {
            Some(x) if x > 0.0 && x <= hi => Ok(Some(x)),
            _ => Err(format!(
                "hardware spec field `{key}` must be a number above 0 and at most {hi}, found {v}"
            )),
        },
    }
}

/// Parses a custom hardware spec (JSON text).
pub fn hardware_from_json(text: &str) -> Result<CustomHardware, String> {
    hardware_from_fields(&parse_object(text, "hardware spec")?)
}

/// Validates a custom hardware spec already split into its JSON fields (the object
/// [`hardware_from_json`] reads): the one path every adapter (JSON text, the shareable
/// link's `chw`) goes through, with the same ranges and error sentences.
pub fn hardware_from_fields(m: &Object) -> Result<CustomHardware, String> {
    // Cut to 80 characters first, then require something visible in what is kept: a name
    // that is blank after the cut would not survive a link round trip (found by fuzzing).
    let name: String = match m.get("name") {
        Some(Value::String(s)) => s.chars().take(80).collect(),
        _ => return Err("hardware spec is missing `name`".into()),
    };
    if name.trim().is_empty() {
        return Err("hardware spec `name` is blank in its first 80 characters".into());
    }
    let vendor =
        match m
            .get("vendor")
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("nvidia") => Vendor::Nvidia,
            Some("amd") => Vendor::Amd,
            Some("apple") => Vendor::Apple,
            Some("intel") => Vendor::Intel,
            Some("qualcomm") => Vendor::Qualcomm,
            Some(_) => Vendor::Other,
            None => return Err(
                "hardware spec is missing `vendor` (nvidia, amd, apple, intel, qualcomm or other)"
                    .into(),
            ),
        };
    let kind = match m
        .get("kind")
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("gpu") => DeviceKind::Gpu,
        Some("unified" | "soc" | "apu") => DeviceKind::Unified,
        Some("cpu") => DeviceKind::Cpu,
        other => {
            return Err(format!(
                "hardware spec field `kind` must be gpu, unified or cpu, found {}",
                other.unwrap_or("nothing")
            ));
        }
    };
    let memory = positive(m, "memory_gb", MEMORY_GB.1, true)?.unwrap_or(1.0);
    let bw = positive(m, "memory_bandwidth_gbs", SPEC_MAX, true)?.unwrap_or(1.0);
    let fp16 = positive(m, "fp16_tflops", SPEC_MAX, true)?;
    let tdp = positive(m, "tdp_w", SPEC_MAX, true)?;
    let int8 = positive(m, "int8_tops", SPEC_MAX, false)?;
    let idle = positive(m, "idle_w", SPEC_MAX, false)?;
    let nvlink = positive(m, "nvlink_gbs", SPEC_MAX, false)?;
    let pcie_gen = positive(m, "pcie_gen", 7.0, false)?
        .map_or(if kind == DeviceKind::Gpu { 4 } else { 0 }, |g| g as u8);
    let price_usd = positive(m, "price_usd", 1e9, false)?;
    let memory_type = match m.get("memory_type").and_then(Value::as_str) {
        Some("hbm") => MemoryType::Hbm,
        Some("lpddr") => MemoryType::Lpddr,
        Some("ddr") => MemoryType::Ddr,
        Some("gddr") => MemoryType::Gddr,
        Some(o) => {
            return Err(format!(
                "hardware spec field `memory_type` must be gddr, hbm, lpddr or ddr, found {o}"
            ));
        }
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
            memory: Bytes::from_gb(memory),
            memory_type,
            bandwidth: BytesPerSecond::from_gbs(bw),
            fp16: fp16.map(FlopsPerSecond::from_tflops),
            fp16_is_fp32_accumulate: false,
            int8: int8.map(FlopsPerSecond::from_tflops),
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
        assert!(hardware_from_json(&json).unwrap_err().contains("blank"));
    }

    #[test]
    fn errors_name_the_field() {
        assert!(
            model_from_hf_config("{")
                .unwrap_err()
                .contains("not valid JSON")
        );
        assert!(
            model_from_hf_config("[]")
                .unwrap_err()
                .contains("JSON object")
        );
        let e = model_from_hf_config(
            r#"{"hidden_size":4096,"num_attention_heads":32,"vocab_size":10}"#,
        )
        .unwrap_err();
        assert!(e.contains("num_hidden_layers"), "{e}");
        let e = model_from_hf_config(r#"{"num_hidden_layers":-3}"#).unwrap_err();
        assert!(e.contains("num_hidden_layers"), "{e}");
        let e = hardware_from_json(r#"{"name":"x","vendor":"nvidia","kind":"gpu","memory_gb":0}"#)
            .unwrap_err();
        assert!(e.contains("memory_gb"), "{e}");
    }
}
