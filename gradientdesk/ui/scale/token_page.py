"""The Tokens page of the Scale view: a sentence split by GPT-2's byte-pair encoding (offline; see
engine/tokens.py), each token with its id - the row of the embedding table it selects, vocabulary x width
parameters in all, width of them for each token."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...bridge.texts import engine_text
from ..i18n import count_text, fill
from ..theme import palette

# the sentence split first, shown translated (so it is split in the learner's language)
FIRST_TEXT = QT_TRANSLATE_NOOP("ScaleView", "Parameters are the numbers a model learns; tokens are the pieces of text "
                                            "it reads.")
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
grouped = count_text  # whole numbers with the interface's thousands separator
CHIP_COLORS = (palette.SKY_BLUE, palette.YELLOW, palette.BLUISH_GREEN, palette.REDDISH_PURPLE, palette.ORANGE)


class TokenPage(QWidget):
    """A line to type in, the tokens as coloured chips, and a table of token, id and embedding row.
    `set_table(name, vocabulary, width)` names the embedding table the ids select rows of."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_name, self.vocabulary, self.width = "GPT-2 small", 50_257, 768
        self.entry = QLineEdit(self)
        self.entry.setObjectName("scale_token_entry")
        self.entry.setPlaceholderText(translate("ScaleView", "Type a sentence"))
        self.entry.setToolTip(translate("ScaleView", "Any text: it is split into GPT-2's tokens on this computer "
                                                     "(nothing is sent anywhere)."))
        self.entry.setText(translate("ScaleView", FIRST_TEXT))
        self.chips = QLabel(self)
        self.chips.setObjectName("scale_token_chips")
        self.chips.setWordWrap(True)
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel(self)
        self.summary.setObjectName("scale_token_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("scale_token_table")
        self.table.setHorizontalHeaderLabels((translate("ScaleView", "Token"), translate("ScaleView", "Id"),
                                              translate("ScaleView", "Embedding row")))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.entry.textChanged.connect(self.split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.entry)
        layout.addWidget(self.chips)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._shown_once = False

    def showEvent(self, event) -> None:  # the vocabulary loads the first time the page is seen, not at start-up
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.split()

    def set_table(self, name: str, vocabulary: int, width: int) -> None:
        self.table_name, self.vocabulary, self.width = name, vocabulary, width
        if self._shown_once:
            self.split()

    def split(self) -> None:
        from ...engine.tokens import VOCABULARY_SIZE, encode  # the vocabulary loads on first use

        try:
            tokens = encode(self.entry.text())
        except ValueError as error:
            self.summary.setText(engine_text(error))
            self.chips.setText("")
            self.table.setRowCount(0)
            return
        self.chips.setText("".join(
            f"<span style='background-color:{CHIP_COLORS[i % len(CHIP_COLORS)]}; color:#000000'>"
            f"{html.escape(t.text).replace(' ', '&nbsp;')}</span><span> </span>" for i, t in enumerate(tokens)))
        self.table.setRowCount(len(tokens))
        for r, token in enumerate(tokens):
            # the ids are GPT-2's: rows of its table, whichever model is chosen (the summary names the difference)
            row = (repr(token.text), str(token.id),
                   fill(translate("ScaleView", "row %1 of %2"), grouped(token.id), grouped(VOCABULARY_SIZE)))
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.vocabulary == VOCABULARY_SIZE:
            table = fill(translate("ScaleView", "%1's embedding table (%2 rows x %3 = %4 parameters)"),
                         self.table_name, grouped(self.vocabulary), grouped(self.width),
                         grouped(self.vocabulary * self.width))
        else:
            table = fill(translate("ScaleView", "GPT-2's %1-token vocabulary (%2 has its own: %3 rows x %4)"),
                         grouped(VOCABULARY_SIZE), self.table_name, grouped(self.vocabulary), grouped(self.width))
        self.summary.setText(fill(translate("ScaleView", "%1 characters → %2 tokens. Each id picks one row of %3: a "
                                                         "token enters the model as %4 learned numbers."),
                                  grouped(len(self.entry.text())), grouped(len(tokens)), table, grouped(self.width)))
