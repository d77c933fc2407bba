"""`gradientdesk --self-test`: passes on a working installation, fails with the reason (and exit code 1) when a check
fails, and works without a display."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gradientdesk import self_test
from gradientdesk.app import main as app_main
from gradientdesk.bridge.controller import DEFAULT_HYPERPARAMETERS

REPO = Path(__file__).resolve().parents[2]


def test_run_trains_through_the_worker_and_renders(qapp, thread_watch):
    report = self_test.run(qapp)
    assert report.steps == self_test.STEPS
    assert report.loss_after <= self_test.LOSS_RATIO * report.loss_before
    assert report.loss_before == pytest.approx(0.694, abs=0.01)  # the default example, seeded
    assert report.painted_share >= self_test.MIN_PAINTED
    assert report.window_size[0] >= 800 and report.window_size[1] >= 500
    assert set(report.timings) == {"imports", "window", "training", "helper", "render", "total"}
    assert thread_watch.running() == []
    assert qapp.desktopFileName() == "org.gradientdesk.GradientDesk"
    assert not qapp.windowIcon().isNull()


def test_command_line_prints_one_line_and_exits_0(qapp, capsys):
    assert app_main(["--self-test"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    line = out[0]
    assert line.startswith("gradientdesk self-test passed")
    assert f"{self_test.STEPS} steps trained through the worker" in line
    assert "train loss 0.694 -> " in line and "canvas painted" in line and "total" in line


def test_a_model_that_does_not_learn_fails_with_the_reason(qapp, thread_watch):
    frozen = dataclasses.replace(DEFAULT_HYPERPARAMETERS, learning_rate=1e-5)
    with pytest.raises(self_test.SelfTestError, match=r"the loss did not fall: 0\.69"):
        self_test.run(qapp, steps=200, hyperparameters=frozen)
    assert thread_watch.running() == []


def test_a_failed_check_exits_1_with_one_reason_line(qapp, capsys, monkeypatch):
    monkeypatch.setattr(self_test, "LOSS_RATIO", 0.0)  # no loss can fall that far
    assert self_test.main(steps=50) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("gradientdesk self-test FAILED: the loss did not fall")
    assert "Traceback" not in captured.err


def test_an_unexpected_error_is_reported_with_its_traceback(qapp, capsys, monkeypatch):
    def broken(_app):
        raise ImportError("libQt6Svg.so.6: cannot open shared object file")

    monkeypatch.setattr("gradientdesk.ui.window.app_identity.apply_app_identity", broken)
    assert self_test.main() == 1
    err = capsys.readouterr().err
    assert err.startswith("gradientdesk self-test FAILED: unexpected ImportError: libQt6Svg.so.6")
    assert "Traceback" in err


def test_blank_canvas_and_missing_points_are_caught():
    orange, blue = "#E69F00", "#0072B2"
    white = np.full((200, 300, 3), 255, dtype=np.uint8)
    with pytest.raises(self_test.SelfTestError, match="almost blank"):
        self_test.check_canvas(white, (orange, blue))
    output_map = white.copy()
    output_map[:, :150] = (240, 210, 150)  # a light orange half, a light blue half, but no points
    output_map[:, 150:] = (150, 190, 220)
    with pytest.raises(self_test.SelfTestError, match="points of colour #E69F00 are missing"):
        self_test.check_canvas(output_map, (orange, blue))
    output_map[10:20, 10:20] = (0xE6, 0x9F, 0x00)
    output_map[30:40, 200:210] = (0x00, 0x72, 0xB2)
    assert self_test.check_canvas(output_map, (orange, blue)) == pytest.approx(1.0)


def test_image_pixels_reads_a_qimage(qapp):
    from PySide6.QtGui import QColor, QImage

    image = QImage(7, 3, QImage.Format.Format_ARGB32)  # odd width: rows are padded
    image.fill(QColor(10, 20, 30))
    image.setPixelColor(6, 2, QColor(200, 100, 50))
    pixels = self_test.image_pixels(image)
    assert pixels.shape == (3, 7, 3)
    assert tuple(pixels[0, 0]) == (10, 20, 30) and tuple(pixels[2, 6]) == (200, 100, 50)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux only")
def test_process_age_is_measured_from_the_process_start():
    age = self_test.process_age()
    assert age is not None and 0 < age < 24 * 3600


def test_runs_without_a_display_in_a_fresh_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run([sys.executable, "-m", "gradientdesk", "--self-test"], capture_output=True, text=True,
                            timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("gradientdesk self-test passed")
    assert "window shown" in result.stdout
