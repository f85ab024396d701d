//! The decision views: what runs on this machine ([`rigplan_scenario::runs`]) and what to
//! buy for this model ([`rigplan_scenario::plan`]). Each is the whole catalog recomputed
//! from the scenario signal, the same rows `rigplan models` and `rigplan plan` print; a
//! row's button opens its scenario in the planner.

use crate::inputs::{FieldInput, Group, SelectField};
use crate::results::ChartBox;
use crate::state::planner;
use leptos::prelude::*;
use rigplan_core::Fit;
use rigplan_scenario::display::{gb, seconds, sig3, tps, usd};
use rigplan_scenario::params::FieldId;
use rigplan_scenario::{Params, field};

/// Rows a table shows before "show all".
const FIRST: usize = 40;

/// `decode (low-high)` for a table cell.
fn band(e: &rigplan_core::Estimate) -> String {
    format!(
        "{} ({}-{})",
        sig3(e.speed.decode.get()),
        sig3(e.speed.decode_low.get()),
        sig3(e.speed.decode_high.get())
    )
}

/// Opens `scenario` in the planner.
fn open(scenario: &Params) {
    let mut s = scenario.clone();
    s.view = "planner".into();
    planner().params.set(s);
}

/// The filter and target inputs of a view, and its order (`sorts` are the orders it knows).
fn controls(ids: &'static [FieldId], sorts: &'static [&'static str]) -> impl IntoView {
    let params = planner().params;
    let f = field(FieldId::Sort);
    let options: Vec<(&'static str, &'static str)> = rigplan_scenario::choices::SORTS
        .iter()
        .copied()
        .filter(|(id, _)| sorts.contains(id))
        .collect();
    let groups = StoredValue::new(vec![Group::plain(options)]);
    view! {
        <div class="cost-grid decide-controls">
            {ids.iter().map(|id| view! { <FieldInput id=*id placeholder=None /> }).collect_view()}
            <SelectField
                id=f.flag.to_string()
                label=f.label.to_string()
                groups=Signal::derive(move || groups.get_value())
                value=Signal::derive(move || params.with(|p| p.sort.clone().filter(|s| sorts.contains(&s.as_str())).unwrap_or_else(|| sorts[0].to_string())))
                on_change=Callback::new(move |v: String| params.update(|p| p.sort = Some(v)))
            />
        </div>
    }
}

/// One table row: the scenario it opens, its key for tests (`model/quant`,
/// `hardware/count/split`), its decode speed (full precision, for the CLI comparison), its
/// name and its cells (text, class of the cell's span: a badge or none).
#[derive(Clone)]
pub(crate) struct Line {
    pub(crate) open: Params,
    pub(crate) key: String,
    pub(crate) decode: f64,
    pub(crate) head: String,
    pub(crate) cells: Vec<(String, String)>,
    /// A source link shown after the cells (empty: none).
    pub(crate) source: &'static str,
}

/// A decision table (one non-generic code path for both views: each `view!` type costs
/// wasm): a caption, column heads (the first names the row, the last is "Open") and rows.
pub(crate) fn table(
    caption: &'static str,
    testid: &'static str,
    heads: &'static [&'static str],
    rows: Signal<Vec<Line>>,
) -> AnyView {
    // Long tables show the first rows until "show all" (rebuilding hundreds of rows on
    // every input change would cost the 50 ms budget).
    let all = RwSignal::new(false);
    let body = move || {
        let n = if all.get() { usize::MAX } else { FIRST };
        rows.with(|r| r.iter().take(n).cloned().collect::<Vec<_>>())
            .into_iter()
            .map(|l| {
                let s = StoredValue::new(l.open);
                let label = format!("Open {} in the planner", l.head);
                view! {
                    <tr data-key=l.key data-decode=l.decode.to_string()>
                        <th scope="row">{l.head}</th>
                        {l.cells.into_iter().map(|(c, class)| view! { <td><span class=class>{c}</span></td> }).collect_view()}
                        {(!l.source.is_empty()).then(|| view! { <td><a href=l.source target="_blank" rel="noopener">"source"</a></td> })}
                        <td><button class="link-button" aria-label=label on:click=move |_| s.with_value(open)>"Open"</button></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap">
            <table class="compare" data-testid=testid>
                <caption>{caption}</caption>
                <thead>
                    <tr>{heads.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {move || {
            let n = rows.with(Vec::len);
            (n > FIRST && !all.get()).then(|| {
                view! { <button class="link-button" on:click=move |_| all.set(true)>{format!("Show all {n}")}</button> }
            })
        }}
    }
    .into_any()
}

/// A plain cell.
pub(crate) fn cell(s: String) -> (String, String) {
    (s, String::new())
}

/// A badge cell.
pub(crate) fn badge(s: &str) -> (String, String) {
    (s.to_string(), format!("badge {s}"))
}

/// What runs on the planner's machine: every catalog model.
#[component]
pub fn RunsView() -> impl IntoView {
    let p = planner();
    // Recomputed on every scenario change and never compared (equality of a whole
    // catalog's rows would cost wasm and time for nothing: the scenario did change).
    let rows = Memo::new_with_compare(
        move |_| p.params.with(rigplan_scenario::runs::rows),
        |_, _| true,
    );
    let machine = move || {
        p.resolved.with(|r| {
            r.as_ref()
                .map(|r| format!("{} x {}", r.scenario.count, r.hardware_name))
                .unwrap_or_default()
        })
    };
    view! {
        <section class="panel" aria-labelledby="runs-h">
            <h2 id="runs-h">"What runs on " {machine}</h2>
            <p class="hint">
                "Every catalog model with the settings on the left: the highest precision that fits, the fastest, the longest context."
            </p>
            {controls(
                &[FieldId::Arch, FieldId::Family, FieldId::MinParams, FieldId::MaxParams, FieldId::MinDecode, FieldId::MinContext],
                &["size", "speed", "name", "recent"],
            )}
            {table(
                "Models on this machine (decode: single stream, 80% range)",
                "runs-table",
                &["Model", "Quant", "Fit", "Memory", "Decode tok/s", "Prefill", "Longest context", "Open"],
                Signal::derive(move || rows.with(|rows| {
                            rows.iter().map(|r| {
                                let e = r.estimate;
                                let quant = match (r.fastest_quant, r.n_cpu_moe) {
                                    (_, Some(n)) => format!("{} (--n-cpu-moe {n})", r.quant),
                                    (Some(f), None) if f != r.quant => format!("{} (fastest {f})", r.quant),
                                    _ => r.quant.to_string(),
                                };
                                Line {
                                    open: r.scenario.clone(),
                                    key: format!("{}/{}", r.model, r.quant),
                                    decode: e.speed.decode.get(),
                                    head: r.name.to_string(),
                                    source: "",
                                    cells: vec![
                                        cell(quant),
                                        badge(e.memory.fit.id()),
                                        cell(gb(e.memory.total)),
                                        cell(band(&e)),
                                        cell(tps(e.speed.prefill)),
                                        cell(if r.max_context > 0 { r.max_context.to_string() } else { "-".into() }),
                                    ],
                                }
                            }).collect()
                        })),
            )}
        </section>
    }
}

/// What to buy for the planner's model: every machine against the targets.
#[component]
pub fn BuyView() -> impl IntoView {
    let p = planner();
    let rows = Memo::new_with_compare(
        move |_| {
            p.params.with(|params| {
                let t = rigplan_scenario::plan::Targets::of(params);
                rigplan_scenario::plan::plan(params, &t)
            })
        },
        |_, _| true,
    );
    // The machine the person has: the planner's hardware, for "what an upgrade buys".
    let yours = Memo::new(move |_| p.estimate.with(|e| e.map(|e| e.speed.decode.get())));
    let model = move || {
        p.resolved
            .with(|r| r.as_ref().map(|r| r.model_name.clone()).unwrap_or_default())
    };
    let summary = move || {
        rows.with(|rows| {
            let meets: Vec<_> = rows.iter().filter(|r| r.meets).collect();
            let priced = meets.iter().find(|r| r.price_usd.is_some());
            let unpriced = meets.iter().filter(|r| r.price_usd.is_none()).count();
            let first = match priced {
                Some(r) => format!(
                    "Cheapest that meets the targets: {} x {} ({}), {}, decode {} tok/s{}.",
                    r.count,
                    r.name,
                    r.split.id(),
                    usd(rigplan_core::units::Usd::new(r.price_usd.unwrap_or(0.0))),
                    sig3(r.estimate.speed.decode.get()),
                    if r.uncertain { ", the target inside its 80% range" } else { "" }
                ),
                None => "No priced machine meets the targets.".into(),
            };
            let rest = if unpriced == 0 {
                String::new()
            } else {
                format!(" {unpriced} that meet them have no cited price (\"no price\" below) and are left out of the price ranking.")
            };
            format!("{} of {} configurations meet the targets. {first}{rest}", meets.len(), rows.len())
        })
    };
    let points = move |users: bool| {
        rows.with(|rows| {
            rows.iter()
                .filter(|r| r.estimate.memory.fit != Fit::DoesNotFit)
                .filter_map(|r| {
                    let y = if users {
                        r.users?
                    } else {
                        r.estimate.speed.decode.get()
                    };
                    Some((r.price_usd?, y, r.meets))
                })
                .collect::<Vec<_>>()
        })
    };
    let svg_speed =
        Signal::derive(move || crate::charts::pareto(&points(false), "decode tokens/s"));
    let svg_users = Signal::derive(move || crate::charts::pareto(&points(true), "users served"));
    let chart_rows = move |users: bool| {
        Signal::derive(move || {
            points(users)
                .into_iter()
                .map(|(x, y, m)| {
                    vec![
                        usd(rigplan_core::units::Usd::new(x)),
                        sig3(y),
                        if m { "yes" } else { "no" }.into(),
                    ]
                })
                .collect()
        })
    };
    view! {
        <section class="panel" aria-labelledby="buy-h">
            <h2 id="buy-h">"What to buy for " {model}</h2>
            <p class="hint">
                "Every device (cards at 1-8, both splits) and system, with the settings on the left."
            </p>
            {controls(
                &[FieldId::MinDecode, FieldId::MaxFirstToken, FieldId::MaxPrice, FieldId::ServeUsers],
                &["price", "tco", "joules"],
            )}
            <p data-testid="buy-summary">{summary}</p>
            <p class="hint">"A bare card's price leaves out the machine around it. Yours (on the left) decodes at "
                {move || yours.get().map(sig3).unwrap_or_else(|| "-".into())}
                " tok/s: \"vs yours\" is each one over it."
            </p>
            {table(
                "Machines that run this model: those meeting the targets first, each group in the chosen order",
                "buy-table",
                &["Machine", "Split", "Price", "Decode tok/s", "First token", "Users served", "J/token", "Meets", "vs yours", "Open"],
                Signal::derive(move || rows.with(|rows| {
                            let mine = yours.get().unwrap_or(0.0);
                            rows.iter()
                                .filter(|r| r.estimate.memory.fit != Fit::DoesNotFit)
                                .map(|r| {
                                    let e = r.estimate;
                                    let verdict = match (r.meets, r.uncertain) {
                                        (_, true) => "uncertain",
                                        (true, false) => "yes",
                                        (false, false) => "no",
                                    };
                                    let note = if r.extrapolated { " (extrapolated)" } else { "" };
                                    Line {
                                        open: r.scenario.clone(),
                                        key: format!("{}/{}/{}", r.hardware, r.count, r.split.id()),
                                        decode: e.speed.decode.get(),
                                        head: format!("{} x {}", r.count, r.name),
                                        source: "",
                                        cells: vec![
                                            cell(r.split.id().into()),
                                            cell(r.price_usd.map_or_else(|| "no price".into(), |x| format!("{} ({} {})", usd(rigplan_core::units::Usd::new(x)), r.price_basis.0, r.price_basis.1))),
                                            cell(format!("{}{note}", band(&e))),
                                            cell(seconds(e.speed.time_to_first_token)),
                                            cell(r.users.map_or_else(|| "-".into(), sig3)),
                                            cell(if e.power.tdp_assumed { "assumed".into() } else { sig3(e.power.joules_per_token.get()) }),
                                            badge(verdict),
                                            cell(if mine > 0.0 { format!("x{}", sig3(e.speed.decode.get() / mine)) } else { "-".into() }),
                                        ],
                                    }
                                })
                                .collect()
                        })),
            )}
            <ChartBox
                title="Price against decode speed (filled: meets the targets; line: the Pareto frontier)"
                file="rigplan-pareto-speed.svg"
                id="chart-pareto-speed"
                svg=svg_speed
                head=vec!["price", "decode tok/s", "meets"]
                rows=chart_rows(false)
            />
            <ChartBox
                title="Price against users served (the workload on the left, within its targets)"
                file="rigplan-pareto-users.svg"
                id="chart-pareto-users"
                svg=svg_users
                head=vec!["price", "users", "meets"]
                rows=chart_rows(true)
            />
        </section>
    }
}
