"""Translations of the dialogs, panels and messages around the window (ui/experiments, ui/document, ui/export,
ui/presentation, the problem banner): every text they show goes through Qt's translator - titles, labels, buttons,
tooltips, combo items, table headers, plot axes, legends and titles, and the messages they compose (a refused sweep
range, a broken file, a GIF that cannot be recorded).

The pseudo-locale (pseudo_locale.py) wraps every string of the app's contexts in ⟦ ⟧: a text shown without the
markers never went through translate(). What may be shown unmarked is data: numbers, file and parameter names,
the hyperparameters' labels and help (the engine's texts, translated by the panels' catalogue), and the messages
the engine and io compose (a problem of the data, a CSV's warnings). The experiments show the hyperparameters'
labels, help and choices through ui/panels/hyperparameter_texts.py (checked strictly below, in English, German and
the pseudo-locale), the file messages the data's description through bridge/data_edits.py, and the figure export
quotes the figures' titles lower-cased only in English (German nouns keep their capitals).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pseudo_locale import is_marked, unmarked, widget_texts
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QMessageBox, QVBoxLayout

from gradientdesk.engine import Hyperparameters
from gradientdesk.engine.choices import CHOICE_LABELS, MODEL_LABELS, MODELS

TIMEOUT = 60_000  # generous: the machine is shared; nothing here measures time
CONTEXTS = {"Compare", "Sweep", "RunsPanel", "FileActions", "CsvImport", "Document", "Autosave", "RestorePrompt",
            "RememberedHyperparameters", "FigureExport", "GifRecording", "PresentationMode", "ProblemBanner"}
# data, not words of the interface: a number, a parameter's name ("dense1.W[0,1]"), a file name
_NUMBER = re.compile(r"^[-+−=]?\s*(?:\d[\d.,]*(?:e[-+]?\d+)?|nan|inf)(?:\s*(?:s|px|×))?$", re.IGNORECASE)
_PARAMETER = re.compile(r"^[a-z]+\d*\.[A-Za-z]+\[[\d,]+\]$")
_COLUMNS = re.compile(r"^\w+ = '[^']*'(?:, \w+ = '[^']*')*$")  # a CSV's columns by role: "x1 = 'a'"
_FILE = re.compile(r"[\w/\\.-]+\.(?:gif|png|svg|csv|gdesk|json|npz)$")
QT_BUTTONS = {"OK", "Cancel", "&OK", "&Cancel", "Save", "&Save", "Discard", "&Discard", "Close", "&Close"}


def engine_texts() -> set[str]:
    """The hyperparameters' labels and help, the choices' and models' labels: the engine's texts (the panels mark
    them in their own catalogue)."""
    texts = set()
    for name in Hyperparameters.field_names():
        info = Hyperparameters.info(name)
        texts |= {info.label, info.help}
    return texts | set(CHOICE_LABELS.values()) | set(MODEL_LABELS.values()) | set(MODELS.values())


def is_data(text: str, *extra: str) -> bool:
    text = text.strip()
    words = re.sub(r"<[^>]+>", "", text).strip(" ↺")  # a structural field's label carries a reset mark
    return bool(_NUMBER.match(text) or _PARAMETER.match(text) or _FILE.search(text) or _COLUMNS.match(text)
                or text in QT_BUTTONS
                or words in engine_texts() or text in extra)


def shown_unmarked(widget, *extra: str) -> list[tuple[str, str]]:
    return unmarked(widget_texts(widget), allowed=lambda text: is_data(text, *extra))




def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---- the experiments ---------------------------------------------------------------------------------------------
def test_compare_sweep_and_the_runs_panel_are_translated(qtbot, pseudo, make_window):
    window = make_window()
    compare = window.compare.open()
    assert shown_unmarked(compare) == []  # before anything trained: the plan of the runs
    b_rate = compare.table.editor(1, "learning_rate")
    b_rate.value_edited.emit(0.3)  # as typed: B differs from A
    compare.epochs.setValue(1)
    assert compare.start()
    qtbot.waitUntil(lambda: compare.frame is not None and compare.frame.finished and not compare.running,
                    timeout=TIMEOUT)
    assert is_marked(compare.differences.text()) and is_marked(compare.progress.text())
    texts = [text for _where, text in widget_texts(compare)]
    assert "⟦Compare runs⟧" in texts and "⟦epochs⟧" in texts  # the title, a plot's axis
    assert any(text.startswith("⟦<b>B</b>: ") and "parameters" in text for text in texts)  # run B's map title
    assert shown_unmarked(compare) == []
    compare.parameter.setCurrentIndex(0)
    assert shown_unmarked(compare.traces) == []

    sweep = window.sweep.open()
    assert shown_unmarked(sweep) == []
    sweep.low.setText("20")  # beyond the learning rate's limits: refused, naming the field and its range
    assert not sweep.start()
    assert sweep.problem.isVisible() and is_marked(sweep.problem.text())
    sweep.low.setText("0.01")
    sweep.high.setText("1")
    sweep.runs.setValue(3)
    sweep.epochs.setValue(1)
    assert sweep.start()
    qtbot.waitUntil(lambda: sweep.frame is not None and sweep.frame.finished and not sweep.running, timeout=TIMEOUT)
    sweep.select(0)
    assert is_marked(sweep.selection.text())
    texts = [text for _where, text in widget_texts(sweep)]
    assert "⟦best value⟧" in texts and "⟦test loss⟧" in texts  # a legend entry, a plot's axis
    assert shown_unmarked(sweep) == []

    panel = window.runs_panel
    panel.refresh()
    assert panel.table.rowCount() == 1 + 2 + 3  # the current run, A and B, the sweep's three
    assert shown_unmarked(panel) == []
    compare.close()
    sweep.close()
    panel.refresh()
    assert panel.empty.isVisibleTo(panel) and is_marked(panel.empty.text())


def test_a_refused_sweep_range_is_translated(pseudo):
    from gradientdesk.ui.experiments.sweep_plan import read_number, sweep_values

    for call in (lambda: sweep_values("learning_rate", 0.1, 0.01, 4, True),
                 lambda: sweep_values("learning_rate", 0.1, 0.1, 4, False),
                 lambda: sweep_values("learning_rate", 0.0, 1.0, 4, True),
                 lambda: sweep_values("learning_rate", 0.01, 99.0, 4, False),
                 lambda: sweep_values("learning_rate", 0.01, 1.0, 99, False),
                 lambda: read_number("learning_rate", "from", "abc")):
        with pytest.raises(ValueError) as refused:
            call()
        assert is_marked(str(refused.value)), str(refused.value)


# ---- documents: CSV import, messages -----------------------------------------------------------------------------
def test_the_csv_import_dialog_is_translated(qtbot, pseudo, tmp_path):
    from gradientdesk.io.csv_io import read_table
    from gradientdesk.ui.document.csv_import_dialog import CsvImportDialog

    good = _csv(tmp_path / "points.csv", "x1,x2,label\n0.1,0.2,a\n-0.3,0.4,b\n0.5,-0.6,a\n-0.7,-0.8,b\n")
    headerless = _csv(tmp_path / "plain.csv", "0.1,0.2,1.5\n-0.3,0.4,2.5\n0.5,-0.6,0.5\n-0.7,-0.8,1.0\n")
    bad = _csv(tmp_path / "broken.csv", "x1,x2,label\n0.1,0.2,a\n0.3,oops,b\n")
    header = ("x1", "x2", "label")
    for path, extra in ((good, (*header, "a", "b")), (headerless, ()), (bad, (*header, "oops"))):
        dialog = CsvImportDialog(read_table(path), path.stem, 0.25, 1)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for index in range(dialog.task_box.count()):  # every task, as the learner may choose it
            dialog.task_box.setCurrentIndex(index)
            assert shown_unmarked(dialog, *extra) == [], path.name
        dialog.close()


def test_file_messages_are_translated(qtbot, pseudo, make_window, tmp_path):
    window = make_window()
    actions = window.file_actions
    broken = _csv(tmp_path / "broken.gdesk", "not a session")
    assert actions.open_path(broken)
    box = actions.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert is_marked(box.windowTitle()) and is_marked(box.text())
    assert shown_unmarked(box) == []
    box.close()
    assert is_marked(actions.document.name)  # "Untitled"


# ---- export: figures and GIFs ------------------------------------------------------------------------------------
def test_the_gif_dialog_and_the_recording_indicator_are_translated(qtbot, pseudo, make_window, tmp_path):
    from gradientdesk.ui.export.gif_dialog import GifDialog
    from gradientdesk.ui.export.gif_recorder import GifSettings

    dialog = GifDialog(tmp_path / "a.gif")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.seconds.setValue(60.0)
    dialog.fps.setCurrentIndex(dialog.fps.count() - 1)  # more frames than a GIF may hold: the note says so
    assert shown_unmarked(dialog) == []
    dialog.path_edit.setText(str(tmp_path / "missing" / "a.gif"))
    dialog._accept()
    assert dialog.isVisible() and is_marked(dialog.problem_label.text())
    for settings in (GifSettings(tmp_path / "x.gif", fps=7), GifSettings(tmp_path / "x.gif", frames=1),
                     GifSettings(tmp_path / "x.gif", max_width=1), GifSettings(tmp_path / "x.png")):
        assert is_marked(settings.problem())
    dialog.close()

    window = make_window()
    indicator = window.gif_recording.indicator
    for phase in ("recording", "encoding"):
        indicator.show_progress(3, 10, phase)
        assert shown_unmarked(indicator) == []


def test_figure_export_messages_are_translated(pseudo, tmp_path):
    from gradientdesk.ui.export.figure_export import ExportError, write_atomically

    with pytest.raises(ExportError) as failed:
        write_atomically(tmp_path / "missing" / "x.png", lambda device: device.write(b""))
    assert is_marked(str(failed.value))


# ---- presentation mode, the problem banner -----------------------------------------------------------------------
def test_the_presentation_options_are_translated(qtbot, pseudo):
    from gradientdesk.ui.presentation.options import PresentationDialog, PresentationOptions

    dialog = PresentationDialog(PresentationOptions())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert shown_unmarked(dialog) == []


def test_the_problem_banner_is_translated(qtbot, pseudo, controller):
    from gradientdesk.engine.divergence import divergence_message
    from gradientdesk.ui.window.banner import ProblemBanner

    banner = ProblemBanner(controller)
    qtbot.addWidget(banner)
    # what a diverged snapshot carries: the banner's text is translated, its rate comes from the message's facts
    controller._set_problem(divergence_message(float("inf"), 12, 3.0, 10, None))
    banner.show()
    assert banner.fix_button.isVisibleTo(banner) and banner.reset_button.isVisibleTo(banner)
    assert shown_unmarked(banner) == []


# ---- the walk catches what is not translated ---------------------------------------------------------------------
def test_the_walk_catches_a_text_set_without_translate(qtbot, pseudo, tmp_path):
    from gradientdesk.ui.export.gif_dialog import GifDialog

    dialog = GifDialog(tmp_path / "a.gif")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert shown_unmarked(dialog) == []
    dialog.caption.setText("Caption with step and loss")  # set without translate()
    assert [text for _where, text in shown_unmarked(dialog)] == ["Caption with step and loss"]

    plain = QDialog()
    qtbot.addWidget(plain)
    plain.setWindowTitle("Export failed")
    layout = QVBoxLayout(plain)
    layout.addWidget(QLabel("dense1.W[0,1]"))  # data: allowed
    layout.addWidget(QCheckBox("log scale"))
    plain.show()
    assert sorted(text for _where, text in shown_unmarked(plain)) == ["Export failed", "log scale"]


# ---- the engine's hyperparameter texts where the dialogs show them, the data's description, figure titles ----------
@pytest.fixture
def german():
    """German for what is made after it; English and the default locale come back after the test."""
    from gradientdesk.ui import i18n

    app = QApplication.instance()
    locale = QLocale()
    assert i18n.install("de", app)
    yield
    i18n.uninstall(app)
    QLocale.setDefault(locale)


def strictly_unmarked(widget, *extra: str) -> list[tuple[str, str]]:
    """As shown_unmarked, but the hyperparameters' labels, help and choices are no longer data: the dialogs show them
    through hyperparameter_texts."""
    def allowed(text: str) -> bool:
        text = text.strip()
        return bool(_NUMBER.match(text) or _PARAMETER.match(text) or _FILE.search(text) or _COLUMNS.match(text)
                    or text in QT_BUTTONS or text in extra)
    return unmarked(widget_texts(widget), allowed=allowed)


def test_the_experiments_show_the_hyperparameters_translated(qtbot, pseudo, make_window):
    window = make_window()
    compare = window.compare.open()
    assert strictly_unmarked(compare) == []
    compare.table.editor(1, "learning_rate").value_edited.emit(0.3)
    compare.table.editor(1, "optimizer").value_edited.emit("adam")
    assert compare.table.differs(1, "optimizer")
    text = compare.differences.text()
    assert "⟦learning rate⟧ 0.3 (A 0.03)" in text and "⟦optimizer⟧ ⟦Adam⟧ (A ⟦SGD⟧)" in text, text
    compare.epochs.setValue(1)
    assert compare.start()
    qtbot.waitUntil(lambda: compare.frame is not None and compare.frame.finished and not compare.running,
                    timeout=TIMEOUT)
    assert strictly_unmarked(compare) == []

    sweep = window.sweep.open()
    assert strictly_unmarked(sweep) == []
    assert sweep.field.currentText() == "⟦Learning rate⟧" and is_marked(sweep.field.toolTip())
    assert "only the ⟦learning rate⟧ differs" in sweep.note.text()
    sweep.low.setText("0.01")
    sweep.high.setText("1")
    sweep.runs.setValue(3)
    sweep.epochs.setValue(1)
    assert sweep.start()
    qtbot.waitUntil(lambda: sweep.frame is not None and sweep.frame.finished and not sweep.running, timeout=TIMEOUT)
    sweep.select(0)
    assert "⟦learning rate⟧ 0.01" in sweep.selection.text()
    assert strictly_unmarked(sweep) == []

    panel = window.runs_panel
    panel.refresh()
    assert strictly_unmarked(panel) == []
    assert [panel.table.item(row, 1).text() for row in (1, 2)] == ["—", "⟦⟦optimizer⟧ ⟦Adam⟧⟧, ⟦⟦learning rate⟧ 0.3⟧"]
    compare.close()
    sweep.close()


def test_the_experiments_in_english_and_german(qapp):
    from gradientdesk.ui.experiments.compare_plan import differences_text, run_captions
    from gradientdesk.ui.experiments.runs_plan import differs_text
    from gradientdesk.ui.experiments.sweep_plan import read_number

    a = Hyperparameters(learning_rate=0.03)
    b = a.replace(learning_rate=0.3, optimizer="adam")
    c = a.replace(optimizer="momentum", momentum=0.8, seed=7)
    # English: the words as before (labels lower-cased in a sentence, choices by their labels)
    assert differences_text("B", a, b) == "B differs: optimizer Adam (A SGD), learning rate 0.3 (A 0.03)."
    assert differs_text(a, b) == "optimizer Adam, learning rate 0.3"
    assert run_captions([a, c]) == ["SGD, momentum 0.9, seed 1", "Momentum, momentum 0.8, seed 7"]
    with pytest.raises(ValueError, match=r"^Learning rate: 'abc' \(from\) is not a number; the learning rate goes "):
        read_number("learning_rate", "from", "abc")
    app = QApplication.instance()
    locale = QLocale()
    from gradientdesk.ui import i18n

    assert i18n.install("de", app)
    try:
        # German keeps its nouns' capitals, and the choices are German where the catalogue has them
        assert differences_text("B", a, b) == "B weicht ab: Optimierer Adam (A SGD), Lernrate 0.3 (A 0.03)."
        assert differs_text(a, b) == "Optimierer Adam, Lernrate 0.3"
        assert run_captions([a, c]) == ["SGD, Momentum 0.9, Seed 1", "Momentum, Momentum 0.8, Seed 7"]
        with pytest.raises(ValueError) as refused:
            read_number("learning_rate", "from", "abc")
        assert str(refused.value).startswith("Lernrate: „abc“") and "lernrate" not in str(refused.value)
    finally:
        i18n.uninstall(app)
        QLocale.setDefault(locale)


def test_the_figures_keep_their_titles_capitals_in_german(qtbot, german, make_window):
    window = make_window()
    menu = window.figure_export.figure_menu
    tips = {action.objectName(): action.statusTip() for action in menu.actions()}
    loss = QApplication.translate("MainWindow", "Loss plot")
    assert loss != "Loss plot" and tips["export_loss"] == f"„{loss}“ als PNG-Bild oder SVG-Zeichnung speichern."
    asked = []
    window.figure_export.ask_path = lambda title, *rest: asked.append(title)  # cancelled
    assert window.figure_export.save_figure(window.figure_export.figure("loss")) is None
    assert asked == [f"{loss} exportieren"]


def test_the_figures_titles_in_english_and_in_the_pseudo_locale(qtbot, make_window, pseudo):
    window = make_window()
    tips = {action.objectName(): action.statusTip() for action in window.figure_export.figure_menu.actions()}
    assert tips["export_loss"] == "⟦Save the %1 as a PNG image or an SVG drawing.⟧".replace("%1", "⟦loss plot⟧")
    assert all(is_marked(tip) for tip in tips.values()), tips


def test_the_figures_titles_in_english_are_lower_case_in_a_sentence(qtbot, make_window):
    window = make_window()
    tips = {action.objectName(): action.statusTip() for action in window.figure_export.figure_menu.actions()}
    assert tips["export_loss"] == "Save the loss plot as a PNG image or an SVG drawing."
    assert tips["export_canvas"] == "Save the canvas as a PNG image or an SVG drawing."


def test_opened_and_imported_describe_the_data_translated(qtbot, pseudo, make_window, tmp_path, monkeypatch):
    from gradientdesk.ui.document.csv_import_dialog import CsvImportDialog

    window = make_window()
    said: list[str] = []
    window.controller.status.connect(said.append)
    actions = window.file_actions
    path = tmp_path / "a.gdesk"
    assert actions.save_to(path)
    assert actions.open_path(path) == ""
    # the description is bridge.data_edits.describe_data's, marked piece by piece (the preset's name too)
    assert "⟦Opened a.gdesk: ⟦⟦Circle⟧: 300 points (150 train, 150 test), ⟦2 classes⟧⟧.⟧" in said, said

    csv = _csv(tmp_path / "pets.csv", "x1,x2,label\n0.5,1.5,cat\n-2,0.25,dog\n1,1,cat\n0,-1,dog\n")
    actions.ask_path = lambda *args: csv
    monkeypatch.setattr(CsvImportDialog, "exec", lambda self: CsvImportDialog.DialogCode.Accepted)
    assert actions.import_csv()
    assert said[-1] == "⟦Imported ⟦pets: 4 points (3 train, 1 test), ⟦2 classes⟧⟧ from pets.csv (Undo takes it back).⟧"
    # the negative check: the English description (DataState.describe) has no translated piece
    assert not is_marked(window.controller.data.describe())


def test_opened_and_imported_in_english_are_the_data_state_s_words(qtbot, make_window, tmp_path, monkeypatch):
    from gradientdesk.ui.document.csv_import_dialog import CsvImportDialog

    window = make_window()
    said: list[str] = []
    window.controller.status.connect(said.append)
    actions = window.file_actions
    path = tmp_path / "a.gdesk"
    assert actions.save_to(path)
    assert actions.open_path(path) == ""
    assert f"Opened a.gdesk: {window.controller.data.describe()}." in said
    assert "Opened a.gdesk: circle: 300 points (150 train, 150 test), 2 classes." in said
    assert actions.document.name == "a.gdesk"  # the file's own name, whatever the language
    csv = _csv(tmp_path / "pets.csv", "x1,x2,label\n0.5,1.5,cat\n-2,0.25,dog\n1,1,cat\n0,-1,dog\n")
    actions.ask_path = lambda *args: csv
    monkeypatch.setattr(CsvImportDialog, "exec", lambda self: CsvImportDialog.DialogCode.Accepted)
    assert actions.import_csv()
    assert said[-1] == f"Imported {window.controller.data.describe()} from pets.csv (Undo takes it back)."
    assert said[-1] == "Imported pets: 4 points (3 train, 1 test), 2 classes from pets.csv (Undo takes it back)."


def test_the_pseudo_locale_wraps_this_parts_contexts(pseudo):
    """The contexts are read from the sources (the engine's and io's QT_TRANSLATE_NOOP marks too)."""
    assert pseudo.contexts >= CONTEXTS
