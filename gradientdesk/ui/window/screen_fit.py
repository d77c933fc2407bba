"""Where the main window goes on a screen: pure rectangle arithmetic, no widgets.

A window opens at `default_rect(available)`: on a laptop or projector (less than FULL_BELOW px wide) the whole
available area (what the task bar and panels leave: every pixel goes to the stage), on a larger screen 90% of it, at
most MAX_DEFAULT, centred. A remembered or restored rectangle goes through `fit_rect`: no larger than the
available area and moved (not shrunk further) until it lies wholly inside it. `available` is
QScreen.availableGeometry() of the screen the window opens on, or the virtual screen of `--size WxH`.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

DEFAULT_SHARE = 0.9  # of the available width and height, on a large screen
FULL_BELOW = 1600  # px of available width: smaller screens give the window all of it
MAX_DEFAULT = QSize(1920, 1200)  # px: larger screens get a window of this size, not a wall of empty plots


def default_size(available: QSize) -> QSize:
    """All of `available` below FULL_BELOW px wide, else 90% of it in each direction, at most MAX_DEFAULT."""
    if available.width() < FULL_BELOW:
        return QSize(available)
    return QSize(min(round(available.width() * DEFAULT_SHARE), MAX_DEFAULT.width(), available.width()),
                 min(round(available.height() * DEFAULT_SHARE), MAX_DEFAULT.height(), available.height()))


def fit_rect(wanted: QRect, available: QRect) -> QRect:
    """`wanted` clamped into `available`: each side at most as long as the available one, then moved the least
    distance that puts it inside. A rectangle that already fits comes back unchanged."""
    width = max(1, min(wanted.width(), available.width()))
    height = max(1, min(wanted.height(), available.height()))
    left = min(max(wanted.x(), available.x()), available.x() + available.width() - width)
    top = min(max(wanted.y(), available.y()), available.y() + available.height() - height)
    return QRect(left, top, width, height)


def default_rect(available: QRect) -> QRect:
    """The first window on a screen: `default_size`, centred in `available`."""
    size = default_size(available.size())
    return QRect(available.x() + (available.width() - size.width()) // 2,
                 available.y() + (available.height() - size.height()) // 2, size.width(), size.height())


def fit_client_rect(client: QRect, frame: QMargins, available: QRect) -> QRect:
    """The client rectangle (QWidget.geometry) whose frame (title bar and borders: `frame` around it) fits in
    `available`."""
    outer = fit_rect(client.marginsAdded(frame), available)
    return outer.marginsRemoved(frame)


def fits(rect: QRect, available: QRect) -> bool:
    return available.contains(rect)
