"""Package data of GradientDesk: icons, example lessons, styles.

Found through `importlib.resources`, so the same call works from a source checkout, an installed wheel and the
PyInstaller bundle (whose frozen importer maps this package onto ``_internal/gradientdesk/resources``)::

    resource_path("icons", "gradientdesk.svg")  ->  Path(.../gradientdesk/resources/icons/gradientdesk.svg)
    resource_files("lessons", "*.gdesk")        ->  [Path(...), ...] sorted by name; [] when there are none

No Qt here: the engine's tests and the command-line checks can use it without a display.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

APP_ID = "org.gradientdesk.GradientDesk"  # reverse-DNS id: .desktop file, AppStream, macOS bundle identifier
ICON_NAME = "gradientdesk"  # icons/gradientdesk.svg; the freedesktop icon name in the .desktop file


def resource_root() -> Path:
    """The folder that holds the resources, as a real file-system path."""
    root = importlib.resources.files(__name__)
    # A regular package on disk (source, wheel, PyInstaller one-folder) gives a pathlib.Path already; anything else
    # (a zip import) has no real folder, so fall back to where this module says it lives.
    return root if isinstance(root, Path) else Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of one resource, e.g. ``resource_path("icons", "gradientdesk.svg")``. It may not exist: callers that need
    the file check ``.is_file()`` and report a missing resource in words."""
    for part in parts:
        if Path(part).is_absolute() or ".." in Path(part).parts:
            raise ValueError(f"resource path parts must stay inside the resources folder, got {part!r}")
    return resource_root().joinpath(*parts)


def resource_files(subdir: str, pattern: str = "*") -> list[Path]:
    """Files in ``resources/<subdir>`` matching the glob `pattern`, sorted by name (stable order for menus and
    tests); an empty list when the folder does not exist yet."""
    folder = resource_path(subdir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(pattern) if p.is_file())


def app_icon_path() -> Path:
    """The application icon's SVG source (PNG/ICO/ICNS sizes are generated from it when the bundle is built)."""
    return resource_path("icons", f"{ICON_NAME}.svg")
