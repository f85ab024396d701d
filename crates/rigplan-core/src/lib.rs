//! The rigplan estimator: will a model fit on a machine, how fast will it run, what will
//! it draw from the wall and what will it cost over the years.
//!
//! One entry point, [`estimate`], takes a fully resolved [`Scenario`] (numbers only: the
//! catalog crate turns ids into numbers) and returns an [`Estimate`]: plain data with
//! typed quantities, warnings as data, no allocation.
//!
//! **Architecture invariant:** this crate does no IO, reads no clock, keeps no global
//! state and does not know leptos, web-sys or wasm-bindgen exist. Float functions come
//! from `libm`, so native and wasm builds give the same numbers.
//!
//! # Crate features
//! - `std` (default): nothing in the estimator needs it; it only forwards to serde.
//! - `serde`: `Serialize`/`Deserialize` on the public types.
//!
//! Built for a bare-metal target in CI (`thumbv7em-none-eabihf`, no default features) to
//! prove it is `no_std` + `alloc`.
#![no_std]
// The estimator must not panic on any input: no unwrap, expect, panic or unchecked
// indexing outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]
extern crate alloc;
// With `std` (the page and the CLI), rounding uses its `f64::ceil`: one instruction in
// wasm, where libm's portable version would add its code to the download.
#[cfg(feature = "std")]
extern crate std;

pub mod calib;
pub mod hardware;
pub mod limits;
pub mod memory;
pub mod model;
pub mod power;
pub mod quant;
pub mod scenario;
pub mod sensitivity;
pub mod serving;
pub mod speed;
pub mod tco;
pub mod units;
pub mod warnings;

pub use calib::Calibration;
pub use memory::{Fit, Memory};
pub use power::Power;
pub use scenario::{Backend, CostInputs, Engine, Scenario, Split, Work, Workload};
pub use serving::Serving;
pub use speed::Speed;
pub use tco::Tco;
pub use warnings::{Warning, Warnings};

use hardware::{DeviceKind, MemoryRule, Vendor};
use quant::{KvType, QuantFormat};

/// Everything the planner shows for one scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Estimate {
    /// Memory breakdown and verdict.
    pub memory: Memory,
    /// Decode, prefill, time to first token.
    pub speed: Speed,
    /// Watts and energy.
    pub power: Power,
    /// Serving the workload: concurrency, per-user speed, users within the targets.
    pub serving: Serving,
    /// Cost of ownership vs cloud vs API.
    pub tco: Tco,
    /// Caveats.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub warnings: Warnings,
}

impl Estimate {
    /// Whether every output is a finite number and none that must not be negative is:
    /// the estimator's contract for every input, checked by the property tests and the fuzz
    /// target. Headroom may be negative (it does not fit); nothing else may.
    pub fn is_sane(&self) -> bool {
        let m = &self.memory;
        let non_negative = [
            m.weights.get(),
            m.kv_cache.get(),
            m.compute_buffer.get(),
            m.overhead.get(),
            m.total.get(),
            m.usable.get(),
            m.offloaded.get(),
            m.host_usable.get(),
            self.speed.decode.get(),
            self.speed.decode_aggregate.get(),
            self.speed.prefill.get(),
            self.speed.time_to_first_token.get(),
            self.power.load.get(),
            self.power.idle.get(),
            self.power.peak.get(),
            self.power.joules_per_token.get(),
            self.tco.own_total.get(),
            self.tco.cloud_total.get(),
            self.tco.api_total.get(),
            self.tco.own_usd_per_mtok.map_or(0.0, units::Usd::get),
            self.tco.cloud_usd_per_mtok.map_or(0.0, units::Usd::get),
            self.serving.saturated_output_tokens_per_s,
            self.serving.concurrency,
            self.serving.per_user_decode_tokens_per_s,
            self.serving.time_to_first_token_s,
            self.serving.utilization,
            self.serving.spec_speedup,
        ];
        non_negative.iter().all(|x| x.is_finite() && *x >= 0.0)
            && m.headroom_bytes.is_finite()
            && self
                .tco
                .monthly()
                .all(|p| p.own_usd.is_finite() && p.cloud_usd.is_finite() && p.api_usd.is_finite())
    }
}

/// Estimates a scenario with the fitted calibration constants.
pub fn estimate(s: &Scenario) -> Estimate {
    estimate_with(s, &calib::DEFAULT)
}

/// Estimates a scenario with explicit calibration constants (the fitter uses this).
///
/// Inputs outside the documented ranges ([`limits`]) are clamped into them first, with
/// [`Warning::InputClamped`].
pub fn estimate_with(s: &Scenario, cal: &Calibration) -> Estimate {
    // Most scenarios are in range (the resolver refuses what is not): only a scenario
    // that must be clamped is copied.
    let mut inside;
    let (s, clamped) = if limits::within(s) {
        (s, false)
    } else {
        inside = *s;
        limits::clamp(&mut inside);
        (&inside, true)
    };
    let w = memory::weight_bytes(&s.model, &s.quant);
    let kv = memory::KvPerToken::of(&s.model, s.kv);
    let mem = memory::memory_with(s, &w, &kv);
    let c = speed::Ctx::with_kv(s, cal, &w, &mem, kv);
    let (speed, step) = speed::speed_with(&c, &w, &mem);
    let power = power::power(s, speed.decode_aggregate);
    let serving = serving::Model::from_step(&c, &w, &mem, &step).serving();
    let mut warnings = warnings_for(s, cal, &mem, &power);
    warnings.add_if(clamped, Warning::InputClamped);
    // The cost figures are written where they are returned: computed into a local, the
    // largest part of the result was copied (2% of the sweep benchmark's time, 2026-12-05).
    Estimate {
        tco: tco::tco(
            &s.cost,
            &power,
            speed.decode_aggregate,
            &s.workload,
            &serving,
        ),
        memory: mem,
        speed,
        power,
        serving,
        warnings,
    }
}

/// Whether `engine` runs on `backend`.
pub fn engine_supports(engine: Engine, backend: Backend) -> bool {
    use Backend::*;
    match engine {
        Engine::LlamaCpp => true,
        Engine::Mlx => matches!(backend, Metal | Cpu),
        Engine::Vllm => matches!(backend, Cuda | Rocm | Cpu),
        Engine::TensorRtLlm => backend == Cuda,
        Engine::ExLlamaV2 => matches!(backend, Cuda | Rocm),
    }
}

/// Whether `backend` runs on `vendor`'s hardware.
pub fn backend_supports(backend: Backend, vendor: Vendor) -> bool {
    match backend {
        Backend::Cuda => vendor == Vendor::Nvidia,
        Backend::Metal => vendor == Vendor::Apple,
        Backend::Rocm => vendor == Vendor::Amd,
        Backend::Vulkan => vendor != Vendor::Apple,
        Backend::Cpu => true,
        Backend::Sycl => vendor == Vendor::Intel,
    }
}

/// The usual backend for a vendor's hardware.
pub fn default_backend(vendor: Vendor) -> Backend {
    match vendor {
        Vendor::Nvidia => Backend::Cuda,
        Vendor::Apple => Backend::Metal,
        Vendor::Amd => Backend::Rocm,
        Vendor::Intel | Vendor::Qualcomm => Backend::Vulkan,
        Vendor::Other => Backend::Vulkan,
    }
}

/// Whether `engine` loads weights in `format`.
pub fn engine_loads(engine: Engine, format: QuantFormat) -> bool {
    use QuantFormat::*;
    match engine {
        Engine::LlamaCpp => matches!(format, Float | Bf16 | Gguf | Mxfp4),
        Engine::Mlx => matches!(format, Float | Bf16 | Mlx),
        Engine::Vllm => matches!(format, Float | Bf16 | Mxfp4 | Fp8 | Nvfp4 | Int4Group),
        Engine::TensorRtLlm => matches!(format, Float | Bf16 | Mxfp4 | Fp8 | Nvfp4 | Int4Group),
        Engine::ExLlamaV2 => matches!(format, Float | Bf16 | Int4Group),
    }
}

fn warnings_for(s: &Scenario, cal: &Calibration, mem: &Memory, power: &Power) -> Warnings {
    let mut w = Warnings::default();
    let (_, calibrated) = cal.for_pair(s.engine, s.backend, s.device.vendor);
    let multi = s.count > 1;
    w.add_if(
        s.model.max_context > 0 && s.context > s.model.max_context,
        Warning::ContextExceedsTrained,
    );
    w.add_if(s.depth > s.context, Warning::DepthExceedsContext);
    w.add_if(!calibrated, Warning::EfficiencyExtrapolated);
    let (_, peak_known) = speed::peak(&s.device, s.engine, s.backend, s.quant.format);
    w.add_if(!peak_known, Warning::PrefillPeakUnknown);
    w.add_if(power.tdp_assumed, Warning::TdpUnknown);
    w.add_if(power.assumed && !power.tdp_assumed, Warning::IdleAssumed);
    w.add_if(s.cost.purchase.is_none(), Warning::PriceUnknown);
    w.add_if(
        s.kv != KvType::F16 && !s.flash_attention && s.engine == Engine::LlamaCpp,
        Warning::KvQuantNeedsFlashAttention,
    );
    w.add_if(
        multi && s.split == Split::Tensor,
        Warning::TensorParallelExtrapolated,
    );
    w.add_if(
        multi
            && s.split == Split::Tensor
            && s.device.interconnect.nvlink.is_none()
            && s.device.kind == DeviceKind::Gpu,
        Warning::TensorParallelOverPcie,
    );
    w.add_if(mem.fit == Fit::Offload, Warning::Offloaded);
    w.add_if(
        !backend_supports(s.backend, s.device.vendor),
        Warning::BackendMismatch,
    );
    w.add_if(
        !engine_supports(s.engine, s.backend),
        Warning::EngineMismatch,
    );
    w.add_if(
        !engine_loads(s.engine, s.quant.format),
        Warning::QuantEngineMismatch,
    );
    let apple_room = s.device.memory - memory::OS_RESERVE.max(units::Bytes::from_gib(8.0));
    w.add_if(
        s.device.memory_rule == MemoryRule::AppleWiredLimit
            && mem.fit != Fit::Fits
            && mem.total.get() <= (apple_room * f64::from(s.count.max(1))).get(),
        Warning::RaiseWiredLimit,
    );
    w.add_if(
        multi && s.device.kind == DeviceKind::Unified,
        Warning::MultiDeviceUnified,
    );
    w.add_if(!multi && s.split == Split::Tensor, Warning::SplitIgnored);
    w
}
