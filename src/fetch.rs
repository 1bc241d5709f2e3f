//! HTTP (and `file://`) fetching: concurrent, bounded, with timeouts, a
//! User-Agent naming the tool, compression and conditional GET.
//!
//! This is the only async code in the program. It knows nothing of feed
//! formats or the database: it takes URLs with the validators of the last
//! fetch and returns bodies, "not modified", or an error per URL.
//! reqwest types never leave this module.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{ETAG, HeaderMap, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};

use crate::model::Validators;

/// How to fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// How many feeds are fetched at once.
    pub concurrency: usize,
    /// The longest a whole fetch may take, body included.
    pub timeout: Duration,
    /// The longest connecting may take.
    pub connect_timeout: Duration,
    /// The User-Agent header.
    pub user_agent: String,
    /// The largest body accepted, in bytes, after decompression.
    pub max_body: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            concurrency: 16,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            user_agent: default_user_agent(),
            max_body: 8 * 1024 * 1024,
        }
    }
}

/// The User-Agent this tool sends unless told otherwise.
pub fn default_user_agent() -> String {
    format!(
        "aggregate/{} (news feed merger; polite, conditional GET)",
        env!("CARGO_PKG_VERSION")
    )
}

/// One feed to fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// An absolute `http`, `https` or `file` URL.
    pub url: String,
    /// What the last successful fetch returned, for a conditional GET.
    pub validators: Validators,
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

/// Why a fetch failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The server answered with an error status.
    #[error("HTTP {0}")]
    Status(StatusCode),
    /// The fetch took longer than the timeout.
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    /// The body was larger than allowed.
    #[error("response body larger than {0} bytes")]
    TooLarge(u64),
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

/// Fetches every request, at most `options.concurrency` at once, and returns
/// the outcomes in the order of `requests`.
pub async fn fetch_all(
    requests: Vec<Request>,
    options: &Options,
) -> Vec<Result<FetchOutcome, FetchError>> {
    let client = match build_client(options) {
        Ok(client) => client,
        Err(err) => {
            let message = error_chain(&err);
            return requests
                .iter()
                .map(|_| Err(FetchError::Network(message.clone())))
                .collect();
        }
    };
    let limit = Arc::new(tokio::sync::Semaphore::new(options.concurrency.max(1)));
    let mut tasks = tokio::task::JoinSet::new();
    for (index, request) in requests.into_iter().enumerate() {
        let client = client.clone();
        let limit = Arc::clone(&limit);
        let options = options.clone();
        tasks.spawn(async move {
            let _permit = limit
                .acquire_owned()
                .await
                .expect("the semaphore is never closed");
            let outcome =
                match tokio::time::timeout(options.timeout, fetch_one(&client, &request, &options))
                    .await
                {
                    Ok(outcome) => outcome,
                    Err(_) => Err(FetchError::Timeout(options.timeout)),
                };
            (index, outcome)
        });
    }
    let mut outcomes: Vec<Option<Result<FetchOutcome, FetchError>>> =
        std::iter::repeat_with(|| None).take(tasks.len()).collect();
    while let Some(joined) = tasks.join_next().await {
        let (index, outcome) = joined.expect("fetch tasks do not panic");
        outcomes[index] = Some(outcome);
    }
    outcomes
        .into_iter()
        .map(|outcome| outcome.expect("every task reports"))
        .collect()
}

fn build_client(options: &Options) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .user_agent(options.user_agent.clone())
        // The total timeout is enforced around each whole fetch in `fetch_all`
        // (it covers file reads too), so the client only bounds connecting.
        .connect_timeout(options.connect_timeout)
        .redirect(reqwest::redirect::Policy::limited(5))
        .build()
}

async fn fetch_one(
    client: &reqwest::Client,
    request: &Request,
    options: &Options,
) -> Result<FetchOutcome, FetchError> {
    let url =
        url::Url::parse(&request.url).map_err(|_| FetchError::Unsupported(request.url.clone()))?;
    match url.scheme() {
        "file" => read_file(&url, options.max_body).await,
        "http" | "https" => fetch_http(client, url, &request.validators, options.max_body).await,
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
    url: url::Url,
    validators: &Validators,
    max_body: u64,
) -> Result<FetchOutcome, FetchError> {
    let mut request = client.get(url);
    if let Some(etag) = &validators.etag {
        request = request.header(IF_NONE_MATCH, etag);
    }
    if let Some(last_modified) = &validators.last_modified {
        request = request.header(IF_MODIFIED_SINCE, last_modified);
    }
    let mut response = request.send().await.map_err(network_error)?;
    let status = response.status();
    if status == StatusCode::NOT_MODIFIED {
        return Ok(FetchOutcome::NotModified);
    }
    if !status.is_success() {
        return Err(FetchError::Status(status));
    }
    let validators = validators_from(response.headers());
    let final_url = response.url().to_string();
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
