"""File → Export → Record GIF…: an animated GIF of the canvas (optionally beside the loss plot) while training runs.

Recording: a timer grabs the live views (QWidget.grab) `fps` times a second on the GUI thread, composes one frame
(views side by side, scaled to at most `max_width`, a caption band with the step and the loss, and a timeline bar
that shows where in the loop the frame is), and hands its RGB bytes to `GifEncoder`, a QThread that compresses them
(zlib, which releases the GIL) so that a long recording costs little memory. Encoding, after the last frame, in
the same thread: one palette for all frames (median cut over the first, middle and last frame: colours do not
flicker between frames), every frame mapped to it without dithering, and Pillow's optimized GIF writer (each frame
stores only the rectangle that changed). Each frame lasts 1000 / fps ms (5, 10, 20 or 25 fps: whole hundredths of
a second, which is what GIF stores). Progress and Cancel live in the status bar, so training stays controllable;
the file is written through QSaveFile and only when encoding completes: a cancelled recording leaves no file.
"""

from __future__ import annotations

import contextlib
import io
import queue
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import QCoreApplication, QIODevice, QObject, QSaveFile, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...bridge.controller import Controller
from ..i18n import count_text, fill
from ..theme import palette

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

FRAME_RATES = (5, 10, 20, 25)
MAX_FRAMES = 600
MIN_WIDTH, MAX_WIDTH = 200, 1600
MAX_UPSCALE = 1.5
_FINISH, _CANCEL = "finish", "cancel"


@dataclass(frozen=True)
class GifSettings:
    """One recording: `frames` frames at `fps` into `path`; the loss plot beside the canvas if `include_loss`;
    frames at most `max_width` pixels wide; a caption band (step, loss, timeline) if `caption`; training starts
    with the recording if `play`."""

    path: Path
    fps: int = 10
    frames: int = 50
    include_loss: bool = False
    max_width: int = 800
    caption: bool = True
    play: bool = True

    @property
    def frame_ms(self) -> int:
        return round(1000 / self.fps)

    def problem(self) -> str:
        """Why these settings cannot be recorded ("" if they can)."""
        if self.fps not in FRAME_RATES:
            return fill(translate("GifRecording", "The frame rate must be one of %1 frames per second."),
                        ", ".join(map(str, FRAME_RATES)))
        if not 2 <= self.frames <= MAX_FRAMES:
            return fill(translate("GifRecording", "A GIF needs between 2 and %1 frames (asked for %2)."), MAX_FRAMES,
                        self.frames)
        if not MIN_WIDTH <= self.max_width <= MAX_WIDTH:
            return fill(translate("GifRecording", "The width must be between %1 and %2 pixels."), MIN_WIDTH, MAX_WIDTH)
        if self.path.suffix.lower() != ".gif":
            return fill(translate("GifRecording", "The file name must end in .gif: %1"), self.path.name)
        if not self.path.parent.is_dir():
            return fill(translate("GifRecording", "The folder %1 does not exist."), self.path.parent)
        return ""


# ---- frames ------------------------------------------------------------------------------------------------------
def compose(images: list[QImage], max_width: int, max_upscale: float = MAX_UPSCALE) -> QImage:
    """`images` side by side, scaled down to at most `max_width` pixels in all. The first (the canvas) sets the
    height; a shorter one (the loss plot in its dock) is enlarged towards it, but at most `max_upscale` times
    (more would only blur it), and centred vertically."""
    height = images[0].height()
    parts = [images[0]]
    for image in images[1:]:
        factor = min(height / max(image.height(), 1), max_upscale)
        parts.append(image if factor == 1 else image.scaledToHeight(max(1, round(image.height() * factor)),
                                                                    Qt.TransformationMode.SmoothTransformation))
    frame = QImage(sum(p.width() for p in parts), height, QImage.Format.Format_RGB888)
    frame.fill(QColor("white"))
    painter = QPainter(frame)
    x = 0
    for part in parts:
        painter.drawImage(x, max(0, (height - part.height()) // 2), part)
        x += part.width()
    painter.end()
    if frame.width() > max_width:
        frame = frame.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    return frame


def add_caption(frame: QImage, text: str, fraction: float) -> QImage:
    """`frame` over a white band with `text` and a timeline bar `fraction` (0..1] of the width long."""
    pixel = max(11, round(frame.width() / 55))
    band = round(pixel * 1.9)
    out = QImage(frame.width(), frame.height() + band, QImage.Format.Format_RGB888)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, frame)
    font = QFont()
    font.setPixelSize(pixel)
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    painter.drawText(8, frame.height(), out.width() - 16, band - 3,
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.fillRect(0, out.height() - 3, max(1, round(out.width() * fraction)), 3, QColor(palette.BLUE))
    painter.end()
    return out


def caption_text(controller: Controller) -> str:
    latest = controller.latest
    name = controller.data.name or translate("GifRecording", "data")
    if latest is None:
        return name
    parts = [name, fill(translate("GifRecording", "step %1"), count_text(latest.step)),
             fill(translate("GifRecording", "epoch %1"), count_text(latest.epoch)),
             fill(translate("GifRecording", "train loss %1"), f"{latest.train_loss:.4g}")]
    if latest.test_loss is not None and np.isfinite(latest.test_loss):
        parts.append(fill(translate("GifRecording", "test loss %1"), f"{latest.test_loss:.4g}"))
    return "  ·  ".join(parts)


# ---- encoding ----------------------------------------------------------------------------------------------------
class GifEncoder(QThread):
    """Takes frames (`add`), then encodes them into `path` (`finish`) or drops everything (`cancel`)."""

    progress = Signal(int, int)  # frames encoded, frames in all
    done = Signal(str, int, int)  # path, frames, bytes
    failed = Signal(str)

    def __init__(self, path: Path, frame_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.frame_ms = path, frame_ms
        self._queue: queue.Queue = queue.Queue()
        self._frames: list[bytes] = []
        self._size: tuple[int, int] | None = None
        self.cancelled = False

    def add(self, image: QImage) -> None:
        """Queue one RGB888 frame (all frames have the size of the first)."""
        self._queue.put((image.width(), image.height(), image.bytesPerLine(), bytes(image.constBits())))

    def finish(self) -> None:
        self._queue.put(_FINISH)

    def cancel(self) -> None:
        self.cancelled = True
        self._queue.put(_CANCEL)

    def run(self) -> None:
        try:
            while True:
                item = self._queue.get()
                if item == _CANCEL or self.cancelled:
                    return
                if item == _FINISH:
                    self._encode()
                    return
                width, height, stride, raw = item
                self._size = (width, height)
                self._frames.append(zlib.compress(_packed(raw, width, height, stride), 1))
        except Exception as error:  # disk full, out of memory...: a message, never a traceback
            if not self.cancelled:
                self.failed.emit(fill(translate("GifRecording", "Could not write %1: %2"), self.path, error))

    def _frame(self, i: int) -> Image.Image:
        width, height = self._size
        return Image.frombytes("RGB", (width, height), zlib.decompress(self._frames[i]))

    def _encode(self) -> None:
        n = len(self._frames)
        if n == 0:
            self.failed.emit(translate("GifRecording", "No frames were recorded."))
            return
        samples = [self._frame(i) for i in sorted({0, n // 2, n - 1})]
        strip = Image.new("RGB", (samples[0].width, samples[0].height * len(samples)))
        for k, sample in enumerate(samples):
            strip.paste(sample, (0, k * sample.height))
        shared = strip.quantize(255, method=Image.Quantize.MEDIANCUT)  # one palette: no colour flicker

        def frames():
            for i in range(n):
                if self.cancelled:
                    raise _CancelledError
                yield self._frame(i).quantize(palette=shared, dither=Image.Dither.NONE)
                self.progress.emit(i + 1, n)

        stream = io.BytesIO()
        images = frames()
        first = next(images)
        try:
            first.save(stream, format="GIF", save_all=True, append_images=images, duration=self.frame_ms, loop=0,
                       optimize=True)
        except _CancelledError:
            return
        if self.cancelled:
            return
        data = stream.getvalue()
        out = QSaveFile(str(self.path))
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            self.failed.emit(fill(translate("GifRecording", "Could not write %1: %2"), self.path, out.errorString()))
            return
        out.write(data)
        if not out.commit():
            self.failed.emit(fill(translate("GifRecording", "Could not write %1: %2"), self.path, out.errorString()))
            return
        self.done.emit(str(self.path), n, len(data))


class _CancelledError(Exception):
    """Raised inside the frame generator to stop Pillow's writer when the recording is cancelled."""


def _packed(raw: bytes, width: int, height: int, stride: int) -> bytes:
    """Rows of a QImage (padded to `stride` bytes) as tightly packed RGB."""
    if stride == width * 3:
        return raw
    return np.frombuffer(raw, np.uint8).reshape(height, stride)[:, : width * 3].tobytes()


# ---- recording ---------------------------------------------------------------------------------------------------
class GifRecorder(QObject):
    """Records GIFs of the views `views(include_loss)` returns (the canvas, and the loss plot beside it when asked
    for) while `controller` trains. `start(settings)`; `cancel()`; `active` while recording or encoding. Signals:
    `progress(done, total, phase)`, `finished(path)`, `failed(message)`, `cancelled()`."""

    progress = Signal(int, int, str)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, controller: Controller, views: Callable[[bool], list[QWidget]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller, self._views = controller, views
        self.settings: GifSettings | None = None
        self.encoder: GifEncoder | None = None
        self.captured = 0
        self._size: tuple[int, int] | None = None
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.capture)

    @property
    def active(self) -> bool:
        return self.encoder is not None

    def views(self) -> list[QWidget]:
        """What a frame shows: the canvas, and the loss plot beside it when asked for."""
        return self._views(self.settings is not None and self.settings.include_loss)

    def start(self, settings: GifSettings) -> str:
        """Start recording; returns why it cannot ("" when it started)."""
        problem = translate("GifRecording", "A recording is already running.") if self.active else settings.problem()
        if problem:
            return problem
        self.settings, self.captured, self._size = settings, 0, None
        self.encoder = GifEncoder(settings.path, settings.frame_ms, self)
        queued = Qt.ConnectionType.QueuedConnection  # emitted in the encoder's thread, handled in this one
        self.encoder.progress.connect(self._encoding, queued)
        self.encoder.done.connect(self._encoded, queued)
        self.encoder.failed.connect(self._failed, queued)
        self.encoder.start()
        if settings.play and not self.controller.playing:
            self.controller.play()
        self.timer.start(settings.frame_ms)
        self.capture()  # the first frame now: the GIF starts where the user pressed Record
        return ""

    def capture(self) -> None:
        """Grab one frame (called by the timer)."""
        settings, encoder = self.settings, self.encoder
        if settings is None or encoder is None or self.captured >= settings.frames:
            return
        frame = compose([view.grab().toImage() for view in self.views()], settings.max_width)
        if self._size is None:
            self._size = (frame.width(), frame.height())
        elif (frame.width(), frame.height()) != self._size:  # the window was resized: keep the GIF's size
            frame = frame.scaled(*self._size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        if settings.caption:
            frame = add_caption(frame, caption_text(self.controller),
                                (self.captured + 1) / settings.frames)
        encoder.add(frame.convertToFormat(QImage.Format.Format_RGB888))
        self.captured += 1
        self.progress.emit(self.captured, settings.frames, "recording")
        if self.captured == settings.frames:
            self.timer.stop()
            encoder.finish()

    def cancel(self) -> None:
        """Stop now; nothing is written."""
        if self.encoder is None:
            return
        self.timer.stop()
        self.encoder.cancel()
        self._release(wait=True)
        self.cancelled.emit()

    def _encoding(self, done: int, total: int) -> None:
        if self.encoder is not None:  # not after a cancel
            self.progress.emit(done, total, "encoding")

    def _encoded(self, path: str, _frames: int, _size: int) -> None:
        self._release(wait=True)
        self.finished.emit(path)

    def _failed(self, message: str) -> None:
        self.timer.stop()
        self._release(wait=True)
        self.failed.emit(message)

    def _release(self, wait: bool) -> None:
        encoder, self.encoder = self.encoder, None
        if encoder is not None and wait:
            encoder.wait(10_000)  # cancelled: returns after the frame being encoded (a few ms)
            with contextlib.suppress(RuntimeError):
                encoder.deleteLater()


class RecordingIndicator(QWidget):
    """Status-bar progress of a recording: what is happening, a progress bar and Cancel."""

    def __init__(self, recorder: GifRecorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.cancel_button = QPushButton(translate("GifRecording", "Cancel"))
        self.cancel_button.setToolTip(translate("GifRecording", "Stop the recording; no file is written."))
        self.cancel_button.clicked.connect(recorder.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        recorder.progress.connect(self.show_progress)

    def show_progress(self, done: int, total: int, phase: str) -> None:
        self.label.setText(fill(translate("GifRecording", "Recording GIF: frame %1 of %2") if phase == "recording"
                                else translate("GifRecording", "Encoding GIF: frame %1 of %2"), done, total))
        self.bar.setRange(0, total)
        self.bar.setValue(done)
