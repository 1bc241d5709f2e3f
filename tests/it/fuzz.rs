//! A property-test stand-in for a fuzzer: arbitrary bytes, and feed-shaped
//! text made of hostile pieces, go through parse -> normalise -> cluster ->
//! render (every format) without a panic, and what is rendered is well formed.
//!
//! `cargo test --test it fuzz` runs a few hundred cases; for a long run:
//! `PROPTEST_CASES=1000000 cargo test --release --test it fuzz`.

use aggregate::cluster::{self, Params};
use aggregate::model::{SourceId, Story, StoryId};
use aggregate::parse;
use aggregate::render::{self, Document, Format};
use chrono::{TimeZone, Utc};
use proptest::prelude::*;

/// Pieces real and hostile feeds are made of.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".to_owned()),
        Just("<?xml version=\"1.0\" encoding=\"windows-1252\"?>".to_owned()),
        Just("<rss version=\"2.0\"><channel>".to_owned()),
        Just("</channel></rss>".to_owned()),
        Just("<feed xmlns=\"http://www.w3.org/2005/Atom\">".to_owned()),
        Just("</feed>".to_owned()),
        Just("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">".to_owned()),
        Just("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\",\"items\":[".to_owned()),
        Just("{\"id\":\"1\",\"title\":\"Pixel 9 leak\",\"url\":\"javascript:alert(1)\"}".to_owned()),
        Just("]}".to_owned()),
        Just("<item>".to_owned()),
        Just("</item>".to_owned()),
        Just("<entry>".to_owned()),
        Just("</entry>".to_owned()),
        Just("<title>".to_owned()),
        Just("</title>".to_owned()),
        Just("<link>".to_owned()),
        Just("</link>".to_owned()),
        Just("<link href=\"/relative\"/>".to_owned()),
        Just("<guid>".to_owned()),
        Just("</guid>".to_owned()),
        Just("<description>".to_owned()),
        Just("</description>".to_owned()),
        Just("<pubDate>Tue, 13 Aug 2024 17:00:00 GMT</pubDate>".to_owned()),
        Just("<updated>9999-99-99T99:99:99Z</updated>".to_owned()),
        Just("<![CDATA[<script>alert(1)</script><img src=x onerror=alert(1)>]]>".to_owned()),
        Just("&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;".to_owned()),
        Just("&amp; & &#x0; &#xFFFF; &unknown;".to_owned()),
        Just("Xiaomi 14 Pro may not launch outside China".to_owned()),
        Just("Galaxy S24+ vs S24 Ultra".to_owned()),
        Just("Snapdragon 8s Gen 3 ...".to_owned()),
        Just("\u{feff}\u{202e}\u{0} \t\r\n".to_owned()),
        "[ -~]{0,40}",
        "\\PC{0,20}",
    ]
}

fn feed_text() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(piece(), 0..40).prop_map(|pieces| pieces.concat().into_bytes())
}

/// Parses `body` as two feeds (so clustering has pairs), clusters and renders.
fn pipeline(body: &[u8]) {
    let Ok(feed) = parse::parse_feed(body, "https://outlet.example/feed.xml") else {
        return;
    };
    let now = Utc.with_ymd_and_hms(2024, 8, 14, 12, 0, 0).unwrap();
    let stories: Vec<Story> = (0..2)
        .flat_map(|copy| {
            feed.stories
                .iter()
                .enumerate()
                .map(move |(index, story)| Story {
                    id: StoryId((copy * 100_000 + index) as i64),
                    source: SourceId(copy as i64),
                    feed: format!("Outlet {copy}"),
                    key: format!("{copy}\n{}", story.guid),
                    title: story.title.clone(),
                    url: story.url.clone(),
                    summary: story.summary.clone(),
                    published: story.published,
                    first_seen: now,
                    cluster: None,
                })
        })
        .collect();
    let clusters = cluster::cluster(&stories, &Params::default());
    let members: usize = clusters.iter().map(|cluster| cluster.members.len()).sum();
    assert_eq!(members, stories.len());
    for (_, format) in Format::ALL {
        let document = Document {
            title: "Fuzz",
            stories: &stories,
            clusters: &clusters,
            generated: now,
            self_url: Some("https://news.example/feed.xml"),
            link: None,
            max_entries: None,
        };
        let mut out = Vec::new();
        render::write(&document, format, &mut out).expect("rendering into memory cannot fail");
        let text = String::from_utf8(out).expect("output is UTF-8");
        let lower = text.to_lowercase();
        assert!(!lower.contains("<script"), "{format:?}: {text}");
        assert!(!lower.contains("javascript:"), "{format:?}: {text}");
        if format == Format::Json {
            serde_json::from_str::<serde_json::Value>(&text).expect("valid JSON");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|cases| cases.parse().ok()).unwrap_or(300)
    ))]

    #[test]
    fn arbitrary_bytes_never_panic(body in prop::collection::vec(any::<u8>(), 0..2000)) {
        pipeline(&body);
    }

    #[test]
    fn feed_shaped_garbage_never_panics(body in feed_text()) {
        pipeline(&body);
    }
}
