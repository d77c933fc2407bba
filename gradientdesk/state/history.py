"""Bounded training history for the loss plot and the parameter traces (no Qt; lives in the GUI thread).

Both histories keep at most `capacity` rows. When full, every other row is dropped and only every second new row is
kept from then on (the stride doubles), so hours of training cost constant memory while the whole run stays visible
at an evenly thinned resolution.
"""

from __future__ import annotations

import numpy as np

from ..engine.metrics import headline
from ..engine.model_spec import ModelSpec
from ..engine.snapshot import Snapshot


class _Decimating:
    """Rows of floats appended one at a time, thinned by 2 whenever `capacity` is reached."""

    def __init__(self, width: int, capacity: int, dtype: type = np.float64) -> None:
        self.capacity = max(4, capacity - capacity % 2)
        self.rows = np.zeros((self.capacity, width), dtype=dtype)
        self.size = 0
        self.stride = 1
        self._skipped = 0

    def append(self, row: np.ndarray | list[float]) -> None:
        if self._skipped + 1 < self.stride:
            self._skipped += 1
            return
        self._skipped = 0
        if self.size == self.capacity:
            half = self.capacity // 2
            self.rows[:half] = self.rows[1 : self.capacity : 2]
            self.size = half
            self.stride *= 2
        self.rows[self.size] = row
        self.size += 1

    def view(self) -> np.ndarray:
        return self.rows[: self.size]

    def truncate_after(self, column: int, value: float) -> None:
        """Drop the trailing rows whose `column` exceeds `value` (after a rewind or a roll-back)."""
        keep = int(np.searchsorted(self.rows[: self.size, column], value, side="right"))
        self.size = min(self.size, keep)


class LossHistory:
    """(epoch, step, train loss, test loss, train metric, test metric) per snapshot; NaN where not available.

    `data_changes` holds the epochs at which the data changed under the same parameters (the loss plot marks them:
    the curves after such a mark measure other data). `diverged_at` is the epoch at which training diverged while the
    last snapshot says so (the loss plot marks it): the trainer rolls back to its last finite parameters, but the rows
    up to the explosion stay, so the learner sees the loss run away."""

    COLUMNS = ("epoch", "step", "train_loss", "test_loss", "train_metric", "test_metric")
    MAX_MARKS = 50

    def __init__(self, capacity: int = 4000) -> None:
        self._data = _Decimating(len(self.COLUMNS), capacity)
        self.metric_name = ""
        self.data_changes: list[float] = []
        self._last_estimated = False  # the last row holds numbers estimated on a sample (evaluation.py)
        self._versions: tuple[int, int] | None = None  # (data, hyperparameter) versions of the last snapshot
        self.diverged_at: float | None = None

    def clear(self) -> None:
        self._data = _Decimating(len(self.COLUMNS), self._data.capacity)
        self.diverged_at = None
        self._last_estimated = False
        self._versions = None
        self.data_changes = []

    def add(self, snap: Snapshot) -> None:
        """Append the snapshot's row. A second snapshot of the same step replaces the row when it brings the exact
        numbers for an estimated one (the worker measures them once paused) or the numbers for other data or
        settings (the same parameters measured on the new data at once, not at the next step). A diverged snapshot
        (rolled back to the last finite parameters) keeps the rows after its step: the curve up to the explosion."""
        if getattr(snap, "diverged", False):  # (stand-ins for snapshots in tests may lack the field)
            self._add_diverged(snap)
            return
        self.diverged_at = None
        if self._data.size and snap.step < self._data.view()[-1, 1]:
            self._data.truncate_after(1, snap.step)
            self.data_changes = [epoch for epoch in self.data_changes if epoch <= snap.epoch_progress]
        versions = (snap.dataset_version, snap.hp_version)
        changed = self._versions is not None and versions != self._versions
        if changed and versions[0] != self._versions[0] and self._data.size:  # type: ignore[index]
            self.data_changes = [*self.data_changes, snap.epoch_progress][-self.MAX_MARKS:]
        self._versions = versions
        name, train_metric, test_metric = headline(snap.metrics)
        row = [snap.epoch_progress, snap.step, snap.train_loss, np.nan if snap.test_loss is None else snap.test_loss,
               train_metric, test_metric]
        if self._data.size and snap.step == self._data.view()[-1, 1]:
            if changed or (self._last_estimated and not snap.estimated):
                self._data.view()[-1] = row
                self.metric_name = name
                self._last_estimated = snap.estimated
            return
        self.metric_name = name
        self._data.append(row)
        self._last_estimated = snap.estimated

    def _add_diverged(self, snap: Snapshot) -> None:
        """The rows of a diverged snapshot: its run-up (the losses of the steps before the explosion, replayed by the
        trainer) and its own row (the last finite parameters), those after the last row kept."""
        self.diverged_at = diverged_epoch(snap)
        name, train_metric, test_metric = headline(snap.metrics)
        rows = [[epoch, step, loss, np.nan, np.nan, np.nan] for step, epoch, loss in snap.run_up]
        rows.append([snap.epoch_progress, snap.step, snap.train_loss,
                     np.nan if snap.test_loss is None else snap.test_loss, train_metric, test_metric])
        rows.sort(key=lambda row: row[1])
        for row in rows:
            if not self._data.size or row[1] > self._data.view()[-1, 1]:
                self._data.append(row)
                self.metric_name = name
        self._versions = (snap.dataset_version, snap.hp_version)

    def restore(self, columns: dict[str, np.ndarray], metric_name: str = "") -> None:
        """Replace the rows by saved `columns` (one array per name in COLUMNS; an opened file), thinned like live
        rows when there are more than the capacity."""
        self.clear()
        for row in np.column_stack([np.asarray(columns[name], dtype=np.float64) for name in self.COLUMNS]):
            self._data.append(row)
        self.metric_name = metric_name

    def __len__(self) -> int:
        return self._data.size

    def column(self, name: str) -> np.ndarray:
        return self._data.view()[:, self.COLUMNS.index(name)]


def diverged_epoch(snap: Snapshot) -> float:
    """The epoch (as a real number) of the step that diverged: `snap` holds the parameters of an earlier step."""
    step = snap.diverged_step if snap.diverged_step is not None else snap.step
    if not snap.n_train:
        return snap.epoch_progress
    per_step = min(snap.hyperparameters.batch_size, snap.n_train) / snap.n_train
    return snap.epoch_progress + max(step - snap.step, 0) * per_step


class ParameterHistory:
    """Every parameter's value per snapshot of one model structure `spec`, as columns of one matrix (float32 to
    halve the memory)."""

    def __init__(self, spec: ModelSpec, capacity: int = 600) -> None:
        self.spec = spec
        self.names = list(spec.flat_names)  # "dense1.W[0,1]", ... in the order of the flat parameter vector
        self._steps = _Decimating(1, capacity)
        self._values = _Decimating(len(self.names), capacity, np.float32)

    def add(self, snap: Snapshot) -> None:
        if self._steps.size and snap.step < self._steps.view()[-1, 0]:
            keep_rows = int(np.searchsorted(self._steps.view()[:, 0], snap.step, side="right"))
            self._steps.size = self._values.size = keep_rows
        if self._steps.size and snap.step == self._steps.view()[-1, 0]:
            return
        values = flat_values(snap)
        if values.size != len(self.names):
            return
        self._steps.append([snap.step])  # both thin at the same moments: same capacity, same appends
        self._values.append(values)

    def __len__(self) -> int:
        return self._steps.size

    @property
    def steps(self) -> np.ndarray:
        return self._steps.view()[:, 0]

    @property
    def values(self) -> np.ndarray:
        """(snapshots, parameters) matrix."""
        return self._values.view()


def flat_names(snap: Snapshot) -> list[str]:
    """One name per scalar parameter, e.g. dense1.W[0,1] and dense1.b[2], in snapshot order (from the spec)."""
    return list(snap.spec.flat_names)


def flat_values(snap: Snapshot, which: str = "parameters") -> np.ndarray:
    """All scalars of snap.parameters (or .gradients / .updates) in the order of `flat_names`."""
    arrays = getattr(snap, which).values()
    return np.concatenate([np.ravel(a) for a in arrays]) if arrays else np.empty(0)
