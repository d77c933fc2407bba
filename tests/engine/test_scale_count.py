"""Real models counted with the app's own dense-layer rule equal their published totals."""

from __future__ import annotations

import dataclasses

import pytest

from gradientdesk.engine.scale_count import bundled, components, dense, load, total

PUBLISHED = {  # exact totals of the published weights
    "GPT-2 small": 124_439_808, "GPT-2 medium": 354_823_168, "GPT-2 large": 774_030_080,
    "GPT-2 XL": 1_557_611_200, "Llama 2 7B": 6_738_415_616, "Llama 3 8B": 8_030_261_248,
}


def test_every_bundled_model_equals_its_published_total():
    configs = {c.name: c for c in bundled()}
    assert set(PUBLISHED) <= set(configs)
    for name, expected in PUBLISHED.items():
        config = configs[name]
        assert total(config) == expected == config.published_total, name
        assert config.source.startswith("https://")


def test_the_parts_of_gpt2_small_are_the_familiar_ones():
    gpt2 = next(c for c in bundled() if c.name == "GPT-2 small")
    parts = {p.name: p.count for p in components(gpt2)}
    assert parts["token embedding"] == 50_257 * 768 == 38_597_376
    assert parts["position embedding"] == 1_024 * 768
    assert parts["attention"] == 12 * (768 * 2304 + 2304 + 768 * 768 + 768)  # c_attn and c_proj
    assert parts["MLP"] == 12 * (768 * 3072 + 3072 + 3072 * 768 + 768)
    assert "output head" not in parts  # tied to the embedding table


def test_grouped_query_attention_and_an_untied_head_in_llama_3():
    llama = next(c for c in bundled() if c.name == "Llama 3 8B")
    parts = {p.name: p.count for p in components(llama)}
    assert parts["attention"] == 32 * (2 * 4096 * 4096 + 2 * 4096 * 1024)  # 8 of 32 heads for K and V
    assert parts["output head"] == parts["token embedding"] == 128_256 * 4096
    wider = dataclasses.replace(llama, kv_heads=32)
    assert total(wider) - total(llama) == 32 * 2 * 4096 * 3072


def test_the_count_moves_with_width_and_depth_as_the_formula_says():
    gpt2 = next(c for c in bundled() if c.name == "GPT-2 small")
    deeper = dataclasses.replace(gpt2, layers=13)
    assert total(deeper) - total(gpt2) == 12 * 768**2 + 13 * 768  # one more block
    assert dense(2, 4, True) == 12 and dense(2, 4, False) == 8  # the app's own 2-4 layer


def test_a_broken_configuration_is_refused_with_a_message():
    with pytest.raises(ValueError, match="not a model configuration"):
        load("layers = [")
    with pytest.raises(ValueError, match="not a model configuration"):
        load('name = "x"\nlayers = 2')
    with pytest.raises(ValueError, match="split into heads"):
        load('name = "x"\nlayers = 1\nwidth = 10\nheads = 3\nkv_heads = 3\nmlp_width = 4\nmlp_matrices = 2\n'
             'vocabulary = 5\ncontext = 4\nlearned_positions = true\ntied_head = true\nbiases = true\n'
             'norm = "layernorm"')
