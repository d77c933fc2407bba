"""What a token is: a sentence split by GPT-2's byte-pair encoding (BPE), offline, each piece with its id (pure; no Qt).

A language model never sees letters. Its text is first turned into UTF-8 bytes, cut into words by a pattern (GPT-2's:
contractions, letters with one leading space, digits, other symbols, whitespace), and each word is merged from single
bytes into ever longer known pieces, always merging the adjacent pair whose joined bytes come first in the vocabulary's
ranking, until no adjacent pair is known. Every final piece is a token; its rank is its id, the row of the embedding
table (vocabulary x width) the model looks up. GPT-2 knows 50,256 such byte sequences plus ``<|endoftext|>``.

The vocabulary ships with the app: ``resources/tokenizer/gpt2.tiktoken`` (MIT, from OpenAI's ``openai-whisper``
20250625; README and LICENSE beside it; found by ``gradientdesk.resource_paths``), checked against its SHA-256 when
loaded. Nothing is downloaded, ever.

Why this code and the ``regex`` package, not ``tiktoken``: ``regex`` (maintained since 2010, releases every few
months, one small wheel with no dependencies and no network code) is needed only for GPT-2's word pattern, whose
``\\p{L}`` / ``\\p{N}`` classes the standard ``re`` cannot express exactly. ``tiktoken`` (OpenAI's, maintained) would
also run offline when built from this file, but it brings ``requests`` and four more packages with it, and its
``get_encoding`` fetches vocabularies from the internet: a download path the app would ship and must never take. The
merge itself is the few lines below (a heap, so even a 10,000-byte word takes milliseconds); the tests pin GPT-2's
known ids and, where ``tiktoken`` is installed, compare with it on the same file.

Decisions:

- ``<|endoftext|>`` typed by the learner is plain text (7 tokens: ``<``, ``|``, ``end``, ``of``, ``text``, ``|``,
  ``>``), as in ``tiktoken``'s ``encode_ordinary``: what someone types is never a control token. Its id 50256 is
  ``END_OF_TEXT_ID``.
- ``Token.text`` is the token's bytes decoded as UTF-8, a leading space kept as is. Bytes that are only part of a
  character (an emoji or an accented letter split across tokens) are shown escaped, e.g. ``"\\xf0\\x9f"``, so the
  learner sees that tokens are bytes, not letters; ``token_bytes(id)`` gives the exact bytes.
- ``start`` / ``end`` are character offsets into the text as given (``text[start:end]``). A character whose bytes are
  split across tokens lies within the span of each of them, so such neighbours overlap by that one character;
  otherwise the spans tile the text exactly.
- Lone surrogate code points (not valid text; they cannot become UTF-8) are read as U+FFFD, one for one, so the
  offsets still match the input.
- At most ``MAX_CHARACTERS`` (10,000) characters at once: longer text raises ValueError saying so.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import heapq
import itertools
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..resource_paths import resource_path
from .translatable import QT_TRANSLATE_NOOP, Message, MessageError

VOCABULARY_SIZE: int = 50257
VOCABULARY_NAME: str = "GPT-2 byte-pair encoding (50,257 tokens)"
END_OF_TEXT = "<|endoftext|>"
END_OF_TEXT_ID = 50256
MAX_CHARACTERS = 10_000

RANKS_FILE = ("tokenizer", "gpt2.tiktoken")  # inside the resources folder (resource_paths.resource_path)
RANKS_SHA256 = "306cd27f03c1a714eca7108e03d66b7dc042abe8c258b44c199a7ed9838dd930"
# GPT-2's word pattern, as tiktoken writes it for "gpt2" (equal to the one in OpenAI's gpt-2 encoder.py)
WORD_PATTERN = regex.compile(r"""'(?:[sdmt]|ll|ve|re)| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Token:
    """One token: its id (the embedding row it selects), its text as shown, and where it sits in the input."""

    id: int
    text: str  # the token's bytes as UTF-8, partial characters escaped ("\\xe2"); see the module's decisions
    start: int  # character offsets into the input: text[start:end]
    end: int


class _Vocabulary(NamedTuple):
    ranks: dict[bytes, int]  # byte sequence -> id
    pieces: tuple[bytes, ...]  # id -> byte sequence (without <|endoftext|>)


@functools.cache
def _vocabulary() -> _Vocabulary:
    """The shipped GPT-2 ranks, read once (about 50 ms) and checked."""
    path = resource_path(*RANKS_FILE)
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != RANKS_SHA256:
        raise RuntimeError(f"the GPT-2 vocabulary file {'/'.join(RANKS_FILE)} is damaged (its SHA-256 differs)")
    ranks: dict[bytes, int] = {}
    for line in data.splitlines():
        if line:
            encoded, rank = line.split()
            ranks[base64.b64decode(encoded)] = int(rank)
    pieces = tuple(sorted(ranks, key=ranks.__getitem__))
    if len(ranks) != END_OF_TEXT_ID or [ranks[p] for p in pieces] != list(range(END_OF_TEXT_ID)):
        raise RuntimeError(f"the GPT-2 vocabulary file {'/'.join(RANKS_FILE)} does not hold ranks 0..50255")
    return _Vocabulary(ranks, pieces)


def _merge(word: bytes, ranks: dict[bytes, int]) -> list[int]:
    """The byte offsets where `word`'s tokens start (plus len(word) at the end), by byte-pair merging: repeatedly join
    the adjacent pair whose joined bytes have the lowest rank (the leftmost of equals) until no pair is known."""
    n = len(word)
    following = list(range(1, n + 1))  # following[i]: where the part starting at byte i ends
    preceding = list(range(-1, n - 1))  # preceding[i]: where the part before it starts
    alive = [True] * n  # a part starts at byte i
    heap = [(rank, i) for i in range(n - 1) if (rank := ranks.get(word[i : i + 2])) is not None]
    heapq.heapify(heap)
    while heap:
        rank, i = heapq.heappop(heap)
        if not alive[i] or (j := following[i]) >= n:
            continue
        end = following[j]
        if ranks.get(word[i:end]) != rank:
            continue  # pushed before one of its parts changed; the current pair has its own entry
        alive[j] = False
        following[i] = end
        if end < n:
            preceding[end] = i
            if (right := ranks.get(word[i : following[end]])) is not None:
                heapq.heappush(heap, (right, i))
        if (before := preceding[i]) >= 0 and (left := ranks.get(word[before:end])) is not None:
            heapq.heappush(heap, (left, before))
    return [i for i in range(n) if alive[i]] + [n]


@functools.lru_cache(maxsize=8192)
def _encode_word(word: bytes) -> tuple[tuple[int, int, int], ...]:
    """(id, first byte, end byte) of each token of one word of the pattern."""
    ranks = _vocabulary().ranks
    if word in ranks:  # a known word is one token, without merging (as tiktoken does)
        return ((ranks[word], 0, len(word)),)
    cuts = _merge(word, ranks)
    return tuple((ranks[word[a:b]], a, b) for a, b in itertools.pairwise(cuts))


def _utf8_length(character: str) -> int:
    code = ord(character)
    return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4


def encode(text: str) -> list[Token]:
    """`text` split into GPT-2 tokens, in order, each with its id, text and character span. Empty text gives []."""
    if not isinstance(text, str):
        raise TypeError(f"encode() takes text (str), not {type(text).__name__}")
    if len(text) > MAX_CHARACTERS:
        raise MessageError(Message("Tokens", QT_TRANSLATE_NOOP(
            "Tokens", "the text is %1 characters long; at most %2 can be split into tokens at once"),
            f"{len(text):,}", f"{MAX_CHARACTERS:,}"))
    text = _SURROGATE.sub("\ufffd", text)
    tokens: list[Token] = []
    for match in WORD_PATTERN.finditer(text):
        word_text = match.group()
        word = word_text.encode("utf-8")
        first = match.start()
        if len(word) == len(word_text):  # ASCII: one byte per character
            tokens += [Token(i, _shown(word[a:b]), first + a, first + b) for i, a, b in _encode_word(word)]
            continue
        char_starts = [0]  # byte offset where each character of the word starts
        for character in word_text:
            char_starts.append(char_starts[-1] + _utf8_length(character))
        for i, a, b in _encode_word(word):
            start = first + bisect_right(char_starts, a) - 1  # the character holding the token's first byte
            end = first + bisect_right(char_starts, b - 1)  # just after the one holding its last byte
            tokens.append(Token(i, _shown(word[a:b]), start, end))
    return tokens


def _shown(piece: bytes) -> str:
    return piece.decode("utf-8", errors="backslashreplace")


def token_bytes(token_id: int) -> bytes:
    """The exact bytes of one token (``<|endoftext|>`` for id 50256); ValueError for an id outside the vocabulary."""
    if token_id == END_OF_TEXT_ID:
        return END_OF_TEXT.encode("ascii")
    pieces = _vocabulary().pieces
    if not isinstance(token_id, int) or not 0 <= token_id < len(pieces):
        raise ValueError(f"token id {token_id!r} is not in the vocabulary (0 to {VOCABULARY_SIZE - 1:,})")
    return pieces[token_id]


def decode(ids: list[int]) -> str:
    """The text of a sequence of token ids (bytes joined, then read as UTF-8; broken characters become U+FFFD)."""
    return b"".join(token_bytes(i) for i in ids).decode("utf-8", errors="replace")
