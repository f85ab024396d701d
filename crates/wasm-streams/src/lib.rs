//! rigplan's stand-in for the `wasm-streams` crate (version 0.5), patched in at the
//! workspace root (`[patch.crates-io]` in Cargo.toml).
//!
//! Why it exists: Leptos always builds its server-function client (`server_fn` with its
//! `browser` feature), which depends on `wasm-streams`. That crate defines three classes
//! with `#[wasm_bindgen]` (`IntoUnderlyingSource`, `IntoUnderlyingByteSource`,
//! `IntoUnderlyingSink`); exported functions are roots that no linker or wasm-opt pass may
//! remove, so every wasm that links the crate carries them, the async machinery behind them
//! and their JS glue: 7,289 bytes gzip of rigplan's first load, measured 2026-12-03
//! (234,281 -> 226,992), for a page that has no server function.
//!
//! This crate keeps the API `server_fn` 0.8 uses ([`ReadableStream::from_raw`],
//! [`ReadableStream::from_stream`], [`ReadableStream::into_raw`],
//! [`ReadableStream::into_stream`]) and builds the JS side from closures, so nothing is
//! exported and unused code is dropped at link time. It is a working implementation
//! (tests/web.rs round-trips chunks and errors through a real browser stream), written for
//! rigplan, not copied. Byte streams, readers in BYOB mode, writable and transform streams
//! are not provided: nothing in the build asks for them.

use core::cell::RefCell;
use core::pin::Pin;
use futures_util::{Stream, future::poll_fn, stream};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue, UnwrapThrowExt, closure::Closure};
use wasm_bindgen_futures::{JsFuture, future_to_promise};

/// A JS `ReadableStream` of JS values.
#[derive(Debug)]
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

/// A boxed Rust stream a JS stream pulls from.
type Source = Pin<Box<dyn Stream<Item = Result<JsValue, JsValue>>>>;

impl ReadableStream {
    /// Wraps a JS stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// A JS stream whose chunks are the `Ok` items of `stream`; an `Err` item errors the JS
    /// stream with that value, and the end of `stream` closes it. The JS stream pulls one
    /// item per read, and drops `stream` when it is garbage-collected.
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        let source: Rc<RefCell<Source>> = Rc::new(RefCell::new(Box::pin(stream)));
        let pull =
            Closure::<dyn FnMut(web_sys::ReadableStreamDefaultController) -> js_sys::Promise>::new(
                move |controller: web_sys::ReadableStreamDefaultController| {
                    let source = Rc::clone(&source);
                    future_to_promise(async move {
                        // The borrow lasts one poll: the stream spec never runs two pulls at once.
                        match poll_fn(|cx| source.borrow_mut().as_mut().poll_next(cx)).await {
                            Some(Ok(chunk)) => controller.enqueue_with_chunk(&chunk)?,
                            Some(Err(error)) => return Err(error),
                            None => controller.close()?,
                        }
                        Ok(JsValue::UNDEFINED)
                    })
                },
            );
        let underlying = js_sys::Object::new();
        js_sys::Reflect::set(
            &underlying,
            &JsValue::from_str("pull"),
            &pull.into_js_value(),
        )
        .expect_throw("setting pull on a new object");
        let raw = web_sys::ReadableStream::new_with_underlying_source(&underlying)
            .expect_throw("ReadableStream constructor");
        Self { raw }
    }

    /// The JS stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// The JS stream's chunks as a Rust stream, read through a default reader (which locks
    /// the JS stream). A read that fails yields its error and ends the stream.
    pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> {
        let reader: web_sys::ReadableStreamDefaultReader = self.raw.get_reader().unchecked_into();
        stream::unfold(Some(reader), |reader| async move {
            let reader = reader?;
            match JsFuture::from(reader.read()).await {
                Err(error) => Some((Err(error), None)),
                Ok(result) => {
                    let field =
                        |name: &str| js_sys::Reflect::get(&result, &JsValue::from_str(name));
                    match field("done") {
                        Ok(done) if done.is_truthy() => {
                            reader.release_lock();
                            None
                        }
                        Ok(_) => Some((field("value"), Some(reader))),
                        Err(error) => Some((Err(error), None)),
                    }
                }
            }
        })
    }
}
