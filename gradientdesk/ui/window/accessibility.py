"""Screen readers: every interactive widget gets an accessible name (and, where Qt would give none, a description),
and the training's progress is announced through a live status.

Why a walk instead of a name at every `QComboBox(...)`: most controls already sit beside what a sighted learner reads
(a form label, a toolbar's short label, a tool button's action), and Qt does not connect them for a reader: a combo
box is read as its current value ("0.03", "SGD"), a spin box after a plain label as nothing. The walk names each
control after what the eye sees next to it, in this order: its own text; the QLabel whose buddy it is; the label of
its QFormLayout row; the QLabel just before it in its row (box or grid layout, toolbar); the named editor it is part
of; its placeholder; its QAction; the first phrase of its tooltip; the view or panel it belongs to; its objectName
when that reads like words. A name given in the source is never replaced.

Descriptions: Qt reads a widget's tooltip as its description already, and keeps reading it when the tooltip changes
(the training bar's "Not available now: ..."); copying it would freeze a stale one. So only a widget without a
tooltip gets a description: its label's, its action's or its editor's help text.

`Accessibility(window, controller)` walks the window once it is built, walks every dialog when it becomes the active
window (QGuiApplication.focusWindowChanged: no cost while nothing changes, unlike an event filter, which would run
for every repaint), and keeps the status bar's live status (`LiveStatus`).
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGraphicsView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QStatusBar,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from ...bridge.controller import Controller
from ...engine.metrics import HEADLINE, headline
from ...engine.snapshot import Snapshot
from ..i18n import decimal_text, fill
from ..plots.loss_plot import format_metric

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractSlider, QAbstractItemView, QTabBar,
               QGraphicsView)  # QCheckBox, QRadioButton, QToolButton are buttons; pyqtgraph's views QGraphicsViews
LIVE_INTERVAL_S = 1.0  # while training, the live status speaks at most this often (a reader needs time to say it)
NAME_CHARS = 60  # a tooltip's first phrase longer than this is no name (it stays the description)
LABEL_CHARS = 40  # a label longer than this is a sentence beside the control, not its name
# Qt's own, unnamed parts: their names, shown translated (context "Accessibility")
QT_PARTS = {"qt_toolbar_ext_button": QT_TRANSLATE_NOOP("Accessibility", "More tools"),
            "qt_menubar_ext_button": QT_TRANSLATE_NOOP("Accessibility", "More menus"),
            "ScrollLeftButton": QT_TRANSLATE_NOOP("Accessibility", "Scroll left"),  # a QTabBar's, too many tabs
            "ScrollRightButton": QT_TRANSLATE_NOOP("Accessibility", "Scroll right")}
# the headline metrics' names (engine/metrics.py HEADLINE) as the live status says them; R² is a symbol
METRIC_NAMES = {HEADLINE["classification"][1]: QT_TRANSLATE_NOOP("Accessibility", "accuracy"),
                HEADLINE["unsupervised"][1]: QT_TRANSLATE_NOOP("Accessibility", "explained variance")}
_TAGS = re.compile(r"<[^>]+>")
_WORDS = re.compile(r"[A-Za-z]+(?:_[A-Za-z]+)*")


def is_interactive(widget: QWidget) -> bool:
    """True for a control a reader must name. Parts of another control are not: a spin box's or combo box's line
    edit and popup list, a line edit's clear button, a scroll area's own scroll bars, a table's header and corner
    button (Qt reports them as the control's, or a mouse alone uses them)."""
    if not isinstance(widget, INTERACTIVE):
        return False
    parent = widget.parentWidget()
    if parent is None:
        return True
    if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)) or \
            isinstance(widget, QHeaderView):
        return False
    if parent.objectName().startswith("qt_scrollarea_"):  # a QAbstractScrollArea's own scroll bars
        return False
    return not (isinstance(widget, QAbstractItemView) and isinstance(parent.parentWidget(), QComboBox))


def reader_name(widget: QWidget) -> str:
    """The name a screen reader says for `widget`. A button's and a tab bar's are Qt's (their current text, which
    follows Play/Pause); any other control's is its accessibleName: Qt's fallback for a combo box is its value."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, (QAbstractButton, QTabBar)):
        interface = QAccessible.queryAccessibleInterface(widget)
        return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
    return ""


def unnamed(root: QWidget, visible_only: bool = True) -> list[QWidget]:
    """Every interactive widget under `root` (shown ones only unless `visible_only` is False) a reader cannot name."""
    return [w for w in root.findChildren(QWidget) if is_interactive(w) and not reader_name(w)
            and (not visible_only or w.isVisibleTo(root))]


def describe(widget: QWidget) -> str:
    """`widget` for a person reading a test failure: its class, objectName, tooltip and where it is."""
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} tip={widget.toolTip()[:40]!r} in {' < '.join(chain)}"


def plain(text: str) -> str:
    """A label's text as a name: no markup, no mnemonic '&', no padding, no trailing colon."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def first_phrase(text: str) -> str:
    """The first sentence of a tooltip, cut before its first bracket or colon if it is too long for a name ("" if
    even that is): "Spray (×): points added per dab, scattered over the brush disc." -> "Spray"."""
    phrase = re.split(r"(?<=[.!?])\s|\n", plain(text), maxsplit=1)[0].rstrip(".")
    if len(phrase) > NAME_CHARS:
        phrase = re.split(r" \(|[:;]| — ", phrase, maxsplit=1)[0].strip()
    return phrase if 2 < len(phrase) <= NAME_CHARS else ""


def label_like(text: str) -> bool:
    """True for a label's text that names a control ("Learning rate", "to"); a sentence or a status line ("No
    parameters yet.") is no name, and a symbol ("×", "n") names less than the control's tooltip does."""
    return 2 <= len(text) <= LABEL_CHARS and any(c.isalpha() for c in text) and not text.endswith((".", "!", "?"))


def words_of(object_name: str) -> str:
    """"scale_ladder_plot" -> "Scale ladder plot"; "" for Qt's own names and anything that is not words."""
    if not object_name or object_name.startswith("qt_") or not _WORDS.fullmatch(object_name):
        return ""
    return object_name.replace("_", " ").capitalize()


class _Sources:
    """What one walk knows about the tree (which label is whose buddy), and where a control's label is."""

    def __init__(self, root: QWidget) -> None:
        self.buddies: dict[int, QLabel] = {}
        for label in root.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is not None:
                self.buddies[id(buddy)] = label

    def label_for(self, widget: QWidget) -> QLabel | None:
        """The QLabel a sighted reader takes for `widget`'s label: its buddy label, its form row's label, or the
        label just before it in its row or toolbar."""
        label = self.buddies.get(id(widget))
        if label is not None:
            return label
        parent = widget.parentWidget()
        if isinstance(parent, QToolBar):
            return _label_before_in_toolbar(parent, widget)
        chain = _layouts_to(parent.layout(), widget) if parent is not None else []
        layout = chain[-1] if chain else None
        if isinstance(layout, QFormLayout):
            found = layout.labelForField(widget)
            return found if isinstance(found, QLabel) else None
        before: QWidget | None = None
        if isinstance(layout, QBoxLayout):
            index = layout.indexOf(widget)
            before = layout.itemAt(index - 1).widget() if index > 0 else None
            if index == 0 and len(chain) > 1 and isinstance(chain[-2], QFormLayout):  # a row of a form: its label
                before = chain[-2].labelForField(layout)
        elif isinstance(layout, QGridLayout):
            row, column, _rows, _columns = layout.getItemPosition(layout.indexOf(widget))
            item = layout.itemAtPosition(row, column - 1) if column > 0 else None
            before = item.widget() if item is not None else None
        return before if isinstance(before, QLabel) and not before.isHidden() else None


def _layouts_to(layout: QLayout | None, widget: QWidget) -> list[QLayout]:
    """The layouts from `layout` down to the one that holds `widget` directly ([] if none does)."""
    if layout is None:
        return []
    if layout.indexOf(widget) >= 0:
        return [layout]
    for i in range(layout.count()):
        inner = layout.itemAt(i).layout()
        found = _layouts_to(inner, widget) if inner is not None else []
        if found:
            return [layout, *found]
    return []


def _label_before_in_toolbar(bar: QToolBar, widget: QWidget) -> QLabel | None:
    previous: QWidget | None = None
    for action in bar.actions():
        current = bar.widgetForAction(action)
        if current is widget:
            return previous if isinstance(previous, QLabel) else None
        previous = current
    return None


def _enclosing_name(widget: QWidget) -> str:
    """The name of the view or panel `widget` is in: the nearest named ancestor (a stage view, an editor), else
    its dock's title."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if parent.accessibleName():
            return parent.accessibleName()
        if isinstance(parent, QDockWidget):
            return plain(parent.windowTitle())
        parent = parent.parentWidget()
    return ""


def _is_named_editor(widget: QWidget | None) -> bool:
    """True for a named composite control (a slider and its box): a few controls, no view among them. A named
    view (a stage view) is no editor: its controls are named for themselves."""
    if widget is None or not widget.accessibleName():
        return False
    parts = [c for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
             if is_interactive(c)]
    return 0 < len(parts) <= 3 and not any(isinstance(c, QGraphicsView) for c in parts)


def name_and_source(widget: QWidget, sources: _Sources) -> tuple[str, str, str]:
    """(name, where it came from, a description when the widget has no tooltip) for an unnamed `widget`."""
    label = sources.label_for(widget)
    parent = widget.parentWidget()
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    help_text = (label.toolTip() if label is not None else "") or (action.statusTip() if action is not None else "") \
        or (parent.toolTip() if _is_named_editor(parent) else "")
    if isinstance(widget, QAbstractButton) and plain(widget.text()):
        return plain(widget.text()), "text", help_text
    if widget.objectName() in QT_PARTS:
        return translate("Accessibility", QT_PARTS[widget.objectName()]), "Qt part", help_text
    if label is not None and label_like(plain(label.text())):
        return plain(label.text()), "label", help_text
    if _is_named_editor(parent):
        return parent.accessibleName(), "editor", help_text  # a part of a named editor (its slider and box)
    if isinstance(widget, QLineEdit) and plain(widget.placeholderText()):
        return plain(widget.placeholderText()), "placeholder", help_text
    if action is not None and plain(action.text()):
        return plain(action.text()), "action", help_text
    if first_phrase(widget.toolTip()):
        return first_phrase(widget.toolTip()), "tooltip", help_text
    if isinstance(widget, (QGraphicsView, QAbstractItemView, QAbstractScrollArea)) and _enclosing_name(widget):
        return _enclosing_name(widget), "view", help_text
    if words_of(widget.objectName()):
        return words_of(widget.objectName()), "objectName", help_text
    if label is not None and plain(label.text()):
        return plain(label.text()), "label", help_text  # a symbol, better than nothing
    return "", "", help_text


def name_widgets(root: QWidget) -> Counter[str]:
    """Give every interactive widget under `root` (shown or not) that a reader could not name an accessible name,
    and a description where it has neither one nor a tooltip. Idempotent: run it again after widgets were added.
    Returns how many names came from each source (the tests and the report read it)."""
    sources, counts = _Sources(root), Counter[str]()
    for widget in root.findChildren(QWidget):
        if not is_interactive(widget):
            continue
        needs_name = not reader_name(widget)
        needs_description = not widget.accessibleDescription() and not widget.toolTip()
        if not (needs_name or needs_description):
            continue
        name, source, description = name_and_source(widget, sources)
        if needs_name and name:
            widget.setAccessibleName(name)
            counts[source] += 1
        if needs_description and description:
            widget.setAccessibleDescription(plain(description))
            counts["description"] += 1
    return counts


def status_texts() -> dict[str, str]:
    """The live status's words in the interface language (a LiveStatus translates them once, not per snapshot)."""
    return {"none": translate("Accessibility", "No training yet."), "step": translate("Accessibility", "Step %1"),
            "train loss": translate("Accessibility", "train loss %1"),
            "test loss": translate("Accessibility", "test loss %1"),
            "test": translate("Accessibility", "test %1 %2"), "train": translate("Accessibility", "train %1 %2"),
            "diverged": translate("Accessibility", "diverged"), "paused": translate("Accessibility", "%1, paused"),
            **{name: translate("Accessibility", text) for name, text in METRIC_NAMES.items()}}


def status_text(snapshot: Snapshot | None, playing: bool, texts: dict[str, str] | None = None) -> str:
    """"Step 120, train loss 0.2311, test loss 0.2456, test accuracy 91.3%" (and "paused" when not training); the
    metric as the loss plot's line names and writes it (its test value, else its train value). `texts`: the words
    (`status_texts()`, translated now when not given)."""
    texts = texts or status_texts()
    if snapshot is None:
        return texts["none"]
    parts = [fill(texts["step"], snapshot.step), fill(texts["train loss"], decimal_text(f"{snapshot.train_loss:.4g}"))]
    if snapshot.test_loss is not None:
        parts.append(fill(texts["test loss"], decimal_text(f"{snapshot.test_loss:.4g}")))
    name, train_metric, test_metric = headline(snapshot.metrics)  # as the loss plot's line says it
    if name:
        which, value = ("test", test_metric) if math.isfinite(test_metric) else ("train", train_metric)
        parts.append(fill(texts[which], texts.get(name, name), format_metric(name, value)))
    if snapshot.diverged:
        parts.append(texts["diverged"])
    text = ", ".join(parts)
    return text if playing else fill(texts["paused"], text)


class LiveStatus(QObject):
    """The status bar's accessible description says the current step, losses and accuracy, and each change is
    announced (QAccessibleAnnouncementEvent, polite: it waits for the reader to finish). While training it follows
    `snapshot_ready` at most once a LIVE_INTERVAL_S (a frame pays one clock read); a single step, a pause and
    anything while paused are said at once."""

    def __init__(self, controller: Controller, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.controller, self.bar = controller, bar
        self.text = ""
        self._next = 0.0  # time.monotonic() from which the next training snapshot may speak
        self.texts = status_texts()  # translated once: the status is said up to once a second while training
        bar.setAccessibleName(translate("Accessibility", "Training status"))
        controller.snapshot_ready.connect(self._on_snapshot)
        controller.playing_changed.connect(self._on_playing)
        self.update_now()

    def _on_snapshot(self, _snapshot: Snapshot) -> None:
        if self.controller.playing and time.monotonic() < self._next:
            return
        self.update_now()

    def _on_playing(self, _playing: bool) -> None:
        self.update_now()

    def update_now(self) -> None:
        """Say the controller's latest numbers now (nothing if they are what was said last)."""
        self._next = time.monotonic() + LIVE_INTERVAL_S
        text = status_text(self.controller.latest, self.controller.playing, self.texts)
        if text == self.text:
            return
        self.text = text
        self.bar.setAccessibleDescription(text)  # Qt sends DescriptionChanged itself
        if QAccessible.isActive():  # no reader listening: no event to build
            event = QAccessibleAnnouncementEvent(self.bar, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)


class Accessibility(QObject):
    """Names for `window`'s controls now and for each dialog as it becomes active, and the live status."""

    def __init__(self, window: QMainWindow, controller: Controller) -> None:
        super().__init__(window)
        self.window = window
        self.counts = name_widgets(window)
        self.live_status = LiveStatus(controller, window.statusBar())
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._window_activated)

    def _window_activated(self, handle: QWindow | None) -> None:
        """A window became active: name what it holds now (a dialog's rows, a panel rebuilt for a new model)."""
        if handle is None:
            return
        for top in QApplication.topLevelWidgets():
            if top.windowHandle() == handle and (top is self.window or _belongs_to(top, self.window)):
                self.counts.update(name_widgets(top))
                return


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    """True for a dialog (or other window) whose parent chain reaches `window`."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return widget.windowType() != Qt.WindowType.Popup  # a menu or a combo's list: Qt names their items
        parent = parent.parentWidget()
    return False
