//! One view for every "label: value" figure on the page. Panels compute their figures as
//! plain data; sharing one view type keeps the wasm small (each distinct Leptos view tree
//! costs code).

use leptos::prelude::*;

/// One figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// What it is.
    pub label: String,
    /// The formatted value.
    pub value: String,
    /// `data-testid` of the value (tests read it).
    pub id: &'static str,
    /// Extra class on the value (speed tier colours).
    pub class: String,
}

impl Figure {
    /// A figure without a class.
    pub fn new(label: impl Into<String>, value: impl Into<String>, id: &'static str) -> Self {
        Self {
            label: label.into(),
            value: value.into(),
            id,
            class: String::new(),
        }
    }
}

/// A definition list of figures.
#[component]
pub fn Figures(
    /// The figures, recomputed when the scenario changes.
    items: Signal<Vec<Figure>>,
) -> impl IntoView {
    view! {
        <dl class="figures">
            {move || {
                items
                    .get()
                    .into_iter()
                    .map(|f| view! {
                        <div>
                            <dt>{f.label}</dt>
                            <dd data-testid=f.id class=f.class>{f.value}</dd>
                        </div>
                    })
                    .collect_view()
            }}
        </dl>
    }
}
