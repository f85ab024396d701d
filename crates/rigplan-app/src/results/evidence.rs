//! How to run it, and what was measured nearby: the engine command for the scenario
//! (selectable text: a copy button would cost 0.3 KB the page does not have) and the calibration rows nearest it with their sources, each opening the
//! measured setup in the planner.

use crate::decide::{Line, cell, table};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_scenario::{command::command, display::sig3, evidence};

/// The command line and the measured rows.
#[component]
pub fn EvidencePanel() -> impl IntoView {
    let p = planner();
    let cmd = move || {
        p.params.with(|params| {
            p.resolved.with(|r| {
                let r = r.as_ref().ok()?;
                let e = p.estimate.get()?;
                Some(command(params, r, &e))
            })
        })
    };
    let rows = Signal::derive(move || {
        p.params.with(|params| {
            p.resolved.with(|r| {
                r.as_ref().map_or_else(
                    |_| Vec::new(),
                    |r| {
                        evidence::nearest(params, r, 3)
                            .iter()
                            .map(|m| Line {
                                open: evidence::scenario_of(m, params),
                                key: format!("{}/{}/{}/{}", m.device, m.count, m.model, m.quant),
                                decode: m.tokens_per_s,
                                head: format!("{} tok/s", sig3(m.tokens_per_s)),
                                cells: vec![
                                    cell(format!("{} x {}", m.count, m.device)),
                                    cell(format!("{} {}", m.model, m.quant)),
                                    cell(m.backend.into()),
                                ],
                                source: m.url,
                            })
                            .collect()
                    },
                )
            })
        })
    });
    view! {
        <section class="panel" aria-labelledby="run-h">
            <h2 id="run-h">"Run it, and what was measured nearby"</h2>
            <pre class="command"><code data-testid="command">{cmd}</code></pre>
            {table(
                "Measured decode nearest this scenario (calibration data; Open shows the estimate for that setup)",
                "evidence",
                &["Measured decode", "Hardware", "Model", "Backend", "Source", "Open"],
                rows,
            )}
        </section>
    }
}
