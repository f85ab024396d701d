//! Workload presets: the user profiles the seeds reason about, as values of the workload
//! fields. Each says what its numbers rest on: a seed document's figure, or "illustrative"
//! (a plausible profile, not a measurement; change any field after applying it).

use crate::params::Params;

/// One profile.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    /// Stable id.
    pub id: &'static str,
    /// Button text.
    pub label: &'static str,
    /// What the numbers rest on.
    pub basis: &'static str,
    /// Users.
    pub users: f64,
    /// Requests per user per day.
    pub requests: f64,
    /// Input tokens per request.
    pub input: u32,
    /// Share of the input from a prompt cache.
    pub cached: f64,
    /// Output tokens per request.
    pub output: u32,
    /// Busy hours per day.
    pub hours: f64,
    /// Target time to first token, seconds.
    pub ttft: f64,
    /// Target decode speed per user, tokens/s.
    pub tps: f64,
}

/// The profiles, smallest first.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "hobbyist",
        label: "Hobbyist",
        basis: "illustrative: one person chatting in the evening",
        users: 1.0,
        requests: 20.0,
        input: 1500,
        cached: 0.5,
        output: 400,
        hours: 4.0,
        ttft: 3.0,
        tps: 8.0,
    },
    Preset {
        id: "researcher",
        label: "Researcher",
        basis: "illustrative: one person, long prompts all working day",
        users: 1.0,
        requests: 150.0,
        input: 4000,
        cached: 0.6,
        output: 800,
        hours: 8.0,
        ttft: 3.0,
        tps: 15.0,
    },
    Preset {
        id: "small-team",
        label: "Small team",
        basis: "illustrative: 20 people sharing one machine in office hours",
        users: 20.0,
        requests: 30.0,
        input: 2000,
        cached: 0.5,
        output: 400,
        hours: 8.0,
        ttft: 2.0,
        tps: 10.0,
    },
    Preset {
        id: "startup",
        label: "Startup serving customers",
        basis: "seed 003: 1,000 users x 5 requests x 200 output tokens a day, answers within 500 ms; input tokens and hours illustrative",
        users: 1000.0,
        requests: 5.0,
        input: 300,
        cached: 0.0,
        output: 200,
        hours: 12.0,
        ttft: 0.5,
        tps: 15.0,
    },
    Preset {
        id: "agentic-coder",
        label: "Agentic coder",
        basis: "seed 004: in agent loops the input, mostly cached, dwarfs the output; figures illustrative",
        users: 1.0,
        requests: 300.0,
        input: 40_000,
        cached: 0.9,
        output: 600,
        hours: 8.0,
        ttft: 10.0,
        tps: 20.0,
    },
];

impl Preset {
    /// Sets the workload fields of `p` to this profile (and prices the workload).
    pub fn apply(&self, p: &mut Params) {
        p.work = rigplan_core::Work::Workload;
        p.users = self.users;
        p.requests_per_user_per_day = self.requests;
        p.input_tokens = self.input;
        p.cached_share = self.cached;
        p.output_tokens = self.output;
        p.hours_per_day = self.hours;
        p.max_ttft_s = self.ttft;
        p.min_user_tokens_per_s = self.tps;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_in_range_and_distinct() {
        for (i, pr) in PRESETS.iter().enumerate() {
            let mut p = Params::default();
            pr.apply(&mut p);
            for f in crate::FIELDS {
                assert!(f.check(&p).is_ok(), "{}: {}", pr.id, f.key);
            }
            assert!(PRESETS[..i].iter().all(|q| q.id != pr.id));
        }
    }
}
