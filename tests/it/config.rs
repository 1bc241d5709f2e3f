//! Bad configuration: one clear error naming the file and field, usage exit code, nothing written.

use crate::support::Test;

#[test]
fn unknown_key_names_file_line_and_key() {
    let test = Test::new().config("[store]\ncolour = \"red\"\n");
    let output = test.run();
    assert_eq!(output.code, 64, "{}", output.stderr);
    assert!(output.stderr.contains("feeds.toml"), "{}", output.stderr);
    assert!(
        output.stderr.contains("unknown field `colour`"),
        "{}",
        output.stderr
    );
    assert!(
        !test.dir.path().join("aggregate.db").exists(),
        "nothing is created"
    );
}

#[test]
fn bad_since_flag_is_a_usage_error() {
    let output = Test::new().args(["--since", "last tuesday"]).run();
    assert_eq!(output.code, 64);
    assert!(
        output.stderr.contains("--since \"last tuesday\""),
        "{}",
        output.stderr
    );
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let output = Test::new().args(["--frobnicate"]).run();
    assert_eq!(output.code, 64);
}

#[test]
fn missing_config_names_the_file() {
    let output = Test::new().args(["--config", "nowhere.toml"]).run();
    assert_eq!(output.code, 64);
    assert!(
        output.stderr.contains("failed to read config nowhere.toml"),
        "{}",
        output.stderr
    );
}

#[test]
fn database_in_a_missing_folder_is_a_usage_error_and_fetches_nothing() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .args(["--db", "no/such/dir/a.db"]);
    let output = test.run();
    assert_eq!(output.code, 64, "{}", output.stderr);
    assert!(
        output
            .stderr
            .contains("database no/such/dir/a.db: the folder no/such/dir does not exist"),
        "{}",
        output.stderr
    );
    assert!(test.server.received("/a.xml").is_empty());
}

#[test]
fn an_unwritable_output_is_refused_before_anything_changes() {
    let test = Test::new()
        .serve("Outlet A", "/a.xml", "rss2-launch.xml")
        .args(["-o", "missing/merged.xml"]);
    let output = test.run();
    assert_eq!(output.code, 64, "{}", output.stderr);
    assert!(
        output
            .stderr
            .contains("output missing/merged.xml: the folder missing does not exist"),
        "{}",
        output.stderr
    );
    assert!(test.server.received("/a.xml").is_empty());
    assert!(
        !test.dir.path().join("aggregate.db").exists(),
        "no database was made"
    );
}
