//! Every input a user can hand rigplan through the same code the app and the CLI run, with
//! the invariants checked: the fuzz target (`fuzz/`) and the replay test
//! (`tests/replay.rs`) both call [`exercise`]. No clock here: callers time it.

use crate::custom::{hardware_from_json, model_from_hf_config};
use crate::link::{decode, encode};
use crate::params::{HardwareChoice, ModelChoice, Params};
use crate::resolve::resolve;
use alloc::format;
use alloc::string::String;
use rigplan_core::{Estimate, estimate};

fn check(e: &Estimate) -> Result<(), String> {
    if e.is_sane() {
        Ok(())
    } else {
        Err(format!("non-finite or negative output: {e:?}"))
    }
}

fn run(p: &Params) -> Result<(), String> {
    match resolve(p) {
        Ok(r) => check(&estimate(&r.scenario)),
        Err(_) => Ok(()),
    }
}

/// Runs one input. The first byte picks the kind: 0 a link (URL fragment), 1 a
/// `config.json`, 2 a custom hardware spec (mod 3); the rest is the text. `Err` names the
/// broken invariant: a decoded link that does not resolve or round-trip, a non-finite /
/// negative output, or the decimal parser disagreeing with core's on the same text.
pub fn exercise(data: &[u8]) -> Result<(), String> {
    let Some((&which, rest)) = data.split_first() else {
        return Ok(());
    };
    let text = String::from_utf8_lossy(rest);
    // Differential: whatever `parse_f64` accepts, core reads to the same bits.
    if let Some(x) = crate::number::parse_f64(&text)
        && text.parse::<f64>().map(f64::to_bits) != Ok(x.to_bits())
    {
        return Err(format!("parse_f64({text:?}) = {x:e}, core disagrees"));
    }
    match which % 3 {
        0 => {
            let d = decode(&text);
            if let Err(e) = resolve(&d.params) {
                return Err(format!("decoded link does not resolve: {e}"));
            }
            run(&d.params)?;
            let again = decode(&encode(&d.params));
            if again.params != d.params || !again.dropped.is_empty() {
                return Err(format!("link does not round-trip: {:?}", d.params));
            }
            Ok(())
        }
        1 => match model_from_hf_config(&text) {
            Ok(arch) => run(&Params {
                model: ModelChoice::Custom(arch),
                ..Params::default()
            }),
            Err(_) => Ok(()),
        },
        _ => match hardware_from_json(&text) {
            Ok(h) => run(&Params {
                hardware: HardwareChoice::Custom(h),
                ..Params::default()
            }),
            Err(_) => Ok(()),
        },
    }
}
