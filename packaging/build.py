"""Build the self-contained GradientDesk application for the platform this runs on.

    python packaging/build.py [--dist DIR] [--work DIR] [--clean] [--no-archive] [--json]

1. renders the icon files from resources/icons/gradientdesk.svg (packaging/icons.py);
2. runs PyInstaller on packaging/GradientDesk.spec: a one-folder app in DIST/GradientDesk/ (default: dist/);
3. checks the result (Linux): the executable is there, no kept file needs a Qt library that was left out;
4. packs DIST/GradientDesk-<version>-<os>-<machine>.tar.gz of that folder (Windows: a .zip; macOS: of the .app);
5. prints what it measured: build time, unpacked size, archive size (with --json also as one JSON line).

Needs PyInstaller (in the `test` extra) and Pillow (a dependency; it writes the .ico and .icns) and, on Linux,
binutils (`apt-get install binutils`) for objdump and strip. Exit code 0 on success; 1 with the reason otherwise.
PyInstaller's warnings about libtiff / libgtk-3 not being found concern Qt plugins that the spec leaves out anyway.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_NAME = "GradientDesk"
sys.path.insert(0, str(HERE))

import elf_tools  # noqa: E402  (packaging/ is on the path only now)


def version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version = "([^"]+)"', text, re.M).group(1)


def folder_size(folder: Path) -> int:
    """Bytes of every regular file under `folder` (symbolic links count as nothing, as in the archive)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _normalized(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Archive entries owned by root with no user names: the same tree gives the same listing on every machine."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_archive(bundle: Path, dest_stem: Path) -> Path:
    """Pack `bundle` as <dest_stem>.tar.gz (.zip on Windows) with the folder name as its top entry."""
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(dest_stem), "zip", bundle.parent, bundle.name))
    archive = dest_stem.with_name(dest_stem.name + ".tar.gz")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:  # level 9 is ~2x slower for ~1% less
        tar.add(bundle, arcname=bundle.name, filter=_normalized)
    return archive


def check_bundle(bundle: Path) -> list[str]:
    """Problems with a built bundle, in words (empty when it looks complete)."""
    executable = bundle / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    problems = [] if executable.is_file() else [f"{executable} is missing"]
    icon = bundle / "_internal" / "gradientdesk" / "resources" / "icons" / "gradientdesk.svg"
    if not icon.is_file():
        problems.append(f"the resources were not bundled ({icon} is missing)")
    if sys.platform.startswith("linux"):
        problems += [f"broken library dependency: {p}" for p in elf_tools.unresolved_qt_dependencies(
            bundle / "_internal")]
    return problems


def build(dist: Path, work: Path, clean: bool = False, archive: bool = True) -> dict:
    """Run the whole build; returns the measurements. Raises SystemExit with the reason on failure."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is not installed: python3 -m pip install pyinstaller (or the 'test' extra)")
    if sys.platform.startswith("linux"):
        elf_tools.require_binutils()
    started = time.perf_counter()
    icons = work / "icons"
    subprocess.run([sys.executable, str(HERE / "icons.py"), str(icons)], check=True)
    command = [sys.executable, "-m", "PyInstaller", str(HERE / "GradientDesk.spec"), "--noconfirm",
               "--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    result = subprocess.run([*command, "--", "--icons", str(icons)])
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit code {result.returncode}); its messages are above")
    bundle = dist / APP_NAME
    problems = check_bundle(bundle)
    if problems:
        raise SystemExit("the bundle is incomplete:\n  " + "\n  ".join(problems))
    built = time.perf_counter()
    report = {"bundle": str(bundle), "version": version(), "build_seconds": round(built - started, 1),
              "unpacked_bytes": folder_size(bundle), "files": sum(1 for p in bundle.rglob("*") if p.is_file())}
    if archive:
        system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
        stem = dist / f"{APP_NAME}-{report['version']}-{system}-{platform.machine().lower()}"
        app = dist / f"{APP_NAME}.app"  # macOS: what users drag to Applications
        path = make_archive(app if sys.platform == "darwin" else bundle, stem)
        report.update(archive=str(path), archive_bytes=path.stat().st_size,
                      archive_seconds=round(time.perf_counter() - built, 1))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the GradientDesk one-folder application and its archive.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache and work folder first")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz / .zip")
    parser.add_argument("--json", action="store_true", help="also print the measurements as one JSON line")
    opts = parser.parse_args(argv)
    try:
        report = build(opts.dist.resolve(), opts.work.resolve(), opts.clean, not opts.no_archive)
    except SystemExit as failure:
        print(f"build.py: {failure}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as failure:
        print(f"build.py: {' '.join(map(str, failure.cmd))} failed with exit code {failure.returncode}",
              file=sys.stderr)
        return 1
    line = (f"built {report['bundle']} in {report['build_seconds']} s: {report['unpacked_bytes'] / 1e6:.0f} MB "
            f"in {report['files']} files")
    if "archive" in report:
        line += f"; {Path(report['archive']).name}: {report['archive_bytes'] / 1e6:.0f} MB"
    print(line)
    if opts.json:
        print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
