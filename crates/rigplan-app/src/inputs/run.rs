//! Quantization, context, prompt, KV cache, engine, backend, flash attention, batch.

use super::{Group, SelectField, whole};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_catalog::QUANTS;
use rigplan_core::quant::KvType;
use rigplan_scenario::resolve::{MAX_BATCH, MAX_TOKENS};
use rigplan_scenario::{BACKENDS, ENGINES};

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
            <SelectField
                id="quant".to_string()
                label="Quantization".to_string()
                groups=Signal::derive(|| vec![Group::plain(QUANTS.iter().map(|q| (q.id, q.name)))])
                value=Signal::derive(move || params.with(|x| x.quant.clone()))
                on_change=Callback::new(move |v| params.update(|x| x.quant = v))
            />
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
                {whole("context", "Context (tokens)", |x| x.context, |x, v| x.context = v, 1.0, MAX_TOKENS)}
            </div>
            {whole("prompt", "Prompt (tokens)", |x| x.prompt, |x, v| x.prompt = v, 1.0, MAX_TOKENS)}
            {whole("depth", "KV depth for decode (tokens)", |x| x.depth, |x, v| x.depth = v, 0.0, MAX_TOKENS)}
            <SelectField
                id="kv".to_string()
                label="KV cache".to_string()
                groups=Signal::derive(|| vec![Group::plain([("f16", "F16"), ("q8_0", "Q8_0"), ("q4_0", "Q4_0")])])
                value=Signal::derive(move || params.with(|x| x.kv.id().to_string()))
                on_change=Callback::new(move |v: String| {
                    let kv = match v.as_str() {
                        "q8_0" => KvType::Q8_0,
                        "q4_0" => KvType::Q4_0,
                        _ => KvType::F16,
                    };
                    params.update(|x| x.kv = kv);
                })
            />
            <SelectField
                id="engine".to_string()
                label="Engine".to_string()
                groups=Signal::derive(|| vec![Group::plain(ENGINES.iter().map(|(id, _, name)| (*id, *name)))])
                value=Signal::derive(move || params.with(|x| x.engine.clone()))
                on_change=Callback::new(move |v| params.update(|x| x.engine = v))
            />
            <SelectField
                id="backend".to_string()
                label="Backend".to_string()
                groups=Signal::derive(|| {
                    vec![Group::plain(std::iter::once(("", "Usual for the vendor")).chain(BACKENDS.iter().map(|(id, _, name)| (*id, *name))))]
                })
                value=Signal::derive(move || params.with(|x| x.backend.clone().unwrap_or_default()))
                on_change=Callback::new(move |v: String| params.update(|x| x.backend = if v.is_empty() { None } else { Some(v) }))
            />
            <label class="check" for="fa">
                <input
                    id="fa"
                    type="checkbox"
                    prop:checked=move || params.with(|x| x.flash_attention)
                    on:change=move |ev| params.update(|x| x.flash_attention = event_target_checked(&ev))
                />
                <span>"Flash attention"</span>
            </label>
            {whole("batch", "Concurrent sequences (batch)", |x| x.batch, |x, v| x.batch = v, 1.0, MAX_BATCH)}
        </fieldset>
    }
}
