//! The calibration files as typed rows, read with the `csv` crate (RFC 4180 quoting). A row
//! that does not fit its type is an error naming the file and the line, never a silent 0.

use serde::Deserialize;
use serde::de::DeserializeOwned;

/// One measured benchmark row (`benchmarks.csv`; the 2026 set adds `offload` and
/// `build_date`). Columns as the data's README describes them.
#[derive(Clone, Debug, Deserialize)]
pub struct BenchRow {
    /// Row id; its prefix names the source.
    pub id: String,
    /// Where the number was published.
    pub source_url: String,
    /// `llama.cpp`, `mlx`, ...
    pub engine: String,
    /// Backend label, e.g. `CUDA +FA`.
    pub engine_backend: String,
    /// Hardware name as the source gives it.
    pub hardware: String,
    /// Devices.
    pub hardware_count: u32,
    /// Model name as the source gives it.
    pub model: String,
    /// Total parameters, billions.
    pub model_params_b: Option<f64>,
    /// Active parameters, billions.
    pub model_active_params_b: Option<f64>,
    /// Quantization label.
    pub quant: String,
    /// Bits per weight from the real file size, when known.
    pub bits_per_weight_if_known: Option<f64>,
    /// llama-bench test name (`pp512`, `tg128`, `pp512 @ d32768`).
    pub test: String,
    /// Prompt tokens.
    pub n_prompt: Option<u32>,
    /// Generated tokens.
    pub n_gen: Option<u32>,
    /// KV depth before the test.
    pub context: Option<u32>,
    /// Sequences.
    pub batch: Option<u32>,
    /// Measured tokens per second.
    pub tokens_per_s: f64,
    /// Build, flags, file size and caveats.
    pub notes: String,
    /// Expert or layer placement (2026 set).
    #[serde(default)]
    pub offload: String,
    /// `YYYY-MM` of the build (2026 set).
    #[serde(default)]
    pub build_date: String,
}

/// A device's specs (`hardware_specs.csv`).
#[derive(Clone, Debug, Deserialize)]
pub struct HardwareRow {
    /// Name as the benchmarks give it.
    pub hardware: String,
    /// Maker.
    pub vendor: String,
    /// `gpu`, `unified`, ...
    pub kind: String,
    /// Memory, GB.
    pub memory_gb: Option<f64>,
    /// Bandwidth, GB/s.
    pub memory_bandwidth_gbs: Option<f64>,
    /// Dense FP16 TFLOPS.
    pub fp16_dense_tflops: Option<f64>,
    /// Dense INT8 TOPS.
    pub int8_dense_tops: Option<f64>,
    /// Board power, W.
    pub tdp_w: Option<f64>,
    /// Release year.
    pub release_year: Option<u16>,
    /// Launch price, USD.
    pub launch_price_usd: Option<f64>,
    /// Source.
    pub source_url: String,
    /// Caveats.
    pub notes: String,
}

/// A model's architecture (`model_configs.csv`).
#[derive(Clone, Debug, Deserialize)]
pub struct ModelRow {
    /// Name.
    pub model: String,
    /// Hugging Face repository.
    pub hf_repo: String,
    /// Total parameters, billions.
    pub params_b: Option<f64>,
    /// Active parameters, billions.
    pub active_params_b: Option<f64>,
    /// Layers.
    pub n_layers: Option<u32>,
    /// Hidden size.
    pub hidden_size: Option<u32>,
    /// Attention heads.
    pub n_heads: Option<u32>,
    /// KV heads.
    pub n_kv_heads: Option<u32>,
    /// Head dimension: a number, or words where the model has no single one (MLA).
    pub head_dim: String,
    /// FFN size: a number, or words (`18432 dense / 2048 per expert`).
    pub intermediate_size: String,
    /// Vocabulary.
    pub vocab_size: Option<u32>,
    /// Routed experts.
    pub n_experts: Option<u32>,
    /// Experts per token.
    pub n_active_experts: Option<u32>,
    /// Trained context.
    pub max_context: Option<u32>,
    /// Source.
    pub source_url: String,
    /// Caveats.
    pub notes: String,
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
