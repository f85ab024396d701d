//! The catalog moved from hand-written Rust tables to data files (`data/`, turned into
//! `src/generated/` by `rigplan-codegen`). `tests/data/tables-before-data-files.txt` is every
//! entry of the old tables as Rust's `Debug` prints it (shortest round-trip floats, so equal
//! text means bit-equal figures), written from the old tables before they were deleted.
//! Every entry there must still print the same (less the `read` date each source gained),
//! unless `AMENDED` names it with the reason
//! its figures were deliberately changed since.

use rigplan_catalog::{API, CLOUD, DESKTOP, LAPTOP, MODELS, QUANTS, SERVER, SOC, SYSTEMS, devices};
use std::collections::BTreeMap;

/// Entries changed on purpose after the conversion: `(key, why)`, keys as in the snapshot.
const AMENDED: &[(&str, &str)] = &[];

/// `Debug` text without the `read` dates, which the data files added to every source.
fn text(e: &impl std::fmt::Debug) -> String {
    let s = format!("{e:?}");
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
            after, before,
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
