//! Scenarios the product promises to get right (issue acceptance cases).

use rigplan_catalog::devices;
use rigplan_core::{Estimate, Fit, estimate};
use rigplan_scenario::resolve;
use rigplan_scenario::{HardwareChoice, ModelChoice, Params};

fn run(model: &str, quant: &str, hw: &str, count: u32) -> Estimate {
    let p = Params {
        model: ModelChoice::Id(model.into()),
        quant: quant.into(),
        hardware: HardwareChoice::Id(hw.into()),
        count,
        ..Params::default()
    };
    estimate(&resolve(&p).unwrap().scenario)
}

/// `x` strictly between `lo` and `hi`.
fn between(what: &str, x: f64, lo: f64, hi: f64) {
    assert!(x > lo && x < hi, "{what}: {x} is not between {lo} and {hi}");
}

#[test]
fn llama_70b_q4_on_one_4090_needs_offload_and_fits_on_two() {
    let one = run("llama-3.1-70b", "q4_k_m", "rtx-4090", 1);
    assert_eq!(one.memory.fit, Fit::Offload, "{:?}", one.memory);
    assert!(one.memory.offloaded.as_gb() > 15.0);
    // Offloaded layers run at DDR5 speed: far slower than the card.
    assert!(one.speed.decode.get() < 5.0, "{}", one.speed.decode.get());
    let two = run("llama-3.1-70b", "q4_k_m", "rtx-4090", 2);
    assert_eq!(two.memory.fit, Fit::Fits, "{:?}", two.memory);
    // Layer split: about one card's speed, not twice it (XD-0119 measured 19.2 tok/s).
    between("decode on two 4090s", two.speed.decode.get(), 14.0, 25.0);
}

#[test]
fn llama_70b_q4_fits_an_m3_ultra() {
    let e = run("llama-3.1-70b", "q4_k_m", "apple-m3-ultra-80c", 1);
    assert_eq!(e.memory.fit, Fit::Fits);
}

#[test]
fn deepseek_r1_q4_fits_no_single_gpu() {
    let e = run("deepseek-r1", "q4_k_m", "h200", 1);
    let gb = e.memory.weights.as_gb();
    between("R1 Q4_K_M weights GB", gb, 370.0, 430.0);
    for d in devices() {
        let e = run("deepseek-r1", "q4_k_m", d.id, 1);
        if d.memory_gb < 400.0 {
            assert_ne!(
                e.memory.fit,
                Fit::Fits,
                "{} claims to hold DeepSeek-R1 Q4_K_M",
                d.id
            );
        }
    }
}

#[test]
fn mac_studio_512gb_holds_deepseek_r1_q4_only_after_raising_the_cap_or_not() {
    // 512 GB x 0.75 default wired limit = 384 GiB usable; R1 Q4_K_M is about 377 GiB plus KV.
    let e = run("deepseek-r1", "q4_k_m", "mac-studio-m3-ultra-512gb", 1);
    let gib = e.memory.usable.as_gib();
    between("usable GiB", gib, 380.0, 390.0);
}

#[test]
fn unknown_ids_suggest_neighbours() {
    let p = Params {
        hardware: HardwareChoice::Id("rtx-4900".into()),
        ..Params::default()
    };
    let err = resolve(&p).unwrap_err();
    assert_eq!(err.field, rigplan_scenario::FieldId::Hardware);
    assert!(err.message.contains("rtx-4090"), "{}", err.message);
    let p = Params {
        model: ModelChoice::Id("lama-3-8b".into()),
        ..Params::default()
    };
    assert!(resolve(&p).unwrap_err().message.contains("llama-3-8b"));
    let p = Params {
        context: 0,
        ..Params::default()
    };
    assert_eq!(
        resolve(&p).unwrap_err().field,
        rigplan_scenario::FieldId::Context
    );
}

#[test]
fn moe_decodes_from_active_parameters() {
    let moe = run("qwen3-30b-a3b", "q4_k_m", "rtx-5090", 1);
    let dense = run("qwen3-32b", "q4_k_m", "rtx-5090", 1);
    assert!(moe.speed.decode.get() > 2.5 * dense.speed.decode.get());
    assert!((moe.memory.weights.as_gb() / dense.memory.weights.as_gb()) > 0.8);
}

#[test]
fn tensor_parallel_over_nvlink_beats_pcie() {
    let p = |hw: &str| Params {
        model: ModelChoice::Id("llama-3.1-70b".into()),
        quant: "f16".into(),
        hardware: HardwareChoice::Id(hw.into()),
        count: 4,
        split: rigplan_core::Split::Tensor,
        ..Params::default()
    };
    let nv = estimate(&resolve(&p("a100-80gb-sxm")).unwrap().scenario);
    let layer = estimate(
        &resolve(&Params {
            split: rigplan_core::Split::Layer,
            ..p("a100-80gb-sxm")
        })
        .unwrap()
        .scenario,
    );
    assert!(
        nv.speed.decode.get() > 2.0 * layer.speed.decode.get(),
        "TP {} vs layer {}",
        nv.speed.decode.get(),
        layer.speed.decode.get()
    );
}

#[test]
fn the_cpu_backend_fits_in_system_ram() {
    // Regression: `--backend cpu` said "does not fit: the accelerators have 0.0 GB".
    for (model, hw) in [
        ("llama-3.1-8b", "rtx-4090"),
        ("qwen2.5-32b", "dell-xps-13-9345-snapdragon-x-elite-64gb"),
    ] {
        let p = Params {
            model: ModelChoice::Id(model.into()),
            hardware: HardwareChoice::Id(hw.into()),
            backend: Some("cpu".into()),
            ..Params::default()
        };
        let e = estimate(&resolve(&p).unwrap().scenario);
        assert_eq!(e.memory.fit, Fit::Fits, "{model} on {hw}: {:?}", e.memory);
        assert!(e.memory.in_system_ram && e.memory.host_usable.get() == 0.0);
        assert_eq!(
            rigplan_scenario::present::verdict(&e.memory).label,
            "Fits in system RAM"
        );
    }
    // 405B does not fit the 64 GB desktop host in system RAM either.
    let p = Params {
        model: ModelChoice::Id("llama-3.1-405b".into()),
        backend: Some("cpu".into()),
        ..Params::default()
    };
    let e = estimate(&resolve(&p).unwrap().scenario);
    assert_eq!(e.memory.fit, Fit::DoesNotFit);
}

#[test]
fn a_custom_name_cannot_pass_for_a_catalog_device() {
    // Regression: a custom device named like a catalog card read as that card, and a name
    // starting with U+202E reversed the page's text after it.
    let link =
        "v=1&m=llama-3.1-405b&chw=NVIDIA%20GeForce%20RTX%204090~nvidia~gpu~1000~1008~82.6~450";
    let r = resolve(&rigplan_scenario::link::decode(link).params).unwrap();
    assert_eq!(r.hardware_name, "NVIDIA GeForce RTX 4090 (custom)");
    let link = "v=1&chw=%E2%80%AEevil%E2%81%A6name~other~gpu~24~1000~100~350";
    let r = resolve(&rigplan_scenario::link::decode(link).params).unwrap();
    assert_eq!(r.hardware_name, "evilname (custom)");
    assert!(
        !r.hardware_name
            .chars()
            .any(rigplan_scenario::custom::is_bidi_control)
    );
}

/// The cloud line rents the reference GPUs the model needs, whatever the user's own
/// placement: experts in system RAM on a 12 GB card (`--n-cpu-moe`) or an engine that
/// runs only on Apple GPUs do not change what an H100 instance costs.
#[test]
fn the_cloud_reference_ignores_the_users_expert_placement_and_engine() {
    let resolved = |model: &str, quant: &str, hw: &str, f: &dyn Fn(&mut Params)| {
        let mut p = Params {
            model: ModelChoice::Id(model.into()),
            quant: quant.into(),
            hardware: HardwareChoice::Id(hw.into()),
            ..Params::default()
        };
        f(&mut p);
        resolve(&p).unwrap().scenario.cost
    };
    let plain = resolved("qwen3-next-80b-a3b", "q4_k_m", "rtx-4070", &|_| {});
    let offload = resolved("qwen3-next-80b-a3b", "q4_k_m", "rtx-4070", &|p| {
        p.n_cpu_moe = 40;
    });
    assert_eq!(offload.cloud_usd_per_hour, plain.cloud_usd_per_hour);
    // One H100 (80 GB) holds the 48 GB of weights, as it holds an 8B model: one GPU-hour's
    // price, not 64.
    let small = resolved("llama-3.1-8b", "q4_k_m", "rtx-4070", &|_| {});
    assert_eq!(plain.cloud_usd_per_hour, small.cloud_usd_per_hour);
    let mlx = resolved("llama-3.1-8b", "mlx-4bit", "apple-m4-max-40c", &|p| {
        p.engine = "mlx".into();
    });
    let llama = resolved("llama-3.1-8b", "mlx-4bit", "apple-m4-max-40c", &|p| {
        p.engine = "llama.cpp".into();
    });
    assert!(mlx.cloud_tokens_per_s.unwrap() > 0.0);
    assert_eq!(mlx.cloud_tokens_per_s, llama.cloud_tokens_per_s);
}

/// `--pcie-slot`: experts in system RAM cross the card's slot in prefill, so a slot older
/// or narrower than the card slows prefill (measured: an R9700 at PCIe 4.0 x8 prefills
/// Qwen3.6-35B-A3B with 32 blocks' experts on the CPU at 367 tok/s, X26-NCM-017); a slot
/// as wide as the card changes nothing, nor does any slot for a part not on PCIe.
#[test]
fn a_narrower_pcie_slot_slows_expert_offload_prefill_only() {
    let est = |model: &str, quant: &str, hw: &str, ncm: u32, slot: Option<&'static str>| {
        let p = Params {
            model: ModelChoice::Id(model.into()),
            quant: quant.into(),
            hardware: HardwareChoice::Id(hw.into()),
            n_cpu_moe: ncm,
            prompt: 2048,
            pcie_slot: slot.map(Into::into),
            ..Params::default()
        };
        estimate(&resolve(&p).unwrap().scenario)
    };
    let (m, q, hw) = ("qwen3.6-35b-a3b", "q5_k_m", "radeon-ai-pro-r9700");
    let own = est(m, q, hw, 32, None);
    let x8 = est(m, q, hw, 32, Some("4x8"));
    // The card's PCIe 5.0 x16 moves four times what a 4.0 x8 slot does.
    assert!(
        x8.speed.prefill.get() < 0.5 * own.speed.prefill.get(),
        "{} vs {}",
        x8.speed.prefill.get(),
        own.speed.prefill.get()
    );
    between(
        "prefill at 4.0 x8",
        x8.speed.prefill.get(),
        367.0 * 0.7,
        367.0 * 1.3,
    );
    // Decode reads the experts where they are: the slot does not matter.
    assert_eq!(x8.speed.decode, own.speed.decode);
    // The link itself: the older generation and the fewer lanes; a slot as wide as the
    // card (an RTX 4070 is PCIe 4.0 x16) is its own link; a part not on PCIe has none.
    let link = |hw: &str, slot: Option<&str>| {
        let p = Params {
            hardware: HardwareChoice::Id(hw.into()),
            pcie_slot: slot.map(Into::into),
            ..Params::default()
        };
        let i = resolve(&p).unwrap().scenario.device.interconnect;
        (i.pcie_gen, i.pcie_lanes)
    };
    assert_eq!(link(hw, None), (5, 16));
    assert_eq!(link(hw, Some("4x8")), (4, 8));
    assert_eq!(link("rtx-4070", Some("4x16")), link("rtx-4070", None));
    assert_eq!(link("rtx-4070", Some("3x16")), (3, 16));
    assert_eq!(
        link("apple-m3-ultra-80c", Some("3x4")),
        link("apple-m3-ultra-80c", None)
    );
}

/// gpt-oss ships its experts in MXFP4 and every GGUF level keeps them (bartowski's
/// gpt-oss card; unsloth's files, listed at
/// https://ailocalcheck.com/model/unsloth/gpt-oss-120b-GGUF, read 2026-12-05: Q4_K_M
/// 58.46 GiB, Q8_0 59.03). The Q4_K_M mix over every tensor would be 81.7 GiB, more than
/// an 80 GB card holds.
#[test]
fn gpt_oss_k_quants_keep_the_mxfp4_experts() {
    let p = |quant: &str| {
        let p = Params {
            model: ModelChoice::Id("gpt-oss-120b".into()),
            quant: quant.into(),
            hardware: HardwareChoice::Id("h100-sxm".into()),
            ..Params::default()
        };
        resolve(&p).unwrap().scenario
    };
    let gib = |quant: &str| {
        let s = p(quant);
        rigplan_core::memory::weight_bytes(&s.model, &s.quant)
            .total
            .as_gib()
    };
    between(
        "gpt-oss-120b Q4_K_M, GiB",
        gib("q4_k_m"),
        58.46 * 0.98,
        58.46 * 1.02,
    );
    between(
        "gpt-oss-120b Q8_0, GiB",
        gib("q8_0"),
        59.03 * 0.98,
        59.03 * 1.02,
    );
    // The native file itself is unchanged (59.02 GiB, LCB-0081).
    between(
        "gpt-oss-120b MXFP4, GiB",
        gib("mxfp4"),
        59.02 * 0.98,
        59.02 * 1.02,
    );
    // A dense model's Q4_K_M is the plain mix.
    let d = Params {
        model: ModelChoice::Id("llama-3.1-8b".into()),
        quant: "q4_k_m".into(),
        ..Params::default()
    };
    let s = resolve(&d).unwrap().scenario;
    assert_eq!(s.quant, rigplan_catalog::quant("q4_k_m").unwrap().scheme);
}
