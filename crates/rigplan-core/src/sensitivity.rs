//! What flips the verdict: for each cost input, the value at which the cheapest option
//! changes ([`crate::tco::Tco::cheapest`]), the others held.
//!
//! Each input is scanned outward from its value on a grid (geometric, x100 each way, for
//! the prices and the load; linear over a stated range for the others), in both directions; the first grid point with
//! another cheapest option brackets the flip, which is then bisected. The nearer of the
//! two directions (relative to the value, or to the range when the value is 0) is
//! reported. At most about 380 estimates (usually far fewer): the CLI and the page call it on demand, never
//! [`crate::estimate`].

use crate::Calibration;
use crate::scenario::Scenario;
use crate::tco::Choice;
use crate::units::Usd;

/// A cost input whose change can flip the cheapest option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum Input {
    /// Electricity price, $/kWh.
    Electricity,
    /// Busy hours per day.
    Hours,
    /// API output price, $/Mtok (the input and cached prices scale with it).
    ApiPrice,
    /// Resale value at the horizon, $.
    Resale,
    /// The machine's utilization by the workload (the number of users scales it).
    Utilization,
    /// Purchase price, $.
    Purchase,
}

impl Input {
    /// Every input, in report order.
    pub const ALL: [Input; 6] = [
        Input::Electricity,
        Input::Hours,
        Input::ApiPrice,
        Input::Resale,
        Input::Utilization,
        Input::Purchase,
    ];
    /// Stable id (JSON `input`).
    pub const fn id(self) -> &'static str {
        match self {
            Input::Electricity => "electricity_usd_per_kwh",
            Input::Hours => "busy_hours_per_day",
            Input::ApiPrice => "api_output_usd_per_mtok",
            Input::Resale => "resale_usd",
            Input::Utilization => "utilization",
            Input::Purchase => "purchase_usd",
        }
    }
}

/// Where one input flips the verdict.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Flip {
    /// Which input.
    pub input: Input,
    /// Its value in the scenario.
    pub base: f64,
    /// The value at which the cheapest option changes; `None` when it does not within
    /// the scanned range.
    pub flips_at: Option<f64>,
    /// The cheapest option beyond it.
    pub to: Option<Choice>,
}

/// How an input is scanned: the scenario at a value, and the range.
struct Axis {
    base: f64,
    lo: f64,
    hi: f64,
    geometric: bool,
}

const STEPS: u32 = 24;
/// Ratio between geometric grid points: `10^(1/12)`, so [`STEPS`] of them span x100.
const GEO_STEP: f64 = 1.211_527_658_628_588_4;
const BISECT: u32 = 16;

fn axis(s: &Scenario, input: Input, base_util: f64) -> Axis {
    let c = &s.cost;
    let purchase = c.purchase.map_or(0.0, Usd::get);
    let lin = |base: f64, lo: f64, hi: f64| Axis {
        base,
        lo,
        hi,
        geometric: false,
    };
    let geo = |base: f64| Axis {
        base,
        lo: 0.0,
        hi: 0.0,
        geometric: true,
    };
    match input {
        Input::Electricity => lin(
            c.usd_per_kwh.get(),
            0.0,
            (c.usd_per_kwh.get() * 10.0).max(2.0),
        ),
        Input::Hours => lin(c.hours_per_day, 0.25, 24.0),
        Input::ApiPrice => geo(c.api_usd_per_mtok.get()),
        Input::Resale => lin(c.resale.get(), 0.0, purchase),
        Input::Utilization => geo(base_util),
        Input::Purchase => lin(purchase, 0.0, (purchase * 10.0).max(1000.0)),
    }
}

/// The scenario with `input` at `x` (its axis' base at `base`).
fn with(s: &Scenario, input: Input, x: f64, base: f64) -> Scenario {
    let mut t = *s;
    let c = &mut t.cost;
    let ratio = if base > 0.0 { x / base } else { 1.0 };
    match input {
        Input::Electricity => c.usd_per_kwh = Usd::new(x),
        Input::Hours => c.hours_per_day = x,
        Input::ApiPrice => {
            c.api_usd_per_mtok = c.api_usd_per_mtok * ratio;
            c.api_input_usd_per_mtok = c.api_input_usd_per_mtok * ratio;
            c.api_cached_usd_per_mtok = c.api_cached_usd_per_mtok * ratio;
        }
        Input::Resale => c.resale = Usd::new(x),
        // Utilization is the users' output over the saturated throughput: it scales with
        // the number of users.
        Input::Utilization => t.workload.users *= ratio,
        Input::Purchase => c.purchase = Some(Usd::new(x)),
    }
    t
}

/// The cheapest option for `s`.
fn cheapest(s: &Scenario, cal: &Calibration) -> Option<Choice> {
    crate::estimate_with(s, cal).tco.cheapest
}

/// Where each cost input flips the cheapest option of `s`.
pub fn sensitivity(s: &Scenario, cal: &Calibration) -> [Flip; 6] {
    let e = crate::estimate_with(s, cal);
    let now = e.tco.cheapest;
    let util = e.serving.utilization;
    Input::ALL.map(|input| {
        let a = axis(s, input, util);
        let at = |x: f64| cheapest(&with(s, input, x, a.base), cal);
        let point = |i: u32, up: bool| {
            let f = f64::from(i) / f64::from(STEPS);
            match (a.geometric, up) {
                (true, true) => a.base * crate::memory::powi(GEO_STEP, i),
                (true, false) => a.base / crate::memory::powi(GEO_STEP, i),
                (false, true) => a.base + (a.hi - a.base) * f,
                (false, false) => a.base - (a.base - a.lo) * f,
            }
        };
        let mut best: Option<(f64, f64, Choice)> = None;
        if a.base > 0.0 || !a.geometric {
            for up in [true, false] {
                let mut prev = a.base;
                for i in 1..=STEPS {
                    let x = point(i, up);
                    let here = at(x);
                    if here != now {
                        // Bisect between prev (still `now`) and x.
                        let (mut inside, mut outside) = (prev, x);
                        let mut to = here;
                        for _ in 0..BISECT {
                            let mid = (inside + outside) / 2.0;
                            let m = at(mid);
                            if m == now {
                                inside = mid;
                            } else {
                                outside = mid;
                                to = m;
                            }
                        }
                        let dist = if a.base > 0.0 {
                            (outside / a.base - 1.0).abs()
                        } else {
                            outside / (a.hi - a.lo).max(1e-12)
                        };
                        // Multipliers: a halving is as near as a doubling.
                        let dist = if a.geometric && outside < a.base {
                            a.base / outside.max(1e-300) - 1.0
                        } else {
                            dist
                        };
                        if let Some(to) = to
                            && best.is_none_or(|b| dist < b.0)
                        {
                            best = Some((dist, outside, to));
                        }
                        break;
                    }
                    prev = x;
                }
            }
        }
        let scale = |x: f64| match input {
            Input::Utilization => x / a.base.max(1e-300) * util,
            _ => x,
        };
        Flip {
            input,
            base: a.base,
            flips_at: best.map(|b| scale(b.1)),
            to: best.map(|b| b.2),
        }
    })
}
