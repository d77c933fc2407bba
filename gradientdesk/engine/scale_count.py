"""Parameter counts of real language models, built with the rule the app counts its own networks by: a dense layer
from n inputs to m outputs has n x m weights and, with biases, m biases. A transformer adds only parts a learner can
see on screen as tables of numbers (pure; no Qt):

- embedding table: vocabulary x width; learned position embeddings: context x width
- attention per layer: Q and O are width -> width dense layers; K and V are width -> kv_heads x head_width (fewer
  key/value heads than query heads: grouped-query attention), head_width = width / heads
- MLP per layer: two dense layers (width -> mlp_width -> width) or three (gate, up, down: SwiGLU)
- norms: LayerNorm has a scale and a shift (2 x width), RMSNorm a scale only (width); two per layer, one at the end
  (pre-norm decoders) and, in BERT, one after the embeddings instead (post-norm encoder: no final norm)
- output head: vocabulary x width, or nothing extra when tied to the embedding table
- encoders (BERT) add token-type embeddings (token_types x width) and a pooler (a width -> width dense layer)

The configurations live in resources/models/*.toml with their published total and source; a test checks every
total against the published figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import tomllib

from ..resource_paths import resource_dir


@dataclass(frozen=True)
class TransformerConfig:
    """A transformer's size, as its published configuration file gives it (a decoder unless kind is "encoder").

    The fields after `published_total` are optional so that older files load unchanged."""

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
    kind: str = "transformer"  # "transformer" (decoder) or "encoder" (BERT)
    token_types: int = 0  # BERT's segment embedding rows (sentence A / B); 0: none
    embedding_norm: bool = False  # a norm right after the embeddings (BERT)
    final_norm: bool = True  # a norm after the last layer (pre-norm decoders; not post-norm BERT)
    pooler: bool = False  # BERT's width -> width dense layer on the first token
    published_rounding: int = 1  # the published total is exact (1) or rounded to this many (GPT-3: a billion)
    training_tokens: int | None = None  # tokens seen in training, as published (None: not published)
    tokens_source: str = ""

    def __post_init__(self) -> None:
        if self.width % self.heads or self.heads % self.kv_heads:
            raise ValueError(f"{self.name}: width must split into heads, and heads into key/value groups")
        if self.mlp_matrices not in (2, 3) or self.norm not in ("layernorm", "rmsnorm"):
            raise ValueError(f"{self.name}: mlp_matrices is 2 or 3, norm is layernorm or rmsnorm")
        if self.kind not in ("transformer", "encoder") or self.published_rounding < 1:
            raise ValueError(f"{self.name}: kind is transformer or encoder, published_rounding at least 1")


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
    if c.token_types:
        parts.append(Component("token-type embedding", f"token types x width = {c.token_types} x {d:,}",
                               c.token_types * d))
    # two norms per layer, plus the one after the embeddings (BERT) and the one at the end (pre-norm decoders)
    norms = 2 * c.layers + int(c.embedding_norm) + int(c.final_norm)
    extra = [word for word, present in (("embeddings", c.embedding_norm), ("end", c.final_norm)) if present]
    norm_terms = f"{c.layers} x 2" + "".join(f" + 1 ({word})" for word in extra)
    parts += [
        Component("attention", f"{c.layers} layers x (Q, O: {d:,} x {d:,}; K, V: {d:,} x {kv:,}{bias_note})",
                  c.layers * attention),
        Component("MLP", f"{c.layers} layers x {c.mlp_matrices} dense layers {d:,} <-> {c.mlp_width:,}{bias_note}",
                  c.layers * mlp),
        Component("norms", f"({norm_terms}) x {'2 x ' if c.norm == 'layernorm' else ''}{d:,} ({c.norm})",
                  norms * per_norm),
    ]
    if c.pooler:
        parts.append(Component("pooler", f"width x width{bias_note} = {d:,} x {d:,}{bias_note}", dense(d, d, b)))
    if not c.tied_head:
        parts.append(Component("output head", f"width x vocabulary = {d:,} x {c.vocabulary:,}", d * c.vocabulary))
    return parts


def total(c: TransformerConfig) -> int:
    """The model's exact parameter count: the sum of its components."""
    return sum(part.count for part in components(c))


def load(text: str) -> TransformerConfig:
    """A configuration from TOML text (raises ValueError naming the problem)."""
    try:
        data = tomllib.loads(text)
        return TransformerConfig(**data)
    except (tomllib.TOMLDecodeError, TypeError) as error:
        raise ValueError(f"not a model configuration: {error}") from error


def model_files() -> list[str]:
    """The text of every model file shipped in resources/models (transformers and convnets alike)."""
    folder = resource_dir("models")
    return [entry.read_text(encoding="utf-8") for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".toml")]


def bundled() -> list[TransformerConfig]:
    """Every transformer configuration shipped in resources/models, smallest first (convnets: scale_convnet.py)."""
    # convnet files say kind = "convnet"; a transformer file may leave kind out
    configs = [load(text) for text in model_files() if tomllib.loads(text).get("kind") != "convnet"]
    return sorted(configs, key=total)
