//! Published `config.json` files (tests/data/configs, provenance in its README) against the
//! catalog entry for the same model: a file a user pastes must size the model as the
//! catalog does, and a file the estimator cannot model must say so.

use rigplan_catalog::MODELS;
use rigplan_core::model::ModelArch;
use rigplan_core::{Estimate, estimate};
use rigplan_scenario::custom::model_from_hf_config;
use rigplan_scenario::{HardwareChoice, ModelChoice, Params, resolve};

/// `(fixture, catalog id)`.
const SAME_MODEL: &[(&str, &str)] = &[
    ("deepseek-ai__DeepSeek-V3", "deepseek-v3"),
    ("openai__gpt-oss-120b", "gpt-oss-120b"),
    ("Qwen__Qwen3-30B-A3B", "qwen3-30b-a3b"),
    ("mistralai__Mixtral-8x7B-v0.1", "mixtral-8x7b"),
    ("google__gemma-2-9b", "gemma-2-9b"),
    ("google__gemma-3-27b-it", "gemma-3-27b"),
    (
        "meta-llama__Llama-4-Scout-17B-16E-Instruct",
        "llama-4-scout",
    ),
    (
        "meta-llama__Llama-4-Maverick-17B-128E-Instruct",
        "llama-4-maverick",
    ),
    ("google__gemma-4-26B-A4B", "gemma-4-26b-a4b"),
    ("nvidia__Gemma-4-31B-IT-NVFP4", "gemma-4-31b"),
];

/// Hybrid or per-layer-shaped models: refused, with the key that shows it.
const NOT_MODELLED: &[(&str, &str)] = &[
    (
        "Qwen__Qwen3-Next-80B-A3B-Thinking",
        "full_attention_interval",
    ),
    ("Qwen__Qwen3.5-35B-A3B", "full_attention_interval"),
    (
        "nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16",
        "hybrid_override_pattern",
    ),
];

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/data/configs/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The scenario of the issue that found the errors: 8 x H200, at `quant`.
fn on_8_h200(model: ModelChoice, context: u32, quant: &str) -> Estimate {
    let p = Params {
        model,
        hardware: HardwareChoice::Id("h200".into()),
        count: 8,
        context,
        quant: quant.into(),
        ..Params::default()
    };
    estimate(&resolve(&p).unwrap().scenario)
}

fn within(what: &str, got: f64, want: f64, tolerance: f64) {
    let err = (got - want) / want;
    assert!(
        err.abs() <= tolerance,
        "{what}: {got:.4e} vs {want:.4e} ({:+.2}%)",
        err * 100.0
    );
}

#[test]
fn published_configs_size_the_model_as_its_catalog_entry() {
    for (file, id) in SAME_MODEL {
        let arch: ModelArch = model_from_hf_config(&fixture(file))
            .unwrap_or_else(|e| panic!("{file}: {}", e.message));
        let entry = MODELS.iter().find(|m| m.id == *id).unwrap();
        let want = &entry.arch;
        assert_eq!(
            (
                arch.layers,
                arch.hidden,
                arch.heads,
                arch.kv_heads,
                arch.head_dim
            ),
            (
                want.layers,
                want.hidden,
                want.heads,
                want.kv_heads,
                want.head_dim
            ),
            "{file}: shape"
        );
        assert_eq!(arch.attention, want.attention, "{file}: attention");
        assert_eq!(arch.moe, want.moe, "{file}: experts");
        assert_eq!(arch.tied_embeddings, want.tied_embeddings, "{file}: tied");
        // Not the context: a config's `max_position_embeddings` can exceed the documented
        // context (DeepSeek-V3: 163,840 positions, 128K documented), which the catalog keeps.
        within(
            &format!("{file}: parameters"),
            arch.params,
            want.params,
            0.01,
        );
        // Not the active count: the catalog keeps a model card's figure, which may leave out
        // the unembedding (gpt-oss-120b: 5.1 B on the card, 5.7 B from these dimensions).
        // At a K-quant the catalog entry of a model that ships its experts in MXFP4
        // (gpt-oss) keeps them so, which a pasted config.json does not tell the estimate
        // (its `quantization_config` is not read): compare such a model at its own format.
        let quant = if entry.native.starts_with("mxfp4") {
            entry.native
        } else {
            "q4_k_m"
        };
        for context in [32_768, 131_072] {
            let context = context.min(want.max_context);
            let mine = on_8_h200(ModelChoice::Custom(arch), context, quant);
            let catalog = on_8_h200(ModelChoice::Id((*id).into()), context, quant);
            let m = (mine.memory, catalog.memory);
            within(
                &format!("{file}: weights"),
                m.0.weights.get(),
                m.1.weights.get(),
                0.01,
            );
            within(
                &format!("{file}: KV cache at {context}"),
                m.0.kv_cache.get(),
                m.1.kv_cache.get(),
                0.005,
            );
        }
    }
}

/// Gemma 3n and Gemma 4's E models: per-layer embeddings and layers sharing a cache,
/// written as Gemma 4's other configs write them at 0.
#[test]
fn per_layer_embeddings_and_shared_caches_are_refused_by_name() {
    let base = fixture("google__gemma-4-26B-A4B");
    for (zero, key) in [
        (
            "\"hidden_size_per_layer_input\": 0",
            "hidden_size_per_layer_input",
        ),
        ("\"num_kv_shared_layers\": 0", "num_kv_shared_layers"),
    ] {
        assert!(base.contains(zero), "{zero}");
        let e = model_from_hf_config(&base.replace(zero, &zero.replace(": 0", ": 20")))
            .expect_err(key)
            .message;
        assert!(e.contains(key) && e.contains("does not model yet"), "{e}");
    }
}

/// LFM2's short convolutions: its first configs name the attention layers in
/// `full_attn_idxs` with no `layer_types`, which once read as a dense transformer; both
/// forms are refused naming what shows them.
#[test]
fn short_convolution_configs_are_refused_by_name() {
    let base = fixture("mistralai__Mixtral-8x7B-v0.1");
    let open = base.find('{').expect("an object") + 1;
    for (keys, named) in [
        (
            "\"conv_L_cache\": 3, \"full_attn_idxs\": [2, 5, 8, 10, 12, 14],",
            "`conv_L_cache`",
        ),
        ("\"layer_types\": [\"conv\", \"full_attention\"],", "`conv`"),
    ] {
        let text = format!("{}{keys}{}", &base[..open], &base[open..]);
        let e = model_from_hf_config(&text).expect_err(keys).message;
        assert!(e.contains(named) && e.contains("LFM2"), "{e}");
    }
}

/// Gemma 4's dense MLP beside the experts is counted as shared experts, so its width must
/// be a whole number of experts; a config without that width, or with another, is refused
/// naming the keys (the missing width once got the "not a whole number" sentence).
#[test]
fn a_dense_mlp_beside_the_experts_needs_a_width_in_whole_experts() {
    let base = fixture("google__gemma-4-26B-A4B");
    let line = "\"intermediate_size\": 2112,";
    assert!(base.contains(line), "{line}");
    for broken in [
        base.replacen(line, "", 1),
        base.replacen(line, "\"intermediate_size\": 2000,", 1),
    ] {
        let e = model_from_hf_config(&broken).expect_err("refused").message;
        assert!(
            e.contains("`enable_moe_block`") && e.contains("`intermediate_size`"),
            "{e}"
        );
    }
}

#[test]
fn configs_the_estimator_cannot_model_say_so() {
    for (file, key) in NOT_MODELLED {
        let e = model_from_hf_config(&fixture(file))
            .expect_err(file)
            .message;
        assert!(
            e.contains(key) && e.contains("does not model yet"),
            "{file}: {e}"
        );
    }
}
