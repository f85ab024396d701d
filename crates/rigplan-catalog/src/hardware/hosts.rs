//! The machine around a bare accelerator, when the user picks a device rather than a
//! complete system. These are modelling defaults, not catalog facts: each says where its
//! numbers come from, and `--power-w` / `--price-usd` override them.

use crate::types::Tier;
use rigplan_core::hardware::{DeviceKind, Host};
use rigplan_core::units::{Bytes, BytesPerSecond, Watts};

/// A named default host.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HostProfile {
    /// Short id shown in the output.
    pub id: &'static str,
    /// What it stands for.
    pub description: &'static str,
    /// The numbers.
    pub host: Host,
}

/// A desktop tower: 64 GB of dual-channel DDR5-5600 (2 channels x 8 bytes x 5600 MT/s =
/// 89.6 GB/s) and about 100 W for the rest of the system under load (seed `000`: "200-450
/// W per GPU + 100 W system"); 40 W idle for CPU, board and fans (assumption).
pub const DESKTOP: HostProfile = HostProfile {
    id: "desktop",
    description: "desktop tower, 64 GB dual-channel DDR5-5600, ~100 W platform",
    host: Host {
        ram: Bytes::from_gb(64.0),
        ram_bandwidth: BytesPerSecond::from_gbs(89.6),
        load_power: Watts::new(100.0),
        idle_power: Watts::new(40.0),
        price: None,
    },
};

/// A gaming laptop chassis: 32 GB dual-channel DDR5-5600 (89.6 GB/s), about 60 W for the
/// CPU and screen under load, 15 W idle (assumptions).
pub const LAPTOP: HostProfile = HostProfile {
    id: "laptop",
    description: "laptop, 32 GB dual-channel DDR5-5600, ~60 W platform",
    host: Host {
        ram: Bytes::from_gb(32.0),
        ram_bandwidth: BytesPerSecond::from_gbs(89.6),
        load_power: Watts::new(60.0),
        idle_power: Watts::new(15.0),
        price: None,
    },
};

/// A dual-socket server: 512 GB of 8-channel DDR4-3200 per socket (8 x 8 bytes x 3200
/// MT/s = 204.8 GB/s), about 400 W for CPUs, fans and NICs under load and 200 W idle
/// (assumptions).
pub const SERVER: HostProfile = HostProfile {
    id: "server",
    description: "server, 512 GB 8-channel DDR4-3200, ~400 W platform",
    host: Host {
        ram: Bytes::from_gb(512.0),
        ram_bandwidth: BytesPerSecond::from_gbs(204.8),
        load_power: Watts::new(400.0),
        idle_power: Watts::new(200.0),
        price: None,
    },
};

/// A unified-memory SoC is the whole machine: its TDP stands for the system.
pub const SOC: HostProfile = HostProfile {
    id: "soc",
    description: "the SoC is the machine (no separate RAM, no platform power added)",
    host: Host {
        ram: Bytes::ZERO,
        ram_bandwidth: BytesPerSecond::ZERO,
        load_power: Watts::ZERO,
        idle_power: Watts::ZERO,
        price: None,
    },
};

/// The default host for a bare device.
pub fn default_host(kind: DeviceKind, tier: Tier) -> &'static HostProfile {
    match (kind, tier) {
        (DeviceKind::Unified | DeviceKind::Cpu, _) => &SOC,
        (DeviceKind::Gpu, Tier::Laptop) => &LAPTOP,
        (DeviceKind::Gpu, Tier::Datacenter | Tier::Homelab) => &SERVER,
        (DeviceKind::Gpu, _) => &DESKTOP,
    }
}
