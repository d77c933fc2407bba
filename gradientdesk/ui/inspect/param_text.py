"""Scalar parameters by name, as the inspection views show them: 'dense2.W[1,3]' parsed into (array name, index),
read from a snapshot, and described in words for tooltips ("weight from x2 to neuron 1 of layer 1")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...engine.snapshot import Snapshot
from ..panels.parameter_table import format_number

_FLAT = re.compile(r"^(?P<name>[a-z]+(?P<layer>\d*)\.(?P<kind>[Wb]))\[(?P<index>\d+(?:,\d+)?)\]$")


@dataclass(frozen=True)
class ScalarRef:
    """One scalar: `name` of its array ("dense2.W") and its `index` in it ((1, 3))."""

    name: str
    index: tuple[int, ...]

    @property
    def flat(self) -> str:
        """The name every view selects by, e.g. 'dense2.W[1,3]'."""
        return f"{self.name}[{','.join(map(str, self.index))}]"

    @property
    def layer(self) -> int:
        """1-based layer (dense2 -> 2); 1 for names without a number (pca)."""
        digits = re.search(r"(\d+)\.", self.name)
        return int(digits.group(1)) if digits else 1

    @property
    def is_weight(self) -> bool:
        return self.name.endswith(".W")


def parse_flat(flat: str) -> ScalarRef | None:
    """'dense2.W[1,3]' -> ScalarRef('dense2.W', (1, 3)); None for anything else (including '')."""
    found = _FLAT.match(flat)
    if not found:
        return None
    return ScalarRef(found["name"], tuple(int(i) for i in found["index"].split(",")))


def scalar_values(snap: Snapshot, ref: ScalarRef) -> tuple[float, float, float] | None:
    """(value, gradient, last update) of `ref` in `snap`, or None if the model has no such scalar."""
    arrays = (snap.parameters.get(ref.name), snap.gradients.get(ref.name), snap.updates.get(ref.name))
    if arrays[0] is None or len(ref.index) != arrays[0].ndim:
        return None
    if any(not 0 <= i < n for i, n in zip(ref.index, arrays[0].shape, strict=True)):
        return None
    return tuple(float(a[ref.index]) if a is not None else float("nan") for a in arrays)  # type: ignore[return-value]


def describe(ref: ScalarRef, n_layers: int, input_names: tuple[str, ...] = ()) -> str:
    """What the scalar connects, in words; `n_layers` counts the dense layers (the last one is the output)."""
    if ref.name.startswith("pca."):
        if ref.is_weight:
            return f"weight of input {ref.index[0]} in component {ref.index[1]}"
        return f"centre of input {ref.index[0]} (the data are shifted by it before projecting)"
    layer, i = ref.layer, ref.index[0]
    target = f"output neuron {i}" if layer == n_layers else f"neuron {i} of layer {layer}"
    if ref.is_weight:
        j = ref.index[1]
        if layer == 1:
            source = f"input {input_names[j]}" if j < len(input_names) else f"input {j}"
        else:
            source = f"neuron {j} of layer {layer - 1}"
        return f"weight from {source} to {target}"
    return f"bias of {target}"


def tooltip_html(ref: ScalarRef, snap: Snapshot, sentence: str, hint: str = "") -> str:
    """A hover card: name, what it is, value, gradient and last update at the snapshot's step."""
    values = scalar_values(snap, ref)
    if values is None:
        return f"<b>{ref.flat}</b><br>not a parameter of this model"
    value, grad, update = values
    symbol = "w" if ref.is_weight else "b"
    rows = "".join(
        f"<tr><td>{label}&nbsp;</td><td align='right'><tt>{format_number(v)}</tt></td></tr>"
        for label, v in (("value", value), (f"gradient dL/d{symbol}", grad), ("last update", update))
    )
    tail = f"<br><span style='color:#555555'>{hint}</span>" if hint else ""
    return f"<b>{ref.flat}</b> — {sentence}<table>{rows}</table>step {snap.step}{tail}"
