//! `aggregate feeds`: each configured feed's health, as a table.

use std::io::Write;

use chrono::{DateTime, Utc};

use crate::config::Config;
use crate::store::{FeedHealth, Store};

/// Prints one line per configured feed: name, status, last success, failures
/// in a row, stories stored, and the last error or where the feed moved.
pub fn run(config: &Config, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut store = Store::open(&config.database)?;
    let ids = store.register_sources(&config.sources)?;
    let health = store.feed_health(&ids)?;
    let rows: Vec<[String; 6]> = config
        .sources
        .iter()
        .zip(&health)
        .map(|(source, health)| row(source.label(), health, config.now))
        .collect();
    let header = ["FEED", "STATUS", "LAST SUCCESS", "FAILS", "STORIES", "NOTE"].map(str::to_owned);
    let mut widths = [0usize; 6];
    for row in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (index, (cell, width)) in row.iter().zip(widths).enumerate() {
            if index + 1 == row.len() {
                line.push_str(cell);
            } else {
                let pad = width - cell.chars().count();
                line.push_str(cell);
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn row(label: &str, health: &FeedHealth, now: DateTime<Utc>) -> [String; 6] {
    let status = match (&health.last_fetched, &health.last_status) {
        (None, _) => "never fetched".to_owned(),
        (Some(_), Some(status)) if health.consecutive_failures == 0 => status.clone(),
        (Some(_), _) => "failing".to_owned(),
    };
    let mut notes = Vec::new();
    if health.consecutive_failures > 0
        && let Some(error) = &health.last_error
    {
        notes.push(error.clone());
    }
    if let Some(next) = health.next_fetch.filter(|next| *next > now) {
        notes.push(format!("next try in {}", ago(next - now)));
    }
    if let Some(moved) = &health.moved_to {
        notes.push(format!("moved to {moved}"));
    }
    [
        label.to_owned(),
        status,
        health
            .last_success
            .map(|time| format!("{} ago", ago(now - time)))
            .unwrap_or_else(|| "never".to_owned()),
        health.consecutive_failures.to_string(),
        health.stories.to_string(),
        notes.join("; "),
    ]
}

/// A duration in the largest whole unit: "45 s", "12 min", "3 h", "2 d".
fn ago(duration: chrono::Duration) -> String {
    let seconds = duration.num_seconds().max(0);
    match seconds {
        0..60 => format!("{seconds} s"),
        60..3600 => format!("{} min", seconds / 60),
        3600..86400 => format!("{} h", seconds / 3600),
        _ => format!("{} d", seconds / 86400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_their_largest_unit() {
        let cases = [
            (5, "5 s"),
            (59, "59 s"),
            (60, "1 min"),
            (7200, "2 h"),
            (200_000, "2 d"),
        ];
        for (seconds, expected) in cases {
            assert_eq!(ago(chrono::Duration::seconds(seconds)), expected);
        }
        assert_eq!(ago(chrono::Duration::seconds(-3)), "0 s");
    }
}
