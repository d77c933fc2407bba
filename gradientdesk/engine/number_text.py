"""How the worked equations write numbers (the update inspector, the worked forward pass)."""

from __future__ import annotations

import math


def fmt(x: float, digits: int = 4) -> str:
    """A number as the equations show it: `digits` significant digits, exponents without padding (1e-8, not
    1e-08)."""
    if not math.isfinite(x):
        return "NaN" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    if x == 0:
        return "0"
    if 1e-4 <= abs(x) < 1e5:
        return f"{x:.{digits}g}"
    mantissa, exponent = f"{x:.{digits - 1}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}"


def signed(x: float) -> str:
    """A number as a right-hand operand: negatives in parentheses, so '- -0.2' reads '- (-0.2)'."""
    text = fmt(x)
    return f"({text})" if x < 0 else text
