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
