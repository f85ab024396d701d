//! Known values the formulas must reproduce, through one `check` helper.

use rigplan_catalog::{model, quant};
use rigplan_core::memory::{KvPerToken, weight_bytes};
use rigplan_core::quant::KvType;

fn kv(model_id: &str, kv: KvType, tokens: f64) -> f64 {
    let m = model(model_id).unwrap_or_else(|| panic!("no model {model_id}"));
    KvPerToken::of(&m.arch, kv).at(tokens).get()
}

/// KV bytes for one token, by hand from each model's config.json.
#[test]
fn kv_cache_per_token() {
    let check = |id: &str, t: KvType, tokens: f64, expect: f64| {
        let got = kv(id, t, tokens);
        assert!(
            (got - expect).abs() <= expect * 1e-9,
            "{id} {t:?} @{tokens}: {got} != {expect}"
        );
    };
    // GQA: 32 layers x 2 x 8 KV heads x 128 x 2 bytes (not 32 attention heads).
    check("llama-3-8b", KvType::F16, 1.0, 131_072.0);
    check("llama-3-8b", KvType::Q8_0, 1.0, 131_072.0 * 34.0 / 64.0);
    check("llama-3-8b", KvType::Q4_0, 1.0, 131_072.0 * 18.0 / 64.0);
    // Plain multi-head attention: 32 KV heads.
    check("llama-2-7b", KvType::F16, 1.0, 524_288.0);
    // MLA: 61 layers x (512 + 64) x 2 bytes, once.
    check("deepseek-r1", KvType::F16, 1.0, 61.0 * 576.0 * 2.0);
    // 70B: 80 layers x 2 x 8 x 128 x 2.
    check("llama-3.1-70b", KvType::F16, 8192.0, 327_680.0 * 8192.0);
    // Gemma 4 26B-A4B at 100,000 tokens: 5 global layers x 2 x 2 KV heads x 512 x 2 bytes
    // per token, and 25 windowed layers x 2 x 8 x 256 x 2 bytes for the last 1,024 only.
    // With the windowed layers' shape on the global layers too it would be 2.0 GB more.
    check(
        "gemma-4-26b-a4b",
        KvType::F16,
        100_000.0,
        5.0 * 2.0 * 2.0 * 512.0 * 2.0 * 100_000.0 + 25.0 * 2.0 * 8.0 * 256.0 * 2.0 * 1024.0,
    );
    // Gemma 4 31B: 10 global layers x 2 x 4 x 512 x 2, 50 windowed x 2 x 16 x 256 x 2.
    check(
        "gemma-4-31b",
        KvType::F16,
        32_768.0,
        10.0 * 2.0 * 4.0 * 512.0 * 2.0 * 32_768.0 + 50.0 * 2.0 * 16.0 * 256.0 * 2.0 * 1024.0,
    );
}

#[test]
fn sliding_window_layers_hold_at_most_the_window() {
    let m = model("gpt-oss-20b").unwrap();
    let rigplan_core::model::Attention::Sliding {
        window,
        local_layers,
        ..
    } = m.arch.attention
    else {
        panic!("gpt-oss-20b must use sliding-window layers");
    };
    let per_layer = 2.0 * f64::from(m.arch.kv_heads) * f64::from(m.arch.head_dim) * 2.0;
    let full_layers = f64::from(m.arch.layers - local_layers);
    let at = |t: f64| {
        full_layers * per_layer * t + f64::from(local_layers) * per_layer * t.min(f64::from(window))
    };
    assert_eq!(kv("gpt-oss-20b", KvType::F16, 100_000.0), at(100_000.0));
    assert!(
        kv("gpt-oss-20b", KvType::F16, 100_000.0)
            < 0.6 * 100_000.0 * f64::from(m.arch.layers) * per_layer
    );
}

/// Weights against real GGUF sizes that llama-bench printed (calibration notes).
#[test]
fn weights_match_real_files() {
    let check = |id: &str, q: &str, gib: f64| {
        let m = model(id).unwrap();
        let s = quant(q).unwrap();
        let got = weight_bytes(&m.arch, &s.scheme).total.as_gib();
        assert!(
            (got / gib - 1.0).abs() < 0.03,
            "{id} {q}: {got:.2} GiB vs {gib} GiB"
        );
    };
    check("llama-3-8b", "q4_k_m", 4.58); // XD-0001
    check("llama-3-8b", "f16", 14.96); // XD-0055
    check("llama-3-70b", "q4_k_m", 39.59); // XD-0095
    check("llama-3-70b", "f16", 131.42); // XD-0199
    check("llama-2-7b", "q4_0", 3.56); // GHI-0005
}

/// K-quant blocks hold 256 weights: a tensor whose rows are not a multiple of 256 is
/// stored in a 32-weight type instead (llama.cpp's `tensor_type_fallback`). GLM-4.5-Air's
/// experts are 1,408 wide, so its Q4_K_M file is 68.0 GiB, not the 62.1 the plain mix
/// gives (67.8 with the fallback); its Q8_0 (32-weight blocks already) does not move.
#[test]
fn k_quant_rows_off_the_256_grid_fall_back() {
    let gib = |id: &str, q: &str| {
        let m = model(id).unwrap();
        weight_bytes(&m.arch, &quant(q).unwrap().scheme)
            .total
            .as_gib()
    };
    let check = |id: &str, q: &str, want: f64| {
        let got = gib(id, q);
        assert!(
            (got / want - 1.0).abs() < 0.02,
            "{id} {q}: {got:.2} GiB vs {want} GiB"
        );
    };
    // https://dexiio.pages.dev/llm/model/glm-4.5-air/ (file sizes by quant, read
    // 2026-12-05; its Q8_0, 109.4, is ubergarm's 109.381 GiB).
    check("glm-4.5-air", "q4_k_m", 68.0);
    check("glm-4.5-air", "q6_k", 92.2);
    check("glm-4.5-air", "q3_k_m", 53.3);
    check("glm-4.5-air", "q8_0", 109.381);
    // Rows on the grid keep the plain mix: bartowski's Llama-3.1-70B Q3_K_S is 30.91 GB
    // (https://ozeki.chat/p_8590-understanding-ai-model-files.html, read 2026-12-05).
    check("llama-3.3-70b", "q3_k_s", 30.91e9 / (1u64 << 30) as f64);
}

#[test]
fn moe_reads_active_experts_but_stores_all() {
    let m = model("qwen3-30b-a3b").unwrap();
    let w = weight_bytes(&m.arch, &quant("q4_k_m").unwrap().scheme);
    let read = w.read_per_step(1).get();
    // 3.3B of 30.5B parameters are active: memory counts all, a token reads about a tenth.
    assert!(read < 0.2 * w.total.get(), "{read} vs {}", w.total.get());
    assert!(w.total.as_gb() > 15.0);
}
