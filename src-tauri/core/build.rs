//! Makes DuckDB's prebuilt C library findable at run time. libduckdb-sys links `libduckdb.so` from
//! `DUCKDB_LIB_DIR` (set in `.cargo/config.toml`: the npm package that `scripts/setup.sh` installs); this
//! copies it into the build's profile directory (`target/<profile>/`, beside `desk` and one level above the
//! test and example binaries) and gives this package's binaries an rpath that looks there and, for the
//! .deb, in `/usr/lib/analyst-desk` (`$ORIGIN/../lib/analyst-desk` from `/usr/bin`). The app package's
//! build script adds the same rpath to the app.

use std::path::{Path, PathBuf};

/// The rpath of every binary that links the engine (the app's build script uses the same one).
const RPATH: &str = "-Wl,-rpath,$ORIGIN:$ORIGIN/..:$ORIGIN/../lib/analyst-desk";

fn main() {
    println!("cargo:rerun-if-env-changed=DUCKDB_LIB_DIR");
    println!("cargo:rustc-link-arg={RPATH}");
    let Some(dir) = std::env::var_os("DUCKDB_LIB_DIR").map(PathBuf::from) else {
        panic!("DUCKDB_LIB_DIR is not set: build from the repository (its .cargo/config.toml sets it), after `bash scripts/setup.sh` installed DuckDB's library")
    };
    let lib = dir.join("libduckdb.so");
    println!("cargo:rerun-if-changed={}", lib.display());
    if !lib.is_file() {
        panic!(
            "{} is missing: run `bash scripts/setup.sh` (it installs the DuckDB library pinned in src-tauri/core/duckdb/package-lock.json with npm ci)",
            lib.display()
        );
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    // OUT_DIR is target/<profile>/build/<package>-<hash>/out.
    let Some(profile) = out.ancestors().nth(3) else { panic!("unexpected OUT_DIR {}", out.display()) };
    if let Err(e) = install(&lib, &profile.join("libduckdb.so")) {
        panic!("copying {} into {}: {e}", lib.display(), profile.display());
    }
}

/// Put a copy of `from` at `to` unless an identical one (same size and modification time) is there;
/// through a temporary name, so a binary starting meanwhile never loads half a library.
fn install(from: &Path, to: &Path) -> std::io::Result<()> {
    let src = std::fs::metadata(from)?;
    if let Ok(dst) = std::fs::metadata(to) {
        if dst.len() == src.len() && dst.modified().ok() == src.modified().ok() {
            return Ok(());
        }
    }
    let tmp = to.with_extension(format!("so.{}", std::process::id()));
    std::fs::copy(from, &tmp)?;
    std::fs::File::options().write(true).open(&tmp)?.set_modified(src.modified()?)?;
    std::fs::rename(&tmp, to)
}
