"""A lesson's texts in another language: the language file ``resources/lessons/<language>/NN-name.md`` (its format
in lesson_file.py's docstring) read, checked against its English file and laid over it. Pure Python, no Qt.

The English file stays the one truth of every number, datum and action; a language file gives title, goal, the same
steps with the same placeholders, what you should see, and text claims in its own words (quoting the same numbers).
A language file that does not fit raises `LessonLanguageError`, which names it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .lesson_file import (
    FENCE,
    MAX_TEXT,
    SOURCE_LANGUAGE,
    SUFFIX,
    Lesson,
    _lines,
    _table,
    _text,
    _toml,
    _Where,
    read_file,
    read_lesson,
)
from .lesson_text import SEE, Claim, LessonBody, LessonError, fill, placeholders
from .session_schema import MAX_TITLE

LANGUAGE_FIELDS = ("title", "goal", "claims")  # all a language file's header holds (claims: text claims only)
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


class LessonLanguageError(LessonError):
    """A lesson's language file cannot be laid over its English file; `file` names it ("de/02-learning-rate.md"),
    and the message starts with it."""

    def __init__(self, message: str, file: str, line: int = 0, field: str = "") -> None:
        super().__init__(message, line, field)
        self.file = file
        self.args = (f"{file}: {self.args[0]}",)


def read_lesson_in(path: str | Path, views: Collection[str], language: str = SOURCE_LANGUAGE) -> Lesson:
    """The lesson file at `path` (lesson_file.read_lesson) with its texts in `language` ("de") where it has a
    language file (`language_path`); the English lesson without one, or for English."""
    path = Path(path)
    lesson = read_lesson(path, views)
    if language == SOURCE_LANGUAGE or not language:
        return lesson
    if not _LANGUAGE.match(language):
        raise LessonError(f"the language {language!r} is not a language code such as 'de'")
    texts = language_path(path, language)
    if not texts.is_file():
        return lesson
    name = f"{language}/{texts.name}"
    try:
        raw = read_file(texts)
    except LessonError as error:
        raise LessonLanguageError(error.reason, name) from None
    return parse_language_file(raw, lesson, language, name)


def language_path(path: str | Path, language: str) -> Path:
    """Where the texts of lesson file `path` in `language` are: "lessons/02-learning-rate.md", "de" ->
    "lessons/de/02-learning-rate.md" (it may not exist)."""
    path = Path(path)
    return path.parent / language / path.name


def parse_language_file(raw: bytes, english: Lesson, language: str, name: str = "") -> Lesson:
    """`english` with the texts of the language file in `raw` (named `name` in messages) laid over it; a
    `LessonLanguageError` if the file holds more than texts, or its steps or placeholders differ from the English
    ones."""
    name = name or f"{language}/{english.id}{SUFFIX}"
    try:
        return _language_texts(raw, english, language, name)
    except LessonLanguageError:
        raise
    except LessonError as error:
        raise LessonLanguageError(error.reason, name, error.line, error.field) from None


def _language_texts(raw: bytes, english: Lesson, language: str, name: str) -> Lesson:
    lines = _lines(raw)
    if not lines or lines[0].strip() != FENCE:
        raise LessonError(f"a language file starts with a line '{FENCE}', then its header (title, goal)", 1)
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FENCE), None)
    if end is None:
        raise LessonError(f"the header has no closing line '{FENCE}'", len(lines))
    header = _toml(lines[1:end])
    where = _Where(lines, end)
    for key in header:
        if key not in LANGUAGE_FIELDS:
            raise where.error(f"a language file holds only the texts ({', '.join(LANGUAGE_FIELDS)} and the steps); "
                              f"{key!r} stays in the English file {english.id}{SUFFIX}", "", key)
    title = _text(header, "title", where, MAX_TITLE)
    goal = _text(header, "goal", where, MAX_TEXT)
    claims = _language_claims(_table(header, "claims", where, required=False), english, where)
    body = LessonBody(lines, end + 1)
    if len(body.steps) != len(english.steps):
        number = body.steps[-1][0] if body.steps else len(lines)
        raise LessonError(f"{len(body.steps)} steps where the English file has {len(english.steps)}; a language file "
                          "has the same steps in the same order", number, "steps")
    texts = [(number, f"steps[{i}]", step, english.steps[i - 1])
             for i, (number, step) in enumerate(body.steps, start=1)]
    if bool(body.see[1]) != bool(english.see):
        has = "has" if english.see else "has no"
        raise LessonError(f"the English file {has} a '{SEE}' section; a language file has the same sections",
                          body.see[0] or len(lines), "what_you_should_see")
    if body.see[1]:
        texts.append((body.see[0], "what_you_should_see", body.see[1], english.see))
    for number, field, text, source in texts:
        try:
            wanted = placeholders(text)
        except ValueError as error:
            raise LessonError(f"{error}; write {{{{ and }}}} for a literal brace", number, field) from None
        english_ones = placeholders(source)
        if sorted(wanted) != sorted(english_ones):
            extra, missing = Counter(wanted) - Counter(english_ones), Counter(english_ones) - Counter(wanted)
            raise LessonError(f"the placeholders differ from the English text's: {_names(list(extra.elements()))} "
                              f"here, {_names(list(missing.elements()))} there; keep each placeholder as the English "
                              "text has it", number, field)
        for placeholder, spec in wanted:
            try:
                format(claims[placeholder], spec)
            except (ValueError, TypeError) as error:
                raise LessonError(f"the placeholder {{{placeholder}:{spec}}} cannot format "
                                  f"{claims[placeholder]!r}: {error}", number, field) from None
        if len(fill(text, claims)) > MAX_TEXT:
            raise LessonError(f"the text is longer than {MAX_TEXT} characters", number, field)
    return replace(english, title=title, goal=goal, steps=tuple(step for _number, step in body.steps),
                   see=body.see[1], language=language, claims=MappingProxyType(claims))


def number_digits(text: str) -> list[str]:
    """The numbers a text quotes, however its language writes their separators: "6.98 billion" and "6,98 Milliarden"
    both quote ["698"]; "2-4-2-1" quotes ["1", "2", "2", "4"] (sorted)."""
    return sorted(re.findall(r"\d+", re.sub(r"(?<=\d)[.,\u202f\u00a0](?=\d)", "", text)))


def _language_claims(table: dict[str, Any], english: Lesson, where: _Where) -> dict[str, Claim]:
    """The English claims with the language file's text claims laid over them; a LessonError for a claim the English
    file does not have, a number, or a text that quotes other numbers than the English one."""
    claims = dict(english.claims)
    for key, value in table.items():
        source = english.claims.get(key)
        if source is None:
            raise where.error(f"the English file {english.id}{SUFFIX} has no claim {key!r}; a language file gives "
                              "only the English file's text claims in its language", "claims", key)
        if not isinstance(source, str):
            raise where.error(f"the claim {key!r} is a number: numbers stay the English file's (they are written "
                              "with the language's decimal sign)", "claims", key)
        if not isinstance(value, str) or not value.strip():
            raise where.error(f"the claim {key!r} must be a text in quotes; found {value!r}", "claims", key)
        if len(value) > MAX_TEXT:
            raise where.error(f"the claim {key!r} has {len(value)} characters; at most {MAX_TEXT}", "claims", key)
        if number_digits(value) != number_digits(source):
            raise where.error(f"the claim {key!r} quotes other numbers than the English {source!r}; a language "
                              "writes the same numbers in its own words", "claims", key)
        claims[key] = value
    return claims


def _names(found: list[tuple[str, str]]) -> str:
    return ", ".join(f"{{{n}:{s}}}" if s else f"{{{n}}}" for n, s in sorted(found)) or "(none)"
