"""Choosing a parameter in the network diagram without a mouse.

Tab reaches the diagram (a click does not take the focus, so Right stays the window's Step for a mouse user).
With the focus, Down or Right selects the next parameter and Up or Left the previous one, in the parameter table's
order (dense1.W[0,0], dense1.W[0,1], ..., dense1.b[0], dense2.W[0,0], ...); Page Down / Page Up jump to the first
parameter of the next / previous array (dense1.W -> dense1.b -> dense2.W ...); Home and End to the first and last.
The selection is every view's (Controller.select_parameter: the diagram highlights the edge, the table its row), and
the status bar reads the parameter, its value and its gradient, so it is known without seeing the highlight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from ...engine.scalar_ref import ScalarRef
from ..i18n import fill

if TYPE_CHECKING:
    from .network_diagram import NetworkDiagram

STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}
JUMPS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
ENDS = {Qt.Key.Key_Home: 0, Qt.Key.Key_End: -1}
HELP = QT_TRANSLATE_NOOP("Diagram", "Diagram: arrow keys choose the next or previous parameter, Page Up/Down the "
                         "array, Home/End the ends.")  # said translated
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def next_name(names: tuple[str, ...], current: str, key: int) -> str | None:
    """The parameter `key` moves the selection to from `current` (None: no parameters, or a key not used)."""
    if not names:
        return None
    if key in ENDS:
        return names[ENDS[key]]
    position = names.index(current) if current in names else -1
    if key in STEPS:
        if position < 0:
            return names[0] if STEPS[key] > 0 else names[-1]
        return names[min(max(position + STEPS[key], 0), len(names) - 1)]
    if key in JUMPS:
        arrays = [n.partition("[")[0] for n in names]  # 'dense1.W[0,1]' -> 'dense1.W' (ScalarRef.name)
        here = arrays[position] if position >= 0 else arrays[0]
        firsts = [k for k, a in enumerate(arrays) if k == 0 or a != arrays[k - 1]]
        current_first = max((k for k in firsts if arrays[k] == here), default=0)
        at = firsts.index(current_first) + JUMPS[key]
        return names[firsts[min(max(at, 0), len(firsts) - 1)]]
    return None


class DiagramKeys(QObject):
    """The diagram's keyboard selection (see the module docstring), as an event filter on its view."""

    def __init__(self, diagram: NetworkDiagram) -> None:
        super().__init__(diagram)
        self.diagram = diagram
        view = diagram.view
        view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        view.setAccessibleName(translate("Diagram", "Network diagram"))
        view.setAccessibleDescription(translate("Diagram", HELP))
        view.installEventFilter(self)

    @staticmethod
    def takes(event: QKeyEvent) -> bool:
        extra = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return not extra and event.key() in (*STEPS, *JUMPS, *ENDS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self.takes(event):
            event.accept()  # before the window's shortcuts: Right is also Step
            return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.takes(event):
            self.choose(event.key())
            return True
        if kind == QEvent.Type.FocusIn:
            self.diagram.controller.status.emit(translate("Diagram", HELP))
        return False

    def choose(self, key: int) -> None:
        spec = self.diagram.spec
        if spec is None:
            return
        controller = self.diagram.controller
        name = next_name(tuple(spec.flat_names), controller.selection, key)
        if name is None:
            return
        controller.select_parameter(name)
        controller.status.emit(self.describe(name))

    def describe(self, name: str) -> str:
        """'dense1.W[0,1] = 0.3638, gradient 0.04028' (what the reader hears on choosing it)."""
        ref, snap = ScalarRef.parse(name), self.diagram.controller.latest
        if ref is None or snap is None or ref.name not in snap.parameters:
            return fill(translate("Diagram", "Selected %1"), name)
        value = float(np.asarray(snap.parameters[ref.name])[ref.index])
        gradient = float(np.asarray(snap.gradients[ref.name])[ref.index]) if ref.name in snap.gradients else None
        if gradient is None:
            return fill(translate("Diagram", "Selected %1 = %2"), name, f"{value:.4g}")
        return fill(translate("Diagram", "Selected %1 = %2, gradient %3"), name, f"{value:.4g}", f"{gradient:.4g}")
