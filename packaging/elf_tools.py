"""ELF helpers for the Linux bundle, built on Debian's binutils (`objdump`, `strip`), which building needs anyway.

* `needed(path)`: the DT_NEEDED entries of a library, i.e. what the dynamic loader will load with it.
* `prune_unreferenced(toc)`: after bundle_rules has dropped plugins, the system libraries that only those plugins
  needed (GTK's cairo/pango/... for the GTK theme, Kerberos for TLS, ...) are still in PyInstaller's list. Keep a
  library only if something that is loaded on its own needs it, directly or through other kept libraries. "Loaded on
  its own": Python extension modules (imported), Qt plugins (dlopen-ed by Qt), libpython (by the boot loader) and
  the few libraries Qt dlopens by name (DLOPENED).
* `strip_bundle(folder)`: remove symbol tables (the interpreter alone carries 17 MB of them). Files that auditwheel
  rewrote with patchelf (a wheel's ``<dist>.libs`` folder and the extension modules pointing there) are left alone:
  strip corrupts their program headers ("ELF load command address/offset not page-aligned" when numpy starts).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path, PurePosixPath

ELF_MAGIC = b"\x7fELF"
# Loaded with dlopen by name, so no DT_NEEDED entry points at them: keep them whenever PyInstaller collected them.
DLOPENED = ("libdbus-1.so", "libpython")  # QtDBus dlopens libdbus-1; the boot loader loads libpython


def require_binutils() -> None:
    """Fail with the fix when objdump / strip are missing."""
    missing = [tool for tool in ("objdump", "strip") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"building the bundle needs {' and '.join(missing)} from binutils: "
                         "sudo apt-get install binutils")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == ELF_MAGIC
    except OSError:
        return False


@functools.cache
def needed(path: str) -> tuple[str, ...]:
    """The DT_NEEDED sonames of the ELF file at `path` (empty for a non-ELF file)."""
    if not is_elf(Path(path)):
        return ()
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True).stdout
    return tuple(line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED"))


def _loaded_on_its_own(dest: str) -> bool:
    path = PurePosixPath(dest)
    name = path.name
    return ("plugins" in path.parts or not name.startswith("lib") or name.startswith(DLOPENED))


def prune_unreferenced(toc: list[tuple]) -> tuple[list[tuple], list[str]]:
    """Split a binaries TOC (dest, src, kind) into (kept, dropped dests): a library stays if a root needs it."""
    by_name: dict[str, tuple] = {}
    for entry in toc:
        by_name.setdefault(PurePosixPath(entry[0]).name, entry)
    reachable: set[str] = set()
    todo = [entry for entry in toc if _loaded_on_its_own(entry[0])]
    while todo:
        entry = todo.pop()
        name = PurePosixPath(entry[0]).name
        if name in reachable:
            continue
        reachable.add(name)
        todo.extend(by_name[dep] for dep in needed(entry[1]) if dep in by_name and dep not in reachable)
    kept = [e for e in toc if PurePosixPath(e[0]).name in reachable]
    dropped = [e[0] for e in toc if PurePosixPath(e[0]).name not in reachable]
    return kept, dropped


@functools.cache
def run_paths(path: str) -> tuple[str, ...]:
    """The DT_RPATH / DT_RUNPATH entries of the ELF file at `path`."""
    if not is_elf(Path(path)):
        return ()
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True).stdout
    return tuple(line.split()[1] for line in out.splitlines() if line.strip().startswith(("RPATH", "RUNPATH")))


def patched_by_auditwheel(path: Path, rel: PurePosixPath) -> bool:
    """True for a library that auditwheel vendored (in a ``<dist>.libs`` folder) or an extension it pointed at them
    (its run path names such a folder, e.g. ``$ORIGIN/../../numpy.libs``): patchelf rewrote both."""
    return rel.parts[0].endswith(".libs") or any(".libs" in entry for entry in run_paths(str(path)))


def strip_bundle(contents: Path) -> tuple[int, int]:
    """Strip every ELF file under `contents` (the bundle's _internal folder) except auditwheel-patched ones.
    Returns (bytes before, bytes after)."""
    before = after = 0
    for path in sorted(contents.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        if patched_by_auditwheel(path, PurePosixPath(path.relative_to(contents).as_posix())):
            continue
        size = path.stat().st_size
        before += size
        subprocess.run(["strip", str(path)], check=True, capture_output=True)
        after += path.stat().st_size
    return before, after


def unresolved_qt_dependencies(contents: Path) -> list[str]:
    """Bundle-internal dependencies that are missing: "<file> needs <soname>" for every Qt / PySide / shiboken /
    ICU library needed by a bundled file but absent from the bundle (a trimming mistake that would only show when that
    file is loaded). System libraries (libc, libGL, ...) are the target machine's business and are not listed."""
    present = {p.name for p in contents.rglob("*") if p.is_file() or p.is_symlink()}
    problems = []
    for path in sorted(contents.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        for dep in needed(str(path)):
            if dep.startswith(("libQt6", "libpyside6", "libshiboken6", "libicu")) and dep not in present:
                problems.append(f"{path.relative_to(contents)} needs {dep}")
    return problems
