//! The integration tests: one binary, one module per area. Every test runs the
//! real `aggregate` binary against a fixture server on 127.0.0.1.

mod support;

mod cli;
mod config;
mod evaluating;
mod fetching;
mod fuzz;
mod hostile;
mod merging;
mod parsing;
mod reliability;
