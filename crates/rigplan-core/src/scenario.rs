//! The input of an estimate: a fully resolved scenario (no ids, only numbers).

use crate::hardware::{DeviceSpec, Host};
use crate::model::ModelArch;
use crate::quant::{KvType, QuantScheme};
use crate::units::{Usd, Watts};

/// Inference engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Engine {
    /// llama.cpp (GGUF).
    LlamaCpp,
    /// Apple MLX (`mlx-lm`).
    Mlx,
    /// vLLM.
    Vllm,
    /// TensorRT-LLM.
    TensorRtLlm,
    /// ExLlamaV2.
    ExLlamaV2,
}

impl Engine {
    /// Every engine.
    pub const ALL: [Engine; 5] = [
        Engine::LlamaCpp,
        Engine::Mlx,
        Engine::Vllm,
        Engine::TensorRtLlm,
        Engine::ExLlamaV2,
    ];
    /// Stable id (links, flags, JSON).
    pub const fn id(self) -> &'static str {
        match self {
            Engine::LlamaCpp => "llama.cpp",
            Engine::Mlx => "mlx",
            Engine::Vllm => "vllm",
            Engine::TensorRtLlm => "tensorrt-llm",
            Engine::ExLlamaV2 => "exllamav2",
        }
    }
}

/// Compute backend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Backend {
    /// NVIDIA CUDA.
    Cuda,
    /// Apple Metal.
    Metal,
    /// Vulkan (any vendor).
    Vulkan,
    /// AMD ROCm / HIP.
    Rocm,
    /// CPU only: the weights are read from system RAM.
    Cpu,
    /// SYCL (Intel oneAPI; llama.cpp's backend for Intel Arc).
    Sycl,
}

impl Backend {
    /// Every backend.
    pub const ALL: [Backend; 6] = [
        Backend::Cuda,
        Backend::Metal,
        Backend::Vulkan,
        Backend::Rocm,
        Backend::Cpu,
        Backend::Sycl,
    ];
    /// Stable id (links, flags, JSON).
    pub const fn id(self) -> &'static str {
        match self {
            Backend::Cuda => "cuda",
            Backend::Metal => "metal",
            Backend::Vulkan => "vulkan",
            Backend::Rocm => "rocm",
            Backend::Cpu => "cpu",
            Backend::Sycl => "sycl",
        }
    }
}

/// How a model is spread over several devices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Split {
    /// Pipeline by layers (llama.cpp's default): memory pools, one device works at a time.
    #[default]
    Layer,
    /// Tensor parallel: each device reads 1/N of every layer, plus all-reduces per layer.
    Tensor,
}

impl Split {
    /// Both split modes.
    pub const ALL: [Split; 2] = [Split::Layer, Split::Tensor];
    /// Stable id (links, flags, JSON).
    pub const fn id(self) -> &'static str {
        match self {
            Split::Layer => "layer",
            Split::Tensor => "tensor",
        }
    }
}

/// What work the costs are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Work {
    /// The [`Workload`]: its requests, priced on each option that can serve them.
    #[default]
    Workload,
    /// Everything the machine can generate in its hours of use (`batch` streams at full
    /// speed, output tokens only): what version-1 links priced.
    Capacity,
}

impl Work {
    /// Both.
    pub const ALL: [Work; 2] = [Work::Workload, Work::Capacity];
    /// Stable id (links, flags, JSON).
    pub const fn id(self) -> &'static str {
        match self {
            Work::Workload => "workload",
            Work::Capacity => "capacity",
        }
    }
}

/// The work people bring: who asks, how often, how much, and how fast it must answer.
/// The load arrives evenly over the busy hours ([`CostInputs::hours_per_day`]).
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Workload {
    /// People using it.
    pub users: f64,
    /// Requests per person per day.
    pub requests_per_user_per_day: f64,
    /// Input (prompt) tokens per request, the cached part included.
    pub input_tokens: u32,
    /// Output tokens per request.
    pub output_tokens: u32,
    /// Share of the input served from a prompt cache (not prefilled again; cheaper on an
    /// API), 0-1.
    pub cached_share: f64,
    /// Target: time to first token at most this, seconds.
    pub max_ttft_s: f64,
    /// Target: each user's decode speed at least this, tokens/s.
    pub min_user_tokens_per_s: f64,
    /// Speculative decoding with one drafted token per step (an MTP head): the share of
    /// drafted tokens accepted, 0-1; 0 = off.
    pub spec_acceptance: f64,
}

/// What the machine costs to own and what the alternatives cost.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct CostInputs {
    /// What work is priced.
    pub work: Work,
    /// Busy hours per day: when the workload arrives (with [`Work::Capacity`], the hours
    /// the machine runs at full speed).
    pub hours_per_day: f64,
    /// Electricity price per kWh.
    pub usd_per_kwh: Usd,
    /// Horizon in years.
    pub years: u32,
    /// Purchase price of the whole machine; `None` when unknown (a warning says so).
    pub purchase: Option<Usd>,
    /// Override of the machine's load power.
    pub power_override: Option<Watts>,
    /// Maintenance per year.
    pub maintenance_per_year: Usd,
    /// Rental price of a cloud instance that does the same work, per hour.
    pub cloud_usd_per_hour: Usd,
    /// Decode throughput of that cloud instance on the same model, tokens per second;
    /// `None` means the instance is the same hardware, so the same speed.
    pub cloud_tokens_per_s: Option<f64>,
    /// Users of the workload one cloud instance serves within the targets; `None` means
    /// the instance is the same hardware, so as many as the machine.
    pub cloud_users_per_instance: Option<f64>,
    /// API price per million generated tokens.
    pub api_usd_per_mtok: Usd,
    /// API price per million input tokens not served from its cache.
    pub api_input_usd_per_mtok: Usd,
    /// API price per million input tokens read from its prompt cache.
    pub api_cached_usd_per_mtok: Usd,
    /// What the machine sells for at the end of the horizon.
    pub resale: Usd,
    /// Power usage effectiveness: wall power of the room over the machine's (1 = none).
    pub pue: f64,
}

/// A fully resolved scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Scenario {
    /// The model's architecture.
    pub model: ModelArch,
    /// Weight quantization.
    pub quant: QuantScheme,
    /// One accelerator.
    pub device: DeviceSpec,
    /// How many of them.
    pub count: u32,
    /// The rest of the machine.
    pub host: Host,
    /// Engine.
    pub engine: Engine,
    /// Backend.
    pub backend: Backend,
    /// Multi-device split.
    pub split: Split,
    /// Allocated context length per sequence (`-c`), tokens.
    pub context: u32,
    /// Prompt length for prefill and time to first token, tokens.
    pub prompt: u32,
    /// KV depth at which decode speed is reported, tokens.
    pub depth: u32,
    /// Tokens already in the cache when the prompt is processed (the next turn of a long
    /// conversation), tokens: prefill and time to first token are for the prompt on top.
    pub prefill_depth: u32,
    /// Tokens llama.cpp processes per micro-batch in prefill (`-ub`, default
    /// [`UBATCH`](crate::memory::UBATCH)): each micro-batch reads the weights once (and
    /// copies experts in system RAM to the GPU once), its routed experts each see
    /// `ubatch x active / experts` rows, and the compute buffer grows with it.
    pub ubatch: u32,
    /// llama.cpp's `--n-cpu-moe N`: the routed-expert tensors of the first `N` blocks
    /// live in system RAM (`u32::MAX` for `--cpu-moe`, every block). Dense leading
    /// blocks have no experts, so they count but move nothing.
    pub n_cpu_moe: u32,
    /// KV-cache element type.
    pub kv: KvType,
    /// Flash attention on (llama.cpp's `-fa`; see [`Scenario::fused_attention`]).
    pub flash_attention: bool,
    /// Concurrent sequences.
    pub batch: u32,
    /// The work people bring.
    pub workload: Workload,
    /// Cost inputs.
    pub cost: CostInputs,
}

impl Scenario {
    /// Whether attention runs as one fused kernel that never writes the score matrix:
    /// llama.cpp's flash attention when switched on, and mlx-lm always (its models call
    /// `mx.fast.scaled_dot_product_attention`, `mlx_lm/models/base.py`, since March 2024;
    /// it has no switch), so the flash-attention switch applies to llama.cpp only.
    pub fn fused_attention(&self) -> bool {
        self.flash_attention || self.engine == Engine::Mlx
    }
}
