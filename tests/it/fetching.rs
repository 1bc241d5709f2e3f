//! Fetching: conditional GET, failures that do not stop the run, timeouts.

use std::time::Duration;

use crate::support::{Route, Test};

#[test]
fn second_run_sends_validators_and_a_304_reparses_nothing() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .args(["-v"]);
    let first = test.run().success();
    assert!(
        first.stderr.contains("Outlet A: 2 stories, 2 new"),
        "{}",
        first.stderr
    );
    let second = test.run().success();
    assert!(
        second.stderr.contains("Outlet A: not modified"),
        "{}",
        second.stderr
    );
    let requests = test.server.received("/a.xml");
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].headers.get("if-none-match"), None);
    assert!(
        requests[1]
            .headers
            .get("if-none-match")
            .is_some_and(|etag| etag.starts_with('"'))
    );
    assert!(requests[0].headers["user-agent"].starts_with("aggregate/"));
    assert_eq!(
        second.entries(),
        first.entries(),
        "a 304 still renders what is stored"
    );
}

#[test]
fn failing_feeds_are_named_and_the_rest_still_land() {
    let output = Test::new()
        .serve("Good", "/good.xml", "rss2-launch.xml")
        .route("Gone", "/gone.xml", Route::status(404))
        .route(
            "Broken",
            "/broken.xml",
            Route::fixture("rss2-truncated.xml"),
        )
        .route("Web page", "/page.html", Route::fixture("not-a-feed.html"))
        .route("Flaky", "/flaky.xml", Route::status(500))
        .run();
    assert_eq!(output.code, 2, "finished with failures: {}", output.stderr);
    let stderr = output.stderr.clone();
    assert!(
        stderr.contains("feed \"Gone\" failed: HTTP 404"),
        "{stderr}"
    );
    assert!(
        stderr.contains("feed \"Broken\" failed: not a valid feed"),
        "{stderr}"
    );
    assert!(
        stderr.contains("feed \"Web page\" failed: got an HTML page, not a feed"),
        "{stderr}"
    );
    assert!(
        stderr.contains("feed \"Flaky\" failed: HTTP 500"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 4, "{stderr}");
    assert_eq!(output.entries().len(), 2);
}

#[test]
fn quiet_hides_feed_failures_but_not_the_exit_code() {
    let output = Test::new()
        .route("Gone", "/gone.xml", Route::status(410))
        .args(["-q"])
        .run();
    assert_eq!((output.code, output.stderr.as_str()), (2, ""));
}

#[test]
fn slow_feeds_time_out() {
    let mut slow = Route::fixture("rss2-launch.xml");
    slow.delay = Duration::from_secs(5);
    let output = Test::new()
        .route("Slow", "/slow.xml", slow)
        .serve("Fast", "/fast.json", "json-feed-1.1.json")
        .config("[fetch]\ntimeout = \"1s\"\n")
        .run();
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("feed \"Slow\" failed: timed out"),
        "{}",
        output.stderr
    );
    assert_eq!(output.entries().len(), 2);
}

#[test]
fn offline_renders_from_the_database_without_fetching() {
    let test = Test::new().serve("Outlet A", "/a.xml", "rss2-launch.xml");
    let online = test.run().success();
    let offline = test.run_with(&["--offline"]).success();
    assert_eq!(test.server.received("/a.xml").len(), 1);
    assert_eq!(offline.entries(), online.entries());
}

#[test]
fn output_file_is_replaced_whole() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .args(["-o", "merged.json"]);
    test.run().success();
    let path = test.dir.path().join("merged.json");
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(written["items"].as_array().unwrap().len(), 2);
    let leftovers: Vec<_> = std::fs::read_dir(test.dir.path())
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
