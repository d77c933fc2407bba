"""The engine is pure numpy: importing it loads no Qt, no plotting and no UI code."""

from __future__ import annotations

import ast
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import gradientdesk.engine

REPO = Path(__file__).resolve().parents[2]
ENGINE_DIR = Path(gradientdesk.engine.__file__).resolve().parent
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "gradientdesk.ui", "gradientdesk.bridge", "gradientdesk.app")

_IMPORT_ALL = """
import importlib, json, pkgutil, sys
import gradientdesk.engine as engine
names = ["gradientdesk.engine"]
for info in pkgutil.walk_packages(engine.__path__, "gradientdesk.engine."):
    importlib.import_module(info.name)
    names.append(info.name)
engine.Trainer(engine.datasets.make("circle", n=20, seed=1), engine.Hyperparameters()).run_steps(3)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""


def _is_forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


def test_engine_imports_no_gui_modules_in_a_fresh_interpreter():
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL], env=env, capture_output=True, text=True, timeout=120, check=True, cwd=REPO
    )
    report = json.loads(result.stdout)
    expected = {p.stem for p in ENGINE_DIR.glob("*.py") if p.stem != "__init__"}
    assert {name.rsplit(".", 1)[-1] for name in report["imported"][1:]} >= expected
    loaded = [m for m in report["modules"] if _is_forbidden(m)]
    assert loaded == []
    assert "numpy" in report["modules"]


def test_forbidden_check_itself():
    assert _is_forbidden("PySide6.QtCore")
    assert _is_forbidden("pyqtgraph")
    assert _is_forbidden("gradientdesk.ui.window.main_window")
    assert not _is_forbidden("gradientdesk.engine.trainer")
    assert not _is_forbidden("gradientdesk.application")


def _imported_names(source: str, package: str = "gradientdesk.engine") -> list[str]:
    """Absolute names of everything a module of `package` imports (relative imports resolved)."""
    tree = ast.parse(source)
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            names.append(module)
            names += [f"{module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module",
            "__import__",
        ):
            names += [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
    return names


def test_engine_sources_import_nothing_forbidden():
    sources = sorted(ENGINE_DIR.rglob("*.py"))
    assert len(sources) >= 10
    offenders = {
        str(path.relative_to(REPO)): bad
        for path in sources
        if (bad := [name for name in _imported_names(path.read_text(encoding="utf-8")) if _is_forbidden(name)])
    }
    assert offenders == {}
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for name in ("PySide6", "pyqtgraph", "shiboken6"):
            assert f"import {name}" not in text and f"from {name}" not in text, (path, name)


def test_relative_import_resolution():
    """The scanner sees through relative imports that climb out of the engine package."""
    source = "from ..ui import window\nfrom .. import bridge\nimport PySide6.QtCore\nfrom . import losses\n"
    names = _imported_names(source)
    assert "gradientdesk.ui" in names
    assert "gradientdesk.bridge" in names
    assert "PySide6.QtCore" in names
    assert "gradientdesk.engine.losses" in names
    assert [n for n in names if _is_forbidden(n)] == [
        "gradientdesk.ui",
        "gradientdesk.ui.window",
        "gradientdesk.bridge",
        "PySide6.QtCore",
    ]


def test_walk_packages_finds_every_engine_module():
    found = {info.name for info in pkgutil.iter_modules([str(ENGINE_DIR)])}
    assert {"trainer", "network", "optimizers", "dataset", "generators"} <= found
