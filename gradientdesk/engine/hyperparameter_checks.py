"""Checking and converting hyperparameter values, one field at a time, against its `FieldInfo`."""

from __future__ import annotations

import math
from typing import Any

from .choices import FEATURES, MAX_LAYERS, MAX_UNITS, FieldInfo


def check_field(name: str, info: FieldInfo, value: Any, model: str) -> None:
    """Raise ValueError naming the field if `value` is outside its allowed range or choices (`model` is the model
    the hyperparameters describe: a model that takes input features needs at least one)."""
    label = f"{info.label} ({name})"
    if info.kind == "choice":
        if value not in info.choices:
            raise ValueError(f"{label} must be one of {', '.join(info.choices)}; got {value!r}")
    elif info.kind == "features":
        if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{label} must be a tuple of feature names")
        bad = [v for v in value if v not in FEATURES]
        if bad:
            raise ValueError(f"{label}: unknown feature {bad[0]!r}; choose from {', '.join(FEATURES)}")
        if len(set(value)) != len(value):
            raise ValueError(f"{label}: a feature is listed twice")
        if not value and model in info.models:
            raise ValueError(f"{label}: choose at least one input feature")
    elif info.kind == "layers":
        _check_layers(label, value)
    elif info.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{label} must be a whole number; got {value!r}")
        _check_range(label, info, value)
    elif info.kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{label} must be a finite number; got {value!r}")
        if isinstance(value, float) and not math.isfinite(value):  # ints are finite, however large
            raise ValueError(f"{label} must be a finite number; got {value!r}")
        if not (info.allow_zero and value == 0):
            _check_range(label, info, value)


def _check_range(label: str, info: FieldInfo, value: float) -> None:
    lo, hi = info.minimum, info.maximum
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        extra = " (or 0 to turn it off)" if info.allow_zero else ""
        shown = f"{value:g}" if abs(value) < 1e300 else "a huge number"  # {:g} of a huge int overflows
        raise ValueError(f"{label} must be between {lo:g} and {hi:g}{extra}; got {shown}")


def _check_layers(label: str, value: Any) -> None:
    if not isinstance(value, tuple) or any(isinstance(v, bool) or not isinstance(v, int) for v in value):
        raise ValueError(f"{label} must be a list of whole numbers, one per layer")
    if len(value) > MAX_LAYERS:
        raise ValueError(f"{label}: at most {MAX_LAYERS} hidden layers; got {len(value)}")
    for i, units in enumerate(value, start=1):
        if not 1 <= units <= MAX_UNITS:
            raise ValueError(f"{label}: layer {i} must have between 1 and {MAX_UNITS} neurons; got {units}")


def coerce(name: str, info: FieldInfo, value: Any) -> Any:
    """Turn a JSON value into the field's Python type, or raise ValueError naming the field."""
    kind = info.kind
    if kind in ("layers", "features"):
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"{info.label} ({name}) must be a list")
        return tuple(value)
    if kind == "int":
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{info.label} ({name}) must be a whole number; got {value!r}")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{info.label} ({name}) must be a number; got {value!r}")
        try:
            return float(value)
        except OverflowError:
            raise ValueError(f"{info.label} ({name}) is far too large") from None
    if not isinstance(value, str):
        raise ValueError(f"{info.label} ({name}) must be text; got {value!r}")
    return value
