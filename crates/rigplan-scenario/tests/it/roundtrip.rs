//! Links round-trip: encode then decode gives the same scenario for generated scenarios,
//! and decode then encode is canonical for any text.

use proptest::prelude::*;
use rigplan_catalog::{MODELS, QUANTS, hardware_ids};
use rigplan_core::Split;
use rigplan_core::quant::KvType;
use rigplan_scenario::link::{decode, encode};
use rigplan_scenario::resolve::{HardwareChoice, ModelChoice, Params};
use rigplan_scenario::{BACKENDS, ENGINES, resolve};

fn pick<T: Clone + std::fmt::Debug + 'static>(items: Vec<T>) -> impl Strategy<Value = T> {
    proptest::sample::select(items)
}

prop_compose! {
    fn params()(
        model in pick(MODELS.iter().map(|m| m.id).collect()),
        quant in pick(QUANTS.iter().map(|q| q.id).collect()),
        hw in pick(hardware_ids().collect()),
        count in 1u32..=1024, tensor in any::<bool>(), context in 1u32..=10_000_000, prompt in 1u32..=10_000_000,
        depth in 0u32..=10_000_000, kv in 0u8..3, engine in pick(ENGINES.iter().map(|e| e.0).collect()),
        backend in proptest::option::of(pick(BACKENDS.iter().map(|b| b.0).collect())), fa in any::<bool>(),
        batch in 1u32..=4096, hours in 0.0f64..=24.0, kwh in 0.0f64..=100.0, years in 1u32..=30,
        price in proptest::option::of(0.0f64..=1e10), power in proptest::option::of(1.0f64..=1e7),
        maint in 0.0f64..=1e9, cloud in proptest::option::of(0.0f64..=1e6), api in proptest::option::of(0.0f64..=1e4),
        memory in proptest::option::of(0.1f64..=100_000.0),
    ) -> Params {
        Params {
            model: ModelChoice::Id(model.into()),
            quant: quant.into(),
            hardware: HardwareChoice::Id(hw.into()),
            memory_gb: memory,
            count,
            split: if tensor { Split::Tensor } else { Split::Layer },
            context,
            prompt,
            depth,
            kv: [KvType::F16, KvType::Q8_0, KvType::Q4_0][usize::from(kv)],
            engine: engine.into(),
            backend: backend.map(str::to_string),
            flash_attention: fa,
            batch,
            hours_per_day: hours,
            usd_per_kwh: kwh,
            years,
            price_usd: price,
            power_w: power,
            maintenance_usd_per_year: maint,
            cloud_usd_per_hour: cloud,
            api_usd_per_mtok: api,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn encode_then_decode_is_identity(p in params()) {
        let link = encode(&p);
        let d = decode(&link);
        prop_assert!(d.dropped.is_empty(), "{link}: {:?}", d.dropped);
        prop_assert_eq!(&d.params, &p);
        prop_assert!(resolve(&d.params).is_ok());
    }

    #[test]
    fn decode_then_encode_is_canonical(s in ".{0,300}", p in params()) {
        // Arbitrary text, and valid links with junk appended.
        for text in [s.clone(), format!("{}&{s}", encode(&p))] {
            let once = encode(&decode(&text).params);
            let twice = encode(&decode(&once).params);
            prop_assert_eq!(&once, &twice);
            prop_assert!(resolve(&decode(&text).params).is_ok());
        }
    }
}
