"""RunSet: R runs of one model structure trained side by side in batched numpy calls (a sweep, a comparison).

    runs = RunSet(dataset, [hp.replace(learning_rate=lr) for lr in (0.01, 0.03, 0.1, 0.3)])
    runs.run_epochs(5)
    for snap in runs.snapshots(): ...            # one Snapshot per run, as Trainer.snapshot() gives

Runs may differ in every hyperparameter that keeps the model's structure: learning rate, schedule, optimizer and
its constants, batch size, regularization and its rate, initialization and its scale, seed, stop rules. A field
that changes the structure (model, hidden layers, activation, output activation, loss, features, polynomial degree,
...; any field that is not live and not initialization / init_scale / seed, where it matters to the model) is
refused with a ValueError naming it. PCA is refused: it trains a tied-weight autoencoder with its own nested loss
(pca.py), not the dense-layer code the runs are batched over. Every other model (linear, polynomial, logistic,
softmax, mlp) is a DenseNetwork (network.py) and is supported.

Equal to a Trainer. Run r after k steps equals `Trainer(dataset, hp_r)` after k steps (the tests allow 1e-12: the
stacked matrix products could sum in another order than the Trainer's on another BLAS; on this machine every
optimizer was bit-identical after 500 steps, and 16 W2 runs after 2,500): the same initial parameters (built by
build_model from SeedSequence(seed).spawn(2)[0], as the Trainer does), the same minibatch order (a generator from
SeedSequence(seed).spawn(2)[1], permuting the training rows each epoch; full batch: the rows in order), the same
gradient of the mean loss dL/d[W | b] = delta [A; 1]^T per run (stacked_network.py), the same penalty and update
rules (update_rules.py, on stacked arrays with per-run constants), the same schedule (the rate is set at each
epoch start), the same stop rules (stop_rules.py) and the same divergence test (squared norm of run r's
parameters not finite or past 1e12 after a step). Runs with the same seed start from identical parameters and, with
equal batch sizes, see the same minibatches: "same start" is exact.

Batched, not looped. Runs with the same batch size form one group (run_group.py), whose forward and backward passes
are single np.matmul calls over a leading run axis; runs with different batch sizes go in different groups (their
minibatches end at different rows, so their steps cannot share arrays), each group batched: R runs with B distinct
batch sizes cost about B batched steps per step.

Two cores. A RunSet of SHARE_FROM runs or more leases the engine's helper process (run_helper.py) when the machine
has a second core: the helper trains the second half of the runs while this process trains the first; a training
call's reply says only which of its runs stopped, and their states are fetched when a snapshot or checkpoint needs
them, so both see every run as it is. Each run's numbers are the same either way (a run's start and minibatch
order depend only on its own seed).
`close()` gives the helper back (so does the RunSet being freed); `share=False` keeps every run here.

Stopping. A run stops alone: when it diverges (its parameters, optimizer state and counters go back to its last
epoch start, as a Trainer's do, and its snapshot says diverged with the Trainer's message) or when a stop rule
fires; the others go on, and its group is rebuilt without it. Unlike a Trainer, a RunSet does not search for a
rate that trains after a divergence (up to 2 s per diverged run would stall a sweep), so the message suggests
suggest_learning_rate(lr), as a Trainer with search_rates = False does; its `run_up` is empty, and a RunSet has no
`interrupt` (it computes no long evaluations between steps).
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

import numpy as np

from . import run_helper, update_rules
from .dataset import Dataset
from .divergence import divergence_message
from .evaluation import evaluate, mean_loss
from .grid import grid_points
from .hyperparameters import Hyperparameters
from .model_base import Model
from .models import build_model, check_trainable
from .network import DenseNetwork
from .regularization import penalty
from .run_checkpoint import RunCheckpoint, checkpoint_of, prepare, restore_into
from .run_group import RunGroup, RunState, Shuffler
from .schedules import learning_rate
from .snapshot import Snapshot, frozen
from .stacked_network import StackedDense
from .stop_rules import stop_rule

FREE_STRUCTURAL = ("initialization", "init_scale", "seed")  # not live, yet the structure does not depend on them
SHARE_FROM = 6  # runs: from here on half of them train in the helper process (run_helper.py), on the other core


def structural_difference(first: Hyperparameters, other: Hyperparameters) -> str | None:
    """The first field in which `other` builds a model of another structure than `first`, or None."""
    for name in first.changed_fields(other):
        info = Hyperparameters.info(name)
        if info.live or name in FREE_STRUCTURAL:
            continue
        if first.is_relevant(name) or other.is_relevant(name):
            return name
    return None


class RunSet:
    """R runs on `dataset`, one per hyperparameters in `hps` (see the module docstring)."""

    def __init__(self, dataset: Dataset, hps: Sequence[Hyperparameters], share: bool | None = None) -> None:
        """`share`: train half of the runs in the helper process (None: when there are SHARE_FROM runs or more and
        the helper is free; False: never)."""
        hps = list(hps)
        if not hps:
            raise ValueError("a RunSet needs at least one run")
        for hp in hps:
            hp.validate()
        if hps[0].model == "pca":
            raise ValueError("model: a RunSet trains dense models (linear, polynomial, logistic, softmax, mlp); "
                             "PCA trains its own autoencoder and is not supported")
        for r, hp in enumerate(hps[1:], start=1):
            name = structural_difference(hps[0], hp)
            if name is not None:
                raise ValueError(f"{name}: run {r} has {getattr(hp, name)!r} where run 0 has "
                                 f"{getattr(hps[0], name)!r}; the runs of a RunSet share one model structure")
        check_trainable(dataset)
        self.dataset = dataset
        self.hps = hps
        self._lease: run_helper.Lease | None = None
        self._remote: list[int] = []  # the runs the helper trains
        self._stale = False  # the helper's runs have trained since their states were last fetched
        if share is not False and len(hps) >= SHARE_FROM:
            self._lease = run_helper.lease()
            if self._lease is not None:
                weakref.finalize(self, self._lease.release).atexit = False
                self._remote = list(range(len(hps) // 2, len(hps)))
        self.reset()

    # ---- construction -------------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Every run from its seed's start again (same seed: same start), counters zero, optimizer state empty."""
        self.models: list[Model] = []
        self.runs: list[RunState] = []
        seeds: dict[int, np.random.SeedSequence] = {}
        for hp in self.hps:
            init_seed, shuffle_seed = np.random.SeedSequence(hp.seed).spawn(2)
            seeds.setdefault(hp.seed, shuffle_seed)
            model = build_model(hp, self.dataset, np.random.default_rng(init_seed))
            self.models.append(model)
            state = {key: np.zeros(model.parameter_count) for key in update_rules.get(hp.optimizer).state_names}
            self.runs.append(RunState(hp, model.flat.copy(), np.zeros(model.parameter_count),
                                      np.zeros(model.parameter_count), state))
        first = self.models[0]
        if not isinstance(first, DenseNetwork) or any(m.layout.names != first.layout.names
                                                      or m.layer_sizes() != first.layer_sizes()
                                                      or m.head != first.head for m in self.models):
            raise ValueError("model: the runs of a RunSet share one dense model structure")
        X, y = self.dataset.split("train")
        self._train = first.prepare(X, y)
        self._labels = y
        Xt, yt = self.dataset.split("test")
        self._test = (*first.prepare(Xt, yt), yt) if yt.size else None
        self._net = StackedDense(first.sizes, first.activation.name, first.head)
        n = self._train[0].shape[0]
        if self._lease is not None:
            try:
                self._adopt(self._lease.call("build", self.dataset, [self.hps[i] for i in self._remote]))
            except run_helper.HelperError:  # no helper after all: every run trains here (nothing trained yet)
                self._lease.release()
                self._lease, self._remote = None, []
        self._shufflers: dict[int, dict[int, Shuffler]] = {}  # batch size -> seed -> Shuffler
        for hp in self.hps:
            batch = min(hp.batch_size, n)
            by_seed = self._shufflers.setdefault(batch, {})
            if hp.seed not in by_seed:
                by_seed[hp.seed] = Shuffler(np.random.default_rng(seeds[hp.seed]), np.empty_like(self._train[0]),
                                            np.empty_like(self._train[1]))
        self._build_groups()

    def _build_groups(self) -> None:
        """One RunGroup per batch size, of the runs that have not stopped."""
        n = self._train[0].shape[0]
        by_batch: dict[int, list[int]] = {}
        remote = set(self._remote)
        for i, run in enumerate(self.runs):
            if run.stopped is None and i not in remote:
                by_batch.setdefault(min(run.hp.batch_size, n), []).append(i)
        self.groups = [RunGroup(indices, self.runs, self._net, self._train, self._shufflers[batch],
                                self.models[0].weight_mask) for batch, indices in sorted(by_batch.items())]

    def start_from(self, parameters: Mapping[str, np.ndarray], counters: tuple[int, int, int], optimizer: str = "",
                   optimizer_state: Mapping[str, Mapping[str, np.ndarray]] | None = None, t: int = 0) -> None:
        """Every run goes on from one saved state (a keyframe of the main run: "Branch from here") instead of its
        seed's start: the same parameters, the counters (step, epoch, examples seen) and, for the runs whose
        optimizer is `optimizer`, its state and step count t (the others start their own optimizer afresh). Call it
        before the first step; names or shapes that do not fit the model raise ValueError and change nothing."""
        step, epoch, seen = (int(c) for c in counters)
        # without a state every run's optimizer starts afresh: a checkpoint of no optimizer fits none of them
        start = RunCheckpoint(parameters, optimizer if optimizer_state is not None else "",
                              optimizer_state or {}, t, step, epoch, seen)
        self.start_each([start] * len(self.runs))

    def start_each(self, checkpoints: Sequence[RunCheckpoint]) -> None:
        """Run r goes on from `checkpoints[r]` (a comparison opened from a file, or continued): its parameters,
        optimizer state and counters (run_checkpoint.restore_into). Call it before the next step; a checkpoint that
        does not fit raises ValueError and changes nothing."""
        if len(checkpoints) != len(self.runs):
            raise ValueError(f"{len(checkpoints)} checkpoints for {len(self.runs)} runs")
        layout = self.models[0].layout
        ready = [prepare(run.hp, c, layout) for run, c in zip(self.runs, checkpoints, strict=True)]  # all checked
        for run, checkpoint, prepared in zip(self.runs, checkpoints, ready, strict=True):
            restore_into(run, checkpoint, prepared)
        self._build_groups()
        if self._lease is not None:  # mapping proxies do not pickle: the helper gets plain dicts
            self._adopt(self._lease.call("start_each", [
                replace(checkpoints[i], parameters=dict(checkpoints[i].parameters),
                        optimizer_state={k: dict(v) for k, v in checkpoints[i].optimizer_state.items()})
                for i in self._remote]))

    def checkpoints(self) -> list[RunCheckpoint]:
        """Every run's state now, as frozen values (to keep, save, or go on from)."""
        self._sync()
        layout = self.models[0].layout
        return [checkpoint_of(run, layout) for run in self.runs]

    # ---- training ---------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.runs)

    @property
    def stopped(self) -> list[str | None]:
        """Why each run stopped (None while it trains on)."""
        return [run.stopped for run in self.runs]

    def step(self) -> bool:
        """One minibatch update of every run still training. Returns False (doing nothing) once all have stopped."""
        return self.run_steps(1) == 1

    def run_steps(self, n: int) -> int:
        """Up to `n` steps of every run still training; returns the most steps any run took."""
        return self._shared("steps", n, self._run_steps_here)

    def _run_steps_here(self, n: int) -> int:
        most = 0
        for group in list(self.groups):
            most = max(most, self._run_group(group, n)[0])
        return most

    def run_epochs(self, n: int) -> int:
        """Run until every run still training has completed `n` more epochs (or stopped). Returns the most steps
        any run took."""
        return self._shared("epochs", n, self._run_epochs_here)

    def _run_epochs_here(self, n: int) -> int:
        most = 0
        for start in list(self.groups):
            group: RunGroup | None = start
            target, done = start.epoch + n, 0
            while group is not None and group.epoch < target:
                left = -(-(group.n_train - group.pos) // group.batch)  # the steps that end this epoch
                steps, group = self._run_group(group, left)
                done += steps
            most = max(most, done)
        return most

    # ---- the helper's half ------------------------------------------------------------------------------------------
    def _shared(self, kind: str, n: int, here: Callable[[int], int]) -> int:
        """`here(n)` on this process's runs while the helper does the same (`kind`) on its runs; the most steps."""
        if self._lease is None:
            return here(n)
        self._lease.send(kind, n)
        try:
            most = here(n)
        finally:
            theirs, stopped = self._lease.receive()
        self._stale = True
        for index, why in zip(self._remote, stopped, strict=True):
            self.runs[index].stopped = why
        return max(most, theirs)

    def _adopt(self, states: list[RunState]) -> None:
        """The helper's runs as it reports them (its RunStates, in the order of `_remote`)."""
        for index, state in zip(self._remote, states, strict=True):
            self.runs[index] = state
        self._stale = False

    def _fetch(self) -> None:
        """The helper's runs brought up to date here, if they trained since they were last fetched."""
        if self._lease is not None and self._stale:
            self._adopt(self._lease.call("states"))

    @property
    def helper_runs(self) -> tuple[int, ...]:
        """The runs the helper process trains (none when every run trains here)."""
        return tuple(self._remote) if self._lease is not None else ()

    def states(self) -> list[RunState]:
        """Every run's state, up to date (what the helper hands back)."""
        self._fetch()
        for group in self.groups:
            group.store(self.runs)
        return self.runs

    def close(self) -> None:
        """Give the helper process back, at the end of training: the helper's runs stay as they are now and
        train no more."""
        if self._lease is not None:
            with contextlib.suppress(run_helper.HelperError):  # else they stay as they were last fetched
                self._fetch()
            self._lease.release()
            self._lease = None

    def _run_group(self, group: RunGroup, n: int) -> tuple[int, RunGroup | None]:
        """Up to `n` steps of one group, stopping its runs that diverge or meet a stop rule; the group is rebuilt
        without them and its other runs go on. Returns (steps taken, the group now: None once all stopped)."""
        done = 0
        rules = any(hp.max_epochs or hp.target_loss > 0 or hp.early_stopping_patience for hp in group.hps)
        while done < n:
            steps, diverged = group.run_steps(n - done, stop_at_epoch_end=rules)
            done += steps
            if steps == 0:
                break
            epoch_end = rules and group.pos == 0
            if not diverged.size and not epoch_end:
                continue
            group.store(self.runs)
            stopping = self._diverge(group, diverged)
            if epoch_end:
                stopping += self._apply_stop_rules(group)
            if stopping:
                keep = [i for i in group.indices if self.runs[i].stopped is None]
                position = self.groups.index(group)
                if not keep:
                    self.groups.pop(position)
                    return done, None
                group = self.groups[position] = RunGroup(keep, self.runs, self._net, self._train,
                                                         group.shufflers_by_seed, self.models[0].weight_mask,
                                                         None if group.pos == 0 else group.goods())
        return done, group

    def _diverge(self, group: RunGroup, rows: np.ndarray) -> list[int]:
        """Stop the runs at `rows` of `group` (stored) as a Trainer stops at a divergence: parameters, optimizer
        state and counters back at their epoch start, the Trainer's message."""
        stopped = []
        for row in rows:
            run = self.runs[group.indices[row]]
            with np.errstate(all="ignore"):
                norm = float(run.flat.dot(run.flat))
            step, lr = run.step_count, run.lr
            group.store(self.runs, np.array([row]), restore=True)
            run.stopped, run.diverged_step = "diverged", step
            run.message = divergence_message(norm, step, lr, run.step_count, None)
            stopped.append(group.indices[row])
        return stopped

    def _apply_stop_rules(self, group: RunGroup) -> list[int]:
        """After an epoch of `group` (stored): each running run's stop rules, as a Trainer applies them."""
        stopped = []
        for index in group.indices:
            run, model = self.runs[index], self.models[index]
            if run.stopped is not None:
                continue
            model.flat[...] = run.flat
            test = None if self._test is None else (lambda m=model: mean_loss(m, *self._test[:2]))
            run.stopped, run.message, run.best_test = stop_rule(run.hp, run.epoch,
                                                                lambda i=index: self._train_loss(i), test,
                                                                run.best_test)
            if run.stopped is not None:
                stopped.append(index)
        return stopped

    # ---- evaluation and snapshots -------------------------------------------------------------------------------
    def _sync(self) -> None:
        for run, model in zip(self.states(), self.models, strict=True):
            model.flat[...] = run.flat
            model.grad[...] = run.grad

    def _train_loss(self, index: int) -> float:
        """Loss + penalty of run `index` over the training split (its model must hold its parameters)."""
        model, hp = self.models[index], self.runs[index].hp
        return mean_loss(model, *self._train) + penalty(hp.regularization, hp.regularization_rate, model.flat,
                                                        model.weight_mask)

    def snapshots(self, grid: tuple[float, float, float, float, int] | None = None,
                  estimate: bool = False) -> list[Snapshot]:
        """One frozen Snapshot per run, as Trainer.snapshot() gives: with `grid`, each run's output on it; with
        `estimate`, losses and metrics of big splits measured on a fixed sample (evaluation.py), else on every
        point."""
        self._sync()
        return [self._snapshot(i, grid, estimate) for i in range(len(self.runs))]

    def _snapshot(self, index: int, grid: tuple[float, float, float, float, int] | None, estimate: bool) -> Snapshot:
        run, model, hp = self.runs[index], self.models[index], self.runs[index].hp
        layout = model.layout
        with np.errstate(all="ignore"):
            evaluation = evaluate(model, (*self._train, self._labels), self._test, self.dataset.n_classes, estimate)
            train_loss = evaluation.train_loss + penalty(hp.regularization, hp.regularization_rate, model.flat,
                                                         model.weight_mask)
            output_grid = None
            if grid is not None:
                rows = 1 if self.dataset.input_dim == 1 else grid[4]
                out = model.output(grid_points(grid, self.dataset.input_dim))
                output_grid = frozen(out.reshape(rows, grid[4], -1))
        order = run.order
        batch_indices = None
        if run.step_count and run.stopped != "diverged" and order is not None:
            end = run.pos or self._train[0].shape[0]
            batch_indices = frozen(self.dataset.train_index[order[run.last_start : end]])
        return Snapshot(
            step=run.step_count, epoch=run.epoch, examples_seen=run.examples_seen,
            train_loss=float(train_loss),
            test_loss=None if evaluation.test_loss is None else float(evaluation.test_loss),
            parameters=MappingProxyType(layout.copies(run.flat)),
            gradients=MappingProxyType(layout.copies(run.grad)),
            updates=MappingProxyType(layout.copies(run.update)),
            learning_rate=run.lr if run.step_count else learning_rate(hp, run.epoch),
            spec=model.spec, task=self.dataset.task, hyperparameters=hp,
            metrics=MappingProxyType(evaluation.metrics),
            confusion=None if evaluation.confusion is None else frozen(evaluation.confusion),
            optimizer=hp.optimizer,
            optimizer_state=MappingProxyType({k: MappingProxyType(layout.copies(a)) for k, a in run.state.items()}),
            optimizer_t=run.t, diverged=run.stopped == "diverged", diverged_step=run.diverged_step,
            stopped=run.stopped, message=run.message, n_train=self._train[0].shape[0], n_test=self.dataset.n_test,
            evaluated=None if evaluation.exact else evaluation.measured,
            batch_indices=batch_indices, output_grid=output_grid, grid_spec=grid,
        )


