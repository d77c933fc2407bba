"""What the trainer does when training diverges: put back the last finite state, say what happened and which
learning rate to try (the largest round rate below that trains from the same start: rate_search.py), and keep the
run-up - the training losses before the step that blew up - for the loss curve (Snapshot.run_up).

At full speed few snapshots reach the GUI, so after a divergence the curve would jump from its last row to the
restored state. The trainer therefore keeps the parameters at up to PAST_STARTS past epoch starts (the copies it
makes anyway as its last finite state; at most PAST_BYTES), measures the training loss at each, and replays the
diverged epoch's minibatches from the last finite state, measuring the loss after each step (at most RUN_UP_POINTS
rows each, evenly spaced). A mixin of Trainer (trainer.py), which provides the attributes and methods named below.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from .pieces import GRADIENT_COST, Interrupted, chunk_rows
from .rate_search import SEARCH_STEPS, trainable_rate
from .translatable import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from .dataset import Dataset
    from .hyperparameters import Hyperparameters
    from .model_base import Model
    from .optimizers import Optimizer
    from .regularization import Penalty

EXPLODED = 1e12  # squared parameter norm beyond which training counts as diverged
ONE_THREAD_DOT = 8192  # OpenBLAS computes a dot product of more than 10,000 entries on several threads
RUN_UP_POINTS = 40  # after a divergence, at most this many losses of the replayed steps before it (Snapshot.run_up)
RUN_UP_STEPS = 2000  # ... replayed only when the divergence came at most this many steps after the last finite state
PAST_STARTS = 200  # the parameters at this many epoch starts before the last are kept for the run-up's losses
PAST_BYTES = 16_000_000  # ... as long as they take at most this much memory

PastStart = tuple[int, int, np.ndarray]  # (step, examples seen, parameters) at an epoch start


def squared_norm(flat: np.ndarray) -> float:
    """||flat||^2 as a sum of dot products of at most ONE_THREAD_DOT entries each."""
    return sum(float(part.dot(part)) for part in np.split(flat, range(ONE_THREAD_DOT, flat.size, ONE_THREAD_DOT)))


def suggest_learning_rate(lr: float) -> float:
    """A much smaller, round learning rate to suggest after divergence (lr / 100, rounded to 1, 2 or 5 x 10^k)."""
    target = max(lr / 100.0, 1e-5)
    exponent = math.floor(math.log10(target))
    mantissa = target / 10**exponent
    nice = 1 if mantissa < 2 else 2 if mantissa < 5 else 5
    return float(f"{nice}e{exponent}")


# What a diverged run says, one whole text per case (what blew up x how the rate was found) for translators:
# %1 the step that blew up, %2 the learning rate, %3 the rate to try, %4 the rate search's test steps (only when
# it found the rate), last the step restored.
_DIVERGED = {
    (True, True): QT_TRANSLATE_NOOP(
        "Divergence", "The loss became infinite at step %1: the learning rate %2 is too large for this model. Try "
        "%3, then Reset: from the same start it trained (the loss fell over %4 test steps). The parameters were put "
        "back to their values at step %5, the last ones known to be finite."),
    (False, True): QT_TRANSLATE_NOOP(
        "Divergence", "The weights exploded (past a million) at step %1: the learning rate %2 is too large for this "
        "model. Try %3, then Reset: from the same start it trained (the loss fell over %4 test steps). The "
        "parameters were put back to their values at step %5, the last ones known to be finite."),
    (True, False): QT_TRANSLATE_NOOP(
        "Divergence", "The loss became infinite at step %1: the learning rate %2 is too large for this model. Try "
        "%3, then Reset. The parameters were put back to their values at step %4, the last ones known to be "
        "finite."),
    (False, False): QT_TRANSLATE_NOOP(
        "Divergence", "The weights exploded (past a million) at step %1: the learning rate %2 is too large for this "
        "model. Try %3, then Reset. The parameters were put back to their values at step %4, the last ones known "
        "to be finite."),
}


def divergence_message(norm: float, step: int, lr: float, restored_step: int, found: float | None) -> Message:
    """What a run that diverged at `step` (squared parameter norm `norm`, learning rate `lr`) says: what happened,
    which rate to try (`found` by the rate search, else suggest_learning_rate), and the step restored. The Message's
    facts hold the rate to try, as the text shows it, as `suggested_rate` (the banner's button uses it)."""
    suggested = found if found is not None else suggest_learning_rate(lr)
    template = _DIVERGED[not math.isfinite(norm), found is not None]
    middle = (SEARCH_STEPS,) if found is not None else ()
    shown = f"{suggested:g}"
    return Message("Divergence", template, step, f"{lr:g}", shown, *middle, restored_step,
                   suggested_rate=float(shown))  # the rate as shown, so the button applies what the text says


class DivergenceHandling:
    """Trainer's `_diverge`, its memory of past epoch starts and the replay of the steps before a divergence."""

    model: Model
    dataset: Dataset
    search_rates: bool
    interrupt: object
    stopped: str | None
    message: str
    diverged_step: int | None
    run_up: tuple[tuple[int, float, float], ...]
    optimizer: Optimizer
    hp: Hyperparameters
    step_count: int
    examples_seen: int
    _good: tuple | None
    _past: deque[PastStart]
    _n_train: int
    _shuffled_inputs: np.ndarray
    _shuffled_targets: np.ndarray
    _penalty: Penalty

    def train_loss(self) -> float:  # pragma: no cover - Trainer's
        raise NotImplementedError

    def _chunked_gradient(self, inputs: np.ndarray, targets: np.ndarray) -> None:  # pragma: no cover - Trainer's
        raise NotImplementedError

    def _restore_good(self) -> None:  # pragma: no cover - Trainer's
        raise NotImplementedError

    def _diverge(self, norm: float) -> None:
        step, lr = self.step_count, self.optimizer.lr
        before = self._past_losses() if self._n_train else []
        self._restore_good()
        self.run_up = (*before, *self._replay(step - self.step_count))
        self._restore_good()
        self.stopped = "diverged"
        self.diverged_step = step
        found = None
        if self.search_rates:
            try:
                found = trainable_rate(self.dataset, self.hp, min(lr, self.hp.learning_rate), interrupt=self.interrupt)
            except Interrupted:
                found = None
        self.message = divergence_message(norm, step, lr, self.step_count, found)

    @staticmethod
    def past_starts(length: int) -> deque[PastStart]:
        return deque(maxlen=length)

    def _remember_start(self, keep_past: bool) -> None:
        """Before the last finite state is replaced: at an epoch start (`keep_past`) it joins the past starts; at
        any other moment (a reset, new data, a restore) the past starts are forgotten."""
        if self._past.maxlen != self._past_length():
            self._past = self.past_starts(self._past_length())
        if not keep_past:
            self._past.clear()
        elif self._good is not None:
            flat, _state, _t, step, _epoch, seen = self._good
            self._past.append((step, seen, flat))

    def _past_length(self) -> int:
        return max(0, min(PAST_STARTS, PAST_BYTES // (8 * max(self.model.parameter_count, 1))))

    def _past_losses(self) -> list[tuple[int, float, float]]:
        """(step, epoch, training loss) at the kept past epoch starts (the model's parameters are changed)."""
        rows: list[tuple[int, float, float]] = []
        with np.errstate(all="ignore"):
            try:
                past = [entry for entry in self._past if entry[0] < self._good[3]]
                stride = max(1, -(-len(past) // RUN_UP_POINTS))  # at most RUN_UP_POINTS losses, the last included
                for step, seen, flat in past[::-1][::stride][::-1]:
                    if rows and step <= rows[-1][0]:
                        continue  # the same start twice (a reset, then the first epoch)
                    self.model.flat[...] = flat
                    loss = self.train_loss()
                    if math.isfinite(loss):
                        rows.append((step, seen / self._n_train, float(loss)))
            except Interrupted:
                pass
        return rows


    def _replay(self, steps: int) -> tuple[tuple[int, float, float], ...]:
        """The training loss after each of the `steps` - 1 finite steps from the restored state to the one that
        diverged (at most RUN_UP_POINTS of them, evenly spaced), replayed on the same minibatches: (step, epoch,
        loss) rows, so the loss curve shows the run-away even when no snapshot was taken in between. The caller
        restores the state afterwards."""
        if steps <= 1 or steps > RUN_UP_STEPS:
            return ()
        stride = max(1, -(-(steps - 1) // RUN_UP_POINTS))
        rows: list[tuple[int, float, float]] = []
        with np.errstate(all="ignore"):
            try:
                for k, seen in self._replayed_steps(steps - 1):
                    if k % stride == 0 or k == steps - 1:
                        loss = self.train_loss()
                        if not math.isfinite(loss):
                            break
                        rows.append((self.step_count + k, seen / self._n_train, float(loss)))
            except Interrupted:
                pass
        return tuple(rows)

    def _diverge_after(self, norm: float, unchecked: int) -> int:
        """Stop for divergence: the check after the last of `unchecked` steps found the parameters' squared norm
        `norm` not finite or past EXPLODED. With more than one unchecked step, the one that blew up is found by
        replaying them (_find_blow_up), so the message, the run-up and the step restored are those of a check after
        every step. Returns how many of the steps taken came after it (they do not count)."""
        after = 0
        if unchecked > 1:
            good_step = self._good[3]
            steps = self.step_count - good_step
            first, norm = self._find_blow_up(steps)  # puts the last finite state back, then replays
            after = steps - first
            self.step_count = good_step + first
        self._diverge(norm)
        return after

    def _find_blow_up(self, steps: int) -> tuple[int, float]:
        """Which of the `steps` steps since the last finite state was the first whose parameters were not finite or
        past EXPLODED, and their squared norm: the steps are replayed from that state (put back first) and checked
        one by one. The model is left after the step found. (A replay repeats the same arithmetic; should it stay
        finite all the same, the last step counts.)"""
        self._restore_good()
        flat = self.model.flat
        norm = math.inf
        with np.errstate(all="ignore"):
            for k, _seen in self._replayed_steps(steps):
                norm = squared_norm(flat)
                if not norm < EXPLODED:
                    return k, norm
        return steps, norm

    def _replayed_steps(self, steps: int) -> Iterator[tuple[int, int]]:
        """Steps 1 .. `steps` from the restored last finite state (an epoch's start) on the minibatches that followed
        it (the shuffled buffers still hold that epoch's order), yielding (k, examples seen) after step k."""
        model, optimizer = self.model, self.optimizer
        n_train = self._n_train
        batch = min(self.hp.batch_size, n_train)
        gradient_into = model.gradient_into
        if batch > chunk_rows(model.layer_sizes(), GRADIENT_COST):
            gradient_into = self._chunked_gradient
        penalize = self._penalty.add_gradient if self._penalty.kind != "none" else None
        pos, seen = 0, self.examples_seen
        for k in range(1, steps + 1):
            end = min(pos + batch, n_train)
            gradient_into(self._shuffled_inputs[pos:end], self._shuffled_targets[pos:end])
            if penalize is not None:
                penalize(model.flat, model.grad)
            optimizer.step(model.flat, model.grad)
            seen += end - pos
            pos = end % n_train
            yield k, seen
