//! Shareable links: a scenario ([`Params`]) to and from the text after `#` in the web
//! app's URL.
//!
//! # Format (version 2; version 1 links still decode)
//!
//! `application/x-www-form-urlencoded`-style `key=value` pairs joined by `&`, for example
//! `v=2&m=llama-3.1-70b&hw=rtx-4090&n=2`. [`encode`] always writes the version marker
//! `v=2` first, then only the fields that differ from that version's defaults
//! ([`defaults`]), in the order of the table below, so the default scenario is exactly
//! `v=2`. Version 2 (issue 11) prices a workload by default (`work=workload`); version 1
//! priced everything the machine can generate in its hours of use, so a `v=1` link, or one
//! with keys but no `v`, decodes with `work=capacity` and keeps its meaning. An empty
//! fragment is today's defaults. Values are percent-encoded:
//! `A-Za-z0-9-._~` pass, every other byte of the UTF-8 text becomes `%XX`; decoding also
//! reads `+` as a space. Integers are written plainly, floats with Rust's shortest
//! round-trip formatting (`{}`), so a link decodes to exactly the numbers it was made from.
//!
//! The keys, what each holds and the values it accepts are the rows of the field table
//! ([`crate::params::FIELDS`]: `key`, `kind`, and `alt_key` for the custom forms below);
//! the link writes the fields in the table's order. Keys are permanent: a key is never
//! renamed, reused or given a new meaning within a version.
//!
//! **Defaults are per version.** A field missing from a version-N link takes the default
//! version N shipped with ([`defaults`]), frozen in this file, not whatever
//! [`Params::default`] says today. Changing a default in the app means a new version
//! with its own arm in [`defaults`]; a test fails until then.
//!
//! **`cm`** (a custom model, [`ModelArch`]): thirteen fields joined by `~`, in this order:
//! `params~active_params~layers~hidden~heads~kv_heads~head_dim~ffn~vocab~tied~max_context~attention~moe`,
//! where `tied` is `0` or `1`, `attention` is `full`, `swa.<window>.<local_layers>` (with
//! `.<global_kv_heads>.<global_head_dim>` when the full-attention layers have their own
//! shape, as Gemma 4's), `mla.<kv_lora_rank>.<rope_dim>` or
//! `hyb.<attention_layers>.<recurrent_layers>.<state_per_layer>`, and `moe` is `-` (dense) or
//! `<experts>.<active>.<shared>.<expert_ffn>.<dense_layers>`; a fourteenth field,
//! `<per_layer_input>.<kv_shared_layers>.<small_op_layers>`, follows only for a model with
//! per-layer input embeddings, layers sharing a cache or blocks of many small operations
//! (Gemma 3n), or with short-convolution layers (LFM2), which add `.<conv_layers>`
//! (absent: 0). The bounds are those
//! [`crate::custom::model_from_hf_config`] applies to a `config.json`.
//!
//! **`chw`** (custom hardware, [`CustomHardware`]):
//! `name~vendor~kind~memory_gb~bandwidth_gbs~fp16_tflops~tdp_w`, plus `~price_usd` when
//! known. `vendor` is `nvidia|amd|apple|intel|qualcomm|other`, `kind` is
//! `gpu|unified|cpu`, as in the custom hardware JSON; the device is built and checked by
//! [`crate::custom::HardwareFields::build`], the same path as that JSON. Each part is
//! percent-encoded on its own (a `~` inside the name is `%7E`), and the parts are joined
//! by a literal `~`. The JSON's optional extras (`int8_tops`, `idle_w`, `memory_type`,
//! `pcie_gen`, `nvlink_gbs`) are not carried: a link gives them their defaults.
//!
//! # Decoding
//!
//! [`decode`] never fails and never panics. Each field is checked on its own: a value
//! that is unknown, malformed or out of range leaves that field at its default and is
//! reported in [`Decoded::dropped`]; everything else is kept. Unknown keys and repeated
//! keys (the first one wins) are reported too. A decoded [`Params`] always resolves.
//! [`Dropped::value`] is text from the link: escape it before showing it.

use crate::custom::{CustomHardware, HardwareFields, dims};
use crate::number::parse_f64;
use crate::params::{FIELDS, Field, Params, Value, number_in, whole_in};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use rigplan_core::model::{Attention, ModelArch, Moe};

/// Current link schema version.
pub const VERSION: u32 = 2;

/// Longest link text decoded; longer input is cut and a notice says so.
pub const MAX_LEN: usize = 8192;

/// Longest value quoted back in a [`Dropped`], in characters.
const QUOTE_LEN: usize = 60;

/// A part of a link that was not used.
#[derive(Clone, Debug, PartialEq)]
pub struct Dropped {
    /// The key as it appeared in the link (`m`, `ctx`, ...), or `link` for the whole text.
    pub field: String,
    /// The value as it appeared (percent-decoded when possible), at most 60 characters.
    pub value: String,
    /// Why it was dropped, e.g. `unknown hardware id`, `must be from 1 to 1024`.
    pub reason: String,
}

/// What a link decoded to.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The scenario: the link's fields over its version's [`defaults`].
    pub params: Params,
    /// What was not used, in the order met.
    pub dropped: Vec<Dropped>,
    /// The version the link declares (1 when absent or unreadable).
    pub version: u32,
}

// ---------------------------------------------------------------------------------------
// Percent-encoding

fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

fn hex_digit(n: u8) -> char {
    char::from_digit(u32::from(n & 0xF), 16).map_or('0', |c| c.to_ascii_uppercase())
}

/// Appends `s` percent-encoded; `~` too when `tilde` is false.
fn push_encoded(out: &mut String, s: &str, tilde: bool) {
    for b in s.bytes() {
        if unreserved(b) && (tilde || b != b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(hex_digit(b >> 4));
            out.push(hex_digit(b));
        }
    }
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decodes `s` (`+` is a space); the result must be UTF-8.
fn percent_decode(s: &str) -> Result<String, &'static str> {
    let mut bytes = Vec::with_capacity(s.len());
    let mut it = s.bytes();
    while let Some(b) = it.next() {
        match b {
            b'+' => bytes.push(b' '),
            b'%' => match (it.next().and_then(hex_value), it.next().and_then(hex_value)) {
                (Some(hi), Some(lo)) => bytes.push((hi << 4) | lo),
                _ => return Err("bad percent-encoding"),
            },
            _ => bytes.push(b),
        }
    }
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text")
}

fn quote(s: &str) -> String {
    s.chars().take(QUOTE_LEN).collect()
}

// ---------------------------------------------------------------------------------------
// Encoding

fn attention_text(a: Attention) -> String {
    match a {
        Attention::Full => "full".into(),
        Attention::Sliding {
            window,
            local_layers,
            global_kv_heads: 0,
            global_head_dim: 0,
        } => format!("swa.{window}.{local_layers}"),
        Attention::Sliding {
            window,
            local_layers,
            global_kv_heads,
            global_head_dim,
        } => format!("swa.{window}.{local_layers}.{global_kv_heads}.{global_head_dim}"),
        Attention::Mla {
            kv_lora_rank,
            rope_dim,
        } => format!("mla.{kv_lora_rank}.{rope_dim}"),
        Attention::Hybrid {
            attention_layers,
            recurrent_layers,
            state_per_layer,
        } => format!("hyb.{attention_layers}.{recurrent_layers}.{state_per_layer}"),
    }
}

fn moe_text(m: Option<Moe>) -> String {
    match m {
        None => "-".into(),
        Some(m) => format!(
            "{}.{}.{}.{}.{}",
            m.experts, m.active, m.shared, m.expert_ffn, m.dense_layers
        ),
    }
}

fn arch_text(a: &ModelArch) -> String {
    // The fourteenth part only when the model has per-layer inputs, shared caches, busy
    // blocks or short convolutions (the last only then), so every other model's text is
    // what it always was.
    let (ple, shared, busy) = (a.per_layer_input, a.kv_shared_layers, a.small_op_layers);
    let extra = match a.conv_layers {
        0 if (ple, shared, busy) == (0, 0, 0) => String::new(),
        0 => format!("~{ple}.{shared}.{busy}"),
        conv => format!("~{ple}.{shared}.{busy}.{conv}"),
    };
    format!(
        "{}~{}~{}~{}~{}~{}~{}~{}~{}~{}~{}~{}~{}",
        a.params,
        a.active_params,
        a.layers,
        a.hidden,
        a.heads,
        a.kv_heads,
        a.head_dim,
        a.ffn,
        a.vocab,
        u8::from(a.tied_embeddings),
        a.max_context,
        attention_text(a.attention),
        moe_text(a.moe),
    ) + &extra
}

/// The `chw` value, already percent-encoded part by part.
fn hardware_text(c: &CustomHardware) -> String {
    let h = HardwareFields::of(c);
    let num = |x: Option<f64>| x.map_or_else(String::new, |x| format!("{x}"));
    let mut parts: Vec<String> = Vec::from([
        h.name,
        h.vendor,
        h.kind,
        num(h.memory_gb),
        num(h.memory_bandwidth_gbs),
        num(h.fp16_tflops),
        num(h.tdp_w),
    ]);
    if h.price_usd.is_some() {
        parts.push(num(h.price_usd));
    }
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('~');
        }
        push_encoded(&mut out, part, false);
    }
    out
}

/// The scenario a link of `version` starts from: the defaults that version shipped with,
/// frozen in the field table ([`crate::params::defaults`]).
pub fn defaults(version: u32) -> Params {
    crate::params::defaults(version)
}

/// The `key=value` text of one field, value percent-encoded: custom models and hardware
/// under the row's `alt_key`.
fn pair(out: &mut String, f: &Field, v: &Value) {
    out.push('&');
    match v {
        Value::CustomModel(a) => {
            out.push_str(f.alt_key.unwrap_or(f.key));
            out.push('=');
            push_encoded(out, &arch_text(a), true);
        }
        Value::CustomHardware(c) => {
            // Already encoded part by part: the `~` separators stay literal.
            out.push_str(f.alt_key.unwrap_or(f.key));
            out.push('=');
            out.push_str(&hardware_text(c));
        }
        v => {
            out.push_str(f.key);
            out.push('=');
            push_encoded(out, &f.format(v), true);
        }
    }
}

/// Encodes params as the fragment text without the leading `#`, e.g.
/// `v=1&m=llama-3.1-70b&hw=rtx-4090&n=2`: the version first, then only the fields that
/// differ from this version's [`defaults`], in the order of the field table.
pub fn encode(p: &Params) -> String {
    let d = defaults(VERSION);
    let mut out = format!("v={VERSION}");
    for f in FIELDS {
        let v = (f.get)(p);
        if v != (f.get)(&d) {
            pair(&mut out, f, &v);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Decoding: values

/// Splits a `~`-joined value into its percent-decoded parts. The separators are literal
/// `~`; if a tool escaped them to `%7E` (so the raw text has none), the decoded text is
/// split instead.
fn parts(raw: &str) -> Result<Vec<String>, String> {
    if !raw.contains('~') {
        let all = percent_decode(raw)?;
        return Ok(all.split('~').map(String::from).collect());
    }
    raw.split('~')
        .map(|p| percent_decode(p).map_err(String::from))
        .collect()
}

/// One `u32` of a custom model, in `lo..=hi` ([`dims`]).
fn arch_int(v: &str, name: &str, (lo, hi): (u32, u32)) -> Result<u32, String> {
    whole_in(v, lo, hi).map_err(|e| format!("custom model field `{name}`: {e}"))
}

/// A parameter count: above 0, at most [`dims::PARAMS_MAX`].
fn arch_count(v: &str, name: &str) -> Result<f64, String> {
    match number_in(v, 0.0, dims::PARAMS_MAX) {
        Ok(x) if x > 0.0 => Ok(x),
        Ok(_) => Err(format!("custom model field `{name}`: must be above 0")),
        Err(e) => Err(format!("custom model field `{name}`: {e}")),
    }
}

fn attention(v: &str, layers: u32, heads: u32) -> Result<Attention, String> {
    let f: Vec<&str> = v.split('.').collect();
    let swa = |window: &str, local: &str, gkv: &str, ghd: &str| {
        Ok(Attention::Sliding {
            window: arch_int(window, "window", (1, dims::CONTEXT.1))?,
            local_layers: arch_int(local, "local_layers", (0, layers))?,
            global_kv_heads: arch_int(gkv, "global_kv_heads", (0, heads))?,
            global_head_dim: arch_int(ghd, "global_head_dim", (0, dims::HEAD_DIM.1))?,
        })
    };
    match f.as_slice() {
        ["full"] => Ok(Attention::Full),
        ["swa", window, local] => swa(window, local, "0", "0"),
        ["swa", window, local, gkv, ghd] => swa(window, local, gkv, ghd),
        ["mla", rank, rope] => Ok(Attention::Mla {
            kv_lora_rank: arch_int(rank, "kv_lora_rank", dims::KV_LORA_RANK)?,
            rope_dim: arch_int(rope, "rope_dim", dims::MLA_DIM)?,
        }),
        ["hyb", a, r, st] => Ok(Attention::Hybrid {
            attention_layers: arch_int(a, "attention_layers", (0, layers))?,
            recurrent_layers: arch_int(r, "recurrent_layers", (0, layers))?,
            state_per_layer: arch_int(st, "state_per_layer", (0, u32::MAX))?,
        }),
        _ => Err(
            "custom model attention must be full, swa.<window>.<local_layers>[.<global_kv_heads>.<global_head_dim>], mla.<kv_lora_rank>.<rope_dim> or hyb.<attention_layers>.<recurrent_layers>.<state_per_layer>"
                .into(),
        ),
    }
}

fn moe(v: &str, layers: u32) -> Result<Option<Moe>, String> {
    let f: Vec<&str> = v.split('.').collect();
    match f.as_slice() {
        ["-"] => Ok(None),
        [experts, active, shared, expert_ffn, dense] => {
            let experts = arch_int(experts, "experts", dims::EXPERTS)?;
            Ok(Some(Moe {
                experts,
                active: arch_int(active, "active", (1, experts.min(dims::ACTIVE.1)))?,
                shared: arch_int(shared, "shared", dims::SHARED)?,
                expert_ffn: arch_int(expert_ffn, "expert_ffn", dims::FFN)?,
                dense_layers: arch_int(dense, "dense_layers", (0, layers))?,
            }))
        }
        _ => Err(
            "custom model moe must be - or <experts>.<active>.<shared>.<expert_ffn>.<dense_layers>"
                .into(),
        ),
    }
}

/// The `cm` value: thirteen or fourteen parts in the order of the module docs, each
/// checked against [`dims`] (the bounds the `config.json` reader applies).
fn custom_model(raw: &str) -> Result<ModelArch, String> {
    let p = parts(raw)?;
    if !(13..=14).contains(&p.len()) {
        return Err(format!(
            "custom model needs 13 or 14 fields joined by ~, found {}",
            p.len()
        ));
    }
    let part = |i: usize| p.get(i).map_or("", String::as_str);
    let int = |i: usize, name: &str, range: (u32, u32)| arch_int(part(i), name, range);
    let params = arch_count(part(0), "params")?;
    let active_params = arch_count(part(1), "active_params")?;
    if active_params > params {
        return Err("custom model field `active_params`: above `params`".into());
    }
    let layers = int(2, "layers", dims::LAYERS)?;
    let heads = int(4, "heads", dims::HEADS)?;
    // `<per_layer_input>.<kv_shared_layers>.<small_op_layers>[.<conv_layers>]`; a missing
    // part is empty, but for the last, which links from before it never have.
    let extra: Vec<&str> = p
        .get(13)
        .map_or("0.0.0", String::as_str)
        .split('.')
        .collect();
    let g = |i: usize| extra.get(i).copied().unwrap_or("");
    let per_layer_input = arch_int(g(0), "per_layer_input", (0, dims::HIDDEN.1))?;
    let kv_shared_layers = arch_int(g(1), "kv_shared_layers", (0, layers - 1))?;
    let small_op_layers = arch_int(g(2), "small_op_layers", (0, layers))?;
    let conv_layers = match extra.len() {
        ..4 => 0,
        _ => arch_int(g(3), "conv_layers", (0, layers))?,
    };
    let tied_embeddings = match part(9) {
        "0" => false,
        "1" => true,
        _ => return Err("custom model field `tied`: must be 0 or 1".into()),
    };
    Ok(ModelArch {
        params,
        active_params,
        layers,
        hidden: int(3, "hidden", dims::HIDDEN)?,
        heads,
        kv_heads: int(5, "kv_heads", (1, heads))?,
        head_dim: int(6, "head_dim", dims::HEAD_DIM)?,
        ffn: int(7, "ffn", dims::FFN)?,
        vocab: int(8, "vocab", dims::VOCAB)?,
        tied_embeddings,
        max_context: int(10, "max_context", dims::CONTEXT)?,
        attention: attention(part(11), layers, heads)?,
        moe: moe(part(12), layers)?,
        per_layer_input,
        kv_shared_layers,
        small_op_layers,
        conv_layers,
    })
}

/// The `chw` value, checked by the same function as the custom hardware JSON.
fn custom_hardware(raw: &str) -> Result<CustomHardware, String> {
    let p = parts(raw)?;
    let (name, vendor, kind, numbers) = match p.as_slice() {
        [name, vendor, kind, rest @ ..] if rest.len() == 4 || rest.len() == 5 => {
            (name, vendor, kind, rest)
        }
        _ => {
            return Err(format!(
                "custom hardware needs name~vendor~kind~memory_gb~bandwidth_gbs~fp16_tflops~tdp_w[~price_usd], found {} fields",
                p.len()
            ));
        }
    };
    let mut n = [None; 5];
    for ((key, v), slot) in [
        "memory_gb",
        "memory_bandwidth_gbs",
        "fp16_tflops",
        "tdp_w",
        "price_usd",
    ]
    .iter()
    .zip(numbers)
    .zip(n.iter_mut())
    {
        *slot = match parse_f64(v) {
            Some(x) if x.is_finite() => Some(x),
            _ => return Err(format!("custom hardware field `{key}`: not a number")),
        };
    }
    let [
        memory_gb,
        memory_bandwidth_gbs,
        fp16_tflops,
        tdp_w,
        price_usd,
    ] = n;
    HardwareFields {
        name: name.clone(),
        vendor: vendor.clone(),
        kind: kind.clone(),
        memory_gb,
        memory_bandwidth_gbs,
        fp16_tflops,
        tdp_w,
        price_usd,
        ..HardwareFields::default()
    }
    .build()
}

// ---------------------------------------------------------------------------------------
// Decoding: the link

/// The row a key belongs to: its `key` or its `alt_key`.
fn row(key: &str) -> Option<&'static Field> {
    FIELDS
        .iter()
        .find(|f| f.key == key || f.alt_key == Some(key))
}

/// Applies one known key's value (`raw` as in the link, `v` percent-decoded); on error
/// the field keeps its default.
fn apply(p: &mut Params, f: &Field, key: &str, raw: &str, v: &str) -> Result<(), String> {
    let value = if Some(key) == f.alt_key {
        match f.id {
            crate::params::FieldId::Model => Value::CustomModel(custom_model(raw)?),
            _ => Value::CustomHardware(custom_hardware(raw)?),
        }
    } else {
        f.parse(v)?
    };
    (f.set)(p, value);
    Ok(())
}

/// Cuts `s` to at most [`MAX_LEN`] bytes at a char boundary, dropping a pair the cut
/// went through. Returns the kept text and the text cut off.
fn cut(s: &str) -> (&str, &str) {
    let mut at = MAX_LEN.min(s.len());
    while at > 0 && !s.is_char_boundary(at) {
        at -= 1;
    }
    let (Some(head), Some(tail)) = (s.get(..at), s.get(at..)) else {
        return ("", s);
    };
    if tail.is_empty() || tail.starts_with('&') {
        return (head, tail);
    }
    match head.rfind('&') {
        Some(i) => (head.get(..i).unwrap_or(""), s.get(i..).unwrap_or("")),
        None => ("", s),
    }
}

/// Decodes fragment text (with or without a leading `#` or `?`). Never panics, never
/// fails: see the module documentation for what is kept and what is dropped.
pub fn decode(s: &str) -> Decoded {
    let mut out = Decoded {
        params: defaults(VERSION),
        dropped: Vec::new(),
        version: VERSION,
    };
    let mut note = |field: &str, value: &str, reason: &str| {
        out.dropped.push(Dropped {
            field: quote(field),
            value: quote(value),
            reason: reason.into(),
        });
    };
    let s = s.strip_prefix('#').unwrap_or(s);
    let s = s.strip_prefix('?').unwrap_or(s);
    let text = if s.len() > MAX_LEN {
        let (head, tail) = cut(s);
        note(
            "link",
            tail,
            &format!("link longer than {MAX_LEN} characters was cut"),
        );
        head
    } else {
        s
    };
    // Missing fields take the defaults of the version the link declares (the first `v`);
    // a link without one is from version 1, and an empty one is today's defaults.
    let empty = text.split('&').all(str::is_empty);
    let declared = text
        .split('&')
        .find_map(|p| p.strip_prefix("v="))
        .and_then(|v| v.parse::<u32>().ok())
        .unwrap_or(if empty { VERSION } else { 1 });
    let mut params = defaults(declared);
    let mut version = declared.clamp(1, VERSION);
    // (field, link key) of every field set so far; fields named by their flag.
    let mut seen: Vec<(&'static str, String)> = Vec::new();
    for pair in text.split('&') {
        if pair.is_empty() {
            continue;
        }
        let (raw_key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let decoded = percent_decode(raw);
        let shown = decoded.as_deref().unwrap_or(raw);
        let key = match percent_decode(raw_key) {
            Ok(k) => k,
            Err(e) => {
                note(raw_key, shown, e);
                continue;
            }
        };
        let slot = if key == "v" {
            "v"
        } else if let Some(f) = row(&key) {
            f.flag
        } else {
            note(&key, shown, "unknown key");
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(s, _)| *s == slot) {
            let reason = if *first == key {
                String::from("duplicate key")
            } else {
                format!("duplicate key ({slot} already given by `{first}`)")
            };
            note(&key, shown, &reason);
            continue;
        }
        seen.push((slot, key.clone()));
        // `cm` and `chw` decode part by part; every other value must decode whole.
        let v = match (&decoded, key.as_str()) {
            (_, "cm" | "chw") => "",
            (Ok(v), _) => v.as_str(),
            (Err(e), _) => {
                note(&key, shown, e);
                continue;
            }
        };
        if key == "v" {
            match v.parse::<u32>() {
                Ok(n) if n > VERSION => {
                    version = n;
                    note(&key, shown, "link from a newer version of rigplan");
                }
                Ok(n) if n >= 1 => version = n,
                Ok(_) => note(&key, shown, "unknown version"),
                Err(_) => note(&key, shown, "not a number"),
            }
            continue;
        }
        if let Some(f) = row(&key)
            && let Err(e) = apply(&mut params, f, &key, raw, v)
        {
            note(&key, shown, &e);
        }
    }
    out.params = params;
    out.version = version;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{HardwareChoice, ModelChoice};
    use crate::{BACKENDS, ENGINES};

    fn fields(d: &Decoded) -> Vec<&str> {
        d.dropped.iter().map(|x| x.field.as_str()).collect()
    }

    #[test]
    fn percent_round_trip() {
        for s in ["", "a b", "~x~", "100%", "Grüße 🚀", "&=#?+", "<script>"] {
            let mut e = String::new();
            push_encoded(&mut e, s, true);
            assert!(
                e.bytes()
                    .all(|b| unreserved(b) || b == b'%' || b.is_ascii_hexdigit()),
                "{e}"
            );
            assert_eq!(percent_decode(&e).as_deref(), Ok(s));
            let mut e = String::new();
            push_encoded(&mut e, s, false);
            assert!(!e.contains('~'));
            assert_eq!(percent_decode(&e).as_deref(), Ok(s));
        }
        assert_eq!(percent_decode("a+b%20c").as_deref(), Ok("a b c"));
        assert_eq!(percent_decode("%e2%82%ac").as_deref(), Ok("€"));
        assert_eq!(percent_decode("%ZZ"), Err("bad percent-encoding"));
        assert_eq!(percent_decode("%4"), Err("bad percent-encoding"));
        assert_eq!(percent_decode("%"), Err("bad percent-encoding"));
        assert_eq!(percent_decode("%FF%FE"), Err("not UTF-8 text"));
        assert_eq!(percent_decode("%é"), Err("bad percent-encoding"));
    }

    #[test]
    fn default_is_the_current_version() {
        assert_eq!(
            defaults(VERSION),
            Params::default(),
            "a default changed: give the links a new version with its own `defaults` arm"
        );
        assert_eq!(encode(&Params::default()), format!("v={VERSION}"));
        let d = decode(&format!("v={VERSION}"));
        assert_eq!(d.params, Params::default());
        assert!(d.dropped.is_empty());
        for s in ["", "#", "?", "&&&", "#&", "#v=2", "?v=2"] {
            let d = decode(s);
            assert_eq!(d.params, Params::default(), "{s}");
            assert!(d.dropped.is_empty(), "{s}: {:?}", d.dropped);
            assert_eq!(d.version, VERSION);
        }
        // Version 1 priced the machine's capacity; its links still do.
        for s in ["#v=1", "?v=1", "m=llama-3.1-8b"] {
            let d = decode(s);
            assert_eq!(d.params.work, rigplan_core::Work::Capacity, "{s}");
            assert_eq!(d.version, 1);
        }
    }

    #[test]
    fn numbers_parse_strictly() {
        assert_eq!(whole_in("7", 1, 10), Ok(7));
        assert_eq!(whole_in("0", 1, 10), Err("must be from 1 to 10".into()));
        assert_eq!(whole_in("-3", 1, 10), Err("must be from 1 to 10".into()));
        assert_eq!(
            whole_in("99999999999999999999999", 1, 10),
            Err("must be from 1 to 10".into())
        );
        assert_eq!(
            whole_in("4294967296", 0, u32::MAX),
            Err("must be from 0 to 4294967295".into())
        );
        assert_eq!(whole_in("2.5", 1, 10), Err("not a whole number".into()));
        assert_eq!(whole_in("abc", 1, 10), Err("not a number".into()));
        assert_eq!(whole_in("", 1, 10), Err("not a number".into()));
        assert_eq!(number_in("0.15", 0.0, 100.0), Ok(0.15));
        assert_eq!(number_in("1e3", 0.0, 10_000.0), Ok(1000.0));
        assert!(number_in("-0", 0.0, 1.0).unwrap().is_sign_positive());
        assert_eq!(number_in("NaN", 0.0, 1.0), Err("not a number".into()));
        assert_eq!(number_in("inf", 0.0, 1.0), Err("not a number".into()));
        assert_eq!(
            number_in("25", 0.0, 24.0),
            Err("must be from 0 to 24".into())
        );
        assert_eq!(number_in("1e10", 0.0, 1e10), Ok(1e10));
    }

    /// A valid value of `f` other than its current default.
    fn other(f: &Field) -> Value {
        use crate::params::{Catalog, Kind};
        let d = (f.get)(&defaults(VERSION));
        let pick = |a: Value, b: Value| if a == d { b } else { a };
        match f.kind {
            Kind::Whole { lo, hi } => pick(Value::Whole(lo), Value::Whole(hi)),
            Kind::Number { lo, hi, .. } => pick(Value::Number(lo), Value::Number(hi)),
            Kind::Choice { options, .. } => {
                let id = |i: usize| Value::Text(options[i].0.into());
                pick(id(0), id(1))
            }
            Kind::Switch => pick(Value::Switch(false), Value::Switch(true)),
            Kind::Id(Catalog::Model) => pick(
                Value::Text("qwen3-8b".into()),
                Value::Text("llama-3.1-70b".into()),
            ),
            Kind::Id(Catalog::Quant) => pick(Value::Text("q8_0".into()), Value::Text("f16".into())),
            Kind::Id(Catalog::Hardware) => pick(
                Value::Text("h100-sxm".into()),
                Value::Text("rtx-3090".into()),
            ),
            Kind::Id(Catalog::Api) => pick(
                Value::Text("openai-gpt-4o".into()),
                Value::Text("openai-gpt-5".into()),
            ),
        }
    }

    #[test]
    fn each_key_sets_its_field_and_only_it() {
        for f in FIELDS {
            let v = other(f);
            let link = format!("v=2&{}={}", f.key, f.format(&v));
            let d = decode(&link);
            assert!(d.dropped.is_empty(), "{link}: {:?}", d.dropped);
            assert_eq!((f.get)(&d.params), v, "{link}");
            for g in FIELDS.iter().filter(|g| g.id != f.id) {
                assert_eq!(
                    (g.get)(&d.params),
                    (g.get)(&defaults(VERSION)),
                    "{link} moved {}",
                    g.key
                );
            }
            assert_eq!(encode(&d.params), link);
        }
    }

    #[test]
    fn one_bad_field_keeps_the_rest() {
        let d = decode("#v=1&m=nope&ctx=abc&hw=rtx-4090&zzz=1&n=2000&n=3&kv=q2");
        assert_eq!(fields(&d), ["m", "ctx", "zzz", "n", "n", "kv"]);
        let r: Vec<&str> = d.dropped.iter().map(|x| x.reason.as_str()).collect();
        assert_eq!(
            r,
            [
                "unknown model id",
                "not a number",
                "unknown key",
                "must be from 1 to 1024",
                "duplicate key",
                "must be one of f16, q8_0, q4_0"
            ]
        );
        assert_eq!(d.dropped[0].value, "nope");
        assert_eq!(d.params, defaults(1), "a link without `v` is version 1");
    }

    #[test]
    fn first_key_wins_across_alternatives() {
        let d = decode("m=llama-3.1-70b&cm=1~1&hw=rtx-3090&chw=x&m=llama-3.1-8b");
        assert_eq!(d.params.model, ModelChoice::Id("llama-3.1-70b".into()));
        assert_eq!(d.params.hardware, HardwareChoice::Id("rtx-3090".into()));
        assert_eq!(fields(&d), ["cm", "chw", "m"]);
        assert_eq!(
            d.dropped[0].reason,
            "duplicate key (model already given by `m`)"
        );
        assert_eq!(d.dropped[2].reason, "duplicate key");
    }

    #[test]
    fn versions() {
        assert_eq!(decode("m=llama-3.1-70b").version, 1);
        let d = decode("v=999&n=2&new=1");
        assert_eq!((d.version, d.params.count), (999, 2));
        assert_eq!(d.dropped[0].field, "v");
        assert_eq!(d.dropped[0].reason, "link from a newer version of rigplan");
        assert_eq!(d.dropped[1].reason, "unknown key");
        let d = decode("v=abc&n=2");
        assert_eq!((d.version, d.params.count), (1, 2));
        assert_eq!(fields(&d), ["v"]);
        let d = decode("v=0");
        assert_eq!((d.version, d.dropped.len()), (1, 1));
    }

    #[test]
    fn long_links_are_cut_between_pairs() {
        let mut s = String::from("v=2&n=2");
        while s.len() < MAX_LEN - 3 {
            s.push_str("&n=3");
        }
        s.push_str("&ctx=8192");
        let d = decode(&s);
        assert_eq!(d.params.count, 2);
        assert_eq!(d.params.context, 4096, "the cut pair is not read");
        let first = &d.dropped[0];
        assert_eq!(
            (first.field.as_str(), first.reason.as_str()),
            ("link", "link longer than 8192 characters was cut")
        );
        assert!(first.value.starts_with("&ctx=8"), "{}", first.value);
        // Multibyte characters at the boundary.
        let s: String = "é".repeat(MAX_LEN);
        let d = decode(&s);
        assert_eq!(d.params, Params::default());
        assert_eq!(d.dropped.len(), 1);
        let (head, tail) = cut(&s);
        assert_eq!((head, tail.len()), ("", s.len()));
        let s = format!("{}&n=2", "x".repeat(MAX_LEN - 1));
        assert_eq!(cut(&s).0.len(), MAX_LEN - 1);
    }

    #[test]
    fn custom_model_round_trips_every_catalog_arch() {
        for m in rigplan_catalog::MODELS {
            let p = Params {
                model: ModelChoice::Custom(m.arch),
                ..Params::default()
            };
            let link = encode(&p);
            let d = decode(&link);
            assert!(d.dropped.is_empty(), "{}: {link}: {:?}", m.id, d.dropped);
            assert_eq!(d.params, p, "{}", m.id);
        }
    }

    #[test]
    fn custom_model_errors_name_the_field() {
        let good = "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~full~-";
        assert!(decode(&format!("cm={good}")).dropped.is_empty());
        for (bad, what) in [
            ("1~2", "13 or 14 fields"),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~full~-~256",
                "kv_shared_layers",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~full~-~256.32.0",
                "kv_shared_layers",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~full~-~256.8",
                "small_op_layers",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~full~-~0.0.0.",
                "conv_layers",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~full~-~0.0.0.33",
                "conv_layers",
            ),
            (
                "8030261248~8030261248~32~4096~32~64~128~14336~128256~0~131072~full~-",
                "kv_heads",
            ),
            (
                "8030261248~8030261249~32~4096~32~8~128~14336~128256~0~131072~full~-",
                "active_params",
            ),
            (
                "0~0~32~4096~32~8~128~14336~128256~0~131072~full~-",
                "params",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~2~131072~full~-",
                "tied",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~swa.128.33~-",
                "local_layers",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~swa.1024.24.33.512~-",
                "global_kv_heads",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~swa.1024.24.2~-",
                "attention",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~gqa~-",
                "attention",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~full~8.9.0.1.0",
                "active",
            ),
            (
                "8030261248~8030261248~32~4096~32~8~128~14336~128256~0~131072~full~8.2",
                "moe",
            ),
        ] {
            let d = decode(&format!("cm={bad}"));
            assert_eq!(d.params, defaults(1));
            assert_eq!(fields(&d), ["cm"]);
            assert!(d.dropped[0].reason.contains(what), "{bad}: {:?}", d.dropped);
        }
    }

    fn hardware(link: &str) -> CustomHardware {
        match decode(link).params.hardware {
            HardwareChoice::Custom(c) => c,
            other => panic!("{link}: {other:?}"),
        }
    }

    #[test]
    fn custom_hardware_goes_through_the_json_path() {
        let c = hardware("chw=My%20Card~nvidia~gpu~24~1008~82.6~450~1599");
        let j = crate::custom::hardware_from_json(
            r#"{"name":"My Card","vendor":"nvidia","kind":"gpu","memory_gb":24,
                "memory_bandwidth_gbs":1008,"fp16_tflops":82.6,"tdp_w":450,"price_usd":1599}"#,
        )
        .unwrap();
        assert_eq!(c, j);
        // A `~` and a `%` in the name survive; separators escaped by a tool still work.
        let p = Params {
            hardware: HardwareChoice::Custom(CustomHardware {
                name: "a~b 100% ü".into(),
                ..j.clone()
            }),
            ..Params::default()
        };
        let link = encode(&p);
        assert!(
            link.contains("chw=a%7Eb%20100%25%20%C3%BC~nvidia~gpu~24~"),
            "{link}"
        );
        assert_eq!(decode(&link).params, p);
        assert_eq!(
            hardware("chw=My%20Card%7Envidia%7Egpu%7E24%7E1008%7E82.6%7E450%7E1599"),
            j
        );
        // Memory that is not a whole number of GB still comes back to the byte.
        for gb in [0.1, 0.3, 7.7, 16.000001, 95.99, 99_999.9] {
            let mut c = j.clone();
            c.spec.memory = rigplan_core::units::Bytes::from_gib(gb);
            let p = Params {
                hardware: HardwareChoice::Custom(c),
                ..Params::default()
            };
            assert_eq!(decode(&encode(&p)).params, p, "{gb}");
        }
        for (bad, what) in [
            ("chw=x~nvidia~gpu~24~1008~82.6", "fields"),
            ("chw=x~acme~gpu~24~1008~82.6~450", "vendor"),
            ("chw=x~nvidia~tpu~24~1008~82.6~450", "kind"),
            ("chw=x~nvidia~gpu~0~1008~82.6~450", "memory_gb"),
            ("chw=x~nvidia~gpu~24~abc~82.6~450", "memory_bandwidth_gbs"),
            ("chw=x~nvidia~gpu~24~1008~inf~450", "fp16_tflops"),
            ("chw=x~nvidia~gpu~24~1008~82.6~450~-5", "price_usd"),
            ("chw=%20~nvidia~gpu~24~1008~82.6~450", "name"),
            ("chw=x~nvidia~gpu~24~1008~82.6~%FF", "UTF-8"),
        ] {
            let d = decode(bad);
            assert_eq!(d.params, defaults(1), "{bad}");
            assert_eq!(fields(&d), ["chw"], "{bad}");
            assert!(d.dropped[0].reason.contains(what), "{bad}: {:?}", d.dropped);
        }
    }

    #[test]
    fn ids_are_canonical_and_complete() {
        for id in rigplan_catalog::hardware_ids() {
            let d = decode(&format!("hw={id}"));
            assert!(d.dropped.is_empty(), "{id}: {:?}", d.dropped);
            assert!(crate::resolve(&d.params).is_ok(), "{id}");
            assert_eq!(encode(&d.params).contains(id), id != "rtx-4090");
        }
        for m in rigplan_catalog::MODELS {
            assert!(decode(&format!("m={}", m.id)).dropped.is_empty());
        }
        for q in rigplan_catalog::QUANTS {
            assert!(decode(&format!("q={}", q.id)).dropped.is_empty());
        }
        let engines = ENGINES.iter().map(|(id, ..)| *id);
        for id in engines.chain(BACKENDS.iter().map(|(id, ..)| *id)) {
            let d = decode(&format!("e={id}&b={id}"));
            assert_eq!(d.dropped.len(), 1, "{id} is an engine or a backend");
        }
    }

    #[test]
    fn dropped_quotes_are_short() {
        let long = "x".repeat(500);
        let d = decode(&format!("m={long}&{long}=1"));
        assert_eq!(d.dropped.len(), 2);
        for x in &d.dropped {
            assert!(x.value.chars().count() <= 60 && x.field.chars().count() <= 60);
        }
        assert_eq!(d.dropped[0].value.len(), 60);
    }
}
