"""Arrays and checked values inside session files (pure Python + numpy, no Qt).

An array is stored in one of two forms, and both are read without ever unpickling anything:

* ``{"npy": "<base64>"}`` — the bytes of a ``.npy`` file (what ``np.save`` writes), base64-encoded. Exact for every
  float64 bit pattern and compact. Before any data is read, the ``.npy`` header is parsed on its own (numpy's header
  reader uses ``ast.literal_eval``, never ``eval``) and its dtype, shape and length are checked, so a forged header
  cannot make us allocate gigabytes; only then is the array read with ``np.load(..., allow_pickle=False)``.
* nested JSON lists of numbers (``[[1.5, 2.0], [0.25, -1.0]]``) — readable, handy in hand-written lesson files, and
  exact too: Python writes the shortest decimal that reads back to the same float64. ``null`` stands for NaN where
  NaN is allowed (an unmeasured test loss); JSON's non-standard ``NaN``/``Infinity`` tokens are refused.

Every check raises `SessionError` with the dotted path of the offending field ("data.X", "parameters.dense1.W").
Float arrays are limited to the range the views can draw (|x| <= 1e6, `engine.limits`) unless the caller gives
another limit (the loss history's counters and losses, which training legitimately takes further).

The checks' texts are translatable (engine/translatable.py): a SessionError raised here carries a Message of the
context "SessionFile" (its `message`; the bridge's engine_text translates it), whose English is the text itself.
"""

from __future__ import annotations

import base64
import binascii
import io
import math
from typing import Any

import numpy as np

from ..engine.limits import MAX_ABS_VALUE, RANGE_TEXT, check_value
from ..engine.translatable import QT_TRANSLATE_NOOP, Message

MAX_ARRAY_ELEMENTS = 1_000_000  # 100 000 points x 2 coordinates fit with room; anything bigger is refused
_KINDS = {"float": "f", "int": "iu", "bool": "b"}


class SessionError(ValueError):
    """A session file (or a Session about to be saved) is not acceptable. The message says what is wrong and where
    ("data.X: row 12 is not a finite number"), in words a user can act on. Raised with a Message (translatable.py),
    it is `message` too, and the interface shows it translated; raised with plain text, `message` is None."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message if isinstance(message, Message) else None


def said(template: str, *args: object) -> Message:
    """A text of the session files for a person: `template` (marked where it is written) in the context
    "SessionFile"."""
    return Message("SessionFile", template, *args)


def reason(error: ValueError) -> Message | str:
    """What a ValueError says: its Message if it carries one (a MessageError or SessionError), else its text."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], Message) else str(error)


# ---- plain values --------------------------------------------------------------------------------------------------
def expect_mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 must be an object {...}; found %2"), where, type_name(value)))
    return value


def expect_keys(mapping: dict[str, Any], where: str, required: tuple[str, ...], optional: tuple[str, ...]) -> None:
    """Refuse missing required keys and any key that is not known (a typo must not be silently ignored)."""
    missing = [k for k in required if k not in mapping]
    if missing:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1: the field '%2' is missing"), where, missing[0])
                           if where else said(QT_TRANSLATE_NOOP(
                               "SessionFile", "the field '%1' is missing"), missing[0]))
    unknown = sorted(set(mapping) - set(required) - set(optional))
    if unknown:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1: unknown field '%2'"), where, unknown[0])
                           if where else said(QT_TRANSLATE_NOOP("SessionFile", "unknown field '%1'"), unknown[0]))


def expect_str(value: Any, where: str, max_length: int, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be text; found %2"), where, type_name(value)))
    if len(value) > max_length:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 is too long (%2 characters; at most %3)"), where, len(value),
                                max_length))
    if not allow_empty and not value.strip():
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must not be empty"), where))
    return value


def expect_int(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 must be a whole number; found %2"), where, type_name(value)))
    if not low <= value <= high:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 must be between %2 and %3; found %4"), where, low, high, value))
    return value


def expect_float(value: Any, where: str, low: float, high: float, high_inclusive: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 must be a number; found %2"), where, type_name(value)))
    value = float(value)
    if not math.isfinite(value):
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be a finite number"), where))
    if value < low or value > high or (value == high and not high_inclusive):
        bound = said(QT_TRANSLATE_NOOP("SessionFile", "at most %1") if high_inclusive else
                     QT_TRANSLATE_NOOP("SessionFile", "below %1"), f"{high:g}")
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be at least %2 and %3; found %4"), where,
                                f"{low:g}", bound, f"{value:g}"))
    return value


_TYPE_NAMES = {dict: QT_TRANSLATE_NOOP("SessionFile", "an object"), list: QT_TRANSLATE_NOOP("SessionFile", "a list"),
               str: QT_TRANSLATE_NOOP("SessionFile", "text"), bool: QT_TRANSLATE_NOOP("SessionFile", "true/false"),
               int: QT_TRANSLATE_NOOP("SessionFile", "a number"), float: QT_TRANSLATE_NOOP("SessionFile", "a number"),
               type(None): "null"}  # null is JSON's own word


def type_name(value: Any) -> str:
    """What JSON type `value` is, in words ("a list"): a Message, except JSON's null and Python's own type names."""
    name = _TYPE_NAMES.get(type(value))
    if name is None:
        return type(value).__name__
    return name if name == "null" else said(name)


# ---- arrays --------------------------------------------------------------------------------------------------------
def encode_array(array: np.ndarray, readable: bool) -> Any:
    """JSON-ready form of `array`: nested lists (NaN as null) when `readable`, else base64 of its .npy bytes."""
    array = np.ascontiguousarray(array)
    if readable:
        if array.dtype.kind == "f":
            return _nan_to_none(array.tolist())
        return array.tolist()
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return {"npy": base64.b64encode(buffer.getvalue()).decode("ascii")}


def _nan_to_none(values: Any) -> Any:
    if isinstance(values, list):
        return [_nan_to_none(v) for v in values]
    return None if isinstance(values, float) and math.isnan(values) else values


def decode_array(value: Any, where: str, kind: str, shape: tuple[int | None, ...], allow_nan: bool = False,
                 allow_inf: bool = False, limit: tuple[float, str] = (MAX_ABS_VALUE, RANGE_TEXT)) -> np.ndarray:
    """An array of `kind` ("float" | "int" | "bool") whose shape matches `shape` (None: any length), from either
    stored form. Floats are checked finite unless NaN (or infinity) is explicitly allowed, and within `limit`
    (the largest magnitude, and how a refusal words the range)."""
    if isinstance(value, dict):
        array = _from_npy(value, where, kind, len(shape))
    elif isinstance(value, list):
        array = _from_lists(value, where, kind, len(shape), allow_nan)
        if array.size == 0 and len(shape) == 2:
            array = array.reshape(0, shape[1] or 0)  # "[]" carries no row width
    else:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be an array (a list of numbers or "
                                                  "{\"npy\": ...}); found %2"), where, type_name(value)))
    for axis, (got, want) in enumerate(zip(array.shape, shape, strict=True)):
        if want is not None and got != want:
            expected = "(" + ", ".join("n" if s is None else str(s) for s in shape) + (",)" if len(shape) == 1
                                                                                        else ")")
            raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 has shape %2, expected %3 (axis %4 should be "
                                                      "%5)"), where, tuple(array.shape), expected, axis, want))
    if kind == "float" and not (allow_nan and allow_inf):
        bad = np.isinf(array) if allow_nan else ~np.isfinite(array)
        if bad.any():
            position = [int(i) for i in np.unravel_index(int(np.flatnonzero(bad.ravel())[0]), array.shape)]
            template = (QT_TRANSLATE_NOOP("SessionFile", "%1 is infinity; only finite numbers are allowed") if allow_nan
                        else QT_TRANSLATE_NOOP("SessionFile", "%1 is NaN or infinity; only finite numbers are allowed"))
            raise SessionError(said(template, f"{where}{position}"))
    if kind == "float":
        _check_magnitude(array, where, *limit)
    array.setflags(write=False)
    return array


def _check_magnitude(array: np.ndarray, where: str, largest: float, range_text: str) -> None:
    """SessionError naming the first finite entry larger in magnitude than `largest`, and the range."""
    with np.errstate(invalid="ignore"):  # NaN (not measured) is no magnitude
        outside = np.abs(array) > largest
    if not outside.any():
        return
    index = tuple(int(i) for i in np.argwhere(outside)[0])
    name = f"{where}{list(index)}"
    value = float(array[index])
    if largest == MAX_ABS_VALUE:
        try:
            check_value(value, name)
        except ValueError as error:
            raise SessionError(reason(error)) from None
    raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be a number %2; got %3"), name, range_text,
                            f"{value:g}"))


def _from_npy(value: dict[str, Any], where: str, kind: str, ndim: int) -> np.ndarray:
    expect_keys(value, where, ("npy",), ())
    text = value["npy"]
    if not isinstance(text, str):
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1.npy must be base64 text; found %2"), where, type_name(value)))
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1.npy is not valid base64 text"), where)) from None
    buffer = io.BytesIO(raw)
    try:
        major, _minor = np.lib.format.read_magic(buffer)
        if major == 1:
            shape, _fortran, dtype = np.lib.format.read_array_header_1_0(buffer)
        elif major in (2, 3):
            shape, _fortran, dtype = np.lib.format.read_array_header_2_0(buffer)
        else:
            raise ValueError(f"unsupported .npy version {major}")
    except (ValueError, SyntaxError, TypeError, EOFError) as error:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1.npy is not a readable .npy array (%2)"), where, error)) from None
    if dtype.hasobject or dtype.kind not in _KINDS[kind] or dtype.itemsize > 8 or dtype.names is not None:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 must hold %2 values; the file declares %3"), where, kind, dtype))
    if len(shape) != ndim:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 must have %2 dimension(s); the file declares shape %3"), where, ndim,
                                shape))
    count = math.prod(shape)
    if count > MAX_ARRAY_ELEMENTS:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 is too large (%2 numbers; at most %3)"), where, count,
                                MAX_ARRAY_ELEMENTS))
    remaining = len(raw) - buffer.tell()
    if remaining != count * dtype.itemsize:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1.npy is truncated or padded: %2 data bytes for "
                                                  "shape %3 of %4"), where, remaining, shape, dtype))
    buffer.seek(0)
    try:
        array = np.load(buffer, allow_pickle=False)
    except (ValueError, OSError, EOFError) as error:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1.npy could not be read (%2)"), where, error)) from None
    return _as_kind(np.array(array, order="C"), kind)


def _as_kind(array: np.ndarray, kind: str) -> np.ndarray:
    return array.astype({"float": np.float64, "int": np.int64, "bool": bool}[kind], copy=False)


def _from_lists(value: list[Any], where: str, kind: str, ndim: int, allow_nan: bool) -> np.ndarray:
    """Walk the nested lists checking every element's JSON type (np.array would happily turn "1.5" into 1.5)."""
    if ndim == 1:
        rows = [value]
    else:
        if ndim != 2:
            raise AssertionError("only 1-D and 2-D arrays are stored")
        rows = value
        if len(rows) > MAX_ARRAY_ELEMENTS:
            raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 is too large (%2 rows)"), where, len(rows)))
        width = None
        for i, row in enumerate(rows):
            if not isinstance(row, list):
                raise SessionError(said(QT_TRANSLATE_NOOP(
                    "SessionFile", "%1 must be a list of numbers; found %2"), f"{where}[{i}]",
                                        type_name(row)))
            if width is None:
                width = len(row)
            elif len(row) != width:
                raise SessionError(said(QT_TRANSLATE_NOOP(
                    "SessionFile", "%1 has %2 value(s), but row 0 has %3"), f"{where}[{i}]",
                                        len(row), width))
    total = sum(len(row) for row in rows)
    if total > MAX_ARRAY_ELEMENTS:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 is too large (%2 numbers; at most %3)"), where, total,
                                MAX_ARRAY_ELEMENTS))
    for i, row in enumerate(rows):
        for j, item in enumerate(row):
            if not _element_ok(item, kind, allow_nan):
                index = f"[{j}]" if ndim == 1 else f"[{i}][{j}]"
                wanted = said({"float": QT_TRANSLATE_NOOP("SessionFile", "a number"),
                               "int": QT_TRANSLATE_NOOP("SessionFile", "a whole number"),
                               "bool": QT_TRANSLATE_NOOP("SessionFile", "true or false")}[kind])
                shown = _short(item)
                raise SessionError(said(QT_TRANSLATE_NOOP(
                    "SessionFile", "%1 must be %2; found %3 %4"), f"{where}{index}",
                                        wanted, type_name(item), shown) if shown else
                                   said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be %2; found %3"), f"{where}{index}",
                                        wanted, type_name(item)))
    if kind == "float":
        converted = [[np.nan if v is None else v for v in row] for row in rows]
    else:
        converted = rows
    dtype = {"float": np.float64, "int": np.int64, "bool": bool}[kind]
    try:
        array = np.array(converted if ndim == 2 else converted[0], dtype=dtype)
    except OverflowError:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 holds a number too large to store"), where)) from None
    return array


def _element_ok(item: Any, kind: str, allow_nan: bool) -> bool:
    if kind == "bool":
        return isinstance(item, bool)
    if isinstance(item, bool):
        return False
    if kind == "int":
        return isinstance(item, int) and -(2**62) <= item <= 2**62
    if item is None:
        return allow_nan
    return isinstance(item, (int, float)) and (not isinstance(item, int) or abs(item) < 2**1000)


def _short(item: Any) -> str:
    if item is None or isinstance(item, (list, dict)):
        return ""
    text = repr(item)
    return text if len(text) <= 30 else text[:27] + "..."
