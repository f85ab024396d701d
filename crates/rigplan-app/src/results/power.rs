//! Watts, energy per token, electricity per month, the circuit.

use super::{Figure, Figures};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_scenario::display::{sig3, usd};

/// Power figures.
#[component]
pub fn PowerPanel() -> impl IntoView {
    let p = planner();
    let items = Signal::derive(move || {
        p.estimate.with(|e| {
            let Some(e) = e else { return Vec::new() };
            let pw = e.power;
            let circuit = rigplan_scenario::present::circuit(&pw);
            vec![
                Figure::new(
                    "Load (decoding)",
                    format!("{:.0} W", pw.load.get()),
                    "load-w",
                ),
                Figure::new("Idle", format!("{:.0} W", pw.idle.get()), "idle-w"),
                Figure::new(
                    "Energy per token",
                    format!("{} J", sig3(pw.joules_per_token.get())),
                    "joules",
                ),
                Figure::new(
                    "Electricity per month",
                    usd(e.tco.electricity_monthly),
                    "electricity",
                ),
                Figure::new("Circuit for the peak", circuit, "circuit"),
            ]
        })
    });
    view! {
        <section class="panel" aria-labelledby="power-h">
            <h2 id="power-h">"Power"</h2>
            <Figures items=items />
        </section>
    }
}
