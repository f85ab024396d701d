//! The committed cross-validation output is fresh, its figures stay inside their bounds,
//! the band covers what it claims, and no constant belongs to one device or model.

use rigplan_calibration::cv::{committed, fingerprint};
use rigplan_calibration::validation::{SLICES, band_coverage, seed_figures, slice_stats};
use rigplan_calibration::{cases, fit};
use rigplan_core::calib::DEFAULT;

#[test]
fn committed_cross_validation_is_fresh_and_complete() {
    let (cases, _) = cases();
    let (fp, rows) = committed();
    assert_eq!(
        fp,
        fingerprint(&cases, &DEFAULT),
        "tests/data/calibration/cv.csv is stale: run `cargo run --release -p rigplan-calibration --bin cv -- --write`"
    );
    for c in &cases {
        let (a, b) = rows.get(&c.id).copied().unwrap_or((f64::NAN, f64::NAN));
        assert!(a > 0.0 && b > 0.0, "{}: no out-of-fold prediction", c.id);
    }
}

/// Leave-one-device-out MAPE bounds by slice (docs/ACCURACY.md): today's figures plus a
/// small margin, so a change that makes them worse fails here. They are far from issue
/// 10's targets (decode 12%, MoE / long-context / offload decode 15%, prefill 20%, MoE
/// prefill 25%): ACCURACY.md says so, and each improvement should lower them.
const LODO_BOUNDS: &[(&str, f64)] = &[
    ("decode, all rows", 20.0),
    ("decode, MoE", 35.0),
    ("decode, depth 16k or more", 40.0),
    ("decode, experts in system RAM", 45.0),
    ("prefill, all rows", 38.0),
    ("prefill, MoE", 58.0),
];

#[test]
fn cross_validated_error_stays_inside_its_bounds() {
    let (cases, _) = cases();
    for (label, bound) in LODO_BOUNDS {
        let (_, pick) = SLICES
            .iter()
            .find(|(l, _)| l == label)
            .unwrap_or_else(|| panic!("no slice {label}"));
        let (lodo, _) = slice_stats(&cases, *pick);
        assert!(
            lodo.n >= 10 && lodo.mape <= *bound,
            "{label}: leave-one-device-out MAPE {:.1}% over {} rows (bound {bound}%)",
            lodo.mape,
            lodo.n
        );
    }
}

#[test]
fn the_band_covers_about_eighty_percent_out_of_sample() {
    let (cases, _) = cases();
    let c = band_coverage(&cases);
    assert!(
        (0.70..=0.90).contains(&c),
        "80% band covers {:.1}% of rows (nested leave one device out)",
        c * 100.0
    );
}

#[test]
fn seed_001_figures_do_not_get_worse() {
    let seeds = seed_figures(&DEFAULT);
    assert_eq!(seeds.len(), 13);
    let within = seeds.iter().filter(|s| s.within()).count();
    // 6 of 13 at 2026-12-05. The Strix Halo ROCm GLM figure sits on the 30% line and
    // crosses it with refits that change none of its physics (seed001.csv says why).
    assert!(within >= 6, "{within} of 13 seed figures within 30%");
}

#[test]
fn every_missed_seed_figure_is_explained() {
    // The issue asks to say where a community figure is wrong rather than fit to it: a
    // figure outside 30% needs a reading, and one above the bandwidth ceiling must say so.
    for s in seed_figures(&DEFAULT) {
        let says_within = s.reading.starts_with("Within 30%");
        assert_eq!(
            says_within,
            s.within(),
            "{}: reading '{}'",
            s.figure,
            s.reading
        );
        if let Some(c) = s.ceiling {
            assert!(c.is_finite() && c > 0.0, "{}: ceiling {c}", s.figure);
            assert!(
                s.estimated <= c,
                "{}: estimate above its own ceiling",
                s.figure
            );
            assert_eq!(
                s.measured > c,
                s.reading.contains("above the ceiling"),
                "{}: reported {} against ceiling {c:.0}",
                s.figure,
                s.measured
            );
        }
    }
}

#[test]
fn no_constant_belongs_to_a_device_or_a_model() {
    // Every fitted constant is per backend (engine) or shared by all; the calibration
    // knows no device or model by name, so its fit cannot key on one.
    let backends = [
        "cpu",
        "cuda",
        "metal",
        "vulkan",
        "rocm",
        "mlx",
        "sycl",
        "vulkan_intel",
    ];
    let ids: Vec<&str> = rigplan_catalog::devices()
        .map(|d| d.id)
        .chain(rigplan_catalog::MODELS.iter().map(|m| m.id))
        .collect();
    for name in fit::knob_names() {
        let owner = name.split('.').next().unwrap_or("");
        assert!(
            !name.contains('.') || backends.contains(&owner),
            "constant {name} is not per backend"
        );
        for id in &ids {
            assert!(
                !name.contains(id),
                "constant {name} names catalog entry {id}"
            );
        }
    }
    let text = format!("{DEFAULT:?}");
    for id in &ids {
        assert!(
            !text.contains(&format!("\"{id}\"")),
            "the calibration names {id}"
        );
    }
}

#[test]
fn expert_offload_rows_fit_where_they_ran() {
    use rigplan_core::memory::{memory, weight_bytes};
    let (cases, _) = cases();
    let rows: Vec<_> = cases.iter().filter(|c| c.expert_offload).collect();
    assert!(rows.len() >= 5, "only {} expert-offload rows", rows.len());
    for c in rows {
        let s = &c.scenario;
        let m = memory(s, &weight_bytes(&s.model, &s.quant));
        // The estimate keeps DISPLAY_RESERVE for a monitor on every desktop card; a row's
        // card may have driven none (X26-OFF-011 fits only without it, by 50 MB).
        let slack = rigplan_core::memory::DISPLAY_RESERVE.get();
        assert!(
            m.offloaded.get() <= slack && m.fit != rigplan_core::Fit::DoesNotFit,
            "{}: the row ran with {} blocks' experts in system RAM, the estimate says {} ({:.1} GB over)",
            c.id,
            s.n_cpu_moe,
            m.fit.id(),
            m.offloaded.as_gib()
        );
    }
}
