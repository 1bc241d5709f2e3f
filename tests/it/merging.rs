//! The merged feed: rewordings become one entry, siblings and other events stay apart.

use crate::support::{Route, Test};

#[test]
fn rewordings_across_outlets_merge_and_siblings_stay_apart() {
    let output = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .serve("Outlet B", "/b.atom", "atom-relative-links.xml")
        .serve("Outlet C", "/c.json", "json-feed-1.1.json")
        .run()
        .success();
    let mut entries = output.entries();
    entries.sort();
    assert_eq!(
        entries,
        vec![
            "Outlet A: Galaxy S24 Ultra teardown shows a bigger vapor chamber",
            "Outlet A: Xiaomi 14 Pro may not launch outside China \
             + Outlet B: Xiaomi 14 Pro's Global Launch Uncertain Amidst HyperOS Development \
             + Outlet C: Rumor suggests that Xiaomi 14 Pro might not make it beyond China",
            "Outlet B: Xiaomi 14 Ultra global launch confirmed for February",
            "Outlet C: Galaxy S24 Ultra review: great screen, heavy price",
        ]
    );
}

#[test]
fn entry_ids_survive_later_runs_and_new_sources() {
    let test = Test::new().serve("Outlet A", "/a.xml", "rss2-launch.xml");
    let first = test.run().success().json();
    let ids = |json: &serde_json::Value| sorted_field(json, "id");
    let test = test.serve("Outlet C", "/c.json", "json-feed-1.1.json");
    let second = test.run().success().json();
    let first_ids = ids(&first);
    let second_ids = ids(&second);
    assert!(
        first_ids.iter().all(|id| second_ids.contains(id)),
        "{first_ids:?} vs {second_ids:?}"
    );
    assert_eq!(
        second_ids.len(),
        3,
        "the review is new; the rumour joined the existing entry"
    );
}

#[test]
fn atom_output_is_stable() {
    let output = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .serve("Outlet B", "/b.atom", "atom-relative-links.xml")
        .args(["--format", "atom"])
        .run()
        .success();
    // The fixture server's port changes between runs, and entry ids derive
    // from the feed URL, so hide both.
    let port = regex_free_port(&output.stdout);
    insta::assert_snapshot!(redact_ids(&output.stdout.replace(&port, "PORT")));
}

/// One string field of every item of a JSON Feed, sorted.
fn sorted_field(json: &serde_json::Value, field: &str) -> Vec<String> {
    let mut values: Vec<String> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item[field].as_str().unwrap().to_owned())
        .collect();
    values.sort();
    values
}

/// Replaces each UUID after "urn:uuid:" with its order of appearance.
fn redact_ids(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    let mut seen: Vec<String> = Vec::new();
    while let Some(at) = rest.find("urn:uuid:") {
        let start = at + "urn:uuid:".len();
        let uuid = rest[start..].chars().take(36).collect::<String>();
        let number = seen
            .iter()
            .position(|known| *known == uuid)
            .unwrap_or_else(|| {
                seen.push(uuid.clone());
                seen.len() - 1
            });
        out.push_str(&rest[..start]);
        out.push_str(&format!("ID-{number}"));
        rest = &rest[start + uuid.len()..];
    }
    out.push_str(rest);
    out
}

/// The "127.0.0.1:NNNN" in the output, found without a regex crate.
fn regex_free_port(text: &str) -> String {
    let start = text
        .find("127.0.0.1:")
        .map_or(0, |at| at + "127.0.0.1:".len());
    text[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

#[test]
fn since_limits_the_entries() {
    let output = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .args(["--since", "2026-11-20T08:30:00Z"])
        .run()
        .success();
    assert_eq!(
        output.entries(),
        vec!["Outlet A: Galaxy S24 Ultra teardown shows a bigger vapor chamber"]
    );
}

#[test]
fn the_demo_runs_offline_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let config = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo/feeds.toml");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_aggregate"))
        .args([
            "--config",
            config.to_str().unwrap(),
            "--format",
            "json",
            "-o",
            "-",
            "--now",
            crate::support::NOW,
        ])
        .arg("--db")
        .arg(dir.path().join("demo.db"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let items = json["items"].as_array().unwrap();
    let sources: usize = items
        .iter()
        .map(|item| item["_aggregate"]["sources"].as_array().unwrap().len())
        .sum();
    assert_eq!((items.len(), sources), (8, 13));
}

#[test]
fn several_outputs_each_get_their_stories_from_one_run() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .serve("Outlet C", "/c.json", "json-feed-1.1.json")
        .outputs(
            "[[output]]\npath = \"all.json\"\nformat = \"json\"\nsince = \"2026-11-01\"\n\
             self_url = \"https://news.example/all.json\"\nlink = \"https://news.example/\"\n\n\
             [[output]]\npath = \"galaxy.json\"\nformat = \"json\"\nsince = \"2026-11-01\"\n\
             devices = [\"Galaxy S24 Ultra\"]\n\n\
             [[output]]\npath = \"rumours.json\"\nformat = \"json\"\nsince = \"2026-11-01\"\n\
             keywords = [\"rumor\"]\nfeeds = [\"outlet c\"]\n\n\
             [[output]]\npath = \"river.html\"\nformat = \"html\"\nsince = \"2026-11-01\"\nmax_entries = 1\n",
        );
    test.run().success();
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(test.dir.path().join(name)).unwrap()).unwrap()
    };
    let titles = |json: &serde_json::Value| sorted_field(json, "title");
    let all = read("all.json");
    assert_eq!(all["feed_url"], "https://news.example/all.json");
    assert_eq!(all["home_page_url"], "https://news.example/");
    assert_eq!(titles(&all).len(), 3);
    assert_eq!(
        titles(&read("galaxy.json")),
        vec![
            "Galaxy S24 Ultra review: great screen, heavy price",
            "Galaxy S24 Ultra teardown shows a bigger vapor chamber"
        ]
    );
    assert_eq!(
        titles(&read("rumours.json")),
        vec!["Xiaomi 14 Pro may not launch outside China"]
    );
    let page = std::fs::read_to_string(test.dir.path().join("river.html")).unwrap();
    assert_eq!(page.matches("<article").count(), 1, "{page}");
}

/// An RSS feed of `(guid, title, description)` items dated 20 Nov 2026,
/// an hour apart from `first_hour` on.
fn rss_route(first_hour: usize, items: &[(&str, &str, Option<&str>)]) -> Route {
    let mut body = String::from(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\
         <link>https://example.com/</link><description>D</description>",
    );
    for (index, (guid, title, description)) in items.iter().enumerate() {
        body.push_str(&format!(
            "<item><title>{title}</title><link>https://example.com/{guid}</link>\
             <guid isPermaLink=\"false\">{guid}</guid>\
             <pubDate>Fri, 20 Nov 2026 {:02}:30:00 GMT</pubDate>",
            first_hour + index
        ));
        if let Some(description) = description {
            body.push_str(&format!(
                "<description><![CDATA[{description}]]></description>"
            ));
        }
        body.push_str("</item>");
    }
    body.push_str("</channel></rss>");
    Route {
        body: body.into_bytes(),
        content_type: "application/rss+xml",
        ..Route::status(200)
    }
}

#[test]
fn summaries_vouch_for_headlines_that_share_few_words() {
    let run = |with_summaries: bool| {
        let summary = |text: &'static str| with_summaries.then_some(text);
        Test::new()
            .route(
                "Wire",
                "/wire.xml",
                rss_route(
                    0,
                    &[
                    (
                        "w1",
                        "Intel suspends its dividend in a $10 billion cost-cutting plan",
                        summary(
                            "<p>The chipmaker Intel will lay off more than 15,000 employees and suspend its \
                             dividend as it cuts $10 billion in costs, CEO Pat Gelsinger said.</p>",
                        ),
                    ),
                    ("w2", "Apple unveils new iPad mini with A17 Pro chip", None),
                ],
                ),
            )
            .route(
                "Daily",
                "/daily.xml",
                // Five hours on: the hours of the first report, when a name
                // and one more word would do, are over.
                rss_route(
                    5,
                    &[(
                    "d1",
                    "Intel is laying off over 15,000 employees",
                    summary(
                        "The chipmaker Intel told staff it will lay off more than 15,000 \
                         employees to cut $10 billion in costs. <a href=\"/more\">Read more</a>",
                    ),
                )],
                ),
            )
            .run()
            .success()
            .entries()
            .len()
    };
    assert_eq!(run(false), 3, "the headlines alone are too far apart");
    assert_eq!(run(true), 2, "their summaries agree");
}

#[test]
fn an_entry_keeps_the_sources_it_gathered_before_the_loaded_window() {
    // Six outlets report one outage twelve hours apart, from 80 hours before
    // the second run: the cluster outlasts the 24-hour output and the 36-hour
    // context behind it, and its entry still lists all six, first one first.
    let hours_before_now = [80, 68, 56, 44, 32, 2];
    let mut test = Test::new();
    for (n, hours) in hours_before_now.iter().enumerate() {
        let time = chrono::DateTime::parse_from_rfc3339(crate::support::NOW).unwrap()
            - chrono::Duration::hours(*hours);
        let body = format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Outlet {n}</title>\
             <link>https://outlet{n}.example/</link><item>\
             <title>Xbox Live outage hits players worldwide, day {n}</title>\
             <link>https://outlet{n}.example/xbox</link><guid>xbox-{n}</guid>\
             <pubDate>{}</pubDate></item></channel></rss>",
            time.to_rfc2822()
        );
        let mut route = Route::status(200);
        route.body = body.into_bytes();
        test = test.route(&format!("Outlet {n}"), &format!("/{n}.xml"), route);
    }
    let test = test.outputs("[output]\npath = \"-\"\nformat = \"json\"\nsince = \"24h\"\n");
    // The first run, a day earlier, sees the first five together.
    let early = chrono::DateTime::parse_from_rfc3339(crate::support::NOW).unwrap()
        - chrono::Duration::hours(20);
    test.run_at(&early.to_rfc3339(), &["--since", "100h"])
        .success();
    let entries = test.run().success().entries();
    assert_eq!(entries.len(), 1, "{entries:?}");
    let sources: Vec<&str> = entries[0].split(" + ").collect();
    assert_eq!(sources.len(), 6, "{entries:?}");
    assert!(sources[0].starts_with("Outlet 0: "), "{entries:?}");
}
