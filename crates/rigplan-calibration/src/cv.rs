//! Cross-validation: every row predicted by constants fitted without it (leave one device
//! out, and leave one source out), and the 80% bands the estimator shows, taken from the
//! leave-one-device-out errors.
//!
//! Each fold starts from the data-free prior ([`crate::fit::prior`]), never from the
//! constants fitted on all rows, so no held-out row shapes its own prediction.

use crate::{Case, Phase, fit};
use rigplan_core::calib::Band;
use rigplan_core::memory::{memory, weight_bytes};
use rigplan_core::speed::{self, slice};
use rigplan_core::{Calibration, calib};
use std::collections::BTreeMap;

/// Slices of the band table ([`rigplan_core::speed::slice`]).
pub const SLICES: usize = 12;

/// How rows are grouped into folds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Folds {
    /// One fold per catalog device.
    Device,
    /// One fold per source (row id prefix).
    Source,
}

impl Folds {
    fn key(self, c: &Case) -> &str {
        match self {
            Folds::Device => &c.device,
            Folds::Source => &c.source,
        }
    }
}

/// Out-of-fold predictions, in the order of `cases`: each fold fitted from the prior
/// with `rounds` rounds on the other folds' rows, on `threads` threads.
pub fn out_of_fold(cases: &[Case], folds: Folds, rounds: usize, threads: usize) -> Vec<f64> {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, c) in cases.iter().enumerate() {
        groups.entry(folds.key(c)).or_default().push(i);
    }
    let groups: Vec<Vec<usize>> = groups.into_values().collect();
    let start = fit::prior(calib::DEFAULT);
    let mut out = vec![f64::NAN; cases.len()];
    let chunks: Vec<Vec<(usize, f64)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads.max(1))
            .map(|t| {
                let groups = &groups;
                s.spawn(move || {
                    let mut got = Vec::new();
                    for g in groups.iter().skip(t).step_by(threads.max(1)) {
                        let train: Vec<Case> = cases
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| !g.contains(i))
                            .map(|(_, c)| c.clone())
                            .collect();
                        let (cal, _) = fit::fit(&train, start, rounds);
                        got.extend(g.iter().map(|&i| (i, cases[i].predict(&cal))));
                    }
                    got
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for (i, p) in chunks.into_iter().flatten() {
        out[i] = p;
    }
    out
}

/// The band slice of a case.
pub fn slice_of(c: &Case) -> usize {
    let (s, mem, phase) = parts(c);
    slice(s, &mem, phase)
}

/// Where the estimator's shown band for a case lies ([`speed::band_position`]).
pub fn position_of(c: &Case) -> (usize, f64) {
    let (s, mem, phase) = parts(c);
    speed::band_position(s, &mem, phase)
}

fn parts(
    c: &Case,
) -> (
    &rigplan_core::Scenario,
    rigplan_core::memory::Memory,
    speed::Phase,
) {
    let s = &c.scenario;
    let mem = memory(s, &weight_bytes(&s.model, &s.quant));
    let phase = match c.phase {
        Phase::Decode => speed::Phase::Decode,
        Phase::Prefill => speed::Phase::Prefill,
    };
    (s, mem, phase)
}

/// The `q`-quantile of sorted `xs` (linear between neighbours).
pub fn quantile(xs: &[f64], q: f64) -> f64 {
    if xs.is_empty() {
        return f64::NAN;
    }
    let pos = q * (xs.len() - 1) as f64;
    let (i, f) = (pos.floor() as usize, pos.fract());
    let next = xs.get(i + 1).copied().unwrap_or(xs[i]);
    xs[i] + (next - xs[i]) * f
}

/// The band table from out-of-fold predictions of the rows `keep` selects: per slice,
/// the 10th and 90th percentiles of measured / predicted.
pub fn bands(cases: &[Case], pred: &[f64], keep: impl Fn(usize) -> bool) -> [Band; SLICES] {
    let mut by: Vec<Vec<f64>> = vec![Vec::new(); SLICES];
    for (i, c) in cases.iter().enumerate() {
        let p = pred[i];
        if keep(i) && p.is_finite() && p > 0.0 {
            by[slice_of(c)].push(c.measured / p);
        }
    }
    let mut out = [Band {
        lo: 0.5,
        hi: 2.0,
        rows: 0,
    }; SLICES];
    for (b, xs) in out.iter_mut().zip(by.iter_mut()) {
        xs.sort_by(f64::total_cmp);
        if !xs.is_empty() {
            *b = Band {
                lo: quantile(xs, 0.1),
                hi: quantile(xs, 0.9),
                rows: xs.len() as u32,
            };
        }
    }
    out
}

/// Share of rows whose measurement falls inside the band the estimator would show,
/// each device's rows judged by bands built without that device (nested, so the
/// coverage is not in-sample).
pub fn coverage(cases: &[Case], pred: &[f64]) -> f64 {
    let mut inside = 0usize;
    let mut total = 0usize;
    let mut devices: Vec<&str> = cases.iter().map(|c| c.device.as_str()).collect();
    devices.sort_unstable();
    devices.dedup();
    for d in devices {
        let table = bands(cases, pred, |i| cases[i].device != d);
        for (i, c) in cases.iter().enumerate() {
            if c.device != d || !pred[i].is_finite() {
                continue;
            }
            let (_, calibrated) = calib::DEFAULT.for_pair(
                c.scenario.engine,
                c.scenario.backend,
                c.scenario.device.vendor,
            );
            let (j, t) = position_of(c);
            let b = speed::mix(
                speed::band_from(&table, j, calibrated),
                speed::band_from(&table, j + 1, calibrated),
                t,
            );
            let q = c.measured / pred[i];
            total += 1;
            inside += usize::from(q >= b.lo && q <= b.hi);
        }
    }
    inside as f64 / total.max(1) as f64
}

/// A fingerprint of everything the out-of-fold predictions depend on: the rows, every
/// field of the resolved scenarios the speed model reads, and the in-sample predictions
/// under `cal` (so a change to the data, the catalog, the resolver, the formulas or the
/// constants changes it). The workload and the cost inputs are left out: no speed reads
/// them, and the cost inputs hold the serving model's capacity of the cloud reference,
/// which would tie this heavy job to every change of the serving engines.
pub fn fingerprint(cases: &[Case], cal: &Calibration) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |s: &str| {
        for b in s.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for c in cases {
        eat(&c.id);
        let s = c.scenario;
        eat(&format!(
            "{:.6e}|{:?}|{:?}|{:?}|{}|{:?}|{:?}|{:?}|{}|{}|{}|{}|{}|{:?}|{}|{}",
            c.predict(cal),
            s.model,
            s.quant,
            s.device,
            s.count,
            s.host,
            s.engine,
            (s.backend, s.split),
            s.context,
            s.prompt,
            s.depth,
            s.prefill_depth,
            s.n_cpu_moe,
            s.kv,
            s.flash_attention,
            s.batch
        ));
    }
    h
}

/// The committed out-of-fold predictions: `(fingerprint, id -> (lodo, loso))`.
pub fn committed() -> (u64, BTreeMap<String, (f64, f64)>) {
    let text = include_str!("../../../tests/data/calibration/cv.csv");
    let mut fp = 0;
    let mut rows = BTreeMap::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# fingerprint ") {
            fp = u64::from_str_radix(rest.split_whitespace().next().unwrap_or(""), 16).unwrap_or(0);
            continue;
        }
        let f: Vec<&str> = line.split(',').collect();
        if let [id, a, b] = f.as_slice()
            && let (Ok(a), Ok(b)) = (a.parse(), b.parse())
        {
            rows.insert((*id).to_string(), (a, b));
        }
    }
    (fp, rows)
}
