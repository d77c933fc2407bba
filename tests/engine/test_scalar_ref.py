"""ScalarRef: 'dense2.W[1,3]' <-> ScalarRef('dense2.W', (1, 3)), the one parser and formatter of scalar names."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradientdesk.engine import ScalarRef

groups = st.from_regex(r"[a-z_]{1,8}", fullmatch=True)
arrays = st.builds(lambda g, n, part: f"{g}{n}.{part}", groups, st.one_of(st.just(""), st.integers(1, 99).map(str)),
                   st.sampled_from(["W", "b", "W2", "bias"]))
indices = st.lists(st.integers(0, 10_000), min_size=1, max_size=3).map(tuple)


@given(arrays, indices)
def test_format_then_parse_gives_the_same_scalar(name, index):
    ref = ScalarRef(name, index)
    text = str(ref)
    assert text == ref.flat == ref.format() == f"{name}[{','.join(map(str, index))}]"
    assert ScalarRef.parse(text) == ref


@given(arrays, indices)
def test_parse_then_format_gives_the_same_text(name, index):
    text = f"{name}[{','.join(map(str, index))}]"
    assert str(ScalarRef.parse(text)) == text


@pytest.mark.parametrize("junk", ["", "dense1.W", "dense1.W[]", "dense1.W[0,]", "dense1.W[-1]", "dense1.W[0, 1]",
                                  "dense1[0]", ".W[0]", "dense1.W[0]x", " dense1.W[0]", "dense1.W[a]", "1dense.W[0]",
                                  "dense1.W[0]\n", "dense1.W[\u0661]", None, 3])
def test_junk_is_not_a_scalar(junk):
    assert ScalarRef.parse(junk) is None


@given(st.text(max_size=20))
def test_parsing_never_raises(text):
    ref = ScalarRef.parse(text)
    assert ref is None or str(ref) == text


def test_the_layer_is_the_number_of_the_group_and_pca_is_layer_one():
    assert ScalarRef.parse("dense2.W[1,3]").layer == 2
    assert ScalarRef.parse("dense12.b[0]").layer == 12
    assert ScalarRef.parse("pca.W[1,0]").layer == 1
    assert ScalarRef.parse("pca.b[1]").group == "pca"
    assert ScalarRef("dense3.W", (0, 0)).group == "dense3"


@pytest.mark.parametrize("shape", [(3,), (2, 3), (4, 1), (1,)])
def test_every_entry_of_an_array_in_c_order(shape):
    refs = list(ScalarRef.every("dense1.W", shape))
    assert [r.index for r in refs] == list(np.ndindex(shape))
    assert ScalarRef.names("dense1.W", shape) == [str(r) for r in refs]
