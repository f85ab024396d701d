//! Raw parameters (ids and numbers, as a URL or the command line carries them) resolved
//! against the catalog into a [`Scenario`]. Every field is checked against its row of
//! [`crate::params::FIELDS`] here, once, for every adapter.

use crate::choices;
use crate::error::Error;
use crate::params::{FIELDS, FieldId, HardwareChoice, ModelChoice, Params};
use alloc::format;
use alloc::string::{String, ToString};
use rigplan_catalog::{
    API, ApiPrice, CLOUD, CloudPrice, HostProfile, SystemEntry, Tier, default_host, device, model,
    quant, system,
};
use rigplan_core::hardware::DeviceSpec;
use rigplan_core::memory::k_row_bits;
use rigplan_core::model::ModelArch;
use rigplan_core::quant::{KernelClass, QuantFormat, QuantScheme};
use rigplan_core::units::{Bytes, BytesPerSecond, Usd, Watts};
use rigplan_core::{CostInputs, Engine, Scenario, Split, Workload};

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
    /// Whether the user gave the host's RAM or its bandwidth (`--host-ram-gb`,
    /// `--host-bandwidth-gbs`) in place of the default host's or the system's.
    pub host_given: bool,
    /// Browsing tier of the hardware (custom: none).
    pub tier: Option<Tier>,
    /// What the cloud line rents.
    pub cloud: CloudRef,
    /// What the API line buys.
    pub api: ApiRef,
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

/// The machine a checked `p.hardware` names (ids were checked by the field table).
fn machine(p: &Params) -> Result<Machine, Error> {
    let count = p.count;
    let missing = || Error::new(FieldId::Hardware, "no such hardware");
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
                // Marked, so a custom name can never pass for a catalog device.
                name: format!("{} (custom)", c.name),
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
            } else {
                let s = system(id).ok_or_else(missing)?;
                system_machine(s, count).ok_or_else(missing)
            }
        }
    }
}

fn system_machine(s: &'static SystemEntry, machines: u32) -> Option<Machine> {
    let d = device(s.device)?;
    let mut spec = d.spec;
    if let Some(gb) = s.memory_gb {
        spec.memory = Bytes::from_gib(gb);
    }
    let m = f64::from(machines);
    let mut host = s.host;
    host.ram = host.ram * m;
    host.load_power = host.load_power * m;
    host.idle_power = host.idle_power * m;
    Some(Machine {
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

/// The scheme a GGUF file of a model that ships its experts in MXFP4 (gpt-oss) has: the
/// quantizers keep those experts as they are at every level (bartowski's gpt-oss GGUF
/// card: "All quants keep the feed forward networks at mxfp4"; a 2,880-wide row could not
/// take a K-quant block anyway) and quantize the rest, whose rows fall back as
/// [`k_row_bits`] says. unsloth's gpt-oss-120b Q4_K_M file is 58.46 GiB (58.1 here); the
/// Q4_K_M mix over every tensor would be 81.7.
fn gguf_keeps_mxfp4_experts(arch: &ModelArch, mut q: QuantScheme, native: &str) -> QuantScheme {
    if let Some(n) = quant(native)
        && n.scheme.kernel == KernelClass::Micro
        && arch.moe.is_some()
        && q.format == QuantFormat::Gguf
        && !matches!(q.kernel, KernelClass::Micro | KernelClass::Float)
    {
        q.moe_dense = Some(k_row_bits(q.base, arch.hidden));
        q.expert = n.scheme.expert;
        q.expert_down = n.scheme.expert_down;
        q.kernel = KernelClass::Micro;
    }
    q
}

/// Resolves parameters against the catalog: every field is checked against its row of
/// the field table first, so an error names the field and a [`Resolved`] scenario is
/// inside the estimator's limits.
pub fn resolve(p: &Params) -> Result<Resolved, Error> {
    for f in FIELDS {
        f.check(p)?;
    }
    let (arch, model_name, native) = match &p.model {
        ModelChoice::Id(id) => {
            let m = model(id).ok_or_else(|| Error::new(FieldId::Model, "no such model"))?;
            (m.arch, String::from(m.name), m.native)
        }
        ModelChoice::Custom(a) => (*a, "custom config.json".to_string(), ""),
    };
    let q = quant(&p.quant).ok_or_else(|| Error::new(FieldId::Quant, "no such quant"))?;
    let scheme = gguf_keeps_mxfp4_experts(&arch, q.scheme, native);
    let engine = choices::engine(&p.engine).unwrap_or(Engine::LlamaCpp);
    let mut mach = machine(p)?;
    if let Some(gb) = p.memory_gb {
        mach.device.memory = Bytes::from_gib(gb);
    }
    if let Some(gb) = p.host_ram_gb {
        mach.host.ram = Bytes::from_gib(gb);
    }
    if let Some(gbs) = p.host_bandwidth_gbs {
        mach.host.ram_bandwidth = BytesPerSecond::from_gbs(gbs);
    }
    // A slot older or narrower than the card sets the link (a card not on PCIe keeps none;
    // lanes 0 are the usual 16, never fewer than a slot's).
    let link = &mut mach.device.interconnect;
    if let Some((g, lanes)) = p.pcie_slot.as_deref().and_then(choices::pcie_slot)
        && link.pcie_gen > 0
    {
        link.pcie_gen = link.pcie_gen.min(g);
        link.pcie_lanes = match link.pcie_lanes {
            0 => lanes,
            l => l.min(lanes),
        };
    }
    let backend = p
        .backend
        .as_deref()
        .and_then(choices::backend)
        .unwrap_or_else(|| rigplan_core::default_backend(mach.device.vendor));
    let price = p.price_usd.or(mach.price);
    let entry = match &p.api_model {
        Some(id) => API.iter().find(|a| a.id == id.as_str()),
        None => default_api(&p.model),
    };
    let api = match (p.api_usd_per_mtok, entry) {
        (Some(x), _) => ApiRef::Given(x),
        (None, Some(a)) => ApiRef::Catalog(a),
        (None, None) => ApiRef::None,
    };
    let cloud = match p.cloud_usd_per_hour {
        Some(x) => CloudRef::Given(x),
        None => default_cloud(mach.device_id, mach.count),
    };
    let mut scenario = Scenario {
        model: arch,
        quant: scheme,
        device: mach.device,
        count: mach.count,
        host: mach.host,
        engine,
        backend,
        split: p.split,
        context: p.context,
        prompt: p.prompt,
        depth: p.depth,
        prefill_depth: p.prefill_depth,
        ubatch: p.ubatch,
        n_cpu_moe: if p.cpu_moe { u32::MAX } else { p.n_cpu_moe },
        kv: p.kv,
        flash_attention: p.flash_attention,
        batch: p.batch,
        workload: Workload {
            users: p.users,
            requests_per_user_per_day: p.requests_per_user_per_day,
            input_tokens: p.input_tokens,
            output_tokens: p.output_tokens,
            cached_share: p.cached_share,
            max_ttft_s: p.max_ttft_s,
            min_user_tokens_per_s: p.min_user_tokens_per_s,
            spec_acceptance: p.spec_acceptance,
        },
        cost: CostInputs {
            work: p.work,
            hours_per_day: p.hours_per_day,
            usd_per_kwh: Usd::new(p.usd_per_kwh),
            years: p.years,
            purchase: price.map(Usd::new),
            power_override: p.power_w.map(Watts::new),
            maintenance_per_year: Usd::new(p.maintenance_usd_per_year),
            cloud_usd_per_hour: Usd::new(cloud.usd_per_hour(mach.count)),
            cloud_tokens_per_s: None,
            cloud_users_per_instance: None,
            api_usd_per_mtok: Usd::new(api.usd_per_mtok()),
            api_input_usd_per_mtok: Usd::new(entry.map_or(0.0, |a| a.input_usd_per_mtok)),
            api_cached_usd_per_mtok: Usd::new(entry.map_or(0.0, |a| {
                a.cached_input_usd_per_mtok.unwrap_or(a.input_usd_per_mtok)
            })),
            resale: Usd::new(p.resale_usd),
            pue: p.pue,
        },
    };
    if let CloudRef::Reference(c) = cloud
        && let Some(d) = device(c.device)
    {
        let r = cloud_reference(&scenario, &d.spec);
        scenario.cost.cloud_tokens_per_s = Some(r.tokens_per_gpu_s);
        if p.work == rigplan_core::Work::Workload {
            // The workload rents whole instances of the reference: its GPUs' price, and
            // the users one of them serves.
            scenario.cost.cloud_usd_per_hour = Usd::new(c.usd_per_gpu_hour * f64::from(r.gpus));
            scenario.cost.cloud_users_per_instance = Some(r.users);
        }
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
        host_given: p.host_ram_gb.is_some() || p.host_bandwidth_gbs.is_some(),
        tier: mach.tier,
        cloud,
        api,
    })
}

/// What the cloud line of the cost comparison rents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CloudRef {
    /// The user's price per hour, assumed to do the same work at the same speed.
    Given(f64),
    /// The same device, rented (per GPU-hour, times the device count), same speed.
    Same(&'static CloudPrice),
    /// A reference GPU ([`REFERENCE_CLOUD`]) rented for the hours that produce the same
    /// tokens, because the user's hardware is not rented anywhere in the catalog.
    Reference(&'static CloudPrice),
    /// The catalog has no cloud price.
    None,
}

impl CloudRef {
    /// Dollars per hour for the machine it stands for (`count` devices when the same).
    pub fn usd_per_hour(&self, count: u32) -> f64 {
        match self {
            CloudRef::Given(x) => *x,
            CloudRef::Same(c) => c.usd_per_gpu_hour * f64::from(count),
            CloudRef::Reference(c) => c.usd_per_gpu_hour,
            CloudRef::None => 0.0,
        }
    }
}

/// What the API line of the cost comparison buys.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ApiRef {
    /// The user's price per million tokens.
    Given(f64),
    /// A catalog price, output tokens.
    Catalog(&'static ApiPrice),
    /// The catalog has no API price.
    None,
}

impl ApiRef {
    /// Dollars per million tokens.
    pub fn usd_per_mtok(&self) -> f64 {
        match self {
            ApiRef::Given(x) => *x,
            ApiRef::Catalog(a) => a.output_usd_per_mtok,
            ApiRef::None => 0.0,
        }
    }
}

/// The API price compared when no hosted price of the same open model is in the catalog.
pub const DEFAULT_API: &str = "openai-gpt-4o-mini";

/// The API compared by default: the cheapest hosted price of the same open model (by
/// output price) when the catalog has one, else [`DEFAULT_API`].
fn default_api(m: &ModelChoice) -> Option<&'static ApiPrice> {
    let hosted = match m {
        ModelChoice::Id(id) => API
            .iter()
            .filter(|a| a.model == Some(id.as_str()))
            .min_by(|a, b| a.output_usd_per_mtok.total_cmp(&b.output_usd_per_mtok)),
        ModelChoice::Custom(_) => None,
    };
    hosted
        .or_else(|| API.iter().find(|a| a.id == DEFAULT_API))
        .or(API.first())
}

/// Cloud reference: rent the same device when the catalog prices it (same speed, same
/// hours); otherwise rent [`REFERENCE_CLOUD`] GPUs, as many as the model needs, at their
/// speed.
fn default_cloud(device_id: Option<&str>, _count: u32) -> CloudRef {
    let cheapest = |id: &str| {
        CLOUD
            .iter()
            .filter(|c| c.device == id)
            .min_by(|a, b| a.usd_per_gpu_hour.total_cmp(&b.usd_per_gpu_hour))
    };
    if let Some(c) = device_id.and_then(cheapest) {
        return CloudRef::Same(c);
    }
    match cheapest(REFERENCE_CLOUD) {
        Some(c) => CloudRef::Reference(c),
        None => CloudRef::None,
    }
}

/// The GPU rented when the user's hardware is not rentable.
pub const REFERENCE_CLOUD: &str = "h100-sxm";

/// The cloud reference machine on the same model and workload.
struct CloudReference {
    /// Decode speed per GPU (the capacity pricing rents GPU-hours at it).
    tokens_per_gpu_s: f64,
    /// GPUs in one instance.
    gpus: u32,
    /// Users of the workload one instance serves within the targets.
    users: f64,
}

/// The cloud reference: as many of its GPUs as the model needs to fit (layer split),
/// same quant, context and workload. The user's placement of experts in system RAM is
/// theirs, not the rented machine's (with it nothing ever fits, and the search ran to 64
/// GPUs), and an engine that does not run on CUDA (mlx-lm) is llama.cpp there.
fn cloud_reference(s: &Scenario, d: &DeviceSpec) -> CloudReference {
    let mut c = *s;
    c.device = *d;
    c.host = rigplan_catalog::SERVER.host;
    c.backend = rigplan_core::Backend::Cuda;
    c.split = Split::Layer;
    c.n_cpu_moe = 0;
    if !rigplan_core::engine_supports(c.engine, c.backend) {
        c.engine = rigplan_core::Engine::LlamaCpp;
    }
    let mut n = 1;
    loop {
        c.count = n;
        let e = rigplan_core::estimate(&c);
        if e.memory.fit == rigplan_core::Fit::Fits || n >= 64 {
            return CloudReference {
                tokens_per_gpu_s: e.speed.decode_aggregate.get() / f64::from(n),
                gpus: n,
                users: rigplan_core::serving::capacity(&c, &rigplan_core::calib::DEFAULT)
                    .max_users_meeting_targets,
            };
        }
        n *= 2;
    }
}
