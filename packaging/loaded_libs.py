"""Which of a bundle's shared libraries does the running app actually load? (Linux; the basis of bundle_rules.py)

    python packaging/loaded_libs.py dist/GradientDesk [--platform offscreen|xcb] [-- ARGS...]

Starts `<bundle>/GradientDesk ARGS` (default: --self-test, which builds the window, trains and renders), samples
/proc/<pid>/maps every few milliseconds until it exits and prints every ELF file of the bundle as LOADED or unused,
with sizes, largest first. `--platform xcb` runs it on a virtual X screen (Xvfb, via xvfb-run) to cover the real
desktop plugin. A library listed unused in every run is a candidate for bundle_rules.py; one loaded must stay.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF file (executable, library, plugin, extension module) under `bundle`."""
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == ELF_MAGIC:
                    found.append(path.resolve())
    return found


def mapped_files(pid: int) -> set[Path]:
    """Files mapped into process `pid` now (empty once it has gone)."""
    try:
        text = Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return set()
    return {Path(line.split(None, 5)[5].strip()) for line in text.splitlines()
            if len(line.split(None, 5)) == 6 and line.split(None, 5)[5].startswith("/")}


def sample(command: list[str], env: dict[str, str], interval: float = 0.003) -> tuple[set[Path], int]:
    """Run `command`, union its mapped files until it exits; returns (files, exit code)."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen: set[Path] = set()
    pids = {process.pid}
    while process.poll() is None:
        # xvfb-run starts the app as a grandchild: follow the whole process tree
        for pid in list(pids):
            try:
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:
                children = []
            pids.update(int(c) for c in children)
        for pid in pids:
            seen |= mapped_files(pid)
        time.sleep(interval)
    print(process.stdout.read().strip())
    return {p.resolve() for p in seen if p.exists()}, process.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen")
    parser.add_argument("args", nargs="*", default=["--self-test"])
    opts = parser.parse_args(argv)
    executable = opts.bundle / "GradientDesk"
    env = dict(os.environ, QT_QPA_PLATFORM=opts.platform)
    command = [str(executable), *opts.args]
    if opts.platform == "xcb":
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *command]
    loaded, code = sample(command, env)
    files = elf_files(opts.bundle)
    rows = sorted(((p.stat().st_size, p in loaded, p.relative_to(opts.bundle.resolve())) for p in files), reverse=True)
    total = sum(size for size, _, _ in rows)
    used = sum(size for size, is_loaded, _ in rows if is_loaded)
    for size, is_loaded, rel in rows:
        print(f"{'LOADED' if is_loaded else 'unused':6} {size / 1e6:7.2f} MB  {rel}")
    print(f"exit code {code}; {sum(1 for r in rows if r[1])} of {len(rows)} ELF files loaded, "
          f"{used / 1e6:.1f} of {total / 1e6:.1f} MB")
    return code


if __name__ == "__main__":
    sys.exit(main())
