"""Files on the command line: `gradientdesk --validate FILE` (no window, no Qt) and `gradientdesk FILE.gdesk`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gradientdesk.app import main
from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.io.session import Session, save_session
from gradientdesk.state.data_state import DataState

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}


@pytest.fixture
def good_file(tmp_path) -> Path:
    """A trained spiral session whose loss history ends at step 40."""
    ds = datasets.make("spiral", n=200, seed=1, test_fraction=0.5)
    hp = Hyperparameters(hidden_layers=(6,), learning_rate=0.1)
    trainer = Trainer(ds, hp)
    trainer.run_steps(40)
    history = {c: np.array([0.0, 1.0]) for c in ("epoch", "train_loss", "test_loss", "train_metric", "test_metric")}
    history["step"] = np.array([0.0, 40.0])
    session = Session(DataState.from_dataset(ds), hyperparameters=hp, loss_history=history,
                      parameters={k: v.copy() for k, v in trainer.model.parameters.items()},
                      lesson={"title": "Spirals", "steps": ["Press Play."]})
    path = tmp_path / "spiral.gdesk"
    save_session(path, session)
    return path


@pytest.fixture
def bad_file(tmp_path) -> Path:
    path = tmp_path / "bad.gdesk"
    path.write_text('{"format": "gradientdesk-session", "version": 7}')
    return path


def test_validate_prints_a_summary_and_exits_0(good_file, capsys):
    assert main(["--validate", str(good_file)]) == 0
    assert capsys.readouterr().out == (f"{good_file}: OK - spiral: 200 points, neural network 2-6-1 "
                                       "(25 learned parameters, trained values included), lesson 'Spirals'\n")


def test_validate_prints_what_is_wrong_and_exits_1(bad_file, tmp_path, capsys):
    assert main(["--validate", str(bad_file)]) == 1
    assert "newer GradientDesk (format version 7" in capsys.readouterr().err
    assert main(["--validate", str(tmp_path / "nowhere.gdesk")]) == 1
    assert "cannot read nowhere.gdesk" in capsys.readouterr().err


def test_validate_loads_no_qt_in_a_fresh_interpreter(good_file):
    script = ("import sys\nfrom gradientdesk.app import main\nrc = main(['--validate', sys.argv[1]])\n"
              "print(rc, sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph', 'shiboken6'}))")
    result = subprocess.run([sys.executable, "-c", script, str(good_file)], capture_output=True, text=True,
                            env={k: v for k, v in ENV.items() if k != "QT_QPA_PLATFORM"}, timeout=60, cwd=REPO)
    assert result.stdout.splitlines()[-1] == "0 []", result.stderr


@pytest.mark.parametrize("argv", [["a.gdesk", "b.gdesk"], ["--validate"], ["--validate", "a", "--steps", "x"]])
def test_bad_arguments_still_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage: gradientdesk" in capsys.readouterr().err


def test_a_file_on_the_command_line_opens_in_the_window(good_file, tmp_path):
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "gradientdesk", str(good_file), "--screenshot", str(shot)],
                            capture_output=True, text=True, env=ENV, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "after 40 steps" in result.stdout  # the saved run's counters: it is the file that is shown
    assert shot.stat().st_size > 20_000


def test_a_bad_file_with_screenshot_exits_1_with_the_message(bad_file, tmp_path):
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "gradientdesk", str(bad_file), "--screenshot", str(shot)],
                            capture_output=True, text=True, env=ENV, timeout=120, cwd=tmp_path)
    assert result.returncode == 1
    assert "bad.gdesk was not opened: this file was made by a newer GradientDesk" in result.stderr
    assert not shot.exists()
