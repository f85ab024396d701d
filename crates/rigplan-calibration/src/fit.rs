//! Fits the calibration constants by coordinate descent on the mean squared log error,
//! through the estimator's own formulas. Constants stay inside physical bounds
//! (efficiencies in 0.05..=1, times non-negative), so the fit can only move the physics,
//! not memorise rows.

use crate::{Case, Phase};
use rigplan_core::Calibration;
use rigplan_core::calib::BackendCal;

/// Mean squared log error of `cases` under `cal`.
pub fn loss(cases: &[Case], cal: &Calibration) -> f64 {
    let mut sum = 0.0;
    for c in cases {
        let p = c.predict(cal);
        let e = if p.is_finite() && p > 0.0 {
            (p / c.measured).ln()
        } else {
            5.0
        };
        sum += e * e;
    }
    sum / cases.len().max(1) as f64
}

type Getter = Box<dyn Fn(&Calibration) -> f64>;
type Setter = Box<dyn Fn(&mut Calibration, f64)>;

/// One tunable number: a getter/setter pair and its bounds.
struct Knob {
    name: String,
    get: Getter,
    set: Setter,
    lo: f64,
    hi: f64,
}

fn backend_knobs(name: &'static str, pick: fn(&mut Calibration) -> &mut BackendCal) -> Vec<Knob> {
    let mut k = Vec::new();
    let mk =
        |field: &str, lo, hi, get: fn(&BackendCal) -> f64, set: fn(&mut BackendCal, f64)| Knob {
            name: format!("{name}.{field}"),
            get: Box::new(move |c: &Calibration| get(pick(&mut c.clone()))),
            set: Box::new(move |c: &mut Calibration, v| set(pick(c), v)),
            lo,
            hi,
        };
    k.push(mk("t0_ms", 0.0, 20.0, |b| b.t0_ms, |b, v| b.t0_ms = v));
    k.push(mk(
        "per_layer_us",
        0.0,
        200.0,
        |b| b.per_layer_us,
        |b, v| b.per_layer_us = v,
    ));
    k.push(mk(
        "eff.float",
        0.05,
        1.0,
        |b| b.eff.float,
        |b, v| b.eff.float = v,
    ));
    k.push(mk(
        "eff.legacy",
        0.05,
        1.0,
        |b| b.eff.legacy,
        |b, v| b.eff.legacy = v,
    ));
    k.push(mk(
        "eff.kquant",
        0.05,
        1.0,
        |b| b.eff.kquant,
        |b, v| b.eff.kquant = v,
    ));
    k.push(mk(
        "eff.micro",
        0.05,
        1.0,
        |b| b.eff.micro,
        |b, v| b.eff.micro = v,
    ));
    k.push(mk(
        "eff.group",
        0.05,
        1.0,
        |b| b.eff.group,
        |b, v| b.eff.group = v,
    ));
    k.push(mk(
        "kv_no_fa",
        1.0,
        10.0,
        |b| b.kv_no_fa,
        |b, v| b.kv_no_fa = v,
    ));
    k.push(mk(
        "moe_layer_us",
        0.0,
        500.0,
        |b| b.moe_layer_us,
        |b, v| b.moe_layer_us = v,
    ));
    k.push(mk(
        "pp_eff_float",
        0.02,
        1.0,
        |b| b.pp_eff_float,
        |b, v| b.pp_eff_float = v,
    ));
    k.push(mk(
        "pp_eff_quant",
        0.02,
        1.0,
        |b| b.pp_eff_quant,
        |b, v| b.pp_eff_quant = v,
    ));
    k
}

fn knobs() -> Vec<Knob> {
    let mut k = Vec::new();
    k.extend(backend_knobs("cuda", |c| &mut c.cuda));
    k.extend(backend_knobs("metal", |c| &mut c.metal));
    k.extend(backend_knobs("vulkan", |c| &mut c.vulkan));
    k.extend(backend_knobs("rocm", |c| &mut c.rocm));
    k.extend(backend_knobs("mlx", |c| &mut c.mlx));
    let g =
        |name: &str, lo, hi, get: fn(&Calibration) -> f64, set: fn(&mut Calibration, f64)| Knob {
            name: name.into(),
            get: Box::new(get),
            set: Box::new(set),
            lo,
            hi,
        };
    k.push(g("hbm", 0.2, 1.0, |c| c.hbm, |c, v| c.hbm = v));
    k.push(g(
        "moe_expert",
        0.2,
        1.0,
        |c| c.moe_expert,
        |c, v| c.moe_expert = v,
    ));
    k.push(g("hop_ms", 0.0, 5.0, |c| c.hop_ms, |c, v| c.hop_ms = v));
    k.push(g(
        "hbm_prefill",
        0.2,
        1.0,
        |c| c.hbm_prefill,
        |c, v| c.hbm_prefill = v,
    ));
    k.push(g(
        "attention",
        0.5,
        20.0,
        |c| c.attention,
        |c, v| c.attention = v,
    ));
    k.push(g(
        "attention_no_fa",
        1.0,
        20.0,
        |c| c.attention_no_fa,
        |c, v| c.attention_no_fa = v,
    ));
    k
}

/// Coordinate descent from `start`; returns the fitted constants and the final loss.
pub fn fit(cases: &[Case], start: Calibration, rounds: usize) -> (Calibration, f64) {
    let knobs = knobs();
    let mut cal = start;
    let mut best = loss(cases, &cal);
    let mut step = 0.3;
    for _ in 0..rounds {
        let mut improved = false;
        for k in &knobs {
            let v = (k.get)(&cal);
            let candidates = [
                v * (1.0 + step),
                v / (1.0 + step),
                v + step * 0.5,
                (v - step * 0.5).max(0.0),
            ];
            for cand in candidates {
                let cand = cand.clamp(k.lo, k.hi);
                if cand == v {
                    continue;
                }
                let mut trial = cal;
                (k.set)(&mut trial, cand);
                let l = loss(cases, &trial);
                if l < best - 1e-12 {
                    best = l;
                    cal = trial;
                    improved = true;
                    break;
                }
            }
        }
        if !improved {
            step *= 0.5;
            if step < 0.005 {
                break;
            }
        }
    }
    (cal, best)
}

/// Names of the constants that ended on a bound of their physical range (worth a look:
/// the data push them past what the physics allows, or carry no information on them).
pub fn pinned(cal: &Calibration) -> Vec<String> {
    knobs()
        .into_iter()
        .filter(|k| {
            let v = (k.get)(cal);
            v <= k.lo + 1e-9 || v >= k.hi - 1e-9
        })
        .map(|k| k.name)
        .collect()
}

/// The cases the fit uses: all expressible rows of both phases.
pub fn training(cases: &[Case]) -> Vec<Case> {
    cases
        .iter()
        .filter(|c| matches!(c.phase, Phase::Decode | Phase::Prefill))
        .cloned()
        .collect()
}
