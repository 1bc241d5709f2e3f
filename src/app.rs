//! Runs the stages in order. This is the only module that knows the order, and
//! the only one that owns the tokio runtime, the clock and the output file.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::config::{Config, Destination};
use crate::fetch::{self, FetchOutcome};
use crate::model::Cluster;
use crate::render::{self, Document};
use crate::store::Store;
use crate::{cluster, parse};

/// How a run ended, as the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything worked.
    Success = 0,
    /// A fatal error: nothing was written.
    Fatal = 1,
    /// The merged feed was written, but some feeds failed.
    FeedsFailed = 2,
    /// A mistake on the command line or in the configuration.
    Usage = 64,
}

/// One feed that failed during a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The feed's name (or URL when it has none).
    pub feed: String,
    /// Why, as one line.
    pub reason: String,
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub fetched: usize,
    pub not_modified: usize,
    pub failures: Vec<Failure>,
    pub new_stories: usize,
    /// Stories in the output window.
    pub stories: usize,
    /// Entries written.
    pub entries: usize,
}

impl Report {
    /// The exit code this run deserves.
    pub fn exit(&self) -> Exit {
        if self.failures.is_empty() {
            Exit::Success
        } else {
            Exit::FeedsFailed
        }
    }
}

/// Fetches, parses, stores, clusters and renders, as configured. `log` gets
/// per-feed lines when the config asks for verbose output.
pub fn run(config: &Config, log: &mut dyn Write) -> anyhow::Result<Report> {
    let mut store = Store::open(&config.database)?;
    let source_ids = store.register_sources(&config.sources)?;
    let mut report = Report::default();

    if !config.offline {
        let requests = source_ids
            .iter()
            .zip(&config.sources)
            .map(|(&id, source)| {
                Ok(fetch::Request {
                    url: source.url.clone(),
                    validators: store.validators(id)?,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let runtime =
            tokio::runtime::Runtime::new().context("failed to start the async runtime")?;
        let outcomes = runtime.block_on(fetch::fetch_all(requests, &config.fetch));
        for ((source, &id), outcome) in config.sources.iter().zip(&source_ids).zip(outcomes) {
            let result = match outcome {
                Ok(FetchOutcome::NotModified) => {
                    report.not_modified += 1;
                    store.record_not_modified(id, config.now)?;
                    Ok("not modified".to_owned())
                }
                Ok(FetchOutcome::Body {
                    body,
                    validators,
                    final_url,
                }) => match parse::parse_feed(&body, &final_url) {
                    Ok(feed) => {
                        let saved = store.save_stories(
                            id,
                            feed.title.as_deref(),
                            &feed.stories,
                            &validators,
                            config.now,
                        )?;
                        report.fetched += 1;
                        report.new_stories += saved.new;
                        Ok(format!("{} stories, {} new", feed.stories.len(), saved.new))
                    }
                    Err(err) => Err(err.to_string()),
                },
                Err(err) => Err(err.to_string()),
            };
            match result {
                Ok(summary) => {
                    if config.verbose {
                        writeln!(log, "{}: {summary}", source.label())?;
                    }
                }
                Err(reason) => {
                    store.record_failure(id, &reason, config.now)?;
                    report.failures.push(Failure {
                        feed: source.label().to_owned(),
                        reason,
                    });
                }
            }
        }
    }

    // Only clusters active since `since` are shown, but older stories of the
    // context window are loaded too, so new stories can join their clusters.
    let stories = store.stories_since(config.context_start())?;
    let clusters = cluster::cluster(&stories, &config.cluster);
    let assignments: Vec<_> = clusters
        .iter()
        .flat_map(|cluster| {
            cluster
                .members
                .iter()
                .filter(|&&index| stories[index].cluster.is_none())
                .map(|&index| (stories[index].id, &cluster.id))
        })
        .collect();
    store.assign_clusters(&assignments)?;
    let shown: Vec<Cluster> = clusters
        .into_iter()
        .filter(|cluster| {
            cluster
                .members
                .iter()
                .any(|&index| stories[index].time() >= config.since)
        })
        .collect();
    report.stories = shown.iter().map(|cluster| cluster.members.len()).sum();
    report.entries = shown.len();

    let document = Document {
        title: &config.title,
        stories: &stories,
        clusters: &shown,
        generated: config.now,
    };
    write_output(&document, config)?;
    if config.verbose {
        writeln!(
            log,
            "{} feeds fetched, {} not modified, {} failed; {} new stories; {} stories in {} entries",
            report.fetched,
            report.not_modified,
            report.failures.len(),
            report.new_stories,
            report.stories,
            report.entries
        )?;
    }
    Ok(report)
}

fn write_output(document: &Document, config: &Config) -> anyhow::Result<()> {
    match &config.destination {
        Destination::Stdout => {
            let mut stdout = std::io::stdout().lock();
            render::write(document, config.format, &mut stdout)
                .context("failed to write to standard output")?;
            stdout.flush().context("failed to write to standard output")
        }
        Destination::File(path) => {
            write_atomically(path, |out| render::write(document, config.format, out))
                .with_context(|| format!("failed to write output {}", path.display()))
        }
    }
}

/// Writes a file so that readers see either the old or the new content, never
/// a mix: into a temporary file beside it, synced, then renamed over it.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    {
        let mut out = std::io::BufWriter::new(file.as_file_mut());
        write(&mut out)?;
        out.flush()?;
    }
    file.as_file().sync_all()?;
    file.persist(path).map_err(|err| err.error)?;
    Ok(())
}
