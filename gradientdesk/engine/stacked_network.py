"""The dense network's training step for R runs at once: the same math as DenseNetwork.gradient_into (network.py),
with a run axis on every array, so one numpy call (a stacked `np.matmul` over the runs, an elementwise ufunc over
every run's units) serves every run.

Run r has its own parameters [W_l | b_l]_r, stored in row r of a stacked flat array (R, P) laid out exactly as a
DenseNetwork's flat vector (so row r *is* the run's flat vector); layer l of all runs is the view
(R, units_l, fan_in_l + 1) of those rows. With the batch of run r as columns A_0,r (features + 1, n) (a trailing row
of ones: the bias input), per run r and layer l:
    Z_l,r       = [W_l | b_l]_r [A_{l-1},r; 1]                       (forward; A_l,r = f(Z_l,r))
    delta_L,r   = scale (A_L,r - Y_r^T)  [times f'(Z_L,r) for mean squared error], scale = 1/n (cross-entropy) or
                  2/(n m) (MSE over m outputs): the loss's dL/dZ, already holding the 1/n of the mean
    dL/d[W_l | b_l]_r = delta_l,r [A_{l-1},r; 1]^T                   (dL/dW = delta A^T, bias: the sum over the batch)
    delta_{l-1},r     = (W_l,r^T delta_l,r) * f'(Z_{l-1},r)
Every product above is one BLAS product per run with the Trainer's operands, so each run's numbers are the
Trainer's; numpy issues them for all runs in one call:

* Layout: the activations, pre-activations and deltas of a layer are unit-major, (units, R, n): run r's matrix is
  the view [:, r, :] (rows R n apart, which BLAS takes as they are), the units of every run are one contiguous
  array (so f, f' and their elementwise steps run over exactly the numbers the Trainer computes, contiguous), and a
  hidden layer's row of ones is its last unit row (R, n), outside those. (Batches of 1-3 examples are stored
  run-major, see _Buffers.)
* When every run sees the same minibatch (one seed, one batch size), the inputs and targets are one shared
  (n, features + 1) / (n, outputs) array that matmul broadcasts over the runs, otherwise they are stacked
  (R, n, ...); shared, and with a multiple of 4 units, the first layer is one 2-D product over the stacked runs:
  Z_1 of all runs (units R, n) = W_1 of all runs (units R, features + 1) [A_0; 1], with W_1 gathered into a
  unit-major copy, and its gradient likewise delta_1 (units R, n) [A_0; 1]^T (StackedStep.first_2d).
* The weight gradients do not feed the backward pass, so they are taken after it: those of consecutive hidden
  layers of one shape in a single stacked product over (layers, runs).
* Where f' is a function of the activation (activations.slope: tanh's 1 - a^2, ReLU's sign(a), ...), f' of all
  layers (and of the output layer) is computed at once over the activations, which lie in one array; each layer
  then takes delta * f' as the Trainer does (the same operations per number).
* With one output unit, W_L^T delta_L (a product over one term) is one broadcast multiply, the same single rounding.

Every buffer of a (runs, batch size) pair is allocated once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np

from . import activations
from .losses import Head, softmax_jvp_into
from .straight_line import Arg, Call, compile_calls


def stacked_blocks(flat: np.ndarray, sizes: tuple[int, ...]) -> list[np.ndarray]:
    """The per-layer views (R, units, fan_in + 1) of a stacked flat array (R, P) in DenseNetwork's layout."""
    blocks, offset = [], 0
    runs = flat.shape[0]
    for fan_in, units in itertools.pairwise(sizes):
        size = units * (fan_in + 1)
        blocks.append(flat[:, offset : offset + size].reshape(runs, units, fan_in + 1))
        offset += size
    return blocks


UNIT_MAJOR_FROM = 4  # examples in a batch


def _per_run(a: np.ndarray) -> np.ndarray:
    """The (R, rows, n) view of a unit-major (rows, R, n) array: run r's matrix at [r]."""
    return a.transpose(1, 0, 2)


def _carve(buffer: np.ndarray, shapes: list[tuple[int, int, int]], unit_major: bool) -> list[np.ndarray]:
    """Consecutive arrays of unit-major `shapes` (rows, R, n) over one flat buffer (so arrays of one shape lie a
    fixed distance apart), stored unit-major or, if not `unit_major`, run-major (R, rows, n) and seen unit-major."""
    out, offset = [], 0
    for rows, runs, n in shapes:
        size = rows * runs * n
        part = buffer[offset : offset + size]
        out.append(part.reshape(rows, runs, n) if unit_major else _per_run(part.reshape(runs, rows, n)))
        offset += size
    return out


class _Buffers:
    """Every array one stacked step needs for `runs` runs and a batch of `n` examples, shaped unit-major (see the
    module docstring). All activations, the output included, lie in one flat array (`acts`), so that f' of all of
    them is one call (`slopes`); the hidden layers' [W | b]^T delta (`back`, whose top rows are the deltas) likewise.

    Batches of fewer than UNIT_MAJOR_FROM examples are stored run-major, (R, rows, n), each run's matrix contiguous
    as the Trainer's: BLAS's product of a row by a matrix of 1-3 columns sums otherwise when the matrix's rows are
    R n apart (the output layer's forward product with one output unit differed in the last bit)."""

    def __init__(self, sizes: tuple[int, ...], runs: int, n: int, scale: float, slopes: bool) -> None:
        self.unit_major = unit_major = n >= UNIT_MAJOR_FROM
        hidden, outputs = sizes[1:-1], sizes[-1]
        ext_shapes = [(u + 1, runs, n) for u in hidden]
        act_shapes = [*ext_shapes, (outputs, runs, n)]
        self.acts = np.empty(sum(r * runs * n for r, _, _ in act_shapes))
        *self.a_ext, self.out = _carve(self.acts, act_shapes, unit_major)
        for a_ext in self.a_ext:
            a_ext[-1] = 1.0  # the bias input
        self.a = [a_ext[:-1] for a_ext in self.a_ext]
        self.slopes = np.empty_like(self.acts) if slopes else None
        if self.slopes is not None:
            *slope_ext, self.out_slope = _carve(self.slopes, act_shapes, unit_major)
            self.a_slope = [s[:-1] for s in slope_ext]
        self.back = np.empty(sum(r * runs * n for r, _, _ in ext_shapes))
        self.back_ext = _carve(self.back, ext_shapes, unit_major)

        def array(rows: int) -> np.ndarray:
            return _carve(np.empty(rows * runs * n), [(rows, runs, n)], unit_major)[0]

        self.delta = [b[:-1] for b in self.back_ext] + [array(outputs)]
        self.z = [array(u) for u in sizes[1:]]
        self.tmp = [array(u) for u in sizes[1:]]
        self.scale = np.array(scale)
        if unit_major:  # the first layer as 2-D products over every run (StackedStep.first_2d)
            first = sizes[1]
            self.w_first = np.empty((first * runs, sizes[0] + 1))  # [W_1 | b_1] of all runs, unit-major
            self.g_first = np.empty((first * runs, sizes[0] + 1))
            self.z_first = self.z[0].reshape(first * runs, n)
            self.delta_first = self.delta[0].reshape(first * runs, n)


class StackedDense:
    """The training step of R dense networks of one structure (`sizes`, hidden `activation`, output `head`)."""

    def __init__(self, sizes: tuple[int, ...], activation: str, head: Head) -> None:
        self.sizes = sizes
        self.activation = activations.get(activation)
        self.output_activation = None if head.activation == "softmax" else activations.get(head.activation)
        self.fused = head.fused
        self.n_outputs = sizes[-1]
        # f' from the activations (activations.slope) of the hidden layers and of the output (None: from backprop)
        self.hidden_slope = self.activation.slope if len(sizes) > 2 else None
        self.output_slope = (self.output_activation.slope
                             if not self.fused and self.output_activation is not None else None)
        self._buffers: dict[tuple[int, int], _Buffers] = {}

    def forget_buffers(self) -> None:
        self._buffers.clear()

    def buffers(self, runs: int, n: int) -> _Buffers:
        buf = self._buffers.get((runs, n))
        if buf is None:
            if len(self._buffers) > 8:
                self._buffers.clear()
            scale = (1.0 / n) if self.fused else (2.0 / (n * self.n_outputs))
            buf = self._buffers[(runs, n)] = _Buffers(self.sizes, runs, n, scale,
                                                      self.hidden_slope is not None or self.output_slope is not None)
        return buf

    def bind(self, flat: np.ndarray, grad: np.ndarray) -> StackedStep:
        """The step of the runs whose parameters are the rows of `flat` (R, P), writing their gradients to `grad`."""
        return StackedStep(self, flat, grad)


class StackedStep:
    """`gradient_into(inputs, targets)`: dL/d[W_l | b_l] of every run of one stacked (R, P) parameter array."""

    def __init__(self, net: StackedDense, flat: np.ndarray, grad: np.ndarray) -> None:
        self.net = net
        self.runs = flat.shape[0]
        sizes = net.sizes
        self.blocks = stacked_blocks(flat, sizes)
        self.grad_blocks = stacked_blocks(grad, sizes)
        self.blocks_t = [block.transpose(0, 2, 1) for block in self.blocks]
        # With a shared batch the first layer's product and its gradient are one 2-D product each over the units
        # of every run (rows u R + r): BLAS computes each row of a product the same way whatever the rows around it
        # when every run's rows fill whole blocks of the kernel's 4 rows (OpenBLAS's dgemm; with 1-3 units, or 6,
        # the last rows of the Trainer's product go through another kernel, and the gradient's sums over more than
        # 15 examples came out otherwise in the last bit). Other first layers are products per run.
        self.first_2d = sizes[1] % 4 == 0
        self.w_first_src = self.blocks[0].transpose(1, 0, 2)  # (units, R, fan_in + 1)
        self.g_first_dst = self.grad_blocks[0].transpose(1, 0, 2)
        # W_L^T as (fan_in + 1, R, 1), for W_L^T delta_L as a broadcast multiply (one output unit)
        self.last_t = self.blocks[-1].transpose(2, 0, 1) if sizes[-1] == 1 and len(sizes) > 2 else None
        # hidden blocks 1 .. H-1 in runs of one shape: (first block, count), gradients as one product each
        self.grad_groups: list[tuple[int, int, np.ndarray]] = []
        offsets = np.cumsum([0] + [u * (f + 1) for f, u in itertools.pairwise(sizes)])
        i, last = 1, len(sizes) - 2
        while i < last:
            j = i
            while j + 1 < last and sizes[j + 1 : j + 3] == sizes[i : i + 2]:
                j += 1
            units, fan_in = sizes[i + 1], sizes[i]
            view = grad[:, offsets[i] : offsets[j + 1]].reshape(self.runs, j + 1 - i, units, fan_in + 1)
            self.grad_groups.append((i, j + 1 - i, view.transpose(1, 0, 2, 3)))
            i = j + 1
        self._plans: dict[int, tuple] = {}
        self._functions: dict[tuple[int, bool], Callable] = {}

    def _plan(self, n: int) -> tuple:
        """The buffers of a batch of n and, per step of the passes, the operands (views made once)."""
        plan = self._plans.get(n)
        if plan is not None:
            return plan
        if len(self._plans) > 8:
            self._plans.clear()
        buf = self.net.buffers(self.runs, n)
        hidden = len(self.net.sizes) - 2
        slope = self.net.hidden_slope is not None
        forward = [(buf.z[i], buf.a[i], self.blocks[i + 1], _per_run(buf.a_ext[i]), _per_run(buf.z[i + 1]))
                   for i in range(hidden)]
        # hidden layers H-1 .. 0: [W | b]^T delta of the block above, then times f'(z) in place
        backward = [(self.blocks_t[i + 1], _per_run(buf.delta[i + 1]), _per_run(buf.back_ext[i]), buf.z[i],
                     buf.a[i], buf.delta[i], buf.tmp[i], buf.a_slope[i] if slope else None)
                    for i in range(hidden - 1, -1, -1)]
        if self.last_t is not None:  # one output unit: W_L^T delta_L is a product over one term
            backward[0] = (None, (self.last_t, buf.delta[-1]), buf.back_ext[-1], *backward[0][3:])
        grads = []
        if hidden:
            grads.append((_per_run(buf.delta[-1]), _per_run(buf.a_ext[-1]).transpose(0, 2, 1), self.grad_blocks[-1]))
        for first, count, view in self.grad_groups:
            # block b (first <= b < first + count) takes the delta of hidden layer b and the activations of b - 1
            d, a_t = _per_run(buf.delta[first]), _per_run(buf.a_ext[first - 1]).transpose(0, 2, 1)
            step_d = buf.delta[first + 1].ctypes.data - buf.delta[first].ctypes.data if count > 1 else 0
            step_a = buf.a_ext[first].ctypes.data - buf.a_ext[first - 1].ctypes.data if count > 1 else 0
            deltas = np.lib.stride_tricks.as_strided(d, (count, *d.shape), (step_d, *d.strides), writeable=False)
            a_ts = np.lib.stride_tricks.as_strided(a_t, (count, *a_t.shape), (step_a, *a_t.strides),
                                                   writeable=False)
            grads.append((deltas, a_ts, view))
        # the unit-major copies of W_1 and of its gradient (first_2d), as views made once: assigning to a view made
        # once costs a third of np.copyto into a fresh reshape on these small arrays
        first = ((buf.w_first.reshape(self.w_first_src.shape), buf.g_first.reshape(self.g_first_dst.shape))
                 if buf.unit_major else None)
        plan = self._plans[n] = (buf, forward, backward, grads, first)
        return plan

    def gradient_into(self, inputs: np.ndarray, targets: np.ndarray) -> None:
        """Write dL/d[W_l | b_l] of every run into the stacked gradient. `inputs` (n, features + 1) and `targets`
        (n, outputs) are shared by every run; (R, n, ...) are per run."""
        self.gradient_function(inputs.shape[-2], inputs.ndim == 2)(inputs, *batch_views(inputs, targets))

    def gradient_function(self, n: int, shared: bool) -> Callable[[np.ndarray, np.ndarray, np.ndarray], None]:
        """gradient(inputs, inputs_T, targets_T) of a batch of n (batch_views gives the transposed views): the calls
        of gradient_calls compiled to straight-line code (straight_line.py)."""
        key = (n, shared)
        function = self._functions.get(key)
        if function is None:
            if len(self._functions) > 8:
                self._functions.clear()
            function = self._functions[key] = compile_calls(self.gradient_calls(n, shared),
                                                            ("inputs", "inputs_T", "targets_T"), "gradient")
        return function

    def gradient_calls(self, n: int, shared: bool) -> list[Call]:
        """The numpy calls of one stacked gradient of a batch of n, in order, with their operands; the batch enters
        as Arg("inputs"), Arg("inputs", "T") and Arg("targets", "T") (batch_views)."""
        net = self.net
        buf, forward, backward, grads, first = self._plan(n)
        matmul, multiply = np.matmul, np.multiply
        first_2d = shared and self.first_2d and buf.unit_major
        # forward: the first layer, then f and the next layer's product
        if first_2d:
            calls: list[Call] = [(np.copyto, first[0], self.w_first_src),
                                 (buf.w_first.dot, Arg("inputs", "T"), buf.z_first)]
        else:
            calls = [(matmul, self.blocks[0], Arg("inputs", "T"), _per_run(buf.z[0]))]
        for z, a, block, a_ext, z_next in forward:
            calls += [(net.activation.forward, z, a), (matmul, block, a_ext, z_next)]
        zo, out, delta = buf.z[-1], buf.out, buf.delta[-1]
        # output layer: delta_L = dL/dZ_L = scale (a - y), times f'(z) for mean squared error
        if net.output_activation is None:
            calls.append((_softmax_units, zo, out))
        else:
            calls.append((net.output_activation.forward, zo, out))
        calls += [(np.subtract, out, Arg("targets", "T"), delta), (multiply, delta, buf.scale, delta)]
        slopes = buf.slopes
        if slopes is not None:  # f' of every layer whose activation gives it, in one call if they share it
            hidden_slope, output_slope = net.hidden_slope, net.output_slope
            if hidden_slope is not None and hidden_slope is output_slope:
                calls.append((hidden_slope, buf.acts, slopes))
            else:
                if hidden_slope is not None:
                    k = buf.acts.size - buf.out.size
                    calls.append((hidden_slope, buf.acts[:k], slopes[:k]))
                if output_slope is not None:
                    calls.append((output_slope, out, buf.out_slope))
        if not net.fused:
            if net.output_activation is None:
                calls.append((softmax_jvp_into, out, delta))
            elif net.output_slope is not None:  # delta * f', as the activation's backprop
                calls.append((multiply, delta, buf.out_slope, delta))
            else:
                calls.append((net.output_activation.backprop, zo, out, delta, buf.tmp[-1]))
        # backward: delta_below = ([W | b]^T delta)[:-1] * f'(z_below)
        for block_t, d, back, z, a, delta_below, tmp, a_slope in backward:
            calls.append((multiply, d[0], d[1], back) if block_t is None else (matmul, block_t, d, back))
            if a_slope is None:
                calls.append((net.activation.backprop, z, a, delta_below, tmp))
            else:
                calls.append((multiply, delta_below, a_slope, delta_below))
        # the weight gradients d[W | b] = delta [A; 1]^T
        calls += [(matmul, d, a_t, g) for d, a_t, g in grads]
        if first_2d:
            calls += [(buf.delta_first.dot, Arg("inputs"), buf.g_first), (np.copyto, self.g_first_dst, first[1])]
        else:
            calls.append((matmul, _per_run(buf.delta[0]), Arg("inputs"), self.grad_blocks[0]))
        return calls


def batch_views(inputs: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(inputs_T, targets_T) of a batch as the stacked step reads them: shared (n, features + 1) / (n, outputs)
    arrays give (features + 1, n) and (outputs, 1, n); per-run (R, n, ...) ones (R, features + 1, n) and
    (outputs, R, n)."""
    if inputs.ndim == 2:
        return inputs.T, targets.T[:, None, :]
    return inputs.transpose(0, 2, 1), targets.transpose(2, 0, 1)


def _softmax_units(zo: np.ndarray, out: np.ndarray) -> None:
    """out = softmax over the outputs of each example (axis 0 here)."""
    np.subtract(zo, zo.max(axis=0, keepdims=True), out=out)
    np.exp(out, out=out)
    np.divide(out, out.sum(axis=0, keepdims=True), out=out)
