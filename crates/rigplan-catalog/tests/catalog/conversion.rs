//! The catalog moved from hand-written Rust tables to data files (`data/`, turned into
//! `src/generated/` by `rigplan-codegen`). `tests/data/tables-before-data-files.txt` is every
//! entry of the old tables as Rust's `Debug` prints it (shortest round-trip floats, so equal
//! text means bit-equal figures), written from the old tables before they were deleted.
//! Every entry there must still print the same, less what the data files changed for every
//! entry at once: each source gained the `read` date, and installed memory became true
//! bytes (the old tables held the vendor's "GB" as 10^9 bytes and the estimator re-read it
//! as GiB; now the spec holds the GiB and a device keeps the vendor's figure as
//! `memory_gb`), unless `AMENDED` names it with the reason
//! its figures were deliberately changed since.

use rigplan_catalog::{API, CLOUD, DESKTOP, LAPTOP, MODELS, QUANTS, SERVER, SOC, SYSTEMS, devices};
use std::collections::BTreeMap;

/// Entries changed on purpose after the conversion: `(key, why)`, keys as in the snapshot.
const AMENDED: &[(&str, &str)] = &[
    ("system mac-studio-m3-ultra-512gb", APPLE_PRICE),
    ("model gpt-oss-20b", NATIVE),
    ("model gpt-oss-120b", NATIVE),
    ("system mac-studio-m4-max-128gb", APPLE_PRICE),
    ("device h100-sxm", LOW_PRECISION),
    ("device h100-pcie", LOW_PRECISION),
    ("device h100-nvl", LOW_PRECISION),
    ("device h200", LOW_PRECISION),
    ("device b200", LOW_PRECISION),
    ("device gb200", LOW_PRECISION),
    ("device l40s", LOW_PRECISION),
    ("device l4", LOW_PRECISION),
    ("device rtx-4090", LOW_PRECISION),
    ("device rtx-5090", LOW_PRECISION),
    ("device rtx-pro-6000-blackwell", LOW_PRECISION),
    ("device rtx-6000-ada", LOW_PRECISION),
    ("device dgx-spark", LOW_PRECISION),
    ("device mi300x", LOW_PRECISION),
    ("device mi325x", LOW_PRECISION),
    ("device mi350x", LOW_PRECISION),
    ("device mi355x", LOW_PRECISION),
    ("api anthropic-claude-haiku-4.5", CACHED),
    ("api anthropic-claude-opus-4.6", CACHED),
    ("api anthropic-claude-sonnet-4.5", CACHED),
    ("api google-gemini-2.5-flash", CACHED),
    ("api google-gemini-2.5-pro", CACHED),
    ("api openai-gpt-4.1", CACHED),
    ("api openai-gpt-4o", CACHED),
    ("api openai-gpt-4o-mini", CACHED),
    ("api openai-gpt-5", CACHED),
    ("api openai-gpt-5-mini", CACHED),
    ("quant bf16", BF16),
];

/// Why the devices with FP8 / FP4 tensor figures were amended.
/// Issue 12: a source for the precision the weights ship in.
const NATIVE: &str = "issue 12: the model card cited for the MXFP4 the weights ship in";

/// Issue 12: cited prices for Apple machines so "what to buy" can rank them.
const APPLE_PRICE: &str = "issue 12: a cited, dated price added (Apple machines ranked)";
const LOW_PRECISION: &str = "issue 11: a source for its dense FP8 / FP4 tensor throughput";

/// Issue 10: BF16 is its own format, since Intel GPUs have no BF16 matrix path under
/// llama.cpp's SYCL and Vulkan backends.
const BF16: &str = "issue 10: format bf16, apart from float (Intel prompts on the vector units)";

/// Why the closed APIs' prices were amended.
const CACHED: &str =
    "issue 11: its source's `covers` names where the cached-input price comes from";

/// `Debug` text in the old tables' terms: without the `read` dates, the devices'
/// `memory_gb` and the prose `notes`, and with memory and host RAM as the old decimal-GB
/// bytes.
fn text(e: &impl std::fmt::Debug) -> String {
    let s = without_notes(&old_bytes(&format!("{e:?}")));
    // Fields the old tables did not have (issue 11: the open model an API price hosts, and
    // its cached-input price).
    let s = drop_field(
        &drop_field(&s, ", model: "),
        ", cached_input_usd_per_mtok: ",
    );
    let s = drop_field(&drop_field(&s, ", fp8: "), ", fp4: ");
    // Issue 12: the precision a model's weights ship in, its release month and that
    // month's source.
    let s = drop_field(&drop_field(&s, ", native: "), ", released: ");
    let s = without_release_sources(&s);
    // Issue 10: the full-attention layers' own shape (Gemma 4), zero for every older model.
    let s = s.replace(", global_kv_heads: 0, global_head_dim: 0", "");
    // Issue 10: Gemma 3n's per-layer inputs and shared caches, LFM2's short convolutions,
    // zero for every older model.
    let s = s.replace(
        ", per_layer_input: 0, kv_shared_layers: 0, small_op_layers: 0, conv_layers: 0",
        "",
    );
    // Issue 10: whether llama.cpp's Vulkan backend leaves the matrix units idle (Arc
    // A-series), false for every older device.
    let s = s.replace(", vulkan_vector_only: false", "");
    let s = match (s.find(", memory_gb: "), s.find(", spec: DeviceSpec")) {
        (Some(a), Some(b)) if a < b && s.starts_with("HardwareEntry") => {
            format!("{}{}", &s[..a], &s[b..])
        }
        _ => s,
    };
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(i) = rest.find(", read: \"") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 9..];
        let end = after.find('"').map_or(after.len(), |j| j + 1);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// An entry's text without its prose `notes` (the last field), which is reworded freely
/// (for one, no internal document names in it); every figure and source is still held.
fn without_notes(s: &str) -> String {
    match s.rfind(", notes: \"") {
        Some(i) => format!("{} }}", &s[..i]),
        None => s.to_string(),
    }
}

/// `memory: Bytes(x)` and `ram: Bytes(x)` with `x` in GiB turned back into the old
/// `GB x 10^9` bytes.
fn old_bytes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let next = ["memory: Bytes(", "ram: Bytes("]
            .iter()
            .filter_map(|k| rest.find(k).map(|i| (i, k.len())))
            .min();
        let Some((i, len)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..i + len]);
        let after = &rest[i + len..];
        let end = after.find(')').unwrap_or(after.len());
        let bytes: f64 = after[..end].parse().unwrap_or(f64::NAN);
        out.push_str(&format!("{:?}", bytes / 1_073_741_824.0 * 1e9));
        rest = &after[end..];
    }
}

fn dump() -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    for h in devices() {
        m.insert(format!("device {}", h.id), text(h));
    }
    for s in SYSTEMS {
        m.insert(format!("system {}", s.id), text(s));
    }
    for h in [&DESKTOP, &LAPTOP, &SERVER, &SOC] {
        m.insert(format!("host {}", h.id), text(h));
    }
    for x in MODELS {
        m.insert(format!("model {}", x.id), text(x));
    }
    for x in QUANTS {
        m.insert(format!("quant {}", x.id), text(x));
    }
    for x in CLOUD {
        m.insert(format!("cloud {}", x.id), text(x));
    }
    for x in API {
        m.insert(format!("api {}", x.id), text(x));
    }
    m
}

const SNAPSHOT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/tables-before-data-files.txt"
);

#[test]
fn data_files_reproduce_the_old_tables_bit_for_bit() {
    let now = dump();
    if std::env::var_os("RIGPLAN_WRITE_TABLE_SNAPSHOT").is_some() {
        let text: String = now.iter().map(|(k, v)| format!("{k}\t{v}\n")).collect();
        std::fs::write(SNAPSHOT, text).unwrap();
        return;
    }
    let snapshot = std::fs::read_to_string(SNAPSHOT).unwrap();
    let mut checked = 0;
    for line in snapshot.lines() {
        let (key, before) = line.split_once('\t').unwrap();
        if AMENDED.iter().any(|(k, _)| *k == key) {
            continue;
        }
        let after = now
            .get(key)
            .unwrap_or_else(|| panic!("{key} is gone from the catalog"));
        assert_eq!(
            *after,
            without_notes(before),
            "{key} changed: amend it in AMENDED with the reason"
        );
        checked += 1;
    }
    assert!(checked >= 200, "only {checked} entries checked");
    for (k, why) in AMENDED {
        assert!(
            !why.is_empty() && snapshot.contains(&format!("{k}\t")),
            "{k}"
        );
    }
}

/// `text` without the field `key` (`, name: value`), the value ending at the next `, `.
/// `text` without the `Source { .. }` entries whose `covers` starts with `released`.
fn without_release_sources(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("Source { url: ") {
        let end = rest[i..].find(" }").map_or(rest.len(), |j| i + j + 2);
        let entry = &rest[i..end];
        out.push_str(&rest[..i]);
        if !entry.contains("covers: \"released") {
            out.push_str(entry);
        } else if rest[end..].starts_with(", ") {
            rest = &rest[end + 2..];
            continue;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn drop_field(text: &str, key: &str) -> String {
    match text.find(key) {
        Some(i) => {
            let rest = &text[i + key.len()..];
            let end = rest.find(", ").unwrap_or(rest.len());
            format!("{}{}", &text[..i], &rest[end..])
        }
        None => text.to_string(),
    }
}
