//! Fits the calibration constants from the data-free prior (as every cross-validation fold
//! is fitted) and prints them as the Rust `DEFAULT` block of
//! `crates/rigplan-core/src/calib.rs` (between the `fitted:begin` / `fitted:end` marks).
//! `--write` replaces that block in place. `--without DEVICE` prints the fit of one
//! leave-one-device-out fold instead (to see which constants a device alone sets).

use rigplan_calibration::codegen::{self, number as r};
use rigplan_core::Calibration;
use rigplan_core::calib::BackendCal;

fn backend(name: &str, b: &BackendCal) -> String {
    format!("    {name}: {},\n", codegen::backend_literal(b))
}

fn to_rust(c: &Calibration) -> String {
    let mut s = String::from("pub const DEFAULT: Calibration = Calibration {\n");
    for (n, b) in [
        ("cuda", &c.cuda),
        ("metal", &c.metal),
        ("vulkan", &c.vulkan),
        ("rocm", &c.rocm),
        ("cpu", &c.cpu),
        ("mlx", &c.mlx),
        ("sycl", &c.sycl),
        ("vulkan_intel", &c.vulkan_intel),
    ] {
        s += &backend(n, b);
    }
    // The serving engines are fitted by `--bin serving` on their own benchmarks.
    s += "    serving: SERVING,\n";
    for (n, v) in [
        ("hbm", c.hbm),
        ("hbm_layer_us", c.hbm_layer_us),
        ("lpddr", c.lpddr),
        ("hop_ms", c.hop_ms),
        ("hbm_prefill", c.hbm_prefill),
        ("attention_reads", c.attention_reads),
        ("attention_no_fa", c.attention_no_fa),
        ("offload_layer_us", c.offload_layer_us),
        ("pcie_eff", c.pcie_eff),
        ("pipeline_eff", c.pipeline_eff),
        ("moe_m0", c.moe_m0),
        ("moe_n0", c.moe_n0),
        ("flops_per_watt", c.flops_per_watt),
    ] {
        s += &format!("    {n}: {},\n", r(v));
    }
    // Calibration only: the page's build has no `era` feature and no such fields.
    for (n, v) in [
        ("era_decode", c.era_decode),
        ("era_prefill", c.era_prefill),
        ("era_fixed", c.era_fixed),
        ("era_recurrent", c.era_recurrent),
    ] {
        s += &format!("    #[cfg(feature = \"era\")]\n    {n}: {},\n", r(v));
    }
    s += &format!(
        "    #[cfg(feature = \"era\")]\n    era_trend: [{}],\n",
        c.era_trend.map(r).join(", ")
    );
    s + "};\n"
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let write = args.iter().any(|a| a == "--write");
    let rounds = args.iter().find_map(|a| a.parse().ok()).unwrap_or(400);
    let (cases, _) = rigplan_calibration::cases();
    let mut train = rigplan_calibration::fit::training(&cases);
    // From the data-free prior, as every cross-validation fold starts: the committed
    // constants come from the procedure the cross-validation measures (a start at the
    // previous constants would also leave a new constant at whatever it was added as).
    let start = rigplan_calibration::fit::prior(rigplan_core::calib::DEFAULT);
    // `--without DEVICE`: the fit of one leave-one-device-out fold (prints; never writes).
    let without = args
        .iter()
        .position(|a| a == "--without")
        .and_then(|i| args.get(i + 1));
    if let Some(d) = without {
        train.retain(|c| &c.device != d);
    }
    let write = write && without.is_none();
    let before = rigplan_calibration::fit::loss(&train, &start);
    let before_obj = rigplan_calibration::fit::objective(&train, &start);
    let (cal, after_obj) = rigplan_calibration::fit::fit(&train, start, rounds);
    let after = rigplan_calibration::fit::loss(&train, &cal);
    // The fit minimises the objective (the loss plus the pull between backends); the
    // loss alone may end above where it started.
    eprintln!(
        "rows {}, mean squared log error {before:.5} -> {after:.5}, objective {before_obj:.5} -> {after_obj:.5}",
        train.len()
    );
    eprintln!(
        "at a bound: {}",
        rigplan_calibration::fit::pinned(&cal).join(", ")
    );
    let code = to_rust(&cal);
    if !write {
        print!("{code}");
        return;
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../rigplan-core/src/calib.rs");
    let src = std::fs::read_to_string(path).unwrap_or_default();
    let (Some(a), Some(b)) = (src.find("// fitted:begin\n"), src.find("// fitted:end")) else {
        eprintln!("fit: no fitted:begin/end marks in {path}");
        std::process::exit(1);
    };
    let out = format!("{}// fitted:begin\n{code}{}", &src[..a], &src[b..]);
    if let Err(e) = std::fs::write(path, out) {
        eprintln!("fit: cannot write {path}: {e}");
        std::process::exit(1);
    }
    eprintln!("wrote {path}");
}
