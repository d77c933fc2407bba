"""Remember the last-used hyperparameters in QSettings and bring them back at the next start (when no file is
opened). A stored value that is broken or from an incompatible version is ignored with a status message, never an
error: the default example opens instead."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QObject, QSettings

from ...bridge.controller import Controller
from ...engine import Hyperparameters
from ..i18n import fill

KEY = "session/hyperparameters"


class RememberedHyperparameters(QObject):
    """Stores every hyperparameter change (QSettings writes lazily, so this is cheap) and restores them."""

    def __init__(self, controller: Controller, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller, self.settings = controller, settings
        controller.hyperparameters_changed.connect(self.store)

    def store(self, hp: Hyperparameters, *_args: object) -> None:
        self.settings.setValue(KEY, json.dumps(hp.to_dict()))

    def restore(self) -> bool:
        """Apply the stored hyperparameters (loading a preset the model can use, if needed). True if applied."""
        raw = self.settings.value(KEY)
        if raw is None:
            return False
        try:
            if not isinstance(raw, str):
                raise ValueError(QCoreApplication.translate("RememberedHyperparameters", "not text"))
            hp = Hyperparameters.from_dict(json.loads(raw))
        except (ValueError, TypeError, RecursionError) as error:
            self.settings.remove(KEY)
            self.controller.status.emit(fill(QCoreApplication.translate(
                "RememberedHyperparameters", "The remembered hyperparameters were ignored (%1); the default example "
                "opened instead."), error))
            return False
        if hp == self.controller.hyperparameters:
            return True
        applied = self.controller.set_hyperparameters(hp)  # says why in the status bar if refused
        self.controller.undo_stack.clear()  # the start-up state is not an edit to undo
        return applied
