"""The Scale view's counts in words, translated: the engine writes "124 million" and "3.14e23 FLOP (314 sextillion)"
(engine/number_text.py, no Qt there); here the number's name ("million") and what is counted ("tokens") are shown
in the interface's language (context "ScaleView")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...engine.number_text import bytes_text, in_words, scientific
from ...engine.scale_count import Component
from ...engine.scale_learner import learner_components
from ..i18n import decimal_text, fill

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
# engine/number_text.py's WORDS, shown translated
NUMBER_NAMES = {
    "thousand": QT_TRANSLATE_NOOP("ScaleView", "thousand"), "million": QT_TRANSLATE_NOOP("ScaleView", "million"),
    "billion": QT_TRANSLATE_NOOP("ScaleView", "billion"), "trillion": QT_TRANSLATE_NOOP("ScaleView", "trillion"),
    "quadrillion": QT_TRANSLATE_NOOP("ScaleView", "quadrillion"),
    "quintillion": QT_TRANSLATE_NOOP("ScaleView", "quintillion"),
    "sextillion": QT_TRANSLATE_NOOP("ScaleView", "sextillion"),
    "septillion": QT_TRANSLATE_NOOP("ScaleView", "septillion"),
    "octillion": QT_TRANSLATE_NOOP("ScaleView", "octillion"), "nonillion": QT_TRANSLATE_NOOP("ScaleView", "nonillion"),
    "decillion": QT_TRANSLATE_NOOP("ScaleView", "decillion"),
}
# one of them ("1 million": a tick of the ladder), where a language says it in the singular
ONE = {"thousand": QT_TRANSLATE_NOOP("ScaleView", "1 thousand"), "million": QT_TRANSLATE_NOOP("ScaleView", "1 million"),
       "billion": QT_TRANSLATE_NOOP("ScaleView", "1 billion"), "trillion": QT_TRANSLATE_NOOP("ScaleView", "1 trillion")}
# the learner's model without hidden layers, by its engine name (engine.scale_learner.learner_name: "Your linear
# model (2-1)"), shown translated
LEARNER_MODELS = {
    "linear": QT_TRANSLATE_NOOP("ScaleView", "Your linear model (%1)"),
    "polynomial": QT_TRANSLATE_NOOP("ScaleView", "Your polynomial model (%1)"),
    "logistic": QT_TRANSLATE_NOOP("ScaleView", "Your logistic model (%1)"),
    "softmax": QT_TRANSLATE_NOOP("ScaleView", "Your softmax model (%1)"),
    "mlp": QT_TRANSLATE_NOOP("ScaleView", "Your mlp model (%1)"),
}
# what a model was trained on (LadderRow.unit; the CSV keeps the English word)
UNITS = {"points": QT_TRANSLATE_NOOP("ScaleView", "points"), "tokens": QT_TRANSLATE_NOOP("ScaleView", "tokens"),
         "images": QT_TRANSLATE_NOOP("ScaleView", "images"), "examples": QT_TRANSLATE_NOOP("ScaleView", "examples")}


def words(n: int) -> str:
    """in_words(n) in the interface's language: "124 million", "124 Millionen"."""
    text = in_words(n)
    number, _, name = text.partition(" ")
    if number == "1" and name in ONE:
        return translate("ScaleView", ONE[name])
    return (f"{decimal_text(number)} {translate('ScaleView', NUMBER_NAMES[name])}" if name in NUMBER_NAMES
            else decimal_text(text))


def flops_words(n: int) -> str:
    """flops_text(n) in the interface's language: "3.14e23 FLOP (314 sextillion)"."""
    return f"{scientific(n)} FLOP" + (f" ({words(n)})" if n >= 1000 else "")


def bytes_words(n: int) -> str:
    """bytes_text(n) in the interface's language: "498 MB", and below a kilobyte "100 bytes"."""
    return bytes_text(n) if n >= 1000 else fill(translate("ScaleView", "%1 bytes"), n)


def unit_text(unit: str) -> str:
    """'points', 'tokens', ... translated (an unknown unit as it is)."""
    return translate("ScaleView", UNITS[unit]) if unit in UNITS else unit


def learner_title(spec) -> str:
    """engine.scale_learner.learner_name(spec) in the interface's language: 'Your 2-4-2-1 network', 'Your linear
    model (2-1)' (the same rule; the model's own word translated with the sentence: LEARNER_MODELS)."""
    if not spec.is_network:
        return translate("ScaleView", "Your PCA")
    sizes = "-".join(str(size) for size in spec.layer_sizes)
    if len(spec.layer_sizes) > 2:
        return fill(translate("ScaleView", "Your %1 network"), sizes)
    if spec.model in LEARNER_MODELS:
        return fill(translate("ScaleView", LEARNER_MODELS[spec.model]), sizes)
    return fill(translate("ScaleView", "Your %1 model (%2)"), spec.model, sizes)  # a model not listed: its name



def learner_parts(spec) -> tuple[Component, ...]:
    """engine.scale_learner.learner_components(spec) in the interface's language (the same counts): 'layer 1',
    '2 x 4 weights + 4 biases'."""
    parts = []
    for part, layer in zip(learner_components(spec), range(1, spec.n_layers + 1), strict=True):
        weights, biases = spec.layer_slots(layer)
        terms = []
        if weights is not None:
            shape = " x ".join(str(n) for n in (reversed(weights.shape) if spec.is_network else weights.shape))
            terms.append(fill(translate("ScaleView", "%1 weights"), shape))
        if biases is not None:
            terms.append(fill(translate("ScaleView", "%1 biases") if spec.is_network else
                              translate("ScaleView", "%1 centre values"), biases.size))
        name = fill(translate("ScaleView", "layer %1"), layer) if spec.is_network else \
            translate("ScaleView", "components")
        parts.append(Component(name, " + ".join(terms), part.count))
    return tuple(parts)
