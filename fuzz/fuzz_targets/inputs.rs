//! Fuzzes every input a user can hand rigplan (`rigplan_scenario::exercise::exercise`: a
//! link, a `config.json`, a custom hardware spec) for panics and broken invariants. Timing
//! here is instrumented (sanitizer + coverage, 10-100x slower than a release build), so
//! this only catches pathological inputs (over 50 ms, fastest of 3); the 10 ms bound is
//! checked natively by replaying the corpus (`tests/replay.rs`, run by scripts/fuzz.sh).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rigplan_scenario::exercise::exercise;
use std::time::{Duration, Instant};

const PATHOLOGICAL: Duration = Duration::from_millis(50);

fn timed(data: &[u8]) -> Duration {
    let start = Instant::now();
    if let Err(e) = exercise(data) {
        panic!("{e}");
    }
    start.elapsed()
}

fuzz_target!(|data: &[u8]| {
    if timed(data) > PATHOLOGICAL {
        let best = (0..3).map(|_| timed(data)).min().unwrap_or_default();
        assert!(best < PATHOLOGICAL, "input took {best:?} instrumented (fastest of 3)");
    }
});
