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
from ..state.data_state import DataState
from .atomic import write_atomically

MAX_ROWS = 100_000
MAX_FILE_BYTES = 50 * 1024 * 1024
ROLE_NAMES = {"x": "x1", "x1": "x1", "x2": "x2", "label": "label", "class": "label", "target": "target",
              "y": "target", "split": "split"}
_DECIMAL_COMMA = re.compile(r"^\s*[-+]?\d*,\d+(?:[eE][-+]?\d+)?\s*$")


class CsvError(ValueError):
    """A CSV file cannot be imported. `line` (1-based, 0 if not about one line) and `column` name the place."""

    def __init__(self, message: str, line: int = 0, column: str = "") -> None:
        where = f"line {line}" if line else ""
        if column:
            where = f"{where}, column {column}" if where else f"column {column}"
        super().__init__(f"{where}: {message}" if where else message)
        self.line, self.column = line, column


@dataclass(frozen=True)
class CsvTable:
    """The cells of a CSV file: its header (None if the first row holds data) and the data rows with their line
    numbers in the file."""

    header: tuple[str, ...] | None
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    delimiter: str
    warnings: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        return len(self.header) if self.header is not None else max((len(r) for _, r in self.rows), default=0)


@dataclass(frozen=True)
class CsvImport:
    """What an import would put on the canvas."""

    state: DataState
    task: str
    columns: dict[str, str]  # role (x1, x2, value, split) -> column name as shown to the user
    warnings: tuple[str, ...]


# ---- reading -------------------------------------------------------------------------------------------------------
def read_table(path: str | Path) -> CsvTable:
    """Read the cells of a CSV file. Raises CsvError for unreadable, empty or oversized files and ragged rows."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CsvError(f"the file is larger than {MAX_FILE_BYTES >> 20} MB")
        raw = path.read_bytes()
    except OSError as error:
        raise CsvError(f"cannot read {path.name}: {error.strerror or error}") from None
    return parse_table(raw)


def parse_table(raw: bytes) -> CsvTable:
    warnings = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # never fails; spreadsheets on Windows often write this
        warnings.append("The file is not UTF-8 text; it was read as Latin-1.")
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise CsvError("the file is empty")
    delimiter = max((";", "\t", ","), key=first.count)
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(rows) > MAX_ROWS:  # the header and MAX_ROWS data rows are fine; one more is not
                raise CsvError(f"more than {MAX_ROWS:,} rows; GradientDesk opens at most {MAX_ROWS:,} points"
                               .replace(",", " "), reader.line_num)
            rows.append((reader.line_num, tuple(c.strip() for c in cells)))
    except csv.Error as error:
        raise CsvError(f"the file is not valid CSV ({error})", reader.line_num) from None
    header: tuple[str, ...] | None = None
    if _looks_like_header(rows, delimiter):
        header = rows[0][1]
        rows = rows[1:]
        if not rows:
            raise CsvError("the file has a header but no data rows")
    width = len(header) if header is not None else len(rows[0][1])
    for line, cells in rows:
        if len(cells) != width:
            names = f" ({', '.join(header)})" if header is not None else ""
            raise CsvError(f"{len(cells)} values, but {'the header has' if header else 'the first row has'} "
                           f"{width} columns{names}", line)
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
        raise CsvError(f"no column for {_shown((missing[0],), task)[0]}: {task} data needs the columns "
                       f"{', '.join(_shown(wanted, task))}")
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
        raise CsvError(f"unknown task {task!r}")
    columns = assign_columns(table, task)
    shown = {role: _column_name(table, index) for role, index in columns.items()}
    coords = [columns[r] for r in ("x1", "x2") if r in columns]
    n = len(table.rows)
    X = np.empty((n, len(coords)))
    for i, (line, cells) in enumerate(table.rows):
        for j, index in enumerate(coords):
            X[i, j] = _finite(cells[index], table.delimiter, line, shown["x1" if j == 0 else "x2"])
    warnings = list(table.warnings)
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
        warnings.append(f"No split column: {is_test.sum()} of {n} points were put in the test split at random "
                        f"({test_fraction:.0%}).")
    outside = int((np.abs(X) > DOMAIN).any(axis=1).sum())
    if outside:
        warnings.append(f"{outside} point{'s lie' if outside > 1 else ' lies'} outside the canvas square "
                        f"[-{DOMAIN:g}, {DOMAIN:g}]: imported as they are, not rescaled. Consider scaling the data.")
    unused = [_column_name(table, i) for i in range(table.width) if i not in columns.values()]
    if unused:
        warnings.append(f"Not used: column{'s' if len(unused) > 1 else ''} {', '.join(unused)}.")
    try:
        dataset = Dataset(X, y, task, is_test, class_names, name[:100] or "imported")
    except ValueError as error:
        raise CsvError(str(error)) from None
    return CsvImport(DataState.from_dataset(dataset), task, shown, tuple(warnings))


def _column_name(table: CsvTable, index: int) -> str:
    return table.header[index] if table.header is not None and table.header[index] else f"{index + 1}"


def _finite(cell: str, delimiter: str, line: int, column: str) -> float:
    if not cell:
        raise CsvError("the value is missing", line, column)
    try:
        value = _number(cell, delimiter)
    except ValueError:
        raise CsvError(f"{cell[:30]!r} is not a number", line, column) from None
    if not math.isfinite(value):
        raise CsvError(f"{cell[:30]!r} is not a finite number (NaN and infinity are not allowed)", line, column)
    try:
        return check_value(value, f"the value {cell[:30]!r}")
    except ValueError as error:
        raise CsvError(str(error), line, column) from None


def _labels(table: CsvTable, index: int, column: str) -> tuple[np.ndarray, tuple[str, ...]]:
    """Class indices and names: whole numbers 0..5 keep their number; text names are numbered alphabetically."""
    cells = [(line, cells[index]) for line, cells in table.rows]
    for line, cell in cells:
        if not cell:
            raise CsvError("the class label is missing", line, column)
    if all(_is_number(cell, table.delimiter) for _, cell in cells):
        y = np.empty(len(cells), np.int64)
        for i, (line, cell) in enumerate(cells):
            value = _number(cell, table.delimiter)
            if not (math.isfinite(value) and value == int(value) and 0 <= value < MAX_CLASSES):
                raise CsvError(f"{cell!r} is not a class: use whole numbers 0 to {MAX_CLASSES - 1} or class names",
                               line, column)
            y[i] = int(value)
        return y, DEFAULT_CLASS_NAMES[: max(2, int(y.max()) + 1)]
    names: list[str] = []
    for line, cell in cells:
        if cell not in names:
            names.append(cell)
            if len(names) > MAX_CLASSES:
                raise CsvError(f"{cell[:30]!r} is a 7th class; GradientDesk shows at most {MAX_CLASSES} classes",
                               line, column)
            if len(cell) > 40:
                raise CsvError("a class name may have at most 40 characters", line, column)
    ordered = sorted(names)
    if len(ordered) < 2:
        ordered.append(next(n for n in DEFAULT_CLASS_NAMES if n not in ordered))
    lookup = {n: i for i, n in enumerate(ordered)}
    return np.array([lookup[cell] for _, cell in cells], np.int64), tuple(ordered)


def _split(cell: str, line: int, column: str) -> bool:
    word = cell.lower()
    if word not in ("train", "test"):
        raise CsvError(f"{cell[:30]!r} must be train or test", line, column)
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
