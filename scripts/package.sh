#!/usr/bin/env bash
# Builds the Linux .deb with the Tauri bundler (release profile, the fonts in its resources) and copies it, with the
# updater's signature of it, into OUT_DIR as pathfinder_<version>_amd64.deb and .deb.sig.
#   scripts/package.sh OUT_DIR [VERSION] [CONFIG_JSON]
# VERSION overrides Cargo's (the update test builds a newer one); CONFIG_JSON is merged last (the update test gives
# its throwaway public key). The .sig needs TAURI_SIGNING_PRIVATE_KEY and TAURI_SIGNING_PRIVATE_KEY_PASSWORD, as the
# release workflow sets them from its secrets; without them the package is made unsigned. The UI must be built first (make ui).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "$1"); version=${2:-}; extra=${3:-}
target_dir=$(realpath -m "${CARGO_TARGET_DIR:-target}")
scripts/bundle-fonts.sh >/dev/null
configs=(--config src-tauri/tauri.fonts.conf.json)
[ -n "$version" ] && configs+=(--config "{\"version\":\"$version\"}")
[ -n "$extra" ] && configs+=(--config "$extra")
# Without the updater's private key there is nothing to sign with: the package is built without its signature.
[ -n "${TAURI_SIGNING_PRIVATE_KEY:-}" ] || configs+=(--config '{"bundle":{"createUpdaterArtifacts":false}}')
rm -rf "$target_dir/release/bundle/deb"
ui/node_modules/.bin/tauri build --ci --bundles deb "${configs[@]}"
mkdir -p "$out"
deb=$(ls "$target_dir"/release/bundle/deb/*.deb)
version=$(dpkg-deb -f "$deb" Version)
cp "$deb" "$out/pathfinder_${version}_amd64.deb"
if [ -f "$deb.sig" ]; then cp "$deb.sig" "$out/pathfinder_${version}_amd64.deb.sig"; fi
echo "package: $out/pathfinder_${version}_amd64.deb"
