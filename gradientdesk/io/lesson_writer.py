"""Writing a lesson file (pure Python, no Qt): what "Save as lesson…" makes of the window's data, model and settings
and the teacher's title, goal and steps, in the format io/lesson_file.py reads (its docstring shows it).

The data are written as the preset they are (preset, n, noise, seed, test fraction) when the points on the canvas are
exactly what those settings generate; otherwise (drawn, edited or imported points) as a CSV beside the lesson,
``NN-name.csv``, with the split of every point, so the lesson opens with the very same points. The hyperparameters
are written as the fields that differ from the defaults. A step may carry what "Next step" does on reaching it (a
stage view to show, hyperparameters to set, a reset): the ``[steps.N]`` tables. The teacher's texts are written as
they are, braces doubled (a lesson's ``{name}`` is a placeholder for a claim, and a written lesson has none).
Nothing is written unless the whole lesson reads back: `lesson_texts` parses what it made.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..engine import Hyperparameters
from ..state.data_state import DataSettings, DataState
from .atomic import write_atomically
from .csv_io import csv_text
from .lesson_file import SUFFIX, Lesson, parse_lesson
from .lesson_setup import lesson_session
from .lesson_text import LessonError


@dataclass(frozen=True)
class DraftStep:
    """One step as the teacher wrote it, and what Next step does on reaching it."""

    text: str
    view: str | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)
    reset: bool = False


@dataclass(frozen=True)
class LessonDraft:
    """Everything a new lesson file says."""

    title: str
    goal: str
    speed: float
    view: str | None
    data: DataState
    settings: DataSettings
    hyperparameters: Hyperparameters
    steps: tuple[DraftStep, ...]
    see: str = ""


def is_preset(data: DataState, settings: DataSettings) -> bool:
    """Whether the points are exactly what the data settings generate (then the file names the preset)."""
    ds = data.dataset
    if ds is None:
        return False
    made = DataState.from_preset(settings).dataset
    return made is not None and ds.task == made.task and ds.class_names == made.class_names and all(
        a.shape == b.shape and np.array_equal(a, b) for a, b in ((ds.X, made.X), (ds.y, made.y),
                                                                   (ds.is_test, made.is_test)))


def lesson_texts(draft: LessonDraft, lesson_id: str, views: Collection[str]) -> tuple[str, str | None, Lesson]:
    """The lesson file's text, the CSV beside it (None for a preset) and the Lesson they read back as. Raises
    LessonError (naming the field) for a draft a lesson file cannot say: no points, no title, a step's setting the
    hyperparameters refuse, ..."""
    if draft.data.dataset is None or draft.data.n_points == 0:
        raise LessonError("there are no points to save with the lesson: draw some or choose a preset", 0, "data")
    preset = is_preset(draft.data, draft.settings)
    csv_name = None if preset else f"{lesson_id}.csv"
    text = _markdown(draft, csv_name)
    csv = None if preset else csv_text(draft.data)
    if csv is not None:  # read back with its CSV, from a scratch folder
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            (folder / f"{lesson_id}.csv").write_text(csv, encoding="utf-8")
            lesson = _read_back(text, lesson_id, views, folder)
    else:
        lesson = _read_back(text, lesson_id, views, None)
    return text, csv, lesson


def write_lesson(draft: LessonDraft, path: str | Path, views: Collection[str]) -> list[Path]:
    """Write the lesson file at `path` (a .md name: its stem is the lesson's id) and, for drawn points, the CSV
    beside it. Returns the files written. Raises LessonError for a draft that cannot be a lesson, OSError when the
    folder cannot be written; nothing is written then."""
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        path = path.with_suffix(SUFFIX)
    text, csv, _lesson = lesson_texts(draft, path.stem, views)
    written = []
    if csv is not None:
        csv_path = path.with_name(f"{path.stem}.csv")
        write_atomically(csv_path, csv.encode("utf-8"))
        written.append(csv_path)
    write_atomically(path, text.encode("utf-8"))
    written.append(path)
    return written


def _read_back(text: str, lesson_id: str, views: Collection[str], folder: Path | None) -> Lesson:
    lesson = parse_lesson(text.encode("utf-8"), lesson_id, views, folder)
    lesson_session(lesson)  # the points load and the model can learn from them
    return lesson


# ---- the file's text ---------------------------------------------------------------------------------------------
def _markdown(draft: LessonDraft, csv_name: str | None) -> str:
    s = draft.settings
    lines = ["+++", f"title = {_value(draft.title.strip())}", f"goal = {_value(draft.goal.strip())}",
             f"speed = {_value(float(draft.speed))}"]
    if draft.view:
        lines.append(f"view = {_value(draft.view)}")
    lines += ["", "[data]", f"preset = {_value(s.preset)}", f"n = {s.n}"]
    if s.noise is not None:
        lines.append(f"noise = {_value(float(s.noise))}")
    lines += [f"seed = {s.seed}", f"test_fraction = {_value(float(s.test_fraction))}"]
    if csv_name is not None:
        assert draft.data.dataset is not None
        lines += [f"csv = {_value(csv_name)}", f"name = {_value(draft.data.dataset.name or 'drawn')}"]
    lines += ["", "[hyperparameters]"]
    lines += [f"{name} = {_value(value)}" for name, value in _overrides(draft.hyperparameters).items()]
    for number, step in enumerate(draft.steps, start=1):
        if step.view is None and not step.settings and not step.reset:
            continue
        lines += ["", f"[steps.{number}]"]
        if step.view:
            lines.append(f"view = {_value(step.view)}")
        if step.reset:
            lines.append("reset = true")
        if step.settings:
            lines += [f"[steps.{number}.set]"] + [f"{k} = {_value(v)}" for k, v in step.settings.items()]
    lines += ["+++", "", "## Steps", ""]
    for number, step in enumerate(draft.steps, start=1):
        body = _escape(step.text.strip()).splitlines() or [""]
        lines.append(f"{number}. {body[0]}")
        lines += [f"   {line}" if line.strip() else "" for line in body[1:]]
    if draft.see.strip():
        lines += ["", "## What you should see", "", *_escape(draft.see.strip()).splitlines()]
    return "\n".join(lines) + "\n"


def _overrides(hp: Hyperparameters) -> dict[str, Any]:
    """The fields that differ from the defaults, in the hyperparameters' order (what the file must say)."""
    defaults = Hyperparameters()
    values = hp.to_dict()
    return {name: values[name] for name in Hyperparameters.field_names()
            if getattr(hp, name) != getattr(defaults, name) and values[name] is not None}


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _value(value: Any) -> str:
    """A TOML value: strings as basic strings (JSON's escapes are TOML's), numbers, booleans, lists of them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"a lesson file cannot hold {type(value).__name__} values")
