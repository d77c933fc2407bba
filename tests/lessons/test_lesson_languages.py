"""Lessons in German, Spanish and French: every bundled lesson has a language file per language
(``resources/lessons/<language>/NN-name.md``, texts only) that reads, fits its English file (the same steps in the
same order, the same placeholders in each) and is really translated; the numbers stay the English file's (the same
claims with the same format specs, so tests/lessons/test_lesson_claims.py holds in every language, and the filled
texts quote the same digits); a text claim (words around a number: "6.98 billion") is said in each language's words
by its language file, with the same numbers, as the app shows it in that language; a missing language file means
English; a language file that does not fit is refused with a message naming it."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from gradientdesk.io.lesson_file import NUMBER_SIGNS, read_lesson
from gradientdesk.io.lesson_language import (
    LessonLanguageError,
    language_path,
    number_digits,
    parse_language_file,
    read_lesson_in,
)
from gradientdesk.io.lesson_setup import lesson_session
from gradientdesk.io.lesson_text import LessonError, placeholders
from gradientdesk.resource_paths import resource_files
from gradientdesk.ui.window.stage_views import view_names

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

import check_lessons  # noqa: E402

LESSONS = resource_files("lessons", "*.md")
LANGUAGES = ("de", "es", "fr")
CASES = [(path, language) for path in LESSONS for language in LANGUAGES]
IDS = [f"{path.stem}-{language}" for path, language in CASES]


def digits(text: str) -> list[str]:
    """The numbers a text quotes, however its language writes their separators ("0,05", "5.820", "1024")."""
    return sorted(re.findall(r"\d+", re.sub(r"(?<=\d)[.,\u202f\u00a0](?=\d)", "", text)))


def english(path: Path):
    return read_lesson(path, view_names())


def test_every_lesson_has_a_file_per_language_and_nothing_else_is_there():
    assert len(LESSONS) == 9
    for language in LANGUAGES:
        folder = LESSONS[0].parent / language
        assert sorted(p.name for p in folder.iterdir()) == [p.name for p in LESSONS], language


@pytest.mark.parametrize(("path", "language"), CASES, ids=IDS)
def test_each_language_file_reads_and_fits_its_english_file(path, language):
    assert language_path(path, language).is_file()
    source, lesson = english(path), read_lesson_in(path, view_names(), language)
    assert lesson.language == language and source.language == "en"
    assert len(lesson.steps) == len(source.steps)
    for translated, original in zip((*lesson.steps, lesson.see), (*source.steps, source.see), strict=True):
        assert sorted(placeholders(translated)) == sorted(placeholders(original))
    # the numbers, data, hyperparameters and actions are the English file's: one truth
    assert (lesson.id, lesson.speed, lesson.view, lesson.data, lesson.hyperparameters, lesson.actions) == \
        (source.id, source.speed, source.view, source.data, source.hyperparameters, source.actions)
    assert list(lesson.claims) == list(source.claims)
    numbers = {name for name, value in source.claims.items() if not isinstance(value, str)}
    assert {name: lesson.claims[name] for name in numbers} == {name: source.claims[name] for name in numbers}
    for name in set(source.claims) - numbers:  # a text claim: in the language's words, with the same numbers
        assert isinstance(lesson.claims[name], str)
        assert number_digits(lesson.claims[name]) == number_digits(source.claims[name])


@pytest.mark.parametrize(("path", "language"), CASES, ids=IDS)
def test_each_language_file_is_translated(path, language):
    source, lesson = english(path), read_lesson_in(path, view_names(), language)
    assert lesson.title != source.title and lesson.goal != source.goal
    assert all(a != b for a, b in zip(lesson.steps, source.steps, strict=True))
    assert lesson.see != source.see
    assert "## " not in " ".join(lesson.steps)  # the sections were read as sections


@pytest.mark.parametrize(("path", "language"), CASES, ids=IDS)
def test_the_claims_hold_in_every_language(path, language):
    """The same claims with the same format specs (what test_lesson_claims.py measures), and the filled texts quote
    the same numbers as the English ones, step by step."""
    source, lesson = english(path), read_lesson_in(path, view_names(), language)
    assert check_lessons.specs(lesson) == check_lessons.specs(source)
    for translated, original in zip((*lesson.filled_steps(), lesson.filled_see()),
                                    (*source.filled_steps(), source.filled_see()), strict=True):
        assert "{" not in translated and "}" not in translated
        assert digits(translated) == digits(original), translated
    assert digits(lesson.title + lesson.goal) == digits(source.title + source.goal)


def test_numbers_are_written_as_the_language_writes_them():
    path = next(p for p in LESSONS if p.stem == "08-optimizers")
    assert "about 5,820 steps" in english(path).filled_see()
    assert "etwa 5.820 Schritte" in read_lesson_in(path, view_names(), "de").filled_see()
    assert "environ 5\u202f820 pas" in read_lesson_in(path, view_names(), "fr").filled_see()
    learning_rate = next(p for p in LESSONS if p.stem == "02-learning-rate")
    assert "= 0,11" in read_lesson_in(learning_rate, view_names(), "es").filled_steps()[4]
    scale = next(p for p in LESSONS if p.stem == "09-scale")
    assert "349 GB" in read_lesson_in(scale, view_names(), "de").filled_steps()[4]  # a text claim as it is


def test_the_opened_lesson_carries_the_translated_text():
    path = next(p for p in LESSONS if p.stem == "02-learning-rate")
    session = lesson_session(read_lesson_in(path, view_names(), "de"))
    assert session.lesson["title"] == "Lernrate" and session.lesson["id"] == "02-learning-rate"
    assert session.lesson["steps"][1].startswith("Stellen Sie unter Hyperparameter → Optimierung die Lernrate auf 0,05")
    assert session.hyperparameters == lesson_session(english(path)).hyperparameters


def test_a_missing_language_file_means_english(tmp_path):
    shutil.copy(LESSONS[1], tmp_path / LESSONS[1].name)
    lesson, source = read_lesson_in(tmp_path / LESSONS[1].name, view_names(), "de"), english(LESSONS[1])
    assert lesson.language == "en"
    assert (lesson.title, lesson.goal, lesson.steps, lesson.see) == (source.title, source.goal, source.steps,
                                                                     source.see)
    assert read_lesson_in(LESSONS[1], view_names(), "it").language == "en"  # a language without files
    assert read_lesson_in(LESSONS[1], view_names(), "").language == "en"
    with pytest.raises(LessonError, match="not a language code"):
        read_lesson_in(LESSONS[1], view_names(), "../de")


def _broken(tmp_path: Path, change) -> Path:
    """A copy of lesson 2 whose German file is changed by `change(text)`."""
    (tmp_path / "de").mkdir(parents=True)
    shutil.copy(LESSONS[1], tmp_path / LESSONS[1].name)
    text = language_path(LESSONS[1], "de").read_text(encoding="utf-8")
    (tmp_path / "de" / LESSONS[1].name).write_text(change(text), encoding="utf-8")
    return tmp_path / LESSONS[1].name


def test_a_language_file_with_a_step_too_few_is_refused_clearly(tmp_path):
    path = _broken(tmp_path, lambda text: re.sub(r"\n5\. .*?(?=\n\n## What)", "", text, flags=re.S))
    with pytest.raises(LessonLanguageError) as caught:
        read_lesson_in(path, view_names(), "de")
    message = str(caught.value)
    assert message.startswith("de/02-learning-rate.md: line ")
    assert "field steps: 4 steps where the English file has 5" in message
    assert caught.value.file == "de/02-learning-rate.md"


def test_a_language_file_with_another_placeholder_is_refused_clearly(tmp_path):
    path = _broken(tmp_path, lambda text: text.replace("{edge.trained:.3g}", "{edge.trained:.2g}"))
    with pytest.raises(LessonLanguageError, match=r"^de/02-learning-rate\.md: line \d+, field steps\[5\]: the "
                       r"placeholders differ from the English text's: \{edge\.trained:\.2g\} here, "
                       r"\{edge\.trained:\.3g\} there"):
        read_lesson_in(path, view_names(), "de")
    path = _broken(tmp_path / "b", lambda text: text.replace(" ({sweep.runs} Läufe", " (Läufe"))
    with pytest.raises(LessonLanguageError, match=r"field steps\[5\]: the placeholders .*: \(none\) here, "
                       r"\{sweep\.runs\} there"):
        read_lesson_in(path, view_names(), "de")


def test_a_language_file_holds_only_texts(tmp_path):
    path = _broken(tmp_path, lambda text: text.replace('title = "Lernrate"', 'title = "Lernrate"\nspeed = 10'))
    with pytest.raises(LessonLanguageError, match=r"^de/02-learning-rate\.md: line 3, field speed: a language file "
                       r"holds only the texts .*'speed' stays in the English file 02-learning-rate\.md"):
        read_lesson_in(path, view_names(), "de")
    path = _broken(tmp_path / "b", lambda text: text.replace('title = "Lernrate"\n', ""))
    with pytest.raises(LessonLanguageError, match="field title: title must be a text"):
        read_lesson_in(path, view_names(), "de")
    path = _broken(tmp_path / "c", lambda text: text.split("## What you should see")[0])
    with pytest.raises(LessonLanguageError, match="the English file has a '## What you should see' section"):
        read_lesson_in(path, view_names(), "de")


def test_a_language_file_is_parsed_from_bytes_too():
    raw = language_path(LESSONS[0], "fr").read_bytes()
    assert parse_language_file(raw, english(LESSONS[0]), "fr").title == "Ce qu'est un paramètre"
    with pytest.raises(LessonLanguageError, match=r"^fr/01-parameters\.md: line 1: the file is not UTF-8"):
        parse_language_file(b"\xff" + raw, english(LESSONS[0]), "fr")


# ---- text claims in each language's words ---------------------------------------------------------------------------
SCALE = next(p for p in LESSONS if p.stem == "09-scale")
TEXT_CLAIMS = ("mine.architecture", "gpt3.training_flops", "gpt3.times_mine")
ENGLISH_WORDS = ("network", "parameters", "sextillion", "billion", "trillion")


def test_lesson_9_says_its_text_claims_in_each_language():
    english_lesson = english(SCALE)
    assert [name for name, value in english_lesson.claims.items() if isinstance(value, str)] == \
        [*TEXT_CLAIMS[:1], "gpt3.fp16", *TEXT_CLAIMS[1:]]
    assert "about 6.98 billion times as many" in english_lesson.filled_see()
    assert "about 3.14e23 FLOP (314 sextillion)" in english_lesson.filled_steps()[4]
    wanted = {"de": ("2-4-2-1-Netz: 12 + 10 + 3 = 25 Parameter", "3,14e23 FLOP (314 Trilliarden)", "6,98 Milliarden"),
              "es": ("Red 2-4-2-1: 12 + 10 + 3 = 25 parámetros", "3,14e23 FLOP (314 mil trillones)",
                     "6,98 mil millones"),
              "fr": ("Réseau 2-4-2-1 : 12 + 10 + 3 = 25 paramètres", "3,14e23 FLOP (314 trilliards)",
                     "6,98 milliards")}
    for language, texts in wanted.items():
        lesson = read_lesson_in(SCALE, view_names(), language)
        assert tuple(lesson.claims[name] for name in TEXT_CLAIMS) == texts
        filled = " ".join((*lesson.filled_steps(), lesson.filled_see()))
        assert all(text in filled for text in texts), filled
        assert not any(re.search(rf"\b{word}\b", filled) for word in ENGLISH_WORDS), filled
    assert "etwa 6,98 Milliarden Mal so viele" in read_lesson_in(SCALE, view_names(), "de").filled_see()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_text_claims_are_what_the_app_shows_in_that_language(qapp, language):
    """Each language's text claims are the app's own words in that language for the measured values: the Parameters
    panel's headline, the Scale view's count of FLOPs and its number words (with the language's decimal sign, as the
    lesson writes every number)."""
    from PySide6.QtCore import QLocale

    from gradientdesk.engine import Trainer
    from gradientdesk.engine.scale_cost import training_flops
    from gradientdesk.engine.scale_ladder import ladder
    from gradientdesk.io.lesson_setup import lesson_data
    from gradientdesk.ui import i18n
    from gradientdesk.ui.model_texts import summary_text
    from gradientdesk.ui.scale.scale_words import flops_words, words

    lesson = read_lesson_in(SCALE, view_names(), language)
    data, _settings = lesson_data(lesson)
    model = Trainer(data.dataset, lesson.hyperparameters).model
    gpt3 = next(row for row in ladder() if row.name == "GPT-3 175B")
    point = str.maketrans({".": NUMBER_SIGNS[language][0]})
    locale = QLocale()
    assert i18n.install(language, qapp)
    try:
        shown = (summary_text(model.spec), flops_words(training_flops(gpt3.total, gpt3.training_tokens)),
                 words(gpt3.total // model.parameter_count))
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(locale)
    assert shown[0] == lesson.claims["mine.architecture"]
    assert tuple(text.translate(point) for text in shown[1:]) == \
        (lesson.claims["gpt3.training_flops"], lesson.claims["gpt3.times_mine"])


def _scale_copy(tmp_path: Path, change) -> Path:
    """A copy of lesson 9 whose German file's header is changed by `change(text)`."""
    (tmp_path / "de").mkdir(parents=True)
    shutil.copy(SCALE, tmp_path / SCALE.name)
    text = language_path(SCALE, "de").read_text(encoding="utf-8")
    (tmp_path / "de" / SCALE.name).write_text(change(text), encoding="utf-8")
    return tmp_path / SCALE.name


def test_a_language_claim_with_other_numbers_or_a_number_is_refused_clearly(tmp_path):
    path = _scale_copy(tmp_path, lambda text: text.replace('"6,98 Milliarden"', '"6,99 Milliarden"'))
    with pytest.raises(LessonLanguageError, match=r"^de/09-scale\.md: line \d+, field claims\.gpt3\.times_mine: the "
                       r"claim 'gpt3\.times_mine' quotes other numbers than the English '6\.98 billion'"):
        read_lesson_in(path, view_names(), "de")
    path = _scale_copy(tmp_path / "b", lambda text: text.replace('[claims]', '[claims]\n"mine.parameters" = "25"'))
    with pytest.raises(LessonLanguageError, match=r"field claims\.mine\.parameters: the claim 'mine\.parameters' is "
                       r"a number: numbers stay the English file's"):
        read_lesson_in(path, view_names(), "de")
    path = _scale_copy(tmp_path / "c", lambda text: text.replace('[claims]', '[claims]\n"mine.size" = "25"'))
    with pytest.raises(LessonLanguageError, match=r"field claims\.mine\.size: the English file 09-scale\.md has no "
                       r"claim 'mine\.size'"):
        read_lesson_in(path, view_names(), "de")
    path = _scale_copy(tmp_path / "d", lambda text: text.replace('"6,98 Milliarden"', '6.98'))
    with pytest.raises(LessonLanguageError, match=r"must be a text in quotes; found 6\.98"):
        read_lesson_in(path, view_names(), "de")
    without = _scale_copy(tmp_path / "e", lambda text: re.sub(r"\n\[claims\].*?(?=\n\+\+\+)", "", text, flags=re.S))
    assert read_lesson_in(without, view_names(), "de").claims == english(SCALE).claims  # no [claims]: the English words
