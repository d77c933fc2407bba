"""How much Python a call runs, counted instead of timed: the lines of GradientDesk's own code it executes.

A vectorized computation runs the same lines whatever the size of its arrays (numpy's work inside a line counts
once); a loop over points, cells or rows runs more lines for more of them. Comparing the count for a small and a
large input shows which, on any machine, where a stopwatch only says "fast enough here".
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import gradientdesk

PACKAGE = str(Path(gradientdesk.__file__).resolve().parent)


def lines_run(call: Callable[[], Any]) -> int:
    """Lines of the gradientdesk package that `call()` executes (other code - numpy, Qt - is not counted)."""
    count = 0

    def count_lines(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        if event == "line":
            count += 1
        return count_lines

    def enter(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        return count_lines if frame.f_code.co_filename.startswith(PACKAGE) else None

    previous = sys.gettrace()
    sys.settrace(enter)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count
