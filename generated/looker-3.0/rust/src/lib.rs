//! Looker API 3.0 Reference 3.0.0: a Rust client (reqwest) written by sdkgen; see README.md.

// Operations take every parameter as an argument, as the docs list them.
#![allow(clippy::too_many_arguments)]
// Error enums hold each declared error body unboxed, as it is on the wire.
#![allow(clippy::large_enum_variant)]
// Model and variant names keep the spec's words.
#![allow(clippy::enum_variant_names, clippy::upper_case_acronyms)]

pub mod apis;
pub mod models;
