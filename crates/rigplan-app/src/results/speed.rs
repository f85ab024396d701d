//! Decode, prefill, time to first token, the speed tier and decode against depth.

use super::{ChartBox, Figure, Figures};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_scenario::display::{seconds, sig3, tps};

/// Points of decode speed against KV depth, from 0 to the context, for a scenario:
/// `(depth, estimate, low, high)` with the 80% band.
pub fn depth_curve(s: &rigplan_core::Scenario) -> Vec<(f64, f64, f64, f64)> {
    let steps = 16;
    (0..=steps)
        .map(|i| {
            let mut c = *s;
            c.depth = (u64::from(s.context) * i / steps) as u32;
            let sp = rigplan_core::estimate(&c).speed;
            (
                f64::from(c.depth),
                sp.decode.get(),
                sp.decode_low.get(),
                sp.decode_high.get(),
            )
        })
        .collect()
}

fn range(
    lo: rigplan_core::units::TokensPerSecond,
    hi: rigplan_core::units::TokensPerSecond,
) -> String {
    format!("{}-{} tok/s", sig3(lo.get()), sig3(hi.get()))
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
                Figure::new(
                    "Decode, 80% range",
                    range(s.decode_low, s.decode_high),
                    "decode-band",
                ),
                Figure {
                    class: format!("tier {}", s.tier.id()),
                    ..Figure::new("Feels", s.tier.id(), "tier")
                },
                Figure::new("Prefill", tps(s.prefill), "prefill"),
                Figure::new(
                    "Prefill, 80% range",
                    range(s.prefill_low, s.prefill_high),
                    "prefill-band",
                ),
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
                .map(|(d, t, lo, hi)| {
                    vec![
                        format!("{d:.0}"),
                        sig3(*t),
                        format!("{}-{}", sig3(*lo), sig3(*hi)),
                    ]
                })
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
            <p class="hint">"80% range: 8 in 10 measured runs like this one fell inside it (cross-validated against public benchmarks)."</p>
            <p class="hint">{rigplan_scenario::present::speed_tiers()}</p>
            <ChartBox
                title="Decode speed against context depth"
                file="rigplan-decode-vs-depth.svg"
                id="chart-depth"
                svg=svg
                head=vec!["KV depth (tokens)", "decode tok/s", "80% range"]
                rows=rows
            />
        </section>
    }
}
