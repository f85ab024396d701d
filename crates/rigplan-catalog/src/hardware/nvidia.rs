//! NVIDIA GPUs (and the GB10 SoC of DGX Spark).
//!
//! Conventions: `fp16` is DENSE FP16 tensor throughput (GeForce: FP32 accumulate, the
//! half-rate mode; pro/datacenter: full rate), `int8` is DENSE INT8 tensor throughput,
//! and `nvlink` is per-GPU bandwidth PER DIRECTION (sources' bidirectional totals halved).
use crate::types::{HardwareEntry, Price, Source, Tier};
use rigplan_core::hardware::{
    DeviceKind, DeviceSpec, Interconnect, MemoryRule, MemoryType, Vendor,
};
use rigplan_core::units::{Bytes, BytesPerSecond, FlopsPerSecond, Watts};

/// NVIDIA Ampere GA102 whitepaper (Appendix A: GeForce RTX 3090/3080 and RTX A6000 rates).
const GA102_WP: &str = text!(
    "https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf"
);
/// NVIDIA Ada Lovelace whitepaper (Appendix A: RTX 4090 / RTX 6000 Ada rates).
const ADA_WP: &str = text!(
    "https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf"
);
/// NVIDIA RTX Blackwell (GeForce) whitepaper: RTX 5090 vs 4090 vs 3090 tables.
const RTX_BLACKWELL_WP: &str = text!(
    "https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf"
);
/// NVIDIA RTX PRO Blackwell whitepaper: RTX PRO 6000 vs RTX 6000 Ada tables.
const PRO_BLACKWELL_WP: &str = text!(
    "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/quadro-product-literature/NVIDIA-RTX-Blackwell-PRO-GPU-Architecture-v1.0.pdf"
);
/// stas00/ml-engineering accelerator table (pinned commit, as in the calibration CSV).
const ML_ENG_ACCEL: &str = text!(
    "https://github.com/stas00/ml-engineering/blob/744d01e18b79512572f64a6bbd8b5f4a725203a7/compute/accelerator/README.md"
);
/// stas00/ml-engineering network chapter (NVLink generations, per-direction figures).
const ML_ENG_NET: &str = text!(
    "https://github.com/stas00/ml-engineering/blob/744d01e18b79512572f64a6bbd8b5f4a725203a7/network/README.md"
);
/// Quote of the GA102 NVLink description (four x4 links, 56.25 GB/s each direction).
const GA102_NVLINK: &str = text!(
    "https://hf-mirror.492719920.workers.dev/spaces/Ahmadzei/RAG/blame/9007c8ed72f6554e38e2bad98fbbba8e72e72f22/chunked/content_aware_chunking/_perf_hardware/chunk_10.txt"
);
/// Glossary stating that RTX 4090 and RTX 5090 have no NVLink.
const NO_NVLINK_4090_5090: &str = text!("https://craftrigs.pages.dev/glossary/nvlink");
/// RTX 40 launch-spec comparison (SMs, boost, memory, bandwidth, power, MSRP).
const CLUB386_ADA: &str = text!(
    "https://www.club386.com/complete-geforce-rtx-4070-specifications-reveal-a-frugal-599-gpu/"
);
/// RTX 30 launch spec sheet (memory, TGP, prices).
const FUDZILLA_AMPERE: &str = text!(
    "https://fudzilla.net/news/graphics/51457-nvidia-rtx-30-series-specifications-are-now-official"
);
/// RTX 30 launch bandwidth figures (936 / 760 GB/s).
const SIRUS_AMPERE: &str = text!("https://sirusgaming.com/nvidia-official-reveal-3000-series/");
/// RTX 30 launch "Tensor-TFLOPS" (285 / 238 / 163) and MSRPs.
const GPB_AMPERE: &str =
    text!("https://gamingpcbuilder.com/rtx-3090-3080-and-3070-specs-details-unveiled");
/// RTX 30 announcement thread: PCIe 4.0, NVLink only on the RTX 3090.
const TI_AMPERE: &str = text!(
    "https://torrentinvites.org/f43/nvidia-announces-ampere-rtx-3090-1499-rtx-3080-699-rtx-3070-499-a-579144/?mode=threaded"
);
/// Tom's Hardware RTX 4080 review (spec table incl. RTX 30 FP16 / INT8 figures).
const TOMS_4080: &str =
    text!("https://www.tomshardware.com/reviews/nvidia-geforce-rtx-4080-review");
/// Sweclockers spec table: RTX 4090 / 3090 Ti / 4080 / 4070 Ti (PCIe, NVLink, TBP, price).
const SWECLOCKERS_ADA: &str = text!(
    "https://www.sweclockers.com/nyhet/35472-nvidia-avtacker-geforce-rtx-4070-ti-nytt-namn-och-lagre-pris"
);
/// RTX 4060 family launch article (memory, bandwidth, PCIe 4.0 x8, MSRP).
const XDA_4060: &str =
    text!("https://www.xda-developers.com/nvidia-rtx-4060-rtx-4060-ti-launch-300/");
/// RTX 4060 family spec table (AI TOPS, TGP, idle power).
const PANGOLY_4060: &str = text!(
    "https://pangoly.com/en/blog/the-mid-range-makes-a-comeback-with-nvidias-rtx-4060-and-amds-rx-7600/192"
);
/// RTX 4060 Ti launch dates and prices (8 GB May, 16 GB July).
const GAMEBASTION_4060TI: &str =
    text!("https://gamebastion.com/n/nvidia-announces-rtx-4060-ti-graphics-cards/313384");
/// RTX 50 specs (AI TOPS, memory, bandwidth).
const TWEAKTOWN_50: &str = text!(
    "https://www.tweaktown.com/news/102469/nvidia-geforce-rtx-50-series-specs-pricing-and-performance-plan-that-upgrade-today/index.html"
);
/// RTX 50 specs (bandwidth, TBP, prices, launch dates).
const PES_50: &str = text!("https://playeatsleep.fun/en/rtx-5000-specs");
/// RTX 50 prices (1999 / 999 / 749 / 549).
const TM_50: &str =
    text!("https://technologistmag.com/nvidia-rtx-50-series-gpus-everything-we-know-so-far/amp");
/// RTX 50 PCIe 5.0 x16.
const TOPCPU_50: &str = text!(
    "https://www.topcpu.net/fr/news/nvidia-rtx-50-series-specifications-revealed-rtx-5070-matches-4090-performance"
);
/// RTX 5090 entity page (3352 AI TOPS = FP4 sparse).
const CASTRO_5090: &str =
    text!("https://analysis.castromedia.org/analysis/compute/entities/rtx-5090.html");
/// A100 specs guide (all four A100 variants).
const THUNDER_A100: &str =
    text!("https://www.thundercompute.com/blog/nvidia-a100-specs-full-guide");
/// A100 notes (NVLink 300 + 300 GB/s, PCIe Gen4, 312 / 624).
const GK_A100: &str = text!("https://glennklockwood.com/garden/processors/A100");
/// NVIDIA NVLink page (A100 600 GB/s; NVLink bridge on A100 PCIe).
const NV_NVLINK: &str = text!("https://www.nvidia.com/de-de/data-center/nvlink/");
/// B200 / GB200 notes (NVLink 900 + 900, PCIe Gen6, HGX and GB200 rates, power).
const GK_B200: &str = text!("https://glennklockwood.com/garden/processors/B200");

/// NVIDIA entries.
pub const NVIDIA: &[HardwareEntry] = &[
    // ---------------- GeForce RTX 30 (Ampere) ----------------
    HardwareEntry {
        id: "rtx-3060-12gb",
        name: "NVIDIA GeForce RTX 3060 12GB",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(12.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(360.0),
            fp16: Some(FlopsPerSecond::from_tflops(25.25)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(101.0)),
            tdp: Some(Watts::new(170.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 329.0,
            date: "2021-02",
            kind: "launch",
        }),
        year: Some(2021),
        sources: &[
            Source {
                url: text!("https://www.guru3d.com/story/geforce-rtx-4060-ti-gpu-pictured/"),
                covers: text!(
                    "memory bandwidth tdp (RTX 3060: 12 GB, 360 GB/s, 170 W, PCIe Gen4 x16)"
                ),
            },
            Source {
                url: text!(
                    "https://wccftech.com/nvidia-geforce-rtx-3060-12-gb-gddr6-graphics-card-official-ampere-ga106-gpu-launching-in-february-for-329-us/"
                ),
                covers: text!("memory price ($329, February 2021)"),
            },
            Source {
                url: text!(
                    "https://techtaks.com/geforce-rtx-3060-nvidia-finally-details-the-specifications/"
                ),
                covers: text!("fp16 int8 (NVIDIA's 101 tensor TFLOPS)"),
            },
            Source {
                url: GA102_WP,
                covers: text!(
                    "fp16 int8 (ratio: Ampere GeForce dense INT8 = 4x dense FP16 with FP32 accumulate)"
                ),
            },
        ],
        notes: text!(
            "NVIDIA's Ampere GeForce 'tensor TFLOPS' (101) equals dense INT8 TOPS and sparse FP16-accumulate TFLOPS (GA102 whitepaper: 3090 285 launch figure vs 284 dense INT8, 71 dense FP16/FP32-acc); fp16 = 101/4 = 25.25 dense FP16 tensor with FP32 accumulate (50.5 with FP16 accumulate), int8 = 101 dense; one source prints 384 GB/s, NVIDIA's figure is 360 GB/s (15 Gbps x 192-bit)"
        ),
    },
    HardwareEntry {
        id: "rtx-3070",
        name: "NVIDIA GeForce RTX 3070",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(8.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(448.0),
            fp16: Some(FlopsPerSecond::from_tflops(40.75)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(163.0)),
            tdp: Some(Watts::new(220.0)),
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
            date: "2020-10",
            kind: "launch",
        }),
        year: Some(2020),
        sources: &[
            Source {
                url: FUDZILLA_AMPERE,
                covers: text!("memory tdp price (8 GB GDDR6, 220 W, $499)"),
            },
            Source {
                url: text!(
                    "https://hardwareluxx.de/index.php/artikel/hardware/grafikkarten/54721-gigabyte-geforce-rtx-3070-gaming-oc-8g-im-test.html?start=2"
                ),
                covers: text!("bandwidth (448 GB/s)"),
            },
            Source {
                url: text!(
                    "https://www.tomshardware.com/uk/news/nvidia-driver-geforce-rtx-3080-ti-ampere-gpu"
                ),
                covers: text!("bandwidth tdp (14 Gbps, 448 GBps, 220 W)"),
            },
            Source {
                url: GPB_AMPERE,
                covers: text!("fp16 int8 price (163 Tensor-TFLOPS, $499 MSRP)"),
            },
            Source {
                url: TI_AMPERE,
                covers: text!("PCIe 4.0; NVLink only on the RTX 3090"),
            },
            Source {
                url: GA102_WP,
                covers: text!(
                    "fp16 int8 (ratio: Ampere GeForce dense INT8 = 4x dense FP16 with FP32 accumulate)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 163/4 = 40.75 dense FP16 tensor with FP32 accumulate (81.5 with FP16 accumulate), int8 = 163 dense (NVIDIA's 'tensor TFLOPS' = dense INT8, see GA102 whitepaper); the calibration CSV's 512 GB/s (16 Gbps pre-launch rumour) is wrong: shipping cards use 14 Gbps x 256-bit = 448 GB/s; no NVLink"
        ),
    },
    HardwareEntry {
        id: "rtx-3080-10gb",
        name: "NVIDIA GeForce RTX 3080 (10GB)",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(10.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(760.0),
            fp16: Some(FlopsPerSecond::from_tflops(59.5)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(238.0)),
            tdp: Some(Watts::new(320.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 699.0,
            date: "2020-09",
            kind: "launch",
        }),
        year: Some(2020),
        sources: &[
            Source {
                url: FUDZILLA_AMPERE,
                covers: text!("memory tdp price (10 GB GDDR6X, 320 W, $699)"),
            },
            Source {
                url: SIRUS_AMPERE,
                covers: text!("bandwidth (760 GB/s)"),
            },
            Source {
                url: TOMS_4080,
                covers: text!("fp16 int8 (RTX 3080: 119 FP16 / 238 INT8 TFLOPS)"),
            },
            Source {
                url: GPB_AMPERE,
                covers: text!("fp16 int8 price (238 Tensor-TFLOPS, $699)"),
            },
            Source {
                url: TI_AMPERE,
                covers: text!("PCIe 4.0; NVLink only on the RTX 3090"),
            },
            Source {
                url: GA102_WP,
                covers: text!(
                    "fp16 int8 (GA102: dense FP16 with FP32 accumulate = 1/4 of dense INT8 on GeForce)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 238/4 = 59.5 dense FP16 tensor with FP32 accumulate (119 with FP16 accumulate, Tom's figure); int8 = 238 dense; no NVLink"
        ),
    },
    HardwareEntry {
        id: "rtx-3080-ti",
        name: "NVIDIA GeForce RTX 3080 Ti",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(12.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(912.0),
            fp16: Some(FlopsPerSecond::from_tflops(68.2)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(272.8)),
            tdp: None,
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 1199.0,
            date: "2021-06",
            kind: "launch",
        }),
        year: Some(2021),
        sources: &[
            Source {
                url: TOMS_4080,
                covers: text!(
                    "memory fp16 int8 price (12 GB, 80 SMs, 1665 MHz boost, 136 FP16 / 273 INT8, $1,199 launch)"
                ),
            },
            Source {
                url: text!(
                    "https://www.hardwaretimes.com/nvidia-rtx-4080-12gb-just-12-faster-than-the-rtx-3080-slower-than-the-3090-ti-in-every-game/"
                ),
                covers: text!("memory bandwidth (12 GB, 912 GB/s; launched 3 June 2021)"),
            },
            Source {
                url: GA102_WP,
                covers: text!(
                    "fp16 int8 (GA102 GeForce: 512 dense FP16-FP32acc FLOP per SM per clock, INT8 4x that)"
                ),
            },
        ],
        notes: text!(
            "bandwidth 912 GB/s = 19 Gbps x 384-bit / 8; fp16 = 80 SM x 1.665 GHz x 512 = 68.2 dense FP16 tensor with FP32 accumulate (136.4 with FP16 accumulate, Tom's 136), int8 = 4x = 272.8 dense (Tom's 273); tdp not found in the sources reached (350 W widely quoted but not sourced here); PCIe Gen4 x16 like all GA102 GeForce; no NVLink"
        ),
    },
    HardwareEntry {
        id: "rtx-3090",
        name: "NVIDIA GeForce RTX 3090",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(936.0),
            fp16: Some(FlopsPerSecond::from_tflops(71.2)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(284.0)),
            tdp: Some(Watts::new(350.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(56.25)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 1499.0,
            date: "2020-09",
            kind: "launch",
        }),
        year: Some(2020),
        sources: &[
            Source {
                url: FUDZILLA_AMPERE,
                covers: text!("memory tdp price (24 GB GDDR6X, 350 W, $1,499)"),
            },
            Source {
                url: SIRUS_AMPERE,
                covers: text!("bandwidth (936 GB/s)"),
            },
            Source {
                url: GA102_WP,
                covers: text!(
                    "memory bandwidth fp16 int8 interconnect (Appendix A: 71/142 FP16 tensor with FP32 accumulate dense/sparse, 284/568 INT8; PCIe Gen4; NVLink3)"
                ),
            },
            Source {
                url: RTX_BLACKWELL_WP,
                covers: text!("fp16 (RTX 3090: 71.2 dense BF16/FP16 with FP32 accumulate)"),
            },
            Source {
                url: GA102_NVLINK,
                covers: text!(
                    "interconnect (RTX 3090 NVLink: four x4 links, 56.25 GB/s each direction, 112.5 GB/s total)"
                ),
            },
            Source {
                url: TI_AMPERE,
                covers: text!("interconnect (NVLink on the RTX 3090 only; PCIe 4.0)"),
            },
        ],
        notes: text!(
            "fp16 = 71.2 dense FP16 tensor with FP32 accumulate (142 with FP16 accumulate), GA102 whitepaper; int8 = 284 dense; NVLink bridge 112.5 GB/s total -> 56.25 GB/s per direction"
        ),
    },
    HardwareEntry {
        id: "rtx-3090-ti",
        name: "NVIDIA GeForce RTX 3090 Ti",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(1008.0),
            fp16: Some(FlopsPerSecond::from_tflops(80.0)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(320.0)),
            tdp: Some(Watts::new(450.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(56.25)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 1999.0,
            date: "2022-03",
            kind: "launch",
        }),
        year: Some(2022),
        sources: &[
            Source {
                url: text!(
                    "https://www.tweaktown.com/news/84164/nvidia-geforce-rtx-3090-ti-full-specs-price-performance-details/index.html"
                ),
                covers: text!("memory bandwidth tdp (24 GB, 1008 GB/s, 450 W)"),
            },
            Source {
                url: text!(
                    "https://www.tomshardware.com/news/geforce-rtx-3090-ti-roundup-go-big-or-go-liquid"
                ),
                covers: text!("tdp price ($1,999, 450 W, 84 SMs, 1860 MHz)"),
            },
            Source {
                url: text!(
                    "https://www.slashgear.com/814997/nvidia-geforce-rtx-3090-ti-brings-out-the-big-guns/"
                ),
                covers: text!("fp16 int8 (320 tensor TFLOPS)"),
            },
            Source {
                url: TOMS_4080,
                covers: text!("fp16 int8 (RTX 3090 Ti: 160 FP16 / 320 INT8)"),
            },
            Source {
                url: SWECLOCKERS_ADA,
                covers: text!(
                    "tdp price interconnect (PCIe 4.0 x16, NVLink 3.0 x4, 450 W, $1,999)"
                ),
            },
            Source {
                url: GA102_NVLINK,
                covers: text!(
                    "interconnect (GA102 NVLink: 56.25 GB/s each direction, 112.5 total)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 84 SM x 1.86 GHz x 512 = 80 dense FP16 tensor with FP32 accumulate (160 with FP16 accumulate), int8 = 320 dense; NVLink 3.0 x4 bridge as on the 3090: 112.5 GB/s total -> 56.25 per direction"
        ),
    },
    // ---------------- GeForce RTX 40 (Ada Lovelace) ----------------
    HardwareEntry {
        id: "rtx-4060",
        name: "NVIDIA GeForce RTX 4060",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(8.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(272.0),
            fp16: Some(FlopsPerSecond::from_tflops(30.25)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(121.0)),
            tdp: Some(Watts::new(115.0)),
            idle: Some(Watts::new(7.0)),
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 8,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 299.0,
            date: "2023-07",
            kind: "launch",
        }),
        year: Some(2023),
        sources: &[
            Source {
                url: XDA_4060,
                covers: text!("memory bandwidth price (8 GB, PCIe 4.0 x8, $299)"),
            },
            Source {
                url: PANGOLY_4060,
                covers: text!(
                    "memory bandwidth fp16 int8 tdp idle price (242 AI TOPS, 272 GB/s, 115 W, idle 7 W, $299, July)"
                ),
            },
            Source {
                url: ADA_WP,
                covers: text!(
                    "fp16 int8 (ratio: Ada GeForce AI TOPS = sparse INT4; dense INT8 = 1/2, dense FP16 with FP32 accumulate = 1/8)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 242/8 = 30.25 dense FP16 tensor with FP32 accumulate (60.5 with FP16 accumulate), int8 = 242/2 = 121 dense, from NVIDIA's 242 AI TOPS (sparse INT4) and the Ada whitepaper ratios; PCIe 4.0 x8"
        ),
    },
    HardwareEntry {
        id: "rtx-4060-ti-8gb",
        name: "NVIDIA GeForce RTX 4060 Ti 8GB",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(8.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(288.0),
            fp16: Some(FlopsPerSecond::from_tflops(44.1)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(176.5)),
            tdp: Some(Watts::new(160.0)),
            idle: Some(Watts::new(7.0)),
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 8,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 399.0,
            date: "2023-05",
            kind: "launch",
        }),
        year: Some(2023),
        sources: &[
            Source {
                url: XDA_4060,
                covers: text!("memory bandwidth price (8/16 GB, 288 GB/s, PCIe 4.0 x8, $399/$499)"),
            },
            Source {
                url: PANGOLY_4060,
                covers: text!("fp16 int8 tdp idle (353 AI TOPS, 160 W, idle 7 W)"),
            },
            Source {
                url: GAMEBASTION_4060TI,
                covers: text!("price ($399 8 GB on May 24 2023)"),
            },
            Source {
                url: ADA_WP,
                covers: text!(
                    "fp16 int8 (ratio: Ada GeForce AI TOPS = sparse INT4; dense INT8 = 1/2, dense FP16 with FP32 accumulate = 1/8)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 353/8 = 44.1 dense FP16 tensor with FP32 accumulate (88.2 with FP16 accumulate; = 34 SM x 2.535 GHz x 512), int8 = 353/2 = 176.5 dense; PCIe 4.0 x8"
        ),
    },
    HardwareEntry {
        id: "rtx-4060-ti-16gb",
        name: "NVIDIA GeForce RTX 4060 Ti 16GB",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(288.0),
            fp16: Some(FlopsPerSecond::from_tflops(44.1)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(176.5)),
            tdp: Some(Watts::new(165.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 8,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 499.0,
            date: "2023-07",
            kind: "launch",
        }),
        year: Some(2023),
        sources: &[
            Source {
                url: XDA_4060,
                covers: text!("memory bandwidth price (16 GB, 288 GB/s, PCIe 4.0 x8, $499)"),
            },
            Source {
                url: GAMEBASTION_4060TI,
                covers: text!("price ($499 16 GB, July 2023)"),
            },
            Source {
                url: text!(
                    "https://tomshardware.com/pc-components/gpus/nvidia-rtx-5060-ti-final-specs-and-launch-day-allegedly-leaked"
                ),
                covers: text!("tdp (RTX 4060 Ti 16 GB TGP 165 W, 8 GB 160 W)"),
            },
            Source {
                url: PANGOLY_4060,
                covers: text!("fp16 int8 (RTX 4060 Ti 353 AI TOPS)"),
            },
            Source {
                url: ADA_WP,
                covers: text!(
                    "fp16 int8 (ratio: Ada GeForce AI TOPS = sparse INT4; dense INT8 = 1/2, dense FP16 with FP32 accumulate = 1/8)"
                ),
            },
        ],
        notes: text!(
            "same AD106 as the 8 GB card: fp16 = 353/8 = 44.1 dense FP16 tensor with FP32 accumulate, int8 = 176.5 dense; PCIe 4.0 x8; idle not found"
        ),
    },
    HardwareEntry {
        id: "rtx-4070",
        name: "NVIDIA GeForce RTX 4070",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(12.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(504.0),
            fp16: Some(FlopsPerSecond::from_tflops(58.3)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(233.2)),
            tdp: Some(Watts::new(200.0)),
            idle: Some(Watts::new(10.0)),
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 599.0,
            date: "2023-04",
            kind: "launch",
        }),
        year: Some(2023),
        sources: &[
            Source {
                url: CLUB386_ADA,
                covers: text!(
                    "memory bandwidth tdp idle price fp16 (46 SMs, 2475 MHz, 12 GB, 504 GB/s, 200 W, idle 10 W, $599)"
                ),
            },
            Source {
                url: text!(
                    "https://hmc-tech.com/gpu/amd-radeon-rx-9070-xt-vs-nvidia-geforce-rtx-4070"
                ),
                covers: text!("int8 (932.66 TOPS INT4 sparse)"),
            },
            Source {
                url: text!(
                    "https://friendlywiki.com/article/index.php?title=Ada_Lovelace_%28microarchitecture%29"
                ),
                covers: text!("PCIe 4.0 (Ada GeForce)"),
            },
            Source {
                url: ADA_WP,
                covers: text!(
                    "fp16 int8 (Ada: 512 dense FP16-FP32acc FLOP per SM per clock; INT8 4x that)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 46 SM x 2.475 GHz x 512 = 58.3 dense FP16 tensor with FP32 accumulate (116.6 with FP16 accumulate); int8 = 932.66 sparse INT4 / 4 = 233.2 dense; PCIe 4.0 x16"
        ),
    },
    HardwareEntry {
        id: "rtx-4070-ti",
        name: "NVIDIA GeForce RTX 4070 Ti",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(12.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(504.0),
            fp16: Some(FlopsPerSecond::from_tflops(80.2)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(320.7)),
            tdp: Some(Watts::new(285.0)),
            idle: Some(Watts::new(12.0)),
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 799.0,
            date: "2023-01",
            kind: "launch",
        }),
        year: Some(2023),
        sources: &[
            Source {
                url: CLUB386_ADA,
                covers: text!(
                    "memory bandwidth tdp price fp16 (60 SMs, 2610 MHz, 12 GB, 504 GB/s, 285 W, $799)"
                ),
            },
            Source {
                url: text!(
                    "https://profesionalreview.com/2023/01/03/nvidia-geforce-rtx-4070-ti-caracteristicas/amp"
                ),
                covers: text!("tdp idle (285 W TGP, 12 W idle, PCIe Gen4)"),
            },
            Source {
                url: text!(
                    "https://purespecs.click/nvidia-geforce-rtx-4070-ti-gpu-specs/?wmc-currency=USD"
                ),
                covers: text!("price (PCIe 4.0 x16, $799)"),
            },
            Source {
                url: SWECLOCKERS_ADA,
                covers: text!("tdp price (PCIe 4.0 x16, 285 W, $799)"),
            },
            Source {
                url: ADA_WP,
                covers: text!(
                    "fp16 int8 (Ada: 512 dense FP16-FP32acc FLOP per SM per clock; INT8 4x that)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 60 SM x 2.61 GHz x 512 = 80.2 dense FP16 tensor with FP32 accumulate (160.4 with FP16 accumulate), int8 = 4x = 320.7 dense; PCIe 4.0 x16"
        ),
    },
    HardwareEntry {
        id: "rtx-4070-ti-super",
        name: "NVIDIA GeForce RTX 4070 Ti SUPER",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(672.0),
            fp16: Some(FlopsPerSecond::from_tflops(88.2)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(352.8)),
            tdp: Some(Watts::new(285.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: text!(
                    "https://gamezoom.net/artikel/KFA2_GeForce_RTX_4070_Ti_SUPER_EX_Gamer_Test_Review_Video_-54580-1"
                ),
                covers: text!(
                    "memory bandwidth tdp fp16 (66 SMs, 2610 MHz, 285 W, 16 GB, 256-bit, 21 Gbps, PCIe 4.0)"
                ),
            },
            Source {
                url: text!(
                    "https://www.tweaktown.com/news/94224/nvidia-to-debut-its-geforce-rtx-40-super-series-gpus-at-ces-2024/index.html"
                ),
                covers: text!("memory (8448 cores, 16 GB, 256-bit)"),
            },
            Source {
                url: text!(
                    "https://hardwaretimes.com/ces-2025-nvidia-officially-reveals-the-blackwell-geforce-rtx-50-series-rtx-5090-rtx-5080-rtx-5070-ti-and-rtx-5070/"
                ),
                covers: text!("fp16 (RTX 4070 Ti SUPER 66 SMs)"),
            },
            Source {
                url: ADA_WP,
                covers: text!(
                    "fp16 int8 (Ada: 512 dense FP16-FP32acc FLOP per SM per clock; INT8 4x that)"
                ),
            },
        ],
        notes: text!(
            "bandwidth = 21 Gbps x 256-bit / 8 = 672 GB/s (derived); fp16 = 66 SM x 2.61 GHz x 512 = 88.2 dense FP16 tensor with FP32 accumulate, int8 = 4x = 352.8 dense; price not found (launch MSRP not in the sources reached)"
        ),
    },
    HardwareEntry {
        id: "rtx-4080",
        name: "NVIDIA GeForce RTX 4080",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(716.8),
            fp16: Some(FlopsPerSecond::from_tflops(97.5)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(389.9)),
            tdp: Some(Watts::new(320.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 1199.0,
            date: "2022-11",
            kind: "launch",
        }),
        year: Some(2022),
        sources: &[
            Source {
                url: CLUB386_ADA,
                covers: text!(
                    "memory bandwidth tdp price fp16 (76 SMs, 2505 MHz, 16 GB, 22.4 Gbps, 320 W, $1,199)"
                ),
            },
            Source {
                url: TOMS_4080,
                covers: text!("memory tdp price fp16 int8 ($1,199; 76 SMs; FP16 / INT8 table)"),
            },
            Source {
                url: SWECLOCKERS_ADA,
                covers: text!("tdp price (PCIe 4.0 x16, 320 W, $1,199)"),
            },
            Source {
                url: text!(
                    "https://indiamaximum.com/technology/nvidia-unveils-latest-rtx-4090-rtx-4080-gpus/article208305.html"
                ),
                covers: text!("int8 (780 tensor TFLOPs = sparse INT8)"),
            },
            Source {
                url: ADA_WP,
                covers: text!(
                    "fp16 int8 (Ada: 512 dense FP16-FP32acc FLOP per SM per clock; INT8 4x that)"
                ),
            },
        ],
        notes: text!(
            "bandwidth = 22.4 Gbps x 256-bit / 8 = 716.8 GB/s; fp16 = 76 SM x 2.505 GHz x 512 = 97.5 dense FP16 tensor with FP32 accumulate (195 with FP16 accumulate), int8 = 389.9 dense (NVIDIA's 780 = sparse INT8)"
        ),
    },
    HardwareEntry {
        id: "rtx-4080-super",
        name: "NVIDIA GeForce RTX 4080 SUPER",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(736.0),
            fp16: Some(FlopsPerSecond::from_tflops(104.4)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(417.8)),
            tdp: Some(Watts::new(320.0)),
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
            date: "2024-01",
            kind: "launch",
        }),
        year: Some(2024),
        sources: &[
            Source {
                url: text!(
                    "https://technical.city/en/video/GeForce-GTX-760-OEM-vs-GeForce-RTX-4080-SUPER"
                ),
                covers: text!(
                    "tdp price fp16 ($999, 320 W, PCIe 4.0 x16, 2550 MHz boost, 8 January 2024)"
                ),
            },
            Source {
                url: text!(
                    "https://www.tweaktown.com/news/95247/nvidia-officially-begins-teasing-its-upcoming-geforce-rtx-40-super-series-cards/index.html"
                ),
                covers: text!("memory bandwidth (16 GB, 23 Gbps, 256-bit, 736 GB/s)"),
            },
            Source {
                url: text!(
                    "https://hardwaretimes.com/ces-2025-nvidia-officially-reveals-the-blackwell-geforce-rtx-50-series-rtx-5090-rtx-5080-rtx-5070-ti-and-rtx-5070/"
                ),
                covers: text!("fp16 (RTX 4080 SUPER 80 SMs)"),
            },
            Source {
                url: ADA_WP,
                covers: text!(
                    "fp16 int8 (Ada: 512 dense FP16-FP32acc FLOP per SM per clock; INT8 4x that)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 80 SM x 2.55 GHz x 512 = 104.4 dense FP16 tensor with FP32 accumulate, int8 = 4x = 417.8 dense"
        ),
    },
    HardwareEntry {
        id: "rtx-4090",
        name: "NVIDIA GeForce RTX 4090",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(1008.0),
            fp16: Some(FlopsPerSecond::from_tflops(165.2)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(660.6)),
            tdp: Some(Watts::new(450.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 1599.0,
            date: "2022-10",
            kind: "launch",
        }),
        year: Some(2022),
        sources: &[
            Source {
                url: CLUB386_ADA,
                covers: text!("memory bandwidth tdp price (24 GB, 1008 GB/s, 450 W, $1,599)"),
            },
            Source {
                url: ADA_WP,
                covers: text!(
                    "memory bandwidth fp16 int8 (Appendix A: 165.2/330.4 FP16 tensor with FP32 accumulate dense/sparse, 660.6/1321.2 INT8)"
                ),
            },
            Source {
                url: SWECLOCKERS_ADA,
                covers: text!("tdp price (PCIe 4.0 x16, 450 W, $1,599)"),
            },
            Source {
                url: NO_NVLINK_4090_5090,
                covers: text!("no NVLink on RTX 4090"),
            },
        ],
        notes: text!(
            "fp16 = 165.2 dense FP16 tensor TFLOPS with FP32 accumulate (330.3 with FP16 accumulate), Ada whitepaper appendix; int8 = 660.6 dense; no NVLink (seed claims otherwise: wrong)"
        ),
    },
    HardwareEntry {
        id: "rtx-4090-laptop",
        name: "NVIDIA GeForce RTX 4090 Laptop GPU",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(576.0),
            fp16: Some(FlopsPerSecond::from_tflops(75.9)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(303.5)),
            tdp: Some(Watts::new(140.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://hmc-tech.com/gpu/nvidia-geforce-rtx-4090-laptop-140w"),
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (16 GB, 576 GB/s, FP16 with FP32 accumulate 75.88, INT8 303.51, 140 W)"
                ),
            },
            Source {
                url: text!("https://gadgetviza.com/graphics-processor/geforce-rtx-4090-laptop-gpu"),
                covers: text!("tdp (TGP range 80-150 W)"),
            },
        ],
        notes: text!(
            "figures for the 140 W variant (OEMs configure 80-150 W TGP; throughput scales with clocks); fp16 = dense FP16 tensor with FP32 accumulate; PCIe link not found (pcie_gen 0); laptop GPUs have no MSRP: price not found"
        ),
    },
    // ---------------- GeForce RTX 50 (Blackwell) ----------------
    HardwareEntry {
        id: "rtx-5060-ti-16gb",
        name: "NVIDIA GeForce RTX 5060 Ti 16GB",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(448.0),
            fp16: Some(FlopsPerSecond::from_tflops(47.4)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(189.75)),
            tdp: Some(Watts::new(180.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 8,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 429.0,
            date: "2025-04",
            kind: "launch",
        }),
        year: Some(2025),
        sources: &[
            Source {
                url: text!("https://biggo.com/news/202504161202_Nvidia_RTX_5060_Ti_Launch"),
                covers: text!(
                    "memory bandwidth fp16 int8 tdp price (16 GB, 448 GB/s, 759 AI TOPS, 180 W, $429, April 2025)"
                ),
            },
            Source {
                url: text!(
                    "https://www.techpowerup.com/review/nvidia-geforce-rtx-5060-ti-pci-express-x8-scaling/31.html"
                ),
                covers: text!("PCIe 5.0 x8 host link"),
            },
            Source {
                url: RTX_BLACKWELL_WP,
                covers: text!(
                    "fp16 int8 (ratio: RTX 5090 3352 AI TOPS = sparse FP4 vs 209.5 dense FP16 with FP32 accumulate)"
                ),
            },
            Source {
                url: CASTRO_5090,
                covers: text!("fp16 int8 (AI TOPS = FP4 with sparsity)"),
            },
        ],
        notes: text!(
            "NVIDIA's 759 AI TOPS is sparse FP4; Blackwell GeForce ratios (RTX Blackwell whitepaper: 5090 3352 -> 209.5 dense FP16/FP32-acc): fp16 = 759/16 = 47.4 dense FP16 tensor with FP32 accumulate, int8 = 759/4 = 189.75 dense; PCIe 5.0 x8; idle not found"
        ),
    },
    HardwareEntry {
        id: "rtx-5070",
        name: "NVIDIA GeForce RTX 5070",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(12.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(672.0),
            fp16: Some(FlopsPerSecond::from_tflops(61.75)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(247.0)),
            tdp: Some(Watts::new(250.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 549.0,
            date: "2025-03",
            kind: "launch",
        }),
        year: Some(2025),
        sources: &[
            Source {
                url: TWEAKTOWN_50,
                covers: text!("memory fp16 int8 (12 GB, 988 AI TOPS)"),
            },
            Source {
                url: PES_50,
                covers: text!("bandwidth tdp price (672 GB/s, 250 W, $549, March 2025)"),
            },
            Source {
                url: TM_50,
                covers: text!("price ($549)"),
            },
            Source {
                url: text!(
                    "https://www.neowin.net/news/specs-appeal-comparing-nvidia-rtx-5000-series-to-rtx-4000-and-3000/"
                ),
                covers: text!("PCIe Gen 5 on all RTX 50 models"),
            },
            Source {
                url: RTX_BLACKWELL_WP,
                covers: text!(
                    "fp16 int8 (ratio: RTX 5090 3352 AI TOPS = sparse FP4 vs 209.5 dense FP16 with FP32 accumulate)"
                ),
            },
            Source {
                url: CASTRO_5090,
                covers: text!("fp16 int8 (AI TOPS = FP4 with sparsity)"),
            },
        ],
        notes: text!(
            "fp16 = 988/16 = 61.75 dense FP16 tensor with FP32 accumulate, int8 = 988/4 = 247 dense (988 AI TOPS = sparse FP4; ratios from the RTX Blackwell whitepaper's 5090 figures); PCIe 5.0 x16"
        ),
    },
    HardwareEntry {
        id: "rtx-5070-ti",
        name: "NVIDIA GeForce RTX 5070 Ti",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(896.0),
            fp16: Some(FlopsPerSecond::from_tflops(87.9)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(351.5)),
            tdp: Some(Watts::new(300.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 749.0,
            date: "2025-02",
            kind: "launch",
        }),
        year: Some(2025),
        sources: &[
            Source {
                url: TWEAKTOWN_50,
                covers: text!("memory bandwidth fp16 int8 (16 GB, 896 GB/s, 1406 AI TOPS)"),
            },
            Source {
                url: PES_50,
                covers: text!("bandwidth tdp price (896 GB/s, 300 W, $749, February 2025)"),
            },
            Source {
                url: TM_50,
                covers: text!("price ($749)"),
            },
            Source {
                url: TOPCPU_50,
                covers: text!("PCIe 5.0 x16"),
            },
            Source {
                url: RTX_BLACKWELL_WP,
                covers: text!(
                    "fp16 int8 (ratio: RTX 5090 3352 AI TOPS = sparse FP4 vs 209.5 dense FP16 with FP32 accumulate)"
                ),
            },
            Source {
                url: CASTRO_5090,
                covers: text!("fp16 int8 (AI TOPS = FP4 with sparsity)"),
            },
        ],
        notes: text!(
            "fp16 = 1406/16 = 87.9 dense FP16 tensor with FP32 accumulate, int8 = 1406/4 = 351.5 dense (1406 AI TOPS = sparse FP4)"
        ),
    },
    HardwareEntry {
        id: "rtx-5080",
        name: "NVIDIA GeForce RTX 5080",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(16.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(960.0),
            fp16: Some(FlopsPerSecond::from_tflops(112.6)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(450.25)),
            tdp: Some(Watts::new(360.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 999.0,
            date: "2025-01",
            kind: "launch",
        }),
        year: Some(2025),
        sources: &[
            Source {
                url: TWEAKTOWN_50,
                covers: text!("memory bandwidth fp16 int8 (16 GB, 960 GB/s, 1801 AI TOPS)"),
            },
            Source {
                url: PES_50,
                covers: text!("bandwidth tdp price (960 GB/s, 360 W, $999, January 2025)"),
            },
            Source {
                url: TM_50,
                covers: text!("price ($999)"),
            },
            Source {
                url: TOPCPU_50,
                covers: text!("PCIe 5.0 x16"),
            },
            Source {
                url: RTX_BLACKWELL_WP,
                covers: text!(
                    "fp16 int8 (ratio: RTX 5090 3352 AI TOPS = sparse FP4 vs 209.5 dense FP16 with FP32 accumulate)"
                ),
            },
            Source {
                url: CASTRO_5090,
                covers: text!("fp16 int8 (AI TOPS = FP4 with sparsity)"),
            },
        ],
        notes: text!(
            "fp16 = 1801/16 = 112.6 dense FP16 tensor with FP32 accumulate, int8 = 1801/4 = 450.25 dense (1801 AI TOPS = sparse FP4)"
        ),
    },
    HardwareEntry {
        id: "rtx-5090",
        name: "NVIDIA GeForce RTX 5090",
        tier: Tier::Consumer,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(32.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(1792.0),
            fp16: Some(FlopsPerSecond::from_tflops(209.5)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(838.0)),
            tdp: Some(Watts::new(575.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 1999.0,
            date: "2025-01",
            kind: "launch",
        }),
        year: Some(2025),
        sources: &[
            Source {
                url: text!("https://www.spheron.network/blog/nvidia-rtx-5090-specs/"),
                covers: text!("memory bandwidth tdp (32 GB, 1792 GB/s, 575 W, PCIe Gen5 x16)"),
            },
            Source {
                url: RTX_BLACKWELL_WP,
                covers: text!(
                    "memory bandwidth fp16 (209.5/419 dense/sparse FP16/BF16 tensor with FP32 accumulate)"
                ),
            },
            Source {
                url: CASTRO_5090,
                covers: text!("int8 (3352 AI TOPS = sparse FP4 -> 838 dense INT8)"),
            },
            Source {
                url: TM_50,
                covers: text!("price ($1,999)"),
            },
            Source {
                url: PES_50,
                covers: text!("bandwidth tdp price (1792 GB/s, 575 W, $1,999, January 2025)"),
            },
            Source {
                url: NO_NVLINK_4090_5090,
                covers: text!("no NVLink on RTX 5090"),
            },
        ],
        notes: text!(
            "fp16 = 209.5 dense FP16 tensor with FP32 accumulate (RTX Blackwell whitepaper); int8 = 3352 AI TOPS (sparse FP4) / 4 = 838 dense; no NVLink (seed claims otherwise: wrong)"
        ),
    },
    HardwareEntry {
        id: "rtx-5090-laptop",
        name: "NVIDIA GeForce RTX 5090 Laptop GPU",
        tier: Tier::Laptop,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(896.0),
            fp16: Some(FlopsPerSecond::from_tflops(114.0)),
            fp16_is_fp32_accumulate: true,
            int8: Some(FlopsPerSecond::from_tflops(456.0)),
            tdp: Some(Watts::new(150.0)),
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
                    "https://hmc-tech.com/gpu/nvidia-geforce-rtx-5090-laptop-150w-vs-nvidia-rtx-5000-max-q"
                ),
                covers: text!(
                    "memory fp16 int8 tdp (24 GB, FP16 with FP32 accumulate 113.99, FP8 dense 455.95, 150 W)"
                ),
            },
            Source {
                url: text!(
                    "https://hmc-tech.com/gpu/nvidia-geforce-rtx-5090-laptop-140w-vs-nvidia-geforce-rtx-4090-laptop-120w"
                ),
                covers: text!("bandwidth (896 GB/s)"),
            },
            Source {
                url: text!("https://chipversus.com/hardware/gpu/geforce-rtx-5090-mobile"),
                covers: text!("tdp (TGP 95-150 W)"),
            },
        ],
        notes: text!(
            "figures for the 150 W variant (OEMs configure 95-150 W TGP); fp16 = 114.0 dense FP16 tensor with FP32 accumulate; int8 = the 455.95 dense FP8 rate, which equals dense INT8 on GeForce Blackwell (derived); PCIe link not found (pcie_gen 0); laptop GPUs have no MSRP: price not found"
        ),
    },
    // ---------------- Workstation (RTX A / Ada / PRO) ----------------
    HardwareEntry {
        id: "rtx-a5000",
        name: "NVIDIA RTX A5000",
        tier: Tier::Workstation,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(768.0),
            fp16: Some(FlopsPerSecond::from_tflops(111.1)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(222.2)),
            tdp: Some(Watts::new(230.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(56.25)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2021),
        sources: &[
            Source {
                url: text!(
                    "https://www.hardwareluxx.de/index.php/news/hardware/grafikkarten/55893-neue-rtx-gpus-fuer-notebooks-und-workstations.html"
                ),
                covers: text!(
                    "memory bandwidth tdp fp16 int8 (64 SMs, 222.2 sparse tensor TFLOPS, 24 GB, 768 GB/s, 230 W)"
                ),
            },
            Source {
                url: GA102_WP,
                covers: text!(
                    "fp16 int8 interconnect (GA102 pro cards: full-rate FP32 accumulate, INT8 = 2x dense FP16; PCIe Gen4, NVLink3)"
                ),
            },
            Source {
                url: GA102_NVLINK,
                covers: text!(
                    "interconnect (GA102 NVLink bridge: 56.25 GB/s each direction, 112.5 GB/s total)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 222.2 sparse / 2 = 111.1 dense FP16 tensor (pro cards accumulate in FP32 at full rate); int8 = 2x dense FP16 = 222.2 dense (derived from GA102 ratios); NVLink bridge 112.5 GB/s total -> 56.25 per direction (GA102 NVLink figure; an A5000-specific board figure was not found); price not found"
        ),
    },
    HardwareEntry {
        id: "rtx-a6000",
        name: "NVIDIA RTX A6000",
        tier: Tier::Workstation,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(48.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(768.0),
            fp16: Some(FlopsPerSecond::from_tflops(154.8)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(309.7)),
            tdp: Some(Watts::new(300.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(56.25)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 4649.0,
            date: "2020-10",
            kind: "launch",
        }),
        year: Some(2020),
        sources: &[
            Source {
                url: text!(
                    "https://servethehome.com/nvidia-rtx-a6000-48gb-gpu-drops-quadro-designation"
                ),
                covers: text!(
                    "memory bandwidth tdp interconnect (48 GB, 768 GB/s, 300 W, PCIe 4.0 x16, NVLink 112.5 GB/s bidirectional)"
                ),
            },
            Source {
                url: GA102_WP,
                covers: text!("fp16 int8 (RTX A6000: 154.8/309.6 dense/sparse FP16/BF16 tensor)"),
            },
            Source {
                url: text!(
                    "https://www.hardwareluxx.de/index.php/news/hardware/grafikkarten/55893-neue-rtx-gpus-fuer-notebooks-und-workstations.html"
                ),
                covers: text!(
                    "memory bandwidth tdp fp16 (84 SMs, 309.7 sparse tensor TFLOPS, 48 GB, 768 GB/s, 300 W)"
                ),
            },
            Source {
                url: text!(
                    "https://sysrqmts.com/es/gpus/compare/nvidia-rtx-a6000-vs-nvidia-tesla-p40"
                ),
                covers: text!("price (launch price 4,649 USD, 5 October 2020)"),
            },
        ],
        notes: text!(
            "fp16 = 154.8 dense FP16 tensor (309.7 sparse, halved); int8 = 2x dense FP16 = 309.7 dense (derived); NVLink bridge 112.5 GB/s bidirectional -> 56.25 per direction"
        ),
    },
    HardwareEntry {
        id: "rtx-4000-ada",
        name: "NVIDIA RTX 4000 Ada Generation",
        tier: Tier::Workstation,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(20.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(360.0),
            fp16: Some(FlopsPerSecond::from_tflops(106.9)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(213.8)),
            tdp: Some(Watts::new(130.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!(
                    "https://topcpu.net/en/gpu-c/rtx-4000-ada-generation-vs-rtx-5000-ada-generation"
                ),
                covers: text!(
                    "memory bandwidth tdp (20 GB, 360 GB/s, 130 W, PCIe 4.0 x16, August 2023)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/nvidia-rtx-5000-ada-vs-nvidia-rtx-4000-ada"),
                covers: text!(
                    "fp16 int8 (FP16 tensor dense 106.91; FP8 dense 213.81; INT4 dense 427.62)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 106.9 dense FP16 tensor; int8 = 213.8 dense (the FP8 dense rate, which equals INT8 on Ada; INT4 dense 427.6 = 2x); no NVLink; price not found"
        ),
    },
    HardwareEntry {
        id: "rtx-5000-ada",
        name: "NVIDIA RTX 5000 Ada Generation",
        tier: Tier::Workstation,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(32.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(576.0),
            fp16: Some(FlopsPerSecond::from_tflops(261.1)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(522.2)),
            tdp: Some(Watts::new(250.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!(
                    "https://topcpu.net/en/gpu-c/rtx-4000-ada-generation-vs-rtx-5000-ada-generation"
                ),
                covers: text!(
                    "memory bandwidth tdp (32 GB, 576 GB/s, 250 W, PCIe 4.0 x16, August 2023)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/nvidia-rtx-5000-ada-vs-nvidia-rtx-4000-ada"),
                covers: text!(
                    "fp16 int8 (FP16 tensor dense 261.12; FP8 dense 522.24; INT4 dense 1.04 POPS)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 261.1 dense FP16 tensor; int8 = 522.2 dense (the FP8 dense rate, which equals INT8 on Ada); no NVLink; price not found"
        ),
    },
    HardwareEntry {
        id: "rtx-6000-ada",
        name: "NVIDIA RTX 6000 Ada Generation",
        tier: Tier::Workstation,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(48.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(960.0),
            fp16: Some(FlopsPerSecond::from_tflops(364.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(728.0)),
            tdp: Some(Watts::new(300.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2022),
        sources: &[
            Source {
                url: text!(
                    "https://www.grafikkarten.com/de/news/nvidia-rtx-6000-grafikkarte-der-ada-generation"
                ),
                covers: text!("memory bandwidth tdp (48 GB, 960 GB/s, 300 W, 142 SMs)"),
            },
            Source {
                url: PRO_BLACKWELL_WP,
                covers: text!(
                    "fp16 (RTX 6000 Ada: 364 dense FP16/BF16 tensor with FP32 accumulate)"
                ),
            },
            Source {
                url: ADA_WP,
                covers: text!("int8 (Ada: dense INT8 = 2x full-rate dense FP16 tensor)"),
            },
            Source {
                url: text!("https://store.sourcecode.com/en-us/bg-bucket-compare/125/9820"),
                covers: text!("PCIe 4.0 x16"),
            },
        ],
        notes: text!(
            "fp16 = 364 dense FP16 tensor (full-rate FP32 accumulate on pro cards); int8 = 2 x 364 = 728 dense (derived from the Ada ratio); no NVLink; price not found"
        ),
    },
    HardwareEntry {
        id: "rtx-pro-6000-blackwell",
        name: "NVIDIA RTX PRO 6000 Blackwell Workstation Edition",
        tier: Tier::Workstation,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(96.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(1792.0),
            fp16: Some(FlopsPerSecond::from_tflops(503.8)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(1007.6)),
            tdp: Some(Watts::new(600.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: Some(Price {
            usd: 8565.0,
            date: "2025-03",
            kind: "launch",
        }),
        year: Some(2025),
        sources: &[
            Source {
                url: text!(
                    "https://gpu.name/posts/nvidia-unveils-rtx-pro-6000-blackwell-gpu-with-24-064-cores-and-96gb-memory"
                ),
                covers: text!("memory bandwidth tdp (96 GB, 1792 GB/s, 600 W, PCIe Gen 5)"),
            },
            Source {
                url: text!(
                    "https://hardware-corner.net/rtx-5090-vs-rtx-pro-6000-spec-comparison-20250321"
                ),
                covers: text!("memory bandwidth tdp (RTX 5090 vs RTX PRO 6000 comparison)"),
            },
            Source {
                url: PRO_BLACKWELL_WP,
                covers: text!(
                    "fp16 (RTX PRO 6000 Blackwell: 503.8 dense FP16/BF16 tensor with FP32 accumulate)"
                ),
            },
            Source {
                url: RTX_BLACKWELL_WP,
                covers: text!("int8 (Blackwell: dense INT8 = 2x full-rate dense FP16 tensor)"),
            },
            Source {
                url: text!(
                    "https://www.newgearhub.com/review/nvidia-gtc-2026-blackwell-gpus-pro-workstations"
                ),
                covers: text!("price (MSRP $8,565, March 2025)"),
            },
        ],
        notes: text!(
            "600 W Workstation Edition (a 300 W Max-Q exists); fp16 = 503.8 dense FP16 tensor (full-rate FP32 accumulate); int8 = 2 x 503.8 = 1007.6 dense (derived); no NVLink"
        ),
    },
    // ---------------- Datacenter: Ampere / Ada PCIe cards ----------------
    HardwareEntry {
        id: "a40",
        name: "NVIDIA A40",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(48.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(696.0),
            fp16: Some(FlopsPerSecond::from_tflops(149.7)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(299.3)),
            tdp: Some(Watts::new(300.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(56.25)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2020),
        sources: &[
            Source {
                url: text!(
                    "https://www.ecer.com/corp/details-uuuedqa-p1bsay9-multi-display-setups-supported-by-48gb-gddr6-ecc-memory-nvidia-a40-gpu-and-vga-outputs.html"
                ),
                covers: text!(
                    "memory bandwidth fp16 int8 tdp interconnect (48 GB, 696 GB/s, 149.7 dense FP16 tensor, 299.3 dense INT8, 300 W, PCIe Gen4 64 GB/s, NVLink 112.5 GB/s bidirectional)"
                ),
            },
            Source {
                url: text!("https://hmc-tech.com/gpu/nvidia-a100-vs-nvidia-a40"),
                covers: text!("memory bandwidth fp16 (A40 vs A100)"),
            },
            Source {
                url: GA102_NVLINK,
                covers: text!("interconnect (GA102 NVLink: 56.25 GB/s each direction)"),
            },
        ],
        notes: text!(
            "NVLink bridge 112.5 GB/s bidirectional -> 56.25 per direction; fp16/int8 dense (datasheet 299.3/598.6 sparse halved); price not found"
        ),
    },
    HardwareEntry {
        id: "l4",
        name: "NVIDIA L4",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(24.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(300.0),
            fp16: Some(FlopsPerSecond::from_tflops(121.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(242.5)),
            tdp: Some(Watts::new(72.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://grokipedia.com/page/NVIDIA_L4_vs_L40S"),
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (24 GB, 300 GB/s, FP16 242 sparse, FP8/INT8 485 sparse, 72 W)"
                ),
            },
            Source {
                url: text!("https://store.sourcecode.com/en-us/bg-bucket-compare/125/9820"),
                covers: text!("bandwidth int8 (300 GB/s, INT8 485 TOPS sparse)"),
            },
            Source {
                url: text!("https://fpsbench.com/compare/gpu/nvidia-l4-vs-nvidia-tesla-m40"),
                covers: text!("PCIe 4.0 x16"),
            },
        ],
        notes: text!(
            "datasheet figures are sparse (asterisked): fp16 = 242/2 = 121 dense FP16 tensor, int8 = 485/2 = 242.5 dense; no NVLink; price not found"
        ),
    },
    HardwareEntry {
        id: "l40s",
        name: "NVIDIA L40S",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(48.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(864.0),
            fp16: Some(FlopsPerSecond::from_tflops(362.05)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(733.0)),
            tdp: Some(Watts::new(350.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://www.mullet.se/product.html?product_id=355414"),
                covers: text!(
                    "memory bandwidth fp16 tdp (48 GB, 864 GB/s, PCIe Gen4 x16, FP16 362.05 | 733 sparse, 350 W)"
                ),
            },
            Source {
                url: ML_ENG_ACCEL,
                covers: text!("fp16 int8 tdp (L40S: 362 dense FP16, 733 dense INT8)"),
            },
            Source {
                url: text!("https://www.itcreations.com/nvidia-gpu/nvidia-l40s-gpu-accelerator"),
                covers: text!("no NVLink"),
            },
        ],
        notes: text!(
            "fp16 = 362.05 dense FP16 tensor (733 with sparsity); int8 = 733 dense (1466 sparse); ml-engineering rounds bandwidth to 0.86 TB/s, datasheet 864 GB/s; no NVLink; price not found"
        ),
    },
    HardwareEntry {
        id: "rtx-pro-6000-blackwell-server",
        name: "NVIDIA RTX PRO 6000 Blackwell Server Edition",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(96.0),
            memory_type: MemoryType::Gddr,
            bandwidth: BytesPerSecond::from_gbs(1597.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(600.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2025),
        sources: &[
            Source {
                url: text!(
                    "https://dam-cdn.nvd.orangelogic.com/AssetLink/707m1632ypg4du1fj3ci1jo3h4w1k78j.pdf"
                ),
                covers: text!(
                    "memory bandwidth tdp (NVIDIA datasheet: 96 GB GDDR7, 1597 GB/s, up to 600 W configurable)"
                ),
            },
            Source {
                url: text!(
                    "https://www.nvidia.com/en-us/data-center/rtx-pro-6000-blackwell-server-edition/"
                ),
                covers: text!("memory (product page)"),
            },
            Source {
                url: ML_ENG_ACCEL,
                covers: text!("tdp (600 W max, configurable)"),
            },
            Source {
                url: text!(
                    "https://gpu.name/posts/nvidia-unveils-rtx-pro-6000-blackwell-gpu-with-24-064-cores-and-96gb-memory"
                ),
                covers: text!("PCIe Gen 5 (desktop, Max-Q and data-center variants)"),
            },
        ],
        notes: text!(
            "passively cooled server card; datasheet bandwidth 1597 GB/s (lower than the Workstation Edition's 1792); fp16 not found as a dense figure (marketing '1 PFLOP FP16/BF16' is unqualified, likely sparse) and int8 not found; no NVLink; price not found"
        ),
    },
    // ---------------- Datacenter: A100 (Ampere) ----------------
    HardwareEntry {
        id: "a100-40gb-pcie",
        name: "NVIDIA A100 40GB PCIe",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(40.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(1555.0),
            fp16: Some(FlopsPerSecond::from_tflops(312.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(624.0)),
            tdp: Some(Watts::new(250.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(300.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2020),
        sources: &[
            Source {
                url: THUNDER_A100,
                covers: text!(
                    "memory bandwidth tdp interconnect (40 GB HBM2, 1555 GB/s, 250 W, PCIe 4.0 x16, NVLink 3.0 600 GB/s)"
                ),
            },
            Source {
                url: GK_A100,
                covers: text!(
                    "fp16 int8 interconnect (312 dense FP16, 624 dense INT8; NVLink 300 + 300 GB/s; PCIe Gen4)"
                ),
            },
            Source {
                url: NV_NVLINK,
                covers: text!(
                    "interconnect (A100 NVLink 600 GB/s; NVLink bridge for A100 PCIe in 2-GPU configurations)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 312 dense FP16 tensor (624 sparse), int8 = 624 dense; NVLink 600 GB/s total -> 300 per direction (the PCIe card reaches it only through a 2-GPU NVLink bridge); price not found"
        ),
    },
    HardwareEntry {
        id: "a100-80gb-pcie",
        name: "NVIDIA A100 80GB PCIe",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(80.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(1935.0),
            fp16: Some(FlopsPerSecond::from_tflops(312.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(624.0)),
            tdp: Some(Watts::new(300.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(300.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2021),
        sources: &[
            Source {
                url: THUNDER_A100,
                covers: text!(
                    "memory bandwidth tdp interconnect (80 GB HBM2e, 1935 GB/s, 300 W, PCIe 4.0 x16, NVLink 3.0 600 GB/s)"
                ),
            },
            Source {
                url: ML_ENG_ACCEL,
                covers: text!("memory bandwidth fp16 int8 (A100 312 dense FP16, 624 dense INT8)"),
            },
            Source {
                url: GK_A100,
                covers: text!("fp16 int8 interconnect (NVLink 300 + 300 GB/s; PCIe Gen4)"),
            },
            Source {
                url: NV_NVLINK,
                covers: text!("interconnect (NVLink bridge for A100 PCIe in 2-GPU configurations)"),
            },
            Source {
                url: text!(
                    "https://pcguia.pt/2021/06/nvidia-actualiza-placa-de-computacao-grafica-a100-agora-com-80gb-de-memoria"
                ),
                covers: text!("memory (A100 PCIe 80 GB, June 2021)"),
            },
        ],
        notes: text!(
            "fp16 = 312 dense FP16 tensor (624 sparse), int8 = 624 dense; NVLink 600 GB/s total -> 300 per direction via the 2-GPU bridge; price not found"
        ),
    },
    HardwareEntry {
        id: "a100-40gb-sxm",
        name: "NVIDIA A100 SXM4 40GB",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(40.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(1555.0),
            fp16: Some(FlopsPerSecond::from_tflops(312.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(624.0)),
            tdp: Some(Watts::new(400.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(300.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2020),
        sources: &[
            Source {
                url: THUNDER_A100,
                covers: text!(
                    "memory bandwidth tdp interconnect (40 GB, 1555 GB/s, 400 W, NVLink 3.0 600 GB/s)"
                ),
            },
            Source {
                url: text!("https://www.techpowerup.com/gpu-specs/a100-sxm4-40-gb.c3506"),
                covers: text!("memory bandwidth tdp (A100 SXM4 40 GB)"),
            },
            Source {
                url: GK_A100,
                covers: text!(
                    "fp16 int8 tdp interconnect (312 / 624 dense; 400 W; NVLink 300 + 300 GB/s; PCIe Gen4 host link)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 312 dense FP16 tensor, int8 = 624 dense; NVLink3 600 GB/s total -> 300 per direction; pcie_gen = host link (Gen4 x16); price not found"
        ),
    },
    HardwareEntry {
        id: "a100-80gb-sxm",
        name: "NVIDIA A100 SXM4 80GB",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(80.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(2039.0),
            fp16: Some(FlopsPerSecond::from_tflops(312.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(624.0)),
            tdp: Some(Watts::new(400.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 4,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(300.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2020),
        sources: &[
            Source {
                url: THUNDER_A100,
                covers: text!(
                    "memory bandwidth tdp interconnect (80 GB HBM2e, 2039 GB/s, 400 W, NVLink 3.0 600 GB/s)"
                ),
            },
            Source {
                url: ML_ENG_ACCEL,
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (A100 SXM 80 GB: 312 dense FP16, 624 dense INT8)"
                ),
            },
            Source {
                url: GK_A100,
                covers: text!(
                    "fp16 int8 tdp interconnect (NVLink 300 + 300 GB/s; PCIe Gen4 host link; 400 W)"
                ),
            },
            Source {
                url: ML_ENG_NET,
                covers: text!("interconnect (NVLink3: 300 GB/s per direction)"),
            },
        ],
        notes: text!(
            "fp16 = 312 dense FP16 tensor (624 sparse), int8 = 624 dense; NVLink3 600 GB/s total -> 300 per direction; pcie_gen = host link (Gen4 x16); price not found"
        ),
    },
    // ---------------- Datacenter: Hopper ----------------
    HardwareEntry {
        id: "h100-pcie",
        name: "NVIDIA H100 PCIe 80GB",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(80.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(2000.0),
            fp16: Some(FlopsPerSecond::from_tflops(756.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(1513.0)),
            tdp: Some(Watts::new(350.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: None,
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2022),
        sources: &[
            Source {
                url: ML_ENG_ACCEL,
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (H100 PCIe: 80 GB, 2.0 TB/s, 756 dense FP16, 1513 dense INT8, 350 W)"
                ),
            },
            Source {
                url: text!(
                    "https://manuals.plus/m/d4b5dc21484df3ba8fbe84918338461cc074a3fcebcc13423eadc2b10ac3bda4"
                ),
                covers: text!(
                    "memory bandwidth tdp (NVIDIA H100 PCIe product brief: 350 W, over 2000 GB/s, PCIe Gen5 x16 card)"
                ),
            },
        ],
        notes: text!(
            "fp16 = 756 dense FP16 tensor (1513 sparse), int8 = 1513 dense; PCIe Gen5 x16; the card supports a 3-way NVLink bridge but its per-card bandwidth was not found in the sources reached, so nvlink = None; price not found"
        ),
    },
    HardwareEntry {
        id: "h100-sxm",
        name: "NVIDIA H100 SXM5 80GB",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(80.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(3350.0),
            fp16: Some(FlopsPerSecond::from_tflops(989.4)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(1978.9)),
            tdp: Some(Watts::new(700.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(450.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2022),
        sources: &[
            Source {
                url: ML_ENG_ACCEL,
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (H100 SXM: 80 GB, 3.35 TB/s, 989 / 1979 dense, 700 W)"
                ),
            },
            Source {
                url: text!("https://glennklockwood.com/garden/processors/h100"),
                covers: text!(
                    "fp16 int8 tdp interconnect (989.4 / 1978.9 dense; 700 W; NVLink 900 GB/s; PCIe Gen5 128 GB/s)"
                ),
            },
            Source {
                url: text!(
                    "https://nvdam.widen.net/s/95bdhpsgrs/nvidia_h100_tensor_core_gpu_architecture_whitepaper_v1.03"
                ),
                covers: text!(
                    "fp16 int8 tdp (H100 whitepaper: 989.4 dense FP16 tensor, 700 W SXM5)"
                ),
            },
            Source {
                url: ML_ENG_NET,
                covers: text!("interconnect (NVLink4: 450 GB/s per direction)"),
            },
        ],
        notes: text!(
            "fp16 = 989.4 dense FP16 tensor (1978.9 sparse), int8 = 1978.9 dense; NVLink4 900 GB/s total -> 450 per direction; pcie_gen = host link (Gen5 x16); price not found"
        ),
    },
    HardwareEntry {
        id: "h100-nvl",
        name: "NVIDIA H100 NVL 94GB",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(94.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(3900.0),
            fp16: Some(FlopsPerSecond::from_tflops(835.5)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(1670.5)),
            tdp: Some(Watts::new(400.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(300.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2023),
        sources: &[
            Source {
                url: text!("https://www.nvidia.com/en-us/data-center/h100/"),
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (H100 NVL: 94 GB, 3.9 TB/s, FP16 1,671* and INT8 3,341* with sparsity, 350-400 W configurable)"
                ),
            },
            Source {
                url: text!("https://www.aiminingco.com/gpu/h100-nvl/specs"),
                covers: text!("interconnect (NVLink bridge 600 GB/s bidirectional)"),
            },
            Source {
                url: text!("https://grokipedia.com/page/210100120"),
                covers: text!("PCIe 5.0 x16"),
            },
        ],
        notes: text!(
            "NVIDIA's figures are sparse (asterisked): fp16 = 1671/2 = 835.5 dense FP16 tensor, int8 = 3341/2 = 1670.5 dense; tdp = upper end of 350-400 W; NVLink bridge 600 GB/s bidirectional -> 300 per direction; price not found"
        ),
    },
    HardwareEntry {
        id: "h200",
        name: "NVIDIA H200 SXM 141GB",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(141.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(4800.0),
            fp16: Some(FlopsPerSecond::from_tflops(989.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(1979.0)),
            tdp: Some(Watts::new(700.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(450.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: ML_ENG_ACCEL,
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (H200 SXM: 141 GB, 4.8 TB/s, 989 / 1979 dense, 700 W)"
                ),
            },
            Source {
                url: ML_ENG_NET,
                covers: text!(
                    "interconnect (NVLink4: 450 GB/s per direction; H200 SXM on PCIe Gen5)"
                ),
            },
            Source {
                url: text!("https://www.aiminingco.com/gpu/h200/specs"),
                covers: text!("memory bandwidth interconnect (H200 specs)"),
            },
        ],
        notes: text!(
            "SXM part (DGX/HGX H200); fp16 = 989 dense FP16 tensor, int8 = 1979 dense (same GH100 compute as H100 SXM); NVLink4 900 GB/s total -> 450 per direction; pcie_gen = host link (Gen5 x16); price not found"
        ),
    },
    // ---------------- Datacenter: Blackwell ----------------
    HardwareEntry {
        id: "b200",
        name: "NVIDIA B200 180GB",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(180.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(8000.0),
            fp16: Some(FlopsPerSecond::from_tflops(2250.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(4500.0)),
            tdp: Some(Watts::new(1000.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 5,
                pcie_lanes: 16,
                nvlink: Some(BytesPerSecond::from_gbs(900.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: ML_ENG_ACCEL,
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (B200: 180 GB, 8 TB/s, 2250 dense FP16, 4500 dense INT8, 1000 W)"
                ),
            },
            Source {
                url: GK_B200,
                covers: text!(
                    "fp16 int8 tdp interconnect (HGX B200 2250 / 4500 dense; 1000 W; NVLink5 900 + 900 GB/s; PCIe Gen6 capable)"
                ),
            },
            Source {
                url: ML_ENG_NET,
                covers: text!(
                    "interconnect (NVLink5: 900 GB/s per direction; shipping hosts attach at PCIe Gen5 x16)"
                ),
            },
        ],
        notes: text!(
            "memory 180 GB is NVIDIA's usable figure (192 GB physical); some HGX datasheets give 7.7 TB/s; fp16 = 2250 dense FP16 tensor (4500 sparse), int8 = 4500 dense; NVLink5 1800 GB/s total -> 900 per direction; pcie_gen 5 = host link in shipping systems (the GPU supports Gen6); price not found"
        ),
    },
    HardwareEntry {
        id: "gb200",
        name: "NVIDIA GB200 (per Blackwell GPU, GB200 NVL72)",
        tier: Tier::Datacenter,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Gpu,
            memory: Bytes::from_gb(186.0),
            memory_type: MemoryType::Hbm,
            bandwidth: BytesPerSecond::from_gbs(8000.0),
            fp16: Some(FlopsPerSecond::from_tflops(2500.0)),
            fp16_is_fp32_accumulate: false,
            int8: Some(FlopsPerSecond::from_tflops(5000.0)),
            tdp: Some(Watts::new(1200.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: Some(BytesPerSecond::from_gbs(900.0)),
            },
            memory_rule: MemoryRule::Dedicated,
        },
        price: None,
        year: Some(2024),
        sources: &[
            Source {
                url: ML_ENG_ACCEL,
                covers: text!(
                    "memory bandwidth fp16 int8 tdp (GB200: 186 GB per GPU, 8 TB/s, 2500 dense FP16, 5000 dense INT8, 1200 W)"
                ),
            },
            Source {
                url: GK_B200,
                covers: text!(
                    "fp16 int8 tdp interconnect (GB200 2500 / 5000 dense at 1200 W; NVLink5 900 + 900 GB/s)"
                ),
            },
            Source {
                url: ML_ENG_NET,
                covers: text!("interconnect (NVLink5: 900 GB/s per direction)"),
            },
        ],
        notes: text!(
            "one Blackwell GPU of a GB200 superchip; 186 GB per ml-engineering (TRT-LLM docs say 192 GB physical); fp16/int8 dense; NVLink5 1800 GB/s total -> 900 per direction; attached to Grace over NVLink-C2C, not PCIe (pcie_gen 0); price not found"
        ),
    },
    // ---------------- SoC ----------------
    HardwareEntry {
        id: "dgx-spark",
        name: "NVIDIA DGX Spark (GB10)",
        tier: Tier::Workstation,
        spec: DeviceSpec {
            vendor: Vendor::Nvidia,
            kind: DeviceKind::Unified,
            memory: Bytes::from_gb(128.0),
            memory_type: MemoryType::Lpddr,
            bandwidth: BytesPerSecond::from_gbs(273.0),
            fp16: None,
            fp16_is_fp32_accumulate: false,
            int8: None,
            tdp: Some(Watts::new(140.0)),
            idle: None,
            interconnect: Interconnect {
                pcie_gen: 0,
                pcie_lanes: 0,
                nvlink: None,
            },
            memory_rule: MemoryRule::SharedWithOs,
        },
        price: Some(Price {
            usd: 3999.0,
            date: "2025-10",
            kind: "launch",
        }),
        year: Some(2025),
        sources: &[
            Source {
                url: text!("https://ai-infrastructure.net/dgx-spark/"),
                covers: text!(
                    "memory bandwidth tdp price (128 GB LPDDR5x unified, 273 GB/s, ~140 W GB10 TDP, $3,999 Founders Edition)"
                ),
            },
            Source {
                url: text!("https://dgx-spark.warehack.ing/hardware/"),
                covers: text!(
                    "memory bandwidth (GB10; 1 PFLOP FP4 with sparsity only; NVLink-C2C; ConnectX-7)"
                ),
            },
            Source {
                url: text!(
                    "https://meterpreter.org/a-supercomputer-on-your-desk-nvidia-unveils-the-dgx-spark-ai-superchip"
                ),
                covers: text!("memory bandwidth tdp (273 GB/s, 140 W)"),
            },
        ],
        notes: text!(
            "GB10 SoC with 128 GB unified LPDDR5x shared with the OS; tdp = GB10 SoC (~140 W; system PSU 240 W); fp16 and int8 not found (NVIDIA gives only 1 PFLOP FP4 with sparsity); peer link is ConnectX-7 networking, not NVLink; earlier announced from $2,999"
        ),
    },
];
