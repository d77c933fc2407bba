"""The Scale view (a stage view, Ctrl+7): from the learner's network to GPT-3 with one counting rule.

A model chooser over five pages: Ladder (every model on a log scale, the learner's at the bottom, and the
memorizing ratio), Table (exact counts, training data, parameters per example; CSV), Explore (the chosen model's
components with their formulas; width, depth, vocabulary and context to change), Cost (memory, training and use)
and Tokens (a sentence split into GPT-2 tokens). The learner's row follows the model on the canvas; while training
it is refreshed at most twice a second, and only while the view is on screen (a hidden view costs the training
nothing).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...bridge.controller import Controller
from ...engine.model_spec import ModelSpec
from ...engine.scale_ladder import LadderModel, explore, ladder
from ...engine.scale_learner import LearnerRun
from ...engine.snapshot import Snapshot
from ..i18n import fill
from ..theme.theme import Theme
from .cost_page import CostPage
from .explore_page import ExplorePage
from .ladder_page import LadderPage, LadderRow
from .scale_words import learner_parts, learner_title
from .token_page import TokenPage

LEARNER_REFRESH_S = 0.5
EXAMPLE_UNITS = {"transformer": "tokens", "encoder": "tokens", "convnet": "images"}
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


class ScaleView(QWidget):
    """The Scale view over `controller` (read only: it never changes the learner's model). `lesson_asked(file)`
    when the learner follows a link to a lesson."""

    lesson_asked = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scale_view")
        self.controller = controller
        self.published: list[LadderModel] = ladder()
        self.models: list[LadderModel] = list(self.published)  # as explored (edited) by the learner
        self.chosen = 0  # 0: the learner's model; i >= 1: self.models[i - 1]
        self.spec: ModelSpec | None = None
        self.run: LearnerRun | None = None
        self._refreshed_at = 0.0

        self.chooser = QComboBox(self)
        self.chooser.setObjectName("scale_chooser")
        self.chooser.setToolTip(translate("ScaleView", "The model the Explore, Cost and Tokens pages show (or click "
                                                       "its bar in the ladder)."))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("scale_tabs")
        self.ladder_page = LadderPage(self)
        self.explore_page = ExplorePage(self)
        self.cost_page = CostPage(self)
        self.token_page = TokenPage(self)
        self.tabs.addTab(self.ladder_page, translate("ScaleView", "Ladder"))
        self.tabs.addTab(self.ladder_page.table_page, translate("ScaleView", "Table"))
        self.tabs.addTab(self.explore_page, translate("ScaleView", "Explore"))
        self.tabs.addTab(self.cost_page, translate("ScaleView", "Cost"))
        self.tabs.addTab(self.token_page, translate("ScaleView", "Tokens"))
        self.tabs.setTabToolTip(0, translate("ScaleView", "Every model's parameter count on one log scale, yours at "
                                                          "the bottom."))
        self.tabs.setTabToolTip(1, translate("ScaleView", "Every model's exact count, what it was trained on, and "
                                                          "parameters per example."))
        self.tabs.setTabToolTip(2, translate("ScaleView", "The chosen model's parts with their formulas; change its "
                                                          "size and recount."))
        self.tabs.setTabToolTip(3, translate("ScaleView", "Memory and compute for the chosen model, and your run on "
                                                          "the same scale."))
        self.tabs.setTabToolTip(4, translate("ScaleView", "What a token is: a sentence split into GPT-2's tokens and "
                                                          "their ids."))

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ScaleView", "Model:"), self))
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.chooser.currentIndexChanged.connect(self.choose)
        self.ladder_page.row_chosen.connect(self.choose)
        self.ladder_page.lesson_asked.connect(self.lesson_asked)
        self.ladder_page.csv_button.clicked.connect(self._save_csv)
        self.explore_page.edited.connect(self._explore)
        self.explore_page.reset_asked.connect(self._reset_model)
        controller.snapshot_ready.connect(self._on_snapshot)
        controller.structure_changed.connect(self._on_structure)
        self._learner_from(controller.latest)
        self._fill()

    # ---- the learner's model -------------------------------------------------------------------------------------
    def _on_structure(self, spec: ModelSpec) -> None:
        self.spec = spec
        self.run = None
        if self.isVisible():
            self._refresh_learner()

    def _on_snapshot(self, snap: Snapshot) -> None:
        now = time.monotonic()
        if not self.isVisible() or now - self._refreshed_at < LEARNER_REFRESH_S:
            return
        self._refreshed_at = now
        self._learner_from(snap)
        self._refresh_learner()

    def _learner_from(self, snap: Snapshot | None) -> None:
        if snap is None:
            self.spec, self.run = None, None
            return
        self.spec = snap.spec
        self.run = LearnerRun(learner_title(snap.spec), snap.parameter_count, snap.n_train, snap.step,
                              snap.examples_seen)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._learner_from(self.controller.latest)
        self._refresh_learner()

    def _learner_row(self) -> LadderRow:
        if self.run is None:
            return LadderRow(translate("ScaleView", "Your model"), 0, 0, "points")
        return LadderRow(self.run.name, self.run.parameters, self.run.training_points, "points")

    def _refresh_learner(self) -> None:
        row = self._learner_row()
        if not self.ladder_page.rows or self.ladder_page.rows[0] != row:
            self.ladder_page.update_learner(row)
            self.chooser.setItemText(0, row.name)
        if self.chosen == 0:
            self._show_chosen()
        elif self.tabs.currentWidget() is self.cost_page:
            self._show_cost()

    # ---- the ladder ----------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        rows = [self._learner_row()] + [
            LadderRow(m.name, m.total, m.training_tokens or m.training_images or 0,
                      EXAMPLE_UNITS.get(m.kind, "examples"), m.source)
            for m in self.models]
        self.ladder_page.set_rows(rows)
        blocked = self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems([row.name for row in rows])
        self.chooser.setCurrentIndex(self.chosen)
        self.chooser.blockSignals(blocked)
        self.ladder_page.choose(self.chosen)
        self._show_chosen()

    def choose(self, index: int) -> None:
        """Show model `index` (0: the learner's; else the ladder's, smallest first) on every page."""
        if not 0 <= index <= len(self.models):
            return
        self.chosen = index
        blocked = self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(index)
        self.chooser.blockSignals(blocked)
        self.ladder_page.choose(index)
        self.explore_page.show_problem("")
        self._show_chosen()

    def chosen_model(self) -> LadderModel | None:
        return None if self.chosen == 0 else self.models[self.chosen - 1]

    def _show_chosen(self) -> None:
        model = self.chosen_model()
        if model is None:
            parts = learner_parts(self.spec) if self.spec is not None else ()
            total = self.run.parameters if self.run is not None else 0
            self.explore_page.show_components(
                self._learner_row().name, parts, total, {},
                note=translate("ScaleView", "Change your model's layers and neurons in the Hyperparameters panel: "
                                            "the count follows."))
        else:
            fields = {name: int(getattr(model.config, name)) for name in model.editable}
            note = "" if model.editable else translate("ScaleView", "A fixed published architecture: its layers are "
                                                                    "listed as built.")
            self.explore_page.show_components(model.name, model.components, model.total, fields, note)
            if model.kind != "convnet":  # a convnet reads images: the token page keeps the last text model's table
                self.token_page.set_table(model.name, int(model.config.vocabulary), int(model.config.width))
        self._show_cost()

    def _show_cost(self) -> None:
        model = self.chosen_model()
        if model is None:
            if self.run is not None:
                self.cost_page.show_cost(self.run.name, self.run.parameters, None, self.run)
        else:
            self.cost_page.show_cost(model.name, model.total, model.training_tokens, self.run, model.tokens_source)

    # ---- exploring ------------------------------------------------------------------------------------------------
    def _explore(self, changes: dict[str, int]) -> None:
        model = self.chosen_model()
        if model is None:
            return
        original = self.published[self.chosen - 1]
        try:
            edited = explore(original, **changes)
        except ValueError as error:
            self.explore_page.show_problem(str(error))
            return
        self.explore_page.show_problem("")
        self.models[self.chosen - 1] = edited
        self._fill()

    def _reset_model(self) -> None:
        if self.chosen:
            self.models[self.chosen - 1] = self.published[self.chosen - 1]
            self.explore_page.show_problem("")
            self._fill()

    # ---- theme and export -----------------------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.ladder_page.plot.apply_theme(theme)

    def _save_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("ScaleView", "Save the ladder as CSV"),
                                              "model-sizes.csv", translate("ScaleView", "CSV (*.csv)"))
        if path:
            self.save_csv(path)

    def save_csv(self, path: str | Path) -> bool:
        try:
            self.ladder_page.write_csv(path)
        except OSError as error:
            self.ladder_page.show_problem(fill(translate("ScaleView", "The table could not be saved to %1: %2."),
                                               path, error.strerror))
            return False
        self.ladder_page.show_problem("")
        self.controller.status.emit(fill(translate("ScaleView", "Saved the model sizes to %1"), path))
        return True
