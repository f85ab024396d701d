//! The serving engines against published serving benchmarks (issue 11): the committed
//! leave-one-model-out predictions are fresh, and their error is within the bound.

use rigplan_calibration::serving::{CV_BOUND, committed, fingerprint, mape, serving_cases};

#[test]
fn serving_cross_validation_is_fresh_and_within_bounds() {
    let (cases, _) = serving_cases();
    assert!(
        cases.len() >= 150,
        "only {} serving rows expressed",
        cases.len()
    );
    let (fp, oof) = committed();
    assert_eq!(
        fp,
        fingerprint(&cases),
        "tests/data/serving/cv.csv is stale: run `cargo run --release -p rigplan-calibration --bin serving -- --write-cv`"
    );
    let pairs: Vec<(f64, f64)> = cases
        .iter()
        .map(|c| {
            (
                *oof.get(&c.id)
                    .unwrap_or_else(|| panic!("{} has no prediction", c.id)),
                c.measured,
            )
        })
        .collect();
    let m = mape(&pairs);
    println!(
        "serving throughput, leave one model out: MAPE {:.1}% over {} rows",
        m * 100.0,
        pairs.len()
    );
    assert!(m <= CV_BOUND, "cross-validated MAPE {m}");
    // Concurrency and request-rate rows: the load model, not only the saturated limit.
    let loaded: Vec<(f64, f64)> = cases
        .iter()
        .filter(|c| c.concurrency.is_some() || c.rate.is_some())
        .map(|c| (oof[&c.id], c.measured))
        .collect();
    assert!(loaded.len() >= 10);
}
