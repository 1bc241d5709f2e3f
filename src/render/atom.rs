//! Atom 1.0 through `atom_syndication`.

use std::io::Write;

use atom_syndication::{
    Category, Content, Entry as AtomEntry, Feed, Generator, Link, Person, Text,
};

use super::{Document, Entry, content_html, feed_updated, safe_link};

pub(super) fn write(
    document: &Document,
    entries: &[Entry],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut links = Vec::new();
    if let Some(href) = safe_link(document.self_url) {
        links.push(Link {
            href: href.to_owned(),
            rel: "self".to_owned(),
            mime_type: Some("application/atom+xml".to_owned()),
            ..Link::default()
        });
    }
    if let Some(href) = safe_link(document.link) {
        links.push(Link {
            href: href.to_owned(),
            rel: "alternate".to_owned(),
            mime_type: Some("text/html".to_owned()),
            ..Link::default()
        });
    }
    let feed = Feed {
        title: Text::plain(document.title),
        // Where the feed lives is its best id; else one derived from its title.
        id: safe_link(document.self_url)
            .map(str::to_owned)
            .unwrap_or_else(|| feed_id(document.title)),
        links,
        updated: feed_updated(document, entries).fixed_offset(),
        generator: Some(Generator {
            value: "aggregate".to_owned(),
            uri: None,
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        }),
        // Atom wants an author for every entry; each entry names its outlets
        // itself, so the feed's author is the tool that merged them.
        authors: vec![Person {
            name: "aggregate".to_owned(),
            ..Person::default()
        }],
        entries: entries.iter().map(entry).collect(),
        ..Feed::default()
    };
    feed.write_to(out).map_err(std::io::Error::other)?;
    Ok(())
}

/// A feed id that stays the same while the title does.
fn feed_id(title: &str) -> String {
    crate::model::ClusterId::founded_by(&format!("feed\n{title}")).urn()
}

fn entry(entry: &Entry) -> AtomEntry {
    let mut links = Vec::new();
    if let Some(href) = entry.link {
        links.push(Link {
            href: href.to_owned(),
            rel: "alternate".to_owned(),
            ..Link::default()
        });
    }
    for story in &entry.sources {
        if let Some(href) = safe_link(story.url.as_deref()) {
            links.push(Link {
                href: href.to_owned(),
                rel: "related".to_owned(),
                title: Some(format!("{}: {}", story.feed, story.title)),
                ..Link::default()
            });
        }
    }
    AtomEntry {
        id: entry.id.urn(),
        title: Text::plain(entry.title),
        updated: entry.updated.fixed_offset(),
        published: Some(entry.published.fixed_offset()),
        links,
        authors: entry
            .sources
            .iter()
            .map(|story| Person {
                name: story.feed.clone(),
                ..Person::default()
            })
            .fold(Vec::new(), |mut authors: Vec<Person>, person| {
                if !authors.iter().any(|known| known.name == person.name) {
                    authors.push(person);
                }
                authors
            }),
        categories: entry
            .tags
            .iter()
            .map(|tag| Category {
                term: tag.clone(),
                ..Category::default()
            })
            .collect(),
        content: Some(Content {
            value: Some(content_html(entry)),
            content_type: Some("html".to_owned()),
            ..Content::default()
        }),
        ..AtomEntry::default()
    }
}
