//! `aggregate check`: validates feeds.toml (loading it already did) and the
//! paths a run needs, without fetching, and prints what a run would do.

use std::io::Write;

use crate::config::{Config, Destination};

/// Prints the plan of a run; a path problem is an error, as it would be for a run.
pub fn run(config: &Config, out: &mut dyn Write) -> anyhow::Result<()> {
    crate::app::check_paths(config)?;
    writeln!(out, "{}: ok", config.path.display())?;
    let database = if config.database.exists() {
        "exists"
    } else {
        "will be created"
    };
    writeln!(out, "database: {} ({database})", config.database.display())?;
    let fetch = &config.fetch;
    writeln!(
        out,
        "fetch: {} feeds, {} at once, {} per host, timeout {:?}, {} retries, up to {} bytes each",
        config.sources.len(),
        fetch.concurrency,
        fetch.per_host,
        fetch.timeout,
        fetch.retries,
        fetch.max_body
    )?;
    let window = config.cluster.window.map_or("none".to_owned(), |window| {
        format!("{}h", window.num_hours())
    });
    writeln!(
        out,
        "cluster: threshold {}, window {window}",
        config.cluster.threshold
    )?;
    writeln!(out, "outputs:")?;
    for output in &config.outputs {
        let target = match &output.destination {
            Destination::Stdout => "standard output".to_owned(),
            Destination::File(path) => path.display().to_string(),
        };
        let format = crate::render::Format::ALL
            .iter()
            .find(|(_, format)| *format == output.format)
            .map_or("?", |(name, _)| name);
        let mut line = format!(
            "  {target} ({format}), stories since {}",
            output.since.to_rfc3339()
        );
        let filter = &output.filter;
        for (name, list) in [
            ("devices", &filter.devices),
            ("keywords", &filter.keywords),
            ("feeds", &filter.feeds),
        ] {
            if !list.is_empty() {
                line.push_str(&format!(", {name}: {}", list.join(", ")));
            }
        }
        if let Some(max) = output.max_entries {
            line.push_str(&format!(", at most {max} entries"));
        }
        writeln!(out, "{line}")?;
    }
    writeln!(out, "feeds:")?;
    for source in &config.sources {
        match &source.name {
            Some(name) => writeln!(out, "  {name}: {}", source.url)?,
            None => writeln!(out, "  {}", source.url)?,
        }
    }
    Ok(())
}
