//! The ids of the estimator's engine and backend enums, as links and flags spell them.

use rigplan_core::scenario::{Backend, Engine};

/// Engines with their ids.
pub const ENGINES: &[(&str, Engine, &str)] = &[
    ("llama.cpp", Engine::LlamaCpp, "llama.cpp (GGUF)"),
    ("mlx", Engine::Mlx, "Apple MLX (mlx-lm)"),
    ("vllm", Engine::Vllm, "vLLM"),
    ("tensorrt-llm", Engine::TensorRtLlm, "NVIDIA TensorRT-LLM"),
    ("exllamav2", Engine::ExLlamaV2, "ExLlamaV2"),
];

/// Backends with their ids.
pub const BACKENDS: &[(&str, Backend, &str)] = &[
    ("cuda", Backend::Cuda, "NVIDIA CUDA"),
    ("metal", Backend::Metal, "Apple Metal"),
    ("vulkan", Backend::Vulkan, "Vulkan"),
    ("rocm", Backend::Rocm, "AMD ROCm / HIP"),
    ("cpu", Backend::Cpu, "CPU"),
];
