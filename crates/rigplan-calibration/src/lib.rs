//! The estimator against measured third-party benchmarks.
//!
//! Every row of the calibration files (`tests/data/calibration/benchmarks.csv`, the
//! 2025-26 `benchmarks_2026.csv` and `benchmarks_2026_extra.csv`) that the catalog can
//! express becomes a [`Case`]: a scenario resolved through the same resolver the CLI
//! uses, and the measured tokens/s. Decode rows (`tgN` at KV depth `d`) are predicted at
//! the mean depth `d + N/2`; prefill rows (`ppN`, `ppN @ dD`) as `N` tokens on top of
//! `d`. A row's expert placement (`--n-cpu-moe`, `-ot exps=CPU`) and the host RAM its
//! notes state become the scenario's `--n-cpu-moe` and host fields.

pub mod codegen;
pub mod csv;
pub mod cv;
pub mod evidence;
pub mod fit;
pub mod fit_check;
pub mod report;
pub mod serving;
pub mod validation;

use rigplan_core::hardware::Vendor;
use rigplan_core::memory::{memory, weight_bytes};
use rigplan_core::speed::{decode_step, prefill_time};
use rigplan_core::units::Bytes;
use rigplan_core::{Calibration, Scenario};
use rigplan_scenario::{HardwareChoice, ModelChoice, Params, choices};
use std::collections::BTreeMap;

/// The 2023-26 benchmark rows (third-party; see tests/data/calibration/README.md).
pub const BENCHMARKS: &str = include_str!("../../../tests/data/calibration/benchmarks.csv");
/// The 2025-26 rows from the shared calibration folder.
pub const BENCHMARKS_2026: &str =
    include_str!("../../../tests/data/calibration/benchmarks_2026.csv");
/// The 2025-26 rows this project gathered (sources in SOURCES_2026_extra.md).
pub const BENCHMARKS_2026_EXTRA: &str =
    include_str!("../../../tests/data/calibration/benchmarks_2026_extra.csv");
/// Our mapping of benchmark names to catalog ids.
pub const MAP: &str = include_str!("../../../tests/data/calibration/rigplan_map.csv");

/// The benchmark rows of every file, typed.
pub fn bench_rows() -> Vec<csv::BenchRow> {
    [
        ("benchmarks.csv", BENCHMARKS),
        ("benchmarks_2026.csv", BENCHMARKS_2026),
        ("benchmarks_2026_extra.csv", BENCHMARKS_2026_EXTRA),
    ]
    .into_iter()
    .flat_map(|(f, t)| csv::rows::<csv::BenchRow>(f, t).unwrap_or_else(|e| panic!("{e}")))
    .collect()
}

/// Our name-to-id map, typed.
pub fn map_rows() -> Vec<csv::MapRow> {
    csv::rows("rigplan_map.csv", MAP).unwrap_or_else(|e| panic!("{e}"))
}

/// Decode or prefill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// `tgN`.
    Decode,
    /// `ppN`.
    Prefill,
}

/// One expressible benchmark row.
#[derive(Clone, Debug)]
pub struct Case {
    /// Row id (`XD-0001`).
    pub id: String,
    /// Normalised backend label (`CUDA`, `Metal`, `MLX`, `Vulkan`, `ROCm`).
    pub backend: &'static str,
    /// Catalog model id.
    pub model: String,
    /// Model family (catalog).
    pub family: &'static str,
    /// Catalog quant id.
    pub quant: String,
    /// Devices.
    pub count: u32,
    /// Decode or prefill.
    pub phase: Phase,
    /// Tokens in the test (N of ppN / tgN).
    pub tokens: f64,
    /// KV depth before the test.
    pub depth: f64,
    /// Measured tokens/s.
    pub measured: f64,
    /// Real file size from the notes, when given.
    pub file_size: Option<Bytes>,
    /// Catalog device id (the unit of leave-one-device-out cross-validation).
    pub device: String,
    /// Source: the id prefix (`XD`, `C26-KYZ`, `X26-R97`, ...).
    pub source: String,
    /// Whether the build predates the current era, August 2025 (see
    /// [`Calibration::era_decode`]).
    pub old_build: bool,
    /// Whether the row ran a Gated DeltaNet model on a build before llama.cpp fused its
    /// layers into one operation (see [`Calibration::era_recurrent`]).
    pub unfused_gdn: bool,
    /// Months from the start of the current era (August 2025) to the row's build, when its
    /// `build_date` or build number says ([`build_month`]).
    pub build_month: Option<f64>,
    /// Whether routed experts sit in system RAM (`--n-cpu-moe`, `-ot exps=CPU`).
    pub expert_offload: bool,
    /// The resolved scenario.
    pub scenario: Scenario,
}

impl Case {
    /// Predicted tokens/s under `cal`, an old build's scaled by its era factor.
    pub fn predict(&self, cal: &Calibration) -> f64 {
        let era = match (self.old_build, self.phase) {
            (false, _) => 1.0,
            (true, Phase::Decode) => cal.era_decode,
            (true, Phase::Prefill) => cal.era_prefill,
        };
        self.predict_in_era(cal) * era
    }

    /// Predicted tokens/s under `cal` before the era's level factor: an old build's fixed
    /// per-token costs scaled by [`Calibration::era_fixed`], and a prompt by its backend's
    /// trend to the newest builds ([`Calibration::era_trend`]).
    pub fn predict_in_era(&self, cal: &Calibration) -> f64 {
        self.predict_at_build(cal) * self.trend(cal)
    }

    /// The prompt-speed trend of the row's backend between its build and the newest
    /// builds ([`TREND_REF_MONTH`]): `exp(-slope x months)`, 1 for decode, for a row whose
    /// build is unknown or newer, and months counted from August 2025 at most.
    fn trend(&self, cal: &Calibration) -> f64 {
        let vendor = self.scenario.device.vendor;
        if self.backend == "Vulkan" && matches!(vendor, Vendor::Nvidia | Vendor::Intel) {
            return 1.0;
        }
        let Some(i) = TREND_BACKENDS.iter().position(|b| *b == self.backend) else {
            return 1.0;
        };
        let slope = cal.era_trend[i];
        match (self.phase, self.build_month) {
            (Phase::Prefill, Some(m)) if slope != 0.0 => {
                (-slope * (TREND_REF_MONTH - m.clamp(0.0, TREND_REF_MONTH))).exp()
            }
            _ => 1.0,
        }
    }

    /// Predicted tokens/s with the row's build's fixed and recurrent costs, before any
    /// level factor or trend.
    fn predict_at_build(&self, cal: &Calibration) -> f64 {
        let fixed = self.old_build && cal.era_fixed != 1.0;
        let gdn = self.unfused_gdn && cal.era_recurrent != 1.0;
        if !fixed && !gdn {
            return self.predict_current(cal);
        }
        let mut c = *cal;
        let f = if fixed { cal.era_fixed } else { 1.0 };
        let g = if gdn { cal.era_recurrent } else { 1.0 };
        for (_, pick) in fit::BACKENDS {
            let b = pick(&mut c);
            b.t0_ms *= f;
            b.per_layer_us *= f;
            b.moe_layer_us *= f;
            b.expert_us *= f;
            b.recurrent_us *= g;
            b.recurrent_prefill_us *= g;
        }
        self.predict_current(&c)
    }

    /// Predicted tokens/s of a current build under `cal` (no era factor).
    pub fn predict_current(&self, cal: &Calibration) -> f64 {
        let s = &self.scenario;
        let mut w = weight_bytes(&s.model, &s.quant);
        // The file the row ran is the weights read: unsloth's dynamic mixes and other
        // custom mixes differ from the catalog scheme by a few percent.
        if let Some(f) = self.file_size {
            let k = f / w.total;
            if k.is_finite() && (0.8..1.25).contains(&k) {
                w.total = w.total * k;
                w.dense_read = w.dense_read * k;
                w.experts = w.experts * k;
            }
        }
        let mut mem = memory(s, &w);
        // The benchmark ran, so the weights were where the row says.
        mem.offloaded = Bytes::ZERO;
        match self.phase {
            Phase::Decode => {
                1.0 / decode_step(s, &w, &mem, cal, self.depth + self.tokens / 2.0).get()
            }
            Phase::Prefill => {
                self.tokens / prefill_time(s, &w, &mem, cal, self.tokens, self.depth).get()
            }
        }
    }

    /// Whether the quant is one of the standard four (Q4_0, Q4_K_M, Q8_0, F16).
    pub fn standard_quant(&self) -> bool {
        matches!(self.quant.as_str(), "q4_0" | "q4_k_m" | "q8_0" | "f16")
    }
}

/// A row left out, and why.
#[derive(Clone, Debug)]
pub struct Excluded {
    /// Row id.
    pub id: String,
    /// Why.
    pub reason: String,
}

fn file_size(notes: &str) -> Option<Bytes> {
    let i = notes.find("model size ")?;
    let rest = &notes[i + 11..];
    let end = rest.find(" GiB")?;
    rest[..end].trim().parse::<f64>().ok().map(Bytes::from_gib)
}

/// Numbers in `text` right before `unit` (`"64 GB DDR5"` -> 64 for `" GB"`).
fn number_before(text: &str, unit: &str) -> Option<f64> {
    let i = text.find(unit)?;
    let head = &text[..i];
    let start = head
        .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(0, |j| j + 1);
    head[start..].parse().ok()
}

/// The micro-batch a row states (`n_ubatch 2048`, `-ub 4096`, `micro-batch 512`: the first
/// of them in its notes), else llama.cpp's default.
fn ubatch(notes: &str, offload: &str) -> u32 {
    [notes, offload]
        .iter()
        .find_map(|t| {
            ["n_ubatch ", "-ub ", "micro-batch "]
                .iter()
                .filter_map(|k| {
                    let i = t.find(k)?;
                    let digits: String = t[i + k.len()..]
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .collect();
                    Some((i, digits.parse::<u32>().ok()?))
                })
                .min()
                .map(|(_, n)| n)
        })
        .unwrap_or(rigplan_core::memory::UBATCH)
}

/// Where a row's routed experts sit: `Ok(None)` all on the accelerator, `Ok(Some(n))`
/// llama.cpp's `--n-cpu-moe n` (`u32::MAX`: all), `Err` a placement this model cannot
/// state (half an expert tensor set on each side, an unstated cutoff, driver spill).
/// `dense` is the model's leading dense blocks: a block range counts MoE blocks.
fn expert_placement(offload: &str, dense: u32) -> Result<Option<u32>, String> {
    let o = offload;
    if let Some(i) = o.find("--n-cpu-moe ") {
        let n: String = o[i + 12..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        return n.parse().map(Some).map_err(|_| format!("placement '{o}'"));
    }
    let lower = o.to_ascii_lowercase();
    if !lower.contains("cpu") {
        if lower.contains("not stated (") && !lower.contains("fits") || lower.contains("partial") {
            return Err("placement not stated".into());
        }
        if lower.contains("larger than vram") {
            return Err("model larger than VRAM (driver spill)".into());
        }
        return Ok(None);
    }
    if lower.contains("up/down")
        || lower.contains("abbreviated")
        || lower.contains("from block")
        || lower.contains("same split as")
    {
        return Err("placement not stated block by block".into());
    }
    if lower.starts_with("all ") {
        return Ok(Some(u32::MAX));
    }
    // The last block range that is not "fully on GPU": `blk 8–48`, `blocks 3–47`.
    let mut last = None;
    let mut rest = o;
    while let Some(i) = rest.find('\u{2013}') {
        let head = &rest[..i];
        let a: String = head
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        let a: String = a.chars().rev().collect();
        let tail = &rest[i + '\u{2013}'.len_utf8()..];
        let b: String = tail.chars().take_while(char::is_ascii_digit).collect();
        let after = &tail[b.len()..];
        if let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>())
            && !after.trim_start().starts_with("fully on GPU")
            && !after.trim_start().starts_with("on GPU")
        {
            last = Some(dense + b.saturating_sub(a) + 1);
        }
        rest = tail;
    }
    last.map(Some).ok_or_else(|| format!("placement '{o}'"))
}

/// Host RAM bandwidth the notes state, GB/s: a measured figure, else DDR5 or DDR4 at the
/// stated transfer rate over the stated channels (two when not stated).
fn host_bandwidth(offload: &str) -> Option<f64> {
    if let Some(x) = number_before(offload, " GB/s measured") {
        return Some(x);
    }
    let (i, ddr) = ["DDR5-", "DDR4-"]
        .iter()
        .find_map(|g| Some((offload.find(g)?, &g[..4])))?;
    let mt: String = offload[i + 5..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    // Two 64-bit channels unless the row states how many (`12-channel DDR5-6000`).
    let channels = number_before(offload, &format!("-channel {ddr}-")).unwrap_or(2.0);
    mt.parse::<f64>()
        .ok()
        .map(|mt| mt * 8.0 * channels / 1000.0)
}

/// The card's slot a row's notes state (`link PCIe 4.0 x8`), as a `--pcie-slot` id (`4x8`).
fn host_link(offload: &str) -> Option<String> {
    let rest = &offload[offload.find("link PCIe ")? + 10..];
    let (g, tail) = rest.split_once(".0 x")?;
    let lanes: String = tail.chars().take_while(char::is_ascii_digit).collect();
    Some(format!("{g}x{lanes}"))
}

/// The first llama.cpp build number `text` gives in llama-bench's own form
/// (`build: a4575513 (5863)`, `build a4575513 (5863)`).
fn build_number(text: &str) -> Option<u32> {
    text.match_indices("build").find_map(|(i, _)| {
        let rest = text.get(i + 5..)?.trim_start_matches([':', ' ']);
        let hash_end = rest.find(|c: char| !c.is_ascii_hexdigit())?;
        let tail = rest.get(hash_end..)?.strip_prefix(" (")?;
        let close = tail.find(')')?;
        (hash_end >= 6).then_some(())?;
        tail.get(..close)?.parse().ok()
    })
}

/// The backends whose prompt speed has its own trend across the current era, in the order
/// of [`Calibration::era_trend`]. Vulkan's is AMD's (RADV, and any other driver but two):
/// on NVIDIA's and Intel's Vulkan drivers each stretch of time comes from other cards (an
/// RTX 3090 Ti in August 2025, an RTX 2080 Ti and 4090 in December; an Arc A770 in
/// December 2025, the Arc Pro B70 in 2026), so their rows cannot tell a trend from a
/// device, and they take none.
pub const TREND_BACKENDS: [&str; 6] = ["CUDA", "Metal", "MLX", "Vulkan", "ROCm", "SYCL"];

/// A trend's constant name: `vulkan.era_trend` for `Vulkan`.
pub fn trend_name(backend: &str) -> String {
    format!("{}.era_trend", backend.to_lowercase())
}

/// The newest builds the constants represent, in months from August 2025 (June 2026: the
/// newest rows' builds, b9187 in May 2026 and `build_date` 2026-06).
const TREND_REF_MONTH: f64 = 10.0;

/// llama.cpp builds per month across the current era: b6000 came on 2025-07-29 and b9187 on
/// 2026-05-14 (the rows' notes), 3,187 builds in 9.5 months.
const BUILDS_PER_MONTH: f64 = 337.0;

/// Months from August 2025 to a row's build: its `build_date` (`YYYY-MM`), else its
/// llama.cpp build number at [`BUILDS_PER_MONTH`].
pub fn build_month(build_date: &str, text: &str) -> Option<f64> {
    let month = |d: &str| match (d.get(..4), d.get(5..7)) {
        (Some(y), Some(m)) => Some(y.parse::<f64>().ok()? * 12.0 + m.parse::<f64>().ok()?),
        _ => None,
    };
    if let (Some(m), Some(start)) = (month(build_date), month(CURRENT_FROM_DATE)) {
        return Some(m - start);
    }
    build_number(text).map(|b| (f64::from(b) - f64::from(CURRENT_FROM_BUILD)) / BUILDS_PER_MONTH)
}

/// The first llama.cpp build of August 2025 (b6000, 2025-07-27 to -31): the era boundary.
const CURRENT_FROM_BUILD: u32 = 6000;

/// The first build date of the builds the constants represent.
const CURRENT_FROM_DATE: &str = "2025-08";

/// The first llama.cpp build with Gated DeltaNet fused into one operation on every GPU
/// backend (b8300, 2026-03-12 to -14).
const FUSED_GDN_FROM_BUILD: u32 = 8300;

/// The first build date of the fused Gated DeltaNet builds.
const FUSED_GDN_FROM_DATE: &str = "2026-03";

/// Whether a model's scanning recurrent layers are Gated DeltaNet (the catalog's Qwen
/// hybrids: Qwen3-Next, Qwen3.5, Qwen3.6) rather than Mamba's state-space scan (Nemotron-H,
/// Granite 4, Jamba): the catalog records the family, not the recurrence.
fn deltanet(family: &str, model: &rigplan_core::model::ModelArch) -> bool {
    family == "Qwen" && model.scan_layers() > 0
}

/// Whether a row of a Gated DeltaNet model ([`deltanet`]) ran before llama.cpp fused those layers: its `build_date`, else the
/// build number its text gives; a row that states neither counts as current.
fn unfused_gdn(
    family: &str,
    model: &rigplan_core::model::ModelArch,
    build_date: &str,
    text: &str,
) -> bool {
    deltanet(family, model)
        && built_before(build_date, text, FUSED_GDN_FROM_DATE, FUSED_GDN_FROM_BUILD)
            .unwrap_or(false)
}

/// The first llama.cpp build whose SYCL backend has Mamba's state-space scan
/// (`GGML_OP_SSM_SCAN`; b9060, 2026-05-07, ggml-org/llama.cpp PR #22149). Before it the
/// scheduler ran every Mamba layer's scan on the CPU, a round trip over PCIe per layer;
/// CUDA, Metal and Vulkan have had the operation since 2025.
const SYCL_SSM_SCAN_FROM_BUILD: u32 = 9060;

/// Whether a row ran its Mamba layers' scan on the CPU because its backend had no kernel
/// for it: SYCL before [`SYCL_SSM_SCAN_FROM_BUILD`], for a model whose recurrent layers
/// scan and are not Gated DeltaNet (Nemotron-H, Granite 4, Jamba; the Qwen hybrids'
/// DeltaNet operation came to SYCL in March 2026 with the others'). The build number
/// decides when the text gives one (the boundary falls inside a month), else a build
/// date before May 2026; a row that states neither counts as current. The estimate is for
/// builds that run every layer on the accelerator, so such a row measures something else.
fn scan_on_cpu(
    backend: &str,
    family: &str,
    model: &rigplan_core::model::ModelArch,
    build_date: &str,
    text: &str,
) -> bool {
    backend == "SYCL"
        && model.scan_layers() > 0
        && !deltanet(family, model)
        && build_number(text).map_or_else(
            || build_date.len() >= 7 && build_date < "2026-05",
            |b| b < SYCL_SSM_SCAN_FROM_BUILD,
        )
}

/// Whether a row's build came before a boundary (`date` as `YYYY-MM`, `build` a llama.cpp
/// build number): its `build_date`, else the build number its text gives, else `None`.
fn built_before(build_date: &str, text: &str, date: &str, build: u32) -> Option<bool> {
    if build_date.len() >= 7 {
        return Some(build_date < date);
    }
    build_number(text).map(|b| b < build)
}

/// Whether a row's build predates the current era (August 2025): its `build_date`, else
/// the llama.cpp build number its text gives, else for the 2023-26 file its source
/// (XiongjieDai, May 2024; discussion #4167, 2023-24). The boundary falls where the
/// kernels people run now arrived: MXFP4 (gpt-oss, b6096), and the AMD prefill paths
/// (the same Strix Halo runs a 70B prompt 3x faster in 2026 builds than at b5863).
fn old_build(id: &str, build_date: &str, text: &str) -> bool {
    built_before(build_date, text, CURRENT_FROM_DATE, CURRENT_FROM_BUILD)
        .unwrap_or_else(|| id.starts_with("XD-") || id.starts_with("L4167-"))
}

/// Whether a row whose backend label does not say `+FA` ran flash attention: as its notes
/// state it (`fa=0`, `FA off`, `flash_attn 0`: off, read first, since a row of a `-fa 0,1`
/// sweep names both; `flash_attn -1`, `auto`, `-fa 1`: on, every backend in the set
/// supports it for these models); a row that says it is not known counts as on from
/// September 2025; any other (no word of it, or "FA default") ran the default of the
/// tool that measured it at its build. llama-bench's default was off until `-fa auto`
/// became its default at b9437 (2026-05-31, ggml-org/llama.cpp PR #23714); llama.cpp's
/// other tools (llama-sweep-bench, llama-server, llama-cli) took `auto` at b6325
/// (2025-08-30, PR #15434). A row whose build is unknown counts as off.
fn flash_attention(r: &csv::BenchRow) -> bool {
    let t = format!("{} {} {}", r.backend, r.notes, r.offload).to_ascii_lowercase();
    let says = |keys: &[&str]| keys.iter().any(|k| t.contains(k));
    if says(&["fa=0", "fa off", "flash_attn 0", "flash_attn=0", "-fa off"]) {
        return false;
    }
    if says(&["flash_attn -1", "flash_attn=-1", "(auto", "-fa 1", "-fa on"]) {
        return true;
    }
    // Unknown ("FA not stated", "FA setting not shown"): from September 2025 most rows
    // that state it ran it on (387 backend labels say `+FA`), and one that needed it did
    // (X26-OFF-015, a 8192-token micro-batch whose unfused score matrix alone is 17 GB on
    // a 24 GB card).
    let unknown = says(&["fa not ", "fa flag", "fa setting"]);
    let common = unknown || says(&["sweep-bench", "llama-server", "llama-cli"]);
    let (date, build) = if common {
        ("2025-09", 6325)
    } else {
        ("2026-06", 9437)
    };
    built_before(
        &r.build_date,
        &format!("{} {}", r.engine, r.notes),
        date,
        build,
    ) == Some(false)
}

fn backend(raw: &str) -> Option<(&'static str, &'static str, &'static str, bool)> {
    let fa = raw.contains("+FA");
    let b = if raw.starts_with("CUDA") {
        ("CUDA", "llama.cpp", "cuda")
    } else if raw.starts_with("MLX") {
        ("MLX", "mlx", "metal")
    } else if raw.starts_with("Metal") {
        ("Metal", "llama.cpp", "metal")
    } else if raw.starts_with("Vulkan") {
        ("Vulkan", "llama.cpp", "vulkan")
    } else if raw.starts_with("ROCm") {
        ("ROCm", "llama.cpp", "rocm")
    } else if raw.starts_with("SYCL") {
        ("SYCL", "llama.cpp", "sycl")
    } else {
        return None;
    };
    Some((b.0, b.1, b.2, fa))
}

/// Every row, split into cases and exclusions.
pub fn cases() -> (Vec<Case>, Vec<Excluded>) {
    let mut map: BTreeMap<(String, String), String> = BTreeMap::new();
    for r in map_rows() {
        map.insert((r.kind, r.name), r.rigplan_id);
    }
    let look = |kind: &str, name: &str| map.get(&(kind.to_string(), name.to_string())).cloned();
    let mut cases = Vec::new();
    let mut excluded = Vec::new();
    for r in bench_rows() {
        let id = r.id.clone();
        let mut skip = |reason: String| {
            excluded.push(Excluded {
                id: id.clone(),
                reason,
            })
        };
        // A stated slot the planner cannot express would be dropped without a word.
        let slot = host_link(&r.offload);
        if let Some(id) = slot
            .as_deref()
            .filter(|id| choices::pcie_slot(id).is_none())
        {
            skip(format!("slot '{id}' is not a --pcie-slot choice"));
            continue;
        }
        let Some(hw) = look("hardware", &r.hardware) else {
            skip(format!("hardware '{}' not in the catalog map", r.hardware));
            continue;
        };
        let Some(model) = look("model", &r.model) else {
            skip(format!("model '{}' not in the catalog map", r.model));
            continue;
        };
        let Some(quant) = look("quant_override", &r.model).or_else(|| look("quant", &r.quant))
        else {
            skip(format!("quant '{}' has no catalog scheme", r.quant));
            continue;
        };
        let Some((label, engine, be, fa)) = backend(&r.backend) else {
            skip(format!("backend '{}' unknown", r.backend));
            continue;
        };
        let fa = fa || flash_attention(&r);
        let engine_text = r.engine.to_ascii_lowercase();
        if [
            "rapid-mlx",
            "mlx-swift",
            "llama-server",
            "ipex",
            "mlx-lm server",
        ]
        .iter()
        .any(|e| engine_text.contains(e))
        {
            skip(format!(
                "engine '{}' is not llama-bench or mlx_lm.benchmark",
                r.engine
            ));
            continue;
        }
        // A row its collector flagged, when it was gathered, as a likely engine fault
        // (notes "ODD: ..."): kept in the data, left out of the fit and the figures.
        if let Some(i) = r.notes.find("ODD: ") {
            skip(format!("flagged at collection: {}", &r.notes[i + 5..]));
            continue;
        }
        if r.backend.contains("Thunderbolt") {
            skip(format!("backend '{}' not modelled", r.backend));
            continue;
        }
        let test = r.test.split(" @").next().unwrap_or("");
        let (phase, n) = match (
            test.get(..2),
            test.get(2..).and_then(|n| n.parse::<f64>().ok()),
        ) {
            (Some("tg"), Some(n)) => (Phase::Decode, n),
            (Some("pp"), Some(n)) => (Phase::Prefill, n),
            _ => {
                skip(format!("test '{test}' not understood"));
                continue;
            }
        };
        let depth = f64::from(r.depth.unwrap_or(0));
        let dense = rigplan_catalog::model(&model)
            .and_then(|m| m.arch.moe)
            .map_or(0, |m| m.dense_layers);
        let placement = match expert_placement(&r.offload, dense) {
            Ok(p) => p,
            Err(e) => {
                skip(e);
                continue;
            }
        };
        // Before llama.cpp PR #15346 (Aug 2025) a prompt's micro-batch copied every expert
        // of a block in system RAM to the GPU, not only the ones it routes to.
        if placement.is_some()
            && phase == Phase::Prefill
            && !r.build_date.is_empty()
            && r.build_date.as_str() < "2025-08"
        {
            skip("expert-offload prefill before llama.cpp PR #15346 (Aug 2025)".into());
            continue;
        }
        let measured = r.measured;
        let count = r.count;
        if !measured.is_finite() || measured <= 0.0 {
            skip("no measurement".into());
            continue;
        }
        if r.notes.contains("SUSPECT") {
            skip("flagged SUSPECT in the source notes".into());
            continue;
        }
        let params = Params {
            model: ModelChoice::Id(model.clone()),
            quant: quant.clone(),
            hardware: HardwareChoice::Id(hw.clone()),
            count,
            context: (n + depth) as u32 + 1,
            prompt: if phase == Phase::Prefill {
                n as u32
            } else {
                512
            },
            depth: depth as u32,
            prefill_depth: if phase == Phase::Prefill {
                depth as u32
            } else {
                0
            },
            engine: engine.into(),
            backend: Some(be.into()),
            flash_attention: fa,
            n_cpu_moe: placement.map_or(0, |n| n.min(rigplan_core::limits::MAX_LAYERS)),
            ubatch: ubatch(&r.notes, &r.offload),
            host_bandwidth_gbs: host_bandwidth(&r.offload),
            // A slot older or narrower than the card (`link PCIe 4.0 x8`), as `--pcie-slot`.
            pcie_slot: slot,
            host_ram_gb: number_before(&r.offload, " GB DDR")
                .or_else(|| number_before(&r.offload, " GB RAM")),
            kv: if r.backend.contains("q8_0 KV") || r.offload.contains("q8_0 KV") {
                rigplan_core::quant::KvType::Q8_0
            } else {
                rigplan_core::quant::KvType::F16
            },
            ..Params::default()
        };
        let resolved = match rigplan_scenario::resolve(&params) {
            Ok(x) => x,
            Err(e) => {
                skip(format!("resolve failed: {e}"));
                continue;
            }
        };
        let family = rigplan_catalog::model(&model).map_or("?", |m| m.family);
        // The notes print the GGUF size; otherwise the bits-per-weight column, which the
        // data's authors derived from the real file, gives it back.
        let size = file_size(&r.notes)
            .or_else(|| Some(Bytes::new(r.bits_per_weight? * r.params_b? * 1e9 / 8.0)));
        // Where a row states its llama.cpp build, if anywhere but `build_date`.
        let build_text = format!("{} {}", r.engine, r.notes);
        let arch = &resolved.scenario.model;
        if scan_on_cpu(label, family, arch, &r.build_date, &build_text) {
            skip(format!(
                "SYCL before b{SYCL_SSM_SCAN_FROM_BUILD} ran the Mamba layers' scan on the CPU"
            ));
            continue;
        }
        cases.push(Case {
            id: id.clone(),
            backend: label,
            model,
            family,
            quant,
            count,
            phase,
            tokens: n,
            depth,
            measured,
            file_size: size,
            device: hw.clone(),
            source: source_of(&id),
            old_build: old_build(&id, &r.build_date, &build_text),
            unfused_gdn: unfused_gdn(family, arch, &r.build_date, &build_text),
            build_month: build_month(&r.build_date, &build_text),
            expert_offload: placement.is_some(),
            scenario: resolved.scenario,
        });
    }
    (cases, excluded)
}

/// A row id's source prefix: `XD-0001` -> `XD`, `C26-KYZ-001` -> `C26-KYZ`.
pub fn source_of(id: &str) -> String {
    match id.rfind('-') {
        Some(i) => id[..i].to_string(),
        None => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{
        build_month, flash_attention, host_bandwidth, host_link, scan_on_cpu, unfused_gdn,
    };

    #[test]
    fn a_row_ran_flash_attention_as_it_says_else_as_its_tool_did_at_its_build() {
        let fa = |engine: &str, notes: &str, date: &str| {
            flash_attention(&crate::csv::BenchRow {
                id: "T-001".into(),
                source_url: String::new(),
                engine: engine.into(),
                backend: "CUDA".into(),
                hardware: String::new(),
                count: 1,
                model: String::new(),
                params_b: None,
                quant: String::new(),
                bits_per_weight: None,
                test: "tg128".into(),
                depth: None,
                measured: 1.0,
                notes: notes.into(),
                offload: String::new(),
                build_date: date.into(),
            })
        };
        // Stated: a sweep's off row names both settings; auto is on.
        assert!(!fa(
            "llama-bench",
            "-fa 0,1; these are the fa=0 rows (fa=1 cut off)",
            "2026-07"
        ));
        assert!(fa("llama-bench", "flash_attn -1 (auto)", "2026-03"));
        // Not stated: llama-bench's default was off until b9437 (2026-05-31).
        assert!(!fa("llama-bench", "FA default", "2026-05"));
        assert!(fa("llama-bench", "FA default", "2026-06"));
        assert!(!fa("llama.cpp", "llama-bench; build 0253fb21f (9187)", ""));
        // Said to be unknown: on from September 2025.
        assert!(fa("llama-bench", "FA not stated", "2026-05"));
        assert!(!fa("llama-bench", "FA not stated", "2025-08"));
        assert!(fa("llama.cpp", "llama-bench; build 0253fb21f (9500)", ""));
        // llama.cpp's other tools took auto at b6325 (2025-08-30); no build, no guess.
        assert!(fa(
            "llama.cpp",
            "llama-sweep-bench, FA flag not shown",
            "2025-09"
        ));
        assert!(!fa(
            "llama.cpp",
            "llama-sweep-bench, FA flag not shown",
            "2025-08"
        ));
        assert!(!fa("llama.cpp", "no flag, no build", ""));
    }

    #[test]
    fn a_rows_build_month_comes_from_its_date_else_its_build_number() {
        assert_eq!(build_month("2026-03", "build 83bc2f28 (6077)"), Some(7.0));
        assert_eq!(build_month("2025-07", ""), Some(-1.0));
        let m = build_month("", "llama-bench; build 0253fb21f (9187); run 16 May 2026");
        assert!(m.is_some_and(|m| (m - 9.46).abs() < 0.01), "{m:?}");
        assert_eq!(build_month("", "no build stated"), None);
    }

    /// A catalog model's family and architecture.
    fn arch(id: &str) -> (&'static str, rigplan_core::model::ModelArch) {
        let m = rigplan_catalog::model(id).expect(id);
        (m.family, m.arch)
    }

    #[test]
    fn only_gated_deltanet_rows_before_the_fused_operation_are_unfused() {
        let (qf, next) = arch("qwen3-next-80b-a3b");
        let (nf, nemotron) = arch("nemotron-3-nano-30b-a3b");
        let (df, dense) = arch("qwen3-30b-a3b");
        assert!(unfused_gdn(qf, &next, "2025-12", ""));
        assert!(!unfused_gdn(qf, &next, "2026-04", ""));
        // No date: the build number the text gives, and none counts as current.
        assert!(unfused_gdn(
            qf,
            &next,
            "",
            "llama-bench build: 2aa45ef9e (7423)"
        ));
        assert!(!unfused_gdn(qf, &next, "", "build: 1d36b367a (8577)"));
        assert!(!unfused_gdn(qf, &next, "", "build not stated"));
        // Mamba-2 layers and models without recurrent layers are not concerned.
        assert!(!unfused_gdn(nf, &nemotron, "2025-12", ""));
        assert!(!unfused_gdn(df, &dense, "2025-12", ""));
    }

    #[test]
    fn only_sycl_mamba_rows_before_its_scan_kernel_ran_the_scan_on_the_cpu() {
        let (nf, nemotron) = arch("nemotron-3-nano-30b-a3b");
        let (qf, qwen) = arch("qwen3.6-35b-a3b");
        let (lf, lfm) = arch("lfm2-8b-a1b");
        let b9039 = "build 74d6248f7 (9039)";
        assert!(scan_on_cpu("SYCL", nf, &nemotron, "2026-05", b9039));
        // The build number decides inside the month; without one, a date before May 2026.
        assert!(!scan_on_cpu(
            "SYCL",
            nf,
            &nemotron,
            "2026-05",
            "build ad0922465 (9060)"
        ));
        assert!(!scan_on_cpu("SYCL", nf, &nemotron, "2026-05", ""));
        assert!(scan_on_cpu("SYCL", nf, &nemotron, "2026-04", ""));
        assert!(!scan_on_cpu("SYCL", nf, &nemotron, "", "build not stated"));
        // Other backends had the kernel; DeltaNet and short-convolution layers do not scan.
        assert!(!scan_on_cpu("Vulkan", nf, &nemotron, "2026-05", b9039));
        assert!(!scan_on_cpu("SYCL", qf, &qwen, "2026-05", b9039));
        assert!(!scan_on_cpu("SYCL", lf, &lfm, "2026-05", b9039));
    }

    #[test]
    fn host_facts_in_the_offload_column_are_read() {
        let o = "--n-cpu-moe 4; host Ryzen 7 5700X, 128 GB DDR4-3600 (dual-channel); \
                 link PCIe 4.0 x8 (x8/x8 bifurcation)";
        assert_eq!(host_bandwidth(o), Some(57.6));
        assert_eq!(host_link(o).as_deref(), Some("4x8"));
        let o = "all experts on CPU; host EPYC, 12-channel DDR5-6000";
        assert_eq!(host_bandwidth(o), Some(576.0));
        assert_eq!(host_link(o), None);
        assert_eq!(host_bandwidth("host CPU and RAM not stated"), None);
    }
}
