//! JSON Feed 1.1 through serde, with every source under `_aggregate.sources`.

use std::io::Write;

use serde::Serialize;

use super::{Document, Entry, content_html, safe_link};

#[derive(Serialize)]
struct Feed<'a> {
    version: &'static str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    home_page_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    feed_url: Option<&'a str>,
    items: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Item<'a> {
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    title: &'a str,
    content_html: String,
    date_published: String,
    date_modified: String,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    tags: &'a [String],
    #[serde(rename = "_aggregate")]
    aggregate: Extension<'a>,
}

#[derive(Serialize)]
struct Extension<'a> {
    sources: Vec<Source<'a>>,
}

#[derive(Serialize)]
struct Source<'a> {
    feed: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    date_published: String,
}

pub(super) fn write(
    document: &Document,
    entries: &[Entry],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let feed = Feed {
        version: "https://jsonfeed.org/version/1.1",
        title: document.title,
        home_page_url: safe_link(document.link),
        feed_url: safe_link(document.self_url),
        items: entries.iter().map(item).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &feed)?;
    out.write_all(b"\n")
}

fn item<'a>(entry: &'a Entry<'a>) -> Item<'a> {
    Item {
        id: entry.id.urn(),
        url: entry.link,
        title: entry.title,
        content_html: content_html(entry),
        date_published: entry.published.to_rfc3339(),
        date_modified: entry.updated.to_rfc3339(),
        tags: &entry.tags,
        aggregate: Extension {
            sources: entry
                .sources
                .iter()
                .map(|story| Source {
                    feed: &story.feed,
                    title: &story.title,
                    url: safe_link(story.url.as_deref()),
                    date_published: story.time().to_rfc3339(),
                })
                .collect(),
        },
    }
}
