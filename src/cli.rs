//! The command line, exactly as typed: clap definitions and help text, no logic.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

const AFTER_HELP: &str = "\
Examples:
  aggregate                          fetch every feed in ./feeds.toml, write the merged feed
  aggregate --since 24h -o -         print the last day's stories to the terminal
  aggregate --offline --format json  re-render from the database without fetching
  aggregate --config examples/demo/feeds.toml
  aggregate eval labelled.tsv.gz --sample 10000 --seed 1
  aggregate explain https://a.example/story https://b.example/story
  aggregate feeds                    each feed's health: last success, errors, backoff
  aggregate check                    validate feeds.toml and show what a run would do
  aggregate --json -q > report.json  a machine-readable run report for monitoring
  aggregate completions bash > /etc/bash_completion.d/aggregate

Exit codes:
  0   success
  1   fatal error (database, output file, unreadable input)
  2   finished, but some feeds failed (each is named on stderr)
  64  bad command line or configuration
  75  another run holds the database; try again later";

/// Merge many tech-news feeds into one feed with one entry per story.
#[derive(Debug, Parser)]
#[command(name = "aggregate", version, about, after_help = AFTER_HELP)]
pub struct Args {
    /// The configuration file.
    #[arg(
        long,
        short,
        value_name = "PATH",
        default_value = "feeds.toml",
        global = true
    )]
    pub config: PathBuf,
    /// The database file (overrides [store] path).
    #[arg(long, value_name = "PATH", global = true)]
    pub db: Option<PathBuf>,
    /// Show stories since a time: a duration back from now (36h, 7d) or a date (2024-02-01, RFC 3339).
    #[arg(long, value_name = "WHEN", global = true)]
    pub since: Option<String>,
    /// The output format (overrides [output] format).
    #[arg(long, value_name = "FORMAT", value_parser = ["atom", "rss", "json", "html"])]
    pub format: Option<String>,
    /// Where to write the merged feed; "-" is standard output (overrides [output] path).
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<String>,
    /// Do not fetch; render from the database.
    #[arg(long)]
    pub offline: bool,
    /// Print nothing but errors.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Print a line per feed and a summary.
    #[arg(long, short, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Print a JSON run report on stdout (feeds, failures, new stories, entries).
    #[arg(long)]
    pub json: bool,
    /// Pretend the current time is this RFC 3339 time (for tests).
    #[arg(long, hide = true, value_name = "TIME", global = true)]
    pub now: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Commands other than the default run.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Measure clustering quality on labelled headlines (TSV, TSV.gz or CSV).
    Eval(EvalArgs),
    /// Show why two stories were merged or kept apart.
    Explain(ExplainArgs),
    /// Show or change the feeds: health table, add, remove, OPML import and export.
    Feeds(FeedsArgs),
    /// Check feeds.toml without fetching, and print what a run would do.
    Check,
    /// Print a shell completion script.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), generated from these definitions.
    Man,
}

/// `aggregate feeds`.
#[derive(Debug, clap::Args)]
pub struct FeedsArgs {
    #[command(subcommand)]
    pub command: Option<FeedsCommand>,
}

/// What `aggregate feeds` does; `list` when none is given.
#[derive(Debug, Subcommand)]
pub enum FeedsCommand {
    /// Each feed's health: status, last success, failures, stories, last error.
    List,
    /// Add a feed by its URL, or by a page that announces one.
    Add {
        /// The feed, or a web page with <link rel="alternate"> to it.
        url: String,
        /// The name to show (default: the feed's own title).
        #[arg(long)]
        name: Option<String>,
    },
    /// Remove the feeds with this name or URL.
    Remove {
        /// A feed's name or URL.
        which: String,
    },
    /// Add the feeds of an OPML file (from a feed reader) that are not there yet.
    Import {
        /// The OPML file.
        file: PathBuf,
    },
    /// Print the feeds as OPML 2.0, for a feed reader.
    Export,
}

/// `aggregate eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// A TSV (or TSV.gz, or CSV) file with a header: story_id and title, optionally publisher or
    /// hostname (the feed), timestamp_ms or published (the time) and summary
    /// (headers go by their usual names too: label, headline, source, date).
    pub file: PathBuf,
    /// Ignore times: cluster everything as if published at once.
    #[arg(long)]
    pub ignore_time: bool,
    /// Ignore the summary column: cluster on headlines alone.
    #[arg(long)]
    pub titles_only: bool,
    /// Evaluate a random sample of this many headlines.
    #[arg(long, value_name = "N")]
    pub sample: Option<usize>,
    /// The seed for shuffling and sampling.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Try a range of thresholds and print one line for each.
    #[arg(long)]
    pub sweep: bool,
    /// Override the clustering threshold.
    #[arg(long)]
    pub threshold: Option<f32>,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Also score against labels joined wherever one headline (five words
    /// or more, compared without case or punctuation) carries two labels: for
    /// sets whose labels split one story by the day it was crawled (UCI),
    /// the score without those splits counted as wrong merges.
    #[arg(long)]
    pub join_identical: bool,
    /// Also write every predicted cluster with its members' labels and
    /// headlines (TSV: cluster, size, label, feed, title), impure clusters first.
    #[arg(long, value_name = "FILE")]
    pub dump: Option<PathBuf>,
    /// Explain the decision for the headlines on these two lines of the file
    /// (the header is line 1), weighed as in the whole evaluation.
    #[arg(long, value_name = "LINE,LINE", value_parser = line_pair)]
    pub explain: Option<[usize; 2]>,
}

fn line_pair(text: &str) -> Result<[usize; 2], String> {
    let parse = |part: &str| {
        part.trim()
            .parse::<usize>()
            .map_err(|_| format!("{part:?} is not a line number"))
    };
    match text.split_once(',') {
        Some((first, second)) => Ok([parse(first)?, parse(second)?]),
        None => Err("expected two line numbers, such as 12,40".to_owned()),
    }
}

/// `aggregate explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// A story URL, or an entry id of the merged feed (urn:uuid:...).
    pub first: String,
    /// A second story URL to compare with the first.
    pub second: Option<String>,
}
