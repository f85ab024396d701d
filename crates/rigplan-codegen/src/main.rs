//! `cargo run -p rigplan-codegen [-- --write]`: regenerates the catalog's Rust tables from
//! its data files. Without `--write` it only checks that the committed tables are fresh and
//! exits 1 when they are not.

use std::process::ExitCode;

fn main() -> ExitCode {
    let write = match std::env::args().nth(1).as_deref() {
        None | Some("--check") => false,
        Some("--write") => true,
        Some(other) => {
            eprintln!("rigplan-codegen: unknown argument '{other}' (use --write or --check)");
            return ExitCode::from(2);
        }
    };
    let root = rigplan_codegen::repo_root();
    let files = match rigplan_codegen::generate(&rigplan_codegen::data_dir(&root)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("rigplan-codegen: {e}");
            return ExitCode::from(2);
        }
    };
    let out = rigplan_codegen::out_dir(&root);
    if write {
        for f in &files {
            if let Err(e) = std::fs::write(out.join(f.name), &f.text) {
                eprintln!("rigplan-codegen: {}: {e}", out.join(f.name).display());
                return ExitCode::from(2);
            }
        }
        println!("wrote {} files to {}", files.len(), out.display());
        return ExitCode::SUCCESS;
    }
    let stale = rigplan_codegen::stale(&files, &out);
    if stale.is_empty() {
        println!("catalog tables are fresh");
        ExitCode::SUCCESS
    } else {
        eprintln!("{stale}run `cargo run -p rigplan-codegen -- --write`");
        ExitCode::from(1)
    }
}
