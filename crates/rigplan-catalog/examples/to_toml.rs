//! One-off converter: writes the compiled-in catalog tables as TOML data files (run once
//! when the catalog moved to data files; removed after the bit-equality check passed).

use rigplan_catalog::*;
use rigplan_core::hardware::{DeviceKind, MemoryRule, MemoryType, Vendor};
use rigplan_core::model::Attention;
use rigplan_core::quant::{KernelClass, QuantFormat};
use std::fmt::Write;

const READ: &str = "2026-11-20";

fn q(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => write!(o, "\\u{:04X}", c as u32).unwrap(),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// A decimal `d` with `d * scale == stored` bit for bit, printed so TOML reads it back.
fn num(stored: f64, scale: f64) -> String {
    let y = stored / scale;
    let d = [y, y.next_up(), y.next_down(), y.next_up().next_up(), y.next_down().next_down()]
        .into_iter()
        .find(|c| c * scale == stored)
        .unwrap_or_else(|| panic!("no exact decimal for {stored} / {scale}"));
    f(d)
}

fn f(d: f64) -> String {
    let s = format!("{d:?}");
    if s.contains('.') || s.contains('e') || s.contains("inf") || s.contains("NaN") { s } else { format!("{s}.0") }
}

fn sources(o: &mut String, table: &str, srcs: &[Source]) {
    for s in srcs {
        writeln!(o, "[[{table}.source]]\nurl = {}\ncovers = {}\nread = \"{READ}\"", q(s.url), q(s.covers)).unwrap();
    }
}

fn price(p: &Option<Price>) -> Option<String> {
    p.map(|p| format!("price = {{ usd = {}, date = {}, kind = {} }}", f(p.usd), q(p.date), q(p.kind)))
}

fn tier(t: Tier) -> &'static str { t.id() }

fn device(o: &mut String, h: &HardwareEntry) {
    let s = &h.spec;
    writeln!(o, "[[device]]\nid = {}\nname = {}\ntier = \"{}\"", q(h.id), q(h.name), tier(h.tier)).unwrap();
    let vendor = match s.vendor { Vendor::Nvidia => "nvidia", Vendor::Amd => "amd", Vendor::Apple => "apple", Vendor::Intel => "intel", Vendor::Qualcomm => "qualcomm", Vendor::Other => "other" };
    let kind = match s.kind { DeviceKind::Gpu => "gpu", DeviceKind::Unified => "unified", DeviceKind::Cpu => "cpu" };
    let mt = match s.memory_type { MemoryType::Gddr => "gddr", MemoryType::Hbm => "hbm", MemoryType::Lpddr => "lpddr", MemoryType::Ddr => "ddr" };
    writeln!(o, "vendor = \"{vendor}\"\nkind = \"{kind}\"\nmemory_gb = {}\nmemory_type = \"{mt}\"\nbandwidth_gbs = {}", num(s.memory.get(), 1e9), num(s.bandwidth.get(), 1e9)).unwrap();
    if let Some(x) = s.fp16 { writeln!(o, "fp16_tflops = {}", num(x.get(), 1e12)).unwrap(); }
    if s.fp16_is_fp32_accumulate { writeln!(o, "fp16_is_fp32_accumulate = true").unwrap(); }
    if let Some(x) = s.int8 { writeln!(o, "int8_tops = {}", num(x.get(), 1e12)).unwrap(); }
    if let Some(x) = s.tdp { writeln!(o, "tdp_w = {}", f(x.get())).unwrap(); }
    if let Some(x) = s.idle { writeln!(o, "idle_w = {}", f(x.get())).unwrap(); }
    let i = &s.interconnect;
    writeln!(o, "pcie_gen = {}\npcie_lanes = {}", i.pcie_gen, i.pcie_lanes).unwrap();
    if let Some(x) = i.nvlink { writeln!(o, "nvlink_gbs = {}", num(x.get(), 1e9)).unwrap(); }
    match s.memory_rule {
        MemoryRule::Dedicated => writeln!(o, "memory_rule = \"dedicated\""),
        MemoryRule::AppleWiredLimit => writeln!(o, "memory_rule = \"apple-wired-limit\""),
        MemoryRule::SharedWithOs => writeln!(o, "memory_rule = \"shared-with-os\""),
        MemoryRule::Carveout { max_fraction } => writeln!(o, "memory_rule = \"carveout\"\ncarveout_max_fraction = {}", f(max_fraction)),
    }.unwrap();
    if let Some(p) = price(&h.price) { writeln!(o, "{p}").unwrap(); }
    if let Some(y) = h.year { writeln!(o, "year = {y}").unwrap(); }
    writeln!(o, "notes = {}", q(h.notes)).unwrap();
    sources(o, "device", h.sources);
    writeln!(o).unwrap();
}

fn host_fields(o: &mut String, h: &rigplan_core::hardware::Host) {
    writeln!(o, "ram_gb = {}\nram_bandwidth_gbs = {}\nload_w = {}\nidle_w = {}", num(h.ram.get(), 1e9), num(h.ram_bandwidth.get(), 1e9), f(h.load_power.get()), f(h.idle_power.get())).unwrap();
    if let Some(p) = h.price { writeln!(o, "price_usd = {}", f(p.get())).unwrap(); }
}

fn main() {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    std::fs::create_dir_all(out.join("devices")).unwrap();
    let header = |what: &str| format!("# {what}\n#\n# Data file of rigplan's catalog: `cargo run -p rigplan-codegen -- --write` turns it into\n# crates/rigplan-catalog/src/generated/ (see crates/rigplan-catalog/data/README.md).\n\n");
    let mut nv = header("NVIDIA GPUs (and the GB10 SoC of DGX Spark). fp16_tflops: DENSE FP16 tensor throughput\n# (GeForce: FP32 accumulate, the half-rate mode, flagged fp16_is_fp32_accumulate; pro and\n# datacenter: full rate); int8_tops: DENSE INT8 tensor throughput; nvlink_gbs: per GPU,\n# PER DIRECTION (sources' bidirectional totals halved).");
    let mut ot = header("Devices other than NVIDIA's: AMD, Apple, Intel, Qualcomm.");
    let n_nv = rigplan_catalog::NVIDIA_COUNT;
    for (i, h) in devices().enumerate() {
        device(if i < n_nv { &mut nv } else { &mut ot }, h);
    }
    std::fs::write(out.join("devices/nvidia.toml"), nv.trim_end().to_string() + "\n").unwrap();
    std::fs::write(out.join("devices/others.toml"), ot.trim_end().to_string() + "\n").unwrap();

    let mut o = header("Complete machines: N devices plus the platform around them, with their own price and power.");
    for s in SYSTEMS {
        writeln!(o, "[[system]]\nid = {}\nname = {}\ntier = \"{}\"\ndevice = {}\ncount = {}", q(s.id), q(s.name), tier(s.tier), q(s.device), s.count).unwrap();
        if let Some(m) = s.memory_gb { writeln!(o, "memory_gb = {}", f(m)).unwrap(); }
        if let Some(p) = price(&s.price) { writeln!(o, "{p}").unwrap(); }
        writeln!(o, "notes = {}", q(s.notes)).unwrap();
        writeln!(o, "[system.host]").unwrap();
        host_fields(&mut o, &s.host);
        sources(&mut o, "system", s.sources);
        writeln!(o).unwrap();
    }
    std::fs::write(out.join("systems.toml"), o.trim_end().to_string() + "\n").unwrap();

    let mut o = header("The machine around a bare accelerator when the user picks a device, not a system.\n# Modelling defaults (assumptions), not catalog facts; --power-w and --price-usd override them.");
    for h in [&DESKTOP, &LAPTOP, &SERVER, &SOC] {
        writeln!(o, "[[host]]\nid = {}\ndescription = {}", q(h.id), q(h.description)).unwrap();
        host_fields(&mut o, &h.host);
        writeln!(o).unwrap();
    }
    std::fs::write(out.join("hosts.toml"), o.trim_end().to_string() + "\n").unwrap();

    let mut o = header("Models, with architecture fields from each model's config.json.\n# params prefers llama.cpp llama-bench tensor counts where the calibration data has them, else\n# Hugging Face safetensors totals or the model card figure. For MLA models (DeepSeek, Kimi,\n# GLM-4.7-Flash) head_dim is the query/key width qk_nope_head_dim + qk_rope_head_dim.");
    for m in MODELS {
        let a = &m.arch;
        writeln!(o, "[[model]]\nid = {}\nname = {}\nfamily = {}\nhf_repo = {}", q(m.id), q(m.name), q(m.family), q(m.hf_repo)).unwrap();
        writeln!(o, "params = {}\nactive_params = {}\nlayers = {}\nhidden = {}\nheads = {}\nkv_heads = {}\nhead_dim = {}\nffn = {}\nvocab = {}\ntied_embeddings = {}\nmax_context = {}", f(a.params), f(a.active_params), a.layers, a.hidden, a.heads, a.kv_heads, a.head_dim, a.ffn, a.vocab, a.tied_embeddings, a.max_context).unwrap();
        match a.attention {
            Attention::Full => writeln!(o, "attention = \"full\""),
            Attention::Sliding { window, local_layers } => writeln!(o, "attention = \"sliding\"\nwindow = {window}\nlocal_layers = {local_layers}"),
            Attention::Mla { kv_lora_rank, rope_dim } => writeln!(o, "attention = \"mla\"\nkv_lora_rank = {kv_lora_rank}\nrope_dim = {rope_dim}"),
        }.unwrap();
        writeln!(o, "notes = {}", q(m.notes)).unwrap();
        if let Some(x) = a.moe {
            writeln!(o, "[model.moe]\nexperts = {}\nactive = {}\nshared = {}\nexpert_ffn = {}\ndense_layers = {}", x.experts, x.active, x.shared, x.expert_ffn, x.dense_layers).unwrap();
        }
        sources(&mut o, "model", m.sources);
        writeln!(o).unwrap();
    }
    std::fs::write(out.join("models.toml"), o.trim_end().to_string() + "\n").unwrap();

    let mut o = header("Quantization schemes: bits per weight for each tensor class. GGUF mixes follow\n# llama.cpp's llama_tensor_get_type in src/llama-quant.cpp; block sizes are from\n# ggml/src/ggml-common.h (see rigplan_core::quant).");
    for e in QUANTS {
        let s = &e.scheme;
        let kernel = match s.kernel { KernelClass::Float => "float", KernelClass::Legacy => "legacy", KernelClass::KQuant => "k-quant", KernelClass::Micro => "micro", KernelClass::Group => "group" };
        let format = match s.format { QuantFormat::Float => "float", QuantFormat::Gguf => "gguf", QuantFormat::Mxfp4 => "mxfp4", QuantFormat::Fp8 => "fp8", QuantFormat::Int4Group => "int4-group", QuantFormat::Mlx => "mlx" };
        writeln!(o, "[[quant]]\nid = {}\nname = {}\nkernel = \"{kernel}\"\nformat = \"{format}\"", q(e.id), q(e.name)).unwrap();
        writeln!(o, "notes = {}", q(e.notes)).unwrap();
        writeln!(o, "[quant.bits]\nbase = {}\nembed = {}\noutput = {}\nattn_v = {}\nffn_down = {}\nexpert = {}\nexpert_down = {}", f(s.base), f(s.embed), f(s.output), f(s.attn_v), f(s.ffn_down), f(s.expert), f(s.expert_down)).unwrap();
        if let Some(d) = s.moe_dense { writeln!(o, "moe_dense = {}", f(d)).unwrap(); }
        sources(&mut o, "quant", e.sources);
        writeln!(o).unwrap();
    }
    std::fs::write(out.join("quants.toml"), o.trim_end().to_string() + "\n").unwrap();

    let mut o = header("Cloud GPU rental reference prices: the provider's list price on the date given, per GPU-hour\n# (per-second prices x 3600; multi-GPU instance prices / GPU count, as each name says).");
    for c in CLOUD {
        writeln!(o, "[[cloud]]\nid = {}\nname = {}\ndevice = {}\nusd_per_gpu_hour = {}\ndate = {}", q(c.id), q(c.name), q(c.device), f(c.usd_per_gpu_hour), q(c.date)).unwrap();
        writeln!(o, "[cloud.source]\nurl = {}\ncovers = {}\nread = \"{READ}\"\n", q(c.source.url), q(c.source.covers)).unwrap();
    }
    std::fs::write(out.join("cloud.toml"), o.trim_end().to_string() + "\n").unwrap();
    let mut o = header("API reference prices per million tokens, on the date given.");
    for a in API {
        writeln!(o, "[[api]]\nid = {}\nname = {}\ninput_usd_per_mtok = {}\noutput_usd_per_mtok = {}\ndate = {}", q(a.id), q(a.name), f(a.input_usd_per_mtok), f(a.output_usd_per_mtok), q(a.date)).unwrap();
        writeln!(o, "[api.source]\nurl = {}\ncovers = {}\nread = \"{READ}\"\n", q(a.source.url), q(a.source.covers)).unwrap();
    }
    std::fs::write(out.join("api.toml"), o.trim_end().to_string() + "\n").unwrap();
}
