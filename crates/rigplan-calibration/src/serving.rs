//! Serving throughput against published serving benchmarks
//! (`tests/data/serving/serving_benchmarks.csv`; every row's source, date and the quoted
//! definition of its metric are in `tests/data/serving/SOURCES.md`).
//!
//! A row is an engine's output tokens per second for fixed input and output lengths,
//! either at its maximum throughput (all requests queued: rigplan's saturated output
//! throughput, the most sequences that fit) or at a stated concurrency (that many
//! sequences at once). It becomes a scenario through the same resolver the CLI uses: the
//! catalog model, precision and device, `count` GPUs in tensor parallel, the engine, and
//! a workload of the row's input and output lengths with nothing cached.

use rigplan_core::calib::BackendCal;
use rigplan_core::memory::{memory, weight_bytes};
use rigplan_core::quant::KvType;
use rigplan_core::serving::Model;
use rigplan_core::{Calibration, Scenario, Work};
use rigplan_scenario::{HardwareChoice, ModelChoice, Params};
use serde::Deserialize;

/// The published serving benchmarks.
pub const BENCHMARKS: &str = include_str!("../../../tests/data/serving/serving_benchmarks.csv");

/// One row of `serving_benchmarks.csv`.
#[derive(Clone, Debug, Deserialize)]
pub struct ServingRow {
    /// Where it was read.
    pub source_url: String,
    /// Engine as the source names it.
    pub engine: String,
    /// Hugging Face id (or the doc's name) of the checkpoint.
    pub model_hf_id: String,
    /// Weight precision as the source names it.
    pub precision: String,
    /// GPU as the source names it.
    pub gpu: String,
    /// GPUs used.
    pub n_gpus: u32,
    /// Pipeline stages (rows with more than one are left out).
    #[serde(default)]
    pub pp: Option<u32>,
    /// Input tokens per request.
    pub input_len: Option<u32>,
    /// Output tokens per request.
    pub output_len: Option<u32>,
    /// `max`, a number, or blank.
    pub concurrency: String,
    /// The figure.
    pub throughput_value: f64,
    /// Its unit (`output_tok_s_per_gpu`, `output_tok_s_total`, ...).
    pub throughput_unit: String,
    /// Caveats, and the request rate of an online-serving row (`QPS=2`, `request rate 1 RPS`).
    #[serde(default)]
    pub notes: String,
}

/// A row rigplan can express.
#[derive(Clone, Debug)]
pub struct ServingCase {
    /// `file line`.
    pub id: String,
    /// The row.
    pub row: ServingRow,
    /// Its scenario.
    pub params: Params,
    /// The scenario resolved.
    pub scenario: Scenario,
    /// The catalog model.
    pub model: &'static str,
    /// Concurrent sequences (`None`: maximum throughput).
    pub concurrency: Option<u32>,
    /// Requests per second offered (an online-serving row), when the notes state one.
    pub rate: Option<f64>,
    /// Requests the online-serving run sent, when the notes state it.
    pub requests: Option<f64>,
    /// Measured output tokens/s, all GPUs together.
    pub measured: f64,
}

impl ServingCase {
    /// Predicted output tokens/s, all GPUs together.
    pub fn predict(&self, cal: &Calibration) -> f64 {
        let s = &self.scenario;
        let w = weight_bytes(&s.model, &s.quant);
        let mem = memory(s, &w);
        let m = Model::new(s, &w, &mem, cal);
        // A run never has more sequences in flight than the requests it sent.
        let sent = self
            .requests
            .map_or(u32::MAX, |n| n.clamp(1.0, f64::from(u32::MAX)) as u32);
        let b = match self.concurrency {
            Some(c) => c.min(m.max_sequences),
            None => m.max_sequences,
        }
        .min(sent);
        if b == 0 {
            return 0.0;
        }
        let most = f64::from(b) * m.at(b).per_user_tokens_per_s;
        let Some(rate) = self.rate else {
            return most;
        };
        // At an offered request rate the output is what arrives, up to what it can make. A
        // run of N requests lasts N / rate plus the last request's own time (the run's
        // drain), so its throughput is N x output / that. An overloaded run (the steady
        // state would hold more sequences than it admits) is paced by its throughput
        // instead: its N outputs at the most it makes.
        let out = f64::from(s.workload.output_tokens);
        let arrives = rate * out;
        match self.requests {
            Some(n) if n > 0.0 => {
                let mut t = *s;
                t.workload.users = 1.0;
                t.workload.requests_per_user_per_day = rate * 86_400.0;
                t.cost.hours_per_day = 24.0;
                let sv = Model::new(&t, &w, &mem, cal).serving();
                let d = if sv.per_user_decode_tokens_per_s > 0.0 {
                    sv.time_to_first_token_s + out / sv.per_user_decode_tokens_per_s
                } else {
                    0.0
                };
                let run = if sv.concurrency > f64::from(b) {
                    (n / rate).max(n * out / most)
                } else {
                    n / rate + d
                };
                most.min(n * out / run)
            }
            _ => most.min(arrives),
        }
    }

    /// The most sequences that fit in memory at the row's lengths.
    pub fn max_sequences(&self) -> u32 {
        let s = &self.scenario;
        let w = weight_bytes(&s.model, &s.quant);
        let mem = memory(s, &w);
        Model::new(s, &w, &mem, &rigplan_core::calib::DEFAULT).max_sequences
    }

    /// `ISL/OSL` of the row.
    pub fn lengths(&self) -> String {
        format!(
            "{}/{}",
            self.row.input_len.unwrap_or(0),
            self.row.output_len.unwrap_or(0)
        )
    }
}

/// The request rate an online-serving row was run at, from its notes (`QPS=8`,
/// `request rate 2 RPS`); `None` for `QPS=INF` and offline rows.
fn offered_rate(notes: &str) -> Option<f64> {
    let num = |rest: &str| -> Option<f64> {
        let t: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        t.parse().ok()
    };
    if let Some(i) = notes.find("QPS=") {
        return num(&notes[i + 4..]);
    }
    notes
        .find("request rate ")
        .and_then(|i| num(&notes[i + 13..]))
}

/// How many requests an online-serving run sent, from its notes (`300 prompts`,
/// `with 500 requests`).
fn run_requests(notes: &str) -> Option<f64> {
    let words: Vec<&str> = notes
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .collect();
    words.windows(2).find_map(|w| match w[1] {
        "prompts" | "requests" => w[0].parse().ok(),
        _ => None,
    })
}

/// The catalog model a checkpoint name stands for.
fn model_id(hf: &str) -> Option<&'static str> {
    let h = hf.to_ascii_lowercase();
    let table: &[(&str, &str)] = &[
        ("llama-3.1-8b", "llama-3.1-8b"),
        ("llama-3.1-70b", "llama-3.1-70b"),
        ("llama-3.3-70b", "llama-3.3-70b"),
        ("llama-3.1-405b", "llama-3.1-405b"),
        ("llama-4-maverick", "llama-4-maverick"),
        ("llama-4-scout", "llama-4-scout"),
        ("qwen3-235b-a22b", "qwen3-235b-a22b"),
        ("qwen3-30b-a3b", "qwen3-30b-a3b"),
        ("deepseek-r1", "deepseek-r1"),
        ("deepseek-v3", "deepseek-v3"),
        ("gpt-oss-120b", "gpt-oss-120b"),
        ("gpt-oss-20b", "gpt-oss-20b"),
        ("mixtral-8x7b", "mixtral-8x7b"),
        ("mixtral-8x22b", "mixtral-8x22b"),
        ("mistral-7b-v0.1", "mistral-7b-v0.1"),
    ];
    table.iter().find(|(k, _)| h.contains(k)).map(|(_, v)| *v)
}

/// The catalog device a GPU name stands for.
fn device_id(gpu: &str) -> Option<&'static str> {
    let g = gpu.to_ascii_uppercase();
    let table: &[(&str, &str)] = &[
        ("GH200", ""),
        ("GB200", "gb200"),
        ("B200", "b200"),
        ("H200", "h200"),
        ("H100", "h100-sxm"),
        ("L40S", "l40s"),
        ("A100-PCIE", "a100-80gb-pcie"),
        ("A100", "a100-80gb-sxm"),
        (
            "RTX PRO 6000 BLACKWELL SERVER",
            "rtx-pro-6000-blackwell-server",
        ),
        ("MI300X", "mi300x"),
    ];
    table
        .iter()
        .find(|(k, _)| g.contains(k))
        .and_then(|(_, v)| (!v.is_empty()).then_some(*v))
}

/// The catalog quantization a precision stands for (gpt-oss's FP4 is MXFP4 experts with
/// 16-bit attention; NVIDIA's FP4 checkpoints are NVFP4).
fn quant_id(precision: &str, model: &str) -> Option<&'static str> {
    // OpenAI publishes gpt-oss only as MXFP4 experts with 16-bit attention, and the
    // benchmarks run that checkpoint: their FP8 on Hopper (no FP4 units) names the run's
    // activations and KV cache, not the weights read.
    if model.starts_with("gpt-oss") {
        return Some("mxfp4-f16");
    }
    match precision.to_ascii_uppercase().as_str() {
        "BF16" => Some("bf16"),
        "FP16" => Some("f16"),
        "FP8" => Some("fp8"),
        "FP4" => Some("nvfp4"),
        _ => None,
    }
}

/// Every row, as a case or with the reason it is left out.
pub fn serving_cases() -> (Vec<ServingCase>, Vec<(String, String)>) {
    let mut cases = Vec::new();
    let mut out = Vec::new();
    let mut rdr = ::csv::Reader::from_reader(BENCHMARKS.as_bytes());
    for (i, rec) in rdr.deserialize::<ServingRow>().enumerate() {
        let id = format!("serving line {}", i + 2);
        let row = match rec {
            Ok(r) => r,
            Err(e) => {
                out.push((id, format!("unreadable: {e}")));
                continue;
            }
        };
        let reason = |why: &str| (id.clone(), why.to_string());
        let engine = match row.engine.as_str() {
            e if e.starts_with("TensorRT-LLM") => "tensorrt-llm",
            "vLLM" | "SGLang" => "vllm",
            _ => {
                out.push(reason("engine is not TensorRT-LLM, vLLM or SGLang"));
                continue;
            }
        };
        let per_gpu = match row.throughput_unit.as_str() {
            "output_tok_s_per_gpu" => true,
            "output_tok_s_total" => false,
            _ => {
                out.push(reason("not output tokens per second"));
                continue;
            }
        };
        let (Some(input), Some(output)) = (row.input_len, row.output_len) else {
            out.push(reason("input or output length not stated"));
            continue;
        };
        if row.pp.unwrap_or(1) > 1 {
            out.push(reason("pipeline parallel"));
            continue;
        }
        let Some(model) = model_id(&row.model_hf_id) else {
            out.push(reason("model not in the catalog"));
            continue;
        };
        let Some(device) = device_id(&row.gpu) else {
            out.push(reason("GPU not in the catalog"));
            continue;
        };
        let Some(quant) = quant_id(&row.precision, model) else {
            out.push(reason("precision not in the catalog"));
            continue;
        };
        let concurrency = match row.concurrency.trim() {
            "" | "max" => None,
            c => match c.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    out.push(reason("concurrency is not a number"));
                    continue;
                }
            },
        };
        let params = Params {
            model: ModelChoice::Id(model.into()),
            quant: quant.into(),
            hardware: HardwareChoice::Id(device.into()),
            count: row.n_gpus.max(1),
            split: rigplan_core::Split::Tensor,
            context: input + output,
            prompt: input.max(1),
            engine: engine.into(),
            backend: Some(if device == "mi300x" { "rocm" } else { "cuda" }.into()),
            work: Work::Workload,
            input_tokens: input,
            output_tokens: output.max(1),
            cached_share: 0.0,
            // NVIDIA's FP8 and FP4 checkpoints carry FP8 KV-cache scales and the
            // TensorRT-LLM runs use them: an 8-bit cache.
            kv: if engine == "tensorrt-llm" && quant != "bf16" && quant != "f16" {
                KvType::Q8_0
            } else {
                KvType::F16
            },
            ..Params::default()
        };
        let scenario = match rigplan_scenario::resolve(&params) {
            Ok(r) => r.scenario,
            Err(e) => {
                out.push(reason(&format!("does not resolve: {}", e.message)));
                continue;
            }
        };
        let rate = offered_rate(&row.notes);
        let requests = run_requests(&row.notes);
        let measured = row.throughput_value * if per_gpu { f64::from(row.n_gpus) } else { 1.0 };
        cases.push(ServingCase {
            id,
            row,
            params,
            scenario,
            model,
            concurrency,
            rate,
            requests,
            measured,
        });
    }
    (cases, out)
}

/// A constant of [`SERVING`] the fit moves: name, place, bounds.
type Knob = (&'static str, fn(&mut BackendCal) -> &mut f64, f64, f64);

/// The constants fitted on the serving rows.
pub const KNOBS: &[Knob] = &[
    // Fixed costs per step within what a CUDA-graph engine's launches and scheduler can
    // plausibly cost: they also set single-stream speed, which these rows barely measure.
    ("t0_ms", |b| &mut b.t0_ms, 0.0, 10.0),
    ("per_layer_us", |b| &mut b.per_layer_us, 0.0, 40.0),
    ("eff.float", |b| &mut b.eff.float, 0.3, 0.92),
    ("eff.micro", |b| &mut b.eff.micro, 0.3, 0.92),
    ("kv_fa", |b| &mut b.kv_fa, 1.0, 4.0),
    ("per_seq_us", |b| &mut b.per_seq_us, 0.0, 200.0),
    ("pp_eff_float", |b| &mut b.pp_eff_float, 0.05, 1.0),
    ("pp_eff_quant", |b| &mut b.pp_eff_quant, 0.05, 1.0),
    ("pp_eff_moe", |b| &mut b.pp_eff_moe, 0.05, 1.0),
    ("attention", |b| &mut b.attention, 0.05, 20.0),
    ("attention_decode", |b| &mut b.attention_decode, 0.0, 40.0),
    ("moe_layer_us", |b| &mut b.moe_layer_us, 0.0, 60.0),
    ("allreduce", |b| &mut b.allreduce, 0.5, 10.0),
];

/// `cal` with its serving constants replaced.
pub fn with_serving(b: BackendCal) -> Calibration {
    Calibration {
        serving: b,
        ..rigplan_core::calib::DEFAULT
    }
}

/// Mean absolute log error of `b` over `cases` (the fit's loss: the reported figure is a
/// mean absolute percentage error, and one contradictory row should not steer it as a
/// squared loss lets it).
pub fn loss(cases: &[&ServingCase], b: &BackendCal) -> f64 {
    let cal = with_serving(*b);
    let n = cases.len().max(1) as f64;
    cases
        .iter()
        .map(|c| {
            let p = c.predict(&cal);
            let l = (p.max(1e-9) / c.measured).ln();
            if l.is_finite() { l.abs() } else { 100.0 }
        })
        .sum::<f64>()
        / n
}

/// Fits the serving constants on `cases` from `start` by coordinate descent in log steps
/// (each knob tried up and down by a shrinking factor, kept when the loss falls).
pub fn fit(cases: &[&ServingCase], start: BackendCal, rounds: u32) -> (BackendCal, f64) {
    let mut b = start;
    let mut best = loss(cases, &b);
    let mut step = 0.5f64;
    for _ in 0..rounds {
        let mut moved = false;
        for (_, place, lo, hi) in KNOBS {
            for dir in [1.0, -1.0] {
                let mut t = b;
                let x = place(&mut t);
                let old = *x;
                let new = if old == 0.0 {
                    if dir > 0.0 {
                        (hi - lo) * 0.01 * step
                    } else {
                        0.0
                    }
                } else {
                    old * (1.0 + step).powf(dir)
                };
                *x = new.clamp(*lo, *hi);
                if (*x - old).abs() < 1e-12 {
                    continue;
                }
                let l = loss(cases, &t);
                if l < best - 1e-12 {
                    best = l;
                    b = t;
                    moved = true;
                }
            }
        }
        if !moved {
            step *= 0.5;
            if step < 0.0005 {
                break;
            }
        }
    }
    (b, best)
}

/// Out-of-fold predictions: for each catalog model, the constants fitted without its rows
/// predict them (leave one model out). `(case id, prediction)`.
pub fn out_of_fold(cases: &[ServingCase], rounds: u32) -> Vec<(String, f64)> {
    let mut models: Vec<&str> = cases.iter().map(|c| c.model).collect();
    models.sort_unstable();
    models.dedup();
    let mut out = Vec::new();
    for m in models {
        let train: Vec<&ServingCase> = cases.iter().filter(|c| c.model != m).collect();
        let (b, _) = fit(&train, prior(), rounds);
        let cal = with_serving(b);
        for c in cases.iter().filter(|c| c.model == m) {
            out.push((c.id.clone(), c.predict(&cal)));
        }
    }
    out
}

/// Where every fit starts: the llama.cpp CUDA constants for what these rows do not
/// measure (quantized-kernel efficiencies, recurrent layers, attention without flash
/// attention), and for each fitted constant the middle of its physical range, as every
/// llama.cpp fit starts ([`crate::fit::prior`]), so a refit of the llama.cpp constants does
/// not move the serving ones.
pub fn prior() -> BackendCal {
    let mut mid = crate::fit::prior(rigplan_core::calib::DEFAULT).cuda;
    let mut b = BackendCal {
        calibrated: true,
        // Fused MoE kernels: no launch per routed expert.
        expert_us: 0.0,
        ..rigplan_core::calib::DEFAULT.cuda
    };
    for (_, place, _, _) in KNOBS {
        *place(&mut b) = *place(&mut mid);
    }
    b
}

/// Mean absolute percentage error of `(prediction, measured)` pairs.
pub fn mape(pairs: &[(f64, f64)]) -> f64 {
    let n = pairs.len().max(1) as f64;
    pairs.iter().map(|(p, m)| ((p - m) / m).abs()).sum::<f64>() / n
}

/// A fingerprint of the cases and their predictions under today's constants: the
/// committed out-of-fold file is stale when it changes.
pub fn fingerprint(cases: &[ServingCase]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |s: &str| {
        for b in s.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    let cal = rigplan_core::calib::DEFAULT;
    for c in cases {
        eat(&c.id);
        eat(&format!(
            "{:.6e}|{:.6e}|{:?}",
            c.predict(&cal),
            c.measured,
            c.scenario
        ));
    }
    h
}

/// The committed out-of-fold predictions (`tests/data/serving/cv.csv`):
/// `(fingerprint, id -> prediction)`.
pub fn committed() -> (u64, std::collections::BTreeMap<String, f64>) {
    let text = include_str!("../../../tests/data/serving/cv.csv");
    let mut fp = 0;
    let mut rows = std::collections::BTreeMap::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# fingerprint ") {
            fp = u64::from_str_radix(rest.split_whitespace().next().unwrap_or(""), 16).unwrap_or(0);
            continue;
        }
        if line.starts_with('#') || line.starts_with("id,") {
            continue;
        }
        if let Some((id, p)) = line.rsplit_once(',')
            && let Ok(p) = p.parse()
        {
            rows.insert(id.to_string(), p);
        }
    }
    (fp, rows)
}

/// `(prediction, measured)` pairs.
type Pairs = Vec<(f64, f64)>;

/// Bound on the leave-one-model-out MAPE the test holds (the target is 25%; see
/// docs/ACCURACY.md for what is still wrong).
pub const CV_BOUND: f64 = 0.27;

/// The serving section of docs/ACCURACY.md: in-sample and leave-one-model-out MAPE by
/// input/output length (the cross-validated figures from the committed `cv.csv`).
pub fn markdown(cal: &Calibration) -> String {
    use std::fmt::Write;
    let (cases, out) = serving_cases();
    let (fp, oof) = committed();
    let fresh = fp == fingerprint(&cases);
    let mut by: std::collections::BTreeMap<String, (Pairs, Pairs)> =
        std::collections::BTreeMap::new();
    for c in &cases {
        let p = c.predict(cal);
        let cv = oof.get(&c.id).copied().unwrap_or(f64::NAN);
        let engine = if c.params.engine == "tensorrt-llm" {
            "TensorRT-LLM, all lengths"
        } else {
            "vLLM and SGLang, all lengths"
        };
        for k in [c.lengths(), engine.to_string(), "all".to_string()] {
            let e = by.entry(k).or_default();
            e.0.push((p, c.measured));
            e.1.push((cv, c.measured));
        }
    }
    let mut o = String::new();
    let _ = writeln!(
        o,
        "\n## Serving throughput (issue 11)\n\n\
         Output tokens/s of the continuous-batching engines (TensorRT-LLM, vLLM, SGLang) at their maximum throughput, \
         at a stated concurrency, or at an online-serving row's offered request rate, against the published serving \
         benchmarks in `tests/data/serving/` (every row's source and metric definition in its SOURCES.md). {} of {} rows \
         are expressed (left out: another engine, no lengths, a unit other than output tokens/s, pipeline parallel, a GPU \
         not in the catalog). The serving engines' constants (`SERVING` in calib.rs) are fitted on these rows by \
         `cargo run --release -p rigplan-calibration --bin serving -- --write`; the honest figure is leave one model out \
         (`--write-cv`: each model's rows predicted by constants fitted without them){}.\n",
        cases.len(),
        cases.len() + out.len(),
        if fresh { "" } else { " (IT IS STALE)" }
    );
    let cv_of = |k: &str| by.get(k).map_or(f64::NAN, |(_, cv)| mape(cv));
    let (all_cv, trt_cv, other_cv) = (
        cv_of("all"),
        cv_of("TensorRT-LLM, all lengths"),
        cv_of("vLLM and SGLang, all lengths"),
    );
    let _ = writeln!(
        o,
        "| input/output tokens | rows | MAPE in-sample | MAPE leave one model out |\n| --- | --- | --- | --- |"
    );
    for (k, (ins, cv)) in &by {
        let _ = writeln!(
            o,
            "| {k} | {} | {:.1}% | {:.1}% |",
            ins.len(),
            100.0 * mape(ins),
            100.0 * mape(cv)
        );
    }
    let _ = writeln!(
        o,
        "\nThe issue's target, 25% overall, is {}: {:.1}% leave one model out (TensorRT-LLM's 170 rows {:.1}%; the ten vLLM and \
         SGLang rows, all 2024 builds, {:.1}%); the test holds the cross-validated MAPE under {:.0}%. What the model \
         has: TensorRT-LLM's default scheduler reserves each request's whole output in the KV cache, vLLM's allocates \
         as tokens arrive; routed-expert matrix work runs at the MoE efficiency once decode is compute-bound; the \
         attention kernels read each sequence's cache after the weight matmuls, not hidden under them; the \
         tensor-parallel all-reduces cost a fitted multiple of their time at the link's datasheet rate; weights and \
         KV are read at no more than 92% of datasheet bandwidth, and KV no faster than weights. Reading the rows: a \
         run never has more sequences in flight than the requests it sent, and an online run offered more than it \
         can make is paced by its throughput. What is still wrong: TensorRT-LLM's 25 rows on 8 GPUs come out \
         12% high on average in-sample (26% MAPE; not explained: the model has neither expert nor \
         attention-data parallelism, which the engine can use for MoE models); SGLang 0.4.1's \
         DeepSeek-V3 on 8 H200s at 4 and 8 RPS comes out 60-130% high (that build's capacity was far below the \
         model's, and with it left in, DeepSeek-R1's rows come out about 28% low when R1 is held out); vLLM on \
         MI300X (ROCm 6.2, 2024) is predicted up to 2.2x high at its largest batches; gpt-oss-120b on one H200 or \
         four H100s at 1024/8192 and 1024/32768 is predicted 2.3-2.6x high (the same tables' gpt-oss-20b rows are \
         far closer); Llama 3.3 70B NVFP4 on the RTX PRO 6000 Blackwell Server is 85% low because the catalog has \
         no FLOPS figure for that card (a flagged blank, not a guess).\n",
        if all_cv <= 0.25 {
            "**met**"
        } else {
            "**not met**"
        },
        100.0 * all_cv,
        100.0 * trt_cv,
        100.0 * other_cv,
        CV_BOUND * 100.0
    );
    o
}
