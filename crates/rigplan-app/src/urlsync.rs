//! The URL is the user's data: the scenario lives in the fragment (`#v=1&...`).
//!
//! Why the fragment and not the query: a fragment never leaves the browser (the static
//! host never sees or logs a scenario), and changing it never reloads the page. It is
//! written with `history.replaceState`, so editing inputs does not flood the history.
//! Embed mode is a query flag (`?embed`), separate from the scenario.

use crate::state::Planner;
use leptos::prelude::*;

/// The current fragment without `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Whether the page was opened with `?embed` (any value).
pub fn embed_mode() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|q| {
            q.trim_start_matches('?')
                .split('&')
                .any(|kv| kv == "embed" || kv.starts_with("embed="))
        })
}

/// Whether the page asks for the deliberate panic that tests the fatal-error box
/// (`?rigplan-test-panic`). Harmless: it only breaks the page that asked.
pub fn test_panic_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|q| {
            q.trim_start_matches('?')
                .split('&')
                .any(|kv| kv == "rigplan-test-panic")
        })
}

/// The link to this scenario, absolute, without the embed flag.
pub fn share_url(encoded: &str) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return format!("#{encoded}");
    };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    format!("{origin}{path}#{encoded}")
}

/// How long the scenario must stay unchanged before the URL is rewritten. Chromium's
/// `replaceState` costs about a millisecond and is throttled at high rates; typing or
/// dragging a slider would otherwise spend the frame budget on the address bar.
pub const URL_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(150);

/// Writes the fragment when the user changes the scenario, and reads it when something
/// else changes it (a link pasted into this tab, Back/Forward: only the fragment changes,
/// so the page does not reload).
///
/// - Opening a link does not rewrite the address bar: until the scenario moves, the link
///   stays as it was typed, pairs this version cannot read included (so a bookmark or a
///   newer version's link keeps its meaning; the notice says what was not used).
/// - A write is debounced ([`URL_DEBOUNCE`], `replaceState`: no history entries), and it
///   lands only on the history entry the change was made on: if the address bar moved
///   meanwhile (Back, Forward, a new link: its fragment changed, or a `hashchange`
///   arrived), the pending write is dropped.
pub fn keep_url_in_sync(p: Planner) {
    let generation = StoredValue::new(0u64);
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        generation.update_value(|g| *g += 1);
        let text = fragment();
        if p.opened.with_value(|(t, _)| *t != text) {
            let d = rigplan_scenario::link::decode(&text);
            p.dropped.set(d.dropped);
            p.params.set(d.params);
            p.opened_with(text);
        }
    });
    Effect::new(move |_| {
        let encoded = p.params.with(rigplan_scenario::link::encode);
        if p.opened.with_value(|(_, canonical)| *canonical == encoded) {
            return;
        }
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let on = fragment();
        set_timeout(
            move || {
                if generation.get_value() == mine && fragment() == on {
                    write_fragment(&encoded);
                    p.opened_with(encoded);
                }
            },
            URL_DEBOUNCE,
        );
    });
}

fn write_fragment(encoded: &str) {
    let Some(w) = web_sys::window() else { return };
    if fragment() == encoded {
        return;
    }
    let search = w.location().search().unwrap_or_default();
    let url = format!("{search}#{encoded}");
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// In embed mode, posts `{type: "rigplan:height", height}` to the parent whenever the
/// document's height changes, so an iframe can size itself. Posts nothing else and
/// listens to no message.
pub fn post_height_to_parent() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(w) = web_sys::window() else { return };
    let post = move || {
        let Some(w) = web_sys::window() else { return };
        let Some(root) = w.document().and_then(|d| d.document_element()) else {
            return;
        };
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"rigplan:height".into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &root.scroll_height().into());
        if let Ok(Some(parent)) = w.parent() {
            // Only a height, nothing derived from the scenario: any origin may size the frame.
            let _ = parent.post_message(&msg, "*");
        }
    };
    let cb = Closure::<dyn FnMut()>::new(post);
    if let (Ok(obs), Some(el)) = (
        web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()),
        w.document().and_then(|d| d.document_element()),
    ) {
        obs.observe(&el);
    }
    cb.forget();
}
