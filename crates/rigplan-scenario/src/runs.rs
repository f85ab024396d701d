//! What runs on a machine: every catalog model with the quantizations its engine loads,
//! each row the same estimate `rigplan estimate` gives for that model and quantization on
//! the machine ([`crate::resolve()`] then [`rigplan_core::estimate`]).
//!
//! Per model: the highest-precision quantization that fits whole on the accelerators at
//! the context (the row; failing that, the highest that fits with experts in system RAM),
//! the fastest one that fits, the longest context that fits with the row's quantization, and,
//! for a MoE model that fits only with experts in system RAM, that `--n-cpu-moe` setting.
//! A model that fits no way is reported at its smallest quantization with its verdict.
//! No quantization above the precision a model ships in is tried (gpt-oss's experts were
//! post-trained in MXFP4: Q8_0 of them is an upcast).

use crate::params::{ModelChoice, Params};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use rigplan_catalog::{MODELS, QUANTS, QuantEntry};
use rigplan_core::{Estimate, Fit};

/// One model on the machine.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelRow {
    /// Catalog model id.
    pub model: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Family.
    pub family: &'static str,
    /// Total parameters.
    pub total_params: f64,
    /// Whether it is a mixture of experts.
    pub moe: bool,
    /// Release month, `YYYYMM` (0 when the catalog has no dated source).
    pub released: u32,
    /// The row's quantization: the highest precision that fits (else the smallest).
    pub quant: &'static str,
    /// The fastest quantization that fits, when one does.
    pub fastest_quant: Option<&'static str>,
    /// `--n-cpu-moe` when experts in system RAM are what make it fit.
    pub n_cpu_moe: Option<u32>,
    /// The estimate of the row's scenario.
    pub estimate: Estimate,
    /// Longest context that fits with the row's quantization (0 when none).
    pub max_context: u32,
    /// The row's scenario, to open in the planner or run with `rigplan estimate`.
    pub scenario: Params,
}

/// Filters of the list.
#[derive(Clone, Debug, Default)]
pub struct Filters {
    /// Only mixture-of-experts (`Some(true)`) or dense (`Some(false)`) models.
    pub moe: Option<bool>,
    /// Only this family (case-insensitive).
    pub family: Option<String>,
    /// Fewest and most total parameters, billions.
    pub params_b: (Option<f64>, Option<f64>),
    /// Slowest decode accepted, tokens/s.
    pub min_decode: Option<f64>,
    /// Shortest longest-context accepted, tokens.
    pub min_context: Option<u32>,
}

impl Filters {
    /// The filters a scenario's decision fields state.
    pub fn of(p: &Params) -> Self {
        Self {
            moe: p.arch.as_deref().map(|a| a == "moe"),
            family: p.family.clone(),
            params_b: (p.min_params_b, p.max_params_b),
            min_decode: p.min_decode,
            min_context: p.min_context.map(|c| c.min(f64::from(u32::MAX)) as u32),
        }
    }
}

/// What runs on the machine `p` describes, filtered and ordered by its decision fields:
/// the rows `rigplan models` prints and the page's view shows.
pub fn rows(p: &Params) -> Vec<ModelRow> {
    let mut out = what_runs(p, &Filters::of(p));
    sort(&mut out, p.sort.as_deref());
    out
}

/// Orders rows by `by`: `speed` (fastest decode first), `name`, `recent` (newest release
/// first), else size (most total
/// parameters first); models that run here before those that do not.
pub fn sort(rows: &mut [ModelRow], by: Option<&str>) {
    // One stable sort with one comparator (a sort per order and a second pass for the
    // groups were five copies of the sort in the page: 0.5 KB each).
    rows.sort_by(|a, b| {
        let order = match by {
            Some("speed") => b
                .estimate
                .speed
                .decode
                .get()
                .total_cmp(&a.estimate.speed.decode.get()),
            Some("name") => a.name.cmp(b.name),
            // Newest first; undated last.
            Some("recent") => b.released.cmp(&a.released),
            _ => b.total_params.total_cmp(&a.total_params),
        };
        (a.max_context == 0).cmp(&(b.max_context == 0)).then(order)
    });
}

/// Whether the model and its context fit on the accelerators, with any experts
/// `--n-cpu-moe` places in system RAM (llama.cpp's expert offload keeps the rest whole).
pub(crate) fn fits(e: &Estimate) -> bool {
    e.memory.fit == Fit::Fits || (e.memory.fit == Fit::Offload && e.memory.offloaded.get() <= 0.0)
}

fn estimate(p: &Params) -> Option<Estimate> {
    crate::resolve(p)
        .ok()
        .map(|r| rigplan_core::estimate(&r.scenario))
}

/// The quantizations the engine of `base` loads, highest precision first.
fn quants(base: &Params) -> Vec<&'static QuantEntry> {
    let engine = crate::choices::engine(&base.engine).unwrap_or(rigplan_core::Engine::LlamaCpp);
    let mut q: Vec<&'static QuantEntry> = QUANTS
        .iter()
        .filter(|q| rigplan_core::engine_loads(engine, q.scheme.format))
        // 32-bit weights are not a way anyone runs a model: 16 bits is the top.
        .filter(|q| q.scheme.base <= 16.0)
        .collect();
    // Highest precision first: the bulk of the weights, then the tensors kept apart.
    let dense = |q: &QuantEntry| q.scheme.moe_dense.unwrap_or(q.scheme.base);
    q.sort_by(|a, b| {
        b.scheme
            .base
            .total_cmp(&a.scheme.base)
            .then(dense(b).total_cmp(&dense(a)))
    });
    q
}

/// Whether `q` stores no tensor class above the precision the model ships in (`native`, a
/// quant id; empty: 16 bits, every quantization qualifies). Above it is an upcast.
fn not_above(q: &QuantEntry, native: &str) -> bool {
    let Some(n) = QUANTS.iter().find(|x| x.id == native) else {
        return true;
    };
    let dense = |q: &QuantEntry| q.scheme.moe_dense.unwrap_or(q.scheme.base);
    q.scheme.expert <= n.scheme.expert && dense(q) <= dense(n)
}

/// The longest context (tokens) at which `p` fits, up to the model's trained maximum.
fn longest_context(p: &Params, most: u32) -> u32 {
    let fits = |ctx: u32| {
        let mut t = p.clone();
        t.context = ctx;
        t.prompt = t.prompt.min(ctx);
        estimate(&t).is_some_and(|e| fits(&e))
    };
    if !fits(1) {
        return 0;
    }
    let (mut lo, mut hi) = (1u32, most.max(1));
    if fits(hi) {
        return hi;
    }
    while hi - lo > 256.max(lo / 64) {
        let mid = lo + (hi - lo) / 2;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Every catalog model on the machine `base` describes (its hardware, count, context,
/// engine and the rest), filtered.
pub fn what_runs(base: &Params, f: &Filters) -> Vec<ModelRow> {
    let qs = quants(base);
    let mut out = Vec::new();
    for m in MODELS {
        let moe = m.arch.moe.is_some();
        let params_b = m.arch.params / 1e9;
        if f.moe.is_some_and(|want| want != moe)
            || f.family
                .as_ref()
                .is_some_and(|fam| !m.family.eq_ignore_ascii_case(fam))
            || f.params_b.0.is_some_and(|lo| params_b < lo)
            || f.params_b.1.is_some_and(|hi| params_b > hi)
        {
            continue;
        }
        let with = |q: &QuantEntry, ncm: u32| Params {
            model: ModelChoice::Id(m.id.to_string()),
            quant: q.id.to_string(),
            n_cpu_moe: ncm,
            cpu_moe: false,
            ..base.clone()
        };
        // Every quantization that fits, on its own or with experts in system RAM (the
        // smallest `--n-cpu-moe` that makes it fit), highest precision first.
        let mut fitting: Vec<(&QuantEntry, Estimate, Option<u32>)> = Vec::new();
        let mut smallest: Option<(&QuantEntry, Estimate)> = None;
        for q in &qs {
            // A MoE-only format (MXFP4 experts, the rest apart) does not apply to a dense model.
            if q.scheme.moe_dense.is_some() && !moe || !not_above(q, m.native) {
                continue;
            }
            let Some(e) = estimate(&with(q, base.n_cpu_moe)) else {
                continue;
            };
            smallest = Some((q, e));
            if fits(&e) && e.memory.expert_offload.get() <= 0.0 {
                fitting.push((q, e, None));
            } else if let Some(n) = e.memory.recommended_n_cpu_moe
                && let Some(e2) = estimate(&with(q, n))
                && fits(&e2)
            {
                fitting.push((q, e2, Some(n)));
            }
        }
        let fastest = fitting
            .iter()
            .max_by(|a, b| a.1.speed.decode.get().total_cmp(&b.1.speed.decode.get()))
            .map(|(q, _, _)| q.id);
        // Whole on the accelerators beats experts in system RAM; then higher precision.
        let best = fitting.iter().find(|c| c.2.is_none()).or(fitting.first());
        let (q, e, ncm) = match (best, smallest) {
            (Some((q, e, n)), _) => (*q, *e, *n),
            (None, Some((q, e))) => (q, e, None),
            (None, None) => continue,
        };
        let params = with(q, ncm.unwrap_or(base.n_cpu_moe));
        let max_context = if fits(&e) {
            longest_context(&params, m.arch.max_context.max(base.context))
        } else {
            0
        };
        // A speed or context floor asks what runs: a model that does not fit is not one.
        let runs = fits(&e);
        if (f.min_decode.is_some() || f.min_context.is_some()) && !runs
            || f.min_decode.is_some_and(|x| e.speed.decode.get() < x)
            || f.min_context.is_some_and(|x| max_context < x)
        {
            continue;
        }
        out.push(ModelRow {
            model: m.id,
            name: m.name,
            family: m.family,
            total_params: m.arch.params,
            moe,
            released: m.released,
            quant: q.id,
            fastest_quant: fastest,
            n_cpu_moe: ncm,
            estimate: e,
            max_context,
            scenario: params,
        });
    }
    out
}
