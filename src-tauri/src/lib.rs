//! Placeholder; the shell is being written.
