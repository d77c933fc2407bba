"""The engine's descriptions of a model in the interface language (ui/model_texts.py): in English every composed text
is the engine's own, for every model kind (linear, polynomial, logistic, softmax, mlp, pca) and every parameter;
under the pseudo-locale every piece of it went through the translator; and the catalogues hold every loss name and
every symbol's explanation the engine has.

Two translators check the pieces. PseudoTranslator (pseudo_locale.py) wraps every translated string in ⟦ ⟧: a
composed text must lie inside the markers, nothing of it outside. `Shouting` also writes each translation in
capitals, so an English piece filled into a translated template (the engine's 'input x1' inside '⟦WEIGHT FROM %1 TO
%2⟧') shows as lower-case words: every piece, however deep, must have been translated.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pytest
from pseudo_locale import CLOSE, OPEN, PseudoTranslator

from gradientdesk.engine import Hyperparameters, build_model, datasets
from gradientdesk.engine.choices import OPTIMIZER_LABELS, POINT_LOSS_LABELS
from gradientdesk.engine.forward_trace import trace
from gradientdesk.engine.scalar_ref import ScalarRef
from gradientdesk.engine.scale_learner import learner_name
from gradientdesk.engine.update_equation import COMMON_GLOSSARY, PENALTY_GLOSSARY
from gradientdesk.engine.update_rules import RULES
from gradientdesk.ui import model_texts
from gradientdesk.ui.i18n import fill
from gradientdesk.ui.model_texts import GLOSSARY, LOSS_NAMES, ModelTexts
from gradientdesk.ui.scale.scale_words import learner_title

# (dataset, hyperparameters): every model kind, with one output and several, one hidden neuron and several, PCA with
# one component and two, a polynomial's features
CASES = {
    "linear": ("plane", Hyperparameters(model="linear")),
    "linear 1-D": ("line", Hyperparameters(model="linear", features=("x1",))),
    "polynomial": ("sine", Hyperparameters(model="polynomial", degree=3)),
    "logistic": ("gaussians", Hyperparameters(model="logistic")),
    "softmax": ("blobs", Hyperparameters(model="softmax")),
    "mlp": ("circle", Hyperparameters(model="mlp", hidden_layers=(4, 3), activation="tanh")),
    "mlp one neuron": ("plane", Hyperparameters(model="mlp", hidden_layers=(1,))),
    "mlp classes": ("blobs", Hyperparameters(model="mlp", hidden_layers=(5,), features=("x1", "x2", "sin x1"))),
    "mlp no hidden": ("circle", Hyperparameters(model="mlp", hidden_layers=())),
    "pca": ("cloud", Hyperparameters(model="pca", n_components=2)),
    "pca one": ("cloud", Hyperparameters(model="pca", n_components=1)),
}
KINDS = {"linear", "polynomial", "logistic", "softmax", "mlp", "pca"}
SOURCE = Path(model_texts.__file__).read_text(encoding="utf-8")


def made(case: str):
    """(dataset, model) of CASES[case], freshly initialized."""
    preset, hp = CASES[case]
    ds = datasets.make(preset, n=40, seed=1)
    return ds, build_model(hp, ds, np.random.default_rng(0))


def every_text(texts: ModelTexts, case: str) -> list[tuple[str, str]]:
    """(what, text) for every text ModelTexts composes for the model of `case` (and the Scale view's title)."""
    ds, model = made(case)
    spec = model.spec
    out = [("summary", texts.summary(spec)), ("learner", learner_title(spec))]
    out += [(f"output {i}", name) for i, name in enumerate(texts.output_names(spec))]
    for name in spec.flat_names:
        ref = ScalarRef.parse(name)
        out += [(name, texts.meaning(spec, ref)), (f"{name} described", texts.describe(spec, name))]
    out += [(f"feature {name}", texts.feature(spec, name)) for name in spec.feature_names]
    t = trace(model, ds.X[0], float(ds.y[0]))
    out += [(f"step {k}", texts.step_title(step)) for k, step in enumerate(t.steps)]
    out.append(("loss", texts.loss(t.loss_name)))
    return out


def engine_text(case: str, what: str) -> str:
    """The engine's English for `what` (the same keys as every_text)."""
    ds, model = made(case)
    spec = model.spec
    if what == "summary":
        return spec.architecture
    if what == "learner":
        return learner_name(spec)
    if what.startswith("output "):
        return spec.output_names[int(what.split()[1])]
    if what.startswith("feature "):
        return spec.feature_map().describe(what.removeprefix("feature "))
    t = trace(model, ds.X[0], float(ds.y[0]))
    if what.startswith("step "):
        return t.steps[int(what.split()[1])].title
    if what == "loss":
        return t.loss_name
    name = what.removesuffix(" described")
    sentence = spec.describe(ScalarRef.parse(name))
    return f"{name}: {sentence}" if what.endswith(" described") else sentence


# ---- English: the engine's words ------------------------------------------------------------------------------------
def test_the_cases_cover_every_model_kind():
    assert {hp.model for _preset, hp in CASES.values()} == KINDS


@pytest.mark.parametrize("case", list(CASES))
def test_english_is_the_engines_text(case):
    texts = ModelTexts()
    found = every_text(texts, case)
    assert len(found) > 6
    for what, text in found:
        assert text == engine_text(case, what), (case, what)


@pytest.mark.parametrize("case", list(CASES))
def test_english_units_are_the_engines_labels(case):
    _ds, model = made(case)
    spec, texts = model.spec, ModelTexts()
    units = {unit for slot in spec.slots for unit in (*slot.wiring.reads, *slot.wiring.feeds)}
    assert units
    for unit in units:
        assert texts.unit(spec, unit) == spec.label(unit)
        assert model_texts.unit_text(spec, unit) == spec.label(unit)


def test_a_name_the_model_lacks_is_left_as_it_is():
    _ds, model = made("mlp")
    spec = model.spec
    assert model_texts.describe(spec, "dense9.W[0,0]") == "dense9.W[0,0]"
    assert model_texts.meaning(spec, ScalarRef("dense1.W", (99, 0))) == spec.describe(ScalarRef("dense1.W", (99, 0)))


def test_big_counts_differ_from_the_engine_only_by_the_thousands_separator():
    ds = datasets.make("circle", n=40, seed=1)
    spec = build_model(Hyperparameters(model="mlp", hidden_layers=(40, 40)), ds, np.random.default_rng(0)).spec
    summary = model_texts.summary_text(spec)
    assert summary != spec.architecture and summary.replace(",", "") == spec.architecture


@pytest.mark.parametrize("optimizer", list(RULES))
@pytest.mark.parametrize("regularized", [False, True])
def test_english_symbols_and_optimizers_are_the_engines(optimizer, regularized):
    texts = ModelTexts()
    rows = [*COMMON_GLOSSARY, *(PENALTY_GLOSSARY if regularized else ()), *RULES[optimizer].glossary]
    assert texts.glossary(optimizer, regularized) == rows
    assert texts.optimizer(optimizer) == OPTIMIZER_LABELS[optimizer]


# ---- the catalogues hold every fixed text of the engine -------------------------------------------------------------
def marked(source: str, context: str = "ModelTexts") -> set[str]:
    """The texts marked QT_TRANSLATE_NOOP(context, "...") in `source`, as pyside6-lupdate reads them."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                and all(isinstance(a, ast.Constant) for a in node.args) and node.args[0].value == context):
            found.add(node.args[1].value)
    return found


def engine_fixed_texts() -> set[str]:
    glossary = [*COMMON_GLOSSARY, *PENALTY_GLOSSARY, *(row for rule in RULES.values() for row in rule.glossary)]
    return {text for _symbol, text in glossary} | set(POINT_LOSS_LABELS.values())


def test_every_loss_name_and_symbol_explanation_is_in_the_catalogue():
    assert engine_fixed_texts() <= marked(SOURCE)
    assert set(GLOSSARY) | set(LOSS_NAMES) <= marked(SOURCE)


def test_the_catalogue_check_fails_when_a_text_is_missing():
    text = "the learning rate of this step"
    assert f'"{text}"' in SOURCE
    assert engine_fixed_texts() - marked(SOURCE.replace(f'"{text}"', '"something else"')) == {text}


def test_every_template_is_marked_in_its_context():
    for context, text in model_texts.TEMPLATES.values():
        assert text in marked(SOURCE, context)


# ---- the pseudo-locale: every piece translated ---------------------------------------------------------------------
class Shouting(PseudoTranslator):
    """PseudoTranslator that also writes every translation in capitals (%1 .. %9 stay as they are)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        text = super().translate(context, source, disambiguation, n)
        return text.upper() if text else text


# data a text may hold as it is: parameter names (dense1.W[0,1]), the model's feature names (phi[x1^3], sin x1)
_DATA = re.compile(r"[a-z]+\d*\.[A-Za-z]+(?:\[[\d,]+\])?|phi\[[^\]]*\]|\bsin\b")


def outside_marks(text: str) -> str:
    """What is left of `text` without its marked pieces (⟦...⟧, nested ones with them)."""
    out, depth = [], 0
    for ch in text:
        if ch == OPEN:
            depth += 1
        elif ch == CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def unmarked_words(text: str) -> list[str]:
    """Words of `text` outside every marked piece (data aside)."""
    return re.findall(r"[A-Za-z]{2,}", _DATA.sub("", outside_marks(text)))


def untranslated_words(text: str) -> list[str]:
    """Under `Shouting`: the words not written in capitals, i.e. pieces that never went through the translator."""
    return re.findall(r"[a-z]{2,}", _DATA.sub("", text))


@pytest.fixture
def translator_of(qapp):
    """Installs the translator class it is given (for the texts made after it); removed after the test."""
    app, installed = qapp, []

    def install(kind):
        translator = kind()
        assert "ModelTexts" in translator.contexts
        app.installTranslator(translator)
        installed.append(translator)
        return translator

    yield install
    for translator in installed:
        app.removeTranslator(translator)


@pytest.mark.parametrize("case", list(CASES))
def test_every_piece_is_marked_in_the_pseudo_locale(translator_of, case):
    translator_of(PseudoTranslator)
    texts = ModelTexts()  # made after the translator: its templates are the pseudo-locale's
    for what, text in every_text(texts, case):
        assert text.startswith(OPEN) and unmarked_words(text) == [], (case, what, text)


@pytest.mark.parametrize("case", list(CASES))
def test_every_nested_piece_is_translated(translator_of, case):
    translator_of(Shouting)
    for what, text in every_text(ModelTexts(), case):
        assert untranslated_words(text) == [], (case, what, text)


@pytest.mark.parametrize("optimizer", list(RULES))
def test_the_symbols_and_optimizer_are_marked(translator_of, optimizer):
    translator_of(Shouting)
    texts = ModelTexts()
    for _symbol, meaning in texts.glossary(optimizer, regularized=True):
        assert meaning.startswith(OPEN) and untranslated_words(meaning) == [], meaning
    assert texts.optimizer(optimizer).startswith(OPEN)


def test_the_checks_fail_for_an_english_piece(translator_of):
    """Negative: the engine's English alone, or inside a translated template, is caught."""
    translator_of(Shouting)
    _ds, model = made("mlp")
    spec, texts = model.spec, ModelTexts()
    ref = ScalarRef("dense1.W", (0, 1))
    english = spec.describe(ref)
    assert unmarked_words(english) != []
    source, target = spec.reads(ref), spec.feeds(ref)
    half = fill(texts.t["weight"], spec.label(source), spec.label(target))  # the units left in English
    assert unmarked_words(half) == [] and untranslated_words(half) == ["input", "neuron", "of", "layer"]
    assert untranslated_words(texts.meaning(spec, ref)) == []
    step = trace(model, np.array([0.5, -0.5]), 1.0).steps[0]
    assert unmarked_words(step.title) != [] and untranslated_words(texts.step_title(step)) == []
