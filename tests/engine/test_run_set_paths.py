"""The code paths of a stacked step (stacked_network.py) each give every run its own network's gradient: the first
layer as one 2-D product over the runs (a shared batch, units a multiple of 4) or per run (stacked batches, other
widths), unit-major buffers or run-major ones (batches of 1-3 examples), hidden gradients in one product over
layers of one shape, tanh's a^2 taken for all layers at once, one output unit or several."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, RunSet, datasets
from gradientdesk.engine.stacked_network import UNIT_MAJOR_FROM

pytestmark = pytest.mark.filterwarnings("error")

TOL = 1e-12
CIRCLE = datasets.make("circle", n=80, seed=3, test_fraction=0.25)  # 60 training points
BLOBS = datasets.make("blobs", n=80, seed=3, test_fraction=0.25)


def gradients_match(dataset, hps) -> tuple[RunSet, list]:
    """One stacked gradient of random parameters against each run's DenseNetwork.gradient_into on its batch."""
    runs = RunSet(dataset, hps)
    assert len(runs.groups) == 1
    group = runs.groups[0]
    group.flat[...] = np.random.default_rng(7).normal(size=group.flat.shape)
    group._start_epoch()
    _step, inputs, inputs_T, targets_T = group._batches[0]
    group.step.gradient_function(inputs.shape[-2], inputs.ndim == 2)(inputs, inputs_T, targets_T)
    for row, index in enumerate(group.indices):
        model = runs.models[index]
        model.flat[...] = group.flat[row]
        shuffler = group.shufflers[int(group.rows_of_seed[row])]
        with np.errstate(all="ignore"):
            model.gradient_into(shuffler.inputs[: group.batch], shuffler.targets[: group.batch])
        assert np.all(np.abs(group.grad[row] - model.grad) <= TOL * (1 + np.abs(model.grad))), (row, index)
    return runs, group


@pytest.mark.parametrize("hidden", [(8, 8, 8), (8, 4), (6, 4, 4), (4,), (3,), ()])
@pytest.mark.parametrize("batch_size", [1, 2, UNIT_MAJOR_FROM, 10, 20, 1000])
@pytest.mark.parametrize("seeds", [(1, 1, 1), (1, 2, 1)])
def test_every_path_gives_each_run_its_gradient(hidden, batch_size, seeds):
    base = Hyperparameters(model="mlp" if hidden else "logistic", hidden_layers=hidden or (4,), activation="tanh",
                           batch_size=batch_size, loss="mse", output_activation="tanh")
    hps = [base.replace(seed=s, learning_rate=lr) for s, lr in zip(seeds, (0.01, 0.1, 0.03), strict=True)]
    _runs, group = gradients_match(CIRCLE, hps)
    step = group.step
    shared = len(set(seeds)) == 1
    n = min(batch_size, 60)
    assert step._plan(n)[0].unit_major == (n >= UNIT_MAJOR_FROM)
    if hidden[:1] in ((8,), (4,)) and shared and n >= UNIT_MAJOR_FROM:
        assert step.first_2d
    if hidden == (8, 8, 8):
        assert [(first, count) for first, count, _view in step.grad_groups] == [(1, 2)]


@pytest.mark.parametrize("activation", ["relu", "sigmoid", "gelu", "linear"])
@pytest.mark.parametrize("model", ["mlp", "softmax"])
def test_other_activations_and_several_outputs(activation, model):
    hp = Hyperparameters(model=model, hidden_layers=(8, 8), activation=activation, batch_size=10)
    gradients_match(BLOBS, [hp, hp.replace(learning_rate=0.1), hp.replace(seed=4)])
    gradients_match(BLOBS, [hp, hp.replace(learning_rate=0.1)])
