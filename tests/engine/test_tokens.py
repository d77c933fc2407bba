"""GPT-2 tokens from the shipped vocabulary: known ids, offsets, bytes, limits, and no network."""

from __future__ import annotations

import base64
import itertools
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from gradientdesk.engine import tokens
from gradientdesk.engine.tokens import Token, encode

REPO = Path(__file__).resolve().parents[2]
TOKENIZER_DIR = REPO / "resources" / "tokenizer"

# GPT-2's ids as OpenAI's reference tokenizer gives them (tiktoken's "gpt2" encoding, encode_ordinary); the first two
# and the fox are the widely quoted ones, the rest were checked against tiktoken 0.14.0 built from the shipped file
KNOWN_IDS = {
    "Hello world": [15496, 995],
    " the": [262],
    "The quick brown fox jumps over the lazy dog.": [464, 2068, 7586, 21831, 18045, 625, 262, 16931, 3290, 13],
    "I'm learning how GPT-2 tokenizes text: 12345 tokens!": [
        40, 1101, 4673, 703, 402, 11571, 12, 17, 11241, 4340, 2420, 25, 17031, 2231, 16326, 0,
    ],
    "  multiple   spaces\n\nand newlines\t": [220, 3294, 220, 220, 9029, 198, 198, 392, 649, 6615, 197],
    "naïve café 🙂": [2616, 38776, 40304, 32485],
    "Schrödinger's cat — 日本語のテキスト": [
        14874, 81, 9101, 67, 3889, 338, 3797, 851, 10545, 245, 98, 17312, 105, 45739, 252, 5641, 24336, 25084, 43302,
    ],
    # typed by a person, <|endoftext|> is plain text, never the control token 50256
    "<|endoftext|>": [27, 91, 437, 1659, 5239, 91, 29],
}


@pytest.mark.parametrize("text", list(KNOWN_IDS))
def test_known_gpt2_ids(text):
    assert [t.id for t in encode(text)] == KNOWN_IDS[text]


def test_the_vocabulary_is_gpt2s():
    assert tokens.VOCABULARY_SIZE == 50257
    assert tokens.VOCABULARY_NAME == "GPT-2 byte-pair encoding (50,257 tokens)"
    assert tokens.token_bytes(15496) == b"Hello"
    assert tokens.token_bytes(262) == b" the"
    assert tokens.token_bytes(50255) == b" gazed"  # the last merge
    assert tokens.token_bytes(tokens.END_OF_TEXT_ID) == b"<|endoftext|>"
    for bad in (-1, 50257, 10**9):
        with pytest.raises(ValueError, match="not in the vocabulary"):
            tokens.token_bytes(bad)


def test_token_fields_as_shown():
    assert encode("Hello world") == [Token(15496, "Hello", 0, 5), Token(995, " world", 5, 11)]
    assert encode("") == []
    # a character split across tokens: its bytes escaped, and it lies within the span of each of them
    assert encode("🙂") == [Token(8582, "\\xf0\\x9f", 0, 1), Token(25081, "\\x99\\x82", 0, 1)]


SAMPLES = [*KNOWN_IDS, "🙂🙂 x", " 日本語", "ﬁ² ½ Ⅻ e\u0301 a\u200bb", "tab\there\r\nline", "'s 'll 'VE"]


@pytest.mark.parametrize("text", SAMPLES)
def test_offsets_cover_the_text_and_bytes_round_trip(text):
    found = encode(text)
    assert found[0].start == 0 and found[-1].end == len(text)
    for before, after in itertools.pairwise(found):
        assert after.start in (before.end, before.end - 1)  # back by one only inside a character split in bytes
        assert after.start >= before.start and after.end >= before.end
    for token in found:
        assert 0 <= token.start < token.end <= len(text)
        piece = tokens.token_bytes(token.id)
        assert token.text == piece.decode("utf-8", errors="backslashreplace")
        if token.text == piece.decode("utf-8", errors="replace"):  # whole characters: the span is exactly them
            assert text[token.start : token.end] == token.text
        else:
            assert piece in text[token.start : token.end].encode("utf-8")
    assert b"".join(tokens.token_bytes(t.id) for t in found) == text.encode("utf-8")
    assert tokens.decode([t.id for t in found]) == text


def test_random_text_round_trips():
    rng = random.Random(13)
    pool = list("abcXYZ019 '.,!?-\n\t") + list("éïßø日本語한🙂🚀👍🏽ﬁ²\u0301")
    for _ in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        found = encode(text)
        assert b"".join(tokens.token_bytes(t.id) for t in found) == text.encode("utf-8")
        assert found[0].start == 0 and found[-1].end == len(text)


def test_lone_surrogates_are_read_as_replacement_characters_keeping_offsets():
    found = encode("a\ud83d b")
    assert found[-1].end == 4
    assert tokens.decode([t.id for t in found]) == "a\ufffd b"


def test_too_long_text_is_refused_with_a_clear_message():
    assert len(encode("a" * tokens.MAX_CHARACTERS)) > 0
    with pytest.raises(ValueError, match=r"10,001 characters long; at most 10,000"):
        encode("a" * 10_001)
    with pytest.raises(TypeError, match="str"):
        encode(b"bytes")  # type: ignore[arg-type]


def test_a_long_word_merges_quickly():
    # one 10,000-byte "word": the merge is a heap, not a rescan per merge
    assert [t.id for t in encode("a" * 10_000)] == [24794] * 2500  # "aaaa"


def test_the_vocabulary_ships_with_its_licence_and_source():
    assert (TOKENIZER_DIR / "gpt2.tiktoken").is_file()
    assert "MIT License" in (TOKENIZER_DIR / "LICENSE").read_text(encoding="utf-8")
    readme = (TOKENIZER_DIR / "README.md").read_text(encoding="utf-8")
    assert "https://github.com/openai/whisper" in readme and "20250625" in readme and "MIT" in readme
    assert tokens.RANKS_SHA256 in readme


_OFFLINE = """
import json, socket
def refuse(*args, **kwargs):
    raise OSError("networking is unavailable in this test")
socket.socket = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from gradientdesk.engine import tokens
print(json.dumps([t.id for t in tokens.encode("Hello world")]))
"""


def test_encode_works_without_a_network_in_a_fresh_interpreter():
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", _OFFLINE], env=env, capture_output=True, text=True, timeout=120, check=True, cwd=REPO
    )
    assert json.loads(result.stdout) == [15496, 995]


def test_equal_to_tiktoken_on_the_same_file():
    """Where OpenAI's tiktoken is installed (it is not a dependency), it agrees with this code token for token."""
    tiktoken = pytest.importorskip("tiktoken")
    lines = (TOKENIZER_DIR / "gpt2.tiktoken").read_bytes().splitlines()
    ranks = {base64.b64decode(word): int(rank) for word, rank in (line.split() for line in lines if line)}
    reference = tiktoken.Encoding(name="gpt2-local", pat_str=tokens.WORD_PATTERN.pattern, mergeable_ranks=ranks,
                                  special_tokens={tokens.END_OF_TEXT: tokens.END_OF_TEXT_ID})
    rng = random.Random(7)
    pool = list("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789'.,!?-\n\t")
    pool += list("éïüßçø日本語한국어🙂🚀👍🏽ﬁ²½Ⅻ\u0301\u200b")
    texts = [*SAMPLES, "a" * 10_000, "🙂" * 2_500]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    for text in texts:
        assert [t.id for t in encode(text)] == reference.encode_ordinary(text), text[:60]
