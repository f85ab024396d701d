//! Flag parsing, driven by the field table ([`rigplan_scenario::FIELDS`]): each field's
//! `--flag` is read with the same checks as a link's value, and `--help` is written from
//! the same rows. Errors are one line naming the flag.

use rigplan_scenario::custom::{MAX_INPUT, hardware_from_json, model_from_hf_config};
use rigplan_scenario::params::{Field, FieldId, Kind, Value};
use rigplan_scenario::{FIELDS, Params, nearest};
use std::fmt::Write;

fn read_file(flag: &str, path: &str) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("--{flag} {path}: {e}"))?;
    if meta.len() > MAX_INPUT as u64 {
        return Err(format!(
            "--{flag} {path}: file is {} bytes; the limit is {MAX_INPUT}",
            meta.len()
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("--{flag} {path}: {e}"))?;
    // Notepad and PowerShell 5 start UTF-8 files with a byte-order mark.
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// A switch reads `on`/`off` on the command line (`1`/`0` in a link).
fn cli_text<'a>(f: &Field, v: &'a str) -> Result<&'a str, String> {
    match (f.kind, v) {
        (Kind::Switch, "on") => Ok("1"),
        (Kind::Switch, "off") => Ok("0"),
        (Kind::Switch, _) => Err(format!("--{} must be on or off, found '{v}'", f.flag)),
        _ => Ok(v.trim()),
    }
}

/// The custom form of a field, read from the file a `--*-config`/`--*-spec` flag names.
fn custom(f: &Field, flag: &str, path: &str) -> Result<Value, String> {
    let text = read_file(flag, path)?;
    let err = |e: rigplan_scenario::Error| format!("--{flag} {path}: {}", e.message);
    Ok(match f.id {
        FieldId::Model => Value::CustomModel(model_from_hf_config(&text).map_err(err)?),
        _ => Value::CustomHardware(hardware_from_json(&text).map_err(err)?),
    })
}

/// Flags that were renamed, still read under their old names: `(old, new)`.
const RENAMED: &[(&str, &str)] = &[("hours-per-day", "busy-hours-per-day")];

/// Parses `estimate` flags into parameters and the `--json` switch.
pub fn parse(args: &[String]) -> Result<(Params, bool), String> {
    let mut p = Params::default();
    let mut json = false;
    let mut given: Vec<FieldId> = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        if flag == "--json" {
            json = true;
            continue;
        }
        let name = flag.strip_prefix("--").unwrap_or("");
        let name = RENAMED
            .iter()
            .find(|(old, _)| *old == name)
            .map_or(name, |(_, new)| *new);
        let Some(f) = FIELDS
            .iter()
            .find(|f| f.flag == name || f.alt_flag == Some(name))
        else {
            let all = FIELDS
                .iter()
                .flat_map(|f| std::iter::once(f.flag).chain(f.alt_flag))
                .chain(["json"]);
            let near: Vec<String> = nearest(name, all, 3)
                .iter()
                .map(|n| format!("--{n}"))
                .collect();
            return Err(format!(
                "unknown flag '{flag}'; nearest: {}",
                near.join(", ")
            ));
        };
        if given.contains(&f.id) {
            return Err(match f.alt_flag {
                Some(alt) => format!("give either --{} or --{alt}, once", f.flag),
                None => format!("--{} given twice", f.flag),
            });
        }
        given.push(f.id);
        // A switch given alone (`--cpu-moe`) means on.
        let bare = f.kind == Kind::Switch && it.clone().next().is_none_or(|n| n.starts_with("--"));
        let v = match inline {
            Some(v) => v,
            None if bare => "on".into(),
            None => it
                .next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))?,
        };
        let value = if f.alt_flag == Some(name) {
            custom(f, name, &v)?
        } else {
            f.read(cli_text(f, &v)?).map_err(|e| e.to_string())?
        };
        (f.set)(&mut p, value);
    }
    Ok((p, json))
}

/// The `estimate` flags for `--help`, from the field table: each flag, what it takes, its
/// help and its default.
pub fn help() -> String {
    let mut o = String::new();
    for f in FIELDS {
        let mut left = format!("--{} {}", f.flag, f.metavar);
        if let Some(alt) = f.alt_flag {
            let _ = write!(left, " | --{alt} PATH");
        }
        let default = match (f.kind, f.default_text()) {
            (_, "") => String::new(),
            (Kind::Switch, "1") => " [on]".into(),
            (Kind::Switch, _) => " [off]".into(),
            (_, d) => format!(" [{d}]"),
        };
        let _ = writeln!(o, "    {left:<40} {}{default}", f.help);
    }
    let _ = write!(o, "    {:<40} one JSON object instead of text", "--json");
    o
}
