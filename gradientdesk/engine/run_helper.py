"""A helper process that trains half of a large RunSet on the machine's other core.

Why a process: a RunSet's step is many short numpy calls (run_set.py), so a second *thread* would spend its time
waiting for the GIL (measured: two threads of 8 runs each took longer than one RunSet of 16). A second process has
its own interpreter: it steps its runs while this process steps the others, and on a 2-core machine a sweep of 16
runs costs about as much as one of 8.

What it does: the helper holds a plain RunSet of the runs it was given (built from the same dataset and
hyperparameters, so each run starts and shuffles exactly as it would in the whole set: a run's start and minibatch
order depend on its own seed only). The RunSet that leases it (run_set.py) sends it the same calls it makes itself
(train n steps, n epochs, go on from checkpoints; a reset builds the helper's runs again), and its
own copy of every run is brought up to date (the helper's RunStates) before a snapshot or checkpoint; a training
reply says only how many steps were taken and which runs stopped, so training in short slices stays cheap.

Protocol: pickled tuples over the child's stdin/stdout, one reply per request, ("ok", value) or ("error", text).
The child is `python -m gradientdesk.engine.run_helper` (in the PyInstaller bundle: the app's executable with
`--engine-helper`, app.py), started once when first needed and kept for the life of the program; it ends when its
stdin closes (this process ended) or on "quit". One RunSet leases it at a time; a RunSet that finds it leased
trains all its runs itself.
"""

from __future__ import annotations

import atexit
import os
import pickle
import subprocess
import sys
import threading
from typing import Any, BinaryIO

ENGINE_HELPER_ARG = "--engine-helper"
ONE_PROCESS_ENV = "GRADIENTDESK_ONE_PROCESS"  # set (to anything) to train every run in this process


class HelperError(RuntimeError):
    """The helper process failed or ended; the text says how."""


CHILD_CODE = "import sys; from gradientdesk.engine.run_helper import serve_stdio; sys.exit(serve_stdio())"


def helper_command() -> list[str]:
    """How to start the helper: this interpreter running serve_stdio (not `-m` of this module, which the package
    has imported already), or the frozen app with ENGINE_HELPER_ARG."""
    if getattr(sys, "frozen", False):
        return [sys.executable, ENGINE_HELPER_ARG]
    return [sys.executable, "-c", CHILD_CODE]


def sharing_allowed() -> bool:
    """A second core to use, and not switched off by ONE_PROCESS_ENV."""
    return (os.cpu_count() or 1) >= 2 and not os.environ.get(ONE_PROCESS_ENV)


class Helper:
    """The helper process, started on first lease; one lease at a time."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._leased = False
        self.broken = False  # it could not be started or it died: do not try again in this program

    def lease(self) -> Lease | None:
        """The helper for one RunSet, or None when it is leased already, broken, or cannot start."""
        with self._lock:
            if self._leased or self.broken:
                return None
            try:
                self._ensure_started()
            except OSError:
                self.broken = True
                return None
            self._leased = True
            return Lease(self)

    def warm_up(self) -> None:
        """Start the process now, unless it runs or is broken."""
        with self._lock:
            if not self.broken:
                try:
                    self._ensure_started()
                except OSError:
                    self.broken = True

    @property
    def leased(self) -> bool:
        return self._leased

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        # the child finds the very modules this process runs (a checkout, an editable or a wheel install)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p),
                   OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
        self._process = subprocess.Popen(helper_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         env=env, close_fds=True)

    def request(self, message: tuple) -> None:
        process = self._process
        try:
            assert process is not None and process.stdin is not None
            pickle.dump(message, process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            process.stdin.flush()
        except (OSError, AssertionError, pickle.PicklingError) as error:
            self.broken = True
            raise HelperError(f"the engine's helper process could not be reached ({error})") from error

    def reply(self) -> Any:
        process = self._process
        try:
            assert process is not None and process.stdout is not None
            status, value = pickle.load(process.stdout)
        except (OSError, EOFError, AssertionError, pickle.UnpicklingError) as error:
            self.broken = True
            raise HelperError("the engine's helper process ended unexpectedly") from error
        if status != "ok":
            raise HelperError(value)
        return value

    def release(self) -> None:
        with self._lock:
            self._leased = False

    def stop(self) -> None:
        """End the process (at exit)."""
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.stdin is not None:
                process.stdin.close()
            process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()


class Lease:
    """One RunSet's use of the helper: `call(kind, *args)` sends a request and waits for its reply; `send` and
    `receive` split that, so the caller can train its own runs while the helper trains its. `release()` (or the
    RunSet being freed) gives the helper back."""

    def __init__(self, helper: Helper) -> None:
        self._helper = helper
        self._pending = False
        self.released = False

    def send(self, kind: str, *args: Any) -> None:
        if self.released:
            raise HelperError("the engine's helper was released")
        self._helper.request((kind, *args))
        self._pending = True

    def receive(self) -> Any:
        self._pending = False
        return self._helper.reply()

    def call(self, kind: str, *args: Any) -> Any:
        self.send(kind, *args)
        return self.receive()

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        try:
            if self._pending:
                self.receive()
            if not self._helper.broken:  # the helper forgets the runs (`send` refuses once released)
                self._helper.request(("drop",))
                self._helper.reply()
        except HelperError:
            pass
        finally:
            self._helper.release()


_HELPER = Helper()
atexit.register(_HELPER.stop)


def warm_up() -> None:
    """Start the helper now (it imports numpy and the engine, about half a second) so the first sweep need not
    wait for it; does nothing when sharing is off or the helper runs already."""
    if sharing_allowed():
        _HELPER.warm_up()


def lease() -> Lease | None:
    """The shared helper for one RunSet, or None (leased, unavailable, or sharing switched off)."""
    if not sharing_allowed():
        return None
    return _HELPER.lease()


REQUESTS = ("build", "drop", "steps", "epochs", "states", "start_each")


def self_check(dataset: Any, hps: list[Any], steps: int = 5) -> str | None:
    """Start a private helper, have it train `hps` on `dataset` for `steps` steps and end it: None when it did,
    else what went wrong (the app's --self-test, which runs in the installed bundle, checks the helper starts)."""
    helper = Helper()
    lease = helper.lease()
    if lease is None:
        return "the engine's helper process could not be started"
    try:
        lease.call("build", dataset, hps)
        most, _stopped = lease.call("steps", steps)
        if most != steps:
            return f"the engine's helper process trained {most} of {steps} steps"
        return None
    except HelperError as error:
        return str(error)
    finally:
        lease.release()
        helper.stop()


# ---- the child's side ------------------------------------------------------------------------------------------------
def serve(inp: BinaryIO, out: BinaryIO) -> None:
    """Answer requests until stdin closes or "quit": build a RunSet of the given runs, train it, restore
    checkpoints into it, hand over its RunStates; a training reply is (most steps any run took, why each stopped)."""
    from .run_set import RunSet  # here, not at the top: run_set imports this module

    runs: RunSet | None = None
    while True:
        try:
            kind, *args = pickle.load(inp)
        except (EOFError, OSError):
            return
        if kind == "quit":
            return
        try:
            value: Any = None
            if kind not in REQUESTS:
                raise HelperError(f"unknown request {kind!r}")
            if kind == "build":
                runs = RunSet(*args, share=False)
                value = runs.states()
            elif kind == "drop":
                runs = None
            elif runs is None:
                raise HelperError(f"{kind}: no runs were given to the helper")
            elif kind == "steps":  # training replies are short: the states come when asked for ("states")
                value = (runs.run_steps(*args), runs.stopped)
            elif kind == "epochs":
                value = (runs.run_epochs(*args), runs.stopped)
            elif kind == "states":
                value = runs.states()
            else:  # start_each
                runs.start_each(*args)
                value = runs.states()
            reply: tuple = ("ok", value)
        except Exception as error:
            reply = ("error", f"{type(error).__name__}: {error}")
        pickle.dump(reply, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


def serve_stdio() -> int:
    """The helper's main: requests on stdin, replies on stdout (nothing else may write there)."""
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the replies
    serve(inp, out)
    return 0


