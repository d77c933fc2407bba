"""Update inspector: the selected parameter's last update as the optimizer's actual equation, with the numbers.

For SGD with L2 it reads  w ← w − lr·(∂L/∂w + λ·w)  over  0.4137 ← 0.421 − 0.03·(0.2383 + 0.001·0.421);
momentum, Nesterov, AdaGrad, RMSProp and Adam show their state the same way (engine/update_equation.py rebuilds
everything from a snapshot). Below it two sparklines: the parameter's value over the whole run (the controller's
parameter history) and its gradient over the last snapshots (a small ring kept here, since the history holds values
only). Stepping with the Right arrow makes each step a worked example.

Which snapshot explains a step: the first one that reports it. Later snapshots with the same step count come from
a live hyperparameter change or a value typed by hand; they would pair the old update with the new learning rate
or value, so the equation stays with the step's own snapshot and hyperparameters and a note says what changed.
Refreshes are paced by SecondaryRefresh, but a new selection is shown at once.
"""

from __future__ import annotations

import html
import time
from collections import deque

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...bridge.controller import Controller
from ...engine.scalar_ref import ScalarRef
from ...engine.snapshot import Snapshot
from ...engine.update_equation import UpdateEquation, update_equation
from ..i18n import decimal_text, fill
from ..i18n import fmt_text as fmt
from ..model_texts import ModelTexts
from ..plots.plot_items import TimedPlotWidget, configure_pyqtgraph
from ..sync.refresh import SecondaryRefresh
from ..theme import palette
from ..theme.theme import Theme
from . import CatchUpWhenShown, fixed_font, on_screen
from .parameter_picker import ParameterPicker

TITLE = "Update inspector"
RING = 600  # gradients kept for the sparkline (one per snapshot)
EQUATION_SIZE = 1.25  # x the monospace font: the lesson of the view, readable from the back of a room
INFO_COLOR = "#444444"
ZERO_COLOR = "#BBBBBB"
SPARK_HEIGHT, SPARK_LABEL_WIDTH = 54, 120  # px at scale 1
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def glossary_html(optimizer: str, regularized: bool, title: str | None = None,
                  texts: ModelTexts | None = None) -> str:
    """The symbols of the equation: the common ones, the penalty's, then the optimizer's own (update_rules.py), what
    they mean in the interface language. `title`: the translated "<b>Symbols</b>%1", `texts` a ModelTexts (both
    translated here when not given)."""
    rows = (texts or ModelTexts()).glossary(optimizer, regularized)
    body = "".join(f"<tr><td><b>{html.escape(s)}</b>&nbsp;&nbsp;</td><td>{html.escape(t)}</td></tr>" for s, t in rows)
    return fill(title or translate("UpdateInspector", "<b>Symbols</b>%1"), f"<table>{body}</table>")


def equation_html(eq: UpdateEquation, muted: str = "#555555", changed: str | None = None) -> str:
    """Each line of the equation in symbols (`muted`, a grey) over the same line in numbers (black), monospace.
    `changed`: the translated "this step changed %1 by" (translated here when not given)."""
    blocks = []
    for symbolic, numeric in eq.lines:
        blocks.append(f"<span style='color:{muted}'>{html.escape(symbolic)}</span><br>"
                      f"<b>{html.escape(decimal_text(numeric))}</b>")  # the engine writes its numbers with '.'
    changed = changed or translate("UpdateInspector", "this step changed %1 by")
    change = (f"<span style='color:{muted}'>{html.escape(fill(changed, eq.symbol))}</span> "
              f"<b>Δ{eq.symbol} = {html.escape(fmt(eq.update))}</b>")
    return "<div style='white-space:pre'>" + "<br><br>".join([*blocks, change]) + "</div>"


class Sparkline(QWidget):
    """A name, the latest number and a small line plot without axes (min and max given in the tooltip)."""

    def __init__(self, title: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title  # translated by the caller
        # translated once: the sparkline follows training
        self.range_text = translate("UpdateInspector", "%1 %2: from %3 to %4 (grey line: 0)")
        self.color = color
        self.label = QLabel(title)
        self.plot_widget = TimedPlotWidget(background="w")
        plot = self.plot_widget.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        self.zero = pg.InfiniteLine(angle=0, pos=0.0)
        plot.addItem(self.zero)
        self.curve = pg.PlotCurveItem(antialias=True)
        plot.addItem(self.curve)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.plot_widget, 1)
        self.apply_theme(Theme())

    def apply_theme(self, theme: Theme) -> None:
        """The line, the zero line and the sparkline's height and label width from `theme`."""
        self.label.setMinimumWidth(theme.pixels(SPARK_LABEL_WIDTH))
        self.plot_widget.setFixedHeight(theme.pixels(SPARK_HEIGHT))
        self.zero.setPen(theme.pen(ZERO_COLOR))
        self.curve.setPen(theme.pen(self.color, 1.5))

    def set_data(self, xs: np.ndarray, ys: np.ndarray, what: str) -> None:
        finite = np.isfinite(ys)
        self.curve.setData(xs, np.where(finite, ys, 0.0))
        if not finite.any():
            self.label.setText(f"{self.title}<br>—")
            return
        lo, hi = float(ys[finite].min()), float(ys[finite].max())
        self.label.setText(f"{self.title}<br><b>{html.escape(fmt(float(ys[-1])))}</b>")
        self.setToolTip(fill(self.range_text, self.title, what, fmt(lo), fmt(hi)))
        span = max(hi - lo, 1e-9 * max(abs(lo), abs(hi)), 1e-12)
        self.plot_widget.getPlotItem().setYRange(lo - 0.1 * span, hi + 0.1 * span, padding=0)
        self.zero.setVisible(lo < 0 < hi)
        if len(xs):
            self.plot_widget.getPlotItem().setXRange(float(xs[0]), float(xs[-1]), padding=0.02)


class UpdateInspector(CatchUpWhenShown, QWidget):
    """The last update of `controller`'s selected parameter (the first weight when nothing is selected).
    `picker` chooses the parameter, `header` says what it is, `equation` holds the equation, `note` explains when
    it cannot be shown, `value_line` / `gradient_line` are the sparklines; `current` is the UpdateEquation shown,
    `theme` what it is drawn with."""

    TITLE = TITLE

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_pyqtgraph()
        self.controller = controller
        self.theme = Theme()
        self.current: UpdateEquation | None = None
        self.name = ""  # the flat name shown
        self.last_update_ms = 0.0
        self.gradients: deque[tuple[int, float]] = deque(maxlen=RING)
        self._step_snap: Snapshot | None = None  # the first snapshot reporting the current step (and its hp)
        self._stale = True
        self._names: list[str] = []
        self._columns: dict[str, int] = {}
        self.model_texts = ModelTexts()  # the engine's words (what a parameter is, optimizers, symbols), translated
        # translated once: the texts follow training
        self.texts = {
            "first": translate("UpdateInspector", " (nothing selected: the first weight)"),
            "header": translate("UpdateInspector", "<b>%1</b>%2: %3"),
            "step": translate("UpdateInspector", "step %1 · %2"),
            "t": translate("UpdateInspector", " · t = %1"), "lr": translate("UpdateInspector", " · learning rate %1"),
            "penalty": translate("UpdateInspector", " · %1 λ = %2"),
            "changed": translate("UpdateInspector", "this step changed %1 by"),
            "symbols": translate("UpdateInspector", "<b>Symbols</b>%1"),
            "diverged": translate("UpdateInspector", "Training diverged: the parameters were put back to their last "
                                                     "finite values, so there is no last update to show. Lower the "
                                                     "learning rate and press Reset."),
            "no step": translate("UpdateInspector", "No step with %1 yet: press Right (→) to take one minibatch step "
                                                    "and see its update written out."),
            "biases": translate("UpdateInspector", "Biases are not regularized: no λ term."),
            "inconsistent": translate("UpdateInspector", "These numbers do not add up exactly: a hyperparameter was "
                                                         "changed after this step."),
            "by hand": translate("UpdateInspector", "Set by hand to %1 after this step."),
            "hp changed": translate("UpdateInspector", "The hyperparameters changed after this step: the next step "
                                                       "uses the new values."),
            "whole run": translate("UpdateInspector", "over the whole run"),
            "last": translate("UpdateInspector", "over the last %1 snapshots"),
        }

        self.picker = ParameterPicker(self)
        self.picker.setToolTip(translate("UpdateInspector",
                                         "The parameter to inspect (also selected in the table, traces and diagram)."))
        self.picker.picked.connect(controller.select_parameter)
        self.header = QLabel(" ")
        self.header.setWordWrap(True)
        self.info = QLabel(" ")
        self.equation = QLabel(" ")
        self.equation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(" ")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {palette.VERMILLION}")
        self.value_line = Sparkline(translate("UpdateInspector", "value over the run"), palette.BLUE)
        self.gradient_line = Sparkline(translate("UpdateInspector", "gradient g per step"), palette.VERMILLION)
        top = QGridLayout()
        top.addWidget(QLabel(translate("UpdateInspector", "Parameter")), 0, 0)
        top.addWidget(self.picker, 0, 1)
        top.setColumnStretch(1, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.info)
        layout.addWidget(self.equation)
        layout.addWidget(self.note)
        layout.addWidget(self.value_line)
        layout.addWidget(self.gradient_line)
        layout.addStretch(1)
        scroll = QScrollArea()  # a short dock scrolls instead of squeezing the equation
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.throttle = SecondaryRefresh(self, controller, self.refresh,
                                         lambda: self.last_update_ms + self.value_line.plot_widget.last_paint_ms,
                                         active=lambda: on_screen(self))
        controller.snapshot_ready.connect(self._on_snapshot)
        controller.selection_changed.connect(self._on_selection_changed)
        controller.history_reset.connect(self.gradients.clear)
        self.apply_theme(self.theme)
        if controller.latest is not None:
            self._on_snapshot(controller.latest)

    def apply_theme(self, theme: Theme) -> None:
        """The equation's font and greys, the info line's grey and the sparklines drawn with `theme`."""
        self.theme = theme
        self.equation.setFont(fixed_font(theme, EQUATION_SIZE))
        self.info.setStyleSheet(f"color: {theme.grey(INFO_COLOR)}")
        self.value_line.apply_theme(theme)
        self.gradient_line.apply_theme(theme)
        if self.current is not None and self.equation.text().strip():
            self.equation.setText(equation_html(self.current, theme.palette.muted, self.texts["changed"]))

    # ---- which parameter ----------------------------------------------------------------------------------------
    def _target(self, snap: Snapshot) -> ScalarRef | None:
        """The selected scalar, or the model's first weight when nothing (valid) is selected."""
        ref = ScalarRef.parse(self.controller.selection)
        return ref if snap.spec.has(ref) else snap.spec.first_weight()

    def _on_selection_changed(self, _name: str) -> None:
        self.gradients.clear()
        if on_screen(self):
            self.refresh()  # at once: the learner just clicked
        else:
            self._stale = True

    # ---- updates ------------------------------------------------------------------------------------------------
    def _on_snapshot(self, snap: Snapshot) -> None:
        step_snap = self._step_snap
        if step_snap is None or (snap.step, snap.optimizer, snap.optimizer_t) != (
                step_snap.step, step_snap.optimizer, step_snap.optimizer_t):
            self._step_snap = snap
        ref = self._target(snap)
        if ref is not None and (not self.gradients or self.gradients[-1][0] != snap.step):
            try:
                self.gradients.append((snap.step, float(snap.gradients[ref.name][ref.index])))
            except (KeyError, IndexError):
                self.gradients.clear()
        self.throttle.request()  # out of sight (a background tab) it only remembers that it is behind

    def catch_up(self) -> None:
        """Brought to the front: draw what was skipped while out of sight."""
        if (self._stale or self.throttle.pending) and on_screen(self):
            self.throttle.fire()

    def refresh(self) -> None:
        """Show the equation of the last step for the selected parameter, and the sparklines."""
        t0 = time.perf_counter()
        snap, step_snap = self.controller.latest, self._step_snap
        if snap is None or step_snap is None:
            return
        self._stale = False
        ref = self._target(snap)
        if ref is None:
            return
        self.name = ref.flat
        history = self.controller.parameter_history
        names = history.names if history is not None else []
        if names is not self._names:  # a new model: new names to pick from
            self._names, self._columns = names, {name: i for i, name in enumerate(names)}
            self.picker.set_names(list(names), ref.flat)
        self.picker.show_name(ref.flat)
        chosen = "" if self.controller.selection == ref.flat else self.texts["first"]
        sentence = self.model_texts.meaning(snap.spec, ref)
        self.header.setText(fill(self.texts["header"], ref.flat, chosen, html.escape(sentence)))
        self.current = update_equation(step_snap, ref)  # with the hyperparameters that step was made with
        self._show_equation(snap, step_snap, ref)
        self._show_sparklines(ref)
        self.last_update_ms = (time.perf_counter() - t0) * 1e3

    def _show_equation(self, snap: Snapshot, step_snap: Snapshot, ref: ScalarRef) -> None:
        eq, hp = self.current, step_snap.hyperparameters
        optimizer = self.model_texts.optimizer(step_snap.optimizer)
        texts = self.texts
        if snap.diverged:
            self.info.setText(fill(texts["step"], snap.step, optimizer))
            self.equation.setText(" ")
            self.note.setText(texts["diverged"])
            return
        if eq is None:
            self.info.setText(fill(texts["step"], snap.step, optimizer))
            self.equation.setText(" ")
            self.note.setText(fill(texts["no step"], optimizer))
            return
        regularized = eq.regularization != "none"
        self.info.setText(fill(texts["step"], eq.step, optimizer)
                          + (fill(texts["t"], eq.t) if eq.optimizer == "adam" else "")
                          + fill(texts["lr"], fmt(eq.lr))
                          + (fill(texts["penalty"], eq.regularization.upper(), fmt(eq.rate)) if regularized else ""))
        self.equation.setText(equation_html(eq, self.theme.palette.muted, texts["changed"]))
        self.equation.setToolTip(glossary_html(eq.optimizer, regularized, texts["symbols"], self.model_texts))
        notes = []
        if eq.symbol != "w" and hp.regularization != "none" and hp.regularization_rate > 0:
            notes.append(texts["biases"])
        if not eq.consistent:
            notes.append(texts["inconsistent"])
        now = snap.parameters.get(ref.name)
        if snap is not step_snap and now is not None and float(now[ref.index]) != eq.after:
            notes.append(fill(texts["by hand"], fmt(float(now[ref.index]))))
        if snap is not step_snap and snap.hyperparameters != step_snap.hyperparameters:
            notes.append(texts["hp changed"])
        self.note.setText(" ".join(notes))

    def _show_sparklines(self, ref: ScalarRef) -> None:
        history = self.controller.parameter_history
        if history is not None and len(history):
            column = self._columns.get(ref.flat, -1)
            if column >= 0:
                self.value_line.set_data(history.steps, history.values[:, column].astype(np.float64),
                                         self.texts["whole run"])
        if self.gradients:
            steps, grads = np.array(self.gradients).T
            self.gradient_line.set_data(steps, grads, fill(self.texts["last"], len(grads)))

