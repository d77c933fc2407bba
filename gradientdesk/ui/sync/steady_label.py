"""A one-line label whose text changes at every frame of training (the step counters) without laying out the window
again each time.

Why: QLabel.setText asks the label's parents for a new layout (QWidget::updateGeometry), and in a main window with
docks that costs about half a millisecond of the GUI thread per frame (measured with `bench --frame-costs`: the
main window's LayoutRequest, and the dock animations it starts). A widget whose minimum and maximum sizes are equal
asks nothing, so the label is held at a fixed size: the widest text shown so far in its font. A wider text, or a new
font (presentation mode, a theme), fixes it once more; a narrower text keeps the width, so the label never jitters.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QLabel):
    """A QLabel for one line of live text; `set_text` instead of setText (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_key = ""

    def set_text(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
            self._fit(grow_only=True)

    def natural_size(self) -> QSize:
        """The size the text needs in the label's font, as QLabel measures one line (its sizeHint cannot say:
        it never reports less than the fixed size)."""
        text = self.fontMetrics().boundingRect(QRect(), Qt.TextFlag.TextSingleLine, self.text())
        margins = self.contentsMargins()
        extra = 2 * self.margin()
        return QSize(text.width() + margins.left() + margins.right() + extra,
                     text.height() + margins.top() + margins.bottom() + extra)

    def _fit(self, grow_only: bool) -> None:
        need = self.natural_size()
        fixed = self.minimumSize() == self.maximumSize()
        width = max(need.width(), self.minimumWidth()) if grow_only and fixed else need.width()
        if not fixed or (width, need.height()) != (self.minimumWidth(), self.minimumHeight()):
            self.setFixedSize(width, need.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            key = self.font().key()
            if key != self._font_key:  # the widest text so far was measured in another font
                self._font_key = key
                self._fit(grow_only=False)
