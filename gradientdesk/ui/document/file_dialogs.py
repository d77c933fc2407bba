"""Asking for a file name: one Qt file dialog for opening and saving, with the right suffix added to a typed name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_path(parent: QWidget, mode: str, caption: str, filters: str, suggestion: Path) -> Path | None:
    """The chosen file, or None if cancelled. `mode` is "open" (an existing file) or "save" (any name; a name typed
    without a suffix gets the selected filter's, e.g. ".npz" for "Model as NumPy archive (*.npz)")."""
    dialog = QFileDialog(parent, caption, str(suggestion.parent if mode == "save" else suggestion), filters)
    dialog.setObjectName("file_dialog")
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.filterSelected.connect(lambda name: dialog.setDefaultSuffix(suffix_of(name)))
        dialog.setDefaultSuffix(suffix_of(filters.split(";;")[0]))
        dialog.selectFile(str(suggestion))
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()  # a child of the window (with its directory model): it would live as long


def suffix_of(name_filter: str) -> str:
    """"Model as JSON (*.json)" -> "json"."""
    start = name_filter.find("*.")
    return name_filter[start + 2 :].split(")")[0].split()[0] if start >= 0 else ""
