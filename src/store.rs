//! The SQLite database: schema, migrations and every SQL statement.
//!
//! Stories are keyed by (feed, the feed's id for the story), so a re-fetch
//! updates a story rather than adding it twice, and the cluster a story was put
//! in is kept across runs. Each feed's stories are saved in one transaction.
//! rusqlite types never leave this module.

use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use crate::model::{ClusterId, NewStory, Source, SourceId, Story, StoryId, Validators};

/// The schema, one migration per entry, applied in order and never edited once
/// released; `PRAGMA user_version` records how many have been applied.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    last_fetched INTEGER,
    last_success INTEGER,
    last_error TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE stories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    summary TEXT,
    published INTEGER,
    first_seen INTEGER NOT NULL,
    sort_time INTEGER NOT NULL,
    cluster TEXT,
    UNIQUE (source_id, guid)
);
CREATE INDEX stories_sort_time ON stories(sort_time);
CREATE INDEX stories_cluster ON stories(cluster);
"#,
    r#"
ALTER TABLE sources ADD COLUMN next_fetch INTEGER;
ALTER TABLE sources ADD COLUMN moved_to TEXT;
ALTER TABLE sources ADD COLUMN last_status TEXT;
"#,
];

/// A feed's health, as `aggregate feeds` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedHealth {
    /// The configured name, else the feed's own title.
    pub name: Option<String>,
    pub last_fetched: Option<DateTime<Utc>>,
    pub last_success: Option<DateTime<Utc>>,
    /// "ok", "not modified", or the last error.
    pub last_status: Option<String>,
    pub last_error: Option<String>,
    pub consecutive_failures: u32,
    /// No fetch before this time (`Retry-After`, or backoff after failures).
    pub next_fetch: Option<DateTime<Utc>>,
    /// Where a permanent redirect said the feed now lives.
    pub moved_to: Option<String>,
    /// Stories stored from this feed.
    pub stories: i64,
}

/// What saving one feed's stories changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Saved {
    /// Stories not seen before.
    pub new: usize,
    /// Stories seen before, updated in place.
    pub updated: usize,
}

/// An open database.
pub struct Store {
    connection: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> anyhow::Result<Store> {
        let connection = Connection::open(path)
            .with_context(|| format!("failed to open database {}", path.display()))?;
        Store::prepare(connection)
            .with_context(|| format!("failed to set up database {}", path.display()))
    }

    /// Opens a fresh database in memory, for tests and evaluation.
    pub fn open_in_memory() -> anyhow::Result<Store> {
        Store::prepare(Connection::open_in_memory()?)
    }

    fn prepare(connection: Connection) -> anyhow::Result<Store> {
        connection.busy_timeout(Duration::from_secs(5))?;
        // WAL keeps readers and a crashed writer from damaging each other; in
        // memory it silently stays "memory", which is fine.
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { connection };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> anyhow::Result<()> {
        let version: i64 = self
            .connection
            .pragma_query_value(None, "user_version", |row| row.get(0))?;
        let version = usize::try_from(version).unwrap_or(usize::MAX);
        anyhow::ensure!(
            version <= MIGRATIONS.len(),
            "the database has schema version {version}, newer than this program knows ({})",
            MIGRATIONS.len()
        );
        for (index, migration) in MIGRATIONS.iter().enumerate().skip(version) {
            let transaction = self.connection.transaction()?;
            transaction.execute_batch(migration)?;
            transaction.pragma_update(None, "user_version", (index + 1) as i64)?;
            transaction.commit()?;
        }
        Ok(())
    }

    /// Makes sure every configured feed has a row and its configured name, and
    /// returns their ids in the same order.
    pub fn register_sources(&mut self, sources: &[Source]) -> anyhow::Result<Vec<SourceId>> {
        let transaction = self.connection.transaction()?;
        let mut ids = Vec::with_capacity(sources.len());
        {
            let mut upsert = transaction.prepare(
                "INSERT INTO sources (url, name) VALUES (?1, ?2)
                 ON CONFLICT (url) DO UPDATE SET name = excluded.name
                 RETURNING id",
            )?;
            for source in sources {
                ids.push(SourceId(
                    upsert.query_row(params![source.url, source.name], |row| row.get(0))?,
                ));
            }
        }
        transaction.commit()?;
        Ok(ids)
    }

    /// The validators stored for a feed from its last successful fetch.
    pub fn validators(&self, source: SourceId) -> anyhow::Result<Validators> {
        let validators = self
            .connection
            .query_row(
                "SELECT etag, last_modified FROM sources WHERE id = ?1",
                [source.0],
                |row| {
                    Ok(Validators {
                        etag: row.get(0)?,
                        last_modified: row.get(1)?,
                    })
                },
            )
            .optional()?;
        Ok(validators.unwrap_or_default())
    }

    /// Saves a feed's stories, its title and validators, and marks the fetch a
    /// success, all in one transaction.
    pub fn save_stories(
        &mut self,
        source: SourceId,
        feed_title: Option<&str>,
        stories: &[NewStory],
        validators: &Validators,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Saved> {
        let transaction = self.connection.transaction()?;
        let mut saved = Saved::default();
        {
            let mut exists =
                transaction.prepare("SELECT 1 FROM stories WHERE source_id = ?1 AND guid = ?2")?;
            let mut upsert = transaction.prepare(
                "INSERT INTO stories (source_id, guid, title, url, summary, published, first_seen, sort_time)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,
                         CASE WHEN ?6 IS NOT NULL AND ?6 <= ?7 THEN ?6 ELSE ?7 END)
                 ON CONFLICT (source_id, guid) DO UPDATE SET
                     title = excluded.title,
                     url = excluded.url,
                     summary = excluded.summary,
                     published = excluded.published,
                     sort_time = CASE WHEN excluded.published IS NOT NULL AND excluded.published <= stories.first_seen
                                      THEN excluded.published ELSE stories.first_seen END",
            )?;
            for story in stories {
                let known = exists.exists(params![source.0, story.guid])?;
                upsert.execute(params![
                    source.0,
                    story.guid,
                    story.title,
                    story.url,
                    story.summary,
                    story.published.map(|time| time.timestamp()),
                    now.timestamp(),
                ])?;
                if known {
                    saved.updated += 1;
                } else {
                    saved.new += 1;
                }
            }
            transaction.execute(
                "UPDATE sources SET title = ?2, etag = ?3, last_modified = ?4, last_fetched = ?5,
                     last_success = ?5, last_error = NULL, consecutive_failures = 0,
                     next_fetch = NULL, last_status = 'ok'
                 WHERE id = ?1",
                params![
                    source.0,
                    feed_title,
                    validators.etag,
                    validators.last_modified,
                    now.timestamp()
                ],
            )?;
        }
        transaction.commit()?;
        Ok(saved)
    }

    /// Records that a feed answered "not modified".
    pub fn record_not_modified(
        &mut self,
        source: SourceId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        self.connection.execute(
            "UPDATE sources SET last_fetched = ?2, last_success = ?2, last_error = NULL,
                 consecutive_failures = 0, next_fetch = NULL, last_status = 'not modified'
             WHERE id = ?1",
            params![source.0, now.timestamp()],
        )?;
        Ok(())
    }

    /// Records that fetching or parsing a feed failed, and when it may be
    /// fetched again (`None`: on the next run).
    pub fn record_failure(
        &mut self,
        source: SourceId,
        error: &str,
        now: DateTime<Utc>,
        next_fetch: Option<DateTime<Utc>>,
    ) -> anyhow::Result<()> {
        self.connection.execute(
            "UPDATE sources SET last_fetched = ?2, last_error = ?3, last_status = ?3,
                 consecutive_failures = consecutive_failures + 1, next_fetch = ?4
             WHERE id = ?1",
            params![
                source.0,
                now.timestamp(),
                error,
                next_fetch.map(|time| time.timestamp())
            ],
        )?;
        Ok(())
    }

    /// Records where a permanent redirect says the feed lives now (or that it
    /// did not redirect).
    pub fn record_moved(&mut self, source: SourceId, moved_to: Option<&str>) -> anyhow::Result<()> {
        self.connection.execute(
            "UPDATE sources SET moved_to = ?2 WHERE id = ?1 AND moved_to IS NOT ?2",
            params![source.0, moved_to],
        )?;
        Ok(())
    }

    /// The health of the feeds with these ids, in the same order.
    pub fn feed_health(&self, sources: &[SourceId]) -> anyhow::Result<Vec<FeedHealth>> {
        let mut statement = self.connection.prepare(
            "SELECT coalesce(name, title), last_fetched, last_success, last_status,
                    last_error, consecutive_failures, next_fetch, moved_to,
                    (SELECT count(*) FROM stories WHERE source_id = sources.id)
             FROM sources WHERE id = ?1",
        )?;
        let time = |secs: Option<i64>| secs.and_then(|secs| DateTime::from_timestamp(secs, 0));
        sources
            .iter()
            .map(|source| {
                Ok(statement.query_row([source.0], |row| {
                    Ok(FeedHealth {
                        name: row.get(0)?,
                        last_fetched: time(row.get(1)?),
                        last_success: time(row.get(2)?),
                        last_status: row.get(3)?,
                        last_error: row.get(4)?,
                        consecutive_failures: row.get(5)?,
                        next_fetch: time(row.get(6)?),
                        moved_to: row.get(7)?,
                        stories: row.get(8)?,
                    })
                })?)
            })
            .collect()
    }

    /// Every story whose time is at or after `since`, oldest first.
    pub fn stories_since(&self, since: DateTime<Utc>) -> anyhow::Result<Vec<Story>> {
        let mut statement = self.connection.prepare(&format!(
            "{STORY_COLUMNS} WHERE stories.sort_time >= ?1 ORDER BY stories.sort_time, stories.id"
        ))?;
        let rows = statement.query_map([since.timestamp()], story_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The stories of `clusters` whose time is before `before`, oldest first:
    /// the sources a cluster gathered before the loaded window, so that its
    /// entry keeps listing every outlet and its primary source.
    pub fn earlier_members(
        &self,
        clusters: &[&ClusterId],
        before: DateTime<Utc>,
    ) -> anyhow::Result<Vec<Story>> {
        let mut statement = self.connection.prepare_cached(&format!(
            "{STORY_COLUMNS} WHERE stories.cluster = ?1 AND stories.sort_time < ?2
             ORDER BY stories.sort_time, stories.id"
        ))?;
        let mut found = Vec::new();
        for cluster in clusters {
            let rows =
                statement.query_map(params![cluster.0, before.timestamp()], story_from_row)?;
            for row in rows {
                found.push(row?);
            }
        }
        Ok(found)
    }

    /// Deletes stories whose time is before `before`, in one transaction, and
    /// returns how many. A cluster is only a label on its stories, so it goes
    /// with its last story. Space is reused by SQLite; no VACUUM is run.
    pub fn prune(&mut self, before: DateTime<Utc>) -> anyhow::Result<usize> {
        let transaction = self.connection.transaction()?;
        let deleted = transaction.execute(
            "DELETE FROM stories WHERE sort_time < ?1",
            [before.timestamp()],
        )?;
        transaction.commit()?;
        Ok(deleted)
    }

    /// Records the cluster of each story that had none, in one transaction.
    /// A story's cluster, once set, never changes.
    pub fn assign_clusters(
        &mut self,
        assignments: &[(StoryId, &ClusterId)],
    ) -> anyhow::Result<usize> {
        let transaction = self.connection.transaction()?;
        let mut changed = 0;
        {
            let mut update = transaction
                .prepare("UPDATE stories SET cluster = ?2 WHERE id = ?1 AND cluster IS NULL")?;
            for (story, cluster) in assignments {
                changed += update.execute(params![story.0, cluster.0])?;
            }
        }
        transaction.commit()?;
        Ok(changed)
    }
}

/// The columns `story_from_row` reads, joined with the story's source.
const STORY_COLUMNS: &str =
    "SELECT stories.id, stories.source_id, coalesce(sources.name, sources.title, sources.url),
            sources.url, stories.guid, stories.title, stories.url, stories.summary,
            stories.published, stories.first_seen, stories.cluster
     FROM stories JOIN sources ON sources.id = stories.source_id";

fn story_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Story> {
    let source_url: String = row.get(3)?;
    let guid: String = row.get(4)?;
    Ok(Story {
        id: StoryId(row.get(0)?),
        source: SourceId(row.get(1)?),
        feed: row.get(2)?,
        key: format!("{source_url}\n{guid}"),
        title: row.get(5)?,
        url: row.get(6)?,
        summary: row.get(7)?,
        published: row
            .get::<_, Option<i64>>(8)?
            .and_then(|secs| DateTime::from_timestamp(secs, 0)),
        first_seen: DateTime::from_timestamp(row.get(9)?, 0).unwrap_or_default(),
        cluster: row.get::<_, Option<String>>(10)?.map(ClusterId),
    })
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn story(guid: &str, title: &str, hour: u32) -> NewStory {
        NewStory {
            guid: guid.to_owned(),
            title: title.to_owned(),
            url: Some(format!("https://example.com/{guid}")),
            summary: None,
            published: Some(Utc.with_ymd_and_hms(2024, 3, 1, hour, 0, 0).unwrap()),
        }
    }

    #[test]
    fn refetch_updates_instead_of_duplicating_and_keeps_clusters() {
        let mut store = Store::open_in_memory().unwrap();
        let source = Source {
            url: "https://example.com/feed".to_owned(),
            name: Some("Example".to_owned()),
        };
        let [id] = store.register_sources(&[source]).unwrap()[..] else {
            panic!()
        };
        let now = Utc.with_ymd_and_hms(2024, 3, 1, 12, 0, 0).unwrap();
        let validators = Validators {
            etag: Some("\"v1\"".to_owned()),
            last_modified: None,
        };
        let saved = store
            .save_stories(
                id,
                Some("Feed title"),
                &[story("a", "First", 8)],
                &validators,
                now,
            )
            .unwrap();
        assert_eq!(saved, Saved { new: 1, updated: 0 });
        assert_eq!(store.validators(id).unwrap(), validators);

        let stories = store
            .stories_since(now - chrono::Duration::days(1))
            .unwrap();
        let cluster = ClusterId("c1".to_owned());
        assert_eq!(
            store.assign_clusters(&[(stories[0].id, &cluster)]).unwrap(),
            1
        );

        let saved = store
            .save_stories(
                id,
                None,
                &[story("a", "First, edited", 8), story("b", "Second", 9)],
                &validators,
                now,
            )
            .unwrap();
        assert_eq!(saved, Saved { new: 1, updated: 1 });
        let stories = store
            .stories_since(now - chrono::Duration::days(1))
            .unwrap();
        let summary: Vec<(String, Option<ClusterId>, String)> = stories
            .into_iter()
            .map(|story| (story.title, story.cluster, story.feed))
            .collect();
        assert_eq!(
            summary,
            vec![
                (
                    "First, edited".to_owned(),
                    Some(cluster.clone()),
                    "Example".to_owned()
                ),
                ("Second".to_owned(), None, "Example".to_owned()),
            ]
        );
        // A cluster, once set, is never overwritten.
        let stories = store
            .stories_since(now - chrono::Duration::days(1))
            .unwrap();
        assert_eq!(
            store
                .assign_clusters(&[(stories[0].id, &ClusterId("other".to_owned()))])
                .unwrap(),
            0
        );
    }

    #[test]
    fn future_dates_sort_by_first_seen() {
        let mut store = Store::open_in_memory().unwrap();
        let source = Source {
            url: "https://example.com/feed".to_owned(),
            name: None,
        };
        let [id] = store.register_sources(&[source]).unwrap()[..] else {
            panic!()
        };
        let now = Utc.with_ymd_and_hms(2024, 3, 1, 6, 0, 0).unwrap();
        store
            .save_stories(
                id,
                Some("T"),
                &[story("late", "From the future", 23)],
                &Validators::default(),
                now,
            )
            .unwrap();
        assert_eq!(store.stories_since(now).unwrap().len(), 1);
        assert_eq!(
            store
                .stories_since(now + chrono::Duration::hours(1))
                .unwrap()
                .len(),
            0
        );
    }

    #[test]
    fn migrations_are_recorded() {
        let store = Store::open_in_memory().unwrap();
        let version: i64 = store
            .connection
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
    }
}
