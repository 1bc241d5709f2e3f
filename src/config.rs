//! feeds.toml and the command line, resolved into the one `Config` the rest of
//! the program sees.
//!
//! `File` mirrors feeds.toml (unknown keys are errors); `Config::resolve`
//! applies defaults, lets flags override the file, makes paths absolute
//! relative to the config file, and validates. Nothing downstream reads flags,
//! environment variables or the file.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Deserialize;

use crate::cli::Args;
use crate::model::Source;
use crate::render::Format;
use crate::{cluster, fetch};

/// A configuration or command-line mistake: the run changes nothing and exits
/// with the usage exit code.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// feeds.toml as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    /// `[output]`, or several `[[output]]`.
    #[serde(default, deserialize_with = "one_or_many")]
    pub output: Vec<OutputFile>,
    #[serde(default)]
    pub store: StoreFile,
    #[serde(default)]
    pub fetch: FetchFile,
    #[serde(default)]
    pub cluster: ClusterFile,
    #[serde(default, rename = "feed")]
    pub feeds: Vec<FeedFile>,
}

/// `[output]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputFile {
    pub path: Option<String>,
    pub format: Option<String>,
    pub title: Option<String>,
    pub since: Option<String>,
    /// Where the merged feed is published, for its `self` link.
    pub self_url: Option<String>,
    /// The site the merged feed belongs to.
    pub link: Option<String>,
    pub max_entries: Option<usize>,
    /// Only stories naming one of these devices ("pixel", "galaxy s24").
    pub devices: Option<Vec<String>>,
    /// Only stories whose headlines contain one of these words or phrases.
    pub keywords: Option<Vec<String>>,
    /// Only stories reported by one of these feeds (by name).
    pub feeds: Option<Vec<String>>,
}

/// Reads `[output]` (one table) or `[[output]]` (several) into a list,
/// keeping serde's own errors (unknown keys with their line) for each.
fn one_or_many<'de, D>(deserializer: D) -> Result<Vec<OutputFile>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = Vec<OutputFile>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an [output] table or [[output]] tables")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            let one = OutputFile::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
            Ok(vec![one])
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            Vec::<OutputFile>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
        }
    }
    deserializer.deserialize_any(Visitor)
}

/// `[store]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreFile {
    pub path: Option<String>,
    /// How long a run waits for another run on the same database to finish.
    pub lock_wait: Option<String>,
    /// How long stories are kept ("30d"); older ones are pruned.
    pub keep: Option<String>,
}

/// `[fetch]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FetchFile {
    pub concurrency: Option<usize>,
    pub per_host: Option<usize>,
    pub timeout: Option<String>,
    pub connect_timeout: Option<String>,
    pub user_agent: Option<String>,
    pub max_body: Option<u64>,
    pub retries: Option<u32>,
    pub backoff: Option<String>,
    pub max_redirects: Option<usize>,
}

/// `[cluster]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterFile {
    pub threshold: Option<f32>,
    pub window: Option<String>,
}

/// One `[[feed]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedFile {
    pub name: Option<String>,
    pub url: String,
}

/// Where the merged feed goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// Standard output.
    Stdout,
    /// A file, replaced atomically.
    File(PathBuf),
}

/// One merged feed to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub destination: Destination,
    pub format: Format,
    pub title: String,
    /// Stories older than this are left out.
    pub since: DateTime<Utc>,
    pub self_url: Option<String>,
    pub link: Option<String>,
    pub max_entries: Option<usize>,
    /// Which stories this output shows.
    pub filter: Filter,
}

/// Everything a run needs, resolved and validated.
#[derive(Debug, Clone)]
pub struct Config {
    /// The config file this came from.
    pub path: PathBuf,
    pub sources: Vec<Source>,
    pub database: PathBuf,
    /// How long a run waits for another run on the same database.
    pub lock_wait: std::time::Duration,
    /// Stories older than this (by their time) are pruned from the database.
    pub keep: Duration,
    /// The merged feeds to write; at least one.
    pub outputs: Vec<Output>,
    /// The earliest `since` of all outputs: older stories are left out.
    pub since: DateTime<Utc>,
    pub now: DateTime<Utc>,
    pub offline: bool,
    pub quiet: bool,
    pub verbose: bool,
    pub fetch: fetch::Options,
    pub cluster: cluster::Params,
}

impl Config {
    /// The oldest story time to load: `since`, less one clustering window, so
    /// new stories can join clusters that began just before `since`.
    pub fn context_start(&self) -> DateTime<Utc> {
        let window = self.cluster.window.unwrap_or_default();
        self.since
            .checked_sub_signed(window)
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    }

    /// Reads the config file named by `args` and resolves it with the flags.
    pub fn load(args: &Args) -> anyhow::Result<Config> {
        let now = match &args.now {
            Some(text) => DateTime::parse_from_rfc3339(text)
                .map_err(|err| UsageError(format!("--now: {err}")))?
                .with_timezone(&Utc),
            None => Utc::now(),
        };
        let text = std::fs::read_to_string(&args.config)
            .with_context(|| format!("failed to read config {}", args.config.display()))
            .map_err(|err| UsageError(format!("{err:#}")))?;
        let file: File = toml::from_str(&text).map_err(|err| {
            UsageError(format!(
                "{}: {}",
                args.config.display(),
                err.to_string().trim_end()
            ))
        })?;
        Config::resolve(args, &args.config, file, now)
            .map_err(|err| UsageError(format!("{err:#}")).into())
    }

    /// Applies defaults and flags to a parsed file.
    pub fn resolve(
        args: &Args,
        path: &Path,
        file: File,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Config> {
        let name = path.display().to_string();
        let dir = absolute(path.parent().unwrap_or(Path::new(".")));
        let in_config_dir = |relative: &str| dir.join(relative);

        let sources = sources(&name, &dir, &file.feeds)?;

        let database = match &args.db {
            Some(path) => path.clone(),
            None => in_config_dir(file.store.path.as_deref().unwrap_or("aggregate.db")),
        };
        let store_duration = |text: &Option<String>, key: &str, default: Duration| match text {
            Some(text) => parse_duration(text).with_context(|| format!("{name}: [store] {key}")),
            None => Ok(default),
        };
        let lock_wait = store_duration(&file.store.lock_wait, "lock_wait", Duration::seconds(10))?
            .to_std()
            .context("negative lock_wait")?;
        let keep = store_duration(&file.store.keep, "keep", Duration::days(30))?;
        let mut output_files = file.output;
        if output_files.is_empty() {
            output_files.push(OutputFile::default());
        }
        // Flags that name one output (--output, --format) make this run write
        // the first output only, as the flags say.
        if args.output.is_some() || args.format.is_some() {
            output_files.truncate(1);
        }
        let several = output_files.len() > 1;
        let mut outputs = Vec::with_capacity(output_files.len());
        for (index, output) in output_files.into_iter().enumerate() {
            let section = if several {
                format!("{name}: [[output]] {}", index + 1)
            } else {
                format!("{name}: [output]")
            };
            outputs.push(resolve_output(args, &section, output, now, &in_config_dir)?);
        }
        for (index, output) in outputs.iter().enumerate() {
            if let Destination::File(path) = &output.destination
                && outputs[..index]
                    .iter()
                    .any(|other| other.destination == output.destination)
            {
                bail!(
                    "{name}: [[output]] {}: path {} is already written by an earlier output",
                    index + 1,
                    path.display()
                );
            }
        }
        let since = outputs
            .iter()
            .map(|output| output.since)
            .min()
            .expect("there is at least one output");

        let mut fetch = fetch::Options::default();
        if let Some(concurrency) = file.fetch.concurrency {
            if concurrency == 0 {
                bail!("{name}: [fetch] concurrency: must be at least 1");
            }
            fetch.concurrency = concurrency;
        }
        if let Some(per_host) = file.fetch.per_host {
            if per_host == 0 {
                bail!("{name}: [fetch] per_host: must be at least 1");
            }
            fetch.per_host = per_host;
        }
        let std_duration = |text: &str, key: &str| -> anyhow::Result<std::time::Duration> {
            parse_duration(text)
                .and_then(|duration| Ok(duration.to_std()?))
                .with_context(|| format!("{name}: [fetch] {key}"))
        };
        if let Some(timeout) = &file.fetch.timeout {
            fetch.timeout = std_duration(timeout, "timeout")?;
            if fetch.timeout.is_zero() {
                bail!("{name}: [fetch] timeout: must be more than 0s");
            }
            fetch.connect_timeout = fetch.connect_timeout.min(fetch.timeout);
        }
        if let Some(connect_timeout) = &file.fetch.connect_timeout {
            fetch.connect_timeout = std_duration(connect_timeout, "connect_timeout")?;
            if fetch.connect_timeout.is_zero() {
                bail!("{name}: [fetch] connect_timeout: must be more than 0s");
            }
        }
        if let Some(retries) = file.fetch.retries {
            if retries > 10 {
                bail!("{name}: [fetch] retries: at most 10, to stay polite");
            }
            fetch.retries = retries;
        }
        if let Some(backoff) = &file.fetch.backoff {
            fetch.backoff = std_duration(backoff, "backoff")?;
        }
        if let Some(max_redirects) = file.fetch.max_redirects {
            fetch.max_redirects = max_redirects;
        }
        if let Some(user_agent) = &file.fetch.user_agent {
            fetch.user_agent = user_agent.clone();
        }
        if let Some(max_body) = file.fetch.max_body {
            fetch.max_body = max_body;
        }

        let mut cluster = cluster::Params::default();
        if let Some(threshold) = file.cluster.threshold {
            if !(0.0..=1.0).contains(&threshold) {
                bail!("{name}: [cluster] threshold: must be between 0 and 1, not {threshold}");
            }
            cluster.threshold = threshold;
        }
        if let Some(window) = &file.cluster.window {
            cluster.window =
                Some(parse_duration(window).with_context(|| format!("{name}: [cluster] window"))?);
        }

        Ok(Config {
            path: path.to_owned(),
            sources,
            database,
            lock_wait,
            keep,
            outputs,
            since,
            now,
            offline: args.offline,
            quiet: args.quiet,
            verbose: args.verbose > 0,
            fetch,
            cluster,
        })
    }
}

fn sources(name: &str, dir: &Path, feeds: &[FeedFile]) -> anyhow::Result<Vec<Source>> {
    let mut sources: Vec<Source> = Vec::with_capacity(feeds.len());
    for (index, feed) in feeds.iter().enumerate() {
        let label = match &feed.name {
            Some(feed_name) => format!("{name}: feed {} ({feed_name:?})", index + 1),
            None => format!("{name}: feed {}", index + 1),
        };
        let url =
            feed_url(&feed.url, dir).with_context(|| format!("{label}: url {:?}", feed.url))?;
        if let Some(earlier) = sources.iter().position(|source| source.url == url) {
            bail!(
                "{label}: url {:?} is already listed as feed {}",
                feed.url,
                earlier + 1
            );
        }
        let feed_name = feed
            .name
            .as_deref()
            .map(str::trim)
            .filter(|name| !name.is_empty());
        sources.push(Source {
            url,
            name: feed_name.map(str::to_owned),
        });
    }
    Ok(sources)
}

/// An `http(s)://` or `file://` URL as given, or a path relative to the config file.
fn feed_url(text: &str, dir: &Path) -> anyhow::Result<String> {
    let text = text.trim();
    if text.is_empty() {
        bail!("is empty");
    }
    if text.contains("://") {
        let url =
            url::Url::parse(text).map_err(|err| anyhow::anyhow!("is not a valid URL: {err}"))?;
        match url.scheme() {
            "http" | "https" if url.host_str().is_some() => Ok(url.to_string()),
            "file" => Ok(url.to_string()),
            scheme => bail!("has unsupported scheme {scheme:?} (expected http, https or file)"),
        }
    } else {
        let path = dir.join(text);
        url::Url::from_file_path(&path)
            .map(|url| url.to_string())
            .map_err(|()| anyhow::anyhow!("is not a valid path"))
    }
}

fn absolute(path: &Path) -> PathBuf {
    let path = if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    };
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// Parses a duration such as `90m`, `36h`, `7d`, `2w`, `30s` or `1d12h`.
pub fn parse_duration(text: &str) -> anyhow::Result<Duration> {
    let text = text.trim();
    let mut total = Duration::zero();
    let mut digits = String::new();
    let mut parts = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let amount: i64 = digits
            .parse()
            .map_err(|_| anyhow::anyhow!("{text:?} is not a duration like 36h or 7d"))?;
        digits.clear();
        let unit = match c {
            's' => Duration::try_seconds(amount),
            'm' => Duration::try_minutes(amount),
            'h' => Duration::try_hours(amount),
            'd' => Duration::try_days(amount),
            'w' => Duration::try_weeks(amount),
            _ => None,
        };
        let unit =
            unit.ok_or_else(|| anyhow::anyhow!("{text:?} is not a duration like 36h or 7d"))?;
        total = total
            .checked_add(&unit)
            .ok_or_else(|| anyhow::anyhow!("{text:?} is too long"))?;
        parts += 1;
    }
    if !digits.is_empty() || parts == 0 {
        bail!("{text:?} is not a duration like 36h or 7d");
    }
    Ok(total)
}

/// Which stories an output shows. Empty lists allow everything; each
/// non-empty list must be met (a device, a keyword, a feed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Lowercased device names: "pixel", "galaxy s24".
    pub devices: Vec<String>,
    /// Lowercased words or phrases.
    pub keywords: Vec<String>,
    /// Lowercased feed names.
    pub feeds: Vec<String>,
}

fn resolve_output(
    args: &Args,
    section: &str,
    output: OutputFile,
    now: DateTime<Utc>,
    in_config_dir: &dyn Fn(&str) -> PathBuf,
) -> anyhow::Result<Output> {
    let destination = match (&args.output, &output.path) {
        (Some(flag), _) if flag == "-" => Destination::Stdout,
        (Some(flag), _) => Destination::File(PathBuf::from(flag)),
        (None, Some(path)) if path == "-" => Destination::Stdout,
        (None, Some(path)) => Destination::File(in_config_dir(path)),
        (None, None) => Destination::Stdout,
    };
    let format_name = args
        .format
        .as_deref()
        .or(output.format.as_deref())
        .unwrap_or("atom");
    let format = Format::ALL
        .iter()
        .find(|(known, _)| *known == format_name)
        .map(|(_, format)| *format)
        .with_context(|| {
            format!("{section} format: unknown format {format_name:?} (expected atom, rss, json or html)")
        })?;
    let since = match (&args.since, &output.since) {
        (Some(flag), _) => parse_since(flag, now).with_context(|| format!("--since {flag:?}"))?,
        (None, Some(text)) => parse_since(text, now).with_context(|| format!("{section} since"))?,
        (None, None) => now - Duration::hours(48),
    };
    for (key, value) in [("self_url", &output.self_url), ("link", &output.link)] {
        if let Some(value) = value {
            let url = url::Url::parse(value)
                .with_context(|| format!("{section} {key}: {value:?} is not a URL"))?;
            if !matches!(url.scheme(), "http" | "https") {
                bail!("{section} {key}: {value:?} must be an http(s) URL");
            }
        }
    }
    if output.max_entries == Some(0) {
        bail!("{section} max_entries: must be at least 1");
    }
    let lowercase = |list: Option<Vec<String>>, key: &str| -> anyhow::Result<Vec<String>> {
        let list: Vec<String> = list
            .unwrap_or_default()
            .into_iter()
            .map(|item| item.trim().to_lowercase())
            .collect();
        if list.iter().any(String::is_empty) {
            bail!("{section} {key}: an entry is empty");
        }
        Ok(list)
    };
    Ok(Output {
        destination,
        format,
        title: output
            .title
            .unwrap_or_else(|| "Tech news, merged".to_owned()),
        since,
        self_url: output.self_url,
        link: output.link,
        max_entries: output.max_entries,
        filter: Filter {
            devices: lowercase(output.devices, "devices")?,
            keywords: lowercase(output.keywords, "keywords")?,
            feeds: lowercase(output.feeds, "feeds")?,
        },
    })
}

/// Parses `--since`: a duration back from `now`, a date, or an RFC 3339 time.
pub fn parse_since(text: &str, now: DateTime<Utc>) -> anyhow::Result<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Ok(time.with_timezone(&Utc));
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date
            .and_hms_opt(0, 0, 0)
            .expect("midnight exists")
            .and_utc());
    }
    let duration = parse_duration(text).map_err(|_| {
        anyhow::anyhow!(
            "{text:?} is neither a duration (36h, 7d) nor a date (2024-02-01, RFC 3339)"
        )
    })?;
    now.checked_sub_signed(duration)
        .ok_or_else(|| anyhow::anyhow!("{text:?} reaches too far back"))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use clap::Parser;

    use super::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 3, 1, 12, 0, 0).unwrap()
    }

    #[track_caller]
    fn check_error(toml: &str, flags: &[&str], expected: &str) {
        let mut argv = vec!["aggregate"];
        argv.extend(flags);
        let args = Args::parse_from(argv);
        let result = toml::from_str::<File>(toml)
            .map_err(|err| anyhow::anyhow!("{}", err.to_string().trim_end()))
            .and_then(|file| Config::resolve(&args, Path::new("/etc/feeds.toml"), file, now()));
        let message = format!("{:#}", result.expect_err("config should be refused"));
        assert!(message.contains(expected), "{message}");
    }

    #[test]
    fn bad_configs_name_the_field() {
        check_error(
            "[output]\npath = \"x\"\ncolour = \"red\"\n",
            &[],
            "unknown field `colour`",
        );
        check_error("[output]\npath = \"x\"\ncolour = \"red\"\n", &[], "line 3");
        check_error("[[feed]]\nname = \"A\"\n", &[], "missing field `url`");
        check_error(
            "[[feed]]\nname = \"A\"\nurl = \"htp://x y\"\n",
            &[],
            "feed 1 (\"A\"): url \"htp://x y\"",
        );
        check_error(
            "[[feed]]\nurl = \"ftp://example.com/a\"\n",
            &[],
            "unsupported scheme \"ftp\"",
        );
        check_error(
            "[[feed]]\nurl = \"https://a.example/f\"\n[[feed]]\nurl = \"https://a.example/f\"\n",
            &[],
            "feed 2: url \"https://a.example/f\" is already listed as feed 1",
        );
        check_error(
            "[output]\nformat = \"yaml\"\n",
            &[],
            "[output] format: unknown format \"yaml\"",
        );
        check_error(
            "[output]\nsince = \"yesterday\"\n",
            &[],
            "[output] since: \"yesterday\" is neither a duration",
        );
        check_error("", &["--since", "3 parsecs"], "--since \"3 parsecs\"");
        check_error(
            "[cluster]\nthreshold = 2.0\n",
            &[],
            "[cluster] threshold: must be between 0 and 1",
        );
    }

    #[test]
    fn flags_override_the_file_and_paths_follow_the_config() {
        let file: File = toml::from_str(
            "[output]\npath = \"out/merged.xml\"\nformat = \"rss\"\nsince = \"7d\"\n[store]\npath = \"data.db\"\n\
             [[feed]]\nurl = \"feeds/a.xml\"\n[[feed]]\nname = \"B\"\nurl = \"https://b.example/rss\"\n",
        )
        .unwrap();
        let args = Args::parse_from(["aggregate", "--format", "json", "--since", "36h"]);
        let config = Config::resolve(&args, Path::new("/etc/agg/feeds.toml"), file, now()).unwrap();
        assert_eq!(config.outputs.len(), 1);
        assert_eq!(config.outputs[0].format, Format::Json);
        assert_eq!(config.since, now() - Duration::hours(36));
        assert_eq!(config.database, PathBuf::from("/etc/agg/data.db"));
        assert_eq!(
            config.outputs[0].destination,
            Destination::File(PathBuf::from("/etc/agg/out/merged.xml"))
        );
        assert_eq!(config.sources[0].url, "file:///etc/agg/feeds/a.xml");
        assert_eq!(
            config.sources[1],
            Source {
                url: "https://b.example/rss".to_owned(),
                name: Some("B".to_owned())
            }
        );
    }

    #[test]
    fn several_outputs_each_with_a_filter() {
        let file: File = toml::from_str(
            "[[output]]\npath = \"all.xml\"\nself_url = \"https://news.example/all.xml\"\n\
             [[output]]\npath = \"pixel.html\"\nformat = \"html\"\ndevices = [\"Pixel\"]\nmax_entries = 20\n",
        )
        .unwrap();
        let args = Args::parse_from(["aggregate"]);
        let config = Config::resolve(&args, Path::new("/srv/feeds.toml"), file, now()).unwrap();
        assert_eq!(config.outputs.len(), 2);
        assert_eq!(config.outputs[0].format, Format::Atom);
        assert_eq!(
            config.outputs[0].self_url.as_deref(),
            Some("https://news.example/all.xml")
        );
        assert_eq!(config.outputs[1].format, Format::Html);
        assert_eq!(config.outputs[1].filter.devices, vec!["pixel"]);
        assert_eq!(config.outputs[1].max_entries, Some(20));

        // --output names one output: only the first is written.
        let file: File =
            toml::from_str("[[output]]\npath = \"a.xml\"\n[[output]]\npath = \"b.xml\"\n").unwrap();
        let args = Args::parse_from(["aggregate", "-o", "-"]);
        let config = Config::resolve(&args, Path::new("/srv/feeds.toml"), file, now()).unwrap();
        assert_eq!(config.outputs.len(), 1);
        assert_eq!(config.outputs[0].destination, Destination::Stdout);

        check_error(
            "[[output]]\npath = \"a.xml\"\n[[output]]\npath = \"a.xml\"\n",
            &[],
            "[[output]] 2: path /etc/a.xml is already written by an earlier output",
        );
        check_error(
            "[output]\nself_url = \"feed.xml\"\n",
            &[],
            "[output] self_url: \"feed.xml\" is not a URL",
        );
        check_error(
            "[[output]]\ncolour = \"red\"\n",
            &[],
            "unknown field `colour`",
        );
    }

    #[test]
    fn since_accepts_durations_and_dates() {
        assert_eq!(
            parse_since("36h", now()).unwrap(),
            now() - Duration::hours(36)
        );
        assert_eq!(
            parse_since("1d12h", now()).unwrap(),
            now() - Duration::hours(36)
        );
        assert_eq!(
            parse_since("2024-02-01", now()).unwrap(),
            Utc.with_ymd_and_hms(2024, 2, 1, 0, 0, 0).unwrap()
        );
        assert_eq!(
            parse_since("2024-02-01T10:00:00+02:00", now()).unwrap(),
            Utc.with_ymd_and_hms(2024, 2, 1, 8, 0, 0).unwrap()
        );
        assert!(parse_since("h", now()).is_err());
        assert!(parse_since("10", now()).is_err());
        assert!(parse_since("99999999999999w", now()).is_err());
    }
}
