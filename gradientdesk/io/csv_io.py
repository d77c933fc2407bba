"""CSV import and export of the points on the canvas (pure Python + numpy, no Qt).

Export writes a header and one row per point::

    x1,x2,label,split          classification (label: the class name)
    x1,x2,target,split         regression on two coordinates;  x,target,split  on one
    x1,x2,split                unsupervised (PCA)

Numbers are written with Python's shortest exact form, so importing an export gives bitwise the same coordinates.

Import reads comma-, semicolon- or tab-separated text (a semicolon file may use decimal commas, as spreadsheets
in many countries write them). The header is optional; its names choose the columns (case does not matter):
x1 or x; x2; label or class (classification); target or y (regression); split (train / test). Unknown names, and
files without a header, are taken in order: x1, x2, label/target, split. The task is detected - text labels or a
few whole numbers 0..5 mean classification, other numbers regression, no third column unsupervised - and can be
overridden. Text labels become classes in alphabetical order. Without a split column, points join the test split
at random with the window's test fraction (seeded: the same file gives the same split).

Every problem raises `CsvError` naming the line and the column ("line 7, column x2: 'abc' is not a number"); nothing
is half-imported. Coordinates and targets must lie in the range the views can draw (|x| <= 1e6, `engine.limits`).
Coordinates outside the canvas square [-6, 6] are imported as they are - never rescaled behind the user's back - and
reported as a warning.

The errors and warnings are translatable (engine/translatable.py): a CsvError carries a Message of the context
"CsvFile" (its `message`), and each warning is one; their English is the text itself.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..engine import Dataset
from ..engine.dataset import DEFAULT_CLASS_NAMES, DOMAIN, MAX_CLASSES, TASKS
from ..engine.limits import check_value
from ..engine.translatable import QT_TRANSLATE_NOOP, Message, MessageError
from ..state.data_state import DataState
from .atomic import write_atomically

MAX_ROWS = 100_000
MAX_FILE_BYTES = 50 * 1024 * 1024
ROLE_NAMES = {"x": "x1", "x1": "x1", "x2": "x2", "label": "label", "class": "label", "target": "target",
              "y": "target", "split": "split"}
_DECIMAL_COMMA = re.compile(r"^\s*[-+]?\d*,\d+(?:[eE][-+]?\d+)?\s*$")


def _said(template: str, *args: object) -> Message:
    """A text of this module for a person: `template` (marked where it is written) in the context "CsvFile"."""
    return Message("CsvFile", template, *args)


class CsvError(MessageError):
    """A CSV file cannot be imported. `line` (1-based, 0 if not about one line) and `column` name the place;
    `message` is the whole text as a Message ("line 7, column x2: 'abc' is not a number"), str(error) its English."""

    def __init__(self, message: Message, line: int = 0, column: str = "") -> None:
        if line and column:
            message = _said(QT_TRANSLATE_NOOP("CsvFile", "line %1, column %2: %3"), line, column, message)
        elif line:
            message = _said(QT_TRANSLATE_NOOP("CsvFile", "line %1: %2"), line, message)
        elif column:
            message = _said(QT_TRANSLATE_NOOP("CsvFile", "column %1: %2"), column, message)
        super().__init__(message)
        self.line, self.column = line, column


def _reason(error: ValueError) -> Message | str:
    """What a ValueError of the engine says: its Message if it carries one, else its English text."""
    message = getattr(error, "message", None)
    return message if isinstance(message, Message) else str(error)


# the names of the tasks inside the texts below ("classification data needs the columns x1, x2, label")
_TASK_NAMES = {
    "classification": QT_TRANSLATE_NOOP("CsvFile", "classification"),
    "regression": QT_TRANSLATE_NOOP("CsvFile", "regression"),
    "unsupervised": QT_TRANSLATE_NOOP("CsvFile", "unsupervised"),
}


@dataclass(frozen=True)
class CsvTable:
    """The cells of a CSV file: its header (None if the first row holds data) and the data rows with their line
    numbers in the file."""

    header: tuple[str, ...] | None
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    delimiter: str
    warnings: tuple[Message, ...] = ()  # each a translatable Message

    @property
    def width(self) -> int:
        return len(self.header) if self.header is not None else max((len(r) for _, r in self.rows), default=0)


@dataclass(frozen=True)
class CsvImport:
    """What an import would put on the canvas."""

    state: DataState
    task: str
    columns: dict[str, str]  # role (x1, x2, value, split) -> column name as shown to the user
    warnings: tuple[Message, ...]  # each a translatable Message


# ---- reading -------------------------------------------------------------------------------------------------------
def read_table(path: str | Path) -> CsvTable:
    """Read the cells of a CSV file. Raises CsvError for unreadable, empty or oversized files and ragged rows."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "the file is larger than %1 MB"), MAX_FILE_BYTES >> 20))
        raw = path.read_bytes()
    except OSError as error:
        raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "cannot read %1: %2"), path.name,
                             error.strerror or error)) from None
    return parse_table(raw)


def parse_table(raw: bytes) -> CsvTable:
    warnings: list[Message] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # never fails; spreadsheets on Windows often write this
        warnings.append(_said(QT_TRANSLATE_NOOP("CsvFile", "The file is not UTF-8 text; it was read as Latin-1.")))
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "the file is empty")))
    delimiter = max((";", "\t", ","), key=first.count)
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(rows) > MAX_ROWS:  # the header and MAX_ROWS data rows are fine; one more is not
                raise CsvError(_said(QT_TRANSLATE_NOOP(
                    "CsvFile", "more than %1 rows; GradientDesk opens at most %1 points"),
                    f"{MAX_ROWS:,}".replace(",", " ")), reader.line_num)
            rows.append((reader.line_num, tuple(c.strip() for c in cells)))
    except csv.Error as error:
        raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "the file is not valid CSV (%1)"), error),
                       reader.line_num) from None
    header: tuple[str, ...] | None = None
    if _looks_like_header(rows, delimiter):
        header = rows[0][1]
        rows = rows[1:]
        if not rows:
            raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "the file has a header but no data rows")))
    width = len(header) if header is not None else len(rows[0][1])
    for line, cells in rows:
        if len(cells) != width:
            if header:
                raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "%1 values, but the header has %2 columns (%3)"),
                                     len(cells), width, ", ".join(header)), line)
            raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "%1 values, but the first row has %2 columns"),
                                 len(cells), width), line)
    return CsvTable(header, tuple(rows), delimiter, tuple(warnings))


def _looks_like_header(rows: list[tuple[int, tuple[str, ...]]], delimiter: str) -> bool:
    """The first row names columns if it holds a known name (x1, label, ...), or text above a number (a data row
    may hold text too: class names and train/test)."""
    first = rows[0][1]
    if any(c.lower() in ROLE_NAMES for c in first):
        return True
    if len(rows) < 2:
        return False
    second = rows[1][1]
    return any(not _is_number(a, delimiter) and _is_number(b, delimiter) for a, b in zip(first, second, strict=False))


def _is_number(cell: str, delimiter: str) -> bool:
    try:
        _number(cell, delimiter)
    except ValueError:
        return False
    return True


def _number(cell: str, delimiter: str) -> float:
    """float(cell), with decimal commas in semicolon files; raises ValueError for text and empty cells."""
    if delimiter == ";" and _DECIMAL_COMMA.match(cell):
        cell = cell.replace(",", ".")
    return float(cell)


# ---- interpreting --------------------------------------------------------------------------------------------------
def assign_columns(table: CsvTable, task: str) -> dict[str, int]:
    """Which column plays which role (x1, x2, value, split) for `task`: named columns first, then the others in
    order. Raises CsvError if a column the task needs is missing."""
    width = table.width
    named: dict[str, int] = {}
    free: list[int] = []
    for index, name in enumerate(table.header or ("",) * width):
        role = ROLE_NAMES.get(name.lower())
        role = "value" if role in ("label", "target") else role
        if role is not None and role not in named:
            named[role] = index
        else:
            free.append(index)
    last = width - 1
    if table.header is None and width >= 2 and all(c[last].lower() in ("train", "test") for _, c in table.rows):
        named["split"] = last
        free.remove(last)
    if task == "classification":
        wanted: tuple[str, ...] = ("x1", "x2", "value")
    elif task == "unsupervised":
        wanted = ("x1", "x2")
    else:  # one coordinate and a target, or two coordinates and a target
        available = len(free) + sum(r in named for r in ("x1", "x2", "value"))
        wanted = ("x1", "x2", "value") if "x2" in named or available >= 3 else ("x1", "value")
    roles = {r: named[r] for r in wanted if r in named}
    for role in wanted:
        if role not in roles and free:
            roles[role] = free.pop(0)
    missing = [r for r in wanted if r not in roles]
    if missing:
        raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "no column for %1: %2 data needs the columns %3"),
                             _shown((missing[0],), task)[0], _said(_TASK_NAMES[task]),
                             ", ".join(_shown(wanted, task))))
    if "split" in named:
        roles["split"] = named["split"]
    return roles


def _shown(roles: tuple[str, ...], task: str) -> list[str]:
    return [{"x1": "x1", "x2": "x2", "value": "label" if task == "classification" else "target"}[r] for r in roles]


def detect_task(table: CsvTable) -> str:
    """classification, regression or unsupervised, from the header names and the contents of the value column."""
    names = [ROLE_NAMES.get(n.lower()) for n in (table.header or ())]
    if "label" in names:
        return "classification"
    if "target" in names:
        return "regression"
    try:
        columns = assign_columns(table, "classification")
    except CsvError:
        return "unsupervised" if table.width >= 2 else "regression"
    values = [cells[columns["value"]] for _, cells in table.rows]
    numbers = []
    for v in values:
        try:
            numbers.append(_number(v, table.delimiter))
        except ValueError:
            return "classification"  # text labels
    distinct = set(numbers)
    if len(distinct) <= MAX_CLASSES and all(x == int(x) and 0 <= x < MAX_CLASSES for x in distinct):
        return "classification"
    return "regression"


def interpret(table: CsvTable, task: str, name: str = "imported", test_fraction: float = 0.5,
              seed: int = 0) -> CsvImport:
    """The points `table` holds, read as `task`. Raises CsvError naming the first bad line and column."""
    if task not in TASKS:
        raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "unknown task %1"), repr(task)))
    columns = assign_columns(table, task)
    shown = {role: _column_name(table, index) for role, index in columns.items()}
    coords = [columns[r] for r in ("x1", "x2") if r in columns]
    n = len(table.rows)
    X = np.empty((n, len(coords)))
    for i, (line, cells) in enumerate(table.rows):
        for j, index in enumerate(coords):
            X[i, j] = _finite(cells[index], table.delimiter, line, shown["x1" if j == 0 else "x2"])
    warnings: list[Message] = list(table.warnings)
    class_names: tuple[str, ...] = ()
    if task == "classification":
        y, class_names = _labels(table, columns["value"], shown["value"])
    elif task == "regression":
        y = np.array([_finite(cells[columns["value"]], table.delimiter, line, shown["value"])
                      for line, cells in table.rows])
    else:
        y = np.zeros(n)
    if "split" in columns:
        is_test = np.array([_split(cells[columns["split"]], line, shown["split"]) for line, cells in table.rows])
    else:
        is_test = np.random.default_rng(seed).random(n) < test_fraction
        warnings.append(_said(QT_TRANSLATE_NOOP("CsvFile", "No split column: %1 of %2 points were put in the test "
                                                "split at random (%3)."), is_test.sum(), n, f"{test_fraction:.0%}"))
    outside = int((np.abs(X) > DOMAIN).any(axis=1).sum())
    if outside:
        template = (QT_TRANSLATE_NOOP("CsvFile", "%1 points lie outside the canvas square [-%2, %2]: imported as "
                                      "they are, not rescaled. Consider scaling the data.") if outside > 1 else
                    QT_TRANSLATE_NOOP("CsvFile", "%1 point lies outside the canvas square [-%2, %2]: imported as they "
                                      "are, not rescaled. Consider scaling the data."))
        warnings.append(_said(template, outside, f"{DOMAIN:g}"))
    unused = [_column_name(table, i) for i in range(table.width) if i not in columns.values()]
    if unused:
        template = (QT_TRANSLATE_NOOP("CsvFile", "Not used: columns %1.") if len(unused) > 1 else
                    QT_TRANSLATE_NOOP("CsvFile", "Not used: column %1."))
        warnings.append(_said(template, ", ".join(unused)))
    try:
        dataset = Dataset(X, y, task, is_test, class_names, name[:100] or "imported")
    except ValueError as error:
        raise CsvError(_reason(error)) from None
    return CsvImport(DataState.from_dataset(dataset), task, shown, tuple(warnings))


def _column_name(table: CsvTable, index: int) -> str:
    return table.header[index] if table.header is not None and table.header[index] else f"{index + 1}"


def _finite(cell: str, delimiter: str, line: int, column: str) -> float:
    if not cell:
        raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "the value is missing")), line, column)
    try:
        value = _number(cell, delimiter)
    except ValueError:
        raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "%1 is not a number"), repr(cell[:30])), line,
                       column) from None
    if not math.isfinite(value):
        raise CsvError(_said(QT_TRANSLATE_NOOP(
            "CsvFile", "%1 is not a finite number (NaN and infinity are not allowed)"), repr(cell[:30])), line, column)
    try:
        return check_value(value, _said(QT_TRANSLATE_NOOP("CsvFile", "the value %1"), repr(cell[:30])))
    except ValueError as error:
        raise CsvError(_reason(error), line, column) from None


def _labels(table: CsvTable, index: int, column: str) -> tuple[np.ndarray, tuple[str, ...]]:
    """Class indices and names: whole numbers 0..5 keep their number; text names are numbered alphabetically."""
    cells = [(line, cells[index]) for line, cells in table.rows]
    for line, cell in cells:
        if not cell:
            raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "the class label is missing")), line, column)
    if all(_is_number(cell, table.delimiter) for _, cell in cells):
        y = np.empty(len(cells), np.int64)
        for i, (line, cell) in enumerate(cells):
            value = _number(cell, table.delimiter)
            if not (math.isfinite(value) and value == int(value) and 0 <= value < MAX_CLASSES):
                raise CsvError(_said(QT_TRANSLATE_NOOP(
                    "CsvFile", "%1 is not a class: use whole numbers 0 to %2 or class names"), repr(cell),
                    MAX_CLASSES - 1), line, column)
            y[i] = int(value)
        return y, DEFAULT_CLASS_NAMES[: max(2, int(y.max()) + 1)]
    names: list[str] = []
    for line, cell in cells:
        if cell not in names:
            names.append(cell)
            if len(names) > MAX_CLASSES:
                raise CsvError(_said(QT_TRANSLATE_NOOP(
                    "CsvFile", "%1 is a 7th class; GradientDesk shows at most %2 classes"), repr(cell[:30]),
                    MAX_CLASSES), line, column)
            if len(cell) > 40:
                raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "a class name may have at most %1 characters"), 40),
                               line, column)
    ordered = sorted(names)
    if len(ordered) < 2:
        ordered.append(next(n for n in DEFAULT_CLASS_NAMES if n not in ordered))
    lookup = {n: i for i, n in enumerate(ordered)}
    return np.array([lookup[cell] for _, cell in cells], np.int64), tuple(ordered)


def _split(cell: str, line: int, column: str) -> bool:
    word = cell.lower()
    if word not in ("train", "test"):
        raise CsvError(_said(QT_TRANSLATE_NOOP("CsvFile", "%1 must be train or test"), repr(cell[:30])), line, column)
    return word == "test"


# ---- writing -------------------------------------------------------------------------------------------------------
def csv_text(state: DataState) -> str:
    """The CSV export of the canvas (header only for an empty canvas)."""
    ds = state.dataset
    coords = ["x1", "x2"] if state.input_dim == 2 else ["x"]
    value = {"classification": ["label"], "regression": ["target"], "unsupervised": []}[state.task]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*coords, *value, "split"])
    if ds is not None:
        for i in range(ds.n):
            row = [repr(float(v)) for v in ds.X[i]]
            if state.task == "classification":
                row.append(ds.class_names[int(ds.y[i])])
            elif state.task == "regression":
                row.append(repr(float(ds.y[i])))
            row.append("test" if ds.is_test[i] else "train")
            writer.writerow(row)
    return out.getvalue()


def write_csv(path: str | Path, state: DataState) -> None:
    """Export the canvas to `path` atomically. Raises OSError if it cannot be written."""
    write_atomically(Path(path), csv_text(state).encode("utf-8"))
