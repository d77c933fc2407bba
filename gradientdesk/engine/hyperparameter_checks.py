"""Checking and converting hyperparameter values, one field at a time, against its `FieldInfo`.

A refusal is a MessageError (translatable.py): its English text names the field as "Label (name)" - the label is
translated with the panels' catalogue (context "Hyperparameters"), the name is the field's own."""

from __future__ import annotations

import math
from typing import Any

from .choices import FEATURES, MAX_LAYERS, MAX_UNITS, FieldInfo
from .translatable import QT_TRANSLATE_NOOP, Message, MessageError

_CONTEXT = "HyperparameterChecks"


def _refuse(name: str, info: FieldInfo, template: str, *args: object) -> MessageError:
    """The refusal `template`, its %1 the field's label and %2 its name, then `args`."""
    return MessageError(Message(_CONTEXT, template, Message("Hyperparameters", info.label), name, *args))


def check_field(name: str, info: FieldInfo, value: Any, model: str) -> None:
    """Raise ValueError naming the field if `value` is outside its allowed range or choices (`model` is the model
    the hyperparameters describe: a model that takes input features needs at least one)."""
    if info.kind == "choice":
        if value not in info.choices:
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks", "%1 (%2) must be one of %3; got %4"),
                          ", ".join(info.choices), repr(value))
    elif info.kind == "features":
        if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                        "%1 (%2) must be a tuple of feature names"))
        bad = [v for v in value if v not in FEATURES]
        if bad:
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                        "%1 (%2): unknown feature %3; choose from %4"),
                          repr(bad[0]), ", ".join(FEATURES))
        if len(set(value)) != len(value):
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                        "%1 (%2): a feature is listed twice"))
        if not value and model in info.models:
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                        "%1 (%2): choose at least one input feature"))
    elif info.kind == "layers":
        _check_layers(name, info, value)
    elif info.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                        "%1 (%2) must be a whole number; got %3"), repr(value))
        _check_range(name, info, value)
    elif info.kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                        "%1 (%2) must be a finite number; got %3"), repr(value))
        if isinstance(value, float) and not math.isfinite(value):  # ints are finite, however large
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                        "%1 (%2) must be a finite number; got %3"), repr(value))
        if not (info.allow_zero and value == 0):
            _check_range(name, info, value)


def _check_range(name: str, info: FieldInfo, value: float) -> None:
    lo, hi = info.minimum, info.maximum
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        # {:g} of a huge int overflows
        shown = f"{value:g}" if abs(value) < 1e300 else Message(_CONTEXT, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                                                            "a huge number"))
        if info.allow_zero:
            template = QT_TRANSLATE_NOOP("HyperparameterChecks",
                                         "%1 (%2) must be between %3 and %4 (or 0 to turn it off); got %5")
        else:
            template = QT_TRANSLATE_NOOP("HyperparameterChecks", "%1 (%2) must be between %3 and %4; got %5")
        raise _refuse(name, info, template, f"{lo:g}", f"{hi:g}", shown)


def _check_layers(name: str, info: FieldInfo, value: Any) -> None:
    if not isinstance(value, tuple) or any(isinstance(v, bool) or not isinstance(v, int) for v in value):
        raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                    "%1 (%2) must be a list of whole numbers, one per layer"))
    if len(value) > MAX_LAYERS:
        raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                    "%1 (%2): at most %3 hidden layers; got %4"),
                      MAX_LAYERS, len(value))
    for i, units in enumerate(value, start=1):
        if not 1 <= units <= MAX_UNITS:
            raise _refuse(name, info, QT_TRANSLATE_NOOP(
                "HyperparameterChecks", "%1 (%2): layer %3 must have between 1 and %4 neurons; got %5"),
                i, MAX_UNITS, units)


def coerce(name: str, info: FieldInfo, value: Any) -> Any:
    """Turn a JSON value into the field's Python type, or raise ValueError naming the field."""
    kind = info.kind
    if kind in ("layers", "features"):
        if not isinstance(value, (list, tuple)):
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks", "%1 (%2) must be a list"))
        return tuple(value)
    if kind == "int":
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                        "%1 (%2) must be a whole number; got %3"), repr(value))
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks", "%1 (%2) must be a number; got %3"),
                          repr(value))
        try:
            return float(value)
        except OverflowError:
            raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks",
                                                        "%1 (%2) is far too large")) from None
    if not isinstance(value, str):
        raise _refuse(name, info, QT_TRANSLATE_NOOP("HyperparameterChecks", "%1 (%2) must be text; got %3"),
                      repr(value))
    return value
