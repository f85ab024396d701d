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

/// A constant's place in [`Calibration`].
type Place = Box<dyn Fn(&mut Calibration) -> &mut f64>;

/// One tunable number: where it lives and its physical bounds.
struct Knob {
    name: String,
    place: Place,
    lo: f64,
    hi: f64,
}

impl Knob {
    fn get(&self, c: &Calibration) -> f64 {
        *(self.place)(&mut c.clone())
    }
}

/// A constant: its name, its place in `T`, and its physical bounds.
type Row<T> = (&'static str, fn(&mut T) -> &mut f64, f64, f64);

/// Where a backend's constants live in [`Calibration`].
type PickBackend = fn(&mut Calibration) -> &mut BackendCal;

/// Each backend's constants.
const BACKEND: &[Row<BackendCal>] = &[
    ("t0_ms", |b| &mut b.t0_ms, 0.0, 20.0),
    ("per_layer_us", |b| &mut b.per_layer_us, 0.0, 200.0),
    ("eff.float", |b| &mut b.eff.float, 0.05, 1.0),
    ("eff.legacy", |b| &mut b.eff.legacy, 0.05, 1.0),
    ("eff.kquant", |b| &mut b.eff.kquant, 0.05, 1.0),
    ("eff.micro", |b| &mut b.eff.micro, 0.05, 1.0),
    ("eff.group", |b| &mut b.eff.group, 0.05, 1.0),
    ("kv_no_fa", |b| &mut b.kv_no_fa, 1.0, 10.0),
    ("moe_layer_us", |b| &mut b.moe_layer_us, 0.0, 500.0),
    ("pp_eff_float", |b| &mut b.pp_eff_float, 0.02, 1.0),
    ("pp_eff_quant", |b| &mut b.pp_eff_quant, 0.02, 1.0),
];

/// The fitted backends: `(name, place)` (the CPU backend has no rows).
const BACKENDS: &[(&str, PickBackend)] = &[
    ("cuda", |c| &mut c.cuda),
    ("metal", |c| &mut c.metal),
    ("vulkan", |c| &mut c.vulkan),
    ("rocm", |c| &mut c.rocm),
    ("mlx", |c| &mut c.mlx),
];

/// Constants shared by every backend.
const SHARED: &[Row<Calibration>] = &[
    ("hbm", |c| &mut c.hbm, 0.2, 1.0),
    ("moe_expert", |c| &mut c.moe_expert, 0.2, 1.0),
    ("hop_ms", |c| &mut c.hop_ms, 0.0, 5.0),
    ("hbm_prefill", |c| &mut c.hbm_prefill, 0.2, 1.0),
    ("attention", |c| &mut c.attention, 0.5, 20.0),
    ("attention_no_fa", |c| &mut c.attention_no_fa, 1.0, 20.0),
];

fn knobs() -> Vec<Knob> {
    let mut k = Vec::new();
    for &(backend, pick) in BACKENDS {
        for &(field, place, lo, hi) in BACKEND {
            k.push(Knob {
                name: format!("{backend}.{field}"),
                place: Box::new(move |c| place(pick(c))),
                lo,
                hi,
            });
        }
    }
    for &(name, place, lo, hi) in SHARED {
        k.push(Knob {
            name: name.into(),
            place: Box::new(place),
            lo,
            hi,
        });
    }
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
            let v = k.get(&cal);
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
                *(k.place)(&mut trial) = cand;
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
            let v = k.get(cal);
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
