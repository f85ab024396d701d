//! The estimator's tests, one binary: properties over generated scenarios, and known
//! answers for the small formulas.

mod known_answers;
mod properties;
