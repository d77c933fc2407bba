"""Scalar parameters as the inspection views show them: read from a snapshot and put on a hover card. Names are
parsed and formatted by engine.ScalarRef, and what a scalar connects comes from the snapshot's ModelSpec."""

from __future__ import annotations

from ...engine.number_text import compact as format_number
from ...engine.scalar_ref import ScalarRef
from ...engine.snapshot import Snapshot


def scalar_values(snap: Snapshot, ref: ScalarRef) -> tuple[float, float, float] | None:
    """(value, gradient, last update) of `ref` in `snap`, or None if the model has no such scalar."""
    if not snap.spec.has(ref):
        return None
    arrays = (snap.parameters.get(ref.name), snap.gradients.get(ref.name), snap.updates.get(ref.name))
    return tuple(float(a[ref.index]) if a is not None else float("nan") for a in arrays)  # type: ignore[return-value]


def symbol(snap: Snapshot, ref: ScalarRef) -> str:
    """"w" for a weight, "b" for a bias (the spec says which)."""
    return "w" if snap.spec.is_weight(ref) else "b"


def tooltip_html(ref: ScalarRef, snap: Snapshot, sentence: str, hint: str = "", muted: str = "#555555") -> str:
    """A hover card: name, what it is, value, gradient and last update at the snapshot's step; `hint` in grey
    (`muted`)."""
    values = scalar_values(snap, ref)
    if values is None:
        return f"<b>{ref.flat}</b><br>not a parameter of this model"
    value, grad, update = values
    rows = "".join(
        f"<tr><td>{label}&nbsp;</td><td align='right'><tt>{format_number(v)}</tt></td></tr>"
        for label, v in (("value", value), (f"gradient dL/d{symbol(snap, ref)}", grad), ("last update", update))
    )
    tail = f"<br><span style='color:{muted}'>{hint}</span>" if hint else ""
    return f"<b>{ref.flat}</b> — {sentence}<table>{rows}</table>step {snap.step}{tail}"
