//! The measured rows the page and the CLI show beside an estimate
//! (`crates/rigplan-scenario/data/evidence.tsv`): every calibration decode case at zero KV
//! depth with every weight on the devices, one per device, count, model, quantization and
//! backend, with its source link.
//! Written by `cargo run -p rigplan-calibration --bin evidence -- --write`; a test checks the
//! committed file is what this writes.

use crate::{Phase, bench_rows, cases};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Tokens/s to three significant figures, without trailing zeros.
fn short(x: f64) -> String {
    let digits = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else {
        2
    };
    let t = format!("{x:.digits$}");
    if t.contains('.') {
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        t
    }
}

/// A row's key: device, count, model, quant, backend.
type Key = (String, u32, String, String, &'static str);

/// Where the table lives, relative to the repository root.
pub const PATH: &str = "crates/rigplan-scenario/data/evidence.tsv";

/// The table's text: `u<TAB>url` lines (numbered from 0 in order), then one line a row:
/// device, count, model, quant, backend, tokens, measured tokens/s, url number (every row is
/// decode, so the phase is not written). (Row ids are left out: they cost the page about 0.9 KB gzip; the source link
/// and the figures find the row in `tests/data/calibration`.)
pub fn table() -> String {
    let urls: BTreeMap<String, String> = bench_rows()
        .into_iter()
        .map(|r| (r.id.clone(), r.source_url.clone()))
        .collect();
    let (cases, _) = cases();
    let mut rows: BTreeMap<Key, (f64, f64, String)> = BTreeMap::new();
    // Decode at zero depth: the figure people compare first (prefill rows would double the
    // table, which ships in the page). Not with experts in system RAM: a row opens as its
    // device, model and quantization with every weight on the device
    // (`rigplan_scenario::evidence::scenario_of`), which is not what such a row measured.
    for c in cases
        .iter()
        .filter(|c| c.depth == 0.0 && c.phase == Phase::Decode && !c.expert_offload)
    {
        let key = (
            c.device.clone(),
            c.count,
            c.model.clone(),
            c.quant.clone(),
            c.backend,
        );
        rows.entry(key)
            .or_insert((c.tokens, c.measured, c.id.clone()));
    }
    let mut url_ids: BTreeMap<&str, usize> = BTreeMap::new();
    let mut url_list: Vec<&str> = Vec::new();
    let mut body = String::new();
    for ((device, count, model, quant, backend), (tokens, tps, id)) in &rows {
        let url = urls.get(id).map_or("", String::as_str);
        let n = *url_ids.entry(url).or_insert_with(|| {
            url_list.push(url);
            url_list.len() - 1
        });
        let _ = writeln!(
            body,
            "{device}\t{count}\t{model}\t{quant}\t{backend}\t{tokens}\t{}\t{n}",
            short(*tps)
        );
    }
    // No comment lines: the table ships in the page (what writes it is in
    // `crates/rigplan-scenario/data/README.md`).
    let mut out = String::new();
    for u in url_list {
        let _ = writeln!(out, "u\t{u}");
    }
    out + &body
}

#[cfg(test)]
mod tests {
    #[test]
    fn committed_table_is_fresh() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let committed = std::fs::read_to_string(root.join(super::PATH)).unwrap_or_default();
        assert!(
            committed == super::table(),
            "{} is stale: run `cargo run -p rigplan-calibration --bin evidence -- --write`",
            super::PATH
        );
    }
}
