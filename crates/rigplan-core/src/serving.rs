//! Serving a workload: how many sequences fit, how fast each user's answer comes as
//! concurrency grows, and how many users one machine serves within the targets.
//!
//! Prefill and decode share the device. A request's uncached input is prefilled once;
//! alone that takes `p1` ([`crate::speed`]'s prefill at the cached depth), and among `B`
//! sequences it rides in the shared steps (chunked prefill), costing its own matrix and
//! attention work `pm` plus a `1/B` share of the weight reads and fixed costs:
//! `p = pm + (p1 - pm) / B` seconds of device time. Every
//! step of `B` concurrent sequences takes `t(B)` ([`crate::speed`]'s decode step at the
//! mean depth `input + output/2`). Over a request's life the device spends `O` steps on
//! its `O` output tokens and `p` on its prompt, and so do the other `B - 1`, so each
//! user's decode speed is
//!
//! ```text
//! r(B) = 1 / ( t(B) + B x p / O )
//! ```
//!
//! and time to first token is its own prefill, stretched by the share of device time the
//! others' prefills take (`f = B p / O / (t + B p / O)`), plus one step:
//! `TTFT(B) = p1 / (1 - f (B-1)/B) + t(B)`.
//!
//! Memory bounds `B`: continuous batching with paged KV (vLLM, ExLlamaV2's dynamic
//! generator) holds a sequence's tokens so far (`input + output/2` on average);
//! TensorRT-LLM's default capacity scheduler (`GUARANTEED_NO_EVICT`) admits a request
//! only when the blocks for its prompt and its whole output are free, so it reserves
//! `input + output`; llama.cpp's server and mlx-lm split the context into fixed slots
//! (`--parallel N`, each `context / N` tokens), so each slot holds a whole request
//! (`input + output`) too.
//!
//! Load arrives evenly over the busy hours at `lambda` requests/s; the mean number of
//! requests in flight is `N = lambda x (TTFT(N) + O / r(N))` (Little's law), solved by
//! iteration. The most users meeting the targets is the largest `B` meeting both, turned
//! into users by the same law. Speculative decoding with one drafted token (an MTP head,
//! as vLLM and llama.cpp run DeepSeek's and Qwen's): `1 + a` tokens per verify step of
//! two tokens per sequence, plus the head's own step (one layer of `L`).

use crate::memory::{Memory, WeightBytes};
use crate::scenario::{Engine, Scenario};
use crate::speed::{Ctx, Step, prefill_parts};
use crate::units::Bytes;
use crate::{Calibration, Fit};

/// One point of the serving curve.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Point {
    /// Concurrent sequences.
    pub concurrency: u32,
    /// Each user's decode speed, tokens/s.
    pub per_user_tokens_per_s: f64,
    /// Time to first token, seconds.
    pub ttft_s: f64,
}

/// Serving figures for the scenario's workload.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Serving {
    /// Sequences of the workload's length that fit in memory at once (0: the model does
    /// not fit).
    pub max_concurrent_sequences: u32,
    /// Output tokens/s of all sequences together at that concurrency.
    pub saturated_output_tokens_per_s: f64,
    /// Mean requests in flight during the busy hours.
    pub concurrency: f64,
    /// Each user's decode speed at that concurrency, tokens/s.
    pub per_user_decode_tokens_per_s: f64,
    /// Time to first token at that concurrency, seconds.
    pub time_to_first_token_s: f64,
    /// The workload's output tokens over the saturated throughput (above 1: more than the
    /// machine can make).
    pub utilization: f64,
    /// The workload fits and meets both targets.
    pub meets_targets: bool,
    /// Copies of this machine needed to serve the workload within the targets (0: none
    /// can, or there is no load).
    pub instances: u32,
    /// Speculative decoding's speed-up at the workload's concurrency (1 when off).
    pub spec_speedup: f64,
    /// Memory of the draft head (zero when off).
    pub draft_bytes: Bytes,
    /// KV cache of one sequence of the workload's length.
    pub kv_per_sequence: Bytes,
}

/// Whether the engine batches continuously over a paged KV cache (else fixed slots).
pub fn paged(engine: Engine) -> bool {
    matches!(
        engine,
        Engine::Vllm | Engine::TensorRtLlm | Engine::ExLlamaV2
    )
}

/// Whether a sequence holds KV room for its whole request from admission: fixed slots,
/// and TensorRT-LLM, whose default capacity scheduler (`GUARANTEED_NO_EVICT`,
/// <https://nvidia.github.io/TensorRT-LLM/performance/performance-tuning-guide/useful-runtime-flags.html>,
/// read 2026-12-03) reserves the prompt and the whole output so a request is never
/// paused. vLLM and ExLlamaV2 allocate blocks as tokens arrive (and preempt when full).
pub fn reserves_whole_request(engine: Engine) -> bool {
    !matches!(engine, Engine::Vllm | Engine::ExLlamaV2)
}

/// Prompt tokens an engine puts in one step next to the running sequences' decode:
/// llama.cpp's server batch (`-b`, 2048), mlx-lm's prefill step, a serving engine's token
/// budget.
fn prompt_chunk(engine: Engine) -> f64 {
    match engine {
        Engine::LlamaCpp | Engine::ExLlamaV2 => crate::speed::NBATCH,
        Engine::Mlx => crate::speed::MLX_PREFILL_STEP,
        Engine::Vllm | Engine::TensorRtLlm => crate::speed::SERVING_TOKEN_BUDGET,
    }
}

/// The serving model of one scenario, its pieces computed once.
pub struct Model<'a> {
    s: &'a Scenario,
    /// The decode step's terms at the workload's mean depth.
    step: Step,
    /// Prefill time of one request's uncached input on its own, seconds.
    p: f64,
    /// Device time its prefill adds to steps shared with other sequences, seconds.
    p_shared: f64,
    /// Engine steps its uncached input takes (a chunk of the engine's prompt budget each).
    chunks: f64,
    /// Seconds per output token of one sequence alone (the step of concurrency 1), kept by
    /// the first [`Model::at`] that needs it (negative until then): every estimate asks
    /// for concurrency 1 anyway, so the figure costs nothing more.
    alone: core::cell::Cell<f64>,
    out: f64,
    layers: f64,
    accept: f64,
    /// Requests per second during the busy hours.
    lambda: f64,
    /// Memory-bound concurrency.
    pub max_sequences: u32,
    draft: Bytes,
    kv_seq: Bytes,
}

impl<'a> Model<'a> {
    /// The model for `s` (weights `w`, memory `mem`).
    pub fn new(s: &'a Scenario, w: &WeightBytes, mem: &Memory, cal: &'a Calibration) -> Self {
        Self::with(&Ctx::new(s, cal, w, mem), w, mem)
    }

    /// [`Model::new`] with the speed model's context already built.
    pub(crate) fn with(c: &Ctx<'a>, w: &WeightBytes, mem: &Memory) -> Self {
        Self::from_step(c, w, mem, &Step::of(c, w, 0.0))
    }

    /// [`Model::with`] from the decode step's terms the speed model already has (at any
    /// depth: the serving depth is set here).
    pub(crate) fn from_step(c: &Ctx<'a>, w: &WeightBytes, mem: &Memory, step: &Step) -> Self {
        let s = c.s;
        let wl = &s.workload;
        let input = f64::from(wl.input_tokens);
        let out = f64::from(wl.output_tokens.max(1));
        let cached = (input * wl.cached_share.clamp(0.0, 1.0)).min(input);
        let fresh = input - cached;
        let (p, p_shared) = if fresh >= 1.0 {
            let (solo, shared) = prefill_parts(c, w, fresh, cached);
            (solo.get(), shared.get())
        } else {
            (0.0, 0.0)
        };
        let layers = f64::from(s.model.layers.max(1));
        let accept = wl.spec_acceptance.clamp(0.0, 0.99);
        let draft = if accept > 0.0 {
            mem.weights / layers
        } else {
            Bytes::ZERO
        };
        let held = if reserves_whole_request(s.engine) {
            input + out
        } else {
            input + out / 2.0
        };
        let kv_seq = c.kv.at(held);
        let budget = mem.usable.get() - (mem.total - mem.kv_cache).get() - draft.get();
        let max_sequences = match mem.fit {
            Fit::DoesNotFit => 0,
            _ if kv_seq.get() <= 0.0 => crate::limits::MAX_BATCH,
            // `as` truncates: the floor of the clamped (positive) quotient.
            _ => (budget / kv_seq.get()).clamp(1.0, f64::from(crate::limits::MAX_BATCH)) as u32,
        };
        let busy = s.cost.hours_per_day.max(1.0 / 60.0) * 3600.0;
        Model {
            s,
            step: step.at_depth(c, input + out / 2.0),
            p,
            p_shared,
            chunks: crate::memory::ceil(fresh / prompt_chunk(s.engine)),
            alone: core::cell::Cell::new(-1.0),
            out,
            layers,
            accept,
            lambda: wl.users * wl.requests_per_user_per_day / busy,
            max_sequences,
            draft,
            kv_seq,
        }
    }

    /// Seconds per output token of each sequence's own decode at concurrency `b`
    /// (speculative decoding included), and the speed-up it gives.
    fn step(&self, b: u32) -> (f64, f64) {
        let t = self.step.at(b, 1.0).get();
        if self.accept <= 0.0 {
            return (t, 1.0);
        }
        let verify = self.step.at(b, 2.0).get();
        let spec = (verify + t / self.layers) / (1.0 + self.accept);
        (spec, t / spec)
    }

    /// Per-user decode speed and time to first token at `b` concurrent sequences.
    pub fn at(&self, b: u32) -> Point {
        let b = b.max(1);
        let (t, _) = self.step(b);
        let bf = f64::from(b);
        // Alone, a request's prefill is a pass of its own; among others it rides in the
        // shared steps (chunked prefill): its own matrix and attention work, plus its share
        // of the weight reads and fixed costs those steps pay once for all `b`.
        let p = self.p_shared + (self.p - self.p_shared).max(0.0) / bf;
        let share = bf * p / self.out;
        let r = 1.0 / (t + share);
        // The others' prompts take `f` of the device's time. Measured against the step of
        // one sequence, not of `b`: with the longer step `f` would fall as sequences are
        // added and a long solo prefill (small micro-batches, slow weight reads) would then
        // reach its first token sooner among more users, which no engine does.
        let alone = match self.alone.get() {
            a if a >= 0.0 => a,
            _ => {
                let a = if b == 1 { t } else { self.step(1).0 };
                self.alone.set(a);
                a
            }
        };
        let f = share / (alone + share);
        // Among others the prompt goes in chunks, one per engine step, and each of those
        // steps also carries the others' decode: the longer their step, the later the
        // first token.
        let ttft =
            self.p / (1.0 - f * (bf - 1.0) / bf).max(1e-3) + self.chunks * t * (bf - 1.0) / bf + t;
        Point {
            concurrency: b,
            per_user_tokens_per_s: r,
            ttft_s: ttft,
        }
    }

    /// The largest concurrency meeting both targets (0: not even one sequence), to within
    /// 1/32 of itself (the users it serves are then a lower bound within 3%). Per-user
    /// speed falls and time to first token rises with concurrency, so the test is
    /// monotone and bisected.
    /// `ends` holds the points at concurrency 1 and at the most sequences that fit when
    /// the caller has them.
    fn best_concurrency(&self, ends: Option<(&Point, &Point)>) -> u32 {
        let wl = &self.s.workload;
        let bmax = self.max_sequences;
        if bmax == 0 {
            return 0;
        }
        let (one, top) = match ends {
            Some((one, top)) => (*one, *top),
            None => (self.at(1), self.at(bmax)),
        };
        if Self::meets(wl, &top) {
            return bmax;
        }
        if !Self::meets(wl, &one) {
            return 0;
        }
        let (mut lo, mut hi) = (1u32, bmax - 1);
        while hi - lo > (lo / 32).max(1) - 1 && lo < hi {
            let mid = lo + (hi - lo).div_ceil(2);
            if Self::meets(wl, &self.at(mid)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }

    /// Seconds one request is in flight at `b` concurrent sequences.
    fn duration(&self, b: u32) -> f64 {
        let pt = self.at(b);
        pt.ttft_s + self.out / pt.per_user_tokens_per_s
    }

    /// Whether `pt` meets the workload's targets.
    fn meets(wl: &crate::scenario::Workload, pt: &Point) -> bool {
        pt.per_user_tokens_per_s >= wl.min_user_tokens_per_s && pt.ttft_s <= wl.max_ttft_s
    }

    /// The serving figures.
    pub fn serving(&self) -> Serving {
        let wl = &self.s.workload;
        let bmax = self.max_sequences;
        // Concurrency 1 first: it keeps the step alone that every other point needs.
        let one = self.at(1);
        let mut pt = one;
        let top_point = if bmax <= 1 { one } else { self.at(bmax) };
        let sat = f64::from(bmax) * top_point.per_user_tokens_per_s;
        // Mean requests in flight: N = lambda x duration(N), from below (each point is
        // evaluated once: the concurrency is whole, so it repeats when it settles).
        let top = f64::from(bmax.max(1));
        let whole = |n: f64| crate::memory::ceil(n).clamp(1.0, top) as u32;
        let mut n = self.lambda * (pt.ttft_s + self.out / pt.per_user_tokens_per_s);
        for _ in 0..24 {
            let b = whole(n);
            if b != pt.concurrency {
                pt = self.at(b);
            }
            let next = self.lambda * (pt.ttft_s + self.out / pt.per_user_tokens_per_s);
            let done = (next - n).abs() <= 1e-3 * n.max(1.0);
            n = next;
            if done || n > top {
                break;
            }
        }
        let b = whole(n);
        if b != pt.concurrency {
            pt = self.at(b);
        }
        let demand = self.lambda * self.out;
        let utilization = if sat > 0.0 { demand / sat } else { 0.0 };
        let meets_targets = bmax > 0 && n <= f64::from(bmax) && Self::meets(wl, &pt);
        // Copies of the machine the workload needs: one when it meets the targets, else as
        // many as the users over the most one serves (the search runs only then).
        let instances = if wl.users <= 0.0 || self.lambda <= 0.0 {
            0
        } else if meets_targets {
            1
        } else {
            let most = self
                .capacity_from(Some((&one, &top_point)))
                .max_users_meeting_targets;
            if most > 0.0 {
                crate::memory::ceil(wl.users / most).min(1e9) as u32
            } else {
                0
            }
        };
        Serving {
            max_concurrent_sequences: bmax,
            saturated_output_tokens_per_s: sat,
            concurrency: n,
            per_user_decode_tokens_per_s: pt.per_user_tokens_per_s,
            time_to_first_token_s: pt.ttft_s,
            utilization,
            meets_targets,
            instances,
            spec_speedup: if self.accept > 0.0 {
                self.step(b).1
            } else {
                1.0
            },
            draft_bytes: self.draft,
            kv_per_sequence: self.kv_seq,
        }
    }

    /// The most this machine serves within the targets: concurrency and users of the
    /// workload's profile. A search (about ten decode-step evaluations), so not part of
    /// every estimate: the CLI and the page ask for it.
    pub fn capacity(&self) -> Capacity {
        self.capacity_from(None)
    }

    /// [`Model::capacity`], from the end points of the curve when the caller has them.
    fn capacity_from(&self, ends: Option<(&Point, &Point)>) -> Capacity {
        let best = self.best_concurrency(ends);
        let per_user_rate = self.lambda / self.s.workload.users.max(1e-12);
        let users = if best == 0 {
            0.0
        } else if per_user_rate <= 0.0 {
            crate::limits::MAX_USERS
        } else {
            (f64::from(best) / (per_user_rate * self.duration(best))).min(crate::limits::MAX_USERS)
        };
        Capacity {
            max_concurrency_meeting_targets: best,
            max_users_meeting_targets: users,
        }
    }
}

/// The most one machine serves within the workload's targets.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Capacity {
    /// Most concurrent sequences meeting both targets (0: not even one).
    pub max_concurrency_meeting_targets: u32,
    /// Most users of the workload's profile served within the targets.
    pub max_users_meeting_targets: f64,
}

/// The serving curve: each user's decode speed and time to first token at `n` concurrencies
/// from 1 to the most sequences that fit (spaced geometrically).
pub fn curve(s: &Scenario, cal: &Calibration, n: u32) -> alloc::vec::Vec<Point> {
    let w = crate::memory::weight_bytes(&s.model, &s.quant);
    let mem = crate::memory::memory(s, &w);
    let m = Model::new(s, &w, &mem, cal);
    let top = m.max_sequences.max(1);
    let mut out: alloc::vec::Vec<Point> = alloc::vec::Vec::new();
    let mut b = 1.0f64;
    // The ratio between points, top^(1/(n-1)), by bisection (no `pow` in the page).
    let (mut lo, mut hi) = (1.0f64, f64::from(top).max(1.0));
    for _ in 0..48 {
        let mid = (lo + hi) / 2.0;
        if crate::memory::powi(mid, n.max(2) - 1) > f64::from(top) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let ratio = lo.max(1.0 + 1e-9);
    for _ in 0..n.max(2) {
        let c = (b as u32).clamp(1, top);
        if out.last().is_none_or(|p: &Point| p.concurrency < c) {
            out.push(m.at(c));
        }
        b *= ratio;
    }
    if out.last().is_some_and(|p| p.concurrency < top) {
        out.push(m.at(top));
    }
    out
}

/// [`Model::capacity`] for a scenario.
pub fn capacity(s: &Scenario, cal: &Calibration) -> Capacity {
    let w = crate::memory::weight_bytes(&s.model, &s.quant);
    let mem = crate::memory::memory(s, &w);
    Model::new(s, &w, &mem, cal).capacity()
}
