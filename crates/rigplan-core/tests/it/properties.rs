//! Properties of the estimator over generated scenarios.

use proptest::prelude::*;
use rigplan_core::hardware::{
    DeviceKind, DeviceSpec, Host, Interconnect, MemoryRule, MemoryType, Vendor,
};
use rigplan_core::limits::{clamp, within};
use rigplan_core::model::{Attention, ModelArch, Moe};
use rigplan_core::quant::{KernelClass, KvType, QuantFormat, QuantScheme};
use rigplan_core::units::{Bytes, BytesPerSecond, FlopsPerSecond, Usd, Watts};
use rigplan_core::{
    Backend, CostInputs, Engine, Scenario, Split, Warning, Work, Workload, estimate,
};

fn arch() -> impl Strategy<Value = ModelArch> {
    (
        1u32..=160,
        6u32..=14,
        0u32..=3,
        1u32..=8,
        0u32..=3,
        0u32..=3,
        1u32..=300_000,
        any::<bool>(),
    )
        .prop_map(
            |(layers, hpow, kvdiv, ffn_mult, moe_kind, attn_kind, vocab, tied)| {
                let hidden = 1u32 << hpow;
                let heads = (hidden / 128).max(1);
                let kv_heads = (heads >> kvdiv).max(1);
                let ffn = hidden * ffn_mult;
                let moe = match moe_kind {
                    0 | 1 => None,
                    _ => Some(Moe {
                        experts: 8 << moe_kind,
                        active: 2 + moe_kind,
                        shared: moe_kind - 2,
                        expert_ffn: ffn / 4 + 1,
                        dense_layers: 1,
                    }),
                };
                let attention = match attn_kind {
                    0 => Attention::Full,
                    // Odd layer counts give the global layers their own shape (Gemma 4).
                    1 => Attention::Sliding {
                        window: 128 << (layers % 5),
                        local_layers: layers / 2,
                        global_kv_heads: (layers % 2) * (kv_heads / 2),
                        global_head_dim: (layers % 2) * 256,
                    },
                    2 => Attention::Mla {
                        kv_lora_rank: 512,
                        rope_dim: 64,
                    },
                    // A quarter attention, the rest recurrent (Qwen3-Next, Granite 4.0 H).
                    _ => Attention::Hybrid {
                        attention_layers: layers / 4,
                        recurrent_layers: layers - layers / 4,
                        state_per_layer: 403_200,
                    },
                };
                let h = f64::from(hidden);
                let params = f64::from(layers) * (4.0 * h * h + 3.0 * h * f64::from(ffn))
                    + 2.0 * f64::from(vocab) * h;
                ModelArch {
                    params,
                    active_params: if moe.is_some() { params / 4.0 } else { params },
                    layers,
                    hidden,
                    heads,
                    kv_heads,
                    head_dim: 128,
                    ffn,
                    vocab,
                    tied_embeddings: tied,
                    moe,
                    attention,
                    max_context: 131_072,
                    // Gemma 3n's per-layer inputs and shared caches on a third of the
                    // sliding models.
                    per_layer_input: if attn_kind == 1 && vocab % 3 == 0 {
                        256
                    } else {
                        0
                    },
                    kv_shared_layers: if attn_kind == 1 && vocab % 3 == 0 {
                        layers / 3
                    } else {
                        0
                    },
                    small_op_layers: if attn_kind == 1 && vocab % 6 == 0 {
                        layers
                    } else {
                        0
                    },
                    // LFM2's short convolutions on half the hybrid models.
                    conv_layers: if attn_kind == 3 && vocab % 2 == 0 {
                        layers - layers / 4
                    } else {
                        0
                    },
                }
            },
        )
}

fn device() -> impl Strategy<Value = DeviceSpec> {
    (
        1.0f64..2000.0,
        10.0f64..10_000.0,
        prop::option::of(1.0f64..5000.0),
        prop::option::of(5.0f64..2000.0),
        0u8..3,
        prop::option::of(10.0f64..900.0),
    )
        .prop_map(|(mem, bw, fp16, tdp, kind, nvlink)| {
            let (kind, rule, mt, vendor) = match kind {
                0 => (
                    DeviceKind::Gpu,
                    MemoryRule::Dedicated,
                    MemoryType::Gddr,
                    Vendor::Nvidia,
                ),
                1 => (
                    DeviceKind::Unified,
                    MemoryRule::AppleWiredLimit,
                    MemoryType::Lpddr,
                    Vendor::Apple,
                ),
                _ => (
                    DeviceKind::Unified,
                    MemoryRule::Carveout { max_fraction: 0.75 },
                    MemoryType::Lpddr,
                    Vendor::Amd,
                ),
            };
            DeviceSpec {
                vendor,
                kind,
                memory: Bytes::from_gb(mem),
                memory_type: mt,
                bandwidth: BytesPerSecond::from_gbs(bw),
                fp16: fp16.map(FlopsPerSecond::from_tflops),
                fp16_is_fp32_accumulate: false,
                vulkan_vector_only: false,
                int8: None,
                fp8: None,
                fp4: None,
                tdp: tdp.map(Watts::new),
                idle: None,
                interconnect: Interconnect {
                    pcie_gen: 4,
                    pcie_lanes: 16,
                    nvlink: nvlink.map(BytesPerSecond::from_gbs),
                },
                memory_rule: rule,
            }
        })
}

fn quant(bits: f64) -> QuantScheme {
    QuantScheme::uniform(bits, KernelClass::KQuant, QuantFormat::Gguf)
}

prop_compose! {
    fn scenario()(model in arch(), device in device(), bits in 2.0f64..32.0, count in 1u32..=8,
                  tensor in any::<bool>(), context in 1u32..=1_000_000, prompt in 1u32..=100_000,
                  depth in 0u32..=1_000_000, kv in 0u8..3, fa in any::<bool>(), batch in 1u32..=256,
                  hours in 0.0f64..=24.0, backend in 0u8..6, work in work()) -> Scenario {
        Scenario {
            model,
            quant: quant(bits),
            device,
            count,
            host: Host { ram: Bytes::from_gb(64.0), ram_bandwidth: BytesPerSecond::from_gbs(89.6), load_power: Watts::new(100.0), idle_power: Watts::new(40.0), price: None },
            engine: Engine::LlamaCpp,
            backend: Backend::ALL[backend as usize % Backend::ALL.len()],
            split: if tensor { Split::Tensor } else { Split::Layer },
            context,
            prompt,
            depth,
            prefill_depth: depth / 2,
            // 1 to 8192 tokens.
            ubatch: 1 << (prompt % 14),
            n_cpu_moe: depth % 64,
            kv: [KvType::F16, KvType::Q8_0, KvType::Q4_0][kv as usize],
            flash_attention: fa,
            batch,
            workload: work.0,
            cost: CostInputs {
                work: work.1,
                hours_per_day: hours,
                usd_per_kwh: Usd::new(0.15),
                years: 5,
                purchase: Some(Usd::new(2000.0)),
                power_override: None,
                maintenance_per_year: Usd::ZERO,
                cloud_usd_per_hour: Usd::new(2.0),
                cloud_tokens_per_s: None,
                cloud_users_per_instance: None,
                api_usd_per_mtok: Usd::new(0.6),
                api_input_usd_per_mtok: Usd::new(0.15),
                api_cached_usd_per_mtok: Usd::new(0.075),
                resale: Usd::new(300.0),
                pue: 1.2,
            },
        }
    }
}

prop_compose! {
    /// A workload, and whether it or the machine's capacity is priced.
    fn work()(users in 0.0f64..1e4, rpd in 0.0f64..200.0, input in 0u32..=200_000,
              output in 1u32..=20_000, cached in 0.0f64..=1.0, ttft in 0.05f64..30.0,
              tps in 0.0f64..60.0, spec in 0.0f64..0.95, capacity in any::<bool>()) -> (Workload, Work) {
        (Workload {
            users,
            requests_per_user_per_day: rpd,
            input_tokens: input,
            output_tokens: output,
            cached_share: cached,
            max_ttft_s: ttft,
            min_user_tokens_per_s: tps,
            spec_acceptance: spec,
        }, if capacity { Work::Capacity } else { Work::Workload })
    }
}

/// Any float, weighted to the values that break arithmetic.
fn wild_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        Just(-0.0),
        Just(-1.0),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE / 4.0),
        any::<f64>(),
        -1e20f64..1e20,
    ]
}

fn wild_u32() -> impl Strategy<Value = u32> {
    prop_oneof![Just(0u32), Just(1), Just(u32::MAX), any::<u32>(), 0u32..100]
}

prop_compose! {
    /// A generated scenario with a random subset of its inputs replaced by wild values.
    fn wild()(s in scenario(), f in prop::collection::vec(wild_f64(), 24),
              u in prop::collection::vec(wild_u32(), 14), mask in any::<u64>(),
              carveout in wild_f64()) -> Scenario {
        let mut s = s;
        let on = |i: u32| (mask >> i) & 1 == 1;
        let fl = |i: usize| f[i];
        macro_rules! set { ($i:expr, $place:expr, $v:expr) => { if on($i) { $place = $v; } }; }
        set!(0, s.model.params, fl(0));
        set!(1, s.model.active_params, fl(1));
        set!(2, s.quant.base, fl(2));
        set!(3, s.quant.output, fl(3));
        set!(4, s.device.memory, Bytes::new(fl(4)));
        set!(5, s.device.bandwidth, BytesPerSecond::new(fl(5)));
        set!(6, s.device.fp16, Some(FlopsPerSecond::new(fl(6))));
        set!(7, s.device.tdp, Some(Watts::new(fl(7))));
        set!(8, s.device.idle, Some(Watts::new(fl(8))));
        set!(9, s.device.interconnect.nvlink, Some(BytesPerSecond::new(fl(9))));
        set!(10, s.host.ram, Bytes::new(fl(10)));
        set!(11, s.host.ram_bandwidth, BytesPerSecond::new(fl(11)));
        set!(12, s.host.load_power, Watts::new(fl(12)));
        set!(13, s.host.idle_power, Watts::new(fl(13)));
        set!(14, s.cost.hours_per_day, fl(14));
        set!(15, s.cost.usd_per_kwh, Usd::new(fl(15)));
        set!(16, s.cost.purchase, Some(Usd::new(fl(16))));
        set!(17, s.cost.power_override, Some(Watts::new(fl(17))));
        set!(18, s.cost.maintenance_per_year, Usd::new(fl(18)));
        set!(19, s.cost.cloud_usd_per_hour, Usd::new(fl(19)));
        set!(20, s.cost.cloud_tokens_per_s, Some(fl(20)));
        set!(21, s.cost.api_usd_per_mtok, Usd::new(fl(21)));
        set!(22, s.host.price, Some(Usd::new(fl(22))));
        set!(23, s.quant.moe_dense, Some(fl(23)));
        set!(24, s.model.layers, u[0]);
        set!(25, s.model.hidden, u[1]);
        set!(26, s.model.heads, u[2]);
        set!(27, s.model.kv_heads, u[3]);
        set!(28, s.model.head_dim, u[4]);
        set!(29, s.model.ffn, u[5]);
        set!(30, s.model.vocab, u[6]);
        set!(31, s.count, u[7]);
        set!(32, s.context, u[8]);
        set!(33, s.prompt, u[9]);
        set!(34, s.depth, u[10]);
        set!(35, s.batch, u[11]);
        set!(36, s.cost.years, u[12]);
        set!(37, s.model.max_context, u[13]);
        set!(38, s.device.memory_rule, MemoryRule::Carveout { max_fraction: carveout });
        set!(39, s.device.interconnect.pcie_gen, u8::MAX);
        set!(41, s.ubatch, u[9]);
        if let (true, Some(m)) = (on(40), &mut s.model.moe) {
            (m.experts, m.active, m.shared, m.expert_ffn, m.dense_layers) = (u[0], u[1], u[2], u[3], u[4]);
        }
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    /// Whatever the input, every output is finite and non-negative; the clamp warning is
    /// there exactly when an input was out of range, and a clamped scenario is in range.
    #[test]
    fn any_input_is_clamped_to_sane_outputs(s in wild()) {
        let e = estimate(&s);
        prop_assert!(e.is_sane(), "{s:?}\n{e:?}");
        let mut inside = s;
        let moved = clamp(&mut inside);
        prop_assert_eq!(e.warnings.has(Warning::InputClamped), moved);
        prop_assert_eq!(within(&s), !moved, "within and clamp disagree: {:?}", s);
        prop_assert!(within(&inside), "clamped, yet not within: {inside:?}");
        prop_assert!(!clamp(&mut inside.clone()), "clamping twice moved something: {inside:?}");
        prop_assert_eq!(estimate(&inside).memory, e.memory);
    }

    #[test]
    fn outputs_are_finite_and_positive(s in scenario()) {
        let e = estimate(&s);
        prop_assert!(e.is_sane(), "{e:?}");
        prop_assert!(!e.warnings.has(Warning::InputClamped), "in range, yet clamped: {s:?}");
        prop_assert!(e.speed.decode.get() > 0.0 && e.speed.prefill.get() > 0.0);
        prop_assert!(e.memory.weights.get() > 0.0 && e.memory.kv_cache.get() >= 0.0);
    }

    /// More work never costs less: more users (or more requests each) never lower the
    /// own, cloud or API totals, and never raise any user's decode speed.
    #[test]
    fn more_work_never_costs_less_or_serves_faster(s in scenario(), more in 1.0f64..20.0) {
        let mut s = s;
        s.cost.work = Work::Workload;
        let mut big = s;
        big.workload.users *= more;
        let (a, b) = (estimate(&s), estimate(&big));
        let tol = |x: f64| 1e-9 * x.abs().max(1.0);
        prop_assert!(b.tco.api_total.get() >= a.tco.api_total.get() - tol(a.tco.api_total.get()));
        prop_assert!(b.tco.own_total.get() >= a.tco.own_total.get() - tol(a.tco.own_total.get()));
        prop_assert!(b.tco.cloud_total.get() >= a.tco.cloud_total.get() - tol(a.tco.cloud_total.get()),
            "{} < {}", b.tco.cloud_total.get(), a.tco.cloud_total.get());
        prop_assert!(b.serving.per_user_decode_tokens_per_s
            <= a.serving.per_user_decode_tokens_per_s * (1.0 + 1e-9),
            "{} > {}", b.serving.per_user_decode_tokens_per_s, a.serving.per_user_decode_tokens_per_s);
        prop_assert!(b.serving.time_to_first_token_s >= a.serving.time_to_first_token_s * (1.0 - 1e-9));
    }

    #[test]
    fn parts_sum_to_total(s in scenario()) {
        let m = estimate(&s).memory;
        let sum = m.weights + m.kv_cache + m.compute_buffer + m.overhead;
        prop_assert!((sum.get() - m.total.get()).abs() <= 1e-9 * m.total.get());
    }

    #[test]
    fn memory_grows_with_context(s in scenario(), extra in 1u32..100_000) {
        let mut more = s;
        more.context = s.context.saturating_add(extra);
        prop_assert!(estimate(&more).memory.total >= estimate(&s).memory.total);
    }

    #[test]
    fn memory_grows_with_batch(s in scenario(), extra in 1u32..64) {
        let mut more = s;
        more.batch = s.batch + extra;
        prop_assert!(estimate(&more).memory.total >= estimate(&s).memory.total);
    }

    #[test]
    fn memory_grows_with_bits(s in scenario(), extra in 0.1f64..8.0) {
        let mut more = s;
        more.quant = quant(s.quant.base + extra);
        prop_assert!(estimate(&more).memory.weights > estimate(&s).memory.weights);
        prop_assert!(estimate(&more).memory.total >= estimate(&s).memory.total);
    }

    #[test]
    fn memory_grows_with_parameters(s in scenario(), factor in 1.01f64..4.0) {
        let mut more = s;
        more.model.params = s.model.params * factor;
        more.model.active_params = s.model.active_params * factor;
        prop_assert!(estimate(&more).memory.weights >= estimate(&s).memory.weights);
    }

    #[test]
    fn more_bandwidth_is_never_slower(s in scenario(), factor in 1.01f64..4.0) {
        let mut fast = s;
        fast.device.bandwidth = s.device.bandwidth * factor;
        prop_assert!(estimate(&fast).speed.decode >= estimate(&s).speed.decode);
    }

    #[test]
    fn longer_context_never_decodes_faster(s in scenario(), extra in 1u32..100_000) {
        let mut deep = s;
        deep.depth = s.depth.saturating_add(extra);
        prop_assert!(estimate(&deep).speed.decode <= estimate(&s).speed.decode);
    }
}

/// The band table the compiler fills equals the blend computed at run time.
#[test]
fn compiled_bands_equal_the_runtime_blend() {
    use rigplan_core::calib::BANDS;
    use rigplan_core::speed::{band, band_from};
    for i in 0..BANDS.len() + 2 {
        for calibrated in [true, false] {
            assert_eq!(
                band(i, calibrated),
                band_from(&BANDS, i, calibrated),
                "slice {i}"
            );
        }
    }
}
