//! Markdown (written by a model, so untrusted) to HTML that is safe to insert into the app's page.
//!
//! pulldown-cmark renders CommonMark with tables and strikethrough; ammonia then keeps only a fixed
//! set of formatting tags and attributes: no scripts, styles, frames, forms or event handlers; links
//! only to http(s)/mailto (with `rel="noopener noreferrer"`) or in-page anchors; images only from
//! relative paths (artifacts in the desk) or `data:` URLs. This module does not decide how the UI
//! resolves relative image paths (it serves them from the desk through its own protocol).

use pulldown_cmark::{html, Options, Parser};
use std::collections::HashSet;

/// Render untrusted markdown to sanitised HTML.
pub fn markdown_to_html(md: &str) -> String {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let parser = Parser::new_ext(md, opts);
    let mut raw = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut raw, parser);
    sanitizer().clean(&raw).to_string()
}

fn sanitizer() -> ammonia::Builder<'static> {
    let tags: HashSet<&'static str> = [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "del",
        "details",
        "div",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "kbd",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
    .into_iter()
    .collect();
    let mut b = ammonia::Builder::default();
    b.tags(tags)
        .clean_content_tags(["script", "style"].into_iter().collect())
        .generic_attributes(["title"].into_iter().collect())
        .tag_attributes(
            [
                ("a", ["href"].into_iter().collect()),
                ("img", ["src", "alt", "width", "height"].into_iter().collect()),
                ("td", ["align"].into_iter().collect()),
                ("th", ["align"].into_iter().collect()),
                ("ol", ["start"].into_iter().collect()),
                ("code", ["class"].into_iter().collect()),
            ]
            .into_iter()
            .collect(),
        )
        .url_schemes(["http", "https", "mailto", "data"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener noreferrer"))
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            // Images: relative paths inside the desk, or inline data: images; nothing remote (no tracking,
            // the app is offline) and no data: documents.
            ("img", "src") => {
                let v = value.trim();
                let lower = v.to_ascii_lowercase();
                let inline_image = lower.starts_with("data:image/") && !lower.starts_with("data:image/svg");
                if inline_image || is_relative(v) {
                    Some(v.into())
                } else {
                    None
                }
            }
            // Links: no data: URLs.
            ("a", "href") => {
                let lower = value.trim().to_ascii_lowercase();
                if lower.starts_with("data:") {
                    None
                } else {
                    Some(value.into())
                }
            }
            _ => Some(value.into()),
        });
    b
}

/// A path relative to the current document: no scheme, no leading '/', no '//', no '..' component.
fn is_relative(v: &str) -> bool {
    if v.is_empty() || v.starts_with('/') || v.starts_with('\\') || v.contains(':') {
        return false;
    }
    !v.split(['/', '\\']).any(|c| c == "..")
}
