//! Cost inputs: every field of the table's `Cost` section. Every default is shown: a box
//! holds the value in use, and an optional override shows what is used without it.

use crate::state::planner;
use leptos::prelude::*;
use rigplan_scenario::FIELDS;
use rigplan_scenario::params::{Section, Value};

/// Cost inputs.
#[component]
pub fn CostInputs() -> impl IntoView {
    let params = planner().params;
    let clear = move |_| {
        params.update(|x| {
            for f in FIELDS
                .iter()
                .filter(|f| f.section == Section::Cost && f.optional())
            {
                (f.set)(x, Value::Blank);
            }
        })
    };
    view! {
        <div class="cost-grid">
            {super::section(Section::Cost)}
            <button class="link-button" on:click=clear>
                "Clear overrides"
            </button>
        </div>
    }
}
