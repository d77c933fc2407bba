"""The stage: the centre of the window, where the learner watches. The data canvas and one chosen inspection view
side by side (or the view alone, or the canvas alone, or every view at once on a large screen), switched from a
row of buttons above them or with Ctrl+1..Ctrl+7; Ctrl+0 shows or hides the canvas.

The views used to share a strip of tabs under the canvas, ~230 px tall at 1366x768: neurons were ~20 px dots and
tab names were elided. On the stage the chosen view gets about half of the centre at the full height of the window.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill
from .dock_titles import caption_view
from .flow_layout import FlowLayout
from .stage_views import DEFAULT_VIEW, STAGE_VIEWS, StageView, view_names

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

CANVAS_SHARE = 0.43  # of the stage's width, side by side: the view needs a little more (labels, colour bars)
WALL_COLUMNS = 3  # "All views": six views in two rows of three


def view_title(spec: StageView) -> str:
    """The view's title in the interface language (its button, menu entry and screen-reader name)."""
    return translate("StageViews", spec.title)


def view_description(spec: StageView) -> str:
    """The view's one-line description (its caption and tooltip) in the interface language."""
    return translate("StageViews", spec.description)


def shortcut_text(name: str) -> str:
    """"Ctrl+5" for the Loss landscape: what lessons and tooltips tell the learner to press."""
    return QKeySequence(f"Ctrl+{view_names().index(name) + 1}").toString(QKeySequence.SequenceFormat.NativeText)


class _ViewArea(QWidget):
    """The views' area inside the stage's scroll area. One view fits the stage: without this the scroll area would
    make the area as tall as its word-wrapped labels' height for the width (taller than the stage) and scroll."""

    fits_stage = True

    def heightForWidth(self, width: int) -> int:
        return -1 if self.fits_stage else super().heightForWidth(width)


class Stage(QWidget):
    """`canvas` and the views of STAGE_VIEWS (`views` by name) under a row of buttons. `view` is the chosen view's
    name; `canvas_shown` whether the canvas stands beside it (else the view is alone); `wall` shows every
    view at once. `view_changed(name)` follows the choice; `step_done` is the caption's button. `above` (e.g. the
    problem banner) goes on top."""

    view_changed = Signal(str)
    step_done = Signal()  # the caption's "Step done" button

    def __init__(self, canvas: QWidget, views: Mapping[str, QWidget], above: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage")
        if set(views) != set(view_names()):
            raise KeyError(f"stage views: expected {sorted(view_names())}, got {sorted(views)}")
        self.canvas, self.views = canvas, dict(views)
        self.view = ""
        self.canvas_shown = True
        self.wall = False
        self._split_chosen = False  # True once the learner has dragged the split (or it was remembered)
        for spec in STAGE_VIEWS:
            caption_view(self.views[spec.name], view_description(spec))
            self.views[spec.name].setAccessibleName(view_title(spec))  # a screen reader's name for the view, plots

        self.caption_row = QWidget(self)  # presentation mode: the lesson's current step, and a way past it
        self.caption = QLabel(self.caption_row)
        self.caption.setObjectName("stage_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption_done = QToolButton(self.caption_row)
        self.caption_done.setObjectName("stage_caption_done")
        self.caption_done.setText(translate("Stage", "Step done ✓"))
        self.caption_done.setToolTip(translate("Stage", "Tick this step in the lesson and show the next one."))
        self.caption_done.clicked.connect(self.step_done)
        caption_layout = QHBoxLayout(self.caption_row)
        caption_layout.setContentsMargins(2, 2, 2, 2)
        caption_layout.addWidget(self.caption, 1)
        caption_layout.addWidget(self.caption_done, 0, Qt.AlignmentFlag.AlignTop)
        self.caption_row.hide()

        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for number, spec in enumerate(STAGE_VIEWS, start=1):
            action = QAction(view_title(spec), self)
            action.setObjectName(f"stage_{spec.name}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            tip = fill(translate("Stage", "%1 (%2): %3"), view_title(spec), shortcut_text(spec.name),
                       view_description(spec))
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, n=spec.name: self.show_view(n))
            self.view_group.addAction(action)
            self.view_actions[spec.name] = action
        self.canvas_action = QAction(translate("Stage", "Canvas"), self)
        self.canvas_action.setObjectName("stage_canvas")
        self.canvas_action.setCheckable(True)
        self.canvas_action.setChecked(True)
        self.canvas_action.setShortcut(QKeySequence("Ctrl+0"))
        self.canvas_action.setToolTip(
            translate("Stage", "Show the data canvas beside the view, or the view alone (Ctrl+0)."))
        self.canvas_action.triggered.connect(self.set_canvas_shown)
        self.wall_action = QAction(translate("Stage", "All views"), self)
        self.wall_action.setObjectName("stage_wall")
        self.wall_action.setCheckable(True)
        self.wall_action.setShortcut(QKeySequence("Ctrl+9"))
        self.wall_action.setToolTip(translate(
            "Stage", "Every view at once, for a large screen (Ctrl+9; Ctrl+0 hides the canvas); again for one view."))
        self.wall_action.triggered.connect(self.set_wall)

        selector = QWidget(self)
        selector.setObjectName("stage_selector")
        flow = FlowLayout(selector)
        self.buttons: dict[str, QToolButton] = {}
        for name, action in [("canvas", self.canvas_action), *self.view_actions.items(), ("wall", self.wall_action)]:
            button = QToolButton(selector)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"stage_button_{name}")
            button.setAutoRaise(False)
            flow.addWidget(button)
            self.buttons[name] = button
        self.selector = selector

        # in a scroll area: every view at once on a small screen scrolls instead of widening the window
        self.view_scroll = QScrollArea(self)
        self.view_scroll.setObjectName("stage_view_scroll")
        self.view_scroll.setWidgetResizable(True)
        self.view_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.view_area = _ViewArea(self.view_scroll)
        self.view_area.setObjectName("stage_view_area")
        self.view_scroll.setWidget(self.view_area)
        self.grid = QGridLayout(self.view_area)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for view in self.views.values():
            view.setParent(self.view_area)
            view.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("stage_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(canvas)
        self.splitter.addWidget(self.view_scroll)
        self.splitter.setStretchFactor(0, round(100 * CANVAS_SHARE))
        self.splitter.setStretchFactor(1, round(100 * (1 - CANVAS_SHARE)))
        self.splitter.splitterMoved.connect(self._split_dragged)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if above is not None:
            layout.addWidget(above)
        row = QHBoxLayout()
        row.addWidget(selector, 1)
        layout.addLayout(row)
        layout.addWidget(self.caption_row)
        layout.addWidget(self.splitter, 1)
        self.show_view(DEFAULT_VIEW)

    # ---- what is shown ---------------------------------------------------------------------------------------------
    def actions(self) -> dict[str, QAction]:
        """The View menu's stage entries by menu id (see ui/window/menus.py)."""
        return {"view.stage_views": list(self.view_actions.values()), "view.stage_canvas": self.canvas_action,
                "view.stage_wall": self.wall_action}

    def show_view(self, name: str) -> None:
        """Show the view `name` on the stage (beside the canvas, or alone if the canvas is hidden)."""
        if name not in self.views:
            raise KeyError(f"no stage view {name!r}; choose one of {', '.join(view_names())}")
        self.view = name
        self.wall = False
        self._arrange()
        self.view_changed.emit(name)

    def set_canvas_shown(self, shown: bool) -> None:
        """The canvas beside the view (True) or the view alone."""
        self.canvas_shown = bool(shown)
        self._arrange()

    def set_wall(self, on: bool) -> None:
        """Every view at once (True), or back to the chosen one."""
        self.wall = bool(on)
        self._arrange()

    def set_caption(self, text: str, can_tick: bool = True) -> None:
        """A line of text above the canvas and view (presentation mode: the lesson's current step) with a "Step
        done" button if `can_tick`; "" hides it."""
        self.caption.setText(text)
        self.caption_done.setVisible(can_tick)
        self.caption_row.setVisible(bool(text))

    def wall_views(self) -> list[QWidget]:
        """The views "All views" shows (every inspection view of the run; not the Scale view)."""
        return [self.views[spec.name] for spec in STAGE_VIEWS if spec.on_wall]

    def shown_views(self) -> list[QWidget]:
        return [view for view in self.views.values() if not view.isHidden()]

    def _arrange(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        chosen = [spec.name for spec in STAGE_VIEWS if spec.on_wall] if self.wall else [self.view]  # wall_views
        for name, view in self.views.items():
            if name not in chosen:
                view.hide()
        columns = WALL_COLUMNS if self.wall else 1
        # one view fits the stage (it lays itself out for the room it gets); only every view at once may scroll
        least = 0 if self.wall else 1  # 0: the views' own minimum (scrolls); 1 px: whatever the stage gives
        self.view_area.setMinimumSize(least, least)
        self.view_area.fits_stage = not self.wall
        for i, name in enumerate(chosen):
            self.grid.addWidget(self.views[name], i // columns, i % columns)
            self.views[name].show()
        alone = not self.wall and next(spec.alone for spec in STAGE_VIEWS if spec.name == self.view)
        # beside the view (or every view), unless the learner asked for the view alone or the view takes the stage
        self.canvas.setVisible(self.canvas_shown and not alone)
        self.canvas_action.setEnabled(not alone)
        for name, action in self.view_actions.items():
            action.setChecked(name == self.view and not self.wall)
        self.canvas_action.setChecked(self.canvas_shown)
        self.wall_action.setChecked(self.wall)
        if self.canvas_shown and not alone and self.isVisible():
            QTimer.singleShot(0, self, lambda: self._share_width(only_if_squeezed=True))

    def _share_width(self, only_if_squeezed: bool = False) -> None:
        """CANVAS_SHARE of the width to the canvas (when both are shown; `only_if_squeezed`: only when one of them
        has next to nothing, e.g. after the view alone)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total > 0 and (not only_if_squeezed or min(sizes) < total * 0.15):
            self.splitter.setSizes([round(total * CANVAS_SHARE), total - round(total * CANVAS_SHARE)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._split_chosen:  # until the learner drags the handle: the splitter alone would follow size hints
            QTimer.singleShot(0, self, self._share_width)

    def _split_dragged(self) -> None:
        self._split_chosen = True

    # ---- remembered between sessions -------------------------------------------------------------------------------
    def save(self, settings: QSettings) -> None:
        settings.setValue("stage/view", self.view)
        settings.setValue("stage/canvas", self.canvas_shown)
        settings.setValue("stage/wall", self.wall)
        settings.setValue("stage/splitter", self.splitter.saveState())

    def restore(self, settings: QSettings) -> None:
        """The view, mode and split of the last session; anything unknown or broken leaves the defaults."""
        view = settings.value("stage/view", DEFAULT_VIEW)
        self.show_view(view if isinstance(view, str) and view in self.views else DEFAULT_VIEW)
        self.set_canvas_shown(settings.value("stage/canvas", True, bool))
        self.set_wall(settings.value("stage/wall", False, bool))
        split = settings.value("stage/splitter")
        if isinstance(split, QByteArray) and self.splitter.restoreState(split):
            self._split_chosen = True
