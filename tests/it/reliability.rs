//! Nothing lost, nothing broken: overlapping runs, retention.

use crate::support::Test;

#[test]
fn a_second_run_on_the_same_database_waits_then_gives_up_cleanly() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .config("[store]\nlock_wait = \"1s\"\n");
    test.run().success();
    // Another run holds the lock (as a long cron run would).
    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(test.dir.path().join("aggregate.db.lock"))
        .expect("the first run left its lock file");
    lock.lock().expect("take the run lock");
    let started = std::time::Instant::now();
    let busy = test.run();
    assert_eq!(busy.code, 75, "{}", busy.stderr);
    assert!(
        busy.stderr.contains("another aggregate run is using")
            && busy.stderr.contains("aggregate.db"),
        "{}",
        busy.stderr
    );
    assert!(
        started.elapsed() >= std::time::Duration::from_secs(1),
        "it waited"
    );
    assert_eq!(
        test.server.received("/a.xml").len(),
        1,
        "the busy run fetched nothing"
    );
    drop(lock);
    test.run().success();
}

#[test]
fn old_stories_are_pruned_but_never_what_is_shown() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .outputs("[output]\npath = \"-\"\nformat = \"json\"\nsince = \"7d\"\n")
        .config("[store]\nkeep = \"14d\"\n");
    let first = test.run().success();
    assert_eq!(first.entries().len(), 2);
    assert_eq!(feeds_stories(&test), 2);
    // Ten days on, the stories are outside the 7-day output but inside the
    // 14 days kept: still stored.
    test.run_at("2026-12-02T12:00:00Z", &["--offline"])
        .success();
    assert_eq!(feeds_stories(&test), 2);
    // A month on, they are pruned.
    test.run_at("2026-12-22T12:00:00Z", &["--offline"])
        .success();
    assert_eq!(feeds_stories(&test), 0);
}

/// The STORIES column of `aggregate feeds` for the only feed.
fn feeds_stories(test: &Test) -> u64 {
    let feeds = test.run_with(&["feeds"]).success();
    let header = feeds.stdout.lines().next().expect("a header");
    let line = feeds.stdout.lines().nth(1).expect("a feed line");
    let column = header.find("STORIES").expect("a STORIES column");
    line[column..]
        .split_whitespace()
        .next()
        .and_then(|cell| cell.parse().ok())
        .expect("a story count")
}

/// An RSS feed from `outlet` with stories 0..count, dated in the test's week.
fn feed(outlet: usize, count: usize) -> Vec<u8> {
    let items: String = (0..count)
        .map(|index| {
            format!(
                "<item><title>Outlet {outlet} story {index}: Galaxy S{} launch</title>\
                 <link>https://outlet{outlet}.example/{index}</link>\
                 <pubDate>Sat, 21 Nov 2026 {:02}:{:02}:00 GMT</pubDate></item>",
                20 + index % 7,
                index % 24,
                index % 60
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Outlet {outlet}</title>{items}</channel></rss>"
    )
    .into_bytes()
}

#[test]
fn killing_runs_at_random_moments_loses_nothing_committed() {
    use crate::support::Route;
    const FEEDS: usize = 6;
    const KILLS: usize = 100;
    let mut test = Test::new()
        .outputs("[output]\npath = \"merged.json\"\nformat = \"json\"\nsince = \"2026-11-01\"\n")
        .config("[fetch]\nconcurrency = 3\n");
    for outlet in 0..FEEDS {
        test = test.feed(&format!("Outlet {outlet}"), &format!("/{outlet}.xml"));
    }
    // Every request for a feed gets one more story than the last, so every
    // run has something to write; some answers are slow, so kills land
    // during fetching, parsing, storing, clustering and writing alike.
    for outlet in 0..FEEDS {
        let answers = (1..=KILLS + 5)
            .map(|count| {
                let mut route = Route::status(200);
                route.body = feed(outlet, count);
                route.delay = std::time::Duration::from_millis((outlet as u64 % 3) * 15);
                route
            })
            .collect();
        test.server
            .routes_in_turn(&format!("/{outlet}.xml"), answers);
    }
    // Kill moments are drawn from within one run's length as measured here,
    // so most kills land mid-run in debug and release builds alike.
    let started = std::time::Instant::now();
    test.run().success();
    let run_millis = (started.elapsed().as_millis() as u64).max(20);
    let database = test.dir.path().join("aggregate.db");
    let output = test.dir.path().join("merged.json");
    let stored = |database: &std::path::Path| -> std::collections::BTreeSet<String> {
        let connection = rusqlite::Connection::open(database).unwrap();
        let check: String = connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        let mut statement = connection
            .prepare("SELECT source_id || ' ' || guid FROM stories")
            .unwrap();
        statement
            .query_map([], |row| row.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let mut committed = stored(&database);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut killed = 0;
    for round in 0..KILLS {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        test.write_config();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_aggregate"))
            .current_dir(test.dir.path())
            .args(["--now", crate::support::NOW, "-q"])
            .spawn()
            .expect("run aggregate");
        std::thread::sleep(std::time::Duration::from_millis(state % run_millis));
        let _ = child.kill();
        let status = child.wait().expect("wait for aggregate");
        // No exit code: the kill, not the end of the run, stopped it.
        killed += usize::from(status.code().is_none());

        let now = stored(&database);
        let lost: Vec<_> = committed.difference(&now).collect();
        assert!(lost.is_empty(), "round {round}: lost {lost:?}");
        committed = now;
        let written: serde_json::Value = serde_json::from_slice(&std::fs::read(&output).unwrap())
            .unwrap_or_else(|err| panic!("round {round}: the output is broken: {err}"));
        assert!(
            !written["items"].as_array().unwrap().is_empty(),
            "round {round}"
        );
    }
    assert!(
        killed >= 50,
        "only {killed} of {KILLS} runs were killed mid-run"
    );
    // A run after all that completes, and has every story committed so far.
    test.run().success();
    let finally = stored(&database);
    assert!(committed.is_subset(&finally));
    assert!(finally.len() >= committed.len());
}
