//! Which default host (`data/hosts.toml`) stands around a bare device.

use crate::generated::hosts::{DESKTOP, LAPTOP, SERVER, SOC};
use crate::types::{HostProfile, Tier};
use rigplan_core::hardware::DeviceKind;

/// The default host for a bare device: a unified or CPU device is the whole machine; a
/// GPU sits in a laptop, a server (datacenter and homelab tiers) or a desktop tower.
pub fn default_host(kind: DeviceKind, tier: Tier) -> &'static HostProfile {
    match (kind, tier) {
        (DeviceKind::Unified | DeviceKind::Cpu, _) => &SOC,
        (DeviceKind::Gpu, Tier::Laptop) => &LAPTOP,
        (DeviceKind::Gpu, Tier::Datacenter | Tier::Homelab) => &SERVER,
        (DeviceKind::Gpu, _) => &DESKTOP,
    }
}
