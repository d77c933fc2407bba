"""Scalar parameters as the inspection views show them: read from a snapshot and put on a hover card. Names are
parsed and formatted by engine.ScalarRef, and what a scalar connects comes from the snapshot's ModelSpec."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...engine.scalar_ref import ScalarRef
from ...engine.snapshot import Snapshot
from ..i18n import fill
from ..i18n import number_text as format_number

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def scalar_values(snap: Snapshot, ref: ScalarRef) -> tuple[float, float, float] | None:
    """(value, gradient, last update) of `ref` in `snap`, or None if the model has no such scalar."""
    if not snap.spec.has(ref):
        return None
    arrays = (snap.parameters.get(ref.name), snap.gradients.get(ref.name), snap.updates.get(ref.name))
    return tuple(float(a[ref.index]) if a is not None else float("nan") for a in arrays)  # type: ignore[return-value]


def symbol(snap: Snapshot, ref: ScalarRef) -> str:
    """"w" for a weight, "b" for a bias (the spec says which)."""
    return "w" if snap.spec.is_weight(ref) else "b"


def card_texts() -> dict[str, str]:
    """The words of `tooltip_html`, translated (a card kept live while it is open translates them once)."""
    return {"none": translate("Diagram", "<b>%1</b><br>not a parameter of this model"),
            "value": translate("Diagram", "value"), "gradient": translate("Diagram", "gradient dL/d%1"),
            "update": translate("Diagram", "last update"), "card": translate("Diagram", "<b>%1</b> — %2%3step %4")}


def tooltip_html(ref: ScalarRef, snap: Snapshot, sentence: str, hint: str = "", muted: str = "#555555",
                 texts: dict[str, str] | None = None) -> str:
    """A hover card: name, what it is, value, gradient and last update at the snapshot's step; `hint` in grey
    (`muted`). `texts`: `card_texts()`, made once (translated here when not given)."""
    texts = texts or card_texts()
    values = scalar_values(snap, ref)
    if values is None:
        return fill(texts["none"], ref.flat)
    value, grad, update = values
    rows = "".join(
        f"<tr><td>{label}&nbsp;</td><td align='right'><tt>{format_number(v)}</tt></td></tr>"
        for label, v in ((texts["value"], value), (fill(texts["gradient"], symbol(snap, ref)), grad),
                         (texts["update"], update))
    )
    tail = f"<br><span style='color:{muted}'>{hint}</span>" if hint else ""
    return fill(texts["card"], ref.flat, sentence, f"<table>{rows}</table>", snap.step) + tail
