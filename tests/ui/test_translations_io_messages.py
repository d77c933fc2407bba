"""The messages of the file readers and the data checks reach the learner in the interface language: a CSV file the
import dialog cannot read (and the notes it shows about one it can), a session file that cannot be opened, data a
model cannot train on yet, a drawn point outside the range the views can draw. They are the io's and the engine's
Messages (engine/translatable.py), translated by bridge/texts.py engine_text where the interface shows them.

With the pseudo-locale (pseudo_locale.py) every string of the app's contexts comes back wrapped in ⟦ ⟧: a shown text
whose inner part has no markers never went through QCoreApplication.translate. Without a translator every text is
the English it always was.
"""

from __future__ import annotations

import numpy as np
import pytest
from pseudo_locale import CLOSE, OPEN, is_marked, unmarked

from gradientdesk.bridge.texts import engine_text
from gradientdesk.io.csv_io import parse_table
from gradientdesk.ui.document.csv_import_dialog import CsvImportDialog

WAIT = 60_000  # generous: the machine is shared; nothing here measures time
IO_CONTEXTS = {"CsvFile", "SessionFile", "Dataset", "Models", "Limits"}
BAD_CSV = b"x1,x2,label\n0.5,1.0,a\n1.5,n/a,b\n"
SPLITLESS_CSV = b"x1,x2,label,extra\n0.5,1.0,a,1\n1.5,20,b,2\n"
BAD_SESSION = ('{"format": "gradientdesk-session", "version": 1, "data": {"task": "classification"}, '
               '"hyperparameters": {}}')




def _dialog(qtbot, raw: bytes) -> CsvImportDialog:
    dialog = CsvImportDialog(parse_table(raw), "data.csv", 0.5, 0)
    qtbot.addWidget(dialog)
    return dialog


def _statuses(controller) -> list[str]:
    said: list[str] = []
    controller.status.connect(said.append)
    return said


def test_a_broken_csv_says_why_in_the_interface_language(qtbot, pseudo):
    dialog = _dialog(qtbot, BAD_CSV)
    assert not dialog.import_button.isEnabled()
    shown = dialog.message_label.text()
    assert shown == (f"{OPEN}Cannot import: {OPEN}line 3, column x2: {OPEN}'n/a' is not a number{CLOSE}"
                     f"{CLOSE}{CLOSE}")
    assert dialog.error == f"{OPEN}line 3, column x2: {OPEN}'n/a' is not a number{CLOSE}{CLOSE}"


def test_the_notes_about_an_imported_csv_are_translated(qtbot, pseudo):
    dialog = _dialog(qtbot, SPLITLESS_CSV)
    assert dialog.import_button.isEnabled()
    notes = dialog.message_label.text().split("\n")
    assert len(notes) == 3, notes
    for note in notes:  # "Note: %1" and the io's warning inside it, each translated
        assert note.startswith(f"{OPEN}Note: {OPEN}") and note.endswith(f"{CLOSE}{CLOSE}"), note
    assert notes[1] == (f"{OPEN}Note: {OPEN}1 point lies outside the canvas square [-6, 6]: imported as they are, "
                        f"not rescaled. Consider scaling the data.{CLOSE}{CLOSE}")
    assert notes[2] == f"{OPEN}Note: {OPEN}Not used: column extra.{CLOSE}{CLOSE}"


def test_a_broken_session_file_says_why_in_the_interface_language(qtbot, pseudo, window, tmp_path):
    bad = tmp_path / "broken.gdesk"
    bad.write_text(BAD_SESSION)
    before = (window.controller.data, window.controller.hyperparameters)
    said = window.file_actions.open_path(bad)
    assert said == f"{OPEN}broken.gdesk was not opened: {OPEN}data: the field 'input_dim' is missing{CLOSE}{CLOSE}"
    box = window.file_actions.last_message
    assert box is not None and box.text() == said
    assert (window.controller.data, window.controller.hyperparameters) == before
    box.close()
    png = tmp_path / "picture.gdesk"
    png.write_bytes(b"\x89PNG\r\n\x1a\n....")
    said = window.file_actions.open_path(png, report=False)
    assert said.endswith(f"{OPEN}this is a PNG picture, not a session{CLOSE}{CLOSE}"), said


def test_data_a_model_cannot_train_on_says_why_translated(qtbot, pseudo, controller):
    ds = controller.data.dataset
    controller.erase_points(np.flatnonzero(ds.y == 1))
    qtbot.waitUntil(lambda: controller.problem != "", timeout=WAIT)
    assert controller.problem == (
        f"{OPEN}Cannot train yet: {OPEN}the training points contain only one class (A): a classifier needs points "
        f"of at least two classes{CLOSE}.{CLOSE}")
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: controller.problem == "", timeout=WAIT)


def test_a_refused_point_says_where_translated(qtbot, pseudo, controller):
    said = _statuses(controller)
    before = controller.data
    new_row = before.dataset.n + 1  # the added point comes after those on the canvas
    controller.add_points(np.array([[0.5, 2e7]]), 0)
    assert controller.data is before
    assert said[-1] == (f"{OPEN}Points not added: {OPEN}{OPEN}the coordinate x2 of point {new_row}{CLOSE} must be a "
                        f"number between -1,000,000 and 1,000,000; got 20000000.0{CLOSE}{CLOSE}")


def test_an_untranslated_io_text_would_be_caught(qtbot, pseudo):
    """The negative check: the io's English shown as it is (str(error)) carries no marker, and the pseudo-locale's
    check flags it; through engine_text it is marked."""
    from gradientdesk.io.csv_io import CsvError

    with pytest.raises(CsvError) as caught:
        parse_table(b"")
    plain = str(caught.value)
    assert plain == "the file is empty"
    assert unmarked([("csv", plain)]) == [("csv", plain)]
    assert is_marked(engine_text(caught.value))
    assert engine_text(caught.value) == f"{OPEN}the file is empty{CLOSE}"


def test_in_english_the_io_texts_are_unchanged(qtbot, window, tmp_path):
    dialog = _dialog(qtbot, BAD_CSV)
    assert dialog.message_label.text() == "Cannot import: line 3, column x2: 'n/a' is not a number"
    importable = _dialog(qtbot, SPLITLESS_CSV)
    notes = importable.message_label.text().split("\n")
    assert notes[2] == "Note: Not used: column extra."
    bad = tmp_path / "broken.gdesk"
    bad.write_text(BAD_SESSION)
    assert window.file_actions.open_path(bad, report=False) == (
        "broken.gdesk was not opened: data: the field 'input_dim' is missing")


def test_the_pseudo_locale_wraps_this_parts_contexts(pseudo):
    """The contexts are read from the sources (the engine's and io's QT_TRANSLATE_NOOP marks too)."""
    assert pseudo.contexts >= IO_CONTEXTS
