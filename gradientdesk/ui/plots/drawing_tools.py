"""The state of the drawing tools of the data canvas: which tool, which class (or target value), brush radius and
spray count. A toolbar edits it; the canvas reads it on every dab. No drawing happens here."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

TOOLS = ("brush", "eraser", "inspect")  # inspect: a click shows the worked forward pass
MAX_RADIUS = 3.0
MAX_SPRAY = 50


class DrawingTools(QObject):
    """What a left press on the canvas does.

    * `tool`: "brush" adds points, "eraser" removes the points within `radius` (a right press always erases).
    * `class_index`: the class painted on classification data; `target_value`: the target painted on 2-D regression
      data (on 1-D regression data the target is the height of the cursor; unsupervised data take no value).
    * `radius`: brush radius in data units (0 .. 3); `spray`: points added per dab (1 .. 50). With spray > 1 and a
      radius > 0 the points are scattered uniformly over the disc, from a seeded generator (reproducible).

    `changed` is emitted after any of them changed.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None, seed: int = 2024) -> None:
        super().__init__(parent)
        self._tool = "brush"
        self._class_index = 0
        self._target_value = 1.0
        self._radius = 0.3
        self._spray = 1
        self.rng = np.random.default_rng(seed)

    # ---- properties -----------------------------------------------------------------------------------------------
    @property
    def tool(self) -> str:
        return self._tool

    @tool.setter
    def tool(self, value: str) -> None:
        if value not in TOOLS:
            raise ValueError(f"tool must be one of {', '.join(TOOLS)}; got {value!r}")
        self._set("_tool", value)

    @property
    def class_index(self) -> int:
        return self._class_index

    @class_index.setter
    def class_index(self, value: int) -> None:
        self._set("_class_index", max(0, int(value)))

    @property
    def target_value(self) -> float:
        return self._target_value

    @target_value.setter
    def target_value(self, value: float) -> None:
        value = float(value)
        if not np.isfinite(value):
            raise ValueError("the target value must be a finite number")
        self._set("_target_value", value)

    @property
    def radius(self) -> float:
        return self._radius

    @radius.setter
    def radius(self, value: float) -> None:
        self._set("_radius", float(min(max(value, 0.0), MAX_RADIUS)))

    @property
    def spray(self) -> int:
        return self._spray

    @spray.setter
    def spray(self, value: int) -> None:
        self._set("_spray", int(min(max(value, 1), MAX_SPRAY)))

    # Qt-style setters, convenient for connecting widgets' signals
    def set_tool(self, value: str) -> None:
        self.tool = value

    def set_class_index(self, value: int) -> None:
        self.class_index = value

    def set_target_value(self, value: float) -> None:
        self.target_value = value

    def set_radius(self, value: float) -> None:
        self.radius = value

    def set_spray(self, value: int) -> None:
        self.spray = value

    def _set(self, attribute: str, value: object) -> None:
        if getattr(self, attribute) != value:
            setattr(self, attribute, value)
            self.changed.emit()

    # ---- geometry ---------------------------------------------------------------------------------------------------
    def dab(self, center: tuple[float, float]) -> np.ndarray:
        """The (spray, 2) positions one dab at `center` adds: the centre itself for a single point or a zero radius,
        otherwise `spray` points uniform over the disc (r = R sqrt(u) makes the density uniform)."""
        cx, cy = center
        if self._spray == 1 or self._radius <= 0.0:
            return np.array([[cx, cy]], dtype=np.float64)
        r = self._radius * np.sqrt(self.rng.random(self._spray))
        theta = 2.0 * np.pi * self.rng.random(self._spray)
        return np.column_stack([cx + r * np.cos(theta), cy + r * np.sin(theta)])

    def dab_spacing(self) -> float:
        """Minimum cursor travel between two dabs of a drag: half the radius (0.15 for a zero radius)."""
        return max(self._radius, 0.3) / 2.0
