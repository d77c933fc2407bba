"""What "Next step" does in a lesson: the ``[steps.N]`` tables of a lesson file's header (pure Python, no Qt).

A step may carry an action, performed when the Lesson panel's Next step reaches it (``N`` is 1-based, as the
'## Steps' list numbers them)::

    [steps.2]                 # what "Next step" does on reaching step 2
    view = "landscape"        # optional: a stage view name (the same names as the top-level `view` field)
    reset = true              # optional (default false): Reset the run (fresh parameters) after the settings
    [steps.2.set]             # optional: hyperparameters to set, by Hyperparameters field name
    learning_rate = 0.05

Step 1 is reached when the lesson opens: its settings go on top of ``[hyperparameters]`` and its view replaces the
header's `view` (a reset means nothing there: the parameters are fresh). The settings of the steps are checked in
order, each on top of the lesson's hyperparameters and the earlier steps' settings, as pressing Next step from the
first step to the last would set them. Each mistake is a `LessonError` naming the line and the field
("line 23, field steps.2.set.learning_rate: ..."). The text of a step still says what to do by hand: a learner
without the button (or a teacher who unticks and redoes a step) follows it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from types import MappingProxyType
from typing import Any

from ..engine import Hyperparameters
from ..engine.choices import choice_label
from ..engine.hyperparameter_checks import coerce
from ..engine.number_text import compact
from .lesson_text import LessonError

ACTION_FIELDS = ("view", "reset", "set")

# (message, table, key) -> the LessonError at that field's line (the lesson file's header knows the lines)
Refuse = Callable[[str, str, str], LessonError]


@dataclass(frozen=True)
class StepAction:
    """What Next step does on reaching one step: show stage view `view`, set the hyperparameters `settings`
    (field name -> value, already the Hyperparameters' types) in one change, then Reset if `reset`."""

    view: str | None = None
    settings: Mapping[str, object] = dataclass_field(default_factory=lambda: MappingProxyType({}))
    reset: bool = False

    def describe(self, view_title: Callable[[str], str] = str) -> str:
        """In words, in the order Next step does it: "show the Loss landscape, set Learning rate to 0.05, Reset"
        (`view_title` turns a view's name into its title); "" for an empty action."""
        parts = [f"show the {view_title(self.view)}"] if self.view else []
        parts += [f"set {Hyperparameters.info(name).label} to {value_text(value)}"
                  for name, value in self.settings.items()]
        if self.reset:
            parts.append("Reset")
        return ", ".join(parts)


def value_text(value: object) -> str:
    """A setting's value as the panel shows it: 0.05, Momentum, 8, 4 (hidden layers 8, 4), off/on."""
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, str):
        return choice_label(value)
    if isinstance(value, (int, float)):
        return compact(value) if isinstance(value, float) else str(value)
    if isinstance(value, (tuple, list)):
        return ", ".join(value_text(v) for v in value) or "none"
    return str(value)


def parse_actions(table: object, steps: int, views: Collection[str], hp: Hyperparameters,
                  refuse: Refuse) -> dict[int, StepAction]:
    """The `[steps]` table of a header (`table`: what TOML read, {} when absent) for a lesson of `steps` steps and
    hyperparameters `hp`: 1-based step number -> its action, in step order."""
    if not isinstance(table, dict):
        raise refuse("steps must be tables [steps.N], one per step that Next step acts on", "", "steps")
    for key in table:
        if not (isinstance(key, str) and key.isdigit() and 1 <= int(key) <= steps):
            raise refuse(f"there is no step {key!r}: the '## Steps' list has steps 1 to {steps}", "steps", key)
    actions: dict[int, StepAction] = {}
    settings_so_far: dict[str, Any] = {}
    for key in sorted(table, key=int):
        action = _action(table[key], f"steps.{int(key)}", key, views, hp, settings_so_far, refuse)
        if action.view or action.settings or action.reset:
            actions[int(key)] = action
    return actions


def _action(table: object, name: str, key: str, views: Collection[str], hp: Hyperparameters,
            settings_so_far: dict[str, Any], refuse: Refuse) -> StepAction:
    if not isinstance(table, dict):
        raise refuse(f"{name} must be a table [{name}] with {', '.join(ACTION_FIELDS)}", "steps", key)
    for field in table:
        if field not in ACTION_FIELDS:
            raise refuse(f"unknown field {field!r}; [{name}] has {', '.join(ACTION_FIELDS)} "
                         f"(the settings go under [{name}.set])", name, field)
    view = table.get("view")
    if view is not None and (not isinstance(view, str) or view not in views):
        raise refuse(f"unknown view {view!r}; choose from {', '.join(views)}", name, "view")
    reset = table.get("reset", False)
    if not isinstance(reset, bool):
        raise refuse(f"reset must be true or false; found {reset!r}", name, "reset")
    wanted = table.get("set", {})
    if not isinstance(wanted, dict):
        raise refuse(f"set must be a table [{name}.set] of hyperparameters by field name", name, "set")
    settings = _settings(wanted, f"{name}.set", hp, settings_so_far, refuse)
    return StepAction(view, MappingProxyType(settings), reset)


def _settings(wanted: dict[str, Any], name: str, hp: Hyperparameters, settings_so_far: dict[str, Any],
              refuse: Refuse) -> dict[str, Any]:
    """The step's settings as the Hyperparameters' values, each checked on top of the lesson's hyperparameters and
    the earlier steps' settings (accumulated into `settings_so_far`)."""
    fields = Hyperparameters.field_names()
    settings: dict[str, Any] = {}
    for field, value in wanted.items():
        if field not in fields:
            raise refuse(f"unknown hyperparameter {field!r}; the fields are {', '.join(fields)}", name, field)
        try:
            settings[field] = coerce(field, Hyperparameters.info(field), value)
        except (ValueError, TypeError) as error:
            raise refuse(str(error), name, field) from None
    before = {**settings_so_far}
    for field, value in settings.items():  # the first setting that is wrong on its own names the field
        try:
            hp.replace(**{**before, field: value})
        except (ValueError, TypeError) as error:
            raise refuse(str(error), name, field) from None
    try:
        hp.replace(**{**before, **settings})
    except (ValueError, TypeError) as error:
        raise refuse(str(error), name, "") from None
    settings_so_far.update(settings)
    return settings
