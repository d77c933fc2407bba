"""The dense network's training step for R runs at once: the same math as DenseNetwork.gradient_into (network.py),
with a leading run axis on every array, so one numpy call (a stacked `np.matmul` over (R, ...), an elementwise
ufunc over (R, units, n)) serves every run.

Run r has its own parameters [W_l | b_l]_r, stored in row r of a stacked flat array (R, P) laid out exactly as a
DenseNetwork's flat vector (so row r *is* the run's flat vector); layer l of all runs is the view
(R, units_l, fan_in_l + 1) of those rows. With the batch of run r as columns A_0,r (features + 1, n) (a trailing row
of ones: the bias input), per run r and layer l:
    Z_l,r       = [W_l | b_l]_r [A_{l-1},r; 1]                       (forward; A_l,r = f(Z_l,r))
    delta_L,r   = scale (A_L,r - Y_r^T)  [times f'(Z_L,r) for mean squared error], scale = 1/n (cross-entropy) or
                  2/(n m) (MSE over m outputs): the loss's dL/dZ, already holding the 1/n of the mean
    dL/d[W_l | b_l]_r = delta_l,r [A_{l-1},r; 1]^T                   (dL/dW = delta A^T, bias: the sum over the batch)
    delta_{l-1},r     = (W_l,r^T delta_l,r) * f'(Z_{l-1},r)
Every product above is one np.matmul over the run axis. When every run of the call sees the same minibatch (same
seed, same batch size), the inputs and targets are one shared (n, features + 1) / (n, outputs) array that matmul
broadcasts over the runs; otherwise they are stacked (R, n, ...).

Every buffer of a (runs, batch size) pair is allocated once.
"""

from __future__ import annotations

import itertools

import numpy as np

from . import activations
from .losses import Head


def stacked_blocks(flat: np.ndarray, sizes: tuple[int, ...]) -> list[np.ndarray]:
    """The per-layer views (R, units, fan_in + 1) of a stacked flat array (R, P) in DenseNetwork's layout."""
    blocks, offset = [], 0
    runs = flat.shape[0]
    for fan_in, units in itertools.pairwise(sizes):
        size = units * (fan_in + 1)
        blocks.append(flat[:, offset : offset + size].reshape(runs, units, fan_in + 1))
        offset += size
    return blocks


class _Buffers:
    """Every array one stacked step needs for `runs` runs and a batch of `n` examples. A hidden layer's arrays
    have one row more than it has units: the row of ones its activations carry (the bias input) and, in the
    others, a row the elementwise steps may fill with anything (it is never read), so that those steps run over
    whole contiguous arrays (numpy is ~3x faster on them than on the views without that row)."""

    def __init__(self, sizes: tuple[int, ...], runs: int, n: int, fill: float | None, scale: float) -> None:
        units = sizes[1:]
        self.z_ext = [np.full((runs, u + 1, n), 0.0 if fill is None else fill) for u in units[:-1]]
        self.z = [buf[:, :-1] for buf in self.z_ext] + [np.empty((runs, units[-1], n))]
        self.tmp_ext = [np.empty((runs, u + 1, n)) for u in units[:-1]]
        self.tmp_out = np.empty((runs, units[-1], n))
        self.a_ext = [np.ones((runs, u + 1, n)) for u in units[:-1]]  # hidden activations with a row of ones
        self.a = [buf[:, :-1] for buf in self.a_ext]
        self.a_ext_t = [buf.transpose(0, 2, 1) for buf in self.a_ext]
        self.out = np.empty((runs, units[-1], n))
        self.back_ext = [np.empty((runs, u + 1, n)) for u in units[:-1]]  # [W | b]^T delta; its top rows: W^T delta
        self.delta = [buf[:, :-1] for buf in self.back_ext] + [np.empty((runs, units[-1], n))]
        self.scale = np.array(scale)
        # what each hidden layer's forward step writes: f over the whole arrays when a fill keeps the row of ones
        whole = fill is not None
        self.forward = [(i, self.z[i], self.z_ext[i] if whole else self.z[i], self.a_ext[i] if whole else self.a[i],
                         self.a_ext[i]) for i in range(len(units) - 1)]
        # backward order, layers L-1 .. 1 (0-based blocks): what going from block i down to layer i - 1 needs
        self.backward = [(i, self.a_ext_t[i - 1], self.back_ext[i - 1], self.z_ext[i - 1], self.a_ext[i - 1],
                          self.tmp_ext[i - 1], self.delta[i - 1]) for i in range(len(units) - 1, 0, -1)]


def _one_at(activation: activations.Activation) -> float | None:
    """A value c with f(c) == 1 exactly (tanh, sigmoid: inf; linear, ReLU, ELU: 1), or None: with it in the spare
    row of z, f over the whole array leaves the row of ones in place."""
    for c in (1.0, np.inf):
        out = np.empty(1)
        with np.errstate(all="ignore"):
            activation.forward(np.array([c]), out)
        if out[0] == 1.0:
            return c
    return None


class StackedDense:
    """The training step of R dense networks of one structure (`sizes`, hidden `activation`, output `head`)."""

    def __init__(self, sizes: tuple[int, ...], activation: str, head: Head) -> None:
        self.sizes = sizes
        self.activation = activations.get(activation)
        self.output_activation = None if head.activation == "softmax" else activations.get(head.activation)
        self.fused = head.fused
        self.n_outputs = sizes[-1]
        self._fill = _one_at(self.activation)
        self._buffers: dict[tuple[int, int], _Buffers] = {}

    def forget_buffers(self) -> None:
        self._buffers.clear()

    def gradient_into(self, blocks: list[np.ndarray], blocks_t: list[np.ndarray], grad_blocks: list[np.ndarray],
                      inputs: np.ndarray, targets: np.ndarray) -> None:
        """Write dL/d[W_l | b_l] of every run into `grad_blocks` (views of the stacked gradient, like `blocks`;
        `blocks_t` their transposed views (R, fan_in + 1, units)).
        `inputs` (n, features + 1) and `targets` (n, outputs) are shared by every run; (R, n, ...) are per run."""
        runs = blocks[0].shape[0]
        shared = inputs.ndim == 2
        n = inputs.shape[-2]
        buf = self._buffers.get((runs, n))
        if buf is None:
            if len(self._buffers) > 8:
                self._buffers.clear()
            scale = (1.0 / n) if self.fused else (2.0 / (n * self.n_outputs))
            buf = self._buffers[(runs, n)] = _Buffers(self.sizes, runs, n, self._fill, scale)
        inputs_t = inputs.T if shared else inputs.transpose(0, 2, 1)
        targets_t = targets.T if shared else targets.transpose(0, 2, 1)
        matmul, forward = np.matmul, self.activation.forward
        a_prev = inputs_t
        for i, z, z_whole, a_whole, a_ext in buf.forward:
            matmul(blocks[i], a_prev, z)
            forward(z_whole, a_whole)
            a_prev = a_ext
        zo, out, delta = buf.z[-1], buf.out, buf.delta[-1]
        matmul(blocks[-1], a_prev, zo)
        # output layer: delta_L = dL/dZ_L = scale (a - y), times f'(z) for mean squared error
        if self.output_activation is None:  # softmax over the outputs of each example (axis 1 here)
            np.subtract(zo, zo.max(axis=1, keepdims=True), out=out)
            np.exp(out, out=out)
            np.divide(out, out.sum(axis=1, keepdims=True), out=out)
        else:
            self.output_activation.forward(zo, out)
        np.subtract(out, targets_t, out=delta)
        np.multiply(delta, buf.scale, out=delta)
        if not self.fused:
            if self.output_activation is None:  # softmax Jacobian-vector product, per example
                delta[...] = out * (delta - (delta * out).sum(axis=1, keepdims=True))
            else:
                self.output_activation.backprop(zo, out, delta, buf.tmp_out)
        # backward: d[W | b] = delta [A; 1]^T, then delta_below = (W^T delta) * f'(z_below)
        backprop = self.activation.backprop
        for i, a_ext_t, back_ext, z_ext, a_ext, tmp_ext, delta_below in buf.backward:
            matmul(delta, a_ext_t, grad_blocks[i])
            matmul(blocks_t[i], delta, back_ext)
            backprop(z_ext, a_ext, back_ext, tmp_ext)
            delta = delta_below
        matmul(delta, inputs, grad_blocks[0])
