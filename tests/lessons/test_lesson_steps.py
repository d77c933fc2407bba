"""What "Next step" does, in the lesson file (`gradientdesk/io/lesson_steps.py`): the `[steps.N]` tables become
frozen `StepAction`s in `Lesson.actions`; every mistake names its line and field."""

from __future__ import annotations

import pytest

from gradientdesk.io.lesson_file import Lesson, parse_lesson
from gradientdesk.io.lesson_setup import lesson_session
from gradientdesk.io.lesson_steps import StepAction
from gradientdesk.io.lesson_text import LessonError
from gradientdesk.resource_paths import resource_path
from gradientdesk.ui.window.stage_views import STAGE_VIEWS, view_names

VIEWS = view_names()
TITLES = {view.name: view.title for view in STAGE_VIEWS}
GOOD = """+++
title = "Steps that act"
goal = "Next step sets what the text says."
speed = 30
[data]
preset = "line"
n = 40
seed = 3
test_fraction = 0.0
[hyperparameters]
model = "linear"
learning_rate = 0.001

[steps.2]
view = "landscape"
reset = true
[steps.2.set]
learning_rate = 0.05

[steps.3.set]
optimizer = "momentum"
learning_rate = 0.1

[steps.4]
view = "update_inspector"
+++

## Steps

1. Press Play.
2. Set Learning rate to 0.05, press R.
3. Set Optimizer to Momentum and Learning rate to 0.1.
4. Show the Update inspector (Ctrl+4).
5. Done.
"""


def parse(text: str) -> Lesson:
    return parse_lesson(text.encode("utf-8"), "02-steps", VIEWS)


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_a_good_file_carries_an_action_per_step_that_has_one():
    lesson = parse(GOOD)
    assert set(lesson.actions) == {2, 3, 4}  # steps without one are absent
    assert lesson.actions[2] == StepAction("landscape", {"learning_rate": 0.05}, True)
    assert dict(lesson.actions[3].settings) == {"optimizer": "momentum", "learning_rate": 0.1}
    assert list(lesson.actions[3].settings) == ["optimizer", "learning_rate"]  # the file's order
    assert lesson.actions[4] == StepAction("update_inspector")
    assert lesson.actions[2].describe(TITLES.__getitem__) == \
        "show the Loss landscape, set Learning rate to 0.05, Reset"
    assert lesson.actions[3].describe() == "set Optimizer to Momentum, set Learning rate to 0.1"
    with pytest.raises(TypeError):
        lesson.actions[2].settings["learning_rate"] = 1.0  # frozen, all the way down
    with pytest.raises(TypeError):
        lesson.actions[5] = StepAction()
    assert lesson.hyperparameters.learning_rate == 0.001  # the header's, not a step's
    assert lesson_session(lesson).hyperparameters.learning_rate == 0.001


def test_a_file_without_steps_tables_has_no_actions_and_step_1_acts_on_opening():
    assert parse(GOOD.split("\n[steps.2]")[0] + "\n+++" + GOOD.split("+++", 2)[2]).actions == {}
    first = GOOD.replace("[steps.2]", '[steps.1]\nview = "traces"\n[steps.1.set]\nbatch_size = 10\n\n[steps.2]')
    lesson = parse(first)
    assert lesson.actions[1] == StepAction("traces", {"batch_size": 10})
    session = lesson_session(lesson)  # step 1 is reached on opening
    assert session.hyperparameters.batch_size == 10 and session.lesson["view"] == "traces"


def test_settings_are_checked_on_top_of_the_earlier_steps():
    # step 3 sets momentum; step 4 may then set the momentum coefficient only if it is in range
    ok = GOOD.replace('view = "update_inspector"', 'view = "update_inspector"\n[steps.4.set]\nmomentum = 0.5')
    assert dict(parse(ok).actions[4].settings) == {"momentum": 0.5}
    # hidden layers from a TOML list become the Hyperparameters' tuple
    mlp = GOOD.replace('model = "linear"', 'model = "mlp"').replace('[steps.4]', '[steps.4.set]\n'
                                                                    'hidden_layers = [4, 2]\n[steps.4]')
    assert parse(mlp).actions[4].settings["hidden_layers"] == (4, 2)


BROKEN = [  # (old, new, field, the line's fragment, words in the message)
    ("[steps.4]", "[steps.6]", "steps.6", "[steps.6]", "there is no step '6'"),
    ("[steps.4]", "[steps.0]", "steps.0", "[steps.0]", "steps 1 to 5"),
    ("reset = true", "reset = true\nshow = 'x'", "steps.2.show", "show = 'x'", "unknown field 'show'"),
    ('view = "landscape"', 'view = "landscap"', "steps.2.view", 'view = "landscap"', "unknown view 'landscap'"),
    ("reset = true", 'reset = "yes"', "steps.2.reset", 'reset = "yes"', "true or false"),
    ("learning_rate = 0.05", "learning_rat = 0.05", "steps.2.set.learning_rat", "learning_rat = 0.05",
     "unknown hyperparameter 'learning_rat'"),
    ("learning_rate = 0.05", "learning_rate = 50", "steps.2.set.learning_rate", "learning_rate = 50",
     "between"),
    ("learning_rate = 0.05", 'learning_rate = "fast"', "steps.2.set.learning_rate", 'learning_rate = "fast"',
     "learning_rate"),
    ('optimizer = "momentum"', 'optimizer = "adamw"', "steps.3.set.optimizer", 'optimizer = "adamw"', "adamw"),
    ("[steps.4]\n", "[steps.4]\nset = 3\n", "steps.4.set", "set = 3", "set must be a table"),
]


@pytest.mark.parametrize(("old", "new", "field", "where", "words"), BROKEN, ids=[case[2] for case in BROKEN])
def test_each_mistake_in_a_step_names_its_line_and_field(old, new, field, where, words):
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    with pytest.raises(LessonError) as caught:
        parse(text)
    error = caught.value
    assert error.field == field and words in str(error), str(error)
    assert error.line == line_of(text, where), str(error)
    assert str(error).startswith(f"line {error.line}, field {field}: ")


def test_the_bundled_lessons_with_actions_do_what_their_text_says():
    from gradientdesk.io.lesson_file import read_lesson
    lesson = read_lesson(resource_path("lessons", "02-learning-rate.md"), VIEWS)
    for number, rate in ((2, 0.05), (3, 0.1), (4, 0.3), (5, 0.05)):
        action = lesson.actions[number]
        assert action.settings == {"learning_rate": rate} and action.reset
        assert f"Set Learning rate {'back ' if number == 5 else ''}to {rate:g}" in lesson.steps[number - 1]
        assert "press R" in lesson.steps[number - 1]  # the text still says what to do by hand
    assert lesson.actions[2].view == "landscape" and "Loss landscape" in lesson.steps[0] + lesson.steps[1]
    optimizers = read_lesson(resource_path("lessons", "08-optimizers.md"), VIEWS)
    assert optimizers.actions[2].settings == {"optimizer": "momentum"} and optimizers.actions[3].settings == \
        {"optimizer": "adam"} and optimizers.actions[4].view == "update_inspector"
    assert "Set Optimizer to Momentum" in optimizers.steps[1] and "Ctrl+4" in optimizers.steps[3]
