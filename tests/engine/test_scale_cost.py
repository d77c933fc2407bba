"""What a model costs, on GPT-2 small and GPT-3, and its numbers in words: exact ints, three figures."""

from __future__ import annotations

import pytest

from gradientdesk.engine.number_text import bytes_text, flops_text, grouped, in_words, scientific
from gradientdesk.engine.scale_cost import (
    PRECISIONS,
    adam_mixed_precision_bytes,
    chinchilla_tokens,
    inference_flops_per_token,
    run_flops,
    training_flops,
    weight_bytes,
)

GPT2 = 124_439_808
GPT3 = 174_604_259_328


def test_memory_of_gpt2_small():
    assert PRECISIONS == {"fp32": 32, "fp16": 16, "int8": 8, "int4": 4}
    assert weight_bytes(GPT2, "fp32") == 497_759_232
    assert weight_bytes(GPT2, "fp16") == 248_879_616
    assert weight_bytes(GPT2, "int8") == GPT2
    assert weight_bytes(GPT2, "int4") == GPT2 // 2
    assert weight_bytes(3, "int4") == 2  # half a byte rounds up
    assert adam_mixed_precision_bytes(GPT2) == 16 * GPT2 == 1_991_036_928
    assert bytes_text(weight_bytes(GPT2, "fp32")) == "498 MB"
    assert bytes_text(adam_mixed_precision_bytes(GPT2)) == "1.99 GB"
    with pytest.raises(ValueError, match="precision"):
        weight_bytes(GPT2, "fp8")


def test_compute():
    assert training_flops(GPT3, 300 * 10**9) == 6 * GPT3 * 300 * 10**9
    assert flops_text(training_flops(GPT3, 300 * 10**9)) == "3.14e23 FLOP (314 sextillion)"
    assert inference_flops_per_token(GPT2) == 248_879_616
    assert chinchilla_tokens(GPT2) == 2_488_796_160
    assert run_flops(25, 150 * 1_000) == 22_500_000  # the app's 2-4-2-1 network, 150 points, 1,000 epochs
    assert flops_text(600) == "600 FLOP"
    for value in (training_flops(GPT3, 300 * 10**9), chinchilla_tokens(GPT3), weight_bytes(GPT3, "int4")):
        assert type(value) is int


@pytest.mark.parametrize("bad", [-1, 1.5, True, "12"])
def test_a_count_that_is_not_a_whole_number_is_refused(bad):
    for function in (adam_mixed_precision_bytes, inference_flops_per_token, chinchilla_tokens, grouped, in_words):
        with pytest.raises(ValueError):
            function(bad)
    with pytest.raises(ValueError, match="tokens"):
        training_flops(GPT2, bad)


def test_numbers_for_reading():
    assert grouped(GPT2) == "124,439,808"
    assert grouped(0) == "0" and grouped(999) == "999" and grouped(1000) == "1,000"
    words = {0: "0", 25: "25", 999: "999", 1_000: "1 thousand", 61_706: "61.7 thousand",
             25_557_032: "25.6 million", GPT2: "124 million", 1_557_611_200: "1.56 billion",
             GPT3: "175 billion", 999_499: "999 thousand", 999_500: "1 million", 15 * 10**12: "15 trillion",
             10**36: "1,000 decillion"}
    for n, expected in words.items():
        assert in_words(n) == expected, n
    assert bytes_text(12) == "12 bytes" and bytes_text(1_000) == "1 kB"
    assert bytes_text(1_500_000_000) == "1.5 GB" and bytes_text(weight_bytes(175 * 10**9, "fp32")) == "700 GB"
    assert scientific(315 * 10**21) == "3.15e23" and scientific(10**24) == "1e24" and scientific(42) == "42"
