//! The calibration files as typed rows, read with the `csv` crate (RFC 4180 quoting). A row
//! that does not fit its type is an error naming the file and the line, never a silent 0.

use serde::Deserialize;
use serde::de::DeserializeOwned;

/// One measured benchmark row (`benchmarks.csv`; the 2026 set adds `offload` and
/// `build_date`): the columns the estimator is checked against, named as the data's
/// README describes them (the others are read by people).
#[derive(Clone, Debug, Deserialize)]
pub struct BenchRow {
    /// Row id; its prefix names the source.
    pub id: String,
    /// Where the figure was published.
    #[serde(default)]
    pub source_url: String,
    /// Engine and version as the source names it.
    #[serde(default)]
    pub engine: String,
    /// Backend label as the source gives it (`CUDA +FA`, `Vulkan`, `MLX`, ...).
    #[serde(rename = "engine_backend")]
    pub backend: String,
    /// Hardware name as the source gives it.
    pub hardware: String,
    /// Devices.
    #[serde(rename = "hardware_count")]
    pub count: u32,
    /// Model name as the source gives it.
    pub model: String,
    /// Total parameters, billions.
    #[serde(rename = "model_params_b")]
    pub params_b: Option<f64>,
    /// Quantization label.
    pub quant: String,
    /// Bits per weight from the real file size, when known.
    #[serde(rename = "bits_per_weight_if_known")]
    pub bits_per_weight: Option<f64>,
    /// llama-bench test name (`pp512`, `tg128`, `pp512 @ d32768`).
    pub test: String,
    /// KV depth before the test.
    #[serde(rename = "context")]
    pub depth: Option<u32>,
    /// Measured tokens per second.
    #[serde(rename = "tokens_per_s")]
    pub measured: f64,
    /// Build, flags, file size and caveats.
    pub notes: String,
    /// Expert or layer placement (2026 set).
    #[serde(default)]
    pub offload: String,
    /// `YYYY-MM` of the build (2026 set).
    #[serde(default)]
    pub build_date: String,
}

/// A row of any of the files, by column name (the spec files are read this way: the
/// tests compare a few columns and the files put words where a number does not apply).
pub type Record = std::collections::BTreeMap<String, String>;

/// The number in column `col` of `r`, when it holds one.
pub fn number(r: &Record, col: &str) -> Option<f64> {
    r.get(col).and_then(|v| v.trim().parse().ok())
}

/// Our mapping of benchmark names to catalog ids (`rigplan_map.csv`).
#[derive(Clone, Debug, Deserialize)]
pub struct MapRow {
    /// `hardware`, `model`, `quant`, `quant_override` or `backend`.
    pub kind: String,
    /// Name in the benchmark data.
    pub name: String,
    /// Catalog id.
    pub rigplan_id: String,
    /// Why, when not obvious.
    pub note: String,
}

/// Every row of `text` as `T`, or the first row that does not fit, with `file` and line.
pub fn rows<T: DeserializeOwned>(file: &str, text: &str) -> Result<Vec<T>, String> {
    let mut r = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    r.deserialize()
        .map(|x| {
            x.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                format!("{file} line {line}: {e}")
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Row {
        a: String,
        b: Option<f64>,
    }

    #[test]
    fn quotes_blanks_and_bad_numbers() {
        let r: Vec<Row> = rows("t.csv", "a,b\n\"x, \"\"y\"\"\",1.5\nz,\n").unwrap();
        assert_eq!((r[0].a.as_str(), r[0].b), ("x, \"y\"", Some(1.5)));
        assert_eq!((r[1].a.as_str(), r[1].b), ("z", None));
        let e = rows::<Row>("t.csv", "a,b\nx,abc\n").err().unwrap();
        assert!(e.starts_with("t.csv line 2:"), "{e}");
    }
}
