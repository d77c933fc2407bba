"""Where GradientDesk's resources are: icons, lessons, the Scale view's model configurations, the tokenizer.

They live in the top-level ``resources/`` folder of the repository (no Python in it) and reach the three places the
app runs from as one folder of real files:

- a source checkout and an editable install (``pip install -e .``): ``<checkout>/resources``, beside the
  ``gradientdesk`` package; recognised by the ``pyproject.toml`` beside it. (setuptools' editable finder cannot map
  a sub-package onto another folder, so this module never imports the resources as a package.)
- a regular install (``pip install .``, a wheel): ``site-packages/gradientdesk/resources``. pyproject.toml maps the
  package ``gradientdesk.resources`` onto the top-level folder (``[tool.setuptools.package-dir]``) and ships all of
  it as that package's data, so the wheel carries ``gradientdesk/resources/...``
  (tests/packaging/test_installed_resources.py installs the wheel into a fresh venv and finds every file).
- the PyInstaller bundle: ``_internal/gradientdesk/resources``, the same place relative to the package
  (packaging/GradientDesk.spec copies the top-level folder there).

::

    resource_path("icons", "gradientdesk.svg")  ->  Path(.../resources/icons/gradientdesk.svg)
    resource_dir("lessons")                     ->  Path(.../resources/lessons)
    resource_files("lessons", "*.md")           ->  [Path(...), ...] sorted by name; [] when there are none

No Qt here: the engine, the command-line checks and the packaging scripts use it without a display.
"""

from __future__ import annotations

from pathlib import Path

APP_ID = "org.gradientdesk.GradientDesk"  # reverse-DNS id: .desktop file, AppStream, macOS bundle identifier
ICON_NAME = "gradientdesk"  # icons/gradientdesk.svg; the freedesktop icon name in the .desktop file

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_RESOURCES = PACKAGE_DIR.parent / "resources"  # source checkout, editable install
INSTALLED_RESOURCES = PACKAGE_DIR / "resources"  # wheel install, PyInstaller bundle


def resource_root() -> Path:
    """The folder that holds the resources, as a real file-system path (see the module's docstring)."""
    # The checkout is recognised by its pyproject.toml: a bare "resources" folder beside an installed package (some
    # other distribution's, in site-packages) must not be taken for ours.
    if (PACKAGE_DIR.parent / "pyproject.toml").is_file() and CHECKOUT_RESOURCES.is_dir():
        return CHECKOUT_RESOURCES
    return INSTALLED_RESOURCES


def resource_path(*parts: str) -> Path:
    """Path of one resource, e.g. ``resource_path("icons", "gradientdesk.svg")``. It may not exist: callers that need
    the file check ``.is_file()`` and report a missing resource in words."""
    for part in parts:
        if Path(part).is_absolute() or ".." in Path(part).parts:
            raise ValueError(f"resource path parts must stay inside the resources folder, got {part!r}")
    return resource_root().joinpath(*parts)


def resource_dir(name: str) -> Path:
    """One folder of resources, e.g. ``resource_dir("models")``; it may not exist yet."""
    return resource_path(name)


def resource_files(subdir: str, pattern: str = "*") -> list[Path]:
    """Files in ``resources/<subdir>`` matching the glob `pattern`, sorted by name (stable order for menus and
    tests); an empty list when the folder does not exist yet."""
    folder = resource_dir(subdir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(pattern) if p.is_file())


def app_icon_path() -> Path:
    """The application icon's SVG source (PNG/ICO/ICNS sizes are generated from it when the bundle is built)."""
    return resource_path("icons", f"{ICON_NAME}.svg")
