"""What a model costs (pure; no Qt). Every count is an exact Python int; number_text.py writes them for reading.

Memory: a parameter stored in b bits takes b / 8 bytes (fp32 4, fp16 2, int8 1, int4 one half); training with Adam in
mixed precision takes about 16 bytes a parameter (Rajbhandari et al. 2020, "ZeRO: Memory Optimizations Toward
Training Trillion Parameter Models", section 3.1: fp16 weights 2 + fp16 gradients 2 + fp32 copy of the weights 4 +
Adam's momentum 4 + variance 4), activations not included.
Compute: training takes about 6 floating-point operations per parameter per token (2 forward, 4 backward), inference
about 2 per parameter per token (Kaplan et al. 2020, "Scaling Laws for Neural Language Models", section 2.1:
C = 6 N D); a compute-optimal model sees about 20 tokens per parameter (Hoffmann et al. 2022, "Training
Compute-Optimal Large Language Models", the Chinchilla study, table 3).
"""

from __future__ import annotations

from .number_text import whole as _count

PRECISIONS = {"fp32": 32, "fp16": 16, "int8": 8, "int4": 4}  # bits per parameter
ADAM_MIXED_PRECISION_BYTES = 16  # per parameter (ZeRO, section 3.1)
TRAINING_FLOPS_PER_PARAMETER = 6  # per token (Kaplan et al. 2020)
INFERENCE_FLOPS_PER_PARAMETER = 2  # per token (Kaplan et al. 2020)
CHINCHILLA_TOKENS_PER_PARAMETER = 20  # (Hoffmann et al. 2022)


def weight_bytes(params: int, precision: str) -> int:
    """Bytes to hold params parameters at a precision: ceil(params x bits / 8) (int4 packs two to a byte)."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision is one of {', '.join(PRECISIONS)}, not {precision!r}")
    return -(-_count(params, "parameters") * PRECISIONS[precision] // 8)


def adam_mixed_precision_bytes(params: int) -> int:
    """Bytes to train with Adam in mixed precision: 16 x params (weights, gradients, Adam state; ZeRO)."""
    return ADAM_MIXED_PRECISION_BYTES * _count(params, "parameters")


def training_flops(params: int, tokens: int) -> int:
    """Floating-point operations to train: 6 x params x tokens (Kaplan et al. 2020, C = 6ND)."""
    return TRAINING_FLOPS_PER_PARAMETER * _count(params, "parameters") * _count(tokens, "tokens")


def inference_flops_per_token(params: int) -> int:
    """Floating-point operations to read or write one token: 2 x params (one multiply and one add per weight)."""
    return INFERENCE_FLOPS_PER_PARAMETER * _count(params, "parameters")


def chinchilla_tokens(params: int) -> int:
    """Tokens a compute-optimal model trains on: 20 x params (Hoffmann et al. 2022)."""
    return CHINCHILLA_TOKENS_PER_PARAMETER * _count(params, "parameters")


def run_flops(params: int, examples_seen: int) -> int:
    """Floating-point operations of the learner's own run: 6 x params x examples seen (epochs x training points),
    each example a forward and a backward pass, as a token is for a language model."""
    return TRAINING_FLOPS_PER_PARAMETER * _count(params, "parameters") * _count(examples_seen, "examples seen")
