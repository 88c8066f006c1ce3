#!/usr/bin/env bash
# Signs the version an installer is, bound to the installer by its own signature, with the updater's key: the
# statement crates/app/src/update.rs (`version_statement`) checks before offering an update and again before
# installing it. Writes INSTALLER.version.sig, whose content goes into latest.json as the platform's "versionSignature".
#   scripts/sign-version.sh INSTALLER [VERSION]
# INSTALLER.sig must exist (the bundler writes it); VERSION defaults to a .deb's own. Needs TAURI_SIGNING_PRIVATE_KEY
# and TAURI_SIGNING_PRIVATE_KEY_PASSWORD, as the bundler does.
set -euo pipefail
cd "$(dirname "$0")/.."
installer=$1
version=${2:-$(dpkg-deb -f "$installer" Version)}
statement="$installer.version"
printf 'pathfinder %s\n%s\n' "$version" "$(cat "$installer.sig")" > "$statement"
# The signer writes STATEMENT.sig, which is INSTALLER.version.sig.
ui/node_modules/.bin/tauri signer sign "$statement" >/dev/null
rm -f "$statement"
