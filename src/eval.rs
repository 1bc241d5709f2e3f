//! `aggregate eval`: measures clustering against labelled headlines with the
//! very same `cluster::cluster` and default parameters as a normal run.
//!
//! Reads a TSV (optionally gzipped) with a header naming at least `story_id`
//! and `title`, optionally `publisher` or `hostname` (the feed) and
//! `timestamp_ms` or `published` (the time), by those names or their usual
//! others (`label`, `headline`, `source`, `published_at`; see `LABEL` and
//! the tables beside it). Rows are shuffled with a seed
//! before sampling and clustering, because labelled sets are often stored in
//! story order, which would give the answer away.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::time::Instant;

use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::cli::EvalArgs;
use crate::cluster::{self, Params};
use crate::model::{Cluster, MAX_TITLE, SourceId, Story, StoryId};
use crate::normalize;

/// The scores of one clustering against the labels.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Scores {
    pub stories: usize,
    pub clusters: usize,
    pub labels: usize,
    pub threshold: f32,
    pub b3_precision: f64,
    pub b3_recall: f64,
    pub b3_f1: f64,
    pub pair_precision: f64,
    pub pair_recall: f64,
    pub pair_f1: f64,
    /// Clustering wall time.
    pub seconds: f64,
    pub stories_per_second: f64,
    /// The process's peak resident memory so far, in MiB.
    pub peak_mb: f64,
    /// The B-cubed scores against labels joined by identical headlines
    /// (`--join-identical`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joined: Option<Joined>,
}

/// B-cubed scores against the labels joined by identical headlines.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Joined {
    pub labels: usize,
    pub b3_precision: f64,
    pub b3_recall: f64,
    pub b3_f1: f64,
}

/// One labelled headline.
#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub title: String,
    pub feed: String,
    pub time: Option<DateTime<Utc>>,
    /// The summary or description, when the file has one (HTML or text).
    pub summary: Option<String>,
    /// The row's line number in the file (the header is line 1).
    pub line: usize,
}

/// Runs `aggregate eval`.
pub fn run(args: &EvalArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let rows =
        read_rows(&args.file).with_context(|| format!("failed to read {}", args.file.display()))?;
    let mut rows = sample(rows, args.sample, args.seed);
    if args.titles_only {
        rows.iter_mut().for_each(|row| row.summary = None);
    }
    let (stories, labels) = stories(&rows, args.ignore_time);
    let mut params = Params::default();
    if args.ignore_time || rows.iter().all(|row| row.time.is_none()) {
        params.window = None;
    }
    if let Some(threshold) = args.threshold {
        params.threshold = threshold;
    }
    if let Some([first, second]) = args.explain {
        let find = |line: usize| {
            rows.iter()
                .position(|row| row.line == line)
                .with_context(|| {
                    let sampled = if args.sample.is_some() {
                        " in the sample"
                    } else {
                        ""
                    };
                    format!("no headline on line {line}{sampled} (the header is line 1)")
                })
        };
        let explanation = cluster::explain(&stories, find(first)?, find(second)?, &params);
        writeln!(out, "{explanation}")?;
        return Ok(());
    }
    if args.sweep {
        for step in 0..=8 {
            let threshold = 0.15 + 0.05 * step as f32;
            let scores = score(
                &stories,
                &labels,
                &Params {
                    threshold,
                    ..params.clone()
                },
            );
            print(&scores, args.json, out)?;
        }
        return Ok(());
    }
    let started = Instant::now();
    let clusters = cluster::cluster(&stories, &params);
    let seconds = started.elapsed().as_secs_f64();
    if let Some(path) = &args.dump {
        dump(path, &clusters, &stories, &labels, &rows)
            .with_context(|| format!("failed to write {}", path.display()))?;
    }
    let mut scores = scores(&stories, &labels, &params, &clusters, seconds);
    if args.join_identical {
        let joined = join_identical(&stories, &labels);
        let (precision, recall, ..) = metrics(&clusters, &joined);
        scores.joined = Some(Joined {
            labels: joined
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len(),
            b3_precision: precision,
            b3_recall: recall,
            b3_f1: f1(precision, recall),
        });
    }
    print(&scores, args.json, out)
}

/// The labels with every two joined that one headline carries (five words or
/// more, compared without case or punctuation), as one label: an aggregator
/// that labels each day's coverage apart gives the same headline, crawled
/// on two days, two labels.
fn join_identical(stories: &[Story], labels: &[u32]) -> Vec<u32> {
    fn root(parents: &mut [u32], mut label: u32) -> u32 {
        while parents[label as usize] != label {
            let grandparent = parents[parents[label as usize] as usize];
            parents[label as usize] = grandparent;
            label = grandparent;
        }
        label
    }
    let count = labels.iter().max().map_or(0, |&max| max as usize + 1);
    let mut parents: Vec<u32> = (0..count as u32).collect();
    let mut first_label: HashMap<String, u32> = HashMap::new();
    // The stories' titles are the rows' as plain text already.
    for (story, &label) in stories.iter().zip(labels) {
        let words = normalize::words(&story.title);
        if words.len() < 5 {
            continue;
        }
        let other = *first_label.entry(words.join(" ")).or_insert(label);
        let (a, b) = (root(&mut parents, label), root(&mut parents, other));
        parents[a as usize] = b;
    }
    labels
        .iter()
        .map(|&label| root(&mut parents, label))
        .collect()
}

/// Writes clusters for inspection: the least pure (by B-cubed precision
/// lost) first, one member per line.
fn dump(
    path: &std::path::Path,
    clusters: &[Cluster],
    stories: &[Story],
    labels: &[u32],
    rows: &[Row],
) -> anyhow::Result<()> {
    let mut order: Vec<(f64, usize)> = clusters
        .iter()
        .enumerate()
        .map(|(index, cluster)| {
            let size = cluster.members.len() as f64;
            // Summed in label order, so that equal losses come out equal
            // and the file is the same from run to run.
            let mut overlap: BTreeMap<u32, f64> = BTreeMap::new();
            for &member in &cluster.members {
                *overlap.entry(labels[member]).or_default() += 1.0;
            }
            let pure: f64 = overlap.values().map(|count| count * count / size).sum();
            (size - pure, index)
        })
        .collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, "cluster\tsize\tlost\tlabel\tfeed\ttitle")?;
    for (lost, index) in order {
        let cluster = &clusters[index];
        for &member in &cluster.members {
            writeln!(
                out,
                "{index}\t{}\t{lost:.1}\t{}\t{}\t{}",
                cluster.members.len(),
                rows[member].label,
                stories[member].feed,
                stories[member].title
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

fn print(scores: &Scores, json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    if json {
        serde_json::to_writer(&mut *out, scores)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "threshold {:.2}: {} stories -> {} clusters ({} labelled stories)\n  \
             B-cubed   precision {:.3}  recall {:.3}  F1 {:.3}\n  \
             pairwise  precision {:.3}  recall {:.3}  F1 {:.3}\n  \
             {:.2} s ({:.0} stories/s), peak {:.0} MiB",
            scores.threshold,
            scores.stories,
            scores.clusters,
            scores.labels,
            scores.b3_precision,
            scores.b3_recall,
            scores.b3_f1,
            scores.pair_precision,
            scores.pair_recall,
            scores.pair_f1,
            scores.seconds,
            scores.stories_per_second,
            scores.peak_mb,
        )?;
        if let Some(joined) = &scores.joined {
            writeln!(
                out,
                "  joined by identical headlines ({} labels): B-cubed precision {:.3}  \
                 recall {:.3}  F1 {:.3}",
                joined.labels, joined.b3_precision, joined.b3_recall, joined.b3_f1,
            )?;
        }
    }
    Ok(())
}

/// Clusters `stories` and scores the result against `labels` (one per story).
pub fn score(stories: &[Story], labels: &[u32], params: &Params) -> Scores {
    let started = Instant::now();
    let clusters = cluster::cluster(stories, params);
    let seconds = started.elapsed().as_secs_f64();
    scores(stories, labels, params, &clusters, seconds)
}

fn scores(
    stories: &[Story],
    labels: &[u32],
    params: &Params,
    clusters: &[Cluster],
    seconds: f64,
) -> Scores {
    let metrics = metrics(clusters, labels);
    Scores {
        stories: stories.len(),
        clusters: clusters.len(),
        labels: labels
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        threshold: params.threshold,
        b3_precision: metrics.0,
        b3_recall: metrics.1,
        b3_f1: f1(metrics.0, metrics.1),
        pair_precision: metrics.2,
        pair_recall: metrics.3,
        pair_f1: f1(metrics.2, metrics.3),
        seconds,
        stories_per_second: stories.len() as f64 / seconds.max(1e-9),
        peak_mb: peak_memory_mb(),
        joined: None,
    }
}

/// B-cubed precision and recall, then pairwise precision and recall.
fn metrics(clusters: &[Cluster], labels: &[u32]) -> (f64, f64, f64, f64) {
    let n = labels.len() as f64;
    if labels.is_empty() {
        return (1.0, 1.0, 1.0, 1.0);
    }
    let mut label_sizes: HashMap<u32, f64> = HashMap::new();
    for label in labels {
        *label_sizes.entry(*label).or_default() += 1.0;
    }
    let (mut b3_precision, mut b3_recall, mut true_pairs, mut predicted_pairs) =
        (0.0, 0.0, 0.0, 0.0);
    for cluster in clusters {
        let size = cluster.members.len() as f64;
        predicted_pairs += size * (size - 1.0) / 2.0;
        let mut overlap: HashMap<u32, f64> = HashMap::new();
        for &member in &cluster.members {
            *overlap.entry(labels[member]).or_default() += 1.0;
        }
        for (label, count) in overlap {
            b3_precision += count * count / size;
            b3_recall += count * count / label_sizes[&label];
            true_pairs += count * (count - 1.0) / 2.0;
        }
    }
    let gold_pairs: f64 = label_sizes
        .values()
        .map(|size| size * (size - 1.0) / 2.0)
        .sum();
    let ratio = |a: f64, b: f64| if b == 0.0 { 1.0 } else { a / b };
    (
        b3_precision / n,
        b3_recall / n,
        ratio(true_pairs, predicted_pairs),
        ratio(true_pairs, gold_pairs),
    )
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// Reads labelled rows from a TSV or gzipped TSV file.
pub fn read_rows(path: &std::path::Path) -> anyhow::Result<Vec<Row>> {
    let mut file = std::fs::File::open(path)?;
    let mut magic = [0u8; 2];
    let gzipped = file.read(&mut magic)? == 2 && magic == [0x1f, 0x8b];
    drop(file);
    let file = std::fs::File::open(path)?;
    let reader: Box<dyn BufRead> = if gzipped {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    parse_rows(reader)
}

/// The names each column goes by in labelled sets, first match wins; a
/// header is compared without case, spaces, dashes or underscores
/// ("Story ID", "story-id" and "story_id" are one).
const LABEL: &[&str] = &[
    "storyid",
    "story",
    "label",
    "clusterid",
    "cluster",
    "eventid",
    "event",
    "groupid",
    "group",
];
const TITLE: &[&str] = &["title", "headline", "name"];
const FEED: &[&str] = &[
    "publisher",
    "feed",
    "feedname",
    "source",
    "sourcename",
    "outlet",
    "site",
    "hostname",
    "host",
    "domain",
];
const MILLIS: &[&str] = &["timestampms", "timems", "publishedms"];
const TIME: &[&str] = &[
    "published",
    "publishedat",
    "datepublished",
    "pubdate",
    "date",
    "datetime",
    "time",
    "timestamp",
    "createdat",
    "updated",
];
const SUMMARY: &[&str] = &["summary", "description", "snippet", "abstract", "content"];

fn column_key(name: &str) -> String {
    name.trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '"'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A field as a spreadsheet or Python's csv module writes it: a field that
/// holds a quote is wrapped in quotes with its own quotes doubled
/// (`"Apple's ""Glowtime"" event"`). A field is taken as quoted only when it
/// is wrapped and every quote inside is doubled, so a headline that merely
/// starts with a quote (`"Cosmos" Makes Big Return`) stays as written.
fn unquote(field: &str) -> std::borrow::Cow<'_, str> {
    let Some(inner) = field
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    else {
        return field.into();
    };
    if inner.replace("\"\"", "").contains('"') {
        return field.into();
    }
    inner.replace("\"\"", "\"").into()
}

/// Where each column a row is read from sits (`LABEL`, `TITLE`, ...).
struct Columns {
    label: usize,
    title: usize,
    feed: Option<usize>,
    millis: Option<usize>,
    published: Option<usize>,
    summary: Option<usize>,
}

impl Columns {
    fn find(header: &[&str]) -> anyhow::Result<Self> {
        let columns: Vec<String> = header.iter().map(|name| column_key(name)).collect();
        let find = |names: &[&str]| {
            names
                .iter()
                .find_map(|name| columns.iter().position(|column| column == name))
        };
        let (Some(label), Some(title)) = (find(LABEL), find(TITLE)) else {
            bail!(
                "the header must name a story_id (or label) column and a title (or headline) column, \
                 found: {}",
                header
                    .iter()
                    .map(|name| name.trim())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        };
        Ok(Self {
            label,
            title,
            feed: find(FEED),
            millis: find(MILLIS),
            published: find(TIME),
            summary: find(SUMMARY),
        })
    }

    /// The row of `fields`, line `line` of the file.
    fn row<S: AsRef<str>>(&self, fields: &[S], line: usize) -> anyhow::Result<Row> {
        let field = |column: usize| fields.get(column).map_or("", |field| field.as_ref().trim());
        let optional = |column: Option<usize>| {
            column
                .map(field)
                .filter(|text| !text.is_empty())
                .map(str::to_owned)
        };
        let title = field(self.title);
        if title.is_empty() {
            bail!("line {line}: empty title");
        }
        let time = if let Some(column) = self.millis {
            field(column)
                .parse::<i64>()
                .ok()
                .and_then(DateTime::from_timestamp_millis)
        } else if let Some(column) = self.published {
            let text = field(column);
            let time = parse_time(text);
            if time.is_none() && !text.is_empty() {
                bail!(
                    "line {line}: published {text:?} is not a time I know \
                     (RFC 3339, RFC 2822, \"2024-03-01 10:00[:00[.000]]\" with an optional \
                     offset or UTC, a date, or Unix seconds or milliseconds)"
                );
            }
            time
        } else {
            None
        };
        Ok(Row {
            label: field(self.label).to_owned(),
            title: title.to_owned(),
            // UCI escapes parentheses in publisher names ("Reuters UK \(blog\)").
            feed: self
                .feed
                .map(|column| field(column).replace('\\', ""))
                .unwrap_or_default(),
            time,
            summary: optional(self.summary),
            line,
        })
    }
}

/// Reads labelled rows: tab-separated, or comma-separated when the header
/// has commas and no tab (as spreadsheets and pandas write CSV, fields in
/// quotes where they hold a comma, a quote or a line break).
fn parse_rows(mut reader: impl BufRead) -> anyhow::Result<Vec<Row>> {
    let mut header = String::new();
    if reader.read_line(&mut header)? == 0 {
        bail!("the file is empty");
    }
    let header = header.trim_end_matches(['\r', '\n']);
    if !header.contains('\t') && header.contains(',') {
        return parse_csv(header, reader);
    }
    let names: Vec<&str> = header.split('\t').collect();
    let columns = Columns::find(&names)?;
    let mut rows = Vec::new();
    for (number, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<std::borrow::Cow<'_, str>> = line
            .split('\t')
            .map(|field| unquote(field.trim()))
            .collect();
        rows.push(columns.row(&fields, number + 2)?);
    }
    Ok(rows)
}

/// `parse_rows` for a comma-separated file whose header line is `header`.
fn parse_csv(header: &str, mut rest: impl BufRead) -> anyhow::Result<Vec<Row>> {
    let header_fields = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(header.as_bytes())
        .records()
        .next()
        .context("the header is empty")??;
    let names: Vec<&str> = header_fields.iter().collect();
    let columns = Columns::find(&names)?;
    // Read whole, to tell the line each row starts on past blank lines.
    let mut text = String::new();
    rest.read_to_string(&mut text)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let (mut rows, mut line, mut at) = (Vec::new(), 2, 0);
    for record in reader.records() {
        let record = record.context("not a CSV row")?;
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        let start = record
            .position()
            .map_or(at, |position| position.byte() as usize);
        // The record starts after any blank lines before it.
        let start = start
            + text[start..]
                .bytes()
                .take_while(|byte| matches!(byte, b'\r' | b'\n'))
                .count();
        line += text.as_bytes()[at..start.max(at)]
            .iter()
            .filter(|&&byte| byte == b'\n')
            .count();
        at = start.max(at);
        let fields: Vec<&str> = record.iter().collect();
        rows.push(columns.row(&fields, line)?);
    }
    Ok(rows)
}

/// Reads a time as labelled sets write it: RFC 3339, RFC 2822, ISO 8601
/// with a space or a `T`, fractions of a second, an offset (`+00:00`,
/// `+0000`) or `UTC`/`GMT`/`Z` (no offset is UTC), dashes or slashes, a bare
/// date, or Unix seconds or milliseconds (whole or with a fraction).
fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Some(time.with_timezone(&Utc));
    }
    if let Ok(time) = DateTime::parse_from_rfc2822(text) {
        return Some(time.with_timezone(&Utc));
    }
    let text = text.replace('/', "-");
    let text = ["UTC", "GMT", "Z"]
        .iter()
        .find_map(|zone| text.strip_suffix(zone))
        .map_or(text.as_str(), str::trim_end);
    for separator in [" ", "T"] {
        for seconds in [":%S%.f", ""] {
            let format = format!("%Y-%m-%d{separator}%H:%M{seconds}");
            if let Ok(time) = DateTime::parse_from_str(text, &format!("{format}%#z")) {
                return Some(time.with_timezone(&Utc));
            }
            if let Ok(time) = chrono::NaiveDateTime::parse_from_str(text, &format) {
                return Some(time.and_utc());
            }
        }
    }
    if let Ok(date) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return date.and_hms_opt(0, 0, 0).map(|time| time.and_utc());
    }
    let number: f64 = text
        .parse()
        .ok()
        .filter(|number: &f64| number.is_finite())?;
    // Seconds until the year 5138; beyond that it must be milliseconds.
    let millis = if number.abs() < 1e11 {
        number * 1000.0
    } else {
        number
    };
    DateTime::from_timestamp_millis(millis.round() as i64)
}

/// Shuffles rows with `seed` and keeps the first `n`.
pub fn sample(mut rows: Vec<Row>, n: Option<usize>, seed: u64) -> Vec<Row> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        // xorshift64*: small, fast and good enough for a shuffle.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    for i in (1..rows.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        rows.swap(i, j);
    }
    if let Some(n) = n {
        rows.truncate(n);
    }
    rows
}

/// Turns rows into stories (in row order) and labels into small numbers.
pub fn stories(rows: &[Row], ignore_time: bool) -> (Vec<Story>, Vec<u32>) {
    let epoch = DateTime::from_timestamp(1_700_000_000, 0).expect("a valid time");
    let mut feeds: HashMap<&str, i64> = HashMap::new();
    let mut label_ids: HashMap<&str, u32> = HashMap::new();
    let mut labels = Vec::with_capacity(rows.len());
    let stories = rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let next_feed = feeds.len() as i64;
            let source = *feeds.entry(row.feed.as_str()).or_insert(next_feed);
            let next_label = label_ids.len() as u32;
            labels.push(*label_ids.entry(row.label.as_str()).or_insert(next_label));
            let time = if ignore_time { None } else { row.time };
            Story {
                id: StoryId(index as i64),
                // A row with no feed is its own feed, so it is never vetoed as "same feed".
                source: SourceId(if row.feed.is_empty() {
                    -(index as i64) - 1
                } else {
                    source
                }),
                feed: row.feed.clone(),
                key: format!("eval\n{index}"),
                // Cut as the pipeline cuts a feed's headlines.
                title: normalize::truncate_chars(&normalize::plain_text(&row.title), MAX_TITLE),
                url: None,
                summary: row.summary.clone(),
                published: time,
                first_seen: time.unwrap_or(epoch),
                cluster: None,
            }
        })
        .collect();
    (stories, labels)
}

/// The process's peak resident set size in MiB (Linux), or 0 where unknown.
fn peak_memory_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status.lines().find_map(|line| {
                let kb = line
                    .strip_prefix("VmHWM:")?
                    .trim()
                    .strip_suffix("kB")?
                    .trim()
                    .parse::<f64>()
                    .ok()?;
                Some(kb / 1024.0)
            })
        })
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cluster(members: &[usize]) -> Cluster {
        Cluster {
            id: crate::model::ClusterId(format!("{members:?}")),
            members: members.to_vec(),
        }
    }

    #[test]
    fn metrics_match_hand_computed_values() {
        // Labels: a a a b b; clusters {0,1} {2,3} {4}.
        let labels = [0, 0, 0, 1, 1];
        let clusters = [cluster(&[0, 1]), cluster(&[2, 3]), cluster(&[4])];
        let (p, r, pp, pr) = metrics(&clusters, &labels);
        // B-cubed precision: items 0,1 -> 1; 2,3 -> 1/2; 4 -> 1. Mean 0.8.
        assert!((p - 0.8).abs() < 1e-9, "{p}");
        // B-cubed recall: 0,1 -> 2/3; 2 -> 1/3; 3 -> 1/2; 4 -> 1/2. Mean 8/15.
        assert!((r - 8.0 / 15.0).abs() < 1e-9, "{r}");
        // Pairs: predicted 2, true 1, gold 3 + 1.
        assert!(
            (pp - 0.5).abs() < 1e-9 && (pr - 0.25).abs() < 1e-9,
            "{pp} {pr}"
        );
    }

    #[test]
    fn rows_are_read_by_header_name() {
        let text = "title\tpublisher\tstory_id\n\
                    Apple &amp; Google\tReuters \\(blog\\)\ts1\n\
                    Other\tAP\ts2\n";
        let rows = parse_rows(text.as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].label.as_str(), rows[0].feed.as_str()),
            ("s1", "Reuters (blog)")
        );
        let (stories, labels) = stories(&rows, true);
        assert_eq!(stories[0].title, "Apple & Google");
        assert_eq!(labels, vec![0, 1]);
        assert!(parse_rows("id\ttext\n".as_bytes()).is_err());
    }

    #[test]
    fn headers_go_by_their_usual_names_and_quoted_fields_are_unquoted() {
        // As pandas or Python's csv module writes a TSV: a BOM, other
        // names, and a field that holds a quote wrapped in quotes.
        let text = "\u{feff}Story ID\tHeadline\tSource\tPublished_At\n\
                    s1\t\"Apple's \"\"Glowtime\"\" event\"\tThe Verge\t2024-08-26 17:05:00+00:00\n\
                    s2\t\"Cosmos\" Makes Big Return\tAP\t2024-08-26 18:00:00+00:00\n";
        let rows = parse_rows(text.as_bytes()).unwrap();
        assert_eq!(rows[0].title, "Apple's \"Glowtime\" event");
        assert_eq!(rows[1].title, "\"Cosmos\" Makes Big Return");
        assert_eq!(
            (rows[0].label.as_str(), rows[0].feed.as_str()),
            ("s1", "The Verge")
        );
        assert_eq!(
            rows[0].time,
            DateTime::parse_from_rfc3339("2024-08-26T17:05:00Z")
                .ok()
                .map(|time| time.with_timezone(&Utc))
        );
        let missing = parse_rows("id\ttext\n".as_bytes()).unwrap_err().to_string();
        assert!(missing.contains("found: id, text"), "{missing}");
    }

    #[test]
    fn comma_separated_files_are_read_too() {
        // As a spreadsheet or pandas writes CSV: quotes around a field that
        // holds a comma, a quote or a line break; the line a row starts on.
        let text = "id,story_id,title,publisher,published\n\
                    1,s1,\"Apple unveils iPhone 16, with a camera button\",The Verge,2024-09-09T17:30:00Z\n\
                    2,s1,\"Apple's \"\"Glowtime\"\" event\",CNET,2024-09-09T17:40:00Z\n\
                    \n\
                    3,s2,\"A headline\nin two lines\",AP,\n\
                    4,s3,After it,AP,\n";
        let rows = parse_rows(text.as_bytes()).unwrap();
        let titles: Vec<&str> = rows.iter().map(|row| row.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Apple unveils iPhone 16, with a camera button",
                "Apple's \"Glowtime\" event",
                "A headline\nin two lines",
                "After it"
            ]
        );
        assert_eq!(
            (rows[0].label.as_str(), rows[0].feed.as_str()),
            ("s1", "The Verge")
        );
        assert!(rows[0].time.is_some() && rows[2].time.is_none());
        let lines: Vec<usize> = rows.iter().map(|row| row.line).collect();
        assert_eq!(lines, [2, 3, 5, 7]);
        let missing = parse_rows("id,text\n1,a\n".as_bytes())
            .unwrap_err()
            .to_string();
        assert!(missing.contains("found: id, text"), "{missing}");
    }

    #[test]
    fn times_are_read_in_the_usual_formats() {
        let expected = DateTime::parse_from_rfc3339("2024-03-01T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        for text in [
            "2024-03-01T10:00:00Z",
            "2024-03-01T11:00:00+01:00",
            "Fri, 01 Mar 2024 10:00:00 GMT",
            "2024-03-01 10:00:00",
            "2024-03-01 10:00",
            "1709287200",
            "1709287200000",
            "1709287200.0",
            "2024-03-01 10:00:00+00:00",
            "2024-03-01 11:00:00+0100",
            "2024-03-01T10:00:00.000000",
            "2024-03-01 10:00:00.000",
            "2024-03-01 10:00:00 UTC",
            "2024-03-01 10:00 GMT",
            "2024/03/01 10:00",
            "2024-03-01T10:00:00.000Z",
        ] {
            assert_eq!(parse_time(text), Some(expected), "{text}");
        }
        assert_eq!(
            parse_time("2024-03-01"),
            Some(expected - chrono::Duration::hours(10))
        );
        assert_eq!(parse_time("last tuesday"), None);
        let bad = parse_rows("story_id\ttitle\tpublished\ns\tT\tsoon\n".as_bytes());
        assert!(
            bad.unwrap_err()
                .to_string()
                .contains("line 2: published \"soon\"")
        );
    }

    #[test]
    fn labels_that_share_a_headline_are_joined() {
        let row = |label: &str, title: &str| Row {
            label: label.to_owned(),
            title: title.to_owned(),
            feed: String::new(),
            time: None,
            summary: None,
            line: 0,
        };
        let rows = [
            row("day1", "Microsoft ends support for Windows XP today"),
            row("day2", "Microsoft Ends Support for Windows XP Today!"),
            row("day3", "Windows XP support ends"),
            row("other", "Apple seeds iOS 8 beta to developers"),
            row("other2", "Windows XP support ends"),
        ];
        let (stories, labels) = stories(&rows, true);
        assert_eq!(labels, [0, 1, 2, 3, 4]);
        let joined = join_identical(&stories, &labels);
        assert_eq!(joined[0], joined[1], "one headline, two labels");
        // Four words are too few to tell one story: not joined.
        assert_ne!(joined[2], joined[4]);
        assert_ne!(joined[0], joined[3]);
        assert_ne!(joined[0], joined[2]);
    }

    #[test]
    fn headlines_are_cut_as_the_pipeline_cuts_them() {
        let long = "Word ".repeat(200);
        let rows = [Row {
            label: "a".to_owned(),
            title: long.clone(),
            feed: String::new(),
            time: None,
            summary: None,
            line: 2,
        }];
        let (stories, _) = stories(&rows, true);
        let title = &stories[0].title;
        assert!(title.chars().count() <= MAX_TITLE + 1, "{}", title.len());
        assert!(long.starts_with(title.trim_end_matches('…').trim_end()));
    }

    #[test]
    fn sampling_is_seeded() {
        let rows: Vec<Row> = (0..50)
            .map(|i| Row {
                label: i.to_string(),
                title: i.to_string(),
                feed: String::new(),
                time: None,
                summary: None,
                line: i + 2,
            })
            .collect();
        let a: Vec<String> = sample(rows.clone(), Some(10), 7)
            .into_iter()
            .map(|row| row.label)
            .collect();
        let b: Vec<String> = sample(rows.clone(), Some(10), 7)
            .into_iter()
            .map(|row| row.label)
            .collect();
        let c: Vec<String> = sample(rows, Some(10), 8)
            .into_iter()
            .map(|row| row.label)
            .collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
