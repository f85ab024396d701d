//! The estimator's error against the measured benchmarks must stay inside the published
//! bounds (docs/ACCURACY.md).

use rigplan_calibration::report::{Stats, headline};
use rigplan_calibration::{Phase, cases};
use rigplan_core::calib::DEFAULT;

/// At least `rows` rows in the slice, and its MAPE at most `mape` percent.
fn bound(slice: &str, s: &Stats, rows: usize, mape: f64) {
    assert!(
        s.n >= rows && s.mape <= mape,
        "{slice}: MAPE {:.1}% over {} rows (bound {mape}% over at least {rows})",
        s.mape,
        s.n
    );
}

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
    bound("single-device decode", &h.single_decode, 150, 12.0);
    bound("single-device prefill", &h.single_prefill, 150, 25.0);
    bound("multi-GPU decode", &h.multi_decode, 100, 20.0);
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
        773 + 224 + 569,
        "benchmarks.csv has 773 rows, benchmarks_2026.csv 224, benchmarks_2026_extra.csv 569"
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
