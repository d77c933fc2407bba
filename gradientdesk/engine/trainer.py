"""Trainer: owns the mutable model and optimizer, runs minibatch gradient descent, and takes snapshots.

One step: take the next minibatch of the training split (shuffled once per epoch by a seeded generator), compute
the gradient of loss + penalty, let the optimizer update the parameters. A `Trainer` is used from one thread only;
other threads see it through `Snapshot`s.

Long computations go in chunks of rows (pieces.py): the evaluation of losses and metrics, the loss the stop rules
check, and the gradient of a batch larger than a chunk (the mean over the batch is sum_c (n_c / n) g_c over its
chunks c of n_c rows). Between chunks the trainer asks `interrupt` (set by its owner) and raises
pieces.Interrupted when it says stop: a worker closing the window waits one chunk, not a whole pass over 100,000
points. A snapshot of big data may carry losses and metrics estimated on a fixed sample (evaluation.py).

Divergence: after every step the squared norm of all parameters is checked (for small batches every 8 steps, and
a failed check replays them to find the first that failed, see run_steps); if it is not finite or passes 1e12
(a weight of a million), training stops with a message, and the parameters, optimizer state and counters go back
to the start of the epoch, the last state known to be finite, so no NaN ever leaves the trainer. The message
suggests the largest round rate below the one that diverged that trains from the same start (rate_search.py, tried
headless here, in the trainer's thread); `diverged_step` is the step that blew up.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from types import MappingProxyType

import numpy as np

from . import schedules
from .batch_plan import BatchPlan
from .dataset import Dataset
from .divergence import EXPLODED, ONE_THREAD_DOT, DivergenceHandling, squared_norm
from .evaluation import Evaluation, Evaluator, evaluate, mean_loss
from .grid import grid_points
from .hyperparameters import Hyperparameters
from .model_base import Model
from .models import build_model, check_trainable
from .optimizers import Optimizer, flat_state
from .pieces import GRADIENT_COST, Interrupt, Interrupted, check, chunk_rows
from .regularization import Penalty, penalty, penalty_gradient
from .snapshot import Snapshot, frozen
from .stop_rules import stop_rule

GRID_RESOLUTION = 100


class Trainer(DivergenceHandling):
    """Trains a model built from `hp` on `dataset` (see the engine contract in docs/architecture.md)."""

    def __init__(self, dataset: Dataset, hp: Hyperparameters) -> None:
        hp.validate()
        check_trainable(dataset)
        self.dataset = dataset
        self.hp = hp
        self.dataset_version = 0
        self.hp_version = 0
        self.interrupt: Interrupt | None = None  # asked between chunks of long computations (see the docstring)
        self.search_rates = True  # after a divergence, try smaller rates for the message (off in those trials)
        self._grid_points: tuple[tuple, np.ndarray] | None = None
        self.grid_seconds = 0.0  # what the last output grid took to compute (the worker paces the grid by it)
        self._good: tuple | None = None  # the last state known to be finite (see _save_good)
        self._good_pos = 0  # the row of its epoch the last finite state was saved at
        self._past = self.past_starts(0)
        self.reset()

    # ---- construction and changes -----------------------------------------------------------------------------
    def reset(self) -> None:
        """Fresh parameters from the seed (same seed: same start), zero counters, empty optimizer state."""
        init_seed, shuffle_seed = np.random.SeedSequence(self.hp.seed).spawn(2)
        self._shuffle_rng = np.random.default_rng(shuffle_seed)
        self.model: Model = build_model(self.hp, self.dataset, np.random.default_rng(init_seed))
        self.optimizer = Optimizer(self.hp.optimizer, self.model.parameter_count, self.hp)
        self._penalty = Penalty(self.model.weight_mask)
        self._penalty.configure(self.hp.regularization, self.hp.regularization_rate)
        self.step_count = 0
        self.epoch = 0
        self.examples_seen = 0
        self.stopped: str | None = None
        self.message = ""
        self.diverged_step: int | None = None  # the step that blew up, while stopped for divergence
        self.run_up: tuple[tuple[int, float, float], ...] = ()  # (step, epoch, loss) of the steps before it
        self._best_test = (math.inf, 0)
        self._prepare_data()
        self._save_good()

    def _prepare_data(self) -> None:
        X, y = self.dataset.split("train")
        self._inputs, self._targets = self.model.prepare(X, y)
        self._labels = y
        self._shuffled_inputs = np.empty_like(self._inputs)
        self._shuffled_targets = np.empty_like(self._targets)
        self._n_train = self._inputs.shape[0]
        self._order: np.ndarray | None = None  # this epoch's permutation; None: shuffled buffers not filled yet
        self._pos = 0
        self._last_start = 0
        self._plan: BatchPlan | None = None  # see _plan_for
        Xt, yt = self.dataset.split("test")
        self._test = self.model.prepare(Xt, yt) if yt.size else None
        self._test_labels = yt
        if hasattr(self.model, "forget_buffers"):
            self.model.forget_buffers()

    def set_dataset(self, dataset: Dataset) -> bool:
        """Train on `dataset` from now on. Keeps the parameters when the model's shape allows (returns True);
        otherwise builds a fresh model (returns False). Raises ValueError, changing nothing, if it cannot train."""
        check_trainable(dataset)
        old = self.model
        candidate = build_model(self.hp, dataset, np.random.default_rng(0))
        same_shape = (
            candidate.layout.names == old.layout.names
            and all(candidate.parameters[k].shape == v.shape for k, v in old.parameters.items())
            and candidate.head == old.head
        )
        self.dataset = dataset
        if not same_shape:
            self.reset()
            return False
        old.name_classes(candidate.class_names)  # the same classes, perhaps renamed
        self._prepare_data()
        self._best_test = (math.inf, self.epoch)
        self._clear_stop()
        self._save_good()
        return True

    def set_hyperparameters(self, hp: Hyperparameters) -> bool:
        """Switch to `hp`. Live changes apply from the next step and keep the parameters (returns False); any
        structural change builds fresh parameters (returns True). Raises ValueError, changing nothing, if invalid."""
        hp.validate()
        old = self.hp
        if old.needs_reset(hp):
            build_model(hp, self.dataset, np.random.default_rng(0))  # raises, changing nothing, if impossible
            self.hp = hp
            self.reset()
            return True
        self.hp = hp
        if hp.optimizer != old.optimizer:
            self.optimizer = Optimizer(hp.optimizer, self.model.parameter_count, hp)
        self.optimizer.configure(hp)
        self.optimizer.lr = self.learning_rate  # from the next step, not from the next epoch
        self._penalty.configure(hp.regularization, hp.regularization_rate)
        self._plan = None  # its steps hold the optimizer's constants and the penalty's
        if hp.batch_size != old.batch_size:
            if hasattr(self.model, "forget_buffers"):
                self.model.forget_buffers()
            if self._pos:
                self._good_pos = -1  # this epoch's minibatches no longer follow from its start by one batch size
        self._clear_stop()
        return False

    def _clear_stop(self) -> None:
        self.stopped = None
        self.message = ""
        self.diverged_step = None
        self.run_up: tuple[tuple[int, float, float], ...] = ()

    # ---- training -----------------------------------------------------------------------------------------------
    @property
    def diverged(self) -> bool:
        return self.stopped == "diverged"

    @property
    def learning_rate(self) -> float:
        return schedules.learning_rate(self.hp, self.epoch)

    @property
    def steps_per_epoch(self) -> int:
        n = self._n_train
        return -(-n // min(self.hp.batch_size, n))

    def set_counters(self, step: int, epoch: int, examples_seen: int) -> None:
        """Continue counting from a saved run (the parameters were loaded separately)."""
        if min(step, epoch, examples_seen) < 0:
            raise ValueError("step, epoch and examples seen cannot be negative")
        self.step_count, self.epoch, self.examples_seen = int(step), int(epoch), int(examples_seen)
        self._save_good()

    def restore_optimizer(self, state: Mapping[str, Mapping[str, np.ndarray]], t: int) -> None:
        """Continue a run's optimizer from a saved state ({state name: {parameter name: array}}, as a Snapshot
        holds it, and its step count t): momentum's velocity, Adam's m and v. A state for another optimizer, or
        names and shapes that do not fit the model, raise ValueError and change nothing (optimizers.flat_state)."""
        self.optimizer.restore(flat_state(self.optimizer.name, state, t, self.model.layout), int(t))
        self._save_good()

    def resume(self, parameters: Mapping[str, np.ndarray], counters: tuple[int, int, int],
               optimizer_state: Mapping[str, Mapping[str, np.ndarray]] | None = None, t: int = 0) -> None:
        """Go on from a saved point of a run (a file, a timeline keyframe): its parameters, its counters (step,
        epoch, examples seen) and, if given, its optimizer's state."""
        self.model.set_parameters(dict(parameters))
        if optimizer_state is not None:
            self.restore_optimizer(optimizer_state, t)
        self.set_counters(*counters)

    def steps_to_epoch_end(self) -> int:
        """Steps that complete the current epoch (a whole epoch at an epoch boundary)."""
        batch = min(self.hp.batch_size, self._n_train)
        return -(-(self._n_train - self._pos) // batch)

    def step(self) -> bool:
        """One minibatch update. Returns False (doing nothing) once training has stopped."""
        return self.run_steps(1) == 1

    def run_steps(self, n: int, deadline: float | None = None) -> int:
        """Up to `n` steps, ending early when training stops or `time.perf_counter()` passes `deadline`.
        Returns the number of steps taken. Raises pieces.Interrupted (its counts so far kept) if `interrupt` says
        stop inside a long step."""
        if self.stopped is not None or n <= 0:
            return 0
        optimizer, flat = self.optimizer, self.model.flat
        dot = flat.dot if flat.size <= ONE_THREAD_DOT else squared_norm
        n_train = self._n_train
        batch = min(self.hp.batch_size, n_train)
        batches = self._plan_for(batch).entries
        # Small batches check the parameters and read the clock every 8 steps (a step is microseconds, the norm a
        # fiftieth of it), after an epoch's last step and before returning; larger ones after every step. A failed
        # check finds the step that blew up by replaying from the last finite state (divergence.py), which it can
        # when that state began this epoch with this batch size.
        check_mask = 7 if batch < 64 and self._good_pos == 0 else 0
        pos, done, flushed, checked, start = self._pos, 0, 0, 0, self._last_start
        counted = pos  # examples seen since the last flush: the rows from `counted` to `pos`
        with np.errstate(all="ignore"):
            try:
                while done < n:
                    if pos == 0:
                        self._start_epoch(batch, n_train)
                        optimizer.lr = self.learning_rate
                    try:
                        step, inputs, inputs_T, targets_T, end = batches[pos]
                    except KeyError:  # the first time at this start since the plan was made
                        step, inputs, inputs_T, targets_T, end = self._plan.entry(pos)
                    step(inputs, inputs_T, targets_T)  # gradient, penalty, update
                    done += 1
                    start, pos = pos, end
                    if done & check_mask and end != n_train:
                        continue
                    norm = dot(flat)
                    if not norm < EXPLODED:
                        self._flush(done - flushed, pos - counted, pos, start)
                        return done - self._diverge_after(norm, done - checked)
                    checked = done
                    if end == n_train:
                        pos = 0
                        self._flush(done - flushed, n_train - counted, pos, start)
                        flushed, counted = done, 0
                        self.epoch += 1
                        if self._end_epoch():
                            return done
                    # also after an epoch's last step: in full-batch training every step is one, and a check
                    # skipped there let the worker run its whole budget, deaf to Pause and to closing the window
                    if deadline is not None and time.perf_counter() > deadline:
                        break
                if checked != done:
                    norm = dot(flat)
                    if not norm < EXPLODED:
                        self._flush(done - flushed, pos - counted, pos, start)
                        return done - self._diverge_after(norm, done - checked)
            except Interrupted:  # only inside a chunked gradient (after a checked step) or the stop rules' losses
                self._flush(done - flushed, pos - counted, pos, start)
                raise
        self._flush(done - flushed, pos - counted, pos, start)
        return done

    def _plan_for(self, batch: int) -> BatchPlan:
        """The minibatches of `batch` rows and their steps (batch_plan.py), made once for a batch size, model,
        optimizer and data: a change of hyperparameters or data forgets them."""
        if self._plan is None or self._plan.batch != batch:
            self._plan = BatchPlan(batch, self.model, self.optimizer, self._penalty, self._shuffled_inputs,
                                   self._shuffled_targets, self._chunked_gradient)
        return self._plan

    def _chunked_gradient(self, inputs: np.ndarray, targets: np.ndarray) -> None:
        """The gradient of the mean loss over a large batch, sum_c (n_c / n) g_c over chunks of rows, into
        model.grad; `interrupt` is asked before each chunk."""
        model = self.model
        grad = model.grad
        n = inputs.shape[0]
        rows = chunk_rows(model.layer_sizes(), GRADIENT_COST)
        total = np.zeros_like(grad)
        for s in range(0, n, rows):
            check(self.interrupt)
            e = min(s + rows, n)
            model.gradient_into(inputs[s:e], targets[s:e])
            total += grad * ((e - s) / n)
        grad[...] = total

    def _flush(self, steps: int, seen: int, pos: int, last_start: int) -> None:
        """Add the hot loop's local counts to the counters (the optimizer's t too, for compiled steps)."""
        if self._plan is not None and self._plan.compiled:  # its steps do not count t
            self.optimizer.t += steps
        self.step_count += steps
        self.examples_seen += seen
        self._pos = pos
        self._last_start = last_start

    def run_epochs(self, n: int) -> int:
        """Run until `n` more epochs have completed (or training stops). Returns the number of steps taken."""
        target = self.epoch + n
        done = 0
        while self.epoch < target and self.stopped is None:
            done += self.run_steps(self.steps_to_epoch_end())
        return done

    def _start_epoch(self, batch: int, n_train: int) -> None:
        self._save_good(keep_past=True)
        if batch < n_train:
            self._order = self._shuffle_rng.permutation(n_train)
        elif self._order is None or self._order.size != n_train or self._order[0] != 0:
            # full batch: no shuffling needed, and a fixed order keeps the sums bit-identical from run to run
            self._order = np.arange(n_train)
        else:
            return
        # the method, not np.take: its Python wrapper cost as much as the copy of a playground's 250 rows
        self._inputs.take(self._order, 0, self._shuffled_inputs)
        self._targets.take(self._order, 0, self._shuffled_targets)

    def _save_good(self, keep_past: bool = False) -> None:
        """Remember the state now as the last finite one. With `keep_past` (at an epoch start) the one it replaces
        joins the past epoch starts (their losses begin the run-up after a divergence); else they are forgotten."""
        self._remember_start(keep_past)
        self._good_pos = self._pos  # where in the epoch it was; a replay from it needs 0 (the epoch's start)
        self._good = (
            self.model.flat.copy(),
            self.optimizer.state_copy(),
            self.optimizer.t,
            self.step_count,
            self.epoch,
            self.examples_seen,
        )

    def _restore_good(self) -> None:
        assert self._good is not None  # saved by reset() before any step
        flat, state, t, self.step_count, self.epoch, self.examples_seen = self._good
        self.model.flat[...] = flat
        self.model.grad.fill(0.0)
        self.optimizer.restore(state, t)
        self.optimizer.update.fill(0.0)
        self._pos = 0

    def _end_epoch(self) -> bool:
        """Apply the stop rules (stop_rules.py) after a completed epoch; True if training stops."""
        test = None if self._test is None else (lambda: mean_loss(self.model, *self._test, self.interrupt))
        self.stopped, self.message, self._best_test = stop_rule(self.hp, self.epoch, self.train_loss, test,
                                                                self._best_test)
        return self.stopped is not None

    # ---- evaluation ---------------------------------------------------------------------------------------------
    def train_loss(self) -> float:
        """Loss + penalty over the whole training split: the objective gradient descent minimises."""
        return mean_loss(self.model, self._inputs, self._targets, self.interrupt) + self._penalty_value()

    def _penalty_value(self) -> float:
        return penalty(self.hp.regularization, self.hp.regularization_rate, self.model.flat, self.model.weight_mask)

    def test_loss(self) -> float | None:
        """Loss over the test split (no penalty), or None without test points."""
        return None if self._test is None else mean_loss(self.model, *self._test, self.interrupt)

    def evaluator(self, estimate: bool = False) -> Evaluator:
        """Losses and metrics of the model as it is now, to be measured in pieces (evaluation.py); the model must
        not change until it is done. With `estimate`, big splits are measured on a fixed sample."""
        test = None if self._test is None else (*self._test, self._test_labels)
        return Evaluator(self.model, (self._inputs, self._targets, self._labels), test, self.dataset.n_classes,
                         estimate, self.interrupt)

    def objective_and_gradients(self, X: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
        """Loss + penalty on (X, y) and its full gradient by name: what one step with that batch would use."""
        loss, grads = self.model.loss_and_gradients(X, y)
        kind, rate = self.hp.regularization, self.hp.regularization_rate
        extra = self.model.layout.views(penalty_gradient(kind, rate, self.model.flat, self.model.weight_mask))
        total = loss + penalty(kind, rate, self.model.flat, self.model.weight_mask)
        return total, {name: grads[name] + extra[name] for name in grads}

    def output_grid(self, bounds: tuple[float, float, float, float], resolution: int = GRID_RESOLUTION) -> np.ndarray:
        """Model output at resolution x resolution points covering bounds = (x_min, x_max, y_min, y_max), in one
        batched call: shape (resolution, resolution, n_outputs), row i at y_i, column j at x_j. For 1-D data:
        shape (1, resolution, n_outputs) along x."""
        key = (tuple(bounds), resolution, self.dataset.input_dim)
        if self._grid_points is None or self._grid_points[0] != key:
            self._grid_points = (key, grid_points((*bounds, resolution), self.dataset.input_dim))
        points = self._grid_points[1]
        chunk = chunk_rows(self.model.layer_sizes())
        if points.shape[0] <= chunk:
            out = self.model.output(points)
        else:  # a big network on a fine grid: in chunks, so `interrupt` is heard
            parts = []
            for s in range(0, points.shape[0], chunk):
                check(self.interrupt)
                parts.append(self.model.output(points[s : s + chunk]))
            out = np.concatenate(parts)
        rows = 1 if self.dataset.input_dim == 1 else resolution
        return out.reshape(rows, resolution, -1)

    def snapshot(self, grid: tuple[float, float, float, float, int] | None = None, estimate: bool = False,
                 evaluation: Evaluation | None = None) -> Snapshot:
        """A frozen copy of the current state; with `grid` = (x_min, x_max, y_min, y_max, resolution) it also holds
        the model output on that grid. Its losses and metrics are `evaluation` if given (measured on the model as
        it is now, see `evaluator`), else measured now: with `estimate`, on a fixed sample of a big split (the
        snapshot's `evaluated` says so)."""
        model, opt = self.model, self.optimizer
        layout = model.layout
        with np.errstate(all="ignore"):
            if evaluation is None:
                evaluation = evaluate(model, (self._inputs, self._targets, self._labels),
                                      None if self._test is None else (*self._test, self._test_labels),
                                      self.dataset.n_classes, estimate, self.interrupt)
            train_loss = evaluation.train_loss + self._penalty_value()
            test_loss = evaluation.test_loss
            found, confusion = evaluation.metrics, evaluation.confusion
            output_grid = None
            if grid is not None:
                started = time.perf_counter()
                output_grid = frozen(self.output_grid(grid[:4], grid[4]))
                self.grid_seconds = time.perf_counter() - started
        state = {key: MappingProxyType(layout.copies(arr)) for key, arr in opt.state.items()}
        return Snapshot(
            step=self.step_count,
            epoch=self.epoch,
            examples_seen=self.examples_seen,
            train_loss=float(train_loss),
            test_loss=None if test_loss is None else float(test_loss),
            parameters=MappingProxyType(layout.copies(model.flat)),
            gradients=MappingProxyType(layout.copies(model.grad)),
            updates=MappingProxyType(layout.copies(opt.update)),
            learning_rate=opt.lr if self.step_count else self.learning_rate,
            spec=model.spec,
            task=self.dataset.task,
            hyperparameters=self.hp,
            metrics=MappingProxyType(found),
            confusion=None if confusion is None else frozen(confusion),
            optimizer=opt.name,
            optimizer_state=MappingProxyType(state),
            optimizer_t=opt.t,
            diverged=self.diverged,
            diverged_step=self.diverged_step,
            run_up=self.run_up,
            stopped=self.stopped,
            message=self.message,
            n_train=self._n_train,
            n_test=self.dataset.n_test,
            evaluated=None if evaluation.exact else evaluation.measured,
            batch_indices=self._last_batch_indices(),
            output_grid=output_grid,
            grid_spec=grid,
            dataset_version=self.dataset_version,
            hp_version=self.hp_version,
        )

    def _last_batch_indices(self) -> np.ndarray | None:
        if self.step_count == 0 or self.stopped == "diverged":
            return None
        if self._order is None:
            return None
        end = self._pos or self._n_train
        return frozen(self.dataset.train_index[self._order[self._last_start : end]])
