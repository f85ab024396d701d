//! The two conversions through a real browser stream (`wasm-bindgen-test`, headless Chromium).
#![cfg(target_arch = "wasm32")]

use futures_util::{StreamExt, stream};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use wasm_streams::ReadableStream;

wasm_bindgen_test_configure!(run_in_browser);

/// Chunks go into a JS stream and come back out in order, and the stream ends.
#[wasm_bindgen_test]
async fn chunks_round_trip_through_a_js_stream() {
    let items = ["a", "bb", "ccc"].map(|s| Ok(JsValue::from_str(s)));
    let raw = ReadableStream::from_stream(stream::iter(items)).into_raw();
    let back: Vec<_> = ReadableStream::from_raw(raw).into_stream().collect().await;
    let strings: Vec<Option<String>> = back
        .iter()
        .map(|r| r.as_ref().ok().and_then(JsValue::as_string))
        .collect();
    assert_eq!(
        strings,
        [Some("a".into()), Some("bb".into()), Some("ccc".into())]
    );
}

/// An error item errors the JS stream; reading it yields the error and ends.
#[wasm_bindgen_test]
async fn an_error_item_ends_the_stream_with_that_error() {
    let items = [
        Ok(JsValue::from_str("first")),
        Err(JsValue::from_str("broken")),
        Ok(JsValue::from_str("never")),
    ];
    let raw = ReadableStream::from_stream(stream::iter(items)).into_raw();
    let back: Vec<_> = ReadableStream::from_raw(raw).into_stream().collect().await;
    assert_eq!(back.len(), 2, "{back:?}");
    assert_eq!(
        back[0]
            .as_ref()
            .ok()
            .and_then(JsValue::as_string)
            .as_deref(),
        Some("first")
    );
    assert_eq!(
        back[1]
            .as_ref()
            .err()
            .and_then(JsValue::as_string)
            .as_deref(),
        Some("broken")
    );
}

/// A stream made in JS (not by `from_stream`) reads the same way.
#[wasm_bindgen_test]
async fn a_stream_made_in_js_reads_to_its_end() {
    let response = web_sys_response("hello");
    let raw = js_sys::Reflect::get(&response, &"body".into()).unwrap();
    let back: Vec<_> = ReadableStream::from_raw(raw.into())
        .into_stream()
        .collect()
        .await;
    let bytes: usize = back
        .iter()
        .map(|c| js_sys::Uint8Array::new(c.as_ref().unwrap()).length() as usize)
        .sum();
    assert_eq!(bytes, 5);
}

/// `new Response(text)`: a body stream of the text's UTF-8 bytes.
fn web_sys_response(text: &str) -> JsValue {
    let ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"Response".into())
        .unwrap()
        .unchecked_into();
    js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&text.into())).unwrap()
}
