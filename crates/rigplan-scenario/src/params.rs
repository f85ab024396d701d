//! The scenario as a user states it ([`Params`]), and the table of its fields ([`FIELDS`]).
//!
//! Each row of [`FIELDS`] states one field once: its link key, its command-line flag, its
//! label and help text, its unit, the values it accepts, its default in every link version,
//! and how it is read from and written to [`Params`]. The link codec
//! ([`crate::link`]), the CLI's flags and `--help`, the web app's inputs and the tests'
//! key lists are all driven by this table, so adding an input is adding a row (and a field
//! of [`Params`], and whatever the resolver does with it).

use crate::custom::CustomHardware;
use crate::error::Error;
use alloc::format;
use alloc::string::{String, ToString};
use rigplan_core::limits::{
    MAX_BATCH, MAX_COUNT, MAX_HOURS_PER_DAY, MAX_LAYERS, MAX_PUE, MAX_REQUESTS_PER_DAY, MAX_TOKENS,
    MAX_UBATCH, MAX_USD_PER_KWH, MAX_USERS, MAX_YEARS,
};
use rigplan_core::model::ModelArch;
use rigplan_core::quant::KvType;
use rigplan_core::{Split, Work};

/// Which model.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelChoice {
    /// A catalog id.
    Id(String),
    /// A parsed `config.json`.
    Custom(ModelArch),
}

/// Which hardware.
#[derive(Clone, Debug, PartialEq)]
pub enum HardwareChoice {
    /// A device or system id.
    Id(String),
    /// A user-described device.
    Custom(CustomHardware),
}

/// The scenario as a link or the command line carries it: ids and numbers, checked
/// against [`FIELDS`] and resolved against the catalog by [`crate::resolve()`].
/// `Default` is the current link version's defaults. Each field is documented once, by its
/// row of [`FIELDS`] (`help`, `unit`, the values it accepts).
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)] // documented by the field table
pub struct Params {
    // What runs.
    pub model: ModelChoice,
    pub quant: String,
    // On what.
    pub hardware: HardwareChoice,
    pub memory_gb: Option<f64>,
    pub host_ram_gb: Option<f64>,
    pub host_bandwidth_gbs: Option<f64>,
    pub pcie_slot: Option<String>,
    pub count: u32,
    pub split: Split,
    // How much: tokens and sequences.
    pub context: u32,
    pub prompt: u32,
    pub depth: u32,
    pub prefill_depth: u32,
    pub kv: KvType,
    // How: engine and kernels.
    pub engine: String,
    pub backend: Option<String>,
    pub flash_attention: bool,
    pub n_cpu_moe: u32,
    pub cpu_moe: bool,
    pub ubatch: u32,
    pub batch: u32,
    // What it costs.
    pub hours_per_day: f64,
    pub usd_per_kwh: f64,
    pub years: u32,
    pub price_usd: Option<f64>,
    pub power_w: Option<f64>,
    // What the alternatives cost.
    pub maintenance_usd_per_year: f64,
    pub cloud_usd_per_hour: Option<f64>,
    pub api_usd_per_mtok: Option<f64>,
    // The work people bring.
    pub work: Work,
    pub users: f64,
    pub requests_per_user_per_day: f64,
    pub input_tokens: u32,
    pub output_tokens: u32,
    pub cached_share: f64,
    pub max_ttft_s: f64,
    pub min_user_tokens_per_s: f64,
    pub spec_acceptance: f64,
    pub api_model: Option<String>,
    pub resale_usd: f64,
    pub pue: f64,
    // The decision views: which view shows, and their filters and targets.
    pub view: String,
    pub arch: Option<String>,
    pub family: Option<String>,
    pub min_params_b: Option<f64>,
    pub max_params_b: Option<f64>,
    pub min_decode: Option<f64>,
    pub min_context: Option<f64>,
    pub max_first_token_s: Option<f64>,
    pub max_price: Option<f64>,
    pub serve_users: bool,
    pub sort: Option<String>,
}

impl Default for Params {
    fn default() -> Self {
        defaults(crate::link::VERSION)
    }
}

/// One field of the scenario: the rows of [`FIELDS`], in the link's canonical order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)] // each variant is documented by its row's `help`
pub enum FieldId {
    Model,
    Quant,
    Hardware,
    Memory,
    HostRam,
    HostBandwidth,
    PcieSlot,
    Count,
    Split,
    Context,
    Prompt,
    Depth,
    PrefillDepth,
    Kv,
    Engine,
    Backend,
    FlashAttention,
    NCpuMoe,
    CpuMoe,
    Ubatch,
    Batch,
    Hours,
    Electricity,
    Years,
    Price,
    Power,
    Maintenance,
    Cloud,
    Api,
    Work,
    Users,
    Requests,
    InputTokens,
    OutputTokens,
    CachedShare,
    MaxTtft,
    MinUserSpeed,
    SpecAcceptance,
    ApiModel,
    Resale,
    Pue,
    View,
    Arch,
    Family,
    MinParams,
    MaxParams,
    MinDecode,
    MinContext,
    MaxFirstToken,
    MaxPrice,
    ServeUsers,
    Sort,
}

/// A catalog list an id field is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Catalog {
    /// Models (`m`).
    Model,
    /// Quantizations (`q`).
    Quant,
    /// Devices and systems (`hw`).
    Hardware,
    /// API prices (`apim`).
    Api,
}

/// What a field holds and the values it accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A whole number in `lo..=hi`.
    Whole {
        /// Smallest.
        lo: u32,
        /// Largest.
        hi: u32,
    },
    /// A number in `lo..=hi`; `optional` fields may be blank (then derived or unknown).
    Number {
        /// Smallest.
        lo: f64,
        /// Largest.
        hi: f64,
        /// Spinner step in the page.
        step: f64,
        /// Blank allowed.
        optional: bool,
    },
    /// One of fixed ids: `(id, label)`; `optional` fields may be blank (the usual one).
    Choice {
        /// The ids and their labels.
        options: &'static [(&'static str, &'static str)],
        /// Blank allowed.
        optional: bool,
    },
    /// On or off (`1`/`0` in a link, `on`/`off` on the command line).
    Switch,
    /// An id from a catalog list (models and hardware also take a custom description,
    /// under the row's `alt_key` / `alt_flag`).
    Id(Catalog),
}

/// Where a field's input sits in the page (the table's order within each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The model picker.
    Model,
    /// The hardware picker.
    Hardware,
    /// How it runs: quantization, context, engine, ...
    Run,
    /// The cost comparison.
    Cost,
    /// The workload: users, requests, tokens, targets.
    Workload,
    /// The decision views' own filters and targets (shown in those views).
    Decision,
}

/// A field's value, as [`Field::get`] reads it from [`Params`].
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Blank: an optional field left unset.
    Blank,
    /// A whole number.
    Whole(u32),
    /// A number.
    Number(f64),
    /// An id (catalog id or choice).
    Text(String),
    /// On or off.
    Switch(bool),
    /// A custom model.
    CustomModel(ModelArch),
    /// Custom hardware.
    CustomHardware(CustomHardware),
}

/// One row of the field table.
#[derive(Clone, Copy)]
pub struct Field {
    /// Which field.
    pub id: FieldId,
    /// Link key (permanent within a link version).
    pub key: &'static str,
    /// Link key of the custom form (`cm`, `chw`), if any.
    pub alt_key: Option<&'static str>,
    /// Command-line flag without `--`.
    pub flag: &'static str,
    /// Command-line flag of the custom form (a file path), if any.
    pub alt_flag: Option<&'static str>,
    /// What `--help` shows as the value (`N`, `X`, `ID`); empty without `notes`.
    pub metavar: &'static str,
    /// Label in the page.
    pub label: &'static str,
    /// One line of help (`--help`); empty without `notes`.
    pub help: &'static str,
    /// Unit of the value (empty for none); empty without `notes`.
    pub unit: &'static str,
    /// Accepted values.
    pub kind: Kind,
    /// Where its input sits in the page.
    pub section: Section,
    /// Default text by link version: `(first version, text)`, oldest first; the empty
    /// text is blank. Frozen: a version's defaults never change once shipped.
    pub defaults: &'static [(u32, &'static str)],
    /// Reads the field.
    pub get: fn(&Params) -> Value,
    /// Writes a value [`Field::parse`] accepted.
    pub set: fn(&mut Params, Value),
}

impl core::fmt::Debug for Field {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.key)
    }
}

use crate::choices::{
    ARCHS, BACKENDS, ENGINES, FAMILIES, KV_TYPES, PCIE_SLOTS, SORTS, SPLITS, VIEWS, WORKS,
};

fn whole(p: u32) -> Value {
    Value::Whole(p)
}
fn number(p: f64) -> Value {
    Value::Number(p)
}
fn optional(p: Option<f64>) -> Value {
    p.map_or(Value::Blank, Value::Number)
}
fn text(p: &str) -> Value {
    Value::Text(p.to_string())
}
fn as_whole(v: Value) -> u32 {
    match v {
        Value::Whole(n) => n,
        _ => 0,
    }
}
fn as_number(v: Value) -> f64 {
    match v {
        Value::Number(x) => x,
        _ => f64::NAN,
    }
}
fn as_optional(v: Value) -> Option<f64> {
    match v {
        Value::Number(x) => Some(x),
        _ => None,
    }
}
fn as_text(v: Value) -> String {
    match v {
        Value::Text(s) => s,
        _ => String::new(),
    }
}
const fn num(lo: f64, hi: f64, step: f64) -> Kind {
    Kind::Number {
        lo,
        hi,
        step,
        optional: false,
    }
}
const fn opt(lo: f64, hi: f64, step: f64) -> Kind {
    Kind::Number {
        lo,
        hi,
        step,
        optional: true,
    }
}

/// Every field, in the link's canonical order.
pub static FIELDS: &[Field] = &[
    Field {
        id: FieldId::Model,
        key: "m",
        alt_key: Some("cm"),
        flag: "model",
        alt_flag: Some("model-config"),
        metavar: text!("ID"),
        label: "Model",
        help: text!("model id, or a Hugging Face config.json"),
        unit: text!(""),
        kind: Kind::Id(Catalog::Model),
        section: Section::Model,
        defaults: &[(1, "llama-3.1-8b")],
        get: |p| match &p.model {
            ModelChoice::Id(id) => text(id),
            ModelChoice::Custom(a) => Value::CustomModel(*a),
        },
        set: |p, v| match v {
            Value::CustomModel(a) => p.model = ModelChoice::Custom(a),
            v => p.model = ModelChoice::Id(as_text(v)),
        },
    },
    Field {
        id: FieldId::Quant,
        key: "q",
        alt_key: None,
        flag: "quant",
        alt_flag: None,
        metavar: text!("ID"),
        label: "Quantization",
        help: text!("weight quantization"),
        unit: text!(""),
        kind: Kind::Id(Catalog::Quant),
        section: Section::Run,
        defaults: &[(1, "q4_k_m")],
        get: |p| text(&p.quant),
        set: |p, v| p.quant = as_text(v),
    },
    Field {
        id: FieldId::Hardware,
        key: "hw",
        alt_key: Some("chw"),
        flag: "hardware",
        alt_flag: Some("hardware-spec"),
        metavar: text!("ID"),
        label: "Hardware",
        help: text!("device or system id, or a JSON spec"),
        unit: text!(""),
        kind: Kind::Id(Catalog::Hardware),
        section: Section::Hardware,
        defaults: &[(1, "rtx-4090")],
        get: |p| match &p.hardware {
            HardwareChoice::Id(id) => text(id),
            HardwareChoice::Custom(c) => Value::CustomHardware(c.clone()),
        },
        set: |p, v| match v {
            Value::CustomHardware(c) => p.hardware = HardwareChoice::Custom(c),
            v => p.hardware = HardwareChoice::Id(as_text(v)),
        },
    },
    Field {
        id: FieldId::Memory,
        key: "mem",
        alt_key: None,
        flag: "memory-gb",
        alt_flag: None,
        metavar: text!("N"),
        label: "Memory per device (override)",
        help: text!("override the device memory"),
        unit: text!("GB"),
        kind: opt(0.1, 100_000.0, 1.0),
        section: Section::Hardware,
        defaults: &[(1, "")],
        get: |p| optional(p.memory_gb),
        set: |p, v| p.memory_gb = as_optional(v),
    },
    Field {
        id: FieldId::HostRam,
        key: "hram",
        alt_key: None,
        flag: "host-ram-gb",
        alt_flag: None,
        metavar: text!("N"),
        label: "System RAM (override)",
        help: text!("system RAM of the machine around the card (blank: assumed host)"),
        unit: text!("GB"),
        kind: opt(0.1, 100_000.0, 1.0),
        section: Section::Hardware,
        defaults: &[(1, "")],
        get: |p| optional(p.host_ram_gb),
        set: |p, v| p.host_ram_gb = as_optional(v),
    },
    Field {
        id: FieldId::HostBandwidth,
        key: "hbw",
        alt_key: None,
        flag: "host-bandwidth-gbs",
        alt_flag: None,
        metavar: text!("X"),
        label: "System RAM bandwidth (override)",
        help: text!("system RAM bandwidth, for weights in system RAM (blank: assumed host)"),
        unit: text!("GB/s"),
        kind: opt(0.1, 100_000.0, 1.0),
        section: Section::Hardware,
        defaults: &[(1, "")],
        get: |p| optional(p.host_bandwidth_gbs),
        set: |p, v| p.host_bandwidth_gbs = as_optional(v),
    },
    Field {
        id: FieldId::PcieSlot,
        key: "slot",
        alt_key: None,
        flag: "pcie-slot",
        alt_flag: None,
        metavar: text!("ID"),
        label: "PCIe slot (override)",
        help: text!(
            "the card's slot when older or narrower than the card, e.g. 4x8 (a 5.0 x8 slot moves what 4x16 does): experts in system RAM cross it (blank: the card's own link)"
        ),
        unit: text!(""),
        kind: Kind::Choice {
            options: PCIE_SLOTS,
            optional: true,
        },
        section: Section::Hardware,
        defaults: &[(1, "")],
        get: |p| p.pcie_slot.as_deref().map_or(Value::Blank, text),
        set: |p, v| {
            p.pcie_slot = match v {
                Value::Text(s) => Some(s),
                _ => None,
            }
        },
    },
    Field {
        id: FieldId::Count,
        key: "n",
        alt_key: None,
        flag: "count",
        alt_flag: None,
        metavar: text!("N"),
        label: "Devices",
        help: text!("devices (or machines, for a system id)"),
        unit: text!(""),
        kind: Kind::Whole {
            lo: 1,
            hi: MAX_COUNT,
        },
        section: Section::Hardware,
        defaults: &[(1, "1")],
        get: |p| whole(p.count),
        set: |p, v| p.count = as_whole(v),
    },
    Field {
        id: FieldId::Split,
        key: "sp",
        alt_key: None,
        flag: "split",
        alt_flag: None,
        metavar: text!("layer|tensor"),
        label: "Split",
        help: text!("how several devices share the model"),
        unit: text!(""),
        kind: Kind::Choice {
            options: SPLITS,
            optional: false,
        },
        section: Section::Hardware,
        defaults: &[(1, "layer")],
        get: |p| text(p.split.id()),
        set: |p, v| p.split = crate::choices::split(&as_text(v)).unwrap_or_default(),
    },
    Field {
        id: FieldId::Context,
        key: "ctx",
        alt_key: None,
        flag: "context",
        alt_flag: None,
        metavar: text!("N"),
        label: "Context (tokens)",
        help: text!("context length allocated per sequence"),
        unit: text!("tokens"),
        kind: Kind::Whole {
            lo: 1,
            hi: MAX_TOKENS,
        },
        section: Section::Run,
        defaults: &[(1, "4096")],
        get: |p| whole(p.context),
        set: |p, v| p.context = as_whole(v),
    },
    Field {
        id: FieldId::Prompt,
        key: "pr",
        alt_key: None,
        flag: "prompt",
        alt_flag: None,
        metavar: text!("N"),
        label: "Prompt (tokens)",
        help: text!("prompt length, for prefill and time to first token"),
        unit: text!("tokens"),
        kind: Kind::Whole {
            lo: 1,
            hi: MAX_TOKENS,
        },
        section: Section::Run,
        defaults: &[(1, "512")],
        get: |p| whole(p.prompt),
        set: |p, v| p.prompt = as_whole(v),
    },
    Field {
        id: FieldId::Depth,
        key: "d",
        alt_key: None,
        flag: "depth",
        alt_flag: None,
        metavar: text!("N"),
        label: "KV depth for decode (tokens)",
        help: text!("tokens already in the cache when the decode speed is measured"),
        unit: text!("tokens"),
        kind: Kind::Whole {
            lo: 0,
            hi: MAX_TOKENS,
        },
        section: Section::Run,
        defaults: &[(1, "0")],
        get: |p| whole(p.depth),
        set: |p, v| p.depth = as_whole(v),
    },
    Field {
        id: FieldId::PrefillDepth,
        key: "pd",
        alt_key: None,
        flag: "prefill-depth",
        alt_flag: None,
        metavar: text!("N"),
        label: "Tokens already in the cache before the prompt",
        help: text!("tokens already in the cache when the prompt is processed (a later turn)"),
        unit: text!("tokens"),
        kind: Kind::Whole {
            lo: 0,
            hi: MAX_TOKENS,
        },
        section: Section::Run,
        defaults: &[(1, "0")],
        get: |p| whole(p.prefill_depth),
        set: |p, v| p.prefill_depth = as_whole(v),
    },
    Field {
        id: FieldId::Kv,
        key: "kv",
        alt_key: None,
        flag: "kv-quant",
        alt_flag: None,
        metavar: text!("f16|q8_0|q4_0"),
        label: "KV cache",
        help: text!("KV cache element type"),
        unit: text!(""),
        kind: Kind::Choice {
            options: KV_TYPES,
            optional: false,
        },
        section: Section::Run,
        defaults: &[(1, "f16")],
        get: |p| text(p.kv.id()),
        set: |p, v| p.kv = crate::choices::kv(&as_text(v)).unwrap_or_default(),
    },
    Field {
        id: FieldId::Engine,
        key: "e",
        alt_key: None,
        flag: "engine",
        alt_flag: None,
        metavar: text!("ID"),
        label: "Engine",
        help: text!("inference engine"),
        unit: text!(""),
        kind: Kind::Choice {
            options: ENGINES,
            optional: false,
        },
        section: Section::Run,
        defaults: &[(1, "llama.cpp")],
        get: |p| text(&p.engine),
        set: |p, v| p.engine = as_text(v),
    },
    Field {
        id: FieldId::Backend,
        key: "b",
        alt_key: None,
        flag: "backend",
        alt_flag: None,
        metavar: text!("ID"),
        label: "Backend",
        help: text!("compute backend (blank: the vendor's usual one)"),
        unit: text!(""),
        kind: Kind::Choice {
            options: BACKENDS,
            optional: true,
        },
        section: Section::Run,
        defaults: &[(1, "")],
        get: |p| p.backend.as_deref().map_or(Value::Blank, text),
        set: |p, v| {
            p.backend = match v {
                Value::Text(s) => Some(s),
                _ => None,
            }
        },
    },
    Field {
        id: FieldId::FlashAttention,
        key: "fa",
        alt_key: None,
        flag: "flash-attention",
        alt_flag: None,
        metavar: text!("on|off"),
        label: "Flash attention",
        help: text!("flash attention (llama.cpp -fa; mlx-lm always fuses attention)"),
        unit: text!(""),
        kind: Kind::Switch,
        section: Section::Run,
        defaults: &[(1, "1")],
        get: |p| Value::Switch(p.flash_attention),
        set: |p, v| p.flash_attention = v == Value::Switch(true),
    },
    Field {
        id: FieldId::NCpuMoe,
        key: "ncm",
        alt_key: None,
        flag: "n-cpu-moe",
        alt_flag: None,
        metavar: text!("N"),
        label: "Expert layers in system RAM (--n-cpu-moe)",
        help: text!("MoE: keep the experts of the first N blocks in system RAM (llama.cpp)"),
        unit: text!("blocks"),
        kind: Kind::Whole {
            lo: 0,
            hi: MAX_LAYERS,
        },
        section: Section::Run,
        defaults: &[(1, "0")],
        get: |p| whole(p.n_cpu_moe),
        set: |p, v| p.n_cpu_moe = as_whole(v),
    },
    Field {
        id: FieldId::CpuMoe,
        key: "cmoe",
        alt_key: None,
        flag: "cpu-moe",
        alt_flag: None,
        metavar: text!("[on|off]"),
        label: "All experts in system RAM (--cpu-moe)",
        help: text!("MoE: keep every block's experts in system RAM (llama.cpp)"),
        unit: text!(""),
        kind: Kind::Switch,
        section: Section::Run,
        defaults: &[(1, "0")],
        get: |p| Value::Switch(p.cpu_moe),
        set: |p, v| p.cpu_moe = v == Value::Switch(true),
    },
    Field {
        id: FieldId::Ubatch,
        key: "ub",
        alt_key: None,
        flag: "ubatch",
        alt_flag: None,
        metavar: text!("N"),
        label: "Prompt micro-batch (-ub)",
        help: text!(
            "tokens llama.cpp processes at once in prefill (-ub); larger is faster for MoE models, above all with experts in system RAM, and needs a larger compute buffer"
        ),
        unit: text!("tokens"),
        kind: Kind::Whole {
            lo: 1,
            hi: MAX_UBATCH,
        },
        section: Section::Run,
        defaults: &[(1, "512")],
        get: |p| whole(p.ubatch),
        set: |p, v| p.ubatch = as_whole(v),
    },
    Field {
        id: FieldId::Batch,
        key: "bs",
        alt_key: None,
        flag: "batch",
        alt_flag: None,
        metavar: text!("N"),
        label: "Concurrent sequences (batch)",
        help: text!("concurrent sequences"),
        unit: text!(""),
        kind: Kind::Whole {
            lo: 1,
            hi: MAX_BATCH,
        },
        section: Section::Run,
        defaults: &[(1, "1")],
        get: |p| whole(p.batch),
        set: |p, v| p.batch = as_whole(v),
    },
    Field {
        id: FieldId::Hours,
        key: "h",
        alt_key: None,
        flag: "busy-hours-per-day",
        alt_flag: None,
        metavar: text!("H"),
        label: "Busy hours per day",
        help: text!("hours a day the load arrives (capacity pricing: hours at full speed)"),
        unit: text!("h/day"),
        kind: num(0.0, MAX_HOURS_PER_DAY, 0.5),
        section: Section::Cost,
        defaults: &[(1, "8")],
        get: |p| number(p.hours_per_day),
        set: |p, v| p.hours_per_day = as_number(v),
    },
    Field {
        id: FieldId::Electricity,
        key: "kwh",
        alt_key: None,
        flag: "electricity-usd-per-kwh",
        alt_flag: None,
        metavar: text!("X"),
        label: "Electricity $/kWh",
        help: text!("electricity price"),
        unit: text!("$/kWh"),
        kind: num(0.0, MAX_USD_PER_KWH, 0.01),
        section: Section::Cost,
        defaults: &[(1, "0.15")],
        get: |p| number(p.usd_per_kwh),
        set: |p, v| p.usd_per_kwh = as_number(v),
    },
    Field {
        id: FieldId::Years,
        key: "y",
        alt_key: None,
        flag: "years",
        alt_flag: None,
        metavar: text!("N"),
        label: "Years",
        help: text!("cost horizon"),
        unit: text!("years"),
        kind: Kind::Whole {
            lo: 1,
            hi: MAX_YEARS,
        },
        section: Section::Cost,
        defaults: &[(1, "5")],
        get: |p| whole(p.years),
        set: |p, v| p.years = as_whole(v),
    },
    Field {
        id: FieldId::Price,
        key: "price",
        alt_key: None,
        flag: "price-usd",
        alt_flag: None,
        metavar: text!("X"),
        label: "Purchase price $ (override)",
        help: text!("purchase price of the machine"),
        unit: text!("$"),
        kind: opt(0.0, 1e10, 1.0),
        section: Section::Cost,
        defaults: &[(1, "")],
        get: |p| optional(p.price_usd),
        set: |p, v| p.price_usd = as_optional(v),
    },
    Field {
        id: FieldId::Power,
        key: "pw",
        alt_key: None,
        flag: "power-w",
        alt_flag: None,
        metavar: text!("X"),
        label: "Load power W (override)",
        help: text!("override the load power"),
        unit: text!("W"),
        kind: opt(1.0, 1e7, 1.0),
        section: Section::Cost,
        defaults: &[(1, "")],
        get: |p| optional(p.power_w),
        set: |p, v| p.power_w = as_optional(v),
    },
    Field {
        id: FieldId::Maintenance,
        key: "mnt",
        alt_key: None,
        flag: "maintenance-usd-per-year",
        alt_flag: None,
        metavar: text!("X"),
        label: "Maintenance $/year",
        help: text!("maintenance per year"),
        unit: text!("$/year"),
        kind: num(0.0, 1e9, 1.0),
        section: Section::Cost,
        defaults: &[(1, "0")],
        get: |p| number(p.maintenance_usd_per_year),
        set: |p, v| p.maintenance_usd_per_year = as_number(v),
    },
    Field {
        id: FieldId::Cloud,
        key: "cloud",
        alt_key: None,
        flag: "cloud-usd-per-hour",
        alt_flag: None,
        metavar: text!("X"),
        label: "Cloud $/hour (override)",
        help: text!("cloud price per hour (assumed the same speed)"),
        unit: text!("$/hour"),
        kind: opt(0.0, 1e6, 0.01),
        section: Section::Cost,
        defaults: &[(1, "")],
        get: |p| optional(p.cloud_usd_per_hour),
        set: |p, v| p.cloud_usd_per_hour = as_optional(v),
    },
    Field {
        id: FieldId::Api,
        key: "api",
        alt_key: None,
        flag: "api-usd-per-mtok",
        alt_flag: None,
        metavar: text!("X"),
        label: "API $ per million tokens (override)",
        help: text!("API price per million tokens"),
        unit: text!("$/Mtok"),
        kind: opt(0.0, 1e4, 0.01),
        section: Section::Cost,
        defaults: &[(1, "")],
        get: |p| optional(p.api_usd_per_mtok),
        set: |p, v| p.api_usd_per_mtok = as_optional(v),
    },
    Field {
        id: FieldId::Work,
        key: "work",
        alt_key: None,
        flag: "work",
        alt_flag: None,
        metavar: text!("W"),
        label: "Work priced",
        help: text!(
            "what the costs are for: the workload, or all the machine can generate in its busy hours"
        ),
        unit: text!(""),
        kind: Kind::Choice {
            options: WORKS,
            optional: false,
        },
        section: Section::Cost,
        defaults: &[(1, "capacity"), (2, "workload")],
        get: |p| text(p.work.id()),
        set: |p, v| p.work = crate::choices::work(&as_text(v)).unwrap_or_default(),
    },
    Field {
        id: FieldId::Users,
        key: "u",
        alt_key: None,
        flag: "users",
        alt_flag: None,
        metavar: text!("N"),
        label: "Users",
        help: text!("people using it"),
        unit: text!("users"),
        kind: num(0.0, MAX_USERS, 1.0),
        section: Section::Workload,
        defaults: &[(1, "1")],
        get: |p| number(p.users),
        set: |p, v| p.users = as_number(v),
    },
    Field {
        id: FieldId::Requests,
        key: "rpd",
        alt_key: None,
        flag: "requests-per-user-per-day",
        alt_flag: None,
        metavar: text!("R"),
        label: "Requests per user per day",
        help: text!("requests per person per day"),
        unit: text!("requests/day"),
        kind: num(0.0, MAX_REQUESTS_PER_DAY, 1.0),
        section: Section::Workload,
        defaults: &[(1, "30")],
        get: |p| number(p.requests_per_user_per_day),
        set: |p, v| p.requests_per_user_per_day = as_number(v),
    },
    Field {
        id: FieldId::InputTokens,
        key: "in",
        alt_key: None,
        flag: "input-tokens",
        alt_flag: None,
        metavar: text!("I"),
        label: "Input tokens per request",
        help: text!("prompt tokens per request, cached ones included"),
        unit: text!("tokens"),
        kind: Kind::Whole {
            lo: 0,
            hi: MAX_TOKENS,
        },
        section: Section::Workload,
        defaults: &[(1, "2000")],
        get: |p| whole(p.input_tokens),
        set: |p, v| p.input_tokens = as_whole(v),
    },
    Field {
        id: FieldId::OutputTokens,
        key: "out",
        alt_key: None,
        flag: "output-tokens",
        alt_flag: None,
        metavar: text!("O"),
        label: "Output tokens per request",
        help: text!("generated tokens per request"),
        unit: text!("tokens"),
        kind: Kind::Whole {
            lo: 1,
            hi: MAX_TOKENS,
        },
        section: Section::Workload,
        defaults: &[(1, "400")],
        get: |p| whole(p.output_tokens),
        set: |p, v| p.output_tokens = as_whole(v),
    },
    Field {
        id: FieldId::CachedShare,
        key: "cs",
        alt_key: None,
        flag: "cached-share",
        alt_flag: None,
        metavar: text!("C"),
        label: "Cached share of input",
        help: text!("share of the input served from a prompt cache (0-1)"),
        unit: text!(""),
        kind: num(0.0, 1.0, 0.05),
        section: Section::Workload,
        defaults: &[(1, "0.75")],
        get: |p| number(p.cached_share),
        set: |p, v| p.cached_share = as_number(v),
    },
    Field {
        id: FieldId::MaxTtft,
        key: "ttft",
        alt_key: None,
        flag: "max-ttft-s",
        alt_flag: None,
        metavar: text!("T"),
        label: "Target: first token within (s)",
        help: text!("target time to first token"),
        unit: text!("s"),
        kind: num(0.01, 3600.0, 0.1),
        section: Section::Workload,
        defaults: &[(1, "2")],
        get: |p| number(p.max_ttft_s),
        set: |p, v| p.max_ttft_s = as_number(v),
    },
    Field {
        id: FieldId::MinUserSpeed,
        key: "uts",
        alt_key: None,
        flag: "min-user-tokens-per-s",
        alt_flag: None,
        metavar: text!("S"),
        label: "Target: tokens/s per user",
        help: text!("target decode speed of each user"),
        unit: text!("tokens/s"),
        kind: num(0.0, 1e4, 1.0),
        section: Section::Workload,
        defaults: &[(1, "10")],
        get: |p| number(p.min_user_tokens_per_s),
        set: |p, v| p.min_user_tokens_per_s = as_number(v),
    },
    Field {
        id: FieldId::SpecAcceptance,
        key: "spec",
        alt_key: None,
        flag: "spec-acceptance",
        alt_flag: None,
        metavar: text!("A"),
        label: "Speculative decoding acceptance (0 = off)",
        help: text!(
            "share of drafted tokens accepted, one drafted token per step as an MTP head runs it (DeepSeek-V3 reports 0.85-0.90 for its second-token prediction, arXiv 2412.19437); 0 = off"
        ),
        unit: text!(""),
        kind: num(0.0, 0.99, 0.05),
        section: Section::Workload,
        defaults: &[(1, "0")],
        get: |p| number(p.spec_acceptance),
        set: |p, v| p.spec_acceptance = as_number(v),
    },
    Field {
        id: FieldId::ApiModel,
        key: "apim",
        alt_key: None,
        flag: "api-model",
        alt_flag: None,
        metavar: text!("ID"),
        label: "API compared",
        help: text!(
            "API price to compare (default: a hosted price for the same open model, else a named tier)"
        ),
        unit: text!(""),
        kind: Kind::Id(Catalog::Api),
        section: Section::Cost,
        defaults: &[(1, "")],
        get: |p| p.api_model.as_deref().map_or(Value::Blank, text),
        set: |p, v| {
            p.api_model = match v {
                Value::Text(t) => Some(t),
                _ => None,
            }
        },
    },
    Field {
        id: FieldId::Resale,
        key: "resale",
        alt_key: None,
        flag: "resale-usd",
        alt_flag: None,
        metavar: text!("X"),
        label: "Resale value $ at the end",
        help: text!("what the machine sells for at the horizon"),
        unit: text!("$"),
        kind: num(0.0, 1e10, 1.0),
        section: Section::Cost,
        defaults: &[(1, "0")],
        get: |p| number(p.resale_usd),
        set: |p, v| p.resale_usd = as_number(v),
    },
    Field {
        id: FieldId::Pue,
        key: "pue",
        alt_key: None,
        flag: "pue",
        alt_flag: None,
        metavar: text!("X"),
        label: "PUE (cooling overhead)",
        help: text!("power usage effectiveness: room power over machine power"),
        unit: text!(""),
        kind: num(1.0, MAX_PUE, 0.05),
        section: Section::Cost,
        defaults: &[(1, "1")],
        get: |p| number(p.pue),
        set: |p, v| p.pue = as_number(v),
    },
    Field {
        id: FieldId::View,
        key: "view",
        alt_key: None,
        flag: "view",
        alt_flag: None,
        metavar: text!("ID"),
        label: "View",
        help: text!("which view the page shows (the CLI's commands are its views)"),
        unit: text!(""),
        kind: Kind::Choice {
            options: VIEWS,
            optional: false,
        },
        section: Section::Decision,
        defaults: &[(1, "planner")],
        get: |p| text(&p.view),
        set: |p, v| p.view = as_text(v),
    },
    Field {
        id: FieldId::Arch,
        key: "arch",
        alt_key: None,
        flag: "arch",
        alt_flag: None,
        metavar: text!("ID"),
        label: "Architecture",
        help: text!("what runs here: only mixture-of-experts or only dense models (blank: both)"),
        unit: text!(""),
        kind: Kind::Choice {
            options: ARCHS,
            optional: true,
        },
        section: Section::Decision,
        defaults: &[(1, "")],
        get: |p| p.arch.as_deref().map_or(Value::Blank, text),
        set: |p, v| {
            p.arch = match v {
                Value::Text(s) => Some(s),
                _ => None,
            }
        },
    },
    Field {
        id: FieldId::Family,
        key: "fam",
        alt_key: None,
        flag: "family",
        alt_flag: None,
        metavar: text!("ID"),
        label: "Family",
        help: text!("what runs here: only this model family (blank: all)"),
        unit: text!(""),
        kind: Kind::Choice {
            options: FAMILIES,
            optional: true,
        },
        section: Section::Decision,
        defaults: &[(1, "")],
        get: |p| p.family.as_deref().map_or(Value::Blank, text),
        set: |p, v| {
            p.family = match v {
                Value::Text(s) => Some(s),
                _ => None,
            }
        },
    },
    Field {
        id: FieldId::MinParams,
        key: "minpb",
        alt_key: None,
        flag: "min-params-b",
        alt_flag: None,
        metavar: text!("X"),
        label: "Fewest parameters (billions)",
        help: text!("what runs here: smallest total parameter count, billions"),
        unit: text!("B"),
        kind: opt(0.0, 1e5, 1.0),
        section: Section::Decision,
        defaults: &[(1, "")],
        get: |p| optional(p.min_params_b),
        set: |p, v| p.min_params_b = as_optional(v),
    },
    Field {
        id: FieldId::MaxParams,
        key: "maxpb",
        alt_key: None,
        flag: "max-params-b",
        alt_flag: None,
        metavar: text!("X"),
        label: "Most parameters (billions)",
        help: text!("what runs here: largest total parameter count, billions"),
        unit: text!("B"),
        kind: opt(0.0, 1e5, 1.0),
        section: Section::Decision,
        defaults: &[(1, "")],
        get: |p| optional(p.max_params_b),
        set: |p, v| p.max_params_b = as_optional(v),
    },
    Field {
        id: FieldId::MinDecode,
        key: "mind",
        alt_key: None,
        flag: "min-decode",
        alt_flag: None,
        metavar: text!("X"),
        label: "Decode at least (tokens/s)",
        help: text!(
            "slowest single-stream decode accepted (what runs here: a filter; what to buy: a target)"
        ),
        unit: text!("tokens/s"),
        kind: opt(0.0, 1e6, 1.0),
        section: Section::Decision,
        defaults: &[(1, "")],
        get: |p| optional(p.min_decode),
        set: |p, v| p.min_decode = as_optional(v),
    },
    Field {
        id: FieldId::MinContext,
        key: "minctx",
        alt_key: None,
        flag: "min-context",
        alt_flag: None,
        metavar: text!("N"),
        label: "Longest context at least (tokens)",
        help: text!("what runs here: shortest longest-context accepted"),
        unit: text!("tokens"),
        kind: opt(0.0, MAX_TOKENS as f64, 1024.0),
        section: Section::Decision,
        defaults: &[(1, "")],
        get: |p| optional(p.min_context),
        set: |p, v| p.min_context = as_optional(v),
    },
    Field {
        id: FieldId::MaxFirstToken,
        key: "maxt",
        alt_key: None,
        flag: "max-ttft",
        alt_flag: None,
        metavar: text!("S"),
        label: "First token within (s)",
        help: text!("what to buy: longest time to first token accepted for the prompt"),
        unit: text!("s"),
        kind: opt(0.0, 1e6, 0.1),
        section: Section::Decision,
        defaults: &[(1, "")],
        get: |p| optional(p.max_first_token_s),
        set: |p, v| p.max_first_token_s = as_optional(v),
    },
    Field {
        id: FieldId::MaxPrice,
        key: "maxp",
        alt_key: None,
        flag: "max-price",
        alt_flag: None,
        metavar: text!("USD"),
        label: "Budget ($)",
        help: text!(
            "what to buy: highest purchase price accepted (a machine without a price cannot meet it)"
        ),
        unit: text!("$"),
        kind: opt(0.0, 1e10, 100.0),
        section: Section::Decision,
        defaults: &[(1, "")],
        get: |p| optional(p.max_price),
        set: |p, v| p.max_price = as_optional(v),
    },
    Field {
        id: FieldId::ServeUsers,
        key: "serve",
        alt_key: None,
        flag: "serve-users",
        alt_flag: None,
        metavar: text!("[on|off]"),
        label: "Must serve the workload's users",
        help: text!("what to buy: a machine must serve the workload's users within its targets"),
        unit: text!(""),
        kind: Kind::Switch,
        section: Section::Decision,
        defaults: &[(1, "0")],
        get: |p| Value::Switch(p.serve_users),
        set: |p, v| p.serve_users = v == Value::Switch(true),
    },
    Field {
        id: FieldId::Sort,
        key: "sort",
        alt_key: None,
        flag: "sort",
        alt_flag: None,
        metavar: text!("ID"),
        label: "Sort by",
        help: text!(
            "order of a decision view (what runs here: size, speed, name, recent; what to buy: price, tco, joules)"
        ),
        unit: text!(""),
        kind: Kind::Choice {
            options: SORTS,
            optional: true,
        },
        section: Section::Decision,
        defaults: &[(1, "")],
        get: |p| p.sort.as_deref().map_or(Value::Blank, text),
        set: |p, v| {
            p.sort = match v {
                Value::Text(s) => Some(s),
                _ => None,
            }
        },
    },
];

/// The row of a field.
pub fn field(id: FieldId) -> &'static Field {
    // FIELDS is in FieldId order (a test checks it), so the discriminant is the index.
    FIELDS.get(id as usize).unwrap_or(&FIELDS[0])
}

/// The scenario a link of `version` starts from: every field's default in that version
/// (the newest default at or below it; versions below 1 read as 1).
pub fn defaults(version: u32) -> Params {
    let mut p = Params {
        model: ModelChoice::Id(String::new()),
        quant: String::new(),
        hardware: HardwareChoice::Id(String::new()),
        memory_gb: None,
        host_ram_gb: None,
        host_bandwidth_gbs: None,
        pcie_slot: None,
        count: 1,
        split: Split::Layer,
        context: 1,
        prompt: 1,
        depth: 0,
        prefill_depth: 0,
        kv: KvType::F16,
        engine: String::new(),
        backend: None,
        flash_attention: true,
        n_cpu_moe: 0,
        cpu_moe: false,
        ubatch: 1,
        batch: 1,
        hours_per_day: 0.0,
        usd_per_kwh: 0.0,
        years: 1,
        price_usd: None,
        power_w: None,
        maintenance_usd_per_year: 0.0,
        cloud_usd_per_hour: None,
        api_usd_per_mtok: None,
        work: Work::Workload,
        users: 0.0,
        requests_per_user_per_day: 0.0,
        input_tokens: 0,
        output_tokens: 1,
        cached_share: 0.0,
        max_ttft_s: 1.0,
        min_user_tokens_per_s: 0.0,
        spec_acceptance: 0.0,
        api_model: None,
        resale_usd: 0.0,
        pue: 1.0,
        view: String::new(),
        arch: None,
        family: None,
        min_params_b: None,
        max_params_b: None,
        min_decode: None,
        min_context: None,
        max_first_token_s: None,
        max_price: None,
        serve_users: false,
        sort: None,
    };
    for f in FIELDS {
        let text = f
            .defaults
            .iter()
            .rev()
            .find(|(since, _)| *since <= version.max(1))
            .or(f.defaults.first())
            .map_or("", |(_, t)| t);
        // The table's defaults are checked by a test; a bad one keeps the placeholder.
        let v = if text.is_empty() {
            Ok(Value::Blank)
        } else {
            f.parse(text)
        };
        if let Ok(v) = v {
            (f.set)(&mut p, v);
        }
    }
    p
}

impl Field {
    /// Reads `text` (a link value, percent-decoded, or a flag's argument) as this field's
    /// value: the id, number or switch it names, checked against the field's range or
    /// list. Blank text is not a value (an optional field is blank by being absent, or by
    /// [`Value::Blank`]). The error is the reason, without the field's name.
    pub fn parse(&self, text: &str) -> Result<Value, String> {
        match self.kind {
            Kind::Whole { lo, hi } => whole_in(text, lo, hi).map(Value::Whole),
            Kind::Number { lo, hi, .. } => number_in(text, lo, hi).map(Value::Number),
            Kind::Choice { options, .. } => options
                .iter()
                .find(|(id, _)| *id == text)
                .map(|(id, _)| text_value(id))
                .ok_or_else(|| {
                    let ids: alloc::vec::Vec<&str> = options.iter().map(|(id, _)| *id).collect();
                    format!("must be one of {}", ids.join(", "))
                }),
            Kind::Switch => match text {
                "1" => Ok(Value::Switch(true)),
                "0" => Ok(Value::Switch(false)),
                _ => Err("must be 0 or 1".into()),
            },
            Kind::Id(c) => crate::choices::canonical_id(c, text).map(|id| text_value(&id)),
        }
    }

    /// The text of a value as a link writes it (and `--help` shows a default): plain
    /// integers, floats in Rust's shortest round-trip form, ids as they are. Custom models
    /// and hardware are written by the link codec under the row's `alt_key`.
    pub fn format(&self, v: &Value) -> String {
        match v {
            Value::Blank => String::new(),
            Value::Whole(n) => format!("{n}"),
            Value::Number(x) => format!("{x}"),
            Value::Text(s) => s.clone(),
            Value::Switch(b) => String::from(if *b { "1" } else { "0" }),
            Value::CustomModel(_) | Value::CustomHardware(_) => String::new(),
        }
    }

    /// Reads `text` like [`Field::parse`], with the error as a sentence for people: the
    /// value found, and for an unknown id the nearest valid ones.
    pub fn read(&self, text: &str) -> Result<Value, Error> {
        self.parse(text).map_err(|reason| {
            let near = |ids: &mut dyn Iterator<Item = &'static str>| {
                crate::nearest(text, ids, 5).join(", ")
            };
            let message = match self.kind {
                Kind::Id(list) => format!(
                    "{reason} '{text}'; nearest: {}",
                    near(&mut crate::choices::ids(list))
                ),
                _ => format!("{reason}, found '{text}'"),
            };
            Error::new(self.id, message)
        })
    }

    /// Whether the field may be blank.
    pub fn optional(&self) -> bool {
        matches!(
            self.kind,
            Kind::Number { optional: true, .. }
                | Kind::Choice { optional: true, .. }
                | Kind::Id(Catalog::Api)
        )
    }

    /// Checks a value already in [`Params`] (set by code rather than read) against the
    /// same ranges and lists as [`Field::read`], and says why as `read` does.
    pub fn check(&self, p: &Params) -> Result<(), Error> {
        let v = (self.get)(p);
        let ok = match (&v, self.kind) {
            (Value::CustomModel(_) | Value::CustomHardware(_), _) => true,
            (Value::Blank, _) => self.optional(),
            (Value::Whole(n), Kind::Whole { lo, hi }) => (lo..=hi).contains(n),
            (Value::Number(x), Kind::Number { lo, hi, .. }) => {
                x.is_finite() && *x >= lo && *x <= hi
            }
            (Value::Switch(_), Kind::Switch) => true,
            (Value::Text(t), Kind::Choice { options, .. }) => options.iter().any(|(id, _)| id == t),
            (Value::Text(t), Kind::Id(list)) => crate::choices::canonical_id(list, t).is_ok(),
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            self.read(&self.format(&v)).map(|_| ())
        }
    }

    /// The current link version's default, as text (blank for none).
    pub fn default_text(&self) -> &'static str {
        self.defaults.last().map_or("", |(_, t)| t)
    }
}

fn text_value(s: &str) -> Value {
    Value::Text(s.to_string())
}

/// A whole number in `lo..=hi`, written as an integer or as any decimal whose value is one
/// (`2.0`, `1e2`).
pub fn whole_in(v: &str, lo: u32, hi: u32) -> Result<u32, String> {
    let out_of_range = || format!("must be from {lo} to {hi}");
    if let Ok(n) = v.parse::<u64>() {
        return u32::try_from(n)
            .ok()
            .filter(|n| (lo..=hi).contains(n))
            .ok_or_else(out_of_range);
    }
    match crate::number::parse_f64(v) {
        Some(x) if x.is_finite() && x % 1.0 != 0.0 => Err("not a whole number".into()),
        Some(x) if x >= f64::from(lo) && x <= f64::from(hi) => Ok(x as u32),
        Some(x) if x.is_finite() => Err(out_of_range()),
        _ => Err("not a number".into()),
    }
}

/// A finite number in `lo..=hi` (negative zero read as zero).
pub fn number_in(v: &str, lo: f64, hi: f64) -> Result<f64, String> {
    match crate::number::parse_f64(v) {
        Some(x) if x.is_finite() => {
            if x >= lo && x <= hi {
                Ok(x + 0.0)
            } else {
                Err(format!("must be from {lo} to {hi}"))
            }
        }
        _ => Err("not a number".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_in_field_order_with_unique_keys_and_flags() {
        for (i, f) in FIELDS.iter().enumerate() {
            assert_eq!(f.id as usize, i, "{f:?}");
            assert_eq!(field(f.id).key, f.key);
            for g in &FIELDS[..i] {
                for (a, b) in [(f.key, g.key), (f.flag, g.flag)] {
                    assert_ne!(a, b);
                }
                assert!(f.alt_key.is_none() || f.alt_key != g.alt_key);
            }
            assert!(!f.label.is_empty() && !f.help.is_empty() && !f.defaults.is_empty());
        }
    }

    #[test]
    fn every_default_parses_in_every_version() {
        for f in FIELDS {
            for (_, text) in f.defaults {
                assert!(
                    f.parse(text).is_ok() || (text.is_empty() && f.optional()),
                    "{f:?} default {text:?}"
                );
            }
        }
    }

    #[test]
    fn parse_checks_ranges_and_lists() {
        let f = field(FieldId::Count);
        assert_eq!(f.parse("2"), Ok(Value::Whole(2)));
        assert_eq!(f.parse("0"), Err("must be from 1 to 1024".into()));
        assert_eq!(f.parse("2.5"), Err("not a whole number".into()));
        // Regression: a whole number written as a decimal was refused as out of range.
        assert_eq!(f.parse("2.0"), Ok(Value::Whole(2)));
        assert_eq!(field(FieldId::Batch).parse("1e2"), Ok(Value::Whole(100)));
        assert_eq!(
            f.parse("-0"),
            Ok(Value::Whole(0)).and(Err("must be from 1 to 1024".into()))
        );
        let f = field(FieldId::Kv);
        assert_eq!(f.parse("q2"), Err("must be one of f16, q8_0, q4_0".into()));
        assert!(field(FieldId::Price).parse("").is_err());
        assert!(field(FieldId::Electricity).parse("").is_err());
        assert_eq!(defaults(1).price_usd, None);
        assert_eq!(
            field(FieldId::FlashAttention).parse("yes"),
            Err("must be 0 or 1".into())
        );
        assert_eq!(
            field(FieldId::Hardware).parse("rtx-4090"),
            Ok(Value::Text("rtx-4090".into()))
        );
    }
}
