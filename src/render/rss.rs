//! RSS 2.0 through the `rss` crate.

use std::io::Write;

use rss::extension::atom::{AtomExtension, Link};
use rss::{Category, Channel, Guid, Item};

use super::{Document, Entry, content_html, feed_updated, safe_link};

pub(super) fn write(
    document: &Document,
    entries: &[Entry],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let channel = Channel {
        title: document.title.to_owned(),
        // RSS requires a link; the site, else where the feed itself lives.
        link: safe_link(document.link)
            .or(safe_link(document.self_url))
            .unwrap_or_default()
            .to_owned(),
        atom_ext: safe_link(document.self_url).map(|href| AtomExtension {
            links: vec![Link {
                href: href.to_owned(),
                rel: "self".to_owned(),
                mime_type: Some("application/rss+xml".to_owned()),
                ..Link::default()
            }],
        }),
        description: format!(
            "{}: one entry per story, listing every outlet that reported it",
            document.title
        ),
        generator: Some(format!("aggregate {}", env!("CARGO_PKG_VERSION"))),
        last_build_date: Some(feed_updated(document, entries).to_rfc2822()),
        items: entries.iter().map(item).collect(),
        ..Channel::default()
    };
    channel.write_to(out).map_err(std::io::Error::other)?;
    Ok(())
}

fn item(entry: &Entry) -> Item {
    Item {
        title: Some(entry.title.to_owned()),
        link: entry.link.map(str::to_owned),
        description: Some(content_html(entry)),
        guid: Some(Guid {
            value: entry.id.urn(),
            permalink: false,
        }),
        pub_date: Some(entry.published.to_rfc2822()),
        categories: entry
            .tags
            .iter()
            .map(|tag| Category {
                name: tag.clone(),
                domain: None,
            })
            .collect(),
        ..Item::default()
    }
}
