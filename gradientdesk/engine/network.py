"""Dense feed-forward network: the one implementation behind linear, polynomial, logistic and softmax regression
(no hidden layer) and the neural network (any hidden layers).

Layer l computes z_l = W_l a_{l-1} + b_l and a_l = f(z_l), W_l of shape (units, fan_in), a_0 the input features and
the output layer's f given by the head. For a batch whose examples are the columns of A_0 (features, n),
backpropagation with delta_l = dL/dZ_l reads
    delta_L     = dL/dZ_L                       (from the loss, see losses.py; it already holds the 1/n of the mean)
    dL/dW_l     = delta_l A_{l-1}^T
    dL/db_l     = delta_l 1                     (sum over the batch)
    delta_{l-1} = (W_l^T delta_l) * f'(Z_{l-1})

Speed: W_l and b_l of a layer are stored side by side as one block [W_l | b_l] of shape (units, fan_in + 1), and
activations carry a trailing row of ones, so Z = [W | b] [A; 1] is one matrix product and dL/d[W | b] = delta [A; 1]^T
another. Inside the step examples are columns, so the activations without their row of ones are contiguous.
Every buffer of a batch size is allocated once; `ndarray.dot(other, out)` is several times faster than
`np.matmul` on these tiny matrices.
"""

from __future__ import annotations

import itertools

import numpy as np

from . import activations
from .features import FeatureMap
from .initializers import init_bias, init_weights
from .losses import Head, softmax
from .model_base import Model
from .model_spec import Unit, Wiring, input_units, layer_units
from .parameters import ParameterLayout, Slot


def dense_layout(sizes: tuple[int, ...]) -> ParameterLayout:
    """Slots dense1.W (units, fan_in), dense1.b (units,), dense2.W, ... with [W | b] of a layer as one block."""
    slots, offset = [], 0
    for i, (fan_in, units) in enumerate(itertools.pairwise(sizes), start=1):
        block = (units, fan_in + 1)
        slots.append(Slot(f"dense{i}.W", offset, block, slice(0, fan_in), True, layer=i))
        slots.append(Slot(f"dense{i}.b", offset, block, slice(fan_in, fan_in + 1), False, vector=True, layer=i))
        offset += units * (fan_in + 1)
    return ParameterLayout(slots)


class _BatchBuffers:
    """Every array one training step needs for a batch of `n` examples, allocated once."""

    def __init__(self, net: DenseNetwork, n: int) -> None:
        units = net.sizes[1:]
        self.z = [np.empty((u, n)) for u in units]
        self.tmp = [np.empty((u, n)) for u in units]
        # hidden activations with a trailing row of ones (the bias input); a[i] is the contiguous top part
        self.a_ext = [np.ones((u + 1, n)) for u in units[:-1]]
        self.a = [buf[:-1] for buf in self.a_ext]
        self.out = np.empty((units[-1], n))
        self.delta = [np.empty((u, n)) for u in units]
        # [W | b]^T delta lands in a buffer with one extra row; its top rows, W^T delta, are the delta below.
        # Multiplying by the whole transposed block (F-contiguous) is ~2x faster than by the strided W^T.
        self.back_ext = [np.empty((u + 1, n)) for u in units[:-1]]
        self.delta[:-1] = [buf[:-1] for buf in self.back_ext]
        self.scale = np.array((1.0 / n) if net.head.fused else (2.0 / (n * units[-1])))
        # backward order, blocks L-1 .. 1 (0-based): what going from block i down to layer i - 1 needs
        self.backward = [
            (
                self.a_ext[i - 1].T,
                net.grad_blocks[i],
                net.blocks[i].T,
                self.back_ext[i - 1],
                self.delta[i - 1],
                self.z[i - 1],
                self.a[i - 1],
                self.tmp[i - 1],
            )
            for i in range(len(units) - 1, 0, -1)
        ]


class DenseNetwork(Model):
    """A fully connected network with named parameters dense1.W, dense1.b, ..."""

    kind = "network"

    def __init__(self, feature_map: FeatureMap, hidden: tuple[int, ...], activation: str, head: Head) -> None:
        self.sizes: tuple[int, ...] = (feature_map.size, *hidden, head.n_outputs)
        super().__init__(dense_layout(self.sizes), head, feature_map)
        self.activation = activations.get(activation)
        self.output_activation = None if head.activation == "softmax" else activations.get(head.activation)
        self._fused = head.fused
        self.blocks: list[np.ndarray] = []
        self.grad_blocks: list[np.ndarray] = []
        offset = 0
        for fan_in, units in zip(self.sizes[:-1], self.sizes[1:], strict=True):
            size = units * (fan_in + 1)
            self.blocks.append(self.flat[offset : offset + size].reshape(units, fan_in + 1))
            self.grad_blocks.append(self.grad[offset : offset + size].reshape(units, fan_in + 1))
            offset += size
        self._buffers: dict[int, _BatchBuffers] = {}
        self._output_buffers: dict[int, list[np.ndarray]] = {}

    def layer_sizes(self) -> tuple[int, ...]:
        return self.sizes

    def units(self, layer: int) -> tuple[Unit, ...]:
        """The units of `layer`: the input features for 0, the neurons of dense layer l for l."""
        if layer == 0:
            return input_units(tuple(self.feature_map.names))
        return layer_units(layer, self.sizes[layer], "output" if layer == len(self.sizes) - 1 else "hidden")

    def wiring(self, slot: Slot) -> Wiring:
        """W_l[i, j] reads unit j of layer l - 1 and feeds unit i of layer l; b_l[i] feeds unit i of layer l."""
        fed = self.units(slot.layer)
        if slot.is_weight:
            return Wiring(self.units(slot.layer - 1), 1, fed, 0)
        return Wiring((), None, fed, 0)

    @property
    def kind_label(self) -> str:
        return "network" if len(self.sizes) > 2 else "model"

    def initialize(self, kind: str, rng: np.random.Generator, scale: float) -> None:
        """Fill every layer from the initializer `kind` (weights from rng, biases 0 or s)."""
        for block in self.blocks:
            units, fan_in = block.shape[0], block.shape[1] - 1
            block[:, :-1] = init_weights(kind, (fan_in, units), rng, scale).T
            block[:, -1] = init_bias(kind, units, scale)

    def forget_buffers(self) -> None:
        """Drop the per-batch-size buffers (after many batch-size changes)."""
        self._buffers.clear()

    # ---- plain (allocating) math, examples as rows --------------------------------------------------------------
    def forward(self, F: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Pre-activations [z_1..z_L] and activations [a_0 = F, a_1..a_L] for features F (n, fan_in), one row
        per example: z_l = a_{l-1} W_l^T + b_l."""
        zs, acts = [], [F]
        a = F
        last = len(self.blocks) - 1
        for i, block in enumerate(self.blocks):
            z = self._affine(a, block)
            a = self.head.activate(z) if i == last else self.activation.f(z)
            zs.append(z)
            acts.append(a)
        return zs, acts

    @staticmethod
    def _affine(a: np.ndarray, block: np.ndarray) -> np.ndarray:
        """a W^T + b. W^T is copied to a contiguous array first: BLAS cannot take the strided view, and numpy's
        fallback is ten times slower on a 100x100 grid."""
        z = a.dot(np.ascontiguousarray(block[:, :-1].T))
        z += block[:, -1]
        return z

    def output(self, X: np.ndarray) -> np.ndarray:
        """Output activations for raw coordinates X (a new array), computed layer by layer in reused buffers:
        fresh 100x100 x units arrays would cost a page fault per page on every call."""
        with np.errstate(all="ignore"):
            a = self.feature_map(X)
            n = a.shape[0]
            buffers = self._output_buffers.get(n)
            if buffers is None:
                if len(self._output_buffers) > 3:
                    self._output_buffers.clear()
                # z and a = f(z) in separate buffers: forward(z, out) of leaky ReLU, ELU and SiLU reads z after
                # writing out, so computing it in place gave wrong outputs for positive z
                buffers = self._output_buffers[n] = [np.empty((2, n, u)) for u in self.sizes[1:]]
            last = len(self.blocks) - 1
            for i, (block, (z, act)) in enumerate(zip(self.blocks, buffers, strict=True)):
                a.dot(np.ascontiguousarray(block[:, :-1].T), z)
                z += block[:, -1]
                if i == last:
                    return self.head.activate(z)
                self.activation.forward(z, act)
                a = act
        raise AssertionError("unreachable")

    def loss_and_gradients(self, X: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
        F = self.feature_map(X)
        zs, acts = self.forward(F)
        loss, delta = self.head.loss_and_dz(zs[-1], self.head.encode(y))  # delta: (n, units), rows = examples
        grads: dict[str, np.ndarray] = {}
        for layer in range(len(self.blocks) - 1, -1, -1):
            grads[f"dense{layer + 1}.W"] = delta.T @ acts[layer]
            grads[f"dense{layer + 1}.b"] = delta.sum(axis=0)
            if layer > 0:
                delta = (delta @ self.blocks[layer][:, :-1]) * self.activation.df(zs[layer - 1])
        return loss, {name: grads[name] for name in self.layout.names}

    # ---- training path: batches arrive as rows, the math inside runs on columns ------------------------------------
    def prepare(self, X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Features with a trailing column of ones (n, features + 1), and encoded targets (n, outputs): one row
        per example, so that a minibatch is a contiguous slice of rows."""
        F = self.feature_map(X)
        inputs = np.ones((F.shape[0], F.shape[1] + 1))
        inputs[:, :-1] = F
        return inputs, self.head.encode(y)

    def prepared_loss(self, inputs: np.ndarray, targets: np.ndarray) -> float:
        if inputs.shape[0] == 0:
            return float("nan")
        with np.errstate(all="ignore"):
            zs, _ = self.forward(inputs[:, :-1])
            return self.head.loss_value(zs[-1], targets)

    def loss_and_output(self, inputs: np.ndarray, targets: np.ndarray) -> tuple[float, np.ndarray]:
        with np.errstate(all="ignore"):
            zs, acts = self.forward(inputs[:, :-1])
            return self.head.loss_value(zs[-1], targets), acts[-1]

    def gradient_into(self, inputs: np.ndarray, targets: np.ndarray) -> None:
        n = inputs.shape[0]
        buf = self._buffers.get(n)
        if buf is None:
            buf = self._buffers[n] = _BatchBuffers(self, n)
        blocks, z, a, a_ext = self.blocks, buf.z, buf.a, buf.a_ext
        forward = self.activation.forward
        a_prev = inputs.T
        for i in range(len(blocks) - 1):
            blocks[i].dot(a_prev, z[i])
            forward(z[i], a[i])
            a_prev = a_ext[i]
        zo, out, delta = z[-1], buf.out, buf.delta[-1]
        blocks[-1].dot(a_prev, zo)
        # output layer: delta_L = dL/dZ_L = scale (a - y), times f'(z) for mean squared error
        if self.output_activation is None:
            np.copyto(out, softmax(zo.T).T)
        else:
            self.output_activation.forward(zo, out)
        np.subtract(out, targets.T, out=delta)
        np.multiply(delta, buf.scale, out=delta)
        if not self._fused:
            if self.output_activation is None:  # softmax Jacobian-vector product, per column
                delta[...] = out * (delta - (delta * out).sum(axis=0, keepdims=True))
            else:
                self.output_activation.backprop(zo, out, delta, buf.tmp[-1])
        # backward: d[W | b] = delta [A; 1]^T, then delta_below = (W^T delta) * f'(z_below)
        backprop = self.activation.backprop
        for a_ext_t, grad_block, block_t, back_ext, delta_below, z_below, a_below, tmp_below in buf.backward:
            delta.dot(a_ext_t, grad_block)
            block_t.dot(delta, back_ext)
            backprop(z_below, a_below, delta_below, tmp_below)
            delta = delta_below
        delta.dot(inputs, self.grad_blocks[0])
