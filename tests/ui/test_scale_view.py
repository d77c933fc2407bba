"""The Scale view (issue 13): the learner's model and real models on one ladder, taken apart, edited, priced, and
a sentence split into tokens - driven through the real widgets of the main window."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from gradientdesk.engine.number_text import bytes_text, flops_text, grouped
from gradientdesk.engine.scale_cost import training_flops, weight_bytes
from gradientdesk.engine.scale_ladder import explore, ladder


def show_scale(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    view = window.scale_view
    qtbot.waitUntil(view.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: view.ladder_page.rows[0].parameters > 0, timeout=3000)
    return view


def row_of(view, name: str) -> int:
    return next(i for i, row in enumerate(view.ladder_page.rows) if row.name == name)


def cell(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def test_ctrl_7_shows_the_ladder_with_the_learners_model_at_the_bottom(qtbot, window):
    view = show_scale(qtbot, window)
    assert window.stage.view == "scale" and window.stage.view_actions["scale"].isChecked()
    table = view.ladder_page.table
    snap = window.controller.latest
    assert cell(table, 0, 0) == "Your 2-4-2-1 network" and cell(table, 0, 1) == str(snap.parameter_count) == "25"
    assert cell(table, 0, 3) == f"{snap.n_train} points"
    gpt2 = row_of(view, "GPT-2 small")
    assert cell(table, gpt2, 1) == "124,439,808" and cell(table, gpt2, 2) == "124 million"
    counts = [row.parameters for row in view.ladder_page.rows[1:]]
    assert counts == sorted(counts) and len(counts) >= 10  # smallest first, up to GPT-3
    assert view.ladder_page.plot.names_axis.names[0] == "Your 2-4-2-1 network"
    # the memorizing ratio: parameters per training point beside parameters per training token
    note = view.ladder_page.memorize_note
    assert f"25 parameters / {snap.n_train} training points = 0.167 per point" in note.text()
    assert "GPT-3: 0.582 per training token" in note.text()
    gpt3 = row_of(view, "GPT-3 175B")
    assert float(cell(table, gpt3, 4)) == float(f"{view.ladder_page.rows[gpt3].parameters / 300e9:.3g}")


def test_choosing_gpt2_small_takes_it_apart_with_formulas_that_add_up(qtbot, window):
    view = show_scale(qtbot, window)
    view.ladder_page.table.selectRow(row_of(view, "GPT-2 small"))
    view.tabs.setCurrentWidget(view.explore_page)
    page = view.explore_page
    assert "124,439,808 parameters (124 million)" in page.total.text()
    rows = {cell(page.table, r, 0): r for r in range(page.table.rowCount())}
    embedding = rows["token embedding"]
    assert cell(page.table, embedding, 1) == "vocabulary x width = 50,257 x 768"
    assert cell(page.table, embedding, 2) == "38,597,376" and cell(page.table, embedding, 3) == "31.0%"
    parts = [int(cell(page.table, r, 2).replace(",", "")) for r in range(page.table.rowCount() - 1)]
    assert sum(parts) == 124_439_808 and cell(page.table, rows["total"], 2) == "124,439,808"


def test_a_wider_gpt2_recounts_and_bad_values_are_refused_naming_the_field(qtbot, window):
    view = show_scale(qtbot, window)
    view.choose(row_of(view, "GPT-2 small"))
    view.tabs.setCurrentWidget(view.explore_page)
    page = view.explore_page
    width = page.entries["width"]
    width.selectAll()
    qtbot.keyClicks(width, "1024")
    qtbot.keyClick(width, Qt.Key.Key_Return)
    original = next(m for m in ladder() if m.name == "GPT-2 small")
    wider = explore(original, layers=12, width=1024, vocabulary=50_257, context=1_024)
    assert f"{grouped(wider.total)} parameters" in page.total.text()
    assert view.ladder_page.rows[view.chosen].parameters == wider.total != original.total
    for bad in ("0", "-3", "1.5", "abc", "99999999999"):
        width.selectAll()
        qtbot.keyClicks(width, bad)
        qtbot.keyClick(width, Qt.Key.Key_Return)
        assert page.problem.isVisible() and "idth" in page.problem.text(), bad
        assert view.ladder_page.rows[view.chosen].parameters == wider.total  # the last good count stays
    qtbot.mouseClick(page.reset, Qt.MouseButton.LeftButton)
    assert view.ladder_page.rows[view.chosen].parameters == 124_439_808 and not page.problem.isVisible()


def test_the_learners_row_follows_the_architecture(qtbot, window):
    view = show_scale(qtbot, window)
    controller = window.controller
    assert controller.set_hyperparameters(controller.hyperparameters.replace(hidden_layers=(8, 8)))
    qtbot.waitUntil(lambda: controller.latest.parameter_count == 24 + 72 + 9, timeout=5000)
    view.choose(0)
    qtbot.waitUntil(lambda: view.ladder_page.rows[0].parameters == 105, timeout=3000)
    assert view.ladder_page.rows[0].name == "Your 2-8-8-1 network"
    page = view.explore_page
    formulas = [cell(page.table, r, 1) for r in range(page.table.rowCount() - 1)]
    assert formulas == ["2 x 8 weights + 8 biases", "8 x 8 weights + 8 biases", "8 x 1 weights + 1 biases"]


def test_the_cost_of_gpt3_and_the_learners_run_on_the_same_scale(qtbot, window):
    view = show_scale(qtbot, window)
    controller = window.controller
    controller.step(30)
    qtbot.waitUntil(lambda: controller.latest.step >= 30, timeout=5000)
    view.choose(row_of(view, "GPT-3 175B"))
    view.tabs.setCurrentWidget(view.cost_page)
    gpt3 = view.chosen_model()
    text = view.cost_page.text.text()
    assert bytes_text(weight_bytes(gpt3.total, "fp16")) in text and bytes_text(16 * gpt3.total) in text
    assert flops_text(training_flops(gpt3.total, 300_000_000_000)) in text
    assert "Your run, on the same scale" in text and "Steps so far" in text
    run = view.run
    assert run is not None and run.flops == 6 * 25 * run.examples_seen > 0


def test_a_sentence_is_split_into_gpt2_tokens_with_their_ids(qtbot, window):
    view = show_scale(qtbot, window)
    view.tabs.setCurrentWidget(view.token_page)
    page = view.token_page
    page.entry.clear()
    qtbot.keyClicks(page.entry, "Hello world")
    ids = [cell(page.table, r, 1) for r in range(page.table.rowCount())]
    assert ids == ["15496", "995"]
    assert "2 tokens" in page.summary.text() and "768" in page.summary.text()
    assert cell(page.table, 0, 2) == "row 15,496 of 50,257"
    view.choose(row_of(view, "Llama 3 8B"))  # another vocabulary: the ids stay GPT-2's rows, said in the summary
    assert cell(page.table, 0, 2) == "row 15,496 of 50,257" and "Llama 3 8B has its own" in page.summary.text()
    page.entry.setText("x" * 20_000)  # pasted, not typed
    assert page.table.rowCount() == 0 and page.summary.text()  # too long: a message, not a crash


def test_the_ladder_table_saves_as_csv_with_exact_integers(qtbot, window, tmp_path):
    view = show_scale(qtbot, window)
    path = tmp_path / "sizes.csv"
    assert view.save_csv(path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    by_name = {row["model"]: row for row in rows}
    assert by_name["GPT-2 small"]["parameters"] == "124439808"
    assert by_name["Llama 2 7B"]["parameters"] == "6738415616"
    assert rows[0]["model"] == "Your 2-4-2-1 network" and rows[0]["parameters"] == "25"
    assert not view.save_csv(tmp_path / "missing-folder" / "x.csv")  # a message, not a traceback
    assert not view.ladder_page.problem.isHidden() and "missing-folder" in view.ladder_page.problem.text()


def test_the_scale_view_is_not_among_all_views(qtbot, window):
    window.stage.set_wall(True)
    assert not window.scale_view.isVisible()
    assert window.network_diagram.isVisible()


def test_the_memorizing_note_links_to_the_overfitting_lesson(qtbot, window):
    view = show_scale(qtbot, window)
    view.ladder_page.memorize_note.linkActivated.emit("03-overfitting.gdesk")  # what a click on the link sends
    qtbot.waitUntil(lambda: window.file_actions.document.lesson is not None, timeout=3000)
    assert window.file_actions.document.lesson["title"] == "Overfitting"


def test_the_ladder_exports_as_png_and_svg(qtbot, window, tmp_path):
    from gradientdesk.ui.export.figure_export import export_png, export_svg

    view = show_scale(qtbot, window)
    titles = [action.text() for action in window.figure_export.figure_menu.actions()]
    assert "Scale ladder…" in titles
    width, height = export_png(view.ladder_page.plot, tmp_path / "ladder.png")
    assert width > 300 and height > 200 and (tmp_path / "ladder.png").stat().st_size > 1000
    export_svg(view.ladder_page.plot, tmp_path / "ladder.svg")
    svg = (tmp_path / "ladder.svg").read_text(encoding="utf-8")
    assert "GPT-3 175B" in svg and "175 billion" in svg


def test_a_convnet_leaves_the_token_page_on_a_text_models_table(qtbot, window):
    view = show_scale(qtbot, window)
    view.choose(row_of(view, "GPT-2 medium"))
    view.choose(row_of(view, "LeNet-5"))  # reads images: it has no embedding table
    view.tabs.setCurrentWidget(view.token_page)
    assert "GPT-2 medium's embedding table (50,257 rows x 1,024" in view.token_page.summary.text()
    assert "LeNet-5" not in view.token_page.summary.text()
