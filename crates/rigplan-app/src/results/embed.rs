//! Embed mode: the main inputs, the key results and a link to the full planner.

use crate::inputs::{HardwarePicker, ModelPicker};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_scenario::display::{gb, seconds, tps};

/// Compact view for iframes.
#[component]
pub fn EmbedView() -> impl IntoView {
    let p = planner();
    let est = p.estimate;
    view! {
        <main class="embed" data-testid="embed">
            <super::Summary />
            <super::Notices />
            <div class="embed-inputs">
                <ModelPicker />
                <HardwarePicker />
            </div>
            <section class="panel" aria-label="Results" translate="no">
                {move || {
                    est.get()
                        .map(|e| {
                            view! {
                                <p class="verdict">
                                    <span class=format!("badge {}", e.memory.fit.id()) data-testid="verdict" data-fit=e.memory.fit.id()>
                                        {e.memory.fit.id()}
                                    </span>
                                    " " {gb(e.memory.total)} " of " {gb(e.memory.usable)} " usable"
                                </p>
                                <p>
                                    "Decode " <strong data-testid="decode">{tps(e.speed.decode)}</strong>
                                    ", prefill " <strong data-testid="prefill">{tps(e.speed.prefill)}</strong>
                                    ", first token " <strong>{seconds(e.speed.time_to_first_token)}</strong>
                                </p>
                            }
                        })
                }}
                <OpenFull />
            </section>
        </main>
    }
}

/// The link from an embedded view to the full planner, with the scenario.
#[component]
pub fn OpenFull() -> impl IntoView {
    let p = planner();
    let full = move || {
        p.params.track();
        crate::urlsync::share_url(&p.link())
    };
    view! {
        <p>
            <a href=full target="_blank" rel="noopener">"Open in the full planner"</a>
        </p>
    }
}
