"""`gradientdesk --validate FILE`: check a session file (``.gdesk``) or a lesson file (``.md``, see
`io/lesson_file.py`) without a window (no Qt is loaded at all).

Exit 0 printing a one-line summary ("circle: 300 points, neural network 2-4-2-1 (25 learned parameters)"), or exit 1
printing the message a user would see when opening it (for a lesson file: the line and the field, "line 9, field
data.preset: unknown preset 'circel'; ...").
"""

from __future__ import annotations

import sys
from pathlib import Path


def validate_command(path: Path) -> int:
    from .io.lesson_setup import is_lesson_file, validate_lesson_file
    from .io.session import SessionError, validate_file
    from .ui.window.stage_views import view_names

    try:
        summary = validate_lesson_file(path, view_names()) if is_lesson_file(path) else validate_file(path)
    except SessionError as error:
        print(f"{path}: cannot be opened: {error}", file=sys.stderr)
        return 1
    print(f"{path}: OK - {summary}")
    return 0
