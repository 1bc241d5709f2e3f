//! A full run against N local feeds: `cargo bench --bench fetch [-- FEEDS]`.
//!
//! Serves FEEDS feeds (default 1,000) of 50 items each from 127.0.0.1, every
//! response delayed 100 ms like a distant server, and runs the release binary
//! twice per concurrency (8, 32, 128): a first run that downloads every body,
//! and a second where every feed answers 304. Prints wall time, CPU time and
//! peak memory of each run (CPU and memory through GNU time, /usr/bin/time,
//! when it is installed) and the bytes the server sent. The ideal first run is
//! FEEDS x 0.1 s / concurrency; compare ratios from one run of this command.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const DELAY: Duration = Duration::from_millis(100);
const NOW: &str = "2026-11-22T12:00:00Z";

fn main() {
    let feeds: usize = std::env::args()
        .skip(1)
        .find_map(|arg| arg.parse().ok())
        .unwrap_or(1000);
    let bodies: Arc<Vec<Vec<u8>>> = Arc::new((0..feeds).map(feed).collect());
    let sent = Arc::new(AtomicU64::new(0));
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let address = listener.local_addr().expect("an address");
    {
        let (bodies, sent) = (Arc::clone(&bodies), Arc::clone(&sent));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (bodies, sent) = (Arc::clone(&bodies), Arc::clone(&sent));
                std::thread::spawn(move || serve(stream, &bodies, &sent));
            }
        });
    }
    let gnu_time = Path::new("/usr/bin/time").exists();
    println!(
        "{feeds} feeds x 50 items, {} ms per response; ideal first run = {feeds} x 0.1 s / concurrency",
        DELAY.as_millis()
    );
    if !gnu_time {
        println!("(install GNU time, /usr/bin/time, for CPU time and peak memory)");
    }
    println!("concurrency  run          wall s  ideal s  ratio  user s  sys s  peak MiB  body MiB");
    for concurrency in [8, 32, 128] {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut toml = format!(
            "[output]\npath = \"merged.xml\"\nsince = \"2026-11-01\"\n\n\
             [fetch]\nconcurrency = {concurrency}\n\
             # every feed is on 127.0.0.1 here, unlike real feeds on many hosts\n\
             per_host = {concurrency}\n\n"
        );
        for index in 0..feeds {
            toml.push_str(&format!(
                "[[feed]]\nname = \"Outlet {index}\"\nurl = \"http://{address}/feed/{index}.xml\"\n\n"
            ));
        }
        std::fs::write(dir.path().join("feeds.toml"), toml).expect("write feeds.toml");
        let ideal = feeds as f64 * DELAY.as_secs_f64() / concurrency as f64;
        for run in ["first (200)", "second (304)"] {
            let before = sent.load(Ordering::SeqCst);
            let stats = dir.path().join("time.txt");
            let mut command = if gnu_time {
                let mut command = Command::new("/usr/bin/time");
                command
                    .args(["-f", "%U %S %M", "-o"])
                    .arg(&stats)
                    .arg(env!("CARGO_BIN_EXE_aggregate"));
                command
            } else {
                Command::new(env!("CARGO_BIN_EXE_aggregate"))
            };
            let started = Instant::now();
            let status = command
                .current_dir(dir.path())
                .args(["--now", NOW, "-q"])
                .status()
                .expect("run aggregate");
            let wall = started.elapsed().as_secs_f64();
            assert!(status.success(), "aggregate failed: {status}");
            let body = (sent.load(Ordering::SeqCst) - before) as f64 / (1024.0 * 1024.0);
            let (user, system, peak) = std::fs::read_to_string(&stats)
                .ok()
                .and_then(|text| {
                    let fields: Vec<f64> = text
                        .split_whitespace()
                        .filter_map(|field| field.parse().ok())
                        .collect();
                    (fields.len() == 3).then(|| (fields[0], fields[1], fields[2] / 1024.0))
                })
                .unwrap_or((f64::NAN, f64::NAN, f64::NAN));
            println!(
                "{concurrency:>11}  {run:<12} {wall:>7.2}  {ideal:>7.2}  {:>5.2}  {user:>6.2}  {system:>5.2}  {peak:>8.0}  {body:>8.1}",
                wall / ideal
            );
        }
    }
}

/// Feed `index`: RSS 2.0 with 50 items about made-up devices.
fn feed(index: usize) -> Vec<u8> {
    const BRANDS: &[&str] = &[
        "Xiaomi",
        "Galaxy",
        "Pixel",
        "iPhone",
        "OnePlus",
        "Moto",
        "Nothing Phone",
    ];
    const EVENTS: &[&str] = &[
        "launch date leaks",
        "gets a price cut in India",
        "review: the best camera yet",
        "teardown reveals a bigger battery",
        "update brings new camera features",
        "owners report overheating",
        "is now official",
    ];
    let mut items = String::new();
    for item in 0..50 {
        let story = (index * 7 + item * 13) % 2000;
        let title = format!(
            "{} {} {}",
            BRANDS[story % BRANDS.len()],
            10 + story % 90,
            EVENTS[(story / 90) % EVENTS.len()]
        );
        items.push_str(&format!(
            "<item><title>{title}</title><link>https://outlet{index}.example/{item}</link>\
             <guid>https://outlet{index}.example/{item}</guid>\
             <pubDate>Sun, 22 Nov 2026 {:02}:{:02}:00 GMT</pubDate>\
             <description>Outlet {index} writes about {title}. More in the article.</description></item>",
            item % 12,
            item % 60
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
         <title>Outlet {index}</title><link>https://outlet{index}.example/</link>\
         <description>Bench feed</description>{items}</channel></rss>"
    )
    .into_bytes()
}

fn serve(stream: TcpStream, bodies: &[Vec<u8>], sent: &AtomicU64) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone the stream"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut if_none_match = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("if-none-match")
        {
            if_none_match = Some(value.trim().to_owned());
        }
    }
    let index: Option<usize> = request_line
        .split_whitespace()
        .nth(1)
        .and_then(|path| path.strip_prefix("/feed/"))
        .and_then(|path| path.strip_suffix(".xml"))
        .and_then(|index| index.parse().ok());
    std::thread::sleep(DELAY);
    let mut stream = stream;
    let Some(body) = index.and_then(|index| bodies.get(index)) else {
        let _ = stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    };
    let etag = format!("\"v1-{}\"", index.unwrap_or(0));
    if if_none_match.as_deref() == Some(etag.as_str()) {
        let _ = stream.write_all(
            format!("HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        );
        return;
    }
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {}\r\n\
         ETag: {etag}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    if stream.write_all(head.as_bytes()).is_ok() && stream.write_all(body).is_ok() {
        sent.fetch_add(body.len() as u64, Ordering::SeqCst);
    }
}
