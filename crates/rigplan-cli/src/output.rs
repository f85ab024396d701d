//! Text and JSON output.

use rigplan_catalog::{API, CLOUD, MODELS, QUANTS, SYSTEMS, devices};
use rigplan_core::units::Usd;
use rigplan_core::{Estimate, Fit};
use rigplan_scenario::display::{gb, seconds, sig3, tps, usd};
use rigplan_scenario::present;
use rigplan_scenario::{BACKENDS, ENGINES, Resolved};
use serde_json::{Value, json};
use std::fmt::Write;

fn opt(v: Option<f64>) -> Value {
    v.map_or(Value::Null, |x| json!(x))
}

/// The `--json` object (field names are a public contract: see README).
pub fn estimate_json(params: &rigplan_scenario::Params, r: &Resolved, e: &Estimate) -> String {
    let m = &e.memory;
    let t = &e.tco;
    let monthly: Vec<Value> = t
        .monthly()
        .map(|p| json!({"month": p.month, "own_usd": p.own_usd, "cloud_usd": p.cloud_usd, "api_usd": p.api_usd}))
        .collect();
    let s = &r.scenario;
    let sv = &e.serving;
    let cap = rigplan_core::serving::capacity(s, &rigplan_core::calib::DEFAULT);
    let flips = rigplan_core::sensitivity::sensitivity(s, &rigplan_core::calib::DEFAULT);
    let rec = present::with_recommendation(s, m);
    let evidence: Vec<Value> = rigplan_scenario::evidence::nearest(params, r, 3)
        .iter()
        .map(|m| {
            json!({
                "hardware": m.device, "count": m.count, "model": m.model, "quant": m.quant,
                "backend": m.backend, "test": format!("tg{}", m.tokens),
                "tokens_per_s": m.tokens_per_s, "source_url": m.url,
            })
        })
        .collect();
    let v = json!({
        "command": rigplan_scenario::command::command(params, r, e),
        "evidence": evidence,
        "scenario": {
            "model": r.model_name, "hardware": r.hardware_name, "count": s.count,
            "context": s.context, "prompt": s.prompt, "depth": s.depth, "batch": s.batch,
            "prefill_depth": s.prefill_depth, "ubatch": s.ubatch,
            "n_cpu_moe": if s.n_cpu_moe == u32::MAX { json!("all") } else { json!(s.n_cpu_moe) },
            "host": r.host_profile.map(|h| h.description),
            "host_ram_gb": s.host.ram.as_gib(), "host_bandwidth_gbs": s.host.ram_bandwidth.as_gbs(),
            "workload": {
                "users": s.workload.users, "requests_per_user_per_day": s.workload.requests_per_user_per_day,
                "input_tokens": s.workload.input_tokens, "output_tokens": s.workload.output_tokens,
                "cached_share": s.workload.cached_share, "busy_hours_per_day": s.cost.hours_per_day,
                "max_ttft_s": s.workload.max_ttft_s, "min_user_tokens_per_s": s.workload.min_user_tokens_per_s,
                "spec_acceptance": s.workload.spec_acceptance,
            },
        },
        "serving": {
            "batching": if rigplan_core::serving::paged(s.engine) { "continuous, paged KV" } else { "fixed slots (--parallel)" },
            "max_concurrent_sequences": sv.max_concurrent_sequences,
            "saturated_output_tokens_per_s": sv.saturated_output_tokens_per_s,
            "concurrency": sv.concurrency,
            "per_user_decode_tokens_per_s": sv.per_user_decode_tokens_per_s,
            "time_to_first_token_s": sv.time_to_first_token_s,
            "max_concurrency_meeting_targets": cap.max_concurrency_meeting_targets,
            // A count of people: the whole users the machine serves (the model is fractional).
            "max_users_meeting_targets": cap.max_users_meeting_targets.floor(),
            "instances_needed": sv.instances,
            "utilization": sv.utilization,
            "meets_targets": sv.meets_targets,
            "spec_speedup": sv.spec_speedup,
            "draft_bytes": sv.draft_bytes.get(),
            "kv_per_sequence_bytes": sv.kv_per_sequence.get(),
        },
        "memory": {
            "weights_bytes": m.weights.get(), "kv_cache_bytes": m.kv_cache.get(),
            "compute_buffer_bytes": m.compute_buffer.get(), "overhead_bytes": m.overhead.get(),
            "total_bytes": m.total.get(), "usable_bytes": m.usable.get(),
            "headroom_bytes": m.headroom_bytes, "offloaded_bytes": m.offloaded.get(),
            "host_usable_bytes": m.host_usable.get(),
            "expert_offload_bytes": m.expert_offload.get(),
        },
        "recommended": {
            "n_cpu_moe": m.recommended_n_cpu_moe,
            // The speeds with it, when the scenario's own --n-cpu-moe is below it.
            "decode_tokens_per_s": rec.map(|r| r.speed.decode.get()),
            "prefill_tokens_per_s": rec.map(|r| r.speed.prefill.get()),
        },
        "fit": m.fit.id(),
        "speed": {
            "decode_tokens_per_s": e.speed.decode.get(),
            "decode_tokens_per_s_low": e.speed.decode_low.get(),
            "decode_tokens_per_s_high": e.speed.decode_high.get(),
            "decode_aggregate_tokens_per_s": e.speed.decode_aggregate.get(),
            "prefill_tokens_per_s": e.speed.prefill.get(),
            "prefill_tokens_per_s_low": e.speed.prefill_low.get(),
            "prefill_tokens_per_s_high": e.speed.prefill_high.get(),
            "time_to_first_token_s": e.speed.time_to_first_token.get(),
            "tier": e.speed.tier.id(),
        },
        "power": {
            "load_w": e.power.load.get(), "idle_w": e.power.idle.get(), "peak_w": e.power.peak.get(),
            "joules_per_token": e.power.joules_per_token.get(),
            "circuit": e.power.circuit.map(|c| json!({"volts": c.volts, "amps": c.amps, "continuous_w": c.continuous_w})),
        },
        "tco": {
            "work": s.cost.work.id(), "cheapest": t.cheapest.map(|c| c.id()),
            "own_serves": t.own_serves, "cloud_instances": t.cloud_instances,
            "resale_usd": t.resale.get(), "input_tokens_monthly": t.input_tokens_monthly,
            "api_input_usd_per_mtok": s.cost.api_input_usd_per_mtok.get(),
            "api_cached_usd_per_mtok": s.cost.api_cached_usd_per_mtok.get(),
            "api_blended_usd_per_mtok": t.api_blended_usd_per_mtok.map(Usd::get),
            "years": t.years, "purchase_usd": t.purchase.get(),
            "own_total_usd": t.own_total.get(), "cloud_total_usd": t.cloud_total.get(), "api_total_usd": t.api_total.get(),
            "electricity_monthly_usd": t.electricity_monthly.get(), "tokens_monthly": t.tokens_monthly,
            "own_usd_per_mtok": t.own_usd_per_mtok.map(Usd::get), "cloud_usd_per_mtok": t.cloud_usd_per_mtok.map(Usd::get),
            "api_usd_per_mtok": s.cost.api_usd_per_mtok.get(),
            "breakeven_month": t.breakeven_month, "breakeven_vs_cloud_month": t.breakeven_vs_cloud_month,
            "breakeven_vs_api_month": t.breakeven_vs_api_month,
            "cloud": present::cloud(r), "api": present::api(r),
            "monthly": monthly,
        },
        "sensitivity": flips.iter().map(|f| json!({
            "input": f.input.id(), "value": f.base, "flips_at": f.flips_at, "to": f.to.map(|c| c.id()),
        })).collect::<Vec<_>>(),
        "warnings": e.warnings.iter().map(present::warning).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&v).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// The readable summary.
pub fn estimate_text(params: &rigplan_scenario::Params, r: &Resolved, e: &Estimate) -> String {
    let m = &e.memory;
    let s = &r.scenario;
    let mut o = String::new();
    let _ = writeln!(o, "{} on {}", r.model_name, r.hardware_name);
    if let Some(h) = rigplan_scenario::present::host_note(r) {
        let _ = writeln!(o, "  {h}");
    }
    let _ = writeln!(
        o,
        "  context {} tokens, prompt {}, depth {}, batch {}",
        s.context, s.prompt, s.depth, s.batch
    );
    if s.prefill_depth > 0 {
        let _ = writeln!(
            o,
            "  prompt on top of {} tokens already in the cache",
            s.prefill_depth
        );
    }
    if s.ubatch != rigplan_core::memory::UBATCH {
        let _ = writeln!(o, "  prompt in micro-batches of {} tokens (-ub)", s.ubatch);
    }
    let _ = writeln!(o);
    let verdict = present::verdict(m);
    let _ = writeln!(o, "Memory  {}. {}", verdict.label, verdict.detail);
    if let Some(advice) = present::expert_advice(m, s.n_cpu_moe) {
        let _ = writeln!(o, "  {advice}");
        if let Some(r) = present::with_recommendation(s, m) {
            let _ = writeln!(
                o,
                "  With it: decode {}, prefill {}.",
                present::with_band(r.speed.decode, r.speed.decode_low, r.speed.decode_high),
                tps(r.speed.prefill)
            );
        }
    }
    let _ = writeln!(
        o,
        "  weights {}  KV cache {}  compute {}  overhead {}  = {} of {} usable",
        gb(m.weights),
        gb(m.kv_cache),
        gb(m.compute_buffer),
        gb(m.overhead),
        gb(m.total),
        gb(m.usable)
    );
    let file = rigplan_core::memory::weight_bytes(&s.model, &s.quant).total;
    if file > m.weights {
        // The token table, Gemma 3n's per-layer table, or both (a tied token table is the
        // output head too, and stays on the card).
        let what = match (s.model.per_layer_input > 0, s.model.tied_embeddings) {
            (false, _) => "the input embedding",
            (true, true) => "the per-layer input embedding",
            (true, false) => "the input and per-layer input embeddings",
        };
        let _ = writeln!(
            o,
            "  (and {what}, {}, in system RAM: llama.cpp keeps it there)",
            gb(file - m.weights)
        );
    }
    let _ = writeln!(o);
    let sp = &e.speed;
    let _ = writeln!(
        o,
        "Speed   decode {} {}, prefill {}",
        present::with_band(sp.decode, sp.decode_low, sp.decode_high),
        sp.tier.id(),
        present::with_band(sp.prefill, sp.prefill_low, sp.prefill_high)
    );
    let _ = writeln!(
        o,
        "  (80% of measured runs in the calibration set fell inside such a range)"
    );
    if s.batch > 1 {
        let _ = writeln!(
            o,
            "  aggregate over {} sequences: {}",
            s.batch,
            tps(sp.decode_aggregate)
        );
    }
    let _ = writeln!(
        o,
        "  time to first token ({} tokens): {}",
        s.prompt,
        seconds(sp.time_to_first_token)
    );
    if m.fit == Fit::DoesNotFit {
        let _ = writeln!(o, "  (speed shown as if it ran; it does not fit)");
    }
    let _ = writeln!(o);
    let nearby = rigplan_scenario::evidence::nearest(params, r, 3);
    if !nearby.is_empty() {
        let _ = writeln!(o, "Measured nearby (calibration data):");
        for m in &nearby {
            let _ = writeln!(o, "  {}  {}", present::measured(m), m.url);
        }
    }
    let _ = writeln!(
        o,
        "Run     {}",
        rigplan_scenario::command::command(params, r, e)
    );
    let p = &e.power;
    let circuit = present::circuit(p);
    let _ = writeln!(
        o,
        "Power   load {:.0} W, idle {:.0} W, peak {:.0} W; {} J/token; circuit {circuit}",
        p.load.get(),
        p.idle.get(),
        p.peak.get(),
        sig3(p.joules_per_token.get())
    );
    let _ = writeln!(o);
    let cap = rigplan_core::serving::capacity(s, &rigplan_core::calib::DEFAULT);
    for line in present::serving_lines(s, &e.serving, &cap) {
        let _ = writeln!(o, "{line}");
    }
    let _ = writeln!(o);
    let t = &e.tco;
    let be = present::breakeven(t);
    let _ = writeln!(o, "{}", present::cost_heading(r));
    let _ = writeln!(o, "  own   {}", present::own_cost(t));
    let _ = writeln!(
        o,
        "  cloud {} = {}/Mtok  [{}]",
        usd(t.cloud_total),
        present::per_mtok(t.cloud_usd_per_mtok),
        present::cloud(r)
    );
    let _ = writeln!(o, "  API   {}  [{}]", usd(t.api_total), present::api(r));
    let _ = writeln!(o, "  break-even vs the cheaper alternative: {be}");
    let _ = writeln!(o, "  cheapest: {}", present::cheapest(t));
    let flips = rigplan_core::sensitivity::sensitivity(s, &rigplan_core::calib::DEFAULT);
    for f in flips.iter().filter(|f| f.flips_at.is_some()) {
        let _ = writeln!(o, "  {}", present::flip(f));
    }
    let warnings: Vec<_> = e.warnings.iter().collect();
    if !warnings.is_empty() {
        let _ = writeln!(o);
        for w in warnings {
            let _ = writeln!(o, "warning: {}", present::warning(w));
        }
    }
    o.trim_end().to_string()
}

/// `rigplan catalog`.
pub fn catalog(json: bool) -> String {
    if json {
        let v = json!({
            "hardware": devices().map(|h| json!({
                "id": h.id, "name": h.name, "tier": h.tier.id(),
                "memory_gb": h.memory_gb, "memory_bandwidth_gbs": h.spec.bandwidth.as_gbs(),
                "fp16_tflops": opt(h.spec.fp16.map(|f| f.as_tflops())), "tdp_w": opt(h.spec.tdp.map(|w| w.get())),
                "price_usd": opt(h.price.map(|p| p.usd)),
                "sources": h.sources.iter().map(|s| s.url).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "systems": SYSTEMS.iter().map(|s| json!({
                "id": s.id, "name": s.name, "tier": s.tier.id(), "device": s.device, "count": s.count,
                "price_usd": opt(s.price.map(|p| p.usd)),
                "sources": s.sources.iter().map(|s| s.url).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "models": MODELS.iter().map(|m| json!({
                "id": m.id, "name": m.name, "family": m.family, "params_b": m.arch.params / 1e9,
                "active_params_b": m.arch.active_params / 1e9, "max_context": m.arch.max_context,
                "sources": m.sources.iter().map(|s| s.url).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "quants": QUANTS.iter().map(|q| json!({"id": q.id, "name": q.name})).collect::<Vec<_>>(),
            "engines": ENGINES.iter().map(|(id, n)| json!({"id": id, "name": n})).collect::<Vec<_>>(),
            "backends": BACKENDS.iter().map(|(id, n)| json!({"id": id, "name": n})).collect::<Vec<_>>(),
            "cloud_prices": CLOUD.iter().map(|c| json!({"id": c.id, "name": c.name, "device": c.device, "usd_per_gpu_hour": c.usd_per_gpu_hour, "date": c.date, "source": c.source.url})).collect::<Vec<_>>(),
            "api_prices": API.iter().map(|a| json!({"id": a.id, "name": a.name, "model": a.model, "input_usd_per_mtok": a.input_usd_per_mtok, "cached_input_usd_per_mtok": a.cached_input_usd_per_mtok, "output_usd_per_mtok": a.output_usd_per_mtok, "date": a.date, "source": a.source.url})).collect::<Vec<_>>(),
        });
        return serde_json::to_string_pretty(&v).unwrap_or_default();
    }
    let mut o = String::new();
    let mut section = |title: &str, rows: Vec<[String; 3]>| {
        let _ = writeln!(o, "{title}");
        for [id, figures, name] in rows {
            let _ = writeln!(o, "  {id:<32} {figures}  {name}");
        }
        let _ = writeln!(o);
    };
    section(
        "HARDWARE (devices)",
        devices()
            .map(|h| {
                let figures = format!(
                    "{:<11} {:>7.0} GB {:>6.0} GB/s",
                    h.tier.id(),
                    h.memory_gb,
                    h.spec.bandwidth.as_gbs()
                );
                [h.id.into(), figures, h.name.into()]
            })
            .collect(),
    );
    section(
        "HARDWARE (systems)",
        SYSTEMS
            .iter()
            .map(|s| {
                let figures = format!("{:<11} {} x {}", s.tier.id(), s.count, s.device);
                [s.id.into(), figures, s.name.into()]
            })
            .collect(),
    );
    section(
        "MODELS",
        MODELS
            .iter()
            .map(|m| {
                let figures = format!(
                    "{:>7.1}B total {:>6.1}B active",
                    m.arch.params / 1e9,
                    m.arch.active_params / 1e9
                );
                [m.id.into(), figures, m.name.into()]
            })
            .collect(),
    );
    let _ = writeln!(
        o,
        "QUANTS\n  {}",
        QUANTS.iter().map(|q| q.id).collect::<Vec<_>>().join(" ")
    );
    let _ = writeln!(
        o,
        "\nENGINES\n  {}",
        ENGINES.iter().map(|e| e.0).collect::<Vec<_>>().join(" ")
    );
    let _ = write!(
        o,
        "\nBACKENDS\n  {}",
        BACKENDS.iter().map(|b| b.0).collect::<Vec<_>>().join(" ")
    );
    o
}

/// `rigplan models --json`: one object per model (field names are a public contract).
pub fn models_json(rows: &[rigplan_scenario::runs::ModelRow]) -> String {
    let v: Vec<Value> = rows
        .iter()
        .map(|r| {
            let e = &r.estimate;
            json!({
                "model": r.model, "name": r.name, "family": r.family, "params_b": r.total_params / 1e9, "moe": r.moe,
                "quant": r.quant, "fastest_quant": r.fastest_quant,
                "released": (r.released > 0).then(|| format!("{}-{:02}", r.released / 100, r.released % 100)), "fit": e.memory.fit.id(),
                "decode_tokens_per_s": e.speed.decode.get(),
                "decode_tokens_per_s_low": e.speed.decode_low.get(),
                "decode_tokens_per_s_high": e.speed.decode_high.get(),
                "prefill_tokens_per_s": e.speed.prefill.get(),
                "prefill_tokens_per_s_low": e.speed.prefill_low.get(),
                "prefill_tokens_per_s_high": e.speed.prefill_high.get(),
                "total_bytes": e.memory.total.get(),
                "max_context": r.max_context,
                "n_cpu_moe": r.n_cpu_moe,
                "link": rigplan_scenario::link::encode(&r.scenario),
            })
        })
        .collect();
    serde_json::to_string_pretty(&v).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// `rigplan models`: a table, one model a line.
pub fn models_text(rows: &[rigplan_scenario::runs::ModelRow]) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{:<34} {:<14} {:<13} {:>9} {:>20} {:>12}  note",
        "model", "quant", "fit", "memory", "decode tok/s (80%)", "max context"
    );
    for r in rows {
        let e = &r.estimate;
        let note = match (r.n_cpu_moe, r.fastest_quant) {
            (Some(n), _) => format!("--n-cpu-moe {n}"),
            (None, Some(q)) if q != r.quant => format!("fastest: {q}"),
            _ => String::new(),
        };
        let _ = writeln!(
            o,
            "{:<34} {:<14} {:<13} {:>9} {:>20} {:>12}  {note}",
            r.name,
            r.quant,
            e.memory.fit.id(),
            gb(e.memory.total),
            present::with_band(e.speed.decode, e.speed.decode_low, e.speed.decode_high)
                .trim_end_matches(" tok/s")
                .replace(" tok/s", ""),
            r.max_context
        );
    }
    o.trim_end().to_string()
}

/// `rigplan plan --json`: one object per machine, cheapest first (field names are a public
/// contract).
pub fn plan_json(rows: &[rigplan_scenario::plan::PlanRow]) -> String {
    let v: Vec<Value> = rows
        .iter()
        .map(|r| {
            let e = &r.estimate;
            json!({
                "hardware": r.hardware, "name": r.name, "count": r.count, "split": r.split.id(),
                "price_usd": r.price_usd, "fit": e.memory.fit.id(),
                "price_kind": (!r.price_basis.0.is_empty()).then_some(r.price_basis.0),
                "price_date": (!r.price_basis.1.is_empty()).then_some(r.price_basis.1),
                "load_power_assumed": e.power.tdp_assumed,
                "decode_tokens_per_s": e.speed.decode.get(),
                "decode_tokens_per_s_low": e.speed.decode_low.get(),
                "decode_tokens_per_s_high": e.speed.decode_high.get(),
                "time_to_first_token_s": e.speed.time_to_first_token.get(),
                "joules_per_token": e.power.joules_per_token.get(),
                "own_total_usd": e.tco.own_total.get(),
                "users_served": r.users,
                "meets": r.meets, "uncertain": r.uncertain, "extrapolated": r.extrapolated,
                "link": rigplan_scenario::link::encode(&r.scenario),
            })
        })
        .collect();
    serde_json::to_string_pretty(&v).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// `rigplan plan`: the cheapest machine meeting the targets, then every one that does.
pub fn plan_text(
    rows: &[rigplan_scenario::plan::PlanRow],
    t: &rigplan_scenario::plan::Targets,
) -> String {
    let mut o = String::new();
    let meeting: Vec<_> = rows.iter().filter(|r| r.meets).collect();
    match meeting.iter().find(|r| r.price_usd.is_some()) {
        Some(r) => {
            let _ = writeln!(
                o,
                "Cheapest that meets the targets: {} ({} x, {}), {}",
                r.name,
                r.count,
                r.split.id(),
                usd(Usd::new(r.price_usd.unwrap_or(0.0)))
            );
        }
        None => {
            let _ = writeln!(o, "No machine with a known price meets the targets.");
        }
    }
    let _ = writeln!(
        o,
        "Prices: a system's own price; for a bare device, the device x count (the machine around it is not priced)."
    );
    let unpriced = meeting.iter().filter(|r| r.price_usd.is_none()).count();
    if unpriced > 0 {
        let _ = writeln!(
            o,
            "({unpriced} more meet them but have no price in the catalog; listed last.)"
        );
    }
    let _ = writeln!(
        o,
        "\n{:<46} {:>3} {:<6} {:>10} {:>22} {:>9}  note",
        "machine", "n", "split", "price", "decode tok/s (80%)", "TTFT"
    );
    for r in meeting {
        let e = &r.estimate;
        let note = match (r.uncertain, r.extrapolated) {
            (true, true) => "target inside the 80% range; extrapolated",
            (true, false) => "target inside the 80% range",
            (false, true) => "extrapolated (no measured rows for this setup)",
            (false, false) => "",
        };
        let _ = writeln!(
            o,
            "{:<46} {:>3} {:<6} {:>10} {:>22} {:>9}  {note}",
            r.name,
            r.count,
            r.split.id(),
            r.price_usd.map_or("-".to_string(), |p| usd(Usd::new(p))),
            present::with_band(e.speed.decode, e.speed.decode_low, e.speed.decode_high)
                .replace(" tok/s", ""),
            seconds(e.speed.time_to_first_token)
        );
    }
    let _ = t;
    o.trim_end().to_string()
}
