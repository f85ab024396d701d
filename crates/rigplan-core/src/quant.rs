//! Weight quantization schemes and KV-cache element types.
//!
//! A GGUF "Q4_K_M" file is a *mix*: llama.cpp's quantizer (`llama_tensor_get_type` in
//! `src/llama-quant.cpp`) keeps the output head at Q6_K and bumps `attn_v` and `ffn_down`
//! to Q6_K in about half the layers (`use_more_bits`: the first and last eighth and every
//! third layer between). So a scheme here gives bits per weight for each tensor class.
//! Block sizes are from `ggml/src/ggml-common.h` (bytes per block / weights per block):
//! Q8_0 34/32 = 8.5, Q6_K 210/256 = 6.5625, Q5_K 176/256 = 5.5, Q4_K 144/256 = 4.5,
//! Q4_0 18/32 = 4.5, Q5_0 22/32 = 5.5, Q5_1 24/32 = 6, IQ4_XS 136/256 = 4.25, IQ4_NL
//! 18/32 = 4.5, MXFP4 17/32 = 4.25,
//! Q3_K 110/256 = 3.4375, Q2_K 84/256 = 2.625.

/// Bits per weight of llama.cpp block types (see the module docs for the source).
pub mod bpw {
    /// F32.
    pub const F32: f64 = 32.0;
    /// F16 and BF16.
    pub const F16: f64 = 16.0;
    /// Q8_0: 34 bytes / 32 weights.
    pub const Q8_0: f64 = 8.5;
    /// Q6_K: 210 / 256.
    pub const Q6_K: f64 = 6.5625;
    /// Q5_K and Q5_0: 176 / 256 and 22 / 32.
    pub const Q5_K: f64 = 5.5;
    /// Q4_K and Q4_0: 144 / 256 and 18 / 32.
    pub const Q4_K: f64 = 4.5;
    /// Q5_1: 24 / 32.
    pub const Q5_1: f64 = 6.0;
    /// IQ4_XS 136 / 256, MXFP4 17 / 32.
    pub const IQ4_XS: f64 = 4.25;
    /// Q3_K: 110 / 256.
    pub const Q3_K: f64 = 3.4375;
    /// Q2_K: 84 / 256.
    pub const Q2_K: f64 = 2.625;
    /// Average of a class where `use_more_bits` upgrades half the layers from `a` to `b`.
    pub const fn half(a: f64, b: f64) -> f64 {
        (a + b) / 2.0
    }
}

/// How fast a quant type decodes relative to reading plain F16: the kernel class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum KernelClass {
    /// F16 / BF16 / F32 / FP8: no dequantization.
    Float,
    /// Q8_0, Q4_0, Q5_0: simple 32-weight blocks.
    Legacy,
    /// K-quants and I-quants (256-weight super-blocks, more work per byte).
    KQuant,
    /// MXFP4 and other microscaled float formats.
    Micro,
    /// GPTQ / AWQ / MLX affine group quantization.
    Group,
}

/// The file format family, which decides which engines load it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum QuantFormat {
    /// Unquantized floats (safetensors or GGUF): every engine.
    Float,
    /// BF16 (safetensors or GGUF): every engine. Kept apart from [`QuantFormat::Float`]
    /// because some backends have no BF16 matrix path (`crate::speed`'s matrix rate).
    Bf16,
    /// GGUF block quants: llama.cpp.
    Gguf,
    /// MXFP4 (gpt-oss): llama.cpp, vLLM, TensorRT-LLM.
    Mxfp4,
    /// FP8: vLLM, TensorRT-LLM.
    Fp8,
    /// NVFP4 (NVIDIA's 16-element microscaled FP4): vLLM, TensorRT-LLM.
    Nvfp4,
    /// GPTQ / AWQ int4: vLLM, TensorRT-LLM, ExLlamaV2.
    Int4Group,
    /// MLX affine: mlx-lm.
    Mlx,
}

/// Bits per weight for each tensor class of a quantized model.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct QuantScheme {
    /// Every tensor not named below (attention Q/K/O, FFN gate/up, dense FFN).
    pub base: f64,
    /// The token embedding table.
    pub embed: f64,
    /// The output head (absent when tied).
    pub output: f64,
    /// `attn_v` (average over layers).
    pub attn_v: f64,
    /// `ffn_down` of dense layers and shared experts (average over layers).
    pub ffn_down: f64,
    /// Routed experts' gate and up projections.
    pub expert: f64,
    /// Routed experts' down projection.
    pub expert_down: f64,
    /// For MoE models only: the bits of every non-expert tensor, when the format keeps
    /// them apart (gpt-oss MXFP4 ships attention and embeddings at Q8_0 or F16).
    pub moe_dense: Option<f64>,
    /// Which kernels read it.
    pub kernel: KernelClass,
    /// File format family.
    pub format: QuantFormat,
}

impl QuantScheme {
    /// One type for every tensor.
    pub const fn uniform(b: f64, kernel: KernelClass, format: QuantFormat) -> Self {
        Self {
            base: b,
            embed: b,
            output: b,
            attn_v: b,
            ffn_down: b,
            expert: b,
            expert_down: b,
            moe_dense: None,
            kernel,
            format,
        }
    }
}

/// KV-cache element type (`--cache-type-k/-v`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum KvType {
    /// 16-bit floats: 2 bytes per element (the default).
    #[default]
    F16,
    /// Q8_0: 34 bytes per 32 elements.
    Q8_0,
    /// Q4_0: 18 bytes per 32 elements.
    Q4_0,
}

impl KvType {
    /// Every KV-cache type.
    pub const ALL: [KvType; 3] = [KvType::F16, KvType::Q8_0, KvType::Q4_0];
    /// Bytes per cached element (`ggml-common.h` block sizes).
    pub const fn bytes_per_element(self) -> f64 {
        match self {
            KvType::F16 => 2.0,
            KvType::Q8_0 => 34.0 / 32.0,
            KvType::Q4_0 => 18.0 / 32.0,
        }
    }
    /// Stable id.
    pub const fn id(self) -> &'static str {
        match self {
            KvType::F16 => "f16",
            KvType::Q8_0 => "q8_0",
            KvType::Q4_0 => "q4_0",
        }
    }
}
