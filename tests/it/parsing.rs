//! Real-world feed quirks, one fixture each: every one of them lands.

use crate::support::Test;

#[track_caller]
fn check(fixture: &str, expected_title: &str) {
    let output = Test::new()
        .serve("Quirky", "/feed", fixture)
        .run()
        .success();
    let entries = output.entries();
    assert_eq!(
        entries,
        vec![format!("Quirky: {expected_title}")],
        "{fixture}"
    );
}

#[test]
fn rss1_rdf() {
    check("rss1-rdf.xml", "Qualcomm unveils Snapdragon 8s Gen 3");
}

#[test]
fn bare_ampersand() {
    check(
        "rss2-bare-ampersand.xml",
        "Nothing Phone 3 teardown & repair guide",
    );
}

#[test]
fn blank_lines_before_the_xml_declaration() {
    check(
        "rss2-leading-blank-lines.xml",
        "Pixel 9a price leaks ahead of launch",
    );
}

#[test]
fn html_in_title() {
    check(
        "atom-html-in-title.xml",
        "OnePlus 13 battery test & charging speeds",
    );
}

#[test]
fn iso_8859_1() {
    check("rss-iso-8859-1.xml", "Café owners try the Galaxy Z Fold 6");
}

#[test]
fn no_guid_keeps_one_story_across_runs() {
    let test = Test::new().serve("Quirky", "/feed", "rss2-no-guid.xml");
    test.run().success();
    // Serve the same body without validators so the second run re-parses it.
    let mut route = crate::support::Route::fixture("rss2-no-guid.xml");
    route.etag = None;
    test.server.route("/feed", route);
    let second = test.run().success();
    assert_eq!(
        second.entries(),
        vec!["Quirky: Android 15 QPR2 beta 3 rolls out"]
    );
}

#[test]
fn scripts_and_handlers_never_reach_the_output() {
    let output = Test::new()
        .serve("Quirky", "/feed", "atom-html-in-title.xml")
        .args(["--format", "atom"])
        .run()
        .success();
    assert!(!output.stdout.contains("script"), "{}", output.stdout);
    assert!(!output.stdout.contains("onclick"), "{}", output.stdout);
}
