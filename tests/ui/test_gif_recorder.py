"""File → Export → Record GIF…: an animated GIF of the live canvas while the model trains, with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QDialogButtonBox

from gradientdesk.ui.export.gif_dialog import GifDialog
from gradientdesk.ui.export.gif_recorder import GifSettings


@pytest.fixture
def window(make_window):
    win = make_window(size=(1100, 760))
    win.controller.set_speed(30.0)  # the model visibly changes between frames, without hurrying the machine
    yield win
    win.controller.pause()

def frames_of(path: Path) -> tuple[int, list[int], tuple[int, int], int | None]:
    with Image.open(path) as gif:
        durations = []
        for i in range(gif.n_frames):
            gif.seek(i)
            durations.append(gif.info["duration"])
        return gif.n_frames, durations, gif.size, gif.info.get("loop")


def test_records_the_requested_frames_while_training(qtbot, window, tmp_path):
    recording = window.gif_recording
    path = tmp_path / "training.gif"
    step_before = window.controller.latest.step
    with qtbot.waitSignal(recording.recorder.finished, timeout=30000) as done:
        assert recording.start(GifSettings(path, fps=20, frames=6, max_width=400))
        assert recording.indicator.isVisible() and not recording.action.isEnabled()
        qtbot.waitUntil(lambda: window.controller.playing, timeout=5000)  # training starts with the recording
    assert done.args == [str(path)]
    n, durations, size, loop = frames_of(path)
    assert n == 6
    assert durations == [50] * 6  # 20 frames per second
    assert loop == 0  # loops forever, as a slide animation should
    assert size[0] <= 400
    qtbot.waitUntil(lambda: window.controller.latest.step > step_before, timeout=5000)
    assert not recording.indicator.isVisible() and recording.action.isEnabled()
    assert "6 frames" in window.statusBar().currentMessage()
    assert not recording.recorder.active


def test_progress_counts_recording_then_encoding(qtbot, window, tmp_path):
    recorder = window.gif_recording.recorder
    seen: list[tuple[int, int, str]] = []
    recorder.progress.connect(lambda done, total, phase: seen.append((done, total, phase)))
    with qtbot.waitSignal(recorder.finished, timeout=30000):
        window.gif_recording.start(GifSettings(tmp_path / "p.gif", fps=25, frames=4, max_width=300, play=False))
    recording = [s for s in seen if s[2] == "recording"]
    encoding = [s for s in seen if s[2] == "encoding"]
    assert recording == [(k, 4, "recording") for k in range(1, 5)]
    assert encoding[-1] == (4, 4, "encoding")
    assert "frame 4 of 4" in window.gif_recording.indicator.label.text()


def test_canvas_and_loss_side_by_side_is_wider(qtbot, window, tmp_path):
    recorder = window.gif_recording.recorder
    sizes = {}
    for name, with_loss in (("canvas", False), ("both", True)):
        path = tmp_path / f"{name}.gif"
        with qtbot.waitSignal(recorder.finished, timeout=30000):
            window.gif_recording.start(GifSettings(path, fps=25, frames=3, include_loss=with_loss, max_width=1600,
                                                   caption=False, play=False))
        sizes[name] = frames_of(path)[2]
    assert sizes["both"][0] > sizes["canvas"][0]
    assert sizes["both"][1] == sizes["canvas"][1]  # the canvas sets the height, the loss plot is put beside it


def test_cancel_leaves_no_file(qtbot, window, tmp_path):
    recording = window.gif_recording
    path = tmp_path / "cancelled.gif"
    recording.start(GifSettings(path, fps=5, frames=50))
    qtbot.waitUntil(lambda: recording.recorder.captured >= 2, timeout=10000)
    with qtbot.waitSignal(recording.recorder.cancelled, timeout=5000):
        recording.indicator.cancel_button.click()
    assert not recording.recorder.active
    assert list(tmp_path.iterdir()) == []  # no GIF, no temporary file
    assert "no file" in window.statusBar().currentMessage()
    assert recording.action.isEnabled()


def test_closing_the_window_stops_a_recording(qtbot, window, tmp_path):
    recording = window.gif_recording
    recording.start(GifSettings(tmp_path / "closed.gif", fps=5, frames=50, play=False))
    qtbot.waitUntil(lambda: recording.recorder.captured >= 1, timeout=10000)
    window.close()
    assert not recording.recorder.active
    assert list(tmp_path.iterdir()) == []


def test_bad_settings_are_refused_with_a_reason(qtbot, window, tmp_path):
    reported: list[str] = []
    window.gif_recording.report_error = reported.append
    assert not window.gif_recording.start(GifSettings(tmp_path / "nowhere" / "x.gif"))
    assert "does not exist" in reported[0]
    assert "frame rate" in GifSettings(tmp_path / "x.gif", fps=7).problem()
    assert "frames" in GifSettings(tmp_path / "x.gif", frames=1).problem()
    assert ".gif" in GifSettings(tmp_path / "x.png").problem()
    assert GifSettings(tmp_path / "x.gif").problem() == ""


def test_dialog_turns_seconds_and_rate_into_frames(qtbot, tmp_path):
    dialog = GifDialog(tmp_path / "a.gif")
    qtbot.addWidget(dialog)
    dialog.seconds.setValue(3.0)
    dialog.fps.setCurrentIndex(dialog.fps.findData(20))
    dialog.with_loss.setChecked(True)
    assert "60 frames of 50 ms" in dialog.frames_label.text()
    settings = dialog.settings()
    assert (settings.frames, settings.fps, settings.include_loss, settings.path) == (60, 20, True, tmp_path / "a.gif")
    dialog.path_edit.setText(str(tmp_path / "missing" / "a.gif"))
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "does not exist" in dialog.problem_label.text()  # refused, stays open


@pytest.mark.parametrize(("box", "text", "words"), [
    ("seconds", "1e309", "The length must be a number from 0.5 to 60"),
    ("seconds", "0.1", "The length must be a number from 0.5 to 60"),
    ("width", "99999999999999999999", "The width must be a whole number from"),
])
def test_typed_length_and_width_out_of_range_are_refused_with_the_range(qtbot, tmp_path, box, text, words):
    """Before: a QSpinBox mangled '1e309' into another number (or clamped it) without a word."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from gradientdesk.ui.panels.number_entry import is_refused

    dialog = GifDialog(tmp_path / "a.gif")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = getattr(dialog, box)
    before = spin.value()
    spin.setFocus()
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, text)
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert spin.text().startswith(text) and is_refused(spin) and spin.value() == before  # kept, marked
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and words in dialog.problem_label.text()  # not recorded: says the range
