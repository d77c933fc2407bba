"""Parameter counts of real language models, built with the rule the app counts its own networks by: a dense layer
from n inputs to m outputs has n x m weights and, with biases, m biases. A transformer adds only parts a learner can
see on screen as tables of numbers (pure; no Qt):

- embedding table: vocabulary x width; learned position embeddings: context x width
- attention per layer: Q and O are width -> width dense layers; K and V are width -> kv_heads x head_width (fewer
  key/value heads than query heads: grouped-query attention), head_width = width / heads
- MLP per layer: two dense layers (width -> mlp_width -> width) or three (gate, up, down: SwiGLU)
- norms: LayerNorm has a scale and a shift (2 x width), RMSNorm a scale only (width); two per layer and one at the end
- output head: vocabulary x width, or nothing extra when tied to the embedding table

The configurations live in resources/models/*.toml with their published total and source; a test checks every
total against the published figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import tomllib


@dataclass(frozen=True)
class TransformerConfig:
    """A decoder-only transformer's size, as its published configuration file gives it."""

    name: str
    layers: int
    width: int
    heads: int
    kv_heads: int
    mlp_width: int
    mlp_matrices: int  # 2: up and down; 3: gate, up and down (SwiGLU)
    vocabulary: int
    context: int
    learned_positions: bool
    tied_head: bool
    biases: bool
    norm: str  # "layernorm" (scale and shift) or "rmsnorm" (scale)
    source: str = ""
    published_total: int | None = None

    def __post_init__(self) -> None:
        if self.width % self.heads or self.heads % self.kv_heads:
            raise ValueError(f"{self.name}: width must split into heads, and heads into key/value groups")
        if self.mlp_matrices not in (2, 3) or self.norm not in ("layernorm", "rmsnorm"):
            raise ValueError(f"{self.name}: mlp_matrices is 2 or 3, norm is layernorm or rmsnorm")


@dataclass(frozen=True)
class Component:
    """One part of the count: what it is, its formula in words and numbers, and how many parameters it holds."""

    name: str
    formula: str
    count: int


def dense(inputs: int, outputs: int, biases: bool) -> int:
    """Parameters of a dense layer: inputs x outputs weights (+ outputs biases)."""
    return inputs * outputs + (outputs if biases else 0)


def components(c: TransformerConfig) -> list[Component]:
    """The model's parameters by component, each with its formula; their sum is the model's total."""
    d, b = c.width, c.biases
    kv = c.kv_heads * (d // c.heads)
    per_norm = 2 * d if c.norm == "layernorm" else d
    attention = 2 * dense(d, d, b) + 2 * dense(d, kv, b)
    mlp = (c.mlp_matrices - 1) * dense(d, c.mlp_width, b) + dense(c.mlp_width, d, b)
    bias_note = " + biases" if b else ""
    parts = [Component("token embedding", f"vocabulary x width = {c.vocabulary:,} x {d:,}", c.vocabulary * d)]
    if c.learned_positions:
        parts.append(Component("position embedding", f"context x width = {c.context:,} x {d:,}", c.context * d))
    parts += [
        Component("attention", f"{c.layers} layers x (Q, O: {d:,} x {d:,}; K, V: {d:,} x {kv:,}{bias_note})",
                  c.layers * attention),
        Component("MLP", f"{c.layers} layers x {c.mlp_matrices} dense layers {d:,} <-> {c.mlp_width:,}{bias_note}",
                  c.layers * mlp),
        Component("norms", f"({c.layers} x 2 + 1) x {'2 x ' if c.norm == 'layernorm' else ''}{d:,} ({c.norm})",
                  (2 * c.layers + 1) * per_norm),
    ]
    if not c.tied_head:
        parts.append(Component("output head", f"width x vocabulary = {d:,} x {c.vocabulary:,}", d * c.vocabulary))
    return parts


def total(c: TransformerConfig) -> int:
    return sum(part.count for part in components(c))


def load(text: str) -> TransformerConfig:
    """A configuration from TOML text (raises ValueError naming the problem)."""
    try:
        data = tomllib.loads(text)
        return TransformerConfig(**data)
    except (tomllib.TOMLDecodeError, TypeError) as error:
        raise ValueError(f"not a model configuration: {error}") from error


def bundled() -> list[TransformerConfig]:
    """Every configuration shipped in resources/models, smallest first."""
    folder = resources.files("gradientdesk") / "resources" / "models"
    configs = [load(entry.read_text(encoding="utf-8")) for entry in folder.iterdir() if entry.name.endswith(".toml")]
    return sorted(configs, key=total)
