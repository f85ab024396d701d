//! Several hardware choices for the same model, side by side: a table and a chart.

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
    let table = Memo::new(move |_| p.params.with(|params| ids.with(|ids| rows(params, ids))));
    let bars = Memo::new(move |_| {
        table.with(|t| {
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
            <div class="table-wrap">
                <table class="compare" data-testid="compare-table">
                    <caption>"Same model, quantization, context and device count on each"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Hardware"</th>
                            <th scope="col">"Fit"</th>
                            <th scope="col">"Memory needed / usable"</th>
                            <th scope="col">"Decode"</th>
                            <th scope="col">"Prefill"</th>
                            <th scope="col">"First token"</th>
                            <th scope="col">"Load W"</th>
                            <th scope="col">"Own, total"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            table
                                .get()
                                .into_iter()
                                .map(|r| match r.estimate {
                                    Ok(e) => view! {
                                        <tr data-hw=r.id>
                                            <th scope="row">{r.name}</th>
                                            <td><span class=format!("badge {}", e.memory.fit.id())>{e.memory.fit.id()}</span></td>
                                            <td>{format!("{} / {}", gb(e.memory.total), gb(e.memory.usable))}</td>
                                            <td>{tps(e.speed.decode)}</td>
                                            <td>{tps(e.speed.prefill)}</td>
                                            <td>{seconds(e.speed.time_to_first_token)}</td>
                                            <td>{format!("{:.0}{}", e.power.load.get(), if e.power.tdp_assumed { " (assumed)" } else { "" })}</td>
                                            <td>
                                                {if e.warnings.has(rigplan_core::Warning::PriceUnknown) {
                                                    format!("no price; {} power", usd(e.tco.own_total))
                                                } else {
                                                    usd(e.tco.own_total)
                                                }}
                                            </td>
                                        </tr>
                                    }
                                    .into_any(),
                                    Err(msg) => view! {
                                        <tr data-hw=r.id>
                                            <th scope="row">{r.name}</th>
                                            <td colspan="7">{msg}</td>
                                        </tr>
                                    }
                                    .into_any(),
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
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
