//! Flag parsing: every flag is parsed and range-checked here or in the resolver; errors
//! are one line naming the flag.

use rigplan_core::Split;
use rigplan_core::quant::KvType;
use rigplan_scenario::custom::{MAX_INPUT, hardware_from_json, model_from_hf_config};
use rigplan_scenario::nearest;
use rigplan_scenario::resolve::{HardwareChoice, ModelChoice, Params};

const FLAGS: &[&str] = &[
    "--model",
    "--model-config",
    "--quant",
    "--hardware",
    "--hardware-spec",
    "--memory-gb",
    "--count",
    "--split",
    "--context",
    "--prompt",
    "--depth",
    "--kv-quant",
    "--engine",
    "--backend",
    "--flash-attention",
    "--batch",
    "--hours-per-day",
    "--electricity-usd-per-kwh",
    "--years",
    "--price-usd",
    "--power-w",
    "--maintenance-usd-per-year",
    "--cloud-usd-per-hour",
    "--api-usd-per-mtok",
    "--json",
];

fn read_file(flag: &str, path: &str) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("{flag} {path}: {e}"))?;
    if meta.len() > MAX_INPUT as u64 {
        return Err(format!(
            "{flag} {path}: file is {} bytes; the limit is {MAX_INPUT}",
            meta.len()
        ));
    }
    std::fs::read_to_string(path).map_err(|e| format!("{flag} {path}: {e}"))
}

fn number<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
    v.trim()
        .parse::<T>()
        .map_err(|_| format!("{flag} expects a number, found '{v}'"))
}

fn finite(flag: &str, v: &str) -> Result<f64, String> {
    let x: f64 = number(flag, v)?;
    if x.is_finite() {
        Ok(x)
    } else {
        Err(format!("{flag} expects a finite number, found '{v}'"))
    }
}

/// Parses `estimate` flags into parameters and the `--json` switch.
pub fn parse(args: &[String]) -> Result<(Params, bool), String> {
    let mut p = Params::default();
    let mut json = false;
    let mut it = args.iter();
    let (mut model_set, mut hw_set) = (false, false);
    while let Some(flag) = it.next() {
        let (flag, inline) = match flag.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (flag.as_str(), None),
        };
        if flag == "--json" {
            json = true;
            continue;
        }
        if !FLAGS.contains(&flag) {
            let near = nearest(flag, FLAGS.iter().copied(), 3);
            return Err(format!(
                "unknown flag '{flag}'; nearest: {}",
                near.join(", ")
            ));
        }
        let v = match inline {
            Some(v) => v,
            None => it
                .next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))?,
        };
        match flag {
            "--model" | "--model-config" => {
                if model_set {
                    return Err("give either --model or --model-config, once".into());
                }
                model_set = true;
                p.model = if flag == "--model" {
                    ModelChoice::Id(v)
                } else {
                    ModelChoice::Custom(model_from_hf_config(&read_file(flag, &v)?)?)
                };
            }
            "--hardware" | "--hardware-spec" => {
                if hw_set {
                    return Err("give either --hardware or --hardware-spec, once".into());
                }
                hw_set = true;
                p.hardware = if flag == "--hardware" {
                    HardwareChoice::Id(v)
                } else {
                    HardwareChoice::Custom(hardware_from_json(&read_file(flag, &v)?)?)
                };
            }
            "--quant" => p.quant = v,
            "--memory-gb" => p.memory_gb = Some(finite(flag, &v)?),
            "--count" => p.count = number(flag, &v)?,
            "--split" => {
                p.split = match v.as_str() {
                    "layer" => Split::Layer,
                    "tensor" => Split::Tensor,
                    _ => return Err(format!("--split must be layer or tensor, found '{v}'")),
                }
            }
            "--context" => p.context = number(flag, &v)?,
            "--prompt" => p.prompt = number(flag, &v)?,
            "--depth" => p.depth = number(flag, &v)?,
            "--kv-quant" => {
                p.kv = match v.as_str() {
                    "f16" => KvType::F16,
                    "q8_0" => KvType::Q8_0,
                    "q4_0" => KvType::Q4_0,
                    _ => return Err(format!("--kv-quant must be f16, q8_0 or q4_0, found '{v}'")),
                }
            }
            "--engine" => p.engine = v,
            "--backend" => p.backend = Some(v),
            "--flash-attention" => {
                p.flash_attention = match v.as_str() {
                    "on" => true,
                    "off" => false,
                    _ => return Err(format!("--flash-attention must be on or off, found '{v}'")),
                }
            }
            "--batch" => p.batch = number(flag, &v)?,
            "--hours-per-day" => p.hours_per_day = finite(flag, &v)?,
            "--electricity-usd-per-kwh" => p.usd_per_kwh = finite(flag, &v)?,
            "--years" => p.years = number(flag, &v)?,
            "--price-usd" => p.price_usd = Some(finite(flag, &v)?),
            "--power-w" => p.power_w = Some(finite(flag, &v)?),
            "--maintenance-usd-per-year" => p.maintenance_usd_per_year = finite(flag, &v)?,
            "--cloud-usd-per-hour" => p.cloud_usd_per_hour = Some(finite(flag, &v)?),
            "--api-usd-per-mtok" => p.api_usd_per_mtok = Some(finite(flag, &v)?),
            _ => return Err(format!("unhandled flag '{flag}'")),
        }
    }
    Ok((p, json))
}
