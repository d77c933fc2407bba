"""SteadyLabel: live text (the step counters) that does not lay out the window again at every frame; it is held at
its widest text so far, and fitted again when its font changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from gradientdesk.ui.sync.steady_label import SteadyLabel


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def make(qtbot, label_class):
    parent = QWidget()
    qtbot.addWidget(parent)
    layout = QHBoxLayout(parent)
    label = label_class(parent)
    layout.addWidget(label)
    layout.addStretch(1)
    parent.show()
    qtbot.waitExposed(parent)
    return parent, label


def requests_while(qtbot, parent, change) -> int:
    watch = LayoutRequests()
    parent.installEventFilter(watch)
    for i in range(20):
        change(i)
        qtbot.wait(1)
    parent.removeEventFilter(watch)
    return watch.count


def test_changing_text_of_the_same_width_lays_out_nothing_where_a_plain_label_does(qtbot):
    parent, label = make(qtbot, SteadyLabel)
    label.set_text("step 100 · epoch 1")
    assert requests_while(qtbot, parent, lambda i: label.set_text(f"step {110 + i} · epoch 1")) <= 1
    plain_parent, plain = make(qtbot, QLabel)
    plain.setText("step 100 · epoch 1")
    assert requests_while(qtbot, plain_parent, lambda i: plain.setText(f"step {110 + i} · epoch 1")) >= 10


def test_it_grows_for_a_wider_text_and_keeps_its_width_for_a_narrower_one(qtbot):
    _parent, label = make(qtbot, SteadyLabel)
    label.set_text("step 1")
    narrow = label.width()
    label.set_text("step 1,000,000 · epoch 10,000")
    wide = label.width()
    assert wide > narrow and wide == label.natural_size().width() > 0
    label.set_text("step 2")
    assert label.width() == wide and label.text() == "step 2"


def test_a_new_font_fits_it_again(qtbot):
    _parent, label = make(qtbot, SteadyLabel)
    label.set_text("step 1,000,000,000 · epoch 10,000,000 · 99,999,999,999 examples")
    label.set_text("step 2")
    wide = label.width()
    big = QFont(label.font())
    big.setPointSizeF(label.font().pointSizeF() * 2)
    label.setFont(big)
    assert label.height() == label.natural_size().height() > 0
    assert label.width() == label.natural_size().width() < wide  # "step 2" in the new font, not the old widest
    plain = QLabel("step 2")
    plain.setFont(big)
    assert abs(label.width() - plain.sizeHint().width()) <= 2  # measured as QLabel measures it
