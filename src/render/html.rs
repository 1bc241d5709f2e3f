//! A self-contained HTML page: a river of stories in the spirit of Techmeme.
//!
//! Each story shows its headline (linking to the primary source), how many
//! outlets reported it and when ("3 h ago", the exact time on hover), the
//! devices it names, the primary summary, and every outlet with its own
//! headline. maud escapes every value; the CSS is inline, there are no
//! scripts and no external requests, so the file works anywhere, offline too.

use std::io::Write;

use chrono::{DateTime, Utc};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{Document, Entry, feed_updated, safe_link};

/// The page's style: readable on a phone and a desktop, light and dark.
const STYLE: &str = "
:root { color-scheme: light dark; --fg: #1d1d1f; --muted: #5f6368; --line: #e3e3e6; --accent: #0b57d0; --tag: #eef3fd; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8ea; --muted: #a0a4ab; --line: #303236; --accent: #8ab4f8; --tag: #1f2a3d; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--fg); }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 2px solid var(--line); margin-bottom: .5rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 .25rem; }
header p, .meta, .sources time { color: var(--muted); font-size: .85rem; }
article { padding: .9rem 0; border-bottom: 1px solid var(--line); }
h2 { font-size: 1.15rem; margin: 0 0 .2rem; line-height: 1.3; }
a { color: var(--accent); text-decoration: none; }
h2 a { color: inherit; }
a:hover { text-decoration: underline; }
.meta { margin: 0 0 .35rem; }
.count { font-weight: 600; }
.tag { display: inline-block; background: var(--tag); border-radius: .6rem; padding: 0 .45rem; margin-left: .3rem; font-size: .8rem; }
.summary { margin: .2rem 0 .4rem; }
.sources { list-style: none; margin: 0; padding: 0 0 0 .8rem; border-left: 3px solid var(--line); font-size: .92rem; }
.sources li { margin: .15rem 0; }
.outlet { font-weight: 600; }
footer { color: var(--muted); font-size: .8rem; padding: 1rem 0; }
";

/// The longest summary shown under a headline, in characters.
const SUMMARY_CHARS: usize = 280;

pub(super) fn write(
    document: &Document,
    entries: &[Entry],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let now = document.generated;
    let updated = feed_updated(document, entries);
    let sources: usize = entries.iter().map(|entry| entry.sources.len()).sum();
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(concat!("aggregate ", env!("CARGO_PKG_VERSION")));
                title { (document.title) }
                @if let Some(url) = safe_link(document.self_url) {
                    link rel="alternate" type="application/atom+xml" href=(url);
                }
                style { (PreEscaped(STYLE)) }
            }
            body {
                main {
                    header {
                        h1 {
                            @match safe_link(document.link) {
                                Some(link) => a href=(link) { (document.title) },
                                None => (document.title),
                            }
                        }
                        p {
                            (entries.len()) " stories from " (sources) " reports · updated "
                            (moment(updated, now))
                        }
                    }
                    @for entry in entries {
                        (story(entry, now))
                    }
                    @if entries.is_empty() {
                        p { "No stories in this window yet." }
                    }
                    footer { "Merged by aggregate " (env!("CARGO_PKG_VERSION")) " at " (exact(now)) "." }
                }
            }
        }
    };
    out.write_all(page.into_string().as_bytes())?;
    out.write_all(b"\n")
}

fn story(entry: &Entry, now: DateTime<Utc>) -> Markup {
    let count = entry.sources.len();
    html! {
        article id=(entry.id.0) {
            h2 {
                @match entry.link {
                    Some(link) => a href=(link) { (entry.title) },
                    None => (entry.title),
                }
            }
            p.meta {
                span.count { (count) @if count == 1 { " source" } @else { " sources" } }
                " · first reported " (moment(entry.published, now))
                @for tag in &entry.tags {
                    span.tag { (tag) }
                }
            }
            @if let Some(summary) = &entry.summary_text {
                p.summary { (crate::normalize::truncate_chars(summary, SUMMARY_CHARS)) }
            }
            ul.sources {
                @for source in &entry.sources {
                    li {
                        span.outlet { (source.feed) } ": "
                        @match safe_link(source.url.as_deref()) {
                            Some(url) => a href=(url) { (source.title) },
                            None => (source.title),
                        }
                        " " (moment(source.time(), now))
                    }
                }
            }
        }
    }
}

/// A time as readers say it, with the exact time on hover and for machines.
fn moment(time: DateTime<Utc>, now: DateTime<Utc>) -> Markup {
    html! {
        time datetime=(time.to_rfc3339()) title=(exact(time)) { (ago(time, now)) }
    }
}

fn exact(time: DateTime<Utc>) -> String {
    time.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// "just now", "12 min ago", "3 h ago", "2 days ago", or the date when older
/// than a week (or in the future, as a wrong clock makes it).
fn ago(time: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let seconds = (now - time).num_seconds();
    match seconds {
        ..0 => time.format("%Y-%m-%d").to_string(),
        0..60 => "just now".to_owned(),
        60..3600 => format!("{} min ago", seconds / 60),
        3600..86_400 => format!("{} h ago", seconds / 3600),
        86_400..172_800 => "yesterday".to_owned(),
        172_800..604_800 => format!("{} days ago", seconds / 86_400),
        _ => time.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::ago;

    #[test]
    fn times_read_the_way_people_say_them() {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
        let cases = [
            (now, "just now"),
            (now - chrono::Duration::minutes(12), "12 min ago"),
            (now - chrono::Duration::hours(3), "3 h ago"),
            (now - chrono::Duration::hours(30), "yesterday"),
            (now - chrono::Duration::days(3), "3 days ago"),
            (now - chrono::Duration::days(30), "2026-10-23"),
            (now + chrono::Duration::hours(2), "2026-11-22"),
        ];
        for (time, expected) in cases {
            assert_eq!(ago(time, now), expected);
        }
    }
}
