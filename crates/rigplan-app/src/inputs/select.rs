//! One select view for every dropdown on the page (fewer distinct Leptos view types: a
//! smaller wasm).

use leptos::either::Either;
use leptos::prelude::*;

/// A group of options; an empty label means no `<optgroup>`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Group {
    /// Group heading.
    pub label: String,
    /// (value, text) pairs.
    pub options: Vec<(String, String)>,
}

impl Group {
    /// Options without a heading.
    pub fn plain<'a>(items: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self {
            label: String::new(),
            options: items
                .into_iter()
                .map(|(v, t)| (v.to_string(), t.to_string()))
                .collect(),
        }
    }
}

/// A labelled `<select>`.
#[component]
pub fn SelectField(
    /// Element id.
    id: String,
    /// Visible label.
    label: String,
    /// Option groups.
    groups: Signal<Vec<Group>>,
    /// Selected value.
    value: Signal<String>,
    /// Called with the new value.
    on_change: Callback<String>,
) -> impl IntoView {
    let options = move || {
        groups
            .get()
            .into_iter()
            .map(|g| {
                let opts = g
                    .options
                    .into_iter()
                    .map(|(v, t)| view! { <option value=v>{t}</option> })
                    .collect_view();
                if g.label.is_empty() {
                    Either::Left(opts)
                } else {
                    Either::Right(view! { <optgroup label=g.label>{opts}</optgroup> })
                }
            })
            .collect_view()
    };
    let for_id = id.clone();
    view! {
        <label class="field" for=for_id>
            <span>{label}</span>
            <select id=id prop:value=move || value.get() on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options}
            </select>
        </label>
    }
}
