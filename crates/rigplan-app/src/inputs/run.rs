//! Quantization, context, prompt, KV cache, engine, backend, flash attention, batch.

use super::NumberField;
use crate::state::planner;
use leptos::prelude::*;
use rigplan_catalog::{BACKENDS, ENGINES, QUANTS};
use rigplan_core::quant::KvType;

/// The run settings.
#[component]
pub fn RunInputs() -> impl IntoView {
    let p = planner();
    let params = p.params;
    // Context slider: powers of two from 256 to 1M tokens; the number box takes any value.
    let ctx_log = move || params.with(|x| (f64::from(x.context.max(1))).log2().round() as i32);
    view! {
        <fieldset class="group">
            <legend>"Run"</legend>
            <label class="field" for="quant">
                <span>"Quantization"</span>
                <select
                    id="quant"
                    on:change=move |ev| params.update(|x| x.quant = event_target_value(&ev))
                    prop:value=move || params.with(|x| x.quant.clone())
                >
                    {QUANTS.iter().map(|q| view! { <option value=q.id>{q.name}</option> }).collect_view()}
                </select>
            </label>
            <div class="slider-row">
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
                <NumberField
                    id="context"
                    label="Context (tokens)"
                    get=Signal::derive(move || f64::from(params.with(|x| x.context)))
                    set=Callback::new(move |v: f64| params.update(|x| x.context = v as u32))
                    min=1.0
                    max=10_000_000.0
                />
            </div>
            <NumberField
                id="prompt"
                label="Prompt (tokens)"
                get=Signal::derive(move || f64::from(params.with(|x| x.prompt)))
                set=Callback::new(move |v: f64| params.update(|x| x.prompt = v as u32))
                min=1.0
                max=10_000_000.0
            />
            <NumberField
                id="depth"
                label="KV depth for decode (tokens)"
                get=Signal::derive(move || f64::from(params.with(|x| x.depth)))
                set=Callback::new(move |v: f64| params.update(|x| x.depth = v as u32))
                min=0.0
                max=10_000_000.0
            />
            <label class="field" for="kv">
                <span>"KV cache"</span>
                <select
                    id="kv"
                    prop:value=move || params.with(|x| x.kv.id().to_string())
                    on:change=move |ev| {
                        let kv = match event_target_value(&ev).as_str() {
                            "q8_0" => KvType::Q8_0,
                            "q4_0" => KvType::Q4_0,
                            _ => KvType::F16,
                        };
                        params.update(|x| x.kv = kv);
                    }
                >
                    <option value="f16">"F16"</option>
                    <option value="q8_0">"Q8_0"</option>
                    <option value="q4_0">"Q4_0"</option>
                </select>
            </label>
            <label class="field" for="engine">
                <span>"Engine"</span>
                <select
                    id="engine"
                    prop:value=move || params.with(|x| x.engine.clone())
                    on:change=move |ev| params.update(|x| x.engine = event_target_value(&ev))
                >
                    {ENGINES.iter().map(|(id, _, name)| view! { <option value=*id>{*name}</option> }).collect_view()}
                </select>
            </label>
            <label class="field" for="backend">
                <span>"Backend"</span>
                <select
                    id="backend"
                    prop:value=move || params.with(|x| x.backend.clone().unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        params.update(|x| x.backend = if v.is_empty() { None } else { Some(v) });
                    }
                >
                    <option value="">"Usual for the vendor"</option>
                    {BACKENDS.iter().map(|(id, _, name)| view! { <option value=*id>{*name}</option> }).collect_view()}
                </select>
            </label>
            <label class="check" for="fa">
                <input
                    id="fa"
                    type="checkbox"
                    prop:checked=move || params.with(|x| x.flash_attention)
                    on:change=move |ev| params.update(|x| x.flash_attention = event_target_checked(&ev))
                />
                <span>"Flash attention"</span>
            </label>
            <NumberField
                id="batch"
                label="Concurrent sequences (batch)"
                get=Signal::derive(move || f64::from(params.with(|x| x.batch)))
                set=Callback::new(move |v: f64| params.update(|x| x.batch = v as u32))
                min=1.0
                max=4096.0
            />
        </fieldset>
    }
}
