"""The learner's own model and run, counted with the same rule as the ladder's real models (pure; no Qt).

A dense layer l from n inputs to m outputs holds an m x n weight matrix and m biases: n x m + m parameters. The
learner's run did about 6 floating-point operations per parameter per training example it saw (2 N for the forward
pass, 4 N for the backward pass: Kaplan et al. 2020, "Scaling Laws for Neural Language Models", section 2.1), the
same estimate the ladder's training compute uses, so both sit on one scale.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model_spec import ModelSpec
from .scale_cost import run_flops
from .scale_count import Component


@dataclass(frozen=True)
class LearnerRun:
    """What the learner's current run amounts to: `parameters`, `training_points` (n), `steps`, `examples_seen`
    (every minibatch's size, summed) and the floating-point operations that took (6 x parameters x examples)."""

    name: str
    parameters: int
    training_points: int
    steps: int
    examples_seen: int

    @property
    def flops(self) -> int:
        return run_flops(self.parameters, self.examples_seen)

    @property
    def parameters_per_point(self) -> float | None:
        """Parameters per training point: above 1 the model has room to memorize every point."""
        return self.parameters / self.training_points if self.training_points else None


def learner_name(spec: ModelSpec) -> str:
    """'Your 2-4-2-1 network' (or 'Your PCA', 'Your linear model')."""
    if not spec.is_network:
        return "Your PCA"
    sizes = "-".join(str(size) for size in spec.layer_sizes)
    return f"Your {sizes} network" if len(spec.layer_sizes) > 2 else f"Your {spec.model} model ({sizes})"


def learner_components(spec: ModelSpec) -> tuple[Component, ...]:
    """One component per layer, with its formula: 'layer 1: 2 x 4 weights + 4 biases' = 12."""
    parts = []
    for layer in range(1, spec.n_layers + 1):
        weights, biases = spec.layer_slots(layer)
        terms = []
        count = 0
        if weights is not None:
            shape = " x ".join(str(n) for n in reversed(weights.shape)) if spec.is_network else \
                " x ".join(str(n) for n in weights.shape)
            terms.append(f"{shape} weights")
            count += weights.size
        if biases is not None:
            terms.append(f"{biases.size} {'biases' if spec.is_network else 'centre values'}")
            count += biases.size
        name = f"layer {layer}" if spec.is_network else "components"
        parts.append(Component(name, " + ".join(terms), count))
    return tuple(parts)
