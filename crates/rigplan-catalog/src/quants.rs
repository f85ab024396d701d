//! Quantization schemes.
//!
//! GGUF mixes follow llama.cpp's `llama_tensor_get_type_impl` in `src/llama-quant.cpp`
//! and the block sizes in `ggml/src/ggml-common.h` (see `rigplan_core::quant`).

use crate::types::Source;
use rigplan_core::quant::bpw::{self, half};
use rigplan_core::quant::{KernelClass, QuantFormat, QuantScheme};

/// One quantization scheme.
#[derive(Clone, Copy, Debug)]
pub struct QuantEntry {
    /// Permanent id (llama.cpp names lower-cased, plus others).
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Bits per tensor class.
    pub scheme: QuantScheme,
    /// Sources.
    pub sources: &'static [Source],
    /// How the mix was derived.
    pub notes: &'static str,
}

const QUANT_CPP: Source = Source {
    url: text!("https://github.com/ggml-org/llama.cpp/blob/master/src/llama-quant.cpp"),
    covers: text!("mix"),
};
const GGML_COMMON: Source = Source {
    url: text!("https://github.com/ggml-org/llama.cpp/blob/master/ggml/src/ggml-common.h"),
    covers: text!("bits"),
};
const GGUF: &[Source] = &[QUANT_CPP, GGML_COMMON];

/// A GGUF mix: `base` everywhere, the output head at `output`, `attn_v` and `ffn_down`
/// at their averages, experts like the FFN.
const fn gguf(
    base: f64,
    output: f64,
    attn_v: f64,
    ffn_down: f64,
    kernel: KernelClass,
) -> QuantScheme {
    QuantScheme {
        base,
        embed: base,
        output,
        attn_v,
        ffn_down,
        expert: base,
        expert_down: ffn_down,
        moe_dense: None,
        kernel,
        format: QuantFormat::Gguf,
    }
}

/// Every quantization scheme.
pub const QUANTS: &[QuantEntry] = &[
    QuantEntry {
        id: "f32",
        name: "F32",
        scheme: QuantScheme::uniform(bpw::F32, KernelClass::Float, QuantFormat::Float),
        sources: &[GGML_COMMON],
        notes: text!("32 bits per weight"),
    },
    QuantEntry {
        id: "f16",
        name: "F16",
        scheme: QuantScheme::uniform(bpw::F16, KernelClass::Float, QuantFormat::Float),
        sources: &[GGML_COMMON],
        notes: text!("16 bits per weight"),
    },
    QuantEntry {
        id: "bf16",
        name: "BF16",
        scheme: QuantScheme::uniform(bpw::F16, KernelClass::Float, QuantFormat::Float),
        sources: &[GGML_COMMON],
        notes: text!("16 bits per weight"),
    },
    QuantEntry {
        id: "q8_0",
        name: "Q8_0",
        scheme: QuantScheme::uniform(bpw::Q8_0, KernelClass::Legacy, QuantFormat::Gguf),
        sources: GGUF,
        notes: text!(
            "every tensor Q8_0, output included (llama-quant.cpp keeps Q8_0 for the output of a Q8_0 file)"
        ),
    },
    QuantEntry {
        id: "q6_k",
        name: "Q6_K",
        scheme: gguf(
            bpw::Q6_K,
            bpw::Q6_K,
            bpw::Q6_K,
            bpw::Q6_K,
            KernelClass::KQuant,
        ),
        sources: GGUF,
        notes: text!("every tensor Q6_K"),
    },
    QuantEntry {
        id: "q5_k_m",
        name: "Q5_K_M",
        scheme: gguf(
            bpw::Q5_K,
            bpw::Q6_K,
            half(bpw::Q5_K, bpw::Q6_K),
            half(bpw::Q5_K, bpw::Q6_K),
            KernelClass::KQuant,
        ),
        sources: GGUF,
        notes: text!(
            "Q5_K; output Q6_K; attn_v and ffn_down Q6_K in the use_more_bits half of layers"
        ),
    },
    QuantEntry {
        id: "q5_0",
        name: "Q5_0",
        scheme: gguf(
            bpw::Q5_K,
            bpw::Q6_K,
            bpw::Q5_K,
            bpw::Q5_K,
            KernelClass::Legacy,
        ),
        sources: GGUF,
        notes: text!("Q5_0 (22 bytes / 32); output Q6_K"),
    },
    QuantEntry {
        id: "q4_k_m",
        name: "Q4_K_M",
        scheme: gguf(
            bpw::Q4_K,
            bpw::Q6_K,
            half(bpw::Q4_K, bpw::Q6_K),
            half(bpw::Q4_K, bpw::Q6_K),
            KernelClass::KQuant,
        ),
        sources: GGUF,
        notes: text!(
            "Q4_K; output Q6_K; attn_v and ffn_down Q6_K in the use_more_bits half of layers (Llama 3 8B: 4.89 bpw vs 4.90 real)"
        ),
    },
    QuantEntry {
        id: "q4_k_s",
        name: "Q4_K_S",
        scheme: gguf(
            bpw::Q4_K,
            bpw::Q6_K,
            bpw::Q4_K + 0.125,
            bpw::Q4_K + (bpw::Q5_K - bpw::Q4_K) / 8.0,
            KernelClass::KQuant,
        ),
        sources: GGUF,
        notes: text!(
            "Q4_K; output Q6_K; ffn_down Q5_K in the first eighth of layers; attn_v Q5_K in the first 4 layers"
        ),
    },
    QuantEntry {
        id: "q4_0",
        name: "Q4_0",
        scheme: gguf(
            bpw::Q4_K,
            bpw::Q6_K,
            bpw::Q4_K,
            bpw::Q4_K,
            KernelClass::Legacy,
        ),
        sources: GGUF,
        notes: text!("Q4_0 (18 bytes / 32); output Q6_K (Llama 2 7B: 4.54 bpw)"),
    },
    QuantEntry {
        id: "q4_0-q8-embed",
        name: "Q4_0, Q8_0 embeddings (QAT GGUF)",
        scheme: QuantScheme {
            embed: bpw::Q8_0,
            output: bpw::Q8_0,
            ..gguf(
                bpw::Q4_K,
                bpw::Q8_0,
                bpw::Q4_K,
                bpw::Q4_K,
                KernelClass::Legacy,
            )
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md"
                ),
                covers: text!("mix"),
            },
            Source {
                url: text!("https://huggingface.co/ggml-org/gemma-3-4b-it-qat-GGUF"),
                covers: text!("mix"),
            },
        ],
        notes: text!(
            "Q4_0 with token embedding and output at Q8_0 (llama-quantize --token-embedding-type q8_0 \
                --output-tensor-type q8_0), as in ggml-org's Gemma 3 QAT GGUFs; the embedding type is inferred \
                from the published file size (gemma-3-4b-it-qat: 2.35 GiB), not read from the file"
        ),
    },
    QuantEntry {
        id: "iq4_xs",
        name: "IQ4_XS",
        scheme: gguf(
            bpw::IQ4_XS,
            bpw::Q6_K,
            bpw::Q5_K,
            bpw::IQ4_XS,
            KernelClass::KQuant,
        ),
        sources: GGUF,
        notes: text!("IQ4_XS (136 / 256); output Q6_K; attn_v Q5_K when GQA >= 4"),
    },
    QuantEntry {
        id: "q3_k_m",
        name: "Q3_K_M",
        scheme: gguf(
            bpw::Q3_K,
            bpw::Q6_K,
            bpw::Q4_K,
            bpw::Q4_K,
            KernelClass::KQuant,
        ),
        sources: GGUF,
        notes: text!("Q3_K; output Q6_K; attn_v, attn_output and ffn_down mostly Q4_K"),
    },
    QuantEntry {
        id: "q2_k",
        name: "Q2_K",
        scheme: gguf(
            bpw::Q2_K,
            bpw::Q6_K,
            bpw::Q3_K,
            bpw::Q3_K,
            KernelClass::KQuant,
        ),
        sources: GGUF,
        notes: text!("Q2_K; output Q6_K; attn_v Q3_K (Q4_K with GQA >= 4) and ffn_down Q3_K"),
    },
    QuantEntry {
        id: "mxfp4",
        name: "MXFP4 (MoE)",
        scheme: QuantScheme {
            moe_dense: Some(bpw::Q8_0),
            format: QuantFormat::Mxfp4,
            ..QuantScheme::uniform(bpw::IQ4_XS, KernelClass::Micro, QuantFormat::Mxfp4)
        },
        sources: GGUF,
        notes: text!(
            "llama.cpp MXFP4_MOE: expert tensors MXFP4 (17 bytes / 32), every other tensor Q8_0 (gpt-oss-20b: 4.62 bpw vs 4.63 real)"
        ),
    },
    QuantEntry {
        id: "mxfp4-f16",
        name: "MXFP4 experts + F16",
        scheme: QuantScheme {
            moe_dense: Some(bpw::F16),
            ..QuantScheme::uniform(bpw::IQ4_XS, KernelClass::Micro, QuantFormat::Mxfp4)
        },
        sources: &[Source {
            url: text!(
                "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/README.md"
            ),
            covers: text!("mix"),
        }],
        notes: text!(
            "as in unsloth's \"F16\" gpt-oss GGUF: experts stay MXFP4, other tensors F16 (gpt-oss-20b: 5.27 bpw real)"
        ),
    },
    QuantEntry {
        id: "fp8",
        name: "FP8 (E4M3)",
        scheme: QuantScheme {
            embed: bpw::F16,
            output: bpw::F16,
            ..QuantScheme::uniform(8.0, KernelClass::Float, QuantFormat::Fp8)
        },
        sources: &[Source {
            url: text!("https://docs.vllm.ai/en/latest/features/quantization/fp8.html"),
            covers: text!("mix"),
        }],
        notes: text!("8-bit weights with per-tensor scales; embeddings and lm_head stay 16-bit"),
    },
    QuantEntry {
        id: "awq-int4",
        name: "AWQ int4 (group 128)",
        scheme: QuantScheme {
            embed: bpw::F16,
            output: bpw::F16,
            ..QuantScheme::uniform(4.25, KernelClass::Group, QuantFormat::Int4Group)
        },
        sources: &[Source {
            url: text!("https://github.com/mit-han-lab/llm-awq"),
            covers: text!("mix"),
        }],
        notes: text!(
            "4-bit weights + FP16 scale and 4-bit zero per 128 weights (about 4.25 bpw); embeddings and head 16-bit"
        ),
    },
    QuantEntry {
        id: "gptq-int4",
        name: "GPTQ int4 (group 128)",
        scheme: QuantScheme {
            embed: bpw::F16,
            output: bpw::F16,
            ..QuantScheme::uniform(4.25, KernelClass::Group, QuantFormat::Int4Group)
        },
        sources: &[Source {
            url: text!("https://github.com/AutoGPTQ/AutoGPTQ"),
            covers: text!("mix"),
        }],
        notes: text!(
            "4-bit weights + scale and zero per group of 128 (about 4.25 bpw); embeddings and head 16-bit"
        ),
    },
    QuantEntry {
        id: "mlx-4bit",
        name: "MLX 4-bit (group 64)",
        scheme: QuantScheme::uniform(4.5, KernelClass::Group, QuantFormat::Mlx),
        sources: &[Source {
            url: text!(
                "https://ml-explore.github.io/mlx/build/html/python/_autosummary/mlx.core.quantize.html"
            ),
            covers: text!("mix"),
        }],
        notes: text!(
            "affine 4-bit with an FP16 scale and bias per 64 weights: 4 + 32/64 = 4.5 bpw, embeddings included"
        ),
    },
    QuantEntry {
        id: "mlx-5bit",
        name: "MLX 5-bit (group 64)",
        scheme: QuantScheme::uniform(5.5, KernelClass::Group, QuantFormat::Mlx),
        sources: &[Source {
            url: text!(
                "https://ml-explore.github.io/mlx/build/html/python/_autosummary/mlx.core.quantize.html"
            ),
            covers: text!("mix"),
        }],
        notes: text!("affine 5-bit, scale and bias per 64 weights: 5.5 bpw"),
    },
    QuantEntry {
        id: "mlx-6bit",
        name: "MLX 6-bit (group 64)",
        scheme: QuantScheme::uniform(6.5, KernelClass::Group, QuantFormat::Mlx),
        sources: &[Source {
            url: text!(
                "https://ml-explore.github.io/mlx/build/html/python/_autosummary/mlx.core.quantize.html"
            ),
            covers: text!("mix"),
        }],
        notes: text!("affine 6-bit, scale and bias per 64 weights: 6.5 bpw"),
    },
    QuantEntry {
        id: "mlx-8bit",
        name: "MLX 8-bit (group 64)",
        scheme: QuantScheme::uniform(8.5, KernelClass::Group, QuantFormat::Mlx),
        sources: &[Source {
            url: text!(
                "https://ml-explore.github.io/mlx/build/html/python/_autosummary/mlx.core.quantize.html"
            ),
            covers: text!("mix"),
        }],
        notes: text!("affine 8-bit, scale and bias per 64 weights: 8.5 bpw"),
    },
];
