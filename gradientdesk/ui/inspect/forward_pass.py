"""Worked forward pass: click a point (Inspect tool, I, or Shift+click on the canvas) and see, layer by layer,
z = W x + b and a = f(z) with the real numbers for that input, ending in the prediction, the target, the point's
loss and the gradient it contributes (engine/forward_trace.py).

A click within PICK_RADIUS of a data point inspects that point (with its target); anywhere else inspects the
clicked position (no target, so no loss). The numbers follow training live (paced by SecondaryRefresh) and come
from a private copy of the model loaded with the newest snapshot's parameters: one point through the network is a
few microseconds, nothing the GUI thread would feel. Wide layers are shown by their first MAX_ENTRIES entries.
"""

from __future__ import annotations

import html
import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...bridge.controller import Controller
from ...engine.forward_trace import ForwardTrace, LayerStep, trace
from ..i18n import fill, list_separator
from ..i18n import fmt_text as fmt
from ..model_texts import ModelTexts
from ..sync.refresh import SecondaryRefresh
from ..theme.theme import Theme
from . import CatchUpWhenShown, fixed_font, on_screen
from .snapshot_model import SnapshotModel

TITLE = "Worked forward pass"
PICK_RADIUS = 0.3  # a click this close to a data point (axis units) inspects that point
MAX_ENTRIES = 8  # entries of a vector (or rows / columns of a matrix) shown before "…"
TEXT_SIZE = 1.1  # x the monospace font
HINT = QT_TRANSLATE_NOOP("ForwardPass", "Pick the <b>Inspect</b> tool (I) and click a data point — or Shift+click "
                         "anywhere on the canvas — to see what the model computes for it, layer by layer, with the "
                         "real numbers.")  # shown translated
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def vector_text(v: np.ndarray) -> str:
    """[0.1, -2.3, …] with at most MAX_ENTRIES entries."""
    shown = list_separator().join(fmt(float(x)) for x in v[:MAX_ENTRIES])
    return f"[{shown}{', …' if v.size > MAX_ENTRIES else ''}]"


def matrix_text(m: np.ndarray, indent: str, more_rows: str | None = None) -> str:
    """One bracketed row per line (at most MAX_ENTRIES rows and columns), aligned. `more_rows`: the translated
    "… %1 more rows" (translated here when not given)."""
    rows = m[:MAX_ENTRIES, :MAX_ENTRIES]
    cells = [[fmt(float(x)) for x in row] for row in rows]
    width = max((len(c) for row in cells for c in row), default=1)
    more_cols = " …" if m.shape[1] > MAX_ENTRIES else ""
    lines = [f"{indent}[{' '.join(c.rjust(width) for c in row)}{more_cols}]" for row in cells]
    if m.shape[0] > MAX_ENTRIES:
        more_rows = more_rows or translate("ForwardPass", "… %1 more rows")
        lines.append(f"{indent} {fill(more_rows, m.shape[0] - MAX_ENTRIES)}")
    return "\n".join(lines)


def worked_sum(step: LayerStep, unit: int = 0, terms_shown: int = 4) -> str:
    """The first neuron's sum written out: z[0] = w00·x0 + w01·x1 + b0 = value (the first `terms_shown`
    products, then "…")."""
    terms = [f"{fmt(float(w))}·{_paren(float(x))}" for w, x in zip(step.matrix[unit][:terms_shown],
                                                                   step.vector[:terms_shown], strict=True)]
    if step.matrix.shape[1] > terms_shown:
        terms.append("…")
    if np.any(step.offset):
        terms.append(_paren(float(step.offset[unit])))
    return f"{step.symbols[1]}[{unit}] = {' + '.join(terms)} = {fmt(float(step.result[unit]))}"


def _paren(x: float) -> str:
    return f"({fmt(x)})" if x < 0 else fmt(x)


class ForwardPassPanel(CatchUpWhenShown, QWidget):
    """The worked pass for the inspected point of `controller`'s data. `inspect_at(x, y)` picks a point by canvas
    coordinates; `trace` is the last ForwardTrace shown, `index` the data point's index (None for a free
    position); `marker_moved(x, y)` says where the canvas should ring the point; `theme` is what it is written with."""

    TITLE = TITLE
    marker_moved = Signal(object)  # (x, y) in canvas coordinates, or None

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.theme = Theme()
        self.model_copy = SnapshotModel()
        self.point: np.ndarray | None = None  # raw coordinates (d,)
        self.index: int | None = None
        self.target: float | None = None
        self.clicked_y = 0.0  # the height of a click on 1-D data (where a free point is ringed)
        self.trace: ForwardTrace | None = None
        self.last_update_ms = 0.0
        self._stale = True
        # translated once: the pass is rewritten as training runs
        self.texts = {
            "hint": translate("ForwardPass", HINT),
            "not ready": translate("ForwardPass", "The model is not ready for these data yet."),
            "data point": translate("ForwardPass", "data point #%1"),
            "position": translate("ForwardPass", "a position with no data point"),
            "header": translate("ForwardPass", "<b>Point (%1)</b>: %2 · parameters of step %3"),
            "inputs": translate("ForwardPass", "<b>Input features</b>  x = (%1)"),
            "rule": translate("ForwardPass", ",  %1 = f(%2) with %3"),
            "more rows": translate("ForwardPass", "… %1 more rows"),
            "class prediction": translate("ForwardPass", "<b>Prediction: <span style='color:%1'>class %2</span></b>"
                                                         "   (output %3)"),
            "prediction": translate("ForwardPass", "<b>Prediction: %1</b>"),
            "reconstruction": translate("ForwardPass", "<b>Reconstruction: %1</b>"),
            "no target": translate("ForwardPass", "Target: none (not a data point), so no loss and no gradient.\n"
                                                  "Click a data point to see its loss and the gradient it "
                                                  "contributes."),
            "class target": translate("ForwardPass", "<b>Target: class %1</b>   (encoded as %2)"),
            "target": translate("ForwardPass", "<b>Target: %1</b>"),
            "itself": translate("ForwardPass", "<b>Target: the point itself</b> %1"),
            "loss": translate("ForwardPass", "<b>Loss for this point (%1): %2</b>"),
            "gradient": translate("ForwardPass", "\n<b>Gradient this point contributes</b> (largest %1 of %2; click "
                                                 "a name to select it)"),
            "batch": translate("ForwardPass", "A minibatch step uses the mean of these over its %1 points (plus the "
                                              "penalty's gradient, if any)."),
        }

        self.model_texts = ModelTexts()  # the engine's step titles and loss names, translated

        self.header = QLabel(self.texts["hint"])
        self.header.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)

        self.throttle = SecondaryRefresh(self, controller, self.refresh, lambda: self.last_update_ms,
                                         active=lambda: on_screen(self))
        controller.snapshot_ready.connect(self._on_snapshot)
        controller.data_changed.connect(lambda _state: self._on_data_changed())
        self.apply_theme(self.theme)

    def apply_theme(self, theme: Theme) -> None:
        """The worked text's font and colours from `theme` (rewritten at once: a few hundred characters)."""
        self.theme = theme
        self.text.setFont(fixed_font(theme, TEXT_SIZE))
        if self.trace is not None:
            self._show(self.trace)

    # ---- picking ----------------------------------------------------------------------------------------------------
    def _positions(self) -> np.ndarray:
        """Where the canvas draws each data point (1-D data: (x, target))."""
        state = self.controller.data
        ds = state.dataset
        if ds is None:
            return np.empty((0, 2))
        if state.input_dim == 1:
            ys = ds.y.astype(np.float64) if state.task == "regression" else np.zeros(ds.n)
            return np.column_stack([ds.X[:, 0], ys])
        return np.asarray(ds.X, dtype=np.float64)

    def inspect_at(self, x: float, y: float) -> None:
        """Inspect the data point nearest to (x, y) if within PICK_RADIUS, else the position itself."""
        state = self.controller.data
        positions = self._positions()
        self.clicked_y = y
        if positions.shape[0]:
            d2 = ((positions - np.array([x, y])) ** 2).sum(axis=1)
            nearest = int(np.argmin(d2))
            if d2[nearest] <= PICK_RADIUS ** 2:
                self._use_index(nearest)
                self.refresh()
                return
        self.index, self.target = None, None
        self.point = np.array([x] if state.input_dim == 1 else [x, y], dtype=np.float64)
        self.refresh()

    def _use_index(self, i: int) -> None:
        ds = self.controller.data.dataset
        self.index = i
        self.point = np.array(ds.X[i], dtype=np.float64)
        self.target = None if ds.task == "unsupervised" else float(ds.y[i])

    def _on_data_changed(self) -> None:
        """Keep following the same point when the data change (its index may have moved), else go free."""
        if self.point is None:
            return
        ds = self.controller.data.dataset
        if ds is not None and ds.X.shape[1] != self.point.size:
            self.point, self.index, self.target = None, None, None  # 1-D and 2-D data share no points
            self.marker_moved.emit(None)
            self.text.clear()
            self.header.setText(self.texts["hint"])
            return
        if self.index is not None:
            same = np.flatnonzero(np.equal(ds.X, self.point).all(axis=1)) if ds is not None else np.empty(0, np.int64)
            if same.size:
                self._use_index(int(same[0]))
            else:
                self.index, self.target = None, None  # the point was erased: what the model says there
        self.refresh()

    def _on_link(self, url: QUrl) -> None:
        self.controller.select_parameter(url.toString().removeprefix("param:"))

    # ---- updates ----------------------------------------------------------------------------------------------------
    def _on_snapshot(self, _snap: object) -> None:
        if self.point is not None:
            self.throttle.request()  # out of sight (a background tab) it only remembers that it is behind

    def catch_up(self) -> None:
        """Brought to the front: draw what was skipped while out of sight."""
        if self.point is not None and (self._stale or self.throttle.pending) and on_screen(self):
            self.throttle.fire()

    def refresh(self) -> None:
        """Recompute the pass for the inspected point with the newest parameters and show it."""
        t0 = time.perf_counter()
        if self.point is None:
            return
        self._stale = False
        model = self.model_copy.get(self.controller.latest)
        if model is None or model.spec.input_dim != self.point.size:  # the snapshot is older than the data
            self.header.setText(self.texts["not ready"])
            return
        self.trace = trace(model, self.point, self.target)
        self.header.setText(self._header_text())
        self._show(self.trace)
        self.marker_moved.emit(self._marker())
        self.last_update_ms = (time.perf_counter() - t0) * 1e3

    def _show(self, t: ForwardTrace) -> None:
        scroll = self.text.verticalScrollBar().value()
        self.text.setHtml(self._html(t))
        self.text.verticalScrollBar().setValue(scroll)

    def _marker(self) -> tuple[float, float]:
        p = self.point
        if p.size == 1:
            if self.index is not None:
                return float(p[0]), float(self.target if self.target is not None else 0.0)
            return float(p[0]), float(self.trace.prediction[0]) if self.trace is not None else self.clicked_y
        return float(p[0]), float(p[1])

    def _header_text(self) -> str:
        coords = list_separator().join(fmt(float(v)) for v in self.point)
        snap = self.controller.latest
        texts = self.texts
        where = fill(texts["data point"], self.index) if self.index is not None else texts["position"]
        return fill(texts["header"], coords, where, snap.step if snap else 0)

    def _html(self, t: ForwardTrace) -> str:
        out: list[str] = []
        names = ", ".join(t.feature_names[:MAX_ENTRIES]) + (", …" if len(t.feature_names) > MAX_ENTRIES else "")
        texts = self.texts
        out.append(f"{fill(texts['inputs'], html.escape(names))}\n  x = {vector_text(t.features)}")
        for step in t.steps:
            z, a = step.symbols[1], step.symbols[2]
            rule = fill(texts["rule"], a, z, step.formula) if step.activation is not None else ""
            title = self.model_texts.step_title(step)
            lines = [f"<b>{html.escape(title)}</b>   <span style='color:{self.theme.palette.muted}'>"
                     f"{html.escape(step.equation + rule)}</span>",
                     f"  W =\n{matrix_text(step.matrix, '    ', texts['more rows'])}",
                     f"  b = {vector_text(step.offset)}" if np.any(step.offset) else "",
                     f"  {html.escape(worked_sum(step))}",
                     f"  {z} = {vector_text(step.result)}"]
            if step.activation is not None:
                lines.append(f"  {a} = {html.escape(step.activation)}({z}) = {vector_text(step.output)}")
            out.append("\n".join(line for line in lines if line))
        out.append(self._result_html(t))
        return "<pre style='margin:0'>" + "\n\n".join(out) + "</pre>"

    def _result_html(self, t: ForwardTrace) -> str:
        state = self.controller.data
        ds = state.dataset
        lines = []
        texts = self.texts
        if t.task == "classification":
            label = int(t.prediction[0])
            name = ds.class_names[label] if ds is not None and label < len(ds.class_names) else str(label)
            color = self.theme.palette.class_color(label)
            lines.append(fill(texts["class prediction"], color, html.escape(name), vector_text(t.output)))
        elif t.task == "regression":
            lines.append(fill(texts["prediction"], fmt(float(t.prediction[0]))))
        else:
            lines.append(fill(texts["reconstruction"], vector_text(t.prediction)))
        if t.loss is None:
            lines.append(texts["no target"])
            return "\n".join(lines)
        if t.task == "classification":
            k = int(t.target)
            name = ds.class_names[k] if ds is not None and k < len(ds.class_names) else str(k)
            lines.append(fill(texts["class target"], html.escape(name), vector_text(t.encoded_target)))
        elif t.task == "regression":
            lines.append(fill(texts["target"], fmt(float(t.target))))
        else:
            lines.append(fill(texts["itself"], vector_text(t.encoded_target)))
        lines.append(fill(texts["loss"], html.escape(self.model_texts.loss(t.loss_name)), fmt(t.loss)))
        total = len(t.gradient or {})
        lines.append(fill(texts["gradient"], len(t.top_gradient), total))
        for name, value in t.top_gradient:
            lines.append(f"  <a href='param:{html.escape(name)}'>{html.escape(name)}</a>  {fmt(value)}")
        snap = self.controller.latest
        batch = snap.hyperparameters.batch_size if snap is not None else self.controller.hyperparameters.batch_size
        lines.append(f"<span style='color:{self.theme.palette.muted}'>{html.escape(fill(texts['batch'], batch))}"
                     "</span>")
        return "\n".join(lines)

