//! `aggregate feeds add|remove|import|export`: edits feeds.toml with
//! toml_edit, so its comments, order and layout survive, and reads and
//! writes OPML for feed readers.

use std::io::Write;

use anyhow::{Context, bail};
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

use crate::config::{Config, UsageError};
use crate::fetch::{self, FetchOutcome};
use crate::opml::{self, Subscription};
use crate::parse;

/// Adds a feed, given its URL or a page that announces it.
pub fn add(
    config: &Config,
    url: &str,
    name: Option<&str>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let (feed_url, title) = find_feed(config, url)?;
    if known(config, &feed_url) {
        writeln!(out, "already in {}: {feed_url}", config.path.display())?;
        return Ok(());
    }
    let name = name.map(str::to_owned).or(title);
    let mut document = load(config)?;
    push_feed(&mut document, name.as_deref(), &feed_url);
    save(config, &document)?;
    writeln!(
        out,
        "added {}: {feed_url}",
        name.as_deref().unwrap_or("(untitled)")
    )?;
    Ok(())
}

/// Removes every feed whose name or URL is `which`.
pub fn remove(config: &Config, which: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut document = load(config)?;
    let Some(feeds) = document
        .get_mut("feed")
        .and_then(Item::as_array_of_tables_mut)
    else {
        bail!(UsageError(format!(
            "{}: has no [[feed]]",
            config.path.display()
        )));
    };
    let before = feeds.len();
    let matches = |table: &Table, key: &str| {
        table
            .get(key)
            .and_then(Item::as_str)
            .is_some_and(|text| text == which)
    };
    feeds.retain(|table| !matches(table, "name") && !matches(table, "url"));
    let removed = before - feeds.len();
    if removed == 0 {
        bail!(UsageError(format!(
            "{}: no feed named {which:?} or with that URL",
            config.path.display()
        )));
    }
    save(config, &document)?;
    writeln!(out, "removed {removed} feed(s): {which}")?;
    Ok(())
}

/// Adds the feeds of an OPML file that feeds.toml does not have yet.
pub fn import(config: &Config, file: &std::path::Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("failed to read {}", file.display()))?;
    let subscriptions =
        opml::read(&text).with_context(|| format!("failed to read {}", file.display()))?;
    let mut document = load(config)?;
    let mut seen: Vec<String> = config
        .sources
        .iter()
        .map(|source| source.url.clone())
        .collect();
    let (mut added, mut skipped) = (0, 0);
    for subscription in subscriptions {
        let valid = url::Url::parse(&subscription.url)
            .is_ok_and(|url| matches!(url.scheme(), "http" | "https"));
        if !valid || seen.contains(&subscription.url) {
            skipped += 1;
            writeln!(out, "skipped {}", subscription.url)?;
            continue;
        }
        push_feed(
            &mut document,
            subscription.title.as_deref(),
            &subscription.url,
        );
        writeln!(
            out,
            "added {}: {}",
            subscription.title.as_deref().unwrap_or("(untitled)"),
            subscription.url
        )?;
        seen.push(subscription.url);
        added += 1;
    }
    if added > 0 {
        save(config, &document)?;
    }
    writeln!(
        out,
        "{added} added, {skipped} skipped (already there or not http(s))"
    )?;
    Ok(())
}

/// Writes the configured feeds as OPML 2.0.
pub fn export(config: &Config, out: &mut dyn Write) -> anyhow::Result<()> {
    let subscriptions: Vec<Subscription> = config
        .sources
        .iter()
        .map(|source| Subscription {
            title: source.name.clone(),
            url: source.url.clone(),
        })
        .collect();
    let title = config
        .outputs
        .first()
        .map_or("aggregate feeds", |output| output.title.as_str());
    out.write_all(opml::write(title, &subscriptions)?.as_bytes())?;
    Ok(())
}

/// Fetches `url`: a feed gives itself and its title; an HTML page gives the
/// first feed it announces that parses.
fn find_feed(config: &Config, url: &str) -> anyhow::Result<(String, Option<String>)> {
    let parsed = url::Url::parse(url)
        .ok()
        .filter(|url| matches!(url.scheme(), "http" | "https"))
        .ok_or_else(|| UsageError(format!("{url:?} is not an http(s) URL")))?;
    let (body, final_url) = fetch_body(config, parsed.as_str())?;
    if let Ok(feed) = parse::parse_feed(&body, &final_url) {
        return Ok((parsed.to_string(), feed.title));
    }
    let candidates = parse::discover_feeds(&body, &final_url);
    if candidates.is_empty() {
        bail!("{url} is neither a feed nor a page that announces one");
    }
    for candidate in &candidates {
        if let Ok((body, final_url)) = fetch_body(config, candidate)
            && let Ok(feed) = parse::parse_feed(&body, &final_url)
        {
            return Ok((candidate.clone(), feed.title));
        }
    }
    bail!(
        "{url} announces {} but none of them is a feed that parses",
        candidates.join(", ")
    )
}

fn fetch_body(config: &Config, url: &str) -> anyhow::Result<(Vec<u8>, String)> {
    let runtime = tokio::runtime::Runtime::new().context("failed to start the async runtime")?;
    let request = fetch::Request {
        url: url.to_owned(),
        validators: Default::default(),
    };
    let fetched = runtime
        .block_on(fetch::fetch_all(vec![request], &config.fetch))
        .pop()
        .expect("one result per request");
    match fetched.result {
        Ok(FetchOutcome::Body {
            body, final_url, ..
        }) => Ok((body, final_url)),
        Ok(FetchOutcome::NotModified) => bail!("{url}: unexpected 304 Not Modified"),
        Err(err) => bail!("{url}: {err}"),
    }
}

fn known(config: &Config, url: &str) -> bool {
    config.sources.iter().any(|source| source.url == url)
}

fn load(config: &Config) -> anyhow::Result<DocumentMut> {
    let text = std::fs::read_to_string(&config.path)
        .with_context(|| format!("failed to read {}", config.path.display()))?;
    text.parse::<DocumentMut>()
        .with_context(|| format!("failed to parse {}", config.path.display()))
}

fn push_feed(document: &mut DocumentMut, name: Option<&str>, url: &str) {
    let feeds = document
        .entry("feed")
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
    let Some(feeds) = feeds.as_array_of_tables_mut() else {
        return;
    };
    let mut table = Table::new();
    if let Some(name) = name {
        table["name"] = value(name);
    }
    table["url"] = value(url);
    feeds.push(table);
}

/// Writes feeds.toml the way outputs are written: atomically, keeping its
/// mode, and through a symlink rather than over it.
fn save(config: &Config, document: &DocumentMut) -> anyhow::Result<()> {
    crate::app::write_file(&config.path, |out| {
        out.write_all(document.to_string().as_bytes())
    })
    .with_context(|| format!("failed to write {}", config.path.display()))
}
