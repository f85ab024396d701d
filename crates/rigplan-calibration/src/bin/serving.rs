//! The serving engines' constants on the published serving benchmarks
//! (`tests/data/serving/`): prints every row with its prediction and the error by input
//! and output length. `--write` refits the constants (`SERVING` in
//! `crates/rigplan-core/src/calib.rs`, between the `serving:begin` / `serving:end` marks)
//! and the leave-one-model-out predictions (`tests/data/serving/cv.csv`); rerun it (and
//! `--bin report`) after a change to the estimator or the data. About a minute.

use rigplan_calibration::serving::{self, KNOBS, ServingCase};
use rigplan_core::calib::BackendCal;
use std::collections::BTreeMap;

fn to_rust(b: &BackendCal) -> String {
    format!(
        "pub const SERVING: BackendCal = {};\n",
        rigplan_calibration::codegen::backend_literal(b)
    )
}

fn print(cases: &[ServingCase], preds: &BTreeMap<String, f64>, label: &str) {
    let mut by: BTreeMap<String, Vec<(f64, f64)>> = BTreeMap::new();
    for c in cases {
        let p = preds[&c.id];
        by.entry(c.lengths()).or_default().push((p, c.measured));
        by.entry("all".into()).or_default().push((p, c.measured));
    }
    for (k, v) in &by {
        println!(
            "{label} {k:<12} rows {:>3} MAPE {:.1}%",
            v.len(),
            100.0 * serving::mape(v)
        );
    }
}

fn main() {
    let write = std::env::args().any(|a| a == "--write");
    let (cases, out) = serving::serving_cases();
    let all: Vec<&ServingCase> = cases.iter().collect();
    let mut fitted = rigplan_core::calib::SERVING;
    if write {
        let (b, l) = serving::fit(&all, serving::prior(), 400);
        eprintln!("rows {}, mean absolute log error {:.4}", all.len(), l);
        for (n, place, lo, hi) in KNOBS {
            let mut t = b;
            let v = *place(&mut t);
            let pinned = (v - lo).abs() < 1e-9 || (v - hi).abs() < 1e-9;
            eprintln!(
                "  {n} = {v:.4}{}",
                if pinned { "  (at a bound)" } else { "" }
            );
        }
        fitted = b;
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../rigplan-core/src/calib.rs");
        let src = std::fs::read_to_string(path).unwrap_or_default();
        let (Some(a), Some(z)) = (src.find("// serving:begin\n"), src.find("// serving:end"))
        else {
            eprintln!("serving: no serving:begin/end marks in {path}");
            std::process::exit(1);
        };
        let text = format!(
            "{}// serving:begin\n{}{}",
            &src[..a],
            to_rust(&b),
            &src[z..]
        );
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("serving: cannot write {path}: {e}");
            std::process::exit(1);
        }
        eprintln!(
            "wrote {path}; rebuild, then the out-of-fold predictions are written by a second run with --write-cv"
        );
    }
    let cal = serving::with_serving(fitted);
    let insample: BTreeMap<String, f64> = cases
        .iter()
        .map(|c| (c.id.clone(), c.predict(&cal)))
        .collect();
    for c in &cases {
        let p = insample[&c.id];
        println!(
            "{:<18} {:<13} {:<18} {:<9} {:<30} n={:<2} {:>11} conc={:<4} fit={:<5} measured {:>8.0} predicted {:>8.0} {:+.0}%",
            c.id,
            c.params.engine,
            c.model,
            c.params.quant,
            c.row.gpu.chars().take(30).collect::<String>(),
            c.params.count,
            c.lengths(),
            c.concurrency.map_or("max".into(), |x| x.to_string()),
            c.max_sequences(),
            c.measured,
            p,
            (p - c.measured) / c.measured * 100.0
        );
    }
    print(&cases, &insample, "in-sample");
    if std::env::args().any(|a| a == "--write-cv") {
        let oof: BTreeMap<String, f64> = serving::out_of_fold(&cases, 400).into_iter().collect();
        print(&cases, &oof, "leave-one-model-out");
        let mut text = format!(
            "# fingerprint {:016x}\n# Leave-one-model-out predictions of saturated / stated-concurrency output tokens/s, written by `cargo run --release -p rigplan-calibration --bin serving -- --write-cv`.\nid,prediction\n",
            serving::fingerprint(&cases)
        );
        for c in &cases {
            text += &format!("{},{}\n", c.id, oof[&c.id]);
        }
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/data/serving/cv.csv"
        );
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("serving: cannot write {path}: {e}");
            std::process::exit(1);
        }
        eprintln!("wrote {path}");
    }
    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, r) in &out {
        *reasons.entry(r.as_str()).or_default() += 1;
    }
    println!("left out: {reasons:?}");
}
