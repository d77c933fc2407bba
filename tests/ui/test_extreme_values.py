"""Every view survives any finite value, and values a person types are limited to what the views can draw."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, Qt

from gradientdesk.engine.scalar_ref import ScalarRef
from gradientdesk.ui.inspect.histogram_history import MAX_HALF_RANGE, HistogramHistory, power_of_two_at_least
from gradientdesk.ui.plots.plot_items import DRAW_LIMIT, drawable

SCRIPT = Path(__file__).parent / "scripts" / "extreme_values.py"


def test_every_view_draws_values_near_the_float_limit_without_crashing(tmp_path):
    """A weight of 1e308 used to crash the weight maps' paint (SIGSEGV in pyqtgraph's axis) and raise
    OverflowError in the weight histogram."""
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "shot.png")], capture_output=True,
                            text=True, timeout=120, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().endswith("OK") and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert (tmp_path / "shot.png").stat().st_size > 10_000


def test_drawing_ranges_stop_at_the_draw_limit():
    assert drawable(1e308) == DRAW_LIMIT and drawable(-np.inf) == -DRAW_LIMIT and np.isnan(drawable(np.nan))
    assert power_of_two_at_least(1e308) == MAX_HALF_RANGE  # 2 ** 1024 overflowed
    history = HistogramHistory(bins=8)
    assert history.add(1, np.array([1e308, -1e308, 0.5]))
    assert history.counts[0, -1] == 1 and history.counts[0, 0] == 1  # the extremes land in the outermost bins


def test_a_typed_weight_beyond_the_range_is_refused_and_says_the_range(qtbot, controller, diagram):
    before = float(controller.latest.parameters["dense1.W"][0, 0])
    assert diagram.start_edit(ScalarRef("dense1.W", (0, 0)), QPointF(40, 40))
    for text in ("1e308", "-9e307", "1000001"):
        diagram.editor.selectAll()
        qtbot.keyClicks(diagram.editor, text)
        qtbot.keyClick(diagram.editor, Qt.Key.Key_Return)
        assert diagram.editor.isVisible() and "between -1,000,000 and 1,000,000" in diagram.note.text(), text
    controller.step(1)
    qtbot.waitUntil(lambda: controller.latest.step >= 1, timeout=5000)
    assert abs(float(controller.latest.parameters["dense1.W"][0, 0]) - before) < 1.0  # nothing was set


def test_a_structure_change_drops_the_hover_card_and_the_open_editor(qtbot, controller, diagram):
    assert diagram.start_edit(ScalarRef("dense2.W", (1, 3)), QPointF(40, 40))
    diagram.hover, diagram.hover_text = ScalarRef("dense2.W", (1, 3)), "old card"
    assert controller.set_hyperparameter("hidden_layers", (3,))  # dense2.W is now the output layer's (1, 3)
    qtbot.waitUntil(lambda: controller.latest.spec.layer_sizes == (2, 3, 1), timeout=5000)
    diagram.refresh()
    assert diagram.hover is None and diagram.hover_text == "" and not diagram.editor.isVisible()


def test_an_edit_typed_across_a_structure_change_is_not_applied_to_another_weight(qtbot, controller, diagram):
    assert diagram.start_edit(ScalarRef("dense2.W", (0, 0)), QPointF(40, 40))
    qtbot.keyClicks(diagram.editor, "")  # the editor is open while the learner changes the architecture
    assert controller.set_hyperparameter("hidden_layers", (3, 3))
    qtbot.waitUntil(lambda: controller.latest.spec.layer_sizes == (2, 3, 3, 1), timeout=5000)
    diagram.editor.committed.emit("dense2.W", (0, 0), 0.75)  # Enter pressed after the change
    assert "was not changed: the model's structure changed" in diagram.note.text()
    controller.step(1)
    qtbot.waitUntil(lambda: controller.latest.step >= 1, timeout=5000)
    assert float(controller.latest.parameters["dense2.W"][0, 0]) != 0.75


def test_the_weight_maps_forget_a_hovered_cell_of_the_old_structure(qtbot, controller):
    from gradientdesk.ui.inspect.weight_maps import READOUT_HINT, WeightMaps

    maps = WeightMaps(controller)
    qtbot.addWidget(maps)
    maps.resize(900, 300)
    maps.show()
    qtbot.waitExposed(maps)
    maps.refresh()
    maps.hovered = ScalarRef("dense1.W", (0, 1))
    assert controller.set_hyperparameter("hidden_layers", (5,))
    qtbot.waitUntil(lambda: controller.latest.spec.layer_sizes == (2, 5, 1), timeout=5000)
    maps.refresh()
    assert maps.hovered is None and maps.readout.text() == READOUT_HINT
