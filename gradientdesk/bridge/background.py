"""What the training worker computes in pieces besides training: the exact losses and metrics of a snapshot that
was published with an estimate (big data, paused), and a loss landscape. Each piece lasts about the seconds it is
given (plus at most one chunk, engine/pieces.py), so the worker takes its messages between them.

Exact numbers belong to one *generation* of the model (the worker counts them: every step, edit or rebuild starts a
new one); measuring for an older generation is abandoned as soon as a newer one exists.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable

from ..engine import landscape
from ..engine.evaluation import Evaluation, Evaluator
from ..engine.pieces import Interrupted


class BackgroundWork:
    """The worker's pieces of work besides training (see the module docstring). Used from the worker thread only."""

    def __init__(self) -> None:
        self.landscape: landscape.LandscapeJob | None = None
        self._measuring: tuple[int, Evaluator] | None = None
        self._measured: tuple[int, Evaluation] | None = None

    @property
    def measuring(self) -> bool:
        return self._measuring is not None

    @property
    def pending(self) -> bool:
        return self._measuring is not None or self.landscape is not None

    # ---- exact numbers -------------------------------------------------------------------------------------------
    def exact_for(self, generation: int) -> Evaluation | None:
        """The exact numbers measured for `generation`, if they are ready."""
        return self._measured[1] if self._measured is not None and self._measured[0] == generation else None

    def measure(self, generation: int, evaluator: Callable[[], Evaluator]) -> None:
        """Start measuring exact numbers for `generation` (unless that is under way already)."""
        if self._measuring is None or self._measuring[0] != generation:
            self._measuring = (generation, evaluator())

    def abandon(self) -> None:
        """The model changed: exact numbers being measured would be of the old one."""
        self._measuring = None

    def measure_piece(self, seconds: float) -> bool:
        """About `seconds` of measuring; True when exact numbers have just become ready (see `exact_for`)."""
        if self._measuring is None:
            return False
        generation, evaluator = self._measuring
        if not evaluator.advance(time.perf_counter() + seconds):
            return False
        assert evaluator.result is not None
        self._measuring = None
        self._measured = (generation, evaluator.result)
        return True

    # ---- the loss landscape --------------------------------------------------------------------------------------
    def landscape_piece(self, seconds: float) -> landscape.Landscape | None:
        """About `seconds` of the landscape; the Landscape once it is finished."""
        job = self.landscape
        if job is None:
            return None
        try:
            finished = job.advance(seconds)
        except Interrupted:
            raise
        except Exception:  # a bug in it must not end the worker: drop the landscape (the view asks again)
            traceback.print_exc()
            self.landscape = None
            return None
        if not finished:
            return None
        self.landscape = None
        return job.result
