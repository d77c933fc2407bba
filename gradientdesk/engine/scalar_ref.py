"""ScalarRef: one scalar parameter, written the way every view names it: 'dense2.W[1,3]' is entry (1, 3) of the
array 'dense2.W'. This module is the only place that parses or formats these names; everything else asks it.

Grammar of the text form:   array '[' i (',' j)* ']'   with array = group '.' part, e.g. dense2.W, dense1.b, pca.W;
the digits that end the group give the layer (dense2 -> 2); a group without digits (pca) is layer 1, PCA's one
layer of parameters (the model spec agrees: see model_spec.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

_TEXT = re.compile(r"(?P<array>[A-Za-z_]+?(?P<layer>\d*)\.[A-Za-z_]\w*)\[(?P<index>\d+(?:,\d+)*)\]", re.ASCII)


@dataclass(frozen=True)
class ScalarRef:
    """Entry `index` of parameter array `name`: ScalarRef("dense2.W", (1, 3)) is 'dense2.W[1,3]'."""

    name: str
    index: tuple[int, ...]

    @classmethod
    def parse(cls, text: str) -> ScalarRef | None:
        """'dense2.W[1,3]' -> ScalarRef('dense2.W', (1, 3)); None for anything else, including '' (the selection
        "nothing"). Returning None rather than raising: these strings come from selections, links and typed text,
        where "not a parameter" is an ordinary answer. Whether the model has that scalar is for ModelSpec to say."""
        found = _TEXT.fullmatch(text) if isinstance(text, str) else None
        if found is None:
            return None
        return cls(found["array"], tuple(int(i) for i in found["index"].split(",")))

    def format(self) -> str:
        return f"{self.name}[{','.join(map(str, self.index))}]"

    __str__ = format

    @property
    def flat(self) -> str:
        """The name every view selects by, e.g. 'dense2.W[1,3]' (the same as str(ref))."""
        return self.format()

    @property
    def group(self) -> str:
        """The array's group: 'dense2' for dense2.W and dense2.b, 'pca' for pca.W."""
        return self.name.split(".", 1)[0]

    @property
    def layer(self) -> int:
        """1-based layer from the group's trailing digits (dense2 -> 2); 1 for a group without digits (pca)."""
        return array_layer(self.name)

    @staticmethod
    def names(name: str, shape: tuple[int, ...]) -> list[str]:
        """The text of every entry of array `name` of `shape`, in C order (the order of the flat vector)."""
        if len(shape) == 1:
            return [f"{name}[{i}]" for i in range(shape[0])]
        return [f"{name}[{','.join(map(str, index))}]" for index in product(*(range(n) for n in shape))]

    @classmethod
    def every(cls, name: str, shape: tuple[int, ...]) -> Iterator[ScalarRef]:
        """Every entry of array `name` of `shape`, in C order."""
        for index in product(*(range(n) for n in shape)):
            yield cls(name, index)


def array_layer(name: str) -> int:
    """Layer of an array name by the rule of the module docstring: 'dense3.W' -> 3, 'pca.b' -> 1."""
    found = _TEXT.fullmatch(f"{name}[0]")
    return int(found["layer"]) if found is not None and found["layer"] else 1
