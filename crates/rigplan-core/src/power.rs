//! Power: load and idle watts for the whole machine, energy per token, the circuit.

use crate::hardware::DeviceKind;
use crate::scenario::Scenario;
use crate::units::{Joules, TokensPerSecond, Watts};

/// Share of board power a GPU draws while decoding. Decode is memory-bound, so the
/// draw sits well under TDP; llama.cpp users report 55-75% of the power limit on
/// RTX 3090/4090 during single-stream generation. Assumption; prefill runs near TDP.
pub const DECODE_POWER_SHARE: f64 = 0.65;

/// Idle draw as a share of TDP when the catalog has no idle figure. Assumption
/// (desktop GPUs idle at roughly 5-10% of their power limit); flagged when used.
pub const IDLE_SHARE_FALLBACK: f64 = 0.08;

/// Board power assumed per GB/s of bandwidth when the catalog has no TDP (about 0.35
/// W per GB/s across GDDR cards: RTX 4090 450 W / 1008 GB/s, RTX 3090 350 W / 936
/// GB/s). Flagged when used.
pub const WATTS_PER_GBS_FALLBACK: f64 = 0.4;

/// A household or facility circuit that can carry a continuous load.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Circuit {
    /// Volts.
    pub volts: f64,
    /// Breaker amps.
    pub amps: f64,
    /// Continuous watts allowed: 80% of volts x amps (NEC 210.19/210.20 continuous-load rule).
    pub continuous_w: f64,
}

/// The circuits considered, smallest first.
pub const CIRCUITS: [(f64, f64); 8] = [
    (120.0, 15.0),
    (120.0, 20.0),
    (240.0, 20.0),
    (240.0, 30.0),
    (240.0, 50.0),
    (240.0, 60.0),
    (240.0, 80.0),
    (240.0, 100.0),
];

impl Circuit {
    /// The smallest circuit whose continuous rating carries `w`; `None` above 240 V 100 A
    /// (three-phase or datacenter power).
    pub fn for_load(w: Watts) -> Option<Self> {
        CIRCUITS
            .iter()
            .map(|&(v, a)| Circuit {
                volts: v,
                amps: a,
                continuous_w: v * a * 0.8,
            })
            .find(|c| c.continuous_w >= w.get())
    }
}

/// Power result.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Power {
    /// Whole machine while decoding.
    pub load: Watts,
    /// Whole machine at peak (prefill at the power limit).
    pub peak: Watts,
    /// Whole machine idle.
    pub idle: Watts,
    /// Load energy per generated token (all sequences together).
    pub joules_per_token: Joules,
    /// Smallest circuit that carries the peak continuously; `None` beyond 240 V 100 A.
    pub circuit: Option<Circuit>,
    /// True when a figure was assumed (TDP or idle missing from the catalog).
    pub assumed: bool,
    /// True when TDP was missing.
    pub tdp_assumed: bool,
}

/// Power figures for a scenario decoding at `aggregate` tokens/s.
pub fn power(s: &Scenario, aggregate: TokensPerSecond) -> Power {
    let d = &s.device;
    let n = f64::from(s.count.max(1));
    let (tdp, tdp_assumed) = match d.tdp {
        Some(t) => (t, false),
        None => (
            Watts::new(d.bandwidth.as_gbs() * WATTS_PER_GBS_FALLBACK),
            true,
        ),
    };
    let (idle_dev, idle_assumed) = match d.idle {
        Some(i) => (i, false),
        None => (tdp * IDLE_SHARE_FALLBACK, true),
    };
    // A unified machine's host figures already are the whole machine (Apple publishes
    // whole-system power); a bare SoC has no host figures, so its TDP stands for it.
    let whole_machine_host = d.kind == DeviceKind::Unified && s.host.load_power.get() > 0.0;
    let (mut load, mut peak, idle) = if whole_machine_host {
        (
            s.host.load_power * DECODE_POWER_SHARE,
            s.host.load_power,
            s.host.idle_power,
        )
    } else {
        (
            s.host.load_power + tdp * (DECODE_POWER_SHARE * n),
            s.host.load_power + tdp * n,
            s.host.idle_power + idle_dev * n,
        )
    };
    if let Some(o) = s.cost.power_override {
        load = o;
        peak = peak.max(o);
    }
    Power {
        load,
        peak,
        idle,
        joules_per_token: load / aggregate,
        circuit: Circuit::for_load(peak),
        assumed: (tdp_assumed || idle_assumed) && !whole_machine_host,
        tdp_assumed: tdp_assumed && !whole_machine_host,
    }
}
