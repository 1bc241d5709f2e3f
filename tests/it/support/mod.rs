//! Test support: a fixture HTTP server on 127.0.0.1 and a `Test` builder that
//! runs the real binary in a fresh temporary directory.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A fixed clock for every run, so output is deterministic.
pub const NOW: &str = "2026-11-22T12:00:00Z";

/// How the server answers one path.
#[derive(Clone, Debug)]
pub struct Route {
    pub status: u16,
    pub body: Vec<u8>,
    pub content_type: &'static str,
    pub etag: Option<String>,
    /// Wait this long before answering.
    pub delay: Duration,
    pub location: Option<String>,
    /// More response headers, such as `Retry-After` or `Content-Encoding`.
    pub headers: Vec<(String, String)>,
    /// Send the body one byte at a time with this pause between bytes.
    pub drip: Option<Duration>,
}

impl Route {
    /// A 200 with the fixture file's content and an ETag derived from it.
    pub fn fixture(name: &str) -> Route {
        let body =
            std::fs::read(fixture_path(name)).unwrap_or_else(|err| panic!("fixture {name}: {err}"));
        let etag = format!(
            "\"{:x}\"",
            body.iter()
                .fold(0u64, |h, &b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
        );
        Route {
            status: 200,
            body,
            content_type: "application/xml",
            etag: Some(etag),
            delay: Duration::ZERO,
            location: None,
            headers: Vec::new(),
            drip: None,
        }
    }

    /// An empty answer with this status.
    pub fn status(status: u16) -> Route {
        Route {
            status,
            body: Vec::new(),
            content_type: "text/plain",
            etag: None,
            delay: Duration::ZERO,
            location: None,
            headers: Vec::new(),
            drip: None,
        }
    }

    /// A redirect with this status to `location`.
    pub fn redirect(status: u16, location: &str) -> Route {
        Route {
            location: Some(location.to_owned()),
            ..Route::status(status)
        }
    }

    /// This route with one more response header.
    pub fn header(mut self, name: &str, value: &str) -> Route {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }
}

/// One request the server received.
#[derive(Clone, Debug)]
pub struct Received {
    pub path: String,
    pub headers: HashMap<String, String>,
    /// How many requests (this one included) were being answered when it arrived.
    pub in_flight: usize,
}

/// The answers for each path: each request takes the next, the last repeats.
type Routes = HashMap<String, (Vec<Route>, usize)>;

/// A small HTTP/1.1 server over `std::net`, one thread per connection.
pub struct FixtureServer {
    pub address: String,
    routes: Arc<Mutex<Routes>>,
    received: Arc<Mutex<Vec<Received>>>,
}

/// Counts requests being answered; decrements when dropped.
struct InFlight(Arc<std::sync::atomic::AtomicUsize>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

impl FixtureServer {
    pub fn start() -> FixtureServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let address = format!("http://{}", listener.local_addr().unwrap());
        let routes: Arc<Mutex<Routes>> = Arc::default();
        let received: Arc<Mutex<Vec<Received>>> = Arc::default();
        let (routes_for_thread, received_for_thread) = (Arc::clone(&routes), Arc::clone(&received));
        let in_flight = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let routes = Arc::clone(&routes_for_thread);
                let received = Arc::clone(&received_for_thread);
                let in_flight = Arc::clone(&in_flight);
                thread::spawn(move || handle(stream, &routes, &received, &in_flight));
            }
        });
        FixtureServer {
            address,
            routes,
            received,
        }
    }

    pub fn route(&self, path: &str, route: Route) {
        self.routes_in_turn(path, vec![route]);
    }

    /// Answers successive requests for `path` with `routes` in turn; the last repeats.
    pub fn routes_in_turn(&self, path: &str, routes: Vec<Route>) {
        assert!(!routes.is_empty());
        self.routes
            .lock()
            .unwrap()
            .insert(path.to_owned(), (routes, 0));
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub fn received(&self, path: &str) -> Vec<Received> {
        self.received
            .lock()
            .unwrap()
            .iter()
            .filter(|request| request.path == path)
            .cloned()
            .collect()
    }
}

fn handle(
    stream: TcpStream,
    routes: &Mutex<Routes>,
    received: &Mutex<Vec<Received>>,
    in_flight: &Arc<std::sync::atomic::AtomicUsize>,
) {
    let now_in_flight = in_flight.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
    let in_flight_guard = InFlight(Arc::clone(in_flight));
    let mut reader = BufReader::new(stream.try_clone().expect("clone the stream"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    let mut headers = HashMap::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    received.lock().unwrap().push(Received {
        path: path.clone(),
        headers: headers.clone(),
        in_flight: now_in_flight,
    });
    let route = match routes.lock().unwrap().get_mut(&path) {
        Some((routes, next)) => {
            let route = routes[(*next).min(routes.len() - 1)].clone();
            *next += 1;
            route
        }
        None => Route::status(404),
    };
    thread::sleep(route.delay);
    let not_modified = route.etag.is_some() && headers.get("if-none-match") == route.etag.as_ref();
    let (status, body) = if not_modified {
        (304, Vec::new())
    } else {
        (route.status, route.body.clone())
    };
    let mut head = format!(
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    head.push_str(&format!("Content-Type: {}\r\n", route.content_type));
    if let Some(etag) = &route.etag {
        head.push_str(&format!("ETag: {etag}\r\n"));
    }
    if let Some(location) = &route.location {
        head.push_str(&format!("Location: {location}\r\n"));
    }
    for (name, value) in &route.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    // Counted out before the answer goes: once the client has the whole
    // answer it may send its next request, which must not see this one.
    drop(in_flight_guard);
    let mut stream = stream;
    let _ = stream.write_all(head.as_bytes());
    match route.drip {
        Some(pause) => {
            for byte in &body {
                if stream.write_all(std::slice::from_ref(byte)).is_err() {
                    return;
                }
                let _ = stream.flush();
                thread::sleep(pause);
            }
        }
        None => {
            let _ = stream.write_all(&body);
        }
    }
    let _ = stream.flush();
}

pub fn fixture_path(name: &str) -> PathBuf {
    fixture_dir("feeds").join(name)
}

/// A folder under `tests/fixtures`.
pub fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A run of the real binary in its own temporary directory.
pub struct Test {
    pub dir: tempfile::TempDir,
    pub server: FixtureServer,
    feeds: Vec<(String, String)>,
    extra_config: String,
    output_section: Option<String>,
    args: Vec<String>,
}

/// What a run produced.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Test {
    pub fn new() -> Test {
        Test {
            dir: tempfile::tempdir().expect("a temporary directory"),
            server: FixtureServer::start(),
            feeds: Vec::new(),
            extra_config: String::new(),
            output_section: None,
            args: Vec::new(),
        }
    }

    /// Serves fixture `file` at `/path` and lists it in feeds.toml as `name`.
    pub fn serve(mut self, name: &str, path: &str, file: &str) -> Test {
        self.server.route(path, Route::fixture(file));
        self.feeds.push((name.to_owned(), self.server.url(path)));
        self
    }

    /// Lists a feed answered by `route` at `/path`.
    pub fn route(mut self, name: &str, path: &str, route: Route) -> Test {
        self.server.route(path, route);
        self.feeds.push((name.to_owned(), self.server.url(path)));
        self
    }

    /// Lists a feed at `/path` whose answers are set on `server` by the test.
    pub fn feed(mut self, name: &str, path: &str) -> Test {
        self.feeds.push((name.to_owned(), self.server.url(path)));
        self
    }

    /// Replaces the default `[output]` section (JSON Feed on stdout) with raw TOML.
    pub fn outputs(mut self, toml: &str) -> Test {
        self.output_section = Some(toml.to_owned());
        self
    }

    /// Adds raw TOML to the end of feeds.toml.
    pub fn config(mut self, toml: &str) -> Test {
        self.extra_config.push_str(toml);
        self
    }

    pub fn args<'a>(mut self, args: impl IntoIterator<Item = &'a str>) -> Test {
        self.args.extend(args.into_iter().map(str::to_owned));
        self
    }

    pub fn write_config(&self) {
        let mut toml = self.output_section.clone().unwrap_or_else(|| {
            String::from("[output]\npath = \"-\"\nformat = \"json\"\nsince = \"2026-11-01\"\n\n")
        });
        toml.push('\n');
        for (name, url) in &self.feeds {
            toml.push_str(&format!("[[feed]]\nname = \"{name}\"\nurl = \"{url}\"\n\n"));
        }
        toml.push_str(&self.extra_config);
        std::fs::write(self.dir.path().join("feeds.toml"), toml).expect("write feeds.toml");
    }

    /// Runs the binary once with the builder's arguments and then `more`.
    pub fn run_with(&self, more: &[&str]) -> Output {
        self.run_at(NOW, more)
    }

    /// Runs the binary as if the time were `now`.
    pub fn run_at(&self, now: &str, more: &[&str]) -> Output {
        self.write_config();
        self.run_as_is(now, more)
    }

    /// Runs the binary on feeds.toml as it is on disk (after a command edited it).
    pub fn run_as_is(&self, now: &str, more: &[&str]) -> Output {
        let output = Command::new(env!("CARGO_BIN_EXE_aggregate"))
            .current_dir(self.dir.path())
            .arg("--now")
            .arg(now)
            .args(&self.args)
            .args(more)
            .output()
            .expect("run aggregate");
        Output {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    pub fn run(&self) -> Output {
        self.run_with(&[])
    }
}

impl Output {
    #[track_caller]
    pub fn success(self) -> Output {
        assert_eq!(self.code, 0, "stderr: {}", self.stderr);
        self
    }

    /// The JSON Feed on stdout.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|err| panic!("{err}: {}", self.stdout))
    }

    /// Each entry as "title <- feed: title; feed: title".
    pub fn entries(&self) -> Vec<String> {
        let json = self.json();
        json["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|item| {
                let sources: Vec<String> = item["_aggregate"]["sources"]
                    .as_array()
                    .expect("sources")
                    .iter()
                    .map(|source| {
                        format!(
                            "{}: {}",
                            source["feed"].as_str().unwrap(),
                            source["title"].as_str().unwrap()
                        )
                    })
                    .collect();
                sources.join(" + ")
            })
            .collect()
    }
}
