"""Changing hyperparameters: validated first (a refused value changes nothing and says why in the status bar), a
model that cannot use the data on the canvas loads a preset it can use (one undoable step with the data), input
features the data cannot provide are dropped. The controller's `_after_hyperparameters` then tells the worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..engine import Hyperparameters, build_model, compatibility
from ..engine.features import features_for_input_dim
from ..engine.hyperparameters import MODEL_LABELS
from ..state.data_state import DataSettings, DataState
from .commands import DataEdit
from .data_edits import data_name
from .texts import engine_text, fill

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from ..engine import Dataset

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

# When a model cannot use the data on the canvas, this preset is loaded for it.
PRESET_FOR_MODEL = {"linear": "line", "polynomial": "polynomial", "logistic": "gaussians", "softmax": "blobs",
                    "mlp": "circle", "pca": "cloud"}


class HyperparameterEditing:
    """The hyperparameter edits of the Controller (a mixin: it uses the controller's `data`, `settings`,
    `hyperparameters`, `undo_stack`, `status` signal, `_apply_state` and `_after_hyperparameters`)."""

    data: DataState
    settings: DataSettings
    hyperparameters: Hyperparameters
    undo_stack: QUndoStack
    status: SignalInstance

    def _apply_state(self, state: DataState, hp: Hyperparameters | None = None) -> None:  # pragma: no cover
        raise NotImplementedError

    def _after_hyperparameters(self, hp: Hyperparameters, changed: str) -> None:  # pragma: no cover
        raise NotImplementedError

    def _trainable_dataset(self) -> Dataset | None:  # pragma: no cover
        raise NotImplementedError

    def set_hyperparameter(self, name: str, value: Any) -> bool:
        """Change one hyperparameter. Returns False (and says why in the status bar) if the value is refused."""
        if getattr(self.hyperparameters, name) == value:
            return True
        try:
            hp = self.hyperparameters.replace(**{name: value})
        except (TypeError, ValueError) as error:
            self.status.emit(fill(translate("HyperparameterEdits", "Not changed: %1"), engine_text(error)))
            return False
        return self.set_hyperparameters(hp, changed=name)

    def set_hyperparameters(self, hp: Hyperparameters, changed: str = "") -> bool:
        """Switch to `hp` (loading a suitable preset first when the model cannot use the data on the canvas)."""
        try:
            hp.validate()
        except ValueError as error:
            self.status.emit(fill(translate("HyperparameterEdits", "Not changed: %1"), engine_text(error)))
            return False
        if hp.model != self.hyperparameters.model and not self._model_fits_data(hp):
            return self._switch_model_and_data(hp)
        hp = self._fit_features(hp, self.data.input_dim)
        dataset = self._trainable_dataset()
        if dataset is not None:
            try:
                build_model(hp, dataset, np.random.default_rng(0))
            except ValueError as error:
                self.status.emit(fill(translate("HyperparameterEdits", "Not changed: %1"), engine_text(error)))
                return False
        self._after_hyperparameters(hp, changed)
        return True

    def _switch_model_and_data(self, hp: Hyperparameters) -> bool:
        """A model that cannot use the data on the canvas: load a preset it can use, in one undoable step."""
        preset = PRESET_FOR_MODEL[hp.model]
        settings = DataSettings(preset, self.settings.n, None, self.settings.seed, self.settings.test_fraction)
        try:
            state = DataState.from_preset(settings)
            hp = self._fit_features(hp, state.input_dim, widen=state.input_dim > self.data.input_dim)
        except ValueError as error:
            self.status.emit(fill(translate("HyperparameterEdits", "Not changed: %1"), engine_text(error)))
            return False
        self.settings = settings
        model = model_label(hp.model)
        self.undo_stack.push(DataEdit(fill(translate("HyperparameterEdits", "Switch to %1"), model), self.data, state,
                                      self._apply_state, hp_before=self.hyperparameters, hp_after=hp))
        self.status.emit(fill(translate("HyperparameterEdits", "%1 cannot use the previous data: loaded the '%2' "
                                        "dataset (Undo brings the old data and model back)."),
                              model, data_name(preset)))
        return True

    def _model_fits_data(self, hp: Hyperparameters) -> bool:
        return compatibility.fits(hp.model, self.data.task, self.data.n_classes)

    @staticmethod
    def _fit_features(hp: Hyperparameters, input_dim: int, widen: bool = False) -> Hyperparameters:
        """Drop the input features the data cannot provide; with `widen` (data just became 2-D) turn a lone x1
        into x1 and x2, so the new coordinate is not silently ignored."""
        fitted = features_for_input_dim(hp.features, input_dim)
        if widen and input_dim == 2 and fitted == ("x1",):
            fitted = ("x1", "x2")
        return hp if fitted == hp.features else hp.replace(features=fitted)


def model_label(model: str) -> str:
    """A model's label ("Neural network") in the interface language: the engine's English label, translated by the
    panels' catalogue (context "Hyperparameters", ui/panels/hyperparameter_texts.py)."""
    return translate("Hyperparameters", MODEL_LABELS[model])
