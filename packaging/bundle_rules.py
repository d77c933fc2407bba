"""What the GradientDesk bundle leaves out, as data plus two pure functions (used by GradientDesk.spec and tested).

PyInstaller's PySide6 hooks collect every Qt plugin a used module *might* load, and the plugins drag in their own
libraries (the virtual-keyboard input plugin alone pulls in QtQml and QtQuick, the GTK theme all of GTK's). The lists
below come from measurement: `python packaging/loaded_libs.py dist/GradientDesk [--platform xcb]` reads
/proc/<pid>/maps while the bundle runs its self-test (window, training through the worker, drawing), offscreen and
on a virtual X screen. After this trimming (and elf_tools.prune_unreferenced) every library of 1 MB or more that
is left is loaded; what stays unused is small and kept on purpose (the ibus input method and the desktop portal
theme for real desktops, the GL integrations of the xcb plugin, JPEG export, Python's CJK codecs).
Re-measure when a feature starts using a new Qt module or plugin; tests/packaging/test_bundle.py runs the bundle.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import PurePosixPath

# Python modules never imported by GradientDesk. pyqtgraph tries QtTest at import and copes without it (but it
# imports QtOpenGL and QtOpenGLWidgets unconditionally, so those stay); scipy / IPython are optional pyqtgraph extras
# that happen to be installed on build machines. (Pillow is needed: the GIF export writes with it.)
EXCLUDED_MODULES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "ensurepip", "venv",
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtHelp", "PySide6.QtDesigner", "PySide6.QtUiTools",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtSvgWidgets",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter",  # (pyqtgraph itself imports multiprocess)
    "numpy.tests", "numpy.f2py", "numpy.distutils", "numpy._pyinstaller", "numpy.typing.tests",
    "scipy", "IPython", "matplotlib", "pandas", "h5py", "numba", "cupy", "OpenGL", "colorcet",
    "pytest", "_pytest", "hypothesis", "setuptools", "pkg_resources", "PyInstaller",
    # measured unused: no network (ssl pulls in OpenSSL's libssl and Kerberos), no terminal line editing, and YAML
    # only for numpy.show_config()
    "ssl", "_ssl", "readline", "yaml", "numpy._core._multiarray_tests",
    # Pillow writes the GIF export; its AVIF and WebP codecs (6 MB of libraries) are optional plugins it skips
    "PIL.AvifImagePlugin", "PIL._avif", "PIL.WebPImagePlugin", "PIL._webp",
)

# Files in the bundle (paths relative to the contents folder, "/" separated) that are dropped after the analysis.
EXCLUDED_FILES = (
    # platform plugins: X11 (xcb) for the desktop, offscreen for --self-test and CI; the rest are for embedded
    # devices (eglfs, linuxfb, vnc, vkkhrdisplay), or Wayland (XWayland runs the xcb plugin instead)
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so", "PySide6/Qt/plugins/platforms/libqwayland*.so",
    "PySide6/Qt/plugins/wayland-*/*", "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/generic/*",  # evdev / tuio input for eglfs and linuxfb
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",  # native GTK dialogs: needs GTK on the target, not used
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",  # pulls in QtQml and QtQuick
    # image formats: PNG is built into QtGui; SVG draws the icon; JPEG is kept for image export
    "PySide6/Qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/plugins/imageformats/libqgif.so",
    "PySide6/Qt/plugins/imageformats/libqicns.so", "PySide6/Qt/plugins/imageformats/libqico.so",
    "PySide6/Qt/plugins/imageformats/libqtga.so", "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/imageformats/libqwbmp.so", "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/plugins/networkinformation/*", "PySide6/Qt/plugins/tls/*", "PySide6/Qt/plugins/qmltooling/*",
    "PySide6/Qt/plugins/sqldrivers/*", "PySide6/Qt/plugins/designer/*", "PySide6/Qt/qml/*",
    # Qt's own translations: only those of the languages the app ships (KEPT_FILES)
    "PySide6/Qt/translations/*",
)
# Kept although a pattern above matches: Qt's strings (standard dialogs' buttons) in the languages GradientDesk ships
# (gradientdesk/ui/i18n.py loads qtbase_<lang>.qm; its own translations are in resources/translations).
KEPT_FILES = tuple(f"PySide6/Qt/translations/qtbase_{lang}.qm" for lang in ("de", "es", "fr"))

# Qt libraries that only the excluded modules and plugins need (checked after the build: no kept file needs one).
EXCLUDED_QT_LIBRARIES = re.compile(
    r"libQt6(Qml|Quick|Network|Pdf|VirtualKeyboard|Wayland|WlShell|Sql|Test|Help|Designer|UiTools|Xml|"
    r"Concurrent|SvgWidgets|LabsQmlModels|EglF[sS]|ShaderTools|Multimedia)\w*\.so(\.\d+)*$|libpyside6qml\.")


def excluded(dest: str) -> bool:
    """True if the bundle file at `dest` (relative to the contents folder) is left out."""
    path = PurePosixPath(dest.replace("\\", "/"))
    text = str(path)
    if EXCLUDED_QT_LIBRARIES.search(path.name):
        return True
    if text in KEPT_FILES:
        return False
    return any(fnmatch.fnmatch(text, pattern) for pattern in EXCLUDED_FILES)


def filter_toc(toc: list[tuple]) -> tuple[list[tuple], list[str]]:
    """Split a PyInstaller TOC (dest, src, kind) into (kept entries, dropped dest names)."""
    kept, dropped = [], []
    for entry in toc:
        (dropped.append(entry[0]) if excluded(entry[0]) else kept.append(entry))
    return kept, dropped
