//! Several hardware choices for the same model, side by side: a table and a chart.

use crate::decide::{Line, badge, cell, table};
use crate::inputs::SelectField;
use crate::inputs::hardware::hardware_groups;
use crate::results::ChartBox;
use crate::state::planner;
use leptos::prelude::*;
use rigplan_core::{Estimate, estimate};
use rigplan_scenario::display::{gb, seconds, sig3, tps, usd};
use rigplan_scenario::{HardwareChoice, resolve};

/// Most columns in the comparison.
pub const MAX: usize = 6;

/// One compared machine.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Hardware id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Estimate, or why there is none.
    pub estimate: Result<Estimate, String>,
}

/// Estimates the current scenario on each hardware id (count and split as set).
pub fn rows(params: &rigplan_scenario::Params, ids: &[String]) -> Vec<Row> {
    ids.iter()
        .map(|id| {
            let mut p = params.clone();
            p.hardware = HardwareChoice::Id(id.clone());
            p.price_usd = None;
            p.power_w = None;
            match resolve(&p) {
                Ok(r) => Row {
                    id: id.clone(),
                    name: r.hardware_name.clone(),
                    estimate: Ok(estimate(&r.scenario)),
                },
                Err(e) => Row {
                    id: id.clone(),
                    name: id.clone(),
                    estimate: Err(e.message),
                },
            }
        })
        .collect()
}

/// The comparison view.
#[component]
pub fn Compare() -> impl IntoView {
    let p = planner();
    let ids = p.compare;
    let machines = Memo::new(move |_| p.params.with(|params| ids.with(|ids| rows(params, ids))));
    let bars = Memo::new(move |_| {
        machines.with(|t| {
            t.iter()
                .filter_map(|r| {
                    r.estimate
                        .as_ref()
                        .ok()
                        .map(|e| (r.name.clone(), e.speed.decode.get()))
                })
                .collect::<Vec<_>>()
        })
    });
    let svg = Signal::derive(move || {
        bars.with(|b| crate::charts::compare(b, "decode tokens/s (single stream)"))
    });
    // The pickers are rebuilt only when one is added or removed, not when one changes
    // (rebuilding six selects of a hundred options each took 65 ms a change).
    let count = Memo::new(move |_| ids.with(Vec::len));
    let groups = StoredValue::new(hardware_groups(""));
    let chart_rows = Signal::derive(move || {
        bars.with(|b| b.iter().map(|(n, v)| vec![n.clone(), sig3(*v)]).collect())
    });
    let lines = Signal::derive(move || {
        p.params.with(|params| {
            machines.with(|t| {
                t.iter()
                    .map(|r| {
                        let mut open = params.clone();
                        open.hardware = HardwareChoice::Id(r.id.clone());
                        let cells = match &r.estimate {
                            Ok(e) => vec![
                                badge(e.memory.fit.id()),
                                cell(format!("{} / {}", gb(e.memory.total), gb(e.memory.usable))),
                                cell(tps(e.speed.decode)),
                                cell(tps(e.speed.prefill)),
                                cell(seconds(e.speed.time_to_first_token)),
                                cell(format!(
                                    "{:.0}{}",
                                    e.power.load.get(),
                                    if e.power.tdp_assumed {
                                        " (assumed)"
                                    } else {
                                        ""
                                    }
                                )),
                                cell(if e.warnings.has(rigplan_core::Warning::PriceUnknown) {
                                    format!("no price; {} power", usd(e.tco.own_total))
                                } else {
                                    usd(e.tco.own_total)
                                }),
                            ],
                            Err(msg) => vec![cell(msg.clone())],
                        };
                        Line {
                            open,
                            key: r.id.clone(),
                            decode: r.estimate.as_ref().map_or(0.0, |e| e.speed.decode.get()),
                            head: r.name.clone(),
                            cells,
                            source: "",
                        }
                    })
                    .collect()
            })
        })
    });
    view! {
        <section class="panel" aria-labelledby="compare-h">
            <h2 id="compare-h">"Compare hardware for this model"</h2>
            <div class="compare-pickers">
                {move || {
                    (0..count.get())
                        .map(|i| {
                            let label = format!("Hardware {}", i + 1);
                            let sel_id = format!("compare-{i}");
                            view! {
                                <div class="compare-pick">
                                    <SelectField
                                        id=sel_id
                                        label=label.clone()
                                        groups=Signal::derive(move || groups.get_value())
                                        value=Signal::derive(move || ids.with(|v| v.get(i).cloned().unwrap_or_default()))
                                        on_change=Callback::new(move |v: String| ids.update(|x| if let Some(slot) = x.get_mut(i) { *slot = v }))
                                    />
                                    <button
                                        aria-label=format!("Remove {label}")
                                        on:click=move |_| ids.update(|x| if x.len() > 1 && i < x.len() { x.remove(i); })
                                    >
                                        "Remove"
                                    </button>
                                </div>
                            }
                        })
                        .collect_view()
                }}
                <button
                    disabled=move || ids.with(|x| x.len() >= MAX)
                    on:click=move |_| ids.update(|x| if x.len() < MAX { x.push("rtx-4090".into()) })
                >
                    "Add hardware"
                </button>
            </div>
            {table(
                "Same model, quantization, context and device count on each",
                "compare-table",
                &["Hardware", "Fit", "Memory needed / usable", "Decode", "Prefill", "First token", "Load W", "Own, total", "Open"],
                lines,
            )}
            <ChartBox
                title="Decode speed by hardware"
                file="rigplan-compare.svg"
                id="chart-compare"
                svg=svg
                head=vec!["hardware", "decode tok/s"]
                rows=chart_rows
            />
        </section>
    }
}
