//! Complete machines: N devices plus a platform.
//!
//! Power convention (see `rigplan_core::hardware::Host`): the estimator adds
//! `host.load_power` to `count x` the device's load share of its own TDP, and
//! `host.idle_power` to `count x` the device idle. Therefore:
//!
//! * Unified-memory machines (Apple, Strix Halo, Snapdragon X, DGX Spark) carry the
//!   WHOLE machine's max and idle draw in `host`; the device entry's `tdp` must not be
//!   added for them (the estimator knows `DeviceKind::Unified`). Their `host.ram` is zero:
//!   the RAM is the device memory.
//! * Discrete-GPU machines carry only the non-accelerator share (CPU, board, fans) in
//!   `host`, plus their system RAM and its peak bandwidth for offloaded layers.
//!
//! Figures that no source gives are marked ASSUMED in the entry's notes. The most common
//! one is the non-GPU idle draw of PC/server platforms: where no measurement was found it
//! is ASSUMED to be 20 % of the non-GPU load figure, a placeholder, not a measurement.
//! DDR bandwidths are theoretical peaks: MT/s x 8 bytes x populated channels.

use crate::types::{Price, Source, SystemEntry, Tier};
use rigplan_core::hardware::Host;
use rigplan_core::units::{Bytes, BytesPerSecond, Watts};

/// A platform with no separate RAM (unified memory): the whole machine's draw.
const fn unified(load_w: f64, idle_w: f64) -> Host {
    Host {
        ram: Bytes::ZERO,
        ram_bandwidth: BytesPerSecond::ZERO,
        load_power: Watts::new(load_w),
        idle_power: Watts::new(idle_w),
        price: None,
    }
}

/// A platform around discrete accelerators: system RAM, its peak bandwidth, and the
/// non-accelerator draw.
const fn discrete(ram_gb: f64, ram_gbs: f64, load_w: f64, idle_w: f64) -> Host {
    Host {
        ram: Bytes::from_gb(ram_gb),
        ram_bandwidth: BytesPerSecond::from_gbs(ram_gbs),
        load_power: Watts::new(load_w),
        idle_power: Watts::new(idle_w),
        price: None,
    }
}

// ---------------------------------------------------------------------------------------
// Shared sources.
// ---------------------------------------------------------------------------------------

/// Apple's measured wall power for Mac Studio (2025 and 2023 rows).
const APPLE_MAC_STUDIO_POWER: Source = Source {
    url: text!("https://support.apple.com/en-us/102027"),
    covers: text!(
        "platform idle: wall power incl. PSU losses, 'Max' = compute-intensive test. \
             Mac Studio (2025) M3 Ultra 32C CPU/80C GPU 512GB: idle 9 W, max 270 W; \
             Mac Studio (2025) M4 Max 14C/32C 36GB: idle 6 W, max 145 W; \
             Mac Studio (2023) M2 Ultra 24C/76C 192GB: idle 10 W, max 295 W"
    ),
};

/// Apple's measured wall power for Mac mini.
const APPLE_MAC_MINI_POWER: Source = Source {
    url: text!("https://support.apple.com/en-us/103253"),
    covers: text!(
        "platform idle: Mac mini (2024) M4 idle 4 W / max 65 W; M4 Pro idle 5 W / max 140 W \
             (wall power, Apple's compute-intensive max test)"
    ),
};

/// A generic AM5 desktop host: Ryzen 9 9950X, dual-channel DDR5-5600.
const AM5_9950X: Source = Source {
    url: text!(
        "https://notebookcheck.com/AMD-Ryzen-9-9950X-Prozessor-Benchmarks-und-Specs.901784.0.html"
    ),
    covers: text!("platform ram: Ryzen 9 9950X 170 W TDP, DDR5 up to 5600 MT/s"),
};
const AM5_DUAL_CHANNEL: Source = Source {
    url: text!("https://timdobbs.substack.com/p/the-amd-ryzen-9-9950x-cpu"),
    covers: text!(
        "ram: Ryzen 9 9950X memory support dual-channel DDR5-5600 (2 x 64-bit channels, \
             5600 MT/s x 8 B x 2 = 89.6 GB/s); platform: TDP 170 W"
    ),
};

/// Threadripper PRO 5995WX platform (WRX80): 8-channel DDR4-3200, 280 W.
const TR_PRO_5995WX: Source = Source {
    url: text!("https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-pro-5995wx"),
    covers: text!(
        "platform ram: Threadripper PRO 5995WX, 64 cores, default TDP 280 W, 8 memory \
             channels DDR4-3200 (8 x 3200 MT/s x 8 B = 204.8 GB/s) (vendor page not re-read in \
             this session)"
    ),
};
const TR_PRO_CHANNELS: Source = Source {
    url: text!(
        "https://www.sweclockers.com/nyhet/33442-amd-bekraftar-ryzen-threadripper-pro-5000-med-upp-till-64-karnor-zen-3"
    ),
    covers: text!(
        "ram: Threadripper PRO 5000WX has eight DDR4 memory channels and 128 PCIe 4.0 lanes"
    ),
};

/// DGX GPU TDPs used to split a DGX's system maximum into GPU and non-GPU shares.
const DGX_GPU_TDPS: Source = Source {
    url: text!("https://pricegpu.pages.dev/blog/h100-vs-a100-cloud-price"),
    covers: text!("platform: derivation inputs A100 SXM 80GB TDP 400 W, H100 SXM 80GB TDP 700 W"),
};
const B200_TDP: Source = Source {
    url: text!("https://glennklockwood.com/garden/processors/B200"),
    covers: text!("platform: derivation input B200 (HGX) 1000 W maximum"),
};

/// tinybox documentation in the tinygrad repository.
const TINYBOX_DOCS: Source = Source {
    url: text!("https://docs.tinygrad.org/tinybox/"),
    covers: text!(
        "platform: tinybox (v1 chassis) has two 1600 W PSUs; 'sudo power-limit 150' per GPU \
             to run from one 120 V 15 A outlet; needs 120 V 30 A or 220 V 20 A on one circuit"
    ),
};

/// tiny corp's own v1 spec table (tinygrad.org), transcribed in a public repository.
const TINYBOX_V1_SPECS: Source = Source {
    url: text!("https://tinygrad.org/#tinybox"),
    covers: text!(
        "ram platform: v1 spec table: red = 32 core AMD EPYC, 128 GB system RAM, 204.8 GB/s \
             system RAM bandwidth, 2x 1600 W PSU; pro = 2x AMD GENOA, 384 GB, 921.6 GB/s, \
             4x 2000 W 200 V+ (read via a transcription of the table in a public GitHub repo)"
    ),
};

/// tiny corp's v2 lineup as listed on tinygrad.org in early 2026 (transcribed).
const TINYBOX_V2_SITE: Source = Source {
    url: text!("https://tinygrad.org/#tinybox"),
    covers: text!(
        "price memory ram: red v2 $12,000, 4x RX 9070 XT, 64 GB GPU RAM, 32-core AMD EPYC, \
             128 GB system RAM; green v2 $65,000, 4x RTX PRO 6000 Blackwell, 384 GB GPU RAM, \
             32-core AMD GENOA, 192 GB system RAM (site as of ~2026-03, read via transcription)"
    ),
};

// ---------------------------------------------------------------------------------------
// The catalog.
// ---------------------------------------------------------------------------------------

/// System presets.
pub const SYSTEMS: &[SystemEntry] = &[
    // ----------------------------------------------------------------- Apple desktops
    SystemEntry {
        id: "mac-studio-m3-ultra-512gb",
        name: "Mac Studio (2025), M3 Ultra 32-core CPU / 80-core GPU, 512 GB",
        tier: Tier::Laptop,
        device: "apple-m3-ultra-80c",
        count: 1,
        memory_gb: Some(512.0),
        host: unified(270.0, 9.0),
        price: None,
        sources: &[
            APPLE_MAC_STUDIO_POWER,
            Source {
                url: text!("https://www.apple.com/mac-studio/specs/"),
                covers: text!(
                    "memory platform: M3 Ultra configurable to 512GB unified memory; \
                         'Maximum continuous power: 480W' (PSU rating, not consumption)"
                ),
            },
            Source {
                url: text!(
                    "https://zupnews.com/apple/new-mac-studio-spans-the-generations-with-m4-max-m3-ultra-chips-six-colors"
                ),
                covers: text!(
                    "M3 Ultra Mac Studio starts at $3,999 (28-core CPU / 60-core GPU, 96 GB): not this configuration"
                ),
            },
            Source {
                url: text!(
                    "https://www.mrlatte.net/en/stories/2026/03/08/apple-s-512gb-mac-studio-vanishes-a-quiet-acknowledgment-of"
                ),
                covers: text!(
                    "memory price: the 512GB option was removed from Apple's store in March 2026"
                ),
            },
        ],
        notes: text!(
            "PRICE NOT FOUND: no source for the 80-core / 512 GB configuration was found (the \
                line starts at $3,999 for 60-core / 96 GB); pass --price-usd. Unified memory: host.load_power/idle_power are the whole machine (Apple's measured \
                wall max 270 W and idle 9 W for exactly this 32C/80C/512GB configuration); the \
                device entry's tdp is NOT added. The 480 W 'maximum continuous power' on the spec \
                page is the PSU rating, not a draw. The 512 GB option was withdrawn in March 2026."
        ),
    },
    SystemEntry {
        id: "mac-studio-m4-max-128gb",
        name: "Mac Studio (2025), M4 Max 16-core CPU / 40-core GPU, 128 GB",
        tier: Tier::Laptop,
        device: "apple-m4-max-40c",
        count: 1,
        memory_gb: Some(128.0),
        host: unified(145.0, 6.0),
        price: None,
        sources: &[
            APPLE_MAC_STUDIO_POWER,
            Source {
                url: text!("https://www.apple.com/mac-studio/specs/"),
                covers: text!(
                    "memory: M4 Max Mac Studio configurable up to 128GB unified memory \
                         (128GB requires the 16-core CPU / 40-core GPU M4 Max)"
                ),
            },
            Source {
                url: text!(
                    "https://www.tomshardware.com/desktops/apple-quietly-axes-128gb-mac-studio-amid-supply-constraints-and-local-ai-frenzy-highest-memory-capacity-reduced-to-96gb-two-months-after-discontinuati"
                ),
                covers: text!(
                    "memory price: 128GB Mac Studio option later withdrawn by Apple (2026)"
                ),
            },
        ],
        notes: text!(
            "Unified memory: whole-machine power in host; device tdp NOT added. Apple publishes \
                wall power only for the 14C CPU / 32C GPU / 36 GB M4 Max (idle 6 W, max 145 W); \
                that row is used as a proxy for this 16C/40C/128 GB configuration and likely \
                understates its max. Price not found in a USD source (a review lists EUR 4,674 \
                for 16C/40C/128GB/1TB); left blank."
        ),
    },
    SystemEntry {
        id: "mac-studio-m2-ultra-192gb",
        name: "Mac Studio (2023), M2 Ultra 24-core CPU / 76-core GPU, 192 GB",
        tier: Tier::Laptop,
        device: "apple-m2-ultra-76c",
        count: 1,
        memory_gb: Some(192.0),
        host: unified(295.0, 10.0),
        price: None,
        sources: &[APPLE_MAC_STUDIO_POWER],
        notes: text!(
            "Unified memory: whole-machine power in host (Apple's measured wall figures for \
                exactly this 24C/76C/192GB configuration: idle 10 W, max 295 W); device tdp NOT \
                added. Launch price of this configuration not found in a source; left blank."
        ),
    },
    SystemEntry {
        id: "mac-mini-m4-pro-64gb",
        name: "Mac mini (2024), M4 Pro 14-core CPU / 20-core GPU, 64 GB",
        tier: Tier::Laptop,
        device: "apple-m4-pro-20c",
        count: 1,
        memory_gb: Some(64.0),
        host: unified(140.0, 5.0),
        price: None,
        sources: &[
            APPLE_MAC_MINI_POWER,
            Source {
                url: text!("https://www.apple.com/mac-mini/specs/"),
                covers: text!(
                    "memory: M4 Pro Mac mini configurable to 64GB unified memory (20-core GPU \
                         with the 14-core CPU M4 Pro)"
                ),
            },
        ],
        notes: text!(
            "Unified memory: whole-machine power in host (Apple's M4 Pro Mac mini wall figures: \
                idle 5 W, max 140 W; Apple does not say which M4 Pro configuration was measured); \
                device tdp NOT added. Price of the 64 GB configuration not found in a source."
        ),
    },
    // ----------------------------------------------------------------- Apple laptops
    SystemEntry {
        id: "macbook-pro-16-m4-max-128gb",
        name: "MacBook Pro 16-inch (2024), M4 Max 16-core CPU / 40-core GPU, 128 GB",
        tier: Tier::Laptop,
        device: "apple-m4-max-40c",
        count: 1,
        memory_gb: Some(128.0),
        host: unified(140.0, 6.0),
        price: Some(Price {
            usd: 4999.0,
            date: "2024-10",
            kind: "launch",
        }),
        sources: &[
            Source {
                url: text!("https://support.apple.com/en-us/121554"),
                covers: text!(
                    "memory platform: MacBook Pro (16-inch, 2024) tech specs: M4 Max 16-core CPU \
                         / 40-core GPU up to 128GB, 546GB/s; ships with the 140W USB-C Power Adapter"
                ),
            },
            Source {
                url: text!(
                    "https://trendingfeeds.info/here-s-our-first-look-at-the-all-new-macbook-pro-lineup-416171.html"
                ),
                covers: text!(
                    "price: M4 Max 16C/40C 48GB/1TB upwards of $4,000, or $5,000 with the maximum \
                         128 GB of RAM (launch coverage, Oct 2024)"
                ),
            },
            APPLE_MAC_STUDIO_POWER,
        ],
        notes: text!(
            "Unified memory: whole-machine figures in host; device tdp NOT added. Apple publishes \
                no measured max/idle for notebooks. load_power = 140 W is the supplied adapter's \
                rating (an upper bound at the wall while plugged in; the battery can briefly add \
                more). idle_power = 6 W is ASSUMED from Apple's measured idle of the M4 Max Mac \
                Studio (same chip family), display power excluded. Price: reported as ~$5,000 at \
                launch ($3,999 for 48 GB + the 128 GB upgrade); entered as $4,999."
        ),
    },
    SystemEntry {
        id: "macbook-air-15-m4-16gb",
        name: "MacBook Air 15-inch (2025), M4 10-core CPU / 10-core GPU, 16 GB",
        tier: Tier::Laptop,
        device: "apple-m4-10c",
        count: 1,
        memory_gb: Some(16.0),
        host: unified(35.0, 4.0),
        price: Some(Price {
            usd: 1199.0,
            date: "2025-03",
            kind: "launch",
        }),
        sources: &[
            Source {
                url: text!("https://www.apple.com/macbook-air/specs/"),
                covers: text!(
                    "memory price platform: MacBook Air 15-inch M4 (10-core CPU, 10-core GPU), \
                         16GB unified memory base, from $1,199 at the March 2025 launch, ships with the \
                         35W Dual USB-C Port Compact Power Adapter"
                ),
            },
            APPLE_MAC_MINI_POWER,
        ],
        notes: text!(
            "Unified memory: whole-machine figures in host; device tdp NOT added. Fanless: \
                sustained inference throttles. load_power = 35 W is the adapter rating (upper \
                bound while plugged in). idle_power = 4 W is ASSUMED from Apple's measured idle of \
                the M4 Mac mini (same chip). 24 GB and 32 GB configurations exist at higher prices."
        ),
    },
    // ----------------------------------------------------------------- consumer desktops
    SystemEntry {
        id: "rtx-5090-desktop",
        name: "RTX 5090 desktop (Ryzen 9 9950X, 64 GB DDR5-5600 dual channel)",
        tier: Tier::Consumer,
        device: "rtx-5090",
        count: 1,
        memory_gb: None,
        host: discrete(64.0, 89.6, 170.0, 34.0),
        price: None,
        sources: &[AM5_9950X, AM5_DUAL_CHANNEL],
        notes: text!(
            "Reference build (the seed names Alienware Aurora R16 / HP OMEN 45L / Legion Tower \
                7i prebuilts; none gives a consumption figure). host.load_power = 170 W = Ryzen 9 \
                9950X TDP only: board, drives, fans and PSU losses are NOT included, so it is a \
                lower bound. RAM 64 GB is a chosen configuration; bandwidth = 5600 MT/s x 8 B x 2 \
                channels = 89.6 GB/s. idle_power 34 W ASSUMED (20 % rule). No whole-system price \
                source; the GPU's own price lives in the device entry."
        ),
    },
    SystemEntry {
        id: "rtx-4090-desktop",
        name: "RTX 4090 desktop (Ryzen 9 9950X, 64 GB DDR5-5600 dual channel)",
        tier: Tier::Consumer,
        device: "rtx-4090",
        count: 1,
        memory_gb: None,
        host: discrete(64.0, 89.6, 170.0, 34.0),
        price: None,
        sources: &[AM5_9950X, AM5_DUAL_CHANNEL],
        notes: text!(
            "Reference build. host.load_power = 170 W = Ryzen 9 9950X TDP only (board, fans, PSU \
                losses not included: lower bound). RAM 64 GB chosen; 89.6 GB/s = DDR5-5600 x 2 \
                channels. idle_power 34 W ASSUMED (20 % rule). No whole-system price source."
        ),
    },
    SystemEntry {
        id: "2x-rtx-3090-desktop",
        name: "2x RTX 3090 desktop (Ryzen 9 9950X, 128 GB DDR5 dual channel, PCIe split)",
        tier: Tier::Workstation,
        device: "rtx-3090",
        count: 2,
        memory_gb: None,
        host: discrete(128.0, 89.6, 170.0, 34.0),
        price: None,
        sources: &[AM5_9950X, AM5_DUAL_CHANNEL],
        notes: text!(
            "Reference build on AM5 (x8/x8 PCIe 5.0 slots on the CPU; the 3090s link at PCIe 4.0 \
                x8). RTX 3090 pairs can use an NVLink bridge, but llama.cpp's default layer split \
                does not need it. host.load_power = 170 W CPU TDP only (lower bound). 128 GB chosen; \
                with 4 DIMMs (2 per channel) AM5 usually runs below DDR5-5600, so 89.6 GB/s is an \
                optimistic peak. idle_power 34 W ASSUMED (20 % rule). No price source."
        ),
    },
    SystemEntry {
        id: "2x-rtx-4090-desktop",
        name: "2x RTX 4090 desktop (Ryzen 9 9950X, 128 GB DDR5 dual channel, PCIe only)",
        tier: Tier::Workstation,
        device: "rtx-4090",
        count: 2,
        memory_gb: None,
        host: discrete(128.0, 89.6, 170.0, 34.0),
        price: None,
        sources: &[AM5_9950X, AM5_DUAL_CHANNEL],
        notes: text!(
            "Reference build; the RTX 4090 has no NVLink (seed 002's 'NVLink bridge' row is \
                wrong), so the cards talk over PCIe (x8/x8 on AM5). host.load_power = 170 W CPU TDP \
                only (lower bound). 128 GB chosen; 89.6 GB/s is the DDR5-5600 dual-channel peak, \
                optimistic with 2 DIMMs per channel. idle_power 34 W ASSUMED (20 % rule). No \
                price source; two 450 W cards plus the CPU exceed a 1000 W PSU's comfort zone."
        ),
    },
    // ----------------------------------------------------------------- homelab
    SystemEntry {
        id: "4x-rtx-3090-homelab",
        name: "4x RTX 3090 homelab (Threadripper PRO 5995WX, 256 GB DDR4-3200 8-channel)",
        tier: Tier::Homelab,
        device: "rtx-3090",
        count: 4,
        memory_gb: None,
        host: discrete(256.0, 204.8, 280.0, 56.0),
        price: None,
        sources: &[TR_PRO_5995WX, TR_PRO_CHANNELS],
        notes: text!(
            "Reference build on WRX80 so all four cards get x16 links. host.load_power = 280 W = \
                5995WX TDP only (lower bound). 256 GB as 8 x 32 GB fills all 8 channels: 8 x 3200 \
                MT/s x 8 B = 204.8 GB/s. idle_power 56 W ASSUMED (20 % rule). Four 350 W cards plus \
                the CPU need a 240 V circuit or two 120 V circuits. No price source."
        ),
    },
    SystemEntry {
        id: "tinybox-red-v2",
        name: "tiny corp tinybox red v2 (4x Radeon RX 9070 XT)",
        tier: Tier::Homelab,
        device: "rx-9070-xt",
        count: 4,
        memory_gb: None,
        host: discrete(128.0, 204.8, 280.0, 56.0),
        price: Some(Price {
            usd: 12000.0,
            date: "2026-03",
            kind: "street",
        }),
        sources: &[TINYBOX_V2_SITE, TINYBOX_V1_SPECS, TINYBOX_DOCS],
        notes: text!(
            "Price and configuration from tinygrad.org (seed 002's $10,000 is an older listing). \
                tiny corp names the CPU only as a '32-core AMD EPYC' with 128 GB: the same wording \
                as the v1 red, whose published system-RAM bandwidth is 204.8 GB/s; that figure is \
                ASSUMED to carry over. host.load_power 280 W is ASSUMED (no SKU or power figure \
                published for v2; 280 W is the top of 32-core EPYC TDPs), idle 56 W ASSUMED (20 % \
                rule). v2 PSU rating not found (v1: 2x 1600 W). Kind 'street' = vendor list price \
                observed on the site, not a launch MSRP."
        ),
    },
    SystemEntry {
        id: "tinybox-green-v2",
        name: "tiny corp tinybox green v2 (4x RTX PRO 6000 Blackwell)",
        tier: Tier::Homelab,
        device: "rtx-pro-6000-blackwell",
        count: 4,
        memory_gb: None,
        host: discrete(192.0, 460.8, 280.0, 56.0),
        price: Some(Price {
            usd: 65000.0,
            date: "2026-03",
            kind: "street",
        }),
        sources: &[
            TINYBOX_V2_SITE,
            TINYBOX_DOCS,
            Source {
                url: text!(
                    "https://github.com/tinygrad/tinygrad/commit/a03b930339bc1c44678da49b8a33d7f20616b239"
                ),
                covers: text!(
                    "platform: docs.tinygrad.org/tinybox text updated 2025-08-24 for 'green v2' \
                         (that text then said four 5090 GPUs; the product later shipped with 4x RTX \
                         PRO 6000 Blackwell per tinygrad.org)"
                ),
            },
        ],
        notes: text!(
            "Price $65,000 and '32-core AMD GENOA, 192 GB system RAM' from tinygrad.org (seed \
                002's $50,000 is an earlier listing). ram_bandwidth 460.8 GB/s is ASSUMED: Genoa's \
                12 channels x DDR5-4800 x 8 B, which requires all 12 channels populated (192 GB = \
                12 x 16 GB is consistent with that, but tiny corp does not say). host.load_power \
                280 W ASSUMED (no SKU published), idle 56 W ASSUMED (20 % rule). Four 600 W cards: \
                plan a 240 V circuit."
        ),
    },
    SystemEntry {
        id: "tinybox-pro-v2",
        name: "tiny corp tinybox pro v2 (8x RTX 5090, 5U rackable)",
        tier: Tier::Homelab,
        device: "rtx-5090",
        count: 8,
        memory_gb: None,
        host: discrete(384.0, 921.6, 560.0, 112.0),
        price: Some(Price {
            usd: 50000.0,
            date: "2025-11",
            kind: "launch",
        }),
        sources: &[
            Source {
                url: text!("https://tinycorp.myshopify.com/products/tinybox-pro-v2"),
                covers: text!(
                    "price: tinybox pro v2, 8x RTX 5090, 5U rackable workstation, $50,000, \
                         4-12 week shipping (order page opened Nov 2025, as reported)"
                ),
            },
            TINYBOX_V1_SPECS,
            TINYBOX_DOCS,
        ],
        notes: text!(
            "The RTX 5090 has no NVLink: all eight cards talk over PCIe. CPU/RAM of the v2 are \
                not published in the sources found; host RAM 384 GB and 921.6 GB/s are the v1 \
                tinybox pro's published figures (2x AMD Genoa), ASSUMED to carry over. \
                host.load_power 560 W ASSUMED (two sockets x 280 W), idle 112 W ASSUMED (20 % rule). \
                v1 pro used 4x 2000 W 200 V+ PSUs; eight 575 W cards need 240 V service."
        ),
    },
    // ----------------------------------------------------------------- workstations
    SystemEntry {
        id: "dell-precision-7960-rtx-6000-ada",
        name: "Dell Precision 7960 Tower (Xeon w7-3455, 256 GB DDR5-4800) + RTX 6000 Ada",
        tier: Tier::Workstation,
        device: "rtx-6000-ada",
        count: 1,
        memory_gb: None,
        host: discrete(256.0, 307.2, 270.0, 54.0),
        price: None,
        sources: &[
            Source {
                url: text!(
                    "https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=w7-3455"
                ),
                covers: text!(
                    "platform: Intel Xeon w7-3455, 24 cores, TDP 270 W (ARK not re-read in this session)"
                ),
            },
            Source {
                url: text!(
                    "https://www.heise.de/news/Sapphire-Rapids-fuer-Workstations-Intels-Xeon-Prozessoren-W3400-und-W2400-7516604.html"
                ),
                covers: text!(
                    "ram: Xeon W-3400 has eight DDR5 channels, DDR5-4800 with one RDIMM per \
                         channel, DDR5-4400 with two"
                ),
            },
        ],
        notes: text!(
            "Configuration chosen from the seed (Precision 7960, Xeon W, RTX 6000 Ada); the w7-3455 \
                is a CPU Dell offers in this tower. host.load_power = 270 W CPU TDP only (lower \
                bound). 256 GB as 8 x 32 GB RDIMMs (1 per channel): 8 x 4800 MT/s x 8 B = 307.2 \
                GB/s. idle_power 54 W ASSUMED (20 % rule). Seed 001's $15,000-30,000 range has no \
                source; price left blank."
        ),
    },
    SystemEntry {
        id: "hp-z8-g4-a100-80gb",
        name: "HP Z8 G4 (2x Xeon Gold 6248R, 384 GB DDR4-2933) + A100 80GB PCIe",
        tier: Tier::Workstation,
        device: "a100-80gb-pcie",
        count: 1,
        memory_gb: None,
        host: discrete(384.0, 281.6, 410.0, 82.0),
        price: None,
        sources: &[Source {
            url: text!(
                "https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=6248R"
            ),
            covers: text!(
                "platform ram: Intel Xeon Gold 6248R, 24 cores, TDP 205 W, 6 memory channels, \
                     DDR4-2933 (ARK not re-read in this session)"
            ),
        }],
        notes: text!(
            "Dual-socket configuration chosen from the seed (Z8 G4, dual Xeon Scalable, A100 80GB \
                PCIe). host.load_power = 2 x 205 W CPU TDP only (lower bound). 384 GB as 12 x 32 GB \
                (one DIMM per channel, 6 channels per socket): 12 x 2933 MT/s x 8 B = 281.6 GB/s \
                aggregate, but each socket sees half locally (NUMA). The Z8 G4 is a PCIe 3.0 \
                platform, so the A100 links at Gen3 x16. idle_power 82 W ASSUMED (20 % rule). The \
                seed's $5,000-12,000 range has no source; price left blank."
        ),
    },
    SystemEntry {
        id: "lenovo-p620-2x-rtx-a6000",
        name: "Lenovo ThinkStation P620 (Threadripper PRO 5995WX, 256 GB DDR4-3200) + 2x RTX A6000",
        tier: Tier::Workstation,
        device: "rtx-a6000",
        count: 2,
        memory_gb: None,
        host: discrete(256.0, 204.8, 280.0, 56.0),
        price: None,
        sources: &[TR_PRO_5995WX, TR_PRO_CHANNELS],
        notes: text!(
            "Configuration from seed 001's P620 thread (5995WX, 256 GB, 1000 W PSU, two A6000 \
                rather than two triple-slot 5090s). host.load_power = 280 W CPU TDP only (lower \
                bound); 2 x 300 W A6000 + CPU fits the 1000 W PSU. 256 GB as 8 x 32 GB fills the 8 \
                channels: 204.8 GB/s. The A6000 pair can use an NVLink bridge. idle_power 56 W \
                ASSUMED (20 % rule). The seed's $8,000-15,000 range has no source; left blank."
        ),
    },
    // ----------------------------------------------------------------- gaming laptop
    SystemEntry {
        id: "rog-strix-scar-18-rtx-5090-laptop",
        name: "ASUS ROG Strix SCAR 18 (2025), Core Ultra 9 275HX + RTX 5090 Laptop GPU 24 GB",
        tier: Tier::Laptop,
        device: "rtx-5090-laptop",
        count: 1,
        memory_gb: None,
        host: discrete(32.0, 89.6, 55.0, 11.0),
        price: None,
        sources: &[
            Source {
                url: text!(
                    "https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=275HX"
                ),
                covers: text!(
                    "platform ram: Intel Core Ultra 9 275HX processor base power 55 W (maximum \
                         turbo power 160 W), dual-channel DDR5 (vendor page not re-read in this \
                         session; figures from Intel's published spec)"
                ),
            },
            Source {
                url: text!("https://rog.asus.com/laptops/rog-strix/rog-strix-scar-18-2025/spec/"),
                covers: text!(
                    "ram platform: SCAR 18 (2025) with Core Ultra 9 275HX, RTX 5090 Laptop GPU, \
                         DDR5-5600 SO-DIMM x2 (up to 64 GB) (vendor page not re-read in this \
                         session; URL path unverified)"
                ),
            },
        ],
        notes: text!(
            "Discrete laptop GPU (24 GB, not the desktop 5090's 32 GB). host.load_power = 55 W, \
                the CPU's base power; under a GPU-bound load the laptop's shared power budget keeps \
                the CPU near it (it can burst to 160 W). RAM 32 GB chosen (64 GB option exists); \
                DDR5-5600 x 2 channels = 89.6 GB/s. idle_power 11 W ASSUMED (20 % rule). Sustained \
                inference throttles (seed 001). Price not found in a source (seed: $3,000-4,500)."
        ),
    },
    // ----------------------------------------------------------------- Strix Halo
    SystemEntry {
        id: "rog-flow-z13-ryzen-ai-max-395-128gb",
        name: "ASUS ROG Flow Z13 (2025), Ryzen AI Max+ 395, 128 GB",
        tier: Tier::Laptop,
        device: "ryzen-ai-max-plus-395",
        count: 1,
        memory_gb: Some(128.0),
        host: unified(120.0, 24.0),
        price: None,
        sources: &[
            Source {
                url: text!(
                    "https://www.comptoir-hardware.com/actus/processeurs/47986-lapu-strix-halo-decortique-et-teste--promesse-tenuen.html"
                ),
                covers: text!(
                    "platform: Ryzen AI Max+ 395, 16 cores, Radeon 8060S 40 CU, cTDP 45-120 W, \
                         up to 128 GB LPDDR5X unified; reviewed in the ROG Flow Z13 2025"
                ),
            },
            Source {
                url: text!("https://www.pcgamesn.com/asus/rog-z13-flow-2025-strix-halo-leak"),
                covers: text!(
                    "platform: Flow Z13 2025 thermal design targets (CPU ~30 W + GPU ~80 W)"
                ),
            },
        ],
        notes: text!(
            "Unified memory: whole-machine figures in host; device tdp NOT added. load_power = \
                120 W is the top of AMD's cTDP range for the SoC (SoC package, not wall power; the \
                tablet chassis typically sustains less and throttles, seed 001). idle_power 24 W \
                ASSUMED (20 % rule; no measurement found). Only up to 96 GB can be given to the GPU \
                via the BIOS carve-out by default (seed 001's setup gotcha). Price of the 128 GB \
                model not found in a source (seed gives $1,500-2,500 for Strix Halo machines)."
        ),
    },
    SystemEntry {
        id: "framework-desktop-ryzen-ai-max-395-128gb",
        name: "Framework Desktop, Ryzen AI Max+ 395, 128 GB",
        tier: Tier::Laptop,
        device: "ryzen-ai-max-plus-395",
        count: 1,
        memory_gb: Some(128.0),
        host: unified(120.0, 24.0),
        price: Some(Price {
            usd: 1999.0,
            date: "2025-02",
            kind: "launch",
        }),
        sources: &[
            Source {
                url: text!("https://matthewjayhunter.com/post/reviews/hardware/framework_desktop"),
                covers: text!(
                    "price memory: Ryzen AI Max+ 395 with 128GB LPDDR5X at $1,999 before \
                         storage, cooling and accessories"
                ),
            },
            Source {
                url: text!("https://frame.work/desktop"),
                covers: text!(
                    "price memory platform: Framework Desktop DIY Edition, 128 GB Max+ 395 \
                         mainboard, 400 W Flex ATX PSU (400 W PSU also reported by reviews)"
                ),
            },
            Source {
                url: text!("https://theaibench.ai/hardware/framework-desktop-strix-halo/"),
                covers: text!(
                    "platform: 45-120 W configurable SoC power, ~212 GB/s measured bandwidth"
                ),
            },
        ],
        notes: text!(
            "Unified memory: whole-machine figures in host; device tdp NOT added. load_power = \
                120 W is the SoC's top cTDP as configured by Framework (SoC package, excludes PSU \
                loss and fans; the PSU is rated 400 W). idle_power 24 W ASSUMED (20 % rule; no \
                measurement found). Price is the 128 GB DIY edition without SSD or OS."
        ),
    },
    // ----------------------------------------------------------------- Snapdragon
    SystemEntry {
        id: "dell-xps-13-9345-snapdragon-x-elite-64gb",
        name: "Dell XPS 13 9345, Snapdragon X Elite X1E-80-100, 64 GB LPDDR5X-8448",
        tier: Tier::Laptop,
        device: "snapdragon-x-elite",
        count: 1,
        memory_gb: Some(64.0),
        host: unified(60.0, 12.0),
        price: None,
        sources: &[Source {
            url: text!("https://www.dell.com/en-us/shop/dell-xps-13-laptop/spd/xps-13-9345-laptop"),
            covers: text!(
                "memory platform: XPS 13 9345 with Snapdragon X Elite X1E-80-100, 16/32/64 GB \
                     LPDDR5X 8448 MT/s, 60 W USB-C adapter (vendor page not re-read in this \
                     session; URL path unverified)"
            ),
        }],
        notes: text!(
            "One of the Snapdragon X Elite laptops seed 001 names (Surface Pro 11, Yoga Slim 7x, \
                XPS 13 9345) and one sold with 64 GB. Unified memory: whole-machine figures in host; \
                device tdp NOT added. load_power = 60 W is the adapter rating (upper bound), idle \
                12 W ASSUMED (20 % rule; no measurement found). Price of the 64 GB configuration \
                not found in a source (seed: $1,000-1,500 for 64 GB Snapdragon laptops)."
        ),
    },
    // ----------------------------------------------------------------- DGX Spark
    SystemEntry {
        id: "nvidia-dgx-spark",
        name: "NVIDIA DGX Spark (GB10, 128 GB)",
        tier: Tier::Laptop,
        device: "dgx-spark",
        count: 1,
        memory_gb: None,
        host: unified(240.0, 25.0),
        price: Some(Price {
            usd: 3999.0,
            date: "2025-10",
            kind: "launch",
        }),
        sources: &[
            Source {
                url: text!("https://ai-infrastructure.net/dgx-spark/"),
                covers: text!(
                    "price memory platform: 128 GB LPDDR5x unified, ~140 W GB10 SoC TDP, 240 W \
                         system PSU, $3,999 Founders Edition list (earlier announced from $2,999)"
                ),
            },
            Source {
                url: text!(
                    "https://www.tectack.org/2026/02/the-latest-dgx-spark-update-cuts-idle.html"
                ),
                covers: text!(
                    "idle: wall idle ~37 W before, ~25 W (display on) / ~22 W headless after the \
                         Feb 2026 ConnectX-7 hot-plug power-management update"
                ),
            },
            Source {
                url: text!("https://unanswered.io/guide/nvidia-dgx-power-consumption-watts"),
                covers: text!(
                    "platform idle: 240 W USB-C power brick; LLM inference typically 60-90 W \
                         at the wall; observed maximum approaches but stays below 240 W"
                ),
            },
        ],
        notes: text!(
            "Unified memory: whole-machine figures in host; device tdp NOT added. load_power = \
                240 W is the power brick's rating, an upper bound: measured LLM inference draws \
                60-90 W. idle_power = 25 W is the post-Feb-2026-update wall idle with a display. \
                NVIDIA announced a price change on 2026-02-23 (later retail ~$4,700); $3,999 is \
                the launch Founders Edition price."
        ),
    },
    // ----------------------------------------------------------------- DGX servers
    SystemEntry {
        id: "dgx-a100-640gb",
        name: "NVIDIA DGX A100 640GB (8x A100 80GB SXM4, 2x EPYC 7742)",
        tier: Tier::Datacenter,
        device: "a100-80gb-sxm",
        count: 8,
        memory_gb: None,
        host: discrete(2000.0, 409.6, 3300.0, 660.0),
        price: None,
        sources: &[
            Source {
                url: text!(
                    "https://docs.nvidia.com/dgx/dgxa100-user-guide/introduction-to-dgxa100.html"
                ),
                covers: text!(
                    "platform ram: DGX A100: 8x A100, 2x AMD EPYC 7742 (64 cores each), system \
                         power usage 6.5 kW max, 2 TB system memory on the 640GB model, six 3 kW PSUs"
                ),
            },
            Source {
                url: text!(
                    "https://www.hardwaretimes.com/nvidias-ampere-based-dgx-a100-servers-leverage-amd-epyc-rome-cpus-instead-of-intel-xeon/"
                ),
                covers: text!("platform: DGX A100 2x EPYC 7742, maximum power usage of 6.5 kW"),
            },
            Source {
                url: text!("https://pipedot.org/53G36"),
                covers: text!(
                    "price: the first DGX A100 (320 GB, 40 GB GPUs) launched at $199,000 (May 2020)"
                ),
            },
            DGX_GPU_TDPS,
        ],
        notes: text!(
            "host.load_power = 6,500 W system max - 8 x 400 W A100 SXM TDP = 3,300 W (CPUs, \
                NVSwitches, NICs, fans, drives and PSU losses at full load). RAM bandwidth: two \
                EPYC 7742 sockets x 8 channels DDR4-3200 = 409.6 GB/s theoretical. idle_power \
                660 W ASSUMED (20 % rule). The $199,000 launch price was for the 320 GB model; no \
                source gives the 640 GB model's price, left blank."
        ),
    },
    SystemEntry {
        id: "dgx-h100",
        name: "NVIDIA DGX H100 (8x H100 SXM5 80GB, 2x Xeon Platinum 8480C)",
        tier: Tier::Datacenter,
        device: "h100-sxm",
        count: 8,
        memory_gb: None,
        host: discrete(2000.0, 563.2, 4600.0, 920.0),
        price: None,
        sources: &[
            Source {
                url: text!(
                    "https://docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html"
                ),
                covers: text!(
                    "platform ram: DGX H100: 8x H100 SXM5, 2x Intel Xeon Platinum 8480C (56 \
                         cores each), 2 TB system memory, six 3.3 kW PSUs (4+2), 10.2 kW max"
                ),
            },
            Source {
                url: text!("https://unanswered.io/guide/nvidia-dgx-power-consumption-watts"),
                covers: text!(
                    "platform: DGX H100/H200 maximum system input 10.2 kW, six 3300 W PSUs"
                ),
            },
            Source {
                url: text!(
                    "https://www.heise.de/news/Sapphire-Rapids-fuer-Workstations-Intels-Xeon-Prozessoren-W3400-und-W2400-7516604.html"
                ),
                covers: text!(
                    "ram: Sapphire Rapids memory runs DDR5-4800 at one DIMM per channel, \
                         DDR5-4400 at two"
                ),
            },
            DGX_GPU_TDPS,
        ],
        notes: text!(
            "host.load_power = 10,200 W system max - 8 x 700 W H100 SXM TDP = 4,600 W. RAM \
                bandwidth: 2 sockets x 8 channels; the DIMM count and speed are not in the cited \
                source, so 563.2 GB/s ASSUMES two DIMMs per channel (DDR5-4400: 16 x 4400 MT/s x \
                8 B); with one DIMM per channel it would be 614.4 GB/s. idle_power 920 W ASSUMED (20 % rule). No list-price source found."
        ),
    },
    SystemEntry {
        id: "dgx-b200",
        name: "NVIDIA DGX B200 (8x B200, 1,440 GB HBM3e, 2x Xeon Platinum 8570)",
        tier: Tier::Datacenter,
        device: "b200",
        count: 8,
        memory_gb: Some(180.0),
        host: discrete(2000.0, 563.2, 6300.0, 1260.0),
        price: None,
        sources: &[
            Source {
                url: text!(
                    "https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html"
                ),
                covers: text!(
                    "memory platform ram: DGX B200: 8x B200 with 1,440 GB total GPU memory (180 \
                         GB each), 2x Intel Xeon 8570 (56 cores each), 2 TB system memory on 32 \
                         DIMMs, six 3.3 kW PSUs (5+1), 14.3 kW max at 200-240 V"
                ),
            },
            B200_TDP,
        ],
        notes: text!(
            "memory_gb = 180: NVIDIA's DGX B200 exposes 1,440 GB / 8 GPUs (the B200 package \
                carries 192 GB physically). host.load_power = 14,300 W system max - 8 x 1,000 W = \
                6,300 W. RAM bandwidth: 32 DIMMs over 16 channels (2 per channel) -> DDR5-4400 \
                assumed: 16 x 4400 x 8 B = 563.2 GB/s (derived; DIMM speed not stated). idle_power \
                1,260 W ASSUMED (20 % rule). No list-price source found."
        ),
    },
];
