//! The run settings: every field of the table's `Run` section, the context with a slider.

use crate::state::planner;
use leptos::prelude::*;
use rigplan_scenario::params::Section;

/// The run settings.
#[component]
pub fn RunInputs() -> impl IntoView {
    let params = planner().params;
    // Context slider: powers of two from 256 to 1M tokens; the number box takes any value.
    let ctx_log = move || params.with(|x| (f64::from(x.context.max(1))).log2().round() as i32);
    view! {
        <fieldset class="group">
            <legend>"Run"</legend>
            <label class="field" for="context-slider">
                <span>"Context length (slider, powers of two)"</span>
                <input
                    id="context-slider"
                    type="range"
                    min="8"
                    max="20"
                    step="1"
                    prop:value=move || ctx_log().to_string()
                    aria-valuetext=move || format!("{} tokens", params.with(|x| x.context))
                    on:input=move |ev| {
                        if let Ok(k) = event_target_value(&ev).parse::<u32>() {
                            params.update(|x| x.context = 1u32 << k.clamp(8, 20));
                        }
                    }
                />
            </label>
            {super::section(Section::Run)}
        </fieldset>
    }
}
