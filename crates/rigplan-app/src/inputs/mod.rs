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
use rigplan_scenario::params::{Catalog, Kind, Section, Value};
use rigplan_scenario::{FIELDS, Field, FieldId, field};

/// The input column.
#[component]
pub fn Inputs() -> impl IntoView {
    view! {
        <section class="inputs" aria-label="Scenario">
            <ModelPicker />
            <RunInputs />
            <HardwarePicker />
            <details class="cost-inputs" open>
                <summary>"Workload"</summary>
                <WorkloadPresets />
                <div class="cost-grid">{section(Section::Workload)}</div>
            </details>
            <details class="cost-inputs" open>
                <summary>"Cost inputs"</summary>
                <CostInputs />
            </details>
        </section>
    }
}

/// Buttons that fill the workload fields with a profile; the basis of the last one applied
/// is shown (a seed's figure, or illustrative).
#[component]
fn WorkloadPresets() -> impl IntoView {
    let params = crate::state::planner().params;
    let basis = RwSignal::new("");
    view! {
        <div class="presets" role="group" aria-label="Workload presets">
            {rigplan_scenario::presets::PRESETS
                .iter()
                .map(|pr| {
                    view! {
                        <button
                            class="link-button"
                            data-preset=pr.id
                            on:click=move |_| {
                                params.update(|p| pr.apply(p));
                                basis.set(pr.basis);
                            }
                        >
                            {pr.label}
                        </button>
                    }
                })
                .collect_view()}
            <p class="hint" data-testid="preset-basis">{move || basis.get()}</p>
        </div>
    }
}

/// The inputs of every field of a section of the table, in table order. For an optional
/// field left blank the placeholder says what is used instead
/// ([`rigplan_scenario::present::when_blank`]).
pub fn section(s: Section) -> impl IntoView {
    let p = crate::state::planner();
    // Models and hardware have their own pickers (search, custom forms).
    let picker = |f: &Field| matches!(f.kind, Kind::Id(Catalog::Model | Catalog::Hardware));
    FIELDS
        .iter()
        .filter(move |f| f.section == s && !picker(f))
        .map(move |f| {
            let id = f.id;
            let placeholder = f.optional().then(|| {
                Signal::derive(move || {
                    p.resolved.with(|r| {
                        p.estimate.with(|e| match (r, e) {
                            (Ok(r), Some(e)) => rigplan_scenario::present::when_blank(id, r, e),
                            _ => String::new(),
                        })
                    })
                })
            });
            view! { <FieldInput id=id placeholder=placeholder /> }
        })
        .collect_view()
}

/// The input of one field of the table ([`rigplan_scenario::FIELDS`]): a number box, a
/// select or a checkbox by the row's kind, with the row's label and element id (the
/// field's flag). Text is read with the same checks as a link or the command line; what
/// does not pass stays in its box with a message and leaves the scenario as it was.
#[component]
pub fn FieldInput(
    /// Which field.
    id: FieldId,
    /// Placeholder for an optional field left blank (what is used without it).
    placeholder: Option<Signal<String>>,
) -> impl IntoView {
    let f = field(id);
    let params = crate::state::planner().params;
    let value = Signal::derive(move || params.with(|p| f.format(&(f.get)(p))));
    let set = Callback::new(move |v: Value| params.update(|p| (f.set)(p, v)));
    match f.kind {
        Kind::Whole { lo, hi } => view! {
            <NumberField field=f value=value set=set min=f64::from(lo) max=f64::from(hi) step=1.0 placeholder=placeholder />
        }
        .into_any(),
        Kind::Number { lo, hi, step, .. } => view! {
            <NumberField field=f value=value set=set min=lo max=hi step=step placeholder=placeholder />
        }
        .into_any(),
        Kind::Choice { options, optional } => {
            // A blank filter is "any"; a blank setting is the default (the backend: the
            // vendor's usual one; the PCIe slot: the card's own link).
            let blank_label = if f.section == Section::Decision { "Any" } else { "Default" };
            let blank = optional.then_some(("", blank_label));
            view! {
                <SelectField
                    id=f.flag.to_string()
                    label=f.label.to_string()
                    groups=Signal::derive(move || vec![Group::plain(blank.into_iter().chain(options.iter().copied()))])
                    value=value
                    on_change=Callback::new(move |v: String| {
                        if let Ok(v) = f.parse(&v) {
                            set.run(v);
                        }
                    })
                />
            }
            .into_any()
        }
        Kind::Switch => view! {
            <label class="check" for=f.flag>
                <input
                    id=f.flag
                    type="checkbox"
                    prop:checked=move || value.with(|v| v == "1")
                    on:change=move |ev| set.run(Value::Switch(event_target_checked(&ev)))
                />
                <span>{f.label}</span>
            </label>
        }
        .into_any(),
        Kind::Id(Catalog::Model | Catalog::Hardware) => ().into_any(),
        Kind::Id(list @ (Catalog::Quant | Catalog::Api)) => view! {
            <SelectField
                id=f.flag.to_string()
                label=f.label.to_string()
                groups=Signal::derive(move || {
                    vec![
                        if list == Catalog::Api {
                            Group::plain(
                                core::iter::once(("", "Same model hosted, else the default"))
                                    .chain(rigplan_catalog::API.iter().map(|a| (a.id, a.name))),
                            )
                        } else {
                            Group::plain(rigplan_catalog::QUANTS.iter().map(|q| (q.id, q.name)))
                        },
                    ]
                })
                value=value
                on_change=Callback::new(move |v: String| {
                    if v.is_empty() {
                        set.run(Value::Blank);
                    } else if let Ok(v) = f.parse(&v) {
                        set.run(v);
                    }
                })
            />
        }
        .into_any(),
    }
}

/// A labelled text box (`kind` is the input type: `search`, `text`, `number`): `value`
/// is what it shows, `on_input` gets what is typed.
#[component]
pub fn TextInput(
    /// Element id.
    id: &'static str,
    /// Visible label.
    label: &'static str,
    /// The input's `type`.
    kind: &'static str,
    /// Placeholder text.
    #[prop(optional)]
    placeholder: &'static str,
    /// What the box shows.
    value: Signal<String>,
    /// Receives the text typed.
    on_input: Callback<String>,
) -> impl IntoView {
    view! {
        <label class="field" for=id>
            <span>{label}</span>
            <input
                id=id
                type=kind
                placeholder=placeholder
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </label>
    }
}

/// A labelled search box: `query` holds what is typed.
pub fn search_field(
    id: &'static str,
    label: &'static str,
    placeholder: &'static str,
    query: RwSignal<String>,
) -> impl IntoView {
    view! {
        <TextInput
            id=id
            label=label
            kind="search"
            placeholder=placeholder
            value=Signal::derive(move || query.get())
            on_input=Callback::new(move |v| query.set(v))
        />
    }
}

/// A labelled number box for a field: the text typed is read by the field's row
/// ([`rigplan_scenario::Field::read`]); a value it accepts goes to `set`, anything else
/// shows the reason and changes nothing.
#[component]
pub fn NumberField(
    /// The field's row (label, element id, checks).
    field: &'static Field,
    /// Current value, as the link writes it (blank when unset).
    value: Signal<String>,
    /// Receives a valid value.
    set: Callback<Value>,
    /// Smallest allowed (for the spinner).
    min: f64,
    /// Largest allowed (for the spinner).
    max: f64,
    /// Step for the spinner.
    step: f64,
    /// Placeholder (shown for optional fields).
    placeholder: Option<Signal<String>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    // Text that could not be used stays in the box, with its error, until this box is edited
    // again: another input changing the scenario does not put the old value back under it.
    let typed = RwSignal::new(None::<String>);
    // What the resolver says of this field (a link or another input can make it wrong).
    let resolved = crate::state::planner().resolved;
    let shown = move || {
        error.get().or_else(|| {
            resolved.with(|r| {
                r.as_ref()
                    .err()
                    .filter(|e| e.field == field.id)
                    .map(|e| format!("{}: {}", field.label, e.message))
            })
        })
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        typed.set(None);
        match field.read(text.trim()) {
            Ok(v) => {
                error.set(None);
                set.run(v);
            }
            // Clearing an optional box clears the override; clearing another does nothing.
            Err(_) if text.trim().is_empty() => {
                error.set(None);
                if field.optional() {
                    set.run(Value::Blank);
                }
            }
            Err(e) => {
                typed.set(Some(text));
                error.set(Some(format!("{}: {}", field.label, e.message)));
            }
        }
    };
    let id = field.flag;
    let err_id = format!("{id}-error");
    let described = err_id.clone();
    view! {
        <label class="field" for=id>
            <span>{field.label}</span>
            <input
                id=id
                type="number"
                inputmode="decimal"
                min=min
                max=max
                step=step
                prop:value=move || typed.get().unwrap_or_else(|| value.get())
                placeholder=move || placeholder.map(|p| p.get()).unwrap_or_default()
                aria-invalid=move || shown().is_some().to_string()
                aria-describedby=described
                on:input=on_input
            />
        </label>
        <p class="field-error" id=err_id role="alert" translate="no">
            {shown}
        </p>
    }
}
