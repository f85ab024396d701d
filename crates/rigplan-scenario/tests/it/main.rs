//! The scenario crate's integration tests, one binary: links and their fixtures, round
//! trips, the JSON reader and number parser, and every catalog entry and promised scenario
//! through the resolver and the estimator. The timed fuzz replay is its own binary
//! (`tests/replay.rs`), so that no other test shares the two cores while it is timed.

mod configs;
mod entries;
mod json;
mod links;
mod number;
mod roundtrip;
mod scenarios;
mod snapshots;
