//! The hardware picker: devices and complete systems grouped by the tiers of seed `000`,
//! device count and split, or custom specs.

use super::{Group, NumberField, SearchField, SelectField, whole};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_catalog::{SYSTEMS, Tier, devices};
use rigplan_core::Split;
use rigplan_scenario::custom::hardware_from_fields;
use rigplan_scenario::json::{Object, Value};
use rigplan_scenario::resolve::{HardwareChoice, MAX_COUNT, bounds};

/// Value of the "custom" option.
pub const CUSTOM: &str = "__custom";

const TIERS: [(Tier, &str); 5] = [
    (Tier::Laptop, "Laptop / SoC (M-series, Strix Halo)"),
    (Tier::Consumer, "Consumer GPU"),
    (Tier::Workstation, "Workstation"),
    (Tier::Homelab, "Homelab"),
    (Tier::Datacenter, "Datacenter"),
];

/// The option groups of every hardware select (planner and comparison): the tiers of
/// seed `000`, systems first, filtered by `query`.
pub fn hardware_groups(query: &str) -> Vec<Group> {
    let q = query.to_ascii_lowercase();
    let hit = |id: &str, name: &str| {
        q.is_empty() || id.contains(&q) || name.to_ascii_lowercase().contains(&q)
    };
    TIERS
        .iter()
        .map(|(tier, label)| {
            let systems = SYSTEMS
                .iter()
                .filter(|s| s.tier == *tier && hit(s.id, s.name))
                .map(|s| (s.id.to_string(), format!("{} (system)", s.name)));
            let devs = devices()
                .filter(|d| d.tier == *tier && hit(d.id, d.name))
                .map(|d| {
                    (
                        d.id.to_string(),
                        format!("{} ({:.0} GB)", d.name, d.spec.memory.as_gb()),
                    )
                });
            Group {
                label: (*label).to_string(),
                options: systems.chain(devs).collect(),
            }
        })
        .collect()
}

/// Hardware picker.
#[component]
pub fn HardwarePicker() -> impl IntoView {
    let params = planner().params;
    let query = RwSignal::new(String::new());
    // Custom spec fields, kept as typed so nothing is lost while editing.
    let name = RwSignal::new("My GPU".to_string());
    let mem = RwSignal::new(24.0);
    let bw = RwSignal::new(1000.0);
    let tflops = RwSignal::new(100.0);
    let tdp = RwSignal::new(350.0);
    let custom_error = RwSignal::new(None::<String>);
    let apply_custom = move || {
        let mut spec = Object::new();
        spec.insert("name".into(), name.get_untracked().into());
        spec.insert("vendor".into(), Value::String("other".into()));
        spec.insert("kind".into(), Value::String("gpu".into()));
        for (key, v) in [
            ("memory_gb", mem),
            ("memory_bandwidth_gbs", bw),
            ("fp16_tflops", tflops),
            ("tdp_w", tdp),
        ] {
            spec.insert(key.into(), v.get_untracked().into());
        }
        match hardware_from_fields(&spec) {
            Ok(h) => {
                custom_error.set(None);
                params.update(|x| x.hardware = HardwareChoice::Custom(h));
            }
            Err(e) => custom_error.set(Some(e)),
        }
    };
    let is_custom = move || params.with(|x| matches!(x.hardware, HardwareChoice::Custom(_)));
    let selected = move || {
        params.with(|x| match &x.hardware {
            HardwareChoice::Id(id) => id.clone(),
            HardwareChoice::Custom(_) => CUSTOM.to_string(),
        })
    };
    let field = move |id: &'static str, label: &'static str, sig: RwSignal<f64>, max: f64| {
        view! {
            <NumberField
                id=id
                label=label
                get=Signal::derive(move || sig.get())
                set=Callback::new(move |v: f64| {
                    sig.set(v);
                    apply_custom();
                })
                min=0.1
                max=max
            />
        }
    };
    view! {
        <fieldset class="group">
            <legend>"Hardware"</legend>
            <SearchField id="hardware-search" label="Search hardware" placeholder="4090, m3 ultra, h100…" query=query />
            <SelectField
                id="hardware".to_string()
                label="Hardware".to_string()
                groups=Signal::derive(move || {
                    let mut g = hardware_groups(&query.get());
                    g.push(Group { label: "Your own".into(), options: vec![(CUSTOM.into(), "Custom specs…".into())] });
                    g
                })
                value=Signal::derive(selected)
                on_change=Callback::new(move |v: String| {
                    if v == CUSTOM {
                        apply_custom();
                    } else {
                        params.update(|x| x.hardware = HardwareChoice::Id(v));
                    }
                })
            />
            <div class="row2">
                {whole("count", "Devices", |x| x.count, |x, v| x.count = v, 1.0, MAX_COUNT)}
                <SelectField
                    id="split".to_string()
                    label="Split".to_string()
                    groups=Signal::derive(|| vec![Group::plain([("layer", "Layer (pipeline)"), ("tensor", "Tensor parallel")])])
                    value=Signal::derive(move || params.with(|x| if x.split == Split::Tensor { "tensor" } else { "layer" }).to_string())
                    on_change=Callback::new(move |v: String| {
                        let s = if v == "tensor" { Split::Tensor } else { Split::Layer };
                        params.update(|x| x.split = s);
                    })
                />
            </div>
            <details class="custom" open=is_custom>
                <summary>"Custom specs"</summary>
                <label class="field" for="hw-name">
                    <span>"Name"</span>
                    <input
                        id="hw-name"
                        type="text"
                        maxlength="80"
                        prop:value=move || name.get()
                        on:input=move |ev| {
                            name.set(event_target_value(&ev));
                            apply_custom();
                        }
                    />
                </label>
                {field("hw-memory", "Memory (GB)", mem, bounds::MEMORY_GB.1)}
                {field("hw-bandwidth", "Bandwidth (GB/s)", bw, bounds::SPEC_MAX)}
                {field("hw-tflops", "FP16 dense TFLOPS", tflops, bounds::SPEC_MAX)}
                {field("hw-tdp", "Board power (W)", tdp, bounds::SPEC_MAX)}
                <p class="field-error" role="alert">{move || custom_error.get()}</p>
            </details>
        </fieldset>
    }
}
