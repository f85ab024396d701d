//! Writes docs/ACCURACY.md from the current constants.

fn main() {
    let (cases, excluded) = rigplan_calibration::cases();
    let md =
        rigplan_calibration::report::markdown(&cases, &excluded, &rigplan_core::calib::DEFAULT);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/ACCURACY.md");
    if let Err(e) = std::fs::write(path, md) {
        eprintln!("report: cannot write {path}: {e}");
        std::process::exit(1);
    }
    println!("wrote {path}");
}
