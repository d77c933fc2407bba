"""Titles of the tabbed docks under the canvas: a short name for the tab, the explanation inside the view.

Six docks share one tab bar there; with titles such as "Network diagram — neurons, weights and what each neuron
computes" every tab was elided to "Paramete…". So the dock (its tab, title bar and View-menu entry) is named by the
part before the dash, and the part after it becomes a grey caption in the view and the tooltip of its View-menu
entry.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QBoxLayout, QDockWidget, QLabel, QWidget

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
    layout = widget.layout()
    if isinstance(widget, Captioned):
        widget.add_caption(description)
    elif isinstance(layout, QBoxLayout) and layout.direction() == QBoxLayout.Direction.TopToBottom:
        layout.insertWidget(0, caption_label(description))
