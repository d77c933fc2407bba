"""Bad session files are refused with a message that names the problem - never a crash, never a pickle loaded, never
a huge allocation - and refusing one changes nothing in the open window."""

from __future__ import annotations

import base64
import copy
import io
import json
import pickle
import tracemalloc

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.io.session import (
    MAX_FILE_BYTES,
    Session,
    SessionError,
    decode_session,
    encode_session,
    load_session,
)
from gradientdesk.state.data_state import DataState
from gradientdesk.ui.document.sessions import apply_session


def _valid() -> Session:
    ds = datasets.make("xor", n=40, seed=3, test_fraction=0.25)
    hp = Hyperparameters(hidden_layers=(3,), seed=2)
    trainer = Trainer(ds, hp)
    trainer.run_epochs(2)
    params = {k: v.copy() for k, v in trainer.model.parameters.items()}
    history = {c: np.arange(3.0) for c in ("epoch", "step", "train_loss", "test_loss", "train_metric", "test_metric")}
    return Session(DataState.from_dataset(ds), hyperparameters=hp, parameters=params, loss_history=history,
                   lesson={"title": "XOR", "steps": ["Press Play."]})


VALID = _valid()
RAW = encode_session(VALID)
READABLE = encode_session(VALID, readable=True)
DOC = json.loads(READABLE)


def _npy(array: np.ndarray) -> dict:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=True)
    return {"npy": base64.b64encode(buffer.getvalue()).decode()}


def _forged_npy_header(shape: tuple[int, ...]) -> dict:
    """A .npy header that claims `shape` but carries no data (a memory bomb if trusted)."""
    header = f"{{'descr': '<f8', 'fortran_order': False, 'shape': {shape!r}, }}"
    header += " " * (63 - (len(header) + 10) % 64) + "\n"
    raw = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode("latin-1")
    return {"npy": base64.b64encode(raw).decode()}


def _edit(path: str, value) -> bytes:
    """The valid readable document with one field replaced (value None with delete=True removes it)."""
    doc = copy.deepcopy(DOC)
    *parents, last = path.split("/")
    node = doc
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is _DELETE:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return json.dumps(doc).encode()


_DELETE = object()

# (what is wrong, the bytes of the file, words the message must contain)
CORRUPT = [
    ("empty", b"", "empty"),
    ("truncated", RAW[: len(RAW) // 2], "ends too early"),
    ("truncated readable", READABLE[:-3], "ends too early"),
    ("not json", b"hello, world", "not valid JSON at line 1"),
    ("python pickle", pickle.dumps({"format": "gradientdesk-session"}), "pickle"),
    ("npz archive", b"PK\x03\x04rest", "zip"),
    ("not utf-8", b'{"format": "\xff\xfe"}', "UTF-8"),
    ("a list", b"[1, 2, 3]", "must be an object"),
    ("wrong format", _edit("format", "something-else"), "not a GradientDesk session"),
    ("missing format", _edit("format", _DELETE), "no field 'format'"),
    ("newer version", _edit("version", 3), "Update GradientDesk"),
    ("version as text", _edit("version", "1"), "'version' must be a whole number"),
    ("missing data", _edit("data", _DELETE), "the field 'data' is missing"),
    ("missing hyperparameters", _edit("hyperparameters", _DELETE), "'hyperparameters' is missing"),
    ("missing X", _edit("data/X", _DELETE), "data: the field 'X' is missing"),
    ("missing y", _edit("data/y", _DELETE), "'y'"),
    ("unknown top-level field", _edit("script", "import os"), "unknown field 'script'"),
    ("unknown data field", _edit("data/colour", "red"), "data: unknown field 'colour'"),
    ("X as text", _edit("data/X", "1,2,3"), "data.X must be an array"),
    ("a coordinate as text", _edit("data/X/3/1", "0.5"), "data.X[3][1] must be a number"),
    ("a label as a float", _edit("data/y/0", 0.5), "data.y[0] must be a whole number"),
    ("label out of range", _edit("data/y/0", 7), "data.y[0] is class 7"),
    ("ragged X", _edit("data/X/2", [1.0]), "data.X[2] has 1 value(s), but row 0 has 2"),
    ("NaN token", READABLE.replace(b"0.5", b"NaN", 1) if b"0.5" in READABLE else _edit("title", float("nan")),
     "NaN"),
    ("null coordinate", _edit("data/X/0/0", None), "data.X[0][0] must be a number"),
    ("infinite npy coordinate", _edit("data/X", _npy(np.array([[np.inf, 0.0]] * 40))), "NaN or infinity"),
    ("object dtype npy (pickle inside)", _edit("data/X", _npy(np.array([[object(), 1]] * 40, dtype=object))),
     "must hold float values"),
    ("huge npy header", _edit("data/X", _forged_npy_header((10**9, 2))), "too large"),
    ("npy header lies about its length", _edit("data/X", _forged_npy_header((40, 2))), "truncated or padded"),
    ("too many points", _edit("data/X", _npy(np.zeros((100_001, 2)))), "at most 100000"),
    ("bad base64", _edit("data/X", {"npy": "@@@"}), "not valid base64"),
    ("wrong shape of X", _edit("data/input_dim", 1), "data.X has shape (40, 2)"),
    ("split of the wrong length", _edit("data/is_test", [True]), "data.is_test has shape (1,)"),
    ("unknown task", _edit("data/task", "clustering"), "data.task must be one of"),
    ("one class name", _edit("data/class_names", ["A"]), "between 2 and 6 classes"),
    ("bad hyperparameter type", _edit("hyperparameters/learning_rate", "fast"), "Learning rate"),
    ("hyperparameter out of range", _edit("hyperparameters/learning_rate", 1e9), "between"),
    ("unknown hyperparameter", _edit("hyperparameters/warp", 9), "unknown hyperparameter"),
    ("parameter of the wrong shape", _edit("parameters/dense1.W", [[1.0, 2.0]]), "parameters.dense1.W has shape"),
    ("unknown parameter", _edit("parameters/dense9.W", [[1.0]]), "parameters: unknown field 'dense9.W'"),
    ("missing parameter", _edit("parameters/dense1.b", _DELETE), "'dense1.b' is missing"),
    ("history without parameters", _edit("parameters", None), "loss_history needs the learned parameters"),
    ("history steps going back", _edit("loss_history/step", [0.0, 5.0, 2.0]), "increasing order"),
    ("lesson with a number", _edit("lesson/steps", [1]), "lesson.steps[0] must be text"),
    ("lesson with an object", _edit("lesson/extra", {"code": "x"}), "lesson.extra must be text"),
    ("lesson text too long", _edit("lesson/goal", "x" * 5000), "too long"),
    ("settings preset unknown", _edit("settings/preset", "mnist"), "settings.preset must be one of"),
    ("duplicate field", READABLE.replace(b'"title": "",', b'"title": "", "title": "x",', 1), "appears twice"),
    ("deep nesting", b'{"format": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "too deeply"),
    ("a parameter beyond the drawable range", _edit("parameters/dense1.W/0/0", 1e308),
     "parameters.dense1.W[0, 0] must be a number between -1,000,000 and 1,000,000; got 1e+308"),
    ("a coordinate beyond the drawable range", _edit("data/X/0/1", -1e308),
     "data.X[0, 1] must be a number between -1,000,000 and 1,000,000; got -1e+308"),
    ("npy coordinates beyond the drawable range", _edit("data/X", _npy(np.full((40, 2), 1e308))),
     "data.X[0, 0] must be a number between -1,000,000 and 1,000,000"),
    ("a history step of 1e300", _edit("loss_history/step/2", 1e300),
     "loss_history.step[2] must be a number between -1,000,000,000,000 and 1,000,000,000,000; got 1e+300"),
    ("a loss of 1e300", _edit("loss_history/train_loss/1", 1e300), "loss_history.train_loss[1] must be a number"),
    ("integer with thousands of digits", _edit("version", 0).replace(b'"version": 0', b'"version": ' + b"9" * 5000),
     "far too long"),
]


@pytest.mark.parametrize(("raw", "words"), [c[1:] for c in CORRUPT], ids=[c[0] for c in CORRUPT])
def test_corrupt_file_is_refused_with_a_message_naming_the_problem(tmp_path, raw, words):
    path = tmp_path / "bad.gdesk"
    path.write_bytes(raw)
    with pytest.raises(SessionError) as refused:
        load_session(path)
    assert words in str(refused.value)


def test_the_battery_entries_differ_from_the_valid_file_only_where_intended():
    assert decode_session(READABLE).same_content(VALID)  # the base every edit starts from is fine
    assert decode_session(_edit("title", "another title")).title == "another title"


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.gdesk"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space used
    with pytest.raises(SessionError, match="too large"):
        load_session(path)


def test_a_forged_npy_header_allocates_nothing_big():
    tracemalloc.start()
    with pytest.raises(SessionError):
        decode_session(_edit("data/X", _forged_npy_header((10**8, 2))))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 50 * 2**20


def test_missing_and_unreadable_paths_give_session_errors(tmp_path):
    with pytest.raises(SessionError, match=r"cannot read missing\.gdesk"):
        load_session(tmp_path / "missing.gdesk")
    with pytest.raises(SessionError, match="is a folder"):
        load_session(tmp_path)


def test_a_refused_file_leaves_the_open_session_untouched(controller, qtbot, tmp_path):
    controller.add_points(np.array([[1.0, 2.0]]), 1)
    before = (controller.data, controller.hyperparameters, controller.undo_stack.count(), controller.versions)
    for _name, raw, _words in CORRUPT:
        path = tmp_path / "bad.gdesk"
        path.write_bytes(raw)
        with pytest.raises(SessionError):
            apply_session(controller, load_session(path))
    assert (controller.data, controller.hyperparameters, controller.undo_stack.count(), controller.versions) == before


# ---- generated corruption ------------------------------------------------------------------------------------------
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _opens_or_refuses(raw: bytes) -> None:
    try:
        decode_session(raw)
    except SessionError as error:
        assert str(error)  # a message, never an empty one


@FUZZ
@given(st.integers(0, len(RAW) - 1))
def test_any_truncation_is_refused(cut):
    with pytest.raises(SessionError):
        decode_session(RAW[:cut])


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(READABLE) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_flipped_bytes_open_or_are_refused_never_crash(flips):
    raw = bytearray(READABLE)
    for position, value in flips:
        raw[position] = value
    _opens_or_refuses(bytes(raw))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12)


def _paths(node, prefix=""):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, f"{prefix}/{key}" if prefix else key)
    elif isinstance(node, list) and len(node) < 8:
        for i, value in enumerate(node):
            yield from _paths(value, f"{prefix}/{i}")


FIELD_PATHS = [p for p in _paths(DOC) if p]


@FUZZ
@given(st.sampled_from(FIELD_PATHS), JSON_VALUES)
def test_any_field_replaced_by_any_json_value_opens_or_is_refused(path, value):
    _opens_or_refuses(_edit(path, value))
