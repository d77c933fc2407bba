"""The range of numbers GradientDesk takes from a person or a file: typed weights and biases, imported coordinates
and targets, values read from session files.

Every view must be able to draw what the model holds. Qt's raster engine and pyqtgraph's axis ticks overflow on
values near the float limit (a weight of 1e308 crashed the weight maps' paint), and training already counts
parameters past a million as exploded (divergence.EXPLODED is a squared norm of 1e12). So a value a person or a file
gives must be finite with |x| <= MAX_ABS_VALUE, and a refusal says so.
"""

from __future__ import annotations

import math

import numpy as np

from .translatable import QT_TRANSLATE_NOOP, Message, MessageError

MAX_ABS_VALUE = 1e6
RANGE_TEXT = "between -1,000,000 and 1,000,000"
# the refusals below, the range written out for translators (tests check it is RANGE_TEXT)
VALUE_REFUSED = QT_TRANSLATE_NOOP("Limits", "%1 must be a number between -1,000,000 and 1,000,000; got %2")
VALUES_REFUSED = QT_TRANSLATE_NOOP("Limits", "%1 must be numbers between -1,000,000 and 1,000,000; found %2")


def check_value(value: float, what: str) -> float:
    """`value` as a float if it is finite and within the range; else ValueError (a MessageError) naming `what` and
    the range."""
    number = float(value)
    if not math.isfinite(number) or abs(number) > MAX_ABS_VALUE:
        raise MessageError(Message("Limits", VALUE_REFUSED, what, repr(value)))
    return number


def check_array(values: np.ndarray, what: str) -> None:
    """ValueError (a MessageError) naming `what`, the first offending value and the range, unless every entry is
    finite and within it."""
    array = np.asarray(values, dtype=np.float64)
    bad = ~np.isfinite(array) | (np.abs(array) > MAX_ABS_VALUE)
    if bad.any():
        first = array[bad].flat[0]
        raise MessageError(Message("Limits", VALUES_REFUSED, what, f"{first:g}"))
