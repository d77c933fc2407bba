"""A regular install carries every resource: the wheel built from this tree (as `pip install .` builds it, not
editable) is installed into a fresh venv, and that venv's Python, started outside the repository with no PYTHONPATH,
finds the icon, every lesson (each one validated), every model configuration, the tokenizer (its SHA-256 check
passes) and every other file of the top-level resources/ folder, and the wheel carries every module of gradientdesk/.

Slow (a wheel build and an install: about 10-60 s), and part of the normal run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from gradientdesk.resource_paths import resource_root

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"

pytestmark = pytest.mark.slow

# not needed to build the wheel, and large or changing while the suite runs
IGNORED = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", ".venv*", "venv",
                                 ".pytest_cache", ".ruff_cache", ".mypy_cache", ".hypothesis", "tests", "docs")

# run by the venv's Python: everything it finds, as JSON
PROBE = r"""
import json, sys
from pathlib import Path

import gradientdesk
from gradientdesk import resource_paths
from gradientdesk.cli_files import validate_command
from gradientdesk.engine import scale_convnet, scale_count, tokens

root = resource_paths.resource_root()
icon = resource_paths.app_icon_path()
lessons = resource_paths.resource_files("lessons", "*.md")
print(json.dumps({
    "package": str(Path(gradientdesk.__file__).resolve().parent),
    "prefix": sys.prefix,
    "root": str(root),
    "files": sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()),
    "icon": icon.relative_to(root).as_posix() if icon.is_file() else None,
    "lessons": [p.name for p in lessons],
    "lessons_valid": [validate_command(p) == 0 for p in lessons],
    "models": sorted([c.name for c in scale_count.bundled()] + [c.name for c in scale_convnet.bundled()]),
    "model_files": len(scale_count.model_files()),
    "tokenizer": [p.name for p in resource_paths.resource_files("tokenizer")],
    "tokens": [t.id for t in tokens.encode("Hello world")],  # loads gpt2.tiktoken and checks its SHA-256
}))
"""


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 600):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def _clean_env() -> dict[str, str]:
    """The environment of a user's shell: nothing points Python at this checkout."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}


def _build_wheel(tmp: Path) -> Path:
    """The wheel `pip install .` would install, built from a copy of this tree (the build leaves build/ and an
    egg-info behind, which must not land in the working tree). Without build isolation when setuptools and wheel
    are at hand (offline), otherwise the way pip builds it by default."""
    source = tmp / "source"
    shutil.copytree(REPO, source, ignore=IGNORED)
    out = tmp / "wheel"
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q", "-w", str(out)]
    if importlib.util.find_spec("wheel") is not None and importlib.util.find_spec("setuptools") is not None:
        command.append("--no-build-isolation")
    _run([*command, str(source)], cwd=tmp, env=_clean_env())
    wheels = sorted(out.glob("gradientdesk-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("installed")
    wheel = _build_wheel(tmp)
    env_dir = tmp / "venv"
    # system site-packages: numpy, PySide6, regex, ... come from this interpreter; gradientdesk from the wheel
    venv.EnvBuilder(system_site_packages=True, with_pip=False, symlinks=os.name != "nt").create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # the outer pip, run by the venv's Python (seen through the system site-packages), installs into the venv
    _run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--disable-pip-version-check", "-q",
          str(wheel)], cwd=tmp, env=_clean_env())
    elsewhere = tmp / "elsewhere"  # the current folder: neither the repository nor the source copy
    elsewhere.mkdir()
    result = _run([str(python), "-c", PROBE], cwd=elsewhere, env=_clean_env(), timeout=300)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    found["wheel"] = wheel
    found["venv"] = str(env_dir.resolve())
    print(f"\nfrom the installed wheel ({wheel.name}, {wheel.stat().st_size / 1e6:.1f} MB): "
          f"{len(found['files'])} resource files under {found['root']}: {', '.join(found['files'])}")
    return found


def repo_resources() -> list[str]:
    return sorted(p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)


def test_the_checkout_finds_the_top_level_resources():
    assert resource_root() == RESOURCES
    assert repo_resources() and not [name for name in repo_resources() if name.endswith((".py", ".pyc"))]
    assert not (REPO / "gradientdesk" / "resources").exists()  # one place only


def test_the_installed_app_uses_its_own_copy(installed):
    assert Path(installed["package"]).is_relative_to(installed["venv"]), installed["package"]
    assert Path(installed["root"]) == Path(installed["package"]) / "resources"


def test_the_installed_app_finds_every_resource(installed):
    assert installed["files"] == repo_resources()
    assert installed["icon"] == "icons/gradientdesk.svg"
    assert installed["lessons"] == sorted(p.name for p in (RESOURCES / "lessons").glob("*.md"))
    assert installed["lessons"] and all(installed["lessons_valid"]), installed["lessons_valid"]
    assert installed["model_files"] == len(list((RESOURCES / "models").glob("*.toml"))) == len(installed["models"])
    assert installed["tokenizer"] == ["LICENSE", "README.md", "gpt2.tiktoken"]
    assert installed["tokens"] == [15496, 995]  # GPT-2's "Hello", " world"


def test_the_wheel_carries_every_module(installed):
    with zipfile.ZipFile(installed["wheel"]) as wheel:
        names = wheel.namelist()
    modules = sorted(n for n in names if n.endswith(".py"))
    assert modules == sorted(p.relative_to(REPO).as_posix() for p in (REPO / "gradientdesk").rglob("*.py")
                             if "__pycache__" not in p.parts), "a package is missing from pyproject.toml's list"
    data = sorted(n.removeprefix("gradientdesk/resources/") for n in names if n.startswith("gradientdesk/resources/"))
    assert data == repo_resources()
