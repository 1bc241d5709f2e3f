//! HTTP (and `file://`) fetching: concurrent, bounded overall and per host,
//! with timeouts, retries of transient failures with backoff, `Retry-After`,
//! redirects followed by hand (permanent ones reported), a User-Agent naming
//! the tool, compression and conditional GET.
//!
//! This is the only async code in the program. It knows nothing of feed
//! formats or the database: it takes URLs with the validators of the last
//! fetch and returns bodies, "not modified", or an error per URL.
//! reqwest types never leave this module.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{
    ETAG, HeaderMap, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, LOCATION, RETRY_AFTER,
};

use crate::model::Validators;

/// How to fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// How many feeds are fetched at once.
    pub concurrency: usize,
    /// How many feeds of one host are fetched at once.
    pub per_host: usize,
    /// The longest one attempt may take, body included.
    pub timeout: Duration,
    /// The longest connecting may take.
    pub connect_timeout: Duration,
    /// The User-Agent header.
    pub user_agent: String,
    /// The largest body accepted, in bytes, after decompression.
    pub max_body: u64,
    /// How many times a transient failure (timeout, reset, 5xx) is retried.
    pub retries: u32,
    /// The wait before the first retry; each further retry waits twice as long.
    pub backoff: Duration,
    /// The most redirects followed for one feed.
    pub max_redirects: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            concurrency: 16,
            per_host: 2,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            user_agent: default_user_agent(),
            max_body: 8 * 1024 * 1024,
            retries: 2,
            backoff: Duration::from_millis(500),
            max_redirects: 5,
        }
    }
}

/// The User-Agent this tool sends unless told otherwise: its name, version
/// and where to learn about it, so a publisher can tell what is calling.
pub fn default_user_agent() -> String {
    let about = option_env!("CARGO_PKG_HOMEPAGE")
        .filter(|home| !home.is_empty())
        .or(option_env!("CARGO_PKG_REPOSITORY").filter(|home| !home.is_empty()))
        .unwrap_or("a news feed merger; conditional GET");
    format!("aggregate/{} (+{about})", env!("CARGO_PKG_VERSION"))
}

/// One feed to fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// An absolute `http`, `https` or `file` URL.
    pub url: String,
    /// What the last successful fetch returned, for a conditional GET.
    pub validators: Validators,
}

/// What fetching one feed did.
#[derive(Debug)]
pub struct Fetched {
    pub result: Result<FetchOutcome, FetchError>,
    /// Where the feed has moved, when the server answered with a permanent
    /// redirect (301 or 308): the URL to put in feeds.toml.
    pub moved_to: Option<String>,
    /// How many requests it took (1 unless transient failures were retried).
    pub attempts: u32,
}

/// What a successful fetch produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchOutcome {
    /// The server says nothing changed since the validators we sent.
    NotModified,
    /// A new body.
    Body {
        /// The bytes, decompressed but not decoded: the parser reads the charset itself.
        body: Vec<u8>,
        /// The validators to send next time.
        validators: Validators,
        /// The URL the body came from, after redirects.
        final_url: String,
    },
}

/// When a server asks us to come back (`Retry-After`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAfter {
    /// After this many seconds.
    Seconds(u64),
    /// At this time.
    At(chrono::DateTime<chrono::Utc>),
}

/// Why a fetch failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The server answered with an error status.
    #[error("HTTP {0}")]
    Status(StatusCode),
    /// The server asked us to slow down (429, or 503 with `Retry-After`).
    #[error("HTTP {status}{}", retry_after_text(.retry_after))]
    SlowDown {
        status: StatusCode,
        retry_after: Option<RetryAfter>,
    },
    /// The fetch took longer than the timeout.
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    /// The body was larger than allowed.
    #[error("response body larger than {0} bytes")]
    TooLarge(u64),
    /// More redirects than allowed, or a redirect without a usable Location.
    #[error("{0}")]
    Redirect(String),
    /// Connecting or reading failed.
    #[error("{0}")]
    Network(String),
    /// A `file://` feed could not be read.
    #[error("cannot read {path}: {source}")]
    File {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The URL's scheme is not one we fetch.
    #[error("unsupported URL {0}")]
    Unsupported(String),
}

fn retry_after_text(retry_after: &Option<RetryAfter>) -> String {
    match retry_after {
        Some(RetryAfter::Seconds(seconds)) => format!(", retry after {seconds} s"),
        Some(RetryAfter::At(time)) => format!(", retry after {}", time.to_rfc3339()),
        None => String::new(),
    }
}

impl FetchError {
    /// Whether trying again soon may work: timeouts, network errors and 5xx
    /// (but not a 503 that says when to come back).
    fn is_transient(&self) -> bool {
        match self {
            FetchError::Timeout(_) | FetchError::Network(_) => true,
            FetchError::Status(status) => status.is_server_error(),
            _ => false,
        }
    }
}

/// Fetches every request, at most `options.concurrency` at once and
/// `options.per_host` per host, and returns the results in request order.
pub async fn fetch_all(requests: Vec<Request>, options: &Options) -> Vec<Fetched> {
    let mut outcomes: Vec<Option<Fetched>> = std::iter::repeat_with(|| None)
        .take(requests.len())
        .collect();
    fetch_each(requests, options, |index, fetched| {
        outcomes[index] = Some(fetched);
    })
    .await;
    outcomes
        .into_iter()
        .map(|outcome| outcome.expect("every request reports"))
        .collect()
}

/// Fetches like `fetch_all`, but hands each result to `done` (with the
/// request's index) as soon as it arrives, so the caller can parse and store
/// one feed while others are still downloading.
pub async fn fetch_each(
    requests: Vec<Request>,
    options: &Options,
    mut done: impl FnMut(usize, Fetched),
) {
    let client = match build_client(options) {
        Ok(client) => client,
        Err(err) => {
            let message = error_chain(&err);
            for index in 0..requests.len() {
                let fetched = Fetched {
                    result: Err(FetchError::Network(message.clone())),
                    moved_to: None,
                    attempts: 0,
                };
                done(index, fetched);
            }
            return;
        }
    };
    let limit = Arc::new(tokio::sync::Semaphore::new(options.concurrency.max(1)));
    let mut hosts: HashMap<String, Arc<tokio::sync::Semaphore>> = HashMap::new();
    let mut tasks = tokio::task::JoinSet::new();
    for (index, request) in requests.into_iter().enumerate() {
        let host_limit = url::Url::parse(&request.url)
            .ok()
            .and_then(|url| url.host_str().map(str::to_ascii_lowercase))
            .map(|host| {
                Arc::clone(hosts.entry(host).or_insert_with(|| {
                    Arc::new(tokio::sync::Semaphore::new(options.per_host.max(1)))
                }))
            });
        let client = client.clone();
        let limit = Arc::clone(&limit);
        let options = options.clone();
        tasks.spawn(async move {
            // The host's permit first, so a feed waiting for its host does not
            // hold one of the global permits others could use.
            let _host_permit = match host_limit {
                Some(host_limit) => Some(
                    host_limit
                        .acquire_owned()
                        .await
                        .expect("the semaphore is never closed"),
                ),
                None => None,
            };
            let _permit = limit
                .acquire_owned()
                .await
                .expect("the semaphore is never closed");
            (index, fetch_with_retries(&client, &request, &options).await)
        });
    }
    while let Some(joined) = tasks.join_next().await {
        let (index, fetched) = joined.expect("fetch tasks do not panic");
        done(index, fetched);
    }
}

fn build_client(options: &Options) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .user_agent(options.user_agent.clone())
        // The total timeout is enforced around each attempt in
        // `fetch_with_retries` (it covers file reads too), so the client only
        // bounds connecting.
        .connect_timeout(options.connect_timeout)
        // Redirects are followed by hand, to notice permanent ones.
        .redirect(reqwest::redirect::Policy::none())
        .build()
}

async fn fetch_with_retries(
    client: &reqwest::Client,
    request: &Request,
    options: &Options,
) -> Fetched {
    let mut attempts = 0;
    loop {
        attempts += 1;
        let mut moved_to = None;
        let result = match tokio::time::timeout(
            options.timeout,
            fetch_one(client, request, options, &mut moved_to),
        )
        .await
        {
            Ok(result) => result,
            Err(_) => Err(FetchError::Timeout(options.timeout)),
        };
        let retry =
            matches!(&result, Err(err) if err.is_transient()) && attempts <= options.retries;
        if !retry {
            return Fetched {
                result,
                moved_to,
                attempts,
            };
        }
        tokio::time::sleep(options.backoff * 2u32.pow(attempts - 1)).await;
    }
}

async fn fetch_one(
    client: &reqwest::Client,
    request: &Request,
    options: &Options,
    moved_to: &mut Option<String>,
) -> Result<FetchOutcome, FetchError> {
    let url =
        url::Url::parse(&request.url).map_err(|_| FetchError::Unsupported(request.url.clone()))?;
    match url.scheme() {
        "file" => read_file(&url, options.max_body).await,
        "http" | "https" => fetch_http(client, url, &request.validators, options, moved_to).await,
        _ => Err(FetchError::Unsupported(request.url.clone())),
    }
}

async fn read_file(url: &url::Url, max_body: u64) -> Result<FetchOutcome, FetchError> {
    let path = url
        .to_file_path()
        .map_err(|_| FetchError::Unsupported(url.to_string()))?;
    let file_error = |source| FetchError::File {
        path: path.display().to_string(),
        source,
    };
    let metadata = tokio::fs::metadata(&path).await.map_err(file_error)?;
    if metadata.len() > max_body {
        return Err(FetchError::TooLarge(max_body));
    }
    let body = tokio::fs::read(&path).await.map_err(file_error)?;
    Ok(FetchOutcome::Body {
        body,
        validators: Validators::default(),
        final_url: url.to_string(),
    })
}

async fn fetch_http(
    client: &reqwest::Client,
    mut url: url::Url,
    validators: &Validators,
    options: &Options,
    moved_to: &mut Option<String>,
) -> Result<FetchOutcome, FetchError> {
    // While every hop so far was permanent, the feed itself has moved.
    let mut all_permanent = true;
    let mut redirects = 0;
    let mut response = loop {
        let mut request = client.get(url.clone());
        if let Some(etag) = &validators.etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        if let Some(last_modified) = &validators.last_modified {
            request = request.header(IF_MODIFIED_SINCE, last_modified);
        }
        let response = request.send().await.map_err(network_error)?;
        let status = response.status();
        if !status.is_redirection() || status == StatusCode::NOT_MODIFIED {
            break response;
        }
        redirects += 1;
        if redirects > options.max_redirects {
            return Err(FetchError::Redirect(format!(
                "more than {} redirects",
                options.max_redirects
            )));
        }
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|value| value.to_str().ok())
            .ok_or_else(|| FetchError::Redirect(format!("HTTP {status} without a Location")))?;
        let next = url.join(location).map_err(|_| {
            FetchError::Redirect(format!("HTTP {status} to a bad Location {location:?}"))
        })?;
        if !matches!(next.scheme(), "http" | "https") {
            return Err(FetchError::Redirect(format!(
                "HTTP {status} to a non-HTTP Location {next}"
            )));
        }
        let permanent = matches!(
            status,
            StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT
        );
        all_permanent &= permanent;
        if all_permanent {
            *moved_to = Some(next.to_string());
        }
        url = next;
    };
    let status = response.status();
    if status == StatusCode::NOT_MODIFIED {
        return Ok(FetchOutcome::NotModified);
    }
    let retry_after = retry_after(response.headers());
    if status == StatusCode::TOO_MANY_REQUESTS
        || (status == StatusCode::SERVICE_UNAVAILABLE && retry_after.is_some())
    {
        return Err(FetchError::SlowDown {
            status,
            retry_after,
        });
    }
    if !status.is_success() {
        return Err(FetchError::Status(status));
    }
    let validators = validators_from(response.headers());
    let final_url = response.url().to_string();
    let max_body = options.max_body;
    if response
        .content_length()
        .is_some_and(|length| length > max_body)
    {
        return Err(FetchError::TooLarge(max_body));
    }
    // Read chunk by chunk so a huge or endless body (or a gzip bomb, since
    // chunks arrive decompressed) is refused before it fills memory.
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(network_error)? {
        if body.len() as u64 + chunk.len() as u64 > max_body {
            return Err(FetchError::TooLarge(max_body));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(FetchOutcome::Body {
        body,
        validators,
        final_url,
    })
}

/// Reads `Retry-After`: a number of seconds or an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<RetryAfter> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(RetryAfter::Seconds(seconds));
    }
    chrono::DateTime::parse_from_rfc2822(value)
        .ok()
        .map(|time| RetryAfter::At(time.with_timezone(&chrono::Utc)))
}

fn validators_from(headers: &HeaderMap) -> Validators {
    let text = |name| {
        headers
            .get(name)
            .and_then(|value: &reqwest::header::HeaderValue| value.to_str().ok())
            .map(str::to_owned)
    };
    Validators {
        etag: text(ETAG),
        last_modified: text(LAST_MODIFIED),
    }
}

fn network_error(err: reqwest::Error) -> FetchError {
    if err.is_timeout() {
        return FetchError::Network("timed out connecting".to_owned());
    }
    FetchError::Network(error_chain(&err))
}

/// An error and its sources, joined with ": ", without repeating a message
/// that a source already says.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut message = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}
