"""The ladder: every model equals its published total, its parts sum to it, and explore moves the count as the
formulas say and refuses values that make no model, naming the field."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import scale_convnet
from gradientdesk.engine.scale_ladder import LIMITS, explore, group_share, ladder, nearest_multiple, width_step

EXACT = {  # exact totals of the published weights
    "LeNet-5": 61_706, "ResNet-50": 25_557_032, "BERT-base": 109_482_240,
    "GPT-2 small": 124_439_808, "GPT-2 medium": 354_823_168, "GPT-2 large": 774_030_080,
    "GPT-2 XL": 1_557_611_200, "Llama 2 7B": 6_738_415_616, "Llama 3 8B": 8_030_261_248,
}


def model(name):
    return next(m for m in ladder() if m.name == name)


def test_every_model_equals_its_published_total():
    models = {m.name: m for m in ladder()}
    assert set(EXACT) | {"GPT-3 175B"} == set(models)
    for name, expected in EXACT.items():
        assert models[name].total == models[name].published_total == expected, name
        assert models[name].published_rounding == 1
    gpt3 = models["GPT-3 175B"]
    assert gpt3.total == 174_604_259_328  # 96 x (12 x 12288^2 + 13 x 12288) + embeddings + final norm
    assert gpt3.published_total == 175_000_000_000 and gpt3.published_rounding == 10**9
    rounded = (gpt3.total + gpt3.published_rounding // 2) // gpt3.published_rounding * gpt3.published_rounding
    assert rounded == gpt3.published_total  # "175.0B" holds to the nearest billion (174.6 to a tenth)


def test_the_ladder_is_smallest_first_and_every_count_is_an_int_summing_to_its_total():
    models = ladder()
    assert [m.total for m in models] == sorted(m.total for m in models)
    assert models[0].name == "LeNet-5" and models[-1].name == "GPT-3 175B"
    for m in models:
        assert type(m.total) is int and all(type(p.count) is int for p in m.components), m.name
        assert sum(p.count for p in m.components) == m.total, m.name
        assert sum(group_share(m).values()) == m.total, m.name
        assert m.source and m.tokens_source, m.name
        assert m.editable == (() if m.kind == "convnet" else ("layers", "width", "vocabulary", "context"))


def test_published_training_tokens():
    tokens = {m.name: m.training_tokens for m in ladder()}
    assert tokens["GPT-3 175B"] == 300 * 10**9
    assert tokens["Llama 2 7B"] == 2 * 10**12
    assert tokens["Llama 3 8B"] == 15 * 10**12
    assert tokens["BERT-base"] == 128 * 10**9  # 128,000 tokens a batch x 1,000,000 steps, as the paper says
    assert tokens["GPT-2 small"] is None and tokens["ResNet-50"] is None  # not published; images


def test_the_parts_of_bert_and_the_convnets():
    bert = {p.name: p.count for p in model("BERT-base").components}
    assert bert["token-type embedding"] == 2 * 768
    assert bert["norms"] == (12 * 2 + 1) * 2 * 768  # one after the embeddings, none at the end
    assert bert["pooler"] == 768 * 768 + 768
    lenet = [p.count for p in model("LeNet-5").components]
    assert lenet == [5 * 5 * 1 * 6 + 6, 5 * 5 * 6 * 16 + 16, 400 * 120 + 120, 120 * 84 + 84, 84 * 10 + 10]
    assert model("LeNet-5").components[0].formula == "k x k x c_in x c_out + c_out = 5 x 5 x 1 x 6 + 6"
    resnet = model("ResNet-50")
    layers = resnet.config.layers
    assert sum(1 for layer in layers if layer.kind == "conv") == 53  # 1 + 3 x (3 + 4 + 6 + 3) + 4 projections
    assert sum(1 for layer in layers if layer.kind == "batchnorm") == 53
    assert not any(layer.bias for layer in layers if layer.kind == "conv")
    assert group_share(resnet) == {"norms": 53_120, "conv": 23_454_912, "dense": 2_049_000}


def test_group_share_of_gpt2_small():
    assert group_share(model("GPT-2 small")) == {
        "embedding": 50_257 * 768 + 1_024 * 768, "attention": 12 * (4 * 768 * 768 + 4 * 768),
        "MLP": 12 * (2 * 768 * 3072 + 3072 + 768), "norms": 25 * 2 * 768}
    assert group_share(model("Llama 2 7B"))["head"] == 32_000 * 4096


def test_explore_moves_the_count_as_the_formula_says():
    gpt2 = model("GPT-2 small")
    deeper = explore(gpt2, layers=13)
    assert deeper.total - gpt2.total == 12 * 768**2 + 13 * 768  # one more block
    assert deeper.name == "GPT-2 small (edited)" and deeper.published_total == 0 and deeper.training_tokens is None
    assert explore(gpt2, vocabulary=50_258).total - gpt2.total == 768  # one more row of the tied table
    assert explore(gpt2, context=2_048).total - gpt2.total == 1_024 * 768  # learned positions
    wider = explore(gpt2, width=1_536)
    assert wider.config.mlp_width == 4 * 1_536  # the MLP keeps its ratio to the width
    assert wider.total == 12 * (12 * 1_536**2 + 13 * 1_536) + (50_257 + 1_024) * 1_536 + 2 * 1_536
    assert explore(gpt2, layers=np.int64(13)).total == deeper.total
    assert explore(gpt2) is gpt2 and explore(gpt2, layers=12) is gpt2  # nothing changed
    assert explore(deeper, width=1_536).name == "GPT-2 small (edited)"  # not "(edited) (edited)"
    llama = model("Llama 2 7B")
    assert explore(llama, context=100_000).total == llama.total  # rotary positions: no parameters
    assert type(explore(model("GPT-3 175B"), layers=10_000).total) is int


@pytest.mark.parametrize("field", ["layers", "width", "vocabulary", "context"])
@pytest.mark.parametrize("value", [0, -1, -768, 2.0, 768.5, True, "768", None, float("nan")])
def test_a_value_that_makes_no_model_is_refused_naming_the_field(field, value):
    with pytest.raises(ValueError, match=field):
        explore(model("GPT-2 small"), **{field: value})


@pytest.mark.parametrize("field", ["layers", "width", "vocabulary", "context"])
def test_an_absurdly_large_value_is_refused_naming_the_field(field):
    too_big = LIMITS[field] // 64 * 64 + 64  # a multiple of the head width, so only its size is wrong
    with pytest.raises(ValueError, match=f"{field} of {too_big:,} is absurdly large"):
        explore(model("GPT-2 small"), **{field: too_big})
    explore(model("GPT-2 small"), **{field: LIMITS[field] // 64 * 64})  # the limit itself is fine


def test_a_width_grows_a_head_at_a_time_and_a_wrong_one_is_refused_with_the_nearest_valid_width():
    gpt2 = model("GPT-2 small")
    assert width_step(gpt2) == 64 and width_step(model("LeNet-5")) == 0
    assert width_step(model("Llama 3 8B")) == 128 * 4  # 4 query heads share each key/value head
    with pytest.raises(ValueError, match=r"width must be a multiple of 64.*nearest valid width is 1,024"):
        explore(gpt2, width=1_000)
    with pytest.raises(ValueError, match="nearest valid width is 64"):
        explore(gpt2, width=5)
    assert nearest_multiple(1_024, 12, 10**6) == 1_020 and nearest_multiple(18, 12, 10**6) == 12
    assert nearest_multiple(999_999, 12, 10**6) == 999_996
    with pytest.raises(ValueError, match="heads: not a field that can be changed"):
        explore(gpt2, heads=16)


def test_gpt2_small_made_deeper_and_wider_is_gpt2_medium():
    """24 layers of width 1,024 (16 heads of 64) is GPT-2 medium's published configuration, count for count."""
    medium = explore(model("GPT-2 small"), layers=24, width=1_024)
    assert medium.total == model("GPT-2 medium").total == 354_823_168
    assert medium.config.heads == 16 and medium.config.mlp_width == 4_096
    llama = explore(model("Llama 3 8B"), width=2_048)
    assert (llama.config.heads, llama.config.kv_heads) == (16, 4)


def test_a_convnet_cannot_be_explored():
    for name in ("LeNet-5", "ResNet-50"):
        with pytest.raises(ValueError, match=r"width.*convnet"):
            explore(model(name), width=64)


def test_a_broken_convnet_file_is_refused_with_a_message():
    with pytest.raises(ValueError, match="not a convnet configuration"):
        scale_convnet.load('kind = "convnet"\nname = "x"')
    with pytest.raises(ValueError, match="outputs must be a positive whole number"):
        scale_convnet.load('kind = "convnet"\nname = "x"\n[[layers]]\ntype = "dense"\nname = "a"\ninputs = 2\n'
                           'outputs = 0')
    with pytest.raises(ValueError, match="layer kind"):
        scale_convnet.load('kind = "convnet"\nname = "x"\n[[layers]]\ntype = "pool"\nname = "a"\noutputs = 2')


def test_a_convnet_carries_its_published_training_images():
    assert model("LeNet-5").training_images == 60_000 and model("ResNet-50").training_images == 1_281_167
    assert model("LeNet-5").training_tokens is None and model("GPT-2 small").training_images is None
