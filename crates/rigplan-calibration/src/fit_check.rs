//! The `--n-cpu-moe` recommendation against llama.cpp's own placement: runs where
//! llama.cpp's `--fit` (fit-params) chose which expert tensors go to system RAM for a
//! stated context, cache type and free-memory margin (tests/data/calibration/
//! fit_placements.csv). The planner's recommendation for the same card, model, context
//! and cache, with the same margin held back, should ask for about as many blocks.

use crate::Case;
use crate::cv::committed;
use rigplan_core::Calibration;
use rigplan_core::memory::{memory, weight_bytes};
use rigplan_core::quant::KvType;
use rigplan_core::units::Bytes;
use serde::Deserialize;
use std::fmt::Write;

/// llama.cpp's placements, one per run (each names a decode row of the same card, model
/// and file that carries the scenario).
pub const FIT_PLACEMENTS: &str = include_str!("../../../tests/data/calibration/fit_placements.csv");

/// One row of `fit_placements.csv`.
#[derive(Clone, Debug, Deserialize)]
pub struct FitRow {
    /// A decode row (benchmarks_2026.csv) of the same card, model and file.
    pub id: String,
    /// The context the placement was fitted for, tokens.
    pub context: u32,
    /// The KV cache type (`f16`, `q8_0`).
    pub kv: String,
    /// The free memory llama.cpp's fit kept on the card (`--fit-target`), MiB.
    pub margin_mib: f64,
    /// Blocks of experts llama.cpp put in system RAM (a block's three expert tensors
    /// count a third each).
    pub fit_blocks: f64,
    /// The rows of the fitted run.
    pub runs: String,
    /// The placement in the source's words, and how it counts.
    pub placement: String,
}

/// One run, compared.
#[derive(Clone, Debug)]
pub struct Compared {
    /// The row.
    pub row: FitRow,
    /// Its model (catalog id).
    pub model: String,
    /// The planner's recommendation with the margin held back (`None`: fits without).
    pub ours: Option<u32>,
    /// Decode measured at the run's row, tokens/s.
    pub measured: f64,
    /// Decode estimated at the row's placement, in-sample and leave one device out.
    pub estimated: (f64, f64),
}

/// Every run of `fit_placements.csv` whose row resolves, compared.
pub fn compare(cases: &[Case], cal: &Calibration) -> Vec<Compared> {
    let rows: Vec<FitRow> =
        crate::csv::rows("fit_placements.csv", FIT_PLACEMENTS).unwrap_or_else(|e| panic!("{e}"));
    let (_, cv) = committed();
    rows.into_iter()
        .filter_map(|row| {
            let c = cases.iter().find(|c| c.id == row.id)?;
            let kv = KvType::ALL.into_iter().find(|k| k.id() == row.kv)?;
            let mut s = c.scenario;
            s.n_cpu_moe = 0;
            s.context = row.context;
            s.kv = kv;
            s.device.memory = s.device.memory - Bytes::from_mib(row.margin_mib);
            let ours = memory(&s, &weight_bytes(&s.model, &s.quant)).recommended_n_cpu_moe;
            let lodo = cv.get(&c.id).map_or(f64::NAN, |r| r.0);
            Some(Compared {
                model: c.model.clone(),
                ours,
                measured: c.measured,
                estimated: (c.predict(cal), lodo),
                row,
            })
        })
        .collect()
}

/// The section of docs/ACCURACY.md.
pub fn markdown(cases: &[Case], cal: &Calibration) -> String {
    let runs = compare(cases, cal);
    let mut o = String::from(
        "### The recommendation against llama.cpp's own `--fit`\n\n\
         llama.cpp's `--fit` places the expert tensors itself for a stated context, keeping a \
         margin of free memory on the card. On those runs the planner's recommendation for \
         the same card, model, context and cache, with the same margin held back, is compared \
         with llama.cpp's placement (`tests/data/calibration/fit_placements.csv`; a block's \
         three expert tensors count a third each). Decode is the run's, estimated at its own \
         placement.\n\n\
         | runs | model | context | cache | margin | llama.cpp's blocks | ours | difference | \
         decode measured | estimated | cross-validated error |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    let (mut short, mut within, mut cv_within, mut worst) = (0, 0, 0, 0.0_f64);
    for r in &runs {
        let ours = r.ours.map_or(0.0, f64::from);
        let diff = ours - r.row.fit_blocks;
        worst = worst.max(diff.abs());
        short += usize::from(ours < r.row.fit_blocks.ceil());
        let (p, cv) = r.estimated;
        within += usize::from((p / r.measured - 1.0).abs() <= 0.2);
        cv_within += usize::from((cv / r.measured - 1.0).abs() <= 0.2);
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {:.0} MiB | {:.2} | {} | {diff:+.2} | {:.1} | {p:.1} | {:+.0}% |",
            r.row.runs,
            r.model,
            r.row.context,
            r.row.kv,
            r.row.margin_mib,
            r.row.fit_blocks,
            r.ours.map_or_else(|| "-".to_string(), |n| n.to_string()),
            r.measured,
            (cv / r.measured - 1.0) * 100.0
        );
    }
    let _ = writeln!(
        o,
        "\nOn {n} runs the recommendation is within {worst:.2} blocks of llama.cpp's placement. \
         It asks for fewer whole blocks than llama.cpp's placement rounded up on {short}: there \
         a card may need one more block in system RAM than the planner says. Decode at these \
         runs is within 20% on {within} of {n} in-sample and {cv_within} cross-validated \
         (leave one device out). One host and two models: a check, not a fit.\n",
        n = runs.len()
    );
    o
}
