"""The start page: what a first-time learner (or a teacher in front of a class) needs to begin.

One sentence on parameters vs hyperparameters; the bundled lessons as large clickable items (their title, and their
goal in at most two lines, the whole goal in the tooltip); "Free play": the preset datasets as buttons, grouped by
task; the recent files (hidden when there are none); and a "Show this page at start" check box. Enter opens the
focused item (the items are push buttons of a dialog), Esc closes.

It only shows and reports a choice (`lesson_chosen(index)`, `preset_chosen(name)`, `recent_chosen(path)`), closing
first; `ui/lessons/lessons.py` acts on it and remembers the check box.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...engine import generators
from ...engine.choices import TASK_LABELS
from ..i18n import fill
from ..window.preset_labels import group_title, preset_description, preset_title

if TYPE_CHECKING:
    from .lessons import LessonInfo

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

TITLE = QT_TRANSLATE_NOOP("StartPage", "Welcome to GradientDesk")  # both translated where shown
PARAMETERS_SENTENCE = QT_TRANSLATE_NOOP("StartPage", "<b>Parameters</b> (weights, biases) are what the model learns; "
                                        "<b>hyperparameters</b> (learning rate, layers, ...) are what you choose "
                                        "before training.")
LESSON_COLUMNS = 2
PRESET_COLUMNS = 3
ACCENT = "#0072B2"  # Okabe-Ito blue, as the plots
ITEM_STYLE = f"""
QPushButton#lesson_item {{ text-align: left; border: 1px solid #c4c9d0; border-radius: 6px; background: #fbfbfc; }}
QPushButton#lesson_item:hover {{ background: #eaf3fa; border-color: {ACCENT}; }}
QPushButton#lesson_item:focus {{ border: 2px solid {ACCENT}; background: #eaf3fa; }}
QPushButton#lesson_item:pressed {{ background: #d5e7f5; }}
"""


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(font)
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled(label.font(), 1.3, bold=True))
    return label


class ShortLabel(QLabel):
    """A label that shows its text word-wrapped on at most `lines` lines, cut at a word with '…' when longer (the
    whole text is `full_text`)."""

    def __init__(self, text: str, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text, self.lines = text, lines
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(80)
        self.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * lines + 2)
        self._shorten()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._shorten()

    def _shorten(self) -> None:
        metrics, width = QFontMetrics(self.font()), max(self.width(), 80)
        limit = metrics.lineSpacing() * self.lines

        def fits(text: str) -> bool:
            rect = metrics.boundingRect(0, 0, width, 100 * limit, Qt.TextFlag.TextWordWrap, text)
            return rect.height() <= limit

        text = self.full_text
        if not fits(text):
            words = text.split(" ")
            low, high = 0, len(words)  # the most words that fit with the ellipsis: binary search
            while low < high:
                middle = (low + high + 1) // 2
                if fits(" ".join(words[:middle]) + " …"):
                    low = middle
                else:
                    high = middle - 1
            text = " ".join(words[:low]).rstrip(",;:—-") + " …"
        if text != self.text():
            self.setText(text)


class LessonItem(QPushButton):
    """One lesson as a large button: its number and title in bold, its goal in at most two lines. Clicking it (or Enter
    while it has the focus) opens the lesson."""

    def __init__(self, number: int, info: LessonInfo, parent: QWidget | None = None, progress: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("lesson_item")
        self.setAutoDefault(True)  # Enter opens the focused lesson
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(f"{number}   {info.title}", self)
        self.title.setFont(scaled(self.font(), 1.2, bold=True))
        self.goal = ShortLabel(info.goal or translate("StartPage", "(no goal given)"), 2, self)
        self.goal.setStyleSheet("color: #404040;")
        self.progress = QLabel(progress, self)  # "3 of 5 steps done": the lesson's checklist, kept from before
        self.progress.setObjectName("lesson_item_progress")
        self.progress.setStyleSheet("color: #505050;")
        self.progress.setVisible(bool(progress))
        for label in (self.title, self.goal, self.progress):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.goal)
        layout.addWidget(self.progress)  # a line of its own: a long title keeps its whole width
        height = QFontMetrics(self.title.font()).height() + self.goal.height() + 24
        if progress:
            height += QFontMetrics(self.progress.font()).height() + 2
        self.setMinimumHeight(height)
        self.setToolTip(fill(translate("StartPage", "Lesson %1: %2"), number, info.title) + f"\n{info.goal}"
                        + (f"\n{progress}" if progress else ""))
        self.setAccessibleName(fill(translate("StartPage", "Open lesson %1: %2"), number, info.title))
        self.setAccessibleDescription(info.goal)


class StartPage(QDialog):
    """The start page. `lessons` (LessonInfo, in order), `recent` files (newest first; the section is hidden when
    empty), `show_at_start` the check box's state, `progress` what each lesson's kept checklist says by lesson id
    ("3 of 5 steps done"; absent: nothing ticked). Emits `lesson_chosen(index)`, `preset_chosen(name)` or
    `recent_chosen(path)` after closing, and `show_at_start_changed(on)`. Parts for tests: `cards` (the lesson
    items), `preset_buttons` (by name), `recent_buttons`, `recent_section`, `show_box`."""

    lesson_chosen = Signal(int)
    preset_chosen = Signal(str)
    recent_chosen = Signal(str)
    show_at_start_changed = Signal(bool)

    def __init__(self, lessons: Sequence[LessonInfo], recent: Sequence[Path], show_at_start: bool,
                 parent: QWidget | None = None, progress: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_page")
        self.setWindowTitle(translate("StartPage", "Start page — GradientDesk"))
        self.setStyleSheet(ITEM_STYLE)

        title = QLabel(translate("StartPage", TITLE), self)
        title.setFont(scaled(title.font(), 1.8, bold=True))
        sentence = QLabel(translate("StartPage", PARAMETERS_SENTENCE), self)
        sentence.setObjectName("parameters_sentence")
        sentence.setWordWrap(True)
        sentence.setFont(scaled(sentence.font(), 1.15))

        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        columns.addLayout(self._lessons_column(lessons, body, progress or {}), 3)
        side = QVBoxLayout()
        side.setSpacing(8)
        self._free_play(side, body)
        self._recent(side, recent, body)
        side.addStretch(1)
        columns.addLayout(side, 2)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.show_box = QCheckBox(translate("StartPage", "Show this page at start"), self)
        self.show_box.setChecked(show_at_start)
        self.show_box.setToolTip(translate("StartPage", "Open this page whenever GradientDesk starts without a file. "
                                           "Help → Start page opens it at any time."))
        self.show_box.toggled.connect(self.show_at_start_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter belongs to the focused item; Esc closes
        close.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_box)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(sentence)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        if self.cards:
            self.cards[0].setFocus()
        self._fit(parent)

    # ---- sections -------------------------------------------------------------------------------------------------
    def _lessons_column(self, lessons: Sequence[LessonInfo], host: QWidget,
                        progress: Mapping[str, str]) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(heading(translate("StartPage", "Lessons"), host))
        note = QLabel(translate("StartPage", "Each lesson sets up data, model and hyperparameters, and shows its steps "
                                "in the Lesson panel."), host)
        note.setWordWrap(True)
        column.addWidget(note)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: list[LessonItem] = []
        for i, info in enumerate(lessons):
            item = LessonItem(i + 1, info, host, progress.get(info.id, ""))
            item.clicked.connect(lambda _=False, index=i: self._choose(self.lesson_chosen, index))
            grid.addWidget(item, i // LESSON_COLUMNS, i % LESSON_COLUMNS)
            self.cards.append(item)
        for c in range(LESSON_COLUMNS):
            grid.setColumnStretch(c, 1)
        if not lessons:
            grid.addWidget(QLabel(translate("StartPage", "No lessons were found in this installation."), host), 0, 0)
        column.addLayout(grid)
        column.addStretch(1)
        return column

    def _free_play(self, column: QVBoxLayout, host: QWidget) -> None:
        column.addWidget(heading(translate("StartPage", "Free play"), host))
        note = QLabel(translate("StartPage", "Start from a ready-made dataset, then change anything."), host)
        note.setWordWrap(True)
        column.addWidget(note)
        self.preset_buttons: dict[str, QPushButton] = {}
        for task, task_title in TASK_LABELS.items():
            names = generators.names(task)
            if not names:
                continue
            caption = QLabel(group_title(task_title), host)
            caption.setStyleSheet("color: #505050;")
            column.addWidget(caption)
            grid = QGridLayout()
            grid.setSpacing(6)
            for i, name in enumerate(names):
                button = QPushButton(preset_title(name), host)
                button.setObjectName(f"preset_{name}")
                button.setAutoDefault(True)
                button.setMinimumHeight(32)
                button.setToolTip(preset_description(generators.PRESETS[name].description))
                button.clicked.connect(lambda _=False, n=name: self._choose(self.preset_chosen, n))
                grid.addWidget(button, i // PRESET_COLUMNS, i % PRESET_COLUMNS)
                self.preset_buttons[name] = button
            for c in range(PRESET_COLUMNS):
                grid.setColumnStretch(c, 1)
            column.addLayout(grid)

    def _recent(self, column: QVBoxLayout, recent: Sequence[Path], host: QWidget) -> None:
        self.recent_section = QWidget(host)
        self.recent_section.setObjectName("recent_section")
        layout = QVBoxLayout(self.recent_section)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading(translate("StartPage", "Recent files"), self.recent_section))
        self.recent_buttons: list[QPushButton] = []
        for path in recent:
            button = QPushButton(path.name, self.recent_section)
            button.setAutoDefault(True)
            button.setStyleSheet("text-align: left; padding: 5px 10px;")
            button.setToolTip(str(path))
            button.clicked.connect(lambda _=False, p=str(path): self._choose(self.recent_chosen, p))
            layout.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_section.setVisible(bool(recent))
        column.addWidget(self.recent_section)

    # ---- behaviour ------------------------------------------------------------------------------------------------
    def _choose(self, signal, value) -> None:
        self.accept()
        signal.emit(value)

    def _fit(self, parent: QWidget | None) -> None:
        """Large, but inside the window it belongs to."""
        width, height = 1060, 680
        if parent is not None and parent.width() > 0:
            width = min(width, max(640, parent.width() - 40))
            height = min(height, max(480, parent.height() - 40))
        self.resize(width, height)
