//! Writes the merged feed: one entry per cluster, listing every source.
//!
//! Rendering is pure: it takes stories, clusters and the generation time, and
//! writes to any `impl Write`. Feeds are built with `atom_syndication`, `rss`
//! and `serde_json`, and the HTML inside them with maud, which escapes every
//! piece of text; nothing is glued together as strings. Only `http` and
//! `https` links are ever written.

mod atom;
mod html;
mod json;
mod rss;

use std::io::Write;

use chrono::{DateTime, Utc};

use crate::model::{Cluster, ClusterId, Story};

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Atom 1.0.
    Atom,
    /// RSS 2.0.
    Rss,
    /// JSON Feed 1.1.
    Json,
    /// A self-contained HTML page, a river of stories.
    Html,
}

impl Format {
    /// Every format with its name in feeds.toml and on the command line.
    pub const ALL: [(&'static str, Format); 4] = [
        ("atom", Format::Atom),
        ("rss", Format::Rss),
        ("json", Format::Json),
        ("html", Format::Html),
    ];
}

/// What to render.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    /// The merged feed's title.
    pub title: &'a str,
    /// The stories the clusters index into.
    pub stories: &'a [Story],
    /// The clusters to write, one entry each.
    pub clusters: &'a [Cluster],
    /// When the feed was generated; the feed's `updated` when it has no entries.
    pub generated: DateTime<Utc>,
    /// Where the merged feed itself is published (Atom `rel="self"`).
    pub self_url: Option<&'a str>,
    /// The site the feed belongs to (Atom `rel="alternate"`, RSS `link`).
    pub link: Option<&'a str>,
    /// At most this many entries, newest first.
    pub max_entries: Option<usize>,
}

/// Writes `document` in `format` to `out`.
pub fn write(document: &Document, format: Format, out: &mut dyn Write) -> std::io::Result<()> {
    let entries = entries(document);
    match format {
        Format::Atom => atom::write(document, &entries, out),
        Format::Rss => rss::write(document, &entries, out),
        Format::Json => json::write(document, &entries, out),
        Format::Html => html::write(document, &entries, out),
    }
}

/// One entry of the merged feed, in the terms every format shares.
struct Entry<'a> {
    id: &'a ClusterId,
    /// The representative headline: the primary source's.
    title: &'a str,
    /// The primary source's link: the earliest source that has one.
    link: Option<&'a str>,
    /// The earliest source's time.
    published: DateTime<Utc>,
    /// The latest source's time.
    updated: DateTime<Utc>,
    /// Every source, oldest first.
    sources: Vec<&'a Story>,
    /// The primary source's summary, sanitised HTML.
    summary: Option<String>,
    /// The same as plain text.
    summary_text: Option<String>,
    /// The devices the sources name ("Xiaomi 14 Pro"), for categories and tags.
    tags: Vec<String>,
}

/// The entries, newest first (by their latest source), ties broken by id.
fn entries<'a>(document: &Document<'a>) -> Vec<Entry<'a>> {
    let mut entries: Vec<Entry<'a>> = document
        .clusters
        .iter()
        .map(|cluster| {
            let sources: Vec<&Story> = cluster
                .members
                .iter()
                .map(|&index| &document.stories[index])
                .collect();
            let primary = sources[0];
            Entry {
                id: &cluster.id,
                title: &primary.title,
                link: sources
                    .iter()
                    .find_map(|story| safe_link(story.url.as_deref())),
                published: sources
                    .iter()
                    .map(|story| story.time())
                    .min()
                    .expect("clusters are never empty"),
                updated: sources
                    .iter()
                    .map(|story| story.time())
                    .max()
                    .expect("clusters are never empty"),
                summary: primary
                    .summary
                    .as_deref()
                    .map(|html| sanitize(html, primary.url.as_deref())),
                summary_text: primary
                    .summary
                    .as_deref()
                    .map(crate::normalize::plain_text)
                    .filter(|text| !text.is_empty()),
                tags: tags(&sources),
                sources,
            }
        })
        .collect();
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(b.id)));
    if let Some(max) = document.max_entries {
        entries.truncate(max);
    }
    entries
}

/// The devices named by an entry's sources, most often named first, at most five.
fn tags(sources: &[&Story]) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for story in sources {
        for tag in crate::cluster::features::device_tags(&story.title, &story.feed) {
            match counts.iter_mut().find(|(known, _)| *known == tag) {
                Some((_, count)) => *count += 1,
                None => counts.push((tag, 1)),
            }
        }
    }
    // A stable sort keeps first-named order among equals.
    counts.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    counts.into_iter().take(5).map(|(tag, _)| tag).collect()
}

/// A feed's HTML made safe for any reader: ammonia keeps formatting, links
/// and images but drops scripts, styles, iframes, forms, event handlers and
/// every URL scheme but http, https and mailto; relative links are resolved
/// against the story's URL (or dropped when it has none); links get
/// `rel="noopener noreferrer nofollow"`.
pub fn sanitize(html: &str, base: Option<&str>) -> String {
    let base = safe_link(base).and_then(|base| url::Url::parse(base).ok());
    let mut builder = ammonia::Builder::default();
    builder
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .url_relative(match base {
            Some(base) => ammonia::UrlRelative::RewriteWithBase(base),
            None => ammonia::UrlRelative::Deny,
        });
    builder.clean(html).to_string()
}

/// The link if it is a web link; anything else (`javascript:`, `data:`) is dropped.
fn safe_link(link: Option<&str>) -> Option<&str> {
    link.filter(|link| {
        let lower = link.trim_start().to_ascii_lowercase();
        lower.starts_with("https://") || lower.starts_with("http://")
    })
}

/// The HTML body of an entry: the primary summary, then every source with its
/// outlet, headline, link and time.
fn content_html(entry: &Entry) -> String {
    let count = entry.sources.len();
    let markup = maud::html! {
        @if let Some(summary) = &entry.summary {
            div { (maud::PreEscaped(summary)) }
        }
        p { "Reported by " (count) @if count == 1 { " outlet:" } @else { " outlets:" } }
        ul {
            @for story in &entry.sources {
                li {
                    strong { (story.feed) } ": "
                    @match safe_link(story.url.as_deref()) {
                        Some(url) => a href=(url) { (story.title) },
                        None => (story.title),
                    }
                    " "
                    time datetime=(story.time().to_rfc3339()) { "(" (story.time().format("%Y-%m-%d %H:%M UTC")) ")" }
                }
            }
        }
    };
    markup.into_string()
}

/// The newest entry's time, or the generation time for an empty feed.
fn feed_updated(document: &Document, entries: &[Entry]) -> DateTime<Utc> {
    entries
        .iter()
        .map(|entry| entry.updated)
        .max()
        .unwrap_or(document.generated)
}

#[cfg(test)]
mod tests;
