//! A chart with its table alternative and a download button.

use leptos::prelude::*;

/// Saves `svg` as a file named `name`.
pub fn download_svg(name: &str, svg: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&svg.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Shows `svg` (a chart's SVG text) as the only child of `holder`. The text is parsed as an
/// XML document by `DOMParser` and the element imported, so no HTML parser sees it and
/// nothing in it runs: the page has no `inner_html` sink (SECURITY.md). Text that does not
/// parse as SVG leaves the holder empty.
fn mount_svg(holder: &web_sys::Element, svg: &str) {
    let root = web_sys::DomParser::new()
        .and_then(|p| p.parse_from_string(svg, web_sys::SupportedType::ImageSvgXml))
        .ok()
        .and_then(|d| d.document_element())
        .filter(|e| e.tag_name() == "svg");
    let imported = root.and_then(|e| {
        holder
            .owner_document()?
            .import_node_with_deep(&e, true)
            .ok()
    });
    match imported {
        Some(node) => holder.replace_children_with_node_1(&node),
        None => holder.replace_children_with_node_0(),
    }
}

/// A plotters SVG (numbers and fixed labels only: see `charts`), a caption, a table for
/// screen readers and people who want the numbers, and a download button.
#[component]
pub fn ChartBox(
    /// Caption.
    title: &'static str,
    /// File name for the download.
    file: &'static str,
    /// Element id prefix (tests read `#<id> svg`).
    id: &'static str,
    /// The SVG text.
    svg: Signal<String>,
    /// Table header.
    head: Vec<&'static str>,
    /// Table rows.
    rows: Signal<Vec<Vec<String>>>,
) -> impl IntoView {
    let holder = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let text = svg.get();
        if let Some(el) = holder.get() {
            mount_svg(&el, &text);
        }
    });
    let head = head
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    view! {
        <figure class="chart" id=id>
            <figcaption>{title}</figcaption>
            <div class="svg" role="img" aria-label=title node_ref=holder></div>
            <div class="chart-actions">
                <button on:click=move |_| download_svg(file, &svg.get_untracked())>"Download SVG"</button>
            </div>
            <details class="chart-table">
                <summary>"Show the numbers"</summary>
                <table>
                    <caption>{title}</caption>
                    <thead>
                        <tr>{head}</tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows.get()
                                .into_iter()
                                .map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
