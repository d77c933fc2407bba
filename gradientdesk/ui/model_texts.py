"""The engine's descriptions of a model and its parameters, in the interface language.

The engine (pure numpy, no Qt) writes them in English: what a scalar parameter connects (ModelSpec.describe, with
its units' ModelSpec.label), the model's one-line architecture (ModelSpec.architecture, Snapshot.architecture), the
outputs' names (ModelSpec.output_names), what a polynomial feature stands for (FeatureMap.describe), the worked
forward pass's step titles and loss names (engine/forward_trace.py), the symbols of the update equation
(engine/update_equation.py, update_rules.py) and the optimizers' names (engine/choices.py). Here each is composed
again from translated templates out of the structured data the engine gives beside its sentence, so that in English
it is the engine's text exactly (tests/ui/test_model_texts.py checks every model kind) and in German, Spanish and
French a translation. The texts the engine only has as a fixed list (loss names, the symbols' explanations) are
marked here as a catalogue; the test checks that it holds every one of them.

Contexts: the parameter sentences keep "ParameterTable" and the architecture line "ParameterPanel" (the panels
translated them first), the rest is "ModelTexts". A view that writes these texts at every frame makes one
`ModelTexts` and keeps it: each template is translated once, when first used. The module's functions translate at
each call.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..engine.choices import OPTIMIZER_LABELS
from ..engine.features import display_name
from ..engine.forward_trace import LayerStep
from ..engine.model_spec import ModelSpec, Unit
from ..engine.scalar_ref import ScalarRef
from ..engine.update_equation import COMMON_GLOSSARY, PENALTY_GLOSSARY
from ..engine.update_rules import get as rule
from .i18n import count_text, fill
from .panels.hyperparameter_texts import hp_text

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

# key: (context, English template); %1 .. %9 are filled by `fill`
TEMPLATES = {
    # a scalar parameter and the units it connects (ModelSpec.describe, Unit.label, ModelSpec.label)
    "named": ("ParameterTable", QT_TRANSLATE_NOOP("ParameterTable", "%1: %2")),
    "input": ("ParameterTable", QT_TRANSLATE_NOOP("ParameterTable", "input %1")),
    "hidden": ("ParameterTable", QT_TRANSLATE_NOOP("ParameterTable", "neuron %1 of layer %2")),
    "class output": ("ParameterTable", QT_TRANSLATE_NOOP("ParameterTable", "output neuron for class %1 (layer %2)")),
    "output unit": ("ParameterTable", QT_TRANSLATE_NOOP("ParameterTable", "output neuron %1 (layer %2)")),
    "component": ("ParameterTable", QT_TRANSLATE_NOOP("ParameterTable", "component %1")),
    "direction": ("ParameterTable", QT_TRANSLATE_NOOP(
        "ParameterTable", "weight of %1 in %2 (a column of W is one learned direction)")),
    "weight": ("ParameterTable", QT_TRANSLATE_NOOP("ParameterTable", "weight from %1 to %2")),
    "bias": ("ParameterTable", QT_TRANSLATE_NOOP("ParameterTable", "bias of %1")),
    "centre": ("ParameterTable", QT_TRANSLATE_NOOP(
        "ParameterTable", "centre of %1 (the data are shifted by it before projecting)")),
    # the architecture line (ModelSpec.architecture)
    "pca": ("ParameterPanel", QT_TRANSLATE_NOOP(
        "ParameterPanel", "PCA with %1 of %2 components: %3 weights + %4 centre = %5 parameters")),
    "network parts": ("ParameterPanel", QT_TRANSLATE_NOOP("ParameterPanel", "%1 network: %2 = %3 parameters")),
    "network": ("ParameterPanel", QT_TRANSLATE_NOOP("ParameterPanel", "%1 network: %2 parameters")),
    "model parts": ("ParameterPanel", QT_TRANSLATE_NOOP("ParameterPanel", "%1 model: %2 = %3 parameters")),
    "model": ("ParameterPanel", QT_TRANSLATE_NOOP("ParameterPanel", "%1 model: %2 parameters")),
    # the outputs' names (ModelSpec.output_names)
    "class": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "class %1")),
    "output": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "output")),
    "output n": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "output %1")),
    # what a feature is (FeatureMap.describe)
    "polynomial feature": ("ModelTexts", QT_TRANSLATE_NOOP(
        "ModelTexts", "%1: a scaled Legendre polynomial of x/6, a well-conditioned stand-in for the power %2")),
    "feature": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "%1: computed from the point's coordinates")),
    # the worked forward pass's step titles (LayerStep.title), by stage and number
    "hidden step": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "Layer %1 (hidden, %2 neurons)")),
    "hidden step 1": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "Layer %1 (hidden, %2 neuron)")),
    "output step": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "Layer %1 (output, %2 neurons)")),
    "output step 1": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "Layer %1 (output, %2 neuron)")),
    "encode step": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "Encode (%1 components)")),
    "encode step 1": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "Encode (%1 component)")),
    "decode step": ("ModelTexts", QT_TRANSLATE_NOOP("ModelTexts", "Decode (reconstruction)")),
}

# engine/choices.POINT_LOSS_LABELS' values: one point's loss in the worked forward pass (ForwardTrace.loss_name)
LOSS_NAMES = (
    QT_TRANSLATE_NOOP("ModelTexts", "squared error"),
    QT_TRANSLATE_NOOP("ModelTexts", "binary cross-entropy"),
    QT_TRANSLATE_NOOP("ModelTexts", "cross-entropy"),
    QT_TRANSLATE_NOOP("ModelTexts", "reconstruction error"),
)

# what the update equation's symbols mean: engine/update_equation.py's COMMON_GLOSSARY and PENALTY_GLOSSARY and each
# rule's glossary (update_rules.py), the explanations only (the symbols are mathematics)
GLOSSARY = (
    QT_TRANSLATE_NOOP("ModelTexts", "the weight (or bias): after the step on the left of ←, before it on the right"),
    QT_TRANSLATE_NOOP("ModelTexts", "'becomes': the value after this step"),
    QT_TRANSLATE_NOOP("ModelTexts", "the learning rate of this step"),
    QT_TRANSLATE_NOOP("ModelTexts",
                      "the gradient of the loss on this step's minibatch: how the loss changes with w"),
    QT_TRANSLATE_NOOP("ModelTexts", "the gradient the optimizer uses: ∂L/∂w plus the penalty's gradient"),
    QT_TRANSLATE_NOOP("ModelTexts", "the regularization strength; L2 adds λ·w to the gradient, L1 adds λ·sign(w); "
                                    "biases never"),
    QT_TRANSLATE_NOOP("ModelTexts", "the velocity: a running sum of past gradients, each step shrunk by μ"),
    QT_TRANSLATE_NOOP("ModelTexts", "the momentum: how much of the velocity is kept"),
    QT_TRANSLATE_NOOP("ModelTexts", "the momentum; Nesterov steps along g + μ·v, a look ahead"),
    QT_TRANSLATE_NOOP("ModelTexts",
                      "the sum of all squared gradients so far: frequently large gradients get small steps"),
    QT_TRANSLATE_NOOP("ModelTexts", "a tiny number that avoids dividing by zero"),
    QT_TRANSLATE_NOOP("ModelTexts", "a running mean of squared gradients"),
    QT_TRANSLATE_NOOP("ModelTexts", "how much of s is kept each step"),
    QT_TRANSLATE_NOOP("ModelTexts", "running mean of gradients (the momentum part)"),
    QT_TRANSLATE_NOOP("ModelTexts", "running mean of squared gradients (the step-size part)"),
    QT_TRANSLATE_NOOP("ModelTexts", "how much of m and v is kept each step"),
    QT_TRANSLATE_NOOP("ModelTexts", "m and v corrected for starting at 0: divided by 1 − βᵗ"),
    QT_TRANSLATE_NOOP("ModelTexts", "the number of steps Adam has taken"),
)


class Translated(dict):
    """Translations made on first use and kept: `texts[key]` is `translate(*TEMPLATES[key])`, a catalogue's
    `texts[english]` its translation (a text not in `known` as it is), an optimizer's `texts[name]` its label."""

    def __init__(self, make) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: str) -> str:
        value = self[key] = self.make(key)
        return value


def _catalogued(texts: tuple[str, ...], context: str = "ModelTexts"):
    return lambda text: translate(context, text) if text in texts else text


class ModelTexts:
    """The texts composed from the templates above, translated when first used and kept (a view makes one after the
    translators are installed and writes with it at every frame). Each method's English is the engine's text it
    stands for."""

    def __init__(self) -> None:
        self.t = Translated(lambda key: translate(*TEMPLATES[key]))
        self.losses = Translated(_catalogued(LOSS_NAMES))
        self.glossary_texts = Translated(_catalogued(GLOSSARY))
        self.optimizers = Translated(lambda name: hp_text(OPTIMIZER_LABELS.get(name, name)))

    # ---- parameters ---------------------------------------------------------------------------------------------
    def unit(self, spec: ModelSpec, unit: Unit) -> str:
        """ModelSpec.label(unit): 'input x2', 'neuron 3 of layer 1', 'output neuron 0 (layer 3)', 'output neuron for
        class B (layer 3)', 'component 1'."""
        t = self.t
        if unit.role == "input":
            return fill(t["input"], display_name(unit.name) if unit.name else f"x{unit.index + 1}")
        if unit.role == "hidden":
            return fill(t["hidden"], unit.index, unit.layer)
        if unit.role == "output":
            if unit.index < len(spec.class_names):
                return fill(t["class output"], spec.class_names[unit.index], unit.layer)
            return fill(t["output unit"], unit.index, unit.layer)
        return fill(t["component"], unit.index)

    def meaning(self, spec: ModelSpec, ref: ScalarRef) -> str:
        """ModelSpec.describe(ref): what the scalar connects, 'weight from input x2 to neuron 1 of layer 1'."""
        slot = spec.slot(ref.name)
        if slot is None or not slot.contains(ref.index):
            return spec.describe(ref)  # not a parameter of this model: no view shows one
        t = self.t
        source, target = slot.reads(ref.index), slot.feeds(ref.index)
        if slot.is_weight and source is not None and target is not None:
            if target.role == "component":
                return fill(t["direction"], self.unit(spec, source), self.unit(spec, target))
            return fill(t["weight"], self.unit(spec, source), self.unit(spec, target))
        if target is not None:
            return fill(t["bias"], self.unit(spec, target))
        if source is not None:
            return fill(t["centre"], self.unit(spec, source))
        return ref.name

    def describe(self, spec: ModelSpec, flat_name: str) -> str:
        """'dense1.W[0,1]: weight from input x2 to neuron 0 of layer 1' (the parameter table's tooltip); the name
        alone when the model has no such scalar."""
        ref = ScalarRef.parse(flat_name)
        if not spec.has(ref):
            return flat_name
        return fill(self.t["named"], flat_name, self.meaning(spec, ref))

    # ---- the model ----------------------------------------------------------------------------------------------
    def summary(self, spec: ModelSpec) -> str:
        """ModelSpec.architecture: '2-4-2-1 network: 12 + 10 + 3 = 25 parameters', '2-1 model: 3 parameters', 'PCA
        with 1 of 2 components: 2 weights + 2 centre = 4 parameters'. Counts of 1,000 or more are written with the
        locale's thousands separator (count_text), where the engine writes 1000."""
        sizes, t = spec.layer_sizes, self.t
        total = count_text(spec.parameter_count)
        if not spec.is_network:
            d, k = (sizes[0], sizes[1]) if len(sizes) >= 2 else (0, 0)
            if spec.kind != "pca" or d * k + d != spec.parameter_count:
                return spec.architecture  # a kind of model this line does not know: the engine's words
            return fill(t["pca"], count_text(k), count_text(d), count_text(d * k), count_text(d), total)
        groups: dict[int, int] = {}
        for slot in spec.slots:
            groups[slot.layer] = groups.get(slot.layer, 0) + slot.size
        shape = "-".join(str(size) for size in sizes)
        parts = " + ".join(count_text(count) for count in groups.values())
        kind = "network" if len(sizes) > 2 else "model"  # hidden layers: a network
        if len(groups) > 1:
            return fill(t[f"{kind} parts"], shape, parts, total)
        return fill(t[kind], shape, total)

    def output_names(self, spec: ModelSpec) -> tuple[str, ...]:
        """ModelSpec.output_names: 'class A', 'class B', ...; 'output'; 'output 1', 'output 2', ...; PCA's
        'component 0', ..."""
        t = self.t
        count = spec.layer_sizes[-1] if spec.layer_sizes else 0
        if not spec.is_network:
            return tuple(fill(t["component"], i) for i in range(count))
        if len(spec.class_names) == count and count > 1:
            return tuple(fill(t["class"], name) for name in spec.class_names)
        return (t["output"],) if count == 1 else tuple(fill(t["output n"], i + 1) for i in range(count))

    def feature(self, spec: ModelSpec, name: str) -> str:
        """FeatureMap.describe(name): what feature `name` (as the model names it: 'phi[x1^3]') is."""
        if spec.feature_kind == "polynomial":
            return fill(self.t["polynomial feature"], name, name[name.index("[") + 1: -1])
        return fill(self.t["feature"], name)

    # ---- the worked forward pass --------------------------------------------------------------------------------
    def step_title(self, step: LayerStep) -> str:
        """LayerStep.title: 'Layer 1 (hidden, 4 neurons)', 'Layer 2 (output, 1 neuron)', 'Encode (2 components)',
        'Decode (reconstruction)'; the engine's title for a step without its parts."""
        if step.stage == "decode":
            return self.t["decode step"]
        if step.stage not in ("hidden", "output", "encode"):
            return step.title
        template = self.t[f"{step.stage} step{' 1' if step.units == 1 else ''}"]
        return fill(template, step.units) if step.stage == "encode" else fill(template, step.layer, step.units)

    def loss(self, name: str) -> str:
        """ForwardTrace.loss_name ('squared error', 'cross-entropy', ...), translated (any other as it is)."""
        return self.losses[name]

    # ---- the update equation ------------------------------------------------------------------------------------
    def optimizer(self, name: str) -> str:
        """An optimizer's label ('nesterov' -> 'Nesterov momentum'), translated; an unknown name as it is."""
        return self.optimizers[name]

    def glossary(self, optimizer: str, regularized: bool) -> list[tuple[str, str]]:
        """(symbol, what it means) of the equation of `optimizer`: the common symbols, the penalty's when
        `regularized`, then the rule's own; the meanings translated."""
        rows = [*COMMON_GLOSSARY, *(PENALTY_GLOSSARY if regularized else ()), *rule(optimizer).glossary]
        return [(symbol, self.glossary_texts[text]) for symbol, text in rows]


# ---- one text at a time (its templates translated at each call) -----------------------------------------------------
def unit_text(spec: ModelSpec, unit: Unit) -> str:
    """ModelTexts.unit, translated now."""
    return ModelTexts().unit(spec, unit)


def meaning(spec: ModelSpec, ref: ScalarRef) -> str:
    """ModelTexts.meaning (ModelSpec.describe in the interface language), translated now."""
    return ModelTexts().meaning(spec, ref)


def describe(spec: ModelSpec, flat_name: str) -> str:
    """ModelTexts.describe: 'dense1.W[0,1]: weight from input x2 to neuron 0 of layer 1', translated now."""
    return ModelTexts().describe(spec, flat_name)


def summary_text(spec: ModelSpec) -> str:
    """ModelTexts.summary (ModelSpec.architecture in the interface language), translated now."""
    return ModelTexts().summary(spec)
