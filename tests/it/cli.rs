//! The command line around a run: check, completions, man page, JSON report.

use crate::support::{Route, Test};

#[test]
fn check_validates_without_fetching_and_shows_the_plan() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .outputs(
            "[[output]]\npath = \"all.xml\"\n\n[[output]]\npath = \"pixel.html\"\nformat = \"html\"\ndevices = [\"Pixel\"]\n",
        );
    let output = test.run_with(&["check"]).success();
    assert!(
        output.stdout.starts_with("feeds.toml: ok\n"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("fetch: 1 feeds, 16 at once"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("pixel.html (html)"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("devices: pixel"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("Outlet A: http://127.0.0.1:"),
        "{}",
        output.stdout
    );
    assert!(
        test.server.received("/a.xml").is_empty(),
        "check fetches nothing"
    );
    assert!(
        !test.dir.path().join("aggregate.db").exists(),
        "and creates nothing"
    );

    let bad = Test::new()
        .config("[fetch]\nper_host = 0\n")
        .run_with(&["check"]);
    assert_eq!(bad.code, 64);
    assert!(
        bad.stderr.contains("[fetch] per_host: must be at least 1"),
        "{}",
        bad.stderr
    );
}

#[test]
fn completions_and_man_page_come_from_the_flag_definitions() {
    let test = Test::new();
    for shell in ["bash", "zsh", "fish"] {
        let output = test.run_with(&["completions", shell]).success();
        assert!(
            output.stdout.contains("offline"),
            "{shell}: {}",
            output.stdout
        );
        assert!(
            output.stdout.contains("explain"),
            "{shell}: {}",
            output.stdout
        );
    }
    let man = test.run_with(&["man"]).success();
    assert!(man.stdout.contains(".TH aggregate 1"), "{}", man.stdout);
    assert!(man.stdout.contains("offline"), "{}", man.stdout);
}

#[test]
fn json_report_for_monitoring() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .route("Down", "/down.xml", Route::status(404))
        .outputs("[output]\npath = \"merged.xml\"\nsince = \"2026-11-01\"\n");
    let output = test.run_with(&["--json", "-q"]);
    assert_eq!(output.code, 2);
    let report: serde_json::Value = serde_json::from_str(&output.stdout).expect("one JSON object");
    assert_eq!(report["feeds"], 2);
    assert_eq!(report["fetched"], 1);
    assert_eq!(report["new_stories"], 2);
    assert_eq!(report["entries"], 2);
    assert_eq!(report["failures"][0]["feed"], "Down");
    assert_eq!(report["failures"][0]["reason"], "HTTP 404 Not Found");

    // With the feed itself on standard output there is no room for a report.
    let clash = Test::new().run_with(&["--json", "-o", "-"]);
    assert_eq!(clash.code, 64);
    assert!(
        clash.stderr.contains("--json prints the run report"),
        "{}",
        clash.stderr
    );
}

#[test]
fn opml_import_keeps_comments_skips_duplicates_and_round_trips() {
    let test = Test::new().serve("Outlet A", "/a.xml", "rss2-launch.xml");
    test.write_config();
    let config = test.dir.path().join("feeds.toml");
    let mut toml = std::fs::read_to_string(&config).unwrap();
    toml.insert_str(0, "# My feeds, hand-kept.\n");
    std::fs::write(&config, &toml).unwrap();
    let existing = test.server.url("/a.xml");
    let opml = format!(
        r#"<?xml version="1.0"?><opml version="2.0"><head><title>Reader</title></head><body>
        <outline text="Phones"><outline text="New Outlet" xmlUrl="https://new.example/feed"/></outline>
        <outline text="Outlet A again" xmlUrl="{existing}"/>
        <outline text="Not web" xmlUrl="ftp://old.example/feed"/>
        </body></opml>"#
    );
    std::fs::write(test.dir.path().join("reader.opml"), opml).unwrap();
    let imported = test
        .run_as_is(crate::support::NOW, &["feeds", "import", "reader.opml"])
        .success();
    assert!(
        imported
            .stdout
            .contains("added New Outlet: https://new.example/feed"),
        "{}",
        imported.stdout
    );
    assert!(
        imported.stdout.contains("1 added, 2 skipped"),
        "{}",
        imported.stdout
    );
    let edited = std::fs::read_to_string(&config).unwrap();
    assert!(edited.starts_with("# My feeds, hand-kept.\n"), "{edited}");
    assert!(
        edited.contains("name = \"New Outlet\"\nurl = \"https://new.example/feed\""),
        "{edited}"
    );

    let exported = test
        .run_as_is(crate::support::NOW, &["feeds", "export"])
        .success();
    assert!(
        exported.stdout.contains("<opml version=\"2.0\">"),
        "{}",
        exported.stdout
    );
    assert_eq!(
        exported.stdout.matches("<outline ").count(),
        2,
        "{}",
        exported.stdout
    );
    std::fs::write(test.dir.path().join("again.opml"), &exported.stdout).unwrap();
    let again = test
        .run_as_is(crate::support::NOW, &["feeds", "import", "again.opml"])
        .success();
    assert!(
        again.stdout.contains("0 added, 2 skipped"),
        "{}",
        again.stdout
    );
}

#[test]
fn feeds_add_discovers_the_feed_of_a_page_and_remove_takes_it_out() {
    let test = Test::new();
    let mut page = Route::status(200);
    page.content_type = "text/html";
    page.body = br#"<!doctype html><html><head><title>Outlet A</title>
        <link rel="alternate" type="application/rss+xml" href="/site/feed.xml"></head>
        <body>News</body></html>"#
        .to_vec();
    test.server.route("/site/", page);
    test.server
        .route("/site/feed.xml", Route::fixture("rss2-launch.xml"));
    test.write_config();
    let site = test.server.url("/site/");
    let feed = test.server.url("/site/feed.xml");
    let added = test
        .run_as_is(crate::support::NOW, &["feeds", "add", &site])
        .success();
    assert_eq!(added.stdout.trim(), format!("added Outlet A: {feed}"));
    let again = test
        .run_as_is(crate::support::NOW, &["feeds", "add", &feed])
        .success();
    assert!(again.stdout.starts_with("already in"), "{}", again.stdout);
    // The added feed is fetched by the next run.
    let run = test.run_as_is(crate::support::NOW, &[]).success();
    assert_eq!(run.entries().len(), 2);

    let removed = test
        .run_as_is(crate::support::NOW, &["feeds", "remove", "Outlet A"])
        .success();
    assert!(
        removed.stdout.contains("removed 1 feed(s)"),
        "{}",
        removed.stdout
    );
    let config = std::fs::read_to_string(test.dir.path().join("feeds.toml")).unwrap();
    assert!(!config.contains(&feed), "{config}");
    let missing = test.run_as_is(crate::support::NOW, &["feeds", "remove", "Outlet A"]);
    assert_eq!(missing.code, 64);

    let not_a_feed = test.run_as_is(
        crate::support::NOW,
        &["feeds", "add", &test.server.url("/nothing")],
    );
    assert_eq!(not_a_feed.code, 1, "{}", not_a_feed.stderr);
}

#[test]
fn explain_shows_why_stories_merged_or_stayed_apart() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .serve("Outlet C", "/c.json", "json-feed-1.1.json");
    let run = test.run().success();
    let merged = test
        .run_with(&[
            "explain",
            "https://a.example/xiaomi-14-pro-china",
            "https://c.example/xiaomi-14-pro-rumor",
        ])
        .success();
    assert!(
        merged.stdout.contains("models:  xiaomi 14 pro"),
        "{}",
        merged.stdout
    );
    assert!(
        merged.stdout.ends_with("verdict: merged\n"),
        "{}",
        merged.stdout
    );
    let apart = test
        .run_with(&[
            "explain",
            "https://a.example/s24-ultra-teardown",
            "https://c.example/s24-ultra-review",
        ])
        .success();
    assert!(
        apart
            .stdout
            .contains("veto: different events: teardown vs review")
            || apart
                .stdout
                .contains("veto: different events: review vs teardown"),
        "{}",
        apart.stdout
    );
    assert!(
        apart.stdout.ends_with("verdict: kept apart\n"),
        "{}",
        apart.stdout
    );
    // By entry id: every source of the entry against its primary.
    let json = run.json();
    let entry = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["_aggregate"]["sources"].as_array().unwrap().len() == 2)
        .expect("the merged entry");
    let by_id = test
        .run_with(&["explain", entry["id"].as_str().unwrap()])
        .success();
    assert!(by_id.stdout.contains("verdict: merged"), "{}", by_id.stdout);

    let nothing = Test::new();
    let missing = nothing.run_with(&["explain", "https://a.example/x"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("no database at"),
        "{}",
        missing.stderr
    );
    assert!(!nothing.dir.path().join("aggregate.db").exists());
}
