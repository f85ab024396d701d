//! The verdict and the memory breakdown.

use crate::state::planner;
use leptos::prelude::*;
use rigplan_core::Fit;
use rigplan_core::units::Bytes;
use rigplan_scenario::display::gb;

/// Verdict, stacked bar, headroom and offload split.
#[component]
pub fn FitPanel() -> impl IntoView {
    let p = planner();
    let est = p.estimate;
    let mem = move || est.with(|e| e.map(|e| e.memory));
    let verdict = move || {
        mem().map(|m| match m.fit {
            Fit::Fits => ("fits", "Fits".to_string()),
            Fit::Offload => ("offload", "Fits only with CPU offload".to_string()),
            Fit::DoesNotFit => ("does-not-fit", "Does not fit".to_string()),
        })
    };
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
    let detail = move || {
        let m = mem()?;
        let text = match m.fit {
            Fit::Fits => format!(
                "{} needed of {} usable: {} headroom.",
                gb(m.total),
                gb(m.usable),
                gb(Bytes::new(m.headroom_bytes))
            ),
            Fit::Offload => format!(
                "{} needed, {} usable on the accelerators: {} of weights would run from system RAM ({} available), much slower.",
                gb(m.total),
                gb(m.usable),
                gb(m.offloaded),
                gb(m.host_usable)
            ),
            Fit::DoesNotFit => format!(
                "Needs {}; the accelerators have {} usable and the host {} for offload.",
                gb(m.total),
                gb(m.usable),
                gb(m.host_usable)
            ),
        };
        Some(text)
    };
    view! {
        <section class="panel" aria-labelledby="fit-h">
            <h2 id="fit-h">"Memory"</h2>
            <p class="verdict">
                {move || verdict().map(|(cls, text)| view! { <span class=format!("badge {cls}") data-testid="verdict" data-fit=cls>{text}</span> })}
                " "
                <span class="total" data-testid="total">{move || mem().map(|m| gb(m.total))}</span>
                " of "
                <span data-testid="usable">{move || mem().map(|m| gb(m.usable))}</span>
                " usable"
            </p>
            {bar}
            <p data-testid="fit-detail">{detail}</p>
            <p class="context-line">
                {move || p.resolved.with(|r| r.as_ref().ok().map(|r| format!("{} on {}", r.model_name, r.hardware_name)))}
                {move || p.resolved.with(|r| r.as_ref().ok().and_then(|r| r.host_profile).map(|h| format!(" · host assumed: {}", h.description)))}
            </p>
        </section>
    }
}
