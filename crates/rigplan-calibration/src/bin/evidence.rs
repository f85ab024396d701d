//! Writes (`--write`) or checks the measured-rows table the page and CLI show beside an
//! estimate (see `rigplan_calibration::evidence`). Seconds.

fn main() {
    let text = rigplan_calibration::evidence::table();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = root.join(rigplan_calibration::evidence::PATH);
    if std::env::args().any(|a| a == "--write") {
        std::fs::write(&path, &text).expect("write the evidence table");
        println!("wrote {} ({} lines)", path.display(), text.lines().count());
    } else {
        let same = std::fs::read_to_string(&path).is_ok_and(|t| t == text);
        println!(
            "{}: {}",
            path.display(),
            if same {
                "fresh"
            } else {
                "STALE (run with --write)"
            }
        );
        if !same {
            std::process::exit(1);
        }
    }
}
