//! Shareable links (`rigplan_scenario::link`): the fixtures in `tests/links/` (append-only,
//! guarded by `tests/links/MANIFEST`), garbage input, round trips and link length.
//!
//! A fixture pins what a link means: the scenario it decodes to. The `numbers` older
//! fixtures carry were the estimator's output on the day they were written; they are no
//! longer compared (calibration moves them, and the snapshot table in `snapshots.rs` is
//! where estimator numbers are reviewed). What the fixtures' scenarios estimate to today
//! is checked against hand-computed physical ranges in
//! `fixture_scenarios_estimate_physically`.

use rigplan_core::model::{Attention, ModelArch, Moe};
use rigplan_scenario::custom::{CustomHardware, HardwareFields, hardware_from_json};
use rigplan_scenario::link::{Decoded, MAX_LEN, VERSION, decode, encode};
use rigplan_scenario::params::Value as F;
use rigplan_scenario::{FIELDS, FieldId, HardwareChoice, ModelChoice, Params, resolve};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------
// Test-only JSON <-> Params mapping. The keys are the link's keys; `cm` and `chw` are
// spelled out (`chw` is exactly the custom hardware JSON the app and CLI accept).

fn links_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/links")
}

fn arch_json(a: &ModelArch) -> Value {
    let attention = match a.attention {
        Attention::Full => json!({"kind": "full"}),
        Attention::Sliding {
            window,
            local_layers,
            global_kv_heads: 0,
            global_head_dim: 0,
        } => json!({"kind": "swa", "window": window, "local_layers": local_layers}),
        Attention::Sliding {
            window,
            local_layers,
            global_kv_heads,
            global_head_dim,
        } => json!({"kind": "swa", "window": window, "local_layers": local_layers,
                    "global_kv_heads": global_kv_heads, "global_head_dim": global_head_dim}),
        Attention::Mla {
            kv_lora_rank,
            rope_dim,
        } => json!({"kind": "mla", "kv_lora_rank": kv_lora_rank, "rope_dim": rope_dim}),
        Attention::Hybrid {
            attention_layers,
            recurrent_layers,
            state_per_layer,
        } => json!({"kind": "hyb", "attention_layers": attention_layers,
                    "recurrent_layers": recurrent_layers, "state_per_layer": state_per_layer}),
    };
    let moe = a.moe.map_or(Value::Null, |m| {
        json!({"experts": m.experts, "active": m.active, "shared": m.shared,
               "expert_ffn": m.expert_ffn, "dense_layers": m.dense_layers})
    });
    json!({
        "params": a.params, "active_params": a.active_params, "layers": a.layers,
        "hidden": a.hidden, "heads": a.heads, "kv_heads": a.kv_heads, "head_dim": a.head_dim,
        "ffn": a.ffn, "vocab": a.vocab, "tied_embeddings": a.tied_embeddings,
        "max_context": a.max_context, "attention": attention, "moe": moe,
    })
}

/// The custom hardware JSON of a device (the fields a link carries).
fn hardware_json(c: &CustomHardware) -> Value {
    let h = HardwareFields::of(c);
    let mut v = json!({
        "name": h.name, "vendor": h.vendor, "kind": h.kind, "memory_gb": h.memory_gb,
        "memory_bandwidth_gbs": h.memory_bandwidth_gbs, "fp16_tflops": h.fp16_tflops,
        "tdp_w": h.tdp_w,
    });
    if let (Some(p), Some(o)) = (h.price_usd, v.as_object_mut()) {
        o.insert("price_usd".into(), json!(p));
    }
    v
}

/// Params as a fixture's `params` object: every field of the table under its link key
/// (the custom forms spelled out under `cm` / `chw`).
fn params_json(p: &Params) -> Value {
    let mut o = Map::new();
    for f in FIELDS {
        let (key, v) = match (f.get)(p) {
            F::CustomModel(a) => ("cm", arch_json(&a)),
            F::CustomHardware(c) => ("chw", hardware_json(&c)),
            F::Blank => (f.key, Value::Null),
            F::Whole(n) => (f.key, json!(n)),
            F::Number(x) => (f.key, json!(x)),
            F::Text(t) => (f.key, json!(t)),
            F::Switch(b) => (f.key, json!(b)),
        };
        o.insert(key.into(), v);
    }
    Value::Object(o)
}

fn get<'a>(o: &'a Map<String, Value>, k: &str, what: &str) -> &'a Value {
    o.get(k).unwrap_or_else(|| panic!("{what}: missing `{k}`"))
}

/// A field written only when it is not 0 (the global layers' own shape, Gemma 3n's).
fn u32_or_0(o: &Map<String, Value>, k: &str, what: &str) -> u32 {
    o.get(k).map_or(0, |_| u32_of(o, k, what))
}

fn u32_of(o: &Map<String, Value>, k: &str, what: &str) -> u32 {
    let v = get(o, k, what);
    v.as_u64()
        .and_then(|x| u32::try_from(x).ok())
        .unwrap_or_else(|| panic!("{what}: `{k}` must be a whole number, found {v}"))
}

fn f64_of(o: &Map<String, Value>, k: &str, what: &str) -> f64 {
    let v = get(o, k, what);
    v.as_f64()
        .unwrap_or_else(|| panic!("{what}: `{k}` must be a number, found {v}"))
}

fn str_of<'a>(o: &'a Map<String, Value>, k: &str, what: &str) -> &'a str {
    let v = get(o, k, what);
    v.as_str()
        .unwrap_or_else(|| panic!("{what}: `{k}` must be a string, found {v}"))
}

fn object<'a>(v: &'a Value, what: &str) -> &'a Map<String, Value> {
    v.as_object()
        .unwrap_or_else(|| panic!("{what} must be a JSON object, found {v}"))
}

fn arch_from_json(v: &Value, what: &str) -> ModelArch {
    let o = object(v, what);
    let a = object(get(o, "attention", what), "cm.attention");
    let attention = match str_of(a, "kind", what) {
        "full" => Attention::Full,
        "swa" => Attention::Sliding {
            window: u32_of(a, "window", what),
            local_layers: u32_of(a, "local_layers", what),
            // Written only when the global layers have their own shape.
            global_kv_heads: u32_or_0(a, "global_kv_heads", what),
            global_head_dim: u32_or_0(a, "global_head_dim", what),
        },
        "mla" => Attention::Mla {
            kv_lora_rank: u32_of(a, "kv_lora_rank", what),
            rope_dim: u32_of(a, "rope_dim", what),
        },
        "hyb" => Attention::Hybrid {
            attention_layers: u32_of(a, "attention_layers", what),
            recurrent_layers: u32_of(a, "recurrent_layers", what),
            state_per_layer: u32_of(a, "state_per_layer", what),
        },
        k => panic!("{what}: unknown attention kind {k}"),
    };
    let moe = match get(o, "moe", what) {
        Value::Null => None,
        m => {
            let m = object(m, "cm.moe");
            Some(Moe {
                experts: u32_of(m, "experts", what),
                active: u32_of(m, "active", what),
                shared: u32_of(m, "shared", what),
                expert_ffn: u32_of(m, "expert_ffn", what),
                dense_layers: u32_of(m, "dense_layers", what),
            })
        }
    };
    ModelArch {
        params: f64_of(o, "params", what),
        active_params: f64_of(o, "active_params", what),
        layers: u32_of(o, "layers", what),
        hidden: u32_of(o, "hidden", what),
        heads: u32_of(o, "heads", what),
        kv_heads: u32_of(o, "kv_heads", what),
        head_dim: u32_of(o, "head_dim", what),
        ffn: u32_of(o, "ffn", what),
        vocab: u32_of(o, "vocab", what),
        tied_embeddings: get(o, "tied_embeddings", what)
            .as_bool()
            .unwrap_or_else(|| panic!("{what}: tied_embeddings must be a boolean")),
        max_context: u32_of(o, "max_context", what),
        attention,
        moe,
        // Gemma 3n's and LFM2's fields, absent from a fixture of any other model.
        per_layer_input: u32_or_0(o, "per_layer_input", what),
        kv_shared_layers: u32_or_0(o, "kv_shared_layers", what),
        small_op_layers: u32_or_0(o, "small_op_layers", what),
        conv_layers: u32_or_0(o, "conv_layers", what),
    }
}

/// A fixture's `params` object as Params. Strict: every field of the table must be
/// present (under its key or its custom key), nothing else may be, so a fixture states the
/// whole decoded scenario (a changed default shows).
/// Link keys added after the first version-1 fixtures were written (issue 10: host RAM
/// and its bandwidth, the prompt's starting depth, expert offload; issue 11: the work
/// priced, the workload, the API compared, resale and PUE).
const ADDED_AFTER_FIXTURES: &[&str] = &[
    "hram", "hbw", "pd", "ncm", "cmoe", "work", "u", "rpd", "in", "out", "cs", "ttft", "uts",
    "spec", "apim", "resale", "pue",
];

/// Keys added within link version 2 after its first fixture: the decision views' (blank or
/// off by default), llama.cpp's micro-batch `ub` (512 by default, the size every older
/// link's estimate assumed) and the card's PCIe slot `slot` (blank: the card's own link),
/// so a v1 or v2 link without them decodes as before.
const ADDED_AFTER_V2_FIXTURE: &[&str] = &[
    "view", "arch", "fam", "minpb", "maxpb", "mind", "minctx", "maxt", "maxp", "serve", "sort",
    "ub", "slot",
];

/// The link version of a fixture, from its folder (`v1/`, `v2/`).
fn version_of(file: &str) -> u32 {
    file.strip_prefix('v')
        .and_then(|r| r.split('/').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{file}: not in a version folder"))
}

fn params_from_json(v: &Value, what: &str) -> Params {
    let o = object(v, what);
    let version = version_of(what);
    let mut p = rigplan_scenario::params::defaults(version);
    let mut expected: Vec<&str> = Vec::new();
    for f in FIELDS {
        if let Some(alt) = f.alt_key.filter(|k| o.contains_key(*k)) {
            expected.push(alt);
            let x = get(o, alt, what);
            let value = match f.id {
                FieldId::Model => F::CustomModel(arch_from_json(x, what)),
                _ => F::CustomHardware(
                    hardware_from_json(&x.to_string())
                        .unwrap_or_else(|e| panic!("{what}: chw: {e}")),
                ),
            };
            (f.set)(&mut p, value);
            continue;
        }
        // A fixture written before a field existed lacks its key: the field keeps its
        // default, which is what an old link without it decodes to.
        let later = (version == 1 && ADDED_AFTER_FIXTURES.contains(&f.key))
            || (version <= 2 && ADDED_AFTER_V2_FIXTURE.contains(&f.key));
        if later && !o.contains_key(f.key) {
            continue;
        }
        expected.push(f.key);
        let text = match get(o, f.key, what) {
            Value::Null => {
                assert!(f.optional(), "{what}: `{}` may not be null", f.key);
                (f.set)(&mut p, F::Blank);
                continue;
            }
            Value::Bool(b) => String::from(if *b { "1" } else { "0" }),
            Value::Number(n) => n.to_string(),
            Value::String(t) => t.clone(),
            x => panic!("{what}: `{}` is {x}", f.key),
        };
        let value = f
            .parse(&text)
            .unwrap_or_else(|e| panic!("{what}: `{}` = {text}: {e}", f.key));
        (f.set)(&mut p, value);
    }
    let mut have: Vec<&str> = o.keys().map(String::as_str).collect();
    expected.sort_unstable();
    have.sort_unstable();
    assert_eq!(
        have, expected,
        "{what}: the params object must have exactly these keys"
    );
    p
}

/// The key outputs of the estimator for a scenario.
fn numbers(p: &Params) -> BTreeMap<&'static str, Value> {
    let r = resolve(p).unwrap_or_else(|e| panic!("decoded params must resolve: {e}"));
    let e = rigplan_core::estimate(&r.scenario);
    BTreeMap::from([
        ("fit", json!(e.memory.fit.id())),
        ("decode_tokens_per_s", json!(e.speed.decode.get())),
        ("prefill_tokens_per_s", json!(e.speed.prefill.get())),
        ("weights_bytes", json!(e.memory.weights.get())),
        ("total_memory_bytes", json!(e.memory.total.get())),
        ("own_total_usd", json!(e.tco.own_total.get())),
    ])
}

// ---------------------------------------------------------------------------------------
// The fixtures

/// The MANIFEST: `<sha256>  <path>` lines, and `superseded <old> <new>` lines naming a
/// fixture whose numbers a deliberate estimator change replaced (its link and params
/// still hold).
struct Manifest {
    files: Vec<(String, String)>,
    superseded: BTreeMap<String, String>,
}

fn manifest() -> Manifest {
    let path = links_dir().join("MANIFEST");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut m = Manifest {
        files: Vec::new(),
        superseded: BTreeMap::new(),
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split_whitespace().collect();
        match f.as_slice() {
            ["superseded", old, new] => {
                m.superseded.insert((*old).into(), (*new).into());
            }
            [sha, file] if sha.len() == 64 => m.files.push(((*sha).into(), (*file).into())),
            _ => panic!("MANIFEST: cannot read line `{line}`"),
        }
    }
    m
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Every file under `tests/links/`, relative, `/`-separated.
fn files_under(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).expect("UTF-8 name");
        let rel = format!("{prefix}{name}");
        if p.is_dir() {
            files_under(&p, &format!("{rel}/"), out);
        } else {
            out.push(rel);
        }
    }
}

const APPEND_ONLY: &str = "tests/links/ is append-only (see tests/links/README.md): never edit \
    or delete a fixture; add a new one and list it in tests/links/MANIFEST";

#[test]
fn manifest_guards_the_fixtures() {
    let m = manifest();
    let dir = links_dir();
    assert!(
        m.files.len() >= 4,
        "MANIFEST lists {} fixtures",
        m.files.len()
    );
    for (sha, file) in &m.files {
        assert!(
            !file.contains("..") && !file.starts_with('/'),
            "MANIFEST: bad path {file}"
        );
        let bytes = std::fs::read(dir.join(file)).unwrap_or_else(|e| {
            panic!(
                "link fixture {file} is listed in MANIFEST but cannot be read ({e}). {APPEND_ONLY}."
            )
        });
        // Hash with LF line ends, so a checkout that converts them (git autocrlf) still
        // matches `sha256sum` of the committed file.
        let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
        assert_eq!(
            &sha256_hex(text.as_bytes()),
            sha,
            "link fixture {file} changed since it was listed in MANIFEST. {APPEND_ONLY}."
        );
    }
    let mut all = Vec::new();
    files_under(&dir, "", &mut all);
    for f in all {
        if f == "MANIFEST" || f == "README.md" {
            continue;
        }
        assert!(
            m.files.iter().any(|(_, listed)| *listed == f),
            "tests/links/{f} is not listed in tests/links/MANIFEST: add the line \
             `<sha256sum of it>  {f}` (run `sha256sum {f}` in tests/links/)"
        );
    }
    for (old, new) in &m.superseded {
        for f in [old, new] {
            assert!(
                m.files.iter().any(|(_, listed)| listed == f),
                "MANIFEST: superseded names {f}, which is not listed"
            );
        }
    }
}

/// One fixture file.
struct Fixture {
    file: String,
    link: String,
    canonical: bool,
    params: Params,
    dropped: Vec<String>,
}

fn fixtures() -> Vec<Fixture> {
    let m = manifest();
    m.files
        .iter()
        .filter(|(_, f)| f.ends_with(".json"))
        .map(|(_, file)| {
            let text = std::fs::read_to_string(links_dir().join(file))
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            let o = object(&v, file);
            Fixture {
                file: file.clone(),
                link: str_of(o, "link", file).into(),
                canonical: o.get("canonical").and_then(Value::as_bool) == Some(true),
                params: params_from_json(get(o, "params", file), file),
                dropped: get(o, "dropped", file)
                    .as_array()
                    .unwrap_or_else(|| panic!("{file}: dropped must be an array"))
                    .iter()
                    .map(|d| d.as_str().expect("dropped: field names").into())
                    .collect(),
            }
        })
        .collect()
}

#[test]
fn fixtures_decode_to_their_params() {
    let all = fixtures();
    for name in ["defaults", "every-field", "edge-values", "garbage"] {
        let f = format!("v1/{name}.json");
        assert!(all.iter().any(|x| x.file == f), "missing fixture {f}");
    }
    for f in &all {
        let d = decode(&f.link);
        assert_eq!(
            d.params, f.params,
            "link fixture {}: `{}` no longer decodes to the scenario it was made for. \
             Links in the wild must keep their meaning: fix the decoder, not the fixture.",
            f.file, f.link
        );
        let fields: Vec<&str> = d.dropped.iter().map(|x| x.field.as_str()).collect();
        assert_eq!(fields, f.dropped, "link fixture {}: dropped fields", f.file);
        assert_eq!(
            params_from_json(&params_json(&d.params), &f.file),
            d.params,
            "{}: the test's JSON mapping loses something",
            f.file
        );
        // Canonical: encoding gives the text back (a link of an older version is
        // re-encoded in today's, and must decode to the same scenario).
        if f.canonical && version_of(&f.file) == VERSION {
            assert_eq!(
                encode(&d.params),
                f.link,
                "link fixture {}: encoding",
                f.file
            );
        } else if f.canonical {
            assert_eq!(
                decode(&encode(&d.params)).params,
                d.params,
                "{}: re-encoded",
                f.file
            );
        }
        // Re-encoding what was kept loses nothing.
        let again = decode(&encode(&d.params));
        assert!(again.dropped.is_empty(), "{}: {:?}", f.file, again.dropped);
        assert_eq!(again.params, d.params, "{}", f.file);
    }
}

/// Hand checks against the physics of what the fixtures' scenarios estimate to today.
/// The fixtures pin what a link *means* (its scenario); the numbers are the estimator's
/// and move with calibration, within these physical ranges (the snapshot table in
/// `snapshots.rs` shows every change of them in review).
#[test]
fn fixture_scenarios_estimate_physically() {
    let all: BTreeMap<String, BTreeMap<&str, Value>> = fixtures()
        .into_iter()
        .map(|f| (f.file, numbers(&f.params)))
        .collect();
    let num = |file: &str, k: &str| -> f64 {
        all.get(file).unwrap_or_else(|| panic!("{file}"))[k]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    let fit = |file: &str| -> String {
        all.get(file).expect("fixture")["fit"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    let near = |x: f64, want: f64, tol: f64| (x - want).abs() <= tol * want.abs();

    // defaults: Llama 3.1 8B Q4_K_M is 8.03 B parameters at ~4.89 bits = 4.91 GB of
    // weights (llama.cpp's GGUF is 4.92 GB), of which the card holds all but the input
    // embedding, 128256 x 4096 at Q4_K's 4.5 bits = 0.30 GB, that llama.cpp keeps in
    // system RAM: 4.62 GB. KV: 32 layers x 8 KV heads x 128 x 2 (K, V)
    // x 2 bytes = 128 KiB/token, x 4096 = 0.54 GB; plus compute buffer and CUDA overhead,
    // ~6.3 GB in all: fits in 24 GB. Batch-1 decode reads the weights once per token:
    // 1008 GB/s x ~0.62 / 4.91 GB = ~127 tok/s (llama-bench tg128 on a 4090: 130-150).
    // Prefill: 16 GFLOP/token at ~100 TFLOPS used = ~6400 tok/s. Cost: $1,599 card +
    // 5 years x (8 h/day at load + 16 h at idle) x $0.15/kWh = about $1,190 at ~0.45 kW
    // load / ~50 W idle.
    let f = "v1/defaults.json";
    assert!((4.55e9..4.70e9).contains(&num(f, "weights_bytes")));
    assert!((5.8e9..7.0e9).contains(&num(f, "total_memory_bytes")));
    assert!((110.0..150.0).contains(&num(f, "decode_tokens_per_s")));
    assert!((4000.0..14000.0).contains(&num(f, "prefill_tokens_per_s")));
    assert!((1599.0 + 800.0..1599.0 + 1600.0).contains(&num(f, "own_total_usd")));
    assert_eq!(fit(f), "fits");

    // typical-70b: 70.6 B at ~4.81 bits = 42.5 GB (the GGUF is 42.5 GB), less the input
    // embedding llama.cpp keeps in system RAM (128256 x 8192 at 4.5 bits = 0.59 GB) on the
    // cards: 41.9 GB; KV 80 layers x 8
    // x 128 x 2 x 2 = 320 KiB/token x 32768 = 10.7 GB; 55 GB > 2 x 24 GB: offload. Then
    // decode is paced by the ~7 GB left in system RAM (~60-80 GB/s) plus ~35 GB over the
    // GPUs: ~0.12 s/token, ~8 tok/s. Cost: 2 x $1,599 + about $2,000 of electricity.
    let f = "v1/typical-70b.json";
    assert!(near(num(f, "weights_bytes"), 41.9e9, 0.01));
    let kv = 80.0 * 8.0 * 128.0 * 2.0 * 2.0 * 32768.0;
    assert!(num(f, "total_memory_bytes") > 42.4e9 + kv);
    assert_eq!(fit(f), "offload");
    assert!((5.0..12.0).contains(&num(f, "decode_tokens_per_s")));
    assert!((3198.0 + 1000.0..3198.0 + 3000.0).contains(&num(f, "own_total_usd")));

    // every-field: GPTQ int4 70B ~40.6 GB; batch 8 x 32768 tokens of Q8_0 KV (34/32 bytes
    // per element: 170 KiB/token) = 45.6 GB, plus 4 devices of non-flash-attention
    // buffers: over 4 x 22 GB, so offload. Own: $6,000 + 1.8 kW x 12 h x 365.25 d x 3 y
    // x $0.30 = $7,100 + idle hours + $300 maintenance.
    let f = "v1/every-field.json";
    assert!(near(num(f, "weights_bytes"), 40.6e9, 0.02));
    let kv = 80.0 * 8.0 * 128.0 * 2.0 * (34.0 / 32.0) * 32768.0 * 8.0;
    assert!(num(f, "total_memory_bytes") > 40.5e9 + kv);
    assert_eq!(fit(f), "offload");
    let load = 1.8 * 12.0 * 365.25 * 3.0 * 0.3;
    let own = num(f, "own_total_usd");
    assert!(own > 6000.0 + load + 300.0 && own < 6000.0 + load + 300.0 + 1500.0);

    // edge-values: 15.7 B parameters at Q8_0 (8.5 bits) = 16.7 GB. Own cost exactly
    // $1e10 + 1e7 W x 24 h x 365.25 d x 30 y x $100/kWh + 30 x $1e9 = $3.0298e11 (no
    // idle hours at 24 h/day).
    let f = "v1/edge-values.json";
    assert!(near(num(f, "weights_bytes"), 15.706e9 * 8.5 / 8.0, 0.01));
    assert!(near(num(f, "own_total_usd"), 3.0298e11, 1e-12));
    assert_eq!(fit(f), "fits");
    assert!(num(f, "decode_tokens_per_s") > 0.0);

    // edge-min: a 1-parameter model; 0.1 GB of memory on the CPU backend leaves nothing
    // after the OS reserve: does not fit. Free hardware and free power: own cost 0.
    let f = "v1/edge-min.json";
    assert!(num(f, "weights_bytes") < 1e4);
    assert_eq!(fit(f), "does-not-fit");
    assert_eq!(num(f, "own_total_usd"), 0.0);

    // garbage: what survives is 8B Q4_K_M on 2 x RTX 3090 (936 GB/s, layer split) with a
    // Q4_0 KV cache: the same weights, a little under the 4090's speed, and under one
    // 3090's bandwidth over the weights (936 GB/s / 4.9 GB = 190 tokens/s; a layer split
    // reads each half on its own card, one after the other).
    let f = "v1/garbage.json";
    assert_eq!(
        num(f, "weights_bytes"),
        num("v1/defaults.json", "weights_bytes")
    );
    let tg = num(f, "decode_tokens_per_s");
    assert!((100.0..190.0).contains(&tg) && tg < num("v1/defaults.json", "decode_tokens_per_s"));
    assert!((2998.0 + 800.0..2998.0 + 2500.0).contains(&num(f, "own_total_usd")));
}

// ---------------------------------------------------------------------------------------
// Behaviour (beyond the unit tests in src/link.rs)

fn resolves(d: &Decoded, what: &str) {
    let r =
        resolve(&d.params).unwrap_or_else(|e| panic!("{what}: decoded params do not resolve: {e}"));
    let e = rigplan_core::estimate(&r.scenario);
    let _ = (e.memory.fit, e.speed.decode);
}

#[test]
fn defaults_and_round_trip() {
    assert_eq!(encode(&Params::default()), "v=2");
    assert_eq!(VERSION, 2);
    let d = decode(&fixture_every_field());
    assert!(d.dropped.is_empty());
    let p = d.params;
    // Every field differs from its default.
    let def = params_json(&Params::default());
    let all = params_json(&p);
    for (k, v) in def.as_object().into_iter().flatten() {
        if let Some(x) = all.get(k) {
            assert_ne!(x, v, "every-field leaves `{k}` at its default");
        }
    }
    assert_eq!(decode(&encode(&p)), d_with(p.clone()));
}

fn d_with(params: Params) -> Decoded {
    Decoded {
        params,
        dropped: Vec::new(),
        version: VERSION,
    }
}

/// A link with every key set: the v2 every-field fixture, the decision-view keys of
/// `v2/views.json`, the micro-batch of `v2/ubatch.json` and the slot of
/// `v2/pcie-slot.json` (added after it).
fn fixture_every_field() -> String {
    let link = |file: &str| {
        fixtures()
            .into_iter()
            .find(|f| f.file == file)
            .map(|f| f.link)
            .expect("fixture")
    };
    let later = [
        link("v2/views.json"),
        link("v2/ubatch.json"),
        link("v2/pcie-slot.json"),
    ]
    .join("&");
    let first = link("v2/every-field.json");
    let mut pairs: Vec<&str> = first.split('&').collect();
    pairs.extend(
        later
            .split('&')
            .filter(|pair| ADDED_AFTER_V2_FIXTURE.contains(&pair.split('=').next().unwrap_or(""))),
    );
    // In the table's order, as the encoder writes them (the version marker first).
    let place = |pair: &&str| {
        let key = pair.split('=').next().unwrap_or("");
        FIELDS
            .iter()
            .position(|f| f.key == key)
            .map_or(0, |i| i + 1)
    };
    pairs.sort_by_key(place);
    pairs.join("&")
}

#[test]
fn shuffled_links_encode_canonically() {
    let link = fixture_every_field();
    let mut pairs: Vec<&str> = link.split('&').collect();
    pairs.reverse();
    let shuffled = pairs.join("&");
    assert_ne!(shuffled, link);
    let d = decode(&format!("#{shuffled}"));
    assert!(d.dropped.is_empty(), "{:?}", d.dropped);
    assert_eq!(encode(&d.params), link);
    // A rotation too, with the version marker somewhere in the middle.
    pairs.rotate_left(5);
    assert_eq!(encode(&decode(&pairs.join("&")).params), link);
}

#[test]
fn garbage_keeps_what_is_good() {
    let d = decode("#v=1&m=nope&ctx=abc&hw=rtx-4090&zzz=1");
    let fields: Vec<&str> = d.dropped.iter().map(|x| x.field.as_str()).collect();
    assert_eq!(fields, ["m", "ctx", "zzz"]);
    assert_eq!(d.dropped[0].reason, "unknown model id");
    assert_eq!(d.dropped[1].reason, "not a number");
    assert_eq!(d.dropped[2].reason, "unknown key");
    assert_eq!(d.params.hardware, HardwareChoice::Id("rtx-4090".into()));
    let d = decode("hw=rtx-3090&m=nope");
    assert_eq!(d.params.hardware, HardwareChoice::Id("rtx-3090".into()));
    assert_eq!(d.params.model, Params::default().model);
    resolves(&d, "hw=rtx-3090&m=nope");
}

const JUNK: &[&str] = &[
    "%ZZ",
    "%",
    "%F",
    "%FF%FE",
    "%C3",
    "<script>alert(1)</script>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "javascript:alert(1)",
    "\"><img onerror=alert(1)>",
    "%22%3E%3Cimg%20onerror%3Dalert(1)%3E",
    "-1",
    "1e999",
    "NaN",
    "inf",
    "0x10",
    "",
    "~~~~",
    "swa.1.2",
    "💣",
];

const ALL_KEYS: &[&str] = &[
    "m", "cm", "q", "hw", "chw", "mem", "n", "sp", "ctx", "pr", "d", "kv", "e", "b", "fa", "bs",
    "h", "kwh", "y", "price", "pw", "mnt", "cloud", "api",
];

#[test]
fn junk_values_are_dropped_and_resolve() {
    for key in ALL_KEYS {
        for junk in JUNK {
            let next = if *key == "n" { "bs=2" } else { "n=2" };
            let link = format!("v=1&{key}={junk}&{next}");
            let d = decode(&link);
            resolves(&d, &link);
            assert_eq!(d.dropped.len(), 1, "{link}: {:?}", d.dropped);
            assert_eq!(d.dropped[0].field, *key, "{link}");
            assert!(!d.dropped[0].reason.is_empty());
            let kept = if *key == "n" {
                d.params.batch
            } else {
                d.params.count
            };
            assert_eq!(kept, 2, "{link}: the next field survives");
        }
    }
}

#[test]
fn junk_links_never_panic() {
    let ten_kb: String = (0..10_240u32)
        .map(|i| char::from(b"&=%~.+#?aZ09<>\"' "[(i as usize * 7) % 17]))
        .collect();
    let big_valid = format!("v=1&n=2{}", "&ctx=4096".repeat(2000));
    let mut links: Vec<String> = [
        "%ZZ",
        "&&&",
        "=",
        "==",
        "=&=",
        "v=999",
        "v",
        "v=",
        "v=-1",
        "v=1.5",
        "#?#?",
        "%FF%FE",
        "%FF%FE=%FF%FE",
        "<script>alert(1)</script>",
        "javascript:alert(1)",
        "\"><img onerror=alert(1)>",
        "m=llama-3.1-8b&m=",
        "cm=~~~~~~~~~~~~&chw=~~~~~~~",
        "cm=1~1~1~16~1~1~1~1~1~0~0~full~-",
        "chw=x~nvidia~gpu~1e-300~1~1~1",
        "chw=x~other~cpu~100000~1000000~1000000~1000000~1000000000",
    ]
    .iter()
    .map(|s| (*s).to_string())
    .collect();
    links.push(ten_kb);
    links.push(big_valid.clone());
    links.push("é".repeat(5000));
    links.push(format!("m={}", "%".repeat(9000)));
    for link in &links {
        let d = decode(link);
        resolves(&d, link);
        for x in &d.dropped {
            assert!(x.value.chars().count() <= 60, "{link}");
        }
        let again = decode(&encode(&d.params));
        assert!(again.dropped.is_empty(), "{link}: {:?}", again.dropped);
        assert_eq!(again.params, d.params, "{link}");
    }
    let d = decode(&big_valid);
    assert_eq!(d.params.count, 2);
    assert_eq!(d.dropped[0].field, "link");
    assert_eq!(
        d.dropped[0].reason,
        "link longer than 8192 characters was cut"
    );
    assert!(big_valid.len() > MAX_LEN);
    let v = decode("v=999&n=2");
    assert_eq!((v.version, v.params.count), (999, 2));
    assert_eq!(v.dropped[0].reason, "link from a newer version of rigplan");
}

/// Deterministic random links over the link's own alphabet: decoding never panics, always
/// resolves, and re-encoding is a fixed point.
#[test]
fn random_links() {
    let pieces: &[&str] = &[
        "&",
        "=",
        "%",
        "~",
        ".",
        "+",
        "-",
        "#",
        "?",
        "0",
        "1",
        "2",
        "9",
        "e",
        "x",
        "%41",
        "%7E",
        "%FF",
        "é",
        "v",
        "m",
        "q",
        "hw",
        "chw",
        "cm",
        "n",
        "ctx",
        "d",
        "sp",
        "kv",
        "fa",
        "h",
        "kwh",
        "api",
        "price",
        "layer",
        "tensor",
        "f16",
        "q8_0",
        "rtx-4090",
        "llama-3.1-70b",
        "q4_k_m",
        "cuda",
        "vllm",
        "nvidia",
        "gpu",
        "full",
        "swa",
        "mla",
        "1024",
        "4096",
        "0.5",
        "1e10",
        "~nvidia~gpu~24~1008~82.6~450",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = next() % 40;
        let link: String = (0..len)
            .map(|_| pieces[(next() % pieces.len() as u64) as usize])
            .collect();
        let d = decode(&link);
        resolves(&d, &link);
        let canon = encode(&d.params);
        let again = decode(&canon);
        assert!(
            again.dropped.is_empty(),
            "{link} -> {canon}: {:?}",
            again.dropped
        );
        assert_eq!(again.params, d.params, "{link}");
        assert_eq!(encode(&again.params), canon);
    }
}

#[test]
fn links_are_short() {
    assert!(encode(&Params::default()).len() < 300);
    let typical = Params {
        model: ModelChoice::Id("llama-3.1-70b".into()),
        hardware: HardwareChoice::Id("rtx-4090".into()),
        count: 2,
        context: 32_768,
        ..Params::default()
    };
    let link = encode(&typical);
    assert_eq!(link, "v=2&m=llama-3.1-70b&n=2&ctx=32768");
    assert!(link.len() < 300);
    assert_eq!(decode(&link).params, typical);
    // Even with a custom model and custom hardware, every field set.
    for f in fixtures() {
        if f.canonical {
            assert!(f.link.len() < 400, "{}: {} chars", f.file, f.link.len());
        }
    }
}
