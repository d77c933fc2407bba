"""The Lessons start page: every bundled lesson as a card (number, title, goal, an Open button), two per row.

It only lists and reports a choice (`chosen(index)`); `ui/lessons/lessons.py` opens the lesson.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from .lessons import LessonInfo

COLUMNS = 2
INTRO = ("Each lesson opens a ready state — data, model and hyperparameters — and shows its steps in the Lesson "
         "panel. One idea per lesson; they build on each other, but each one stands alone.")


class LessonCard(QFrame):
    """One lesson: "Lesson 3", its title, its goal, and an Open button (`open_button`)."""

    def __init__(self, number: int, info: LessonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"lesson_card_{number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        caption = QLabel(f"Lesson {number}", self)
        caption.setStyleSheet("color: #505050;")
        title = QLabel(info.title, self)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        title.setFont(font)
        goal = QLabel(info.goal or "(no goal given)", self)
        goal.setWordWrap(True)
        goal.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton("Open lesson", self)
        self.open_button.setObjectName(f"open_lesson_{number}")
        self.open_button.setToolTip(f"Set up lesson {number} and show its steps.")
        self.open_button.setAccessibleName(f"Open lesson {number}: {info.title}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(caption)
        layout.addWidget(title)
        layout.addWidget(goal, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)


class LessonsDialog(QDialog):
    """Lists `lessons` (LessonInfo); emits `chosen(index)` and closes when one is opened. `cards` in order."""

    chosen = Signal(int)

    def __init__(self, lessons: Sequence[LessonInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessons_dialog")
        self.setWindowTitle("Lessons")
        intro = QLabel(INTRO, self)
        intro.setWordWrap(True)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.cards: list[LessonCard] = []
        for i, info in enumerate(lessons):
            card = LessonCard(i + 1, info, grid_host)
            card.open_button.clicked.connect(lambda _=False, index=i: self._choose(index))
            grid.addWidget(card, i // COLUMNS, i % COLUMNS)
            self.cards.append(card)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        if not lessons:
            grid.addWidget(QLabel("No lessons were found in this installation.", grid_host), 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(900, 680)

    def _choose(self, index: int) -> None:
        self.accept()
        self.chosen.emit(index)
