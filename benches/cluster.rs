//! The cluster stage at 10k and 100k headlines: `cargo bench --bench cluster`.
//!
//! Uses the UCI headlines when `../shared/data/uci-news-tech.tsv.gz` (or the
//! file named by `AGGREGATE_BENCH_DATA`) exists, else synthetic headlines made
//! from a seed, so it runs on a fresh clone too. Prints the best of three runs
//! for each size and the per-story cost ratio: about 1.0 means linear growth.
//! Compare ratios from one run, not seconds across machines.

use std::path::PathBuf;
use std::time::Instant;

use aggregate::cluster::{Params, cluster};
use aggregate::eval;
use aggregate::model::Story;

fn main() {
    let (label, rows) = rows(100_000);
    println!("cluster stage on {label}, time ignored, default parameters");
    let mut per_story = Vec::new();
    for n in [10_000, 100_000] {
        let (stories, _) = eval::stories(&eval::sample(rows.clone(), Some(n), 1), true);
        let params = Params {
            window: None,
            ..Params::default()
        };
        let best = (0..3)
            .map(|_| time(&stories, &params))
            .fold(f64::INFINITY, f64::min);
        println!(
            "{:>7} stories: {best:.3} s ({:.0} stories/s)",
            stories.len(),
            stories.len() as f64 / best
        );
        per_story.push(best / stories.len() as f64);
    }
    println!(
        "per-story cost at 100k / at 10k: {:.2}",
        per_story[1] / per_story[0]
    );
}

fn time(stories: &[Story], params: &Params) -> f64 {
    let started = Instant::now();
    let clusters = cluster(stories, params);
    let seconds = started.elapsed().as_secs_f64();
    assert!(!clusters.is_empty());
    seconds
}

fn rows(n: usize) -> (String, Vec<eval::Row>) {
    let path = std::env::var_os("AGGREGATE_BENCH_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/uci-news-tech.tsv.gz")
        });
    if let Ok(rows) = eval::read_rows(&path) {
        return (format!("{}", path.display()), rows);
    }
    ("synthetic headlines".to_owned(), synthetic(n))
}

/// Headlines built from a small grammar: stories are a brand, a model and an
/// event; each outlet words its story differently.
fn synthetic(n: usize) -> Vec<eval::Row> {
    const BRANDS: &[&str] = &[
        "Xiaomi",
        "Samsung Galaxy",
        "Pixel",
        "iPhone",
        "OnePlus",
        "Moto",
    ];
    const MODIFIERS: &[&str] = &["", " Pro", " Ultra", " Plus", " Lite"];
    const EVENTS: &[&str] = &[
        "launch date leaks",
        "gets a price cut",
        "review: the best camera yet",
        "teardown reveals a bigger battery",
        "update brings new features",
        "owners report overheating",
        "is now official",
    ];
    const OPENERS: &[&str] = &["", "Exclusive: ", "Report: ", "Watch: "];
    const TAILS: &[&str] = &[
        "",
        " today",
        " in India",
        " ahead of launch",
        " - here is why",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    (0..n)
        .map(|index| {
            let story = next(n / 20 + 1);
            let brand = BRANDS[story % BRANDS.len()];
            let number = 5 + story % 40;
            let modifier = MODIFIERS[(story / 7) % MODIFIERS.len()];
            let event = EVENTS[(story / 3) % EVENTS.len()];
            eval::Row {
                label: story.to_string(),
                title: format!(
                    "{}{brand} {number}{modifier} {event}{}",
                    OPENERS[next(OPENERS.len())],
                    TAILS[next(TAILS.len())]
                ),
                feed: format!("outlet {}", index % 500),
                time: None,
                summary: None,
                line: index + 2,
            }
        })
        .collect()
}
