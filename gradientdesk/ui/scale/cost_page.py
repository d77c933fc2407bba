"""The Cost page of the Scale view: what N parameters cost to hold, to train and to use, with the formulas shown,
and the learner's own run on the same scale (see engine/scale_cost.py for the formulas and their sources)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ...engine.number_text import bytes_text, flops_text, grouped, in_words
from ...engine.scale_cost import (
    PRECISIONS,
    adam_mixed_precision_bytes,
    chinchilla_tokens,
    inference_flops_per_token,
    training_flops,
    weight_bytes,
)
from ...engine.scale_learner import LearnerRun


def cost_rows(name: str, n: int, tokens: int | None) -> list[tuple[str, str, str]]:
    """(what, formula, amount) for a model of `n` parameters trained on `tokens` (None: not published)."""
    rows = [(f"Hold the weights in {precision}", f"{grouped(n)} x {bits} bits", bytes_text(weight_bytes(n, precision)))
            for precision, bits in PRECISIONS.items()]
    rows.append(("Train with Adam, mixed precision", f"~16 bytes x {grouped(n)} (weights, gradients, Adam's m and v)",
                 bytes_text(adam_mixed_precision_bytes(n))))
    if tokens:
        rows.append((f"Training compute ({in_words(tokens)} tokens)", f"~6 x {in_words(n)} x {in_words(tokens)}",
                     flops_text(training_flops(n, tokens))))
        rows.append(("Tokens per parameter", f"{in_words(tokens)} / {in_words(n)}", f"{tokens / n:.3g}"))
    rows.append(("Compute-optimal data (Chinchilla)", f"~20 tokens x {in_words(n)}",
                 f"{in_words(chinchilla_tokens(n))} tokens"))
    rows.append(("Use: compute per token generated", f"~2 x {in_words(n)}", flops_text(inference_flops_per_token(n))))
    return rows


def learner_rows(run: LearnerRun) -> list[tuple[str, str, str]]:
    rows = [("Parameters", run.name, grouped(run.parameters)),
            ("Training points", "", grouped(run.training_points)),
            ("Steps so far", "", grouped(run.steps)),
            ("Examples seen", "every minibatch's size, summed", grouped(run.examples_seen)),
            ("Compute done", f"~6 x {grouped(run.parameters)} x {grouped(run.examples_seen)}",
             flops_text(run.flops)),
            ("Hold the weights in fp32", f"{grouped(run.parameters)} x 4 bytes",
             bytes_text(weight_bytes(run.parameters, "fp32")))]
    return rows


class CostPage(QWidget):
    """`show_cost(name, n, tokens, run)`: the chosen model's costs above the learner's run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setObjectName("scale_cost_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(scroll)

    def show_cost(self, name: str, n: int, tokens: int | None, run: LearnerRun | None, source: str = "") -> None:
        parts = [f"<h3>{html.escape(name)}: {grouped(n)} parameters ({in_words(n)})</h3>",
                 _table(cost_rows(name, n, tokens))]
        if not tokens:
            parts.append("<p>No published count of training tokens for this model.</p>")
        elif source:
            parts.append(f"<p><small>Training tokens: {html.escape(source)}</small></p>")
        if run is not None:
            parts.append(f"<h3>Your run, on the same scale</h3>{_table(learner_rows(run))}")
            if tokens and run.flops:
                parts.append(f"<p>Training {html.escape(name)} took about "
                             f"{in_words(training_flops(n, tokens) // max(run.flops, 1))} times the compute of your "
                             f"run so far.</p>")
        parts.append("<p><small>Bytes in decimal units (1 GB = 1,000,000,000 bytes). Formulas: 6 x parameters x "
                     "tokens to train, 2 x parameters per token to use (Kaplan et al. 2020); ~20 tokens per "
                     "parameter for compute-optimal training (Hoffmann et al. 2022); 16 bytes per parameter for "
                     "Adam in mixed precision (Rajbhandari et al. 2020).</small></p>")
        self.text.setText("".join(parts))


def _table(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{html.escape(what)}</td><td style='color:#555555'>{html.escape(formula)}</td>"
                    f"<td align='right'><b>{html.escape(amount)}</b></td></tr>" for what, formula, amount in rows)
    return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"
