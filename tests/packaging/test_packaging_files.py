"""The packaging inputs, checked without building: desktop entry, AppStream metainfo and MIME type agree with each
other and with the app; the icon generator writes every size; the trimming rules keep what the app loads."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
sys.path.insert(0, str(REPO / "packaging"))

import bundle_rules  # noqa: E402
import elf_tools  # noqa: E402

from gradientdesk.resource_paths import APP_ID, app_icon_path, resource_files, resource_path  # noqa: E402

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_TYPE = "application/x-gradientdesk-session"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


# ---- desktop integration files -------------------------------------------------------------------------------------
def test_desktop_entry_launches_gradientdesk_with_a_file_and_claims_the_mime_type():
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == "GradientDesk"
    assert entry["Exec"] == "GradientDesk %f"  # install-desktop.sh makes the path absolute
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].split(";")[:1] == [MIME_TYPE]
    assert "Education" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"


def test_mime_type_matches_gdesk_files_by_name_and_content():
    root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.gdesk"]
    match = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    schema = pytest.importorskip("gradientdesk.io.session_schema", reason="session files are not in this tree yet")
    assert match.get("value") == schema.FORMAT  # the "format" field every session file carries
    assert mime.find(f"{MIME_NS}icon").get("name") == APP_ID


def test_metainfo_describes_the_same_application():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "GradientDesk"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    version = re.search(r'^version = "([^"]+)"', (REPO / "pyproject.toml").read_text(), re.M).group(1)
    assert root.find("releases/release").get("version") == version


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True,
                            text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream (appstreamcli) is not installed")
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed")
def test_mime_database_maps_gdesk_to_gradientdesk(tmp_path):
    (tmp_path / "packages").mkdir()
    shutil.copy(LINUX / f"{APP_ID}.xml", tmp_path / "packages")
    subprocess.run(["update-mime-database", str(tmp_path)], check=True, capture_output=True)
    assert f"{MIME_TYPE}:*.gdesk" in (tmp_path / "globs2").read_text()
    assert (tmp_path / "application" / "x-gradientdesk-session.xml").is_file()


# ---- icons ---------------------------------------------------------------------------------------------------------
def test_icon_svg_is_a_square_drawing():
    root = ET.parse(app_icon_path()).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_icon_generator_writes_every_size(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, str(REPO / "packaging" / "icons.py"), str(tmp_path)], check=True, env=env,
                   capture_output=True, timeout=120)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        themed = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(themed) == (size, size)
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == app_icon_path().read_bytes()
    pytest.importorskip("PIL", reason="Pillow writes .ico / .icns (pip install pillow)")
    from PIL import Image

    with Image.open(tmp_path / "gradientdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "gradientdesk.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]
    # the rendering is a real picture: opaque blue tile in the middle, transparent corners
    with Image.open(tmp_path / "png" / "gradientdesk-64.png") as png:
        assert png.getpixel((0, 0))[3] == 0
        r, g, b, a = png.getpixel((32, 6))
        assert a == 255 and b > r and b > g


# ---- resources -----------------------------------------------------------------------------------------------------
def test_resources_are_found_as_real_files():
    assert app_icon_path().is_file()
    assert resource_path("icons", "gradientdesk.svg") == app_icon_path()
    assert app_icon_path() in resource_files("icons", "*.svg")
    assert resource_files("no-such-folder") == []
    with pytest.raises(ValueError, match="inside the resources folder"):
        resource_path("..", "app.py")


# ---- trimming rules ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("dest", "left_out"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
    ("PySide6/Qt/lib/libQt6OpenGL.so.6", False),  # pyqtgraph imports QtOpenGL unconditionally
    ("PySide6/Qt/lib/libQt6DBus.so.6", False),  # QtGui needs it
    ("PySide6/Qt/lib/libicudata.so.73", False),
    ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", True),
    ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),  # the shipped languages' standard dialogs (ui/i18n.py)
    ("PySide6/Qt/translations/qtbase_ja.qm", True),
    ("PySide6/Qt/translations/qtquick_de.qm", True),
])
def test_trimming_rules(dest, left_out):
    assert bundle_rules.excluded(dest) is left_out


def test_unused_python_modules_are_excluded():
    for name in ("tkinter", "PySide6.QtNetwork", "PySide6.QtQml", "pyqtgraph.opengl", "numpy.tests"):
        assert name in bundle_rules.EXCLUDED_MODULES
    for name in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "pyqtgraph.multiprocess"):
        assert name not in bundle_rules.EXCLUDED_MODULES  # imported by pyqtgraph or the icon


def test_no_module_the_app_imports_is_excluded():
    """A view that imports an excluded module (even lazily, in a dialog the self-test never opens) would crash only
    in the bundle: catch it from the source."""
    pattern = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import\s+([\w, ()]+)|import\s+([\w.]+))", re.M)
    imported = set()
    for path in (REPO / "gradientdesk").rglob("*.py"):
        for base, names, plain in pattern.findall(path.read_text(encoding="utf-8")):
            if plain:
                imported.add(plain)
            elif not base.startswith("."):
                imported.add(base)
                imported.update(f"{base}.{n.strip()}" for n in names.strip("()").split(","))
    clashes = sorted(name for name in imported for excluded in bundle_rules.EXCLUDED_MODULES
                     if name == excluded or name.startswith(excluded + "."))
    assert clashes == [], f"imported by gradientdesk but left out of the bundle: {clashes}"


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("objdump") is None,
                    reason="needs Linux ELF files and binutils' objdump")
def test_libraries_nothing_needs_are_pruned():
    import _ctypes

    extension = Path(_ctypes.__file__)  # a Python extension module: loaded on its own
    libffi = next((n for n in elf_tools.needed(str(extension)) if n.startswith("libffi")), None)
    if libffi is None:
        pytest.skip("this Python's _ctypes links libffi statically")
    libdir = Path(sysconfig.get_config_var("LIBDIR") or "/usr/lib")
    toc = [(f"python3/lib-dynload/{extension.name}", str(extension), "EXTENSION"),
           (libffi, "/nonexistent/" + libffi, "BINARY"),  # needed by the extension: kept
           ("libunrelated.so.1", str(libdir / "libunrelated.so.1"), "BINARY"),  # needed by nothing: dropped
           ("libdbus-1.so.3", "/nonexistent/libdbus-1.so.3", "BINARY")]  # dlopen-ed by QtDBus: kept
    kept, dropped = elf_tools.prune_unreferenced(toc)
    assert [e[0] for e in kept] == [toc[0][0], libffi, "libdbus-1.so.3"]
    assert dropped == ["libunrelated.so.1"]


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("objdump") is None,
                    reason="needs Linux ELF files and binutils' objdump")
def test_auditwheel_patched_files_are_not_stripped():
    from pathlib import PurePosixPath

    import numpy
    from PySide6 import QtCore

    umath = next(Path(numpy.__file__).parent.glob("_core/_multiarray_umath*.so"))
    assert elf_tools.patched_by_auditwheel(umath, PurePosixPath("numpy/_core") / umath.name)  # run path numpy.libs
    assert elf_tools.patched_by_auditwheel(umath, PurePosixPath("numpy.libs/libscipy_openblas64_.so"))
    qtcore = Path(QtCore.__file__)
    assert not elf_tools.patched_by_auditwheel(qtcore, PurePosixPath("PySide6") / qtcore.name)
