"""How GradientDesk writes numbers: the one home of number formatting.

`fmt` writes numbers in the worked equations (the update inspector, the worked forward pass), `compact` in narrow
places (the parameter table, hover cards, the weight maps' readout, the diagram's note), `score_text` an R^2 or an
explained variance. Zero is always "0", never "-0": a negative zero (e.g. -lr * 0) is still zero.

Exact counts (the Scale view: parameters, bytes, floating-point operations, Python ints) are written by `grouped`
("124,439,808"), `in_words` ("124 million"), `bytes_text` (decimal units: 1 kB = 1,000 bytes), `scientific` and
`flops_text`, to three significant figures, rounded in integers.
"""

from __future__ import annotations

import math
from decimal import Decimal

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


# ---- exact counts -------------------------------------------------------------------------------------------------
# short-scale names, each 1,000 times the one before; past the last, the count of the last is grouped
WORDS = ("thousand", "million", "billion", "trillion", "quadrillion", "quintillion", "sextillion", "septillion",
         "octillion", "nonillion", "decillion")
BYTE_UNITS = ("kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")


def whole(n: int, what: str) -> int:
    """n as a non-negative int, or ValueError naming what it is (a float would round the count)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValueError(f"{what} must be a whole number of at least 0, not {n!r}")
    return n


def grouped(n: int) -> str:
    """Digits grouped by thousands: 124439808 -> "124,439,808"."""
    return f"{whole(n, 'the number'):,}"


def _three_figures(n: int) -> int:
    """n rounded to three significant figures, half up, in integers (no float rounds it twice)."""
    digits = len(str(n))
    if digits <= 3:
        return n
    unit = 10 ** (digits - 3)
    return (n + unit // 2) // unit * unit


def _decimal(n: int, scale: int) -> str:
    """n / scale written without trailing zeros: 1560 / 1000 -> "1.56", 175000 / 1000 -> "175"."""
    text = format(Decimal(n) / Decimal(scale), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _scaled(n: int, names: tuple[str, ...]) -> tuple[str, str]:
    """n to three figures as (number, unit name), the unit the largest of 1000^k (k >= 1) not above it; ("n", "")
    below 1000."""
    rounded = _three_figures(n)  # rounding first, so that 999,999 is "1 million", not "1,000 thousand"
    power = min((len(str(rounded)) - 1) // 3, len(names))
    if power == 0:
        return str(n), ""
    number = _decimal(rounded, 1000**power)
    if "." not in number and len(number) > 3:  # past the last name: group its count
        number = f"{int(number):,}"
    return number, names[power - 1]


def in_words(n: int) -> str:
    """A count in words to three significant figures: "124 million", "1.56 billion", "61.7 thousand", "25"."""
    number, name = _scaled(whole(n, "the number"), WORDS)
    return f"{number} {name}" if name else number


def bytes_text(n: int) -> str:
    """Bytes in decimal units (1 kB = 1,000 bytes, 1 MB = 10^6, 1 GB = 10^9) to three figures: "498 MB", "1.5 GB"."""
    number, unit = _scaled(whole(n, "bytes"), BYTE_UNITS)
    return f"{number} {unit}" if unit else f"{number} bytes"


def scientific(n: int) -> str:
    """n to three significant figures as mantissa e exponent: 314626066790400000000000 -> "3.15e23"."""
    rounded = _three_figures(whole(n, "the number"))
    if rounded < 1000:
        return str(rounded)
    exponent = len(str(rounded)) - 1
    return f"{_decimal(rounded, 10**exponent)}e{exponent}"


def flops_text(n: int) -> str:
    """Floating-point operations in scientific notation and in words: "3.14e23 FLOP (314 sextillion)"."""
    words = in_words(n)
    return f"{scientific(n)} FLOP" + (f" ({words})" if n >= 1000 else "")
