//! Properties of the estimator over generated scenarios.

use proptest::prelude::*;
use rigplan_core::hardware::{
    DeviceKind, DeviceSpec, Host, Interconnect, MemoryRule, MemoryType, Vendor,
};
use rigplan_core::model::{Attention, ModelArch, Moe};
use rigplan_core::quant::{KernelClass, KvType, QuantFormat, QuantScheme};
use rigplan_core::units::{Bytes, BytesPerSecond, FlopsPerSecond, Usd, Watts};
use rigplan_core::{Backend, CostInputs, Engine, Scenario, Split, estimate};

fn arch() -> impl Strategy<Value = ModelArch> {
    (
        1u32..=160,
        6u32..=14,
        0u32..=3,
        1u32..=8,
        0u32..=3,
        0u32..=2,
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
                    1 => Attention::Sliding {
                        window: 128 << (layers % 5),
                        local_layers: layers / 2,
                    },
                    _ => Attention::Mla {
                        kv_lora_rank: 512,
                        rope_dim: 64,
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
                int8: None,
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
                  hours in 0.0f64..=24.0, backend in 0u8..5) -> Scenario {
        Scenario {
            model,
            quant: quant(bits),
            device,
            count,
            host: Host { ram: Bytes::from_gb(64.0), ram_bandwidth: BytesPerSecond::from_gbs(89.6), load_power: Watts::new(100.0), idle_power: Watts::new(40.0), price: None },
            engine: Engine::LlamaCpp,
            backend: [Backend::Cuda, Backend::Metal, Backend::Vulkan, Backend::Rocm, Backend::Cpu][backend as usize],
            split: if tensor { Split::Tensor } else { Split::Layer },
            context,
            prompt,
            depth,
            kv: [KvType::F16, KvType::Q8_0, KvType::Q4_0][kv as usize],
            flash_attention: fa,
            batch,
            cost: CostInputs {
                hours_per_day: hours,
                usd_per_kwh: Usd::new(0.15),
                years: 5,
                purchase: Some(Usd::new(2000.0)),
                power_override: None,
                maintenance_per_year: Usd::ZERO,
                cloud_usd_per_hour: Usd::new(2.0),
                cloud_tokens_per_s: None,
                api_usd_per_mtok: Usd::new(0.6),
            },
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn outputs_are_finite_and_positive(s in scenario()) {
        let e = estimate(&s);
        prop_assert!(e.is_sane(), "{e:?}");
        prop_assert!(e.speed.decode.get() > 0.0 && e.speed.prefill.get() > 0.0);
        prop_assert!(e.memory.weights.get() > 0.0 && e.memory.kv_cache.get() >= 0.0);
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
