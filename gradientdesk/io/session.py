"""Session files (``.gdesk``): save and open the whole state of a GradientDesk window.

Format (versioned JSON, UTF-8; never pickle, never anything that runs code)::

    {
      "format": "gradientdesk-session",     required, exactly this text
      "version": 2,                         required; 1 or 2 (a version 1 file opens unchanged: no optimizer
                                            state, no counters, no keyframes); a newer version is refused with
                                            "update GradientDesk"
      "title": "Learning rate",             optional text (<= 200 characters)
      "data": {                             required
        "task": "classification",           "classification" | "regression" | "unsupervised"
        "name": "circle",                   optional, shown in the UI (<= 100 characters)
        "input_dim": 2,                     1 (x) or 2 (x1, x2)
        "class_names": ["A", "B"],          classification: 2..6 distinct names; otherwise [] or absent
        "X": ARRAY (n, input_dim) float,    coordinates, |x| <= 1e6, n <= 100 000 (n = 0: an empty canvas)
        "y": ARRAY (n,),                    class index 0..k-1 (int) | target (float, |y| <= 1e6); absent for
                                            unsupervised
        "is_test": ARRAY (n,) bool          optional (default: every point trains)
      },
      "settings": {"preset": "circle", "n": 300, "noise": null, "seed": 1, "test_fraction": 0.5},   optional
      "hyperparameters": {...},             required: Hyperparameters.to_dict(); a missing field takes its default,
                                            an unknown field or a value out of range is refused
      "parameters": null | {"dense1.W": ARRAY (units, fan_in), "dense1.b": ARRAY (units,), ...},
                                            exactly the names and shapes of the model the hyperparameters build
                                            for this data ("pca.W" (d, k), "pca.b" (d,) for PCA); |p| <= 1e6
      "loss_history": null | {"epoch", "step", "train_loss", "test_loss", "train_metric", "test_metric":
                                            ARRAY (m,) float each, m <= 100 000, |x| <= 1e12; NaN (null) =
                                            not measured}.
                                            Needs "parameters". Opening it continues the step and epoch counters.
      "lesson": null | {"title": str, "goal": str, "steps": [str, ...], ...}
                                            free object of texts: keys [a-z][a-z0-9_]*, values a string
                                            (<= 4000 characters; "title" <= 200) or a list of <= 30 strings
      "optimizer": OPTIMIZER,               version 2, optional (absent/null: a fresh optimizer). The running
                                            state that goes with "parameters" (needs them), so opening continues
                                            training exactly (momentum's velocity, Adam's moments and t)
      "counters": {"step": int, "epoch": int, "examples_seen": int},
                                            version 2, optional; needs "parameters": the counts the run had
                                            reached (whole numbers 0..2**53); absent: the loss history's last row
      "keyframes": [                        version 2, optional (default []): the timeline keyframes the learner
        {"step": int, "epoch": int,         pinned, at most 20, in increasing step order; opening puts them back
         "examples_seen": int,              in the timeline, pinned
         "train_loss": float, "test_loss": float | null,      |loss| <= 1e12
         "hyperparameters": {...},          Hyperparameters.to_dict() in force at that step (checked like the
                                            top-level ones)
         "parameters": {name: ARRAY},       exactly the names and shapes of "parameters" above; |p| <= 1e6
         "optimizer": OPTIMIZER}, ...]      required in a keyframe; for that keyframe's hyperparameters' optimizer
    }
    OPTIMIZER = {"name": "adam",            must be the optimizer its hyperparameters choose
                 "t": int,                  the optimizer's step count (Adam's bias correction), 0..2**53
                 "state": {"m": {name: ARRAY}, "v": {name: ARRAY}}}
                                            exactly the optimizer's state names (sgd: {}, momentum and nesterov:
                                            "velocity", adagrad, rmsprop, adam: theirs), each with the parameters'
                                            names and shapes; finite, |x| <= 1e12
    ARRAY = {"npy": "<base64 of the bytes np.save writes>"}       (exact, compact; what GradientDesk writes)
          | nested JSON lists of numbers, e.g. [[0.5, 1.0], ...]  (exact too; readable for hand-written lessons)

Since version 2 the optimizer's running state (momentum, Adam's moments, t) and the counters are stored with the
parameters, so an opened run continues training exactly as the saved one would have (same updates) - up to the
shuffling position, which is not stored: the next epoch's minibatch order starts afresh from the counters.
Version 1 files (no optimizer state: opening starts a fresh optimizer with the saved parameters) open unchanged.

Opening checks everything (file size <= 50 MB, types, shapes, ranges, finite numbers within the range the views
can draw - `engine.limits` - unknown fields, whether the model fits the data) and raises `SessionError`, a ValueError
whose message says what is wrong and where. Saving writes through QSaveFile (see `atomic.py`), so a crash mid-save
never leaves half a file, and it first reads the encoded bytes back through the same checks: GradientDesk never
writes a file it would refuse to open.

Public API (used by the File menu, autosave, the command line and lessons)::

    load_session(path) -> Session                  raises SessionError
    save_session(path, session, readable=False)    raises SessionError (bad content) or OSError (disk)
    encode_session(session, readable=False) -> bytes ;  decode_session(raw: bytes) -> Session
    validate_file(path) -> str                     one-line summary, raises SessionError
    plan_opening(session) -> OpenPlan              hyperparameters, parameters, optimizer state, counters, keyframes
                                                   and a note for opening it
    (ui/document/sessions.py turns a window's controller into a Session and opens one in it; io never sees it)
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..engine import Hyperparameters
from ..engine.features import features_for_input_dim
from ..engine.hyperparameters import MODEL_LABELS
from ..engine.models import check_trainable
from ..engine.translatable import QT_TRANSLATE_NOOP
from ..state.data_state import DataState
from .atomic import write_atomically
from .session_codec import SessionError, said
from .session_compare import SavedComparison, SavedRun, SavedSweep
from .session_schema import (
    FORMAT,
    HISTORY_COLUMNS,
    MAX_KEYFRAMES,
    MAX_POINTS,
    VERSION,
    OptimizerState,
    SavedKeyframe,
    Session,
    check_lesson,
    from_document,
    model_for,
    to_document,
)

__all__ = ["FORMAT", "HISTORY_COLUMNS", "MAX_FILE_BYTES", "MAX_KEYFRAMES", "MAX_POINTS", "SUFFIX", "VERSION",
           "OpenPlan", "OptimizerState", "SavedComparison", "SavedKeyframe", "SavedRun", "SavedSweep", "Session",
           "SessionError", "can_hold_parameters", "check_lesson", "decode_session", "encode_session",
           "load_session", "plan_opening", "save_session", "summarize", "validate_file"]

SUFFIX = ".gdesk"
MAX_FILE_BYTES = 50 * 1024 * 1024
_SIGNATURES = {  # what people open by mistake, recognised by their first bytes
    b"\x80": QT_TRANSLATE_NOOP("SessionFile", "this is a Python pickle, which GradientDesk never opens because "
                                             "loading one can run any code"),
    b"PK\x03\x04": QT_TRANSLATE_NOOP("SessionFile",
                                   "this is a zip archive (perhaps a NumPy .npz export), not a session"),
    b"\x93NUMPY": QT_TRANSLATE_NOOP("SessionFile", "this is a NumPy .npy array, not a session"),
    b"\x89PNG": QT_TRANSLATE_NOOP("SessionFile", "this is a PNG picture, not a session"),
}


_TOO_LARGE = QT_TRANSLATE_NOOP("SessionFile", "the file is too large (%1 MB; at most %2 MB)")
_TOO_DEEP = QT_TRANSLATE_NOOP("SessionFile", "the file nests its data too deeply to be a session")


# ---- bytes <-> Session -------------------------------------------------------------------------------------------
def encode_session(session: Session, readable: bool = False) -> bytes:
    """The file contents for `session`, after checking that they read back as an equal session."""
    if not isinstance(session, Session):
        raise SessionError(f"expected a Session; got {type(session).__name__}")
    try:
        text = json.dumps(to_document(session, readable), indent=1 if readable else None, allow_nan=False,
                          ensure_ascii=False)
    except (TypeError, ValueError) as error:  # a NaN in a parameter, a number in the lesson, ...
        raise SessionError(f"the session cannot be stored: {error}") from None
    raw = text.encode("utf-8")
    if len(raw) > MAX_FILE_BYTES:
        raise SessionError(f"the session would take {len(raw) / 2**20:.0f} MB; at most {MAX_FILE_BYTES >> 20} MB")
    decode_session(raw)  # the same checks as opening: never write a file that would be refused
    return raw


def decode_session(raw: bytes) -> Session:
    """Parse and check the bytes of a session file. Raises SessionError naming what is wrong."""
    if len(raw) > MAX_FILE_BYTES:
        raise SessionError(said(_TOO_LARGE, f"{len(raw) / 2**20:.0f}", MAX_FILE_BYTES >> 20))
    if not raw.strip():
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "the file is empty")))
    for signature, what in _SIGNATURES.items():
        if raw.startswith(signature):
            raise SessionError(said(what))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "this is not a text file (byte %1 is not UTF-8)"),
                                error.start)) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        where = said(QT_TRANSLATE_NOOP("SessionFile", "line %1, column %2"), error.lineno, error.colno)
        if error.pos >= len(text.rstrip()):
            raise SessionError(said(QT_TRANSLATE_NOOP(
                "SessionFile", "the file ends too early (%1): it was cut off or is not complete"), where)) from None
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "the file is not valid JSON at %1: %2"), where,
                                error.msg)) from None
    except RecursionError:
        raise SessionError(said(_TOO_DEEP)) from None
    except SessionError:  # _refuse_constant, _no_duplicates
        raise
    except ValueError:  # Python refuses to read integers of more than 4300 digits
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "the file holds a number far too long to be read"))
                           ) from None
    try:
        return from_document(document)
    except RecursionError:
        raise SessionError(said(_TOO_DEEP)) from None


def _refuse_constant(name: str) -> Any:
    raise SessionError(said(QT_TRANSLATE_NOOP(
        "SessionFile", "the file contains %1, which is not a JSON number; only finite numbers are allowed"), name))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "the field '%1' appears twice in the same object"),
                                    key))
        result[key] = value
    return result


# ---- files -------------------------------------------------------------------------------------------------------
def load_session(path: str | Path) -> Session:
    """Read and check a session file. Raises SessionError (never anything else) with a message for the user."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SessionError(said(_TOO_LARGE, f"{size / 2**20:.0f}", MAX_FILE_BYTES >> 20))
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)  # bounded even if the file grows meanwhile
    except IsADirectoryError:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 is a folder, not a file"), path.name)) from None
    except OSError as error:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "cannot read %1: %2"), path.name,
                                error.strerror or error)) from None
    return decode_session(raw)


def save_session(path: str | Path, session: Session, readable: bool = False) -> None:
    """Write `session` atomically: the old file stays intact until the new one is completely on disk.
    `readable` stores arrays as JSON lists (for hand-edited lesson files) instead of base64 .npy bytes.
    Raises SessionError if the session cannot be stored, OSError if the disk refuses."""
    write_atomically(Path(path), encode_session(session, readable))


def validate_file(path: str | Path) -> str:
    """Check a session or lesson file; a one-line summary such as
    "circle: 300 points, neural network 2-4-2-1 (25 learned parameters), lesson 'Learning rate'"."""
    return summarize(load_session(path))


def summarize(session: Session) -> str:
    data, hp = session.data, session.hyperparameters
    n = data.n_points
    parts = [f"{data.name}: {n} point{'s' if n != 1 else ''}"]
    model, why_not = model_for(data, hp)
    label = MODEL_LABELS[hp.model].lower() if hp.model != "pca" else "PCA"
    if model is None:
        parts.append(f"{label} (not trainable as saved: {_first_sentence(why_not)})")
    else:
        sizes = "-".join(str(s) for s in model.layer_sizes())
        trained = ", trained values included" if session.parameters is not None else ""
        if session.optimizer is not None:
            trained += f", {session.optimizer.name} state"
        parts.append(f"{label} {sizes} ({model.parameter_count} learned parameters{trained})")
    if session.keyframes:
        count = len(session.keyframes)
        parts.append(f"{count} pinned keyframe{'s' if count != 1 else ''}")
    if session.comparison is not None:
        parts.append(f"a comparison of {len(session.comparison.runs)} runs")
    if session.sweep is not None:
        parts.append(f"a sweep of {session.sweep.field} over {len(session.sweep.runs)} runs")
    if session.lesson is not None:
        parts.append(f"lesson '{session.lesson.get('title', session.title or 'untitled')}'")
    return ", ".join(parts)


# ---- opening: plain values ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenPlan:
    """How to open a session: the hyperparameters to use (the saved ones, or the nearest whose model can use the
    data), the learned parameters, the counters (step, epoch, examples seen) a saved run continues from, and a
    note for the user ("" when the session opens exactly as saved); since version 2 the optimizer's state (None:
    a fresh optimizer), the pinned keyframes to put back in the timeline and the compared runs."""

    hyperparameters: Hyperparameters
    parameters: dict[str, np.ndarray] | None
    counters: tuple[int, int, int] | None
    note: str
    optimizer: OptimizerState | None = None
    keyframes: tuple[SavedKeyframe, ...] = ()
    comparison: SavedComparison | None = None
    sweep: SavedSweep | None = None


def plan_opening(session: Session) -> OpenPlan:
    """What opening `session` means: a session whose model cannot use its data (saved while the window showed that
    problem) opens with a model that can, so the data always open. Raises ValueError if no model can."""
    counters = session.counters
    history = session.loss_history
    if counters is None and history is not None and history["step"].size and session.data.dataset is not None:
        epoch = float(history["epoch"][-1])
        counters = (int(history["step"][-1]), math.floor(epoch), round(epoch * session.data.dataset.n_train))
    hp, note = session.hyperparameters, ""
    model, why_not = model_for(session.data, hp)
    if model is None and session.data.dataset is not None and _trainable(session.data):
        hp = _fitting_hyperparameters(session.data, hp)
        note = (f"The saved model ({MODEL_LABELS[session.hyperparameters.model]}) cannot use this data "
                f"({_first_sentence(why_not)}); opened with {MODEL_LABELS[hp.model]} instead.")
    parameters = None if session.parameters is None else dict(session.parameters)
    optimizer = session.optimizer
    if optimizer is not None and (parameters is None or optimizer.name != hp.optimizer):
        optimizer = None
    keyframes = session.keyframes if model is not None else ()  # (with another model they could not continue)
    comparison = session.comparison if model is not None else None  # (nor could the compared runs)
    sweep = session.sweep if model is not None else None
    return OpenPlan(hp, parameters, counters, note, optimizer, keyframes, comparison, sweep)


def can_hold_parameters(data: DataState, hp: Hyperparameters) -> bool:
    """Whether a session of `data` and `hp` may carry learned parameters (the model can use the data)."""
    return model_for(data, hp)[0] is not None


def _trainable(data: DataState) -> bool:
    try:
        check_trainable(data.dataset)
    except ValueError:
        return False
    return True


def _fitting_hyperparameters(data: DataState, hp: Hyperparameters) -> Hyperparameters:
    """The nearest hyperparameters whose model can use `data`: automatic loss and output first, then another
    model (a neural network fits classes and numbers, PCA fits anything)."""
    for model in (hp.model, "mlp", "softmax", "linear", "pca"):
        candidate = hp.replace(model=model, loss="auto", output_activation="auto",
                               features=features_for_input_dim(hp.features, data.input_dim))
        if model_for(data, candidate)[0] is not None:
            return candidate
    raise ValueError("no model can use this data")


def _first_sentence(text: str) -> str:
    head = text.split(". ")[0].rstrip(".")
    return head[:1].lower() + head[1:]
