#!/usr/bin/env bash
# Gathers the Noto fonts the notices print with (crates/notices/src/text/fonts.rs names them) into
# target/bundle-fonts, which src-tauri/tauri.fonts.conf.json puts in the installers' resources: the app looks there
# first, so a practice's PC needs no fonts of its own. They come from Debian's fonts-noto-core and fonts-noto-cjk, or
# from PATHFINDER_FONT_SOURCE (the release workflow's other runners get them from the Linux job).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=target/bundle-fonts
mkdir -p "$dest"
fonts=(
  NotoSans-Regular.ttf NotoSans-Bold.ttf
  NotoNaskhArabic-Regular.ttf NotoNaskhArabic-Bold.ttf
  NotoNastaliqUrdu-Regular.ttf NotoNastaliqUrdu-Bold.ttf
  NotoSansBengali-Regular.ttf NotoSansBengali-Bold.ttf
  NotoSansGurmukhi-Regular.ttf NotoSansGurmukhi-Bold.ttf
  NotoSansGujarati-Regular.ttf NotoSansGujarati-Bold.ttf
  NotoSansCJK-Regular.ttc NotoSansCJK-Bold.ttc
)
folders=(${PATHFINDER_FONT_SOURCE:-} /usr/share/fonts/truetype/noto /usr/share/fonts/opentype/noto)
for font in "${fonts[@]}"; do
  found=""
  for folder in "${folders[@]}"; do
    [ -f "$folder/$font" ] && { found="$folder/$font"; break; }
  done
  [ -n "$found" ] || { echo "bundle-fonts: $font is in none of ${folders[*]}" >&2; exit 1; }
  cmp -s "$found" "$dest/$font" 2>/dev/null || cp "$found" "$dest/$font"
done
echo "bundle-fonts: ${#fonts[@]} fonts in $dest"
