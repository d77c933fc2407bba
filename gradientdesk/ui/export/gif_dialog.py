"""The "Record GIF…" dialog (what, frame rate, length, size, file) and the menu entry that starts a recording, with
its progress in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .figure_export import LAST_DIRECTORY_KEY, default_name, export_menu
from .gif_recorder import FRAME_RATES, MAX_FRAMES, MAX_WIDTH, MIN_WIDTH, GifRecorder, GifSettings, RecordingIndicator


class GifDialog(QDialog):
    """Asks what to record; `settings()` reads the answer. OK is refused (with the reason shown) for settings
    that cannot be recorded."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Record GIF")
        self.canvas_only = QRadioButton("Canvas only")
        self.with_loss = QRadioButton("Canvas and loss plot side by side")
        self.canvas_only.setChecked(True)
        self.fps = QComboBox()
        for rate in FRAME_RATES:
            self.fps.addItem(f"{rate} frames per second", rate)
        self.fps.setCurrentIndex(FRAME_RATES.index(10))
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(0.5, 60.0)
        self.seconds.setSingleStep(1.0)
        self.seconds.setDecimals(1)
        self.seconds.setSuffix(" s")
        self.seconds.setValue(5.0)
        self.frames_label = QLabel()
        self.width = QSpinBox()
        self.width.setRange(MIN_WIDTH, MAX_WIDTH)
        self.width.setSingleStep(40)
        self.width.setSuffix(" px")
        self.width.setValue(800)
        self.width.setToolTip("Frames wider than this are scaled down: smaller files, quicker to load in a slide.")
        self.caption = QCheckBox("Caption with step and loss, and a timeline bar")
        self.caption.setChecked(True)
        self.play = QCheckBox("Start training when the recording starts")
        self.play.setChecked(True)
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setMinimumWidth(320)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #D55E00;")
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        what = QVBoxLayout()
        what.addWidget(self.canvas_only)
        what.addWidget(self.with_loss)
        form = QFormLayout(self)
        form.addRow("Record:", what)
        form.addRow("Frame rate:", self.fps)
        form.addRow("Length:", self.seconds)
        form.addRow("", self.frames_label)
        form.addRow("Width at most:", self.width)
        form.addRow(self.caption)
        form.addRow(self.play)
        form.addRow("File:", file_row)
        form.addRow(self.problem_label)
        form.addRow(self.buttons)
        self.fps.currentIndexChanged.connect(self._update_frames)
        self.seconds.valueChanged.connect(self._update_frames)
        self._update_frames()

    def frame_count(self) -> int:
        return max(2, round(self.seconds.value() * self.fps.currentData()))

    def _update_frames(self) -> None:
        n = self.frame_count()
        note = f" (at most {MAX_FRAMES})" if n > MAX_FRAMES else ""
        self.frames_label.setText(f"= {n} frames of {round(1000 / self.fps.currentData())} ms{note}")

    def settings(self) -> GifSettings:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser() if text else Path("animation.gif")
        return GifSettings(path=path, fps=int(self.fps.currentData()), frames=self.frame_count(),
                           include_loss=self.with_loss.isChecked(), max_width=self.width.value(),
                           caption=self.caption.isChecked(), play=self.play.isChecked())

    def _accept(self) -> None:
        problem = self.settings().problem()
        self.problem_label.setText(problem)
        if not problem:
            self.accept()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, "Record GIF", self.path_edit.text(), "Animated GIF (*.gif)")
        if chosen:
            self.path_edit.setText(chosen if chosen.lower().endswith(".gif") else f"{chosen}.gif")


class GifRecording(QObject):
    """File → Export → Record GIF… for `window`: the dialog, the recorder, the status-bar indicator."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recorder = GifRecorder(window)
        self.indicator = RecordingIndicator(self.recorder)
        self.indicator.hide()
        window.statusBar().addPermanentWidget(self.indicator)
        self.action = QAction("Record &GIF…", window)
        self.action.setStatusTip("Record an animated GIF of the canvas (and the loss) while the model trains.")
        self.action.triggered.connect(self.open_dialog)
        export_menu(window).addAction(self.action)
        self.recorder.finished.connect(self._finished)
        self.recorder.failed.connect(self._failed)
        self.recorder.cancelled.connect(lambda: self._end("GIF recording cancelled: no file was written."))
        window.installEventFilter(self)

    def default_path(self) -> Path:
        settings = getattr(self.window, "settings", None)
        folder = settings.value(LAST_DIRECTORY_KEY) if settings is not None else None
        if not isinstance(folder, str) or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
            folder = folder if folder and Path(folder).is_dir() else str(Path.home())
        return Path(folder) / default_name(getattr(self.window, "controller", None), "training", "gif")

    def open_dialog(self) -> None:
        dialog = GifDialog(self.default_path(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start(dialog.settings())

    def start(self, settings: GifSettings) -> bool:
        """Start recording with `settings`; a problem is reported to the user instead."""
        problem = self.recorder.start(settings)
        if problem:
            self.report_error(problem)
            return False
        window_settings = getattr(self.window, "settings", None)
        if window_settings is not None:
            window_settings.setValue(LAST_DIRECTORY_KEY, str(settings.path.parent))
        self.action.setEnabled(False)
        self.indicator.show()
        return True

    def _finished(self, path: str) -> None:
        size = Path(path).stat().st_size if Path(path).exists() else 0
        self._end(f"Saved {Path(path).name} ({self.recorder.captured} frames, {size / 1024:.0f} KB)")

    def _failed(self, message: str) -> None:
        self._end("GIF recording failed.")
        self.report_error(message)

    def _end(self, message: str) -> None:
        self.indicator.hide()
        self.action.setEnabled(True)
        self.window.statusBar().showMessage(message, 10000)

    def report_error(self, message: str) -> None:
        QMessageBox.warning(self.window, "Record GIF", message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.recorder.active:
            self.recorder.cancel()  # the encoder thread must not outlive the window
        return False


def install(window: QMainWindow) -> GifRecording:
    """File → Export → Record GIF… for `window`; `window.gif_recording`."""
    recording = GifRecording(window)
    window.gif_recording = recording
    return recording
