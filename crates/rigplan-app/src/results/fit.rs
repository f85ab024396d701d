//! The verdict and the memory breakdown.

use crate::state::planner;
use leptos::prelude::*;
use rigplan_core::units::Bytes;
use rigplan_scenario::display::gb;

/// Verdict, stacked bar, headroom and offload split.
#[component]
pub fn FitPanel() -> impl IntoView {
    let p = planner();
    let est = p.estimate;
    let mem = move || est.with(|e| e.map(|e| e.memory));
    let verdict = move || mem().map(|m| rigplan_scenario::present::verdict(&m));
    let bar = move || {
        let m = mem()?;
        let scale = m.total.max(m.usable).get().max(1.0);
        let pct = |b: Bytes| format!("{:.2}%", b.get() / scale * 100.0);
        let usable = format!("{:.2}%", m.usable.get() / scale * 100.0);
        let parts = [
            ("weights", "Weights", m.weights),
            ("kv", "KV cache", m.kv_cache),
            ("compute", "Compute buffer", m.compute_buffer),
            ("overhead", "Runtime overhead", m.overhead),
        ];
        Some(view! {
            <div class="stack" role="img" aria-label=format!("memory needed {} of {} usable", gb(m.total), gb(m.usable))>
                {parts
                    .into_iter()
                    .map(|(cls, name, b)| view! { <span class=format!("seg {cls}") style:width=pct(b) title=format!("{name}: {}", gb(b))></span> })
                    .collect_view()}
                <span class="usable-mark" style:left=usable title="usable memory"></span>
            </div>
            <ul class="legend">
                {parts
                    .into_iter()
                    .map(|(cls, name, b)| view! { <li><span class=format!("swatch {cls}")></span>{name}" "<strong data-testid=cls>{gb(b)}</strong></li> })
                    .collect_view()}
            </ul>
        })
    };
    view! {
        <section class="panel" aria-labelledby="fit-h">
            <h2 id="fit-h">"Memory"</h2>
            <p class="verdict">
                {move || verdict().map(|v| view! { <span class=format!("badge {}", v.id) data-testid="verdict" data-fit=v.id>{v.label}</span> })}
                " "
                <span class="total" data-testid="total">{move || mem().map(|m| gb(m.total))}</span>
                " of "
                <span data-testid="usable">{move || mem().map(|m| gb(m.usable))}</span>
                " usable"
            </p>
            {bar}
            <p data-testid="fit-detail">{move || verdict().map(|v| {
                // With the experts of N blocks in system RAM it would fit: say which N.
                let n = p.resolved.with(|r| r.as_ref().map_or(0, |r| r.scenario.n_cpu_moe));
                match mem().and_then(|m| rigplan_scenario::present::expert_advice(&m, n)) {
                    Some(a) => format!("{} {a}", v.detail),
                    None => v.detail,
                }
            })}</p>
            <p class="context-line">
                // Names are isolated: a user's custom name cannot reorder the text around it.
                {move || p.resolved.with(|r| r.as_ref().ok().map(|r| {
                    let (model, hardware) = (r.model_name.clone(), r.hardware_name.clone());
                    view! { <bdi data-testid="model-name">{model}</bdi>" on "<bdi data-testid="hardware-name">{hardware}</bdi> }
                }))}
                {move || p.resolved.with(|r| r.as_ref().ok().and_then(rigplan_scenario::present::host_note).map(|h| format!(" · {h}")))}
            </p>
        </section>
    }
}
