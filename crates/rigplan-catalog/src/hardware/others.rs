//! Apple, AMD, Intel and Qualcomm devices.
use crate::types::{HardwareEntry, Price, Source, Tier};
use rigplan_core::hardware::{
    DeviceKind, DeviceSpec, Interconnect, MemoryRule, MemoryType, Vendor,
};
use rigplan_core::units::{Bytes, BytesPerSecond, FlopsPerSecond, Watts};

/// Apple silicon, AMD, Intel and Qualcomm entries.
pub const OTHERS: &[HardwareEntry] = &[
    // ---- Apple silicon: unified memory, macOS wired limit, no PCIe/peer links. ----
    HardwareEntry {
        id: "apple-m1-7c",
        name: "Apple M1 (7-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(68.25),
            fp16: Some(FlopsPerSecond::from_tflops(2.29)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2020),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://github.com/azhirnov/as-en/blob/dev/AE/docs/papers/bench/Apple_M1.md"
                ),
                covers: text!(
                    "bandwidth (LPDDR4X-4266, 128-bit, 68.25 GB/s) fp16 (F16 GFLOPS 2617 = F32 GFLOPS on the 8-core M1)"
                ),
            },
            Source {
                url: text!("https://askgeek.io/en/cpus/Apple/M1-8-core-GPU"),
                covers: text!("memory (M1: maximum memory size 16 GB)"),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-7-core-m1-fl-vs-apple-7-core-m1"),
                covers: text!("fp16 (7-core M1: FP16 2.29 TFLOPS = FP32)"),
            },
        ],
        notes: text!(
            "memory = largest configuration (8 or 16 GB); the 7-core GPU is the binned M1 of the base MacBook Air; the llama.cpp table rounds bandwidth to 68 GB/s; tdp not found (Apple publishes no chip power)"
        ),
    },
    HardwareEntry {
        id: "apple-m1-8c",
        name: "Apple M1 (8-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(68.25),
            fp16: Some(FlopsPerSecond::from_tflops(2.617)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2020),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://github.com/azhirnov/as-en/blob/dev/AE/docs/papers/bench/Apple_M1.md"
                ),
                covers: text!(
                    "bandwidth (LPDDR4X-4266, 128-bit, 68.25 GB/s) fp16 (F16 GFLOPS 2617 = F32 GFLOPS on the 8-core M1)"
                ),
            },
            Source {
                url: text!("https://askgeek.io/en/cpus/Apple/M1-8-core-GPU"),
                covers: text!("memory (M1: maximum memory size 16 GB)"),
            },
            Source {
                url: text!("https://github.com/philipturner/metal-benchmarks"),
                covers: text!(
                    "fp16 (overview table: GOPS16 = GOPS32 for M1- and M2-family GPUs, e.g. M1 2617, M1 Pro 5308, M1 Max 10617, M1 Ultra 21233, M2 3579, M2 Pro 6800, M2 Max 13600)"
                ),
            },
        ],
        notes: text!(
            "memory = largest configuration (8 or 16 GB); the llama.cpp table rounds bandwidth to 68 GB/s; tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m1-pro-14c",
        name: "Apple M1 Pro (14-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(32.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(200.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2021),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://mybroadband.co.za/news/hardware/418862-apple-m1-pro-and-m1-max-new-chips-powering-the-macbook-pro.html"
                ),
                covers: text!(
                    "memory bandwidth (M1 Pro up to 32GB at 200GB/s; M1 Max up to 64GB at 400GB/s)"
                ),
            },
        ],
        notes: text!(
            "memory = largest configuration (16 or 32 GB); fp16 not found for the 14-core bin (16-core: 5.3 TFLOPS); tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m1-pro-16c",
        name: "Apple M1 Pro (16-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(32.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(200.0),
            fp16: Some(FlopsPerSecond::from_tflops(5.308)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2021),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://mybroadband.co.za/news/hardware/418862-apple-m1-pro-and-m1-max-new-chips-powering-the-macbook-pro.html"
                ),
                covers: text!(
                    "memory bandwidth (M1 Pro up to 32GB at 200GB/s; M1 Max up to 64GB at 400GB/s)"
                ),
            },
            Source {
                url: text!("https://github.com/philipturner/metal-benchmarks"),
                covers: text!(
                    "fp16 (overview table: GOPS16 = GOPS32 for M1- and M2-family GPUs, e.g. M1 2617, M1 Pro 5308, M1 Max 10617, M1 Ultra 21233, M2 3579, M2 Pro 6800, M2 Max 13600)"
                ),
            },
        ],
        notes: text!("memory = largest configuration (16 or 32 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m1-max-24c",
        name: "Apple M1 Max (24-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(64.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(400.0),
            fp16: Some(FlopsPerSecond::from_tflops(7.96)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2021),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://mybroadband.co.za/news/hardware/418862-apple-m1-pro-and-m1-max-new-chips-powering-the-macbook-pro.html"
                ),
                covers: text!(
                    "memory bandwidth (M1 Pro up to 32GB at 200GB/s; M1 Max up to 64GB at 400GB/s)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-8-core-m4-fl-vs-apple-24-core-m1-max"),
                covers: text!("fp16 (24-core M1 Max: FP16 7.96 TFLOPS = FP32)"),
            },
        ],
        notes: text!("memory = largest configuration (32 or 64 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m1-max-32c",
        name: "Apple M1 Max (32-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(64.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(400.0),
            fp16: Some(FlopsPerSecond::from_tflops(10.617)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2021),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://mybroadband.co.za/news/hardware/418862-apple-m1-pro-and-m1-max-new-chips-powering-the-macbook-pro.html"
                ),
                covers: text!(
                    "memory bandwidth (M1 Pro up to 32GB at 200GB/s; M1 Max up to 64GB at 400GB/s)"
                ),
            },
            Source {
                url: text!("https://github.com/philipturner/metal-benchmarks"),
                covers: text!(
                    "fp16 (overview table: GOPS16 = GOPS32 for M1- and M2-family GPUs, e.g. M1 2617, M1 Pro 5308, M1 Max 10617, M1 Ultra 21233, M2 3579, M2 Pro 6800, M2 Max 13600)"
                ),
            },
        ],
        notes: text!("memory = largest configuration (32 or 64 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m1-ultra-48c",
        name: "Apple M1 Ultra (48-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(128.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(800.0),
            fp16: Some(FlopsPerSecond::from_tflops(15.9)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2022),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://www.notebookcheck.net/Apple-M1-Ultra-revealed-with-UltraFusion-architecture-a-20-core-CPU-and-up-to-a-64-core-GPU.607117.0.html"
                ),
                covers: text!("memory bandwidth (128 GB unified memory, 800 GB/s)"),
            },
            Source {
                url: text!("https://www.cpu-monkey.com/en/cpu-apple_m1_ultra_48_gpu"),
                covers: text!(
                    "memory (up to 128 GB) fp16 (FP32 15.9 TFLOP/s for the 48-core GPU; FP16 rate equals FP32 on this generation per metal-benchmarks)"
                ),
            },
            Source {
                url: text!("https://github.com/philipturner/metal-benchmarks"),
                covers: text!(
                    "fp16 (overview table: GOPS16 = GOPS32 for M1- and M2-family GPUs, e.g. M1 2617, M1 Pro 5308, M1 Max 10617, M1 Ultra 21233, M2 3579, M2 Pro 6800, M2 Max 13600)"
                ),
            },
        ],
        notes: text!(
            "memory = largest configuration (64 or 128 GB); fp16 = the source's FP32 figure, equal rates per metal-benchmarks; tdp not found (Apple publishes Mac Studio system power only)"
        ),
    },
    HardwareEntry {
        id: "apple-m1-ultra-64c",
        name: "Apple M1 Ultra (64-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(128.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(800.0),
            fp16: Some(FlopsPerSecond::from_tflops(21.233)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2022),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://www.notebookcheck.net/Apple-M1-Ultra-revealed-with-UltraFusion-architecture-a-20-core-CPU-and-up-to-a-64-core-GPU.607117.0.html"
                ),
                covers: text!("memory bandwidth (128 GB unified memory, 800 GB/s)"),
            },
            Source {
                url: text!("https://github.com/philipturner/metal-benchmarks"),
                covers: text!(
                    "fp16 (overview table: GOPS16 = GOPS32 for M1- and M2-family GPUs, e.g. M1 2617, M1 Pro 5308, M1 Max 10617, M1 Ultra 21233, M2 3579, M2 Pro 6800, M2 Max 13600)"
                ),
            },
        ],
        notes: text!("memory = largest configuration (64 or 128 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m2-8c",
        name: "Apple M2 (8-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(100.0),
            fp16: Some(FlopsPerSecond::from_tflops(2.86)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2022),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://www.macrumors.com/2022/06/06/apple-announces-m2-chip-with-support-for-up-to-24gb-memory/"
                ),
                covers: text!("memory bandwidth (M2: up to 24GB LPDDR5, 100GB/s)"),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-8-core-m2-fl-vs-apple-8-core-m1-fl"),
                covers: text!("fp16 (8-core M2: FP16 2.86 TFLOPS = FP32)"),
            },
        ],
        notes: text!("memory = largest configuration (8, 16 or 24 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m2-10c",
        name: "Apple M2 (10-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(100.0),
            fp16: Some(FlopsPerSecond::from_tflops(3.579)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2022),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://www.macrumors.com/2022/06/06/apple-announces-m2-chip-with-support-for-up-to-24gb-memory/"
                ),
                covers: text!("memory bandwidth (M2: up to 24GB LPDDR5, 100GB/s)"),
            },
            Source {
                url: text!("https://github.com/philipturner/metal-benchmarks"),
                covers: text!(
                    "fp16 (overview table: GOPS16 = GOPS32 for M1- and M2-family GPUs, e.g. M1 2617, M1 Pro 5308, M1 Max 10617, M1 Ultra 21233, M2 3579, M2 Pro 6800, M2 Max 13600)"
                ),
            },
        ],
        notes: text!("memory = largest configuration (8, 16 or 24 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m2-pro-16c",
        name: "Apple M2 Pro (16-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(32.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(200.0),
            fp16: Some(FlopsPerSecond::from_tflops(5.73)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://www.news18.com/amp/news/tech/apple-unveils-next-gen-m2-pro-and-m2-max-chipsets-for-new-macs-all-you-need-to-know-6860641.html"
                ),
                covers: text!(
                    "memory bandwidth (M2 Pro up to 32GB at 200GB/s; M2 Max up to 96GB, double M2 Pro's bandwidth)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-8-core-m4-fl-vs-apple-16-core-m2-pro"),
                covers: text!("fp16 (16-core M2 Pro: FP16 5.73 TFLOPS = FP32)"),
            },
        ],
        notes: text!("memory = largest configuration (16 or 32 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m2-pro-19c",
        name: "Apple M2 Pro (19-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(32.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(200.0),
            fp16: Some(FlopsPerSecond::from_tflops(6.8)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://www.news18.com/amp/news/tech/apple-unveils-next-gen-m2-pro-and-m2-max-chipsets-for-new-macs-all-you-need-to-know-6860641.html"
                ),
                covers: text!(
                    "memory bandwidth (M2 Pro up to 32GB at 200GB/s; M2 Max up to 96GB, double M2 Pro's bandwidth)"
                ),
            },
            Source {
                url: text!("https://github.com/philipturner/metal-benchmarks"),
                covers: text!(
                    "fp16 (overview table: GOPS16 = GOPS32 for M1- and M2-family GPUs, e.g. M1 2617, M1 Pro 5308, M1 Max 10617, M1 Ultra 21233, M2 3579, M2 Pro 6800, M2 Max 13600)"
                ),
            },
        ],
        notes: text!(
            "memory = largest configuration (16 or 32 GB); fp16 from metal-benchmarks (6800 GOPS16 at 1.398 GHz); tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m2-max-30c",
        name: "Apple M2 Max (30-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(96.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(400.0),
            fp16: Some(FlopsPerSecond::from_tflops(10.74)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://www.news18.com/amp/news/tech/apple-unveils-next-gen-m2-pro-and-m2-max-chipsets-for-new-macs-all-you-need-to-know-6860641.html"
                ),
                covers: text!(
                    "memory bandwidth (M2 Pro up to 32GB at 200GB/s; M2 Max up to 96GB, double M2 Pro's bandwidth)"
                ),
            },
            Source {
                url: text!("https://theapplewiki.com/wiki/Mac_Studio_(2023)"),
                covers: text!(
                    "memory bandwidth (Mac Studio 2023: M2 Max 32/64/96GB at 409.6 GB/s with 30- or 38-core GPU; M2 Ultra 64/128/192GB at 819.2 GB/s with 60- or 76-core GPU)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-30-core-m2-max-vs-apple-8-core-m1"),
                covers: text!("fp16 (30-core M2 Max: FP16 10.74 TFLOPS = FP32)"),
            },
        ],
        notes: text!(
            "memory = largest M2 Max configuration (32/64/96 GB) per the sources, which do not split it by GPU bin; Apple's configurator may have tied 96 GB to the 38-core GPU (not verified), so 64 GB may be this bin's real ceiling; tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m2-max-38c",
        name: "Apple M2 Max (38-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(96.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(400.0),
            fp16: Some(FlopsPerSecond::from_tflops(13.6)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://www.news18.com/amp/news/tech/apple-unveils-next-gen-m2-pro-and-m2-max-chipsets-for-new-macs-all-you-need-to-know-6860641.html"
                ),
                covers: text!(
                    "memory bandwidth (M2 Pro up to 32GB at 200GB/s; M2 Max up to 96GB, double M2 Pro's bandwidth)"
                ),
            },
            Source {
                url: text!("https://theapplewiki.com/wiki/Mac_Studio_(2023)"),
                covers: text!(
                    "memory bandwidth (Mac Studio 2023: M2 Max 32/64/96GB at 409.6 GB/s with 30- or 38-core GPU; M2 Ultra 64/128/192GB at 819.2 GB/s with 60- or 76-core GPU)"
                ),
            },
            Source {
                url: text!("https://github.com/philipturner/metal-benchmarks"),
                covers: text!(
                    "fp16 (overview table: GOPS16 = GOPS32 for M1- and M2-family GPUs, e.g. M1 2617, M1 Pro 5308, M1 Max 10617, M1 Ultra 21233, M2 3579, M2 Pro 6800, M2 Max 13600)"
                ),
            },
        ],
        notes: text!("memory = largest configuration (32, 64 or 96 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m2-ultra-60c",
        name: "Apple M2 Ultra (60-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(192.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(800.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://theapplewiki.com/wiki/Mac_Studio_(2023)"),
                covers: text!(
                    "memory bandwidth (Mac Studio 2023: M2 Max 32/64/96GB at 409.6 GB/s with 30- or 38-core GPU; M2 Ultra 64/128/192GB at 819.2 GB/s with 60- or 76-core GPU)"
                ),
            },
            Source {
                url: text!(
                    "https://www.neowin.net/news/m2-ultra-benchmark-reveals-2x-faster-performance-than-fastest-intel-based-mac/"
                ),
                covers: text!("memory bandwidth (M2 Ultra: up to 192GB, 800GB/s, quoting Apple)"),
            },
        ],
        notes: text!(
            "memory = largest configuration (64, 128 or 192 GB); fp16 not found for the 60-core bin (76-core: 27.2 TFLOPS); tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m2-ultra-76c",
        name: "Apple M2 Ultra (76-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(192.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(800.0),
            fp16: Some(FlopsPerSecond::from_tflops(27.2)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://theapplewiki.com/wiki/Mac_Studio_(2023)"),
                covers: text!(
                    "memory bandwidth (Mac Studio 2023: M2 Max 32/64/96GB at 409.6 GB/s with 30- or 38-core GPU; M2 Ultra 64/128/192GB at 819.2 GB/s with 60- or 76-core GPU)"
                ),
            },
            Source {
                url: text!(
                    "https://www.neowin.net/news/m2-ultra-benchmark-reveals-2x-faster-performance-than-fastest-intel-based-mac/"
                ),
                covers: text!("memory bandwidth (M2 Ultra: up to 192GB, 800GB/s, quoting Apple)"),
            },
            Source {
                url: text!(
                    "https://tekspecz.com/new-blog-2/2023/6/8/hardware-breakdown-presents-apples-m2-ultra-processor"
                ),
                covers: text!(
                    "fp16 (76-core GPU: 27.2 teraflops, Apple's figure; FP16 rate equals FP32 on this generation per metal-benchmarks)"
                ),
            },
            Source {
                url: text!("https://github.com/philipturner/metal-benchmarks"),
                covers: text!(
                    "fp16 (overview table: GOPS16 = GOPS32 for M1- and M2-family GPUs, e.g. M1 2617, M1 Pro 5308, M1 Max 10617, M1 Ultra 21233, M2 3579, M2 Pro 6800, M2 Max 13600)"
                ),
            },
        ],
        notes: text!("memory = largest configuration (64, 128 or 192 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m3-10c",
        name: "Apple M3 (10-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(100.0),
            fp16: Some(FlopsPerSecond::from_tflops(3.58)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://www.eenewseurope.com/en/apple-unveils-m3-processor-threeseome-for-mac-computers/"
                ),
                covers: text!("memory (M3 up to 24GB; M3 Pro 36GB; M3 Max up to 128GB)"),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple_10_core_m3"),
                covers: text!("fp16 (10-core M3: FP16 3.58 TFLOPS = FP32)"),
            },
        ],
        notes: text!("memory = largest configuration (8, 16 or 24 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m3-pro-14c",
        name: "Apple M3 Pro (14-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(36.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(150.0),
            fp16: Some(FlopsPerSecond::from_tflops(5.01)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://support.apple.com/en-au/117737"),
                covers: text!(
                    "memory bandwidth (MacBook Pro 16-inch Nov 2023 tech specs: M3 Pro 150GB/s, 36GB option; M3 Max 14-core CPU/30-core GPU 300GB/s, configurable to 96GB; 16-core CPU/40-core GPU 400GB/s)"
                ),
            },
            Source {
                url: text!("https://appmaster.io/news/unveiling-apples-next-gen-macbook-pro"),
                covers: text!("memory (M3 Pro configurable up to 36GB; M3 Max up to 128GB)"),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-8-core-m4-fl-vs-apple-14-core-m3-pro"),
                covers: text!("fp16 (14-core M3 Pro: FP16 5.01 TFLOPS = FP32)"),
            },
        ],
        notes: text!(
            "memory = largest configuration (18 or 36 GB); M3 Pro has a 192-bit bus, less bandwidth than M1/M2 Pro; tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m3-pro-18c",
        name: "Apple M3 Pro (18-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(36.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(150.0),
            fp16: Some(FlopsPerSecond::from_tflops(6.44)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://support.apple.com/en-au/117737"),
                covers: text!(
                    "memory bandwidth (MacBook Pro 16-inch Nov 2023 tech specs: M3 Pro 150GB/s, 36GB option; M3 Max 14-core CPU/30-core GPU 300GB/s, configurable to 96GB; 16-core CPU/40-core GPU 400GB/s)"
                ),
            },
            Source {
                url: text!("https://appmaster.io/news/unveiling-apples-next-gen-macbook-pro"),
                covers: text!("memory (M3 Pro configurable up to 36GB; M3 Max up to 128GB)"),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-32-core-m4-max-vs-apple-18-core-m3-pro"),
                covers: text!("fp16 (18-core M3 Pro: FP16 6.44 TFLOPS = FP32)"),
            },
        ],
        notes: text!("memory = largest configuration (18 or 36 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m3-max-30c",
        name: "Apple M3 Max (30-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(96.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(300.0),
            fp16: Some(FlopsPerSecond::from_tflops(10.74)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://support.apple.com/en-au/117737"),
                covers: text!(
                    "memory bandwidth (MacBook Pro 16-inch Nov 2023 tech specs: M3 Pro 150GB/s, 36GB option; M3 Max 14-core CPU/30-core GPU 300GB/s, configurable to 96GB; 16-core CPU/40-core GPU 400GB/s)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-8-core-m4-fl-vs-apple-30-core-m3-max"),
                covers: text!("fp16 (30-core M3 Max: FP16 10.74 TFLOPS = FP32)"),
            },
        ],
        notes: text!(
            "memory = largest configuration for the 14-core CPU / 30-core GPU bin (36 or 96 GB; 128 GB needs the 40-core bin); 300 GB/s (384-bit); tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m3-max-40c",
        name: "Apple M3 Max (40-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(128.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(400.0),
            fp16: Some(FlopsPerSecond::from_tflops(14.32)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://support.apple.com/en-au/117737"),
                covers: text!(
                    "memory bandwidth (MacBook Pro 16-inch Nov 2023 tech specs: M3 Pro 150GB/s, 36GB option; M3 Max 14-core CPU/30-core GPU 300GB/s, configurable to 96GB; 16-core CPU/40-core GPU 400GB/s)"
                ),
            },
            Source {
                url: text!(
                    "https://www.eenewseurope.com/en/apple-unveils-m3-processor-threeseome-for-mac-computers/"
                ),
                covers: text!("memory (M3 up to 24GB; M3 Pro 36GB; M3 Max up to 128GB)"),
            },
            Source {
                url: text!("https://appmaster.io/news/unveiling-apples-next-gen-macbook-pro"),
                covers: text!("memory (M3 Pro configurable up to 36GB; M3 Max up to 128GB)"),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-8-core-m4-fl-vs-apple-40-core-m3-max"),
                covers: text!(
                    "fp16 (40-core M3 Max: FP16 14.32 TFLOPS = FP32 at the source's 1398 MHz clock)"
                ),
            },
        ],
        notes: text!(
            "memory = largest configuration (48, 64 or 128 GB); fp16 uses the source's 1.398 GHz clock, other sources quote a higher GPU clock (~16 TFLOPS); tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m3-ultra-60c",
        name: "Apple M3 Ultra (60-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(256.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(819.0),
            fp16: Some(FlopsPerSecond::from_tflops(21.47)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2025),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!(
                    "https://inforeader.com/i/?a=reader&rid=67c916097fa95&search=%23m3%2Bultra"
                ),
                covers: text!(
                    "memory bandwidth (Ars Technica table: M3 Ultra 60-core GPU 96/256GB, 80-core GPU 128/256/512GB, 819.2GB/s)"
                ),
            },
            Source {
                url: text!("https://techpowerup.com/news-tags/Mac%20Studio"),
                covers: text!("memory bandwidth (M3 Ultra: up to 512 GB unified memory, 819 GB/s)"),
            },
            Source {
                url: text!(
                    "https://hmc-tech.com/gpu/apple-60-core-m3-ultra-vs-nvidia-geforce-rtx-3060"
                ),
                covers: text!("fp16 (60-core M3 Ultra: FP16 21.47 TFLOPS = FP32)"),
            },
        ],
        notes: text!(
            "memory = largest configuration for the 28-core CPU / 60-core GPU bin (96 or 256 GB; 512 GB needs the 80-core bin); Apple says 'over 800GB/s', 819 GB/s per sources; tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m3-ultra-80c",
        name: "Apple M3 Ultra (80-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(512.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(819.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2025),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://techpowerup.com/news-tags/Mac%20Studio"),
                covers: text!("memory bandwidth (M3 Ultra: up to 512 GB unified memory, 819 GB/s)"),
            },
            Source {
                url: text!(
                    "https://inforeader.com/i/?a=reader&rid=67c916097fa95&search=%23m3%2Bultra"
                ),
                covers: text!(
                    "memory bandwidth (Ars Technica table: M3 Ultra 60-core GPU 96/256GB, 80-core GPU 128/256/512GB, 819.2GB/s)"
                ),
            },
            Source {
                url: text!("https://mjtsai.com/blog/2025/03/05/apple-m3-ultra/"),
                covers: text!("memory (quoting Apple: starts at 96GB, configurable up to 512GB)"),
            },
        ],
        notes: text!(
            "memory = largest configuration (96-512 GB; seed 002's 192 GB is wrong); Apple says 'over 800GB/s', 819 GB/s per sources (the llama.cpp table lists 800); fp16 not found (shader rate, about 2x the 40-core M3 Max, not sourced); tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m4-10c",
        name: "Apple M4 (10-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(32.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(120.0),
            fp16: Some(FlopsPerSecond::from_tflops(3.76)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://punto-informatico.it/apple-annuncia-chip-m4-pro-m4-max"),
                covers: text!(
                    "memory bandwidth (M4 up to 32GB at 120GB/s; M4 Pro up to 64GB at 273GB/s; M4 Max up to 128GB at 546GB/s)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-10-core-m4-vs-intel-arc-140v-1950mhz"),
                covers: text!("fp16 (10-core M4: FP16 3.76 TFLOPS = FP32)"),
            },
        ],
        notes: text!("memory = largest configuration (16, 24 or 32 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m4-pro-16c",
        name: "Apple M4 Pro (16-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(64.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(273.0),
            fp16: Some(FlopsPerSecond::from_tflops(6.02)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://punto-informatico.it/apple-annuncia-chip-m4-pro-m4-max"),
                covers: text!(
                    "memory bandwidth (M4 up to 32GB at 120GB/s; M4 Pro up to 64GB at 273GB/s; M4 Max up to 128GB at 546GB/s)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-16-core-m4-pro-vs-intel-hd-620-1100mhz"),
                covers: text!("fp16 (16-core M4 Pro: FP16 6.02 TFLOPS = FP32)"),
            },
        ],
        notes: text!("memory = largest M4 Pro configuration (24, 48 or 64 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m4-pro-20c",
        name: "Apple M4 Pro (20-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(64.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(273.0),
            fp16: Some(FlopsPerSecond::from_tflops(7.53)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://punto-informatico.it/apple-annuncia-chip-m4-pro-m4-max"),
                covers: text!(
                    "memory bandwidth (M4 up to 32GB at 120GB/s; M4 Pro up to 64GB at 273GB/s; M4 Max up to 128GB at 546GB/s)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-20-core-m4-pro-vs-intel-hd-620-1000mhz"),
                covers: text!("fp16 (20-core M4 Pro: FP16 7.53 TFLOPS = FP32)"),
            },
        ],
        notes: text!("memory = largest configuration (24, 48 or 64 GB); tdp not found"),
    },
    HardwareEntry {
        id: "apple-m4-max-32c",
        name: "Apple M4 Max (32-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(36.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(410.0),
            fp16: Some(FlopsPerSecond::from_tflops(13.74)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://english.worldmagazine.it/431260"),
                covers: text!(
                    "memory bandwidth (Macworld: Mac Studio M4 Max 14-core CPU/32-core GPU with 36GB, 410GBps; 16-core CPU/40-core GPU option up to 128GB)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/apple-32-core-m4-max-vs-apple-40-core-m3-max"),
                covers: text!("fp16 (32-core M4 Max: FP16 13.74 TFLOPS = FP32)"),
            },
        ],
        notes: text!(
            "memory = the only configuration of the 14-core CPU / 32-core GPU bin (36 GB); 48-128 GB needs the 40-core bin; 410 GB/s (384-bit); tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m4-max-40c",
        name: "Apple M4 Max (40-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(128.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(546.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/discussions/4167"),
                covers: text!("bandwidth (per-GPU-variant table of Apple's published figures)"),
            },
            Source {
                url: text!("https://www.macrumors.com/2024/10/30/apple-announces-m4-max-chip/"),
                covers: text!(
                    "memory bandwidth (M4 Max: up to 128GB unified memory, up to 546GB/s)"
                ),
            },
            Source {
                url: text!("https://punto-informatico.it/apple-annuncia-chip-m4-pro-m4-max"),
                covers: text!(
                    "memory bandwidth (M4 up to 32GB at 120GB/s; M4 Pro up to 64GB at 273GB/s; M4 Max up to 128GB at 546GB/s)"
                ),
            },
            Source {
                url: text!("https://english.worldmagazine.it/431260"),
                covers: text!(
                    "memory bandwidth (Macworld: Mac Studio M4 Max 14-core CPU/32-core GPU with 36GB, 410GBps; 16-core CPU/40-core GPU option up to 128GB)"
                ),
            },
        ],
        notes: text!(
            "memory = largest configuration (48, 64 or 128 GB); fp16 not found; tdp not found"
        ),
    },
    HardwareEntry {
        id: "apple-m5-10c",
        name: "Apple M5 (10-core GPU)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Apple,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(32.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(153.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::AppleWiredLimit,
        },
        price: None,
        year: Some(2025),
        sources: &[Source {
            url: text!(
                "https://the-decoder.com/apples-m5-chip-brings-faster-ai-to-macbook-ipad-and-vision-pro/"
            ),
            covers: text!(
                "memory bandwidth (M5: 153 GB/s, up to 32 GB unified memory, 10-core GPU with Neural Accelerators)"
            ),
        }],
        notes: text!(
            "memory = largest configuration (up to 32 GB); M5 adds a Neural Accelerator (matrix unit) to every GPU core, so its FP16 matrix rate exceeds the shader rate; fp16 not found; tdp not found; seed 002 also names an 'M4 Ultra', which Apple never released"
        ),
    },
    HardwareEntry {
        id: "mi300x",
        name: "AMD Instinct MI300X",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(192.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(5300.0),
            fp16: Some(FlopsPerSecond::from_tflops(1307.4)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(750.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(448.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://awesomeagents.ai/hardware/amd-mi300x"),
                covers: text!("memory bandwidth (192GB HBM3, 5,300 GB/s)"),
            },
            Source {
                url: text!(
                    "https://www.jaredwatkins.com/research/ai-accelerators/amd-instinct/mi300-series/"
                ),
                covers: text!(
                    "memory bandwidth fp16 tdp (192 GB HBM3, 5.3 TB/s, ~1.3 PFLOPS FP16, 750W; AI-maintained summary)"
                ),
            },
            Source {
                url: text!("https://awesomeagents.ai/hardware/amd-mi325x"),
                covers: text!(
                    "fp16 (FP16/BF16 1,307.4 TFLOPS dense, compute unchanged from MI300X)"
                ),
            },
            Source {
                url: text!("https://www.slicast.com/article/1w7kkwv"),
                covers: text!(
                    "fp16 (MI325X has the same throughput as MI300X: 1.3 petaflops FP16) memory bandwidth (MI300X 192GB HBM3, 5.3 TB/s)"
                ),
            },
            Source {
                url: text!("https://gpu.blog/gpus/instinct-mi300x-mi300x"),
                covers: text!(
                    "tdp interconnect (750 W; PCIe Gen 5 x16; Infinity Fabric xGMI 896 GB/s)"
                ),
            },
            Source {
                url: text!("https://www.emergentmind.com/topics/amd-mi300x-gpu"),
                covers: text!(
                    "interconnect (CDNA3 Infinity Fabric up to 128 GB/s bidirectional per link) memory bandwidth (192 GB HBM3, 5.3 TB/s)"
                ),
            },
            Source {
                url: text!(
                    "https://www.chip.pl/2024/06/amd-instinct-mi300x-benchmark-opencl-wynik"
                ),
                covers: text!("interconnect tdp (Infinity Fabric 896 GB/s, TDP 750 W)"),
            },
        ],
        notes: text!(
            "fp16 = dense FP16 matrix rate (sparsity doubles it); nvlink field = AMD Infinity Fabric: 7 links x 128 GB/s bidirectional = 896 GB/s aggregate, so 448 GB/s per direction (derived, half the aggregate); OAM module, host link PCIe 5.0 x16; int8 not found; price not found (no launch MSRP published); idle not found"
        ),
    },
    HardwareEntry {
        id: "mi325x",
        name: "AMD Instinct MI325X",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(256.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(6000.0),
            fp16: Some(FlopsPerSecond::from_tflops(1307.4)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(1000.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(448.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: text!("https://awesomeagents.ai/hardware/amd-mi325x"),
                covers: text!(
                    "memory bandwidth fp16 (256GB HBM3e, 6,000 GB/s, FP16/BF16 1,307.4 TFLOPS dense)"
                ),
            },
            Source {
                url: text!("https://yobitel.com/knowledge-base/amd-mi325x"),
                covers: text!("memory bandwidth tdp (256 GB HBM3e, ~6 TB/s, ~1,000 W)"),
            },
            Source {
                url: text!("https://wiaix.com/amd-instincttm-mi325x-accelerators"),
                covers: text!(
                    "bandwidth interconnect (6 TB/s peak; PCIe Gen 5 x16 host link; seven Infinity Fabric links per GPU)"
                ),
            },
            Source {
                url: text!("https://www.emergentmind.com/topics/amd-mi300x-gpu"),
                covers: text!(
                    "interconnect (CDNA3 Infinity Fabric up to 128 GB/s bidirectional per link) memory bandwidth (192 GB HBM3, 5.3 TB/s)"
                ),
            },
        ],
        notes: text!(
            "same CDNA 3 compute as MI300X with HBM3E; nvlink field = Infinity Fabric per direction, derived as 7 links x 64 GB/s (128 GB/s bidirectional per CDNA 3 link), treat as approximate; int8 not found; price not found; idle not found"
        ),
    },
    HardwareEntry {
        id: "mi250x",
        name: "AMD Instinct MI250X",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(128.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(3200.0),
            fp16: Some(FlopsPerSecond::from_tflops(383.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(383.0)),
            tdp: Some(Watts::new(560.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2021),
        sources: &[
            Source {
                url: text!(
                    "https://zexron.com/amd-mi250-x-aldebaran-as-mcm-with-up-to-479-teraflop-s-and-560-watt-tdp"
                ),
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (AMD table: 128GB HBM2e, 3.2 TB/s, FP16/BF16 383.0 TF, INT8 383.0 TOPS; 560 W)"
                ),
            },
            Source {
                url: text!("https://gpu.blog/gpus/instinct-mi250x-mi250x"),
                covers: text!(
                    "interconnect memory bandwidth fp16 (PCIe Gen 4 x16; Infinity Fabric 800 GB/s aggregate; 128GB HBM2e, 3.2TB/s, FP16 383 TFLOPS)"
                ),
            },
        ],
        notes: text!(
            "two GCDs in one OAM package: software sees two 64 GB GPUs with 1.6 TB/s each, figures here are per package; nvlink None: Infinity Fabric is 800 GB/s aggregate per source but the per-direction per-device figure was not found; price not found; idle not found"
        ),
    },
    HardwareEntry {
        id: "mi350x",
        name: "AMD Instinct MI350X",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(288.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(8000.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(1000.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2025),
        sources: &[
            Source {
                url: text!(
                    "https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts"
                ),
                covers: text!(
                    "memory bandwidth tdp (MI350X 1000 W, MI355X up to 1400 W, both 288GB HBM3E at up to 8 TB/s)"
                ),
            },
            Source {
                url: text!("https://www.theregister.com/2025/06/12/amd_mi355x/"),
                covers: text!(
                    "memory bandwidth tdp (MI355X 1.4 kW, 288 GB HBM3E, 8 TBps; MI350X about 1 kW)"
                ),
            },
        ],
        notes: text!(
            "air-cooled CDNA 4 part named in seed 002 as 'MI350'; fp16 not found (dense FP16 matrix rate not stated by the sources); interconnect not found; price not found"
        ),
    },
    HardwareEntry {
        id: "mi355x",
        name: "AMD Instinct MI355X",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(288.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(8000.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(1400.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2025),
        sources: &[
            Source {
                url: text!(
                    "https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts"
                ),
                covers: text!(
                    "memory bandwidth tdp (MI350X 1000 W, MI355X up to 1400 W, both 288GB HBM3E at up to 8 TB/s)"
                ),
            },
            Source {
                url: text!("https://www.theregister.com/2025/06/12/amd_mi355x/"),
                covers: text!(
                    "memory bandwidth tdp (MI355X 1.4 kW, 288 GB HBM3E, 8 TBps; MI350X about 1 kW)"
                ),
            },
            Source {
                url: text!("https://aiwiki.ai/wiki/amd_instinct_mi355x"),
                covers: text!(
                    "memory bandwidth tdp (288 GB HBM3E, 8 TB/s, 1,400 W total board power)"
                ),
            },
        ],
        notes: text!(
            "liquid-cooled CDNA 4 flagship; fp16 not found; interconnect not found; price not found"
        ),
    },
    HardwareEntry {
        id: "rx-5700-xt",
        name: "AMD Radeon RX 5700 XT",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(8.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(448.0),
            fp16: Some(FlopsPerSecond::from_tflops(19.5)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(225.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2019),
        sources: &[
            Source {
                url: text!(
                    "https://www.thegamingpcguide.com/2020/04/rx-5700-series-video-card-specification.html"
                ),
                covers: text!(
                    "memory bandwidth interconnect fp16 (8GB GDDR6 14Gbps 256-bit, 448 GB/s; PCIe 4.0 x16; 9.75 TFLOPS FP32 at 1905 MHz boost)"
                ),
            },
            Source {
                url: text!(
                    "https://zoneradio.de/aktuelles/nachrichten/radeon-rx-5700-xt-in-amd-benchmarks-mindestens-so-schnell-wie-nvidias-geforce-rtx-2070"
                ),
                covers: text!(
                    "memory bandwidth tdp (8 GiB 14 Gbps, 448 GB/s, 225 W total board power)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/philipturner/metal-benchmarks/blob/007b009ffed200724b8c78860f437207f43ec4ad/README.md"
                ),
                covers: text!("fp16 (per-core table: FP16/FP32 ratio 2 on RDNA 1, 2 and 3)"),
            },
        ],
        notes: text!(
            "RDNA 1 has no matrix units: fp16 = packed-FP16 shader rate, derived as 2 x 9.75 TFLOPS FP32; price not found (launch MSRP not in a retrieved source); idle not found"
        ),
    },
    HardwareEntry {
        id: "rx-6700-xt",
        name: "AMD Radeon RX 6700 XT",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(12.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(384.0),
            fp16: Some(FlopsPerSecond::from_tflops(26.43)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(230.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 479.0,
            date: "2021-03-18",
            kind: "launch",
        }),
        year: Some(2021),
        sources: &[
            Source {
                url: text!(
                    "https://hardware-helden.de/radeon-rx-6700-xt-mit-12-gb-release-am-18-maerz"
                ),
                covers: text!(
                    "memory bandwidth tdp price (AMD table: 12 GB GDDR6, 192-bit, 384 GB/s, 230 W TBP, $479, launch March 18 2021)"
                ),
            },
            Source {
                url: text!(
                    "https://www.io-tech.fi/uutinen/amd-julkaisi-uuden-radeon-rx-6700-xt-naytonohjaimen-rdna2-navi-22/"
                ),
                covers: text!(
                    "memory bandwidth tdp fp16 (40 CUs, 2581 MHz boost clock, 12 GB 16 Gbps GDDR6, 384 GB/s, 230 W TBP)"
                ),
            },
            Source {
                url: text!(
                    "https://www.reddit.com/r/hardware/comments/1j97xyw/rdna2_vs_rdna3_vs_rdna4_ai_tops/"
                ),
                covers: text!(
                    "fp16 int8 (per-CU per-clock table reproducing AMD's AI TOPS: FP16 256 RDNA2, 512 RDNA3, 1024 RDNA4 dense; IU8 512 RDNA2/3, 2048 RDNA4 dense; 7900 XTX ~123 INT8/FP16)"
                ),
            },
        ],
        notes: text!(
            "RDNA 2 has no WMMA: fp16 = packed-FP16 shader rate, derived as 256 FLOP/clock/CU x 40 CU x 2.581 GHz; interconnect not found (PCIe link width not in a retrieved source); idle not found"
        ),
    },
    HardwareEntry {
        id: "rx-7800-xt",
        name: "AMD Radeon RX 7800 XT",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(624.0),
            fp16: Some(FlopsPerSecond::from_tflops(74.65)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(263.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 499.0,
            date: "2023-09-06",
            kind: "launch",
        }),
        year: Some(2023),
        sources: &[
            Source {
                url: text!(
                    "https://www.thefpsreview.com/2023/09/06/amd-radeon-rx-7800-xt-video-card-review/6/"
                ),
                covers: text!(
                    "memory bandwidth tdp price interconnect fp16 (launched at $499; 60 CUs, 2430MHz boost; 16GB GDDR6 256-bit 19.5Gbps, 624GB/s; PCIe 4.0 x16; 263W)"
                ),
            },
            Source {
                url: text!(
                    "https://www.reddit.com/r/hardware/comments/1j97xyw/rdna2_vs_rdna3_vs_rdna4_ai_tops/"
                ),
                covers: text!(
                    "fp16 int8 (per-CU per-clock table reproducing AMD's AI TOPS: FP16 256 RDNA2, 512 RDNA3, 1024 RDNA4 dense; IU8 512 RDNA2/3, 2048 RDNA4 dense; 7900 XTX ~123 INT8/FP16)"
                ),
            },
        ],
        notes: text!(
            "fp16 = dense WMMA FP16 rate, derived as 512 FLOP/clock/CU x 60 CU x 2.43 GHz (needs RDNA 3 dual issue; effective is lower); launch day 2023-09-06; idle not found"
        ),
    },
    HardwareEntry {
        id: "rx-7900-xt",
        name: "AMD Radeon RX 7900 XT",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(20.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(800.0),
            fp16: Some(FlopsPerSecond::from_tflops(103.2)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(300.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 899.0,
            date: "2022-12-13",
            kind: "launch",
        }),
        year: Some(2022),
        sources: &[
            Source {
                url: text!(
                    "https://www.guru3d.com/review/powercolor-radeon-rx-7900-xtx-hellhound-spectral-white-review/page-4/"
                ),
                covers: text!(
                    "memory bandwidth tdp (RX 7900 XT: 84 CUs, 20 GB GDDR6 320-bit 20 Gbps, 800 GB/s, 300W TBP)"
                ),
            },
            Source {
                url: text!(
                    "https://mybroadband.co.za/news/hardware/467523-amd-unveils-powerful-new-radeon-rx-7900-graphics-cards.html"
                ),
                covers: text!(
                    "memory tdp price fp16 (RX 7900 XT: 2.4GHz boost, 20GB GDDR6, 300W; $899 from 13 December 2022)"
                ),
            },
            Source {
                url: text!("https://cputronic.com/gpu/amd-radeon-rx-7900-xt"),
                covers: text!("interconnect (PCIe 4.0 x16)"),
            },
            Source {
                url: text!(
                    "https://www.reddit.com/r/hardware/comments/1j97xyw/rdna2_vs_rdna3_vs_rdna4_ai_tops/"
                ),
                covers: text!(
                    "fp16 int8 (per-CU per-clock table reproducing AMD's AI TOPS: FP16 256 RDNA2, 512 RDNA3, 1024 RDNA4 dense; IU8 512 RDNA2/3, 2048 RDNA4 dense; 7900 XTX ~123 INT8/FP16)"
                ),
            },
        ],
        notes: text!(
            "fp16 = dense WMMA FP16 rate, derived as 512 FLOP/clock/CU x 84 CU x 2.4 GHz; tdp is AMD's launch figure (some spec sites list 315 W); idle not found"
        ),
    },
    HardwareEntry {
        id: "rx-7900-xtx",
        name: "AMD Radeon RX 7900 XTX",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(960.0),
            fp16: Some(FlopsPerSecond::from_tflops(122.88)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(122.88)),
            tdp: Some(Watts::new(355.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 999.0,
            date: "2022-12-13",
            kind: "launch",
        }),
        year: Some(2022),
        sources: &[
            Source {
                url: text!(
                    "https://www.guru3d.com/review/powercolor-radeon-rx-7900-xtx-hellhound-spectral-white-review/page-4/"
                ),
                covers: text!(
                    "memory bandwidth tdp (24 GB GDDR6 384-bit 20 Gbps, 960 GB/s, 355W TBP)"
                ),
            },
            Source {
                url: text!(
                    "https://mybroadband.co.za/news/hardware/467523-amd-unveils-powerful-new-radeon-rx-7900-graphics-cards.html"
                ),
                covers: text!("memory tdp price (24GB GDDR6, 355W; $999 from 13 December 2022)"),
            },
            Source {
                url: text!(
                    "https://hmc-tech.com/gpu/amd-radeon-rx-9070-xt-vs-amd-radeon-rx-7900-xtx"
                ),
                covers: text!("fp16 tdp price (RX 7900 XTX: FP16 122.88 TFLOPS, 355W, $999)"),
            },
            Source {
                url: text!("https://cputronic.com/en/gpu/amd-radeon-rx-7900-xtx"),
                covers: text!("interconnect (PCIe 4.0 x16)"),
            },
            Source {
                url: text!(
                    "https://www.reddit.com/r/hardware/comments/1j97xyw/rdna2_vs_rdna3_vs_rdna4_ai_tops/"
                ),
                covers: text!(
                    "fp16 int8 (per-CU per-clock table reproducing AMD's AI TOPS: FP16 256 RDNA2, 512 RDNA3, 1024 RDNA4 dense; IU8 512 RDNA2/3, 2048 RDNA4 dense; 7900 XTX ~123 INT8/FP16)"
                ),
            },
            Source {
                url: text!("https://www.tomshardware.com/reviews/nvidia-geforce-rtx-4080-review"),
                covers: text!("memory bandwidth (spec table: 24 GB, 20 Gbps x 384-bit)"),
            },
        ],
        notes: text!(
            "fp16 = dense WMMA FP16 (512 FLOP/clock/CU x 96 CU x 2.5 GHz, needs dual issue; effective is lower); int8 = same rate per the RDNA 3 table (IU8 512/clock/CU); idle not found"
        ),
    },
    HardwareEntry {
        id: "rx-9070-xt",
        name: "AMD Radeon RX 9070 XT",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(640.0),
            fp16: Some(FlopsPerSecond::from_tflops(194.6)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(389.3)),
            tdp: Some(Watts::new(304.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 599.0,
            date: "2025-03-06",
            kind: "launch",
        }),
        year: Some(2025),
        sources: &[
            Source {
                url: text!(
                    "https://multiplayer.it/notizie/amd-radeon-rx-9070-xt-rx-9070-specifiche.html"
                ),
                covers: text!(
                    "memory bandwidth tdp interconnect (64 CUs, 2970 MHz boost; 16GB GDDR6 20 Gbps 256-bit, 640 GB/s; 304W TBP; PCIe 5.0 x16)"
                ),
            },
            Source {
                url: text!(
                    "https://www.purepc.pl/amd-radeon-rx-9070-xt-oraz-radeon-rx-9070-specyfikacja-cena-i-wydajnosc-kart-graficznych-rdna-4"
                ),
                covers: text!(
                    "price (MSRP $599, on sale March 6 2025) int8 (AMD: 779 INT8 / 1557 INT4 TOPS, sparse figures)"
                ),
            },
            Source {
                url: text!(
                    "https://hmc-tech.com/gpu/amd-radeon-rx-9070-xt-vs-amd-radeon-rx-7900-xtx"
                ),
                covers: text!("tdp price (304W, $599)"),
            },
            Source {
                url: text!(
                    "https://www.reddit.com/r/hardware/comments/1j97xyw/rdna2_vs_rdna3_vs_rdna4_ai_tops/"
                ),
                covers: text!(
                    "fp16 int8 (per-CU per-clock table reproducing AMD's AI TOPS: FP16 256 RDNA2, 512 RDNA3, 1024 RDNA4 dense; IU8 512 RDNA2/3, 2048 RDNA4 dense; 7900 XTX ~123 INT8/FP16)"
                ),
            },
        ],
        notes: text!(
            "fp16 = dense WMMA FP16, derived as 1024 FLOP/clock/CU x 64 CU x 2.97 GHz (sparsity doubles it); int8 = dense, derived as 2048 x 64 x 2.97 GHz, half AMD's sparse 779 TOPS; tinybox red v2 uses four; idle not found"
        ),
    },
    HardwareEntry {
        id: "ryzen-ai-max-plus-395",
        name: "AMD Ryzen AI Max+ 395 (Radeon 8060S)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Amd,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(128.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(256.0),
            fp16: Some(FlopsPerSecond::from_tflops(59.0)),
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(120.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::Carveout { max_fraction: 0.75 },
        },
        price: None,
        year: Some(2025),
        sources: &[
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/README.md"
                ),
                covers: text!(
                    "memory bandwidth fp16 (128GB LPDDR5x-8000; 256 GB/s theoretical, ~215 GB/s measured; theoretical 59 FP16 TFLOPS WMMA)"
                ),
            },
            Source {
                url: text!(
                    "https://www.svethardware.cz/amd-predstavuje-ryzen-ai-max-strix-halo-s-az-16-jadry-a-gpu-se-40-cu/61477"
                ),
                covers: text!(
                    "bandwidth tdp (LPDDR5x-8000, 256-bit, 256 GB/s; default TDP 55 W, configurable 45-120 W)"
                ),
            },
            Source {
                url: text!(
                    "https://www.amd.com/en/blogs/2025/faqs-amd-variable-graphics-memory-vram-ai-model-sizes-quantization-mcp-more.html"
                ),
                covers: text!(
                    "memory carveout (Ryzen AI Max+ 395 with 128GB and 96GB of Variable Graphics Memory)"
                ),
            },
        ],
        notes: text!(
            "Strix Halo; memory = largest configuration (128 GB LPDDR5X-8000, 256-bit); Carveout 0.75 = 96 GB of 128 GB dedicated to the GPU under Windows (AMD), Linux GTT settings can allow more; tdp = top of the 45-120 W configurable range (default 55 W); fp16 = the source's theoretical ~59 TFLOPS WMMA figure (512 FLOP/clock/CU x 40 CU x 2.9 GHz = 59.4), effective much lower; int8 not found (NPU 50 TOPS not used)"
        ),
    },
    HardwareEntry {
        id: "snapdragon-x-elite",
        name: "Qualcomm Snapdragon X Elite (X1E)",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Qualcomm,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(64.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(135.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::SharedWithOs,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: text!("https://beebom.com/snapdragon-x-elite-plus-skus-benchmarks"),
                covers: text!(
                    "bandwidth (135 GBps on all Snapdragon X Elite and X Plus chips) tdp (Qualcomm has not disclosed TDP)"
                ),
            },
            Source {
                url: text!(
                    "https://www.notebookcheck.net/Snapdragon-X-Elite-vs-i5-1235U-vs-i5-1245U_15108_14078_14076.247596.0.html"
                ),
                covers: text!(
                    "bandwidth (LPDDR5x-8448 memory controller; 4.6 TFLOPS Adreno X1-85 GPU)"
                ),
            },
            Source {
                url: text!("https://mspoweruser.com/qualcomm-snapdragon-x-elite-soc-windows-pcs"),
                covers: text!(
                    "memory (spec table: LPDDR5x, capacity up to 64 GB, 8 channels x 16-bit)"
                ),
            },
        ],
        notes: text!(
            "memory = largest configuration (up to 64 GB LPDDR5X); pre-launch tables said 8533 MT/s and 136 GB/s, shipping chips run LPDDR5X-8448 for 135 GB/s; fp16 not found (Adreno X1-85 is 4.6 TFLOPS FP32); int8 not found for the GPU (the 45 TOPS Hexagon NPU is not used here); tdp not found (Qualcomm did not publish one)"
        ),
    },
    HardwareEntry {
        id: "arc-b580",
        name: "Intel Arc B580",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Intel,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(12.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(456.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(190.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 8,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 249.0,
            date: "2024-12-13",
            kind: "launch",
        }),
        year: Some(2024),
        sources: &[
            Source {
                url: text!(
                    "https://fpsbench.com/compare/gpu/intel-arc-b580-vs-intel-hd-graphics-p4600"
                ),
                covers: text!(
                    "memory bandwidth tdp interconnect (12 GB GDDR6 192-bit 19 Gbps, 456.0 GB/s; 190 W; PCIe 4.0 x8)"
                ),
            },
            Source {
                url: text!(
                    "https://phantasyhobbies.com/blog/news/intel-unveils-affordable-battlemage-gpus-arc-b580-and-b570-for-budget-gamers"
                ),
                covers: text!("memory price (12GB GDDR6; launches December 13 for $249)"),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/intel-arc-b580-vs-intel-arc-a580"),
                covers: text!("memory tdp price (12GB GDDR6, 190W, $249; 437.45 TOPS INT4 XMX)"),
            },
        ],
        notes: text!(
            "fp16 not found as an XMX matrix rate (the shader FP16 rate is 27.34 TFLOPS per fpsbench; Intel's XMX INT4 peak is 437 TOPS per hmc-tech); int8 not found; idle not found; PCIe 4.0 x8 link"
        ),
    },
];
