//! How to run it: the engine command for the scenario, copyable. (The measured rows nearest
//! the scenario are in `rigplan estimate`; the page leaves them out for its byte budget:
//! the table and its reader cost about 9 KB gzip.)

use crate::state::planner;
use leptos::prelude::*;
use rigplan_scenario::command::command;

/// The command line.
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
    view! {
        <section class="panel" aria-labelledby="run-h">
            <h2 id="run-h">"Run it"</h2>
            <pre class="command"><code data-testid="command">{cmd}</code></pre>
            <button on:click=move |_| { if let Some(c) = cmd() { let _ = super::clipboard_write(&c); } }>"Copy command"</button>
        </section>
    }
}
