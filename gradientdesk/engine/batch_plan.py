"""A Trainer's minibatches of one batch size and the step that trains on each.

A step of a playground network is microseconds, so slicing and transposing the batch, finding the model's buffers and
dispatching to the optimizer on every step cost a tenth of it. A BatchPlan does that once: `entries` maps a start row
to (step, inputs, inputs.T, targets.T, end row), views of the trainer's shuffled buffers (which keep their place: each
epoch's shuffle is copied into them), and step(inputs, inputs.T, targets.T) computes the gradient, adds the penalty's
and updates the parameters.

When the model and the optimizer's rule give their numpy calls (Model.gradient_calls, Rule.calls), a step is those
calls and the penalty's compiled into one function (straight_line.py), one per number of rows; such a step does not
count the optimizer's t (`compiled`: the trainer adds it up). Otherwise it calls the model's gradient function (or the
trainer's chunked gradient, for a batch larger than a chunk), the penalty and the optimizer's step.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .model_base import Model
from .optimizers import Optimizer
from .pieces import GRADIENT_COST, MIN_CHUNK_ROWS, chunk_rows
from .regularization import Penalty
from .straight_line import compile_calls

Step = Callable[[np.ndarray, np.ndarray, np.ndarray], None]
Entry = tuple[Step, np.ndarray, np.ndarray, np.ndarray, int]


class BatchPlan:
    """The minibatches of `batch` rows over `inputs` / `targets` (the shuffled training rows) for `model`, trained by
    `optimizer` with `penalty`; `chunked_gradient(inputs, targets)` computes a batch larger than a chunk."""

    def __init__(self, batch: int, model: Model, optimizer: Optimizer, penalty: Penalty, inputs: np.ndarray,
                 targets: np.ndarray, chunked_gradient: Callable[[np.ndarray, np.ndarray], None]) -> None:
        self.batch = batch
        self.model, self.optimizer, self.penalty = model, optimizer, penalty
        self.inputs, self.targets = inputs, targets
        self.chunked_gradient = chunked_gradient
        self.compiled = not self._chunked(batch) and model.gradient_calls(batch) is not None and (
            optimizer.rule.calls(optimizer, model.flat, model.grad) is not None)
        self._steps: dict[int, Step] = {}
        self.entries: dict[int, Entry] = {}  # filled as training meets each start: 100,000 rows are 10,000 batches

    def entry(self, start: int) -> Entry:
        """The entry of the batch from row `start` (made and kept)."""
        end = min(start + self.batch, self.inputs.shape[0])
        rows = end - start
        step = self._steps.get(rows)
        if step is None:
            step = self._steps[rows] = self._compiled_step(rows) if self.compiled else self._step_of(rows)
        inputs, targets = self.inputs[start:end], self.targets[start:end]
        entry = self.entries[start] = (step, inputs, inputs.T, targets.T, end)
        return entry

    def _chunked(self, rows: int) -> bool:
        # a chunk has at least MIN_CHUNK_ROWS rows, so smaller batches skip the cost model (microseconds a call)
        return rows > MIN_CHUNK_ROWS and rows > chunk_rows(self.model.layer_sizes(), GRADIENT_COST)

    def _compiled_step(self, rows: int) -> Step:
        model, optimizer, penalty = self.model, self.optimizer, self.penalty
        flat, grad = model.flat, model.grad
        calls = list(model.gradient_calls(rows) or ())
        if penalty.kind != "none":
            calls.append((penalty.add_gradient, flat, grad))
        calls += optimizer.rule.calls(optimizer, flat, grad) or ()
        return compile_calls(calls, ("inputs", "inputs_T", "targets_T"), "step")

    def _step_of(self, rows: int) -> Step:
        model = self.model
        flat, grad, update = model.flat, model.grad, self.optimizer.step
        gradient = self.chunked_gradient if self._chunked(rows) else model.gradient_function(rows)
        penalize = self.penalty.add_gradient if self.penalty.kind != "none" else None

        def step(inputs: np.ndarray, _inputs_T: np.ndarray, targets_T: np.ndarray) -> None:
            gradient(inputs, targets_T.T)
            if penalize is not None:
                penalize(flat, grad)
            update(flat, grad)

        return step
