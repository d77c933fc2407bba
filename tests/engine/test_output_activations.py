"""Predictions (`model.output`, used by predict, metrics and the output map) agree with the plain formulas for every
hidden activation - including those whose fast forward pass must not run in place."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, build_model, datasets
from gradientdesk.engine.activations import ACTIVATIONS


@pytest.mark.parametrize("activation", list(ACTIVATIONS))
def test_output_matches_the_layer_by_layer_formula(activation):
    ds = datasets.make("plane", n=50, seed=1)
    model = build_model(Hyperparameters(hidden_layers=(5, 3), activation=activation), ds, np.random.default_rng(3))
    X = np.random.default_rng(0).uniform(-6, 6, size=(64, 2))
    a = X
    f = ACTIVATIONS[activation].f
    names = list(model.parameters)
    for i in range(0, len(names), 2):
        z = a @ model.parameters[names[i]].T + model.parameters[names[i + 1]]
        a = f(z) if i + 2 < len(names) else z  # linear output for regression
    np.testing.assert_allclose(model.output(X)[:, 0], a[:, 0], rtol=1e-12, atol=1e-12)
