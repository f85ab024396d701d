//! Component tests in headless Chromium (`wasm-bindgen-test`).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use rigplan_app::state::Planner;
use rigplan_scenario::{HardwareChoice, ModelChoice, Params};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc
        .create_element("div")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

async fn tick() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

fn testid(root: &web_sys::HtmlElement, id: &str) -> String {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

/// The verdict's `data-fit` (`fits`, `offload`, `does-not-fit`).
fn fit(root: &web_sys::HtmlElement) -> Option<String> {
    root.query_selector("[data-testid=verdict]")
        .unwrap()?
        .get_attribute("data-fit")
}

/// Mounts `component` with a planner at the default scenario; keep the third value alive.
fn mount<V: IntoView + 'static>(
    component: fn() -> V,
) -> (web_sys::HtmlElement, Planner, impl Sized) {
    let root = container();
    let planner = Planner::new(Params::default(), Vec::new());
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(planner);
        component()
    });
    (root, planner, handle)
}

#[wasm_bindgen_test]
async fn results_follow_the_scenario_signal() {
    let (root, planner, _handle) = mount(|| view! { <rigplan_app::results::Results /> });
    tick().await;
    let first = testid(&root, "decode");
    assert!(first.ends_with("tok/s"), "{first}");
    assert_eq!(fit(&root).as_deref(), Some("fits"));
    planner.params.update(|p| {
        p.model = ModelChoice::Id("llama-3.1-70b".into());
        p.hardware = HardwareChoice::Id("rtx-4090".into());
    });
    tick().await;
    assert_eq!(fit(&root).as_deref(), Some("offload"));
    assert_ne!(testid(&root, "decode"), first);
    assert!(root.query_selector("#chart-depth svg").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_typed_number_out_of_range_is_kept_and_named() {
    let (root, planner, _handle) = mount(|| view! { <rigplan_app::inputs::RunInputs /> });
    tick().await;
    let input = root
        .query_selector("#context")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    input.set_value("0");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(input.value(), "0", "what the user typed stays");
    assert_eq!(
        planner.params.with_untracked(|p| p.context),
        4096,
        "the scenario keeps its last valid value"
    );
    assert!(
        root.text_content()
            .unwrap_or_default()
            .contains("from 1 to"),
        "the error names the range"
    );
    // Another input changing the scenario leaves the typed text and its error alone.
    planner.params.update(|p| p.batch = 2);
    tick().await;
    assert_eq!(
        input.value(),
        "0",
        "the typed text is not replaced by the old value"
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    input.set_value("8192");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(planner.params.with_untracked(|p| p.context), 8192);
}

#[wasm_bindgen_test]
async fn a_fraction_of_a_device_is_refused_not_truncated() {
    let (root, planner, _handle) = mount(|| view! { <rigplan_app::inputs::HardwarePicker /> });
    tick().await;
    let input = root
        .query_selector("#count")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    for (typed, want) in [("2.5", 1), ("2.0", 2), ("3", 3)] {
        input.set_value(typed);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
        tick().await;
        assert_eq!(planner.params.with_untracked(|p| p.count), want, "{typed}");
    }
    input.set_value("7.9");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(planner.params.with_untracked(|p| p.count), 3);
    assert!(
        root.text_content()
            .unwrap_or_default()
            .contains("not a whole number")
    );
}
