//! Estimates per second over every model x every hardware entry x 3 quants x 4 contexts.
//! Run: `cargo bench -p rigplan-scenario --bench sweep` (a bench binary, not a timed test).

use rigplan_catalog::{MODELS, hardware_ids};
use rigplan_scenario::resolve;
use rigplan_scenario::{HardwareChoice, ModelChoice, Params};
use std::hint::black_box;
use std::time::Instant;

/// The throughput the estimator must keep (issue: at least 5 million estimates/s native).
const BUDGET_MILLIONS: f64 = 5.0;

/// Sweeps timed; the best counts.
const RUNS: usize = 20;

fn main() {
    let mut scenarios = Vec::new();
    for m in MODELS {
        for hw in hardware_ids() {
            for q in ["q4_k_m", "q8_0", "f16"] {
                for ctx in [2048, 8192, 32768, 131072] {
                    let p = Params {
                        model: ModelChoice::Id(m.id.into()),
                        quant: q.into(),
                        hardware: HardwareChoice::Id(hw.into()),
                        context: ctx,
                        ..Params::default()
                    };
                    if let Ok(r) = resolve(&p) {
                        scenarios.push(r.scenario);
                    }
                }
            }
        }
    }
    let n = scenarios.len();
    let mut best = f64::INFINITY;
    let mut sink = 0.0;
    // Best of 20 sweeps (each about 15 ms): on a shared 2-core machine a single sweep can
    // lose half its time to a neighbour, and the best run is what the estimator can do.
    for _ in 0..RUNS {
        let t = Instant::now();
        for s in &scenarios {
            let e = rigplan_core::estimate(black_box(s));
            sink += e.speed.decode.get();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    black_box(sink);
    println!(
        "sweep: {n} scenarios ({} models x {} hardware x 3 quants x 4 contexts)",
        MODELS.len(),
        hardware_ids().count()
    );
    let rate = n as f64 / best / 1e6;
    println!(
        "sweep: best of {RUNS} runs {:.1} ms = {rate:.2} million estimates per second",
        best * 1e3
    );
    let verdict = if rate >= BUDGET_MILLIONS {
        "within budget"
    } else {
        "BELOW BUDGET"
    };
    println!("sweep: budget {BUDGET_MILLIONS} million/s native: {verdict}");
}
