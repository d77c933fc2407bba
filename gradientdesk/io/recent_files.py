"""The recent-files list, kept in the application settings (a QSettings, or anything with value/setValue).

Newest first, at most `LIMIT` entries, no duplicates (paths compared after resolving), and files that no longer exist
are pruned whenever the list is read. Pure Python: the settings object is passed in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

LIMIT = 8
KEY = "files/recent"


class SettingsLike(Protocol):
    def value(self, key: str, default: Any = None) -> Any: ...
    def setValue(self, key: str, value: Any) -> None: ...


class RecentFiles:
    """Recently opened or saved session files."""

    def __init__(self, settings: SettingsLike | None, key: str = KEY, limit: int = LIMIT) -> None:
        self.settings, self.key, self.limit = settings, key, limit

    def paths(self) -> list[Path]:
        """The existing recent files, newest first (missing ones are dropped from the settings too)."""
        stored = self._stored()
        existing = [p for p in stored if p.is_file()]
        if existing != stored:
            self._store(existing)
        return existing

    def add(self, path: str | Path) -> None:
        path = Path(path).resolve()
        entries = [path] + [p for p in self._stored() if p != path]
        self._store(entries[: self.limit])

    def remove(self, path: str | Path) -> None:
        path = Path(path).resolve()
        self._store([p for p in self._stored() if p != path])

    def clear(self) -> None:
        self._store([])

    def _stored(self) -> list[Path]:
        if self.settings is None:
            return []
        raw = self.settings.value(self.key, [])
        if isinstance(raw, str):  # QSettings returns a lone string for a one-element list in INI files
            raw = [raw] if raw else []
        if not isinstance(raw, (list, tuple)):
            return []
        paths: list[Path] = []
        for item in raw:
            if isinstance(item, str) and item and Path(item) not in paths:
                paths.append(Path(item))
        return paths[: self.limit]

    def _store(self, paths: list[Path]) -> None:
        if self.settings is not None:
            self.settings.setValue(self.key, [str(p) for p in paths])
