//! What to buy: every catalog device (at 1, 2, 4 and 8) and system, in both split modes
//! where there is more than one device, for a model and targets. Each row is the estimate
//! `rigplan estimate` gives for that hardware ([`crate::resolve()`] then
//! [`rigplan_core::estimate`]), with whether it meets every target.

use crate::params::{HardwareChoice, Params};
use crate::runs::fits;
use alloc::string::ToString;
use alloc::vec::Vec;
use rigplan_core::{Estimate, Split, Warning};

/// The targets a machine must meet.
#[derive(Clone, Copy, Debug, Default)]
pub struct Targets {
    /// Slowest single-stream decode accepted, tokens/s.
    pub min_decode: Option<f64>,
    /// Longest time to first token accepted (the scenario's prompt), seconds.
    pub max_ttft: Option<f64>,
    /// Highest purchase price accepted, US$ (a machine without a price cannot meet it).
    pub max_price: Option<f64>,
    /// Users of the scenario's workload it must serve within the workload's targets.
    pub users: Option<f64>,
}

impl Targets {
    /// The targets a scenario's decision fields state (the users target is the workload's
    /// users when `serve_users` is on).
    pub fn of(p: &Params) -> Self {
        Self {
            min_decode: p.min_decode,
            max_ttft: p.max_first_token_s,
            max_price: p.max_price,
            users: p.serve_users.then_some(p.users),
        }
    }
}

/// One machine.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    /// Catalog device or system id.
    pub hardware: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Devices.
    pub count: u32,
    /// Split mode.
    pub split: Split,
    /// Purchase price of the whole machine, when the catalog has one.
    pub price_usd: Option<f64>,
    /// The kind of that price (`launch`, `list`, `street`, `report`) and when it held, from
    /// the catalog's price of the device or system (empty without one).
    pub price_basis: (&'static str, &'static str),
    /// The estimate.
    pub estimate: Estimate,
    /// Users of the workload served within its targets.
    pub users: Option<f64>,
    /// Every target is met.
    pub meets: bool,
    /// The decode target lies inside the 80% band: the verdict could go either way.
    pub uncertain: bool,
    /// The speed rests on constants no measurement backs for this setup (tensor
    /// parallelism, an engine or backend without calibration rows).
    pub extrapolated: bool,
    /// The row's scenario.
    pub scenario: Params,
}

/// Every machine for the model and settings of `base`, judged against `t`, cheapest first
/// (machines without a price last).
pub fn plan(base: &Params, t: &Targets) -> Vec<PlanRow> {
    // Each with the catalog price the resolver prices it by (for its kind and date).
    let mut configs: Vec<(
        &'static str,
        &'static str,
        u32,
        Split,
        Option<rigplan_catalog::Price>,
    )> = Vec::new();
    for d in rigplan_catalog::devices() {
        for n in [1u32, 2, 4, 8] {
            // Several of a chip soldered into a machine (unified memory) is not a machine
            // anyone can buy; several cards in one machine is.
            if n > 1 && d.spec.kind != rigplan_core::hardware::DeviceKind::Gpu {
                continue;
            }
            for split in Split::ALL {
                if n == 1 && split == Split::Tensor {
                    continue;
                }
                configs.push((d.id, d.name, n, split, d.price));
            }
        }
    }
    for s in rigplan_catalog::SYSTEMS {
        configs.push((s.id, s.name, 1, Split::Layer, s.price));
        if s.count > 1 {
            configs.push((s.id, s.name, 1, Split::Tensor, s.price));
        }
    }
    let mut out = Vec::new();
    for (id, name, n, split, listed) in configs {
        let p = Params {
            hardware: HardwareChoice::Id(id.to_string()),
            count: n,
            split,
            ..base.clone()
        };
        let Ok(r) = crate::resolve(&p) else {
            continue;
        };
        let e = rigplan_core::estimate(&r.scenario);
        let price = r.scenario.cost.purchase.map(|u| u.get());
        let users = Some(
            rigplan_core::serving::capacity(&r.scenario, &rigplan_core::calib::DEFAULT)
                .max_users_meeting_targets,
        );
        let decode = e.speed.decode.get();
        let meets = fits(&e)
            && t.min_decode.is_none_or(|x| decode >= x)
            && t.max_ttft
                .is_none_or(|x| e.speed.time_to_first_token.get() <= x)
            && t.max_price.is_none_or(|x| price.is_some_and(|p| p <= x))
            && t.users.is_none_or(|x| users.is_some_and(|u| u >= x));
        let uncertain = t.min_decode.is_some_and(|x| {
            fits(&e) && e.speed.decode_low.get() < x && x <= e.speed.decode_high.get()
        });
        let extrapolated = e.warnings.has(Warning::TensorParallelExtrapolated)
            || e.warnings.has(Warning::EfficiencyExtrapolated);
        out.push(PlanRow {
            hardware: id,
            name,
            count: r.scenario.count,
            split,
            price_usd: price,
            price_basis: listed
                .filter(|_| price.is_some())
                .map_or(("", ""), |p| (p.kind, p.date)),
            estimate: e,
            users,
            meets,
            uncertain,
            extrapolated,
            scenario: p,
        });
    }
    sort(&mut out, base.sort.as_deref());
    out
}

/// Orders rows, those that meet the targets first, by `by`: `tco` (the owner's total over
/// the horizon for the workload), `joules` (energy per generated token), else purchase
/// price; rows without the figure
/// (no price, or a load power that is assumed) last, by name.
pub fn sort(rows: &mut [PlanRow], by: Option<&str>) {
    let key = |r: &PlanRow| -> Option<f64> {
        match by {
            Some("tco") => r.price_usd.map(|_| r.estimate.tco.own_total.get()),
            // An assumed load power (no cited figure) ranks with the unknowns.
            Some("joules") => {
                (!r.estimate.power.tdp_assumed).then(|| r.estimate.power.joules_per_token.get())
            }
            _ => r.price_usd,
        }
    };
    // Machines that meet every target first, each group in the order of `key`.
    rows.sort_by(|a, b| {
        (!a.meets).cmp(&!b.meets).then(match (key(a), key(b)) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => core::cmp::Ordering::Less,
            (None, Some(_)) => core::cmp::Ordering::Greater,
            (None, None) => a.name.cmp(b.name),
        })
    });
}
