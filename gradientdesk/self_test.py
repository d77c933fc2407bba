"""`gradientdesk --self-test`: prove in a few seconds that this installation starts, trains and draws.

What it does, in order, each with its own time:

1. imports Qt, pyqtgraph and the main window (a bundle missing a module or a Qt plugin fails here);
2. loads the application icon from the resources (the SVG image plugin and the package data are present);
3. builds the real `MainWindow`, shows it and processes events until it has been painted ("window shown");
4. trains the default example (circle, 2-4-2-1 tanh network) for `STEPS` minibatch steps through the real worker
   thread and frame handshake, and checks that the training loss fell: L_after <= LOSS_RATIO * L_before;
5. grabs the window and the data canvas and checks the frame is a real picture: non-empty, at least
   MIN_PAINTED of the canvas's pixels differ from its white background (the output map), and both class colours are
   there (the points).

It prints one line saying what it checked, with timings, and exits 0; otherwise one line "FAILED: <reason>" on
stderr (plus the traceback for an unexpected error) and exits 1. No user settings are read or written. Without a
display (no DISPLAY / WAYLAND_DISPLAY on Linux) it renders offscreen, so it works over ssh and in CI.

"Window shown" is also measured from the start of the process (Linux: /proc/self/stat), which for the PyInstaller
bundle includes the boot loader and the Python start-up: that is the start-up time a user waits for.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from dataclasses import dataclass, field

import numpy as np

STEPS = 500  # the default example's loss falls ~17% by then (0.694 -> 0.578; seeded, so always the same)
LOSS_RATIO = 0.95  # "the loss fell" means by at least 5%: a frozen or broken model stays above this
MIN_PAINTED = 0.20  # share of canvas pixels that must differ from the white background
MIN_CLASS_PIXELS = 30  # pixels of each class colour: the points were drawn
TIMEOUT_S = 30.0  # a phase taking longer than this is a failure, not a hang (a slow machine still passes)


class SelfTestError(Exception):
    """A check failed; the message says which and with what numbers."""


@dataclass
class SelfTestReport:
    """What was checked and how long each phase took (seconds)."""

    steps: int = 0
    loss_before: float = float("nan")
    loss_after: float = float("nan")
    window_size: tuple[int, int] = (0, 0)
    painted_share: float = 0.0
    since_process_start: float | None = None  # process start -> window shown (None where unknown)
    timings: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        shown = (f"window shown {self.since_process_start:.2f} s after process start, "
                 if self.since_process_start is not None else "")
        phases = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in self.timings.items())
        return (f"gradientdesk self-test passed: icon loaded, main window built and shown, {self.steps} steps trained "
                f"through the worker (train loss {self.loss_before:.3f} -> {self.loss_after:.3f}), "
                f"{self.window_size[0]}x{self.window_size[1]} frame rendered with {self.painted_share:.0%} of the "
                f"canvas painted and both classes drawn; {shown}{phases}")


def process_age() -> float | None:
    """Seconds since this process started, from /proc (Linux); None elsewhere.

    /proc/self/stat field 22 is the start time in clock ticks after boot; CLOCK_BOOTTIME is "now" on the same clock.
    The resolution is one tick (10 ms), plenty for a start-up time."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()  # the command name may contain spaces: skip past it
        start_ticks = int(fields[19])  # field 22 overall; fields[0] here is field 3
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _render_offscreen_without_display() -> None:
    """Qt aborts the process when it cannot reach a display; a self-test over ssh should test, not abort."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _wait(app, condition, what: str, timeout: float = TIMEOUT_S) -> None:
    """Process events until `condition()` holds; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestError(f"timed out after {timeout:.0f} s waiting for {what}")
        app.processEvents()
        time.sleep(0.001)  # let the worker thread take the GIL


def image_pixels(image) -> np.ndarray:
    """A QImage as an (h, w, 3) uint8 RGB array (copied, so it outlives the image)."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w, stride = rgb.height(), rgb.width(), rgb.bytesPerLine()
    raw = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=h * stride)
    return raw.reshape(h, stride)[:, : 3 * w].reshape(h, w, 3).copy()


def check_canvas(pixels: np.ndarray, class_colors: tuple[str, str]) -> float:
    """Share of painted (non-white) pixels; raises SelfTestError if the canvas looks empty or lacks a class."""
    if pixels.size == 0:
        raise SelfTestError("the canvas rendered as an empty image")
    signed = pixels.astype(np.int16)
    painted = float(np.mean(np.abs(signed - 255).max(axis=2) > 16))
    if painted < MIN_PAINTED:
        raise SelfTestError(f"the canvas is almost blank: {painted:.1%} of its pixels painted, "
                            f"expected at least {MIN_PAINTED:.0%}")
    for color in class_colors:
        target = np.array([int(color[i: i + 2], 16) for i in (1, 3, 5)], dtype=np.int16)
        count = int(np.sum(np.abs(signed - target).max(axis=2) < 24))
        if count < MIN_CLASS_PIXELS:
            raise SelfTestError(f"the points of colour {color} are missing from the canvas ({count} pixels)")
    return painted


def _check_engine_helper(controller) -> None:
    """The engine's helper process (engine/run_helper.py, a sweep's second core) starts and trains, also in the
    bundle, where it is the app's own executable started with --engine-helper."""
    from .engine import run_helper
    from .engine.run_set import SHARE_FROM

    if not run_helper.sharing_allowed():
        return
    hps = [controller.hyperparameters.replace(learning_rate=lr) for lr in np.geomspace(0.01, 0.1, SHARE_FROM // 2)]
    problem = run_helper.self_check(controller.data.dataset, hps)
    if problem is not None:
        raise SelfTestError(problem)


def run(app, steps: int = STEPS, hyperparameters=None) -> SelfTestReport:
    """Run the checks in `app` (a QApplication). `hyperparameters` replaces the default example's (tests use it to
    make training fail on purpose). Raises SelfTestError."""
    report = SelfTestReport(steps=steps)
    clock = time.perf_counter()

    def phase(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        report.timings[name] = now - clock
        clock = now

    import pyqtgraph as pg  # after PySide6 (imported by the caller), so pyqtgraph picks PySide6

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from PySide6.QtCore import QRect

    from .ui.theme import palette
    from .ui.window.app_identity import apply_app_identity
    from .ui.window.main_window import MainWindow

    phase("imports")
    icon = apply_app_identity(app)
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise SelfTestError("the application icon could not be loaded (missing resource or SVG image plugin)")
    window = MainWindow(settings=None)  # never read or change the user's remembered layout
    if app.platformName() == "offscreen":  # Qt's offscreen screen is 800x800: as a screenshot, on 1600x1000
        window.set_virtual_screen(QRect(0, 0, 1600, 1000))
    try:
        controller = window.controller
        if hyperparameters is not None:
            controller.set_hyperparameters(hyperparameters)
        window.show()
        window.start()
        _wait(app, lambda: window.isVisible() and window.canvas.isVisible(), "the window to show")
        _wait(app, lambda: controller.latest is not None and not controller.awaiting_frame, "the first frame")
        report.since_process_start = process_age()
        phase("window")
        report.loss_before = controller.latest.train_loss
        controller.set_speed(None)
        controller.step(steps)
        _wait(app, lambda: (controller.latest.step >= steps or controller.latest.stopped is not None)
              and not controller.awaiting_frame, f"{steps} training steps")
        latest = controller.latest
        if latest.step < steps:
            raise SelfTestError(f"training stopped after {latest.step} of {steps} steps: {latest.message}")
        report.loss_after = latest.train_loss
        if not np.isfinite(report.loss_after) or report.loss_after > LOSS_RATIO * report.loss_before:
            raise SelfTestError(f"the loss did not fall: {report.loss_before:.4f} -> {report.loss_after:.4f} "
                                f"after {steps} steps (expected at most {LOSS_RATIO:.0%} of the start)")
        phase("training")
        _check_engine_helper(controller)
        phase("helper")
        for _ in range(3):  # the last snapshot's paint and any follow-up layout
            app.processEvents()
        frame = window.grab()
        if frame.isNull() or frame.width() < 200 or frame.height() < 200:
            raise SelfTestError(f"the window rendered as an empty image ({frame.width()}x{frame.height()})")
        report.window_size = (frame.width(), frame.height())
        canvas = window.canvas.grab().toImage()
        report.painted_share = check_canvas(image_pixels(canvas), palette.CLASS_COLORS[:2])
        phase("render")
    finally:
        window.close()
        stopped = window.controller.shutdown()  # closing already stopped it; this also covers a window never shown
    if not stopped:
        raise SelfTestError("the training thread did not stop within a second of closing the window")
    report.timings["total"] = sum(report.timings.values())
    return report


def main(steps: int = STEPS) -> int:
    """Entry point of `gradientdesk --self-test`: 0 when every check passed, 1 with the reason otherwise."""
    _render_offscreen_without_display()
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "gradientdesk"])
        QCoreApplication.setOrganizationName("GradientDesk")
        QCoreApplication.setApplicationName("GradientDesk")
        report = run(app, steps)
    except SelfTestError as failure:
        print(f"gradientdesk self-test FAILED: {failure}", file=sys.stderr)
        return 1
    except Exception as error:  # e.g. a module or library missing from a bundle: say so, then show where
        print(f"gradientdesk self-test FAILED: unexpected {type(error).__name__}: {error}", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return 1
    print(report.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
