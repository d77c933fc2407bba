"""What a `Lesson` sets up (pure Python, no Qt): its points (a preset generated as the data panel would, or the CSV
beside the lesson), the data panel's settings, and the whole as a `Session` the window opens like a template
(`lesson_session`). `validate_lesson_file` is `gradientdesk --validate` for lesson files."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import numpy as np

from ..engine import Dataset
from ..engine.compatibility import why_not
from ..state.data_state import DataSettings, DataState
from .csv_io import CsvError, detect_task, interpret, read_table
from .lesson_file import SUFFIX, Lesson, read_lesson
from .session import Session, summarize


def lesson_data(lesson: Lesson) -> tuple[DataState, DataSettings]:
    """The lesson's points and the data panel's settings. Raises LessonError for a CSV that cannot be read or data
    the lesson's model cannot learn from."""
    d = lesson.data
    settings = DataSettings(d.preset, d.n, d.noise, d.seed, d.test_fraction)
    if d.csv is None:
        dataset = DataState.from_preset(settings).dataset
    else:
        dataset = _csv_points(lesson)
    assert dataset is not None  # a preset always has points; a CSV with none is refused by the import
    if d.decimals is not None:
        y = dataset.y if dataset.task == "classification" else np.round(dataset.y, d.decimals)
        dataset = Dataset(np.round(dataset.X, d.decimals), y, dataset.task, dataset.is_test, dataset.class_names,
                          dataset.name)
    reason = why_not(lesson.hyperparameters.model, dataset.task, len(dataset.class_names))
    if reason:
        raise lesson.error(reason, "hyperparameters.model" if "model" in lesson.overrides else "data.csv")
    return DataState.from_dataset(dataset), settings


def _csv_points(lesson: Lesson) -> Dataset:
    d = lesson.data
    assert d.csv is not None
    path = (lesson.folder or Path()) / d.csv
    try:
        table = read_table(path)
        state = interpret(table, detect_task(table), d.name or path.stem, d.test_fraction, d.seed).state
    except CsvError as error:
        raise lesson.error(str(error) if d.csv in str(error) else f"{d.csv}: {error}", "data.csv") from None
    except OSError as error:
        raise lesson.error(f"cannot read {d.csv} beside the lesson: {error.strerror or error}", "data.csv") from None
    assert state.dataset is not None
    return state.dataset


def lesson_session(lesson: Lesson) -> Session:
    """The lesson as a document to open: its data and settings, its hyperparameters, fresh parameters from the
    seed, and its text (placeholders filled) as the session's `lesson`. Step 1 is reached on opening: its action's
    settings go on top of the hyperparameters and its view replaces the lesson's."""
    data, settings = lesson_data(lesson)
    hp, text = lesson.hyperparameters, lesson.text()
    first = lesson.actions.get(1)
    if first is not None:
        hp = hp.replace(**first.settings) if first.settings else hp
        if first.view:
            text["view"] = first.view
    return Session(data, settings, hp, None, None, text, lesson.title)


def is_lesson_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() == SUFFIX


def validate_lesson_file(path: str | Path, views: Collection[str]) -> str:
    """Check a lesson file as opening it would; a one-line summary such as "lesson 'Learning rate' (02-learning-rate):
    line: 40 points, linear regression 1-1 (2 learned parameters), 5 steps, 7 claims". Raises LessonError."""
    lesson = read_lesson(path, views)
    session = lesson_session(lesson)
    summary = summarize(session.__class__(session.data, session.settings, session.hyperparameters))
    claims = len(lesson.claims)
    return (f"lesson '{lesson.title}' ({lesson.id}): {summary}, {len(lesson.steps)} steps, "
            f"{claims} claim{'s' if claims != 1 else ''}")
