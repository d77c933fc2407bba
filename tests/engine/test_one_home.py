"""Engine knowledge lives in one place, checked on the sources as `git grep` would: only ScalarRef parses scalar
names with a regex, weight-or-bias comes from the model spec (never from the name), and each table (labels, headline
metrics, grid points, optimizer formulas) is defined once."""

from __future__ import annotations

import ast
import functools
import re
from collections import defaultdict
from pathlib import Path

import gradientdesk

PACKAGE = Path(gradientdesk.__file__).resolve().parent
SCALAR_REF = PACKAGE / "engine" / "scalar_ref.py"
SAMPLES = ("dense2.W[1,3]", "dense2.W", "dense12.b[0]", "pca.b[1]", "pca.W")
NAME_SIGNS = (r"\.", r"\[", "[Wb]", "W|b", "b|W")  # a pattern reading parameter names has one of these
REGEX_FUNCTIONS = {"compile", "match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"}


def sources() -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 50
    return files


@functools.cache
def nodes(path: Path) -> list[ast.AST]:
    return list(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


def regex_patterns(path: Path) -> list[tuple[int, str]]:
    """(line, pattern) of every re.<function>(literal pattern, ...) in the module."""
    found = []
    for node in nodes(path):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in REGEX_FUNCTIONS
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((node.lineno, node.args[0].value))
    return found


def parses_parameter_names(pattern: str) -> bool:
    """A regex that looks for the parts of names like dense2.W[1,3] (escaped dots or brackets, W or b) and finds
    them in such names."""
    if not any(sign in pattern for sign in NAME_SIGNS):
        return False
    compiled = re.compile(pattern)
    return any(compiled.search(sample) for sample in SAMPLES)


def test_the_check_recognizes_the_old_parsers_and_lets_other_regexes_be():
    assert parses_parameter_names(r"(\d+)\.")
    assert parses_parameter_names(r"^(?P<base>[^.]+)\.(?P<kind>\w+)\[(?P<i>\d+)(?:,(?P<j>\d+))?\]$")
    assert parses_parameter_names(r"^(?P<layer>[A-Za-z_]+?)(?P<number>\d*)\.(?P<kind>[A-Za-z]+)\[")
    assert parses_parameter_names(r"^(?P<name>[a-z]+(?P<layer>\d*)\.(?P<kind>[Wb]))\[(?P<index>\d+(?:,\d+)?)\]$")
    assert not parses_parameter_names(r"[^A-Za-z0-9]+")  # a file-name slug
    assert not parses_parameter_names(r"^\s*[-+]?\d*,\d+(?:[eE][-+]?\d+)?\s*$")  # a decimal comma
    assert not parses_parameter_names(r"Try ([0-9.e+-]+), then Reset")


def test_only_scalar_ref_parses_parameter_names_with_a_regex():
    offenders = [f"{path.relative_to(PACKAGE)}:{line}: {pattern}" for path in sources() if path != SCALAR_REF
                 for line, pattern in regex_patterns(path) if parses_parameter_names(pattern)]
    assert offenders == []
    assert any(parses_parameter_names(p) for _, p in regex_patterns(SCALAR_REF))


NAME_GUESSES = re.compile(r"""endswith\(\s*["']\.[Wb]["']|startswith\(\s*["'](?:pca\.|dense)|["']\.W\[["']""")


def test_weight_or_bias_is_never_guessed_from_the_name():
    offenders = [f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}" for path in sources()
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if NAME_GUESSES.search(line)]
    assert offenders == []
    assert NAME_GUESSES.search('weight = name.endswith(".W")') and NAME_GUESSES.search("if '.W[' in n")


MARKS = {"QT_TRANSLATE_NOOP", "translate"}  # a literal handed to these is marked for translation, not defined


def _marked(path: Path) -> set[int]:
    """The ids of the string literals in `path` that are arguments of a translation mark: the UI's catalogues
    (ui/panels/hyperparameter_texts.py, ui/model_texts.py) repeat the engine's labels so that pyside6-lupdate finds
    them, and their tests keep them equal to the engine's; they are mirrors, not second homes."""
    marked = set()
    for node in nodes(path):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in MARKS:
                marked.update(id(arg) for arg in node.args)
    return marked


def string_constants() -> dict[str, set[str]]:
    """Every string literal of the package (translation marks aside) -> the modules it appears in."""
    where: dict[str, set[str]] = defaultdict(set)
    for path in sources():
        marked = _marked(path)
        for node in nodes(path):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in marked:
                where[node.value].add(str(path.relative_to(PACKAGE)))
    return where


def test_every_label_table_has_one_home():
    where = string_constants()
    for label in ("Leaky ReLU", "SiLU (swish)", "RMSProp", "Nesterov momentum", "Glorot (Xavier)", "Step decay",
                  "Binary cross-entropy", "Categorical cross-entropy", "Neural network", "Softmax regression",
                  "squared error", "cross-entropy"):
        assert where[label] == {"engine/choices.py"}, label
    for label in ("R²", "explained variance"):  # headline metrics
        assert where[label] == {"engine/metrics.py"}, label


def definitions(name: str) -> list[str]:
    return [str(path.relative_to(PACKAGE)) for path in sources() for node in nodes(path)
            if (isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name)
            or (isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets))]


def test_each_piece_of_engine_knowledge_is_defined_once():
    assert definitions("grid_points") == ["engine/grid.py"]
    assert definitions("ScalarRef") == ["engine/scalar_ref.py"]
    assert definitions("metric_of") == definitions("metric_of_task") == []
    assert definitions("FORMULAS") == definitions("STATE_NAMES") == definitions("OPTIMIZER_NAMES") == []
    assert definitions("why_not") == ["engine/compatibility.py"]
    assert definitions("fmt") == ["engine/number_text.py"]
    for rule in ("SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam"):
        assert definitions(rule) == ["engine/update_rules.py"]
