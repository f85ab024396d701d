//! Cost of ownership over the horizon: own vs cloud vs API for the same work.
//!
//! **Workload** ([`Work::Workload`], the default): the work is the workload's requests
//! (users x requests x input and output tokens a day). Own = purchase + electricity (load
//! power for the busy hours times the utilization, idle the rest of the day, times the
//! PUE) + maintenance - resale at the horizon; it serves the workload only if the machine
//! meets the targets ([`crate::serving`]). Cloud = enough instances of the same hardware
//! to meet the targets, rented on demand for the busy hours. API = uncached input, cached
//! input and output tokens, each at its own price. The cheapest is taken among the options
//! that serve it.
//!
//! **Capacity** ([`Work::Capacity`], what version-1 links priced): the work is what the
//! machine generates in its hours of use, `aggregate decode tokens/s x hours x 3600 x
//! days`; cloud = the instance-hours for the same tokens; API = those tokens at its output
//! price. Prompt tokens are not counted on either side.

use crate::power::Power;
use crate::scenario::{CostInputs, Work, Workload};
use crate::serving::Serving;
use crate::units::{TokensPerSecond, Usd};

/// Average days per month (365.25 / 12).
pub const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// Cost result. The monthly series is computed on demand ([`Tco::at`], [`Tco::monthly`])
/// so an estimate allocates nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Tco {
    /// Horizon in years.
    pub years: u32,
    /// Purchase price counted (zero when unknown).
    pub purchase: Usd,
    /// Own cost per month after purchase: electricity and maintenance.
    pub own_monthly: Usd,
    /// Electricity per month.
    pub electricity_monthly: Usd,
    /// Cloud cost per month for the same work.
    pub cloud_monthly: Usd,
    /// API cost per month for the same work.
    pub api_monthly: Usd,
    /// Tokens generated per month.
    pub tokens_monthly: f64,
    /// Own total over the horizon.
    pub own_total: Usd,
    /// Cloud total over the horizon.
    pub cloud_total: Usd,
    /// API total over the horizon.
    pub api_total: Usd,
    /// First month whose cumulative own cost is at or below the cheaper alternative;
    /// `None` when that never happens within the horizon.
    pub breakeven_month: Option<u32>,
    /// Same, against cloud only.
    pub breakeven_vs_cloud_month: Option<u32>,
    /// Same, against the API only.
    pub breakeven_vs_api_month: Option<u32>,
    /// Own cost per million tokens over the horizon; `None` when no token is made (a cost
    /// per token is then undefined, not zero).
    pub own_usd_per_mtok: Option<Usd>,
    /// Cloud cost per million tokens; `None` when no token is made.
    pub cloud_usd_per_mtok: Option<Usd>,
    /// API cost per million tokens, input and output blended; `None` when no token is made.
    pub api_blended_usd_per_mtok: Option<Usd>,
    /// Input tokens per month (zero when pricing capacity).
    pub input_tokens_monthly: f64,
    /// Resale value recovered at the horizon.
    pub resale: Usd,
    /// The machine serves the work (meets the workload's targets).
    pub own_serves: bool,
    /// Rented instances of the same hardware needed to serve it (0: they cannot).
    pub cloud_instances: u32,
    /// The cheapest option that serves the work.
    pub cheapest: Option<Choice>,
}

/// One way to get the work done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Choice {
    /// Buy the machine.
    Own,
    /// Rent the same hardware.
    Cloud,
    /// Pay an API per token.
    Api,
}

impl Choice {
    /// Stable id (JSON).
    pub const fn id(self) -> &'static str {
        match self {
            Choice::Own => "own",
            Choice::Cloud => "cloud",
            Choice::Api => "api",
        }
    }
}

/// One point of the cumulative series.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct MonthPoint {
    /// Month (0 = the day of purchase).
    pub month: u32,
    /// Cumulative own cost.
    pub own_usd: f64,
    /// Cumulative cloud cost.
    pub cloud_usd: f64,
    /// Cumulative API cost.
    pub api_usd: f64,
}

impl Tco {
    /// Cumulative costs at the end of `month`.
    pub fn at(&self, month: u32) -> MonthPoint {
        let m = f64::from(month);
        MonthPoint {
            month,
            own_usd: (self.purchase + self.own_monthly * m).get()
                - if month == self.years * 12 {
                    self.resale.get()
                } else {
                    0.0
                },
            cloud_usd: (self.cloud_monthly * m).get(),
            api_usd: (self.api_monthly * m).get(),
        }
    }
    /// Months 0..=12 x years.
    pub fn monthly(&self) -> impl Iterator<Item = MonthPoint> + '_ {
        (0..=self.years * 12).map(|m| self.at(m))
    }
}

/// The break-even month: the first month `m` in `1..=months` with
/// `purchase + own x m <= alt x m` (own costs `own` a month after `purchase`; the
/// alternative costs `alt` a month), or `None` when that never happens in the horizon.
pub fn breakeven(purchase: f64, own: f64, alt: f64, months: u32) -> Option<u32> {
    let gain = alt - own;
    if gain <= 0.0 {
        return if purchase <= 0.0 { Some(1) } else { None };
    }
    let m = crate::memory::ceil(purchase / gain).max(1.0);
    if m <= f64::from(months) {
        Some(m as u32)
    } else {
        None
    }
}

/// Cost figures: for the workload, or for the machine's capacity.
pub fn tco(
    c: &CostInputs,
    p: &Power,
    aggregate: TokensPerSecond,
    wl: &Workload,
    sv: &Serving,
) -> Tco {
    let years = c.years.clamp(1, crate::limits::MAX_YEARS);
    let months = years * 12;
    let mf = f64::from(months);
    let busy = c.hours_per_day.clamp(0.0, crate::limits::MAX_HOURS_PER_DAY);
    let pue = c.pue.max(1.0);
    let purchase = c.purchase.unwrap_or(Usd::ZERO);
    let resale = c.resale.min(purchase);
    let (hours, tokens, input, cloud_monthly, api_monthly, instances, own_serves) = match c.work {
        Work::Capacity => {
            let hours = busy * DAYS_PER_MONTH;
            let tokens = aggregate.get() * hours * 3600.0;
            let cloud_hours = match c.cloud_tokens_per_s {
                Some(t) if t > 0.0 => tokens / (t * 3600.0),
                _ => hours,
            };
            let api = c.api_usd_per_mtok * (tokens / 1e6);
            (
                hours,
                tokens,
                0.0,
                c.cloud_usd_per_hour * cloud_hours,
                api,
                1,
                true,
            )
        }
        Work::Workload => {
            let requests = wl.users * wl.requests_per_user_per_day * DAYS_PER_MONTH;
            let input = requests * f64::from(wl.input_tokens);
            let cached = input * wl.cached_share.clamp(0.0, 1.0);
            let output = requests * f64::from(wl.output_tokens);
            // Requests need some time to arrive in: at least a minute a day, as the serving
            // model assumes ([`crate::serving`]).
            let busy = if requests > 0.0 {
                busy.max(1.0 / 60.0)
            } else {
                busy
            };
            // The machine is busy for the share of the busy hours its utilization says.
            let hours = busy * DAYS_PER_MONTH * sv.utilization.min(1.0);
            // Instances, each serving the most users it can within the targets.
            let instances = match c.cloud_users_per_instance {
                _ if wl.users <= 0.0 || requests <= 0.0 => 0,
                Some(u) if u > 0.0 => crate::memory::ceil(wl.users / u).min(1e9) as u32,
                Some(_) => 0,
                None => sv.instances,
            };
            let cloud = c.cloud_usd_per_hour * (f64::from(instances) * busy * DAYS_PER_MONTH);
            let api = (c.api_input_usd_per_mtok * (input - cached)
                + c.api_cached_usd_per_mtok * cached
                + c.api_usd_per_mtok * output)
                * 1e-6;
            (
                hours,
                output,
                input,
                cloud,
                api,
                instances,
                sv.meets_targets,
            )
        }
    };
    let idle_hours = 24.0 * DAYS_PER_MONTH - hours;
    let electricity =
        (p.load.over_hours(hours) + p.idle.over_hours(idle_hours)) * c.usd_per_kwh * pue;
    let own_monthly = electricity + c.maintenance_per_year * (1.0 / 12.0);
    let own_total = purchase - resale + own_monthly * mf;
    let cloud_serves = instances > 0
        || (c.work == Work::Workload && wl.users * wl.requests_per_user_per_day <= 0.0);
    // Under one token a month there is no meaningful cost per token (and dividing by a
    // vanishing count would overflow).
    let all = tokens + input;
    // One division for the three figures: millions of tokens over the horizon, inverted.
    let per_mtok_of = (all >= 1.0).then(|| 1e6 / (all * mf));
    let per_mtok = |total: Usd| per_mtok_of.map(|k| total * k);
    let alternatives = if cloud_serves {
        cloud_monthly.min(api_monthly)
    } else {
        api_monthly
    };
    // Without a purchase price owning cannot be compared (a warning says so).
    let own_known = c.purchase.is_some();
    let options = [
        (Choice::Own, own_serves && own_known, own_total),
        (Choice::Cloud, cloud_serves, cloud_monthly * mf),
        (Choice::Api, true, api_monthly * mf),
    ];
    let cheapest = options
        .iter()
        .filter(|o| o.1)
        .min_by(|a, b| a.2.get().total_cmp(&b.2.get()))
        .map(|o| o.0);
    let be = |alt: Usd| breakeven(purchase.get(), own_monthly.get(), alt.get(), months);
    Tco {
        years,
        purchase,
        own_monthly,
        electricity_monthly: electricity,
        cloud_monthly,
        api_monthly,
        tokens_monthly: tokens,
        own_total,
        cloud_total: cloud_monthly * mf,
        api_total: api_monthly * mf,
        breakeven_month: if own_serves { be(alternatives) } else { None },
        breakeven_vs_cloud_month: if own_serves && cloud_serves {
            be(cloud_monthly)
        } else {
            None
        },
        breakeven_vs_api_month: if own_serves { be(api_monthly) } else { None },
        own_usd_per_mtok: per_mtok(own_total),
        cloud_usd_per_mtok: per_mtok(cloud_monthly * mf),
        api_blended_usd_per_mtok: per_mtok(api_monthly * mf),
        input_tokens_monthly: input,
        resale,
        own_serves,
        cloud_instances: instances,
        cheapest,
    }
}
