"""The lesson file format (`gradientdesk/io/lesson_file.py`): a good file becomes a typed `Lesson`; every mistake a
teacher can make is refused with a message naming the line and the field, never a crash."""

from __future__ import annotations

import pytest

from gradientdesk.engine import Hyperparameters
from gradientdesk.io.lesson_file import Lesson, LessonData, parse_lesson, read_lesson
from gradientdesk.io.lesson_setup import lesson_data, lesson_session
from gradientdesk.io.lesson_text import LessonError
from gradientdesk.ui.window.stage_views import view_names

VIEWS = view_names()
GOOD = """+++
title = "Tiny"
goal = "A lesson small enough to count its lines."
speed = 30
view = "landscape"
[data]
preset = "line"
n = 40
seed = 3
test_fraction = 0.25
[hyperparameters]
model = "linear"
learning_rate = 0.05
[claims]
"fit.w" = 0.60594
"count" = 1234
+++

## Steps

1. Press Play (Space): w settles near {fit.w:.2f}
   after a while.
2. Count {count:,} steps; braces {{like this}} stay.

## What you should see

w = {fit.w:.3f}.
"""


def parse(text: str | bytes, name: str = "02-tiny") -> Lesson:
    return parse_lesson(text.encode("utf-8") if isinstance(text, str) else text, name, VIEWS)


def test_a_good_file_becomes_a_typed_lesson():
    lesson = parse(GOOD)
    assert lesson.id == "02-tiny" and lesson.title == "Tiny" and lesson.speed == 30.0 and lesson.view == "landscape"
    assert lesson.data == LessonData("line", 40, None, 3, 0.25)
    assert lesson.hyperparameters == Hyperparameters(model="linear", learning_rate=0.05)
    assert lesson.overrides == ("model", "learning_rate")
    assert dict(lesson.claims) == {"fit.w": 0.60594, "count": 1234}
    assert lesson.filled_steps() == ("Press Play (Space): w settles near 0.61 after a while.",
                                     "Count 1,234 steps; braces {like this} stay.")
    assert lesson.filled_see() == "w = 0.606."
    text = lesson.text()
    assert text == {"id": "02-tiny", "title": "Tiny", "goal": lesson.goal, "steps": list(lesson.filled_steps()),
                    "speed": "30", "what_you_should_see": "w = 0.606.", "view": "landscape"}
    session = lesson_session(lesson)  # what the window opens
    assert session.lesson == text and session.parameters is None and session.hyperparameters.model == "linear"
    assert session.data.n_points == 40 and session.data.dataset.n_test == 10
    with pytest.raises(AttributeError):
        lesson.title = "changed"  # frozen


def test_a_read_file_is_known_by_its_file_name_and_finds_its_csv_beside_it(tmp_path):
    (tmp_path / "07-drawn.csv").write_text("x,target,split\n-1,0.5,train\n0,1.5,train\n1,2.5,test\n",
                                           encoding="utf-8")
    text = GOOD.replace('preset = "line"', 'preset = "line"\ncsv = "07-drawn.csv"\nname = "three points"')
    (tmp_path / "07-drawn.md").write_text(text, encoding="utf-8")
    lesson = read_lesson(tmp_path / "07-drawn.md", VIEWS)
    assert lesson.id == "07-drawn" and lesson.data.csv == "07-drawn.csv"
    data, settings = lesson_data(lesson)
    assert data.name == "three points" and data.n_points == 3 and data.dataset.n_test == 1
    assert settings.preset == "line" and settings.n == 40  # what the data panel shows
    (tmp_path / "07-drawn.csv").write_text("x,target,split\n-1,abc,train\n", encoding="utf-8")
    with pytest.raises(LessonError) as error:
        lesson_data(read_lesson(tmp_path / "07-drawn.md", VIEWS))
    assert error.value.line == 8 and error.value.field == "data.csv" and "line 2" in str(error.value)


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if fragment in line)


BROKEN = [  # (what, old, new, the field named, the fragment whose line is named, words of the message)
    ("unknown preset", 'preset = "line"', 'preset = "lines"', "data.preset", "preset =", "unknown preset 'lines'"),
    ("unknown model", 'model = "linear"', 'model = "lineal"', "hyperparameters.model", "model =", "lineal"),
    ("unknown top field", 'speed = 30', 'speed = 30\ncolour = "red"', "colour", "colour", "unknown field"),
    ("unknown data field", 'n = 40', 'n = 40\npoints = 3', "data.points", "points", "unknown field"),
    ("unknown hyperparameter", 'learning_rate = 0.05', 'learning_rat = 0.05', "hyperparameters.learning_rat",
     "learning_rat", "unknown hyperparameter"),
    ("unknown view", 'view = "landscape"', 'view = "landscap"', "view", "view =", "unknown view 'landscap'"),
    ("too few points", 'n = 40', 'n = 0', "data.n", "n = 0", "from 1 to 100000"),
    ("test fraction 1.5", 'test_fraction = 0.25', 'test_fraction = 1.5', "data.test_fraction", "test_fraction",
     "from 0 to 0.99"),
    ("negative learning rate", 'learning_rate = 0.05', 'learning_rate = -1', "hyperparameters.learning_rate",
     "learning_rate", "Learning rate"),
    ("zero speed", 'speed = 30', 'speed = 0', "speed", "speed", "above 0"),
    ("speed as text", 'speed = 30', 'speed = "30"', "speed", "speed", "a number"),
    ("model cannot learn the data", 'model = "linear"', 'model = "logistic"', "hyperparameters.model", "model =",
     "Logistic regression separates two classes"),
    ("placeholder without a claim", "{fit.w:.2f}\n", "{fit.v:.2f}\n", "steps[1]", "1. Press Play",
     "{fit.v} has no claim"),
    ("claim never used", '"count" = 1234', '"count" = 1234\n"extra.value" = 2', "claims.extra.value",
     '"extra.value"', "not used"),
    ("claim that cannot be formatted", '"count" = 1234', '"count" = "many"', "steps[2]", "2. Count",
     "cannot format 'many'"),
    ("unbalanced brace", "braces {{like this}} stay", "braces {like this stay", "steps[2]", "2. Count",
     "literal brace"),
    ("steps out of order", "2. Count", "3. Count", "steps[2]", "3. Count", "step 3 where step 2"),
    ("unknown section", "## What you should see", "## Notes", "## Notes", "## Notes", "unknown section"),
    ("TOML syntax", 'seed = 3', 'seed = = 3', "data.seed", "seed = =", "not valid TOML"),
    ("no title", 'title = "Tiny"\n', '', "title", "+++", "title must be a text"),
]


@pytest.mark.parametrize(("old", "new", "field", "where", "words"), [case[1:] for case in BROKEN],
                         ids=[case[0] for case in BROKEN])
def test_each_mistake_names_its_line_and_field(old, new, field, where, words):
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    with pytest.raises(LessonError) as caught:
        lesson_data(parse(text))
    error = caught.value
    assert error.field == field and words in str(error), str(error)
    assert error.line == line_of(text, where), str(error)
    assert str(error).startswith(f"line {error.line}, field {field}: ")


def test_a_file_that_is_not_utf8_is_refused_naming_the_line_and_field():
    raw = GOOD.encode("utf-8").replace(b"a while.", b"a while \xe9t\xe9.")  # Latin-1 accents
    with pytest.raises(LessonError) as caught:
        parse(raw)
    assert caught.value.line == line_of(GOOD, "a while") and caught.value.field == "steps"
    assert "not UTF-8" in str(caught.value) and "0xe9" in str(caught.value)


@pytest.mark.parametrize(("text", "line", "words"), [
    ("", 1, "starts with a line '+++'"),
    ("+++\ntitle = 'x'\n", 2, "no closing line"),
    (GOOD.split("## Steps")[0], GOOD.count("\n") - GOOD.split("## Steps")[1].count("\n"), "no steps"),
    (GOOD.replace("[data]\n", "[dat]\n"), 6, "unknown field 'dat'"),
])
def test_a_file_without_its_parts_is_refused(text, line, words):
    with pytest.raises(LessonError) as caught:
        parse(text)
    assert words in str(caught.value) and caught.value.line == line, str(caught.value)


def test_a_bad_file_name_or_a_missing_file_is_refused(tmp_path):
    with pytest.raises(LessonError, match="file name"):
        parse(GOOD, "My Lesson")
    with pytest.raises(LessonError, match="cannot read"):
        read_lesson(tmp_path / "01-missing.md", VIEWS)
    big = tmp_path / "01-big.md"
    big.write_bytes(b"x" * 70_000)
    with pytest.raises(LessonError, match="at most"):
        read_lesson(big, VIEWS)
