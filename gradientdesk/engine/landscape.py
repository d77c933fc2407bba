"""The loss landscape: the training objective over a grid of values of two parameters, all others held.

For parameters p (first, the x axis) and q (second, the y axis) and grid values xs, ys:
    surface[i, j] = L(theta with p = xs[j], q = ys[i]) + R(same)
where L is the mean loss over the training split and R the weight penalty (regularization.py): the objective the
trainer minimises and the loss curve shows. For a model with only these two parameters this is the whole landscape;
otherwise it is a 2-D slice through the point where the other parameters are now.

Speed (dense networks): changing W_l[i, j] by d adds d * a_{l-1}[:, j] to column i of z_l, and changing b_l[i] by d
adds d to it. So layers below the first one holding p or q are computed once for all grid points; from there the
grid points travel together as a batch (chunk, n, units), each layer one matrix product for the whole chunk. The
per-point loss is the head's loss (losses.py) written for a batch of grid points. Other models (PCA) fall back to
one loss evaluation per grid point. Measured: a 41 x 41 grid over W2's first-layer weights (2-8x6-1 tanh, 250
points) takes ~60 ms. `LandscapeJob` cuts that into pieces of PIECE_SECONDS: in one go it starved the GUI thread of
the GIL for as long (lag spikes of 50-150 ms in the all-views benchmark).

Big data: a grid point costs a forward pass over every training row, so 100,000 points on a 16-16-16 network made a
21 x 21 grid take 20 s of work and one grid point more than a piece. So a landscape of big data is measured on a
fixed sample of `sample_rows` training rows (pieces.fixed_sample), enough for the smallest grid (21 x 21) to cost
about SAMPLE_SECONDS by the cost model (pieces.py); `Landscape.points` says how many rows it rests on. A chunk of
grid points never has more than pieces.one_thread_rows columns, and one grid point over the rows goes in as many
such chunks as it needs, so no piece overruns by more than a few milliseconds.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field, replace

import numpy as np

from .losses import Head, softmax
from .model_base import Model
from .network import DenseNetwork
from .pieces import Interrupt, check, fixed_sample, one_thread_rows, rows_for
from .regularization import penalty
from .scalar_ref import ScalarRef
from .trainer import Trainer
from .translatable import QT_TRANSLATE_NOOP, Message, MessageError

PIECE_SECONDS = 0.004  # while training runs, the worker computes a landscape in pieces this long, one per frame
SAMPLE_SECONDS = 1.5  # the whole smallest grid on the sample, by the cost model
SMALLEST_GRID = 21 * 21
MIN_SAMPLE = 500


def sample_rows(sizes: tuple[int, ...] | list[int]) -> int:
    """Training rows a landscape of a model with layer `sizes` is measured on at most (all of them if fewer)."""
    return rows_for(SAMPLE_SECONDS / SMALLEST_GRID, sizes, MIN_SAMPLE)


@dataclass(frozen=True)
class LandscapeRequest:
    """What the landscape view asks the worker for: two parameters and the grid of their values."""

    request_id: int
    first: ScalarRef
    second: ScalarRef
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    resolution: int = 41


@dataclass(frozen=True)
class Landscape:
    """The answer: `surface[i, j]` is the objective at first = xs[j], second = ys[i]. `center` holds the two
    parameters' values when it was computed, `gradient` the full-batch gradient of the objective with respect to
    them there, `others` every other parameter's value then (flat, in snapshot order). A non-empty `message` says
    why nothing was computed."""

    request: LandscapeRequest
    xs: np.ndarray = field(default_factory=lambda: np.empty(0))
    ys: np.ndarray = field(default_factory=lambda: np.empty(0))
    surface: np.ndarray = field(default_factory=lambda: np.empty((0, 0)))
    center: tuple[float, float] = (np.nan, np.nan)
    gradient: tuple[float, float] = (np.nan, np.nan)
    others: np.ndarray = field(default_factory=lambda: np.empty(0))
    parameter_count: int = 0
    step: int = 0
    versions: tuple[int, int] = (0, 0)
    seconds: float = 0.0
    message: str = ""
    points: int = 0  # training rows the objective was measured on
    n_train: int = 0  # training rows there are (more than `points`: an estimate on a fixed sample)

    @property
    def estimated(self) -> bool:
        return self.points < self.n_train


def _check(model: Model, ref: ScalarRef) -> None:
    slot = model.spec.slot(ref.name)
    if slot is None:
        raise MessageError(Message("Landscape", QT_TRANSLATE_NOOP("Landscape", "the model has no parameter %1"),
                                   ref.name))
    if not slot.contains(ref.index):
        raise MessageError(Message("Landscape", QT_TRANSLATE_NOOP("Landscape", "%1 has no entry %2 (its shape is %3)"),
                                   ref.name, list(ref.index), slot.shape))


def _scalar_penalty(kind: str, rate: float, values: np.ndarray) -> np.ndarray:
    """R of single weights (regularization.py): lambda |w| or lambda / 2 w^2."""
    if kind == "l1":
        return rate * np.abs(values)
    if kind == "l2":
        return 0.5 * rate * values * values
    return np.zeros_like(values)


def batched_loss(head: Head, Z: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """The head's mean loss (losses.py) for each of P grid points: Z (P, n, k) output pre-activations, targets
    (n, k). Returns (P,)."""
    P, n, k = Z.shape
    if head.loss == "binary_cross_entropy":
        per = np.maximum(Z, 0.0) - targets * Z + np.log1p(np.exp(-np.abs(Z)))
        return per.sum(axis=(1, 2)) / n
    if head.loss == "categorical_cross_entropy":
        shifted = Z - Z.max(axis=2, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=2, keepdims=True))
        return -(targets * log_p).sum(axis=(1, 2)) / n
    if head.activation == "softmax":
        A = softmax(Z.reshape(P * n, k)).reshape(P, n, k)
    else:
        A = head.activate(Z)
    diff = A - targets
    return np.einsum("pij,pij->p", diff, diff) / (n * k)


def _dense_losses(net: DenseNetwork, inputs: np.ndarray, targets: np.ndarray, refs: list[ScalarRef],
                  deltas: np.ndarray, buffers: dict[tuple[int, int, int], np.ndarray]) -> np.ndarray:
    """Mean loss of `net` for each row of `deltas` (P, 2): the change of each of `refs` from its current value.

    Inside, examples are columns (as in the training step): a layer is Z = W A + b with A of shape
    (fan_in, P * n), column p * n + s holding example s at grid point p, so each layer is one BLAS product with a
    long second dimension (4x faster than rows times a small W^T here). `buffers` reuses the big arrays across
    chunks (fresh megabyte arrays would page-fault on every call)."""
    slots = [net.spec.slot(ref.name) for ref in refs]  # both exist: SurfaceBuilder checked them
    layer_of = [slot.layer - 1 for slot in slots]  # type: ignore[union-attr]
    weight = [slot.is_weight for slot in slots]  # type: ignore[union-attr]
    first_layer = min(layer_of)
    blocks = net.blocks
    last = len(blocks) - 1
    P, n = deltas.shape[0], inputs.shape[0]
    with np.errstate(all="ignore"):
        a: np.ndarray = np.ascontiguousarray(inputs[:, :-1].T)  # (features, n)
        for layer in range(first_layer):  # below p and q: the same for every grid point
            z = blocks[layer][:, :-1].dot(a)
            z += blocks[layer][:, -1:]
            a = net.activation.f(z)
        shared = True
        for layer in range(first_layer, last + 1):
            block = blocks[layer]
            W, b = np.ascontiguousarray(block[:, :-1]), block[:, -1:]
            units = W.shape[0]
            z = buffers.get((layer, P, n))
            if z is None:
                z = buffers[(layer, P, n)] = np.empty((units, P * n))
            if shared:
                z.reshape(units, P, n)[...] = (W.dot(a) + b)[:, None, :]
            else:
                W.dot(a, z)
                z += b
            z3, a3 = z.reshape(units, P, n), a.reshape(a.shape[0], -1, n)
            for k, (ref, at) in enumerate(zip(refs, layer_of, strict=True)):
                if at == layer:
                    d = deltas[:, k][:, None]  # (P, 1)
                    z3[ref.index[0]] += d * a3[ref.index[1]] if weight[k] else d
            shared = False
            if layer == last:
                return batched_loss(net.head, z3.transpose(1, 2, 0), targets)
            a = buffers.get((-layer - 1, P, n))
            if a is None:
                a = buffers[(-layer - 1, P, n)] = np.empty_like(z)
            net.activation.forward(z, a)
    raise AssertionError("unreachable")


def _generic_losses(model: Model, inputs: np.ndarray, targets: np.ndarray, refs: list[ScalarRef],
                    deltas: np.ndarray) -> np.ndarray:
    """One loss evaluation per grid point, setting the two parameters in place (restored afterwards)."""
    saved = model.flat.copy()
    base = [float(model.parameters[ref.name][ref.index]) for ref in refs]
    out = np.empty(deltas.shape[0])
    try:
        for p, row in enumerate(deltas):
            for ref, b, d in zip(refs, base, row, strict=True):
                model.parameters[ref.name][ref.index] = b + d
            out[p] = model.prepared_loss(inputs, targets)
    finally:
        model.flat[...] = saved
    return out


class SurfaceBuilder:
    """`loss_surface` in pieces: each `advance(deadline)` computes chunks of grid points until `deadline`
    (time.perf_counter()), so a worker thread can interleave it with its frames."""

    def __init__(self, model: Model, inputs: np.ndarray, targets: np.ndarray, first: ScalarRef,
                 second: ScalarRef, xs: np.ndarray, ys: np.ndarray,
                 regularization: tuple[str, float] = ("none", 0.0), interrupt: Interrupt | None = None) -> None:
        _check(model, first)
        _check(model, second)
        if first == second:
            raise MessageError(Message("Landscape", QT_TRANSLATE_NOOP("Landscape", "pick two different parameters")))
        self.model, self.inputs, self.targets, self.interrupt = model, inputs, targets, interrupt
        self.refs = [first, second]
        self.shape = (len(ys), len(xs))
        self.regularization = regularization
        self.base = np.array([float(model.parameters[ref.name][ref.index]) for ref in self.refs])
        gx, gy = np.meshgrid(np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64))
        self.deltas = np.column_stack([gx.ravel() - self.base[0], gy.ravel() - self.base[1]])
        self.losses = np.empty(self.deltas.shape[0])
        self.dense = isinstance(model, DenseNetwork)
        n = max(1, inputs.shape[0])
        # columns (grid points x rows) per product: few enough for one BLAS thread (pieces.py)
        self.columns = one_thread_rows(model.layer_sizes()) if self.dense else 4096
        self.chunk = max(1, self.columns // n)
        self.row_chunk = min(n, self.columns)  # a grid point over more rows than that goes in row chunks
        self._buffers: dict[tuple[int, int, int], np.ndarray] = {}
        self._next = 0

    @property
    def done(self) -> bool:
        return self._next >= self.deltas.shape[0]

    def advance(self, deadline: float = math.inf) -> bool:
        """Compute chunks until all are done (True) or `deadline` has passed (False; at least one chunk ran)."""
        while not self.done:
            check(self.interrupt)
            s, e = self._next, min(self._next + self.chunk, self.deltas.shape[0])
            self.losses[s:e] = self._losses(self.deltas[s:e])
            self._next = e
            if time.perf_counter() > deadline:
                break
        return self.done

    def _losses(self, deltas: np.ndarray) -> np.ndarray:
        """Mean loss at each row of `deltas`: (1 / n) sum_c n_c L_c over chunks c of the rows (one chunk: L)."""
        n, rows = self.inputs.shape[0], self.row_chunk
        if n <= rows:
            return self._chunk_losses(self.inputs, self.targets, deltas)
        total = np.zeros(deltas.shape[0])
        for r in range(0, n, rows):
            check(self.interrupt)
            part = self._chunk_losses(self.inputs[r : r + rows], self.targets[r : r + rows], deltas)
            total += part * min(rows, n - r)
        return total / n

    def _chunk_losses(self, inputs: np.ndarray, targets: np.ndarray, deltas: np.ndarray) -> np.ndarray:
        if self.dense:
            return _dense_losses(self.model, inputs, targets, self.refs, deltas, self._buffers)  # type: ignore[arg-type]
        return _generic_losses(self.model, inputs, targets, self.refs, deltas)

    def surface(self) -> np.ndarray:
        """The finished grid with the penalty added, rows = ys, columns = xs."""
        losses = self.losses.copy()
        kind, rate = self.regularization
        model = self.model
        if kind != "none" and rate > 0:
            held = model.flat.copy()
            views = model.layout.views(held)
            for k, ref in enumerate(self.refs):
                views[ref.name][ref.index] = 0.0  # the held part of R leaves out p and q: theirs varies on the grid
                if model.spec.is_weight(ref):  # biases are never penalized
                    losses += _scalar_penalty(kind, rate, self.base[k] + self.deltas[:, k])
            losses += penalty(kind, rate, held, model.weight_mask)
        return losses.reshape(self.shape)


def loss_surface(model: Model, inputs: np.ndarray, targets: np.ndarray, first: ScalarRef, second: ScalarRef,
                 xs: np.ndarray, ys: np.ndarray, regularization: tuple[str, float] = ("none", 0.0)) -> np.ndarray:
    """Objective (mean loss over the prepared `inputs`/`targets` + penalty) at first = xs[j], second = ys[i] with
    every other parameter as it is in `model`: shape (len(ys), len(xs)). `model` is left unchanged."""
    builder = SurfaceBuilder(model, inputs, targets, first, second, xs, ys, regularization)
    builder.advance()
    return builder.surface()


class LandscapeJob:
    """The Landscape for `request`, computed in pieces (`advance(seconds)`) with `model` as it is now; `result` is
    set once it is finished (or at once, with a `message`, for a bad request). The worker gives it a private copy
    of its model (`from_trainer`), so training may go on between the pieces."""

    def __init__(self, model: Model, X: np.ndarray, y: np.ndarray, request: LandscapeRequest,
                 regularization: tuple[str, float] = ("none", 0.0), step: int = 0,
                 versions: tuple[int, int] = (0, 0), sample: bool = True, interrupt: Interrupt | None = None) -> None:
        """With `sample` (the default), more than `sample_rows` training rows are replaced by a fixed sample;
        `interrupt` is asked between chunks (pieces.Interrupted)."""
        self.n_train = int(X.shape[0])
        rows = fixed_sample(self.n_train, sample_rows(model.layer_sizes())) if sample else None
        if rows is not None:
            X, y = X[rows], y[rows]
        self.request, self.model, self.X, self.y = request, model, X, y
        self.regularization, self.step, self.versions = regularization, step, versions
        self.result: Landscape | None = None
        self.seconds = 0.0  # computing time so far (not counting the frames in between)
        self.pieces = 0
        t0 = time.perf_counter()
        try:
            lo_x, hi_x = request.x_range
            lo_y, hi_y = request.y_range
            res = int(request.resolution)
            if not (2 <= res <= 201 and np.isfinite([lo_x, hi_x, lo_y, hi_y]).all() and hi_x > lo_x
                    and hi_y > lo_y):
                raise MessageError(Message("Landscape", QT_TRANSLATE_NOOP(
                    "Landscape", "the grid needs finite, increasing ranges and 2 to 201 points a side")))
            self.xs, self.ys = np.linspace(lo_x, hi_x, res), np.linspace(lo_y, hi_y, res)
            inputs, targets = model.prepare(X, y)
            self.builder = SurfaceBuilder(model, inputs, targets, request.first, request.second, self.xs, self.ys,
                                          regularization, interrupt)
        except ValueError as error:
            message = error.message if isinstance(error, MessageError) else str(error)  # translatable, or English
            self.result = Landscape(request, message=message, step=step, versions=versions)
        self.seconds += time.perf_counter() - t0

    @classmethod
    def from_trainer(cls, trainer: Trainer, request: LandscapeRequest) -> LandscapeJob:
        """A job on a copy of the trainer's model, training split and regularization, stamped with its step and
        versions."""
        model = trainer.model.spec.build_model(trainer.model.parameters)
        X, y = trainer.dataset.split("train")
        return cls(model, X, y, request, (trainer.hp.regularization, trainer.hp.regularization_rate),
                   trainer.step_count, (trainer.dataset_version, trainer.hp_version), interrupt=trainer.interrupt)

    def advance(self, seconds: float = math.inf) -> bool:
        """Compute for about `seconds` more; True once `result` is set."""
        if self.result is not None:
            return True
        t0 = time.perf_counter()
        self.pieces += 1
        with np.errstate(all="ignore"):
            done = self.builder.advance(t0 + seconds)
            if done:
                self.result = self._finish()
        self.seconds += time.perf_counter() - t0
        if self.result is not None:
            self.result = replace(self.result, seconds=self.seconds)
        return done

    def _finish(self) -> Landscape:
        model, request = self.model, self.request
        surface = self.builder.surface()
        grads = self._gradients()
        kind, rate = self.regularization
        gradient, center = [], []
        for ref in (request.first, request.second):
            w = float(model.parameters[ref.name][ref.index])
            extra = 0.0
            if model.spec.is_weight(ref) and kind != "none" and rate > 0:
                extra = rate * w if kind == "l2" else rate * float(np.sign(w))
            gradient.append(float(grads[ref.name][ref.index]) + extra)
            center.append(w)
        return Landscape(request, xs=self.xs, ys=self.ys, surface=surface, center=(center[0], center[1]),
                         gradient=(gradient[0], gradient[1]), others=held_values(model, request.first, request.second),
                         parameter_count=model.parameter_count, step=self.step, versions=self.versions,
                         points=int(self.X.shape[0]), n_train=self.n_train)


    def _gradients(self) -> dict[str, np.ndarray]:
        """The gradient of the mean loss over the rows, sum_c (n_c / n) g_c over the builder's row chunks."""
        n, rows = self.X.shape[0], self.builder.row_chunk
        if n <= rows:
            return self.model.loss_and_gradients(self.X, self.y)[1]
        total: dict[str, np.ndarray] = {}
        for r in range(0, n, rows):
            _, grads = self.model.loss_and_gradients(self.X[r : r + rows], self.y[r : r + rows])
            weight = min(rows, n - r) / n
            for name, g in grads.items():
                total[name] = total[name] + weight * g if name in total else weight * g
        return total


def compute(model: Model, X: np.ndarray, y: np.ndarray, request: LandscapeRequest,
            regularization: tuple[str, float] = ("none", 0.0), step: int = 0,
            versions: tuple[int, int] = (0, 0)) -> Landscape:
    """The Landscape for `request` on the training data (X, y) with `model`'s current parameters, in one go. Never
    raises for bad requests: the answer's `message` says what was wrong."""
    job = LandscapeJob(model, X, y, request, regularization, step, versions)
    job.advance()
    assert job.result is not None
    return job.result


def from_trainer(trainer: Trainer, request: LandscapeRequest) -> Landscape:
    """`compute` on a trainer's model, training split and regularization, stamped with its step and versions."""
    job = LandscapeJob.from_trainer(trainer, request)
    job.advance()
    assert job.result is not None
    return job.result


def held_values(model_or_parameters, first: ScalarRef, second: ScalarRef) -> np.ndarray:
    """Every parameter but `first` and `second`, flat in the order of the parameters (snapshot order), from a model
    or a {name: array} mapping."""
    parameters = getattr(model_or_parameters, "parameters", model_or_parameters)
    parts = []
    for name, values in parameters.items():
        keep = np.ones(values.shape, dtype=bool)
        for ref in (first, second):
            if ref.name == name:
                keep[ref.index] = False
        parts.append(np.asarray(values, dtype=np.float64)[keep])
    return np.concatenate(parts) if parts else np.empty(0)
