"""Coalescing the worker's queued messages: when the learner edits faster than the worker applies, only the last of
a run of like changes matters (the versions tell), and applying each one (and, before, publishing a snapshot for
each) made big data fall seconds behind.

A *run* is a stretch of queued state changes (Configure, SetData, SetHyperparameters), possibly with messages
between them that neither read nor change the model (SetSpeed, SetGrid, RequestSnapshot: they are kept, in
order). Any other message (Play, Step, SetParameter, ...) ends a run: it must see the state as it was then. Within
a run:
* a Configure builds a fresh trainer from its own data and settings, so every state change before it is dropped;
* successive SetData whose datasets all give a model of the same shape (task, input dimension, class count) are
  replaced by the last: applying them one by one keeps the parameters throughout, and so does the last alone;
* successive SetHyperparameters are replaced by one `FoldedHyperparameters` holding them all, which the worker
  applies as the last of them with a fresh start if any step of the chain would have made one
  (Hyperparameters.needs_reset between neighbours, the worker's current settings first).
Mixed SetData / SetHyperparameters stretches are left as they are (each is cheap; the publishing that made them
expensive happens once per batch of messages anyway).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..engine import Dataset, Hyperparameters
from .messages import Command, Configure, RequestSnapshot, SetData, SetGrid, SetHyperparameters, SetSpeed

TRANSPARENT = (SetSpeed, SetGrid, RequestSnapshot)
RUN = (Configure, SetData, SetHyperparameters, *TRANSPARENT)


@dataclass(frozen=True)
class FoldedHyperparameters:
    """A run of SetHyperparameters: `chain` in the order sent; the last one's version is the one to stamp."""

    chain: tuple[SetHyperparameters, ...]

    @property
    def last(self) -> SetHyperparameters:
        return self.chain[-1]

    def needs_reset(self, current: Hyperparameters | None) -> bool:
        """True if applying the chain one by one from `current` would have built fresh parameters at some step."""
        previous = current
        for message in self.chain:
            if previous is not None and previous.needs_reset(message.hyperparameters):
                return True
            previous = message.hyperparameters
        return False


Item = Command | FoldedHyperparameters
HyperparameterItems = (SetHyperparameters, FoldedHyperparameters)


def shape_key(dataset: Dataset) -> tuple[str, int, int]:
    """What of a dataset decides the model's shape: task, input dimension, class count."""
    return dataset.task, dataset.input_dim, dataset.n_classes


def coalesce(messages: Sequence[Command]) -> list[Item]:
    """`messages` with each run of state changes shortened as the module docstring says; the order of what is kept
    is the order sent."""
    out: list[Item] = []
    run: list[Command] = []
    for message in messages:
        if isinstance(message, RUN):
            run.append(message)
        else:
            out.extend(_shorten(run))
            run = []
            out.append(message)
    out.extend(_shorten(run))
    return out


def _shorten(run: list[Command]) -> list[Item]:
    last_configure = max((i for i, m in enumerate(run) if isinstance(m, Configure)), default=-1)
    if last_configure > 0:
        run = [m for i, m in enumerate(run) if i >= last_configure or isinstance(m, TRANSPARENT)]
    out: list[Item] = []
    for message in run:
        at = _last_state_change(out)
        previous = out[at] if at is not None else None
        if isinstance(message, SetData) and isinstance(previous, SetData) and \
                shape_key(previous.dataset) == shape_key(message.dataset):
            del out[at]  # type: ignore[arg-type]
        elif isinstance(message, SetHyperparameters) and isinstance(previous, HyperparameterItems):
            del out[at]  # type: ignore[arg-type]
            chain = previous.chain if isinstance(previous, FoldedHyperparameters) else (previous,)
            out.append(FoldedHyperparameters((*chain, message)))
            continue
        out.append(message)
    return out


def _last_state_change(items: list[Item]) -> int | None:
    """Where the newest kept item that is not transparent is (None if there is none)."""
    for i in range(len(items) - 1, -1, -1):
        if not isinstance(items[i], TRANSPARENT):
            return i
    return None
