//! Looker API 4.0 (Experimental) Reference 4.0.7.18: a Rust client (reqwest) written by sdkgen; see README.md.

// Operations take every parameter as an argument, as the docs list them.
#![allow(clippy::too_many_arguments)]
// Error enums hold each declared error body unboxed, as it is on the wire.
#![allow(clippy::large_enum_variant)]
// Model and variant names keep the spec's words.
#![allow(clippy::enum_variant_names, clippy::upper_case_acronyms)]
// A field or parameter all in capitals keeps the spec's spelling (`DNIS`), as the docs print it.
#![allow(non_snake_case)]

pub mod apis;
pub mod models;
