//! Cost inputs. Every default is shown: the box holds the value in use, and the optional
//! overrides show what is used without them as their placeholder.

use super::NumberField;
use crate::state::planner;
use leptos::prelude::*;
use rigplan_scenario::display::usd;
use rigplan_scenario::resolve::{MAX_YEARS, Params, bounds};

/// Cost inputs.
#[component]
pub fn CostInputs() -> impl IntoView {
    let p = planner();
    let params = p.params;
    let resolved = p.resolved;
    let num = move |f: fn(&Params) -> f64| Signal::derive(move || params.with(f));
    let opt = move |f: fn(&Params) -> Option<f64>| {
        Signal::derive(move || params.with(f).unwrap_or(f64::NAN))
    };
    let hint = move |f: fn(&rigplan_scenario::Resolved) -> String| {
        Signal::derive(move || resolved.with(|r| r.as_ref().map(f).unwrap_or_default()))
    };
    view! {
        <div class="cost-grid">
            <NumberField
                id="hours"
                label="Hours of use per day"
                get=num(|x| x.hours_per_day)
                set=Callback::new(move |v| params.update(|x| x.hours_per_day = v))
                min=bounds::HOURS_PER_DAY.0
                max=bounds::HOURS_PER_DAY.1
                step=0.5
            />
            <NumberField
                id="kwh"
                label="Electricity $/kWh"
                get=num(|x| x.usd_per_kwh)
                set=Callback::new(move |v| params.update(|x| x.usd_per_kwh = v))
                min=bounds::USD_PER_KWH.0
                max=bounds::USD_PER_KWH.1
                step=0.01
            />
            <NumberField
                id="years"
                label="Years"
                get=num(|x| f64::from(x.years))
                set=Callback::new(move |v: f64| params.update(|x| x.years = v as u32))
                min=1.0
                max=f64::from(MAX_YEARS)
            />
            <NumberField
                id="price"
                label="Purchase price $ (override)"
                get=opt(|x| x.price_usd)
                set=Callback::new(move |v| params.update(|x| x.price_usd = Some(v)))
                min=bounds::PRICE_USD.0
                max=bounds::PRICE_USD.1
                placeholder=hint(|r| r.scenario.cost.purchase.map_or("unknown: enter one".into(), usd))
            />
            <NumberField
                id="power"
                label="Load power W (override)"
                get=opt(|x| x.power_w)
                set=Callback::new(move |v| params.update(|x| x.power_w = Some(v)))
                min=bounds::POWER_W.0
                max=bounds::POWER_W.1
                placeholder=Signal::derive(move || {
                    p.estimate.with(|e| e.as_ref().map(|e| format!("{:.0} W estimated", e.power.load.get())).unwrap_or_default())
                })
            />
            <NumberField
                id="maintenance"
                label="Maintenance $/year"
                get=num(|x| x.maintenance_usd_per_year)
                set=Callback::new(move |v| params.update(|x| x.maintenance_usd_per_year = v))
                min=bounds::MAINTENANCE_USD_PER_YEAR.0
                max=bounds::MAINTENANCE_USD_PER_YEAR.1
            />
            <NumberField
                id="cloud"
                label="Cloud $/hour (override)"
                get=opt(|x| x.cloud_usd_per_hour)
                set=Callback::new(move |v| params.update(|x| x.cloud_usd_per_hour = Some(v)))
                min=bounds::CLOUD_USD_PER_HOUR.0
                max=bounds::CLOUD_USD_PER_HOUR.1
                step=0.01
                placeholder=hint(|r| r.cloud_label.clone())
            />
            <NumberField
                id="api"
                label="API $ per million tokens (override)"
                get=opt(|x| x.api_usd_per_mtok)
                set=Callback::new(move |v| params.update(|x| x.api_usd_per_mtok = Some(v)))
                min=bounds::API_USD_PER_MTOK.0
                max=bounds::API_USD_PER_MTOK.1
                step=0.01
                placeholder=hint(|r| r.api_label.clone())
            />
            <button class="link-button" on:click=move |_| params.update(|x| {
                x.price_usd = None;
                x.power_w = None;
                x.cloud_usd_per_hour = None;
                x.api_usd_per_mtok = None;
            })>
                "Clear overrides"
            </button>
        </div>
    }
}
