//! `desk`: Analyst Desk without a window. See `desk_core::cli`.

fn main() {
    std::process::exit(desk_core::cli::main());
}
