//! Serving the workload: sequences that fit, each user's speed and first token at the
//! workload's load, the most users within the targets, and the machine's utilization.

use super::{ChartBox, Figure, Figures};
use crate::state::planner;
use leptos::prelude::*;
use rigplan_core::units::{Seconds, TokensPerSecond};
use rigplan_scenario::display::{seconds, sig3, tps};

/// Serving panel.
#[component]
pub fn ServingPanel() -> impl IntoView {
    let p = planner();
    // The search for the most users runs once per change, outside the estimate.
    let cap = Memo::new(move |_| {
        p.resolved.with(|r| {
            r.as_ref().ok().map(|r| {
                rigplan_core::serving::capacity(&r.scenario, &rigplan_core::calib::DEFAULT)
            })
        })
    });
    let items = Signal::derive(move || {
        p.estimate.with(|e| {
            let (Some(e), Some(c)) = (e, cap.get()) else {
                return Vec::new();
            };
            let sv = e.serving;
            vec![
                Figure::new(
                    "Serves the workload",
                    if sv.meets_targets {
                        "Yes, within the targets"
                    } else {
                        "No: misses the targets"
                    },
                    "serves",
                ),
                Figure::new(
                    "Users within the targets",
                    (c.max_users_meeting_targets as u64).to_string(),
                    "max-users",
                ),
                Figure::new(
                    "Per-user decode at this load",
                    tps(TokensPerSecond::new(sv.per_user_decode_tokens_per_s)),
                    "user-decode",
                ),
                Figure::new(
                    "First token at this load",
                    seconds(Seconds::new(sv.time_to_first_token_s)),
                    "user-ttft",
                ),
                Figure::new(
                    "Sequences that fit",
                    sv.max_concurrent_sequences.to_string(),
                    "max-sequences",
                ),
                Figure::new(
                    "Saturated output",
                    tps(TokensPerSecond::new(sv.saturated_output_tokens_per_s)),
                    "saturated",
                ),
                Figure::new(
                    "Utilization",
                    format!("{}%", sig3(sv.utilization * 100.0)),
                    "utilization",
                ),
            ]
        })
    });
    let hint = move || {
        p.resolved.with(|r| {
            r.as_ref().ok().map(|r| {
                let s = &r.scenario;
                format!(
                    "{} requests in flight on average over the busy hours; {}.",
                    p.estimate
                        .with(|e| e.map_or(String::new(), |e| sig3(e.serving.concurrency))),
                    if rigplan_core::serving::paged(s.engine) {
                        "continuous batching with a paged KV cache"
                    } else {
                        "fixed slots: each holds a whole request"
                    }
                )
            })
        })
    };
    let curve = Memo::new(move |_| {
        p.resolved.with(|r| {
            r.as_ref()
                .ok()
                .map(|r| {
                    rigplan_core::serving::curve(&r.scenario, &rigplan_core::calib::DEFAULT, 16)
                })
                .unwrap_or_default()
        })
    });
    let targets = move || {
        p.resolved.with(|r| {
            r.as_ref().ok().map_or((0.0, 0.0), |r| {
                let w = &r.scenario.workload;
                (w.min_user_tokens_per_s, w.max_ttft_s)
            })
        })
    };
    let speed_svg = Signal::derive(move || {
        let pts: Vec<(f64, f64)> = curve.with(|c| {
            c.iter()
                .map(|p| (f64::from(p.concurrency), p.per_user_tokens_per_s))
                .collect()
        });
        crate::charts::serving(&pts, targets().0, "tokens/s per user")
    });
    let ttft_svg = Signal::derive(move || {
        let pts: Vec<(f64, f64)> = curve.with(|c| {
            c.iter()
                .map(|p| (f64::from(p.concurrency), p.ttft_s))
                .collect()
        });
        crate::charts::serving(&pts, targets().1, "first token (s)")
    });
    let rows = Signal::derive(move || {
        curve.with(|c| {
            c.iter()
                .map(|p| {
                    vec![
                        p.concurrency.to_string(),
                        tps(TokensPerSecond::new(p.per_user_tokens_per_s)),
                        seconds(Seconds::new(p.ttft_s)),
                    ]
                })
                .collect()
        })
    });
    view! {
        <section class="panel" aria-labelledby="serving-h">
            <h2 id="serving-h">"Serving the workload"</h2>
            <Figures items=items />
            <p class="hint">{hint}</p>
            <ChartBox
                title="Each user's decode speed as concurrency grows"
                file="rigplan-serving-speed.svg"
                id="chart-serving"
                svg=speed_svg
                head=vec!["concurrent sequences", "tok/s per user", "first token"]
                rows=rows
            />
            <ChartBox
                title="Time to first token as concurrency grows"
                file="rigplan-serving-ttft.svg"
                id="chart-ttft"
                svg=ttft_svg
                head=vec!["concurrent sequences", "tok/s per user", "first token"]
                rows=rows
            />
        </section>
    }
}
