"""The `Session` value and its JSON document: building one from the other, checking everything on the way in.

Pure Python + numpy (no Qt). The format itself is described in `gradientdesk/io/session.py`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..engine import Dataset, Hyperparameters, build_model
from ..engine.dataset import MAX_CLASSES, TASKS
from ..engine.generators import PRESETS
from ..engine.model_base import Model
from ..engine.models import check_trainable
from ..engine.translatable import QT_TRANSLATE_NOOP
from ..state.data_state import DataSettings, DataState
from ..state.history import LossHistory
from .session_codec import (
    SessionError,
    decode_array,
    encode_array,
    expect_float,
    expect_int,
    expect_keys,
    expect_mapping,
    expect_str,
    reason,
    said,
    type_name,
)
from .session_compare import (
    SavedComparison,
    SavedSweep,
    comparison_document,
    read_comparison,
    read_sweep,
    sweep_document,
)
from .session_run import (  # noqa: F401  (OptimizerState, SavedKeyframe, MAX_KEYFRAMES: re-exported)
    MAX_KEYFRAMES,
    MAX_RUN_VALUE,
    RUN_RANGE,
    OptimizerState,
    SavedKeyframe,
    keyframes_document,
    optimizer_document,
    read_counters,
    read_keyframes,
    read_optimizer,
    read_parameters,
    same_arrays,
)

FORMAT = "gradientdesk-session"
VERSION = 2  # 2: the optimizer's state, the run's counters, the pinned keyframes and the compared runs; version 1
# files open unchanged
MAX_POINTS = 100_000
MAX_HISTORY_ROWS = 100_000
# counters and losses go past the 1e6 of coordinates and parameters: the run's bound (see session_run.py)
MAX_HISTORY_VALUE = MAX_RUN_VALUE
HISTORY_RANGE = RUN_RANGE
MAX_TITLE = 200
MAX_NAME = 100
MAX_CLASS_NAME = 40
MAX_LESSON_KEYS = 20
MAX_LESSON_TEXT = 4000
MAX_LESSON_LIST = 30
_LESSON_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
HISTORY_COLUMNS = LossHistory.COLUMNS


@dataclass(frozen=True, eq=False)
class Session:
    """Everything a .gdesk file holds. Immutable; arrays are read-only.

    data            what is on the canvas (points, labels or targets, train/test split; `dataset` None if empty)
    settings        how presets are generated (preset, n, noise, seed, test fraction for drawn points)
    hyperparameters the choices made before training
    parameters      the learned weights and biases by name ("dense1.W" (units, fan_in), "dense1.b", "pca.W" (d, k),
                    "pca.b"), or None: training starts from fresh parameters drawn from the seed
    loss_history    columns of LossHistory (epoch, step, train_loss, test_loss, train_metric, test_metric; NaN where
                    not measured), or None. Needs `parameters`: it is the road that led to them
    lesson          free text of a lesson: {"title": str, "goal": str, "steps": [str, ...], ...}, or None
    title           what the file is about, shown to the user; "" for none
    optimizer       the optimizer's running state that goes with `parameters` (None: a fresh optimizer)
    counters        (step, epoch, examples seen) the run had reached with `parameters`, or None (then a loss
                    history's last row gives them)
    keyframes       the timeline keyframes the learner pinned, in step order (at most MAX_KEYFRAMES)
    comparison      the runs of Experiments -> Compare runs, each where it was (session_compare.py), or None
    sweep           the runs of Experiments -> Sweep a hyperparameter, each where it was, or None
    """

    data: DataState
    settings: DataSettings = field(default_factory=DataSettings)
    hyperparameters: Hyperparameters = field(default_factory=Hyperparameters)
    parameters: Mapping[str, np.ndarray] | None = None
    loss_history: Mapping[str, np.ndarray] | None = None
    lesson: Mapping[str, Any] | None = None
    title: str = ""
    optimizer: OptimizerState | None = None
    counters: tuple[int, int, int] | None = None
    keyframes: tuple[SavedKeyframe, ...] = ()
    comparison: SavedComparison | None = None
    sweep: SavedSweep | None = None

    @property
    def n_points(self) -> int:
        return self.data.n_points

    def same_content(self, other: Session) -> bool:
        """Bitwise equality of every field (what a save/open round trip must preserve)."""
        a, b = self.data, other.data
        if (a.task, a.class_names, a.input_dim, a.name) != (b.task, b.class_names, b.input_dim, b.name):
            return False
        if (a.dataset is None) != (b.dataset is None) or (a.dataset is not None and not a.dataset.same_content(
                b.dataset)):
            return False
        return (self.settings == other.settings and self.hyperparameters == other.hyperparameters
                and same_arrays(self.parameters, other.parameters)
                and same_arrays(self.loss_history, other.loss_history, nan_equal=True)
                and self.lesson == other.lesson and self.title == other.title
                and (self.optimizer.same_content(other.optimizer) if self.optimizer is not None
                     else other.optimizer is None)
                and self.counters == other.counters and len(self.keyframes) == len(other.keyframes)
                and all(a.same_content(b) for a, b in zip(self.keyframes, other.keyframes, strict=True))
                and (self.comparison.same_content(other.comparison) if self.comparison is not None
                     else other.comparison is None)
                and (self.sweep.same_content(other.sweep) if self.sweep is not None else other.sweep is None))


# ---- Session -> document ---------------------------------------------------------------------------------------
def to_document(session: Session, readable: bool = False) -> dict[str, Any]:
    """The JSON-ready document of `session` (not checked here: `session.save_session` checks by reading it back)."""
    data = session.data
    ds = data.dataset
    X = ds.X if ds is not None else np.zeros((0, data.input_dim))
    doc_data: dict[str, Any] = {"task": data.task, "name": data.name, "input_dim": data.input_dim,
                                "class_names": list(data.class_names), "X": encode_array(X, readable)}
    if data.task != "unsupervised":
        y = ds.y if ds is not None else np.zeros(0, np.int64 if data.task == "classification" else np.float64)
        doc_data["y"] = encode_array(y, readable)
    doc_data["is_test"] = encode_array(ds.is_test if ds is not None else np.zeros(0, bool), readable)
    s = session.settings
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "title": session.title,
        "data": doc_data,
        "settings": {"preset": s.preset, "n": s.n, "noise": s.noise, "seed": s.seed, "test_fraction": s.test_fraction},
        "hyperparameters": session.hyperparameters.to_dict(),
        "parameters": None if session.parameters is None else {
            name: encode_array(np.asarray(v, np.float64), readable) for name, v in session.parameters.items()},
        "loss_history": None if session.loss_history is None else {
            name: encode_array(np.asarray(session.loss_history[name], np.float64), readable)
            for name in HISTORY_COLUMNS},
        "lesson": None if session.lesson is None else dict(session.lesson),
    }
    if session.optimizer is not None:  # version 2: written only when there is something to write
        doc["optimizer"] = optimizer_document(session.optimizer, readable)
    if session.counters is not None:
        doc["counters"] = dict(zip(("step", "epoch", "examples_seen"), session.counters, strict=True))
    if session.keyframes:
        doc["keyframes"] = keyframes_document(session.keyframes, readable)
    if session.comparison is not None:
        doc["comparison"] = comparison_document(session.comparison, readable)
    if session.sweep is not None:
        doc["sweep"] = sweep_document(session.sweep, readable)
    return doc


# ---- document -> Session ---------------------------------------------------------------------------------------
def from_document(doc: Any) -> Session:
    """Build a Session from a parsed JSON document, checking every field. Raises SessionError."""
    doc = expect_mapping(doc, said(QT_TRANSLATE_NOOP("SessionFile", "the file")))  # "the file must be an object"
    if doc.get("format") != FORMAT:
        found = doc.get("format")
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "this is not a GradientDesk session file (the field "
                                                  "'format' should be \"%1\"; found %2)"), FORMAT, repr(found))
                           if found is not None else
                           said(QT_TRANSLATE_NOOP("SessionFile", "this is not a GradientDesk session file (it has no "
                                                  "field 'format': \"%1\")"), FORMAT))
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "the field 'version' must be a whole number from 1 up; found %1"), repr(version)))
    if version > VERSION:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "this file was made by a newer GradientDesk (format version %1; this one reads version "
            "%2). Update GradientDesk to open it."), version, VERSION))
    expect_keys(doc, "", ("format", "version", "data", "hyperparameters"),
                ("title", "settings", "parameters", "loss_history", "lesson")
                + (("optimizer", "counters", "keyframes", "comparison", "sweep") if version >= 2 else ()))
    title = expect_str(doc.get("title", ""), "title", MAX_TITLE)
    data = _data(doc["data"])
    settings = _settings(doc.get("settings", {}))
    try:
        hp = Hyperparameters.from_dict(expect_mapping(doc["hyperparameters"], "hyperparameters"))
    except (TypeError, ValueError) as error:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "hyperparameters: %1"), reason(error))) from None
    model, why_not = model_for(data, hp)
    parameters = _parameters(doc.get("parameters"), model, why_not)
    history = _history(doc.get("loss_history"), parameters is not None)
    lesson = check_lesson(doc.get("lesson"))
    optimizer = counters = None
    if doc.get("optimizer") is not None:
        if parameters is None:
            raise SessionError(said(QT_TRANSLATE_NOOP(
                "SessionFile", "optimizer: the optimizer's state needs the learned parameters it goes with, but "
                "'parameters' is null")))
        optimizer = read_optimizer(doc["optimizer"], "optimizer", hp, model)
    if doc.get("counters") is not None:
        if parameters is None:
            raise SessionError(said(QT_TRANSLATE_NOOP(
                "SessionFile", "counters: the step and epoch counters need the learned parameters they go with, but "
                "'parameters' is null")))
        counters = read_counters(doc["counters"])
    keyframes = read_keyframes(doc.get("keyframes", []), model, why_not)
    comparison = read_comparison(doc.get("comparison"), hp, model, why_not)
    sweep = read_sweep(doc.get("sweep"), hp, model, why_not)
    return Session(data, settings, hp, parameters, history, lesson, title, optimizer, counters, keyframes,
                   comparison, sweep)


def _data(value: Any) -> DataState:
    d = expect_mapping(value, "data")
    expect_keys(d, "data", ("task", "input_dim", "X"), ("name", "class_names", "y", "is_test"))
    task = expect_str(d["task"], "data.task", 40)
    if task not in TASKS:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be one of %2; found %3"), "data.task",
                                ", ".join(TASKS), repr(task)))
    name = expect_str(d.get("name", "custom"), "data.name", MAX_NAME)
    dim = expect_int(d["input_dim"], "data.input_dim", 1, 2)
    X = decode_array(d["X"], "data.X", "float", (None, dim))
    n = X.shape[0]
    if n > MAX_POINTS:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "data.X has %1 points; GradientDesk opens at most %2"),
                                n, MAX_POINTS))
    names = _class_names(d.get("class_names", []), task)
    if task == "unsupervised":
        y = np.zeros(n)
        if "y" in d:
            decode_array(d["y"], "data.y", "float", (n,))  # allowed for symmetry, but it must still be sane
    elif "y" not in d:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "data: the field 'y' (labels or targets, one per point) is missing")))
    else:
        y = decode_array(d["y"], "data.y", "int" if task == "classification" else "float", (n,))
        if task == "classification" and n and (y.min() < 0 or y.max() >= len(names)):
            bad = int(np.flatnonzero((y < 0) | (y >= len(names)))[0])
            raise SessionError(said(QT_TRANSLATE_NOOP(
                "SessionFile", "%1 is class %2, but there are %3 classes (0 to %4)"), f"data.y[{bad}]", int(y[bad]),
                len(names), len(names) - 1))
    is_test = decode_array(d["is_test"], "data.is_test", "bool", (n,)) if "is_test" in d else np.zeros(n, bool)
    if n == 0:
        return DataState(task, names, dim, name, None)
    try:
        return DataState.from_dataset(Dataset(X, y, task, is_test, names, name))
    except ValueError as error:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "data: %1"), reason(error))) from None


# the names of the tasks inside "data.class_names must be empty for regression data"
_TASK_NAMES = {"classification": QT_TRANSLATE_NOOP("SessionFile", "classification"),
               "regression": QT_TRANSLATE_NOOP("SessionFile", "regression"),
               "unsupervised": QT_TRANSLATE_NOOP("SessionFile", "unsupervised")}


def _class_names(value: Any, task: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be a list of names; found %2"),
                                "data.class_names", type_name(value)))
    if task != "classification":
        if value:
            raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be empty for %2 data"),
                                    "data.class_names", said(_TASK_NAMES[task])))
        return ()
    if not 2 <= len(value) <= MAX_CLASSES:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must list between 2 and %2 classes; found %3"),
                                "data.class_names", MAX_CLASSES, len(value)))
    names = tuple(expect_str(v, f"data.class_names[{i}]", MAX_CLASS_NAME, allow_empty=False)
                  for i, v in enumerate(value))
    if len(set(names)) != len(names):
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 lists a name twice"), "data.class_names"))
    return names


def _settings(value: Any) -> DataSettings:
    s = expect_mapping(value, "settings")
    expect_keys(s, "settings", (), ("preset", "n", "noise", "seed", "test_fraction"))
    default = DataSettings()
    preset = expect_str(s.get("preset", default.preset), "settings.preset", 40)
    if preset not in PRESETS:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 must be one of %2; found %3"), "settings.preset",
                                ", ".join(PRESETS), repr(preset)))
    noise = s.get("noise", default.noise)
    return DataSettings(
        preset=preset,
        n=expect_int(s.get("n", default.n), "settings.n", 1, MAX_POINTS),
        noise=None if noise is None else expect_float(noise, "settings.noise", 0.0, 10.0),
        seed=expect_int(s.get("seed", default.seed), "settings.seed", 0, 2**32 - 1),
        test_fraction=expect_float(s.get("test_fraction", default.test_fraction), "settings.test_fraction", 0.0,
                                   1.0, high_inclusive=False),
    )


def model_for(data: DataState, hp: Hyperparameters) -> tuple[Model | None, str]:
    """(the model `hp` builds for this data, "") - its parameter names and shapes - or (None, why not): the data
    cannot be trained on yet (an empty or one-class drawing), or this model cannot use this data (three classes for
    logistic regression). Both are states the window can be in, so both can be saved and opened."""
    ds = data.dataset
    if ds is None:
        return None, "the canvas is empty"
    try:
        check_trainable(ds)
        return build_model(hp, ds, np.random.default_rng(0)), ""
    except ValueError as error:
        return None, str(error)


def _parameters(value: Any, model: Model | None, why_not: str) -> dict[str, np.ndarray] | None:
    if value is None:
        return None
    p = expect_mapping(value, "parameters")
    if model is None:
        raise SessionError(f"parameters were given, but there is no model for them: {why_not}")
    return read_parameters(p, "parameters", model)


def _history(value: Any, has_parameters: bool) -> dict[str, np.ndarray] | None:
    if value is None:
        return None
    h = expect_mapping(value, "loss_history")
    if not has_parameters:
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "loss_history needs the learned parameters it led to, but 'parameters' is null")))
    expect_keys(h, "loss_history", HISTORY_COLUMNS, ())
    columns = {name: decode_array(h[name], f"loss_history.{name}", "float", (None,),
                                  allow_nan=name not in ("epoch", "step"), limit=HISTORY_RANGE)
               for name in HISTORY_COLUMNS}
    lengths = {c.shape[0] for c in columns.values()}
    if len(lengths) != 1:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1: the columns have different lengths"),
                                "loss_history"))
    rows = lengths.pop()
    if rows > MAX_HISTORY_ROWS:
        raise SessionError(said(QT_TRANSLATE_NOOP("SessionFile", "%1 has %2 rows; at most %3"), "loss_history", rows,
                                MAX_HISTORY_ROWS))
    step, epoch = columns["step"], columns["epoch"]
    if rows and (step.min() < 0 or not np.all(step == np.round(step)) or np.any(np.diff(step) < 0)):
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 must be whole numbers from 0 up, in increasing order"), "loss_history.step"))
    if rows and (epoch.min() < 0 or np.any(np.diff(epoch) < 0)):
        raise SessionError(said(QT_TRANSLATE_NOOP(
            "SessionFile", "%1 must be numbers from 0 up, in increasing order"), "loss_history.epoch"))
    return columns


def check_lesson(value: Any) -> dict[str, Any] | None:
    """A lesson is an object of short texts: keys like "title", "goal", "steps"; each value a string or a list of
    strings. Nothing else (numbers, nested objects) is accepted, so a lesson can only ever be shown, never run."""
    if value is None:
        return None
    lesson = expect_mapping(value, "lesson")
    if len(lesson) > MAX_LESSON_KEYS:
        raise SessionError(f"lesson has {len(lesson)} fields; at most {MAX_LESSON_KEYS}")
    checked: dict[str, Any] = {}
    for key, item in lesson.items():
        if not _LESSON_KEY.match(key):
            raise SessionError(f"lesson: the field name {key[:50]!r} must be lower-case letters, digits or _")
        where = f"lesson.{key}"
        if isinstance(item, list):
            if len(item) > MAX_LESSON_LIST:
                raise SessionError(f"{where} has {len(item)} entries; at most {MAX_LESSON_LIST}")
            checked[key] = [expect_str(v, f"{where}[{i}]", MAX_LESSON_TEXT) for i, v in enumerate(item)]
        else:
            checked[key] = expect_str(item, where, MAX_TITLE if key == "title" else MAX_LESSON_TEXT)
    return checked
