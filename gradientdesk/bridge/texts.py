"""The two helpers every translated text needs, below the ui so that the bridge's status messages and undo texts
(translated with QCoreApplication.translate where they are made) use them too: `fill`, Qt's QString.arg for a
translated template, and `count_text`, a whole number written as the interface's locale writes it. ui/i18n.py
installs the translators and the locale they follow."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """Qt's QString.arg for a translated text: %1 .. %9 become `values`, in one pass (a value that holds "%2" is
    left as it is, which a chain of str.replace calls would not)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0], text)


def count_text(count: int) -> str:
    """A whole number with the thousands separator of the interface's locale: 12,345 / 12.345 / 12 345. Without a
    locale (the "C" one of tests and minimal systems) as Python writes it, 12,345."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{count:,}"
    return locale.toString(count)
