"""The views the stage can show, in the order of their buttons and shortcuts (Ctrl+1 is the first): plain data,
without Qt, so that the command line (`--view NAME`) can list them before any window exists."""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate in `context` (as Qt's own does) without importing Qt; the stage shows the
    titles and descriptions translated (ui/window/stage.py, context "StageViews")."""
    return text


@dataclass(frozen=True)
class StageView:
    """One view of the stage: `name` (also its settings and --view name), `title` on its button and in the
    menu, `description` (the grey caption inside the view and the button's tooltip)."""

    name: str
    title: str
    description: str
    on_wall: bool = True  # shown among "All views" (the Scale view is about models, not about this run)
    alone: bool = False  # takes the whole stage: the canvas steps aside while it is shown


STAGE_VIEWS: tuple[StageView, ...] = (
    StageView("network_diagram", QT_TRANSLATE_NOOP("StageViews", "Network diagram"),
              QT_TRANSLATE_NOOP("StageViews", "Neurons, weights and what each neuron computes.")),
    StageView("weight_maps", QT_TRANSLATE_NOOP("StageViews", "Weight maps"),
              QT_TRANSLATE_NOOP("StageViews", "One layer's W, b, dL/dW and its weights over time.")),
    StageView("traces", QT_TRANSLATE_NOOP("StageViews", "Parameter traces"),
              QT_TRANSLATE_NOOP("StageViews", "Every weight and bias over the steps.")),
    StageView("update_inspector", QT_TRANSLATE_NOOP("StageViews", "Update inspector"),
              QT_TRANSLATE_NOOP("StageViews", "The last step of one parameter, with the numbers.")),
    StageView("landscape", QT_TRANSLATE_NOOP("StageViews", "Loss landscape"),
              QT_TRANSLATE_NOOP("StageViews", "The loss over two parameters, and the optimizer's path on it.")),
    StageView("forward_pass", QT_TRANSLATE_NOOP("StageViews", "Forward pass"),
              QT_TRANSLATE_NOOP("StageViews", "What the model computes for one point, step by step.")),
    StageView("scale", QT_TRANSLATE_NOOP("StageViews", "Scale"),
              QT_TRANSLATE_NOOP("StageViews", "From your model's parameters to GPT-3's, counted with one rule."),
              on_wall=False, alone=True),
)
DEFAULT_VIEW = "network_diagram"


def view_names() -> tuple[str, ...]:
    return tuple(view.name for view in STAGE_VIEWS)
