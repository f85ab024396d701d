//! Five-year cost: own vs cloud vs API.

use super::{ChartBox, Figure, Figures};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_core::units::Usd;
use rigplan_scenario::display::usd;
use rigplan_scenario::present;

/// Cost panel.
#[component]
pub fn CostPanel() -> impl IntoView {
    let p = planner();
    let est = p.estimate;
    let items = Signal::derive(move || {
        est.with(|e| {
            let Some(t) = e.map(|e| e.tco) else {
                return Vec::new();
            };
            vec![
                Figure::new("Cheapest", present::cheapest(&t), "cheapest"),
                Figure::new("Own", usd(t.own_total), "own-total"),
                Figure::new("Cloud", usd(t.cloud_total), "cloud-total"),
                Figure::new("API", usd(t.api_total), "api-total"),
                Figure::new("Break-even", present::breakeven(&t), "breakeven"),
                Figure::new(
                    "Own cost per million tokens",
                    present::per_mtok(t.own_usd_per_mtok),
                    "own-per-mtok",
                ),
                Figure::new(
                    "Cloud cost per million tokens",
                    present::per_mtok(t.cloud_usd_per_mtok),
                    "cloud-per-mtok",
                ),
            ]
        })
    });
    let points = Memo::new(move |_| {
        est.with(|e| {
            e.map(|e| e.tco.monthly().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let svg = Signal::derive(move || points.with(|pts| crate::charts::tco(pts)));
    let rows = Signal::derive(move || {
        points.with(|pts| {
            pts.iter()
                .filter(|m| m.month % 12 == 0)
                .map(|m| {
                    vec![
                        format!("{}", m.month / 12),
                        usd(Usd::new(m.own_usd)),
                        usd(Usd::new(m.cloud_usd)),
                        usd(Usd::new(m.api_usd)),
                    ]
                })
                .collect()
        })
    });
    let title = move || {
        format!(
            "Cost over {} years",
            est.with(|e| e.map_or(5, |e| e.tco.years))
        )
    };
    // What flips the verdict: about 400 estimates, once per change.
    let sens = Memo::new(move |_| {
        p.resolved.with(|r| {
            r.as_ref().ok().map(|r| {
                rigplan_core::sensitivity::sensitivity(&r.scenario, &rigplan_core::calib::DEFAULT)
            })
        })
    });
    let flips = move || {
        sens.get().map_or(Vec::new(), |s| {
            s.iter()
                .filter(|f| f.flips_at.is_some())
                .map(present::flip)
                .collect()
        })
    };
    // The tornado: how far (in %) each input must move to flip the cheapest option.
    let bars = Signal::derive(move || {
        sens.get().map_or(Vec::new(), |s| {
            s.iter()
                // An input now at 0 (no resale) has no relative change: the list says it.
                .filter(|f| f.base > 0.0)
                .filter_map(|f| {
                    let change = (f.flips_at? / f.base - 1.0).abs() * 100.0;
                    Some((
                        present::input_name(f.input).to_string(),
                        change.min(10_000.0),
                    ))
                })
                .collect()
        })
    });
    let tornado = Signal::derive(move || {
        bars.with(|b| crate::charts::compare(b, "change that flips the cheapest option (%)"))
    });
    let tornado_rows = Signal::derive(move || {
        bars.with(|b| {
            b.iter()
                .map(|(n, v)| vec![n.clone(), format!("{v:.0}%")])
                .collect()
        })
    });
    let labels = move || {
        p.resolved
            .with(|r| r.as_ref().ok().map(present::cost_basis))
    };
    view! {
        <section class="panel" aria-labelledby="cost-h">
            <h2 id="cost-h">{title}</h2>
            <Figures items=items />
            <p class="hint">{labels}</p>
            <ul class="flips" data-testid="flips">
                {move || flips().into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
            </ul>
            {move || {
                if bars.with(Vec::is_empty) && !flips().is_empty() {
                    ().into_any()
                } else if bars.with(Vec::is_empty) {
                    view! {
                        <p class="hint" data-testid="no-flip">
                            "No cost input flips the cheapest option within a hundredfold of its value (or its range)."
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <ChartBox
                            title="What flips the verdict: how far each input must move"
                            file="rigplan-sensitivity.svg"
                            id="chart-sensitivity"
                            svg=tornado
                            head=vec!["input", "change that flips it"]
                            rows=tornado_rows
                        />
                    }
                        .into_any()
                }
            }}
            <ChartBox
                title="Cumulative cost per month: own, cloud, API"
                file="rigplan-cost.svg"
                id="chart-cost"
                svg=svg
                head=vec!["year", "own", "cloud", "API"]
                rows=rows
            />
        </section>
    }
}
