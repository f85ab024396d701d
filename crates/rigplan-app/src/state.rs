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
    /// The link text the page was opened with (or last read from the address bar), and
    /// the canonical encoding of the scenario it decoded to: until the scenario moves away
    /// from it, that text is the link (the address bar is not rewritten, and copies and
    /// "open in the full planner" carry it verbatim, unread pairs included).
    pub opened: StoredValue<(String, String)>,
}

impl Planner {
    /// State from the page's URL fragment (defaults when there is none).
    pub fn from_url() -> Self {
        let text = crate::urlsync::fragment();
        let decoded = rigplan_scenario::link::decode(&text);
        let p = Self::new(decoded.params, decoded.dropped);
        p.opened_with(text);
        p
    }

    /// Records that the page now shows the link `text` (opened, or read from the address
    /// bar) and the scenario it decodes to is the current one.
    pub fn opened_with(&self, text: String) {
        let canonical = self.params.with_untracked(rigplan_scenario::link::encode);
        self.opened.set_value((text, canonical));
    }

    /// The link to the current scenario: the text it was opened with while the scenario
    /// has not moved (and that text says something), else the canonical encoding.
    pub fn link(&self) -> String {
        let now = self.params.with_untracked(rigplan_scenario::link::encode);
        self.opened.with_value(|(text, canonical)| {
            if *canonical == now && !text.is_empty() {
                text.clone()
            } else {
                now
            }
        })
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
            opened: StoredValue::new((String::new(), String::new())),
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
