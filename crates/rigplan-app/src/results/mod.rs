//! Result panels, notices, the copy-link button and the embed view.

mod chart_box;
mod cost;
mod embed;
mod figures;
mod fit;
mod power;
mod speed;

pub use chart_box::ChartBox;
pub use cost::CostPanel;
pub use embed::EmbedView;
pub use figures::{Figure, Figures};
pub use fit::FitPanel;
pub use power::PowerPanel;
pub use speed::SpeedPanel;

use crate::state::planner;
use leptos::prelude::*;

/// A number for an input box: empty when not set (NaN), no trailing zeros.
pub fn plain(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        String::new()
    }
}

/// All panels for the current scenario.
#[component]
pub fn Results() -> impl IntoView {
    let p = planner();
    view! {
        {move || p.resolved.with(|r| r.as_ref().err().map(|e| {
            let text = format!("{}: {}", rigplan_scenario::field(e.field).label, e.message);
            view! { <p class="error" role="alert">{text}</p> }
        }))}
        <FitPanel />
        <SpeedPanel />
        <PowerPanel />
        <CostPanel />
        <Warnings />
    }
}

/// Warnings from the estimator, as a list.
#[component]
pub fn Warnings() -> impl IntoView {
    let p = planner();
    let items = move || {
        p.estimate.with(|e| {
            e.as_ref()
                .map(|e| {
                    e.warnings
                        .iter()
                        .map(|w| (w.id(), rigplan_scenario::present::warning(w)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <Show when=move || !items().is_empty()>
            <section class="panel warnings" aria-labelledby="warnings-h">
                <h2 id="warnings-h">"Caveats"</h2>
                <ul data-testid="warnings">
                    {move || items().into_iter().map(|(id, m)| view! { <li data-warning=id>{m}</li> }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// One line with the verdict and decode speed, pinned to the top of narrow screens so
/// the answer stays in view while inputs scroll.
#[component]
pub fn Summary() -> impl IntoView {
    let p = planner();
    let text = move || {
        p.estimate
            .with(|e| e.as_ref().map(rigplan_scenario::present::summary))
    };
    view! { <p class="summary" aria-hidden="true">{text}</p> }
}

/// What a link dropped when the page opened: named, with the default used instead.
#[component]
pub fn Notices() -> impl IntoView {
    let p = planner();
    view! {
        <Show when=move || p.dropped.with(|d| !d.is_empty())>
            <section class="notice" role="status" data-testid="link-notice">
                <p>"This link had values rigplan could not use; the defaults were used for those fields only:"</p>
                <ul>
                    {move || {
                        p.dropped
                            .get()
                            .into_iter()
                            .map(|d| view! { <li><code>{d.field}</code>" = "<code>{d.value}</code>": "{d.reason}</li> })
                            .collect_view()
                    }}
                </ul>
                <button on:click=move |_| p.dropped.set(Vec::new())>"Dismiss"</button>
            </section>
        </Show>
    }
}

/// Copies the link to this scenario.
#[component]
pub fn CopyLink() -> impl IntoView {
    let p = planner();
    let copied = RwSignal::new(false);
    let on_click = move |_| {
        let url =
            crate::urlsync::share_url(&p.params.with_untracked(rigplan_scenario::link::encode));
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&url);
        }
        copied.set(true);
        set_timeout(move || copied.set(false), std::time::Duration::from_secs(2));
    };
    view! {
        <button class="copy" data-testid="copy-link" on:click=on_click>
            {move || if copied.get() { "Link copied" } else { "Copy link" }}
        </button>
    }
}
