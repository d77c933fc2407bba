"""The run's state in a session file (format version 2): the optimizer's running state, the counters and the
timeline keyframes the learner pinned, as plain values, and their JSON parts checked on the way in. Pure Python +
numpy (no Qt); `session_schema.py` builds the whole Session with them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..engine import Hyperparameters, update_rules
from ..engine.model_base import Model
from .session_codec import (
    SessionError,
    decode_array,
    encode_array,
    expect_float,
    expect_int,
    expect_keys,
    expect_mapping,
    expect_str,
    type_name,
)

# Counters and losses legitimately go past the 1e6 of coordinates and parameters (76 000 steps a second were
# measured; targets of 1e6 give squared errors of 1e12). A year of training stays below this, whole numbers stay
# exact in float64 (up to 2**53), and the views draw it. The loss history uses the same bound.
MAX_RUN_VALUE = 1e12
RUN_RANGE = (MAX_RUN_VALUE, "between -1,000,000,000,000 and 1,000,000,000,000")
MAX_KEYFRAMES = 20
MAX_COUNTER = 2**53  # steps, epochs, examples seen and the optimizer's t stay exact in float64
# An optimizer's state legitimately outgrows the parameters' range (AdaGrad sums squared gradients, Adam's v is a
# squared gradient); the same bound as the loss history's values.
OPTIMIZER_RANGE = RUN_RANGE


@dataclass(frozen=True, eq=False)
class OptimizerState:
    """An optimizer's running state: its name ("adam"), its step count t and {state name: {parameter name:
    array}} (Adam: "m" and "v"; SGD: nothing)."""

    name: str
    t: int
    state: Mapping[str, Mapping[str, np.ndarray]]

    def same_content(self, other: OptimizerState | None) -> bool:
        return other is not None and (self.name, self.t) == (other.name, other.t) and list(self.state) == list(
            other.state) and all(same_arrays(self.state[k], other.state[k]) for k in self.state)


@dataclass(frozen=True, eq=False)
class SavedKeyframe:
    """A keyframe of the run's timeline the learner pinned (state/timeline.py Keyframe, as plain values)."""

    step: int
    epoch: int
    examples_seen: int
    train_loss: float
    test_loss: float | None
    hyperparameters: Hyperparameters
    parameters: Mapping[str, np.ndarray]
    optimizer: OptimizerState

    def same_content(self, other: SavedKeyframe) -> bool:
        return ((self.step, self.epoch, self.examples_seen, self.train_loss, self.test_loss, self.hyperparameters)
                == (other.step, other.epoch, other.examples_seen, other.train_loss, other.test_loss,
                    other.hyperparameters)
                and same_arrays(self.parameters, other.parameters) and self.optimizer.same_content(other.optimizer))


def same_arrays(a: Mapping[str, np.ndarray] | None, b: Mapping[str, np.ndarray] | None,
                 nan_equal: bool = False) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return list(a) == list(b) and all(
        a[k].dtype == b[k].dtype and np.array_equal(a[k], b[k], equal_nan=nan_equal) for k in a)


def optimizer_document(optimizer: OptimizerState, readable: bool) -> dict[str, Any]:
    return {"name": optimizer.name, "t": optimizer.t, "state": {
        key: {name: encode_array(np.asarray(v, np.float64), readable) for name, v in values.items()}
        for key, values in optimizer.state.items()}}


def keyframes_document(keyframes: tuple[SavedKeyframe, ...], readable: bool) -> list[dict[str, Any]]:
    return [{"step": k.step, "epoch": k.epoch, "examples_seen": k.examples_seen, "train_loss": k.train_loss,
             "test_loss": k.test_loss, "hyperparameters": k.hyperparameters.to_dict(),
             "parameters": {name: encode_array(np.asarray(v, np.float64), readable)
                            for name, v in k.parameters.items()},
             "optimizer": optimizer_document(k.optimizer, readable)} for k in keyframes]


def read_optimizer(value: Any, where: str, hp: Hyperparameters, model: Model) -> OptimizerState:
    """An optimizer state {"name", "t", "state"} for the optimizer `hp` chooses and the parameters of `model`."""
    o = expect_mapping(value, where)
    expect_keys(o, where, ("name", "t", "state"), ())
    name = expect_str(o["name"], f"{where}.name", 40)
    if name != hp.optimizer:
        raise SessionError(f"{where}.name is {name!r}, but the hyperparameters choose the optimizer "
                           f"{hp.optimizer!r}: a state of one optimizer cannot continue another")
    t = expect_int(o["t"], f"{where}.t", 0, MAX_COUNTER)
    state = expect_mapping(o["state"], f"{where}.state")
    slots = update_rules.get(name).state_names
    expect_keys(state, f"{where}.state", slots, ())
    shapes = {pname: array.shape for pname, array in model.parameters.items()}
    checked: dict[str, dict[str, np.ndarray]] = {}
    for slot in slots:
        values = expect_mapping(state[slot], f"{where}.state.{slot}")
        expect_keys(values, f"{where}.state.{slot}", tuple(shapes), ())
        checked[slot] = {pname: decode_array(values[pname], f"{where}.state.{slot}.{pname}", "float", shape,
                                             limit=OPTIMIZER_RANGE) for pname, shape in shapes.items()}
    return OptimizerState(name, t, checked)


def read_counters(value: Any, where: str = "counters") -> tuple[int, int, int]:
    c = expect_mapping(value, where)
    names = ("step", "epoch", "examples_seen")
    expect_keys(c, where, names, ())
    step, epoch, seen = (expect_int(c[name], f"{where}.{name}", 0, MAX_COUNTER) for name in names)
    return step, epoch, seen


def read_hyperparameters(value: Any, where: str) -> Hyperparameters:
    """Hyperparameters from a part of a file; SessionError naming `where` for an unknown field or a bad value."""
    try:
        return Hyperparameters.from_dict(expect_mapping(value, where))
    except (TypeError, ValueError) as error:
        if isinstance(error, SessionError):
            raise
        raise SessionError(f"{where}: {error}") from None


def read_parameters(value: Any, where: str, model: Model) -> dict[str, np.ndarray]:
    """Learned parameters of `model`'s names and shapes from a part of a file."""
    p = expect_mapping(value, where)
    shapes = {name: array.shape for name, array in model.parameters.items()}
    expect_keys(p, where, tuple(shapes), ())
    return {name: decode_array(p[name], f"{where}.{name}", "float", shape) for name, shape in shapes.items()}


def read_keyframes(value: Any, model: Model | None, why_not: str) -> tuple[SavedKeyframe, ...]:
    if not isinstance(value, list):
        raise SessionError(f"keyframes must be a list of keyframes; found {type_name(value)}")
    if not value:
        return ()
    if len(value) > MAX_KEYFRAMES:
        raise SessionError(f"keyframes lists {len(value)} keyframes; at most {MAX_KEYFRAMES}")
    if model is None:
        raise SessionError(f"keyframes were given, but there is no model for them: {why_not}")
    frames: list[SavedKeyframe] = []
    for i, item in enumerate(value):
        where = f"keyframes[{i}]"
        k = expect_mapping(item, where)
        expect_keys(k, where, ("step", "epoch", "examples_seen", "train_loss", "hyperparameters", "parameters",
                               "optimizer"), ("test_loss",))
        step = expect_int(k["step"], f"{where}.step", 0, MAX_COUNTER)
        if frames and step <= frames[-1].step:
            raise SessionError(f"{where}.step is {step}; the keyframes must be in increasing step order")
        epoch = expect_int(k["epoch"], f"{where}.epoch", 0, MAX_COUNTER)
        seen = expect_int(k["examples_seen"], f"{where}.examples_seen", 0, MAX_COUNTER)
        train_loss = expect_float(k["train_loss"], f"{where}.train_loss", -MAX_RUN_VALUE, MAX_RUN_VALUE)
        test_loss = k.get("test_loss")
        if test_loss is not None:
            test_loss = expect_float(test_loss, f"{where}.test_loss", -MAX_RUN_VALUE, MAX_RUN_VALUE)
        hp = read_hyperparameters(k["hyperparameters"], f"{where}.hyperparameters")
        parameters = read_parameters(k["parameters"], f"{where}.parameters", model)
        optimizer = read_optimizer(k["optimizer"], f"{where}.optimizer", hp, model)
        frames.append(SavedKeyframe(step, epoch, seen, train_loss, test_loss, hp, parameters, optimizer))
    return tuple(frames)


# ---- what a file may hold of a run now --------------------------------------------------------------------------
def storable(arrays: Mapping[str, np.ndarray], largest: float) -> dict[str, np.ndarray] | None:
    """float64 copies of `arrays`, or None if one is not finite or beyond `largest` (a file may not hold it)."""
    values = {name: np.array(v, dtype=np.float64) for name, v in arrays.items()}
    if all(np.isfinite(v).all() and not (np.abs(v) > largest).any() for v in values.values()):
        return values
    return None


def storable_optimizer(name: str, t: int, state: Mapping[str, Mapping[str, np.ndarray]], wanted: str,
                       parameters: Mapping[str, np.ndarray]) -> OptimizerState | None:
    """The optimizer state of a snapshot or keyframe as a file stores it; None (a fresh optimizer on opening) if it
    belongs to another optimizer than `wanted`, does not fit `parameters` or holds values a file may not."""
    if name != wanted or set(state) != set(update_rules.get(name).state_names):
        return None
    shapes = {key: np.shape(v) for key, v in parameters.items()}
    slots: dict[str, dict[str, np.ndarray]] = {}
    for key, values in state.items():
        stored = storable(values, MAX_RUN_VALUE)
        if stored is None or {k: v.shape for k, v in stored.items()} != shapes:
            return None
        slots[key] = stored
    return OptimizerState(name, int(t), slots)
