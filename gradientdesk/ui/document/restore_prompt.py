"""At start: offer to restore the work an unclean exit left in an autosave (see ui/document/autosave.py).

The newest orphaned autosave is offered (Restore / Discard). Restored work opens as an unsaved, untitled document;
older orphans stay for later starts, and an autosave that cannot be read is renamed, never deleted, so nothing the
user drew is ever thrown away without being asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...bridge.texts import engine_text
from ...io.session import Session, SessionError, load_session, summarize
from ..i18n import fill
from .autosave import Orphan, find_orphans

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

# ask(summary, saved_at) -> True to restore; the default shows a QMessageBox (tests may pass their own)
Ask = Callable[[str, str], bool]


def ask_with_message_box(parent: QWidget | None) -> Ask:
    def ask(summary: str, saved_at: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, translate("RestorePrompt", "Restore unsaved work?"),
                          translate("RestorePrompt", "GradientDesk did not close properly last time."), parent=parent)
        box.setObjectName("restore_prompt")
        box.setInformativeText(fill(translate("RestorePrompt", "Unsaved work from %1 was kept:\n%2\n\nRestore it?"),
                                    saved_at, summary))
        restore = box.addButton(translate("RestorePrompt", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restore_button")
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        discard.setObjectName("discard_button")
        box.setDefaultButton(restore)
        try:
            box.exec()
            return box.clickedButton() is restore
        finally:
            box.deleteLater()  # a child of the window: it would otherwise live as long as the window

    return ask


def restore_orphan(directory: Path | None, open_session: Callable[[Session], None], ask: Ask,
                   report: Callable[[str], None]) -> bool:
    """Offer the newest orphaned autosave in `directory`. On Restore, `open_session` gets it; True if it was."""
    orphans = find_orphans(directory)
    if not orphans:
        return False
    newest, older = orphans[0], orphans[1:]
    for orphan in older:
        orphan.release(delete=False)
    try:
        session = load_session(newest.path)
    except SessionError as error:
        kept = _set_aside(newest)
        report(fill(translate("RestorePrompt", "An autosave could not be read (%1); it was kept as %2."),
                    engine_text(error), kept))
        return False
    if not ask(summarize(session), newest.saved_at):
        newest.release(delete=True)
        report(translate("RestorePrompt", "The unsaved work from last time was discarded."))
        return False
    try:
        open_session(session)
    except ValueError as error:
        kept = _set_aside(newest)
        report(fill(translate("RestorePrompt", "The autosave could not be opened (%1); it was kept as %2."),
                    engine_text(error), kept))
        return False
    newest.release(delete=True)  # the caller has written it again as this window's own autosave
    report(translate("RestorePrompt", "Unsaved work from last time was restored."))
    return True


def _set_aside(orphan: Orphan) -> Path:
    kept = orphan.path.with_name("unreadable-" + orphan.path.name)
    try:
        orphan.path.replace(kept)
    except OSError:
        kept = orphan.path
    orphan.release(delete=False)
    return kept
