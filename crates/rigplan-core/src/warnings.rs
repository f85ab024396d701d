//! Warnings returned as data: odd-but-valid input never fails an estimate. The words for
//! people are the adapters' (`rigplan_scenario::present::warning`).

/// One warning. The discriminant is its bit in [`Warnings`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Warning {
    /// The context is longer than the model was trained for.
    ContextExceedsTrained = 0,
    /// The KV depth for the decode figure is beyond the allocated context.
    DepthExceedsContext,
    /// No calibration rows for this engine/backend: constants borrowed from the nearest.
    EfficiencyExtrapolated,
    /// No FLOPS figure for the device: prefill speed from a bandwidth ratio.
    PrefillPeakUnknown,
    /// No TDP for the device: power from a bandwidth ratio.
    TdpUnknown,
    /// No idle figure: idle power assumed as a share of TDP.
    IdleAssumed,
    /// No purchase price: the own-cost line starts at zero.
    PriceUnknown,
    /// Quantized KV cache needs flash attention in llama.cpp.
    KvQuantNeedsFlashAttention,
    /// Tensor parallel has no calibration rows: all-reduce costs are physics only.
    TensorParallelExtrapolated,
    /// Tensor parallel over PCIe on cards without NVLink.
    TensorParallelOverPcie,
    /// Part of the weights run from system RAM.
    Offloaded,
    /// The backend does not run on this vendor's hardware.
    BackendMismatch,
    /// The engine does not support this backend.
    EngineMismatch,
    /// The quant format is not one this engine loads.
    QuantEngineMismatch,
    /// Does not fit under macOS's default GPU memory cap, but would after raising
    /// `iogpu.wired_limit_mb`.
    RaiseWiredLimit,
    /// Multi-device on a machine that is a single SoC.
    MultiDeviceUnified,
    /// Split mode set with a single device.
    SplitIgnored,
    /// An input was outside its documented range and was clamped into it
    /// ([`crate::limits`]).
    InputClamped,
}

impl Warning {
    /// Every warning, in bit order.
    pub const ALL: [Warning; 18] = [
        Warning::ContextExceedsTrained,
        Warning::DepthExceedsContext,
        Warning::EfficiencyExtrapolated,
        Warning::PrefillPeakUnknown,
        Warning::TdpUnknown,
        Warning::IdleAssumed,
        Warning::PriceUnknown,
        Warning::KvQuantNeedsFlashAttention,
        Warning::TensorParallelExtrapolated,
        Warning::TensorParallelOverPcie,
        Warning::Offloaded,
        Warning::BackendMismatch,
        Warning::EngineMismatch,
        Warning::QuantEngineMismatch,
        Warning::RaiseWiredLimit,
        Warning::MultiDeviceUnified,
        Warning::SplitIgnored,
        Warning::InputClamped,
    ];

    /// Stable id.
    pub const fn id(self) -> &'static str {
        match self {
            Warning::ContextExceedsTrained => "context-exceeds-trained",
            Warning::DepthExceedsContext => "depth-exceeds-context",
            Warning::EfficiencyExtrapolated => "efficiency-extrapolated",
            Warning::PrefillPeakUnknown => "prefill-peak-unknown",
            Warning::TdpUnknown => "tdp-unknown",
            Warning::IdleAssumed => "idle-assumed",
            Warning::PriceUnknown => "price-unknown",
            Warning::KvQuantNeedsFlashAttention => "kv-quant-needs-flash-attention",
            Warning::TensorParallelExtrapolated => "tensor-parallel-extrapolated",
            Warning::TensorParallelOverPcie => "tensor-parallel-over-pcie",
            Warning::Offloaded => "offloaded",
            Warning::BackendMismatch => "backend-mismatch",
            Warning::EngineMismatch => "engine-mismatch",
            Warning::QuantEngineMismatch => "quant-engine-mismatch",
            Warning::RaiseWiredLimit => "raise-wired-limit",
            Warning::MultiDeviceUnified => "multi-device-unified",
            Warning::SplitIgnored => "split-ignored",
            Warning::InputClamped => "input-clamped",
        }
    }
}

/// A set of warnings (no allocation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub struct Warnings(u32);

impl Warnings {
    /// Adds a warning.
    pub fn add(&mut self, w: Warning) {
        self.0 |= 1 << (w as u8);
    }
    /// Adds a warning when `cond` holds.
    pub fn add_if(&mut self, cond: bool, w: Warning) {
        if cond {
            self.add(w);
        }
    }
    /// Whether `w` is in the set.
    pub fn has(&self, w: Warning) -> bool {
        self.0 & (1 << (w as u8)) != 0
    }
    /// The warnings, in bit order.
    pub fn iter(&self) -> impl Iterator<Item = Warning> + '_ {
        Warning::ALL.into_iter().filter(|w| self.has(*w))
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }
}
