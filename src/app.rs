//! Runs the stages in order. This is the only module that knows the order, and
//! the only one that owns the tokio runtime, the clock and the output file.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Context;
use chrono::{DateTime, Utc};
use indicatif::{ProgressBar, ProgressStyle};

use crate::config::{Config, Destination, Filter, Output, UsageError};
use crate::fetch::{self, FetchError, FetchOutcome, RetryAfter};
use crate::model::{Cluster, ClusterId, SourceId, Story};
use crate::render::{self, Document};
use crate::store::Store;
use crate::{cluster, normalize, parse};

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
    /// Another run holds the database: try again later (EX_TEMPFAIL).
    Busy = 75,
}

/// One feed that failed during a run.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Failure {
    /// The feed's name (or URL when it has none).
    pub feed: String,
    /// Why, as one line.
    pub reason: String,
}

/// A feed whose URL answered with a permanent redirect.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Moved {
    pub feed: String,
    pub from: String,
    pub to: String,
}

/// What a run did (`--json` prints it).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Report {
    /// Feeds in feeds.toml.
    pub feeds: usize,
    pub fetched: usize,
    pub not_modified: usize,
    /// Feeds not fetched because they must wait (`Retry-After` or backoff).
    pub skipped: usize,
    pub failures: Vec<Failure>,
    /// Feeds that moved permanently: feeds.toml should be updated.
    pub moved: Vec<Moved>,
    pub new_stories: usize,
    /// Stories in the output window.
    pub stories: usize,
    /// Entries written, over all outputs.
    pub entries: usize,
    /// Stories deleted by retention.
    pub pruned: usize,
    /// Wall time of the run.
    pub seconds: f64,
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
    let started = std::time::Instant::now();
    check_paths(config)?;
    let _lock = RunLock::acquire(&config.database, config.lock_wait)?;
    let mut store = Store::open(&config.database)?;
    let source_ids = store.register_sources(&config.sources)?;
    let mut report = Report {
        feeds: config.sources.len(),
        ..Report::default()
    };

    if !config.offline {
        fetch_feeds(config, &mut store, &source_ids, &mut report, log)?;
    }

    // Only clusters active since `since` are shown, but older stories of the
    // context window are loaded too, so new stories can join their clusters.
    let phase = std::time::Instant::now();
    let mut stories = store.stories_since(config.context_start())?;
    tracing::info!(
        stories = stories.len(),
        seconds = phase.elapsed().as_secs_f64(),
        "loaded"
    );
    let phase = std::time::Instant::now();
    let clusters = cluster::cluster(&stories, &config.cluster);
    tracing::info!(
        clusters = clusters.len(),
        seconds = phase.elapsed().as_secs_f64(),
        "clustered"
    );
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
    let mut shown: Vec<Cluster> = clusters
        .into_iter()
        .filter(|cluster| {
            cluster
                .members
                .iter()
                .any(|&index| stories[index].time() >= config.since)
        })
        .collect();
    // A cluster of continuous coverage can outlast the loaded window: its
    // entry still lists every outlet, and its primary source stays the first.
    let ids: Vec<&ClusterId> = shown.iter().map(|cluster| &cluster.id).collect();
    let earlier = store.earlier_members(&ids, config.context_start())?;
    if !earlier.is_empty() {
        let by_id: HashMap<&ClusterId, usize> = ids
            .iter()
            .enumerate()
            .map(|(position, id)| (*id, position))
            .collect();
        let mut added: Vec<(usize, usize)> = Vec::with_capacity(earlier.len());
        for (offset, story) in earlier.iter().enumerate() {
            if let Some(&position) = story.cluster.as_ref().and_then(|id| by_id.get(id)) {
                added.push((position, stories.len() + offset));
            }
        }
        stories.extend(earlier);
        for (position, index) in added {
            shown[position].members.push(index);
        }
        for cluster in &mut shown {
            cluster
                .members
                .sort_by_key(|&index| (stories[index].time(), stories[index].id));
        }
    }
    report.stories = shown.iter().map(|cluster| cluster.members.len()).sum();

    let phase = std::time::Instant::now();
    for output in &config.outputs {
        let selected: Vec<Cluster> = shown
            .iter()
            .filter(|cluster| {
                cluster
                    .members
                    .iter()
                    .any(|&index| stories[index].time() >= output.since)
                    && shows(&output.filter, cluster, &stories)
            })
            .cloned()
            .collect();
        let document = Document {
            title: &output.title,
            stories: &stories,
            clusters: &selected,
            generated: config.now,
            self_url: output.self_url.as_deref(),
            link: output.link.as_deref(),
            max_entries: output.max_entries,
        };
        write_output(&document, output)?;
        report.entries += output
            .max_entries
            .map_or(selected.len(), |max| selected.len().min(max));
    }
    tracing::info!(seconds = phase.elapsed().as_secs_f64(), "written");
    // Retention: never what this run could show or cluster against.
    let keep_from = config
        .now
        .checked_sub_signed(config.keep)
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
        .min(config.context_start());
    report.pruned = store.prune(keep_from)?;
    if report.pruned > 0 {
        tracing::info!(pruned = report.pruned, before = %keep_from, "pruned old stories");
    }
    report.seconds = started.elapsed().as_secs_f64();

    if config.verbose || (!config.quiet && std::io::stderr().is_terminal()) {
        writeln!(
            log,
            "{} feeds fetched, {} not modified, {} failed, {} skipped; {} new stories; \
             {} stories in {} entries; {:.1} s",
            report.fetched,
            report.not_modified,
            report.failures.len(),
            report.skipped,
            report.new_stories,
            report.stories,
            report.entries,
            started.elapsed().as_secs_f64()
        )?;
    }
    Ok(report)
}

/// Fetches every feed that is due, then parses and stores each answer.
fn fetch_feeds(
    config: &Config,
    store: &mut Store,
    source_ids: &[SourceId],
    report: &mut Report,
    log: &mut dyn Write,
) -> anyhow::Result<()> {
    // One read of every feed's health decides which are due and carries
    // each feed's failures so far into the backoff for this run.
    let health = store.feed_health(source_ids)?;
    let mut due = Vec::new();
    for (index, (source, health)) in config.sources.iter().zip(&health).enumerate() {
        match health.next_fetch {
            Some(next) if next > config.now => {
                report.skipped += 1;
                if config.verbose {
                    writeln!(
                        log,
                        "{}: skipped until {} (last error: {})",
                        source.label(),
                        next.to_rfc3339(),
                        health.last_error.as_deref().unwrap_or_default()
                    )?;
                }
            }
            _ => due.push(Due {
                index,
                id: source_ids[index],
                failures: health.consecutive_failures,
            }),
        }
    }
    let requests = due
        .iter()
        .map(|feed| {
            Ok(fetch::Request {
                url: config.sources[feed.index].url.clone(),
                validators: store.validators(feed.id)?,
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let progress = if config.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(requests.len() as u64).with_style(
            ProgressStyle::with_template(
                "{spinner} fetching {pos}/{len} feeds {wide_bar} {elapsed}",
            )
            .expect("a valid progress template"),
        )
    };
    let runtime = tokio::runtime::Runtime::new().context("failed to start the async runtime")?;
    let phase = std::time::Instant::now();
    // Each feed is parsed and stored as soon as it arrives, while the others
    // are still downloading; the first database error stops the run.
    let mut failed: Option<anyhow::Error> = None;
    runtime.block_on(fetch::fetch_each(
        requests,
        &config.fetch,
        |position, fetched| {
            progress.inc(1);
            if failed.is_none()
                && let Err(err) =
                    handle_fetched(config, store, &due[position], fetched, report, log)
            {
                failed = Some(err);
            }
        },
    ));
    progress.finish_and_clear();
    if let Some(err) = failed {
        return Err(err);
    }
    // Feeds finish in any order; report them in the order of feeds.toml.
    let position = |label: &str| {
        config
            .sources
            .iter()
            .position(|source| source.label() == label)
    };
    report
        .failures
        .sort_by_key(|failure| position(&failure.feed));
    report.moved.sort_by_key(|moved| position(&moved.feed));
    tracing::info!(
        feeds = due.len(),
        seconds = phase.elapsed().as_secs_f64(),
        "fetched, parsed and stored"
    );
    Ok(())
}

/// A feed this run fetches.
struct Due {
    /// Its place in `config.sources`.
    index: usize,
    id: SourceId,
    /// Its failures in a row before this run.
    failures: u32,
}

/// Parses and stores one fetched feed, or records why it failed.
fn handle_fetched(
    config: &Config,
    store: &mut Store,
    feed: &Due,
    fetched: fetch::Fetched,
    report: &mut Report,
    log: &mut dyn Write,
) -> anyhow::Result<()> {
    let (source, id) = (&config.sources[feed.index], feed.id);
    if fetched.attempts > 1 {
        tracing::info!(
            feed = source.label(),
            attempts = fetched.attempts,
            "retried"
        );
    }
    store.record_moved(id, fetched.moved_to.as_deref())?;
    if let Some(to) = fetched.moved_to {
        report.moved.push(Moved {
            feed: source.label().to_owned(),
            from: source.url.clone(),
            to,
        });
    }
    let result = match fetched.result {
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
            Err(err) => Err((err.to_string(), None)),
        },
        Err(err) => {
            let retry_after = match &err {
                FetchError::SlowDown { retry_after, .. } => Some(*retry_after),
                _ => None,
            };
            Err((err.to_string(), retry_after))
        }
    };
    match result {
        Ok(summary) => {
            if config.verbose {
                writeln!(log, "{}: {summary}", source.label())?;
            }
        }
        Err((reason, retry_after)) => {
            let next = next_fetch(config.now, feed.failures + 1, retry_after);
            store.record_failure(id, &reason, config.now, next)?;
            report.failures.push(Failure {
                feed: source.label().to_owned(),
                reason,
            });
        }
    }
    Ok(())
}

/// When a failed feed may be fetched again. A server's `Retry-After` is
/// honoured (up to a week); a 429 without one waits an hour. Otherwise the
/// first failure waits for the next run, and from the second on the wait
/// doubles from 15 minutes up to a day, so a feed dead for days costs a
/// request a day, never more than one per run.
pub fn next_fetch(
    now: DateTime<Utc>,
    consecutive_failures: u32,
    retry_after: Option<Option<RetryAfter>>,
) -> Option<DateTime<Utc>> {
    let week = chrono::Duration::days(7);
    match retry_after {
        Some(Some(RetryAfter::Seconds(seconds))) => {
            Some(now + chrono::Duration::seconds(seconds.min(week.num_seconds() as u64) as i64))
        }
        Some(Some(RetryAfter::At(time))) => Some(time.clamp(now, now + week)),
        Some(None) => Some(now + chrono::Duration::hours(1)),
        None if consecutive_failures < 2 => None,
        None => {
            let doublings = (consecutive_failures - 2).min(7);
            let wait = chrono::Duration::minutes(15 * (1 << doublings));
            Some(now + wait.min(chrono::Duration::days(1)))
        }
    }
}

/// Refuses a run that could not finish before it changes anything: the
/// database's folder must exist, and every output's folder must exist and
/// take a new file (the atomic write needs one beside the output).
pub fn check_paths(config: &Config) -> anyhow::Result<()> {
    let database_dir = parent_dir(&config.database);
    if !database_dir.is_dir() {
        return Err(UsageError(format!(
            "database {}: the folder {} does not exist",
            config.database.display(),
            database_dir.display()
        ))
        .into());
    }
    for output in &config.outputs {
        let Destination::File(path) = &output.destination else {
            continue;
        };
        if std::fs::metadata(path).is_ok_and(|metadata| !metadata.is_file()) {
            continue; // /dev/null or a FIFO: written in place.
        }
        let dir = parent_dir(path);
        if !dir.is_dir() {
            return Err(UsageError(format!(
                "output {}: the folder {} does not exist",
                path.display(),
                dir.display()
            ))
            .into());
        }
        if let Err(err) = tempfile::NamedTempFile::new_in(dir) {
            return Err(UsageError(format!(
                "output {}: cannot write in {}: {err}",
                path.display(),
                dir.display()
            ))
            .into());
        }
    }
    Ok(())
}

/// Another run holds the database's run lock.
#[derive(Debug, thiserror::Error)]
#[error(
    "another aggregate run is using {} (waited {waited:?} for it); try again later",
    database.display()
)]
pub struct Busy {
    pub database: std::path::PathBuf,
    pub waited: std::time::Duration,
}

/// An exclusive lock on `<database>.lock`, held for a whole run so two runs
/// (two cron jobs that overlap) never interleave their writes. The operating
/// system releases it when the process ends, even on a crash.
struct RunLock {
    _file: std::fs::File,
}

impl RunLock {
    fn acquire(database: &Path, wait: std::time::Duration) -> anyhow::Result<RunLock> {
        let mut name = database.as_os_str().to_owned();
        name.push(".lock");
        let path = std::path::PathBuf::from(name);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("failed to open the run lock {}", path.display()))?;
        let started = std::time::Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(RunLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < wait => {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Busy {
                        database: database.to_owned(),
                        waited: wait,
                    }
                    .into());
                }
                Err(std::fs::TryLockError::Error(err)) => {
                    return Err(err).with_context(|| format!("failed to lock {}", path.display()));
                }
            }
        }
    }
}

/// Whether an output's filter lets a story through: each non-empty list
/// (devices, keywords, feeds) must be met by at least one of its sources.
fn shows(filter: &Filter, cluster: &Cluster, stories: &[Story]) -> bool {
    let sources = || cluster.members.iter().map(|&index| &stories[index]);
    let contains = |haystack: &[String], needle: &str| {
        let needle = normalize::words(needle);
        !needle.is_empty()
            && haystack
                .windows(needle.len())
                .any(|window| window == needle)
    };
    let devices = filter.devices.is_empty()
        || sources().any(|story| {
            cluster::features::device_tags(&story.title, &story.feed)
                .iter()
                .any(|tag| {
                    let tag = normalize::words(tag);
                    filter.devices.iter().any(|device| contains(&tag, device))
                })
        });
    let keywords = filter.keywords.is_empty()
        || sources().any(|story| {
            let title = normalize::words(&story.title);
            filter
                .keywords
                .iter()
                .any(|keyword| contains(&title, keyword))
        });
    let feeds = filter.feeds.is_empty()
        || sources().any(|story| filter.feeds.contains(&story.feed.to_lowercase()));
    devices && keywords && feeds
}

fn write_output(document: &Document, output: &Output) -> anyhow::Result<()> {
    match &output.destination {
        Destination::Stdout => {
            let mut stdout = std::io::stdout().lock();
            render::write(document, output.format, &mut stdout)
                .context("failed to write to standard output")?;
            stdout.flush().context("failed to write to standard output")
        }
        Destination::File(path) => {
            write_file(path, |out| render::write(document, output.format, out))
                .with_context(|| format!("failed to write output {}", path.display()))
        }
    }
}

/// Writes the output file atomically, except where a rename would be wrong:
/// a symlink is followed so the link itself survives, and a path that is not a
/// regular file (`/dev/null`, a FIFO) is written in place rather than
/// replaced by a file.
pub fn write_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut target = path.to_path_buf();
    for _ in 0..16 {
        if !target.is_symlink() {
            break;
        }
        let link = std::fs::read_link(&target)?;
        target = match target.parent() {
            Some(dir) if link.is_relative() => dir.join(link),
            _ => link,
        };
    }
    match std::fs::metadata(&target) {
        Ok(metadata) if !metadata.is_file() && !metadata.is_dir() => {
            let file = std::fs::OpenOptions::new().write(true).open(&target)?;
            let mut out = std::io::BufWriter::new(file);
            write(&mut out)?;
            out.flush()
        }
        _ => write_atomically(&target, write),
    }
}

/// The folder a file is in; "." for a bare file name.
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Writes a file so that readers see either the old or the new content, never
/// a mix: into a temporary file beside it, synced, then renamed over it.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut file = tempfile::NamedTempFile::new_in(parent_dir(path))?;
    // A temporary file is private (0600); the output is for a web server or
    // a feed reader to read, so it keeps the old file's mode, or gets 0644.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let permissions = std::fs::metadata(path)
            .map(|metadata| metadata.permissions())
            .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
        file.as_file().set_permissions(permissions)?;
    }
    {
        let mut out = std::io::BufWriter::new(file.as_file_mut());
        write(&mut out)?;
        out.flush()?;
    }
    file.as_file().sync_all()?;
    file.persist(path).map_err(|err| err.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn failing_feeds_back_off_and_servers_are_obeyed() {
        let now = at("2026-11-22T12:00:00Z");
        let minutes = |n| Some(now + chrono::Duration::minutes(n));
        // Failures in a row, no Retry-After.
        assert_eq!(next_fetch(now, 1, None), None);
        assert_eq!(next_fetch(now, 2, None), minutes(15));
        assert_eq!(next_fetch(now, 3, None), minutes(30));
        assert_eq!(next_fetch(now, 5, None), minutes(120));
        assert_eq!(next_fetch(now, 40, None), minutes(24 * 60));
        // A 429 without Retry-After waits an hour.
        assert_eq!(next_fetch(now, 1, Some(None)), minutes(60));
        // Retry-After in seconds or as a date, capped at a week, never in the past.
        assert_eq!(
            next_fetch(now, 1, Some(Some(RetryAfter::Seconds(120)))),
            minutes(2)
        );
        assert_eq!(
            next_fetch(now, 1, Some(Some(RetryAfter::Seconds(u64::MAX)))),
            minutes(7 * 24 * 60)
        );
        let later = at("2026-11-22T18:00:00Z");
        assert_eq!(
            next_fetch(now, 1, Some(Some(RetryAfter::At(later)))),
            Some(later)
        );
        let past = at("2020-01-01T00:00:00Z");
        assert_eq!(
            next_fetch(now, 1, Some(Some(RetryAfter::At(past)))),
            Some(now)
        );
    }
}
