//! Catalog integrity and every entry as a test case.

mod entries;
mod conversion;
mod physics;
