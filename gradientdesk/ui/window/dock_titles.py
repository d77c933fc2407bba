"""Titles of docks and captions of views: a short name for the title bar, the explanation inside the view.

A dock titled "Loss — ..." is named by the part before the dash (its title bar and View-menu entry), and the part
after it becomes a grey caption in the view; the stage's views get their captions the same way (`caption_view`).
A side panel shows its whole title while it fits and its name alone when it would be elided.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDockWidget,
    QLabel,
    QStyle,
    QStyleOptionDockWidget,
    QWidget,
)

SEPARATOR = " — "


@runtime_checkable
class Captioned(Protocol):
    """A view that places its explanation itself (e.g. beside its other text, to keep its plot's height)."""

    def add_caption(self, text: str) -> None: ...
CAPTION_COLOR = "#555555"


def split_title(title: str) -> tuple[str, str]:
    """("Network diagram", "Neurons, weights and what each neuron computes.") from the long title."""
    short, _, description = title.partition(SEPARATOR)
    description = description.strip()
    if description:
        description = description[0].upper() + description[1:]
        if not description.endswith("."):
            description += "."
    return short.strip(), description


def caption_label(description: str) -> QLabel:
    """The grey, italic line that explains a view."""
    caption = QLabel(description)
    caption.setObjectName("dock_caption")
    caption.setWordWrap(True)
    caption.setStyleSheet(f"color: {CAPTION_COLOR}; font-style: italic")
    return caption


def apply_tab_title(dock: QDockWidget, widget: QWidget, title: str) -> None:
    """Name `dock` by the short part of `title` and show the rest in `widget`: through its `add_caption(text)` if
    it has one, else as a `caption_label` at the top of its vertical layout."""
    short, description = split_title(title)
    dock.setWindowTitle(short)
    if not description:
        return
    dock.toggleViewAction().setToolTip(description)
    dock.toggleViewAction().setStatusTip(description)
    caption_view(widget, description)


def caption_view(widget: QWidget, description: str) -> None:
    """Show `description` in `widget`: through its `add_caption(text)` if it has one, else as a `caption_label` at
    the top of its vertical layout (a widget with neither keeps no caption)."""
    layout = widget.layout()
    if isinstance(widget, Captioned):
        widget.add_caption(description)
    elif isinstance(layout, QBoxLayout) and layout.direction() == QBoxLayout.Direction.TopToBottom:
        layout.insertWidget(0, caption_label(description))


def title_room(dock: QDockWidget) -> int:
    """The width (px) a dock's title bar has for its text: left of its float and close buttons, less the style's
    margins (what QDockWidget elides the title to)."""
    buttons = [b.x() for b in dock.findChildren(QAbstractButton) if b.parent() is dock and b.isVisible()]
    option = QStyleOptionDockWidget()
    option.initFrom(dock)
    option.title = dock.windowTitle()
    option.closable = option.movable = option.floatable = True
    option.rect = QRect(0, 0, min([*buttons, dock.width()]), QFontMetrics(dock.font()).height() + 4)
    return dock.style().subElementRect(QStyle.SubElement.SE_DockWidgetTitleBarText, option, dock).width()


def title_elided(dock: QDockWidget) -> bool:
    return QFontMetrics(dock.font()).horizontalAdvance(dock.windowTitle()) > title_room(dock)


class ShortTitleWhenNarrow(QObject):
    """Shows a side panel's whole title ("Hyperparameters — you choose these") while it fits the dock's title bar,
    and only its name ("Hyperparameters") when it would be elided: a narrow screen, or presentation mode's larger
    font."""

    def __init__(self, dock: QDockWidget, title: str) -> None:
        super().__init__(dock)
        self.dock, self.long = dock, title
        self.short = split_title(title)[0]
        dock.setWindowTitle(title)
        dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.update()
        return False

    def update(self) -> None:
        room = title_room(self.dock)
        wanted = self.long if QFontMetrics(self.dock.font()).horizontalAdvance(self.long) <= room else self.short
        if self.dock.windowTitle() != wanted:
            self.dock.setWindowTitle(wanted)
