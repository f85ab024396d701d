//! Several hardware choices for the same model, side by side: a table and a chart.

use crate::inputs::hardware::hardware_options;
use crate::results::ChartBox;
use crate::state::planner;
use leptos::prelude::*;
use rigplan_catalog::display::{gb, seconds, sig3, tps, usd};
use rigplan_catalog::resolve::{HardwareChoice, resolve};
use rigplan_core::{Estimate, estimate};

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
pub fn rows(params: &rigplan_catalog::Params, ids: &[String]) -> Vec<Row> {
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
    let svg = Signal::derive(move || {
        table.with(|t| {
            let bars: Vec<(String, f64)> = t
                .iter()
                .filter_map(|r| {
                    r.estimate
                        .as_ref()
                        .ok()
                        .map(|e| (r.name.clone(), e.speed.decode.get()))
                })
                .collect();
            crate::charts::compare(&bars)
        })
    });
    let chart_rows = Signal::derive(move || {
        table.with(|t| {
            t.iter()
                .filter_map(|r| {
                    r.estimate
                        .as_ref()
                        .ok()
                        .map(|e| vec![r.name.clone(), sig3(e.speed.decode.get())])
                })
                .collect()
        })
    });
    view! {
        <section class="panel" aria-labelledby="compare-h">
            <h2 id="compare-h">"Compare hardware for this model"</h2>
            <div class="compare-pickers">
                {move || {
                    (0..ids.with(Vec::len))
                        .map(|i| {
                            let label = format!("Hardware {}", i + 1);
                            let sel_id = format!("compare-{i}");
                            let for_id = sel_id.clone();
                            view! {
                                <div class="compare-pick">
                                    <label class="field" for=for_id>
                                        <span>{label.clone()}</span>
                                        <select
                                            id=sel_id
                                            prop:value=move || ids.with(|v| v.get(i).cloned().unwrap_or_default())
                                            on:change=move |ev| {
                                                let v = event_target_value(&ev);
                                                ids.update(|x| if let Some(slot) = x.get_mut(i) { *slot = v });
                                            }
                                        >
                                            {hardware_options(String::new())}
                                        </select>
                                    </label>
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
                                            <td>{format!("{:.0}", e.power.load.get())}</td>
                                            <td>{usd(e.tco.own_total)}</td>
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
