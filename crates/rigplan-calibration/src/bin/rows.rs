//! Prints every case with its prediction (` old` after a build before the current era,
//! ` moe` for a mixture-of-experts model, ` nofa` without flash attention), for looking at
//! errors (`--bin rows [filter]`),
//! then, on standard error, every source row left out of the cases and why.

fn main() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    let (cases, excluded) = rigplan_calibration::cases();
    for c in &cases {
        let p = c.predict(&rigplan_core::calib::DEFAULT);
        let line = format!(
            "{:<11} {:<7} {:<18} {:<22} {:<10} x{}{} {:?} n={} d={} meas={:.1} pred={:.1} err={:+.0}%{}{}{}",
            c.id,
            c.backend,
            c.device,
            c.model,
            c.quant,
            c.count,
            if c.expert_offload {
                format!(" ncm={}", c.scenario.n_cpu_moe)
            } else {
                String::new()
            },
            c.phase,
            c.tokens,
            c.depth,
            c.measured,
            p,
            (p / c.measured - 1.0) * 100.0,
            if c.old_build { " old" } else { "" },
            if c.scenario.model.moe.is_some() {
                " moe"
            } else {
                ""
            },
            if c.scenario.fused_attention() {
                ""
            } else {
                " nofa"
            }
        );
        if line.contains(&filter) {
            println!("{line}");
        }
    }
    for e in excluded.iter().filter(|e| e.id.contains(&filter)) {
        eprintln!("{:<11} left out: {}", e.id, e.reason);
    }
}
