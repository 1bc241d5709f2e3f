//! `aggregate` reads many news feeds and writes one merged feed with one entry
//! per story, each listing every outlet that reported it.
//!
//! The modules are listed in pipeline order; `app` runs them.

pub mod app;
pub mod check;
pub mod cli;
pub mod cluster;
pub mod config;
pub mod eval;
pub mod explain;
pub mod feeds;
pub mod fetch;
pub mod manage;
pub mod model;
pub mod normalize;
pub mod opml;
pub mod parse;
pub mod render;
pub mod store;
