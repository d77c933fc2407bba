"""`gradientdesk --validate FILE`: check a session or lesson file without a window (no Qt is loaded at all).

Exit 0 printing a one-line summary ("circle: 300 points, neural network 2-4-2-1 (25 learned parameters)"), or exit 1
printing the message a user would see when opening it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def validate_command(path: Path) -> int:
    from .io.session import SessionError, validate_file

    try:
        summary = validate_file(path)
    except SessionError as error:
        print(f"{path}: cannot be opened: {error}", file=sys.stderr)
        return 1
    print(f"{path}: OK - {summary}")
    return 0
