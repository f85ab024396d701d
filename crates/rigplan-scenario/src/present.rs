//! The sentences that present an estimate, written once: the CLI prints them and the page
//! shows them, so both say the same thing in the same words.

use crate::display::{gb, seconds, sig3, tps, usd};
use crate::params::FieldId;
use crate::resolve::{ApiRef, CloudRef, Resolved};
use alloc::borrow::Cow;
use alloc::format;
use alloc::string::{String, ToString};
use rigplan_core::memory::Memory;
use rigplan_core::power::{IDLE_SHARE_FALLBACK, Power, WATTS_PER_GBS_FALLBACK};
use rigplan_core::sensitivity::{Flip, Input};
use rigplan_core::serving::Capacity;
use rigplan_core::speed::SpeedTier;
use rigplan_core::tco::{Choice, Tco};
use rigplan_core::units::{Bytes, Seconds, TokensPerSecond, Usd};
use rigplan_core::{Estimate, Fit, Scenario, Serving, Warning, Work};

/// The memory verdict: a stable id, a short label and the sentence that explains it.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// `fits`, `offload` or `does-not-fit` (CSS class, JSON, tests).
    pub id: &'static str,
    /// `Fits`, `Fits with CPU offload`, `Does not fit`.
    pub label: &'static str,
    /// What is needed, what is there, and what follows.
    pub detail: String,
}

/// The verdict of a memory estimate.
pub fn verdict(m: &Memory) -> Verdict {
    let (label, detail) = match m.fit {
        Fit::Fits if m.in_system_ram => (
            "Fits in system RAM",
            format!(
                "{} needed of {} of system RAM: {} headroom. It runs on the CPU.",
                gb(m.total),
                gb(m.usable),
                gb(Bytes::new(m.headroom_bytes))
            ),
        ),
        Fit::DoesNotFit if m.in_system_ram => (
            "Does not fit",
            format!(
                "Needs {}; the system has {} of RAM for it.",
                gb(m.total),
                gb(m.usable)
            ),
        ),
        Fit::Fits => (
            "Fits",
            format!(
                "{} needed of {} usable: {} headroom.",
                gb(m.total),
                gb(m.usable),
                gb(Bytes::new(m.headroom_bytes))
            ),
        ),
        Fit::Offload if m.offloaded.get() <= 0.0 => (
            "Fits with experts in system RAM",
            format!(
                "{} of routed experts in system RAM, the rest on the accelerators ({} usable): {} headroom.",
                gb(m.expert_offload),
                gb(m.usable),
                gb(Bytes::new(m.headroom_bytes + m.expert_offload.get()))
            ),
        ),
        Fit::Offload => (
            "Fits with CPU offload",
            format!(
                "{} needed, {} usable on the accelerators: {} of weights would run from system RAM ({} available), much slower.",
                gb(m.total),
                gb(m.usable),
                gb(m.offloaded),
                gb(m.host_usable)
            ),
        ),
        Fit::DoesNotFit => (
            "Does not fit",
            format!(
                "Needs {}; the accelerators have {} usable and the host {} for offload.",
                gb(m.total),
                gb(m.usable),
                gb(m.host_usable)
            ),
        ),
    };
    Verdict {
        id: m.fit.id(),
        label,
        detail,
    }
}

/// The expert-offload advice: the smallest `--n-cpu-moe` that fits the model and context
/// on the accelerators, as the flag to pass, when there is one and `--n-cpu-moe` is below
/// it (`n_cpu_moe`, the scenario's own).
pub fn expert_advice(m: &Memory, n_cpu_moe: u32) -> Option<String> {
    advised(m, n_cpu_moe).map(|n| format!("llama.cpp: pass --n-cpu-moe {n} to keep the experts of the first {n} blocks in system RAM and the rest on the accelerators."))
}

/// The recommended `--n-cpu-moe`, when the scenario's own is below it.
fn advised(m: &Memory, n_cpu_moe: u32) -> Option<u32> {
    m.recommended_n_cpu_moe.filter(|n| n_cpu_moe < *n)
}

/// The estimate with the recommended `--n-cpu-moe` applied, when [`expert_advice`] gives
/// advice: what the flag would make of the speeds.
pub fn with_recommendation(s: &Scenario, m: &Memory) -> Option<Estimate> {
    let n = advised(m, s.n_cpu_moe)?;
    let mut r = *s;
    r.n_cpu_moe = n;
    Some(rigplan_core::estimate(&r))
}

/// A speed with its 80% band: `52 tok/s (44-60)`.
pub fn with_band(t: TokensPerSecond, lo: TokensPerSecond, hi: TokensPerSecond) -> String {
    format!("{} ({}-{})", tps(t), sig3(lo.get()), sig3(hi.get()))
}

/// The host the figures assume around a bare card (its default profile), with the RAM and
/// bandwidth the user gave in its place; `None` for a complete system nothing was given for.
pub fn host_note(r: &Resolved) -> Option<String> {
    let h = &r.scenario.host;
    let mut o = r.host_profile.map_or(String::new(), |p| {
        format!("host assumed: {}", p.description)
    });
    // A unified-memory device reads its own memory: a host figure given for it is unused.
    if r.host_given && r.scenario.device.kind == rigplan_core::hardware::DeviceKind::Gpu {
        o += &format!(
            "{}RAM and bandwidth as given: {} GB at {} GB/s",
            if o.is_empty() { "host " } else { "; " },
            // In the unit the flag and the field take (GiB, as every memory size typed in).
            sig3(h.ram.as_gib()),
            sig3(h.ram_bandwidth.as_gbs())
        );
    }
    (!o.is_empty()).then_some(o)
}

/// One line: `Fits · 6.3 GB · decode 127 tok/s`.
pub fn summary(e: &Estimate) -> String {
    format!(
        "{} · {} · decode {}",
        verdict(&e.memory).label,
        gb(e.memory.total),
        tps(e.speed.decode)
    )
}

/// The smallest circuit that carries the peak continuously.
pub fn circuit(p: &Power) -> String {
    match p.circuit {
        Some(c) => format!(
            "{:.0} V {:.0} A ({:.0} W continuous at 80%)",
            c.volts, c.amps, c.continuous_w
        ),
        None => "beyond 240 V 100 A: three-phase or datacenter power".to_string(),
    }
}

/// When owning becomes cheaper than the cheaper alternative.
pub fn breakeven(t: &Tco) -> String {
    t.breakeven_month
        .map_or("never within the horizon".to_string(), |m| {
            format!("month {m}")
        })
}

/// The speed tiers in words, from the estimator's own thresholds.
pub fn speed_tiers() -> String {
    let f = SpeedTier::FLOORS;
    format!(
        "Tiers: under {} tok/s {}, {}-{} {}, {}-{} {}, {}-{} {}, {}+ {}. Reading speed is about 7-11 tok/s.",
        f[0],
        SpeedTier::Painful.id(),
        f[0],
        f[1],
        SpeedTier::Usable.id(),
        f[1],
        f[2],
        SpeedTier::Comfortable.id(),
        f[2],
        f[3],
        SpeedTier::Fast.id(),
        f[3],
        SpeedTier::Instant.id()
    )
}

/// What the cloud line rents.
pub fn cloud(r: &Resolved) -> String {
    let n = r.scenario.count;
    match r.cloud {
        CloudRef::Given(x) => format!("${x}/hour (given), same speed"),
        CloudRef::Same(c) => format!(
            "{n} x {} at ${}/GPU-hour ({}), same speed",
            c.name, c.usd_per_gpu_hour, c.date
        ),
        CloudRef::Reference(c) => format!(
            "{} at ${}/GPU-hour ({}), hours scaled to the same tokens",
            c.name, c.usd_per_gpu_hour, c.date
        ),
        CloudRef::None => "no cloud price in the catalog".to_string(),
    }
}

/// What the API line buys.
pub fn api(r: &Resolved) -> String {
    match r.api {
        ApiRef::Given(x) => format!("${x}/Mtok (given)"),
        ApiRef::Catalog(a) => format!(
            "{} at ${}/Mtok output, ${} input, ${} cached ({})",
            a.name,
            a.output_usd_per_mtok,
            a.input_usd_per_mtok,
            a.cached_input_usd_per_mtok.unwrap_or(a.input_usd_per_mtok),
            a.date
        ),
        ApiRef::None => "no API price in the catalog".to_string(),
    }
}

/// The cost comparison's basis, in one sentence.
pub fn cost_basis(r: &Resolved) -> String {
    let same = match r.scenario.cost.work {
        Work::Workload => "Same workload on each line: its requests over the busy hours.",
        Work::Capacity => "Same tokens on each line: decode speed x hours of use.",
    };
    format!("Cloud: {}. API: {}. {same}", cloud(r), api(r))
}

/// The serving figures, a few lines (the CLI's "Serving" block).
pub fn serving_lines(s: &Scenario, sv: &Serving, cap: &Capacity) -> [String; 3] {
    let w = &s.workload;
    let batching = if rigplan_core::serving::paged(s.engine) {
        "continuous batching, paged KV"
    } else {
        "fixed slots (--parallel)"
    };
    [
        format!(
            "Serving {} users x {} requests/day, {} in ({}% cached) / {} out tokens, over {} busy h/day ({batching})",
            count(w.users),
            count(w.requests_per_user_per_day),
            w.input_tokens,
            sig3(w.cached_share * 100.0),
            w.output_tokens,
            sig3(s.cost.hours_per_day)
        ),
        format!(
            "  {} sequences fit; saturated {} output; at the workload ({} in flight): {} per user, first token in {}",
            sv.max_concurrent_sequences,
            tps(TokensPerSecond::new(sv.saturated_output_tokens_per_s)),
            sig3(sv.concurrency),
            tps(TokensPerSecond::new(sv.per_user_decode_tokens_per_s)),
            seconds(Seconds::new(sv.time_to_first_token_s))
        ),
        format!(
            "  {}; up to {} users within the targets (first token <= {} s, >= {} tok/s each); utilization {}%{}",
            if sv.meets_targets {
                "meets the targets"
            } else {
                "CANNOT SERVE IT within the targets"
            },
            cap.max_users_meeting_targets as u64,
            sig3(w.max_ttft_s),
            sig3(w.min_user_tokens_per_s),
            sig3(sv.utilization * 100.0),
            if w.spec_acceptance > 0.0 {
                format!("; speculative decoding x{}", sig3(sv.spec_speedup))
            } else {
                String::new()
            }
        ),
    ]
}

/// A count: whole numbers as they are (`1000`), others to three significant digits.
fn count(x: f64) -> String {
    if x.is_finite() && x == (x as u64) as f64 {
        format!("{}", x as u64)
    } else {
        sig3(x)
    }
}

/// The cheapest option that serves the work, in words.
pub fn cheapest(t: &Tco) -> &'static str {
    match t.cheapest {
        Some(Choice::Own) => "own the machine",
        Some(Choice::Cloud) => "rent it in the cloud",
        Some(Choice::Api) => "pay the API",
        None => "none serves it",
    }
}

/// A cost input's short name (the sensitivity chart's rows).
pub fn input_name(i: Input) -> &'static str {
    match i {
        Input::Electricity => "electricity price",
        Input::Hours => "busy hours",
        Input::ApiPrice => "API price",
        Input::Resale => "resale value",
        Input::Utilization => "utilization",
        Input::Purchase => "purchase price",
    }
}

/// Where an input flips the verdict, in words: `at $0.04/kWh electricity (now $0.15),
/// owning becomes the cheapest`.
pub fn flip(f: &Flip) -> String {
    let show = |x: f64| match f.input {
        Input::Electricity => format!("${}/kWh electricity", sig3(x)),
        Input::Hours => format!("{} busy h/day", sig3(x)),
        Input::ApiPrice => format!("${}/Mtok API output", sig3(x)),
        Input::Resale => format!("{} resale", usd(Usd::new(x))),
        Input::Utilization => format!("{}% utilization", sig3(x * 100.0)),
        Input::Purchase => format!("{} purchase", usd(Usd::new(x))),
    };
    let to = match f.to {
        Some(Choice::Own) => "owning",
        Some(Choice::Cloud) => "the cloud",
        Some(Choice::Api) => "the API",
        None => "nothing",
    };
    format!(
        "at {} (now {}), {to} becomes the cheapest",
        show(f.flips_at.unwrap_or(f64::NAN)),
        show(f.base)
    )
}

/// The cost over the horizon, one line: `own $3,000 (purchase $1,599, ...)`.
pub fn own_cost(t: &Tco) -> String {
    format!(
        "{} (purchase {}, electricity {}/month) = {}/Mtok",
        usd(t.own_total),
        usd(t.purchase),
        usd(t.electricity_monthly),
        per_mtok(t.own_usd_per_mtok)
    )
}

/// A cost per million tokens, or why there is none.
pub fn per_mtok(x: Option<Usd>) -> String {
    x.map_or_else(|| "undefined (no tokens made)".into(), usd)
}

/// What an optional field left blank stands for in this scenario (the page shows it as
/// the box's placeholder): the catalog's price, the estimated power, the cloud and API
/// references. Blank for fields that have no such value.
pub fn when_blank(f: FieldId, r: &Resolved, e: &Estimate) -> String {
    match f {
        FieldId::Price => r
            .scenario
            .cost
            .purchase
            .map_or("unknown: enter one".into(), usd),
        FieldId::Power => format!("{:.0} W estimated", e.power.load.get()),
        FieldId::Cloud => cloud(r),
        FieldId::Api => api(r),
        // As the vendor prints it ("24 GB" for 24 GiB).
        FieldId::Memory => format!("{} GB", sig3(r.scenario.device.memory.as_gib())),
        FieldId::Backend => rigplan_core::default_backend(r.scenario.device.vendor)
            .id()
            .to_string(),
        _ => String::new(),
    }
}

/// The heading of the cost comparison: `Cost over 5 years (8 h/day, $0.15/kWh)`.
pub fn cost_heading(r: &Resolved) -> String {
    let c = &r.scenario.cost;
    let work = match c.work {
        Work::Workload => "the workload",
        Work::Capacity => "all it can generate",
    };
    format!(
        "Cost over {} years for {work} ({} busy h/day, ${}/kWh)",
        c.years,
        c.hours_per_day,
        c.usd_per_kwh.get()
    )
}

/// A caveat in words.
pub fn warning(w: Warning) -> Cow<'static, str> {
    match w {
        Warning::ContextExceedsTrained => {
            Cow::Borrowed("context exceeds the model's trained maximum")
        }
        Warning::DepthExceedsContext => {
            Cow::Borrowed("KV depth is beyond the allocated context; decode figure is extrapolated")
        }
        Warning::EfficiencyExtrapolated => Cow::Borrowed(
            "efficiency extrapolated: no calibration data for this engine/backend, llama.cpp constants of the same backend used",
        ),
        Warning::PrefillPeakUnknown => Cow::Borrowed(
            "no FLOPS figure for this device: prefill estimated from a bandwidth ratio",
        ),
        Warning::TdpUnknown => Cow::Owned(format!(
            "no TDP in the catalog for this device: power assumed at {WATTS_PER_GBS_FALLBACK} W per GB/s of bandwidth"
        )),
        Warning::IdleAssumed => Cow::Owned(format!(
            "no idle figure in the catalog: idle power assumed at {:.0}% of TDP",
            IDLE_SHARE_FALLBACK * 100.0
        )),
        Warning::PriceUnknown => Cow::Borrowed("no purchase price known: set one to compare costs"),
        Warning::KvQuantNeedsFlashAttention => {
            Cow::Borrowed("a quantized V cache needs flash attention in llama.cpp")
        }
        Warning::TensorParallelExtrapolated => Cow::Borrowed(
            "tensor parallel is not calibrated: all-reduce cost is from link bandwidth and latency only",
        ),
        Warning::TensorParallelOverPcie => Cow::Borrowed(
            "tensor parallel over PCIe (no NVLink on this card): all-reduces are slow",
        ),
        Warning::Offloaded => Cow::Borrowed(
            "part of the weights run from system RAM: decode is limited by RAM bandwidth",
        ),
        Warning::BackendMismatch => {
            Cow::Borrowed("this backend does not run on this vendor's hardware")
        }
        Warning::EngineMismatch => Cow::Borrowed("this engine does not support this backend"),
        Warning::QuantEngineMismatch => {
            Cow::Borrowed("this quantization format is not one this engine loads")
        }
        Warning::RaiseWiredLimit => Cow::Borrowed(
            "does not fit under macOS's default GPU memory cap; raising iogpu.wired_limit_mb would make room",
        ),
        Warning::MultiDeviceUnified => Cow::Borrowed(
            "several unified-memory machines do not pool memory without a cluster runtime",
        ),
        Warning::SplitIgnored => Cow::Borrowed("split mode has no effect with one device"),
        Warning::InputClamped => Cow::Borrowed(
            "an input was outside its documented range and was clamped into it: the figures are for the clamped value",
        ),
    }
}

/// A measured row in one line: `136 tok/s tg128 on 1 x rtx-4090, llama-3-8b q4_k_m, CUDA`.
pub fn measured(m: &crate::evidence::Measured) -> String {
    format!(
        "{} tok/s tg{} on {} x {}, {} {}, {}",
        crate::display::sig3(m.tokens_per_s),
        m.tokens,
        m.count,
        m.device,
        m.model,
        m.quant,
        m.backend
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_state_the_constants_they_use() {
        assert!(warning(Warning::IdleAssumed).contains("8% of TDP"));
        assert!(warning(Warning::TdpUnknown).contains("0.4 W per GB/s"));
        assert_eq!(
            speed_tiers(),
            "Tiers: under 5 tok/s painful, 5-15 usable, 15-30 comfortable, 30-60 fast, 60+ instant. Reading speed is about 7-11 tok/s."
        );
        for w in Warning::ALL {
            assert!(!warning(w).is_empty());
        }
    }
}
