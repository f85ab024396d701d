//! The hardware picker: devices and complete systems grouped by tier (laptop, consumer,
//! workstation, homelab, datacenter), device count and split, or custom specs.

use super::{Group, SelectField, TextInput, search_field};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_catalog::{SYSTEMS, Tier, devices};
use rigplan_scenario::HardwareChoice;
use rigplan_scenario::custom::HardwareFields;
use rigplan_scenario::params::Section;

/// Value of the "custom" option.
pub const CUSTOM: &str = "__custom";

const TIERS: [(Tier, &str); 5] = [
    (Tier::Laptop, "Laptop / SoC (M-series, Strix Halo)"),
    (Tier::Consumer, "Consumer GPU"),
    (Tier::Workstation, "Workstation"),
    (Tier::Homelab, "Homelab"),
    (Tier::Datacenter, "Datacenter"),
];

/// The option groups of every hardware select (planner and comparison): the tiers,
/// systems first, filtered by `query`.
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
                        format!("{} ({:.0} GB)", d.name, d.memory_gb),
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
        let spec = HardwareFields {
            name: name.get_untracked(),
            vendor: "other".into(),
            kind: "gpu".into(),
            memory_gb: Some(mem.get_untracked()),
            memory_bandwidth_gbs: Some(bw.get_untracked()),
            fp16_tflops: Some(tflops.get_untracked()),
            tdp_w: Some(tdp.get_untracked()),
            ..HardwareFields::default()
        };
        match spec.build() {
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
    let field = move |id: &'static str, label: &'static str, sig: RwSignal<f64>| {
        view! {
            <TextInput
                id=id
                label=label
                kind="number"
                value=Signal::derive(move || sig.get().to_string())
                on_input=Callback::new(move |text: String| {
                    if let Some(v) = rigplan_scenario::number::parse_f64(text.trim()) {
                        sig.set(v);
                        apply_custom();
                    }
                })
            />
        }
    };
    view! {
        <fieldset class="group">
            <legend>"Hardware"</legend>
            {search_field("hardware-search", "Search hardware", "4090, m3 ultra, h100…", query)}
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
            <div class="row2">{super::section(Section::Hardware)}</div>
            <details class="custom" open=is_custom>
                <summary>"Custom specs"</summary>
                <TextInput
                    id="hw-name"
                    label="Name"
                    kind="text"
                    value=Signal::derive(move || name.get())
                    on_input=Callback::new(move |v| {
                        name.set(v);
                        apply_custom();
                    })
                />
                {field("hw-memory", "Memory (GB)", mem)}
                {field("hw-bandwidth", "Bandwidth (GB/s)", bw)}
                {field("hw-tflops", "FP16 dense TFLOPS", tflops)}
                {field("hw-tdp", "Board power (W)", tdp)}
                <p class="field-error" role="alert" translate="no">{move || custom_error.get()}</p>
            </details>
        </fieldset>
    }
}
