//! Analyst Desk core: everything that matters, with no Tauri and no webview.
//!
//! - [`desk`]: ids and the per-conversation folders;
//! - [`names`]: what may be a stored file name;
//! - [`import`]: safe import of files into a desk;
//! - [`snapshot`]: desk snapshots and the `artifact_update` diff;
//! - [`history`]: the SQLite history;
//! - [`export`]: a desk as a zip;
//! - [`tables`]: every CSV/TSV/spreadsheet in a desk as a typed, profiled table in its analysis database;
//! - [`office`]: the data directory that ties desks and history together (what the app and CLI drive);
//! - [`tools`]: the analyst's confined tools (files, read-only SQL, charts, writes) and markdown to HTML;
//! - [`wire`]: the event vocabulary shared by the UI, the CLI's `--json` and history replay;
//! - [`agent`]: the analyst's turn loop and its providers;
//! - [`analyst`]: the built-in offline analyst and the sample data;
//! - [`cli`]: the headless `desk` command.

pub mod agent;
pub mod analyst;
pub mod calendar;
pub mod cli;
pub mod desk;
pub mod engine;
pub mod error;
pub mod export;
pub mod history;
pub mod import;
pub mod instance;
pub mod names;
pub mod office;
pub mod semantics;
pub mod snapshot;
pub mod tables;
pub mod tool_api;
pub mod tools;
pub mod wire;

pub use error::{DeskError, ErrorBody, Result};
