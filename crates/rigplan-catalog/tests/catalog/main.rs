//! Catalog integrity and every entry as a test case.

mod conversion;
mod entries;
mod physics;
