//! Cross-validates the fit (leave one device out, leave one source out) and writes the
//! out-of-fold predictions to `tests/data/calibration/cv.csv` and the 80% bands into the
//! `bands:begin` / `bands:end` block of `crates/rigplan-core/src/calib.rs` (`--write`).
//! A heavy job (one fit per device and per source): run it after a refit; the tests fail
//! while its committed output is stale. `--rounds N` (default 400), `--threads N` (2).
//! `--quick`: leave one device out only, print its MAPE per slice and write nothing (for
//! trying a change to the formulas before the full job); with `--dump PATH` it also writes
//! each row's out-of-fold prediction there (`id,lodo`), for a per-row comparison.

use rigplan_calibration::cv::{self, Folds};
use rigplan_core::calib::{self, Band};

fn arg(args: &[String], name: &str, default: usize) -> usize {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn bands_rust(b: &[Band]) -> String {
    let mut s = format!("pub const BANDS: [Band; {}] = [\n", b.len());
    for x in b {
        s += &format!(
            "    Band {{ lo: {:.4}, hi: {:.4}, rows: {} }},\n",
            x.lo, x.hi, x.rows
        );
    }
    s + "];\n"
}

fn replace_block(path: &str, begin: &str, end: &str, body: &str) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let (Some(a), Some(b)) = (src.find(begin), src.find(end)) else {
        return Err(format!("no {begin} / {end} marks in {path}"));
    };
    let out = format!("{}{begin}{body}{}", &src[..a], &src[b..]);
    std::fs::write(path, out).map_err(|e| format!("{path}: {e}"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds = arg(&args, "--rounds", 400);
    let threads = arg(&args, "--threads", 2);
    let (cases, _) = rigplan_calibration::cases();
    let t = std::time::Instant::now();
    let lodo = cv::out_of_fold(&cases, Folds::Device, rounds, threads);
    eprintln!("leave one device out: {:.0} s", t.elapsed().as_secs_f64());
    if args.iter().any(|a| a == "--quick") {
        if let Some(path) = args
            .iter()
            .position(|a| a == "--dump")
            .and_then(|i| args.get(i + 1))
        {
            let mut o = String::from("id,lodo\n");
            for (c, p) in cases.iter().zip(&lodo) {
                o += &format!("{},{p:e}\n", c.id);
            }
            if let Err(e) = std::fs::write(path, o) {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        }
        use rigplan_calibration::report::{Scored, stats};
        let scored: Vec<Scored> = cases
            .iter()
            .zip(&lodo)
            .map(|(c, &p)| Scored {
                id: c.id.clone(),
                predicted: p,
                measured: c.measured,
                error: (p - c.measured) / c.measured,
            })
            .collect();
        for (label, pick) in rigplan_calibration::validation::SLICES {
            let s = stats(
                cases
                    .iter()
                    .zip(&scored)
                    .filter(|(c, _)| pick(c))
                    .map(|(_, s)| s),
            );
            println!("{label:<32} {:>4} rows {:>6.1}%", s.n, s.mape);
        }
        return;
    }
    let t = std::time::Instant::now();
    let loso = cv::out_of_fold(&cases, Folds::Source, rounds, threads);
    eprintln!("leave one source out: {:.0} s", t.elapsed().as_secs_f64());
    let table = cv::bands(&cases, &lodo, |_| true);
    let cover = cv::coverage(&cases, &lodo);
    eprintln!(
        "80% band coverage (nested, leave one device out): {:.1}%",
        cover * 100.0
    );
    let mut csv = format!(
        "# fingerprint {:016x} rounds {rounds}\nid,lodo,loso\n",
        cv::fingerprint(&cases, &calib::DEFAULT)
    );
    for (i, c) in cases.iter().enumerate() {
        csv += &format!("{},{:.6e},{:.6e}\n", c.id, lodo[i], loso[i]);
    }
    if !args.iter().any(|a| a == "--write") {
        print!("{}", bands_rust(&table));
        return;
    }
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let result = std::fs::write(format!("{root}/tests/data/calibration/cv.csv"), csv)
        .map_err(|e| e.to_string())
        .and_then(|()| {
            replace_block(
                &format!("{root}/crates/rigplan-core/src/calib.rs"),
                "// bands:begin\n",
                "// bands:end",
                &bands_rust(&table),
            )
        });
    if let Err(e) = result {
        eprintln!("cv: {e}");
        std::process::exit(1);
    }
    eprintln!("wrote tests/data/calibration/cv.csv and the bands in calib.rs");
}
