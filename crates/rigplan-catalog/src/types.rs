//! The shapes of catalog entries. Every entry carries its sources; a test fails on any
//! figure that no source covers.

use rigplan_core::hardware::{DeviceSpec, Host};
use rigplan_core::model::ModelArch;
use rigplan_core::quant::QuantScheme;

/// Where a figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// A public URL (https).
    pub url: &'static str,
    /// Which fields this source backs, space separated, from: `memory bandwidth fp16 int8 fp8 fp4
    /// tdp idle price interconnect platform arch params context` (and free words).
    pub covers: &'static str,
    /// The date the source was read (`YYYY-MM-DD`).
    pub read: &'static str,
}

/// The tiers of seed `000`, used as a browsing axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Laptops and small SoCs (M-series, Strix Halo, Snapdragon X).
    Laptop,
    /// Consumer desktop GPUs (RTX 4070-5090, RX 7900 XTX).
    Consumer,
    /// Workstation cards and towers (RTX 6000 Ada, dual 4090).
    Workstation,
    /// Homelab: 2-8 consumer or workstation cards in one box (tinybox).
    Homelab,
    /// Datacenter accelerators and servers (A100, H100, B200, DGX).
    Datacenter,
}

impl Tier {
    /// Stable lower-case id.
    pub const fn id(self) -> &'static str {
        match self {
            Tier::Laptop => "laptop",
            Tier::Consumer => "consumer",
            Tier::Workstation => "workstation",
            Tier::Homelab => "homelab",
            Tier::Datacenter => "datacenter",
        }
    }
}

/// A dated price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Price {
    /// US dollars.
    pub usd: f64,
    /// When that price held (`YYYY-MM` or `YYYY-MM-DD`).
    pub date: &'static str,
    /// `"launch"` (MSRP at launch), `"list"` (the maker's list price at `date`), `"street"`
    /// (observed retail) or `"report"` (a database's or the press's figure).
    pub kind: &'static str,
}

/// One accelerator or SoC.
#[derive(Clone, Copy, Debug)]
pub struct HardwareEntry {
    /// Permanent id (never renamed or reused).
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Browsing tier.
    pub tier: Tier,
    /// Installed memory as the vendor prints it ("24 GB"; the spec holds the true bytes).
    pub memory_gb: f64,
    /// The numbers the estimator uses.
    pub spec: DeviceSpec,
    /// Price of one device, when a source gives it.
    pub price: Option<Price>,
    /// Release year, when known.
    pub year: Option<u16>,
    /// Sources for every figure above.
    pub sources: &'static [Source],
    /// Caveats (derived figures, blanks that were not found).
    pub notes: &'static str,
}

/// A complete machine: N devices plus a platform, with its own price and power.
#[derive(Clone, Copy, Debug)]
pub struct SystemEntry {
    /// Permanent id.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Browsing tier.
    pub tier: Tier,
    /// Id of the accelerator in [`crate::devices`].
    pub device: &'static str,
    /// How many of them.
    pub count: u32,
    /// Configured memory per device when it differs from the device entry (Apple and
    /// Strix Halo machines are sold in several memory sizes), as the vendor prints it (GB).
    pub memory_gb: Option<f64>,
    /// Everything that is not an accelerator.
    pub host: Host,
    /// Price of the whole machine, when a source gives it.
    pub price: Option<Price>,
    /// Sources.
    pub sources: &'static [Source],
    /// Caveats.
    pub notes: &'static str,
}

/// One model.
#[derive(Clone, Copy, Debug)]
pub struct ModelEntry {
    /// Permanent id.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Family for grouping (`"Llama"`, `"Qwen"`, ...).
    pub family: &'static str,
    /// Hugging Face repository the config comes from (empty without the `notes` feature).
    pub hf_repo: &'static str,
    /// Architecture.
    pub arch: ModelArch,
    /// The quantization the weights ship in, when below 16 bits (`mxfp4-f16` for gpt-oss,
    /// whose experts were post-trained in MXFP4); empty for a 16-bit release. A higher
    /// precision than this is an upcast that costs memory and buys nothing.
    pub native: &'static str,
    /// Month the weights were released, `YYYYMM` (0 when no source dates it).
    pub released: u32,
    /// Sources for the architecture fields and parameter counts.
    pub sources: &'static [Source],
    /// Caveats.
    pub notes: &'static str,
}

/// A cloud GPU rental reference price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CloudPrice {
    /// Permanent id (for example `"h100-sxm-ondemand-lambda"`).
    pub id: &'static str,
    /// Provider and offer name.
    pub name: &'static str,
    /// Hardware id in [`crate::devices`] of the rented GPU.
    pub device: &'static str,
    /// Price of one GPU for one hour, US dollars.
    pub usd_per_gpu_hour: f64,
    /// When the price was observed (`YYYY-MM`).
    pub date: &'static str,
    /// Where.
    pub source: Source,
}

/// An API reference price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ApiPrice {
    /// Permanent id (for example `"gpt-4o-mini"`).
    pub id: &'static str,
    /// Provider and model name.
    pub name: &'static str,
    /// The open model (catalog id) this price serves, for a hosted open model.
    pub model: Option<&'static str>,
    /// US dollars per million input tokens.
    pub input_usd_per_mtok: f64,
    /// US dollars per million input tokens read from the provider's prompt cache, when
    /// published.
    pub cached_input_usd_per_mtok: Option<f64>,
    /// US dollars per million output tokens.
    pub output_usd_per_mtok: f64,
    /// When the price was observed (`YYYY-MM`).
    pub date: &'static str,
    /// Where.
    pub source: Source,
}

/// One quantization scheme.
#[derive(Clone, Copy, Debug)]
pub struct QuantEntry {
    /// Permanent id (llama.cpp names lower-cased, plus others).
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Bits per tensor class.
    pub scheme: QuantScheme,
    /// Sources.
    pub sources: &'static [Source],
    /// How the mix was derived.
    pub notes: &'static str,
}

/// A named default host: the machine around a bare accelerator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HostProfile {
    /// Short id shown in the output.
    pub id: &'static str,
    /// What it stands for.
    pub description: &'static str,
    /// The numbers.
    pub host: Host,
}
