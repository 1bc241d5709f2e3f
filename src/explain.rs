//! `aggregate explain`: why two stories in the database were merged or kept
//! apart, in the words a bug report needs.

use std::io::Write;

use anyhow::{Context, bail};

use crate::cli::ExplainArgs;
use crate::cluster;
use crate::config::Config;
use crate::normalize;
use crate::store::Store;

/// Runs `aggregate explain` against the configured database.
///
/// With two story URLs, explains that pair. With one entry id (`urn:uuid:...`)
/// or one story URL, explains each other story of that entry against its primary.
pub fn run(config: &Config, args: &ExplainArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if !config.database.exists() {
        bail!(
            "no database at {}: run aggregate first, or point --db at its database",
            config.database.display()
        );
    }
    let store = Store::open(&config.database)?;
    let stories = store.stories_since(config.context_start())?;
    let find_url = |url: &str| {
        let wanted = normalize::canonical_url(url);
        stories
            .iter()
            .position(|story| {
                story
                    .url
                    .as_deref()
                    .map(normalize::canonical_url)
                    .as_deref()
                    == Some(wanted.as_str())
            })
            .with_context(|| {
                format!(
                    "no story with URL {url} since {} (try --since)",
                    config.since.to_rfc3339()
                )
            })
    };
    let pairs: Vec<(usize, usize)> = match &args.second {
        Some(second) => vec![(find_url(&args.first)?, find_url(second)?)],
        None => {
            let id = args.first.trim_start_matches("urn:uuid:");
            let cluster = match stories
                .iter()
                .find(|story| story.cluster.as_ref().is_some_and(|c| c.0 == id))
            {
                Some(story) => story.cluster.clone(),
                None => stories[find_url(&args.first)?].cluster.clone(),
            };
            let mut members: Vec<usize> = (0..stories.len())
                .filter(|&index| {
                    stories[index].cluster.is_some() && stories[index].cluster == cluster
                })
                .collect();
            members.sort_by_key(|&index| (stories[index].time(), stories[index].id));
            if members.len() < 2 {
                bail!("that entry has a single source; give two story URLs to compare");
            }
            members[1..]
                .iter()
                .map(|&member| (member, members[0]))
                .collect()
        }
    };
    for (index, (a, b)) in pairs.into_iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{}", cluster::explain(&stories, a, b, &config.cluster))?;
    }
    Ok(())
}
