//! The documented input ranges of the estimator, and the clamp that enforces them.
//!
//! [`estimate`](crate::estimate) first clamps every input of the [`Scenario`] into the
//! ranges below and, when that changed anything, reports
//! [`Warning::InputClamped`](crate::Warning::InputClamped): the figures are then for the
//! clamped values, and every output is finite and non-negative whatever the input (NaN
//! goes to the lower bound, infinities to the nearer bound). The catalog's resolver checks
//! the same limits first and refuses a value outside them with a sentence naming it, so
//! a scenario built from ids and checked fields is never clamped; the clamp is what keeps
//! other callers (a library user building a [`Scenario`] by hand) safe.
//!
//! | input | range |
//! |-------|-------|
//! | parameters, active parameters | 1 to 1e15 (active at most total) |
//! | layers, hidden size, heads, head dim, FFN size, vocabulary | 1 to [`MAX_DIM`] |
//! | KV heads | 1 to heads |
//! | per-layer input width; KV-shared layers; small-op layers; convolution layers | 0 to [`MAX_DIM`]; 0 to layers - 1; 0 to layers; 0 to layers |
//! | sliding window | at least 1 (a trained context of 0 means unknown); global KV heads 0 to heads, global head width 0 to [`MAX_DIM`] (0: as the other layers) |
//! | experts | 1 to [`MAX_DIM`]; active 1 to experts; shared, dense layers, local layers, rope dim from 0 |
//! | bits per weight (each tensor class) | [`MIN_BITS`] to 64 |
//! | device memory, bandwidth, FLOPS, TDP, NVLink | above zero ([`TINY`] of its unit) to 1e18 |
//! | idle power, host RAM and its bandwidth (0: no separate host), host power, prices, maintenance | 0 to 1e18 |
//! | usable fraction of a carve-out | [`TINY`] to 1 |
//! | PCIe generation | 0 to 7 |
//! | device count | 1 to [`MAX_COUNT`] |
//! | context, prompt | 1 to [`MAX_TOKENS`]; depth 0 to [`MAX_TOKENS`] |
//! | batch | 1 to [`MAX_BATCH`] |
//! | micro-batch | 1 to [`MAX_UBATCH`] |
//! | hours per day | 0 to [`MAX_HOURS_PER_DAY`] |
//! | electricity $/kWh | 0 to [`MAX_USD_PER_KWH`] |
//! | years | 1 to [`MAX_YEARS`] |
//! | users; requests per user per day | 0 to [`MAX_USERS`]; 0 to [`MAX_REQUESTS_PER_DAY`] |
//! | input tokens; output tokens per request | 0 / 1 to [`MAX_TOKENS`] |
//! | cached share | 0 to 1; speculative acceptance 0 to 0.99 |
//! | TTFT target; decode target | [`TINY`] to 1e18 s; 0 to 1e18 tokens/s |
//! | resale; PUE | 0 to 1e18; 1 to [`MAX_PUE`] |

use crate::hardware::MemoryRule;
use crate::model::Attention;
use crate::scenario::Scenario;

/// Smallest value of a quantity that must be above zero (in its base unit).
pub const TINY: f64 = 1e-9;
/// Largest value of any quantity (bytes, FLOPS, watts, dollars).
pub const HUGE: f64 = 1e18;
/// Largest model dimension (layers, hidden size, heads, FFN size, vocabulary, experts).
pub const MAX_DIM: u32 = 1 << 24;
/// Smallest bits per weight.
pub const MIN_BITS: f64 = 0.5;
/// Longest context, prompt or depth, tokens.
pub const MAX_TOKENS: u32 = 10_000_000;
/// Most devices.
pub const MAX_COUNT: u32 = 1024;
/// Most concurrent sequences.
pub const MAX_BATCH: u32 = 4096;
/// Largest micro-batch, tokens (llama.cpp's `-ub`; a larger one only grows the buffers).
pub const MAX_UBATCH: u32 = 65_536;
/// Most blocks `--n-cpu-moe` can name (above any model's layer count).
pub const MAX_LAYERS: u32 = 1000;
/// Longest cost horizon, years.
pub const MAX_YEARS: u32 = 30;
/// Most hours of use in a day.
pub const MAX_HOURS_PER_DAY: f64 = 24.0;
/// Highest electricity price, $/kWh.
pub const MAX_USD_PER_KWH: f64 = 100.0;
/// Most users of one workload.
pub const MAX_USERS: f64 = 1e9;
/// Most requests per user per day.
pub const MAX_REQUESTS_PER_DAY: f64 = 1e6;
/// Largest power usage effectiveness.
pub const MAX_PUE: f64 = 5.0;

/// Records whether anything was (or would be) moved.
struct Clamp(bool);

/// A place the walk below reads and, when clamping, writes: through `&mut T` it clamps;
/// through `&T` it only looks, so [`within`] needs no copy of the scenario.
trait Place<T: Copy> {
    /// True for the read-only view ([`within`]): a range check then stands in for the
    /// clamp (the same verdict, in fewer instructions).
    const VIEW: bool = false;
    fn get(&self) -> T;
    fn put(&mut self, v: T);
}

impl<T: Copy> Place<T> for &mut T {
    #[inline]
    fn get(&self) -> T {
        **self
    }
    #[inline]
    fn put(&mut self, v: T) {
        **self = v;
    }
}

impl<T: Copy> Place<T> for &T {
    const VIEW: bool = true;
    #[inline]
    fn get(&self) -> T {
        **self
    }
    #[inline]
    fn put(&mut self, _: T) {}
}

impl Clamp {
    /// No `f64::clamp`: it panics when a bound is NaN or `lo > hi`; this never does.
    /// Branch-light: it runs on every field of every estimate.
    #[inline]
    fn f<P: Place<f64>>(&mut self, mut v: P, lo: f64, hi: f64) {
        let x = v.get();
        if P::VIEW {
            // What the clamp below would move: NaN, and anything outside `lo..=hi`.
            self.0 |= !((x >= lo) & (x <= hi));
            return;
        }
        // NaN fails `x >= lo` and goes to `lo`.
        let c = if x >= lo { x.min(hi) } else { lo };
        self.0 |= c.to_bits() != x.to_bits();
        v.put(c);
    }

    #[inline]
    fn u<T: Copy + Ord, P: Place<T>>(&mut self, mut v: P, lo: T, hi: T) {
        let x = v.get();
        if P::VIEW {
            self.0 |= !((x >= lo) & (x <= hi.max(lo)));
            return;
        }
        let c = x.max(lo).min(hi.max(lo));
        self.0 |= c != x;
        v.put(c);
    }

    #[inline]
    fn opt<P: Place<Option<f64>>>(&mut self, mut v: P, lo: f64, hi: f64) {
        if let Some(mut x) = v.get() {
            if P::VIEW {
                return self.f(&x, lo, hi);
            }
            self.f(&mut x, lo, hi);
            v.put(Some(x));
        }
    }
}

/// A quantity type whose raw value can be clamped.
trait Raw: Copy {
    fn raw(self) -> f64;
    fn of(v: f64) -> Self;
}

macro_rules! raw {
    ($($t:ty),*) => {$(
        impl Raw for $t {
            fn raw(self) -> f64 {
                self.get()
            }
            fn of(v: f64) -> Self {
                <$t>::new(v)
            }
        }
    )*};
}
raw!(
    crate::units::Bytes,
    crate::units::BytesPerSecond,
    crate::units::FlopsPerSecond,
    crate::units::Watts,
    crate::units::Usd
);

fn q<T: Raw, P: Place<T>>(c: &mut Clamp, mut v: P, lo: f64, hi: f64) {
    let mut x = v.get().raw();
    if P::VIEW {
        return c.f(&x, lo, hi);
    }
    c.f(&mut x, lo, hi);
    v.put(T::of(x));
}

fn oq<T: Raw, P: Place<Option<T>>>(c: &mut Clamp, mut v: P, lo: f64, hi: f64) {
    if let Some(mut x) = v.get() {
        if P::VIEW {
            return q(c, &x, lo, hi);
        }
        q(c, &mut x, lo, hi);
        v.put(Some(x));
    }
}

/// The ranges, once: every input of the scenario `$s` through the [`Clamp`] `$c`. With
/// `mut` the places are `&mut` and the walk clamps ([`clamp`]); without, they are `&` and
/// it only records whether anything is out of range ([`within`]).
macro_rules! walk {
    ($s:ident, $c:ident $(, $m:ident)?) => {{
        let m = &$($m)? $s.model;
        $c.f(&$($m)? m.params, 1.0, 1e15);
        $c.f(&$($m)? m.active_params, 1.0, m.params);
        for d in [
            &$($m)? m.layers,
            &$($m)? m.hidden,
            &$($m)? m.heads,
            &$($m)? m.head_dim,
            &$($m)? m.ffn,
            &$($m)? m.vocab,
        ] {
            $c.u(d, 1, MAX_DIM);
        }
        $c.u(&$($m)? m.kv_heads, 1, m.heads);
        $c.u(&$($m)? m.per_layer_input, 0, MAX_DIM);
        $c.u(&$($m)? m.kv_shared_layers, 0, m.layers.saturating_sub(1));
        $c.u(&$($m)? m.small_op_layers, 0, m.layers);
        $c.u(&$($m)? m.conv_layers, 0, m.layers);
        let layers = m.layers;
        let heads = m.heads;
        if let Some(moe) = &$($m)? m.moe {
            $c.u(&$($m)? moe.experts, 1, MAX_DIM);
            $c.u(&$($m)? moe.active, 1, moe.experts);
            $c.u(&$($m)? moe.shared, 0, MAX_DIM);
            $c.u(&$($m)? moe.expert_ffn, 1, MAX_DIM);
            $c.u(&$($m)? moe.dense_layers, 0, layers);
        }
        match &$($m)? m.attention {
            Attention::Full => {}
            Attention::Sliding {
                window,
                local_layers,
                global_kv_heads,
                global_head_dim,
            } => {
                $c.u(window, 1, u32::MAX);
                $c.u(local_layers, 0, layers);
                $c.u(global_kv_heads, 0, heads);
                $c.u(global_head_dim, 0, MAX_DIM);
            }
            Attention::Mla {
                kv_lora_rank,
                rope_dim,
            } => {
                $c.u(kv_lora_rank, 1, MAX_DIM);
                $c.u(rope_dim, 0, MAX_DIM);
            }
            Attention::Hybrid {
                attention_layers,
                recurrent_layers,
                state_per_layer,
            } => {
                $c.u(attention_layers, 0, layers);
                $c.u(recurrent_layers, 0, layers);
                $c.u(state_per_layer, 0, u32::MAX);
            }
        }
        let qs = &$($m)? $s.quant;
        for b in [
            &$($m)? qs.base,
            &$($m)? qs.embed,
            &$($m)? qs.output,
            &$($m)? qs.attn_v,
            &$($m)? qs.ffn_down,
            &$($m)? qs.expert,
            &$($m)? qs.expert_down,
        ] {
            $c.f(b, MIN_BITS, 64.0);
        }
        $c.opt(&$($m)? qs.moe_dense, MIN_BITS, 64.0);
        let d = &$($m)? $s.device;
        q(&mut $c, &$($m)? d.memory, TINY, HUGE);
        q(&mut $c, &$($m)? d.bandwidth, TINY, HUGE);
        oq(&mut $c, &$($m)? d.fp16, TINY, HUGE);
        oq(&mut $c, &$($m)? d.int8, TINY, HUGE);
        oq(&mut $c, &$($m)? d.fp8, TINY, HUGE);
        oq(&mut $c, &$($m)? d.fp4, TINY, HUGE);
        oq(&mut $c, &$($m)? d.tdp, TINY, HUGE);
        oq(&mut $c, &$($m)? d.idle, 0.0, HUGE);
        oq(&mut $c, &$($m)? d.interconnect.nvlink, TINY, HUGE);
        $c.u(&$($m)? d.interconnect.pcie_gen, 0, 7);
        if let MemoryRule::Carveout { max_fraction } = &$($m)? d.memory_rule {
            $c.f(max_fraction, TINY, 1.0);
        }
        let h = &$($m)? $s.host;
        q(&mut $c, &$($m)? h.ram, 0.0, HUGE);
        q(&mut $c, &$($m)? h.ram_bandwidth, 0.0, HUGE);
        q(&mut $c, &$($m)? h.load_power, 0.0, HUGE);
        q(&mut $c, &$($m)? h.idle_power, 0.0, HUGE);
        oq(&mut $c, &$($m)? h.price, 0.0, HUGE);
        $c.u(&$($m)? $s.count, 1, MAX_COUNT);
        $c.u(&$($m)? $s.context, 1, MAX_TOKENS);
        $c.u(&$($m)? $s.prompt, 1, MAX_TOKENS);
        $c.u(&$($m)? $s.depth, 0, MAX_TOKENS);
        $c.u(&$($m)? $s.prefill_depth, 0, MAX_TOKENS);
        $c.u(&$($m)? $s.ubatch, 1, MAX_UBATCH);
        $c.u(&$($m)? $s.batch, 1, MAX_BATCH);
        let k = &$($m)? $s.cost;
        $c.f(&$($m)? k.hours_per_day, 0.0, MAX_HOURS_PER_DAY);
        q(&mut $c, &$($m)? k.usd_per_kwh, 0.0, MAX_USD_PER_KWH);
        $c.u(&$($m)? k.years, 1, MAX_YEARS);
        oq(&mut $c, &$($m)? k.purchase, 0.0, HUGE);
        oq(&mut $c, &$($m)? k.power_override, TINY, HUGE);
        q(&mut $c, &$($m)? k.maintenance_per_year, 0.0, HUGE);
        q(&mut $c, &$($m)? k.cloud_usd_per_hour, 0.0, HUGE);
        $c.opt(&$($m)? k.cloud_tokens_per_s, TINY, HUGE);
        $c.opt(&$($m)? k.cloud_users_per_instance, 0.0, HUGE);
        q(&mut $c, &$($m)? k.api_usd_per_mtok, 0.0, HUGE);
        q(&mut $c, &$($m)? k.api_input_usd_per_mtok, 0.0, HUGE);
        q(&mut $c, &$($m)? k.api_cached_usd_per_mtok, 0.0, HUGE);
        q(&mut $c, &$($m)? k.resale, 0.0, HUGE);
        $c.f(&$($m)? k.pue, 1.0, MAX_PUE);
        let wl = &$($m)? $s.workload;
        $c.f(&$($m)? wl.users, 0.0, MAX_USERS);
        $c.f(&$($m)? wl.requests_per_user_per_day, 0.0, MAX_REQUESTS_PER_DAY);
        $c.u(&$($m)? wl.input_tokens, 0, MAX_TOKENS);
        $c.u(&$($m)? wl.output_tokens, 1, MAX_TOKENS);
        $c.f(&$($m)? wl.cached_share, 0.0, 1.0);
        $c.f(&$($m)? wl.max_ttft_s, TINY, HUGE);
        $c.f(&$($m)? wl.min_user_tokens_per_s, 0.0, HUGE);
        $c.f(&$($m)? wl.spec_acceptance, 0.0, 0.99);
    }};
}

/// Moves every input of `s` inside the documented ranges; true when anything moved.
/// In place: [`estimate`](crate::estimate) runs it only when [`within`] says something is
/// out of range, on its own copy.
pub fn clamp(s: &mut Scenario) -> bool {
    let mut c = Clamp(false);
    walk!(s, c, mut);
    c.0
}

/// Whether every input of `s` is inside the documented ranges, so that [`clamp`] would
/// move nothing. The same walk without writing: [`estimate`](crate::estimate) asks this
/// first and copies the scenario only when it must clamp (the copy was an eighth of an
/// estimate's time, measured 2026-12-03 with the sweep benchmark).
///
/// In wasm it is the clamp itself, run on a copy: the page's estimates are a few hundred
/// per input change, and the second walk cost it 157 bytes of download (gzip).
pub fn within(s: &Scenario) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let mut copy = *s;
        !clamp(&mut copy)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut c = Clamp(false);
        walk!(s, c);
        !c.0
    }
}
