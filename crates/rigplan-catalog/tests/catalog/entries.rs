//! Every catalog entry: sourced, unique, and estimable.

use rigplan_catalog::{API, CLOUD, MODELS, QUANTS, SYSTEMS, Source, devices};
use std::collections::BTreeSet;

const REQUIRED_HARDWARE: &str = "rtx-3060-12gb rtx-3070 rtx-3080-10gb rtx-3080-ti rtx-3090 rtx-4060-ti-16gb rtx-4070 \
    rtx-4070-ti rtx-4070-ti-super rtx-4080 rtx-4080-super rtx-4090 rtx-5090 rtx-5090-laptop rtx-a5000 rtx-a6000 a40 \
    rtx-4000-ada rtx-5000-ada rtx-6000-ada l40s rtx-pro-6000-blackwell a100-40gb-pcie a100-80gb-pcie a100-80gb-sxm \
    h100-pcie h100-sxm h200 b200 dgx-spark mi300x rx-6700-xt rx-7900-xtx rx-9070-xt ryzen-ai-max-plus-395 \
    snapdragon-x-elite arc-b580 apple-m1-8c apple-m1-pro-16c apple-m1-max-32c apple-m1-ultra-64c apple-m2-10c \
    apple-m2-pro-19c apple-m2-max-38c apple-m2-ultra-76c apple-m3-pro-18c apple-m3-max-40c apple-m3-ultra-80c \
    apple-m4-10c apple-m4-pro-20c apple-m4-max-32c apple-m4-max-40c";
const REQUIRED_MODELS: &str = "llama-2-7b llama-3-8b llama-3.1-8b llama-3.2-1b llama-3.2-3b llama-3-70b llama-3.1-70b \
    llama-3.3-70b llama-3.1-405b mistral-7b mixtral-8x7b mixtral-8x22b qwen2.5-7b qwen2.5-72b qwen3-4b qwen3-8b \
    qwen3-32b qwen3-30b-a3b qwen3-235b-a22b deepseek-v3 deepseek-r1 gpt-oss-20b gpt-oss-120b gemma-3-4b gemma-3-27b \
    phi-3-mini tinyllama-1.1b glm-4.7-flash glm-4.5-air kimi-k2 llama-4-scout mistral-small-3.1-24b";
const REQUIRED_QUANTS: &str = "f32 f16 bf16 q8_0 q6_k q5_k_m q5_0 q4_k_m q4_k_s q4_0 iq4_xs q3_k_m q2_k mxfp4 fp8 awq-int4 gptq-int4 mlx-4bit mlx-8bit";

fn covered(sources: &[Source], field: &str) -> bool {
    sources.iter().any(|s| {
        s.covers
            .split_whitespace()
            .any(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()) == field)
    })
}

fn sourced(id: &str, sources: &[Source]) {
    assert!(!sources.is_empty(), "{id}: no source");
    for s in sources {
        assert!(
            s.url.starts_with("https://") && s.url.len() > 12,
            "{id}: bad source url {:?}",
            s.url
        );
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.' || b == b'_'
        })
}

#[test]
fn required_ids_exist() {
    let hw: BTreeSet<_> = rigplan_catalog::hardware_ids().collect();
    for id in REQUIRED_HARDWARE.split_whitespace() {
        assert!(hw.contains(id), "missing hardware id {id}");
    }
    for id in REQUIRED_MODELS.split_whitespace() {
        assert!(MODELS.iter().any(|m| m.id == id), "missing model id {id}");
    }
    for id in REQUIRED_QUANTS.split_whitespace() {
        assert!(QUANTS.iter().any(|q| q.id == id), "missing quant id {id}");
    }
    assert!(hw.len() >= 80, "only {} hardware entries", hw.len());
    assert!(MODELS.len() >= 40, "only {} models", MODELS.len());
}

#[test]
fn ids_are_unique_and_well_formed() {
    let mut seen = BTreeSet::new();
    for id in rigplan_catalog::hardware_ids() {
        assert!(valid_id(id), "bad hardware id {id}");
        assert!(seen.insert(id), "duplicate hardware id {id}");
    }
    let mut seen = BTreeSet::new();
    for m in MODELS {
        assert!(valid_id(m.id), "bad model id {}", m.id);
        assert!(seen.insert(m.id), "duplicate model id {}", m.id);
    }
    let mut seen = BTreeSet::new();
    for q in QUANTS {
        assert!(seen.insert(q.id), "duplicate quant id {}", q.id);
    }
    for (old, new) in rigplan_catalog::ALIASES {
        assert!(
            rigplan_catalog::device(new).is_some()
                || rigplan_catalog::model(new).is_some()
                || rigplan_catalog::system(new).is_some(),
            "alias {old} -> {new} points nowhere"
        );
    }
}

#[test]
fn every_hardware_figure_has_a_source() {
    let mut missing = Vec::new();
    for h in devices() {
        sourced(h.id, h.sources);
        let s = &h.spec;
        let mut need = vec!["memory", "bandwidth"];
        for (present, field) in [
            (s.fp16.is_some(), "fp16"),
            (s.vulkan_vector_only, "vulkan_vector_only"),
            (s.int8.is_some(), "int8"),
            (s.fp8.is_some(), "fp8"),
            (s.fp4.is_some(), "fp4"),
            (s.tdp.is_some(), "tdp"),
            (s.idle.is_some(), "idle"),
            (h.price.is_some(), "price"),
            (s.interconnect.nvlink.is_some(), "interconnect"),
        ] {
            if present {
                need.push(field);
            }
        }
        missing.extend(
            need.into_iter()
                .filter(|f| !covered(h.sources, f))
                .map(|f| format!("{}: {f}", h.id)),
        );
        assert!(
            s.memory.get() > 0.0 && s.bandwidth.get() > 0.0,
            "{}: memory and bandwidth must be positive",
            h.id
        );
    }
    for s in SYSTEMS {
        sourced(s.id, s.sources);
        assert!(
            rigplan_catalog::device(s.device).is_some(),
            "{}: unknown device {}",
            s.id,
            s.device
        );
        assert!(s.count >= 1, "{}: count", s.id);
        if s.price.is_some() && !covered(s.sources, "price") {
            missing.push(format!("{}: price", s.id));
        }
    }
    assert!(
        missing.is_empty(),
        "figures without a covering source:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_model_and_quant_has_a_source() {
    for m in MODELS {
        sourced(m.id, m.sources);
        for f in ["arch", "params", "context"] {
            assert!(covered(m.sources, f), "{}: no source covers `{f}`", m.id);
        }
        let a = &m.arch;
        assert!(
            a.params > 0.0 && a.active_params > 0.0 && a.active_params <= a.params * 1.0001,
            "{}: params",
            m.id
        );
        assert!(
            a.layers > 0
                && a.hidden > 0
                && a.heads > 0
                && a.kv_heads > 0
                && a.head_dim > 0
                && a.vocab > 0,
            "{}: dims",
            m.id
        );
        assert!(a.kv_heads <= a.heads, "{}: kv_heads above heads", m.id);
    }
    for q in QUANTS {
        sourced(q.id, q.sources);
    }
    for c in CLOUD {
        sourced(c.id, &[c.source]);
        assert!(
            rigplan_catalog::device(c.device).is_some(),
            "cloud price {} names unknown device {}",
            c.id,
            c.device
        );
        assert!(c.usd_per_gpu_hour > 0.0, "{}", c.id);
    }
    for a in API {
        sourced(a.id, &[a.source]);
        assert!(a.output_usd_per_mtok > 0.0, "{}", a.id);
    }
}
