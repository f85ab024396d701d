//! Typed quantities. Units appear only at the boundaries: construct with `from_*`
//! (SI and IEC constructors are distinct), read with `as_*`.
//!
//! Only the operators that mean something are implemented, for example
//! `Bytes / BytesPerSecond = Seconds` and `Watts * Seconds = Joules`.

use core::ops::{Add, AddAssign, Div, Mul, Sub};

macro_rules! quantity {
    ($(#[$m:meta])* $name:ident, $unit:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(transparent))]
        pub struct $name(f64);

        impl $name {
            /// Zero of this quantity.
            pub const ZERO: Self = Self(0.0);
            #[doc = concat!("From a raw value in ", $unit, ".")]
            pub const fn new(v: f64) -> Self {
                Self(v)
            }
            #[doc = concat!("The raw value in ", $unit, ".")]
            pub const fn get(self) -> f64 {
                self.0
            }
            /// The larger of two quantities.
            pub fn max(self, o: Self) -> Self {
                if o.0 > self.0 { o } else { self }
            }
            /// The smaller of two quantities.
            pub fn min(self, o: Self) -> Self {
                if o.0 < self.0 { o } else { self }
            }
            /// True when the value is finite.
            pub fn is_finite(self) -> bool {
                self.0.is_finite()
            }
        }
        impl Add for $name {
            type Output = Self;
            fn add(self, o: Self) -> Self {
                Self(self.0 + o.0)
            }
        }
        impl AddAssign for $name {
            fn add_assign(&mut self, o: Self) {
                self.0 += o.0;
            }
        }
        impl Sub for $name {
            type Output = Self;
            fn sub(self, o: Self) -> Self {
                Self(self.0 - o.0)
            }
        }
        impl Mul<f64> for $name {
            type Output = Self;
            fn mul(self, k: f64) -> Self {
                Self(self.0 * k)
            }
        }
        impl Div<f64> for $name {
            type Output = Self;
            fn div(self, k: f64) -> Self {
                Self(self.0 / k)
            }
        }
        impl Div for $name {
            type Output = f64;
            fn div(self, o: Self) -> f64 {
                self.0 / o.0
            }
        }
    };
}

quantity!(
    /// A number of bytes.
    Bytes, "bytes"
);
quantity!(
    /// Memory or link bandwidth.
    BytesPerSecond, "bytes per second"
);
quantity!(
    /// A count of floating-point (or integer) operations.
    Flops, "operations"
);
quantity!(
    /// Arithmetic throughput.
    FlopsPerSecond, "operations per second"
);
quantity!(
    /// A duration.
    Seconds, "seconds"
);
quantity!(
    /// Token throughput.
    TokensPerSecond, "tokens per second"
);
quantity!(
    /// Power.
    Watts, "watts"
);
quantity!(
    /// Energy.
    Joules, "joules"
);
quantity!(
    /// Electrical energy as billed.
    KilowattHours, "kilowatt-hours"
);
quantity!(
    /// Money, in US dollars.
    Usd, "US dollars"
);

const GB: f64 = 1e9;
const GIB: f64 = 1_073_741_824.0;

impl Bytes {
    /// From decimal gigabytes (10^9 bytes), as vendors print memory sizes.
    pub const fn from_gb(gb: f64) -> Self {
        Self(gb * GB)
    }
    /// From binary gibibytes (2^30 bytes), as llama.cpp prints file sizes.
    pub const fn from_gib(gib: f64) -> Self {
        Self(gib * GIB)
    }
    /// From binary mebibytes (2^20 bytes).
    pub const fn from_mib(mib: f64) -> Self {
        Self(mib * 1_048_576.0)
    }
    /// In decimal gigabytes.
    pub fn as_gb(self) -> f64 {
        self.0 / GB
    }
    /// In binary gibibytes.
    pub fn as_gib(self) -> f64 {
        self.0 / GIB
    }
}

impl BytesPerSecond {
    /// From decimal GB/s, as datasheets print bandwidth.
    pub const fn from_gbs(gbs: f64) -> Self {
        Self(gbs * GB)
    }
    /// In decimal GB/s.
    pub fn as_gbs(self) -> f64 {
        self.0 / GB
    }
}

impl FlopsPerSecond {
    /// From TFLOPS (10^12 operations per second).
    pub const fn from_tflops(t: f64) -> Self {
        Self(t * 1e12)
    }
    /// In TFLOPS.
    pub fn as_tflops(self) -> f64 {
        self.0 / 1e12
    }
}

impl Seconds {
    /// From milliseconds.
    pub const fn from_ms(ms: f64) -> Self {
        Self(ms * 1e-3)
    }
    /// In hours.
    pub fn as_hours(self) -> f64 {
        self.0 / 3600.0
    }
}

impl Div<BytesPerSecond> for Bytes {
    type Output = Seconds;
    fn div(self, bw: BytesPerSecond) -> Seconds {
        Seconds(self.0 / bw.0)
    }
}
/// The reciprocal of a rate: `$name` seconds per unit of `$amount`, from `$rate`, with
/// `$amount * $name = Seconds` and scaling by a factor.
macro_rules! pace {
    ($(#[$m:meta])* $name:ident, $rate:ident, $amount:ident, $unit:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
        pub struct $name(f64);

        impl $rate {
            #[doc = concat!("The time one ", $unit, " takes at this rate.")]
            pub fn pace(self) -> $name {
                $name(1.0 / self.0)
            }
        }
        impl Mul<$name> for $amount {
            type Output = Seconds;
            fn mul(self, p: $name) -> Seconds {
                Seconds(self.0 * p.0)
            }
        }
        impl Mul<f64> for $name {
            type Output = Self;
            fn mul(self, k: f64) -> Self {
                Self(self.0 * k)
            }
        }
    };
}

pace!(
    /// Seconds per byte: a bandwidth's reciprocal, taken once so that each transfer time
    /// after it is a multiplication. Divisions were the estimator's bottleneck: ten fewer
    /// per estimate made the sweep benchmark 4% faster (2026-12-05, DESIGN.md).
    SecondsPerByte,
    BytesPerSecond,
    Bytes,
    "byte"
);
pace!(
    /// Seconds per FLOP: a throughput's reciprocal ([`SecondsPerByte`] says why).
    SecondsPerFlop,
    FlopsPerSecond,
    Flops,
    "FLOP"
);
impl Mul<Seconds> for Watts {
    type Output = Joules;
    fn mul(self, s: Seconds) -> Joules {
        Joules(self.0 * s.0)
    }
}
impl Div<TokensPerSecond> for Watts {
    type Output = Joules;
    fn div(self, r: TokensPerSecond) -> Joules {
        Joules(self.0 / r.0)
    }
}
impl TokensPerSecond {
    /// One token every `s`.
    pub fn per_token(s: Seconds) -> Self {
        Self(1.0 / s.0)
    }
}
impl Watts {
    /// Energy drawn over `hours`.
    pub fn over_hours(self, hours: f64) -> KilowattHours {
        KilowattHours(self.0 * hours * 1e-3)
    }
}
impl Mul<Usd> for KilowattHours {
    type Output = Usd;
    /// kWh times a price per kWh.
    fn mul(self, per_kwh: Usd) -> Usd {
        Usd(self.0 * per_kwh.0)
    }
}
