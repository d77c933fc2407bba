"""The Markdown body of a lesson file (`lesson_file.py` reads the header): the numbered steps under '## Steps' and
the paragraph under '## What you should see', and the placeholders in them ("{fit.w:.2f}": a claim's name and a
Python format spec; "{{" and "}}" are literal braces). Pure Python; `LessonError` names the line and the field."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping

from .session_codec import SessionError

STEPS, SEE = "## Steps", "## What you should see"
_STEP = re.compile(r"^(\d+)\.\s+(.*)$")

Claim = int | float | str


class LessonError(SessionError):
    """A lesson file cannot be used. `line` (1-based; 0: not about one line) and `field` ("data.preset",
    "steps[2]", "") say where."""

    def __init__(self, message: str, line: int = 0, field: str = "") -> None:
        where = ", ".join(part for part in (f"line {line}" if line else "", f"field {field}" if field else "") if part)
        super().__init__(f"{where}: {message}" if where else message)
        self.line, self.field, self.reason = line, field, message


def placeholders(text: str) -> list[tuple[str, str]]:
    """(claim name, format spec) of every placeholder in `text`; ValueError for unbalanced braces."""
    return [(name, spec or "") for _literal, name, spec, _conv in string.Formatter().parse(text) if name is not None]


def fill(text: str, claims: Mapping[str, Claim]) -> str:
    """`text` with each placeholder replaced by its claim formatted with its spec."""
    out = []
    for literal, name, spec, _conversion in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            out.append(format(claims[name], spec or ""))
    return "".join(out)


class LessonBody:
    """The Markdown after the header: the numbered steps under '## Steps' and the paragraph under
    '## What you should see', with the line each starts on."""

    def __init__(self, lines: list[str], first: int) -> None:
        self.steps: list[tuple[int, str]] = []
        self.see: tuple[int, str] = (0, "")
        section = ""
        see_lines: list[str] = []
        for i in range(first, len(lines)):
            number, line = i + 1, lines[i]
            stripped = line.strip()
            if stripped.startswith("#"):
                if stripped not in (STEPS, SEE):
                    raise LessonError(f"unknown section {stripped!r}; a lesson has '{STEPS}' and '{SEE}'", number,
                                      stripped)
                if stripped == section or (stripped == STEPS and self.steps) or (stripped == SEE and see_lines):
                    raise LessonError(f"the section {stripped!r} appears twice", number, _section(stripped))
                section = stripped
            elif not stripped:
                continue
            elif section == STEPS:
                self._step(number, line, stripped)
            elif section == SEE:
                if not see_lines:
                    self.see = (number, "")
                see_lines.append(stripped)
            else:
                raise LessonError(f"text outside a section: put it under '{STEPS}' or '{SEE}'", number)
        if see_lines:
            self.see = (self.see[0], " ".join(see_lines))
        if not self.steps:
            raise LessonError(f"the lesson has no steps: a '{STEPS}' section with '1. ...', '2. ...'",
                              len(lines), "steps")

    def _step(self, number: int, line: str, stripped: str) -> None:
        match = _STEP.match(stripped)
        if match and not line[:1].isspace():
            expected = len(self.steps) + 1
            if int(match.group(1)) != expected:
                raise LessonError(f"step {match.group(1)} where step {expected} was expected", number,
                                  f"steps[{expected}]")
            self.steps.append((number, match.group(2).strip()))
        elif self.steps and line[:1].isspace():
            start, text = self.steps[-1]
            self.steps[-1] = (start, f"{text} {stripped}")
        else:
            raise LessonError("a step starts with its number ('3. ...'); a step's further lines are indented",
                              number, f"steps[{len(self.steps) + 1}]")


def _section(heading: str) -> str:
    return "steps" if heading == STEPS else "what_you_should_see"
