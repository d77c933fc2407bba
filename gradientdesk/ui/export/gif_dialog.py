"""The "Record GIF…" dialog (what, frame rate, length, size, file) and the menu entry that starts a recording, with
its progress in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...bridge.controller import Controller
from ..i18n import fill
from ..panels.number_entry import CheckedDoubleSpinBox, CheckedSpinBox, NumberRule
from .figure_export import LAST_DIRECTORY_KEY, default_name
from .gif_recorder import FRAME_RATES, MAX_FRAMES, MAX_WIDTH, MIN_WIDTH, GifRecorder, GifSettings, RecordingIndicator

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

MIN_SECONDS, MAX_SECONDS = 0.5, 60.0


class GifDialog(QDialog):
    """Asks what to record; `settings()` reads the answer. OK is refused (with the reason shown) for settings
    that cannot be recorded."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GifRecording", "Record GIF"))
        self.canvas_only = QRadioButton(translate("GifRecording", "Canvas only"))
        self.with_loss = QRadioButton(translate("GifRecording", "Canvas and loss plot side by side"))
        self.canvas_only.setChecked(True)
        self.fps = QComboBox()
        for rate in FRAME_RATES:
            self.fps.addItem(fill(translate("GifRecording", "%1 frames per second"), rate), rate)
        self.fps.setCurrentIndex(FRAME_RATES.index(10))
        # typed text that is not a value in range is refused with the range, and Record waits until it is
        self.seconds = CheckedDoubleSpinBox(NumberRule(translate("GifRecording", "The length"), MIN_SECONDS,
                                                       MAX_SECONDS, decimals=1, suffix=" s"))
        self.seconds.setKeyboardTracking(False)  # "1e309" must not set 1 on its way to being refused
        self.seconds.setRange(MIN_SECONDS, MAX_SECONDS)
        self.seconds.setSingleStep(1.0)
        self.seconds.setDecimals(1)
        self.seconds.setSuffix(" s")
        self.seconds.setValue(5.0)
        self.frames_label = QLabel()
        self.width = CheckedSpinBox(NumberRule(translate("GifRecording", "The width"), MIN_WIDTH, MAX_WIDTH,
                                               whole=True, suffix=" px"))
        self.width.setKeyboardTracking(False)
        self.width.setRange(MIN_WIDTH, MAX_WIDTH)
        self.width.setSingleStep(40)
        self.width.setSuffix(" px")
        self.width.setValue(800)
        self.width.setToolTip(translate(
            "GifRecording", "Frames wider than this are scaled down: smaller files, quicker to load in a slide."))
        self.caption = QCheckBox(translate("GifRecording", "Caption with step and loss, and a timeline bar"))
        self.caption.setChecked(True)
        self.play = QCheckBox(translate("GifRecording", "Start training when the recording starts"))
        self.play.setChecked(True)
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setMinimumWidth(320)
        browse = QPushButton(translate("GifRecording", "Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #D55E00;")
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("GifRecording", "Record"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        what = QVBoxLayout()
        what.addWidget(self.canvas_only)
        what.addWidget(self.with_loss)
        form = QFormLayout(self)
        form.addRow(translate("GifRecording", "Record:"), what)
        form.addRow(translate("GifRecording", "Frame rate:"), self.fps)
        form.addRow(translate("GifRecording", "Length:"), self.seconds)
        form.addRow("", self.frames_label)
        form.addRow(translate("GifRecording", "Width at most:"), self.width)
        form.addRow(self.caption)
        form.addRow(self.play)
        form.addRow(translate("GifRecording", "File:"), file_row)
        form.addRow(self.problem_label)
        form.addRow(self.buttons)
        for box in (self.seconds, self.width):
            box.refused.connect(self.problem_label.setText)
        self.fps.currentIndexChanged.connect(self._update_frames)
        self.seconds.valueChanged.connect(self._update_frames)
        self._update_frames()

    def frame_count(self) -> int:
        return max(2, round(self.seconds.value() * self.fps.currentData()))

    def _update_frames(self) -> None:
        n = self.frame_count()
        ms = round(1000 / self.fps.currentData())
        if n > MAX_FRAMES:
            self.frames_label.setText(fill(translate("GifRecording", "= %1 frames of %2 ms (at most %3)"), n, ms,
                                           MAX_FRAMES))
        else:
            self.frames_label.setText(fill(translate("GifRecording", "= %1 frames of %2 ms"), n, ms))

    def settings(self) -> GifSettings:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser() if text else Path("animation.gif")
        return GifSettings(path=path, fps=int(self.fps.currentData()), frames=self.frame_count(),
                           include_loss=self.with_loss.isChecked(), max_width=self.width.value(),
                           caption=self.caption.isChecked(), play=self.play.isChecked())

    def _accept(self) -> None:
        for box in (self.seconds, self.width):
            if not box.text_is_valid():
                self.problem_label.setText(fill(translate("GifRecording", "Not recorded: %1."),
                                                box.rule.refusal(box.text())))
                return
        problem = self.settings().problem()
        self.problem_label.setText(problem)
        if not problem:
            self.accept()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, translate("GifRecording", "Record GIF"), self.path_edit.text(),
                                                translate("GifRecording", "Animated GIF (*.gif)"))
        if chosen:
            self.path_edit.setText(chosen if chosen.lower().endswith(".gif") else f"{chosen}.gif")


class GifRecording(QObject):
    """File → Export → Record GIF…: the action (`action`), the dialog, the recorder and the status-bar `indicator`
    (the window places both). `views(include_loss)` gives what a frame shows; `settings` remembers the folder;
    `status` shows how a recording ended. The window calls `cancel()` when it closes: the encoder thread must not
    outlive it."""

    def __init__(self, controller: Controller, views: Callable[[bool], list[QWidget]], settings: QSettings | None,
                 status: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.controller, self.settings, self.status, self.parent_widget = controller, settings, status, parent
        self.recorder = GifRecorder(controller, views, self)
        self.indicator = RecordingIndicator(self.recorder)
        self.indicator.hide()
        self.action = QAction(translate("GifRecording", "Record &GIF…"), parent)
        self.action.setStatusTip(
            translate("GifRecording", "Record an animated GIF of the canvas (and the loss) while the model trains."))
        self.action.triggered.connect(self.open_dialog)
        self.recorder.finished.connect(self._finished)
        self.recorder.failed.connect(self._failed)
        self.recorder.cancelled.connect(
            lambda: self._end(translate("GifRecording", "GIF recording cancelled: no file was written.")))

    def actions(self) -> dict[str, QAction]:
        """File → Export's GIF entry by menu id (see ui/window/menus.py)."""
        return {"export.gif": self.action}

    def cancel(self) -> None:
        """Stop a recording in progress; nothing is written."""
        if self.recorder.active:
            self.recorder.cancel()

    def default_path(self) -> Path:
        settings = self.settings
        folder = settings.value(LAST_DIRECTORY_KEY) if settings is not None else None
        if not isinstance(folder, str) or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
            folder = folder if folder and Path(folder).is_dir() else str(Path.home())
        return Path(folder) / default_name(self.controller, "training", "gif")

    def open_dialog(self) -> None:
        dialog = GifDialog(self.default_path(), self.parent_widget)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            settings = dialog.settings() if accepted else None
        finally:
            dialog.deleteLater()  # a child of the window: it would otherwise live as long as the window
        if settings is not None:
            self.start(settings)

    def start(self, settings: GifSettings) -> bool:
        """Start recording with `settings`; a problem is reported to the user instead."""
        problem = self.recorder.start(settings)
        if problem:
            self.report_error(problem)
            return False
        if self.settings is not None:
            self.settings.setValue(LAST_DIRECTORY_KEY, str(settings.path.parent))
        self.action.setEnabled(False)
        self.indicator.show()
        return True

    def _finished(self, path: str) -> None:
        size = Path(path).stat().st_size if Path(path).exists() else 0
        self._end(fill(translate("GifRecording", "Saved %1 (%2 frames, %3 KB)"), Path(path).name,
                       self.recorder.captured, f"{size / 1024:.0f}"))

    def _failed(self, message: str) -> None:
        self._end(translate("GifRecording", "GIF recording failed."))
        self.report_error(message)

    def _end(self, message: str) -> None:
        self.indicator.hide()
        self.action.setEnabled(True)
        self.status(message)

    def report_error(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, translate("GifRecording", "Record GIF"), message)
