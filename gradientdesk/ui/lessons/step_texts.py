"""What a lesson step's Next step does, in words of the interface language (context "NextStep").

A lesson file's step action (`io/lesson_steps.StepAction`: a stage view, hyperparameter settings, a Reset) is plain
data, and io writes no translated text; here it becomes the words the Lesson panel's Next step shows in its tooltip
and in the note under the step it reached: "show the Loss landscape, set Learning rate to 0.05, Reset". Field labels
and choice labels come translated from ui/panels/hyperparameter_texts.py, stage view titles from the "StageViews"
context, numbers with the interface locale's decimal sign. In English the words are those of `StepAction.describe`
(tests/ui/test_step_texts.py holds them equal for every action of the shipped lessons).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ...engine.number_text import compact
from ...io.lesson_steps import StepAction
from ..i18n import decimal_text, fill
from ..panels.hyperparameter_texts import choice_text, field_label
from ..window.stage_views import STAGE_VIEWS

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

VIEW_TITLES = {view.name: view.title for view in STAGE_VIEWS}  # English: translate("StageViews", ...) where shown
SEPARATOR = ", "  # between the parts of an action, as StepAction.describe joins them


def view_title(name: str) -> str:
    """A stage view's title in the interface language ("Loss landscape")."""
    return translate("StageViews", VIEW_TITLES[name]) if name in VIEW_TITLES else name


def value_words(value: object) -> str:
    """A setting's value as the panel shows it, translated (lesson_steps.value_text in English): 0.05 (0,05 in
    German), Momentum, 8, "8, 4" for hidden layers, "none" for no hidden layer, off/on."""
    if isinstance(value, bool):
        return translate("NextStep", "on") if value else translate("NextStep", "off")
    if isinstance(value, str):
        return choice_text(value)
    if isinstance(value, float):
        return decimal_text(compact(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (tuple, list)):
        return SEPARATOR.join(value_words(v) for v in value) or translate("NextStep", "none")
    return str(value)


def setting_words(name: str, value: object) -> str:
    """One setting without its verb, for the past tense of "set %1": "Learning rate to 0.05"."""
    return fill(translate("NextStep", "%1 to %2"), field_label(name), value_words(value))


def settings_words(settings: Mapping[str, object]) -> str:
    """Every setting of an action without its verb: "Learning rate to 0.05, Batch size to 8"."""
    return SEPARATOR.join(setting_words(name, value) for name, value in settings.items())


def action_words(action: StepAction) -> str:
    """What Next step will do, in the order it does it: "show the Loss landscape, set Learning rate to 0.05, Reset"
    (StepAction.describe's words in English); "" for an empty action."""
    parts = [fill(translate("NextStep", "show the %1"), view_title(action.view))] if action.view else []
    parts += [fill(translate("NextStep", "set %1 to %2"), field_label(name), value_words(value))
              for name, value in action.settings.items()]
    if action.reset:
        parts.append(translate("TrainingBar", "Reset"))
    return SEPARATOR.join(parts)
