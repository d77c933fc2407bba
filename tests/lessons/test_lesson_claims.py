"""Every number a lesson's text quotes is a named claim (``[claims]`` in its file), and every claim is what the
engine measures on the lesson's own data with its own hyperparameters: each lesson is trained here
(`tools/lesson_measures.py`, the same code `tools/check_lessons.py` runs) and each claim compared, formatted as the
text shows it. Step counts and seeds only: nothing depends on how fast this machine is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gradientdesk.io.lesson_file import read_lesson
from gradientdesk.io.lesson_setup import lesson_data
from gradientdesk.resource_paths import resource_files
from gradientdesk.ui.window.stage_views import view_names

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

import check_lessons  # noqa: E402
from lesson_measures import MEASURES  # noqa: E402

LESSONS = resource_files("lessons", "*.md")


def test_every_bundled_lesson_has_its_measurements():
    assert LESSONS and sorted(MEASURES) == [p.stem for p in LESSONS]


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_each_claim_is_what_the_engine_measures(path):
    lesson = read_lesson(path, view_names())
    data, _settings = lesson_data(lesson)
    measured = MEASURES[lesson.id](data.dataset, lesson.hyperparameters)
    assert set(measured) == set(lesson.claims)  # nothing claimed unmeasured, nothing measured unclaimed
    assert check_lessons.claim_problems(lesson, measured) == []
    assert all("{" not in step and "}" not in step for step in lesson.filled_steps())


def test_a_claim_the_engine_does_not_bear_out_is_reported_with_the_measured_value(tmp_path):
    text = (LESSONS[0].read_text(encoding="utf-8").replace('"fit.w" = 0.605937', '"fit.w" = 0.7')
            .replace('"start.w" = -1.52417', '"start.w" = -1.52419'))  # beyond the digits shown / within them
    changed = tmp_path / LESSONS[0].name
    changed.write_text(text, encoding="utf-8")
    problems = check_lessons.check(changed)
    assert len(problems) == 2 and all("fit.w" in p and "0.6059" in p for p in problems), problems  # .2f and .3f
    assert "reads '0.70' but the engine measures '0.61'" in problems[0]


def test_the_checker_passes_the_bundled_lessons_and_never_writes(capsys):
    before = {p: p.read_bytes() for p in LESSONS}
    assert check_lessons.main([]) == 0
    assert "9 lessons: every claim is what the engine measures" in capsys.readouterr().out
    assert {p: p.read_bytes() for p in LESSONS} == before
