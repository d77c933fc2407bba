"""Atomic file writes through Qt's QSaveFile.

QSaveFile writes to a temporary file next to the target and, on `commit()`, flushes it to disk and renames it over
the target in one step, so a crash or a full disk mid-save never leaves half a file (the old one stays intact). It
needs QtCore only - no QApplication - so the command line's `--validate` and the engine-side tests can use the
io package too. QtCore is imported when a file is written, not when the io package is imported: reading and checking
sessions, CSV files and model exports stays pure Python + numpy (tests/io/test_io_purity.py).
"""

from __future__ import annotations

from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` by `data` all at once. Raises OSError (with Qt's reason) if it cannot be written."""
    from PySide6.QtCore import QIODevice, QSaveFile

    target = QSaveFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {path.name}: {target.errorString()}")
    written = target.write(data)
    if written != len(data):
        reason = target.errorString()
        target.cancelWriting()
        target.commit()  # discards the temporary file
        raise OSError(f"cannot write {path.name}: {reason}")
    if not target.commit():
        raise OSError(f"cannot write {path.name}: {target.errorString()}")
