"""Check that every lesson file keeps the promises its text makes: each claim a lesson quotes (``[claims]`` in
``resources/lessons/NN-name.md``) is measured again on the lesson's own data with its own hyperparameters
(`lesson_measures.py`) and must read the same wherever the text shows it (the claim and the measurement, formatted
with each placeholder's spec, give the same text: "w ≈ {fit.w:.2f}" stays true to the digits it shows).

Lessons are written by hand (see `gradientdesk/io/lesson_file.py` for the format); this script never writes one.
When a measurement changes, it prints the measured value to paste into the file's ``[claims]``.

Run from the repository root:  ``python3 tools/check_lessons.py [LESSON.md ...]``  (default: every bundled lesson;
exit 1 if a file cannot be read or a claim is not what the engine measures). `tests/lessons/test_lesson_claims.py`
runs the same check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "tools"):  # run as a script from a checkout, or loaded by a test
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from lesson_measures import MEASURES  # noqa: E402

from gradientdesk.io.lesson_file import Lesson, read_lesson  # noqa: E402
from gradientdesk.io.lesson_setup import lesson_data  # noqa: E402
from gradientdesk.io.lesson_text import LessonError, placeholders  # noqa: E402
from gradientdesk.resource_paths import resource_files  # noqa: E402
from gradientdesk.ui.window.stage_views import view_names  # noqa: E402


def specs(lesson: Lesson) -> dict[str, set[str]]:
    """Every claim's format specs as the text uses them ("fit.w" -> {".2f", ".3f"})."""
    used: dict[str, set[str]] = {}
    for text in (*lesson.steps, lesson.see):
        for name, spec in placeholders(text):
            used.setdefault(name, set()).add(spec)
    return used


def claim_problems(lesson: Lesson, measured: dict[str, object]) -> list[str]:
    """What is wrong with `lesson`'s claims against `measured` ([] when every claim reads as measured)."""
    problems = [f"{lesson.id}: the claim {name!r} is not measured by lesson_measures.py"
                for name in lesson.claims if name not in measured]
    problems += [f"{lesson.id}: {name!r} is measured but not claimed (add \"{name}\" = {value!r} to [claims])"
                 for name, value in measured.items() if name not in lesson.claims]
    for name, wanted in specs(lesson).items():
        if name not in measured:
            continue
        claimed, value = lesson.claims[name], measured[name]
        for spec in sorted(wanted):
            if format(claimed, spec) != format(value, spec):  # type: ignore[arg-type]
                problems.append(f"{lesson.id}: {{{name}:{spec}}} reads {format(claimed, spec)!r} but the engine "
                                f"measures {format(value, spec)!r} (\"{name}\" = {value!r})")  # type: ignore[arg-type]
    return problems


def check(path: Path) -> list[str]:
    try:
        lesson = read_lesson(path, view_names())
        data, _settings = lesson_data(lesson)
    except LessonError as error:
        return [f"{path.name}: {error}"]
    measure = MEASURES.get(lesson.id)
    if measure is None:
        return [] if not lesson.claims else [f"{lesson.id}: lesson_measures.py has no measurements for its claims"]
    assert data.dataset is not None
    return claim_problems(lesson, measure(data.dataset, lesson.hyperparameters))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", type=Path, help="lesson files (default: every bundled lesson)")
    args = parser.parse_args(argv)
    paths = args.lessons or resource_files("lessons", "*.md")
    problems = [problem for path in paths for problem in check(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{len(paths)} lesson{'s' if len(paths) != 1 else ''}: every claim is what the engine measures")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
