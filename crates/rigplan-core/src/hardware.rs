//! What the estimator needs to know about a device and the machine around it.
//!
//! These are numbers only: names, ids and sources live in the catalog crate.

use crate::units::{Bytes, BytesPerSecond, FlopsPerSecond, Usd, Watts};

/// Who makes the device; picks the default backend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Vendor {
    /// NVIDIA.
    Nvidia,
    /// AMD.
    Amd,
    /// Apple.
    Apple,
    /// Intel.
    Intel,
    /// Qualcomm.
    Qualcomm,
    /// Anything else (custom specs).
    Other,
}

/// How the device's memory relates to the host's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum DeviceKind {
    /// A discrete accelerator with its own memory (VRAM / HBM); the host RAM is separate.
    Gpu,
    /// A system-on-chip or APU whose GPU shares the system memory (Apple, Strix Halo,
    /// DGX Spark, Snapdragon X). There is no separate RAM to offload into.
    Unified,
    /// A CPU running inference from system memory.
    Cpu,
}

/// The rule that turns installed memory into memory the accelerator may use.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum MemoryRule {
    /// Dedicated memory minus a fixed reserve for the display and driver.
    Dedicated,
    /// macOS: the GPU may wire only part of RAM by default (`iogpu.wired_limit_mb`).
    AppleWiredLimit,
    /// Strix Halo and similar APUs: a BIOS carve-out / GTT limit on Linux.
    /// The value is the largest share of RAM the GPU can be given.
    Carveout {
        /// Largest fraction of installed memory the GPU can address.
        max_fraction: f64,
    },
    /// Shared memory with the OS keeping a fixed share (DGX Spark, Snapdragon, CPUs).
    SharedWithOs,
}

/// The memory technology, which sets how much of the peak bandwidth batch-1 decode
/// kernels reach (HBM needs far more requests in flight than GDDR or LPDDR).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum MemoryType {
    /// GDDR6 / GDDR6X / GDDR7 on discrete cards.
    Gddr,
    /// HBM2e / HBM3 / HBM3e on datacenter parts.
    Hbm,
    /// LPDDR on SoCs and APUs (Apple, Strix Halo, GB10, Snapdragon).
    Lpddr,
    /// DDR system memory (CPU inference).
    Ddr,
}

/// A GPU-to-GPU link.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Interconnect {
    /// PCIe generation of the device's host link (0 when not on PCIe, e.g. SoCs, SXM).
    pub pcie_gen: u8,
    /// PCIe lanes (usually 16).
    pub pcie_lanes: u8,
    /// NVLink (or Infinity Fabric) bandwidth per device, per direction; `None` when the
    /// part has no such link.
    pub nvlink: Option<BytesPerSecond>,
}

/// One accelerator (or one SoC), as the estimator sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DeviceSpec {
    /// Maker.
    pub vendor: Vendor,
    /// Discrete, unified or CPU.
    pub kind: DeviceKind,
    /// Installed memory on the device (for unified parts: the system RAM), in true bytes.
    /// Vendors print DRAM and HBM sizes in "GB" but build them in binary sizes: a "24 GB"
    /// card has 24 GiB (an RTX 4090 reports 24,564 MiB), so catalogs construct this with
    /// [`Bytes::from_gib`] of the vendor's figure.
    pub memory: Bytes,
    /// Memory technology.
    pub memory_type: MemoryType,
    /// Peak memory bandwidth.
    pub bandwidth: BytesPerSecond,
    /// Dense FP16 matrix throughput (tensor / matrix units where present, no sparsity).
    /// `None` when no source gives it.
    pub fp16: Option<FlopsPerSecond>,
    /// True when `fp16` is a GeForce card's FP16-with-FP32-accumulate rate; those cards run
    /// FP16 accumulate (what llama.cpp's cuBLAS path uses) at twice it (NVIDIA Ampere, Ada
    /// and Blackwell whitepapers, appendix tables).
    pub fp16_is_fp32_accumulate: bool,
    /// True when llama.cpp's Vulkan backend leaves the part's matrix units idle: Arc
    /// A-series (Xe-HPG) parts, where it enables cooperative matrices on Intel only from
    /// Xe2 on. Prompts there run on the vector engines, at [`crate::speed::XE_HPG_VECTOR`]
    /// of `fp16`.
    pub vulkan_vector_only: bool,
    /// Dense INT8 matrix throughput, when known.
    pub int8: Option<FlopsPerSecond>,
    /// Dense FP8 matrix throughput, when the device has FP8 tensor units and a source
    /// gives it (Ada, Hopper, Blackwell, CDNA3+).
    pub fp8: Option<FlopsPerSecond>,
    /// Dense FP4 matrix throughput (NVFP4 / MXFP4), when the device has FP4 tensor units
    /// and a source gives it (Blackwell, CDNA4).
    pub fp4: Option<FlopsPerSecond>,
    /// Board power (TDP / TGP / TBP) of the device alone. `None` when unknown.
    pub tdp: Option<Watts>,
    /// Idle draw of the device alone, when a source gives it.
    pub idle: Option<Watts>,
    /// Links to the host and to peers.
    pub interconnect: Interconnect,
    /// How installed memory becomes usable memory.
    pub memory_rule: MemoryRule,
}

/// The machine around the devices: everything that is not an accelerator.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Host {
    /// System RAM installed, true bytes (zero for unified-memory machines, whose RAM is the
    /// device memory).
    pub ram: Bytes,
    /// System RAM bandwidth, used for offloaded layers.
    pub ram_bandwidth: BytesPerSecond,
    /// Draw of the rest of the system under load (CPU, board, fans, PSU loss).
    pub load_power: Watts,
    /// Draw of the rest of the system at idle.
    pub idle_power: Watts,
    /// Price of the platform without the accelerators, when known.
    pub price: Option<Usd>,
}
