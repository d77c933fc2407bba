"""The Cost page of the Scale view: what N parameters cost to hold, to train and to use, with the formulas shown,
and the learner's own run on the same scale (see engine/scale_cost.py for the formulas and their sources)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ...engine.scale_cost import (
    PRECISIONS,
    adam_mixed_precision_bytes,
    chinchilla_tokens,
    inference_flops_per_token,
    training_flops,
    weight_bytes,
)
from ...engine.scale_learner import LearnerRun
from ..i18n import count_text, decimal_text, fill
from .scale_words import bytes_words as bytes_text
from .scale_words import flops_words as flops_text
from .scale_words import words as in_words

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def cost_rows(name: str, n: int, tokens: int | None) -> list[tuple[str, str, str]]:
    """(what, formula, amount) for a model of `n` parameters trained on `tokens` (None: not published)."""
    hold = translate("ScaleView", "Hold the weights in %1")
    rows = [(fill(hold, precision), fill(translate("ScaleView", "%1 x %2 bits"), count_text(n), bits),
             bytes_text(weight_bytes(n, precision))) for precision, bits in PRECISIONS.items()]
    rows.append((translate("ScaleView", "Train with Adam, mixed precision"),
                 fill(translate("ScaleView", "~16 bytes x %1 (weights, gradients, Adam's m and v)"), count_text(n)),
                 bytes_text(adam_mixed_precision_bytes(n))))
    if tokens:
        rows.append((fill(translate("ScaleView", "Training compute (%1 tokens)"), in_words(tokens)),
                     f"~6 x {in_words(n)} x {in_words(tokens)}", flops_text(training_flops(n, tokens))))
        rows.append((translate("ScaleView", "Tokens per parameter"), f"{in_words(tokens)} / {in_words(n)}",
                     decimal_text(f"{tokens / n:.3g}")))
    rows.append((translate("ScaleView", "Compute-optimal data (Chinchilla)"),
                 fill(translate("ScaleView", "~20 tokens x %1"), in_words(n)),
                 fill(translate("ScaleView", "%1 tokens"), in_words(chinchilla_tokens(n)))))
    rows.append((translate("ScaleView", "Use: compute per token generated"), f"~2 x {in_words(n)}",
                 flops_text(inference_flops_per_token(n))))
    return rows


def learner_rows(run: LearnerRun) -> list[tuple[str, str, str]]:
    rows = [(translate("ScaleView", "Parameters"), run.name, count_text(run.parameters)),
            (translate("ScaleView", "Training points"), "", count_text(run.training_points)),
            (translate("ScaleView", "Steps so far"), "", count_text(run.steps)),
            (translate("ScaleView", "Examples seen"), translate("ScaleView", "every minibatch's size, summed"),
             count_text(run.examples_seen)),
            (translate("ScaleView", "Compute done"),
             f"~6 x {count_text(run.parameters)} x {count_text(run.examples_seen)}", flops_text(run.flops)),
            (fill(translate("ScaleView", "Hold the weights in %1"), "fp32"),
             fill(translate("ScaleView", "%1 x 4 bytes"), count_text(run.parameters)),
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
        title = fill(translate("ScaleView", "%1: %2 parameters (%3)"), html.escape(name), count_text(n), in_words(n))
        parts = [f"<h3>{title}</h3>", _table(cost_rows(name, n, tokens))]
        if not tokens:
            parts.append("<p>" + translate("ScaleView", "No published count of training tokens for this model.")
                         + "</p>")
        elif source:
            parts.append("<p><small>" + fill(translate("ScaleView", "Training tokens: %1"), html.escape(source))
                         + "</small></p>")
        if run is not None:
            parts.append("<h3>" + translate("ScaleView", "Your run, on the same scale") + "</h3>"
                         + _table(learner_rows(run)))
            if tokens and run.flops:
                parts.append("<p>" + fill(translate("ScaleView", "Training %1 took about %2 times the compute of "
                                                                 "your run so far."),
                                          html.escape(name), in_words(training_flops(n, tokens) // max(run.flops, 1)))
                             + "</p>")
        parts.append("<p><small>" + html.escape(translate(
            "ScaleView", "Bytes in decimal units (1 GB = 1,000,000,000 bytes). Formulas: 6 x parameters x tokens to "
            "train, 2 x parameters per token to use (Kaplan et al. 2020); ~20 tokens per parameter for compute-optimal "
            "training (Hoffmann et al. 2022); 16 bytes per parameter for Adam in mixed precision (Rajbhandari et al. "
            "2020).")) + "</small></p>")
        self.text.setText("".join(parts))


def _table(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{html.escape(what)}</td><td style='color:#555555'>{html.escape(formula)}</td>"
                    f"<td align='right'><b>{html.escape(amount)}</b></td></tr>" for what, formula, amount in rows)
    return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"
