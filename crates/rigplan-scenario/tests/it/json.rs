//! The catalog's JSON reader against `serde_json` (the reference): generated documents
//! read to the same tree, and mutated documents are accepted or refused alike.

use proptest::prelude::*;
use rigplan_scenario::json::{self, Value};
use serde_json::Value as Ref;

/// Same tree: numbers bit for bit, every key with the same value.
fn same(ours: &Value, reference: &Ref) -> bool {
    same_within(ours, reference, 0.0)
}

/// Same tree, numbers within a relative `tol`: `serde_json` without its `float_roundtrip`
/// feature may read a long decimal a few units in the last place off (seen: 2); ours
/// is exact (tests/number.rs checks it against core).
fn same_within(ours: &Value, reference: &Ref, tol: f64) -> bool {
    let same = |a: &Value, b: &Ref| same_within(a, b, tol);
    match (ours, reference) {
        (Value::Null, Ref::Null) => true,
        (Value::Bool(a), Ref::Bool(b)) => a == b,
        (Value::Number(a), Ref::Number(b)) => b
            .as_f64()
            // Relative, with subnormals measured against the smallest normal (seen: one
            // subnormal ulp apart at 1.46e-309).
            .is_some_and(|b| {
                a.to_bits() == b.to_bits() || (a - b).abs() <= tol * b.abs().max(f64::MIN_POSITIVE)
            }),
        (Value::String(a), Ref::String(b)) => a == b,
        (Value::Array(a), Ref::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Value::Object(a), Ref::Object(b)) => {
            a.len() == b.len() && b.iter().all(|(k, v)| a.get(k).is_some_and(|x| same(x, v)))
        }
        _ => false,
    }
}

fn number() -> impl Strategy<Value = Ref> {
    prop_oneof![
        any::<i64>().prop_map(Ref::from),
        any::<u64>().prop_map(Ref::from),
        any::<f64>()
            .prop_filter("finite", |x| x.is_finite())
            .prop_map(Ref::from),
        (-1e6f64..1e6).prop_map(Ref::from),
    ]
}

fn leaf() -> impl Strategy<Value = Ref> {
    prop_oneof![
        Just(Ref::Null),
        any::<bool>().prop_map(Ref::Bool),
        number(),
        any::<String>().prop_map(Ref::String),
        "[a-z_\"\\\\/\n\t\u{0}-\u{1f}]{0,12}".prop_map(Ref::String),
    ]
}

fn document() -> impl Strategy<Value = Ref> {
    leaf().prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Ref::Array),
            prop::collection::vec(("[a-z_]{0,10}", inner), 0..8)
                .prop_map(|kv| Ref::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Compact and pretty text of a generated document read back to the same tree.
    #[test]
    fn reads_what_serde_json_writes(doc in document()) {
        for text in [serde_json::to_string(&doc).unwrap(), serde_json::to_string_pretty(&doc).unwrap()] {
            let ours = json::parse(&text);
            prop_assert!(ours.as_ref().is_ok_and(|v| same(v, &doc)), "{text} -> {ours:?}");
            // And our own text of it (as quoted in messages) is JSON, reading back the same.
            let ours = ours.unwrap();
            let written = ours.to_string();
            prop_assert!(serde_json::from_str::<Ref>(&written).is_ok(), "{written}");
            prop_assert_eq!(json::parse(&written), Ok(ours));
        }
    }

    /// A document with one character deleted, replaced or inserted: accepted by both or
    /// refused by both, and read alike when accepted.
    #[test]
    fn accepts_and_refuses_like_serde_json(
        doc in document(),
        at in any::<prop::sample::Index>(),
        edit in 0..3u8,
        c in prop::sample::select(vec!['{', '}', '[', ']', ',', ':', '"', '\\', '-', '.', 'e', '0', '1', ' ', 'n', 'u', 'x']),
    ) {
        let text = serde_json::to_string(&doc).unwrap();
        let mut chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len() + 1);
        match edit {
            0 if i < chars.len() => { chars.remove(i); }
            1 if i < chars.len() => chars[i] = c,
            _ => chars.insert(i, c),
        }
        let text: String = chars.into_iter().collect();
        let reference = serde_json::from_str::<Ref>(&text);
        let ours = json::parse(&text);
        match (&ours, &reference) {
            (Ok(a), Ok(b)) => prop_assert!(same_within(a, b, 1e-15), "{text}: {a:?} vs {b:?}"),
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "{text}: ours {ours:?}, serde_json {reference:?}"),
        }
    }
}

#[test]
fn refuses_what_serde_json_refuses() {
    for text in [
        "",
        " ",
        "{",
        "}",
        "[1,]",
        "{\"a\":1,}",
        "{a:1}",
        "'a'",
        "01",
        "1.",
        ".1",
        "-",
        "1e",
        "1e+",
        "+1",
        "NaN",
        "Infinity",
        "1e400",
        "-1e400",
        "tru",
        "nul",
        "\"\\x\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\u12\"",
        "\"a",
        "[1 2]",
        "{\"a\" 1}",
        "1 2",
        "\"\u{1}\"",
    ] {
        assert!(
            serde_json::from_str::<Ref>(text).is_err(),
            "reference accepts {text:?}"
        );
        assert!(json::parse(text).is_err(), "we accept {text:?}");
    }
}

#[test]
fn depth_is_bounded() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(
        json::parse(&deep)
            .unwrap_err()
            .starts_with("nested too deeply")
    );
    let ok = format!(
        "{}{}",
        "[".repeat(json::MAX_DEPTH),
        "]".repeat(json::MAX_DEPTH)
    );
    assert!(json::parse(&ok).is_ok());
}
