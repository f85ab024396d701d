//! Links round-trip: encode then decode gives the same scenario for generated scenarios,
//! and decode then encode is canonical for any text.

use proptest::prelude::*;
use rigplan_catalog::{MODELS, QUANTS, hardware_ids};
use rigplan_scenario::link::{decode, encode};
use rigplan_scenario::params::{Catalog, Kind, Value, defaults};
use rigplan_scenario::{FIELDS, Field, Params, resolve};

fn pick<T: Clone + std::fmt::Debug + 'static>(items: Vec<T>) -> BoxedStrategy<T> {
    proptest::sample::select(items).boxed()
}

/// Any value a field's row accepts (ids from the catalog, numbers in range, blank for an
/// optional field), driven by the field table: a new row is covered without an edit here.
fn value(f: &'static Field) -> BoxedStrategy<Value> {
    let blank = |s: BoxedStrategy<Value>, optional: bool| {
        if optional {
            prop_oneof![1 => Just(Value::Blank), 3 => s].boxed()
        } else {
            s
        }
    };
    match f.kind {
        Kind::Whole { lo, hi } => (lo..=hi).prop_map(Value::Whole).boxed(),
        Kind::Number {
            lo, hi, optional, ..
        } => blank((lo..=hi).prop_map(Value::Number).boxed(), optional),
        Kind::Choice { options, optional } => blank(
            pick(
                options
                    .iter()
                    .map(|(id, _)| Value::Text((*id).into()))
                    .collect(),
            ),
            optional,
        ),
        Kind::Switch => any::<bool>().prop_map(Value::Switch).boxed(),
        Kind::Id(list) => {
            let ids: Vec<&str> = match list {
                Catalog::Model => MODELS.iter().map(|m| m.id).collect(),
                Catalog::Quant => QUANTS.iter().map(|q| q.id).collect(),
                Catalog::Hardware => hardware_ids().collect(),
                Catalog::Api => rigplan_catalog::API.iter().map(|a| a.id).collect(),
            };
            pick(ids.into_iter().map(|id| Value::Text(id.into())).collect())
        }
    }
}

fn params() -> impl Strategy<Value = Params> {
    FIELDS
        .iter()
        .map(value)
        .collect::<Vec<_>>()
        .prop_map(|values| {
            let mut p = defaults(1);
            for (f, v) in FIELDS.iter().zip(values) {
                (f.set)(&mut p, v);
            }
            p
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn encode_then_decode_is_identity(p in params()) {
        let link = encode(&p);
        let d = decode(&link);
        prop_assert!(d.dropped.is_empty(), "{link}: {:?}", d.dropped);
        prop_assert_eq!(&d.params, &p);
        prop_assert!(resolve(&d.params).is_ok());
    }

    #[test]
    fn decode_then_encode_is_canonical(s in ".{0,300}", p in params()) {
        // Arbitrary text, and valid links with junk appended.
        for text in [s.clone(), format!("{}&{s}", encode(&p))] {
            let once = encode(&decode(&text).params);
            let twice = encode(&decode(&once).params);
            prop_assert_eq!(&once, &twice);
            prop_assert!(resolve(&decode(&text).params).is_ok());
        }
    }
}
