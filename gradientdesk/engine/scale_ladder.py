"""The ladder of real models, from LeNet-5 to GPT-3, in one shape for the Scale view and the command line (pure;
no Qt).

Every rung is a `LadderModel`: its components (name, formula, count; they sum to the total), its published total
and source, and the tokens it was trained on as published. `explore` recounts a transformer with another depth,
width, vocabulary or context, with the same formulas (scale_count.py), refusing values that make no model;
`group_share` says how much of a model is embedding, attention, MLP, norms, head, convolution and dense layers.
"""

from __future__ import annotations

import dataclasses
import functools
import numbers
from dataclasses import dataclass

from . import scale_convnet, scale_count
from .scale_convnet import ConvNetConfig
from .scale_count import Component, TransformerConfig

# the largest value explore accepts per field: far above any published model (GPT-3: 96 layers, width 12,288;
# Llama 3: vocabulary 128,256) yet small enough that a count stays a number a person can read
LIMITS = {"layers": 10_000, "width": 1_000_000, "vocabulary": 10_000_000, "context": 10_000_000}
GROUPS = ("embedding", "attention", "MLP", "norms", "head", "conv", "dense")
EDITED = " (edited)"


@dataclass(frozen=True)
class LadderModel:
    """One rung of the ladder. `published_total` is 0 for an edited model (nothing was published about it);
    `published_rounding` is 1 when the published total is exact, else what it was rounded to (GPT-3: a billion)."""

    name: str
    kind: str  # "transformer" (decoder), "encoder" (BERT) or "convnet"
    components: tuple[Component, ...]
    total: int
    published_total: int
    source: str
    training_tokens: int | None  # tokens seen in training, as published; None when not published or not text
    tokens_source: str
    editable: tuple[str, ...]  # the fields explore may change
    config: TransformerConfig | ConvNetConfig
    published_rounding: int = 1
    training_images: int | None = None  # a convnet's published training images (its examples, as tokens are)


def from_transformer(c: TransformerConfig) -> LadderModel:
    """A transformer (decoder or encoder) as a rung of the ladder."""
    parts = tuple(scale_count.components(c))
    return LadderModel(c.name, c.kind, parts, sum(p.count for p in parts), c.published_total or 0, c.source,
                       c.training_tokens, c.tokens_source, tuple(LIMITS), c, c.published_rounding)


def from_convnet(c: ConvNetConfig) -> LadderModel:
    """A convolutional network as a rung of the ladder (nothing editable: its layers are not one width)."""
    parts = tuple(scale_convnet.components(c))
    return LadderModel(c.name, c.kind, parts, sum(p.count for p in parts), c.published_total or 0, c.source,
                       c.training_tokens, c.tokens_source, (), c, c.published_rounding, c.training_images)


@functools.lru_cache(maxsize=1)
def _ladder() -> tuple[LadderModel, ...]:
    # the files are read once: the models are frozen, and the view asks again at every open
    rungs = [from_transformer(c) for c in scale_count.bundled()] + [from_convnet(c) for c in scale_convnet.bundled()]
    return tuple(sorted(rungs, key=lambda model: model.total))


def ladder() -> list[LadderModel]:
    """Every bundled model, smallest first."""
    return list(_ladder())


def width_step(model: LadderModel) -> int:
    """What a transformer's width must be a multiple of in explore: one head's width (width / heads), times the
    query heads that share one key/value head; 0 for a convnet."""
    c = model.config
    return (c.width // c.heads) * (c.heads // c.kv_heads) if isinstance(c, TransformerConfig) else 0


def nearest_multiple(value: int, step: int, limit: int) -> int:
    """The multiple of step nearest to value (the lower one on a tie), at least step and at most limit."""
    lower = value // step * step
    best = lower if value - lower <= lower + step - value else lower + step
    return min(max(best, step), limit // step * step)


def checked(field: str, value: object, step: int) -> int:
    """value as an int, or ValueError naming the field: a whole number from 1 to LIMITS[field]; a width must also
    be a multiple of `step` (see width_step: every head keeps its published width)."""
    if field not in LIMITS:
        raise ValueError(f"{field}: not a field that can be changed (these can: {', '.join(LIMITS)})")
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{field} must be a whole number, not {value!r}")
    value = int(value)
    if value < 1:
        raise ValueError(f"{field} must be at least 1, not {value:,}")
    if value > LIMITS[field]:
        raise ValueError(f"{field} of {value:,} is absurdly large: at most {LIMITS[field]:,} here")
    if field == "width" and value % step:
        nearest = nearest_multiple(value, step, LIMITS[field])
        raise ValueError(f"width must be a multiple of {step} (each attention head keeps its width, so the width "
                         f"grows a head at a time): {value:,} is not; the nearest valid width is {nearest:,}")
    return value


def explore(model: LadderModel, **changes: int) -> LadderModel:
    """The model recounted with other values of layers, width, vocabulary or context (exact ints, same formulas).

    Each attention head keeps its published width (GPT-2: 64), so a wider model has more heads (width / 64: GPT-2
    medium's 1,024 has 16) and the width grows a head at a time (see width_step); key/value heads keep their share
    of the query heads. The count depends on the width, not on the number of heads. The MLP width keeps its ratio
    to the width (GPT-2: 4 x width; rounded to the nearest whole number where the ratio is not whole, as in Llama).
    Context moves the count only where positions are learned (GPT-2, GPT-3, BERT), not with rotary positions
    (Llama). Pass every change at once, from the ladder's own model: repeated edits would round the MLP width each
    time. A changed model is named "... (edited)", with no published total or training tokens. Raises ValueError
    naming the field for a value that makes no model, and for any change to a convnet."""
    if not changes:
        return model
    config = model.config
    if not isinstance(config, TransformerConfig):
        field = next(iter(changes))
        raise ValueError(f"{field}: {model.name} is a convnet; its layers have no single width or depth to change")
    values = {field: checked(field, value, width_step(model)) for field, value in changes.items()}
    if all(getattr(config, field) == value for field, value in values.items()):
        return model
    width = values.get("width", config.width)
    # round half up in integers: the count stays exact, no float enters it
    mlp_width = max(1, (config.mlp_width * width + config.width // 2) // config.width)
    heads = width // (config.width // config.heads)
    kv_heads = heads * config.kv_heads // config.heads
    name = model.name if model.name.endswith(EDITED) else model.name + EDITED
    edited = dataclasses.replace(config, name=name, mlp_width=mlp_width, heads=heads, kv_heads=kv_heads,
                                 published_total=None, published_rounding=1,
                                 training_tokens=None, tokens_source="", **values)
    rung = from_transformer(edited)
    changed = ", ".join(f"{field} {value:,}" for field, value in values.items())
    return dataclasses.replace(rung, source=f"{model.name} with {changed}; not a published model",
                               tokens_source="an edited model has not been trained")


def group_of(component: str) -> str:
    """The group a component's name belongs to (one of GROUPS)."""
    if component.endswith("embedding"):
        return "embedding"
    if component in ("attention", "MLP", "norms"):
        return component
    if component in ("output head", "pooler"):
        return "head"
    if component.startswith("batch norm"):
        return "norms"
    for group in ("conv", "dense"):
        if component.startswith(group):
            return group
    raise ValueError(f"{component!r} belongs to no group")


def group_share(model: LadderModel) -> dict[str, int]:
    """Parameters per group (embedding, attention, MLP, norms, head, conv, dense), in that order, for the groups the
    model has; the values sum to its total."""
    share = {group: 0 for group in GROUPS}
    present = set()
    for part in model.components:
        group = group_of(part.name)
        share[group] += part.count
        present.add(group)
    return {group: count for group, count in share.items() if group in present}
