use chrono::{TimeZone, Utc};

use super::*;
use crate::model::{SourceId, StoryId};

fn fixture() -> (Vec<Story>, Vec<Cluster>) {
    let time = |hour| Utc.with_ymd_and_hms(2024, 3, 1, hour, 0, 0).unwrap();
    let story = |id: i64, feed: &str, title: &str, url: &str, hour| Story {
        id: StoryId(id),
        source: SourceId(id),
        feed: feed.to_owned(),
        key: format!("{feed}\n{id}"),
        title: title.to_owned(),
        url: Some(url.to_owned()),
        summary: Some(format!("Summary of {title} <script>alert(1)</script>")),
        published: Some(time(hour)),
        first_seen: time(hour),
        cluster: None,
    };
    let stories = vec![
        story(
            1,
            "GSMArena",
            "Xiaomi 14 Pro may not launch outside China",
            "https://a.example/1",
            8,
        ),
        story(
            2,
            "XiaomiTime",
            "Xiaomi 14 Pro's global launch uncertain & <b>bold</b>",
            "https://b.example/2",
            9,
        ),
        story(3, "Evil", "Pixel 9 leaks", "javascript:alert(1)", 10),
    ];
    let clusters = vec![
        Cluster {
            id: ClusterId("c-xiaomi".to_owned()),
            members: vec![0, 1],
        },
        Cluster {
            id: ClusterId("c-pixel".to_owned()),
            members: vec![2],
        },
    ];
    (stories, clusters)
}

fn render(format: Format) -> String {
    let (stories, clusters) = fixture();
    let document = Document {
        title: "Tech news, merged",
        stories: &stories,
        clusters: &clusters,
        generated: Utc.with_ymd_and_hms(2024, 3, 1, 12, 0, 0).unwrap(),
        self_url: Some("https://news.example/merged.xml"),
        link: Some("https://news.example/"),
        max_entries: None,
    };
    let mut out = Vec::new();
    write(&document, format, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn atom_output() {
    insta::assert_snapshot!(render(Format::Atom));
}

#[test]
fn rss_output() {
    insta::assert_snapshot!(render(Format::Rss));
}

#[test]
fn json_output() {
    insta::assert_snapshot!(render(Format::Json));
}

#[test]
fn html_output() {
    insta::assert_snapshot!(render(Format::Html));
}

#[test]
fn the_html_page_is_self_contained() {
    let page = render(Format::Html);
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    // No scripts, and nothing fetched from elsewhere: the only URLs are links.
    for forbidden in [
        "<script",
        "<link rel=\"stylesheet",
        "src=",
        "@import",
        "url(",
    ] {
        assert!(!page.contains(forbidden), "{forbidden}: {page}");
    }
    assert!(page.contains("2 sources"), "{page}");
    assert!(
        page.contains(r#"<span class="tag">Xiaomi 14 Pro</span>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<time datetime="2024-03-01T08:00:00+00:00" title="2024-03-01 08:00 UTC">4 h ago</time>"#),
        "{page}"
    );
}

#[test]
fn max_entries_keeps_the_newest() {
    let (stories, clusters) = fixture();
    let document = Document {
        title: "t",
        stories: &stories,
        clusters: &clusters,
        generated: Utc.with_ymd_and_hms(2024, 3, 1, 12, 0, 0).unwrap(),
        self_url: None,
        link: None,
        max_entries: Some(1),
    };
    let mut out = Vec::new();
    write(&document, Format::Json, &mut out).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["title"], "Pixel 9 leaks");
}

#[test]
fn no_script_or_javascript_link_survives() {
    for format in [Format::Atom, Format::Rss, Format::Json, Format::Html] {
        let text = render(format);
        assert!(!text.contains("<script"), "{format:?}: {text}");
        assert!(!text.contains("javascript:"), "{format:?}: {text}");
    }
}

#[test]
fn summaries_are_sanitised_against_the_usual_xss_payloads() {
    let payloads = [
        r#"<script>alert(1)</script>"#,
        r#"<img src=x onerror="alert(1)">"#,
        r#"<a href="javascript:alert(1)">click</a>"#,
        r#"<a href="JaVaScRiPt:alert(1)">click</a>"#,
        r#"<a href="&#106;avascript:alert(1)">entity</a>"#,
        r#"<iframe src="https://evil.example/"></iframe>"#,
        r#"<svg onload="alert(1)"><script>alert(1)</script></svg>"#,
        r#"<style>body { display: none }</style><p style="position:fixed">x</p>"#,
        r#"<form action="https://evil.example/"><input name="q"></form>"#,
        r#"<object data="x.swf"></object><embed src="x.swf">"#,
        r#"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>"#,
        r#"<div onmouseover="alert(1)">hover</div>"#,
        r#"<math><mi xlink:href="javascript:alert(1)">x</mi></math>"#,
    ];
    for payload in payloads {
        let clean = sanitize(payload, Some("https://outlet.example/story")).to_lowercase();
        for forbidden in [
            "<script",
            "javascript:",
            "onerror",
            "onload",
            "onmouseover",
            "<iframe",
            "<style",
            "style=",
            "<form",
            "<object",
            "<embed",
            "data:text",
            "<svg",
        ] {
            assert!(!clean.contains(forbidden), "{payload} gave {clean}");
        }
    }
}

#[test]
fn summaries_keep_formatting_and_resolve_relative_links() {
    let clean = sanitize(
        r#"<p>Read <a href="/review">the <b>review</b></a> and <img src="img/a.jpg" alt="a"></p>"#,
        Some("https://outlet.example/news/story"),
    );
    assert_eq!(
        clean,
        r#"<p>Read <a href="https://outlet.example/review" rel="noopener noreferrer nofollow">the <b>review</b></a> and <img src="https://outlet.example/news/img/a.jpg" alt="a"></p>"#
    );
    // Without a base, a relative link is dropped rather than left pointing nowhere.
    assert!(!sanitize(r#"<a href="/x">x</a>"#, None).contains("href"));
}
