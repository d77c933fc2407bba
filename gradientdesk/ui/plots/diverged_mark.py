"""The mark on the loss plot where training diverged: a black dash-dot line labelled 'diverged'. The curve up to
it stays (the trainer rolled back to its last finite parameters, the history keeps the rows); the loss axis is fitted
to the part before the loss ran away, so the explosion leaves the plot at the top, clipped, and the earlier curve stays
readable."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ..theme import palette
from ..theme.theme import DEFAULT_THEME, Theme

LABEL = QT_TRANSLATE_NOOP("LossPlot", "diverged")  # shown translated
COLOR = palette.BLACK  # not vermillion: that is the test curve's colour
HEADROOM = 1.5  # the fitted range reaches this times the highest loss before the run-away


class DivergedMark:
    """One labelled vertical line on `plot`, shown at `show(epoch)` and hidden by `show(None)`."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.theme = DEFAULT_THEME
        self.line = pg.InfiniteLine(angle=90, movable=False, label=QCoreApplication.translate("LossPlot", LABEL),
                                    labelOpts={"position": 0.15, "color": COLOR, "anchors": [(1, 0.5), (1, 0.5)]})
        self.line.setToolTip(QCoreApplication.translate(
            "LossPlot", "Training diverged here: the loss ran away (the part above the plot is cut off). The "
            "model shown is the last one with finite parameters, from before this line."))
        self.line.setZValue(-4)
        plot.addItem(self.line, ignoreBounds=True)
        self.line.hide()
        self.apply_theme(DEFAULT_THEME)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.line.setPen(theme.pen(COLOR, 1.5, Qt.PenStyle.DashDotLine))
        self.line.label.setColor(COLOR)
        self.line.label.setFont(theme.font(bold=True))

    @property
    def epoch(self) -> float | None:
        return float(self.line.value()) if self.line.isVisible() else None

    def show(self, epoch: float | None) -> None:
        if epoch is None:
            self.line.hide()
            return
        self.line.setValue(epoch)
        self.line.show()


def before_run_away(values: np.ndarray) -> np.ndarray:
    """The losses before the final run of rises (where the loss ran away), with the first of that run: the part of a
    diverged curve the loss axis is fitted to."""
    finite = np.flatnonzero(np.isfinite(values))
    if finite.size == 0:
        return values[:0]
    kept = values[finite]
    start = kept.size - 1
    while start > 0 and kept[start - 1] < kept[start]:
        start -= 1
    return kept[: start + 1]
