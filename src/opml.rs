//! OPML 2.0, the format feed readers exchange subscription lists in: read
//! with quick-xml (outlines nested in folders too), written with its writer.

use quick_xml::Reader;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// One subscription: a feed URL and its title, if the list gives one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub title: Option<String>,
    pub url: String,
}

/// Reads every `<outline xmlUrl="...">`, at any depth, in document order.
pub fn read(text: &str) -> anyhow::Result<Vec<Subscription>> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut subscriptions = Vec::new();
    let mut saw_opml = false;
    loop {
        match reader.read_event()? {
            Event::Start(element) | Event::Empty(element) => match element.local_name().as_ref() {
                "opml" => saw_opml = true,
                "outline" => {
                    let mut url = None;
                    let mut title = None;
                    let mut text = None;
                    for attribute in element.attributes() {
                        let attribute = attribute?;
                        let value = attribute
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)?
                            .trim()
                            .to_owned();
                        match attribute.key.local_name().as_ref() {
                            "xmlUrl" | "xmlurl" => url = Some(value),
                            "title" => title = Some(value),
                            "text" => text = Some(value),
                            _ => {}
                        }
                    }
                    if let Some(url) = url.filter(|url| !url.is_empty()) {
                        subscriptions.push(Subscription {
                            title: title.or(text).filter(|title| !title.is_empty()),
                            url,
                        });
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    anyhow::ensure!(saw_opml, "not an OPML document (no <opml> element)");
    Ok(subscriptions)
}

/// Writes an OPML 2.0 document listing `subscriptions`.
pub fn write(title: &str, subscriptions: &[Subscription]) -> anyhow::Result<String> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer.write_event(Event::Start(
        BytesStart::new("opml").with_attributes([("version", "2.0")]),
    ))?;
    writer.write_event(Event::Start(BytesStart::new("head")))?;
    writer.write_event(Event::Start(BytesStart::new("title")))?;
    writer.write_event(Event::Text(BytesText::new(title)))?;
    writer.write_event(Event::End(BytesEnd::new("title")))?;
    writer.write_event(Event::End(BytesEnd::new("head")))?;
    writer.write_event(Event::Start(BytesStart::new("body")))?;
    for subscription in subscriptions {
        let name = subscription.title.as_deref().unwrap_or(&subscription.url);
        writer.write_event(Event::Empty(BytesStart::new("outline").with_attributes([
            ("type", "rss"),
            ("text", name),
            ("title", name),
            ("xmlUrl", subscription.url.as_str()),
        ])))?;
    }
    writer.write_event(Event::End(BytesEnd::new("body")))?;
    writer.write_event(Event::End(BytesEnd::new("opml")))?;
    let mut text = String::from_utf8(writer.into_inner())?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_titles_urls_and_escapes() {
        let subscriptions = vec![
            Subscription {
                title: Some("Tom's Hardware & Co <news>".to_owned()),
                url: "https://example.com/feed?a=1&b=2".to_owned(),
            },
            Subscription {
                title: None,
                url: "https://example.org/rss".to_owned(),
            },
        ];
        let text = write("My feeds", &subscriptions).unwrap();
        assert!(text.contains("&amp;b=2"), "{text}");
        let read_back = read(&text).unwrap();
        assert_eq!(read_back[0], subscriptions[0]);
        // A subscription without a title is exported with its URL as its name.
        assert_eq!(
            read_back[1].title.as_deref(),
            Some("https://example.org/rss")
        );
    }

    #[test]
    fn outlines_in_folders_are_found_and_folders_skipped() {
        let text = r#"<?xml version="1.0"?><opml version="1.0"><head/><body>
            <outline text="Phones"><outline text="GSMArena" xmlUrl="https://www.gsmarena.com/rss-news-reviews.php3"/></outline>
            <outline text="The Verge" type="rss" xmlUrl=" https://www.theverge.com/rss/index.xml "/>
            </body></opml>"#;
        let subscriptions = read(text).unwrap();
        assert_eq!(subscriptions.len(), 2);
        assert_eq!(subscriptions[0].title.as_deref(), Some("GSMArena"));
        assert_eq!(
            subscriptions[1].url,
            "https://www.theverge.com/rss/index.xml"
        );
        assert!(read("<rss/>").is_err());
    }
}
