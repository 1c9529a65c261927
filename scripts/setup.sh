#!/usr/bin/env bash
# Installs what building and testing Analyst Desk needs on Debian 12 (idempotent; sourced by app and test).
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: WebKitGTK and friends for the Tauri shell, Xvfb + WebKitWebDriver for the
# end-to-end tests, pkg-config/build-essential for crates that build C (SQLite, ring).
DEBS=(build-essential pkg-config file curl ca-certificates libssl-dev
      libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev
      libdbus-1-dev xvfb xauth webkit2gtk-driver)
missing=()
for p in "${DEBS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# Rust: use the installed toolchain (rustup or not); install rustup only when there is no cargo at all.
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: installing the Rust toolchain with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component clippy,rustfmt
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if command -v rustup >/dev/null 2>&1; then
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
fi

# DuckDB's prebuilt C library (libduckdb.so, the analysis engine), pinned in src-tauri/core/duckdb/package-lock.json
# and installed there with `npm ci` (Debian 12's nodejs/npm read lockfile v3); .cargo/config.toml points the
# build at it, and src-tauri/core/build.rs puts it beside the binaries. Linking it saves compiling DuckDB's C++.
DUCKDB_DIR=src-tauri/core/duckdb
if ! cmp -s "$DUCKDB_DIR/package-lock.json" "$DUCKDB_DIR/node_modules/.installed-lock.json" 2>/dev/null; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "setup: installing Debian packages: nodejs npm"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
  fi
  echo "setup: installing DuckDB's library pinned in $DUCKDB_DIR/package-lock.json (npm ci)"
  (cd "$DUCKDB_DIR" && npm ci --no-audit --no-fund)
  cp "$DUCKDB_DIR/package-lock.json" "$DUCKDB_DIR/node_modules/.installed-lock.json"
fi

# Build outputs live outside the clone so a second run (CI or a fresh checkout) reuses them.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/analyst-desk/target}"
mkdir -p "$CARGO_TARGET_DIR"

# What `scripts/app` builds (release) and `scripts/test` checks builds (debug): the app and the `desk` CLI.
APP_BUILD=(--locked -p analyst-desk -p desk-core --bins)
