//! The snapshot table: about thirty representative scenarios and the key numbers the
//! estimator gives for each, in `tests/snapshots/scenarios.txt`. A change to the estimator,
//! the calibration or the catalog that moves any of them fails this test until the table
//! is regenerated (`RIGPLAN_UPDATE_SNAPSHOTS=1 cargo test -p rigplan-scenario --test it
//! snapshots`), so every moved number is read in the diff of that file before it lands.
//! Numbers are printed to four significant digits: drift below that is not news.

use rigplan_scenario::link::decode;
use rigplan_scenario::{present, resolve};
use std::fmt::Write;

/// `(name, link)`: what each scenario stands for, and the scenario as a link.
const SCENARIOS: &[(&str, &str)] = &[
    ("default: 8B Q4_K_M on a 4090", "v=1"),
    ("8B F16 on a 4090", "v=1&q=f16"),
    ("8B on a 3060 12GB", "v=1&hw=rtx-3060-12gb"),
    ("8B at 128k context", "v=1&ctx=131072"),
    ("8B decode at depth 32k", "v=1&ctx=65536&d=32768"),
    ("8B batch 16", "v=1&bs=16"),
    ("8B Q8_0 KV cache, FA off", "v=1&kv=q8_0&fa=0"),
    ("70B on one 4090: offload", "v=1&m=llama-3.1-70b"),
    ("70B on two 4090s", "v=1&m=llama-3.1-70b&n=2"),
    (
        "70B on two 3090s, tensor parallel",
        "v=1&m=llama-3.1-70b&hw=rtx-3090&n=2&sp=tensor",
    ),
    (
        "70B on four 3090s at 32k",
        "v=1&m=llama-3.3-70b&hw=4x-rtx-3090-homelab&ctx=32768",
    ),
    (
        "70B on an M3 Ultra",
        "v=1&m=llama-3.1-70b&hw=mac-studio-m3-ultra-512gb",
    ),
    (
        "70B on a MacBook Pro M4 Max",
        "v=1&m=llama-3.3-70b&hw=macbook-pro-16-m4-max-128gb",
    ),
    (
        "70B on a Strix Halo box",
        "v=1&m=llama-3.3-70b&hw=framework-desktop-ryzen-ai-max-395-128gb",
    ),
    (
        "70B FP8 on 2 H100 with vLLM",
        "v=1&m=llama-3.1-70b&q=fp8&hw=h100-sxm&n=2&sp=tensor&e=vllm",
    ),
    (
        "405B on a DGX H100",
        "v=1&m=llama-3.1-405b&hw=dgx-h100&sp=tensor",
    ),
    ("Qwen3-30B-A3B on a 4090", "v=1&m=qwen3-30b-a3b"),
    (
        "Qwen3-30B-A3B on an M3 Ultra with MLX",
        "v=1&m=qwen3-30b-a3b&q=mlx-4bit&hw=apple-m3-ultra-80c&e=mlx",
    ),
    (
        "Qwen3-235B-A22B on an M3 Ultra",
        "v=1&m=qwen3-235b-a22b&hw=mac-studio-m3-ultra-512gb",
    ),
    (
        "gpt-oss-20b MXFP4 on a 5090",
        "v=1&m=gpt-oss-20b&q=mxfp4&hw=rtx-5090",
    ),
    (
        "gpt-oss-120b MXFP4 on a DGX Spark",
        "v=1&m=gpt-oss-120b&q=mxfp4&hw=nvidia-dgx-spark",
    ),
    (
        "DeepSeek-R1 Q4_K_M on an H200: offload",
        "v=1&m=deepseek-r1&hw=h200",
    ),
    (
        "GLM-4.5-Air on a Strix Halo, Vulkan",
        "v=1&m=glm-4.5-air&hw=ryzen-ai-max-plus-395&b=vulkan",
    ),
    (
        "Gemma 3 27B at 32k on a 5090",
        "v=1&m=gemma-3-27b&hw=rtx-5090&ctx=32768",
    ),
    (
        "Mixtral 8x7B on a 7900 XTX",
        "v=1&m=mixtral-8x7b&hw=rx-7900-xtx",
    ),
    (
        "Llama 4 Scout on an RTX PRO 6000",
        "v=1&m=llama-4-scout&hw=rtx-pro-6000-blackwell",
    ),
    (
        "32B on a Snapdragon X Elite, CPU",
        "v=1&m=qwen2.5-32b&hw=dell-xps-13-9345-snapdragon-x-elite-64gb&b=cpu",
    ),
    (
        "8B on a tinybox green, 24 h a day",
        "v=1&hw=tinybox-green-v2&h=24&kwh=0.3",
    ),
    (
        "8B with a price and cost overrides",
        "v=1&price=2000&pw=500&mnt=100&cloud=1&api=0.5&y=3",
    ),
    (
        "gpt-oss-120b on a 4070: plain offload",
        "v=1&m=gpt-oss-120b&q=mxfp4&hw=rtx-4070&ctx=32768",
    ),
    (
        "gpt-oss-120b on a 4070, experts of 32 blocks in RAM",
        "v=1&m=gpt-oss-120b&q=mxfp4&hw=rtx-4070&ctx=32768&ncm=32",
    ),
    (
        "Qwen3-30B-A3B on a 4090, all experts in RAM, fast host",
        "v=1&m=qwen3-30b-a3b&hw=rtx-4090&cmoe=1&hbw=200&hram=256",
    ),
    (
        "8B, a 512-token turn on top of 32k in the cache",
        "v=1&ctx=40960&pd=32768",
    ),
    (
        "Qwen3-Next-80B-A3B (hybrid) on a Strix Halo box",
        "v=1&m=qwen3-next-80b-a3b&hw=ryzen-ai-max-plus-395&ctx=65536",
    ),
    (
        "GLM-4.7-Flash (MLA) at depth 32k on an M3 Ultra",
        "v=1&m=glm-4.7-flash&q=q8_0&hw=apple-m3-ultra-80c&ctx=40960&d=32768",
    ),
    ("8B on an Arc B580 with SYCL", "v=1&hw=arc-b580&b=sycl"),
    (
        "custom model and hardware",
        "v=1&cm=8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~full~-&chw=My%20GPU~other~gpu~24~1000~100~350",
    ),
];

fn table() -> String {
    let mut out = String::from(
        "# scenario | fit | weights GB | total GB | decode tok/s (80% band) | prefill tok/s (80% band) | first token s | load W | own total $ | --n-cpu-moe advice\n",
    );
    for (name, link) in SCENARIOS {
        let d = decode(link);
        assert!(d.dropped.is_empty(), "{name}: {link}: {:?}", d.dropped);
        let r = resolve(&d.params).unwrap_or_else(|e| panic!("{name}: {e}"));
        let e = rigplan_core::estimate(&r.scenario);
        let g = |x: f64| format!("{x:.4}").parse::<f64>().map_or(x, |v| v);
        let s4 = |x: f64| {
            if x == 0.0 || !x.is_finite() {
                return format!("{x}");
            }
            let digits = 3 - x.abs().log10().floor() as i32;
            format!("{:.*}", digits.max(0) as usize, g(x))
        };
        let _ = writeln!(
            out,
            "{name} | {} | {} | {} | {} ({}-{}) | {} ({}-{}) | {} | {} | {} | {}",
            present::verdict(&e.memory).id,
            s4(e.memory.weights.as_gb()),
            s4(e.memory.total.as_gb()),
            s4(e.speed.decode.get()),
            s4(e.speed.decode_low.get()),
            s4(e.speed.decode_high.get()),
            s4(e.speed.prefill.get()),
            s4(e.speed.prefill_low.get()),
            s4(e.speed.prefill_high.get()),
            s4(e.speed.time_to_first_token.get()),
            s4(e.power.load.get()),
            s4(e.tco.own_total.get()),
            e.memory
                .recommended_n_cpu_moe
                .map_or("-".into(), |n| n.to_string()),
        );
    }
    out
}

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/scenarios.txt");

#[test]
fn snapshot_table_is_current() {
    let now = table();
    if std::env::var_os("RIGPLAN_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(FILE, &now).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(FILE).unwrap_or_default();
    if committed != now {
        let changed: Vec<String> = now
            .lines()
            .filter(|l| !committed.lines().any(|c| c == *l))
            .map(String::from)
            .collect();
        panic!(
            "the estimator's numbers moved for {} scenario(s):\n{}\n\nIf that is intended, \
             regenerate the table (RIGPLAN_UPDATE_SNAPSHOTS=1 cargo test -p rigplan-scenario \
             --test it snapshots) and review the diff of tests/snapshots/scenarios.txt.",
            changed.len(),
            changed.join("\n")
        );
    }
    assert_eq!(SCENARIOS.len(), now.lines().count() - 1);
    assert!(SCENARIOS.len() >= 30);
}
