"""One group of a RunSet (run_set.py): the runs that share a batch size, stepped together.

The group stacks its runs' flat parameter vectors into one (R, P) array (row r is run r's flat vector, in
DenseNetwork's layout) and computes every run's gradient in one stacked pass (stacked_network.py). The optimizer
update rules of update_rules.py are elementwise, so they run unchanged on stacked (k, P) arrays, with the per-run
constants (learning rate, momentum, rho, beta1, beta2, epsilon) as (k, 1) columns that numpy broadcasts over the
parameters: `StackedOptimizer`. The runs are ordered by optimizer, so the k runs of one optimizer are a contiguous
slice of rows (a view: no copy) that its StackedOptimizer updates in place. Penalties likewise (regularization.py's
Penalty over (R, P) masks): g_r <- g_r + lambda_r * w_r * m (L2 runs), + lambda_r * sign(w_r) * m (L1 runs), where
the mask rows of the other runs are 0 (adding 0 changes nothing).

Every run keeps its own minibatch order: a run shuffles the training rows each epoch with a generator seeded as a
Trainer's (numpy's SeedSequence(seed).spawn(2)[1]), so runs with the same seed draw the same permutations; the
group shuffles once per seed (`Shuffler`) and, when all its runs share one seed, hands the one batch to every run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from . import schedules
from .divergence import EXPLODED  # a squared parameter norm beyond this (or not finite) is a divergence
from .hyperparameters import Hyperparameters
from .optimizers import Optimizer
from .pieces import GRADIENT_COST, chunk_rows
from .regularization import Penalty
from .stacked_network import StackedDense, batch_views
from .straight_line import compile_calls

# below this sum of every run's squared norms no run can be past EXPLODED, whatever the rounding of either sum (each
# is within P R 2^-53 of the exact sum); at or above it, or not finite, each run's norm is measured
ALL_BELOW = EXPLODED / 2


def squared_norms(flat: np.ndarray) -> np.ndarray:
    """||w_r||^2 of every row (run) of a stacked (R, P) array: np.vecdot where numpy has it (2.0+; 2.5x faster
    than einsum here)."""
    vecdot = getattr(np, "vecdot", None)
    return vecdot(flat, flat) if vecdot is not None else np.einsum("rp,rp->r", flat, flat)


class LibmPowers(np.ndarray):
    """A column of constants whose `** t` is Python's float power (C's pow) per entry, as a Trainer's scalar beta1
    and beta2 are raised: numpy's own power differs in the last bit for some t (50 of t = 1..600 for 0.85), and
    Adam's bias corrections 1 - beta^t would carry that into every later step."""

    def __pow__(self, t: object) -> np.ndarray:  # type: ignore[override]
        return np.array([float(x) ** t for x in self.ravel()]).reshape(self.shape)  # type: ignore[operator]


class StackedOptimizer(Optimizer):
    """The rule `name` over k runs' stacked flat vectors (k, P), each run with its own constants, so the rule's
    elementwise step (update_rules.py) applies them. The learning rate, betas, rho and epsilon are (k, 1) columns;
    -lr and mu, the operands of the plain multiplications of sgd, momentum and nesterov, are kept as whole (k, P)
    arrays, which numpy multiplies twice as fast as it broadcasts a column. `t` is shared: the runs of a group step
    together."""

    def __init__(self, name: str, size: int, hps: list[Hyperparameters]) -> None:
        super().__init__(name, (len(hps), size), hps[0])  # type: ignore[arg-type]  # numpy takes a shape
        self._lr = np.zeros((len(hps), 1))
        self.neg_lr = np.zeros((len(hps), size))
        self.configure_runs(hps)

    @property  # type: ignore[override]
    def lr(self) -> np.ndarray:
        """The learning rates of the next step, one per run, as a (k, 1) column."""
        return self._lr

    @lr.setter
    def lr(self, value: np.ndarray) -> None:
        self._lr[...] = np.asarray(value, dtype=float).reshape(-1, 1)
        np.negative(np.broadcast_to(self._lr, self.neg_lr.shape), out=self.neg_lr)

    def configure_runs(self, hps: list[Hyperparameters]) -> None:
        """Each run's momentum, rho, betas and epsilon."""

        def column(name: str) -> np.ndarray:
            return np.array([[float(getattr(hp, name))] for hp in hps])

        self.mu = np.repeat(column("momentum"), self.neg_lr.shape[1], axis=1)
        self.rho, self.eps = column("rho"), column("epsilon")
        self.beta1, self.beta2 = column("beta1").view(LibmPowers), column("beta2").view(LibmPowers)


@dataclass
class Shuffler:
    """The minibatch order of the runs with one seed and one batch size: a Trainer's shuffle generator, this epoch's
    permutation and the training rows in that order."""

    rng: np.random.Generator
    inputs: np.ndarray
    targets: np.ndarray
    order: np.ndarray | None = None

    def start_epoch(self, source: tuple[np.ndarray, np.ndarray], full_batch: bool) -> None:
        """Shuffle for a new epoch as a Trainer does at an epoch start (full batch: the fixed order 0..n-1)."""
        n = source[0].shape[0]
        if not full_batch:
            self.order = self.rng.permutation(n)
        elif self.order is None or self.order.size != n or self.order[0] != 0:
            self.order = np.arange(n)
        else:
            return
        np.take(source[0], self.order, axis=0, out=self.inputs)
        np.take(source[1], self.order, axis=0, out=self.targets)


@dataclass(frozen=True)
class Good:
    """One run's last state known to be finite (its epoch start): what a divergence puts back."""

    flat: np.ndarray
    state: dict[str, np.ndarray]
    t: int
    step_count: int
    epoch: int
    examples_seen: int


@dataclass
class RunState:
    """Everything one run is, between group rebuilds and for its snapshot: parameters, last gradient and update,
    optimizer state and step count, counters, position in the epoch, and why it stopped."""

    hp: Hyperparameters
    flat: np.ndarray
    grad: np.ndarray
    update: np.ndarray
    state: dict[str, np.ndarray]
    t: int = 0
    step_count: int = 0
    epoch: int = 0
    examples_seen: int = 0
    pos: int = 0
    last_start: int = 0
    lr: float = 0.0  # the learning rate of the last step
    stopped: str | None = None
    message: str = ""
    diverged_step: int | None = None
    best_test: tuple[float, int] = (float("inf"), 0)
    order: np.ndarray | None = None  # this epoch's permutation of the training rows (for the last batch's indices)


class RunGroup:
    """The active runs of one batch size (`indices` into the RunSet's runs), stacked: see the module docstring."""

    def __init__(self, indices: list[int], runs: list[RunState], net: StackedDense, train: tuple[np.ndarray, ...],
                 shufflers: dict[int, Shuffler], weight_mask: np.ndarray, good: dict[int, Good] | None = None) -> None:
        """`good`: the last finite state of each run (`RunGroup.goods()` of the group this one replaces, mid-epoch);
        without it, the state now is the last finite one (a fresh start)."""
        self.indices = sorted(indices, key=lambda i: (runs[i].hp.optimizer, i))  # one optimizer: contiguous rows
        members = [runs[i] for i in self.indices]
        self.hps = [run.hp for run in members]
        first = members[0]
        self.net = net
        self.train = train
        self.n_train = train[0].shape[0]
        self.batch = min(first.hp.batch_size, self.n_train)
        self.seeds = [run.hp.seed for run in members]
        self.shufflers_by_seed = shufflers
        self.shufflers = [shufflers[s] for s in dict.fromkeys(self.seeds)]
        which = {s: k for k, s in enumerate(dict.fromkeys(self.seeds))}
        self.rows_of_seed = np.array([which[s] for s in self.seeds])
        self.flat = np.stack([run.flat for run in members])
        self.grad = np.stack([run.grad for run in members])
        self.step = net.bind(self.flat, self.grad)
        self.flat_all = self.flat.reshape(-1)  # every run's parameters as one vector (a view)
        size = self.flat.shape[1]
        self.slices: list[tuple[StackedOptimizer, np.ndarray, np.ndarray, slice]] = []
        start = 0
        while start < len(members):
            name = members[start].hp.optimizer
            stop = start
            while stop < len(members) and members[stop].hp.optimizer == name:
                stop += 1
            rows = slice(start, stop)
            opt = StackedOptimizer(name, size, [run.hp for run in members[rows]])
            opt.update[...] = np.stack([run.update for run in members[rows]])
            opt.restore({k: np.stack([run.state[k] for run in members[rows]]) for k in opt.state}, first.t)
            self.slices.append((opt, self.flat[rows], self.grad[rows], rows))
            start = stop
        self.penalties = []
        for kind in ("l2", "l1"):
            mask = np.stack([weight_mask * (run.hp.regularization_rate if run.hp.regularization == kind else 0.0)
                             for run in members])
            if mask.any():
                penalty = Penalty(mask)
                penalty.configure(kind, 1.0)  # the rates are in the mask rows: mask_r * lambda_r * 1.0
                self.penalties.append(penalty)
        self.step_count, self.epoch, self.examples_seen = first.step_count, first.epoch, first.examples_seen
        self.pos, self.last_start = first.pos, first.last_start
        self.chunk = chunk_rows(net.sizes, GRADIENT_COST)  # a larger batch goes in chunks of rows, as a Trainer's
        self._stacked_train: tuple[np.ndarray, np.ndarray] | None = None
        self._good: tuple | None = None
        self._scheduled = any(hp.schedule != "constant" for hp in self.hps)
        self._gather_train()
        self.set_learning_rates()
        if good is None:
            self.save_good()
        else:  # a rebuild mid-epoch: the runs' last finite state is still their epoch start, as a Trainer's is
            goods = [good[i] for i in self.indices]
            self._good = (np.stack([g.flat for g in goods]),
                          [({k: np.stack([g.state[k] for g in goods[rows]]) for k in opt.state}, goods[rows.start].t)
                           for opt, _w, _g, rows in self.slices],
                          goods[0].step_count, goods[0].epoch, goods[0].examples_seen)

    # ---- per-run numbers ----------------------------------------------------------------------------------------
    def set_learning_rates(self) -> None:
        """Each run's rate for the current epoch from its schedule (schedules.py), as a Trainer sets it."""
        for opt, _w, _g, rows in self.slices:
            opt.lr = np.array([schedules.learning_rate(hp, self.epoch) for hp in self.hps[rows]])

    def learning_rates(self) -> np.ndarray:
        return np.concatenate([opt.lr.ravel() for opt, _w, _g, _rows in self.slices])

    # ---- data -----------------------------------------------------------------------------------------------------
    def _gather_train(self) -> None:
        """Point the batch source at the shuffled rows: one shared array for one seed, else stacked per run; and
        the minibatches of an epoch as views of it (the shuffles refill those arrays in place)."""
        if len(self.shufflers) == 1:
            self._stacked_train = None
        else:
            inputs = np.stack([self.shufflers[k].inputs for k in self.rows_of_seed])
            targets = np.stack([self.shufflers[k].targets for k in self.rows_of_seed])
            self._stacked_train = (inputs, targets)
        self._steps: dict[int, Callable] = {}
        self._compiled = self.batch <= self.chunk and all(
            opt.rule.calls(opt, w, g) is not None for opt, w, g, _rows in self.slices)
        self._batches = [self._batch(start, min(start + self.batch, self.n_train))
                         for start in range(0, self.n_train, self.batch)]

    def _batch(self, start: int, end: int) -> tuple[Callable, np.ndarray, np.ndarray, np.ndarray]:
        """(step, inputs, inputs_T, targets_T) of the rows start..end: step(inputs, inputs_T, targets_T) computes
        every run's gradient, adds the penalties and updates the parameters."""
        if self._stacked_train is None:
            sh = self.shufflers[0]
            inputs, targets = sh.inputs[start:end], sh.targets[start:end]
        else:
            inputs, targets = self._stacked_train[0][:, start:end], self._stacked_train[1][:, start:end]
        step = self._steps.get(end - start)
        if step is None:
            step = self._steps[end - start] = self._step_of(end - start, inputs.ndim == 2)
        return step, inputs, *batch_views(inputs, targets)

    def _step_of(self, n: int, shared: bool) -> Callable[[np.ndarray, np.ndarray, np.ndarray], None]:
        """One step of a batch of n: when every optimizer's rule gives its calls (Rule.calls), the gradient's calls,
        the penalties' and the updates' compiled into one function (straight_line.py; t is counted in _flush), as a
        Trainer's step; a batch larger than a chunk goes in chunks (_chunked_gradient)."""
        flat, grad = self.flat, self.grad
        if self._compiled:
            calls = [*self.step.gradient_calls(n, shared), *((p.add_gradient, flat, grad) for p in self.penalties)]
            for opt, w, g, _rows in self.slices:
                calls += opt.rule.calls(opt, w, g) or ()
            return compile_calls(calls, ("inputs", "inputs_T", "targets_T"), "step")
        gradient = self.step.gradient_function(n, shared) if n <= self.chunk else None
        penalties = [p.add_gradient for p in self.penalties]
        steps = [(opt.step, w, g) for opt, w, g, _rows in self.slices]
        chunked = self._chunked_gradient

        def step(inputs: np.ndarray, inputs_T: np.ndarray, targets_T: np.ndarray) -> None:
            if gradient is None:
                chunked(inputs, targets_T[:, 0, :].T if inputs.ndim == 2 else targets_T.transpose(1, 2, 0))
            else:
                gradient(inputs, inputs_T, targets_T)
            for add_gradient in penalties:
                add_gradient(flat, grad)
            for update, w, g in steps:
                update(w, g)

        return step

    # ---- stepping -------------------------------------------------------------------------------------------------
    def run_steps(self, n: int, stop_at_epoch_end: bool) -> tuple[int, np.ndarray]:
        """Up to `n` steps of every run. Returns (steps taken, rows that diverged in the last one): it returns early
        when a run diverges (its row is in the array; the others made that step too) or, with `stop_at_epoch_end`,
        after the last step of an epoch."""
        flat, flat_all = self.flat, self.flat_all
        n_train, batch = self.n_train, self.batch
        batches = self._batches
        pos, done, flushed, seen = self.pos, 0, 0, 0
        none = np.empty(0, dtype=np.int64)
        with np.errstate(all="ignore"):
            while done < n:
                if pos == 0:
                    self._start_epoch()
                end = min(pos + batch, n_train)
                step, inputs, inputs_T, targets_T = batches[pos // batch]
                step(inputs, inputs_T, targets_T)  # gradients, penalties, updates
                done += 1
                seen += end - pos
                self.last_start = pos
                pos = end
                if not flat_all.dot(flat_all) < ALL_BELOW:
                    norms = squared_norms(flat)
                    if not norms.max() < EXPLODED:
                        if end == n_train:  # the runs that did not diverge completed the epoch
                            pos = 0
                            self.epoch += 1
                        self._flush(done - flushed, seen, pos)
                        return done, np.flatnonzero(~(norms < EXPLODED))
                if end == n_train:
                    pos = 0
                    self._flush(done - flushed, seen, pos)
                    flushed, seen = done, 0
                    self.epoch += 1
                    if stop_at_epoch_end:
                        return done, none
        self._flush(done - flushed, seen, pos)
        return done, none

    def _chunked_gradient(self, inputs: np.ndarray, targets: np.ndarray) -> None:
        """The gradient of the mean loss over a batch larger than a chunk, sum_c (n_c / n) g_c over the same chunks
        of rows as a Trainer's (pieces.chunk_rows): the same sums, and memory for one chunk of every run only."""
        n = inputs.shape[-2]
        total = np.zeros_like(self.grad)
        for s in range(0, n, self.chunk):
            e = min(s + self.chunk, n)
            self.step.gradient_into(inputs[..., s:e, :], targets[..., s:e, :])
            total += self.grad * ((e - s) / n)
        self.grad[...] = total

    def _flush(self, steps: int, seen: int, pos: int) -> None:
        if self._compiled:  # compiled steps do not count the optimizers' t (_step_of)
            for opt, *_ in self.slices:
                opt.t += steps
        self.step_count += steps
        self.examples_seen += seen
        self.pos = pos

    def _start_epoch(self) -> None:
        self.save_good()
        for sh in self.shufflers:
            sh.start_epoch(self.train, self.batch >= self.n_train)
        if self._stacked_train is not None:
            inputs, targets = self._stacked_train
            for row, k in enumerate(self.rows_of_seed):
                inputs[row] = self.shufflers[k].inputs
                targets[row] = self.shufflers[k].targets
        if self._scheduled:  # constant rates are set once, when the group is built
            self.set_learning_rates()

    def save_good(self) -> None:
        """Remember the state now (an epoch start) as the last one known to be finite, as a Trainer does."""
        self._good = (self.flat.copy(), [(opt.state_copy(), opt.t) for opt, *_ in self.slices],
                      self.step_count, self.epoch, self.examples_seen)

    def goods(self) -> dict[int, Good]:
        """Each run's last finite state (run index -> Good), for the group that replaces this one."""
        assert self._good is not None
        flat, opt_states, step, epoch, seen = self._good
        out = {}
        for (state, t), (_opt, _w, _g, rows) in zip(opt_states, self.slices, strict=True):
            for row in range(rows.start, rows.stop):
                local = row - rows.start
                out[self.indices[row]] = Good(flat[row], {k: a[local] for k, a in state.items()}, t, step, epoch,
                                              seen)
        return out

    # ---- back to per-run states ----------------------------------------------------------------------------------
    def store(self, runs: list[RunState], rows: np.ndarray | None = None, restore: bool = False) -> None:
        """Copy the group's rows (all, or `rows`) back into their RunStates; with `restore`, the last finite state
        (the epoch start) instead, with a zero gradient and update, as a Trainer restores it."""
        assert self._good is not None
        good_flat, good_opt, good_step, good_epoch, good_seen = self._good
        lrs = self.learning_rates()
        order = {k: sh.order for k, sh in enumerate(self.shufflers)}
        for opt_index, (opt, _w, _g, slice_rows) in enumerate(self.slices):
            for row in range(slice_rows.start, slice_rows.stop):
                if rows is not None and row not in rows:
                    continue
                run = runs[self.indices[row]]
                local = row - slice_rows.start
                run.lr = float(lrs[row])
                run.order = order[int(self.rows_of_seed[row])]
                if restore:
                    state, t = good_opt[opt_index]
                    run.flat[...] = good_flat[row]
                    run.grad.fill(0.0)
                    run.update.fill(0.0)
                    for key in run.state:
                        run.state[key][...] = state[key][local]
                    run.t, run.step_count, run.epoch, run.examples_seen = t, good_step, good_epoch, good_seen
                    run.pos = run.last_start = 0
                    continue
                run.flat[...] = self.flat[row]
                run.grad[...] = self.grad[row]
                run.update[...] = opt.update[local]
                for key in run.state:
                    run.state[key][...] = opt.state[key][local]
                run.t, run.step_count, run.epoch, run.examples_seen = opt.t, self.step_count, self.epoch, \
                    self.examples_seen
                run.pos, run.last_start = self.pos, self.last_start
