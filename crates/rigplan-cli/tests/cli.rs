//! The real `rigplan` binary, end to end.

use serde_json::Value;
use std::process::{Command, Output};

fn rigplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rigplan"))
        .args(args)
        .output()
        .expect("run rigplan")
}

fn json(args: &[&str]) -> Value {
    let mut a = vec!["estimate", "--json"];
    a.extend_from_slice(args);
    let out = rigplan(&a);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// Exit code 2, exactly one line on stderr naming `needle`, nothing on stdout, no panic.
fn rejects(args: &[&str], needle: &str) {
    let out = rigplan(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{args:?} should exit 2; stderr: {err}"
    );
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "{args:?}: one line expected, got: {err}"
    );
    assert!(err.contains(needle), "{args:?}: '{needle}' not in: {err}");
    assert!(!err.contains("panicked") && out.stdout.is_empty());
}

#[test]
fn json_has_the_documented_fields() {
    let v = json(&[]);
    for path in [
        "/memory/weights_bytes",
        "/memory/kv_cache_bytes",
        "/memory/compute_buffer_bytes",
        "/memory/overhead_bytes",
        "/memory/total_bytes",
        "/memory/usable_bytes",
        "/fit",
        "/speed/decode_tokens_per_s",
        "/speed/prefill_tokens_per_s",
        "/speed/time_to_first_token_s",
        "/power/load_w",
        "/power/idle_w",
        "/power/joules_per_token",
        "/tco/years",
        "/tco/own_total_usd",
        "/tco/cloud_total_usd",
        "/tco/api_total_usd",
        "/tco/breakeven_month",
        "/tco/monthly",
        "/warnings",
    ] {
        assert!(v.pointer(path).is_some(), "missing {path}");
    }
    let m = &v["memory"];
    let parts = [
        "weights_bytes",
        "kv_cache_bytes",
        "compute_buffer_bytes",
        "overhead_bytes",
    ]
    .iter()
    .map(|k| m[k].as_f64().unwrap())
    .sum::<f64>();
    assert!((parts - m["total_bytes"].as_f64().unwrap()).abs() < 1.0);
    let monthly = v["tco"]["monthly"].as_array().unwrap();
    assert_eq!(monthly.len(), 61, "months 0..=60");
    assert_eq!(
        monthly[60]["own_usd"].as_f64().unwrap().round(),
        v["tco"]["own_total_usd"].as_f64().unwrap().round()
    );
    for k in ["month", "own_usd", "cloud_usd", "api_usd"] {
        assert!(monthly[1].get(k).is_some(), "monthly.{k}");
    }
}

/// The most users a machine serves is a count of people: a whole number, above 0 for a
/// workload a 4090 serves easily.
#[test]
fn most_users_served_is_a_whole_number() {
    let v = json(&["--users", "20", "--requests-per-user-per-day", "30"]);
    let users = v["serving"]["max_users_meeting_targets"].as_f64().unwrap();
    assert!(users >= 1.0, "{users}");
    assert_eq!(users, users.floor(), "{users}");
}

#[test]
fn seventy_b_on_4090s_and_an_m3_ultra() {
    let one = json(&[
        "--model",
        "llama-3.1-70b",
        "--quant",
        "q4_k_m",
        "--hardware",
        "rtx-4090",
    ]);
    assert_eq!(one["fit"], "offload");
    assert!(one["memory"]["offloaded_bytes"].as_f64().unwrap() > 1e10);
    let seventy = |rest: &[&str]| {
        let mut a = vec!["--model", "llama-3.1-70b", "--quant", "q4_k_m"];
        a.extend_from_slice(rest);
        json(&a)
    };
    assert_eq!(
        seventy(&["--hardware", "rtx-4090", "--count", "2"])["fit"],
        "fits"
    );
    assert_eq!(
        seventy(&["--hardware", "apple-m3-ultra-80c"])["fit"],
        "fits"
    );
    let text = rigplan(&[
        "estimate",
        "--model",
        "llama-3.1-70b",
        "--hardware",
        "rtx-4090",
    ]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Fits with CPU offload.") && text.contains("system RAM"),
        "{text}"
    );
}

#[test]
fn deepseek_r1_fits_no_single_gpu_and_says_what_it_needs() {
    for hw in [
        "rtx-5090",
        "h100-sxm",
        "h200",
        "b200",
        "mi300x",
        "rtx-pro-6000-blackwell",
    ] {
        let v = json(&[
            "--model",
            "deepseek-r1",
            "--quant",
            "q4_k_m",
            "--hardware",
            hw,
        ]);
        assert_ne!(v["fit"], "fits", "{hw}");
        let weights = v["memory"]["weights_bytes"].as_f64().unwrap() / 1e9;
        assert!(
            (370.0..430.0).contains(&weights),
            "about 400 GB of weights, got {weights}"
        );
    }
    let out = rigplan(&["estimate", "--model", "deepseek-r1", "--hardware", "h200"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Fits with CPU offload. 4") && text.contains("GB needed"),
        "{text}"
    );
    let out = rigplan(&[
        "estimate",
        "--model",
        "deepseek-r1",
        "--hardware",
        "rtx-5090",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Does not fit. Needs 4"), "{text}");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    rejects(&["estimate", "--hardware", "rtx-4900"], "rtx-4090");
    rejects(&["estimate", "--model", "lama-3-8b"], "llama-3-8b");
    rejects(&["estimate", "--quant", "q4_k"], "q4_k_m");
    rejects(&["estimate", "--context", "0"], "context");
    rejects(&["estimate", "--context", "-5"], "--context");
    rejects(&["estimate", "--count", "99999"], "count");
    rejects(&["estimate", "--hours-per-day", "25"], "hours-per-day");
    rejects(
        &["estimate", "--electricity-usd-per-kwh", "nan"],
        "not a number",
    );
    rejects(&["estimate", "--split", "diagonal"], "one of layer, tensor");
    rejects(&["estimate", "--contxt", "5"], "--context");
    rejects(&["estimate", "--model"], "needs a value");
    rejects(
        &["estimate", "--model-config", "/nonexistent/config.json"],
        "config.json",
    );
    rejects(&["frobnicate"], "unknown command");
}

#[test]
fn malformed_config_and_spec_files_are_named() {
    let dir = std::env::temp_dir().join(format!("rigplan-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("config.json");
    std::fs::write(&bad, "{\"hidden_size\": 4096,").unwrap();
    rejects(
        &["estimate", "--model-config", bad.to_str().unwrap()],
        "not valid JSON",
    );
    std::fs::write(
        &bad,
        r#"{"hidden_size": 4096, "num_attention_heads": 32, "vocab_size": 32000}"#,
    )
    .unwrap();
    rejects(
        &["estimate", "--model-config", bad.to_str().unwrap()],
        "num_hidden_layers",
    );
    let spec = dir.join("gpu.json");
    std::fs::write(
        &spec,
        r#"{"name":"x","vendor":"nvidia","kind":"gpu","memory_gb":24}"#,
    )
    .unwrap();
    rejects(
        &["estimate", "--hardware-spec", spec.to_str().unwrap()],
        "memory_bandwidth_gbs",
    );
    std::fs::write(
        &spec,
        r#"{"name":"My card","vendor":"nvidia","kind":"gpu","memory_gb":32,"memory_bandwidth_gbs":1792,"fp16_tflops":209.5,"tdp_w":575}"#,
    )
    .unwrap();
    let good = dir.join("good.json");
    std::fs::write(
        &good,
        r#"{"num_hidden_layers":32,"hidden_size":4096,"num_attention_heads":32,"num_key_value_heads":8,
            "intermediate_size":14336,"vocab_size":128256,"max_position_embeddings":131072}"#,
    )
    .unwrap();
    let v = json(&[
        "--model-config",
        good.to_str().unwrap(),
        "--hardware-spec",
        spec.to_str().unwrap(),
    ]);
    assert_eq!(v["fit"], "fits");
    assert!(v["speed"]["decode_tokens_per_s"].as_f64().unwrap() > 50.0);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn catalog_lists_everything() {
    let out = rigplan(&["catalog", "--json"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let n = |k: &str| v[k].as_array().map_or(0, Vec::len);
    assert!(n("hardware") + n("systems") >= 80 && n("models") >= 40 && n("quants") >= 19);
    assert_eq!(n("engines"), 5);
    assert_eq!(n("backends"), 6);
    let text = rigplan(&["catalog"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("rtx-4090"));
}

#[test]
fn help_lists_every_flag_of_the_field_table_with_its_default() {
    let out = rigplan(&["--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    for f in rigplan_scenario::FIELDS {
        let line = help
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("--{} ", f.flag)))
            .unwrap_or_else(|| panic!("--{} missing from --help:\n{help}", f.flag));
        let want = match (f.kind, f.default_text()) {
            (_, "") => None,
            (rigplan_scenario::params::Kind::Switch, "1") => Some("[on]".to_string()),
            (rigplan_scenario::params::Kind::Switch, _) => Some("[off]".to_string()),
            (_, d) => Some(format!("[{d}]")),
        };
        if let Some(w) = want {
            assert!(
                line.ends_with(&w),
                "--{}: `{line}` should end with {w}",
                f.flag
            );
        }
        assert!(line.contains(f.help), "{line}");
    }
    // The defaults --help states are the ones the CLI uses.
    let v = json(&[]);
    assert_eq!(v["scenario"]["context"], 4096);
    assert!(help.contains("--context N") && help.contains("[4096]"));
}

#[test]
fn a_reader_that_stops_early_is_a_normal_end() {
    use std::io::Read;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_rigplan"))
        .args(["catalog", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed here (`| head -c 10`); the rest of the output has nowhere to go.
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {err}", out.status);
    assert!(err.is_empty(), "{err}");
}

#[test]
fn no_use_means_no_cost_per_token() {
    // Regression: 0 hours a day showed $0.00 per million tokens (pricing the machine's
    // capacity, as version-1 links do; `--hours-per-day` is the old name of the flag).
    let v = json(&["--work", "capacity", "--hours-per-day", "0"]);
    assert!(v["tco"]["own_usd_per_mtok"].is_null(), "{}", v["tco"]);
    assert!(v["tco"]["cloud_usd_per_mtok"].is_null());
    // A workload with no users makes no tokens either.
    let v = json(&["--users", "0"]);
    assert!(v["tco"]["own_usd_per_mtok"].is_null(), "{}", v["tco"]);
    // And requests in 0 busy hours still take some time to serve: the cloud is not free.
    let v = json(&["--busy-hours-per-day", "0"]);
    assert!(
        v["tco"]["cloud_total_usd"].as_f64().unwrap() > 0.0,
        "{}",
        v["tco"]
    );
    let out = rigplan(&["estimate", "--work", "capacity", "--hours-per-day", "0"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("undefined (no tokens made)") && !text.contains("$0.00/Mtok"),
        "{text}"
    );
}

#[test]
fn files_that_start_with_a_byte_order_mark_are_read() {
    // Regression: Notepad and PowerShell 5 write UTF-8 with a BOM, which was refused.
    let dir = std::env::temp_dir().join(format!("rigplan-cli-bom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.json");
    std::fs::write(
        &config,
        "\u{feff}{\"num_hidden_layers\":32,\"hidden_size\":4096,\"num_attention_heads\":32,\
         \"num_key_value_heads\":8,\"intermediate_size\":14336,\"vocab_size\":128256}",
    )
    .unwrap();
    let spec = dir.join("gpu.json");
    std::fs::write(
        &spec,
        "\u{feff}{\"name\":\"x\",\"vendor\":\"nvidia\",\"kind\":\"gpu\",\"memory_gb\":24,\
         \"memory_bandwidth_gbs\":1000,\"fp16_tflops\":100,\"tdp_w\":350}",
    )
    .unwrap();
    let v = json(&[
        "--model-config",
        config.to_str().unwrap(),
        "--hardware-spec",
        spec.to_str().unwrap(),
    ]);
    assert_eq!(v["fit"], "fits");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn every_speed_has_its_band_and_the_text_shows_it() {
    for args in [
        &[][..],
        &[
            "--model",
            "qwen3-30b-a3b",
            "--depth",
            "32768",
            "--context",
            "40960",
        ][..],
    ] {
        let v = json(args);
        for k in ["decode", "prefill"] {
            let x = v["speed"][format!("{k}_tokens_per_s")].as_f64().unwrap();
            let lo = v["speed"][format!("{k}_tokens_per_s_low")]
                .as_f64()
                .unwrap();
            let hi = v["speed"][format!("{k}_tokens_per_s_high")]
                .as_f64()
                .unwrap();
            assert!(
                lo > 0.0 && lo <= x && x <= hi && hi < x * 10.0,
                "{args:?} {k}: {lo} {x} {hi}"
            );
        }
    }
    let out = rigplan(&["estimate"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.starts_with("Speed")).unwrap();
    // `decode 127 tok/s (112-170) fast, prefill ...`
    assert!(line.contains(" tok/s (") && line.contains(") "), "{line}");
}

#[test]
fn expert_offload_flags_move_memory_and_recommend_the_smallest_n() {
    // gpt-oss-120b (63 GB) on a 12 GB card: it does not fit whole; the recommendation
    // is the smallest --n-cpu-moe that fits, and taking it fits.
    let base = [
        "--model",
        "gpt-oss-120b",
        "--quant",
        "mxfp4",
        "--hardware",
        "rtx-4070",
        "--context",
        "32768",
    ];
    let v = json(&base);
    assert_eq!(v["memory"]["expert_offload_bytes"].as_f64(), Some(0.0));
    let n = v["recommended"]["n_cpu_moe"]
        .as_u64()
        .expect("a recommendation");
    assert!((1..=36).contains(&n), "{n}");
    let mut with = base.to_vec();
    let n_text = n.to_string();
    with.extend(["--n-cpu-moe", &n_text]);
    let w = json(&with);
    assert!(w["memory"]["expert_offload_bytes"].as_f64().unwrap() > 40e9);
    assert_eq!(w["memory"]["offloaded_bytes"].as_f64(), Some(0.0), "{w}");
    assert_eq!(w["fit"], "offload");
    // One block fewer does not fit on the card alone.
    let fewer = (n - 1).to_string();
    let mut less = base.to_vec();
    less.extend(["--n-cpu-moe", &fewer]);
    assert!(json(&less)["memory"]["offloaded_bytes"].as_f64().unwrap() > 0.0);
    // `--cpu-moe` alone means every block; a dense model gets no recommendation.
    let mut all = base.to_vec();
    all.push("--cpu-moe");
    let a = json(&all);
    assert_eq!(a["scenario"]["n_cpu_moe"], "all");
    assert!(
        a["memory"]["expert_offload_bytes"].as_f64() > w["memory"]["expert_offload_bytes"].as_f64()
    );
    let dense = json(&["--model", "llama-3.1-70b", "--hardware", "rtx-4070"]);
    assert!(dense["recommended"]["n_cpu_moe"].is_null());
    assert!(dense["recommended"]["decode_tokens_per_s"].is_null());
    // The speeds with the recommendation are those of a run with it, and experts in system
    // RAM decode faster than whole layers there; with it taken there is none to show.
    let rec = &v["recommended"];
    assert_eq!(
        rec["decode_tokens_per_s"],
        w["speed"]["decode_tokens_per_s"]
    );
    assert_eq!(
        rec["prefill_tokens_per_s"],
        w["speed"]["prefill_tokens_per_s"]
    );
    assert!(rec["decode_tokens_per_s"].as_f64() > v["speed"]["decode_tokens_per_s"].as_f64());
    assert!(w["recommended"]["decode_tokens_per_s"].is_null());
    // A faster host makes expert offload faster.
    let mut fast = with.clone();
    fast.extend(["--host-bandwidth-gbs", "400"]);
    assert!(
        json(&fast)["speed"]["decode_tokens_per_s"].as_f64()
            > w["speed"]["decode_tokens_per_s"].as_f64()
    );
}

/// The host line says what the figures used: the assumed host for a bare card, and the
/// RAM and bandwidth given in its place (it once kept printing the assumed 64 GB DDR5-5600
/// while the speeds used the given figures).
#[test]
fn the_host_line_shows_the_given_ram_and_bandwidth() {
    let text = |extra: &[&str]| {
        let mut a = vec![
            "estimate",
            "--model",
            "qwen3-30b-a3b",
            "--hardware",
            "rtx-4070",
        ];
        a.extend_from_slice(extra);
        let out = rigplan(&a);
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let line = |t: &str| t.lines().nth(1).unwrap_or_default().to_string();
    let assumed = line(&text(&[]));
    assert!(
        assumed.contains("host assumed:") && !assumed.contains("as given"),
        "{assumed}"
    );
    let given = line(&text(&[
        "--host-ram-gb",
        "128",
        "--host-bandwidth-gbs",
        "200",
    ]));
    assert!(given.contains("as given: 128 GB at 200 GB/s"), "{given}");
    let v = json(&["--host-ram-gb", "128", "--host-bandwidth-gbs", "200"]);
    assert_eq!(v["scenario"]["host_bandwidth_gbs"].as_f64(), Some(200.0));
    // In the unit the flag takes (GiB, as every memory size typed in).
    assert_eq!(v["scenario"]["host_ram_gb"].as_f64(), Some(128.0));
}

#[test]
fn prefill_depth_slows_the_prompt_and_lengthens_time_to_first_token() {
    let shallow = json(&["--context", "40960"]);
    let deep = json(&["--context", "40960", "--prefill-depth", "32768"]);
    let p = |v: &Value| v["speed"]["prefill_tokens_per_s"].as_f64().unwrap();
    let t = |v: &Value| v["speed"]["time_to_first_token_s"].as_f64().unwrap();
    assert!(p(&deep) < p(&shallow) * 0.8 && t(&deep) > t(&shallow));
    assert_eq!(deep["scenario"]["prefill_depth"], 32768);
}

/// `rigplan models`: each row is what `rigplan estimate` prints for its scenario, and the
/// filters hold (issue 12).
#[test]
fn models_rows_equal_estimate_and_filters_hold() {
    let out = rigplan(&["models", "--hardware", "rtx-4090", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(rows.len() >= 60, "{} models", rows.len());
    let mut checked = 0;
    let mut offload = 0;
    for r in rows {
        for k in [
            "model",
            "quant",
            "fit",
            "decode_tokens_per_s",
            "max_context",
            "n_cpu_moe",
        ] {
            assert!(r.get(k).is_some(), "{k} missing in {r}");
        }
        let ncm = r["n_cpu_moe"].as_u64();
        if checked >= 6 && ncm.is_none() {
            continue;
        }
        let mut args = vec![
            "--model".to_string(),
            r["model"].as_str().unwrap().to_string(),
            "--quant".to_string(),
            r["quant"].as_str().unwrap().to_string(),
            "--hardware".to_string(),
            "rtx-4090".to_string(),
        ];
        if let Some(n) = ncm {
            args.extend(["--n-cpu-moe".to_string(), n.to_string()]);
            offload += 1;
        }
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let e = json(&a);
        assert_eq!(e["fit"], r["fit"], "{a:?}");
        assert_eq!(
            e["speed"]["decode_tokens_per_s"], r["decode_tokens_per_s"],
            "{a:?}"
        );
        assert_eq!(
            e["speed"]["prefill_tokens_per_s"], r["prefill_tokens_per_s"],
            "{a:?}"
        );
        assert_eq!(e["memory"]["total_bytes"], r["total_bytes"], "{a:?}");
        checked += 1;
    }
    assert!(offload >= 3, "expert-offload rows checked: {offload}");
    // Filters.
    let out = rigplan(&[
        "models",
        "--hardware",
        "rtx-4090",
        "--moe",
        "--min-decode",
        "30",
        "--json",
    ]);
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    for r in rows.as_array().unwrap() {
        assert_eq!(r["moe"], true, "{r}");
        assert!(r["decode_tokens_per_s"].as_f64().unwrap() >= 30.0, "{r}");
        assert_ne!(r["fit"], "does-not-fit", "{r}");
    }
    let out = rigplan(&["models", "--hardware", "rtx-4090", "--sort", "fastest"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--sort: must be one of size, speed, name")
    );
}

/// `rigplan plan`: each row is what `rigplan estimate` prints for that hardware, `meets`
/// agrees with the targets, and the rows run cheapest first (issue 12).
#[test]
fn plan_rows_equal_estimate_and_meet_the_targets() {
    let out = rigplan(&[
        "plan",
        "--model",
        "llama-3.3-70b",
        "--min-decode",
        "20",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(rows.len() > 300, "{} machines", rows.len());
    // Those that meet every target first; within each group, cheapest first.
    let meets: Vec<bool> = rows.iter().map(|r| r["meets"] == true).collect();
    assert!(
        meets.windows(2).all(|w| w[0] || !w[1]),
        "meeting rows not first"
    );
    for group in [true, false] {
        let prices: Vec<f64> = rows
            .iter()
            .filter(|r| (r["meets"] == true) == group)
            .filter_map(|r| r["price_usd"].as_f64())
            .collect();
        assert!(
            prices.windows(2).all(|w| w[0] <= w[1]),
            "not cheapest first"
        );
    }
    for r in rows.iter().step_by(37) {
        for k in [
            "hardware",
            "count",
            "split",
            "price_usd",
            "decode_tokens_per_s",
            "meets",
        ] {
            assert!(r.get(k).is_some(), "{k} missing in {r}");
        }
        let count = r["count"].as_u64().unwrap().to_string();
        let hw = r["hardware"].as_str().unwrap();
        // A system's count is the system's own; a bare device's is the row's.
        let is_system = rigplan_catalog::system(hw).is_some();
        let mut a = vec![
            "--model",
            "llama-3.3-70b",
            "--hardware",
            hw,
            "--split",
            r["split"].as_str().unwrap(),
        ];
        if !is_system {
            a.extend(["--count", count.as_str()]);
        }
        let e = json(&a);
        assert_eq!(
            e["speed"]["decode_tokens_per_s"], r["decode_tokens_per_s"],
            "{a:?}"
        );
        assert_eq!(e["fit"], r["fit"], "{a:?}");
        let decode = r["decode_tokens_per_s"].as_f64().unwrap();
        if r["meets"] == true {
            assert!(decode >= 20.0, "{r}");
            assert_ne!(r["fit"], "does-not-fit");
        } else if r["fit"] == "fits" {
            assert!(decode < 20.0, "{r}");
        }
    }
}

#[test]
fn estimate_prints_the_command_and_measured_rows_nearby() {
    let out = rigplan(&[
        "estimate",
        "--model",
        "llama-3.1-8b",
        "--hardware",
        "rtx-4090",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["command"]
            .as_str()
            .unwrap()
            .starts_with("llama-server -m llama-3.1-8b-Q4_K_M.gguf"),
        "{}",
        v["command"]
    );
    let rows = v["evidence"].as_array().unwrap();
    assert!(!rows.is_empty() && rows.len() <= 3);
    // The nearest row is on the same device, with a source link.
    assert_eq!(rows[0]["hardware"], "rtx-4090");
    assert!(
        rows[0]["source_url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    assert!(rows[0]["tokens_per_s"].as_f64().unwrap() > 0.0);
}

#[test]
fn models_never_upcast_past_the_precision_a_model_ships_in() {
    // gpt-oss's experts were post-trained in MXFP4: on a machine with room for Q8_0 the
    // row is still the MXFP4 release, not an upcast.
    let out = rigplan(&[
        "models",
        "--hardware",
        "h200",
        "--family",
        "gpt-oss",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    for r in rows {
        assert_eq!(r["quant"], "mxfp4-f16", "{r}");
        assert_eq!(r["fit"], "fits", "{r}");
    }
}

#[test]
fn models_sort_by_release_newest_first() {
    let out = rigplan(&["models", "--hardware", "h200", "--sort", "recent", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    // Those that run first (each group newest first), undated ones last in their group.
    for fits in [true, false] {
        let months: Vec<String> = rows
            .iter()
            .filter(|r| (r["max_context"].as_u64().unwrap() > 0) == fits)
            .map(|r| r["released"].as_str().unwrap_or("0000-00").to_string())
            .collect();
        assert!(months.windows(2).all(|w| w[0] >= w[1]), "{months:?}");
    }
    let dated = rows.iter().filter(|r| r["released"].is_string()).count();
    assert!(dated >= 69, "{dated} dated");
}

#[test]
fn plan_says_which_price_and_ranks_assumed_power_last() {
    let out = rigplan(&[
        "plan",
        "--model",
        "llama-3.1-8b",
        "--sort",
        "joules",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    for r in rows.iter().filter(|r| r["price_usd"].is_number()) {
        assert!(
            matches!(
                r["price_kind"].as_str(),
                Some("launch" | "list" | "street" | "report")
            ),
            "{r}"
        );
        assert!(
            r["price_date"].as_str().is_some_and(|d| d.len() >= 7),
            "{r}"
        );
    }
    // Within those that meet the (empty) targets, cited load powers first.
    let assumed: Vec<bool> = rows
        .iter()
        .filter(|r| r["meets"] == true)
        .map(|r| r["load_power_assumed"] == true)
        .collect();
    assert!(
        assumed.windows(2).all(|w| !w[0] || w[1]),
        "assumed power ranked before cited"
    );
    assert!(assumed.iter().any(|a| *a) && assumed.iter().any(|a| !a));
}

#[test]
fn the_input_embedding_of_a_llama_cpp_card_is_in_system_ram() {
    let text = |args: &[&str]| {
        let mut a = vec!["estimate"];
        a.extend_from_slice(args);
        let out = rigplan(&a);
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // Llama 3.1 8B Q4_K_M on an RTX 4090: 128,256 x 4,096 at Q4_K's 4.5 bits = 0.30 GB, and
    // the card's weights are the 4.9 GB file less that table.
    let card = text(&[]);
    assert!(
        card.contains("the input embedding, 0.3 GB, in system RAM"),
        "{card}"
    );
    assert!(card.contains("weights 4.6 GB"), "{card}");
    // A unified-memory Mac holds it with the rest: no such line, the whole 4.9 GB.
    let mac = text(&["--hardware", "apple-m4-max-40c"]);
    assert!(!mac.contains("input embedding"), "{mac}");
    assert!(mac.contains("weights 4.9 GB"), "{mac}");
}

#[test]
fn gemma_3n_keeps_its_per_layer_table_in_system_ram_and_half_its_cache() {
    let v = json(&[
        "--model",
        "gemma-3n-e4b",
        "--quant",
        "q8_0",
        "--context",
        "32768",
    ]);
    let mem = &v["memory"];
    // The per-layer table: 262,400 x 35 x 256 at Q8_0's 8.5 bits = 2.50 GB, off the card;
    // the rest of the 7.30 GB file (Q8_0 everywhere) is on it.
    let on_card = mem["weights_bytes"].as_f64().unwrap();
    assert!((on_card / 1e9 - 4.80).abs() < 0.01, "{mem}");
    // 20 of 35 layers keep a cache: 4 full at 2 KiB a token for 32,768 tokens and 16
    // windowed at 2 KiB for 512, 272 MiB; every layer keeping its own would be 7 x 256 MiB
    // + 28 x 1 MiB.
    let kv = mem["kv_cache_bytes"].as_f64().unwrap();
    assert!((kv / (1024.0 * 1024.0) - 272.0).abs() < 0.5, "{mem}");
    let text = rigplan(&["estimate", "--model", "gemma-3n-e4b", "--quant", "q8_0"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("the per-layer input embedding, 2.5 GB, in system RAM"),
        "{text}"
    );
}

/// The CLI's weights for `model` (at its default Q4_K_M) on `hardware`, checked within 1%
/// of the real GGUF's `gguf_bytes`; returns the KV cache and state in bytes at 4,096 tokens.
fn kv_of_a_model_weighing_its_gguf(model: &str, hardware: &str, gguf_bytes: f64) -> f64 {
    let v = json(&["--model", model, "--hardware", hardware]);
    let w = v["memory"]["weights_bytes"].as_f64().unwrap();
    assert!(
        (w / gguf_bytes - 1.0).abs() < 0.01,
        "{model}: {w} against {gguf_bytes}"
    );
    v["memory"]["kv_cache_bytes"].as_f64().unwrap()
}

#[test]
fn gemma_4_e4b_weighs_what_its_gguf_does() {
    // ggml-org's gemma-4-E4B-it Q4_K_M GGUF is 5,319,465,128 bytes (llama-bench: 4.95
    // GiB): the card's share plus the per-layer table in system RAM.
    let kv = kv_of_a_model_weighing_its_gguf("gemma-4-e4b", "apple-m4-max-40c", 5_319_465_128.0);
    // 24 of 42 layers keep a cache: 4 full (2 KV heads x 512 x K, V x 2 bytes = 4 KiB a
    // token) and 20 sliding of 2 KiB for 512 tokens; at 4,096 tokens, 64 MiB + 20 MiB.
    assert!((kv / (1024.0 * 1024.0) - 84.0).abs() < 0.5, "{kv}");
}

#[test]
fn lfm2_5_8b_a1b_weighs_what_its_gguf_does_and_holds_a_small_state() {
    // LiquidAI's LFM2.5-8B-A1B Q4_K_M GGUF is 5,147,326,208 bytes (llama-bench's
    // model_size in the Strix Halo rows X26-LFM-SHG).
    let kv = kv_of_a_model_weighing_its_gguf("lfm2.5-8b-a1b", "rx-7900-xtx", 5_147_326_208.0);
    // 6 attention layers x 8 KV heads x 64 x K, V x 2 bytes = 12 KiB a token, 48 MiB at
    // 4,096 tokens, and 18 convolutions x 2 x 2,048 F32 values = 288 KiB of state.
    assert!(
        (kv - (48.0 * 1024.0 * 1024.0 + 288.0 * 1024.0)).abs() < 1.0,
        "{kv}"
    );
}

#[test]
fn jamba_mini_weighs_what_its_gguf_does_and_holds_its_mamba_state() {
    // bartowski's AI21-Jamba-Mini-1.7 Q4_K_M GGUF is 31.18 GB.
    let kv = kv_of_a_model_weighing_its_gguf("jamba-mini-1.7", "h100-pcie", 31.18e9);
    // 4 attention layers x 8 KV heads x 128 x K, V x 2 bytes = 16 KiB a token, 64 MiB at
    // 4,096 tokens; 28 Mamba-1 layers x (3 x 8,192 + 16 x 8,192) F32 values of state.
    assert!(
        (kv - (64.0 * 1024.0 * 1024.0 + 28.0 * 155_648.0 * 4.0)).abs() < 1.0,
        "{kv}"
    );
}
