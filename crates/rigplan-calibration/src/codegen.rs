//! Fitted constants written back as Rust source (the `fit` and `serving` binaries replace
//! their blocks of `crates/rigplan-core/src/calib.rs` with this text).

use rigplan_core::calib::BackendCal;

/// A constant at four decimals, trailing zeros dropped, always with a decimal point.
pub fn number(x: f64) -> String {
    let t = format!("{:.4}", x)
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string();
    if t.contains('.') { t } else { t + ".0" }
}

/// A [`BackendCal`] as a Rust struct literal (`BackendCal { t0_ms: ..., calibrated: ... }`).
pub fn backend_literal(b: &BackendCal) -> String {
    let r = number;
    let e = &b.eff;
    format!(
        "BackendCal {{ t0_ms: {}, per_layer_us: {}, eff: KernelEff {{ float: {}, legacy: {}, kquant: {}, micro: {}, group: {} }}, kv_fa: {}, kv_no_fa: {}, per_seq_us: {}, moe_layer_us: {}, expert_us: {}, pp_eff_float: {}, pp_eff_quant: {}, pp_eff_moe: {}, attention: {}, attention_decode: {}, recurrent_us: {}, recurrent_prefill_us: {}, allreduce: {}, calibrated: {} }}",
        r(b.t0_ms),
        r(b.per_layer_us),
        r(e.float),
        r(e.legacy),
        r(e.kquant),
        r(e.micro),
        r(e.group),
        r(b.kv_fa),
        r(b.kv_no_fa),
        r(b.per_seq_us),
        r(b.moe_layer_us),
        r(b.expert_us),
        r(b.pp_eff_float),
        r(b.pp_eff_quant),
        r(b.pp_eff_moe),
        r(b.attention),
        r(b.attention_decode),
        r(b.recurrent_us),
        r(b.recurrent_prefill_us),
        r(b.allreduce),
        b.calibrated
    )
}
