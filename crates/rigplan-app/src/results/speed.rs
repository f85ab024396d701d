//! Decode, prefill, time to first token, the speed tier and decode against depth.

use super::{ChartBox, Figure, Figures};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_scenario::display::{seconds, sig3, tps};

/// Points of decode speed against KV depth, from 0 to the context, for a scenario.
pub fn depth_curve(s: &rigplan_core::Scenario) -> Vec<(f64, f64)> {
    let steps = 16;
    (0..=steps)
        .map(|i| {
            let mut c = *s;
            c.depth = (u64::from(s.context) * i / steps) as u32;
            (
                f64::from(c.depth),
                rigplan_core::estimate(&c).speed.decode.get(),
            )
        })
        .collect()
}

/// Speed figures and the depth chart.
#[component]
pub fn SpeedPanel() -> impl IntoView {
    let p = planner();
    let items = Signal::derive(move || {
        let batch = p.params.with(|x| x.batch);
        p.estimate.with(|e| {
            let Some(s) = e.map(|e| e.speed) else {
                return Vec::new();
            };
            let mut v = vec![
                Figure::new("Decode (one stream)", tps(s.decode), "decode"),
                Figure {
                    class: format!("tier {}", s.tier.id()),
                    ..Figure::new("Feels", s.tier.id(), "tier")
                },
                Figure::new("Prefill", tps(s.prefill), "prefill"),
                Figure::new(
                    "Time to first token",
                    seconds(s.time_to_first_token),
                    "ttft",
                ),
            ];
            if batch > 1 {
                v.push(Figure::new(
                    format!("Aggregate, {batch} streams"),
                    tps(s.decode_aggregate),
                    "aggregate",
                ));
            }
            v
        })
    });
    let curve = Memo::new(move |_| {
        p.resolved.with(|r| {
            r.as_ref()
                .map(|r| depth_curve(&r.scenario))
                .unwrap_or_default()
        })
    });
    let svg = Signal::derive(move || curve.with(|c| crate::charts::decode_vs_depth(c)));
    let rows = Signal::derive(move || {
        curve.with(|c| {
            c.iter()
                .map(|(d, t)| vec![format!("{d:.0}"), sig3(*t)])
                .collect()
        })
    });
    view! {
        <section class="panel" aria-labelledby="speed-h">
            <h2 id="speed-h">"Speed"</h2>
            <Figures items=items />
            <p class="hint warn" data-testid="speed-caveat" hidden=move || p.estimate.with(|e| e.is_none_or(|e| e.memory.fit != rigplan_core::Fit::DoesNotFit))>
                "It does not fit: these speeds are what it would do if the missing memory were system RAM."
            </p>
            <p class="hint">{rigplan_scenario::present::speed_tiers()}</p>
            <ChartBox
                title="Decode speed against context depth"
                file="rigplan-decode-vs-depth.svg"
                id="chart-depth"
                svg=svg
                head=vec!["KV depth (tokens)", "decode tok/s"]
                rows=rows
            />
        </section>
    }
}
