"""Command line and start-up: `gradientdesk [FILE.gdesk] [--preset NAME] [--model NAME] [--steps N]
[--size WxH] [--presentation] [--view NAME] [--screenshot FILE.png]`, `gradientdesk --validate FILE`.

Import order matters: PySide6 before pyqtgraph, or pyqtgraph may pick another Qt binding.
The interface language follows View -> Language, else the system; GRADIENTDESK_LANGUAGE=de (en, es, fr, system)
overrides both for one run, e.g. a screenshot (which is otherwise in English): see ui/i18n.py.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from .engine.generators import PRESETS
from .engine.hyperparameters import MODELS
from .ui.window.stage_views import view_names

SCREENSHOT_TIMEOUT_S = 60.0
MIN_SIZE, MAX_SIZE = (640, 480), (7680, 4320)  # --size WxH: from a small projector to an 8K screen
SCREENSHOT_SCREEN = (1600, 1000)  # a --screenshot without --size: as on this screen (a 1440x900 window)
NO_DISPLAY = ("gradientdesk: no display found (DISPLAY and WAYLAND_DISPLAY are not set): start it on a desktop, or "
              "without a screen set QT_QPA_PLATFORM=offscreen and use --screenshot FILE.png.")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gradientdesk",
        description="See a model learn: draw 2-D data, pick a model, watch gradient descent move every weight.")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE.gdesk",
                        help="a session (.gdesk) or lesson (.md) file to open")
    parser.add_argument("--validate", type=Path, metavar="FILE",
                        help="check a session or lesson file without opening a window: exit 0 with a summary, "
                             "or 1 with what is wrong")
    parser.add_argument("--preset", choices=sorted(PRESETS), metavar="NAME",
                        help=f"dataset to open with: {', '.join(PRESETS)}")
    parser.add_argument("--model", choices=list(MODELS), metavar="NAME",
                        help=f"model to open with: {', '.join(MODELS)}")
    parser.add_argument("--steps", type=_non_negative_int, default=0, metavar="N",
                        help="train N steps before showing the window (or taking the screenshot)")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the main window (after --steps), save it as a PNG and exit")
    parser.add_argument("--size", type=_screen_size, metavar="WxH",
                        help="behave as on a screen whose available area is W x H pixels (e.g. 1366x768): the "
                             "window opens fitted into it, presentation mode covers it")
    parser.add_argument("--presentation", action="store_true",
                        help="start in presentation mode (F5)")
    parser.add_argument("--view", choices=[*view_names(), "all"], metavar="NAME",
                        help=f"the view on the stage beside the canvas: {', '.join(view_names())}, or all")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (window, training, drawing), print one line, exit 0 if all works")
    return parser


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 0 <= value <= 10_000_000:
        raise argparse.ArgumentTypeError(f"must be between 0 and 10000000, got {value}")
    return value


def _screen_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if match is None:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT in pixels such as 1366x768, got {text!r}")
    width, height = int(match[1]), int(match[2])
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise argparse.ArgumentTypeError(f"{width}x{height} is outside {MIN_SIZE[0]}x{MIN_SIZE[1]} .. "
                                         f"{MAX_SIZE[0]}x{MAX_SIZE[1]}")
    return width, height


def missing_display(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """The one sentence to print instead of starting Qt when it would find no screen (Qt itself aborts with a
    core dump and a paragraph about plugins), else None. Only Linux's windowing platforms need a display: xcb (X11)
    needs DISPLAY, Wayland WAYLAND_DISPLAY; offscreen, minimal, vnc, eglfs ... need none."""
    if not platform.startswith("linux"):
        return None
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if requested not in ("", "xcb", "wayland"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--engine-helper"]:  # the bundle started as the engine's helper process (engine/run_helper.py)
        from .engine.run_helper import serve_stdio

        return serve_stdio()
    args = build_parser().parse_args(argv)  # bad arguments: usage, exit 2
    if args.screenshot is not None and args.screenshot.suffix.lower() != ".png":
        build_parser().error("--screenshot needs a file name ending in .png")
    if args.validate is not None:  # no window, no QApplication
        from .cli_files import validate_command

        return validate_command(args.validate)
    if args.self_test:  # the self-test builds and checks its own window (offscreen when there is no display)
        from .self_test import main as self_test_main

        return self_test_main()
    no_display = missing_display(os.environ)
    if no_display is not None:  # before any QApplication: Qt would abort the process
        print(no_display, file=sys.stderr)
        return 1

    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("GradientDesk")
    app.setApplicationName("GradientDesk")
    from .ui import i18n

    # before any widget is built: strings are translated when made. A screenshot run is in English unless
    # GRADIENTDESK_LANGUAGE says otherwise: it never reads the remembered choice, as it never reads the layout either.
    i18n.install(i18n.startup_language(None if args.screenshot else QSettings()), app)
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from .io.lesson_setup import is_lesson_file
    from .ui.sync.step_feeder import StepFeeder
    from .ui.window.app_identity import apply_app_identity
    from .ui.window.main_window import MainWindow

    apply_app_identity(app)  # window icon and .desktop entry name
    # a screenshot run must not depend on (or change) the user's remembered layout
    window = MainWindow(settings=None if args.screenshot else QSettings())
    screen = args.size or (SCREENSHOT_SCREEN if args.screenshot is not None else None)
    if screen is not None:  # not the real screen's size: the one asked for (or a screenshot's usual one)
        window.set_virtual_screen(QRect(0, 0, *screen))
    controller = window.controller
    lesson = args.file if args.file is not None and is_lesson_file(args.file) else None  # NN-name.md
    if not window.file_actions.startup(None if lesson else args.file, screenshot=args.screenshot is not None):
        window.close()
        return 1  # FILE could not be opened for a screenshot (the reason went to stderr)
    if lesson is not None:
        error = window.lessons.open_lesson_path(lesson, report=args.screenshot is None)
        if error and args.screenshot is not None:
            print(f"gradientdesk: {error}", file=sys.stderr)
            window.close()
            return 1
    if args.preset:
        controller.load_preset(args.preset, announce=False)
    if args.model:
        controller.set_hyperparameter("model", args.model)
    window.show()
    window.start()
    if args.view == "all":
        window.open_all_views()
    elif args.view:
        window.stage.show_view(args.view)
    if args.presentation:
        window.presentation.set_active(True)
    # the start page at launch, as the settings say; never over a file, a screenshot or restored work
    window.lessons.show_at_launch(with_file=args.file is not None, screenshot=args.screenshot is not None)
    feeder = StepFeeder(controller, args.steps, window)
    if args.screenshot is not None:
        return _screenshot(app, window, args.screenshot, feeder)
    return app.exec()


def _screenshot(app, window, path: Path, feeder) -> int:
    """Wait until the window shows the state after the `feeder`'s steps, save it and exit."""
    controller = window.controller
    deadline = time.monotonic() + SCREENSHOT_TIMEOUT_S
    while time.monotonic() < deadline:
        app.processEvents()
        if controller.latest is not None and feeder.done and not controller.awaiting_frame:
            break
        time.sleep(0.005)
    else:
        print(f"gradientdesk: timed out after {SCREENSHOT_TIMEOUT_S:.0f} s waiting for training", file=sys.stderr)
        window.close()
        return 1
    for _ in range(5):  # let the last snapshot's paint and any follow-up layout settle
        app.processEvents()
        time.sleep(0.02)
    image = window.grab()
    window.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    if image.isNull() or not image.save(str(path), "PNG"):
        print(f"gradientdesk: could not write {path}", file=sys.stderr)
        return 1
    print(f"saved {path} ({image.width()}x{image.height()}) after {controller.latest.step} steps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
