#!/usr/bin/env bash
# Installs what building, running and testing Pathfinder needs on Debian 12, as root. Idempotent: each step is
# skipped when what it installs is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential pkg-config libwebkit2gtk-4.1-dev libssl-dev  # the Tauri app
  libdbus-1-dev                                                # the OS keychain (Secret Service) for the hub token
  xvfb xauth webkit2gtk-driver imagemagick curl                # the real window headless, its screenshots, health checks
  dbus-daemon                                                  # a session bus per window test (one copy at a time)
  chromium                                                     # Playwright's browser
  fonts-liberation                                             # Arial's metrics, for the NHS styles offline
  fonts-noto-core fonts-noto-cjk                               # the notices' fonts, every script they print
  poppler-utils                                                # pdftotext and pdftoppm, to read the notices back
  libharfbuzz-bin                                              # hb-shape, which the notices' shaping is checked against
  cups-daemon cups-client printer-driver-cups-pdf              # a real print server and a PDF printer for the print test
  postgresql                                                   # the hub's second backend, for its test suite
  python3-aiosmtpd                                             # a real SMTP server for the hub's email tests
  sudo                                                         # how the app's updater installs a .deb (as on a PC)
)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for tool in cargo node npm; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is missing: install Rust (rustup) and Node.js 20 first" >&2; exit 1; }
done
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
if ! "$cargo_bin/tauri-driver" --help >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked --quiet
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "setup: installing cargo-fuzz"
  cargo install cargo-fuzz --version '^0.13' --locked --quiet
fi

if ! "$cargo_bin/cargo-deny" --version >/dev/null 2>&1; then
  echo "setup: installing cargo-deny"
  cargo install cargo-deny --version '^0.20' --locked --quiet
fi

# Every platform's crates, not only this one's: cargo deny checks the Windows and macOS dependencies' licences too.
cargo fetch --locked --quiet

# npm ci only when the lock file changed since the last install.
stamp=ui/node_modules/.pathfinder-lock
if [ ! -f "$stamp" ] || ! cmp -s ui/package-lock.json "$stamp"; then
  echo "setup: installing the UI's npm packages"
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
  cp ui/package-lock.json "$stamp"
fi
