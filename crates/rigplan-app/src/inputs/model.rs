//! The model picker: a search box over the catalog grouped by family, or a pasted /
//! uploaded `config.json` (read locally, never uploaded).

use super::{Group, SelectField, search_field};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_catalog::{MODELS, ModelEntry};
use rigplan_scenario::ModelChoice;
use rigplan_scenario::custom::model_from_hf_config;
use std::collections::BTreeMap;

/// Value of the "custom" option.
pub const CUSTOM: &str = "__custom";

fn params_label(m: &ModelEntry) -> String {
    let t = m.arch.params / 1e9;
    let a = m.arch.active_params / 1e9;
    if m.arch.moe.is_some() {
        format!("{} ({t:.1}B total / {a:.1}B active)", m.name)
    } else {
        format!("{} ({t:.1}B)", m.name)
    }
}

/// Model picker.
#[component]
pub fn ModelPicker() -> impl IntoView {
    let params = planner().params;
    let query = RwSignal::new(String::new());
    let custom_text = RwSignal::new(String::new());
    let custom_error = RwSignal::new(None::<String>);
    let is_custom = move || params.with(|x| matches!(x.model, ModelChoice::Custom(_)));
    let selected = move || {
        params.with(|x| match &x.model {
            ModelChoice::Id(id) => id.clone(),
            ModelChoice::Custom(_) => CUSTOM.to_string(),
        })
    };
    let apply_custom = move |text: String| {
        custom_text.set(text.clone());
        match model_from_hf_config(&text) {
            Ok(arch) => {
                custom_error.set(None);
                params.update(|x| x.model = ModelChoice::Custom(arch));
            }
            Err(e) => custom_error.set(Some(e.message)),
        }
    };
    let groups = move || {
        let q = query.get().to_ascii_lowercase();
        let mut by: BTreeMap<&str, Vec<&ModelEntry>> = BTreeMap::new();
        for m in MODELS {
            if q.is_empty()
                || m.name.to_ascii_lowercase().contains(&q)
                || m.id.contains(&q)
                || m.family.to_ascii_lowercase().contains(&q)
            {
                by.entry(m.family).or_default().push(m);
            }
        }
        let mut g: Vec<Group> = by
            .into_iter()
            .map(|(family, ms)| Group {
                label: family.to_string(),
                options: ms
                    .into_iter()
                    .map(|m| (m.id.to_string(), params_label(m)))
                    .collect(),
            })
            .collect();
        g.push(Group {
            label: "Your own".into(),
            options: vec![(CUSTOM.into(), "Custom config.json…".into())],
        });
        g
    };
    let on_file = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        if file.size() > rigplan_scenario::custom::MAX_INPUT as f64 {
            custom_error.set(Some(format!(
                "config.json is {} bytes; the limit is {}",
                file.size(),
                rigplan_scenario::custom::MAX_INPUT
            )));
            return;
        }
        let file = gloo::file::File::from(file);
        let task = gloo::file::callbacks::read_as_text(&file, move |res| match res {
            Ok(text) => apply_custom(text),
            Err(_) => custom_error.set(Some("the browser could not read that file".into())),
        });
        std::mem::forget(task);
    };
    view! {
        <fieldset class="group">
            <legend>"Model"</legend>
            {search_field("model-search", "Search models", "llama, qwen, 70b…", query)}
            <SelectField
                id="model".to_string()
                label="Model".to_string()
                groups=Signal::derive(groups)
                value=Signal::derive(selected)
                on_change=Callback::new(move |v: String| {
                    if v == CUSTOM {
                        if !custom_text.with_untracked(String::is_empty) {
                            apply_custom(custom_text.get_untracked());
                        } else {
                            custom_error.set(Some("paste or upload a config.json below".into()));
                        }
                    } else {
                        params.update(|x| x.model = ModelChoice::Id(v));
                    }
                })
            />
            <details class="custom" open=is_custom>
                <summary>"Custom model from a Hugging Face config.json"</summary>
                <label class="field" for="model-config">
                    <span>"Paste config.json (stays in your browser)"</span>
                    <textarea
                        id="model-config"
                        rows="4"
                        spellcheck="false"
                        prop:value=move || custom_text.get()
                        on:input=move |ev| apply_custom(event_target_value(&ev))
                    ></textarea>
                </label>
                <label class="field" for="model-config-file">
                    <span>"or upload it"</span>
                    <input id="model-config-file" type="file" accept=".json,application/json" on:change=on_file />
                </label>
                <p class="field-error" role="alert" translate="no">{move || custom_error.get()}</p>
            </details>
        </fieldset>
    }
}
