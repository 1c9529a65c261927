//! Integration tests of the core crate (one binary; one module per area, each with its purpose on line 1).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod agent;
mod analyst;
mod cli;
mod hardening;
mod history;
mod hostile_import;
mod import;
mod instance;
mod offline;
mod reliability;
mod snapshot;
mod soak;
mod tables;
mod tools;
