//! The scenario crate's integration tests, one binary: links and their fixtures, round
//! trips, the JSON reader and number parser, fuzz replays, and every catalog entry and
//! promised scenario through the resolver and the estimator.

mod configs;
mod entries;
mod json;
mod links;
mod number;
mod replay;
mod roundtrip;
mod scenarios;
mod snapshots;
