//! The estimator's error against the measured benchmarks must stay inside the published
//! bounds (docs/ACCURACY.md).

use rigplan_calibration::report::headline;
use rigplan_calibration::{Phase, cases};
use rigplan_core::calib::DEFAULT;

#[test]
fn error_stays_inside_the_bounds() {
    let (cases, excluded) = cases();
    assert!(
        cases.len() >= 700,
        "only {} rows expressible ({} excluded)",
        cases.len(),
        excluded.len()
    );
    let h = headline(&cases, &DEFAULT);
    assert!(
        h.single_decode.n >= 150 && h.single_decode.mape <= 12.0,
        "single-device decode MAPE {:.1}% over {} rows",
        h.single_decode.mape,
        h.single_decode.n
    );
    assert!(
        h.single_prefill.n >= 150 && h.single_prefill.mape <= 25.0,
        "single-device prefill MAPE {:.1}% over {} rows",
        h.single_prefill.mape,
        h.single_prefill.n
    );
    assert!(
        h.multi_decode.n >= 100 && h.multi_decode.mape <= 20.0,
        "multi-GPU decode MAPE {:.1}% over {} rows",
        h.multi_decode.mape,
        h.multi_decode.n
    );
    assert!(
        h.weights_rows >= 20 && h.worst_weights_pct <= 3.0,
        "weights off by {:.2}% (over {} files)",
        h.worst_weights_pct,
        h.weights_rows
    );
}

#[test]
fn every_row_is_expressed_or_explained() {
    let (cases, excluded) = cases();
    assert_eq!(
        cases.len() + excluded.len(),
        773,
        "benchmarks.csv has 773 rows"
    );
    for e in &excluded {
        assert!(!e.reason.is_empty());
    }
    assert!(
        cases.iter().any(|c| c.phase == Phase::Prefill)
            && cases.iter().any(|c| c.phase == Phase::Decode)
    );
}

#[test]
fn report_in_repo_is_current() {
    let (cases, excluded) = cases();
    let md = rigplan_calibration::report::markdown(&cases, &excluded, &DEFAULT);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/ACCURACY.md");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == md,
        "docs/ACCURACY.md is stale: run `cargo run -p rigplan-calibration --bin report`"
    );
}
