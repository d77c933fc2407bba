"""Editing one weight or bias by hand (a learner typing a value in a view). The value must be in the range every view
can draw (engine/limits.py), and it is addressed by a ScalarRef together with the model structure (ModelSpec) the
editor was opened for: after a change of layers the same name may be another weight, or none, so an edit for an
older structure is refused - here, and again by the worker when it applies it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import QCoreApplication

from ..engine import ScalarRef
from ..engine.limits import check_value
from ..engine.model_spec import ModelSpec
from ..engine.snapshot import Snapshot
from .messages import Pause, SetParameter
from .texts import engine_text, fill

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from .training_bridge import TrainingBridge

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


class ParameterEditing:
    """The hand edits of the Controller (a mixin: it uses the controller's `latest`, `can_train`, `status` and
    bridge)."""

    latest: Snapshot | None
    status: SignalInstance
    _bridge: TrainingBridge
    _untrainable: str
    leave_preview: Callable[[], None]  # TimelineEditing's (an annotation only: no stub to shadow it in the MRO)

    @property
    def can_train(self) -> bool:  # pragma: no cover - the Controller's
        raise NotImplementedError

    @overload
    def set_parameter_value(self, target: ScalarRef, value: float, /, *, spec: ModelSpec | None = None) -> str: ...

    @overload
    def set_parameter_value(self, target: str, index: tuple[int, ...], value: float, /) -> str: ...

    def set_parameter_value(self, target: ScalarRef | str, *args: Any, spec: ModelSpec | None = None) -> str:
        """Overwrite one weight or bias by hand (pauses training): `set_parameter_value(ref, value, spec=spec)`,
        `spec` being the structure the editor was opened for (the snapshot's), or the older
        `set_parameter_value(name, index, value)`. Returns "" once sent; else why it was refused (also said in the
        status bar): a value out of range (engine/limits.py), a structure changed since `spec`, no such scalar,
        data and settings that cannot train. The worker checks the structure again when it applies the value."""
        ref, value = (target, args[0]) if isinstance(target, ScalarRef) else (ScalarRef(target, tuple(args[0])),
                                                                              args[1])
        why = self._why_not_editable(ref, spec)
        if not why:
            try:
                value = check_value(value, str(ref))
            except (TypeError, ValueError) as error:
                why = fill(translate("ParameterEdits", "Not changed: %1."), engine_text(error))  # the engine's words
        if why:
            self.status.emit(why)
            return why
        self.leave_preview()  # a typed weight changes the run itself, at its newest step: show that step
        assert self.latest is not None
        self._bridge.send(Pause())
        self._bridge.send(SetParameter(ref, value, spec if spec is not None else self.latest.spec))
        return ""

    def _why_not_editable(self, ref: ScalarRef, spec: ModelSpec | None) -> str:
        latest = self.latest
        if not self.can_train or latest is None:
            return fill(translate("ParameterEdits", "%1 was not changed: %2"), ref,
                        self._untrainable or translate("ParameterEdits", "there is no model yet."))
        if spec is not None and spec != latest.spec:
            return fill(translate("ParameterEdits", "%1 was not changed: the model's structure changed after it was "
                                  "picked (it is now %2)."), ref, latest.spec.architecture)
        if not latest.spec.has(ref):
            return fill(translate("ParameterEdits", "%1 was not changed: the model has no such parameter."), ref)
        return ""
