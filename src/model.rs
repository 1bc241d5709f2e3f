//! Plain data shared by the stages: sources, stories, clusters and their ids.
//!
//! Nothing here does I/O or knows about a foreign library's types; every stage
//! adapts its own inputs into these values and hands them on through `app`.

use chrono::{DateTime, Utc};

/// The longest headline kept, in characters; longer ones are cut, by
/// `parse` for a feed and by `eval` for a labelled file alike.
pub const MAX_TITLE: usize = 300;

/// The database id of a configured feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceId(pub i64);

/// The database id of a stored story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StoryId(pub i64);

/// The stable id of a cluster, kept for the cluster's whole life.
///
/// It is a UUID derived from the story that founded the cluster, so it does not
/// change when the headline or the member list changes, and a rebuilt database
/// gives the same id to the same story.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClusterId(pub String);

impl ClusterId {
    /// The id of a cluster founded by the story with this global key.
    pub fn founded_by(story_key: &str) -> ClusterId {
        let uuid = uuid::Uuid::new_v5(&NAMESPACE, story_key.as_bytes());
        ClusterId(uuid.to_string())
    }

    /// The id as a URN, suitable for Atom `id` and RSS `guid`.
    pub fn urn(&self) -> String {
        format!("urn:uuid:{}", self.0)
    }
}

/// A namespace for the UUIDs this tool makes (itself a v5 UUID of the tool's name).
const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6d1f_40b2_7f3c_5a3e_9c61_0e55_2a7b_d4c1);

/// A configured feed: where to get it and what to call it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The feed's location as an absolute URL (`http`, `https` or `file`).
    pub url: String,
    /// The name from feeds.toml; when absent the feed's own title is used.
    pub name: Option<String>,
}

impl Source {
    /// The name to show in messages before the feed's own title is known.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.url)
    }
}

/// One story as a feed states it, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStory {
    /// The feed's id for the story (GUID, Atom id, or a hash of link and title).
    pub guid: String,
    /// The headline as plain text, at most `MAX_TITLE` characters.
    pub title: String,
    /// The link to the story, absolute.
    pub url: Option<String>,
    /// The summary as the feed gave it (HTML, unsafe), capped in length;
    /// `render` sanitises it.
    pub summary: Option<String>,
    /// When the feed says the story was published.
    pub published: Option<DateTime<Utc>>,
}

/// A feed after parsing: its own title and its stories.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedFeed {
    /// The feed's own title, if it has one.
    pub title: Option<String>,
    /// The stories in feed order.
    pub stories: Vec<NewStory>,
}

/// A stored story, as the later stages see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// The database id.
    pub id: StoryId,
    /// The feed it came from.
    pub source: SourceId,
    /// The outlet's display name.
    pub feed: String,
    /// A key that names this story uniquely and stably across databases:
    /// the feed URL and the feed's id for the story.
    pub key: String,
    /// The headline as plain text.
    pub title: String,
    /// The link to the story.
    pub url: Option<String>,
    /// The summary as the feed gave it (HTML, unsafe); `render` sanitises it.
    pub summary: Option<String>,
    /// When the feed says the story was published.
    pub published: Option<DateTime<Utc>>,
    /// When this tool first saw the story.
    pub first_seen: DateTime<Utc>,
    /// The cluster it was put in by an earlier run, if any.
    pub cluster: Option<ClusterId>,
}

impl Story {
    /// The time that orders and windows stories: published, or first seen when
    /// the feed gives no date or a date in the future of when it was seen.
    pub fn time(&self) -> DateTime<Utc> {
        match self.published {
            Some(published) if published <= self.first_seen => published,
            _ => self.first_seen,
        }
    }
}

/// A group of stories about the same news: one entry of the merged feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The stable id.
    pub id: ClusterId,
    /// Indices into the story slice the cluster was built from, oldest first.
    /// The first member is the primary source, whose headline represents the cluster.
    pub members: Vec<usize>,
}

/// What a server said about a feed's version, sent back on the next fetch so
/// it can answer "not modified".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The `Last-Modified` header.
    pub last_modified: Option<String>,
}
