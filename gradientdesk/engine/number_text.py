"""How GradientDesk writes numbers: the one home of number formatting.

`fmt` writes numbers in the worked equations (the update inspector, the worked forward pass), `compact` in narrow
places (the parameter table, hover cards, the weight maps' readout, the diagram's note), `score_text` an R^2 or an
explained variance. Zero is always "0", never "-0": a negative zero (e.g. -lr * 0) is still zero.
"""

from __future__ import annotations

import math

ABSURD_SCORE = -10.0  # an R^2 (or explained variance) below this is said in words, its number in a tooltip
FAR_WORSE = "far worse than predicting the mean"


def _special(x: float) -> str | None:
    """NaN and infinities spelled out (they mean training diverged), zero (either sign) as "0"; else None."""
    if not math.isfinite(x):
        return "NaN" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    if x == 0:
        return "0"
    return None


def _exponent(x: float, digits: int) -> str:
    mantissa, exponent = f"{x:.{digits - 1}e}".split("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}"


def fmt(x: float, digits: int = 4) -> str:
    """A number as the equations show it: `digits` significant digits, exponents without padding (1e-8, not
    1e-08)."""
    special = _special(x)
    if special is not None:
        return special
    if 1e-4 <= abs(x) < 1e5:
        return f"{x:.{digits}g}"
    return _exponent(x, digits)


def compact(value: float) -> str:
    """Four significant digits in at most 9 characters (the parameter table must fit a narrow dock): -0.001234,
    0.5, -5.471e-4, 1.2e5; NaN and infinities spelled out; 0 for either zero."""
    special = _special(value)
    if special is not None:
        return special
    if 1e-3 <= abs(value) < 1e4:
        return f"{value:.4g}"
    return _exponent(value, 4)


def signed(x: float) -> str:
    """A number as a right-hand operand: negatives in parentheses, so '- -0.2' reads '- (-0.2)'."""
    text = fmt(x)
    return f"({text})" if x < 0 else text


def score_text(value: float) -> str:
    """An R^2 or explained variance (1 - error / error of predicting the mean) as the loss line shows it: 0.953,
    -3.250; below ABSURD_SCORE the words "far worse than predicting the mean" (-345224575130.241 says nothing more);
    NaN as "–" (not measured)."""
    if math.isnan(value):
        return "–"
    if value < ABSURD_SCORE:
        return FAR_WORSE
    return "0.000" if value == 0 else f"{value:.3f}"


def is_absurd_score(value: float) -> bool:
    return value < ABSURD_SCORE  # False for NaN
