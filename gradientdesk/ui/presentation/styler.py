"""Presentation styling of live pyqtgraph views: thicker lines, bigger points and larger fonts in every PlotWidget /
GraphicsLayoutWidget of a window, without the views' help, and exactly back again.

The views keep building their items as usual. `PlotStyler.apply` walks the items of every scene and binds each
style attribute of each item (see `presentation_style`): the binding remembers the original and what it applied.
A view that later replaces a style (a new title, new point pens after a data change, a pen set for every frame) is
noticed by identity: the item no longer holds the object set here, so its new style becomes the original and is
scaled again (`sync`, a few microseconds per item: it runs after every snapshot while presenting). `refresh` also
looks for new items (a rebuilt plot); `restore` puts every original back. Nothing runs when presentation is off.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator

import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from . import style as ps
from .style import Binding, Style, attributes_of, fit_legends


class PlotStyler:
    """Applies a `Style` to every pyqtgraph item under `root` (a window) and takes it off again. `restyled`
    counts the attributes (re)styled since `apply`."""

    ATTRIBUTE = "_presentation_bindings"

    def __init__(self, root: QWidget) -> None:
        self.root = root
        self.style: Style | None = None
        self._styled: list[weakref.ref] = []
        self.restyled = 0

    @property
    def active(self) -> bool:
        return self.style is not None

    def items(self) -> Iterator:
        """Every pyqtgraph item with a style to scale, except the parts of a PlotDataItem (styled through it) and
        items that a view scales itself (`presentation_styled`)."""
        for view in self.root.findChildren(pg.GraphicsView):
            scene = view.scene()
            if scene is None:
                continue
            for item in scene.items():
                if not attributes_of(item) or getattr(item, "presentation_styled", False):
                    continue
                if isinstance(item.parentItem(), pg.PlotDataItem):
                    continue
                yield item

    def apply(self, style: Style) -> None:
        if self.active:
            self.restore()
        self.style = style
        self.restyled = 0
        self.refresh()

    def refresh(self) -> None:
        """Style new items, and the attributes that a view has replaced since they were styled."""
        style = self.style
        if style is None:
            return
        for item in self.items():
            bindings = item.__dict__.get(self.ATTRIBUTE)
            if bindings is None:
                bindings = [Binding(attr, item, style) for attr in attributes_of(item)]
                item.__dict__[self.ATTRIBUTE] = bindings
                self._styled.append(weakref.ref(item))
                self.restyled += len(bindings)
            else:
                self.restyled += sum(binding.sync(item, style) for binding in bindings)
        fit_legends()

    def sync(self) -> None:
        """Re-style the attributes of already styled items that a view has replaced (no search for new items: a
        view that re-sets a pen on every frame is caught here, cheaply, before the frame is painted)."""
        style = self.style
        if style is None:
            return
        for ref in self._styled:
            item = ref()
            if item is None:
                continue
            try:
                for binding in item.__dict__.get(self.ATTRIBUTE, ()):
                    self.restyled += binding.sync(item, style)
            except RuntimeError:  # the C++ item is gone
                continue
        fit_legends()

    def restore(self) -> None:
        """Every styled item back to its original style (the one its view gave it last)."""
        for ref in self._styled:
            item = ref()
            if item is None:
                continue
            bindings = item.__dict__.pop(self.ATTRIBUTE, [])
            try:
                for binding in reversed(bindings):
                    binding.restore(item)
            except RuntimeError:  # the C++ item is gone (its view replaced it): nothing to restore
                pass
        self._styled.clear()
        self.style = None
        # a text item measures itself in its scene's font, which follows a change of the application font only
        # once the posted events are handled: fit the legends now and once more after that
        later = [weakref.ref(legend) for legend in ps.legends_to_fit]
        fit_legends()
        QTimer.singleShot(0, lambda: _fit_again(later))


def _fit_again(legends: list[weakref.ref]) -> None:
    ps.legends_to_fit.extend(legend for legend in (ref() for ref in legends) if legend is not None)
    fit_legends()
