//! The built-in offline analyst: a question suite over four datasets, checked against hand-written SQL.

mod cli;
pub mod harness;
mod suite;
