//! The committed tables are what the data files generate, and bad data files are refused
//! with a message naming the record.

use rigplan_codegen::{data_dir, generate, out_dir, repo_root, stale};

#[test]
fn generated_tables_are_fresh() {
    let root = repo_root();
    let files = generate(&data_dir(&root)).unwrap_or_else(|e| panic!("{e}"));
    let msg = stale(&files, &out_dir(&root));
    assert!(
        msg.is_empty(),
        "{msg}run `cargo run -p rigplan-codegen -- --write`"
    );
}

/// A copy of the data folder with one file edited, generated from.
fn with_edit(file: &str, from: &str, to: &str) -> Result<(), String> {
    let src = data_dir(&repo_root());
    let tmp = std::env::temp_dir().join(format!(
        "rigplan-codegen-{}-{}",
        std::process::id(),
        file.replace('/', "_")
    ));
    std::fs::create_dir_all(tmp.join("devices")).unwrap();
    for name in [
        "devices/nvidia.toml",
        "devices/others.toml",
        "systems.toml",
        "hosts.toml",
        "models.toml",
        "quants.toml",
        "cloud.toml",
        "api.toml",
    ] {
        let mut text = std::fs::read_to_string(src.join(name)).unwrap();
        if name == file {
            assert!(text.contains(from), "{from} not in {file}");
            text = text.replacen(from, to, 1);
        }
        std::fs::write(tmp.join(name), text).unwrap();
    }
    let r = generate(&tmp).map(|_| ());
    let _ = std::fs::remove_dir_all(&tmp);
    r
}

#[test]
fn bad_records_are_refused_by_name() {
    let cases = [
        (
            "devices/nvidia.toml",
            "tier = \"consumer\"",
            "tier = \"gaming\"",
            "device rtx-3060-12gb: `tier` 'gaming' is not one of",
        ),
        (
            "devices/nvidia.toml",
            "memory_gb = 12.0",
            "memory_gb = 12.0\nmemroy = 1",
            "unknown field",
        ),
        (
            "devices/nvidia.toml",
            "read = \"2026-11-20\"",
            "read = \"yesterday\"",
            "date 'yesterday'",
        ),
        (
            "devices/nvidia.toml",
            "url = \"https://",
            "url = \"http://",
            "is not https",
        ),
        (
            "systems.toml",
            "device = \"apple-m3-ultra-80c\"",
            "device = \"apple-m9\"",
            "'apple-m9' is not in the catalog",
        ),
        (
            "models.toml",
            "attention = \"full\"",
            "attention = \"sliding\"",
            "needs exactly its own fields",
        ),
        (
            "quants.toml",
            "kernel = \"float\"",
            "kernel = \"fast\"",
            "`kernel` 'fast' is not one of",
        ),
        (
            "cloud.toml",
            "usd_per_gpu_hour = ",
            "usd_per_gpu_hour = -",
            "above 0",
        ),
        (
            "models.toml",
            "id = \"llama-2-13b\"",
            "id = \"llama-2-7b\"",
            "appears twice",
        ),
    ];
    for (file, from, to, want) in cases {
        let e = with_edit(file, from, to).expect_err(want);
        assert!(e.contains(want), "{file} {to}: {e}");
    }
}
