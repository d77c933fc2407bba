"""compile_calls writes the given calls as one function, in order, with its parameters where Arg stands; and the dense
network's compiled gradient is exactly its list of calls made one by one."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.engine.straight_line import Arg, compile_calls


def test_calls_are_made_in_order_with_parameters_and_bound_operands():
    log = []
    a = np.arange(3.0)
    function = compile_calls([(log.append, "first"), (log.append, Arg("x")), (log.append, Arg("x", "T")),
                              (np.multiply, Arg("x"), a, Arg("out"))], ("x", "out"), "f")
    x, out = np.ones((1, 3)), np.empty((1, 3))
    assert function(x, out) is None
    assert log[0] == "first" and log[1] is x and log[2].shape == (3, 1)
    np.testing.assert_array_equal(out, [[0.0, 1.0, 2.0]])
    assert function.source.count("\n        _f") == 4 and "def f(x, out):" in function.source


def test_only_parameter_names_reach_the_source():
    with pytest.raises(ValueError, match="parameter"):
        compile_calls([(print, Arg("y"))], ("x",))
    with pytest.raises(ValueError, match="plain parameter"):
        compile_calls([], ("x); import os; (",))
    with pytest.raises(ValueError, match="not one of the parameters"):
        compile_calls([(print, Arg("x", "T; import os"))], ("x",))
    assert compile_calls([], ("x",))(1) is None


@pytest.mark.parametrize("hp", [
    Hyperparameters(model="mlp", hidden_layers=(8,) * 6, activation="tanh", output_activation="tanh", loss="mse"),
    Hyperparameters(model="mlp", hidden_layers=(5, 3), activation="silu"),  # backprop from z, cross-entropy
    Hyperparameters(model="softmax", features=("x1", "x2", "x1^2")),
])
def test_the_compiled_gradient_is_its_calls_made_one_by_one(hp):
    ds = datasets.make("spiral" if hp.model != "softmax" else "blobs", n=60, seed=2)
    trainer = Trainer(ds, hp.replace(batch_size=6))
    model = trainer.model
    inputs, targets = model.prepare(*ds.split("train"))
    inputs, targets = inputs[:6], targets[:6]
    function = model.gradient_function(6)
    function(inputs, targets)
    compiled = model.grad.copy()
    model.grad.fill(0.0)
    operands = {"inputs": inputs, "targets": targets}
    for func, *args in model._buffers[6].calls:
        func(*[getattr(operands[a.name], a.attribute) if isinstance(a, Arg) and a.attribute
               else operands[a.name] if isinstance(a, Arg) else a for a in args])
    np.testing.assert_array_equal(model.grad, compiled)
    assert np.any(compiled != 0.0)
