"""The installed-app bundle: `python packaging/build.py` builds it (once per test session, into a temporary folder),
and the result starts, trains and draws on its own (`GradientDesk --self-test`), carries every resource, leaves out
the unused Qt parts, fits the size targets, unpacks from its archive, integrates with the desktop and opens a bundled
lesson.

Skipped with the reason when PyInstaller or binutils is missing, or off Linux. The measurements (build time, sizes,
self-test timings) are printed; they are never asserted against the clock.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from gradientdesk.resource_paths import APP_ID, resource_files, resource_root

REPO = Path(__file__).resolve().parents[2]
MAX_UNPACKED_BYTES = 200_000_000
MAX_ARCHIVE_BYTES = 90_000_000


@dataclass
class Bundle:
    folder: Path  # dist/GradientDesk
    report: dict  # build.py's measurements

    @property
    def executable(self) -> Path:
        return self.folder / "GradientDesk"

    @property
    def contents(self) -> Path:
        return self.folder / "_internal"


def run_app(executable: Path, *args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the bundled executable as a user would: no PYTHONPATH (so nothing comes from this source tree)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(executable), *args], capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=cwd)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Bundle:
    if not sys.platform.startswith("linux"):
        pytest.skip("this test builds the Linux bundle; build Windows and macOS bundles on those systems")
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (python3 -m pip install -e '.[test]')")
    missing = [tool for tool in ("objdump", "strip") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"binutils ({', '.join(missing)}) is missing: apt-get install binutils")
    root = tmp_path_factory.mktemp("bundle")
    result = subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(root / "dist"),
                             "--work", str(root / "work"), "--json"], capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"\nbuild: {report['build_seconds']} s, archive {report['archive_seconds']} s; unpacked "
          f"{report['unpacked_bytes'] / 1e6:.0f} MB in {report['files']} files; archive "
          f"{report['archive_bytes'] / 1e6:.0f} MB")
    return Bundle(Path(report["bundle"]), report)


def test_self_test_passes_from_the_bundle(bundle, tmp_path):
    result = run_app(bundle.executable, "--self-test", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("gradientdesk self-test passed"), result.stdout
    assert "steps trained through the worker" in result.stdout and "window shown" in result.stdout
    print(f"\nfrom the bundle: {result.stdout.strip()}")


def test_bundle_fits_the_size_targets(bundle):
    assert bundle.report["unpacked_bytes"] <= MAX_UNPACKED_BYTES, bundle.report
    assert bundle.report["archive_bytes"] <= MAX_ARCHIVE_BYTES, bundle.report


def test_unused_qt_parts_are_left_out(bundle):
    names = {p.relative_to(bundle.contents).as_posix() for p in bundle.contents.rglob("*")}
    plugins = "PySide6/Qt/plugins"
    for kept in (f"{plugins}/platforms/libqxcb.so", f"{plugins}/platforms/libqoffscreen.so",
                 f"{plugins}/iconengines/libqsvgicon.so", "PySide6/QtOpenGL.abi3.so", "PySide6/QtSvg.abi3.so"):
        assert kept in names
    assert not [n for n in names if n.startswith(f"{plugins}/platforms/") and
                any(word in n for word in ("wayland", "eglfs", "vnc", "linuxfb"))]
    assert not [n for n in names if "wayland" in n.lower() or "libqgtk3" in n or "tkinter" in n.lower()]
    assert not [n for n in names if n.startswith(("PySide6/QtNetwork", "PySide6/QtQml", "PySide6/QtQuick",
                                                  "PySide6/QtDBus", "pyqtgraph/opengl", "PySide6/Qt/qml"))]
    sys.path.insert(0, str(REPO / "packaging"))
    import bundle_rules

    translations = sorted(n for n in names if n.startswith("PySide6/Qt/translations/") and n.endswith(".qm"))
    assert translations == sorted(bundle_rules.KEPT_FILES)  # Qt's own, for the languages the app ships
    assert not [n for n in names if Path(n).name.startswith(("libQt6Qml", "libQt6Quick", "libQt6Network",
                                                             "libQt6Pdf", "libQt6VirtualKeyboard"))]


def test_no_kept_file_needs_a_left_out_library(bundle):
    sys.path.insert(0, str(REPO / "packaging"))
    import elf_tools

    assert elf_tools.unresolved_qt_dependencies(bundle.contents) == []


def test_resources_and_desktop_integration_are_bundled(bundle):
    resources = bundle.contents / "gradientdesk" / "resources"  # where resource_paths looks inside the bundle
    sources = sorted(p for p in resource_root().rglob("*") if p.is_file())
    assert resource_files("icons") and resource_files("models") and resource_files("tokenizer")
    for source in sources:  # icons, lessons, models, tokenizer: every file of the top-level resources/
        assert (resources / source.relative_to(resource_root())).read_bytes() == source.read_bytes()
    assert sorted(p.relative_to(resources) for p in resources.rglob("*") if p.is_file()) == [
        p.relative_to(resource_root()) for p in sources]
    share = bundle.folder / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert os.access(bundle.folder / "install-desktop.sh", os.X_OK)


def test_install_desktop_adds_and_removes_the_menu_entry(bundle, tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    script = str(bundle.folder / "install-desktop.sh")
    result = subprocess.run(["sh", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    share = home / ".local" / "share"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{bundle.executable}" %f' in entry.splitlines()
    if shutil.which("desktop-file-validate"):  # the rewritten entry is still valid
        check = subprocess.run(["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("update-mime-database"):
        assert "application/x-gradientdesk-session:*.gdesk" in (share / "mime" / "globs2").read_text()
    assert (home / ".local" / "bin" / "gradientdesk").resolve() == bundle.executable.resolve()
    result = subprocess.run(["sh", script, "--uninstall"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not (home / ".local" / "bin" / "gradientdesk").exists()


def test_archive_unpacks_to_a_working_app(bundle, tmp_path):
    archive = Path(bundle.report["archive"])
    with tarfile.open(archive) as tar:
        assert {m.name.split("/")[0] for m in tar.getmembers()} == {"GradientDesk"}
        kwargs = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(tmp_path, **kwargs)
    unpacked = tmp_path / "GradientDesk" / "GradientDesk"
    assert os.access(unpacked, os.X_OK)
    result = run_app(unpacked, "--self-test", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_bundle_checks_a_session_file_without_a_window(bundle, tmp_path, qapp):
    session_io = pytest.importorskip("gradientdesk.io.session", reason="session files are not in this tree yet")
    from gradientdesk.bridge.controller import Controller
    from gradientdesk.ui.document.sessions import session_from_controller

    path = tmp_path / "saved.gdesk"
    controller = Controller()  # never started: no worker thread
    session_io.save_session(path, session_from_controller(controller, include_parameters=False))
    result = run_app(bundle.executable, "--validate", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout and "300 points" in result.stdout
    path.write_text('{"format": "gradientdesk-session", "version": 99}', encoding="utf-8")
    result = run_app(bundle.executable, "--validate", str(path), cwd=tmp_path)
    assert result.returncode == 1 and "cannot be opened" in result.stderr and "Traceback" not in result.stderr


def test_a_bundled_lesson_opens_from_inside_the_bundle(bundle, tmp_path):
    bundled = sorted((bundle.contents / "gradientdesk" / "resources" / "lessons").glob("*.md"))
    assert [p.name for p in bundled] == [p.name for p in resource_files("lessons", "*.md")]  # all of them
    if not bundled:
        pytest.skip("no lesson files yet: resources/lessons/*.md arrive with the lessons issue; "
                    "this test then validates the first one from inside the bundle")
    usage = run_app(bundle.executable, "--help", cwd=tmp_path).stdout
    if "--validate" not in usage:
        pytest.skip("the command line has no --validate FILE yet (it comes with the session-files issue)")
    result = run_app(bundle.executable, "--validate", str(bundled[0]), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
