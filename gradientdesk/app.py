"""Command line and start-up: `gradientdesk [FILE.gdesk] [--preset NAME] [--model NAME] [--steps N]
[--screenshot FILE.png]`, `gradientdesk --validate FILE`.

Import order matters: PySide6 before pyqtgraph, or pyqtgraph may pick another Qt binding.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .engine.generators import PRESETS
from .engine.hyperparameters import MODELS

SCREENSHOT_TIMEOUT_S = 60.0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gradientdesk",
        description="See a model learn: draw 2-D data, pick a model, watch gradient descent move every weight.")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE.gdesk",
                        help="a session or lesson file to open")
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)  # bad arguments: usage, exit 2
    if args.screenshot is not None and args.screenshot.suffix.lower() != ".png":
        build_parser().error("--screenshot needs a file name ending in .png")
    if args.validate is not None:  # no window, no QApplication
        from .cli_files import validate_command

        return validate_command(args.validate)
    if args.self_test:  # before any window exists: the self-test builds and checks its own
        from .self_test import main as self_test_main

        return self_test_main()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("GradientDesk")
    app.setApplicationName("GradientDesk")
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from .ui.sync.step_feeder import StepFeeder
    from .ui.window.app_identity import apply_app_identity
    from .ui.window.main_window import MainWindow

    apply_app_identity(app)  # window icon and .desktop entry name
    # a screenshot run must not depend on (or change) the user's remembered layout
    window = MainWindow(settings=None if args.screenshot else QSettings())
    controller = window.controller
    if not window.file_actions.startup(args.file, screenshot=args.screenshot is not None):
        window.close()
        return 1  # FILE could not be opened for a screenshot (the reason went to stderr)
    if args.preset:
        controller.load_preset(args.preset, announce=False)
    if args.model:
        controller.set_hyperparameter("model", args.model)
    window.show()
    window.start()
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
