"""House rules anyone can check with `git grep`, checked on every run: features do not attach themselves to the
window, the window title has one writer, io never touches the Controller, and there are no module-level registries
of live objects."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "gradientdesk"


def sources(folder: Path = PACKAGE) -> dict[str, str]:
    return {str(path.relative_to(PACKAGE.parent)): path.read_text(encoding="utf-8")
            for path in sorted(folder.rglob("*.py"))}


def offending(pattern: str, folder: Path = PACKAGE, allowed: tuple[str, ...] = ()) -> list[str]:
    found = []
    for name, text in sources(folder).items():
        if name in allowed:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if re.search(pattern, line):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_feature_attaches_itself_to_the_window():
    assert offending(r"def install\w*\(window") == []
    assert offending(r"(getattr|hasattr|setattr)\((self\.)?window\b") == []
    assert offending(r"(getattr|hasattr)\((self\.)?controller\s*,") == []
    assert offending(r"\bwindow\.\w+\s*=[^=]") == []  # nobody sets attributes on a window from outside


def test_the_window_title_has_one_writer():
    assert offending(r"setWindowModified\(", allowed=("gradientdesk/ui/window/main_window.py",)) == []
    assert offending(r"(window|parent\w*)\.setWindowTitle\(") == []


def test_io_reads_and_writes_plain_values():
    assert offending(r"\bController\b|\bcontroller\.", PACKAGE / "io") == []
    assert offending(r"^\s*(from|import)\s+(PySide6\.QtWidgets|PySide6\.QtGui|\.\.ui|\.\.bridge)", PACKAGE / "io") == []


def test_state_is_qt_free():
    assert offending(r"^\s*(from|import)\s+(PySide6|pyqtgraph|\.\.ui|\.\.bridge)", PACKAGE / "state") == []


def test_the_bridge_does_not_reach_up_into_the_ui():
    # dependencies point bridge <- ui: the bridge's translated messages take fill/count_text from bridge/texts.py
    assert offending(r"^\s*(from|import)\s+(\.\.ui|gradientdesk\.ui)\b", PACKAGE / "bridge") == []


def test_no_module_level_registry_of_live_objects():
    # a module-level dict/list/WeakSet filled at run time (e.g. keyed by id(controller)) outlives what it holds
    assert offending(r"^_?\w+\s*(:[^=]+)?=\s*(\{\}|\[\]|dict\(\)|list\(\)|weakref\.)") == []


def test_other_objects_are_used_through_their_public_api():
    # pyqtgraph's and Qt's objects above all: their private attributes change between releases (presentation mode
    # used to restyle plots through item._pen, _adjustSize() and a stash in item.__dict__)
    assert offending(r"\b(?!self\b|cls\b)[A-Za-z_]\w*\._[a-zA-Z]\w*") == []
    assert offending(r"\.__dict__\b") == []


def test_docs_architecture_matches_the_tree():
    """Every package of gradientdesk/ is described in docs/architecture.md, and every module the page names
    exists."""
    doc = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    rooms = doc.split("## Rooms", 1)[1].split("## Data flow", 1)[0]
    for init in sorted(PACKAGE.rglob("__init__.py")):
        folder = init.parent
        if folder != PACKAGE:
            assert f"{folder.name}/" in rooms, f"{folder.relative_to(PACKAGE.parent)} is not described"
    repository = PACKAGE.parent
    modules = {path.name for folder in ("gradientdesk", "tests", "tools", "packaging")
               for path in (repository / folder).rglob("*.py")}
    named = set(re.findall(r"\b([a-z_]+\.py)\b", doc))
    assert named - modules == set(), "docs/architecture.md names modules that do not exist"
