"""`gradientdesk --validate LESSON.md` checks a lesson file as opening it would (header, data, hyperparameters,
placeholders and claims) without a window: exit 0 with a summary, or exit 1 with the line and the field."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gradientdesk.app import main
from gradientdesk.resource_paths import resource_path

REPO = Path(__file__).resolve().parents[2]
LESSON = resource_path("lessons", "03-overfitting.md")


def test_validate_a_lesson_file_prints_a_summary(capsys):
    assert main(["--validate", str(LESSON)]) == 0
    assert capsys.readouterr().out == (f"{LESSON}: OK - lesson 'Overfitting' (03-overfitting): 12 noisy points: "
                                       "24 points, polynomial regression 1-1 (2 learned parameters), 5 steps, "
                                       "10 claims\n")


def test_validate_names_the_line_and_field_of_a_mistake(tmp_path, capsys):
    text = resource_path("lessons", "05-initialization.md").read_text(encoding="utf-8")
    bad = tmp_path / "05-initialization.md"
    bad.write_text(text.replace('preset = "circle"', 'preset = "circel"'), encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), start=1) if row.startswith("preset"))
    assert main(["--validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}: cannot be opened: line {line}, field data.preset: unknown preset 'circel'")
    bad.write_text(text.replace("[data]", '[data]\ncsv = "points.csv"'), encoding="utf-8")  # no such file
    assert main(["--validate", str(bad)]) == 1
    assert "line 7, field data.csv: cannot read points.csv" in capsys.readouterr().err
    bad.write_bytes(b"+++\ntitle = \"caf\xe9\"\n")
    assert main(["--validate", str(bad)]) == 1
    assert "line 2, field title: the file is not UTF-8 text" in capsys.readouterr().err


def test_validate_a_lesson_loads_no_qt_and_never_shows_a_traceback(tmp_path):
    bad = tmp_path / "01-broken.md"
    bad.write_text("+++\ntitle = \n+++\n", encoding="utf-8")
    script = ("import sys\nfrom gradientdesk.app import main\nrcs = [main(['--validate', p]) for p in sys.argv[1:]]\n"
              "print(rcs, sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", script, str(LESSON), str(bad)], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=60)
    assert result.stdout.strip().endswith("[0, 1] []"), result.stdout + result.stderr
    assert "line 2, field title: not valid TOML" in result.stderr and "Traceback" not in result.stderr


def test_a_lesson_file_on_the_command_line_opens_or_says_its_line_and_field(tmp_path):
    """`gradientdesk NN-name.md` opens the lesson (here for a screenshot); a broken one exits 1 with the reason."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    shot = tmp_path / "lesson.png"
    argv = [sys.executable, "-m", "gradientdesk", "--size", "1366x768", "--screenshot", str(shot)]
    result = subprocess.run([*argv, str(LESSON)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0 and shot.is_file(), result.stderr
    bad = tmp_path / "03-broken.md"
    bad.write_text(LESSON.read_text(encoding="utf-8").replace("degree = 1", "degree = 99"), encoding="utf-8")
    result = subprocess.run([*argv, str(bad)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 1 and "field hyperparameters.degree" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
