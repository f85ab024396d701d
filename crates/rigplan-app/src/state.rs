//! The app's state: one source signal (the scenario parameters) and memos derived from it.

use leptos::prelude::*;
use rigplan_core::{Estimate, estimate};
use rigplan_scenario::link::Dropped;
use rigplan_scenario::{Params, Resolved, resolve};

/// Everything the components share.
#[derive(Clone, Copy)]
pub struct Planner {
    /// The scenario, as a link carries it. The one source of truth.
    pub params: RwSignal<Params>,
    /// What the link that opened the page carried but could not be used.
    pub dropped: RwSignal<Vec<Dropped>>,
    /// The scenario resolved against the catalog (or why it cannot be).
    pub resolved: Memo<Result<Resolved, rigplan_scenario::Error>>,
    /// The estimate of the resolved scenario.
    pub estimate: Memo<Option<Estimate>>,
    /// Hardware ids in the comparison view.
    pub compare: RwSignal<Vec<String>>,
}

impl Planner {
    /// State from the page's URL fragment (defaults when there is none).
    pub fn from_url() -> Self {
        let decoded = rigplan_scenario::link::decode(&crate::urlsync::fragment());
        Self::new(decoded.params, decoded.dropped)
    }

    /// State from parameters.
    pub fn new(params: Params, dropped: Vec<Dropped>) -> Self {
        let params = RwSignal::new(params);
        let resolved = Memo::new(move |_| params.with(resolve));
        let estimate =
            Memo::new(move |_| resolved.with(|r| r.as_ref().ok().map(|r| estimate(&r.scenario))));
        Self {
            params,
            dropped: RwSignal::new(dropped),
            resolved,
            estimate,
            compare: RwSignal::new(DEFAULT_COMPARE.iter().map(|s| (*s).to_string()).collect()),
        }
    }
}

/// The comparison the page opens with: the three machines people weigh most for large
/// models at home (a 32 GB card, a 512 GB Mac, a 128 GB Strix Halo box).
pub const DEFAULT_COMPARE: &[&str] = &["rtx-5090", "apple-m3-ultra-80c", "ryzen-ai-max-plus-395"];

/// The shared state.
pub fn planner() -> Planner {
    expect_context::<Planner>()
}
