"""The hyperparameter panel as a learner first sees it: the choices made every time above the fold of a 1366x768
or 1280x720 laptop; the rare ones folded under "More settings", which says how many of them differ from default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from gradientdesk.engine.hyperparameters import Hyperparameters
from gradientdesk.ui.panels.hyperparameter_panel import MORE_TITLE

EVERY_TIME = ("model", "hidden_layers", "activation", "learning_rate", "batch_size", "optimizer")
RARE = ("output_activation", "loss", "beta1", "schedule", "max_epochs", "target_loss", "early_stopping_patience")


def fold_line(panel) -> int:
    """The y of the scroll area's lower edge, in the panel's content coordinates (no scrolling)."""
    return panel.scroll.viewport().height() + panel.scroll.verticalScrollBar().value()


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768), (1920, 1080)], ids=["1280x720", "1366x768", "1920x1080"])
def test_the_choices_made_every_time_are_above_the_fold(make_window, qtbot, screen):
    win = make_window()
    win.set_virtual_screen(QRect(0, 0, *screen))
    qtbot.wait(100)
    panel = win.hyperparameter_panel
    content = panel.scroll.widget()
    below = []
    for name in EVERY_TIME:
        control = panel.control(name)
        assert control.isVisibleTo(panel), name
        bottom = control.mapTo(content, QPoint(0, control.height())).y()
        if bottom > fold_line(panel):
            below.append((name, bottom, fold_line(panel)))
    assert below == []


def test_rare_settings_are_folded_and_the_title_counts_the_changed_ones(qtbot, make_window):
    win = make_window()
    panel, controller = win.hyperparameter_panel, win.controller
    assert all(Hyperparameters.info(name).rare for name in RARE)
    assert not any(Hyperparameters.info(name).rare for name in EVERY_TIME)
    assert not panel.more.expanded and panel.more.isVisibleTo(panel)
    assert all(panel.controls[name].parentWidget() is panel.more.body for name in RARE)
    assert not any(panel.control(name).isVisibleTo(panel) for name in RARE)
    # lesson 5 teaches the initial scale and the seed: they stay in sight, in the Initialization group
    assert panel.control("seed").parentWidget() is panel.groups["initialization"].body
    assert panel.more.toggle.text() == MORE_TITLE
    assert controller.set_hyperparameter("loss", "mse")  # e.g. a lesson that sets a rare setting
    qtbot.waitUntil(lambda: panel.more.toggle.text() == f"{MORE_TITLE} (1 changed)", timeout=3000)
    qtbot.mouseClick(panel.more.toggle, Qt.MouseButton.LeftButton)
    assert panel.control("loss").isVisibleTo(panel)
    assert panel.control("loss").currentData() == "mse"
    assert controller.set_hyperparameter("loss", Hyperparameters().loss)
    qtbot.waitUntil(lambda: panel.more.toggle.text() == MORE_TITLE, timeout=3000)


def test_a_heading_inside_more_shows_only_with_a_field_under_it(qtbot, make_window):
    win = make_window()
    panel, controller = win.hyperparameter_panel, win.controller
    qtbot.mouseClick(panel.more.toggle, Qt.MouseButton.LeftButton)
    model_heading = panel.headings["model"]
    assert model_heading.isVisibleTo(panel)  # output activation and loss of the network
    assert controller.set_hyperparameter("model", "pca")  # PCA has no loss and no output activation
    qtbot.waitUntil(lambda: not model_heading.isVisibleTo(panel), timeout=3000)
