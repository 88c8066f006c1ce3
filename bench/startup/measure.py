#!/usr/bin/env python3
"""Starts each app under one Xvfb display, alternating, and reports side by side: the time from launch to the first
painted page (the page's "pathfinder-painted" mark on standard output) and, 5 s after launch, the resident memory
of the app and every process it started (WebKit's web and network processes), as RSS and PSS.

    measure.py RUNS NAME=BINARY [NAME=BINARY ...]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

SETTLE_SECONDS = 5.0
MARK = b"pathfinder-painted"


def start_display():
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    number = xvfb.stdout.readline().decode().strip()
    if not number:
        raise SystemExit("Xvfb did not start")
    return xvfb, f":{number}"


def descendants(root):
    """The process and all its descendants, from /proc's parent links."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except OSError:
            continue
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(children.get(pid, []))
    return found


def memory_kib(pids):
    rss = pss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def launch(binary, display):
    data = tempfile.mkdtemp(prefix="pathfinder-startup-")
    env = dict(os.environ, DISPLAY=display, PATHFINDER_PAINT_MARK="1", PATHFINDER_DATA_DIR=data,
               PATHFINDER_KEYCHAIN="off", LANG="en_GB.UTF-8")
    started = time.monotonic()
    app = subprocess.Popen([binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    painted = None
    os.set_blocking(app.stdout.fileno(), False)
    seen = b""
    while time.monotonic() - started < 30:
        chunk = app.stdout.read()
        if chunk:
            seen += chunk
            if MARK in seen:
                painted = time.monotonic() - started
                break
        if app.poll() is not None:
            raise SystemExit(f"{binary} exited with {app.returncode} before painting")
        time.sleep(0.005)
    if painted is None:
        raise SystemExit(f"{binary} did not paint within 30 s")
    time.sleep(max(0.0, SETTLE_SECONDS - (time.monotonic() - started)))
    pids = descendants(app.pid)
    rss, pss = memory_kib(pids)
    os.killpg(app.pid, 9)
    app.wait()
    subprocess.run(["rm", "-rf", data], check=False)
    return painted, rss, pss, len(pids)


def main():
    runs = int(sys.argv[1])
    apps = [arg.split("=", 1) for arg in sys.argv[2:]]
    xvfb, display = start_display()
    results = {name: [] for name, _ in apps}
    try:
        for run in range(runs):
            for name, binary in apps:
                results[name].append(launch(binary, display))
                painted, rss, pss, processes = results[name][-1]
                print(f"run {run + 1:2}  {name:12} painted {painted * 1000:6.0f} ms  "
                      f"RSS {rss / 1024:6.1f} MiB  PSS {pss / 1024:6.1f} MiB  ({processes} processes)", flush=True)
    finally:
        xvfb.kill()

    print()
    print(f"{'':12} {'painted (median)':>17} {'RSS (median)':>13} {'PSS (median)':>13}")
    medians = {}
    for name, _ in apps:
        painted = statistics.median(r[0] for r in results[name])
        rss = statistics.median(r[1] for r in results[name])
        pss = statistics.median(r[2] for r in results[name])
        medians[name] = (painted, rss, pss)
        print(f"{name:12} {painted * 1000:14.0f} ms {rss / 1024:9.1f} MiB {pss / 1024:9.1f} MiB")
    if len(apps) == 2:
        (first, a), (second, b) = medians.items()
        print(f"{second}/{first:11} {b[0] / a[0]:15.2f}x {b[1] / a[1]:12.2f}x {b[2] / a[2]:12.2f}x")


if __name__ == "__main__":
    main()
