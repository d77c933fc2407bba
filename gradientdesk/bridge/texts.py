"""The helpers every translated text needs, below the ui so that the bridge's status messages and undo texts
(translated with QCoreApplication.translate where they are made) use them too: `fill`, Qt's QString.arg for a
translated template, `count_text`, a whole number written as the interface's locale writes it, and `engine_text`,
a text the engine wrote (a Message, or an error carrying one: engine/translatable.py) in the interface language.
ui/i18n.py installs the translators and the locale they follow."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from ..engine.translatable import Message

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


def engine_message(item: object) -> Message | None:
    """The translatable Message `item` is or carries (a MessageError's `message`, or a ValueError raised with a
    Message), else None."""
    if isinstance(item, Message):
        return item
    if isinstance(item, BaseException):
        message = item.message if hasattr(item, "message") else (item.args[0] if len(item.args) == 1 else None)
        return message if isinstance(message, Message) else None
    return None


def engine_text(item: object) -> str:
    """What the engine said - a Message, an exception, or plain text - in the interface language: a Message's
    template translated in its context and filled with its arguments (nested Messages translated too); an exception
    without a Message, or plain text, as its English str."""
    message = engine_message(item)
    if message is None:
        return str(item)
    args = [engine_text(arg) if isinstance(arg, Message) else arg for arg in message.args]
    return fill(QCoreApplication.translate(message.context, message.template), *args)
