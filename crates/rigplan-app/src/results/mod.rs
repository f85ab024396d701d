//! Result panels, notices, the copy-link button and the embed view.

mod chart_box;
mod cost;
mod embed;
mod evidence;
mod figures;
mod fit;
mod power;
mod serving;
mod speed;

pub use chart_box::ChartBox;
pub use cost::CostPanel;
pub use embed::{EmbedView, OpenFull};
pub use evidence::EvidencePanel;
pub use figures::{Figure, Figures};
pub use fit::FitPanel;
pub use power::PowerPanel;
pub use serving::ServingPanel;
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
        <EvidencePanel />
        <PowerPanel />
        <ServingPanel />
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

/// One line with the verdict, the memory and the decode speed
/// ([`rigplan_scenario::present::summary`]): pinned to the top of narrow screens so the
/// answer stays in view while inputs scroll, and the page's one live region, so a screen
/// reader hears that sentence after a change rather than every figure that moved
/// (elsewhere, and in embed mode, it is visually hidden).
#[component]
pub fn Summary() -> impl IntoView {
    let p = planner();
    let text = move || {
        p.estimate
            .with(|e| e.as_ref().map(rigplan_scenario::present::summary))
    };
    view! { <p class="summary" role="status" aria-live="polite" data-testid="summary" translate="no">{text}</p> }
}

/// How many unused link parts the notice names; the rest are counted.
pub const NOTICE_SHOWN: usize = 5;

/// What a link dropped when the page opened: named, with the default used instead (the
/// first [`NOTICE_SHOWN`], then how many more), until dismissed.
#[component]
pub fn Notices() -> impl IntoView {
    let p = planner();
    let items = move || {
        p.dropped.with(|d| {
            let mut v: Vec<String> = d
                .iter()
                .take(NOTICE_SHOWN)
                .map(|x| format!("{} = {}: {}", x.field, x.value, x.reason))
                .collect();
            if d.len() > NOTICE_SHOWN {
                v.push(format!("and {} more", d.len() - NOTICE_SHOWN));
            }
            v
        })
    };
    view! {
        <Show when=move || p.dropped.with(|d| !d.is_empty())>
            <section class="notice" role="status" data-testid="link-notice">
                <p>"This link had values rigplan could not use; the defaults were used for those fields only:"</p>
                <ul translate="no">
                    {move || items().into_iter().map(|t| view! { <li><code>{t}</code></li> }).collect_view()}
                </ul>
                <button on:click=move |_| p.dropped.set(Vec::new())>"Dismiss"</button>
            </section>
        </Show>
    }
}

/// Copies the link to this scenario. The button says "Link copied" only once the clipboard
/// has it; where the browser refuses (a framed page, a policy) or has no Clipboard API (a
/// page served over plain HTTP from a LAN address), it says so and offers the link to
/// select.
#[component]
pub fn CopyLink() -> impl IntoView {
    let p = planner();
    let copied = RwSignal::new(false);
    // The link that could not be copied (empty: nothing failed).
    let failed = RwSignal::new(String::new());
    let on_click = move |_| {
        let url = crate::urlsync::share_url(&p.link());
        failed.set(String::new());
        let Some(promise) = clipboard_write(&url) else {
            failed.set(url);
            return;
        };
        // One function for both outcomes, so nothing is left behind: `writeText` fulfils
        // with `undefined` and rejects with a `DOMException`.
        let done = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::once_into_js(
            move |v: wasm_bindgen::JsValue| {
                if v.is_undefined() {
                    copied.set(true);
                    set_timeout(move || copied.set(false), std::time::Duration::from_secs(2));
                } else {
                    failed.set(url);
                }
            },
        );
        // `promise.then(done, done)`, with a function that frees itself when called.
        if let Ok(then) = js_sys::Reflect::get(&promise, &"then".into()) {
            let then: &js_sys::Function = wasm_bindgen::JsCast::unchecked_ref(&then);
            let _ = then.call2(&promise, &done, &done);
        }
    };
    view! {
        <button class="copy" data-testid="copy-link" translate="no" on:click=on_click>
            {move || if copied.get() { "Link copied" } else { "Copy link" }}
        </button>
        <span class="copy-failed" role="alert" hidden=move || failed.with(String::is_empty)>
            <label for="copy-fallback">"Copying failed here; select the link and copy it:"</label>
            <input id="copy-fallback" type="text" readonly prop:value=move || failed.get()
                on:focus=move |_| select_fallback() />
        </span>
    }
}

/// Selects the fallback link's text, ready to copy by hand.
fn select_fallback() {
    use wasm_bindgen::JsCast;
    if let Some(i) = document()
        .get_element_by_id("copy-fallback")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        i.select();
    }
}

/// `navigator.clipboard.writeText(text)`, or `None` where the page has no Clipboard API.
fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    Some(navigator.clipboard().write_text(text))
}
