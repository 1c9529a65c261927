//! The analyst agent end to end: fake model servers on 127.0.0.1, a scripted toolbox, a fake `claude`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod anthropic;
mod bounds;
mod claude_code;
mod claude_real;
mod cli;
pub mod fake;
mod keychain;
mod local;
mod openai;
mod probe;
mod turn;
