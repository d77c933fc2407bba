"""The QGraphicsView of the network diagram.

Why QGraphicsView rather than a pyqtgraph GraphicsView: the diagram has no axes and no data coordinates to pan
and zoom; it needs items that paint themselves, hit-testing, hover tracking and an identity mapping between scene
and pixels (the layout is recomputed for the view's size, so text never shrinks). Plain Qt gives exactly that
without pyqtgraph's ViewBox, whose mouse handling would have to be switched off piece by piece.

Scene coordinates are viewport pixels: the scene rectangle is the viewport, aligned top-left, never scrolled.
Mouse events are handed to the owning widget (`NetworkDiagram`), which knows what lies where.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget


class DiagramOwner(Protocol):
    def hover_at(self, pos: QPointF | None, global_pos: QPoint) -> None: ...
    def click_at(self, pos: QPointF) -> None: ...
    def edit_at(self, pos: QPointF) -> None: ...
    def context_menu_at(self, pos: QPointF, global_pos: QPoint) -> None: ...
    def relayout(self) -> None: ...


class DiagramView(QGraphicsView):
    """Pixel-for-pixel view of the diagram's scene; `last_paint_ms` is the cost of its last paint."""

    def __init__(self, owner: DiagramOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.setScene(QGraphicsScene(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setMinimumSize(220, 140)
        self.last_paint_ms = 0.0

    def paintEvent(self, event: QPaintEvent) -> None:
        t0 = time.perf_counter()
        super().paintEvent(event)
        self.last_paint_ms = (time.perf_counter() - t0) * 1e3

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = self.viewport().size()
        self.setSceneRect(QRectF(0, 0, size.width(), size.height()))
        self.owner.relayout()

    def scene_pos(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.owner.hover_at(self.scene_pos(event), event.globalPosition().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.click_at(self.scene_pos(event))
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.edit_at(self.scene_pos(event))
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.owner.context_menu_at(self.mapToScene(event.pos()), event.globalPos())
        event.accept()

    def leaveEvent(self, event) -> None:
        self.owner.hover_at(None, QPoint())
        super().leaveEvent(event)
