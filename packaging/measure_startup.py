"""Measure how fast a built bundle starts (Linux). Prints medians over several runs:

    python packaging/measure_startup.py dist/GradientDesk [--runs 5]

* self-test: wall time of `GradientDesk --self-test` (offscreen), from exec to exit — the whole check;
* shown (self-test): what the self-test reports as "window shown N s after process start" (the main window built,
  shown and its first frame painted, measured from the process start time in /proc);
* shown (X11): a normal start, `GradientDesk` with a fresh home folder (no remembered layout, no autosave), on a
  virtual X screen (Xvfb): wall time from exec until its top-level window exists on the X server, polled with
  xwininfo every few milliseconds. Needs Xvfb and xwininfo (Debian: xvfb, x11-utils).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def self_test_run(executable: Path) -> tuple[float, float | None]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    result = subprocess.run([str(executable), "--self-test"], capture_output=True, text=True, env=env, timeout=120)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"--self-test failed: {result.stderr.strip()}")
    shown = re.search(r"window shown ([\d.]+) s after process start", result.stdout)
    return wall, float(shown.group(1)) if shown else None


def x11_window_time(executable: Path, display: str) -> float:
    """Seconds from exec until a window titled GradientDesk exists on `display`."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
                   XDG_DATA_HOME=f"{home}/.local/share")
        started = time.perf_counter()
        app = subprocess.Popen([str(executable)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - started < 30:
                tree = subprocess.run(["xwininfo", "-root", "-tree", "-display", display], capture_output=True,
                                      text=True).stdout
                if '"GradientDesk' in tree:
                    return time.perf_counter() - started
                time.sleep(0.005)
            raise SystemExit("no GradientDesk window appeared within 30 s")
        finally:
            app.terminate()
            app.wait(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args(argv)
    executable = opts.bundle / "GradientDesk"
    self_test_run(executable)  # warm the file cache once: a first start after unpacking reads everything from disk
    runs = [self_test_run(executable) for _ in range(opts.runs)]
    print(f"self-test:          median {statistics.median(r[0] for r in runs):.2f} s "
          f"(runs: {', '.join(f'{r[0]:.2f}' for r in runs)})")
    shown = [r[1] for r in runs if r[1] is not None]
    if shown:
        print(f"shown (self-test):  median {statistics.median(shown):.2f} s after process start")
    if shutil.which("Xvfb") and shutil.which("xwininfo"):
        display = ":97"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.0)  # let the X server come up
            x11_window_time(executable, display)  # warm-up
            times = [x11_window_time(executable, display) for _ in range(opts.runs)]
            print(f"shown (X11):        median {statistics.median(times):.2f} s "
                  f"(runs: {', '.join(f'{t:.2f}' for t in times)})")
        finally:
            xvfb.terminate()
            xvfb.wait(10)
    else:
        print("shown (X11): skipped, needs Xvfb and xwininfo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
