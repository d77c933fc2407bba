"""Titles of the tabbed docks under the canvas: a short name for the tab, the explanation inside the view.

Six docks share one tab bar there; with titles such as "Network diagram — neurons, weights and what each neuron
computes" every tab was elided to "Paramete…". So the dock (its tab, title bar and View-menu entry) is named by the
part before the dash, and the part after it becomes a grey caption at the top of the view and the tooltip of its
View-menu entry.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QDockWidget, QLabel, QWidget

SEPARATOR = " — "


def split_title(title: str) -> tuple[str, str]:
    """("Network diagram", "Neurons, weights and what each neuron computes.") from the long title."""
    short, _, description = title.partition(SEPARATOR)
    description = description.strip()
    if description:
        description = description[0].upper() + description[1:]
        if not description.endswith("."):
            description += "."
    return short.strip(), description


def apply_tab_title(dock: QDockWidget, widget: QWidget, title: str) -> QLabel | None:
    """Name `dock` by the short part of `title`; put the rest above `widget`'s content (through its
    `add_caption(label)` if it has one, else at the top of its vertical layout). Returns the caption label."""
    short, description = split_title(title)
    dock.setWindowTitle(short)
    if not description:
        return None
    dock.toggleViewAction().setToolTip(description)
    dock.toggleViewAction().setStatusTip(description)
    caption = QLabel(description)
    caption.setObjectName("dock_caption")
    caption.setWordWrap(True)
    caption.setStyleSheet("color: #555555; font-style: italic")
    add_caption = getattr(widget, "add_caption", None)
    layout = widget.layout()
    if add_caption is not None:
        add_caption(caption)
    elif isinstance(layout, QBoxLayout) and layout.direction() == QBoxLayout.Direction.TopToBottom:
        layout.insertWidget(0, caption)
    else:
        caption.deleteLater()
        return None
    return caption
