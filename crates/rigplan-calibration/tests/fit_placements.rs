//! The `--n-cpu-moe` recommendation against llama.cpp's own `--fit` placements.

use rigplan_calibration::{cases, fit_check};

/// Each run of fit_placements.csv resolves, and the planner's recommendation for its card,
/// model, context, cache and margin is within a block and a half of llama.cpp's placement
/// (its tensor-by-tensor choice against our whole blocks: up to two thirds of a block of
/// rounding, and the rest the memory model's error).
#[test]
fn the_recommendation_is_within_a_block_and_a_half_of_llama_cpps_fit() {
    let (cases, _) = cases();
    let runs = fit_check::compare(&cases, &rigplan_core::calib::DEFAULT);
    assert!(runs.len() >= 5, "only {} runs resolve", runs.len());
    for r in &runs {
        let ours = r.ours.map(f64::from);
        assert!(
            ours.is_some_and(|n| (n - r.row.fit_blocks).abs() <= 1.5),
            "{}: ours {:?}, llama.cpp {}",
            r.row.runs,
            r.ours,
            r.row.fit_blocks
        );
    }
}
