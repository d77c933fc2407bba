"""Text that yields to a drawing when the view is short (large fonts on a projector in a low dock): a caption that
can shrink to one elided line, how tall a piece of text would be, and a font that fits rows a few pixels apart."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget

MIN_NAME_PT = 6.0  # the smallest font `fitted` gives


def text_height(html: str, font: QFont, width: int) -> float:
    """Height in pixels of rich text `html` in `font`, wrapped to `width` (as a word-wrapped QLabel lays it out)."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(max(1, width))
    return doc.size().height()


def fitted(font: QFont, pitch: float) -> QFont:
    """`font`, or a smaller copy when the names of neighbouring rows `pitch` px apart would overlap (their capitals
    taller than the pitch: large text in a low diagram)."""
    ascent = QFontMetrics(font).ascent()
    if ascent <= pitch:
        return font
    small = QFont(font)
    small.setPointSizeF(max(MIN_NAME_PT, font.pointSizeF() * pitch / ascent))
    return small


def plain(text: str) -> str:
    """`text` without markup (if it is rich text) on one line."""
    if QtGui.Qt.mightBeRichText(text):  # PySide6 has it in QtGui's Qt
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.split())


class OneLineLabel(QLabel):
    """A word-wrapped label that `set_one_line(True)` limits to one line: the text is then drawn plain and elided
    ("…"), with the whole of it in the tooltip. `text()` is always the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.one_line = False

    def set_one_line(self, on: bool) -> None:
        if on == self.one_line:
            return
        self.one_line = on
        self.setWordWrap(not on)
        self.setToolTip("")
        self.updateGeometry()
        self.update()

    def shown_text(self) -> str:
        """What is drawn: the text, or in one-line mode the part of it that fits."""
        if not self.one_line:
            return self.text()
        width = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(plain(self.text()), Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:
        if not self.one_line:
            return super().minimumSizeHint()
        margins = self.contentsMargins()
        return QSize(0, self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin())

    def sizeHint(self) -> QSize:
        if not self.one_line:
            return super().sizeHint()
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.one_line:
            super().paintEvent(event)
            return
        shown = self.shown_text()
        tip = self.text() if shown != plain(self.text()) else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
        painter = QPainter(self)
        rect: QRect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        # the style draws with the palette a style sheet's `color` set
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())
