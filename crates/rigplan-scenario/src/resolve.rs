//! Raw parameters (ids and numbers, as a URL or the command line carries them) resolved
//! against the catalog into a [`Scenario`]. Range checks happen here, once, for every
//! adapter.

use crate::custom::CustomHardware;
use crate::{BACKENDS, ENGINES, nearest};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use rigplan_catalog::{
    CLOUD, HostProfile, MODELS, QUANTS, SystemEntry, Tier, default_host, device, model, quant,
    system,
};
use rigplan_core::hardware::DeviceSpec;
use rigplan_core::model::ModelArch;
use rigplan_core::quant::KvType;
use rigplan_core::units::{Bytes, Usd, Watts};
use rigplan_core::{CostInputs, Scenario, Split};

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

/// Raw parameters with the documented defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Model.
    pub model: ModelChoice,
    /// Quantization id.
    pub quant: String,
    /// Hardware.
    pub hardware: HardwareChoice,
    /// Override of the device memory, GB.
    pub memory_gb: Option<f64>,
    /// Devices (or machines, for a system id).
    pub count: u32,
    /// Split mode.
    pub split: Split,
    /// Context length.
    pub context: u32,
    /// Prompt length.
    pub prompt: u32,
    /// KV depth for the decode figure.
    pub depth: u32,
    /// KV cache type.
    pub kv: KvType,
    /// Engine id.
    pub engine: String,
    /// Backend id; `None` picks the vendor's usual one.
    pub backend: Option<String>,
    /// Flash attention.
    pub flash_attention: bool,
    /// Concurrent sequences.
    pub batch: u32,
    /// Hours of use per day.
    pub hours_per_day: f64,
    /// Electricity, $/kWh.
    pub usd_per_kwh: f64,
    /// Years.
    pub years: u32,
    /// Purchase price override.
    pub price_usd: Option<f64>,
    /// Load power override.
    pub power_w: Option<f64>,
    /// Maintenance per year.
    pub maintenance_usd_per_year: f64,
    /// Cloud $/hour override (then assumed to do the same work in the same hours).
    pub cloud_usd_per_hour: Option<f64>,
    /// API $/Mtok override.
    pub api_usd_per_mtok: Option<f64>,
}

/// Defaults (also the CLI's and the app's).
pub mod defaults {
    /// Model id.
    pub const MODEL: &str = "llama-3.1-8b";
    /// Quantization id.
    pub const QUANT: &str = "q4_k_m";
    /// Hardware id.
    pub const HARDWARE: &str = "rtx-4090";
    /// Context.
    pub const CONTEXT: u32 = 4096;
    /// Prompt.
    pub const PROMPT: u32 = 512;
    /// Hours per day.
    pub const HOURS_PER_DAY: f64 = 8.0;
    /// $/kWh (docs/ESTIMATION.md: $0.15 default).
    pub const USD_PER_KWH: f64 = 0.15;
    /// Years.
    pub const YEARS: u32 = 5;
    /// Default API price, $/Mtok of output: see [`rigplan_catalog::API`] entry `default_api`.
    pub const API_ID: &str = "openai-gpt-4o-mini";
}

impl Default for Params {
    fn default() -> Self {
        Self {
            model: ModelChoice::Id(defaults::MODEL.into()),
            quant: defaults::QUANT.into(),
            hardware: HardwareChoice::Id(defaults::HARDWARE.into()),
            memory_gb: None,
            count: 1,
            split: Split::Layer,
            context: defaults::CONTEXT,
            prompt: defaults::PROMPT,
            depth: 0,
            kv: KvType::F16,
            engine: "llama.cpp".into(),
            backend: None,
            flash_attention: true,
            batch: 1,
            hours_per_day: defaults::HOURS_PER_DAY,
            usd_per_kwh: defaults::USD_PER_KWH,
            years: defaults::YEARS,
            price_usd: None,
            power_w: None,
            maintenance_usd_per_year: 0.0,
            cloud_usd_per_hour: None,
            api_usd_per_mtok: None,
        }
    }
}

/// A resolution failure: one sentence naming the problem and the nearest valid ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolveError {
    /// The field at fault (`model`, `quant`, `hardware`, `context`, ...).
    pub field: &'static str,
    /// The sentence.
    pub message: String,
}

impl core::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message)
    }
}

fn unknown<'a>(
    field: &'static str,
    what: &str,
    id: &str,
    ids: impl Iterator<Item = &'a str>,
) -> ResolveError {
    let near = nearest(id, ids, 5);
    ResolveError {
        field,
        message: format!("unknown {what} id '{id}'; nearest: {}", near.join(", ")),
    }
}

fn range<T: PartialOrd + core::fmt::Display + Copy>(
    field: &'static str,
    v: T,
    lo: T,
    hi: T,
) -> Result<T, ResolveError> {
    if v >= lo && v <= hi {
        Ok(v)
    } else {
        Err(ResolveError {
            field,
            message: format!("{field} must be from {lo} to {hi}, found {v}"),
        })
    }
}

fn range_f(field: &'static str, v: f64, (lo, hi): (f64, f64)) -> Result<f64, ResolveError> {
    if v.is_finite() && v >= lo && v <= hi {
        Ok(v)
    } else {
        Err(ResolveError {
            field,
            message: format!("{field} must be a number from {lo} to {hi}, found {v}"),
        })
    }
}

/// The estimator's documented limits (tokens, device count, batch, years, $/kWh): the
/// resolver refuses what the estimator would have to clamp.
pub use rigplan_core::limits::{MAX_BATCH, MAX_COUNT, MAX_TOKENS, MAX_USD_PER_KWH, MAX_YEARS};

/// The accepted range `(lo, hi)` of each number a user gives, stated once: the resolver,
/// the link decoder, the custom hardware reader and the app's input boxes all read these.
/// Each lies inside the estimator's own limits ([`rigplan_core::limits`]).
pub mod bounds {
    use rigplan_core::limits::{MAX_HOURS_PER_DAY, MAX_USD_PER_KWH};

    /// Memory override and custom hardware memory, GB.
    pub const MEMORY_GB: (f64, f64) = (0.1, 100_000.0);
    /// Hours of use per day.
    pub const HOURS_PER_DAY: (f64, f64) = (0.0, MAX_HOURS_PER_DAY);
    /// Electricity, $/kWh.
    pub const USD_PER_KWH: (f64, f64) = (0.0, MAX_USD_PER_KWH);
    /// Maintenance, $/year.
    pub const MAINTENANCE_USD_PER_YEAR: (f64, f64) = (0.0, 1e9);
    /// Purchase price override, $.
    pub const PRICE_USD: (f64, f64) = (0.0, 1e10);
    /// Load power override, W.
    pub const POWER_W: (f64, f64) = (1.0, 1e7);
    /// Cloud price override, $/hour.
    pub const CLOUD_USD_PER_HOUR: (f64, f64) = (0.0, 1e6);
    /// API price override, $ per million tokens.
    pub const API_USD_PER_MTOK: (f64, f64) = (0.0, 1e4);
    /// Largest custom hardware bandwidth (GB/s), TFLOPS/TOPS and watts (each above 0).
    pub const SPEC_MAX: f64 = 1e6;
}

/// What the resolver decided, for display.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// The scenario to estimate.
    pub scenario: Scenario,
    /// Model name.
    pub model_name: String,
    /// Hardware name (with the count).
    pub hardware_name: String,
    /// The default host used, when the hardware was a bare device.
    pub host_profile: Option<&'static HostProfile>,
    /// Browsing tier of the hardware (custom: none).
    pub tier: Option<Tier>,
    /// What the cloud line rents, for display.
    pub cloud_label: String,
    /// What the API line buys, for display.
    pub api_label: String,
    /// Notes the adapter should show (defaults picked).
    pub notes: Vec<String>,
}

struct Machine {
    device: DeviceSpec,
    device_id: Option<&'static str>,
    count: u32,
    host: rigplan_core::hardware::Host,
    host_profile: Option<&'static HostProfile>,
    price: Option<f64>,
    name: String,
    tier: Option<Tier>,
}

fn machine(p: &Params) -> Result<Machine, ResolveError> {
    let count = range("count", p.count, 1, MAX_COUNT)?;
    match &p.hardware {
        HardwareChoice::Custom(c) => {
            let profile = default_host(c.spec.kind, Tier::Consumer);
            Ok(Machine {
                device: c.spec,
                device_id: None,
                count,
                host: profile.host,
                host_profile: Some(profile),
                price: c.price_usd.map(|x| x * f64::from(count)),
                name: c.name.clone(),
                tier: None,
            })
        }
        HardwareChoice::Id(id) => {
            if let Some(h) = device(id) {
                let profile = default_host(h.spec.kind, h.tier);
                Ok(Machine {
                    device: h.spec,
                    device_id: Some(h.id),
                    count,
                    host: profile.host,
                    host_profile: Some(profile),
                    price: h.price.map(|pr| pr.usd * f64::from(count)),
                    name: h.name.into(),
                    tier: Some(h.tier),
                })
            } else if let Some(s) = system(id) {
                system_machine(s, count)
            } else {
                Err(unknown(
                    "hardware",
                    "hardware",
                    id,
                    rigplan_catalog::hardware_ids(),
                ))
            }
        }
    }
}

fn system_machine(s: &'static SystemEntry, machines: u32) -> Result<Machine, ResolveError> {
    let d = device(s.device).ok_or_else(|| ResolveError {
        field: "hardware",
        message: format!(
            "system '{}' names device '{}', which is not in the catalog",
            s.id, s.device
        ),
    })?;
    let mut spec = d.spec;
    if let Some(gb) = s.memory_gb {
        spec.memory = Bytes::from_gb(gb);
    }
    let m = f64::from(machines);
    let mut host = s.host;
    host.ram = host.ram * m;
    host.load_power = host.load_power * m;
    host.idle_power = host.idle_power * m;
    Ok(Machine {
        device: spec,
        device_id: Some(d.id),
        count: s.count.saturating_mul(machines).max(1),
        host,
        host_profile: None,
        price: s.price.map(|p| p.usd * m),
        name: s.name.into(),
        tier: Some(s.tier),
    })
}

/// Resolves parameters against the catalog.
pub fn resolve(p: &Params) -> Result<Resolved, ResolveError> {
    let (arch, model_name) = match &p.model {
        ModelChoice::Id(id) => {
            let m = model(id)
                .ok_or_else(|| unknown("model", "model", id, MODELS.iter().map(|m| m.id)))?;
            (m.arch, String::from(m.name))
        }
        ModelChoice::Custom(a) => (*a, "custom config.json".to_string()),
    };
    let q = quant(&p.quant).ok_or_else(|| {
        unknown(
            "quant",
            "quantization",
            &p.quant,
            QUANTS.iter().map(|q| q.id),
        )
    })?;
    let engine = ENGINES
        .iter()
        .find(|(id, ..)| *id == p.engine)
        .map(|(_, e, _)| *e)
        .ok_or_else(|| {
            unknown(
                "engine",
                "engine",
                &p.engine,
                ENGINES.iter().map(|(id, ..)| *id),
            )
        })?;
    let mut mach = machine(p)?;
    if let Some(gb) = p.memory_gb {
        mach.device.memory = Bytes::from_gb(range_f("memory-gb", gb, bounds::MEMORY_GB)?);
    }
    let backend = match &p.backend {
        None => rigplan_core::default_backend(mach.device.vendor),
        Some(b) => BACKENDS
            .iter()
            .find(|(id, ..)| id == b)
            .map(|(_, be, _)| *be)
            .ok_or_else(|| unknown("backend", "backend", b, BACKENDS.iter().map(|(id, ..)| *id)))?,
    };
    let context = range("context", p.context, 1, MAX_TOKENS)?;
    let prompt = range("prompt", p.prompt, 1, MAX_TOKENS)?;
    let depth = range("depth", p.depth, 0, MAX_TOKENS)?;
    let batch = range("batch", p.batch, 1, MAX_BATCH)?;
    let hours = range_f("hours-per-day", p.hours_per_day, bounds::HOURS_PER_DAY)?;
    let kwh = range_f(
        "electricity-usd-per-kwh",
        p.usd_per_kwh,
        bounds::USD_PER_KWH,
    )?;
    let years = range("years", p.years, 1, MAX_YEARS)?;
    let maintenance = range_f(
        "maintenance-usd-per-year",
        p.maintenance_usd_per_year,
        bounds::MAINTENANCE_USD_PER_YEAR,
    )?;
    let price = match p.price_usd {
        Some(x) => Some(range_f("price-usd", x, bounds::PRICE_USD)?),
        None => mach.price,
    };
    let power = p
        .power_w
        .map(|w| range_f("power-w", w, bounds::POWER_W))
        .transpose()?;
    let api = match p.api_usd_per_mtok {
        Some(x) => (
            range_f("api-usd-per-mtok", x, bounds::API_USD_PER_MTOK)?,
            format!("${x}/Mtok (given)"),
        ),
        None => default_api(),
    };
    let (cloud_usd_per_hour, cloud_tps_device, cloud_label) = match p.cloud_usd_per_hour {
        Some(x) => (
            range_f("cloud-usd-per-hour", x, bounds::CLOUD_USD_PER_HOUR)?,
            None,
            format!("${x}/hour (given), same speed"),
        ),
        None => default_cloud(mach.device_id, mach.count),
    };
    let mut scenario = Scenario {
        model: arch,
        quant: q.scheme,
        device: mach.device,
        count: mach.count,
        host: mach.host,
        engine,
        backend,
        split: p.split,
        context,
        prompt,
        depth,
        kv: p.kv,
        flash_attention: p.flash_attention,
        batch,
        cost: CostInputs {
            hours_per_day: hours,
            usd_per_kwh: Usd::new(kwh),
            years,
            purchase: price.map(Usd::new),
            power_override: power.map(Watts::new),
            maintenance_per_year: Usd::new(maintenance),
            cloud_usd_per_hour: Usd::new(cloud_usd_per_hour),
            cloud_tokens_per_s: None,
            api_usd_per_mtok: Usd::new(api.0),
        },
    };
    if let Some((cloud_device, n)) = cloud_tps_device {
        scenario.cost.cloud_tokens_per_s = Some(cloud_speed(&scenario, cloud_device, n));
    }
    let hardware_name = if mach.count > 1 && mach.host_profile.is_some() {
        format!("{} x {}", mach.count, mach.name)
    } else {
        mach.name
    };
    Ok(Resolved {
        scenario,
        model_name,
        hardware_name,
        host_profile: mach.host_profile,
        tier: mach.tier,
        cloud_label,
        api_label: api.1,
        notes: Vec::new(),
    })
}

/// The default API price: the catalog entry [`defaults::API_ID`], output tokens.
fn default_api() -> (f64, String) {
    match rigplan_catalog::API
        .iter()
        .find(|a| a.id == defaults::API_ID)
        .or(rigplan_catalog::API.first())
    {
        Some(a) => (
            a.output_usd_per_mtok,
            format!(
                "{} at ${}/Mtok output ({})",
                a.name, a.output_usd_per_mtok, a.date
            ),
        ),
        None => (0.0, "no API price in the catalog".into()),
    }
}

/// Cloud reference: rent the same device when the catalog prices it (same speed, same
/// hours); otherwise rent H100 SXM GPUs, as many as the model needs, at their speed.
fn default_cloud(
    device_id: Option<&str>,
    count: u32,
) -> (f64, Option<(&'static DeviceSpec, u32)>, String) {
    let cheapest = |id: &str| {
        CLOUD
            .iter()
            .filter(|c| c.device == id)
            .min_by(|a, b| a.usd_per_gpu_hour.total_cmp(&b.usd_per_gpu_hour))
    };
    if let Some(c) = device_id.and_then(cheapest) {
        return (
            c.usd_per_gpu_hour * f64::from(count),
            None,
            format!(
                "{count} x {} at ${}/GPU-hour ({}), same speed",
                c.name, c.usd_per_gpu_hour, c.date
            ),
        );
    }
    match (cheapest(REFERENCE_CLOUD), device(REFERENCE_CLOUD)) {
        (Some(c), Some(d)) => (
            c.usd_per_gpu_hour,
            Some((&d.spec, 1)),
            format!(
                "{} at ${}/GPU-hour ({}), hours scaled to the same tokens",
                c.name, c.usd_per_gpu_hour, c.date
            ),
        ),
        _ => (0.0, None, "no cloud price in the catalog".into()),
    }
}

/// The GPU rented when the user's hardware is not rentable.
pub const REFERENCE_CLOUD: &str = "h100-sxm";

/// Decode speed of the cloud reference on the same model: as many GPUs as it needs to
/// fit (layer split), same quant and context. The price scales with that count.
fn cloud_speed(s: &Scenario, d: &DeviceSpec, _n: u32) -> f64 {
    let mut c = *s;
    c.device = *d;
    c.host = rigplan_catalog::SERVER.host;
    c.backend = rigplan_core::Backend::Cuda;
    c.split = Split::Layer;
    let mut n = 1;
    loop {
        c.count = n;
        let e = rigplan_core::estimate(&c);
        if e.memory.fit == rigplan_core::Fit::Fits || n >= 64 {
            // Price is per GPU: fold the count into the speed per GPU-hour.
            return e.speed.decode_aggregate.get() / f64::from(n);
        }
        n *= 2;
    }
}
