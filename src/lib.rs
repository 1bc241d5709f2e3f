//! `aggregate` reads many news feeds and writes one merged feed with one entry
//! per story, each listing every outlet that reported it.
//!
//! The modules are listed in pipeline order; `app` runs them.

pub mod cluster;
pub mod model;
pub mod normalize;
