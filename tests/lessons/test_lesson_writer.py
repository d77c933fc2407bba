"""Lessons written by "Save as lesson…" (io/lesson_writer.py) read back as what was saved: the preset or the drawn
points (CSV beside the lesson), the hyperparameters, the texts with their braces, and each step's action."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Dataset, Hyperparameters
from gradientdesk.io.lesson_file import read_lesson
from gradientdesk.io.lesson_setup import lesson_data
from gradientdesk.io.lesson_text import LessonError
from gradientdesk.io.lesson_writer import DraftStep, LessonDraft, is_preset, write_lesson
from gradientdesk.state.data_state import DataSettings, DataState
from gradientdesk.ui.window.stage_views import view_names

SETTINGS = DataSettings("circle", 120, None, 4, 0.25)
HP = Hyperparameters(model="mlp", hidden_layers=(5, 3), activation="relu", learning_rate=0.02, optimizer="adam")


ONE_STEP = (DraftStep("Press Play (Space)."),)


def draft(data: DataState, steps: tuple[DraftStep, ...] = ONE_STEP) -> LessonDraft:
    return LessonDraft("Braces {x} and a \"quote\"", "Learn {this}.", 25, "weight_maps", data, SETTINGS, HP, steps,
                       "The loss falls to {about} 0.1.")


def test_a_preset_lesson_with_step_actions_reads_back_as_saved(tmp_path):
    steps = (DraftStep("Press Play (Space).\nWatch the loss."),
             DraftStep("Try a larger rate.", view="landscape", settings={"learning_rate": 0.1}, reset=True),
             DraftStep("Now Momentum.", settings={"optimizer": "momentum"}))
    data = DataState.from_preset(SETTINGS)
    assert is_preset(data, SETTINGS)
    written = write_lesson(draft(data, steps), tmp_path / "my-lesson", view_names())
    assert [p.name for p in written] == ["my-lesson.md"]
    lesson = read_lesson(written[0], view_names())
    assert lesson.id == "my-lesson" and lesson.title == 'Braces {x} and a "quote"'
    assert lesson.filled_steps() == ("Press Play (Space). Watch the loss.", "Try a larger rate.", "Now Momentum.")
    assert lesson.filled_see() == "The loss falls to {about} 0.1."
    assert lesson.speed == 25 and lesson.view == "weight_maps"
    assert lesson.hyperparameters == HP and lesson.data.preset == "circle" and lesson.data.csv is None
    second, third = lesson.actions[2], lesson.actions[3]
    assert second.view == "landscape" and second.reset and dict(second.settings) == {"learning_rate": 0.1}
    assert dict(third.settings) == {"optimizer": "momentum"} and 1 not in lesson.actions


def test_drawn_points_go_into_a_csv_and_come_back_exactly(tmp_path):
    made = DataState.from_preset(SETTINGS).dataset
    drawn = Dataset(made.X[:40] * 0.5 + 0.125, made.y[:40], made.task, made.is_test[:40], made.class_names, "mine")
    data = DataState.from_dataset(drawn)
    assert not is_preset(data, SETTINGS)
    written = write_lesson(draft(data), tmp_path / "drawn.md", view_names())
    assert [p.name for p in written] == ["drawn.csv", "drawn.md"]
    state, _settings = lesson_data(read_lesson(tmp_path / "drawn.md", view_names()))
    back = state.dataset
    assert np.array_equal(back.X, drawn.X) and np.array_equal(back.y, drawn.y)
    assert np.array_equal(back.is_test, drawn.is_test) and back.class_names == drawn.class_names


def test_a_draft_that_cannot_be_a_lesson_writes_nothing(tmp_path):
    empty = DataState("classification", ("A", "B"), 2, "empty", None)
    with pytest.raises(LessonError, match="no points"):
        write_lesson(draft(empty), tmp_path / "x.md", view_names())
    bad_step = (DraftStep("Go."), DraftStep("Too far.", settings={"learning_rate": -1.0}))
    with pytest.raises(LessonError, match=r"steps\.2\.set\.learning_rate"):
        write_lesson(draft(DataState.from_preset(SETTINGS), bad_step), tmp_path / "y.md", view_names())
    assert list(tmp_path.iterdir()) == []
