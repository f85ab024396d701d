//! How numbers are shown, shared by the CLI and the app so both print the same digits.

use alloc::format;
use alloc::string::String;
use rigplan_core::units::{Bytes, Seconds, TokensPerSecond, Usd};

/// Three significant digits, no exponent (`1234` -> `1234`, `12.345` -> `12.3`,
/// `0.01234` -> `0.0123`).
pub fn sig3(v: f64) -> String {
    if !v.is_finite() {
        return String::from("-");
    }
    let a = v.abs();
    if a >= 100.0 || a == 0.0 {
        format!("{v:.0}")
    } else if a >= 10.0 {
        format!("{v:.1}")
    } else if a >= 1.0 {
        format!("{v:.2}")
    } else if a >= 0.1 {
        format!("{v:.3}")
    } else {
        format!("{v:.4}")
    }
}

/// Decimal gigabytes with one decimal: `42.5 GB`.
pub fn gb(b: Bytes) -> String {
    format!("{:.1} GB", b.as_gb())
}

/// Tokens per second: `131 tok/s`.
pub fn tps(t: TokensPerSecond) -> String {
    format!("{} tok/s", sig3(t.get()))
}

/// Seconds with a unit that fits: `85 ms`, `1.23 s`, `2.5 min`.
pub fn seconds(s: Seconds) -> String {
    let v = s.get();
    if v < 1.0 {
        format!("{} ms", sig3(v * 1000.0))
    } else if v < 120.0 {
        format!("{} s", sig3(v))
    } else {
        format!("{} min", sig3(v / 60.0))
    }
}

/// Dollars with thousands separators: `$12,345`; cents below $100.
pub fn usd(u: Usd) -> String {
    let v = u.get();
    if !v.is_finite() {
        return String::from("-");
    }
    if v.abs() < 100.0 {
        return format!("${v:.2}");
    }
    let whole = format!("{:.0}", v.abs());
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{}${out}", if v < 0.0 { "-" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(sig3(131.4), "131");
        assert_eq!(sig3(12.345), "12.3");
        assert_eq!(sig3(0.01234), "0.0123");
        assert_eq!(usd(Usd::new(1_234_567.4)), "$1,234,567");
        assert_eq!(usd(Usd::new(12.5)), "$12.50");
        assert_eq!(seconds(Seconds::new(0.085)), "85.0 ms");
        assert_eq!(gb(Bytes::from_gb(42.46)), "42.5 GB");
    }
}
