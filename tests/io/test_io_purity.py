"""Reading and checking files needs no Qt: the pure modules of gradientdesk.io import and run in a fresh
interpreter without loading PySide6 or pyqtgraph (what `--validate` and engine-side lesson tests rely on)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PURE = ("session", "session_schema", "session_codec", "csv_io", "model_export", "recent_files", "atomic")

SCRIPT = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module("gradientdesk.io." + name)
from gradientdesk.state.data_state import DataState
from gradientdesk.engine import datasets
from gradientdesk.io.csv_io import csv_text, detect_task, interpret, parse_table
from gradientdesk.io.session import Session, decode_session, summarize
session = Session(DataState.from_dataset(datasets.make("circle", n=30, seed=1)))
document = json.dumps({"format": "gradientdesk-session", "version": 1, "hyperparameters": {"features": ["x1"]},
                       "data": {"task": "regression", "input_dim": 1, "X": [[1.0], [2.0]], "y": [0.5, 1.5]}})
table = parse_table(csv_text(session.data).encode())
print(json.dumps({"summary": summarize(decode_session(document.encode())),
                  "csv": interpret(table, detect_task(table)).state.dataset.n,
                  "qt": sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "pyqtgraph", "shiboken6"})}))
"""


def test_reading_files_loads_no_qt():
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-c", SCRIPT, *PURE], capture_output=True, text=True, env=env, timeout=60,
                            cwd=REPO, check=True)
    report = json.loads(result.stdout)
    assert report == {"summary": "custom: 2 points, neural network 1-4-2-1 (21 learned parameters)", "csv": 30,
                      "qt": []}
