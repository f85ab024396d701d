//! Five-year cost of ownership: own vs cloud vs API for the same work.
//!
//! The work is the tokens the machine generates in its hours of use:
//! `aggregate decode tokens/s x hours/day x 3600 x days`. Own = purchase + electricity
//! (load hours at load watts, the rest of the day at idle watts) + maintenance. Cloud =
//! the instance-hours that produce the same tokens x $/hour. API = the same tokens x
//! $/million tokens. Prompt tokens are not counted on either side.

use crate::power::Power;
use crate::scenario::CostInputs;
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
            own_usd: (self.purchase + self.own_monthly * m).get(),
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
    let m = libm::ceil(purchase / gain).max(1.0);
    if m <= f64::from(months) {
        Some(m as u32)
    } else {
        None
    }
}

/// Cost figures.
pub fn tco(c: &CostInputs, p: &Power, aggregate: TokensPerSecond) -> Tco {
    let years = c.years.clamp(1, crate::limits::MAX_YEARS);
    let months = years * 12;
    let hours = c.hours_per_day.clamp(0.0, crate::limits::MAX_HOURS_PER_DAY) * DAYS_PER_MONTH;
    let idle_hours = 24.0 * DAYS_PER_MONTH - hours;
    let electricity = (p.load.over_hours(hours) + p.idle.over_hours(idle_hours)) * c.usd_per_kwh;
    let own_monthly = electricity + c.maintenance_per_year / 12.0;
    let tokens = aggregate.get() * hours * 3600.0;
    let cloud_hours = match c.cloud_tokens_per_s {
        Some(t) if t > 0.0 => tokens / (t * 3600.0),
        _ => hours,
    };
    let cloud_monthly = c.cloud_usd_per_hour * cloud_hours;
    let api_monthly = c.api_usd_per_mtok * (tokens / 1e6);
    let purchase = c.purchase.unwrap_or(Usd::ZERO);
    let mf = f64::from(months);
    let own_total = purchase + own_monthly * mf;
    // Under one token a month there is no meaningful cost per token (and dividing by a
    // vanishing count would overflow).
    let per_mtok = |total: Usd| (tokens >= 1.0).then(|| total / (tokens * mf / 1e6));
    let cheaper = cloud_monthly.min(api_monthly);
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
        breakeven_month: breakeven(purchase.get(), own_monthly.get(), cheaper.get(), months),
        breakeven_vs_cloud_month: breakeven(
            purchase.get(),
            own_monthly.get(),
            cloud_monthly.get(),
            months,
        ),
        breakeven_vs_api_month: breakeven(
            purchase.get(),
            own_monthly.get(),
            api_monthly.get(),
            months,
        ),
        own_usd_per_mtok: per_mtok(own_total),
        cloud_usd_per_mtok: per_mtok(cloud_monthly * mf),
    }
}
