//! The shape of each data file's records. Unknown keys are refused, so a misspelt field
//! fails loudly instead of silently taking a default.

use serde::Deserialize;

/// Where a figure comes from.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Public URL.
    pub url: String,
    /// Which figures it backs, in words (`memory bandwidth tdp ...`).
    pub covers: String,
    /// Date the source was read (`YYYY-MM-DD`).
    pub read: String,
}

/// A dated price.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Price {
    /// US dollars.
    pub usd: f64,
    /// When it held (`YYYY-MM` or `YYYY-MM-DD`).
    pub date: String,
    /// `launch`, `list`, `street` or `report`.
    pub kind: String,
}

/// One accelerator or SoC.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Device {
    pub id: String,
    pub name: String,
    pub tier: String,
    pub vendor: String,
    pub kind: String,
    pub memory_gb: f64,
    pub memory_type: String,
    pub bandwidth_gbs: f64,
    pub fp16_tflops: Option<f64>,
    #[serde(default)]
    pub fp16_is_fp32_accumulate: bool,
    pub int8_tops: Option<f64>,
    pub tdp_w: Option<f64>,
    pub idle_w: Option<f64>,
    pub pcie_gen: u8,
    pub pcie_lanes: u8,
    pub nvlink_gbs: Option<f64>,
    pub memory_rule: String,
    pub carveout_max_fraction: Option<f64>,
    pub price: Option<Price>,
    pub year: Option<u16>,
    pub notes: String,
    pub source: Vec<Source>,
}

/// `devices/*.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceFile {
    pub device: Vec<Device>,
}

/// The platform of a system or a default host.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostFields {
    pub ram_gb: f64,
    pub ram_bandwidth_gbs: f64,
    pub load_w: f64,
    pub idle_w: f64,
    pub price_usd: Option<f64>,
}

/// A complete machine.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct System {
    pub id: String,
    pub name: String,
    pub tier: String,
    pub device: String,
    pub count: u32,
    pub memory_gb: Option<f64>,
    pub price: Option<Price>,
    pub notes: String,
    pub host: HostFields,
    pub source: Vec<Source>,
}

/// `systems.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SystemFile {
    pub system: Vec<System>,
}

/// A default host around a bare device.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Host {
    pub id: String,
    pub description: String,
    #[serde(flatten)]
    pub fields: HostFields,
}

/// `hosts.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostFile {
    pub host: Vec<Host>,
}

/// Mixture-of-experts layout.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Moe {
    pub experts: u32,
    pub active: u32,
    pub shared: u32,
    pub expert_ffn: u32,
    pub dense_layers: u32,
}

/// One model.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub id: String,
    pub name: String,
    pub family: String,
    pub hf_repo: String,
    pub params: f64,
    pub active_params: f64,
    pub layers: u32,
    pub hidden: u32,
    pub heads: u32,
    pub kv_heads: u32,
    pub head_dim: u32,
    pub ffn: u32,
    pub vocab: u32,
    pub tied_embeddings: bool,
    pub max_context: u32,
    pub attention: String,
    pub window: Option<u32>,
    pub local_layers: Option<u32>,
    pub kv_lora_rank: Option<u32>,
    pub rope_dim: Option<u32>,
    pub notes: String,
    pub moe: Option<Moe>,
    pub source: Vec<Source>,
}

/// `models.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub model: Vec<Model>,
}

/// Bits per weight by tensor class.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bits {
    pub base: f64,
    pub embed: f64,
    pub output: f64,
    pub attn_v: f64,
    pub ffn_down: f64,
    pub expert: f64,
    pub expert_down: f64,
    pub moe_dense: Option<f64>,
}

/// One quantization scheme.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quant {
    pub id: String,
    pub name: String,
    pub kernel: String,
    pub format: String,
    pub notes: String,
    pub bits: Bits,
    pub source: Vec<Source>,
}

/// `quants.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuantFile {
    pub quant: Vec<Quant>,
}

/// A cloud GPU rental price.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cloud {
    pub id: String,
    pub name: String,
    pub device: String,
    pub usd_per_gpu_hour: f64,
    pub date: String,
    pub source: Source,
}

/// `cloud.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CloudFile {
    pub cloud: Vec<Cloud>,
}

/// An API price.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Api {
    pub id: String,
    pub name: String,
    pub input_usd_per_mtok: f64,
    pub output_usd_per_mtok: f64,
    pub date: String,
    pub source: Source,
}

/// `api.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiFile {
    pub api: Vec<Api>,
}

/// Ids are lower-case `[a-z0-9.+-]` words, unique within their kind.
pub fn check_ids<'a>(ids: impl Iterator<Item = (&'static str, &'a str)>) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for (kind, id) in ids {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._+-".contains(&b));
        if !ok {
            return Err(format!("{kind} id '{id}' is not lower-case [a-z0-9._+-]"));
        }
        if !seen.insert((kind, id)) {
            return Err(format!("{kind} id '{id}' appears twice"));
        }
    }
    Ok(())
}

/// `YYYY-MM` or `YYYY-MM-DD` with plausible numbers.
pub fn check_date(what: &str, d: &str, day_required: bool) -> Result<(), String> {
    let parts: Vec<&str> = d.split('-').collect();
    let num = |s: &str, lo: u32, hi: u32| {
        s.len() >= 2 && s.bytes().all(|b| b.is_ascii_digit()) && {
            let n: u32 = s.parse().unwrap_or(0);
            (lo..=hi).contains(&n)
        }
    };
    let ok = match parts.as_slice() {
        [y, m] => !day_required && num(y, 1990, 2100) && num(m, 1, 12),
        [y, m, dd] => num(y, 1990, 2100) && num(m, 1, 12) && num(dd, 1, 31),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{what}: date '{d}' is not {}",
            if day_required {
                "YYYY-MM-DD"
            } else {
                "YYYY-MM or YYYY-MM-DD"
            }
        ))
    }
}
