//! Known answers for the small formulas, computed by hand (the arithmetic is in each
//! comment), so a change to a formula or a constant shows as a failed case.

use rigplan_core::hardware::{
    DeviceKind, DeviceSpec, Interconnect, MemoryRule, MemoryType, Vendor,
};
use rigplan_core::memory::usable_per_device;
use rigplan_core::power::Circuit;
use rigplan_core::speed::{link_bandwidth, pcie_bandwidth, pipeline_speedup};
use rigplan_core::tco::{DAYS_PER_MONTH, breakeven};
use rigplan_core::units::{Bytes, BytesPerSecond, Usd, Watts};
use rigplan_core::{Work, Workload};

#[test]
fn breakeven_month() {
    // $1,200 up front, $50 a month to run, against $150 a month: $100 a month saved, so
    // month 12 is the first at or below (1,200 + 50 x 12 = 1,800 = 150 x 12).
    assert_eq!(breakeven(1200.0, 50.0, 150.0, 60), Some(12));
    // A cent less saved a month: 1,200 / 99.99 = 12.001 months: month 13.
    assert_eq!(breakeven(1200.0, 50.0, 149.99, 60), Some(13));
    // Past the horizon: 1,200 / 10 = 120 months > 60.
    assert_eq!(breakeven(1200.0, 50.0, 60.0, 60), None);
    // Never: owning costs more every month.
    assert_eq!(breakeven(1200.0, 150.0, 50.0, 60), None);
    // Nothing to buy and no dearer to run: the first month.
    assert_eq!(breakeven(0.0, 50.0, 50.0, 60), Some(1));
}

#[test]
fn circuit_for_a_continuous_load() {
    // 80% of volts x amps may be drawn continuously (NEC 210.19/210.20).
    let c = |w: f64| Circuit::for_load(Watts::new(w)).map(|c| (c.volts, c.amps, c.continuous_w));
    assert_eq!(c(1440.0), Some((120.0, 15.0, 1440.0))); // 120 x 15 x 0.8
    assert_eq!(c(1441.0), Some((120.0, 20.0, 1920.0)));
    assert_eq!(c(1921.0), Some((240.0, 20.0, 3840.0)));
    assert_eq!(c(5760.0), Some((240.0, 30.0, 5760.0)));
    assert_eq!(c(19_200.0), Some((240.0, 100.0, 19_200.0)));
    assert_eq!(c(19_201.0), None);
}

fn device(gib: f64, rule: MemoryRule) -> DeviceSpec {
    DeviceSpec {
        vendor: Vendor::Other,
        kind: DeviceKind::Gpu,
        memory: Bytes::from_gib(gib),
        memory_type: MemoryType::Gddr,
        bandwidth: BytesPerSecond::from_gbs(1000.0),
        fp16: None,
        fp16_is_fp32_accumulate: false,
        vulkan_vector_only: false,
        int8: None,
        fp8: None,
        fp4: None,
        tdp: None,
        idle: None,
        interconnect: Interconnect::default(),
        memory_rule: rule,
    }
}

#[test]
fn usable_memory_rules() {
    let u = |gib: f64, rule| usable_per_device(&device(gib, rule)).as_gib();
    // A discrete card keeps 512 MiB for the display: 24 - 0.5.
    assert_eq!(u(24.0, MemoryRule::Dedicated), 23.5);
    // macOS wires two thirds of RAM up to 36 GiB, three quarters above.
    assert_eq!(u(36.0, MemoryRule::AppleWiredLimit), 24.0);
    assert_eq!(u(64.0, MemoryRule::AppleWiredLimit), 48.0);
    assert_eq!(u(512.0, MemoryRule::AppleWiredLimit), 384.0);
    // A carve-out gives the GPU at most its share: 0.75 x 128.
    assert_eq!(u(128.0, MemoryRule::Carveout { max_fraction: 0.75 }), 96.0);
    // Shared with the OS, which keeps 4 GiB.
    assert_eq!(u(16.0, MemoryRule::SharedWithOs), 12.0);
    // Never below zero.
    assert_eq!(u(0.25, MemoryRule::Dedicated), 0.0);
}

#[test]
fn pipeline_speedup_of_a_layer_split_prefill() {
    use rigplan_core::Split;
    let mut s = rigplan_core_test_scenario();
    let speedup = |s: &rigplan_core::Scenario, prompt: f64| pipeline_speedup(s, prompt);
    s.split = Split::Layer;
    // One device: no pipeline.
    s.count = 1;
    assert_eq!(speedup(&s, 2048.0), 1.0);
    // Two devices, 2048 tokens = 4 micro-batches of 512: n m / (m + n - 1) = 8 / 5.
    s.count = 2;
    assert_eq!(speedup(&s, 2048.0), 1.6);
    // One micro-batch keeps one device busy at a time: 2 x 1 / 2 = 1.
    assert_eq!(speedup(&s, 512.0), 1.0);
    // Four devices; the batch is capped at 2048 tokens (4 micro-batches): 16 / 7.
    s.count = 4;
    assert_eq!(speedup(&s, 8192.0), 16.0 / 7.0);
    // Tensor parallel does not pipeline.
    s.split = Split::Tensor;
    assert_eq!(speedup(&s, 2048.0), 1.0);
}

#[test]
fn no_pipeline_under_a_tensor_override() {
    use rigplan_core::Split;
    use rigplan_core::calib::DEFAULT;
    use rigplan_core::memory::{memory, weight_bytes};
    use rigplan_core::speed::prefill_time;
    let mut s = rigplan_core_test_scenario();
    s.split = Split::Layer;
    s.count = 2;
    let w = weight_bytes(&s.model, &s.quant);
    let mem = memory(&s, &w);
    assert_eq!(mem.offloaded.get(), 0.0);
    let time = |s: &rigplan_core::Scenario, cal: &rigplan_core::Calibration| {
        prefill_time(s, &w, &mem, cal, 2048.0, 0.0).get()
    };
    let pipelined = time(&s, &DEFAULT);
    let unpipelined = rigplan_core::Calibration {
        pipeline_eff: 0.0,
        ..DEFAULT
    };
    let alone = time(&s, &unpipelined);
    assert!(pipelined < alone, "{pipelined} vs {alone}");
    // `--n-cpu-moe` is a tensor override, even on a dense model: llama.cpp turns the
    // pipeline off, and the devices take turns.
    s.n_cpu_moe = 4;
    assert_eq!(time(&s, &DEFAULT), alone);
}

/// llama.cpp's matrix peak is the datasheet figure capped at `flops_per_watt` times the
/// board power: a card whose peak is above the cap prefills exactly as one whose
/// datasheet peak is the cap; a card under it is untouched; a serving engine is not capped.
#[test]
fn board_power_caps_the_matrix_peak() {
    use rigplan_core::calib::DEFAULT;
    use rigplan_core::memory::{memory, weight_bytes};
    use rigplan_core::speed::prefill_time;
    use rigplan_core::units::FlopsPerSecond;
    let base = rigplan_core_test_scenario();
    let w = weight_bytes(&base.model, &base.quant);
    let mem = memory(&base, &w);
    let time = |fp16: f64, tdp: Option<f64>, engine: rigplan_core::Engine| {
        let mut s = base;
        s.device.fp16 = Some(FlopsPerSecond::from_tflops(fp16));
        s.device.tdp = tdp.map(Watts::new);
        s.engine = engine;
        prefill_time(&s, &w, &mem, &DEFAULT, 8192.0, 0.0).get()
    };
    let llama = rigplan_core::Engine::LlamaCpp;
    let cap = 300.0 * DEFAULT.flops_per_watt;
    // Twice the cap at 300 W: exactly the cap.
    let capped = time(2.0 * cap, Some(300.0), llama);
    assert!(
        (capped / time(cap, None, llama) - 1.0).abs() < 1e-12,
        "{capped}"
    );
    assert!(capped > time(2.0 * cap, None, llama));
    // Under the cap, the board power changes nothing.
    assert_eq!(
        time(0.5 * cap, Some(300.0), llama),
        time(0.5 * cap, None, llama)
    );
    // The serving engines' constants were fitted without it.
    let vllm = rigplan_core::Engine::Vllm;
    assert_eq!(
        time(2.0 * cap, Some(300.0), vllm),
        time(2.0 * cap, None, vllm)
    );
}

/// A part with only an FP8 or FP4 tensor figure (GB10 lists FP4 alone) runs FP16 at FP8 / 2,
/// else FP4 / 4, the catalog's dense-rate ratios; with neither, the bandwidth ratio stands in
/// and is flagged.
#[test]
fn a_lower_precision_figure_stands_in_for_fp16() {
    use rigplan_core::quant::QuantFormat;
    use rigplan_core::speed::peak;
    use rigplan_core::units::FlopsPerSecond;
    let mut d = rigplan_core_test_scenario().device;
    let llama = rigplan_core::Engine::LlamaCpp;
    let cuda = rigplan_core::Backend::Cuda;
    d.fp16 = None;
    d.fp16_is_fp32_accumulate = false;
    d.fp8 = None;
    d.fp4 = Some(FlopsPerSecond::from_tflops(500.0));
    let (f, known) = peak(&d, llama, cuda, QuantFormat::Float);
    assert!((f.get() / 125e12 - 1.0).abs() < 1e-12 && known, "{f:?}");
    d.fp8 = Some(FlopsPerSecond::from_tflops(300.0));
    let (f, known) = peak(&d, llama, cuda, QuantFormat::Float);
    assert!((f.get() / 150e12 - 1.0).abs() < 1e-12 && known, "{f:?}");
    d.fp8 = None;
    d.fp4 = None;
    let (f, known) = peak(&d, llama, cuda, QuantFormat::Float);
    assert!(
        !known && (f.get() / (d.bandwidth.get() * 100.0) - 1.0).abs() < 1e-12,
        "{f:?}"
    );
}

/// A part whose matrix units llama.cpp's Vulkan backend leaves idle (Arc A-series: no
/// cooperative matrices before Xe2) prefills on Vulkan at its vector rate, a quarter of
/// the XMX rate, and at its matrix rate everywhere else.
#[test]
fn vulkan_without_matrix_units_runs_at_the_vector_rate() {
    use rigplan_core::quant::QuantFormat;
    use rigplan_core::speed::peak;
    use rigplan_core::units::FlopsPerSecond;
    use rigplan_core::{Backend, Engine};
    let mut d = rigplan_core_test_scenario().device;
    d.fp16 = Some(FlopsPerSecond::from_tflops(137.6));
    d.fp16_is_fp32_accumulate = false;
    d.vulkan_vector_only = true;
    let tflops = |b| peak(&d, Engine::LlamaCpp, b, QuantFormat::Float).0.get() / 1e12;
    assert!((tflops(Backend::Vulkan) - 34.4).abs() < 1e-9);
    assert!((tflops(Backend::Sycl) - 137.6).abs() < 1e-9);
}

/// BF16 weights run their prompt matmuls on the vector units of an Intel GPU under SYCL
/// and Vulkan (no BF16 matrix path there), at most a quarter of the matrix rate; F16 does
/// not, BF16 elsewhere does not, and a part already at its vector rate on Vulkan
/// (`vulkan_vector_only`) is not slowed twice.
#[test]
fn bf16_prompts_on_intel_run_on_the_vector_units() {
    use rigplan_core::quant::{KernelClass, QuantFormat, QuantScheme};
    use rigplan_core::units::FlopsPerSecond;
    use rigplan_core::{Backend, Engine};
    let mut s = rigplan_core_test_scenario();
    s.device.vendor = Vendor::Intel;
    s.device.fp16 = Some(FlopsPerSecond::from_tflops(100.0));
    let prefill = |s: &rigplan_core::Scenario, format| {
        let mut s = *s;
        s.quant = QuantScheme::uniform(16.0, KernelClass::Float, format);
        rigplan_core::estimate(&s).speed.prefill.get()
    };
    for backend in [Backend::Sycl, Backend::Vulkan] {
        s.backend = backend;
        let (f16, bf16) = (
            prefill(&s, QuantFormat::Float),
            prefill(&s, QuantFormat::Bf16),
        );
        // Compute-bound at 512 tokens: slower, by at most the vector share (other
        // terms of the prompt's time do not change).
        assert!(
            bf16 < 0.6 * f16 && bf16 >= 0.25 * f16,
            "{backend:?}: {bf16} vs {f16}"
        );
    }
    s.device.vulkan_vector_only = true;
    assert_eq!(
        prefill(&s, QuantFormat::Bf16),
        prefill(&s, QuantFormat::Float)
    );
    s.device.vulkan_vector_only = false;
    s.backend = Backend::Cuda;
    assert_eq!(
        prefill(&s, QuantFormat::Bf16),
        prefill(&s, QuantFormat::Float)
    );
    s.device.vendor = Vendor::Other;
    s.backend = Backend::Vulkan;
    assert_eq!(
        prefill(&s, QuantFormat::Bf16),
        prefill(&s, QuantFormat::Float)
    );
    s.device.vendor = Vendor::Intel;
    s.engine = Engine::Vllm;
    s.backend = Backend::Sycl;
    assert_eq!(
        prefill(&s, QuantFormat::Bf16),
        prefill(&s, QuantFormat::Float)
    );
}

#[test]
fn link_bandwidth_per_direction() {
    let gbs = |pcie: u8, lanes: u8, nvlink: Option<f64>| {
        link_bandwidth(&Interconnect {
            pcie_gen: pcie,
            pcie_lanes: lanes,
            nvlink: nvlink.map(BytesPerSecond::from_gbs),
        })
        .as_gbs()
    };
    // NVLink when the part has it.
    assert_eq!(gbs(4, 16, Some(300.0)), 300.0);
    // PCIe 4.0 x16 reaches about 25 GB/s per direction; 3.0 half, 5.0 twice.
    assert_eq!(gbs(4, 16, None), 25.0);
    assert_eq!(gbs(3, 16, None), 12.5);
    assert_eq!(gbs(5, 16, None), 50.0);
    // Lanes scale it: 5.0 x8 = 4.0 x16.
    assert_eq!(gbs(5, 8, None), 25.0);
    // Unknown lanes count as 16.
    assert_eq!(gbs(4, 0, None), 25.0);
    // Copies between system RAM and the card take PCIe even where NVLink joins cards
    // (experts in system RAM on an RTX 3090 or a Quadro RTX 5000).
    let nvlinked = Interconnect {
        pcie_gen: 3,
        pcie_lanes: 16,
        nvlink: Some(BytesPerSecond::from_gbs(25.0)),
    };
    assert_eq!(pcie_bandwidth(&nvlinked).as_gbs(), 12.5);
    assert_eq!(link_bandwidth(&nvlinked).as_gbs(), 25.0);
}

/// A scenario for the formulas above that read a whole one.
fn rigplan_core_test_scenario() -> rigplan_core::Scenario {
    use rigplan_core::model::{Attention, ModelArch};
    use rigplan_core::quant::{KernelClass, KvType, QuantFormat, QuantScheme};
    use rigplan_core::units::Usd;
    use rigplan_core::{Backend, CostInputs, Engine, Scenario, Split};
    Scenario {
        model: ModelArch {
            params: 8e9,
            active_params: 8e9,
            layers: 32,
            hidden: 4096,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 14336,
            vocab: 128_256,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131_072,
            per_layer_input: 0,
            kv_shared_layers: 0,
            small_op_layers: 0,
            conv_layers: 0,
        },
        quant: QuantScheme::uniform(16.0, KernelClass::Float, QuantFormat::Float),
        device: device(24.0, MemoryRule::Dedicated),
        count: 1,
        host: rigplan_core::hardware::Host {
            ram: Bytes::from_gib(64.0),
            ram_bandwidth: BytesPerSecond::from_gbs(89.6),
            load_power: Watts::new(100.0),
            idle_power: Watts::new(40.0),
            price: None,
        },
        engine: Engine::LlamaCpp,
        backend: Backend::Cuda,
        split: Split::Layer,
        context: 4096,
        prompt: 512,
        depth: 0,
        prefill_depth: 0,
        ubatch: rigplan_core::memory::UBATCH,
        n_cpu_moe: 0,
        kv: KvType::F16,
        flash_attention: true,
        batch: 1,
        workload: one_chat(),
        cost: CostInputs {
            work: Work::Capacity,
            hours_per_day: 8.0,
            usd_per_kwh: Usd::new(0.15),
            years: 5,
            purchase: None,
            power_override: None,
            maintenance_per_year: Usd::ZERO,
            cloud_usd_per_hour: Usd::ZERO,
            cloud_tokens_per_s: None,
            cloud_users_per_instance: None,
            api_usd_per_mtok: Usd::ZERO,
            api_input_usd_per_mtok: Usd::ZERO,
            api_cached_usd_per_mtok: Usd::ZERO,
            resale: Usd::ZERO,
            pue: 1.0,
        },
    }
}

/// A MoE version of the test scenario: 48 blocks, the first one dense, 128 experts of
/// which 8 per token (Qwen3-30B-A3B's shape, rounded).
fn moe_scenario() -> rigplan_core::Scenario {
    let mut s = rigplan_core_test_scenario();
    s.model.layers = 48;
    s.model.hidden = 2048;
    s.model.kv_heads = 4;
    s.model.params = 30e9;
    s.model.active_params = 3e9;
    s.model.moe = Some(rigplan_core::model::Moe {
        experts: 128,
        active: 8,
        shared: 0,
        expert_ffn: 768,
        dense_layers: 1,
    });
    s
}

#[test]
fn expert_offload_counts_blocks_and_skips_dense_ones() {
    use rigplan_core::memory::{ExpertLayers, memory, weight_bytes};
    let s = moe_scenario();
    let w = weight_bytes(&s.model, &s.quant);
    let e = ExpertLayers::of(&s.model, &w);
    assert_eq!((e.dense, e.moe), (1, 47));
    // `--n-cpu-moe 1` names the dense block: nothing moves. 11 blocks move 10 blocks' experts.
    assert_eq!(e.in_first(1), Bytes::ZERO);
    assert!((e.in_first(11) / e.per_layer - 10.0).abs() < 1e-9);
    // `--cpu-moe` (u32::MAX) moves every expert.
    assert!(((e.in_first(u32::MAX) - w.experts) / w.experts).abs() < 1e-9);
    // 60 GB of F16 weights on 24 GB: the recommendation is the smallest N that fits, and
    // it does fit with it, and not with one block fewer.
    let m = memory(&s, &w);
    let n = m.recommended_n_cpu_moe.expect("a recommendation");
    let with = |n| {
        let mut t = s;
        t.n_cpu_moe = n;
        memory(&t, &w)
    };
    assert!(with(n).offloaded.get() <= 0.0 && with(n).fit == rigplan_core::Fit::Offload);
    assert!(with(n - 1).offloaded.get() > 0.0);
    // Dense models get no recommendation.
    let d = rigplan_core_test_scenario();
    assert_eq!(
        memory(&d, &weight_bytes(&d.model, &d.quant)).recommended_n_cpu_moe,
        None
    );
}

#[test]
fn experts_in_system_ram_are_read_at_host_speed() {
    let mut s = moe_scenario();
    s.device = device(80.0, MemoryRule::Dedicated);
    let fast = rigplan_core::estimate(&s).speed.decode.get();
    s.n_cpu_moe = u32::MAX;
    let slow = rigplan_core::estimate(&s).speed;
    assert!(
        slow.decode.get() < fast * 0.5,
        "{} vs {fast}",
        slow.decode.get()
    );
    // A faster host helps, a bigger one does not change the speed.
    s.host.ram_bandwidth = BytesPerSecond::from_gbs(400.0);
    assert!(rigplan_core::estimate(&s).speed.decode.get() > slow.decode.get());
}

#[test]
fn hybrid_state_is_fixed_and_only_attention_layers_grow_with_context() {
    use rigplan_core::memory::KvPerToken;
    use rigplan_core::model::Attention;
    use rigplan_core::quant::KvType;
    let mut m = rigplan_core_test_scenario().model;
    m.attention = Attention::Hybrid {
        attention_layers: 8,
        recurrent_layers: 24,
        state_per_layer: 548_864,
    };
    let kv = KvPerToken::of(&m, KvType::F16);
    // 8 layers x 8 KV heads x 128 x 2 (K, V) x 2 bytes per token; 24 x 548,864 x 4 bytes.
    assert_eq!(kv.full, 8.0 * 8.0 * 128.0 * 2.0 * 2.0);
    assert_eq!(kv.fixed, 24.0 * 548_864.0 * 4.0);
    assert_eq!(kv.at(0.0).get(), kv.fixed);
    assert_eq!((kv.at(1000.0) - kv.at(0.0)).get(), kv.full * 1000.0);
}

/// LFM2's short convolutions hold a state like any recurrent layer but run a handful of
/// operations: the decode step is the scan layers' fitted cost shorter, to the microsecond.
#[test]
fn short_convolutions_hold_a_state_but_pay_no_scan_cost() {
    use rigplan_core::calib::DEFAULT;
    use rigplan_core::memory::KvPerToken;
    use rigplan_core::model::Attention;
    use rigplan_core::quant::KvType;
    let mut s = rigplan_core_test_scenario();
    s.model.attention = Attention::Hybrid {
        attention_layers: 6,
        recurrent_layers: 18,
        state_per_layer: 4096,
    };
    let scan = rigplan_core::estimate(&s).speed.decode.get();
    s.model.conv_layers = 18;
    assert_eq!(
        (s.model.scan_layers(), s.model.small_kernel_layers()),
        (0, 0)
    );
    // 18 layers x 2,048 x 2 inputs x 4 bytes: 288 KiB a sequence, charged or not.
    assert_eq!(
        KvPerToken::of(&s.model, KvType::F16).fixed,
        18.0 * 4096.0 * 4.0
    );
    let conv = rigplan_core::estimate(&s).speed.decode.get();
    let saved_us = (1.0 / scan - 1.0 / conv) * 1e6;
    let want = 18.0 * DEFAULT.cuda.recurrent_us;
    assert!(
        (saved_us - want).abs() < 1e-6 * want,
        "{saved_us} us against {want}"
    );
    // Half of them convolutions: half the charge.
    s.model.conv_layers = 9;
    assert_eq!(s.model.small_kernel_layers(), 9);
}

#[test]
fn mla_attention_runs_in_the_latent_space() {
    use rigplan_core::model::Attention;
    use rigplan_core::speed::attention_flops;
    let mut m = rigplan_core_test_scenario().model;
    m.heads = 20;
    m.head_dim = 256;
    let gqa = attention_flops(&m, 1.0, 1000.0).get();
    m.attention = Attention::Mla {
        kv_lora_rank: 512,
        rope_dim: 64,
    };
    // 4 x 256 per head for GQA; 2 x (2 x 512 + 64) per head in the latent space.
    assert!((attention_flops(&m, 1.0, 1000.0).get() / gqa - 2176.0 / 1024.0).abs() < 1e-9);
}

#[test]
fn prefill_on_top_of_a_deep_cache_is_slower_and_every_band_holds_its_estimate() {
    let mut s = rigplan_core_test_scenario();
    s.context = 65_536;
    let shallow = rigplan_core::estimate(&s).speed;
    s.prefill_depth = 32_768;
    let deep = rigplan_core::estimate(&s).speed;
    assert!(deep.prefill.get() < shallow.prefill.get());
    assert!(deep.time_to_first_token.get() > shallow.time_to_first_token.get());
    for sp in [shallow, deep] {
        assert!(sp.decode_low.get() <= sp.decode.get() && sp.decode.get() <= sp.decode_high.get());
        assert!(
            sp.prefill_low.get() <= sp.prefill.get() && sp.prefill.get() <= sp.prefill_high.get()
        );
    }
    // No calibration rows for the engine (ExLlamaV2 has none; vLLM on CUDA has the
    // serving benchmarks): the band is wider.
    s.engine = rigplan_core::Engine::ExLlamaV2;
    let x = rigplan_core::estimate(&s).speed;
    assert!(
        x.decode_high.get() / x.decode_low.get() > deep.decode_high.get() / deep.decode_low.get()
    );
}

/// One person's chat use, as the CLI's defaults state it.
fn one_chat() -> Workload {
    Workload {
        users: 1.0,
        requests_per_user_per_day: 30.0,
        input_tokens: 2000,
        output_tokens: 400,
        cached_share: 0.75,
        max_ttft_s: 2.0,
        min_user_tokens_per_s: 10.0,
        spec_acceptance: 0.0,
    }
}

/// Seed 003's example: 1,000 users x 5 requests x 200 tokens = 1,000,000 output tokens a
/// day; a year is 365.25 million tokens (the seed says "365B": its arithmetic slips by
/// 1,000x). At $0.60 per million output tokens the API costs $0.60 a day.
#[test]
fn seed_003_workload_arithmetic() {
    let mut s = rigplan_core_test_scenario();
    s.cost.work = Work::Workload;
    s.workload = Workload {
        users: 1000.0,
        requests_per_user_per_day: 5.0,
        input_tokens: 0,
        output_tokens: 200,
        ..one_chat()
    };
    s.cost.api_usd_per_mtok = Usd::new(0.6);
    let t = rigplan_core::estimate(&s).tco;
    assert!((t.tokens_monthly * 12.0 - 365.25e6).abs() < 1e-3);
    assert!((t.tokens_monthly / DAYS_PER_MONTH - 1e6).abs() < 1e-6);
    assert!((t.api_monthly.get() / DAYS_PER_MONTH - 0.6).abs() < 1e-9);
}

/// Input, cached input and output each at their own price: 10 users x 10 requests a day,
/// 1,000 input tokens (half cached) and 100 output each = 50,000 fresh, 50,000 cached and
/// 10,000 output tokens a day; at $2 / $0.50 / $8 per million that is
/// 0.10 + 0.025 + 0.08 = $0.205 a day.
#[test]
fn api_prices_each_kind_of_token() {
    let mut s = rigplan_core_test_scenario();
    s.cost.work = Work::Workload;
    s.workload = Workload {
        users: 10.0,
        requests_per_user_per_day: 10.0,
        input_tokens: 1000,
        output_tokens: 100,
        cached_share: 0.5,
        ..one_chat()
    };
    s.cost.api_input_usd_per_mtok = Usd::new(2.0);
    s.cost.api_cached_usd_per_mtok = Usd::new(0.5);
    s.cost.api_usd_per_mtok = Usd::new(8.0);
    let t = rigplan_core::estimate(&s).tco;
    assert!(
        (t.api_monthly.get() / DAYS_PER_MONTH - 0.205).abs() < 1e-9,
        "{}",
        t.api_monthly.get()
    );
}

/// With no prompt to prefill and one user, each user's decode speed is the single-stream
/// decode at the same depth (output/2), and the requests in flight follow Little's law:
/// N = lambda x (TTFT + O / r).
#[test]
fn one_user_decodes_at_the_single_stream_speed_and_littles_law_holds() {
    let mut s = rigplan_core_test_scenario();
    s.cost.work = Work::Workload;
    s.workload = Workload {
        input_tokens: 0,
        output_tokens: 400,
        ..one_chat()
    };
    s.depth = 200;
    let e = rigplan_core::estimate(&s);
    let sv = e.serving;
    let r = sv.per_user_decode_tokens_per_s;
    assert!(
        (r / e.speed.decode.get() - 1.0).abs() < 1e-12,
        "{r} vs {}",
        e.speed.decode.get()
    );
    let lambda = 30.0 / (8.0 * 3600.0);
    let n = lambda * (sv.time_to_first_token_s + 400.0 / r);
    assert!(
        (sv.concurrency / n - 1.0).abs() < 1e-9,
        "{} vs {n}",
        sv.concurrency
    );
}

/// Resale comes off the own total; PUE multiplies the electricity.
#[test]
fn resale_and_pue() {
    let mut s = rigplan_core_test_scenario();
    s.cost.purchase = Some(Usd::new(2000.0));
    let base = rigplan_core::estimate(&s).tco;
    s.cost.resale = Usd::new(500.0);
    s.cost.pue = 1.5;
    let t = rigplan_core::estimate(&s).tco;
    assert!((t.electricity_monthly.get() / base.electricity_monthly.get() - 1.5).abs() < 1e-12);
    let expect = 2000.0 - 500.0 + t.own_monthly.get() * 60.0;
    assert!((t.own_total.get() - expect).abs() < 1e-6);
    assert!(
        (t.at(60).own_usd - expect).abs() < 1e-6,
        "resale counted at the horizon"
    );
}

/// A deep prompt streams the cached keys and values once per tile of queries for all the
/// query heads sharing them: the same model with a key-value head per query head (32
/// instead of 8) slows down more with depth, by its extra cache bytes read per prompt
/// token. The cache's type does not change what the tiles read (F16 after conversion).
#[test]
fn a_deep_prompt_streams_the_cache_once_per_group_of_query_heads() {
    use rigplan_core::calib::DEFAULT;
    use rigplan_core::memory::{memory, weight_bytes};
    use rigplan_core::quant::KvType;
    use rigplan_core::speed::prefill_time;
    // Seconds per prompt token that 32k of depth adds to a 2,048-token prompt.
    let slowdown = |kv_heads: u32, kv: KvType| {
        let mut s = rigplan_core_test_scenario();
        s.model.kv_heads = kv_heads;
        s.kv = kv;
        s.context = 65_536;
        let w = weight_bytes(&s.model, &s.quant);
        let mem = memory(&s, &w);
        let t = |d: f64| prefill_time(&s, &w, &mem, &DEFAULT, 2048.0, d).get();
        (t(32_768.0) - t(0.0)) / 2048.0
    };
    let grouped = slowdown(8, KvType::F16);
    let one_per_head = slowdown(32, KvType::F16);
    // Four times the cache: the extra is three times the grouped model's stream, which is
    // a fair share of its slowdown (the rest is attention arithmetic, equal in both).
    assert!(one_per_head > 1.2 * grouped, "{one_per_head} vs {grouped}");
    assert!(one_per_head < 4.0 * grouped, "{one_per_head} vs {grouped}");
    let quantized = slowdown(8, KvType::Q8_0);
    assert!(
        (quantized / grouped - 1.0).abs() < 1e-9,
        "{quantized} vs {grouped}"
    );
}

#[test]
fn llama_cpp_keeps_the_input_embedding_in_system_ram() {
    use rigplan_core::Engine;
    use rigplan_core::memory::{memory, weight_bytes};
    // The test model at F16: 128,256 x 4,096 x 2 bytes = 1.0506 GB of input embedding,
    // which llama.cpp keeps on the CPU (`dev_input` in src/llama-model.cpp); its own
    // output head (untied) stays on the card.
    let s = rigplan_core_test_scenario();
    let w = weight_bytes(&s.model, &s.quant);
    let on_card = memory(&s, &w).weights;
    let table = 128_256.0 * 4096.0 * 2.0;
    assert!(
        ((w.total - on_card).get() - table).abs() < 1.0,
        "{on_card:?}"
    );
    // A serving engine holds it on the card, and so does a unified-memory machine (the
    // CPU's memory is the GPU's).
    let mut vllm = s;
    vllm.engine = Engine::Vllm;
    assert_eq!(memory(&vllm, &w).weights, w.total);
    let mut soc = s;
    soc.device.kind = DeviceKind::Unified;
    assert_eq!(memory(&soc, &w).weights, w.total);
    // Tied, the table is also the output head: the card holds it.
    let mut tied = s;
    tied.model.tied_embeddings = true;
    let wt = weight_bytes(&tied.model, &tied.quant);
    assert_eq!(memory(&tied, &wt).weights, wt.total);
}

/// Gemma 3n E4B's shape: 35 layers, 28 of them sliding (window 512), the last 15 reading
/// an earlier layer's cache, and a per-layer input table of 262,400 x 35 x 256.
fn gemma3n_e4b() -> rigplan_core::Scenario {
    use rigplan_core::model::Attention;
    let mut s = rigplan_core_test_scenario();
    let m = &mut s.model;
    (m.layers, m.hidden, m.heads, m.kv_heads, m.head_dim) = (35, 2048, 8, 2, 256);
    (m.ffn, m.vocab, m.tied_embeddings) = (16_384, 262_400, true);
    m.attention = Attention::Sliding {
        window: 512,
        local_layers: 28,
        global_kv_heads: 0,
        global_head_dim: 0,
    };
    (m.per_layer_input, m.kv_shared_layers, m.small_op_layers) = (256, 15, 35);
    (m.params, m.active_params) = (6_866_696_688.0, 6_866_696_688.0);
    s
}

#[test]
fn layers_sharing_a_cache_hold_none_but_read_it_again() {
    use rigplan_core::memory::KvPerToken;
    use rigplan_core::quant::KvType;
    let m = gemma3n_e4b().model;
    let kv = KvPerToken::of(&m, KvType::F16);
    // llama.cpp's n_layer_kv_from_start = 20: 4 full layers and 16 sliding ones keep a
    // cache, each token 2 KV heads x 256 x 2 (K, V) x 2 bytes = 2,048 bytes per layer.
    assert!((kv.full - 4.0 * 2048.0).abs() < 1e-6, "{}", kv.full);
    assert!(
        (kv.windowed - 16.0 * 2048.0).abs() < 1e-6,
        "{}",
        kv.windowed
    );
    // At 32k of context: 4 x 2 KiB x 32,768 + 16 x 2 KiB x 512 = 272 MiB held (llama.cpp
    // pads the sliding cache to window + micro-batch, 16 MiB more, as for every sliding
    // model), and all 35 layers attend, so a step reads 35 / 20 of it.
    let held = kv.at(32_768.0).get();
    assert!((held - 272.0 * 1024.0 * 1024.0).abs() < 1.0, "{held}");
    assert!((kv.read_at(32_768.0).get() / held - 35.0 / 20.0).abs() < 1e-9);
    // Without sharing every layer holds its own.
    let mut unshared = m;
    unshared.kv_shared_layers = 0;
    let all = KvPerToken::of(&unshared, KvType::F16);
    assert_eq!(all.at(32_768.0), all.read_at(32_768.0));
    assert!((all.full - 7.0 * 2048.0).abs() < 1e-6);
}

#[test]
fn the_per_layer_input_table_is_read_a_row_at_a_time_and_kept_in_system_ram() {
    use rigplan_core::memory::{memory, weight_bytes};
    let s = gemma3n_e4b();
    let w = weight_bytes(&s.model, &s.quant);
    // 262,400 x 35 x 256 values at the test's 16 bits: 4.70 GB, neither read per token nor
    // held on the card (llama.cpp classes per_layer_token_embd with the input layer).
    let table = 262_400.0 * 35.0 * 256.0 * 2.0;
    assert!(((w.total - w.dense_read).get() - table).abs() < 1.0);
    assert!(((w.total - memory(&s, &w).weights).get() - table).abs() < 1.0);
    // Its layers run AltUp, LAuReL and the per-layer gate: each is charged as a recurrent
    // layer's small kernels. Gemma 4's E models have the table without those blocks.
    assert_eq!(s.model.small_kernel_layers(), 35);
    let mut plain = s.model;
    plain.small_op_layers = 0;
    assert_eq!(plain.small_kernel_layers(), 0);
}

#[test]
fn a_quantized_cache_on_cuda_is_read_once_per_query_head() {
    use rigplan_core::calib::DEFAULT;
    use rigplan_core::memory::KvPerToken;
    use rigplan_core::quant::KvType;
    use rigplan_core::{Backend, estimate};
    let mut s = rigplan_core_test_scenario();
    s.flash_attention = true;
    s.context = 65_536;
    let step = |s: &rigplan_core::Scenario| 1.0 / estimate(s).speed.decode.get();
    s.kv = KvType::Q8_0;
    let shallow = step(&s);
    s.depth = 32_768;
    let deep = step(&s);
    // 32 query heads over 8 KV heads: the q8_0 cache read 4 times, at the float kernels'
    // bandwidth, and no attention compute term beside it.
    let cache = KvPerToken::of(&s.model, KvType::Q8_0).full * 32_768.0;
    let want =
        cache * 4.0 * DEFAULT.cuda.kv_fa / (s.device.bandwidth.get() * DEFAULT.cuda.eff.float);
    assert!(
        ((deep - shallow) - want).abs() < 1e-9 * want,
        "{} s against {want} s",
        deep - shallow
    );
    // Half the bytes of F16, read four times: slower than the F16 cache at depth.
    s.kv = KvType::F16;
    assert!(step(&s) < deep);
    // Vulkan reads a quantized cache once (no rows say otherwise): not slower than F16.
    s.backend = Backend::Vulkan;
    let f16 = step(&s);
    s.kv = KvType::Q8_0;
    assert!(step(&s) <= f16);
}

#[test]
fn vulkan_on_an_intel_gpu_reads_the_cache_once_per_query_head() {
    use rigplan_core::calib::DEFAULT;
    use rigplan_core::hardware::Vendor;
    use rigplan_core::memory::KvPerToken;
    use rigplan_core::quant::KvType;
    use rigplan_core::{Backend, estimate};
    let mut s = rigplan_core_test_scenario();
    s.flash_attention = true;
    s.context = 65_536;
    s.backend = Backend::Vulkan;
    s.device.vendor = Vendor::Intel;
    let step = |s: &rigplan_core::Scenario| 1.0 / estimate(s).speed.decode.get();
    let added = |s: &mut rigplan_core::Scenario| {
        s.depth = 0;
        let shallow = step(s);
        s.depth = 32_768;
        step(s) - shallow
    };
    // An F16 cache too: 32 query heads over 8 KV heads read it 4 times, at the float
    // kernels' bandwidth with Intel Vulkan's cache factor, and no attention compute term.
    let cache = KvPerToken::of(&s.model, KvType::F16).full * 32_768.0;
    let want = cache * 4.0 * DEFAULT.vulkan_intel.kv_fa
        / (s.device.bandwidth.get() * DEFAULT.vulkan_intel.eff.float);
    let intel = added(&mut s);
    assert!(
        (intel - want).abs() < 1e-9 * want,
        "{intel} s against {want} s"
    );
    // SYCL on the same card, and Vulkan on another vendor's, read it once per KV head.
    s.backend = Backend::Sycl;
    assert!(added(&mut s) < intel / 2.0);
    s.backend = Backend::Vulkan;
    s.device.vendor = Vendor::Amd;
    assert!(added(&mut s) < intel / 2.0);
}

/// A decoding sequence's attention takes the longer of reading its cache and its compute
/// (one fused kernel), not their sum: while the compute is the shorter, its rate changes
/// nothing; once it is the longer, the time added at depth grows in proportion to it.
#[test]
fn decode_attention_takes_the_longer_of_its_reads_and_its_compute() {
    use rigplan_core::calib::DEFAULT;
    use rigplan_core::memory::{KvPerToken, memory, weight_bytes};
    use rigplan_core::quant::KvType;
    use rigplan_core::speed::decode_step;
    let mut s = rigplan_core_test_scenario();
    s.flash_attention = true;
    s.kv = KvType::F16;
    s.context = 65_536;
    let w = weight_bytes(&s.model, &s.quant);
    let mem = memory(&s, &w);
    let added = |rate: f64| {
        let mut cal = DEFAULT;
        cal.cuda.attention_decode = rate;
        let at = |d: f64| decode_step(&s, &w, &mem, &cal, d).get();
        at(32_768.0) - at(0.0)
    };
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs();
    // No compute: the cache's reads at the float kernels' bandwidth.
    let cache = KvPerToken::of(&s.model, KvType::F16).full * 32_768.0;
    let reads = cache * DEFAULT.cuda.kv_fa / (s.device.bandwidth.get() * DEFAULT.cuda.eff.float);
    assert!(close(added(0.0), reads), "{} against {reads}", added(0.0));
    // A little compute hides under the reads.
    assert!(close(added(1e-3), reads), "{}", added(1e-3));
    // Much compute is all there is: twice the rate, twice the time.
    assert!(added(1e4) > 10.0 * reads, "{}", added(1e4));
    assert!(
        close(added(2e4), 2.0 * added(1e4)),
        "{} {}",
        added(2e4),
        added(1e4)
    );
}

/// Each MoE layer pays the per-expert dispatch time for every routed expert a token uses
/// and once more for its shared experts, whatever their count (one feed-forward block).
#[test]
fn shared_experts_cost_one_more_dispatch_per_moe_layer() {
    use rigplan_core::calib::DEFAULT;
    use rigplan_core::memory::{memory, weight_bytes};
    use rigplan_core::speed::decode_step;
    let added = |shared: u32| {
        let mut s = moe_scenario();
        if let Some(m) = s.model.moe.as_mut() {
            m.shared = shared;
        }
        let w = weight_bytes(&s.model, &s.quant);
        let mem = memory(&s, &w);
        let at = |us: f64| {
            let mut cal = DEFAULT;
            cal.cuda.expert_us = us;
            decode_step(&s, &w, &mem, &cal, 0.0).get()
        };
        at(10.0) - at(0.0)
    };
    // 47 MoE layers (one dense leading layer), 8 routed experts, 10 us each.
    let moe_layers = 47.0;
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b;
    assert!(close(added(0), moe_layers * 8.0 * 10e-6), "{}", added(0));
    assert!(close(added(1), moe_layers * 9.0 * 10e-6), "{}", added(1));
    assert!(
        close(added(3), added(1)),
        "{} against {}",
        added(3),
        added(1)
    );
}

/// A routed expert's prefill matmuls run at `f / (f + moe_n0)` of the rate for an expert
/// `f` wide: the time they add grows linearly with `moe_n0`, in inverse proportion to the
/// width, and a dense model does not see it.
#[test]
fn narrow_experts_prefill_below_the_rate_of_wide_ones() {
    use rigplan_core::calib::DEFAULT;
    use rigplan_core::memory::{memory, weight_bytes};
    use rigplan_core::speed::prefill_time;
    let base = moe_scenario();
    let w = weight_bytes(&base.model, &base.quant);
    let mem = memory(&base, &w);
    let time = |width: u32, n0: f64| {
        let mut s = base;
        if let Some(m) = s.model.moe.as_mut() {
            m.expert_ffn = width;
        }
        let cal = rigplan_core::Calibration {
            moe_n0: n0,
            ..DEFAULT
        };
        prefill_time(&s, &w, &mem, &cal, 2048.0, 0.0).get()
    };
    let added = |width: u32, n0: f64| time(width, n0) - time(width, 0.0);
    let one = added(768, 100.0);
    assert!(one > 0.0, "{one}");
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs();
    assert!(close(added(768, 200.0), 2.0 * one), "not linear in moe_n0");
    assert!(
        close(added(1536, 100.0), one / 2.0),
        "not inverse in the width"
    );
    // A dense model has no experts to slow down.
    let dense = rigplan_core_test_scenario();
    let wd = weight_bytes(&dense.model, &dense.quant);
    let md = memory(&dense, &wd);
    let t = |n0: f64| {
        let cal = rigplan_core::Calibration {
            moe_n0: n0,
            ..DEFAULT
        };
        prefill_time(&dense, &wd, &md, &cal, 2048.0, 0.0).get()
    };
    assert_eq!(t(0.0), t(500.0));
}

/// mlx-lm always runs attention as one fused kernel (`mx.fast.scaled_dot_product_attention`)
/// and has no flash-attention switch, so its estimates ignore the switch; llama.cpp's
/// depend on it, in decode at depth and in a long prompt.
#[test]
fn mlx_attention_is_fused_whatever_the_flash_attention_switch_says() {
    use rigplan_core::{Backend, Engine, estimate};
    let mut s = rigplan_core_test_scenario();
    s.context = 65_536;
    s.depth = 32_768;
    s.prompt = 16_384;
    s.backend = Backend::Metal;
    let speeds = |s: &mut rigplan_core::Scenario| {
        let mut out = [0.0; 4];
        for (i, fa) in [true, false].into_iter().enumerate() {
            s.flash_attention = fa;
            let e = estimate(s);
            out[2 * i] = e.speed.decode.get();
            out[2 * i + 1] = e.speed.prefill.get();
        }
        out
    };
    s.engine = Engine::Mlx;
    let [d_on, p_on, d_off, p_off] = speeds(&mut s);
    assert_eq!((d_on, p_on), (d_off, p_off));
    s.engine = Engine::LlamaCpp;
    let [d_on, p_on, d_off, p_off] = speeds(&mut s);
    assert!(
        d_off < d_on && p_off < p_on,
        "{d_off} {d_on} {p_off} {p_on}"
    );
}

/// The band a depth chart shows moves from the short-context slice's to the long one's
/// between 8k and 32k tokens of depth: it is each slice's own at the ends, and it does not
/// step where the calibration rows are binned (16k).
#[test]
fn the_band_moves_smoothly_from_the_short_context_slice_to_the_long_one() {
    use rigplan_core::estimate;
    use rigplan_core::speed::{BAND_BLEND, LONG_DEPTH, band};
    let mut s = rigplan_core_test_scenario();
    s.context = 65_536;
    let ratios = |s: &mut rigplan_core::Scenario, depth: f64| {
        s.depth = depth as u32;
        let e = estimate(s).speed;
        (
            e.decode_low.get() / e.decode.get(),
            e.decode_high.get() / e.decode.get(),
        )
    };
    let (short, long) = (band(0, true), band(1, true));
    assert!(
        (short.lo - long.lo).abs() > 1e-3,
        "the two slices' bands differ"
    );
    let close = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9;
    assert!(close(ratios(&mut s, BAND_BLEND.0), (short.lo, short.hi)));
    assert!(close(ratios(&mut s, BAND_BLEND.1), (long.lo, long.hi)));
    let (below, at) = (ratios(&mut s, LONG_DEPTH - 1.0), ratios(&mut s, LONG_DEPTH));
    assert!((below.0 - at.0).abs() < 1e-4 && (below.1 - at.1).abs() < 1e-4);
    let half = ratios(&mut s, (BAND_BLEND.0 + BAND_BLEND.1) / 2.0);
    assert!(close(
        half,
        ((short.lo + long.lo) / 2.0, (short.hi + long.hi) / 2.0)
    ));
}
