"""Parameter counts of convolutional networks (LeNet-5, ResNet-50), with the same rules as the app's dense layers
(pure; no Qt):

- convolution: a k x k filter over c_in channels for each of c_out output channels, plus one bias each:
  k x k x c_in x c_out (+ c_out); ResNet's convolutions have no bias (the batch norm after them shifts instead)
- batch norm: a scale and a shift per channel, 2 x channels (the running mean and variance it keeps are statistics,
  not learned parameters, and are not counted)
- dense: n inputs to m outputs, n x m weights (+ m biases)
- pooling has no parameters, so it is left out

A plain network (LeNet-5) lists its layers in resources/models/*.toml; a ResNet is described compactly there
(stem, blocks per stage, stage widths) and expanded into its layers here.
"""

from __future__ import annotations

from dataclasses import dataclass

import tomllib

from .scale_count import Component, dense, model_files

KINDS = ("conv", "batchnorm", "dense")
NAMES = {"conv": "conv", "batchnorm": "batch norm", "dense": "dense"}  # every component's name begins with one


@dataclass(frozen=True)
class ConvLayer:
    """One layer with parameters; `group` names the component it is counted in (several layers may share one)."""

    kind: str  # "conv", "batchnorm" or "dense"
    group: str
    inputs: int  # c_in (conv), n (dense); ignored by batch norm
    outputs: int  # c_out (conv), channels (batch norm), m (dense)
    kernel: int = 1
    bias: bool = True

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"layer kind is one of {', '.join(KINDS)}, not {self.kind!r}")
        for field in ("inputs", "outputs", "kernel"):
            value = getattr(self, field)
            if type(value) is not int or value < 1:
                raise ValueError(f"{self.group}: {field} must be a positive whole number, not {value!r}")

    def count(self) -> int:
        """k x k x c_in x c_out (+ c_out); 2 x channels; n x m (+ m)."""
        if self.kind == "conv":
            return self.kernel * self.kernel * self.inputs * self.outputs + (self.outputs if self.bias else 0)
        if self.kind == "batchnorm":
            return 2 * self.outputs
        return dense(self.inputs, self.outputs, self.bias)

    def formula(self) -> str:
        """The count's formula with this layer's numbers."""
        plus = f" + {self.outputs:,}" if self.bias else ""
        if self.kind == "conv":
            return f"{self.kernel} x {self.kernel} x {self.inputs:,} x {self.outputs:,}{plus}"
        if self.kind == "batchnorm":
            return f"2 x {self.outputs:,}"
        return f"{self.inputs:,} x {self.outputs:,}{plus}"


GENERAL = {  # the formula in words, shown before the numbers of a one-layer component
    ("conv", True): "k x k x c_in x c_out + c_out", ("conv", False): "k x k x c_in x c_out",
    ("batchnorm", True): "2 x channels", ("batchnorm", False): "2 x channels",
    ("dense", True): "inputs x outputs + outputs", ("dense", False): "inputs x outputs",
}


@dataclass(frozen=True)
class ConvNetConfig:
    """A convolutional network: its layers with parameters in order, and where its published total comes from."""

    name: str
    layers: tuple[ConvLayer, ...]
    source: str = ""
    published_total: int | None = None
    published_rounding: int = 1
    training_tokens: int | None = None  # convnets read images, not tokens: None
    tokens_source: str = ""
    kind: str = "convnet"
    training_images: int | None = None  # the published training set's size: what its parameters learned from


def components(c: ConvNetConfig) -> list[Component]:
    """The network's parameters by group of layers, in order; their sum is the network's total.

    A group of identical layers is written once with its multiplicity, e.g. "3 x (3 x 3 x 64 x 64)"."""
    groups: dict[str, list[ConvLayer]] = {}
    for layer in c.layers:
        groups.setdefault(layer.group, []).append(layer)
    parts = []
    for group, layers in groups.items():
        terms: dict[str, int] = {}  # formula -> how many layers have it, in order of first appearance
        for layer in layers:
            terms[layer.formula()] = terms.get(layer.formula(), 0) + 1
        numbers = " + ".join(term if n == 1 else f"{n} x ({term})" for term, n in terms.items())
        if len(layers) == 1:
            numbers = f"{GENERAL[layers[0].kind, layers[0].bias]} = {numbers}"
        parts.append(Component(group, numbers, sum(layer.count() for layer in layers)))
    return parts


def total(c: ConvNetConfig) -> int:
    """The network's exact parameter count: the sum of its layers'."""
    return sum(layer.count() for layer in c.layers)


def resnet_layers(input_channels: int, stem_kernel: int, stem_width: int, blocks: list[int], widths: list[int],
                  expansion: int, classes: int) -> tuple[ConvLayer, ...]:
    """A bottleneck ResNet's layers (He et al. 2015, table 1; as torchvision builds it).

    Stem: a stem_kernel x stem_kernel conv to stem_width channels and its batch norm (then max pooling). Stage s has
    blocks[s] bottlenecks of width w = widths[s]: 1 x 1 conv to w, 3 x 3 conv w -> w, 1 x 1 conv to expansion x w,
    each followed by a batch norm; the first block of each stage changes the channel count, so its shortcut is a
    projection (1 x 1 conv + batch norm). Then global average pooling and a dense layer to the classes."""
    layers = [ConvLayer("conv", f"conv stem ({stem_kernel} x {stem_kernel})", input_channels, stem_width,
                        stem_kernel, bias=False),
              ConvLayer("batchnorm", "batch norm stem", stem_width, stem_width)]
    channels = stem_width
    for stage, (count, width) in enumerate(zip(blocks, widths, strict=True), start=2):  # the paper's conv2_x ...
        out = expansion * width
        convs, norms = f"conv stage {stage} ({count} bottleneck blocks)", f"batch norm stage {stage}"
        for block in range(count):
            for c_in, c_out, k in ((channels, width, 1), (width, width, 3), (width, out, 1)):
                layers += [ConvLayer("conv", convs, c_in, c_out, k, bias=False),
                           ConvLayer("batchnorm", norms, c_out, c_out)]
            if block == 0:  # the projection shortcut: channels -> out
                layers += [ConvLayer("conv", convs, channels, out, 1, bias=False),
                           ConvLayer("batchnorm", norms, out, out)]
            channels = out
    layers.append(ConvLayer("dense", f"dense output ({channels:,} -> {classes:,})", channels, classes))
    return tuple(layers)


def from_data(data: dict) -> ConvNetConfig:
    """A configuration from parsed TOML: either `layers` (a list of tables with type, name, inputs, outputs,
    kernel, bias) or `resnet` (a table with resnet_layers' arguments)."""
    data = dict(data)
    if data.pop("kind", "convnet") != "convnet":
        raise ValueError("not a convnet file (kind must be \"convnet\")")
    if "resnet" in data:
        layers = resnet_layers(**data.pop("resnet"))
    else:
        layers = tuple(
            ConvLayer(kind=row["type"], group=f"{NAMES.get(row['type'], row['type'])} {row['name']}",
                      inputs=row.get("inputs", row["outputs"]), outputs=row["outputs"],
                      kernel=row.get("kernel", 1), bias=row.get("bias", True))
            for row in data.pop("layers"))
    return ConvNetConfig(layers=layers, **data)


def load(text: str) -> ConvNetConfig:
    """A convnet configuration from TOML text (raises ValueError naming the problem)."""
    try:
        return from_data(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, TypeError, KeyError) as error:
        raise ValueError(f"not a convnet configuration: {error!r}") from error


def bundled() -> list[ConvNetConfig]:
    """Every convnet shipped in resources/models (files with kind = "convnet"), smallest first."""
    configs = [load(text) for text in model_files() if tomllib.loads(text).get("kind") == "convnet"]
    return sorted(configs, key=total)
