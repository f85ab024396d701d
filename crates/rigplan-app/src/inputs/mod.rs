//! Every input. Each edits one field of the scenario signal; text that does not parse
//! stays in its box with a message and leaves the scenario as it was.

mod cost;
pub mod hardware;
mod model;
mod run;
pub mod select;

pub use cost::CostInputs;
pub use hardware::HardwarePicker;
pub use model::ModelPicker;
pub use run::RunInputs;
pub use select::{Group, SelectField};

use leptos::prelude::*;
use rigplan_scenario::resolve::Params;

/// The input column.
#[component]
pub fn Inputs() -> impl IntoView {
    view! {
        <section class="inputs" aria-label="Scenario">
            <ModelPicker />
            <RunInputs />
            <HardwarePicker />
            <details class="cost-inputs" open>
                <summary>"Cost inputs"</summary>
                <CostInputs />
            </details>
        </section>
    }
}

/// A [`NumberField`] for a whole-number field of the scenario (tokens, devices, batch).
pub fn whole(
    id: &'static str,
    label: &'static str,
    get: fn(&Params) -> u32,
    set: fn(&mut Params, u32),
    min: f64,
    max: u32,
) -> impl IntoView {
    let params = crate::state::planner().params;
    view! {
        <NumberField
            id=id
            label=label
            get=Signal::derive(move || f64::from(params.with(get)))
            set=Callback::new(move |v: f64| params.update(|x| set(x, v as u32)))
            min=min
            max=f64::from(max)
        />
    }
}

/// A labelled search box: `query` holds what is typed.
#[component]
pub fn SearchField(
    /// Element id.
    id: &'static str,
    /// Visible label.
    label: &'static str,
    /// Placeholder text.
    placeholder: &'static str,
    /// The text typed.
    query: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label class="field" for=id>
            <span>{label}</span>
            <input
                id=id
                type="search"
                placeholder=placeholder
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
        </label>
    }
}

/// A labelled number box. `get` reads the current value; `set` receives a parsed value
/// inside `min..=max`. Anything else shows a message and changes nothing.
#[component]
pub fn NumberField(
    /// Element id (also used by tests).
    id: &'static str,
    /// Visible label.
    label: &'static str,
    /// Current value.
    get: Signal<f64>,
    /// Receives a valid value.
    set: Callback<f64>,
    /// Smallest allowed.
    min: f64,
    /// Largest allowed.
    max: f64,
    /// Step for the spinner.
    #[prop(default = 1.0)]
    step: f64,
    /// Placeholder (shown for optional fields).
    #[prop(optional)]
    placeholder: Option<Signal<String>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match rigplan_scenario::number::parse_f64(text.trim()) {
            Some(v) if v.is_finite() && v >= min && v <= max => {
                error.set(None);
                set.run(v);
            }
            Some(_) => error.set(Some(format!("{label}: from {min} to {max}"))),
            None if text.trim().is_empty() => error.set(None),
            None => error.set(Some(format!("{label}: not a number"))),
        }
    };
    let err_id = format!("{id}-error");
    let described = err_id.clone();
    view! {
        <label class="field" for=id>
            <span>{label}</span>
            <input
                id=id
                type="number"
                inputmode="decimal"
                min=min
                max=max
                step=step
                prop:value=move || crate::results::plain(get.get())
                placeholder=move || placeholder.map(|p| p.get()).unwrap_or_default()
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described
                on:input=on_input
            />
        </label>
        <p class="field-error" id=err_id role="alert">
            {move || error.get()}
        </p>
    }
}
