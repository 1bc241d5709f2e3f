//! The `aggregate` binary: parse flags, run, map the result to an exit code.

use std::process::ExitCode;

use aggregate::app::{self, Exit};
use aggregate::cli::{Args, Command, FeedsCommand};
use std::io::Write;

use aggregate::config::{Config, Destination, UsageError};
use clap::{CommandFactory, Parser};

/// Clustering makes millions of small strings and vectors on several
/// threads; mimalloc serves them faster than the system allocator and
/// returns memory with less fragmentation between runs (`eval --sweep`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Diagnostics beyond the per-feed lines of -v, for whoever sets RUST_LOG
    // (for example RUST_LOG=aggregate=debug).
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("off")),
        )
        .with_writer(std::io::stderr)
        .init();
    aggregate::parse::install_panic_hook();
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(err) => {
            let _ = err.print();
            return exit(if err.use_stderr() {
                Exit::Usage
            } else {
                Exit::Success
            });
        }
    };
    let result = match &args.command {
        None => Config::load(&args).and_then(|config| {
            if args.json
                && config
                    .outputs
                    .iter()
                    .any(|output| output.destination == Destination::Stdout)
            {
                return Err(UsageError(
                    "--json prints the run report on standard output: write the feed to a file \
                     ([output] path or -o FILE)"
                        .to_owned(),
                )
                .into());
            }
            let report = app::run(&config, &mut std::io::stderr())?;
            if args.json {
                let mut stdout = std::io::stdout().lock();
                serde_json::to_writer(&mut stdout, &report)?;
                writeln!(stdout)?;
            }
            if !config.quiet {
                for moved in &report.moved {
                    eprintln!(
                        "aggregate: feed {:?} moved permanently to {}: update its url in {}",
                        moved.feed,
                        moved.to,
                        config.path.display()
                    );
                }
                for failure in &report.failures {
                    eprintln!(
                        "aggregate: feed {:?} failed: {}",
                        failure.feed, failure.reason
                    );
                }
            }
            Ok(report.exit())
        }),
        Some(Command::Eval(eval)) => {
            aggregate::eval::run(eval, &mut std::io::stdout()).map(|()| Exit::Success)
        }
        Some(Command::Check) => Config::load(&args)
            .and_then(|config| aggregate::check::run(&config, &mut std::io::stdout()))
            .map(|()| Exit::Success),
        Some(Command::Completions { shell }) => {
            let mut command = Args::command();
            clap_complete::generate(*shell, &mut command, "aggregate", &mut std::io::stdout());
            Ok(Exit::Success)
        }
        Some(Command::Man) => clap_mangen::Man::new(Args::command())
            .render(&mut std::io::stdout())
            .map(|()| Exit::Success)
            .map_err(Into::into),
        Some(Command::Feeds(feeds)) => Config::load(&args)
            .and_then(|config| {
                let out = &mut std::io::stdout();
                match &feeds.command {
                    None | Some(FeedsCommand::List) => aggregate::feeds::run(&config, out),
                    Some(FeedsCommand::Add { url, name }) => {
                        aggregate::manage::add(&config, url, name.as_deref(), out)
                    }
                    Some(FeedsCommand::Remove { which }) => {
                        aggregate::manage::remove(&config, which, out)
                    }
                    Some(FeedsCommand::Import { file }) => {
                        aggregate::manage::import(&config, file, out)
                    }
                    Some(FeedsCommand::Export) => aggregate::manage::export(&config, out),
                }
            })
            .map(|()| Exit::Success),
        Some(Command::Explain(explain)) => Config::load(&args)
            .and_then(|config| aggregate::explain::run(&config, explain, &mut std::io::stdout()))
            .map(|()| Exit::Success),
    };
    match result {
        Ok(code) => exit(code),
        // `aggregate | head`: the reader has what it wanted. Like other Unix
        // tools, stop quietly rather than complain about the closed pipe.
        Err(err) if is_broken_pipe(&err) => exit(Exit::Success),
        Err(err) => {
            eprintln!("aggregate: {err:#}");
            exit(if err.downcast_ref::<UsageError>().is_some() {
                Exit::Usage
            } else if err.downcast_ref::<app::Busy>().is_some() {
                Exit::Busy
            } else {
                Exit::Fatal
            })
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn exit(code: Exit) -> ExitCode {
    ExitCode::from(code as u8)
}
