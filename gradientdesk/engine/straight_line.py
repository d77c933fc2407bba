"""Straight-line code from a list of calls.

The dense network's training step (network.py) is about 35 numpy calls of a fraction of a microsecond each on a
playground's tiny arrays, and there the Python around a call costs a good part of the call. Kept as a list and run as
`for call in calls: call()` (functools.partial objects), the 2-8x6-1 network's gradient took 12.2 us; the same calls
written one after another in one function, every callable and array a local name, 11.7 us.

`compile_calls` writes that function. It is the one place in the engine that makes code at run time; what it writes is
nothing but the given calls, one per line and in order (kept on the function as `source`, for reading and tests), and
every operand is an object bound once, so no text from outside ever reaches the compiler.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Arg:
    """A parameter of the compiled function standing among a call's operands, or its attribute: Arg("x", "T") is x.T."""

    name: str
    attribute: str = ""

    def text(self) -> str:
        return f"{self.name}.{self.attribute}" if self.attribute else self.name


Call = tuple  # (function, operand, ...): the function is called with the operands, positionally


def compile_calls(calls: Sequence[Call], parameters: Sequence[str], name: str = "straight_line") -> Callable:
    """A function of `parameters` making `calls` in order; an operand that is an Arg stands for that parameter (or
    its attribute: Arg("x", "T") is the parameter x_T when there is one, else x.T), any other operand is bound as it
    is. The function returns None and has `source`."""
    for parameter in parameters:
        if not parameter.isidentifier() or parameter.startswith("_"):
            raise ValueError(f"not a plain parameter name: {parameter!r}")
    bound: dict[str, object] = {}
    lines = []
    for i, (function, *operands) in enumerate(calls):
        bound[f"_f{i}"] = function
        texts = []
        for j, operand in enumerate(operands):
            if isinstance(operand, Arg):
                if operand.attribute and f"{operand.name}_{operand.attribute}" in parameters:
                    texts.append(f"{operand.name}_{operand.attribute}")  # given ready-made by the caller
                    continue
                if operand.name not in parameters or not (operand.attribute.isidentifier() or not operand.attribute):
                    raise ValueError(f"call {i}: {operand} is not one of the parameters {tuple(parameters)}")
                texts.append(operand.text())
            else:
                bound[f"_a{i}_{j}"] = operand
                texts.append(f"_a{i}_{j}")
        lines.append(f"        _f{i}({', '.join(texts)})")
    # the bound objects are the outer function's parameters, so the inner one reads them as closure cells
    source = (f"def _make({', '.join(bound)}):\n"
              f"    def {name}({', '.join(parameters)}):\n" + "\n".join(lines or ["        pass"]) + "\n"
              f"    return {name}\n")
    namespace: dict[str, object] = {}
    exec(compile(source, f"<compile_calls {name}>", "exec"), namespace)  # only the calls above: see the docstring
    function = namespace["_make"](**bound)  # type: ignore[operator]
    function.source = source
    return function
