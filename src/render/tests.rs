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
fn no_script_or_javascript_link_survives() {
    for format in [Format::Atom, Format::Rss, Format::Json] {
        let text = render(format);
        assert!(!text.contains("<script"), "{format:?}: {text}");
        assert!(!text.contains("javascript:"), "{format:?}: {text}");
    }
}
