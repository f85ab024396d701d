//! Fits the calibration constants by coordinate descent on the mean squared log error,
//! through the estimator's own formulas. Constants stay inside physical bounds
//! (efficiencies in 0.05..=1, times non-negative), so the fit can only move the physics,
//! not memorise rows.
//!
//! Each backend's constant is also pulled towards the same constant's mean over the GPU
//! backends ([`shrinkage`]): a hierarchical prior. A backend with many rows moves where
//! its rows say; one with few stays near what the others measured; one with none (a
//! cross-validation fold that held out its only device) takes the others' mean instead of
//! an arbitrary start.

use crate::{Case, Phase};
use rigplan_core::Calibration;
use rigplan_core::calib::BackendCal;

/// Mean squared log error of `cases` under `cal`.
pub fn loss(cases: &[Case], cal: &Calibration) -> f64 {
    let mut sum = 0.0;
    for c in cases {
        let e = log_error(c.predict(cal), c.measured);
        sum += e * e;
    }
    sum / cases.len().max(1) as f64
}

/// `ln(predicted / measured)`, and a large fixed error for a prediction that is not a
/// positive number.
fn log_error(p: f64, measured: f64) -> f64 {
    if p.is_finite() && p > 0.0 {
        (p / measured).ln()
    } else {
        5.0
    }
}

/// Bounds of the era factors ([`Calibration::era_decode`], `era_prefill`).
const ERA: (f64, f64) = (0.3, 1.5);

/// `cal` with its era factors set to the ones that fit `cases` best: for each phase, the
/// geometric mean of measured / predicted over the old builds' rows (the least-squares
/// answer in log space, in closed form), inside `ERA`. The fit does not search them:
/// searched one constant at a time they stay where they start, because the backend
/// constants first settle on the old rows (most of the first set's rows are 2024 builds),
/// and then no change of the era alone helps. Profiled out this way, the old rows set
/// the shape of the physics (bandwidth, layer split, depth) and the current builds its
/// level.
pub fn with_era(cases: &[Case], cal: &Calibration) -> Calibration {
    profiled(cases, cal).1
}

/// [`loss`] at the best era factors, and `cal` carrying them ([`with_era`]), from one
/// prediction per row.
fn profiled(cases: &[Case], cal: &Calibration) -> (f64, Calibration) {
    let errors: Vec<f64> = cases
        .iter()
        .map(|c| log_error(c.predict_in_era(cal), c.measured))
        .collect();
    let phase_era = |phase: Phase| {
        let (mut sum, mut n) = (0.0, 0usize);
        for (c, e) in cases.iter().zip(&errors) {
            if c.old_build && c.phase == phase {
                sum += e;
                n += 1;
            }
        }
        // ln(era) = -mean(ln(predicted / measured)), inside the bounds.
        if n == 0 {
            0.0
        } else {
            (-sum / n as f64).clamp(ERA.0.ln(), ERA.1.ln())
        }
    };
    let (ld, lp) = (phase_era(Phase::Decode), phase_era(Phase::Prefill));
    let mut sum = 0.0;
    for (c, e) in cases.iter().zip(&errors) {
        let shift = match (c.old_build, c.phase) {
            (true, Phase::Decode) => ld,
            (true, Phase::Prefill) => lp,
            _ => 0.0,
        };
        sum += (e + shift) * (e + shift);
    }
    let mut out = *cal;
    out.era_decode = ld.exp();
    out.era_prefill = lp.exp();
    (sum / cases.len().max(1) as f64, out)
}

/// Weight of the pull towards the backends' mean, per decode constant, on its range
/// squared. Chosen by leave-one-device-out cross-validation (with the per-constant-step
/// fit and the August 2025 era boundary, 2026-12-04: 0.02, 0.05 and 0.15 tried, decode
/// MAPE 15.4%, 15.5% and 16.5%, MoE decode 25.1%, 24.3% and 25.0%; earlier, with the
/// single-step fit, 0.01, 0.05 and 0.2 gave 18.7%, 18.2% and 19.3%): decode physics (bandwidth shares, launch and
/// depth costs) is much the same across GPU backends, so a device that alone sets a
/// backend's constant is better predicted from the others.
pub const SHRINK: f64 = 0.05;

/// The same for the decode kernels' bandwidth shares by kernel class (`eff.*`): each
/// backend has its own kernels for each weight format (SYCL has no fast layout for MXFP4,
/// whose experts an Arc B580 reads faster from system RAM than from its own memory; Metal's
/// K-quant kernels reach less than CUDA's), so a backend's rows of a format outweigh the
/// other backends' sooner. Chosen by leave-one-device-out cross-validation (2026-12-05,
/// with the decode weight at 0.05: 0.05, 0.015, 0.005 and 0 gave decode MAPE 15.4%,
/// 15.1%, 14.7% and 14.8%, MoE decode 22.2%, 22.1%, 21.7% and 20.6%, decode with experts
/// in system RAM 24.5%, 24.6%, 26.2% and 27.0%, prefill 24.0%, 24.0%, 23.9% and 24.3%).
/// Chosen again after the M3 Max rows and the flash-attention reading (2026-12-05, later
/// the same day): 0.005, 0.003 and 0.002 gave decode 13.8%, 13.5% and 13.5%, MoE decode
/// 20.0%, 19.2% and 19.0%, decode at 16k+ 16.5%, 15.7% and 15.6%, decode with experts in
/// system RAM 25.5%, 26.1% and 26.6%, prefill 23.7%, 23.7% and 23.8%, prefill at 16k+
/// 23.9%, 23.9% and 26.4%.
pub const SHRINK_EFF: f64 = 0.003;

/// The same for the prefill constants (`PREFILL`): matrix-kernel efficiencies differ
/// between backends far more (tensor-core GEMMs, coopmat, WMMA), so the pull is weaker
/// (with the decode weight at 0.05 and the single-step fit, prefill MAPE 36.4% at 0.002,
/// 36.5% at 0.01, 38.5% at 0.05).
pub const SHRINK_PREFILL: f64 = 0.002;

/// The backend constants that set prefill speed only.
const PREFILL: &[&str] = &["pp_eff_float", "pp_eff_quant", "pp_eff_moe", "attention"];

/// The pull of every GPU backend's constants towards their mean over those backends
/// (the CPU backend, which has other physics, is left out): [`SHRINK`] (or
/// [`SHRINK_PREFILL`], [`SHRINK_EFF`]) times the sum of squared deviations, each divided by the
/// constant's physical range.
pub fn shrinkage(cal: &Calibration) -> f64 {
    let mut c = *cal;
    let mut total = 0.0;
    for &(name, place, lo, hi, _) in BACKEND {
        let vals: Vec<f64> = BACKENDS
            .iter()
            .filter(|(name, _)| *name != "cpu")
            .map(|(_, pick)| *place(pick(&mut c)))
            .collect();
        let mean = vals.iter().sum::<f64>() / vals.len().max(1) as f64;
        let range = (hi - lo).max(1e-9);
        let weight = if PREFILL.contains(&name) {
            SHRINK_PREFILL
        } else if name.starts_with("eff.") {
            SHRINK_EFF
        } else {
            SHRINK
        };
        total += weight
            * vals
                .iter()
                .map(|v| ((v - mean) / range).powi(2))
                .sum::<f64>();
    }
    total
}

/// What the fit minimises: [`loss`] at the best era factors ([`with_era`]) plus
/// [`shrinkage`].
pub fn objective(cases: &[Case], cal: &Calibration) -> f64 {
    profiled(cases, cal).0 + shrinkage(cal)
}

/// A constant's place in [`Calibration`].
type Place = Box<dyn Fn(&mut Calibration) -> &mut f64>;

/// One tunable number: where it lives and its physical bounds.
struct Knob {
    name: String,
    place: Place,
    lo: f64,
    hi: f64,
    prior: f64,
}

impl Knob {
    fn get(&self, c: &Calibration) -> f64 {
        *(self.place)(&mut c.clone())
    }
}

/// A constant: its name, its place in `T`, its physical bounds, and a data-free prior
/// (the start of every cross-validation fold: a middle of the physical range).
type Row<T> = (&'static str, fn(&mut T) -> &mut f64, f64, f64, f64);

/// Where a backend's constants live in [`Calibration`].
pub(crate) type PickBackend = fn(&mut Calibration) -> &mut BackendCal;

/// Each backend's constants.
const BACKEND: &[Row<BackendCal>] = &[
    ("t0_ms", |b| &mut b.t0_ms, 0.0, 20.0, 1.0),
    ("per_layer_us", |b| &mut b.per_layer_us, 0.0, 200.0, 10.0),
    ("eff.float", |b| &mut b.eff.float, 0.05, 1.0, 0.7),
    ("eff.legacy", |b| &mut b.eff.legacy, 0.05, 1.0, 0.7),
    ("eff.kquant", |b| &mut b.eff.kquant, 0.05, 1.0, 0.7),
    ("eff.micro", |b| &mut b.eff.micro, 0.05, 1.0, 0.7),
    ("eff.group", |b| &mut b.eff.group, 0.05, 1.0, 0.7),
    ("kv_fa", |b| &mut b.kv_fa, 1.0, 10.0, 1.5),
    ("kv_no_fa", |b| &mut b.kv_no_fa, 1.0, 10.0, 2.0),
    ("moe_layer_us", |b| &mut b.moe_layer_us, 0.0, 500.0, 20.0),
    ("expert_us", |b| &mut b.expert_us, 0.0, 100.0, 5.0),
    ("pp_eff_float", |b| &mut b.pp_eff_float, 0.02, 1.0, 0.4),
    ("pp_eff_quant", |b| &mut b.pp_eff_quant, 0.02, 1.0, 0.4),
    ("pp_eff_moe", |b| &mut b.pp_eff_moe, 0.05, 1.0, 0.5),
    ("attention", |b| &mut b.attention, 0.5, 20.0, 2.0),
    (
        "attention_decode",
        |b| &mut b.attention_decode,
        0.0,
        200.0,
        5.0,
    ),
    ("recurrent_us", |b| &mut b.recurrent_us, 0.0, 1000.0, 20.0),
    (
        "recurrent_prefill_us",
        |b| &mut b.recurrent_prefill_us,
        0.0,
        100.0,
        10.0,
    ),
];

/// The fitted backends: `(name, place)`. The CPU backend has no CPU-only rows; the
/// expert-offload rows measure its kernels reading experts from system RAM, so its
/// efficiencies move and its other constants, which no row touches, stay put.
pub(crate) const BACKENDS: &[(&str, PickBackend)] = &[
    ("cpu", |c| &mut c.cpu),
    ("cuda", |c| &mut c.cuda),
    ("metal", |c| &mut c.metal),
    ("vulkan", |c| &mut c.vulkan),
    ("rocm", |c| &mut c.rocm),
    ("mlx", |c| &mut c.mlx),
    ("sycl", |c| &mut c.sycl),
    ("vulkan_intel", |c| &mut c.vulkan_intel),
];

/// Constants shared by every backend.
const SHARED: &[Row<Calibration>] = &[
    ("hbm", |c| &mut c.hbm, 0.2, 1.0, 0.7),
    ("hbm_layer_us", |c| &mut c.hbm_layer_us, 0.0, 200.0, 10.0),
    ("lpddr", |c| &mut c.lpddr, 0.3, 1.5, 1.0),
    ("hop_ms", |c| &mut c.hop_ms, 0.0, 5.0, 0.3),
    ("hbm_prefill", |c| &mut c.hbm_prefill, 0.2, 1.0, 0.8),
    (
        "attention_reads",
        |c| &mut c.attention_reads,
        0.0,
        1.0,
        0.016,
    ),
    (
        "attention_no_fa",
        |c| &mut c.attention_no_fa,
        1.0,
        20.0,
        2.0,
    ),
    (
        "offload_layer_us",
        |c| &mut c.offload_layer_us,
        0.0,
        2000.0,
        50.0,
    ),
    ("pcie_eff", |c| &mut c.pcie_eff, 0.1, 3.0, 0.7),
    ("pipeline_eff", |c| &mut c.pipeline_eff, 0.0, 1.0, 0.5),
    ("moe_m0", |c| &mut c.moe_m0, 0.0, 256.0, 8.0),
    ("moe_n0", |c| &mut c.moe_n0, 0.0, 8192.0, 128.0),
    ("flops_per_watt", |c| &mut c.flops_per_watt, 0.3, 5.0, 1.5),
    ("era_fixed", |c| &mut c.era_fixed, 0.2, 5.0, 1.0),
    ("era_recurrent", |c| &mut c.era_recurrent, 0.2, 20.0, 1.0),
];

fn knobs() -> Vec<Knob> {
    let mut k = Vec::new();
    for (i, b) in crate::TREND_BACKENDS.iter().enumerate() {
        k.push(Knob {
            name: crate::trend_name(b),
            place: Box::new(move |c| &mut c.era_trend[i]),
            lo: 0.0,
            hi: 0.2,
            prior: 0.0,
        });
    }
    for &(backend, pick) in BACKENDS {
        for &(field, place, lo, hi, prior) in BACKEND {
            k.push(Knob {
                name: format!("{backend}.{field}"),
                place: Box::new(move |c| place(pick(c))),
                lo,
                hi,
                prior,
            });
        }
    }
    for &(name, place, lo, hi, prior) in SHARED {
        k.push(Knob {
            name: name.into(),
            place: Box::new(place),
            lo,
            hi,
            prior,
        });
    }
    k
}

/// Coordinate descent from `start`, each constant with its own step: a step that moves
/// its constant downhill grows (x1.5, to at most `STEP_MAX`), one that does not halves,
/// and a constant whose step falls below `STEP_MIN` rests until a round moves nothing,
/// when every step restarts at `STEP_RESTART`; the fit ends when a restart moves nothing
/// or after `rounds` rounds. Returns the fitted constants (era factors set,
/// [`with_era`]) and the final objective.
///
/// One step for all constants, halved only when a whole round moved nothing, reached in
/// 1,500 rounds from the prior what this reaches in a few hundred (objective 0.0557 on all
/// rows, measured 2026-12-04), so the cross-validation folds, which start from the prior,
/// were fitted far less well than the committed constants.
pub fn fit(cases: &[Case], start: Calibration, rounds: usize) -> (Calibration, f64) {
    let knobs = knobs();
    let mut cal = start;
    let mut best = objective(cases, &cal);
    let mut steps = vec![STEP_START; knobs.len()];
    let mut restarted = false;
    for _ in 0..rounds {
        let mut improved = false;
        for (k, step) in knobs.iter().zip(steps.iter_mut()) {
            if *step < STEP_MIN {
                continue;
            }
            let v = k.get(&cal);
            let candidates = [
                v * (1.0 + *step),
                v / (1.0 + *step),
                v + *step * 0.5,
                (v - *step * 0.5).max(0.0),
            ];
            let mut moved = false;
            for cand in candidates {
                let cand = cand.clamp(k.lo, k.hi);
                if cand == v {
                    continue;
                }
                let mut trial = cal;
                *(k.place)(&mut trial) = cand;
                let l = objective(cases, &trial);
                if l < best - 1e-12 {
                    best = l;
                    cal = trial;
                    moved = true;
                    break;
                }
            }
            *step = if moved {
                (*step * 1.5).min(STEP_MAX)
            } else {
                *step * 0.5
            };
            improved |= moved;
        }
        if improved {
            restarted = false;
        } else if steps.iter().all(|s| *s < STEP_MIN) {
            if restarted {
                break;
            }
            steps.fill(STEP_RESTART);
            restarted = true;
        }
    }
    (with_era(cases, &cal), best)
}

/// A constant's first step: a relative change of 30% (or half of it added or taken).
const STEP_START: f64 = 0.3;
/// The largest step a run of successes grows to.
const STEP_MAX: f64 = 1.0;
/// Below this step a constant rests until the next restart.
const STEP_MIN: f64 = 0.005;
/// Every step after a round that moved nothing.
const STEP_RESTART: f64 = 0.05;

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

/// `base` with every fitted constant at its data-free prior: where each
/// cross-validation fold starts, so that no fold starts from constants the held-out rows
/// helped fit.
pub fn prior(base: Calibration) -> Calibration {
    let mut c = base;
    for k in knobs() {
        *(k.place)(&mut c) = k.prior;
    }
    (c.era_decode, c.era_prefill) = (1.0, 1.0);
    c
}

/// Every fitted constant's name (`cuda.eff.kquant`, `hop_ms`, ...).
pub fn knob_names() -> Vec<String> {
    knobs().into_iter().map(|k| k.name).collect()
}
