"""Texts the engine writes for a person (a divergence, a stop rule, a refused value) in a form the interface can
translate, without the engine knowing about Qt.

A `Message` is the English text itself - a `str`, so everything that stores, compares or prints the engine's
messages keeps working unchanged - that also remembers how it was made: the translation `context`, the English
`template` with %1 .. %9, the `args` filled in (strings already formatted as the English text writes them, or nested
Messages, e.g. a hyperparameter's label) and `facts`, the numbers a view needs from it (the learning rate a
divergence suggests). The templates are marked with `QT_TRANSLATE_NOOP`, which pyside6-lupdate finds in any .py
file; here it returns the text unchanged. The bridge (bridge/texts.py, `engine_text`) translates a Message, or the
`MessageError` carrying one, into the interface language; anything else shows as its English str.

A Message survives what a str survives inside the engine (stored in a Snapshot, copied, pickled); an operation that
makes a new str (concatenation, slicing, f-strings) gives plain English text, which is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark `text` for translation in `context` (pyside6-lupdate extracts it); returns `text` unchanged."""
    return text


def english(template: str, args: tuple[Any, ...]) -> str:
    """`template` with %1 .. %9 replaced by `args` in one pass, as the bridge's `fill` does with a translation."""
    return _PLACEHOLDER.sub(lambda m: str(args[int(m[1]) - 1]) if int(m[1]) <= len(args) else m[0], template)


class Message(str):
    """The English text `english(template, args)`, knowing its translation `context`, `template`, `args` and
    `facts` (read-only). Equal to, and hashed as, its English text."""

    context: str
    template: str
    args: tuple[str | Message, ...]
    facts: Mapping[str, Any]

    def __new__(cls, context: str, template: str, *args: object, **facts: Any) -> Message:
        shown = tuple(arg if isinstance(arg, Message) else str(arg) for arg in args)
        self = super().__new__(cls, english(template, shown))
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "args", shown)
        object.__setattr__(self, "facts", MappingProxyType(dict(facts)))
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Message is read-only (tried to set {name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Message is read-only (tried to delete {name})")

    def __reduce__(self) -> tuple[Any, ...]:  # pickle and copy: the same Message again
        return _rebuild, (type(self), self.context, self.template, self.args, dict(self.facts))

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {self.template!r}, args={self.args!r}, facts={dict(self.facts)!r})"


def _rebuild(cls: type[Message], context: str, template: str, args: tuple[Any, ...],
             facts: dict[str, Any]) -> Message:
    return cls(context, template, *args, **facts)


class MessageError(ValueError):
    """A ValueError whose text a person reads: `message` is the Message; str(error) its English text."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message
