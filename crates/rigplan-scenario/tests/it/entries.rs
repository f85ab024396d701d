//! Every catalog entry as a test case: each device, system, model and quant resolves and
//! estimates to finite, non-negative figures without a clamp.

use rigplan_catalog::{MODELS, QUANTS};
use rigplan_core::estimate;
use rigplan_scenario::resolve;
use rigplan_scenario::{HardwareChoice, ModelChoice, Params};

fn check_finite(p: &Params, what: &str) {
    let r = resolve(p).unwrap_or_else(|e| panic!("{what}: {e}"));
    let e = estimate(&r.scenario);
    let nums = [
        e.memory.total.get(),
        e.memory.usable.get(),
        e.speed.decode.get(),
        e.speed.prefill.get(),
        e.speed.time_to_first_token.get(),
        e.power.load.get(),
        e.power.idle.get(),
        e.power.joules_per_token.get(),
        e.tco.own_total.get(),
        e.tco.cloud_total.get(),
        e.tco.api_total.get(),
    ];
    assert!(
        nums.iter().all(|x| x.is_finite() && *x >= 0.0),
        "{what}: non-finite or negative output {nums:?}"
    );
    // Catalog figures are inside the estimator's documented ranges: nothing is clamped.
    assert!(
        !e.warnings.has(rigplan_core::Warning::InputClamped),
        "{what}: an input was out of range and clamped: {:?}",
        r.scenario
    );
}

#[test]
fn every_hardware_entry_estimates() {
    for id in rigplan_catalog::hardware_ids() {
        let p = Params {
            hardware: HardwareChoice::Id(id.into()),
            ..Params::default()
        };
        check_finite(&p, id);
    }
}

#[test]
fn every_model_estimates() {
    for m in MODELS {
        for q in ["q4_k_m", "f16"] {
            let p = Params {
                model: ModelChoice::Id(m.id.into()),
                quant: q.into(),
                hardware: HardwareChoice::Id("h100-sxm".into()),
                ..Params::default()
            };
            check_finite(&p, m.id);
        }
    }
}

#[test]
fn every_quant_estimates() {
    for q in QUANTS {
        let p = Params {
            model: ModelChoice::Id("qwen3-30b-a3b".into()),
            quant: q.id.into(),
            ..Params::default()
        };
        check_finite(&p, q.id);
    }
}
