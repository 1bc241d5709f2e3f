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
fn slow_feeds_time_out_and_a_timeout_is_retried() {
    let mut slow = Route::fixture("rss2-launch.xml");
    slow.delay = Duration::from_secs(5);
    let test = Test::new()
        .route("Slow", "/slow.xml", slow)
        .serve("Fast", "/fast.json", "json-feed-1.1.json")
        .config("[fetch]\ntimeout = \"1s\"\nretries = 1\nbackoff = \"0s\"\n");
    let output = test.run();
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("feed \"Slow\" failed: timed out"),
        "{}",
        output.stderr
    );
    assert_eq!(test.server.received("/slow.xml").len(), 2);
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

#[test]
fn a_server_error_is_retried_and_the_feed_lands() {
    let test = Test::new()
        .feed("Flaky", "/flaky.xml")
        .config("[fetch]\nbackoff = \"0s\"\n");
    test.server.routes_in_turn(
        "/flaky.xml",
        vec![Route::status(500), Route::fixture("rss2-launch.xml")],
    );
    let output = test.run().success();
    assert_eq!(test.server.received("/flaky.xml").len(), 2);
    assert_eq!(output.entries().len(), 2, "{}", output.stdout);
}

#[test]
fn retries_stop_after_the_configured_number() {
    let test = Test::new()
        .route("Down", "/down.xml", Route::status(502))
        .config("[fetch]\nbackoff = \"0s\"\nretries = 3\n");
    let output = test.run();
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("feed \"Down\" failed: HTTP 502"),
        "{}",
        output.stderr
    );
    assert_eq!(test.server.received("/down.xml").len(), 4);
}

#[test]
fn client_errors_are_not_retried() {
    let test = Test::new()
        .route("Gone", "/gone.xml", Route::status(410))
        .route("Missing", "/missing.xml", Route::status(404))
        .serve("Fine", "/fine.xml", "rss2-launch.xml")
        .config("[fetch]\nbackoff = \"0s\"\n");
    let output = test.run();
    assert_eq!(output.code, 2);
    assert!(output.stderr.contains("feed \"Gone\" failed: HTTP 410"));
    assert!(output.stderr.contains("feed \"Missing\" failed: HTTP 404"));
    assert_eq!(test.server.received("/gone.xml").len(), 1);
    assert_eq!(test.server.received("/missing.xml").len(), 1);
    assert_eq!(output.entries().len(), 2);
}

#[test]
fn retry_after_is_honoured_across_runs() {
    let test = Test::new()
        .feed("Busy", "/busy.xml")
        .serve("Fine", "/fine.xml", "rss2-launch.xml")
        .config("[fetch]\nbackoff = \"0s\"\n");
    test.server.routes_in_turn(
        "/busy.xml",
        vec![
            Route::status(429).header("Retry-After", "3600"),
            Route::fixture("json-feed-1.1.json"),
        ],
    );
    let first = test.run();
    assert_eq!(first.code, 2);
    assert!(
        first
            .stderr
            .contains("HTTP 429 Too Many Requests, retry after 3600 s"),
        "{}",
        first.stderr
    );
    assert_eq!(
        test.server.received("/busy.xml").len(),
        1,
        "a 429 is not retried"
    );

    // Half an hour later the feed is still skipped: no request, no failure.
    let second = test.run_at("2026-11-22T12:30:00Z", &["-v"]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(
        second
            .stderr
            .contains("Busy: skipped until 2026-11-22T13:00:00"),
        "{}",
        second.stderr
    );
    assert_eq!(test.server.received("/busy.xml").len(), 1);

    // After the hour it is fetched again.
    let third = test.run_at("2026-11-22T13:01:00Z", &[]).success();
    assert_eq!(test.server.received("/busy.xml").len(), 2);
    // The two feeds' four stories, two of them one story.
    assert_eq!(third.entries().len(), 3, "{}", third.stdout);
}

#[test]
fn a_503_with_retry_after_date_waits_until_then() {
    let test = Test::new().route(
        "Maintenance",
        "/m.xml",
        Route::status(503).header("Retry-After", "Sun, 22 Nov 2026 18:00:00 GMT"),
    );
    let first = test.run();
    assert_eq!(first.code, 2);
    assert_eq!(
        test.server.received("/m.xml").len(),
        1,
        "not retried within the run"
    );
    test.run_at("2026-11-22T17:59:00Z", &[]).success();
    assert_eq!(test.server.received("/m.xml").len(), 1);
    test.run_at("2026-11-22T18:00:01Z", &[]);
    assert_eq!(test.server.received("/m.xml").len(), 2);
}

#[test]
fn permanent_redirects_are_followed_and_reported() {
    let test = Test::new()
        .route("Moved", "/old.xml", Route::redirect(301, "/new.xml"))
        .route(
            "Temporary",
            "/temp.xml",
            Route::redirect(302, "/elsewhere.xml"),
        )
        .route("Moved too", "/old2.xml", Route::redirect(308, "/new.xml"));
    test.server
        .route("/new.xml", Route::fixture("rss2-launch.xml"));
    test.server
        .route("/elsewhere.xml", Route::fixture("json-feed-1.1.json"));
    let output = test.run().success();
    // Every feed landed (two of them are the same feed): three entries.
    assert_eq!(output.entries().len(), 3);
    let new_url = test.server.url("/new.xml");
    assert!(
        output.stderr.contains(&format!(
            "feed \"Moved\" moved permanently to {new_url}: update its url in"
        )),
        "{}",
        output.stderr
    );
    assert!(
        output.stderr.contains(&format!(
            "feed \"Moved too\" moved permanently to {new_url}"
        )),
        "{}",
        output.stderr
    );
    assert!(!output.stderr.contains("Temporary"), "{}", output.stderr);

    let feeds = test.run_with(&["feeds"]).success();
    assert!(
        feeds.stdout.contains(&format!("moved to {new_url}")),
        "{}",
        feeds.stdout
    );
}

#[test]
fn redirect_loops_are_cut_off() {
    let test = Test::new()
        .route("Loop", "/a.xml", Route::redirect(302, "/b.xml"))
        .serve("Fine", "/fine.xml", "rss2-launch.xml");
    test.server.route("/b.xml", Route::redirect(307, "/a.xml"));
    let output = test.run();
    assert_eq!(output.code, 2);
    assert!(
        output
            .stderr
            .contains("feed \"Loop\" failed: more than 5 redirects"),
        "{}",
        output.stderr
    );
    assert_eq!(output.entries().len(), 2);
}

#[test]
fn a_server_that_drips_bytes_is_cut_off_at_the_timeout() {
    let mut drip = Route::fixture("rss2-launch.xml");
    drip.drip = Some(Duration::from_millis(50));
    let test = Test::new()
        .route("Drip", "/drip.xml", drip)
        .config("[fetch]\ntimeout = \"1s\"\nretries = 0\n");
    let started = std::time::Instant::now();
    let output = test.run();
    assert_eq!(output.code, 2);
    assert!(
        output
            .stderr
            .contains("feed \"Drip\" failed: timed out after 1s"),
        "{}",
        output.stderr
    );
    // The fixture takes far longer than this to drip out at 20 bytes a second.
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[test]
fn oversized_bodies_and_gzip_bombs_are_refused() {
    use std::io::Write;
    let mut bomb = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    bomb.write_all(&vec![b' '; 4 * 1024 * 1024]).unwrap();
    let bomb = bomb.finish().unwrap();
    assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
    let mut gzip = Route::status(200).header("Content-Encoding", "gzip");
    gzip.body = bomb;
    let mut big = Route::status(200);
    big.body = vec![b' '; 2 * 1024 * 1024];
    let test = Test::new()
        .route("Bomb", "/bomb.xml", gzip)
        .route("Big", "/big.xml", big)
        .serve("Fine", "/fine.xml", "rss2-launch.xml")
        .config("[fetch]\nmax_body = 1048576\n");
    let output = test.run();
    assert_eq!(output.code, 2);
    for feed in ["Bomb", "Big"] {
        assert!(
            output.stderr.contains(&format!(
                "feed \"{feed}\" failed: response body larger than 1048576 bytes"
            )),
            "{}",
            output.stderr
        );
    }
    assert_eq!(output.entries().len(), 2);
}

#[test]
fn a_feed_failing_run_after_run_is_fetched_less_often() {
    let test = Test::new()
        .route("Dead", "/dead.xml", Route::status(500))
        .config("[fetch]\nbackoff = \"0s\"\nretries = 0\n");
    // The first failure waits for the next run; from the second on, it waits.
    test.run_at("2026-11-22T12:00:00Z", &[]);
    test.run_at("2026-11-22T12:15:00Z", &[]);
    assert_eq!(test.server.received("/dead.xml").len(), 2);
    test.run_at("2026-11-22T12:20:00Z", &[]).success();
    assert_eq!(
        test.server.received("/dead.xml").len(),
        2,
        "backing off for 15 min"
    );
    test.run_at("2026-11-22T12:31:00Z", &[]);
    assert_eq!(test.server.received("/dead.xml").len(), 3);
    // The third failure doubles the wait to 30 minutes.
    test.run_at("2026-11-22T12:50:00Z", &[]).success();
    assert_eq!(test.server.received("/dead.xml").len(), 3);

    let feeds = test.run_at("2026-11-22T12:50:00Z", &["feeds"]).success();
    let line = feeds
        .stdout
        .lines()
        .find(|line| line.starts_with("Dead"))
        .expect("a line for the feed");
    assert!(line.contains("failing"), "{line}");
    assert!(line.contains("HTTP 500"), "{line}");
    assert!(line.contains("next try in 11 min"), "{line}");
}

#[test]
fn one_host_is_never_hit_by_more_than_per_host_requests() {
    let mut test = Test::new().config("[fetch]\nconcurrency = 8\nper_host = 1\n");
    for index in 0..4 {
        let mut slow = Route::fixture("rss2-launch.xml");
        slow.delay = Duration::from_millis(200);
        let path = format!("/feed{index}.xml");
        test = test.route(&format!("Feed {index}"), &path, slow);
    }
    test.run().success();
    let received: Vec<_> = (0..4)
        .flat_map(|index| test.server.received(&format!("/feed{index}.xml")))
        .collect();
    assert_eq!(received.len(), 4);
    assert!(
        received.iter().all(|request| request.in_flight == 1),
        "{received:?}"
    );
}

#[test]
fn requests_name_the_tool_in_their_user_agent() {
    let test = Test::new().serve("Outlet A", "/a.xml", "rss2-launch.xml");
    test.run().success();
    let agent = &test.server.received("/a.xml")[0].headers["user-agent"];
    assert!(agent.starts_with("aggregate/"), "{agent}");
}

#[cfg(unix)]
#[test]
fn the_output_is_world_readable_and_a_symlink_stays_a_symlink() {
    use std::os::unix::fs::PermissionsExt;
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .args(["-o", "public/merged.json"]);
    let public = test.dir.path().join("public");
    std::fs::create_dir(&public).unwrap();
    std::os::unix::fs::symlink("../real.json", public.join("merged.json")).unwrap();
    test.run().success();
    assert!(
        public.join("merged.json").is_symlink(),
        "the link was replaced"
    );
    let real = test.dir.path().join("real.json");
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "a web server must be able to read the feed");
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&real).unwrap()).unwrap();
    assert_eq!(written["items"].as_array().unwrap().len(), 2);
}

#[cfg(unix)]
#[test]
fn an_output_that_is_not_a_file_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .args(["-o", "pipe"]);
    let pipe = test.dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo");
    let reader = {
        let pipe = pipe.clone();
        std::thread::spawn(move || std::fs::read(pipe).unwrap())
    };
    test.run().success();
    // Checked before reading: had the FIFO been replaced, the reader would wait forever.
    let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
    assert!(
        kind.is_fifo(),
        "the FIFO was replaced by a file, as /dev/null would be"
    );
    let written: serde_json::Value = serde_json::from_slice(&reader.join().unwrap()).unwrap();
    assert_eq!(written["items"].as_array().unwrap().len(), 2);
}

#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    // `aggregate -o - | head`: the reader goes away before the feed is written.
    let test = Test::new().serve("Outlet A", "/a.xml", "rss2-launch.xml");
    test.write_config();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_aggregate"))
        .current_dir(test.dir.path())
        .args(["--now", crate::support::NOW])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run aggregate");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait for aggregate");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
}
