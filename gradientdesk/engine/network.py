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
from collections.abc import Callable

import numpy as np

from . import activations
from .features import FeatureMap
from .initializers import init_bias, init_weights
from .losses import Head, softmax, softmax_jvp_into
from .model_base import Model
from .model_spec import Unit, Wiring, input_units, layer_units
from .parameters import ParameterLayout, Slot
from .straight_line import Arg, Call, compile_calls


def dense_layout(sizes: tuple[int, ...]) -> ParameterLayout:
    """Slots dense1.W (units, fan_in), dense1.b (units,), dense2.W, ... with [W | b] of a layer as one block."""
    slots, offset = [], 0
    for i, (fan_in, units) in enumerate(itertools.pairwise(sizes), start=1):
        block = (units, fan_in + 1)
        slots.append(Slot(f"dense{i}.W", offset, block, slice(0, fan_in), True, layer=i))
        slots.append(Slot(f"dense{i}.b", offset, block, slice(fan_in, fan_in + 1), False, vector=True, layer=i))
        offset += units * (fan_in + 1)
    return ParameterLayout(slots)


def _carve(buffer: np.ndarray, shapes: list[tuple[int, int]]) -> list[np.ndarray]:
    """Consecutive arrays of `shapes` over one flat buffer."""
    out, offset = [], 0
    for rows, n in shapes:
        out.append(buffer[offset : offset + rows * n].reshape(rows, n))
        offset += rows * n
    return out


class _BatchBuffers:
    """Every array one training step needs for a batch of `n` examples, allocated once, and the step itself as
    lists of calls with their operands bound (see _program)."""

    def __init__(self, net: DenseNetwork, n: int) -> None:
        units = net.sizes[1:]
        ext_shapes = [(u + 1, n) for u in units[:-1]]
        self.z = [np.empty((u, n)) for u in units]
        self.tmp = [np.empty((u, n)) for u in units]
        # Every activation, the output's included, lies in one flat array `acts`, so that f'(z) of all layers is
        # one activation.slope call (see activations.py) after the forward pass. Hidden activations carry a
        # trailing row of ones (the bias input; its f' is computed too, and never read); a[i] is the contiguous
        # top part.
        self.acts = np.empty(sum(r * n for r, _ in ext_shapes) + units[-1] * n)
        *self.a_ext, self.out = _carve(self.acts, [*ext_shapes, (units[-1], n)])
        for a_ext in self.a_ext:
            a_ext[-1] = 1.0
        self.a = [buf[:-1] for buf in self.a_ext]
        self.slopes = np.empty_like(self.acts)
        *slope_ext, self.out_slope = _carve(self.slopes, [*ext_shapes, (units[-1], n)])
        self.slope = [s[:-1] for s in slope_ext]
        # [W | b]^T delta lands in a buffer with one extra row; its top rows, W^T delta, are the delta below.
        # Multiplying by the whole transposed block (F-contiguous) is ~2x faster than by the strided W^T.
        self.back = np.empty(sum(r * n for r, _ in ext_shapes))
        self.back_ext = _carve(self.back, ext_shapes)
        self.delta = [buf[:-1] for buf in self.back_ext] + [np.empty((units[-1], n))]
        self.scale = np.array((1.0 / n) if net.head.fused else (2.0 / (n * units[-1])))
        hidden, output = net.activation.slope, net.output_activation and net.output_activation.slope
        if net.head.fused:
            output = None  # cross-entropy's delta comes straight from the logits
        hidden_end = self.acts.size - self.out.size
        # f' of the hidden layers and of the output from their activations: one call when both are the same
        self.slope_calls = []
        if hidden is not None and output is hidden:
            self.slope_calls.append((hidden, self.acts, self.slopes))
        else:
            if hidden is not None and hidden_end:
                self.slope_calls.append((hidden, self.acts[:hidden_end], self.slopes[:hidden_end]))
            if output is not None:
                self.slope_calls.append((output, self.out, self.out_slope))
        self.output_slope = self.out_slope if output is not None else None
        self.gradients, self.stacked_gradients = self._gradient_plan(net, n)
        self.calls = self._program(net, hidden is not None)
        self.gradient = compile_calls(self.calls, ("inputs", "targets"), "gradient")

    def _program(self, net: DenseNetwork, hidden_slope: bool) -> list[Call]:
        """The numpy calls of one gradient, in order, each with its operands: the batch comes in as `inputs` (n,
        features + 1) and `targets` (n, outputs), one row per example, and is read transposed (inside the step
        examples are columns). Compiled to straight-line code (straight_line.py): a step of the 2-8x6-1 network is
        34 calls of about 0.3 us."""
        multiply = np.multiply
        units = net.sizes[1:]
        calls: list[Call] = [(net.blocks[0].dot, Arg("inputs", "T"), self.z[0])]  # z_1 = [W | b]_1 [A_0; 1]
        for i in range(len(units) - 1):  # hidden layers: a_i = f(z_i), z_(i+1) = [W | b]_(i+1) [a_i; 1]
            calls.append((net.activation.forward, self.z[i], self.a[i]))
            calls.append((net.blocks[i + 1].dot, self.a_ext[i], self.z[i + 1]))
        zo, out, delta = self.z[-1], self.out, self.delta[-1]
        if net.output_activation is None:
            calls.append((_softmax_columns, zo, out))
        else:
            calls.append((net.output_activation.forward, zo, out))
        calls += [(slope, acts, slopes) for slope, acts, slopes in self.slope_calls]
        # output layer: delta_L = dL/dZ_L = scale (a - y), times f'(z) for mean squared error
        calls.append((np.subtract, out, Arg("targets", "T"), delta))
        calls.append((multiply, delta, self.scale, delta))
        if not net.head.fused:
            if self.output_slope is not None:
                calls.append((multiply, delta, self.output_slope, delta))
            elif net.output_activation is None:
                calls.append((softmax_jvp_into, out, delta))
            else:
                calls.append((net.output_activation.backprop, zo, out, delta, self.tmp[-1]))
        # backward, blocks L-1 .. 1 (0-based): [W | b]^T delta lands in a buffer with one extra row, whose top rows
        # times f'(z) are the delta below
        for i in range(len(units) - 1, 0, -1):
            calls.append((net.blocks[i].T.dot, self.delta[i], self.back_ext[i - 1]))
            below = self.delta[i - 1]
            if hidden_slope:
                calls.append((multiply, below, self.slope[i - 1], below))
            else:
                calls.append((net.activation.backprop, self.z[i - 1], self.a[i - 1], below, self.tmp[i - 1]))
        # the weight gradients d[W | b]_i = delta_i [A_(i-1); 1]^T do not feed the backward pass: taken after it
        calls += [(grad_dot, a_t, grad) for grad_dot, a_t, grad in self.gradients]
        calls += [(np.matmul, deltas, a_ts, grads) for deltas, a_ts, grads in self.stacked_gradients]
        calls.append((self.delta[0].dot, Arg("inputs"), net.grad_blocks[0]))  # d[W | b]_1 = delta_1 [A_0; 1]^T
        return calls

    def _gradient_plan(self, net: DenseNetwork, n: int) -> tuple[list, list]:
        """The weight gradients of blocks 1 .. L-1, d[W | b]_i = delta_i [A_{i-1}; 1]^T: products per block, and
        for runs of consecutive hidden blocks of one shape one stacked np.matmul over them (their deltas and
        activations lie a fixed distance apart in `back` and `acts`, and their gradient blocks are consecutive),
        the product the RunSet's stacked step takes too (stacked_network.py). They do not feed the backward pass,
        so they are taken after it."""
        sizes = net.sizes
        last = len(sizes) - 2  # the output block
        single = [(self.delta[last].dot, self.a_ext[last - 1].T, net.grad_blocks[last])] if last > 0 else []
        stacked = []
        offsets = np.cumsum([0] + [u * (f + 1) for f, u in itertools.pairwise(sizes)])
        i = 1
        while i < last:
            j = i  # blocks i .. j have one shape
            while j + 1 < last and sizes[j + 1 : j + 3] == sizes[i : i + 2]:
                j += 1
            if j == i:
                single.append((self.delta[i].dot, self.a_ext[i - 1].T, net.grad_blocks[i]))
            else:
                count, d, a_t = j + 1 - i, self.delta[i], self.a_ext[i - 1].T
                step_d = self.delta[i + 1].ctypes.data - d.ctypes.data
                step_a = self.a_ext[i].ctypes.data - self.a_ext[i - 1].ctypes.data
                deltas = np.lib.stride_tricks.as_strided(d, (count, *d.shape), (step_d, *d.strides), writeable=False)
                a_ts = np.lib.stride_tricks.as_strided(a_t, (count, *a_t.shape), (step_a, *a_t.strides),
                                                       writeable=False)
                grads = net.grad[offsets[i] : offsets[j + 1]].reshape(count, *net.grad_blocks[i].shape)
                stacked.append((deltas, a_ts, grads))
            i = j + 1
        return single, stacked


class DenseNetwork(Model):
    """A fully connected network with named parameters dense1.W, dense1.b, ..."""

    kind = "network"

    def __init__(self, feature_map: FeatureMap, hidden: tuple[int, ...], activation: str, head: Head) -> None:
        self.sizes: tuple[int, ...] = (feature_map.size, *hidden, head.n_outputs)
        super().__init__(dense_layout(self.sizes), head, feature_map)
        self.activation = activations.get(activation)
        self.output_activation = None if head.activation == "softmax" else activations.get(head.activation)
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
        self.gradient_function(inputs.shape[0])(inputs, targets)

    def gradient_function(self, n: int) -> Callable[[np.ndarray, np.ndarray], None]:
        return self._batch_buffers(n).gradient

    def gradient_calls(self, n: int) -> list[Call]:
        return self._batch_buffers(n).calls

    def _batch_buffers(self, n: int) -> _BatchBuffers:
        buf = self._buffers.get(n)
        if buf is None:
            buf = self._buffers[n] = _BatchBuffers(self, n)
        return buf


def _softmax_columns(z: np.ndarray, out: np.ndarray) -> None:
    """out = softmax of each column of z (one example per column)."""
    np.copyto(out, softmax(z.T).T)
