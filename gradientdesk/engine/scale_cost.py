"""What a model costs, and its numbers written for reading (pure; no Qt). Every count is an exact Python int.

Memory: a parameter stored in b bits takes b / 8 bytes (fp32 4, fp16 2, int8 1, int4 one half); training with Adam in
mixed precision takes about 16 bytes a parameter (Rajbhandari et al. 2020, "ZeRO: Memory Optimizations Toward
Training Trillion Parameter Models", section 3.1: fp16 weights 2 + fp16 gradients 2 + fp32 copy of the weights 4 +
Adam's momentum 4 + variance 4), activations not included.
Compute: training takes about 6 floating-point operations per parameter per token (2 forward, 4 backward), inference
about 2 per parameter per token (Kaplan et al. 2020, "Scaling Laws for Neural Language Models", section 2.1:
C = 6 N D); a compute-optimal model sees about 20 tokens per parameter (Hoffmann et al. 2022, "Training
Compute-Optimal Large Language Models", the Chinchilla study, table 3).
Words: decimal units throughout (1 kB = 1,000 bytes, 1 GB = 10^9 bytes), three significant figures.
"""

from __future__ import annotations

from decimal import Decimal

PRECISIONS = {"fp32": 32, "fp16": 16, "int8": 8, "int4": 4}  # bits per parameter
ADAM_MIXED_PRECISION_BYTES = 16  # per parameter (ZeRO, section 3.1)
TRAINING_FLOPS_PER_PARAMETER = 6  # per token (Kaplan et al. 2020)
INFERENCE_FLOPS_PER_PARAMETER = 2  # per token (Kaplan et al. 2020)
CHINCHILLA_TOKENS_PER_PARAMETER = 20  # (Hoffmann et al. 2022)
# short-scale names, each 1,000 times the one before; past the last, the count of the last is grouped
WORDS = ("thousand", "million", "billion", "trillion", "quadrillion", "quintillion", "sextillion", "septillion",
         "octillion", "nonillion", "decillion")
BYTE_UNITS = ("kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")


def _count(n: int, what: str) -> int:
    """n as a non-negative int, or ValueError naming what it is (a float would round the count)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValueError(f"{what} must be a whole number of at least 0, not {n!r}")
    return n


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


def grouped(n: int) -> str:
    """Digits grouped by thousands: 124439808 -> "124,439,808"."""
    return f"{_count(n, 'the number'):,}"


def _three_figures(n: int) -> int:
    """n rounded to three significant figures, half up, in integers (no float rounds it twice)."""
    digits = len(str(n))
    if digits <= 3:
        return n
    unit = 10 ** (digits - 3)
    return (n + unit // 2) // unit * unit


def _decimal(n: int, scale: int) -> str:
    """n / scale written without trailing zeros: 1560 / 1000 -> "1.56", 175000 / 1000 -> "175"."""
    text = format(Decimal(n) / Decimal(scale), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _scaled(n: int, names: tuple[str, ...]) -> tuple[str, str]:
    """n to three figures as (number, unit name), the unit the largest of 1000^k (k >= 1) not above it; ("n", "")
    below 1000."""
    rounded = _three_figures(n)  # rounding first, so that 999,999 is "1 million", not "1,000 thousand"
    power = min((len(str(rounded)) - 1) // 3, len(names))
    if power == 0:
        return str(n), ""
    number = _decimal(rounded, 1000**power)
    if "." not in number and len(number) > 3:  # past the last name: group its count
        number = f"{int(number):,}"
    return number, names[power - 1]


def in_words(n: int) -> str:
    """A count in words to three significant figures: "124 million", "1.56 billion", "61.7 thousand", "25"."""
    number, name = _scaled(_count(n, "the number"), WORDS)
    return f"{number} {name}" if name else number


def bytes_text(n: int) -> str:
    """Bytes in decimal units (1 kB = 1,000 bytes, 1 MB = 10^6, 1 GB = 10^9) to three figures: "498 MB", "1.5 GB"."""
    number, unit = _scaled(_count(n, "bytes"), BYTE_UNITS)
    return f"{number} {unit}" if unit else f"{number} bytes"


def scientific(n: int) -> str:
    """n to three significant figures as mantissa e exponent: 314626066790400000000000 -> "3.15e23"."""
    rounded = _three_figures(_count(n, "the number"))
    if rounded < 1000:
        return str(rounded)
    exponent = len(str(rounded)) - 1
    return f"{_decimal(rounded, 10**exponent)}e{exponent}"


def flops_text(n: int) -> str:
    """Floating-point operations in scientific notation and in words: "3.14e23 FLOP (314 sextillion)"."""
    words = in_words(n)
    return f"{scientific(n)} FLOP" + (f" ({words})" if n >= 1000 else "")
