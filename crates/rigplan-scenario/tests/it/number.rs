//! `number::parse_f64` against core's `str::parse::<f64>`, bit for bit (so the sign of
//! zero counts): formatted random floats, random decimal strings, exact halfway points
//! and hand-picked hard cases; and malformed inputs give `None`.

use proptest::prelude::*;
use rigplan_scenario::number::parse_f64;

/// `parse_f64(s)` has the same bits as core's parse, or both fail.
fn same(s: &str) -> Result<(), TestCaseError> {
    let want = s.parse::<f64>().ok().map(f64::to_bits);
    let got = parse_f64(s).map(f64::to_bits);
    prop_assert_eq!(got, want, "input {:?}", s);
    Ok(())
}

fn check(s: &str) {
    if let Err(e) = same(s) {
        panic!("{e}");
    }
}

/// Exact decimal digits of m·2^q, as "digits" or "digitse-N".
fn exact(m: u64, q: i32) -> String {
    // Little-endian base-10^9 limbs.
    let mut limbs = vec![m % 1_000_000_000, m / 1_000_000_000 % 1_000_000_000];
    limbs.push(m / 1_000_000_000_000_000_000);
    let (base, mut n) = if q >= 0 { (2u64, q) } else { (5, -q) };
    while n > 0 {
        let k = n.min(13);
        let factor = base.pow(k as u32);
        let mut carry = 0;
        for x in limbs.iter_mut() {
            let t = *x * factor + carry;
            *x = t % 1_000_000_000;
            carry = t / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push(carry % 1_000_000_000);
            carry /= 1_000_000_000;
        }
        n -= k;
    }
    let s: String = limbs.iter().rev().map(|x| format!("{x:09}")).collect();
    let s = s.trim_start_matches('0');
    if q >= 0 {
        s.to_string()
    } else {
        format!("{s}e{q}")
    }
}

/// The same digits as `exact` with the exponent moved into a decimal point.
fn with_point(s: &str) -> String {
    let Some((digits, e)) = s.split_once('e') else {
        return s.to_string();
    };
    let shift: usize = e.trim_start_matches('-').parse().unwrap();
    if shift < digits.len() {
        format!(
            "{}.{}",
            &digits[..digits.len() - shift],
            &digits[digits.len() - shift..]
        )
    } else {
        format!("0.{}{digits}", "0".repeat(shift - digits.len()))
    }
}

/// The halfway point above `x` (finite, non-negative), exactly: (2f+1)·2^(k-1).
fn halfway_above(x: f64) -> String {
    let (f, k) = rigplan_scenario::number::parts(x);
    exact(2 * f + 1, k - 1)
}

/// A halfway string, one just above it, one just below it, and one above it by a digit
/// so far out (past 1700 significant digits) that only a sticky digit keeps it.
fn around(half: &str) -> [String; 4] {
    let (digits, exp) = match half.split_once('e') {
        Some((d, e)) => (d, format!("e{e}")),
        None => (half, String::new()),
    };
    // Just below: decrement the digit string (it never ends in 0 for q < 0; for q >= 0
    // it is an integer, and subtracting one unit in the last place is still below).
    let mut below: Vec<u8> = digits.bytes().collect();
    for c in below.iter_mut().rev() {
        if *c == b'0' {
            *c = b'9';
        } else {
            *c -= 1;
            break;
        }
    }
    let below = String::from_utf8(below).unwrap();
    let e: i64 = exp.strip_prefix('e').map_or(0, |e| e.parse().unwrap());
    [
        half.to_string(),
        format!("{digits}0000000000000000000001e{}", e - 22),
        format!("{below}999999999999999999999e{}", e - 21),
        format!("{digits}{}1e{}", "0".repeat(900), e - 901),
    ]
}

#[test]
fn malformed() {
    for s in [
        "", "-", "+", ".", "-.", "e5", ".e5", "1e", "1e+", "1e-", "1E", "inf", "-inf", "+inf",
        "infinity", "Infinity", "NaN", "nan", "-nan", " 1", "1 ", "1.2.3", "0x10", "1_000",
        "1e5e3", "1e5.0", "++1", "--1", "+-1", "1-", "1e--5", "١", "1,5", "e", "E1", "0.0.", "..5",
        "1e 5",
    ] {
        assert_eq!(parse_f64(s), None, "{s:?}");
        if !s.to_ascii_lowercase().contains("inf") && !s.to_ascii_lowercase().contains("nan") {
            assert!(s.parse::<f64>().is_err(), "core accepts {s:?}");
        }
    }
}

#[test]
fn hard_cases() {
    let long_zeros = format!("0.{}1", "0".repeat(5000));
    let long_tiny = format!(
        "0.{}247032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281255",
        "0".repeat(323)
    );
    // The halfway point between f64::MAX and 2^1024 (rounds to even: infinity).
    let half_max = exact((1 << 54) - 1, 970);
    let mut cases: Vec<String> = [
        "0", "-0", "+0", "0.0", "-0.0", "00000.000e5", "-00000.000e-5", "0e999999999999",
        "-0e-999999999999", "0.", ".0", "1", "-1", "+1", "1.", ".5", "1.5", "0.1", "0.2",
        "0.3", "-0.1", "1e0", "1E0", "1e+0", "1e-0", "1e22", "1e23", "1e-22", "1e-23",
        "9007199254740992", "9007199254740993", "9007199254740994", "9007199254740995",
        "9007199254740993.0000000000000000001", "18014398509481986", "18014398509481990",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
        "2.225073858507201136057409796709131975934819546351645648e-308", "4.9e-324",
        "5e-324", "-5e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
        "-2.4703282292062327e-324", "2.4703282292062327208828439643411068618252990130716e-324",
        "2.47032822920623272088284396434110686182529901307162382212792841250337753635e-324",
        "1e-324", "1e-400", "-1e-400", "3e-324", "7.4e-324", "7.5e-324", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.7976931348623159e308", "-1.7976931348623159e308",
        "1.797693134862315807937289714053e308", "1.797693134862315807937289714054e308",
        "1e308", "1e309", "-1e309", "1e310", "1e400", "1e999999999999", "-1e999999999999",
        "1e-999999999999", "1e99999999999999999999999999999", "1e-99999999999999999999999999",
        "123456789012345678901234567890", "0.000000000000000000000000000001",
        "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "8.98846567431158e307", "4.4501477170144023e-308", "2.2250738585072009e-308",
        "3.0e-44", "1.4e-45", "123.456e-2", "1234567890123456789", "12345678901234567890",
        "0.30000000000000004", "100000000000000000000000", "1e-7", "7.0e-10", "5e-1",
        "9999999999999999999999999999999999999999e-40", "0.99999999999999999999999999999",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
        "1.00000000000000033306690738754696212708950042724609375",
        "2.000000000000000444089209850062616169452667236328125",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    cases.push(long_zeros.clone());
    cases.push(format!("-{long_zeros}"));
    cases.push(format!("{long_zeros}e330"));
    cases.push(long_tiny);
    cases.push(format!("{}1", "0".repeat(8000)));
    cases.push(format!("1{}", "0".repeat(308)));
    cases.push(format!("1{}", "0".repeat(309)));
    cases.push(format!("1{}e-8000", "0".repeat(8000)));
    cases.push(format!("9.{}e307", "9".repeat(8000)));
    cases.push(format!("0.{}1e-300", "0".repeat(23)));
    cases.push(half_max.clone());
    // Boundaries as exact halfway strings, and just above and below them.
    for x in [
        0.0,
        f64::from_bits(1),
        f64::from_bits((1 << 52) - 1),
        f64::MIN_POSITIVE,
        f64::from_bits(1 << 53),
        1.0,
        0.5,
        9007199254740992.0,
        1e23,
        f64::MAX / 2.0,
        f64::MAX,
    ] {
        for s in around(&halfway_above(x)) {
            cases.push(with_point(&s));
            cases.push(s);
        }
    }
    for s in &cases {
        check(s);
    }
    // The 768-digit halfway point between the largest subnormal and f64::MIN_POSITIVE:
    // exactly half rounds to even (up), and one more digit either way.
    let half = halfway_above(f64::from_bits((1 << 52) - 1));
    assert_eq!(half.split_once('e').unwrap().0.len(), 768);
    assert_eq!(parse_f64(&half), Some(f64::MIN_POSITIVE));
    assert_eq!(parse_f64(&half_max), Some(f64::INFINITY));
    assert_eq!(parse_f64(&around(&half_max)[2]), Some(f64::MAX));
    assert_eq!(
        parse_f64(&around(&half)[2]),
        Some(f64::from_bits((1 << 52) - 1))
    );
    assert_eq!(parse_f64("9007199254740993"), Some(9007199254740992.0));
    assert_eq!(
        parse_f64("2.4703282292062328e-324"),
        Some(f64::from_bits(1))
    );
    assert_eq!(parse_f64("2.4703282292062327e-324"), Some(0.0));
    assert_eq!(parse_f64("-0").map(f64::to_bits), Some((-0.0f64).to_bits()));
    assert_eq!(parse_f64("1.7976931348623159e308"), Some(f64::INFINITY));
}

/// Any finite f64: all bit patterns, often subnormal or near 1.
fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => any::<u64>(),
        1 => 0u64..1 << 52,
        1 => 0x3FE0_0000_0000_0000u64..0x4340_0000_0000_0000,
        1 => 0x7FE0_0000_0000_0000u64..0x7FF0_0000_0000_0000,
    ]
    .prop_map(|b| {
        let x = f64::from_bits(b);
        if x.is_finite() {
            x
        } else {
            f64::from_bits(b & !(1 << 62))
        }
    })
}

/// A random decimal string: sign, 1 to 40 digits (sometimes up to 800), maybe a dot,
/// maybe an exponent in -400..=400.
fn decimal() -> impl Strategy<Value = String> {
    let len = prop_oneof![30 => 1usize..=40, 1 => 41usize..=800];
    (
        0u8..3,
        len,
        any::<u64>(),
        any::<proptest::sample::Index>(),
        any::<bool>(),
        proptest::option::of((-400i32..=400, 0u8..4)),
    )
        .prop_map(|(sign, len, mut seed, dot, has_dot, exp)| {
            let mut s = String::from(["", "+", "-"][usize::from(sign)]);
            // Digits from the seed (xorshift), a third of them forced to 0 or 9 so that
            // runs of either (near-halfway and near-power-of-ten values) turn up.
            let digits: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let d = match seed % 6 {
                        0 => 0,
                        1 => 9,
                        _ => (seed >> 32) % 10,
                    };
                    char::from(b'0' + d as u8)
                })
                .collect();
            if has_dot {
                let at = dot.index(digits.len() + 1);
                s.push_str(&digits[..at]);
                s.push('.');
                s.push_str(&digits[at..]);
            } else {
                s.push_str(&digits);
            }
            if let Some((e, form)) = exp {
                s.push(if form & 1 == 0 { 'e' } else { 'E' });
                if form >= 2 && e >= 0 {
                    s.push('+');
                }
                s.push_str(&e.to_string());
            }
            s
        })
}

proptest! {
    // 40,000 floats × 10 formats: 400,000 strings.
    #![proptest_config(ProptestConfig::with_cases(40_000))]

    /// Every float, printed every way Rust prints it, parses back identically.
    #[test]
    fn formatted_floats(x in finite(), neg in any::<bool>()) {
        let x = if neg { -x } else { x };
        for s in [
            format!("{x}"),
            format!("{x:e}"),
            format!("{x:E}"),
            format!("{x:?}"),
            format!("{x:.0}"),
            format!("{x:.3}"),
            format!("{x:.17}"),
            format!("{x:.5e}"),
            format!("{x:.16e}"),
            format!("{x:.25e}"),
        ] {
            same(&s)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    /// Random decimal strings parse like core (including the malformed ones).
    #[test]
    fn decimal_strings(s in decimal()) {
        same(&s)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4_000))]

    /// Exact halfway points between neighbouring floats, and just either side of them.
    #[test]
    fn halfway_points(x in finite()) {
        let x = x.abs();
        for s in around(&halfway_above(x)) {
            same(&with_point(&s))?;
            same(&s)?;
        }
    }
}
