"""Lesson files: Markdown with a TOML header, read once into a typed `Lesson` (pure Python, no Qt).

A lesson is one hand-written file, ``resources/lessons/NN-name.md``; its file name without ``.md`` is its identity
(``"02-learning-rate"``): the menu, the start page, Previous / Next and links find lessons by it, never by title::

    +++
    title = "Learning rate"
    goal = "See what the step size does: ..."
    speed = 30                  # steps per second the lesson is made for (a number, 0 < speed <= 1000)
    view = "landscape"          # optional: the stage view to show (a --view name)
    [data]
    preset = "line"             # a preset name; with csv = "NN-name.csv" the points come from that file beside
    n = 40                      #   the lesson instead, and the preset, n, noise, seed and test fraction are what
    noise = 0.5                 #   the data panel shows (noise optional: the preset's default)
    seed = 3
    test_fraction = 0.0
    decimals = 3                # optional: coordinates and targets rounded to this many decimals
    [hyperparameters]           # overrides of the defaults, by Hyperparameters field name
    model = "linear"
    learning_rate = 0.001
    [claims]                    # named measurements the text quotes; tests/lessons re-measures every one
    "fit.w" = 0.6012
    [steps.2]                   # optional: what the Lesson panel's "Next step" does on reaching step 2
    view = "landscape"          #   (a stage view; reset = true: Reset after the settings; lesson_steps.py)
    [steps.2.set]               #   hyperparameters to set, by field name
    learning_rate = 0.05
    +++
    ## Steps
    1. Press Play (Space) ... w ≈ {fit.w:.2f} ...
    2. ...  (a step may go on over indented lines)

    ## What you should see
    ...

Placeholders are ``{name}`` or ``{name:spec}`` (a Python format spec) with `name` a claim; ``{{`` and ``}}`` are
literal braces. Every placeholder needs its claim and every claim must be used. Each mistake raises `LessonError`
naming the line and the field ("line 7, field data.preset: unknown preset 'circel'; ..."); nothing is half-read.

**Languages.** The file above is the lesson in English and the one truth of its numbers, data, hyperparameters,
claims and step actions. A language file beside it, ``resources/lessons/<language>/NN-name.md`` (``de/``, ``es/``,
``fr/``), carries only the texts in that language: a header with ``title`` and ``goal``, then the same sections
(their headings stay ``## Steps`` and ``## What you should see``: they are the format's markers, never shown) with
the same number of steps in the same order, each with exactly the placeholders of its English step::

    +++
    title = "Lernrate"
    goal = "..."
    [claims]                    # optional: text claims in this language (numbers stay the English file's)
    "gpt3.times_mine" = "6,98 Milliarden"
    +++
    ## Steps
    1. ... w ≈ {fit.w:.2f} ...

A text claim holds words ("6.98 billion", "2-4-2-1 network: ..."), which a language says its own way: the language
file's ``[claims]`` gives it in that language, under the English claim's name. Only text claims of the English file
may be given so, and each must quote the same numbers as the English text (the digits, however the language writes
their separators): the English file, measured by tests/lessons, stays the one truth of every number.

``lesson_language.read_lesson_in(path, views, "de")`` gives the English lesson with those texts laid over it
(`Lesson.language` says which); that module reads and checks language files.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import tomllib

from ..engine import Hyperparameters
from ..engine.compatibility import why_not
from ..engine.generators import PRESETS
from .lesson_steps import StepAction, parse_actions
from .lesson_text import SEE, STEPS, Claim, LessonBody, LessonError, fill, placeholders
from .session_schema import MAX_LESSON_LIST, MAX_LESSON_TEXT, MAX_TITLE

SUFFIX = ".md"
FENCE = "+++"
SOURCE_LANGUAGE = "en"  # the language of the lesson files themselves
# how a language writes a number's decimal sign and thousands separator (the interface's locale writes them so too);
# a language not listed writes them as English does ("0.05", "5,820")
NUMBER_SIGNS = {"de": (",", "."), "es": (",", "."), "fr": (",", "\u202f")}
MAX_FILE_BYTES = 64 * 1024
MAX_TEXT, MAX_STEPS = MAX_LESSON_TEXT, MAX_LESSON_LIST  # what a session's lesson field holds
MAX_SPEED = 1000.0  # the Speed box's fastest number of steps per second
MAX_POINTS = 100_000
TOP_FIELDS = ("title", "goal", "speed", "view", "data", "hyperparameters", "claims", "steps")
DATA_FIELDS = ("preset", "n", "noise", "seed", "test_fraction", "decimals", "csv", "name")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
_CLAIM = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)*$")

@dataclass(frozen=True)
class LessonData:
    """Where a lesson's points come from: a preset (generated as the data panel would), or `csv`, a file beside the
    lesson (then the preset settings are only what the data panel shows). `decimals` rounds the points."""

    preset: str
    n: int
    noise: float | None
    seed: int
    test_fraction: float
    decimals: int | None = None
    csv: str | None = None
    name: str | None = None  # the dataset's name for CSV data (default: the file's stem)


@dataclass(frozen=True)
class Lesson:
    """One lesson file, checked. `steps` and `see` are the texts with their placeholders; `filled_steps()` and
    `filled_see()` give what the learner reads."""

    id: str
    title: str
    goal: str
    speed: float
    view: str | None
    data: LessonData
    hyperparameters: Hyperparameters
    overrides: tuple[str, ...]  # the hyperparameter fields the file sets, in its order
    claims: Mapping[str, Claim]
    steps: tuple[str, ...]
    see: str
    folder: Path | None = None  # where a CSV beside it is looked for
    # the header's fields by name ("data.csv") -> their line
    lines: Mapping[str, int] = dataclass_field(default_factory=lambda: MappingProxyType({}))
    # what "Next step" does on reaching a step: 1-based step number -> its action (steps without one absent)
    actions: Mapping[int, StepAction] = dataclass_field(default_factory=lambda: MappingProxyType({}))
    language: str = SOURCE_LANGUAGE  # the language of the texts (title, goal, steps, see)

    def error(self, message: str, field: str) -> LessonError:
        """A LessonError about header field `field` ("hyperparameters.model"), at its line if the file has it."""
        return LessonError(message, self.lines.get(field, 0), field)

    def filled_steps(self) -> tuple[str, ...]:
        return tuple(fill_in(step, self.claims, self.language) for step in self.steps)

    def filled_see(self) -> str:
        return fill_in(self.see, self.claims, self.language)

    def text(self) -> dict[str, Any]:
        """The lesson as a session file keeps it (the document's `lesson`: texts only, placeholders filled)."""
        text: dict[str, Any] = {"id": self.id, "title": self.title, "goal": self.goal,
                                "steps": list(self.filled_steps()), "speed": f"{self.speed:g}"}
        if self.see:
            text["what_you_should_see"] = self.filled_see()
        if self.view is not None:
            text["view"] = self.view
        return text


def fill_in(text: str, claims: Mapping[str, Claim], language: str = SOURCE_LANGUAGE) -> str:
    """`text` with its placeholders filled (lesson_text.fill), each number written with the decimal sign and thousands
    separator of `language` ("0,11" and "5.820" in German); a text claim is shown as it is."""
    signs = NUMBER_SIGNS.get(language)
    if signs is None:
        return fill(text, claims)
    swap = str.maketrans({".": signs[0], ",": signs[1]})
    out = []
    for literal, name, spec, _conversion in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            value = claims[name]
            shown = format(value, spec or "")
            out.append(shown if isinstance(value, str) else shown.translate(swap))
    return "".join(out)


# ---- reading -----------------------------------------------------------------------------------------------------
def read_lesson(path: str | Path, views: Collection[str]) -> Lesson:
    """Read and check the lesson file at `path`; `views` are the stage views a lesson may name. Its texts in another
    language: lesson_language.read_lesson_in."""
    path = Path(path)
    return parse_lesson(read_file(path), path.stem, views, path.parent)


def read_file(path: Path) -> bytes:
    """The bytes of a lesson file (or its language file), refused past MAX_FILE_BYTES or when unreadable."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LessonError(f"the file has {size:,} bytes; a lesson has at most {MAX_FILE_BYTES:,}")
        return path.read_bytes()
    except OSError as error:
        raise LessonError(f"cannot read the file: {error.strerror or error}") from None


def _lines(raw: bytes) -> list[str]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        field = _field_at(raw.decode("utf-8", errors="replace").splitlines(), line)
        raise LessonError(f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x}); save it as UTF-8", line,
                          field) from None
    return text.removeprefix("\ufeff").splitlines()


def parse_lesson(raw: bytes, lesson_id: str, views: Collection[str], folder: Path | None = None) -> Lesson:
    """The `Lesson` in the bytes of a lesson file named `lesson_id` + ".md"."""
    if not _ID.match(lesson_id):
        raise LessonError(f"the file name {lesson_id!r} must be lower-case letters, digits, - or _ (e.g. "
                          "'02-learning-rate.md')")
    lines = _lines(raw)
    if not lines or lines[0].strip() != FENCE:
        raise LessonError(f"a lesson file starts with a line '{FENCE}', then its TOML header", 1)
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FENCE), None)
    if end is None:
        raise LessonError(f"the header has no closing line '{FENCE}'", len(lines))
    header = _toml(lines[1:end])
    body = LessonBody(lines, end + 1)
    return _lesson(lesson_id, header, lines, end, body, views, folder)


def _toml(header: list[str]) -> dict[str, Any]:
    try:
        return tomllib.loads("\n".join(header))
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(error))
        line = int(match.group(1)) if match else len(header)  # the header's line (or its last, at its end) ...
        line += 1  # ... in the file, where the header starts on line 2
        raise LessonError(f"not valid TOML: {reason}", line, _field_at([FENCE, *header], line)) from None


def _field_at(lines: list[str], number: int) -> str:
    """The header field (or body section) line `number` belongs to: 'data.preset', 'steps', ..."""
    table, field, in_header, section = "", "", False, ""
    for i, line in enumerate(lines[:number], start=1):
        stripped = line.strip()
        if i == 1 and stripped == FENCE:
            in_header = True
            continue
        if in_header and stripped == FENCE:
            in_header, field = False, ""
            continue
        if in_header:
            if m := re.match(r"^\[\s*([\w.]+)\s*\]", stripped):
                table, field = m.group(1), m.group(1)
            elif m := re.match(r'^"?([\w.-]+)"?\s*=', stripped):
                field = f"{table}.{m.group(1)}" if table else m.group(1)
        elif stripped.startswith("## "):
            section = "steps" if stripped == STEPS else "what_you_should_see" if stripped == SEE else stripped
    return field if in_header else section


class _Where:
    """Line numbers of the header's keys, for messages about their values."""

    def __init__(self, lines: list[str], end: int) -> None:
        self.lines, self.end = lines, end

    def line(self, table: str, key: str = "") -> int:
        """The line of `key` in `table` ("" for the top level), or of the table itself; 1 if it is not written."""
        return self.fields().get(f"{table}.{key}" if table and key else table or key, 1)

    def fields(self) -> dict[str, int]:
        """Every key of the header ("title", "data.preset", ...) and table ("data") with its line."""
        found, table = {}, ""
        for i in range(1, self.end):
            stripped = self.lines[i].strip()
            if m := re.match(r"^\[\s*([\w.]+)\s*\]", stripped):
                table = m.group(1)
                found[table] = i + 1
            elif m := re.match(r'^"?([\w.-]+)"?\s*=', stripped):
                found[f"{table}.{m.group(1)}" if table else m.group(1)] = i + 1
        return found

    def error(self, message: str, table: str, key: str = "") -> LessonError:
        return LessonError(message, self.line(table, key), f"{table}.{key}" if table and key else table or key)


def _lesson(lesson_id: str, header: dict[str, Any], lines: list[str], end: int, body: LessonBody,
            views: Collection[str], folder: Path | None) -> Lesson:
    where = _Where(lines, end)
    for key in header:
        if key not in TOP_FIELDS:
            raise where.error(f"unknown field {key!r}; a lesson's header has {', '.join(TOP_FIELDS)}", "", key)
    title = _text(header, "title", where, MAX_TITLE)
    goal = _text(header, "goal", where, MAX_TEXT)
    speed = header.get("speed")
    if isinstance(speed, bool) or not isinstance(speed, (int, float)) or not 0 < speed <= MAX_SPEED:
        raise where.error(f"speed must be a number of steps per second above 0 and at most {MAX_SPEED:g}; found "
                          f"{speed!r}", "", "speed")
    view = header.get("view")
    if view is not None and (not isinstance(view, str) or view not in views):
        raise where.error(f"unknown view {view!r}; choose from {', '.join(views)}", "", "view")
    data = _data(_table(header, "data", where), where)
    hp, overrides = _hyperparameters(_table(header, "hyperparameters", where, required=False), where)
    if data.csv is None:
        preset = PRESETS[data.preset]
        reason = why_not(hp.model, preset.task, len(preset.class_names))
        if reason:
            raise where.error(reason, "hyperparameters", "model" if "model" in overrides else "")
    claims = _claims(_table(header, "claims", where, required=False), where)
    used: set[str] = set()
    texts = [(number, f"steps[{i}]", step) for i, (number, step) in enumerate(body.steps, start=1)]
    if body.see[1]:
        texts.append((body.see[0], "what_you_should_see", body.see[1]))
    for number, field, text in texts:
        try:
            wanted = placeholders(text)
        except ValueError as error:
            raise LessonError(f"{error}; write {{{{ and }}}} for a literal brace", number, field) from None
        for name, spec in wanted:
            if name not in claims:
                raise LessonError(f"the placeholder {{{name}}} has no claim: add \"{name}\" = ... under [claims]",
                                  number, field)
            try:
                format(claims[name], spec)
            except (ValueError, TypeError) as error:
                raise LessonError(f"the placeholder {{{name}:{spec}}} cannot format {claims[name]!r}: {error}",
                                  number, field) from None
            used.add(name)
        if len(fill(text, claims)) > MAX_TEXT:
            raise LessonError(f"the text is longer than {MAX_TEXT} characters", number, field)
    for name in claims:
        if name not in used:
            raise where.error(f"the claim {name!r} is not used by any placeholder in the text", "claims", name)
    if len(body.steps) > MAX_STEPS:
        raise LessonError(f"{len(body.steps)} steps; a lesson has at most {MAX_STEPS}", body.steps[MAX_STEPS][0],
                          f"steps[{MAX_STEPS + 1}]")
    actions = parse_actions(header.get("steps", {}), len(body.steps), views, hp, where.error)
    return Lesson(lesson_id, title, goal, float(speed), view, data, hp, overrides, MappingProxyType(claims),
                  tuple(step for _number, step in body.steps), body.see[1], folder, MappingProxyType(where.fields()),
                  MappingProxyType(actions))


def _text(header: dict[str, Any], key: str, where: _Where, limit: int) -> str:
    value = header.get(key)
    if not isinstance(value, str) or not value.strip():
        raise where.error(f"{key} must be a text in quotes; found {value!r}", "", key)
    if len(value) > limit:
        raise where.error(f"{key} has {len(value)} characters; at most {limit}", "", key)
    return value


def _table(header: dict[str, Any], key: str, where: _Where, required: bool = True) -> dict[str, Any]:
    value = header.get(key, None if required else {})
    if not isinstance(value, dict):
        raise LessonError(f"the header needs a table [{key}]" if value is None else f"{key} must be a table [{key}]",
                          where.line("", key) if value is not None else where.end + 1, key)
    return value


def _data(table: dict[str, Any], where: _Where) -> LessonData:
    for key in table:
        if key not in DATA_FIELDS:
            raise where.error(f"unknown field {key!r}; [data] has {', '.join(DATA_FIELDS)}", "data", key)
    preset = table.get("preset")
    if not isinstance(preset, str) or preset not in PRESETS:
        raise where.error(f"unknown preset {preset!r}; choose from {', '.join(PRESETS)}", "data", "preset")

    def number(key: str, low: float, high: float, whole: bool) -> Any:
        value = table.get(key)
        if value is None:
            return None
        kinds = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or not math.isfinite(value) \
                or not low <= value <= high:
            kind = "a whole number" if whole else "a number"
            raise where.error(f"{key} must be {kind} from {low:g} to {high:g}; found {value!r}", "data", key)
        return value

    for key in ("n", "seed", "test_fraction"):
        if key not in table:
            raise where.error(f"[data] needs {key}", "data")
    n = number("n", 1, MAX_POINTS, True)
    seed = number("seed", 0, 2**32 - 1, True)
    fraction = number("test_fraction", 0.0, 0.99, False)
    noise = number("noise", 0.0, 10.0, False)
    decimals = number("decimals", 0, 12, True)
    csv, name = table.get("csv"), table.get("name")
    if csv is not None and (not isinstance(csv, str) or not re.match(r"^[\w.-]+\.csv$", csv)):
        raise where.error(f"csv must be the name of a .csv file beside the lesson; found {csv!r}", "data", "csv")
    if name is not None and (not isinstance(name, str) or not 0 < len(name) <= 100):
        raise where.error(f"name must be a short text; found {name!r}", "data", "name")
    return LessonData(preset, int(n), None if noise is None else float(noise), int(seed), float(fraction),
                      None if decimals is None else int(decimals), csv, name)


def _hyperparameters(table: dict[str, Any], where: _Where) -> tuple[Hyperparameters, tuple[str, ...]]:
    fields = Hyperparameters.field_names()
    for key in table:
        if key not in fields:
            raise where.error(f"unknown hyperparameter {key!r}; the fields are {', '.join(fields)}",
                              "hyperparameters", key)
    try:
        return Hyperparameters.from_dict(dict(table)), tuple(table)
    except (ValueError, TypeError) as error:
        for key, value in table.items():  # the first field that is wrong on its own, else the table
            try:
                Hyperparameters.from_dict({"model": table.get("model", "mlp"), key: value})
            except (ValueError, TypeError) as alone:
                raise where.error(str(alone), "hyperparameters", key) from None
        raise where.error(str(error), "hyperparameters") from None


def _claims(table: dict[str, Any], where: _Where) -> dict[str, Claim]:
    claims: dict[str, Claim] = {}
    for key, value in table.items():
        if not _CLAIM.match(key):
            raise where.error(f"a claim's name is lower-case words joined by dots, e.g. \"fit.w\"; found {key!r}",
                              "claims", key)
        if isinstance(value, dict):
            raise where.error(f"write a dotted claim name in quotes (\"{key}.x\" = ...), not as a table",
                              "claims", key)
        if isinstance(value, bool) or not isinstance(value, (int, float, str)) or \
                (isinstance(value, float) and not math.isfinite(value)):
            raise where.error(f"a claim is a finite number or a text; found {value!r}", "claims", key)
        claims[key] = value
    return claims
