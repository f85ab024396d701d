//! The rigplan planner in the browser.
//!
//! One source signal holds the scenario ([`state::Planner::params`]); every number and
//! chart is a `Memo` derived from it through [`rigplan_scenario::resolve()`] and
//! [`rigplan_core::estimate`], the same calls the CLI makes. The URL fragment is read and
//! written in one place ([`urlsync`]). Embed mode is the same app with `?embed`.

pub mod charts;
pub mod compare;
pub mod decide;
pub mod inputs;
pub mod results;
pub mod state;
pub mod urlsync;

use leptos::prelude::*;
use state::Planner;

/// Mounts the app on `<body>` and records when the first result was in the DOM
/// (`window.__rigplanFirstResult`, milliseconds since navigation start) for the e2e test.
pub fn start() {
    std::panic::set_hook(Box::new(|info| report_fatal(&info.to_string())));
    leptos::mount::mount_to_body(App);
    if urlsync::test_panic_requested() {
        panic!("test-only forced panic (?rigplan-test-panic)");
    }
    if let Some(w) = web_sys::window() {
        let now = w.performance().map_or(0.0, |p| p.now());
        let _ = js_sys::Reflect::set(&w, &"__rigplanFirstResult".into(), &now.into());
    }
}

/// Shows the page's fatal-error box (public/boot.js) instead of leaving a dead page.
fn report_fatal(message: &str) {
    let Some(w) = web_sys::window() else { return };
    let f = js_sys::Reflect::get(&w, &"__rigplanFatal".into()).ok();
    if let Some(f) = f
        .as_ref()
        .and_then(|f| wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(f))
    {
        let _ = f.call1(
            &wasm_bindgen::JsValue::NULL,
            &format!("the app stopped: {message}").into(),
        );
    }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let embed = urlsync::embed_mode();
    let planner = Planner::from_url();
    provide_context(planner);
    urlsync::keep_url_in_sync(planner);
    // The view is a field of the scenario, so a link opens it; a memo keeps the other
    // fields' changes from rebuilding it.
    let view_mode = Memo::new(move |_| planner.params.with(|p| p.view.clone()));
    if embed {
        urlsync::post_height_to_parent();
        return view! {
            {move || match view_mode.get().as_str() {
                "runs" => view! { <main class="embed" data-testid="embed"><results::Summary /><decide::RunsView /><results::OpenFull /></main> }.into_any(),
                "buy" => view! { <main class="embed" data-testid="embed"><results::Summary /><decide::BuyView /><results::OpenFull /></main> }.into_any(),
                _ => view! { <results::EmbedView /> }.into_any(),
            }}
        }
        .into_any();
    }
    let tab = move |id: &'static str| {
        let label = rigplan_scenario::choices::VIEWS
            .iter()
            .find(|(v, _)| *v == id)
            .map_or(id, |(_, l)| *l);
        view! {
            <button
                aria-pressed=move || (view_mode.get() == id).to_string()
                on:click=move |_| planner.params.update(|p| p.view = id.to_string())
            >
                {label}
            </button>
        }
    };
    view! {
        <header class="top">
            <h1>"rigplan"</h1>
            <p class="tagline">"Will this LLM fit on this machine, how fast, at what power and cost?"</p>
            <nav class="modes" aria-label="View">
                {tab("planner")}
                {tab("runs")}
                {tab("buy")}
                {tab("compare")}
                <results::CopyLink />
            </nav>
        </header>
        <results::Summary />
        <results::Notices />
        <main class=move || if view_mode.get() == "planner" { "layout" } else { "layout compare-mode" }>
            <inputs::Inputs />
            // Not for the browser to translate: the results are figures and names the page
            // keeps current, and a translated copy of a text node would freeze it (the
            // inputs, with their labels and help, stay translatable).
            <section class="results" aria-label="Results" translate="no">
                {move || match view_mode.get().as_str() {
                    "runs" => view! { <decide::RunsView /> }.into_any(),
                    "buy" => view! { <decide::BuyView /> }.into_any(),
                    "compare" => view! { <compare::Compare /> }.into_any(),
                    _ => view! { <results::Results /> }.into_any(),
                }}
            </section>
        </main>
        <footer class="foot">
            <p>
                "Estimates from a model calibrated on measured llama.cpp and MLX benchmarks; "
                <a href="https://github.com/rigplan/rigplan/blob/main/docs/ACCURACY.md">"accuracy report"</a>
                ". Everything is computed in your browser; nothing is sent anywhere."
            </p>
        </footer>
    }
    .into_any()
}
