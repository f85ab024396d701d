//! A small, correctly rounded decimal-string → `f64` parser.
//!
//! `str::parse::<f64>` links core's Eisel-Lemire table (10 KB of powers of five) and
//! about 5 KB of code into the web build; [`parse_f64`] gives the same bits for every
//! input it accepts in about 2 KB of wasm and no tables: Clinger's fast path for short
//! exact inputs, and otherwise a floating-point estimate corrected one ulp at a time by
//! exact big-integer comparisons with the halfway points.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Significant digits kept exactly; any further nonzero digits become one sticky `1`.
/// A halfway point between two `f64`s has at most 768 significant digits, so digits past
/// this never change which side of one a value falls on.
const MAX_DIGITS: usize = 800;

/// Parses a decimal number into the `f64` nearest to it (ties to even), bit-identical to
/// `s.parse::<f64>()` for every input it accepts.
///
/// Accepts an optional `+` or `-`, digits with at most one `.` (at least one digit on
/// either side: `1.`, `.5` and `1.5` are fine), then an optional exponent: `e` or `E`,
/// an optional sign and at least one digit. Returns `None` for anything else, including
/// whitespace and the `inf`/`infinity`/`nan` spellings core also accepts. Values too large
/// for an `f64` give an infinity and values too small a (signed) zero, as in core.
pub fn parse_f64(s: &str) -> Option<f64> {
    let (neg, rest) = split_sign(s.as_bytes());
    let at = rest
        .iter()
        .position(|&c| c | 0x20 == b'e')
        .unwrap_or(rest.len());
    let (mant, ex) = rest.split_at_checked(at)?;

    // The mantissa: digits and at most one dot.
    let mut digits = 0i64;
    let mut int_len = None;
    for &c in mant {
        if c == b'.' && int_len.is_none() {
            int_len = Some(digits);
        } else if c.is_ascii_digit() {
            digits += 1;
        } else {
            return None;
        }
    }
    if digits == 0 {
        return None;
    }

    // The exponent, saturated far beyond any value that matters.
    let mut exp = 0i64;
    if let Some((_, e)) = ex.split_first() {
        let (eneg, e) = split_sign(e);
        if e.is_empty() {
            return None;
        }
        for &c in e {
            if !c.is_ascii_digit() {
                return None;
            }
            if exp < 1 << 40 {
                exp = exp * 10 + i64::from(c - b'0');
            }
        }
        if eneg {
            exp = -exp;
        }
    }

    // The significant digits: from the first nonzero one to the last.
    let all = mant.iter().filter(|&&c| c != b'.').map(|&c| c - b'0');
    let (mut first, mut last) = (None, 0);
    for (i, d) in (0i64..).zip(all.clone()) {
        if d != 0 {
            first.get_or_insert(i);
            last = i;
        }
    }
    let sign = |x: f64| if neg { -x } else { x };
    let Some(first) = first else {
        return Some(sign(0.0));
    };
    let len = last - first + 1;
    // value = 0.<significant digits> × 10^dp, so 10^(dp-1) <= value < 10^dp.
    let dp = int_len.unwrap_or(digits) - first + exp;
    if dp > 309 {
        return Some(sign(f64::INFINITY));
    }
    if dp < -323 {
        return Some(sign(0.0));
    }
    let dp = dp as i32;
    let sig = all.skip(first as usize).take(len as usize);

    // Up to 19 leading digits in a u64: value ≈ w × 10^e10.
    let mut w = 0u64;
    for d in sig.clone().take(19) {
        w = w * 10 + u64::from(d);
    }
    let e10 = dp - len.min(19) as i32;
    // Clinger's fast path: w and 10^|e10| are exact f64s, so one rounding is exact.
    if len <= 19 && w <= 1 << 53 && (-22..=22).contains(&e10) {
        let p = pow10(e10.unsigned_abs());
        return Some(sign(if e10 < 0 { w as f64 / p } else { w as f64 * p }));
    }

    // An estimate within a few ulps (dividing first by the small power keeps every
    // intermediate but the last one normal).
    let mut z = w as f64;
    let r = e10.unsigned_abs();
    let p = pow10(r % 22);
    for i in 0..=r / 22 {
        let p = if i == 0 { p } else { 1e22 };
        if e10 < 0 { z /= p } else { z *= p }
    }
    let mut bits = z.min(f64::MAX).to_bits();

    // The exact value: x × 10^e, with x as a big integer.
    let mut x = Vec::new();
    let mut nd = 0;
    for d in sig.take(MAX_DIGITS) {
        mul_add(&mut x, 10, u32::from(d));
        nd += 1;
    }
    if len > MAX_DIGITS as i64 {
        mul_add(&mut x, 10, 1);
        nd += 1;
    }
    let e = dp - nd;
    if e > 0 {
        mul_pow5(&mut x, e.unsigned_abs());
    }

    // Step z by one ulp until the value lies between its two halfway points.
    loop {
        let (f, k) = parts(f64::from_bits(bits));
        let odd = f & 1 == 1;
        let up = cmp_half(&x, e, 2 * f + 1, k - 1);
        if up == Ordering::Greater || (up == Ordering::Equal && odd) {
            bits += 1;
            if bits == f64::INFINITY.to_bits() {
                break;
            }
            continue;
        }
        if f == 0 {
            break;
        }
        // At the bottom of a binade the lower neighbour is only half an ulp away.
        let down = if f == 1 << 52 && k > -1074 {
            cmp_half(&x, e, 4 * f - 1, k - 2)
        } else {
            cmp_half(&x, e, 2 * f - 1, k - 1)
        };
        if down == Ordering::Less || (down == Ordering::Equal && odd) {
            bits -= 1;
            continue;
        }
        break;
    }
    Some(sign(f64::from_bits(bits)))
}

/// An optional leading sign: (negative, the rest).
fn split_sign(b: &[u8]) -> (bool, &[u8]) {
    match b.split_first() {
        Some((b'-', r)) => (true, r),
        Some((b'+', r)) => (false, r),
        _ => (false, b),
    }
}

/// 10^n, exact for n <= 22.
fn pow10(n: u32) -> f64 {
    let mut p = 1.0;
    for _ in 0..n {
        p *= 10.0;
    }
    p
}

/// Compares x·10^e (x already multiplied by 5^e when e > 0) with m·2^h.
fn cmp_half(x: &[u32], e: i32, m: u64, h: i32) -> Ordering {
    let mut l = x.to_vec();
    let mut r = vec![m as u32];
    if m >> 32 != 0 {
        r.push((m >> 32) as u32);
    }
    if e < 0 {
        mul_pow5(&mut r, e.unsigned_abs());
    }
    let s = e - h;
    shl(if s > 0 { &mut l } else { &mut r }, s.unsigned_abs());
    l.len()
        .cmp(&r.len())
        .then_with(|| l.iter().rev().cmp(r.iter().rev()))
}

/// v = v·m + carry, on little-endian u32 limbs (no leading zero limbs in, none out).
fn mul_add(v: &mut Vec<u32>, m: u32, mut carry: u32) {
    for limb in v.iter_mut() {
        let t = u64::from(*limb) * u64::from(m) + u64::from(carry);
        *limb = t as u32;
        carry = (t >> 32) as u32;
    }
    if carry != 0 {
        v.push(carry);
    }
}

/// v = v·5^n.
fn mul_pow5(v: &mut Vec<u32>, mut n: u32) {
    while n > 0 {
        let k = n.min(13);
        mul_add(v, 5u32.pow(k), 0);
        n -= k;
    }
}

/// v = v·2^n.
fn shl(v: &mut Vec<u32>, n: u32) {
    mul_add(v, 1 << (n % 32), 0);
    v.splice(0..0, core::iter::repeat_n(0, (n / 32) as usize));
}

/// A finite, non-negative float as its integer significand `f` and binary exponent `k`:
/// `x = f x 2^k` exactly (subnormals have `k = -1074`).
pub fn parts(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = (bits >> 52) as i32;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    }
}
