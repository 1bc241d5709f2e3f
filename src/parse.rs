//! Turns the bytes of a feed (RSS 0.9x/1.0/2.0, Atom or JSON Feed) into stories,
//! through feed-rs.
//!
//! feed-rs types never leave this module. Parsing is lenient where real feeds
//! are sloppy (leading blank lines, a byte-order mark, a bare `&`) and strict
//! about what is not a feed at all (an HTML page, an empty body). It never
//! panics and never looks at the clock: a story without a date gets none here.

use feed_rs::model::{Entry, Feed, Link};

use crate::model::{MAX_TITLE, NewStory, ParsedFeed};
use crate::normalize;

/// The longest summary kept, in characters.
const MAX_SUMMARY: usize = 4000;

/// Why a body could not be read as a feed.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    /// The body is empty or only whitespace.
    #[error("empty response body")]
    Empty,
    /// The body is a web page, not a feed.
    #[error("got an HTML page, not a feed")]
    Html,
    /// The body is not a feed feed-rs can read.
    #[error("not a valid feed: {0}")]
    Invalid(String),
}

/// Parses a feed body fetched from `base_url`, against which relative links are resolved.
pub fn parse_feed(body: &[u8], base_url: &str) -> Result<ParsedFeed, ParseError> {
    let body = trim_start(body);
    if body.is_empty() {
        return Err(ParseError::Empty);
    }
    let feed = match parse_with_feed_rs(body, base_url) {
        Ok(feed) => feed,
        Err(first_error) => {
            if looks_like_html(body) {
                return Err(ParseError::Html);
            }
            // Many real feeds carry a bare "&" ("Plants & Animals"); escape those and retry once.
            let repaired = escape_bare_ampersands(body);
            match parse_with_feed_rs(&repaired, base_url) {
                Ok(feed) => feed,
                Err(_) => return Err(ParseError::Invalid(first_error)),
            }
        }
    };
    Ok(convert(feed, base_url))
}

fn parse_with_feed_rs(body: &[u8], base_url: &str) -> Result<Feed, String> {
    // The XML reader under feed-rs panics on some hostile input (found by
    // tests/it/fuzz.rs: an encoding declared after content). One bad feed
    // must not end the run, so a panic in the parser is that feed's error.
    let parse = || {
        feed_rs::parser::Builder::new()
            .base_uri(web_url(base_url).map(|url| url.to_string()))
            .sanitize_content(false)
            .id_generator(stable_id)
            .build()
            .parse(body)
            .map_err(|err| err.to_string())
    };
    IN_PARSER.set(true);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(parse));
    IN_PARSER.set(false);
    result.unwrap_or_else(|_| Err("the feed parser crashed on this body".to_owned()))
}

thread_local! {
    /// Set while feed-rs runs on this thread, so the panic hook keeps quiet
    /// about a parser panic that `parse_with_feed_rs` turns into an error.
    static IN_PARSER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs a panic hook that reports a caught parser panic at debug level
/// (it becomes that feed's one-line error) and any other panic as usual.
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if IN_PARSER.get() {
            tracing::debug!("feed parser panicked: {info}");
        } else {
            default(info);
        }
    }));
}

/// feed-rs invents ids for entries that have none, by default sometimes at
/// random; ours derive from the link and title only, so a re-fetch finds the
/// same stored story.
fn stable_id(links: &[Link], title: &Option<feed_rs::model::Text>, base: Option<&str>) -> String {
    let link = links.first().map_or("", |link| link.href.as_str());
    let title = title.as_ref().map_or("", |title| title.content.as_str());
    let key = format!("{}\n{link}\n{title}", base.unwrap_or(""));
    format!(
        "urn:aggregate:{}",
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, key.as_bytes())
    )
}

fn convert(feed: Feed, base_url: &str) -> ParsedFeed {
    let title = feed
        .title
        .map(|title| normalize::plain_text(&title.content))
        .filter(|title| !title.is_empty());
    // Relative links resolve against the URL the feed came from; a feed read
    // from a file resolves them against its own site link instead.
    let base = web_url(base_url).or_else(|| pick_link(&feed.links).and_then(web_url));
    let mut stories: Vec<NewStory> = Vec::with_capacity(feed.entries.len());
    for entry in feed.entries {
        let Some(mut story) = convert_entry(entry, base.as_ref()) else {
            continue;
        };
        // "Story - Outlet" says the outlet twice: every source is listed with its outlet anyway.
        story.title =
            normalize::strip_site_suffix(&story.title, title.as_deref().unwrap_or("")).to_owned();
        // A feed that repeats a GUID means the same story; keep its first appearance.
        if !stories.iter().any(|seen| seen.guid == story.guid) {
            stories.push(story);
        }
    }
    ParsedFeed { title, stories }
}

fn convert_entry(entry: Entry, base: Option<&url::Url>) -> Option<NewStory> {
    let url = pick_link(&entry.links).and_then(|href| resolve(href, base));
    let summary_html = entry
        .summary
        .as_ref()
        .map(|summary| summary.content.as_str())
        .or_else(|| {
            entry
                .content
                .as_ref()
                .and_then(|content| content.body.as_deref())
        });
    let plain_summary = summary_html
        .map(normalize::plain_text)
        .filter(|summary| !summary.is_empty());
    // The summary is kept as the feed gave it (HTML), capped: it is sanitised
    // when it is written out, against the story's own URL.
    let summary = summary_html
        .filter(|_| plain_summary.is_some())
        .map(|html| normalize::truncate_chars(html.trim(), MAX_SUMMARY));
    let title = entry
        .title
        .as_ref()
        .map(|title| normalize::plain_text(&title.content))
        .filter(|title| !title.is_empty())
        // A story with no headline is shown by the start of its summary, or its link.
        .or_else(|| {
            plain_summary
                .as_ref()
                .map(|summary| normalize::truncate_chars(summary, 120))
        })
        .or_else(|| url.clone())?;
    let guid = if entry.id.trim().is_empty() {
        url.clone()?
    } else {
        entry.id.trim().to_owned()
    };
    Some(NewStory {
        guid,
        title: normalize::truncate_chars(&title, MAX_TITLE),
        url,
        summary,
        published: entry.published.or(entry.updated),
    })
}

/// The feeds an HTML page announces with `<link rel="alternate"
/// type="application/rss+xml|atom+xml|feed+json" href="...">`, resolved
/// against `base`, in page order.
pub fn discover_feeds(html: &[u8], base: &str) -> Vec<String> {
    const TYPES: &[&str] = &[
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json",
        "application/rdf+xml",
    ];
    let page = scraper::Html::parse_document(&String::from_utf8_lossy(html));
    let selector = scraper::Selector::parse("link[href]").expect("a valid selector");
    let base = url::Url::parse(base).ok();
    let mut found: Vec<String> = Vec::new();
    for link in page.select(&selector) {
        let element = link.value();
        let alternate = element.attr("rel").is_some_and(|rel| {
            rel.split_ascii_whitespace()
                .any(|rel| rel.eq_ignore_ascii_case("alternate"))
        });
        let feed_type = element
            .attr("type")
            .is_some_and(|kind| TYPES.contains(&kind.trim().to_ascii_lowercase().as_str()));
        if !alternate || !feed_type {
            continue;
        }
        let href = element.attr("href").expect("selected for href");
        let Some(url) = resolve(href, base.as_ref()) else {
            continue;
        };
        if !found.contains(&url) {
            found.push(url);
        }
    }
    found
}

/// The story's own page: the first `alternate` link, else the first link with no rel.
fn pick_link(links: &[Link]) -> Option<&str> {
    links
        .iter()
        .find(|link| link.rel.as_deref() == Some("alternate"))
        .or_else(|| links.iter().find(|link| link.rel.is_none()))
        .or_else(|| links.first())
        .map(|link| link.href.trim())
        .filter(|href| !href.is_empty())
}

/// Resolves a link against the feed's URL; only web links are kept.
fn resolve(href: &str, base: Option<&url::Url>) -> Option<String> {
    let url = match url::Url::parse(href) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => base?.join(href).ok()?,
        Err(_) => return None,
    };
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

fn web_url(text: &str) -> Option<url::Url> {
    url::Url::parse(text)
        .ok()
        .filter(|url| matches!(url.scheme(), "http" | "https"))
}

fn trim_start(body: &[u8]) -> &[u8] {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    &body[start..]
}

fn looks_like_html(body: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&body[..body.len().min(512)]).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.contains("<html")
}

/// Escapes every `&` that does not start an entity or character reference.
fn escape_bare_ampersands(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 64);
    for (index, &byte) in body.iter().enumerate() {
        if byte == b'&' && !starts_reference(&body[index + 1..]) {
            out.extend_from_slice(b"&amp;");
        } else {
            out.push(byte);
        }
    }
    out
}

fn starts_reference(rest: &[u8]) -> bool {
    let name_len = rest.iter().take(12).position(|&b| b == b';');
    match name_len {
        Some(0) | None => false,
        Some(len) => {
            let name = &rest[..len];
            match name.strip_prefix(b"#") {
                Some(number) => {
                    let digits = number.strip_prefix(b"x").unwrap_or(number);
                    !digits.is_empty() && digits.iter().all(u8::is_ascii_hexdigit)
                }
                None => name.iter().all(u8::is_ascii_alphanumeric),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(body: &str, expected: &str) {
        let actual = match parse_feed(body.as_bytes(), "https://example.com/feed.xml") {
            Ok(feed) => {
                let mut lines = vec![format!("feed: {}", feed.title.as_deref().unwrap_or("-"))];
                for story in feed.stories {
                    lines.push(format!(
                        "{} | {} | {} | {}",
                        story.title,
                        story.url.as_deref().unwrap_or("-"),
                        story
                            .published
                            .map_or("-".to_owned(), |time| time.to_rfc3339()),
                        story.summary.as_deref().unwrap_or("-"),
                    ));
                }
                lines.join("\n")
            }
            Err(err) => format!("error: {err}"),
        };
        assert_eq!(actual, expected.trim());
    }

    #[test]
    fn feeds_are_discovered_in_html_pages() {
        let page = br#"<!doctype html><html><head>
            <link rel="stylesheet" href="/style.css">
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">
            <link rel="alternate" type="application/atom+xml" href="https://cdn.example.com/atom.xml">
            <link rel="alternate" type="text/html" hreflang="de" href="/de/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head><body></body></html>"#;
        assert_eq!(
            discover_feeds(page, "https://site.example/news/"),
            vec![
                "https://site.example/feed/",
                "https://cdn.example.com/atom.xml"
            ]
        );
        assert!(discover_feeds(b"<html></html>", "https://site.example/").is_empty());
    }

    #[test]
    fn rss2_with_html_in_title_and_relative_link() {
        check(
            r#"

<?xml version="1.0"?><rss version="2.0"><channel><title>Site &amp; Co</title>
<item><title>&lt;b&gt;Pixel 9&lt;/b&gt; launched</title><link>/news/pixel-9</link>
<description>&lt;p&gt;Google's &lt;script&gt;x()&lt;/script&gt;phone.&lt;/p&gt;</description>
<pubDate>Tue, 13 Aug 2024 17:00:00 GMT</pubDate></item></channel></rss>"#,
            // The summary stays HTML, as the feed gave it; render sanitises it.
            "feed: Site & Co\nPixel 9 launched | https://example.com/news/pixel-9 | 2024-08-13T17:00:00+00:00 | <p>Google's <script>x()</script>phone.</p>",
        );
    }

    #[test]
    fn file_feeds_resolve_links_against_their_site() {
        let body = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href="https://site.example/"/>
            <entry><title>A</title><id>1</id><link href="/a/b"/></entry></feed>"#;
        let feed = parse_feed(body, "file:///tmp/feed.atom").unwrap();
        assert_eq!(
            feed.stories[0].url.as_deref(),
            Some("https://site.example/a/b")
        );
    }

    #[test]
    fn bare_ampersand_is_repaired() {
        check(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>Plants & Animals</title>\
             <link>https://example.com/a</link><category>Plants & Animals</category></item></channel></rss>",
            "feed: T\nPlants & Animals | https://example.com/a | - | -",
        );
    }

    #[test]
    fn html_page_and_empty_body_are_errors() {
        check(
            "<!DOCTYPE html><html><head><title>Moved</title></head><body>x</body></html>",
            "error: got an HTML page, not a feed",
        );
        check(" \n ", "error: empty response body");
        check(
            "<rss version=\"2.0\"><channel><title>Cut",
            "error: not a valid feed: unable to parse XML: Parser error: syntax error: tag not closed: `>` not found before end of input",
        );
    }

    #[test]
    fn ids_are_stable_without_guids() {
        let body = b"<rss version=\"2.0\"><channel><item><title>A</title><link>https://example.com/a</link></item></channel></rss>";
        let first = parse_feed(body, "https://example.com/f").unwrap();
        let second = parse_feed(body, "https://example.com/f").unwrap();
        assert_eq!(first.stories[0].guid, second.stories[0].guid);
    }

    #[test]
    fn duplicate_guids_keep_the_first() {
        check(
            "<rss version=\"2.0\"><channel><item><guid>1</guid><title>First</title></item>\
             <item><guid>1</guid><title>Again</title></item></channel></rss>",
            "feed: -\nFirst | - | - | -",
        );
    }
}
