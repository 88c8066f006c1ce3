#!/usr/bin/env bash
# Runs a command with a real CUPS print server whose default printer is the cups-pdf virtual printer, so a test
# can send a job with `lp` and find what was printed as a PDF. Needs root (cupsd); starts cupsd if it is not
# running, and stops it again afterwards if it started it. The printed files land in $PATHFINDER_PRINTED.
# Usage: with-cups.sh COMMAND...
set -euo pipefail
export PATHFINDER_PRINTED="${PATHFINDER_PRINTED:-/tmp/pathfinder-printed}"
rm -rf "$PATHFINDER_PRINTED"
mkdir -p "$PATHFINDER_PRINTED"
chmod 1777 "$PATHFINDER_PRINTED"
# The cups-pdf backend reads cups-pdf-<name>.conf for a printer whose URI is cups-pdf:/<name>.
cat > /etc/cups/cups-pdf-pathfinder.conf <<CONF
Out $PATHFINDER_PRINTED
AnonDirName $PATHFINDER_PRINTED
Label 0
CONF
mkdir -p /run/cups
cupsd=""
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  /usr/sbin/cupsd -f &
  cupsd=$!
  for _ in $(seq 1 100); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.1; done
fi
stop() { if [ -n "$cupsd" ]; then kill "$cupsd" 2>/dev/null || true; fi; }
trap stop EXIT
lpadmin -p Pathfinder-PDF -E -v cups-pdf:/pathfinder -P /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd
lpadmin -d Pathfinder-PDF
"$@"
