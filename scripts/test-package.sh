#!/usr/bin/env bash
# The package test: builds two .deb packages with the Tauri bundler, this version and the same code as the next
# patch version, both carrying the public half of a throwaway updater key and signed with its private half; then
# tests/package.rs installs the older with apt-get, starts it in a real window and has it update itself to the
# newer one from a hub on loopback. The older package is kept in target/package for the size figures.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/pathfinder-package.XXXXXX)
trap 'rm -rf "$work"' EXIT

ui/node_modules/.bin/tauri signer generate --ci -p "" -w "$work/updater.key" -f >/dev/null
export TAURI_SIGNING_PRIVATE_KEY="$(cat "$work/updater.key")" TAURI_SIGNING_PRIVATE_KEY_PASSWORD=""
key_config="{\"plugins\":{\"updater\":{\"pubkey\":\"$(cat "$work/updater.key.pub")\"}}}"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
next=$(echo "$version" | awk -F. '{ printf "%d.%d.%d", $1, $2, $3 + 1 }')
scripts/package.sh "$work/packages" "" "$key_config"
mkdir -p target/package && cp "$work/packages/pathfinder_${version}_amd64.deb" target/package/
scripts/package.sh "$work/packages" "$next" "$key_config"
# Each installer's version, signed with the same key as the release workflow signs it (scripts/sign-version.sh).
for deb in "$work"/packages/*.deb; do scripts/sign-version.sh "$deb"; done
# And the newer version signed as if the older installer's signature were the newer's: with it the test shows that
# the installer's own signature is still checked against the bytes downloaded.
printf 'pathfinder %s\n%s\n' "$next" "$(cat "$work/packages/pathfinder_${version}_amd64.deb.sig")" > "$work/packages/mismatch"
ui/node_modules/.bin/tauri signer sign "$work/packages/mismatch" >/dev/null
mv "$work/packages/mismatch.sig" "$work/packages/mismatch.version.sig" && rm "$work/packages/mismatch"

PATHFINDER_PACKAGES="$work/packages" cargo test --workspace --features pathfinder/package-tests --test package
