"""The command line: bad arguments give usage and exit 2; --screenshot renders the window after training."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from gradientdesk.app import build_parser, main

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("argv", [["--preset", "nope"], ["--model", "svm"], ["--steps", "-3"], ["--steps", "many"],
                                  ["--bogus"], ["--screenshot", "out.jpg"]])
def test_bad_arguments_exit_2_with_usage(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage: gradientdesk" in capsys.readouterr().err


def test_parser_accepts_the_documented_options():
    args = build_parser().parse_args(["--preset", "spiral", "--model", "mlp", "--steps", "3000",
                                      "--screenshot", "shot.png"])
    assert (args.preset, args.model, args.steps, args.screenshot.name) == ("spiral", "mlp", 3000, "shot.png")


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_screenshot_writes_a_png_after_training(tmp_path):
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-m", "gradientdesk", "--preset", "spiral", "--model", "mlp",
                             "--steps", "300", "--screenshot", str(shot)],
                            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "after 300 steps" in result.stdout
    width, height = _png_size(shot)
    assert width >= 800 and height >= 500
    assert shot.stat().st_size > 20_000  # a real picture, not an empty frame
